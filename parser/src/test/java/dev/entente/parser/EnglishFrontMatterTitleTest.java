package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, session 10: a title given as a scraper's quoted front-matter value is the value as it
 * reads — escapes decoded, the quotes inside kept, the line it was broken over joined — on front
 * matter written for the test.
 */
final class EnglishFrontMatterTitleTest {
  private static final Parser PARSER = Parser.english();
  private static final String BODY = "---\n\n1. The Leaders met in Washington on 12 March 2021.\n";

  private static Document parse(String fields) {
    return PARSER.parse("en-front-matter", "---\ntags: statements-releases\n" + fields + BODY);
  }

  @Test
  void escapesInTheValue_areDecoded() {
    Document doc = parse("title: \"Quad Leaders\\u2019 Joint\\_Statement\"\n");
    assertEquals("Quad Leaders\u2019 Joint Statement", doc.title());
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void escapedQuotesInsideTheValue_doNotEndIt() {
    Document doc = parse("published_time: 2021-03-12 11:58:08-05:00\n"
        + "title: \"Quad Leaders\\u2019 Joint Statement: \\u201CThe Spirit of the\\_Quad\\u201D\"\n");
    assertEquals("Quad Leaders\u2019 Joint Statement: \u201CThe Spirit of the Quad\u201D", doc.title());
  }

  @Test
  void aNumberAmongTheWordsBeforeTheKind_keepsTheValueWhole() {
    Document doc = parse("title: \"C5+1 Leaders\\u2019 Joint\\_Statement\"\n");
    assertEquals("C5+1 Leaders\u2019 Joint Statement", doc.title());
  }

  @Test
  void aValueBrokenOverTwoLines_isJoined() {
    Document doc = parse("title: \"ASEAN-U.S. Leaders\\u2019 Statement on Cooperation on the ASEAN Outlook on\\\n"
        + "  \\ the\\_Indo-Pacific\"\n");
    assertEquals("ASEAN-U.S. Leaders\u2019 Statement on Cooperation on the ASEAN Outlook on the Indo-Pacific", doc.title());
  }

  @Test
  void aTitleOutsideFrontMatter_staysAsWritten() {
    Document doc = PARSER.parse("en-plain", "Joint Statement on C:\\\\Data\\_Flows\n\n1. The Leaders met.\n");
    assertEquals("Joint Statement on C:\\\\Data\\_Flows", doc.title());
  }
}
