package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An occasion that a verb of its opening or close tells («завершился форум», «открывается саммит», «открывая
 * заседание») is a report's news, not an event of a document; a document that tells its occasion's course after it
 * («Заседание завершилось подписанием …»), recalls a past occasion («недавно завершившийся») or tells its talks'
 * atmosphere keeps it. Every text is written for these tests.
 */
final class EventNarratedByAReportTest {
  private static List<String> events(Document doc) {
    return doc.events().stream().map(e -> e.name()).toList();
  }

  @Test
  void aForumThatEnded_isTheReportsNews() {
    // GIVEN a news page: a forum ended in a city
    Document doc = Parser.russian().parse("t", "В Казани завершился международный форум молодых дипломатов."
        + " Участники обсудили вопросы культурного обмена между странами региона.\n");
    // THEN no event
    assertEquals(List.of(), events(doc));
  }

  @Test
  void aSummitThatOpensToday_isTheReportsNews() {
    // GIVEN an agency's lead: a summit opens today, heads arrived the day before
    Document doc = Parser.russian().parse("t", "В Минске сегодня открывается саммит Организации Договора о"
        + " коллективной безопасности. Президенты прибыли в белорусскую столицу накануне.\n");
    // THEN no event
    assertEquals(List.of(), events(doc));
  }

  @Test
  void aChairOpeningASession_andTalksThatEnded_areTheReportsNews() {
    // GIVEN a report: the chair opening a session, a round of talks ending after its name
    Document doc = Parser.russian().parse("t", "Премьер-министр, открывая заседание межправительственной комиссии,"
        + " сказал о росте торговли.\n\nВчера в Женеве завершился пятый раунд переговоров по вопросам торговли.\n");
    // THEN neither is an event
    assertEquals(List.of(), events(doc));
  }

  @Test
  void anInformationMessageTellingItsSessionsCourse_keepsIt() {
    // GIVEN an official message: a council's session held, then its course told after its name
    Document doc = Parser.russian().parse("t", "ИНФОРМАЦИОННОЕ СООБЩЕНИЕ\n\n3 октября 2024 года в Бишкеке состоялось"
        + " заседание Совета министров культуры.\n\nЗаседание завершилось подписанием протокола.\n");
    // THEN the session stays an event
    assertTrue(events(doc).stream().anyMatch(n -> n.startsWith("заседание")), () -> events(doc).toString());
  }

  @Test
  void aDocumentRecallingAPastSummit_keepsIt() {
    // GIVEN a joint statement that recalls a summit recently ended and tells its talks' atmosphere
    Document doc = Parser.russian().parse("t", "Совместное заявление\n\n"
        + "Стороны высоко оценили итоги недавно завершившегося саммита Россия – Африка в Санкт-Петербурге."
        + " Переговоры проходили в атмосфере дружбы и взаимопонимания.\n");
    // THEN the summit stays an event
    assertTrue(events(doc).stream().anyMatch(n -> n.contains("саммит")), () -> events(doc).toString());
  }
}
