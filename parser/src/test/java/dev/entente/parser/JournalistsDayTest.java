package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 35: a news page counts its days from the day it is written («вчера», «завтра», «накануне в …»); a document
 * dates its own acts by the calendar. A report that tells of a meeting so names nothing of a document's own. Every
 * page is written for these tests.
 */
final class JournalistsDayTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  @Test
  void yesterdaysTalksInTheLead_areTheJournalists() {
    Document doc = parse("Партнерство на Балтике\n\n"
        + "Вчера в Риге министры иностранных дел Латвии и Эстонии Карлис Озолс и Тийт Мянник провели переговоры о"
        + " транзите.\n\n"
        + "Стороны обсудили сотрудничество в рамках Европейского союза и отношения с Финляндией.\n");
    assertEquals(List.of(), Ids.states(doc), () -> Ids.states(doc).toString());
    assertTrue(doc.participants().isEmpty(), () -> doc.participants().toString());
  }

  @Test
  void tomorrowsSummit_isAnnouncedByTheJournalist() {
    Document doc = parse("Завтра в Ташкенте откроется встреча глав правительств Узбекистана, Киргизии и Таджикистана.\n\n"
        + "Премьер-министры обсудят водные ресурсы и энергетику.\n");
    assertEquals(List.of(), Ids.states(doc), () -> Ids.states(doc).toString());
  }

  @Test
  void theDayBeforeAsAnAdverb_isTheJournalists() {
    Document doc = parse("Накануне в Ереване президенты Армении и Грузии обсудили строительство дороги.\n\n"
        + "Главы государств договорились продолжить диалог.\n");
    assertEquals(List.of(), Ids.states(doc), () -> Ids.states(doc).toString());
  }

  @Test
  void theDayBeforeAnAnniversary_isADocumentsOwnWords() {
    Document doc = parse("Совместное заявление Армении и Грузии\n\n"
        + "Накануне тридцатой годовщины установления дипломатических отношений Армения и Грузия подтверждают"
        + " приверженность добрососедству.\n\n"
        + "Стороны договорились развивать сотрудничество с Ираном.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("AM", "GE", "IR")), () -> Ids.states(doc).toString());
  }

  @Test
  void aStatementsOwnToday_isNoCue() {
    Document doc = parse("Лидеры Польши и Чехии встретились сегодня в Праге и подтвердили приверженность"
        + " сотрудничеству в рамках Вышеградской группы.\n\n"
        + "Стороны договорились расширять торговлю со Словакией.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("PL", "CZ", "SK")), () -> Ids.states(doc).toString());
  }
}
