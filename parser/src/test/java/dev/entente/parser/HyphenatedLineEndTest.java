package dev.entente.parser;

import static dev.entente.parser.DatedStatements.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A word a typeset or hard-wrapped text breaks with a hyphen at a line's end («госу-⏎дарств») is read as one word
 * where the language's dictionary knows the whole; a compound's own hyphen («бизнес-⏎форума») stays, and every
 * character still maps back to the original. Sentences written for these tests (none is taken from a real document).
 */
final class HyphenatedLineEndTest {
  private final Normalizer russian = new Normalizer(java.util.Set.of(), new Russian()::isWordForm);

  @Test
  void wordBrokenAtALineEnd_isJoinedAndMapsBackOverTheBreak() {
    // GIVEN a clause whose words are broken by hyphens at two line ends, one with a CRLF and spaces
    String original = "Стороны призывают все госу-\nдарства к сотрудниче-  \r\n  ству в области науки.";
    NormalizedText n = russian.normalize(original);
    // THEN both words read whole
    assertEquals("Стороны призывают все государства к сотрудничеству в области науки.", n.text());
    // AND the joined word's span covers the hyphen and the break in the original
    int at = n.text().indexOf("сотрудничеству");
    assertEquals(original.indexOf("сотрудниче-"), n.originalStart(at));
    assertEquals(original.indexOf("ству") + 4, n.originalEnd(at, at + "сотрудничеству".length()));
    // AND the words after it map back to themselves
    int area = n.text().indexOf("области");
    assertEquals(original.indexOf("области"), n.originalStart(area));
  }

  @Test
  void compoundHyphenAtALineEnd_andABreakBeforeACapital_stay() {
    // GIVEN a compound whose own hyphen ends a line, and a dash before a capitalised line
    String original = "Участники бизнес-\nфорума обсудили планы -\nМинистр выступил первым.";
    // THEN nothing is joined: the dictionary knows no «бизнесфорума», and a capital opens a new line
    assertEquals(original, russian.normalize(original).text());
    // AND a normaliser with no dictionary joins no broken word
    assertEquals("госу-\nдарства", new Normalizer().normalize("госу-\nдарства").text());
  }

  @Test
  void organisationNameBrokenAcrossLines_isFoundWhole() {
    // GIVEN an agreement that names an organisation broken by a hyphen at a line's end
    Document doc = russian("Стороны, руководствуясь Уставом Европейского экономического сооб-\nщества, договорились"
        + " о сотрудничестве в торговле.");
    // THEN the organisation is found, its mention spanning the break
    assertTrue(doc.parties().stream().anyMatch(p -> p.mentions().stream().anyMatch(m -> m.text().contains("сооб-\nщества"))),
        () -> doc.parties().toString());
  }
}
