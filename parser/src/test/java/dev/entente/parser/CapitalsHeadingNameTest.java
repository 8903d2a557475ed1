package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A heading in capitals says nothing by its case: its short words are the prepositions they are in running text,
 * so a programme named in the heading and again in the body is one programme; and a head with no complement,
 * written in capitals, is the common noun it is in running text, no name. Texts written for the test, in the style
 * of decisions of a council of heads of government and of intergovernmental agreements.
 */
final class CapitalsHeadingNameTest {

  private static List<String> initiatives(String text) {
    return Parser.russian().parse("capitals", text).initiatives().stream().map(Initiative::name).toList();
  }

  @Test
  void aProgrammeNamedInACapitalsHeadingAndInTheBody_isOneProgramme() {
    // GIVEN a heading in capitals that names a programme with «С» and «НА» in it, and a body that names it again
    List<String> found = initiatives("РЕШЕНИЕ\n"
        + "ОБ УТВЕРЖДЕНИИ МЕЖГОСУДАРСТВЕННОЙ ПРОГРАММЫ СОВМЕСТНЫХ МЕР БОРЬБЫ С НЕЗАКОННОЙ МИГРАЦИЕЙ НА ПЕРИОД ДО 2030 ГОДА\n"
        + "Совет глав правительств Содружества Независимых Государств\nрешил:\n"
        + "утвердить Межгосударственную программу совместных мер борьбы с незаконной миграцией на период до 2030 года.\n"
        + "Совершено в городе Минске 10 октября 2024 года.\n");
    // THEN both mentions are one initiative
    assertEquals(1, found.size(), found::toString);
  }

  @Test
  void aHeadWithNoComplementInCapitals_namesNothing() {
    // GIVEN an agreement whose heading in capitals ends in «ПО ЖЕЛЕЗНОЙ ДОРОГЕ»
    List<String> found = initiatives("СОГЛАШЕНИЕ\nО СОТРУДНИЧЕСТВЕ В ОБЛАСТИ ПЕРЕВОЗОК ПО ЖЕЛЕЗНОЙ ДОРОГЕ\n\n"
        + "Правительство Республики Казахстан и Правительство Республики Узбекистан, далее именуемые Сторонами,\n"
        + "согласились о нижеследующем:\n\nСтатья 1\nСтороны развивают сотрудничество в области пассажирских перевозок.\n\n"
        + "Совершено в городе Ташкенте 5 мая 2024 года.\n");
    // THEN the railway is no initiative
    assertEquals(List.of(), found);
  }

  @Test
  void anAdjectiveAndAHeadInCapitals_nameNothing_whileTheProgrammeOfTheBodyStays() {
    // GIVEN a heading «ОБ УТВЕРЖДЕНИИ МЕЖГОСУДАРСТВЕННОЙ ПРОГРАММЫ» and a body that names the programme in full
    List<String> found = initiatives("РЕШЕНИЕ\nОБ УТВЕРЖДЕНИИ МЕЖГОСУДАРСТВЕННОЙ ПРОГРАММЫ\n"
        + "Совет глав правительств Содружества Независимых Государств\nрешил:\n"
        + "утвердить Межгосударственную программу сотрудничества в области образования на период до 2030 года.\n"
        + "Совершено в городе Минске 10 октября 2024 года.\n");
    // THEN only the programme of the body is an initiative
    assertEquals(1, found.size(), found::toString);
    assertEquals("Межгосударственная программа сотрудничества в области образования на период", found.get(0));
  }
}
