package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: words that are no people, and foreign names left in an oblique case, on sentences
 * written for these tests (none is taken from a real document): a lettered section heading, a word a
 * scanned page broke at a line's end, a misspelt state after a role; a foreign name whose words do
 * not all decline, a woman's given name before a surname that never declines, a surname ending in a
 * vowel no case gives after the role.
 */
final class FalseAndObliquePeopleTest {
  private static final Russian RUSSIAN = new Russian();

  private static List<String> names(String body) {
    Document doc = Seeds.PARSER.parse("own.txt", "Совместное заявление\n\n" + body + "\n");
    return doc.participants().stream().map(p -> p.name()).toList();
  }

  private static String person(String name) {
    String[] out = RUSSIAN.nominativeName(name.split(" "), true);
    StringBuilder b = new StringBuilder();
    for (String word : out) {
      b.append(b.length() == 0 ? "" : " ").append(word == null ? "?" : word);
    }
    return b.toString();
  }

  @Test
  void letteredHeading_opensNoName_butAnInitialBeforeASurnameDoes() {
    // GIVEN sections lettered «А.», «Б.», and a line that opens with an initial and a surname
    List<String> names = names("Москва, 3 марта 2022 года\n\n"
        + "А. Итоги и планы совместной работы\n"
        + "Стороны подвели итоги года.\n"
        + "Б. Гуманитарное сотрудничество\n"
        + "Стороны расширят обмены.\n"
        + "С. Лавров провёл беседу с коллегами.");
    // THEN the headings are no people; the minister is
    assertFalse(names.stream().anyMatch(n -> n.contains("Итоги") || n.contains("Гуманитарн")), names.toString());
    assertTrue(names.contains("С.Лавров"), names.toString());
  }

  @Test
  void wordBrokenAtALineEnd_isNoName() {
    // GIVEN a scanned page that parted «Туркменистана» into «Туркмениста на»
    List<String> names = names("Ашхабад, 5 мая 1994 года\n\n"
        + "Президент Туркмениста на имел беседы с Президентом Российской Федерации Борисом Ельциным.");
    // THEN the broken word is no person; the name after the role is one
    assertFalse(names.stream().anyMatch(n -> n.startsWith("Туркмениста")), names.toString());
    assertTrue(names.contains("Борис Ельцин"), names.toString());
  }

  @Test
  void misspeltStateAfterARole_isNoName() {
    // GIVEN a state's adjective misspelt, so no gazetteer reads «… Республики» as the state
    List<String> names = names("Душанбе, 2 июня 2010 года\n\n"
        + "Визит Президента Исламской Республики Пакистан и Президента Ислямской Республики прошёл успешно.");
    // THEN the adjective and the common noun are no person's name
    assertFalse(names.stream().anyMatch(n -> n.contains("Республик")), names.toString());
  }

  @Test
  void foreignNameAfterAnObliqueRole_declinesOnlyTheWordsThatDo() {
    // a woman's given name in the instrumental, a surname the dictionary knows as a man's nominative
    assertEquals("Самия ? Хассан", person("Самией Бинти Хассан"));
    // a Vietnamese name: the last syllable takes the case, the surname does not decline
    assertEquals("Чан ? Ман", person("Чан Зуй Маном"));
  }

  @Test
  void foreignNamesInTheInstrumental_areGivenInTheNominative() {
    // GIVEN a woman's given name before a surname that never declines, and a surname ending in «-е»
    List<String> names = names("Веллингтон, 7 июля 2019 года\n\n"
        + "Переговоры с Премьер-министром Новой Зеландии Джасиндой Ардерн прошли в Веллингтоне. "
        + "С Президентом Филиппин Родриго Дутерте встретился Председатель КНР Си Цзиньпин.");
    // THEN both are in the nominative, the indeclinable ending kept
    assertTrue(names.contains("Джасинда Ардерн"), names.toString());
    assertTrue(names.contains("Родриго Дутерте"), names.toString());
  }

  @Test
  void feminineNominative_bySoftAndHardStems() {
    assertEquals("джасинда", RUSSIAN.feminineNominativeOf("джасиндой"));
    assertEquals("самия", RUSSIAN.feminineNominativeOf("самией"));
    assertEquals("наталья", RUSSIAN.feminineNominativeOf("натальей"));
    assertEquals("ардерн", RUSSIAN.feminineNominativeOf("ардерн"));
  }
}
