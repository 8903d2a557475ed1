package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Where and when a Russian document was adopted when a news page or a short report tells it, on texts
 * written for these tests (none is taken from a real document): the line that introduces the full text,
 * the meeting «состоявшейся в …» a report retells, the city «в столице … » of its state, a report
 * opening with its city and a full stop, and a day in brackets opening the text.
 */
final class RussianReportedPlaceTest {
  private static final Parser PARSER = Parser.russian();

  private static Document parse(String text) {
    return PARSER.parse("ru-reported-place", text);
  }

  private static String place(Document doc) {
    return doc.place().map(Place::name).orElse(null);
  }

  private static String date(Document doc) {
    return doc.date().map(EdtfDate::toString).orElse(null);
  }

  @Test
  void aLineIntroducingTheFullText_givesTheDayAndCityOfSignature() {
    Document doc = parse("Совместная декларация Республики Казахстан и Монголии о стратегическом партнерстве\n\n"
        + "Президент Казахстана и Президент Монголии 14 октября 2019 года в Улан-Баторе подписали совместную "
        + "декларацию. Ниже следует полный текст декларации:\n\n"
        + "Республика Казахстан и Монголия, далее именуемые Сторонами, заявляют о следующем.\n\n"
        + "1. Стороны будут развивать торговлю.\n");
    assertEquals("Улан-Батор", place(doc));
    assertEquals("2019-10-14", date(doc));
  }

  @Test
  void aMeetingHeldInACity_placesTheTextItYielded() {
    Document doc = parse("Министры иностранных дел Казахстана и Узбекистана приняли совместное заявление\n\n"
        + "По итогам двусторонней встречи министров иностранных дел Казахстана и Узбекистана, "
        + "состоявшейся в Ташкенте, стороны выразили удовлетворение уровнем сотрудничества.\n\n"
        + "Министры договорились продолжить консультации.\n");
    assertEquals("Ташкент", place(doc));
  }

  @Test
  void theCapitalOfAStateBeforeItsCity_isTheCity() {
    Document doc = parse("Саммит осудил удары по гражданскому населению.\n\n"
        + "В итоговом коммюнике саммита, состоявшегося в столице Казахстана Астане, лидеры призвали "
        + "к прекращению огня.\n");
    assertEquals("Астана", place(doc));
  }

  @Test
  void aCityNotTheCapitalOfTheStateNamed_isNotTaken() {
    Document doc = parse("Саммит осудил удары по гражданскому населению.\n\n"
        + "В итоговом коммюнике саммита, состоявшегося в столице Казахстана Ташкенте, лидеры призвали "
        + "к прекращению огня.\n");
    assertNull(place(doc));
  }

  @Test
  void aReportOpeningWithACityAndAFullStop_isPlacedThere() {
    Document doc = parse("Бишкек. Президенты Киргизии и Таджикистана заявили, что две страны продолжат "
        + "сотрудничество в области водных ресурсов.\n\n"
        + "В совместном заявлении, принятом по итогам переговоров, стороны договорились о новых проектах.\n");
    assertEquals("Бишкек", place(doc));
  }

  @Test
  void aReportOpeningWithACityAsItsSubject_isNotPlacedThere() {
    Document doc = parse("Бишкек и Душанбе продолжат сотрудничество в области водных ресурсов.\n\n"
        + "Стороны договорились о новых проектах.\n");
    assertNull(place(doc));
  }

  @Test
  void aDayInBracketsOpeningTheText_datesIt_overAnEarlierAdoptionItRecalls() {
    Document doc = parse("(5 мая 2020) Мы, министры иностранных дел государств – членов Содружества, обращаемся "
        + "к народам наших стран.\n\n"
        + "Значение общей Победы было подтверждено единогласным принятием 14 марта 2020 года резолюции "
        + "Генеральной Ассамблеи ООН.\n\n"
        + "Мы призываем бережно хранить память о Победе.\n");
    assertEquals("2020-05-05", date(doc));
  }
}
