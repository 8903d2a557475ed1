package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: initiatives, mechanisms, events and participants are named in the nominative (the head
 * phrase put in the nominative, complements kept as written), every form found kept in the
 * mentions: by the dictionary ({@link RussianNominative}) and, for what it lacks, by the rules.
 */
final class RussianNominativeTest {
  private static final Russian RUSSIAN = new Russian();

  private static String nominative(String phrase) {
    String[] words = phrase.split(" ");
    String[] out = RUSSIAN.nominativeHeadPhrase(words, words.length - 1);
    return out == null ? null : String.join(" ", out);
  }

  @ParameterizedTest
  @CsvSource({
      "пятого саммита, пятый саммит",
      "второго заседания, второе заседание",
      "Третьей встрече, Третья встреча",
      "третьего форума, третий форум",
      "очередной сессии, очередная сессия",
      "Межправительственной комиссии, Межправительственная комиссия",
      "двусторонних переговоров, двусторонние переговоры",
      "региональных консультациях, региональные консультации",
      "Совета, Совет",
      "20 го юбилейного саммита, 20 й юбилейный саммит",
      "Шанхайском форуме, Шанхайский форум",
      "российско китайской выставке, российско китайская выставка",
      // what only the dictionary knows: heads outside the rules' list, stems that shift, agreement
      "Парижской хартии, Парижская хартия",
      "Хартии, Хартия",
      "Казанской декларации, Казанская декларация",
      "Высшего Евразийского экономического совета, Высший Евразийский экономический совет",
      "совместных учениях, совместные учения",
      "6 й встречи, 6 я встреча",
      "регулярных консультаций, регулярные консультации",
      "Медиафоруме, Медиафорум",
      "МИНИСТЕРСКОЙ ВСТРЕЧЕ, МИНИСТЕРСКАЯ ВСТРЕЧА",
      "объединенной комиссии, объединенная комиссия",
      "Договора, Договор",
  })
  void headPhrase_inAnyCase_isPutInTheNominative(String written, String expected) {
    assertEquals(expected, nominative(written));
  }

  /** The rules alone, as for words the dictionary lacks or without language-ru on the class path. */
  @ParameterizedTest
  @CsvSource({
      "пятого саммита, пятый саммит",
      "Третьей встрече, Третья встреча",
      "очередной сессии, очередная сессия",
      "двусторонних переговоров, двусторонние переговоры",
      "20 го юбилейного саммита, 20 й юбилейный саммит",
      "Хоргосского форума, Хоргосский форум",
  })
  void headPhraseByRules_listedHead_isPutInTheNominative(String written, String expected) {
    assertEquals(expected, String.join(" ", RUSSIAN.nominativeHeadPhraseByRules(written.split(" "))));
  }

  @Test
  void headPhrase_alreadyNominativeOrNoHeadPhrase_isLeftAlone() {
    assertNull(nominative("пятый саммит"));
    assertNull(nominative("Совет"));
    assertNull(nominative("Высший Евразийский экономический совет"));
    assertNull(RUSSIAN.nominativeHeadPhrase(new String[] {"итогов", "Высшего", "Совета"}, 2));
    // «консультации», listed in its plural, is one thing: its plural nominative stays
    assertNull(nominative("консультации"));
  }

  @Test
  void headPhrase_wordTheDictionaryLacks_isLeftToTheRules() {
    // GIVEN a modifier no dictionary lists
    String[] phrase = {"Хоргосского", "форума"};
    // THEN the dictionary gives up, and the rules put it in the nominative by its endings
    assertEquals(RussianNominative.UNKNOWN,
        new RussianNominative(RussianDictionary.get(), RUSSIAN).headPhrase(phrase, 1));
    assertEquals("Хоргосский форум", String.join(" ", RUSSIAN.nominativeHeadPhrase(phrase, 1)));
  }

  private static String person(String name, boolean oblique) {
    String[] out = RUSSIAN.nominativeName(name.split(" "), oblique);
    StringBuilder b = new StringBuilder();
    for (String word : out) {
      b.append(b.length() == 0 ? "" : " ").append(word == null ? "?" : word);
    }
    return b.toString();
  }

  @Test
  void personName_afterAnObliqueRole_isPutInTheNominative() {
    assertEquals("Владимир Путин", person("Владимиром Путиным", true));
    assertEquals("Нурсултан Назарбаев", person("Нурсултана Назарбаева", true));
    assertEquals("Валентина Матвиенко", person("Валентины Матвиенко", true));
    assertEquals("Шавкат Мирзиёев", person("Шавката Мирзиёева", true));
    assertEquals("Токаев", person("Токаева", true));
  }

  @Test
  void personName_withoutARole_changesOnlyWhenNoReadingIsNominative() {
    // «Токаева» may be a woman's surname in the nominative: without a role it stays
    assertEquals("Токаева", person("Токаева", false));
    // «Касым», «Жомарт» are not in the dictionary: the rules decide them
    assertEquals("? ? Токаев", person("Касым Жомарт Токаев", false));
    // «Медведевым» is oblique in every reading; «Д» is no name word: the rules decide it
    assertEquals("? Медведев", person("Д Медведевым", false));
  }

  @Test
  void personName_wordsTheDictionaryLacks_areLeftToTheRules() {
    // «Си» is an abbreviation to the dictionary, «Цзиньпина» unknown: both to the rules
    assertEquals("? ?", person("Си Цзиньпина", true));
  }

  @Test
  void participant_foreignNameAfterAnObliqueRole_isNamedByTheRules() {
    // GIVEN a surname no dictionary lists, after a role in the genitive
    Document doc = Seeds.PARSER.parse("own.txt", "Совместное заявление\n\n"
        + "По приглашению Председателя Китайской Народной Республики Си Цзиньпина Президент Российской "
        + "Федерации Владимир Путин посетил Пекин. Переговоры с Президентом Республики Казахстан "
        + "Касым-Жомартом Токаевым прошли 5 мая 2024 года.");
    // THEN the rules give the foreign name, the dictionary the others
    List<String> names = doc.participants().stream().map(p -> p.name()).toList();
    assertTrue(names.contains("Си Цзиньпин"), names.toString());
    assertTrue(names.contains("Владимир Путин"), names.toString());
    assertTrue(names.contains("Касым-Жомарт Токаев"), names.toString());
  }

  @Test
  void event_namedInTheGenitive_isNamedInTheNominativeAndKeepsItsMention() {
    // GIVEN an event written only in an oblique case
    Document doc = Seeds.PARSER.parse("own.txt", "Декларация\n\n"
        + "Главы государств приветствовали итоги пятого саммита СВМДА, состоявшегося в Душанбе 15 июня 2019 года.");
    // THEN the name is nominative, complements as written, and the mention is the text's own form
    Event summit = doc.events().stream().filter(e -> e.name().contains("саммит")).findFirst().orElseThrow();
    assertEquals("пятый саммит СВМДА", summit.name());
    assertEquals(List.of("пятого саммита СВМДА"), summit.mentions().stream().map(m -> m.text()).toList());
  }
}
