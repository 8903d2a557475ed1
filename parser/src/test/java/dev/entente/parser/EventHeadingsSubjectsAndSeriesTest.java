package dev.entente.parser;

import static dev.entente.parser.DatedStatements.event;
import static dev.entente.parser.DatedStatements.events;
import static dev.entente.parser.DatedStatements.english;
import static dev.entente.parser.DatedStatements.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import dev.entente.model.EventStatus;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Session 24's events on unseen texts: a state named by its acronym is the place as written; a heading's head and city
 * is the body's session there; a role in the nominative after an event's head is the clause's subject; «Мы, …,
 * собравшись на …» names the document's occasion; the title's series tells an earlier and a later meeting apart.
 * Sentences written for these tests (none is taken from a real document).
 */
final class EventHeadingsSubjectsAndSeriesTest {

  private static final Parser RUSSIAN = Parser.russian();
  private static final Parser ENGLISH = Parser.english();

  @Test
  void aVisitToAStateNamedByItsAcronym_isPlacedAsWritten() {
    // GIVEN a visit to a state the text names by its acronym
    Document doc = russian("По приглашению Правительства ЮАР 3–5 ноября 2024 года Президент Республики Казахстан"
        + " находился с официальным визитом в ЮАР.");
    // THEN its place is the acronym as written, not the state's full name
    assertEquals("ЮАР", event(doc, "визит").place().map(Place::name).orElse("-"), () -> events(doc));
  }

  @Test
  void aHeadingsHeadAndCity_isTheBodysSessionThere() {
    // GIVEN a heading in capitals that puts the city right after the head, and the body's session in that city
    Document doc = RUSSIAN.parse("t", "ЗАЯВЛЕНИЕ ПАРЛАМЕНТСКОЙ АССАМБЛЕИ\n\nСЕССИЯ ТБИЛИСИ, 3 – 6 ИЮНЯ 2024 ГОДА\n\n"
        + "Мы, парламентарии государств-членов, собрались 3–6 июня 2024 года в Тбилиси на ежегодной сессии для"
        + " обсуждения вопросов безопасности.\n");
    // THEN there is one session, the body's
    assertEquals(1, doc.events().stream().filter(e -> e.name().toLowerCase().contains("сесси")).count(), () -> events(doc));
  }

  @Test
  void aRoleInTheNominativeAfterAnEventsHead_isNoPartOfItsName() {
    // GIVEN a head in the genitive followed by the clause's subject, a role in the nominative
    Document doc = russian("12 ноября 2024 года в Астане главы государств провели заседание Высшего совета. В ходе"
        + " заседания Президент Казахстана вручил министру орден Дружбы.");
    // THEN no event is named «совещание Председатель …»
    assertFalse(events(doc).contains("Президент"), () -> events(doc));
  }

  @Test
  void aRoleInTheGenitiveAfterAnEventsHead_staysInItsName() {
    // GIVEN a meeting of the role holders, their role in the genitive plural
    Document doc = russian("10 ноября 2024 года в Ташкенте состоялось совещание Председателей правительств.");
    // THEN the name keeps the role
    assertEquals(true, events(doc).contains("Председателей"), () -> events(doc));
  }

  @Test
  void weGatheredAtTheSummit_isTheDocumentsOccasionHeld() {
    // GIVEN a sentence opening with «Мы», the leaders gathered at a numbered summit that also heads the text
    Document doc = RUSSIAN.parse("t", "7-й Саммит Организации Сотрудничества: Итоговое заявление\n\n"
        + "Мы, Главы государств-членов Организации Сотрудничества, собравшись на 7-м Саммите Организации"
        + " Сотрудничества, заявляем о том, что мы будем и далее развивать сотрудничество.\n");
    // THEN the summit took place
    assertEquals(EventStatus.HELD, event(doc, "Саммит").status(), () -> events(doc));
  }

  @Test
  void aLowerNumberOfTheTitlesSeries_tookPlace() {
    // GIVEN a statement of the Tenth summit that recalls the Ninth, a later year after it in the sentence
    Document doc = ENGLISH.parse("t", "Chairman's Statement of the Tenth Andes-Pacific Summit\n\nLima, 12 November 2024\n\n"
        + "1. We recalled the Joint Statement of the Ninth Andes-Pacific Summit reiterating our support for the"
        + " common market by 2030.\n");
    // THEN the Ninth took place and is not dated by the target year
    assertEquals(EventStatus.HELD, event(doc, "Ninth").status(), () -> events(doc));
    assertEquals("-", event(doc, "Ninth").date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void aHigherNumberOfTheTitlesSeries_isToCome() {
    // GIVEN a statement of the Tenth summit that names the Eleventh
    Document doc = english("Chairman's Statement of the Tenth Andes-Pacific Summit.\n\nThe Leaders welcomed the offer of"
        + " Chile to host the Eleventh Andes-Pacific Summit.");
    // THEN the Eleventh is planned
    assertEquals(EventStatus.PLANNED, event(doc, "Eleventh").status(), () -> events(doc));
  }

  @Test
  void aNumberedHeadingsSummitToldAsHeldInTheBody_tookPlace() {
    // GIVEN a heading that names a numbered summit with no sign of its status, then the body telling it held
    Document doc = RUSSIAN.parse("t", "Заключительное коммюнике\n\nЗАКЛЮЧИТЕЛЬНОЕ КОММЮНИКЕ 7ГО ЕВРАЗИЙСКОГО САММИТА ГЛАВ"
        + " ГОСУДАРСТВ\nМинск, Республика Беларусь\nмай 2024 г.\n1. Главы государств провели Саммит (7й Евразийский Саммит"
        + " под названием ‘Единство и развитие’) в Минске, и мы будем и далее развивать сотрудничество.\n");
    // THEN the numbered summit took place
    assertEquals(EventStatus.HELD, event(doc, "ЕВРАЗИЙСКИЙ").status(), () -> events(doc));
  }
}
