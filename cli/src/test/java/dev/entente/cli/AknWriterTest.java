package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.RandomDocuments;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.util.Random;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

final class AknWriterTest {
  private static final Schema AKN = schema();

  /** The OASIS schema, with the xml: namespace schema it imports supplied from the test resources. */
  private static Schema schema() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setResourceResolver(new LSResourceResolver() {
        @Override
        public LSInput resolveResource(String type, String ns, String publicId, String systemId, String base) {
          if (!"http://www.w3.org/XML/1998/namespace".equals(ns)) {
            return null;
          }
          return new Resource(AknWriterTest.class.getResource("/akn/xml.xsd").toString(),
              AknWriterTest.class.getResourceAsStream("/akn/xml.xsd"));
        }
      });
      URL xsd = AknWriterTest.class.getResource("/akn/akomantoso30.xsd");
      return factory.newSchema(xsd);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the Akoma Ntoso schema", e);
    }
  }

  /** A schema document handed to the validator. */
  private static final class Resource implements LSInput {
    private final String systemId;
    private final InputStream bytes;

    Resource(String systemId, InputStream bytes) {
      this.systemId = systemId;
      this.bytes = bytes;
    }

    @Override public java.io.Reader getCharacterStream() { return null; }
    @Override public void setCharacterStream(java.io.Reader r) {}
    @Override public InputStream getByteStream() { return bytes; }
    @Override public void setByteStream(InputStream b) {}
    @Override public String getStringData() { return null; }
    @Override public void setStringData(String s) {}
    @Override public String getSystemId() { return systemId; }
    @Override public void setSystemId(String s) {}
    @Override public String getPublicId() { return null; }
    @Override public void setPublicId(String s) {}
    @Override public String getBaseURI() { return null; }
    @Override public void setBaseURI(String s) {}
    @Override public String getEncoding() { return null; }
    @Override public void setEncoding(String s) {}
    @Override public boolean getCertifiedText() { return false; }
    @Override public void setCertifiedText(boolean b) {}
  }

  static void assertValid(String xml) {
    try {
      Validator validator = AKN.newValidator();
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      String[] lines = xml.split("\n");
      String line = e.getLineNumber() > 0 && e.getLineNumber() <= lines.length ? lines[e.getLineNumber() - 1] : "?";
      throw new AssertionError("not valid Akoma Ntoso at line " + e.getLineNumber() + ": " + e.getMessage()
          + "\n  " + line, e);
    } catch (Exception e) {
      throw new AssertionError("cannot validate: " + e, e);
    }
  }

  private static String xpath(String xml, String expression) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    org.w3c.dom.Document dom = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    return XPathFactory.newInstance().newXPath().evaluate(expression, dom);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"000_c8f3a732433e8756.txt", "004_cd7b265aefbc5060.txt"})
  void write_seed_isValidAkomaNtoso(String seed) throws Exception {
    // GIVEN
    Document doc = ParseCommand.parser().parse(seed, Files.readString(Cli.SAMPLES.resolve(seed)));
    // WHEN
    String xml = AknWriter.write(doc);
    // THEN
    assertValid(xml);
    long numbered = doc.clauses().stream().filter(c -> c.number().isPresent()).count();
    assertEquals(String.valueOf(numbered), xpath(xml, "count(//*[local-name()='paragraph'])"));
    assertEquals("1.", xpath(xml, "//*[local-name()='paragraph'][@eId='para_1']/*[local-name()='num']"));
    assertEquals(doc.title(), xpath(xml, "//*[local-name()='docTitle']"));
    assertEquals(String.valueOf(doc.preamble().stream().mapToInt(c -> Math.max(1, c.paragraphs().size())).sum()),
        xpath(xml, "count(//*[local-name()='preamble']/*[local-name()='p'])"));
  }

  @Test
  void write_handBuilt_listItemsAsBlockListAndMentionsInline() throws Exception {
    // GIVEN
    Document doc = Cli.handBuilt();
    // WHEN
    String xml = AknWriter.write(doc);
    // THEN
    assertValid(xml);
    assertEquals("jointStatement", xpath(xml, "/*/*/@name"));
    assertEquals("2", xpath(xml, "count(//*[@eId='para_1']//*[local-name()='item'])"));
    assertEquals("строительство трубопровода;", xpath(xml, "//*[@eId='para_1__list_1__item_1']/*[local-name()='p']"));
    assertEquals("Стороны поддерживают инициативу «Пояс и путь» в сфере энергетики:",
        xpath(xml, "//*[@eId='para_1']/*[local-name()='content']/*[local-name()='p'][1]"));
    assertEquals("#initiative_BRI", xpath(xml, "//*[local-name()='concept']/@refersTo"));
    assertEquals("Ван И", xpath(xml, "//*[local-name()='person'][@refersTo='#person_1']"));
    assertEquals("встреча министров", xpath(xml, "//*[local-name()='TLCEvent'][@eId='event_e1']/@showAs"));
    assertEquals("2025-04-26", xpath(xml, "//*[local-name()='FRBRWork']/*[local-name()='FRBRdate']/@date"));
  }

  @Test
  void write_randomDocuments_alwaysValid() {
    for (long seed = 0; seed < 200; seed++) {
      Document doc = RandomDocuments.document(new Random(seed));
      String xml = AknWriter.write(doc);
      try {
        assertValid(xml);
      } catch (AssertionError e) {
        throw new AssertionError("random document " + seed + ": " + e.getMessage(), e);
      }
    }
  }

  @Test
  void clean_replacesCharactersXmlForbids() {
    assertEquals("a\uFFFDb\tc\uD83D\uDE00", AknWriter.clean("a\u0001b\tc\uD83D\uDE00"));
    assertEquals("\uFFFD", AknWriter.clean("\uD83D"));
  }
}
