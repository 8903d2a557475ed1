package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/** How far a mechanism's name runs and what makes a standing arrangement of a meeting's words (session 15). */
final class MechanismNamesSession15Test {

  /** «встреч руководителей Армении, Азербайджана и России»: the sides listed after the head are all in the name. */
  @Test
  void aListOfPartiesAfterTheHeadIsPartOfTheName() {
    // GIVEN
    Document doc = parse("Стороны высказались за продолжение работы в рамках встреч руководителей Казахстана, Кыргызстана и Таджикистана.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertEquals("встречи руководителей Казахстана, Кыргызстана и Таджикистана", doc.mechanisms().get(0).name(), dump(doc));
  }

  /** A list that does not close with «и» and a party («… Казахстана, Кыргызстана и других государств») is no part of it. */
  @Test
  void aListThatEndsInNoPartyStaysOut() {
    // GIVEN
    Document doc = parse("Стороны приветствовали создание Совета министров иностранных дел Казахстана, Кыргызстана и других государств региона.");
    // THEN
    assertTrue(doc.mechanisms().stream().noneMatch(m -> m.name().contains("Кыргызстана")), dump(doc));
  }

  /** «ПРОТОКОЛ / О КОНСУЛЬТАЦИЯХ МЕЖДУ …», dated under the title: the consultations it governs are a mechanism, no meeting. */
  @Test
  void consultationsADocumentIsAboutAreAMechanism() {
    // GIVEN
    String text = "ПРОТОКОЛ\nО КОНСУЛЬТАЦИЯХ МЕЖДУ МИНИСТЕРСТВОМ\nИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ КАЗАХСТАН И МИНИСТЕРСТВОМ\n"
        + "ИНОСТРАННЫХ ДЕЛ КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n(Астана, 14 апреля 2005 года)\n"
        + "Министерство иностранных дел Республики Казахстан и\nМинистерство иностранных дел Кыргызской Республики, именуемые\n"
        + "далее Сторонами,\nдоговорились о нижеследующем:\nСтатья 1\nСтороны обмениваются мнениями о двусторонних отношениях.\n";
    // WHEN
    Document doc = OwnSentences.PARSER.parse(text);
    // THEN
    assertTrue(doc.events().stream().noneMatch(e -> e.name().toLowerCase().contains("консультац")), dump(doc));
    assertTrue(doc.mechanisms().stream().anyMatch(m -> m.name().toLowerCase().startsWith("консультации между")), dump(doc));
  }

  /** «Четвертая Встреча на высшем уровне» says whose meetings it is nowhere: one meeting, no series mechanism. */
  @Test
  void aNumberedMeetingNamedByItsHeadAloneOpensNoSeries() {
    // GIVEN
    Document doc = parse("Стороны отметили итоги, достигнутые на Четвертой Встрече на высшем уровне.");
    // THEN
    assertTrue(doc.events().stream().anyMatch(e -> e.ordinal().orElse(0) == 4), dump(doc));
    assertTrue(doc.mechanisms().isEmpty(), dump(doc));
  }

  /** «пятой встречи министров иностранных дел Казахстана и Узбекистана» names whose: the series is a mechanism. */
  @Test
  void aNumberedMeetingNamedWithItsSidesOpensASeries() {
    // GIVEN
    Document doc = parse("Стороны отметили итоги пятой встречи министров иностранных дел Казахстана и Узбекистана.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
  }
}
