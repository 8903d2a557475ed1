package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: events and mechanisms are named in the nominative (the head phrase put in the
 * nominative, complements kept as written), every form found kept in the mentions.
 */
final class RussianNominativeTest {
  private static final Russian RUSSIAN = new Russian();

  private static String nominative(String phrase) {
    String[] words = phrase.split(" ");
    String[] out = RUSSIAN.nominativeHeadPhrase(words);
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
  })
  void headPhrase_inAnyCase_isPutInTheNominative(String written, String expected) {
    assertEquals(expected, nominative(written));
  }

  @Test
  void headPhrase_alreadyNominativeOrNoListedHead_isLeftAlone() {
    assertNull(nominative("пятый саммит"));
    assertNull(nominative("Совет"));
    assertNull(nominative("итогов Высшего Совета"));
    assertNull(nominative("Хартии"));
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
