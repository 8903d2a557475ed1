package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 7: the document date when the title and the line under it both give a day and score
 * alike. The first found (the title's) must win on every parse; it once depended on the order of
 * an identity set, which changes from run to run.
 */
final class DocumentDateTieTest {
  private static final String TITLE_AND_LINE_BOTH_DATED = "Совместное заявление от 22 апреля 2025 года\n"
      + "29 мая 2025 года\n\n"
      + "1. Стороны приветствуют развитие сотрудничества.\n";

  @Test
  void date_titleAndLineUnderItTie_theTitlesDayOnEveryParse() {
    Set<String> dates = new HashSet<>();
    for (int parse = 0; parse < 200; parse++) {
      dates.add(String.valueOf(Seeds.PARSER.parse("own.txt", TITLE_AND_LINE_BOTH_DATED).date().orElse(null)));
    }
    assertEquals(Set.of("2025-04-22"), dates);
  }
}
