package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Session 42: clues to the document's day and city that stand where the earlier rules did not look — an agency's
 * dateline in figures with a two-figure year and the city in ordinary case («Бишкек,05.11.24./Автор/.»), a register's
 * field written after its value («2 июня (дата подписания)»), a city's adjective before the document's kind further
 * down the text («итогом стала Душанбинская декларация»). Every text is written for these tests.
 */
final class DocumentAttributesLateCluesTest {
  private static Document parse(String text) {
    return Parser.russian().parse("late-clues", text);
  }

  private static String place(Document doc) {
    return doc.place().map(Place::name).orElse(null);
  }

  private static String date(Document doc) {
    return String.valueOf(doc.date().orElse(null));
  }

  @Test
  void figuresDatelineWithATwoFigureYear_datesAndPlacesTheReport() {
    // GIVEN a report whose first paragraph opens with a city in ordinary case, a comma and a day in figures, no space
    Document doc = parse("Президенты обсудили сотрудничество в энергетике\n\n"
        + "Ереван,14.03.23./Анна Петросян/. «Подписанная нами сегодня декларация открывает новый этап», — заявил"
        + " президент на встрече с коллегой.\n\n"
        + "Стороны обсудили поставки электроэнергии.\n");
    // THEN the dateline's city and day are the document's
    assertEquals("Ереван", place(doc));
    assertEquals("2023-03-14", date(doc));
  }

  @Test
  void figuresAfterACityInsideASentence_doNotMakeADateline() {
    // GIVEN a first paragraph that opens with a city and a point's number, no day
    Document doc = parse("Совместное заявление\n\nВена, 3.1 и 3.2 — пункты, которые стороны согласовали.\n");
    // THEN no day is read from the figures
    assertEquals("null", date(doc));
  }

  @Test
  void registerHeadingWithACityAndATwoFigureYear_datesAndPlacesTheText() {
    // GIVEN a legal database's heading that closes with the city and the day in figures, the year in two figures
    Document doc = parse("СОГЛАШЕНИЕ МЕЖДУ ПРАВИТЕЛЬСТВОМ РЕСПУБЛИКИ А И ПРАВИТЕЛЬСТВОМ РЕСПУБЛИКИ Б О ВОЗДУШНОМ"
        + " СООБЩЕНИИ (ЗАКЛЮЧЕНО Г. ВАРШАВЕ 14.05.97)\n\n"
        + "Правительство Республики А и Правительство Республики Б согласились о нижеследующем:\n"
        + "Статья 1\nСтороны открывают регулярные рейсы между своими столицами.\n");
    // THEN the heading's day and city are the text's
    assertEquals("1997-05-14", date(doc));
    assertEquals("Варшава", place(doc));
  }

  @Test
  void siteStampWithHyphensAmidOtherWords_datesNothing() {
    // GIVEN a site's stamp line, a day with hyphens among other words, under a title, and no other day
    Document doc = parse("Совместное заявление министров\nсайт.ру   14-06-2016 Избранное Отправить\n\n"
        + "Министры обсудили сотрудничество в области культуры.\n");
    // THEN the stamp does not date the text
    assertEquals("null", date(doc));
  }

  @Test
  void dayWithHyphensYearLast_onItsOwnLine_datesTheReport() {
    // GIVEN an agency's page whose date line writes the day, the month and the year joined by hyphens
    Document doc = parse("Каир – Агентство\n03-10-2021\n"
        + "Во вторник в Каире состоялись консультации заместителей министров иностранных дел Египта и Иордании.\n");
    // THEN that line's day is the document's
    assertEquals("2021-10-03", date(doc));
  }

  @Test
  void dateLineOfTwoCities_datesTheTextByItsLastDayAndPlacesItInNeither() {
    // GIVEN an agreement whose line under the heading names the two capitals it was signed in and a span of days
    Document doc = parse("СОГЛАШЕНИЕ\nМЕЖДУ ПРАВИТЕЛЬСТВОМ РЕСПУБЛИКИ А\nИ ПРАВИТЕЛЬСТВОМ РЕСПУБЛИКИ Б\n"
        + "О ВЗАИМНЫХ ПОЕЗДКАХ ГРАЖДАН\nОБЕИХ СТРАН\n(Лима, Москва, 4 - 9 июня 2011 года)\n"
        + "Правительство Республики А и Правительство Республики Б согласились о нижеследующем:\n"
        + "Статья 1\nГраждане одной Стороны въезжают на территорию другой Стороны без виз.\n");
    // THEN the text is of the last day, and neither capital is its place
    assertEquals("2011-06-09", date(doc));
    assertEquals(null, place(doc));
  }

  @Test
  void dayBeforeABracketedFieldOfSigning_datesTheDocument() {
    // GIVEN a register's page whose day of signing is written before its field's name in brackets, far down the lines
    Document doc = parse("Совместное заявление о дружбе и сотрудничестве\n"
        + "Реквизиты\nГосударство:\nДатировка:\nПериод:\n1981\nИсточник:\nСборник документов, стр. 12\nАрхив:\n"
        + "«Газета», № 40, 20 марта 1981 г.\n"
        + "14 марта (дата подписания)\n"
        + "Стороны подтвердили приверженность принципам мирного сосуществования.\n");
    // THEN that day, completed by the page's year, is the document's
    assertEquals("1981-03-14", date(doc));
  }

  @Test
  void cityAdjectiveBeforeTheKindFurtherDown_placesAPageThatNamesNoOtherCity() {
    // GIVEN a report with no title whose city stands only in the adjective before a declaration, in its third sentence
    Document doc = parse("Конференция по водным ресурсам завершила работу. Участники обсудили доступ к чистой воде."
        + " Итогом двухдневной работы стала Бишкекская декларация, отражающая ключевые выводы.\n");
    // THEN the adjective's city is the document's place
    assertEquals("Бишкек", place(doc));
  }

  @Test
  void cityAdjectiveAfterAPreposition_isARecalledTextsAndPlacesNothing() {
    // GIVEN a report with no title that recalls a declaration named by a city's adjective after «с»
    Document doc = parse("Конференция по водным ресурсам завершила работу. Участники действовали в соответствии с"
        + " Бишкекской декларацией прошлых лет.\n");
    // THEN the recalled declaration's city is not the document's place
    assertEquals(null, place(doc));
  }

  @Test
  void cityAdjectiveBeforeAnotherKind_placesNoDocumentOfAKnownKind() {
    // GIVEN a joint statement whose body recalls a convention named by a city's adjective
    Document doc = parse("Совместное заявление министров\n\n"
        + "Министры подтвердили приверженность Венской конвенции о дипломатических сношениях.\n");
    // THEN the convention's city is not the statement's place
    assertEquals(null, place(doc));
  }
}
