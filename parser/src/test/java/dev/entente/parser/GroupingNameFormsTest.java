package dev.entente.parser;

import static dev.entente.parser.PartyTexts.english;
import static dev.entente.parser.PartyTexts.parties;
import static dev.entente.parser.PartyTexts.russian;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 23: name forms of the groupings of states that the gazetteers lacked — the «большая семёрка»
 * family written in lower case, as Russian news writes it, and the «Group of 77 and China» in every case
 * and short form, whose «China» is part of the group's name, not a mention of China. Sentences written
 * for the test.
 */
final class GroupingNameFormsTest {
  @Test
  void russian_bigSevenEightAndTwentyInLowerCase_areTheirGroups() {
    // GIVEN the three groupings by their colloquial names in lower case, one with «е» for «ё»
    Document doc = russian("1. Министры обсудили итоги встреч большой семерки и большой двадцатки, "
        + "а также прежние решения большой восьмёрки.");
    // THEN each is its group
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("G7", "G20", "G8")), ids::toString);
  }

  @Test
  void russian_groupOf77AndChinaInObliqueCases_isTheGroupAlone() {
    // GIVEN the group's full name in the genitive, the dative and the instrumental
    Document doc = russian("2. Стороны поддерживают позицию Группы 77 и Китая, выразили признательность "
        + "Группе 77 и Китаю и продолжат взаимодействие с Группой 77 и Китаем.");
    // THEN the group is found and China is not a state of the text
    List<String> ids = parties(doc);
    assertTrue(ids.contains("G77"), ids::toString);
    assertFalse(ids.contains("CN"), ids::toString);
  }

  @Test
  void english_g77AndChina_isTheGroupAlone() {
    // GIVEN the group by its abbreviation followed by «and China»
    Document doc = english("3. The Ministers welcomed the statement of the G77 and China and the position of the "
        + "G-77 and China on financing for development.");
    // THEN the group is found and China is not a state of the text
    List<String> ids = parties(doc);
    assertTrue(ids.contains("G77"), ids::toString);
    assertFalse(ids.contains("CN"), ids::toString);
  }
}
