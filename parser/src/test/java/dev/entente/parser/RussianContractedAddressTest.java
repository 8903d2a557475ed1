package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «г-н», «г-жа», «г-на»: a form of address contracted with a hyphen opens a name, in lower case too, whether
 * or not a list of given names knows its first word; its case is the name's. In a list of one person a line,
 * one that opens a line opens the next person, not a name for the role that ends the line before. Sentences
 * written for the test.
 */
final class RussianContractedAddressTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      На встрече выступил г-н Тулкинбек Абдувалиев. | Тулкинбек Абдувалиев
      Г-жа Айнагуль Сапарбекова поблагодарила хозяев. | Айнагуль Сапарбекова
      Стороны поблагодарили г-на Тулкинбека Абдувалиева. | Тулкинбек Абдувалиев
      """)
  void contractedAddress_opensAName(String sentence, String name) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertNotEquals("absent", People.partyOf(doc, name), "name after «г-н» lost: " + sentence + dump(doc));
  }

  @Test
  void addressOpeningALine_isNoNameForTheRoleBeforeIt() {
    // GIVEN a list of one person a line, each name before its role and party, no full stops
    Document doc = parse("В совещании участвовали:\n"
        + "Г-н Тулкинбек Абдувалиев Министр Республики Узбекистан\n"
        + "Г-н Нурбек Жумабаев Министр Республики Казахстан");
    // THEN the second person does not take the first line's party
    assertNotEquals("UZ", People.partyOf(doc, "Нурбек Жумабаев"), People.listed(doc));
  }

  @Test
  void oneLetterAfterAHyphen_thatIsNoAddressTail_opensNoName() {
    // GIVEN «г» as a year's abbreviation
    Document doc = parse("Соглашение подписано в 2024 г. Стороны договорились продолжить работу.");
    // THEN
    assertEquals("", People.listed(doc), dump(doc));
  }
}
