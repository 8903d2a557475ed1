package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class NormalizerTest {
  private final Normalizer normalizer = new Normalizer();

  @Test
  void normalize_foldsQuotesDashesSpacesAndLineEnds() {
    NormalizedText n = normalizer.normalize("\uFEFF«Пояс\u00A0и путь» — да\r\nнет\rх");
    assertEquals("\"Пояс и путь\" - да\nнет\nх", n.text());
  }

  @Test
  void normalize_mapsEveryCharacterBackToTheOriginal() {
    // GIVEN a BOM, a CRLF and a soft hyphen that the normalised text drops or merges
    String original = "\uFEFFab\r\ncd\u00ADef";
    NormalizedText n = normalizer.normalize(original);
    // THEN «cdef» in the normalised text maps back to «cd\u00ADef» in the original
    int at = n.text().indexOf("cdef");
    assertEquals(original.indexOf("cd"), n.originalStart(at));
    assertEquals(original.length(), n.originalEnd(at, at + 4));
    // AND the CRLF line break maps back to both characters
    int newline = n.text().indexOf('\n');
    assertEquals(original.indexOf('\r'), n.originalStart(newline));
    assertEquals(original.indexOf('\n') + 1, n.originalEnd(newline, newline + 1));
  }

  @Test
  void normalize_composesCombiningMarks() {
    // «е» + U+0308 becomes «ё»: one character in the normalised text covering two in the original
    NormalizedText n = normalizer.normalize("зе\u0308м");
    assertEquals("зём", n.text());
    assertEquals(3, n.originalEnd(1, 2));
  }

  /**
   * Found by {@code PropertiesTest}: NFC turns U+0F77 into two characters, and the offset arrays,
   * sized to the input, overflowed. Every output character must still map into the input.
   */
  @Test
  void normalize_compositionThatExpands_regression() {
    String original = "!!\u0FB2\u0F71\u0F80";
    NormalizedText n = normalizer.normalize(original);
    for (int i = 0; i < n.length(); i++) {
      org.junit.jupiter.api.Assertions.assertTrue(n.originalEnd(i, i + 1) <= original.length());
    }
    n = normalizer.normalize("a\u0F77\u0F71");
    assertEquals(java.text.Normalizer.normalize("\u0F77\u0F71", java.text.Normalizer.Form.NFC),
        n.text().substring(1));
  }

  @Test
  void normalize_readsSuperscriptMarkupAsAbsent() {
    // GIVEN an ordinal and a day written with page markup
    String original = "the 61<sup>st</sup> session opened on 3<SUP>rd</SUP> June";
    NormalizedText n = normalizer.normalize(original);
    // THEN the text reads as plain ordinals
    assertEquals("the 61st session opened on 3rd June", n.text());
    // AND «61st» still spans the original from the digits to the closing tag's letters
    int at = n.text().indexOf("61st");
    assertEquals(original.indexOf("61"), n.originalStart(at));
    assertEquals(original.indexOf("st</sup>") + 2, n.originalEnd(at, at + 4));
    // AND a lone angle bracket or another tag stays as written
    assertEquals("a < b <b>x</b>", normalizer.normalize("a < b <b>x</b>").text());
  }

  @Test
  void normalize_joinsALineEndingInAFormOfAddressToTheName() {
    // GIVEN a list of heads where each title ends its line and the name opens the next
    Normalizer english = new Normalizer(new English().addressesBeforeNames());
    String original = "Present were H.E. Mr.\nPaul Orrin, Prime Minister of Teravia; Amb.\nLea Kovar;\nAcme Inc.\nThe rest.";
    // THEN each name stays on the line of its title, and other line ends stay
    assertEquals("Present were H.E. Mr. Paul Orrin, Prime Minister of Teravia; Amb. Lea Kovar;\nAcme Inc.\nThe rest.",
        english.normalize(original).text());
    // AND a normaliser without forms of address joins nothing
    assertEquals(original, normalizer.normalize(original).text());
  }
}
