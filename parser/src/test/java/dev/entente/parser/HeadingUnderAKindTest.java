package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A title that is a kind of document alone («СОГЛАШЕНИЕ», «Решение») goes on under it with the document's name, line
 * by line, up to the place and day, the body or a blank line; the title users read is the whole heading on one line.
 * On texts written for this test.
 */
final class HeadingUnderAKindTest {
  private static String title(String text) {
    return Parser.russian().parse("heading", text).title();
  }

  @Test
  void aHeadingInCapitals_runsToThePlaceAndDay() {
    assertEquals("ДОГОВОР О ДРУЖБЕ И СОТРУДНИЧЕСТВЕ МЕЖДУ КОРОЛЕВСТВОМ НОРВЕГИЯ И РЕСПУБЛИКОЙ ЧИЛИ", title("ДОГОВОР\n"
        + "О ДРУЖБЕ И СОТРУДНИЧЕСТВЕ МЕЖДУ\n"
        + "КОРОЛЕВСТВОМ НОРВЕГИЯ И РЕСПУБЛИКОЙ ЧИЛИ\n"
        + "(Осло, 12 мая 1994 года)\n"
        + "Королевство Норвегия и Республика Чили, далее именуемые Сторонами,\n"
        + "согласились о нижеследующем:\n"));
  }

  @Test
  void aHeadingInSmallLetters_stopsAtTheBodysFirstLine() {
    assertEquals("Соглашение между Республикой Перу и Республикой Эквадор о сотрудничестве в области рыболовства",
        title("Соглашение\n"
            + "между Республикой Перу и Республикой Эквадор\n"
            + "о сотрудничестве в области рыболовства\n"
            + "Республика Перу и Республика Эквадор,\n"
            + "желая развивать сотрудничество,\n"
            + "согласились о нижеследующем:\n"));
  }

  @Test
  void aCapitalisedLastLineBeforeABlank_endsTheName() {
    assertEquals("Декларация о принципах добрососедства государств - участников Содружества Независимых Государств",
        title("Декларация\n"
            + "о принципах добрососедства государств - участников\n"
            + "Содружества Независимых Государств\n\n"
            + "Главы государств - участников Содружества Независимых Государств заявляют о следующем.\n"));
  }

  @Test
  void aLineThatGivesADay_isTheHeadingsLast() {
    assertEquals("Декларация о создании Совета по Балтийскому морю от 5 марта 1992 года", title("Декларация\n"
        + "о создании Совета по Балтийскому морю\n"
        + "от 5 марта 1992 года\n"
        + "Министры иностранных дел государств региона\n"
        + "приняли решение создать Совет.\n"));
  }

  @Test
  void aFootnoteMarkAndABrokenWord_areNotWrittenIntoTheTitle() {
    assertEquals("СОГЛАШЕНИЕ МЕЖДУ ПРАВИТЕЛЬСТВОМ РЕСПУБЛИКИ МАЛИ И ПРАВИТЕЛЬСТВОМ РЕСПУБЛИКИ НИГЕР О СОТРУДНИЧЕСТВЕ",
        title("СОГЛАШЕНИЕ\n"
            + "МЕЖДУ ПРАВИТЕЛЬСТВОМ РЕСПУБЛИКИ МАЛИ И ПРАВИТЕЛЬСТВОМ\n"
            + "РЕСПУБЛИКИ НИГЕР О СОТРУДНИЧЕСТВЕ*\n"
            + "Правительство Республики Мали и Правительство Республики Нигер\n"
            + "договорились о нижеследующем:\n"));
  }

  @Test
  void aKindAloneOverABlankLineAndProse_staysAlone() {
    assertEquals("Заявление", title("Заявление\n\n"
        + "Министры иностранных дел встретились в Лиме 3 мая 2019 года и обсудили положение в регионе.\n"));
  }
}
