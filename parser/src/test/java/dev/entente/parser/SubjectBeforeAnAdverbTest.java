package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parties that open a sentence as its subject, an adverb or two between them and their verb of adopting
 * («… A и B торжественно заявляют»). Every text is written for these tests.
 */
final class SubjectBeforeAnAdverbTest {
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void twoStatesThenAnAdverbThenTheirVerb_areTheSides() {
    // GIVEN a text under a title that names no kind, whose subject follows an opening clause and an adverb stands before the verb
    Document doc = RUSSIAN.parse("План совместных действий\n\nПолагая, что торговля отвечает интересам народов,"
        + " Республика Индонезия и Королевство Норвегия твердо заявляют о намерении расширять обмены.\n");
    // THEN the two states adopt it
    assertEquals(List.of("ID", "NO"), sorted(doc.signatories()));
  }

  @Test
  void twoAdverbsBeforeTheVerb_leaveTheStatesTheSides() {
    // GIVEN two adverbs between the subject and its verb
    Document doc = RUSSIAN.parse("План совместных действий\n\nРеспублика Индонезия и Королевство Норвегия вновь решительно"
        + " заявляют о намерении расширять обмены.\n");
    // THEN the two states adopt it
    assertEquals(List.of("ID", "NO"), sorted(doc.signatories()));
  }

  @Test
  void anAdverbBeforeAVerbThatAdoptsNothing_makesNoSides() {
    // GIVEN two states as the subject of a verb of trading, an adverb before it
    Document doc = RUSSIAN.parse("Обзор торговли\n\nРеспублика Индонезия и Королевство Норвегия быстро наращивают"
        + " взаимную торговлю рыбой.\n");
    // THEN no one adopts the text
    assertEquals(List.of(), doc.signatories());
  }

  @Test
  void theDictionary_tellsAnAdverbFromAVerbAndANoun() {
    // GIVEN the Russian language's look-up of adverbs
    Russian russian = new Russian();
    // THEN an adverb in «-о» and one with no other reading are adverbs; a verb and a noun are not
    assertTrue(russian.isAdverb("торжественно"));
    assertTrue(russian.isAdverb("вновь"));
    assertFalse(russian.isAdverb("заявляют"));
    assertFalse(russian.isAdverb("торговля"));
  }
}
