package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Session 37: the day of a legal database's page. The issue of a newspaper named in the field of the publication's
 * source (ru/words.tsv PUBLICATION_SOURCE_PHRASE) does not date the text, and «от» after a heading in capitals run
 * into one line dates the page's own text, as it does in a title. Every text is written for these tests.
 */
final class RegisterPageDateTest {
  private static String date(String text) {
    return String.valueOf(Seeds.PARSER.parse("own.txt", text).date().orElse(null));
  }

  @Test
  void dayOfTheIssue_afterTheFieldOfTheSource_doesNotDateTheText() {
    // GIVEN a register's page run into one line whose only day is the one of the newspaper that printed the text
    String found = date("наименование документа Соглашение о сотрудничестве в области образования Источник публикации"
        + " \"Северная газета\", N 40-41, 14.03.2005 ---------- Соглашение о сотрудничестве в области образования"
        + " Стороны развивают обмены студентами и преподавателями и поддерживают совместные исследования.\n");
    // THEN the text has no day rather than the issue's
    assertEquals("null", found);
  }

  @Test
  void headingInCapitals_runIntoOneLine_isDatedByItsFrom() {
    // GIVEN a page run into one line: the register's entry with the issue's day, then the heading in capitals with «от»
    String found = date("наименование документа ПРОТОКОЛ О ПАРТНЕРСТВЕ МЕЖДУ ТВЕРСКОЙ ОБЛАСТЬЮ И ПРОВИНЦИЕЙ ЛАПЛАНДИЯ"
        + " от 3 марта 2004 года Источник публикации \"Северная газета\", N 12, 20.03.2004 ---------- ПРОТОКОЛ О"
        + " ПАРТНЕРСТВЕ МЕЖДУ ТВЕРСКОЙ ОБЛАСТЬЮ И ПРОВИНЦИЕЙ ЛАПЛАНДИЯ от 3 марта 2004 года Статья 1 Стороны"
        + " содействуют сотрудничеству своих предприятий и учебных заведений.\n");
    // THEN the heading's day is the text's
    assertEquals("2004-03-03", found);
  }

  @Test
  void treatyACommonSentenceNames_isStillDatedAsAnotherText() {
    // GIVEN a sentence of the body that cites an older treaty by «от» in lower case, and the text's own date line
    String found = date("Совместное заявление министров иностранных дел\n\n12 мая 2011 года\n\n"
        + "1. Министры подтвердили верность Договору о дружбе от 4 июня 1995 года.\n");
    // THEN the older treaty's day is not taken
    assertEquals("2011-05-12", found);
  }
}
