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

  /** «пятой встречи министров иностранных дел Казахстана и Узбекистана» names whose: the series is a mechanism. */
  @Test
  void aNumberedMeetingNamedWithItsSidesOpensASeries() {
    // GIVEN
    Document doc = parse("Стороны отметили итоги пятой встречи министров иностранных дел Казахстана и Узбекистана.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
  }

  /** «Стороны проводят регулярные консультации …»: consultations called regular are a standing mechanism. */
  @Test
  void regularConsultationsAreAMechanism() {
    // GIVEN
    Document doc = parse("Стороны проводят регулярные консультации с целью обмена мнениями по международным вопросам.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertTrue(doc.mechanisms().get(0).name().contains("консультации"), dump(doc));
  }

  /** Consultations with no word of regularity, neither named nor at a level, stay what the parties do. */
  @Test
  void plainConsultationsAreNoMechanism() {
    // GIVEN
    Document doc = parse("Стороны провели консультации с целью обмена мнениями по международным вопросам.");
    // THEN
    assertTrue(doc.mechanisms().isEmpty(), dump(doc));
  }

  /** «провели свою ежегодную встречу в Нью-Йорке»: the meeting held, and the annual series it is one of. */
  @Test
  void anAnnualMeetingIsOneOfASeries() {
    // GIVEN
    Document doc = parse("Министры иностранных дел провели свою ежегодную встречу в Нью-Йорке 26 сентября 2023 года.");
    // THEN
    assertEquals(1, doc.events().size(), dump(doc));
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertTrue(doc.mechanisms().get(0).name().startsWith("ежегодная встреча"), dump(doc));
  }

  /** «Декларация неформального саммита Организации тюркских государств»: the summit a title names is the document's occasion. */
  @Test
  void aSummitTheTitleNamesIsAMeeting() {
    // GIVEN
    String text = "Декларация неформального саммита Организации тюркских государств\n\n"
        + "Мы, главы государств — членов Организации тюркских государств, собравшись 6 июля 2024 года в городе Шуша, "
        + "заявляем следующее:\n1. Мы подтверждаем приверженность укреплению сотрудничества.\n";
    // WHEN
    Document doc = OwnSentences.PARSER.parse(text);
    // THEN
    assertTrue(doc.mechanisms().stream().noneMatch(m -> m.name().toLowerCase().contains("саммит")), dump(doc));
  }

  /** «МЕМОРАНДУМ / О КАЗАХСТАНСКО-КЫРГЫЗСКИХ МЕЖПРАВИТЕЛЬСТВЕННЫХ КОНСУЛЬТАЦИЯХ»: with its adjectives, a mechanism too. */
  @Test
  void qualifiedConsultationsADocumentIsAboutAreAMechanism() {
    // GIVEN
    String text = "МЕМОРАНДУМ\nО КАЗАХСТАНСКО-КЫРГЫЗСКИХ МЕЖПРАВИТЕЛЬСТВЕННЫХ КОНСУЛЬТАЦИЯХ\n(Астана, 14 апреля 2005 года)\n"
        + "Министр иностранных дел Республики Казахстан и министр иностранных дел Кыргызской Республики\n"
        + "достигли единого мнения о нижеследующем:\n1. Стороны намерены расширять обмен мнениями по международным проблемам.\n";
    // WHEN
    Document doc = OwnSentences.PARSER.parse(text);
    // THEN
    assertTrue(doc.events().stream().noneMatch(e -> e.name().toLowerCase().contains("консультац")), dump(doc));
    assertTrue(doc.mechanisms().stream().anyMatch(m -> m.name().toLowerCase().contains("межправительственные консультации")), dump(doc));
  }
}
