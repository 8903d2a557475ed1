package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.SegmentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31: a news report's line that ends in a colon and says in the passive that the text below it was
 * adopted or issued («было принято следующее заявление:», «была опубликована декларация, приводим выдержки:»)
 * hands the text over; the report above it stays where the sides may be read, but the states, people, mechanisms and
 * events only it names are the site's. Every page is written for these tests.
 */
final class PassiveLeadInTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  @Test
  void aReportAboveAPassiveLeadIn_isTheSites() {
    Document doc = parse("Новости агентства\n\n"
        + "14 марта в Женеве при участии представителей Франции, Германии и Италии, а также наблюдателей от"
        + " Швейцарии прошел третий раунд консультаций экспертов по вопросам водных ресурсов региона.\n\n"
        + "По итогам консультаций экспертами было принято следующее заявление:\n\n"
        + "Участники консультаций подтверждают приверженность сотрудничеству в области охраны трансграничных вод"
        + " и договорились продолжить работу в рамках существующих механизмов.\n");
    assertEquals(List.of(), Ids.states(doc), "only the report names the states");
    assertTrue(doc.events().isEmpty(), () -> "the report's round of talks: " + doc.events());
  }

  @Test
  void aPassiveLeadInBeforeChosenPoints_leavesThePointsTheDocuments() {
    Document doc = parse("12 мая в Бразилиа состоялось совещание министров сельского хозяйства Аргентины, Бразилии,"
        + " Уругвая и Парагвая.\n\n"
        + "По итогам совещания была опубликована декларация, приводим основные положения:\n\n"
        + "4. Министры договорились расширить обмен данными о состоянии урожая с Чили.\n\n"
        + "5. Министры поручили экспертам подготовить предложения к следующей встрече.\n");
    assertEquals(List.of("CL"), Ids.states(doc), "the state of the document's own points, not those of the report");
  }

  @Test
  void aReportThatNamesAnOrganisationsMeeting_stillGivesTheSides() {
    Document doc = parse("5 июня в Алматы прошла встреча министров транспорта стран ШОС (Казахстан, Китай, Киргизия).\n\n"
        + "По итогам встречи было принято совместное заявление:\n\n"
        + "1. Министры договорились упростить пересечение границ.\n\n"
        + "2. Министры поручили экспертам подготовить проект соглашения.\n");
    assertEquals(List.of("CN", "KG", "KZ", "SCO"), Ids.sorted(doc.signatories()), "the sides the report names");
    assertEquals(List.of(), Ids.states(doc), "the states only the report names");
  }

  @Test
  void aPreambleThatRecallsAPassiveSigning_staysTheDocuments() {
    Document doc = parse("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ\n\n"
        + "Республика Казахстан и Республика Узбекистан, напоминая, что в 1998 году был подписан Договор о вечной"
        + " дружбе,\n\n"
        + "заявляют о следующем:\n\n"
        + "1. Стороны будут развивать торговлю.\n");
    assertEquals(List.of("KZ", "UZ"), Ids.states(doc));
  }

  @Test
  void aDocumentThatMakesItsStatementInTheActive_keepsItsOpening() {
    Document doc = parse("На 9001-м заседании Совета Безопасности, состоявшемся 3 марта 2023 года, в связи с рассмотрением"
        + " положения в Сомали Председатель Совета Безопасности сделал следующее заявление от имени Совета:\n\n"
        + "Совет Безопасности приветствует усилия Правительства Сомали и Эфиопии.\n");
    assertTrue(Segments.kindOf(doc, "На 9001-м заседании") != SegmentKind.WRAPPER, () -> doc.segments().toString());
  }
}
