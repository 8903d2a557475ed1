package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A page of ratifying («Ратифицирован Договор …», «О ратификации Соглашения …») is dated by the act; the document it
 * ratifies by the day after the participle of signing («подписанный в Ереване 3 марта 2021 года»). Texts written for
 * these tests.
 */
final class RatifiedTextSignedDayTest {
  @Test
  void theSigningDayOverTheLawsDay() {
    Document doc = Parser.russian().parse("law", "Ратифицировано Соглашение между Арменией и Грузией о торговле\n\n"
        + "Федеральный закон вступает в силу 2 сентября 2021 года.\n\n"
        + "Ратифицировано Соглашение между Республикой Армения и Грузией о торговле, подписанное в Ереване 3 марта "
        + "2021 года.\n");
    assertEquals("2021-03-03", doc.date().map(Object::toString).orElse(null));
    assertEquals("Ереван", doc.place().map(p -> p.name()).orElse(null));
  }

  @Test
  void theSigningDayOfAShortPassive() {
    Document doc = Parser.russian().parse("passive", "Президент внес на ратификацию договор с Перу\n\n"
        + "15 мая 2020\n\n"
        + "Президент внес на ратификацию договор о сотрудничестве с Республикой Перу. Договор был подписан в Лиме "
        + "20 ноября 2019 года.\n");
    assertEquals("2019-11-20", doc.date().map(Object::toString).orElse(null));
  }

  @Test
  void anEnglishPageOfRatification() {
    Document doc = Parser.english().parse("ratified", "Parliament ratifies treaty with Chile\n\n"
        + "Posted: 4 May 2016\n\n"
        + "Parliament ratified the Treaty of Friendship between Peru and Chile, signed in Santiago on 12 October 2015.\n");
    assertEquals("2015-10-12", doc.date().map(Object::toString).orElse(null));
  }

  @Test
  void theOtherParticipleOfSigning() {
    // «совершенный в …»: the other participle of the ratifying formula, used by other states' laws.
    Document doc = Parser.russian().parse("done", "О ратификации Конвенции между Республикой Узбекистан и Королевством Марокко"
        + " об избежании двойного налогообложения\n\n"
        + "Закон от 14 апреля 2011 года № 12\n\n"
        + "Ратифицировать Конвенцию между Республикой Узбекистан и Королевством Марокко об избежании двойного "
        + "налогообложения, совершенную в Рабате 9 ноября 2009 года.\n");
    assertEquals("2009-11-09", doc.date().map(Object::toString).orElse(null));
  }

  @Test
  void aCrimeDoneIsNoSigning() {
    // «преступления, совершенные в …»: the plural participle is of deeds, not of the document.
    Document doc = Parser.russian().parse("deeds", "О ратификации Соглашения о выдаче\n\n"
        + "Закон от 3 марта 2015 года № 40\n\n"
        + "Ратифицировать Соглашение о выдаче лиц за преступления, совершенные в стране 5 мая 2010 года.\n");
    assertEquals("2015-03-03", doc.date().map(Object::toString).orElse(null));
  }
}
