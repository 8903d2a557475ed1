package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * An undated event a sentence sets its acts within («во время визита», "in the course of his visit") took
 * place when those acts are told in the past; told ahead, it is still to come. Texts written for these tests.
 */
final class ActsWithinAnEventTest {

  private static EventStatus statusOf(Document doc, String part) {
    return doc.events().stream().filter(e -> e.name().contains(part)).map(Event::status).findFirst().orElse(null);
  }

  @Test
  void actsToldInThePastWithinAVisit_tellItTookPlace() {
    // GIVEN a communiqué whose sentence sets talks held in the past within a visit
    Document doc = Parser.russian().parse("t", "Совместное коммюнике\n\n"
        + "Во время визита Президента Республики Чили в Российскую Федерацию главы государств провели переговоры"
        + " и обсудили вопросы торговли.\n");
    // THEN the visit took place
    assertEquals(EventStatus.HELD, statusOf(doc, "визит"), () -> events(doc));
  }

  @Test
  void actsToldAheadWithinAVisit_leaveItToCome() {
    // GIVEN a sentence that plans a signing within a visit, no verb in the past
    Document doc = Parser.russian().parse("t", "Совместное заявление\n\n"
        + "Стороны подпишут соглашение о торговле во время визита Президента Республики Чили в Российскую Федерацию.\n");
    // THEN the visit is still to come
    assertEquals(EventStatus.PLANNED, statusOf(doc, "визит"), () -> events(doc));
  }

  @Test
  void aMeetingInTheCourseOfHisVisit_tellsItTookPlace() {
    // GIVEN an English transcript whose minister met someone in the course of his visit
    Document doc = Parser.english().parse("t", "Joint Press Statement\n\n"
        + "In the course of his official visit to New Zealand the Foreign Minister of Chile met the Prime Minister"
        + " at Parliament House.\n");
    // THEN the visit took place
    assertEquals(EventStatus.HELD, statusOf(doc, "visit"), () -> events(doc));
  }
}
