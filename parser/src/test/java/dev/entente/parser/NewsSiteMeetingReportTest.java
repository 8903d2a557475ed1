package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31: a news site's report of a meeting (talks, a visit, a session) that prints no document is wrapper
 * ({@link ReportShape#reportsAMeetingOnNewsSite}): the states, people, councils and meetings its journalist names are
 * not counted. The site shows itself by its marks («ОБНОВЛЕНО», «По материалам …», «Фото:», «Читайте также», an
 * agency credited, «сообщает корреспондент»). The same report with none of them — a ministry's press release, an
 * organisation's information message — keeps what it names, and so does a page that speaks as the document. Every
 * page is written for these tests.
 */
final class NewsSiteMeetingReportTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  private static final String TALKS = "Министр иностранных дел Грузии Давид Залкалиани провел в Баку переговоры с"
      + " министром иностранных дел Азербайджана Эльмаром Мамедъяровым.\n"
      + "В ходе встречи министры обсудили транзит грузов и энергетическое сотрудничество двух стран.\n";

  @Test
  void talksUnderAnUpdateStamp_areWrapper() {
    Document doc = parse("Министры иностранных дел Грузии и Азербайджана встретились в Баку - ОБНОВЛЕНО\n" + TALKS);
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
    assertTrue(doc.participants().isEmpty(), () -> doc.participants().toString());
    assertTrue(doc.events().isEmpty(), () -> doc.events().toString());
  }

  @Test
  void talksCreditedToAnAgency_areWrapper() {
    Document doc = parse(TALKS + "Как сообщает ТАСС, следующий раунд консультаций пройдет в Тбилиси осенью.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
  }

  @Test
  void aSessionUnderAPhotoCredit_isWrapper() {
    Document doc = parse("Фото: пресс-служба\n"
        + "12 марта в Бишкеке состоялось заседание Совета министров обороны государств - участников СНГ под"
        + " председательством министра обороны Кыргызстана.\n"
        + "Участники заседания обсудили вопросы военного сотрудничества Казахстана, Таджикистана и Беларуси.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
    assertTrue(doc.mechanisms().isEmpty(), () -> doc.mechanisms().toString());
  }

  @Test
  void theSameTalksOnAMinistrysSite_keepTheirStates() {
    // GIVEN the talks with no mark of a news site: a ministry's press release, counted as it is
    Document doc = parse(TALKS);
    assertFalse(Ids.states(doc).isEmpty(), "a press release keeps its states");
  }

  @Test
  void aJointTextUnderAnUpdateStamp_keepsItsSides() {
    // GIVEN a news site that prints the joint text itself, whose sides speak in the present tense
    Document doc = parse("ОБНОВЛЕНО\n"
        + "10 мая 2022 года в Ташкенте состоялись переговоры Президента Республики Узбекистан и Президента Республики"
        + " Казахстан.\n"
        + "Стороны подтверждают приверженность стратегическому партнерству и договорились расширять торговлю.\n");
    assertEquals(List.of("KZ", "UZ"), Ids.states(doc));
  }
}
