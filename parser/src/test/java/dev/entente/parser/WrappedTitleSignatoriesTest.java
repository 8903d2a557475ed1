package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Titles whose «между A и B» runs over more lines than a title usually takes, because a long party name wraps from
 * one line into the next. Every text is written for these tests.
 */
final class WrappedTitleSignatoriesTest {
  @Test
  void aNameThatWrapsInsideItself_keepsTheTitleGoingToTheLastSide() {
    // GIVEN a title over five lines whose «между» list wraps inside «Союзом Советских ⏎ Социалистических Республик»
    // and inside «Республикой ⏎ Чили»
    Document doc = Parser.russian().parse("СОГЛАШЕНИЕ\nо культурном обмене и научном\n"
        + "сотрудничестве между Союзом Советских\nСоциалистических Республик и Республикой\nЧили\n\n"
        + "Стороны, желая укреплять связи между своими народами, договорились о нижеследующем:\n"
        + "1. Стороны будут поощрять обмен учеными.\n");
    // THEN both states of the list are the sides
    assertEquals(List.of("CL", "SU"), sorted(doc.signatories()));
  }

  @Test
  void aLineThatOpensWithAPartyAfterACapitalisedWord_goesOnWithTheTitle() {
    // GIVEN a title whose last side's name starts at the end of one line («Народной») and goes on in the next
    Document doc = Parser.russian().parse("СОГЛАШЕНИЕ\nо культурном обмене и научном\n"
        + "сотрудничестве между Союзом Советских\nСоциалистических Республик и Народной\nРеспубликой Бангладеш\n\n"
        + "Стороны, желая укреплять связи между своими народами, договорились о нижеследующем:\n"
        + "1. Стороны будут поощрять обмен учеными.\n");
    // THEN the state on the last line is a side too
    assertEquals(List.of("BD", "SU"), sorted(doc.signatories()));
  }
}
