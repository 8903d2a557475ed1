package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page's line break tag kept in scraped text («…, D.C.,<br />23-24 April», «NAME<br/>Title») is a
 * line feed of the normalised text, mapped to the whole tag; other markup and a lone «<» stay text.
 * On texts written for these tests.
 */
final class LineBreakTagTest {
  private final Normalizer normalizer = new Normalizer();

  @Test
  void aLineBreakTag_becomesOneLineFeedMappedToTheWholeTag() {
    String original = "held in Vilnius,<br />14-15 May 2031";
    NormalizedText n = normalizer.normalize(original);
    assertEquals("held in Vilnius,\n14-15 May 2031", n.text());
    int feed = n.text().indexOf('\n');
    assertEquals(original.indexOf('<'), n.originalStart(feed));
    assertEquals(original.indexOf('>') + 1, n.originalEnd(feed, feed + 1));
    // AND what follows the tag maps to its own place in the original
    int day = n.text().indexOf("14-15");
    assertEquals(original.indexOf("14-15"), n.originalStart(day));
    assertEquals(original.length(), n.originalEnd(day, n.length()));
  }

  @Test
  void everyWritingOfTheTag_isALineFeed() {
    for (String tag : List.of("<br>", "<br/>", "<br />", "<BR>", "<Br  />", "<p>", "</p>", "</P>")) {
      assertEquals("one\ntwo", normalizer.normalize("one" + tag + "two").text(), tag);
    }
    assertEquals("one\n\ntwo", normalizer.normalize("one</p><p>two").text());
  }

  @Test
  void aTagThatEndsALineAlready_makesOneLineFeedWithIt() {
    String original = "ANNA KOWALSKA<br/>\r\nMinister of Culture";
    NormalizedText n = normalizer.normalize(original);
    assertEquals("ANNA KOWALSKA\nMinister of Culture", n.text());
    int feed = n.text().indexOf('\n');
    assertEquals(original.indexOf('<'), n.originalStart(feed));
    assertEquals(original.indexOf("Minister"), n.originalEnd(feed, feed + 1));
  }

  @Test
  void aLessThanSignThatOpensNoLineBreak_staysText() {
    for (String text : List.of("if a < b then", "a <bravo> tag", "<pre>x</pre>", "<b>x</b>", "x <br", "x <br /",
        "x </br>", "x <p class=\"a\">")) {
      assertEquals(text, normalizer.normalize(text).text(), text);
    }
  }

  @Test
  void aTagAtTheVeryEnd_isALineFeedMappedToTheEnd() {
    String original = "Signed in Tallinn<br/>";
    NormalizedText n = normalizer.normalize(original);
    assertEquals("Signed in Tallinn\n", n.text());
    assertEquals(original.length(), n.originalEnd(n.length() - 1, n.length()));
  }

  private static final String HEAD = "Joint Statement of Estonia and Latvia\n\n"
      + "The Ministers of Foreign Affairs of Estonia and Latvia met in Riga,";
  private static final String BODY = "12 March 2031\n\n"
      + "1. The Ministers agreed to strengthen cooperation on energy security.\n\n"
      + "MARI TAMM%s\nMinister of Foreign Affairs of the Republic of Estonia\n\n"
      + "JANIS OZOLS%s\nMinister of Foreign Affairs of the Republic of Latvia\n";

  @Test
  void aDocumentWithTags_readsAsTheSameDocumentWithLineFeeds() {
    Parser parser = Parser.english();
    Document plain = parser.parse("en-br", HEAD + "\n" + String.format(BODY, "", ""));
    Document tagged = parser.parse("en-br", HEAD + "<br />" + String.format(BODY, "<br/>", "<BR>"));
    assertEquals(plain.date(), tagged.date());
    assertEquals(plain.place(), tagged.place());
    assertEquals(plain.signatories(), tagged.signatories());
    assertEquals(People.listed(plain), People.listed(tagged));
    assertEquals("Mari Tamm/EE/Minister of Foreign Affairs; Janis Ozols/LV/Minister of Foreign Affairs",
        People.listed(tagged));
  }

  @Test
  void spansAfterTheTags_pointIntoTheOriginalText() {
    String original = HEAD + "<br />" + String.format(BODY, "<br/>", "<br />");
    Document doc = Parser.english().parse("en-br", original);
    List<Mention> mentions = new ArrayList<>();
    doc.parties().forEach(p -> mentions.addAll(p.mentions()));
    doc.participants().forEach(p -> mentions.addAll(p.mentions()));
    assertFalse(mentions.isEmpty());
    for (Mention m : mentions) {
      String covered = original.substring(m.start(), m.end());
      assertFalse(covered.contains("<") || covered.contains(">"), covered);
    }
    // AND the name after the first tag in capitals covers that name in the original
    assertTrue(mentions.stream().anyMatch(m -> m.start() > original.indexOf("<br/>")
        && original.substring(m.start(), m.end()).equals("JANIS OZOLS")), () -> mentions.stream()
        .map(m -> original.substring(m.start(), m.end())).toList().toString());
  }
}
