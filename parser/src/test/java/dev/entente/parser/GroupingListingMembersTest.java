package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15: a grouping's short name followed, after a dash or a closing quote, by the states that
 * make it up («стран «Большой семёрки» – Канады, Франции …») names the grouping, not a body of the
 * first state listed; a state right after the name, with nothing but a space between, still owns it.
 * Sentences written for the test in the house styles of joint statements.
 */
final class GroupingListingMembersTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Мы, министры иностранных дел стран “Большой семерки” – Канады, Франции и Японии, заявляем о поддержке.|G7«Большой семерки» CA«Канады» FR«Франции» JP«Японии»",
      "Мы, министры иностранных дел стран Большой семерки – Канады, Франции и Японии, заявляем о поддержке.|G7«Большой семерки» CA«Канады» FR«Франции» JP«Японии»",
      "Министры финансов стран «Большой двадцатки» — Индии, Бразилии и Италии — обсудили положение в мировой экономике.|G20«Большой двадцатки» IN«Индии» BR«Бразилии» IT«Италии»",
      "Секретарь Совета Безопасности Российской Федерации провёл встречу с послом.|RU«Российской Федерации»",
  })
  void recognize_groupingFollowedByItsMembers(String sentence, String expected) {
    // GIVEN a statement whose one point is the sentence
    // WHEN it is parsed
    String found = PartyFormsTest.mentionsIn(sentence);
    // THEN the grouping is a party alongside its listed members, and a state's own body is no organisation
    assertEquals(expected, found, "parties in «" + sentence + "»");
  }
}
