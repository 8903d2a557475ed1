package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 23: a state's name that is also its capital's («Люксембург», «Тунис», "Djibouti"), after a
 * locative preposition and next to a date, is the city where a meeting was held or a text adopted, not a
 * mention of the state; a city that is its whole state (Singapore) still names it, and without a date the
 * name stays the state's. Sentences written for the test.
 */
final class VenueOfADateTest {
  private static final Parser ENGLISH = Parser.english();

  private static List<String> states(Document doc) {
    return doc.parties().stream().filter(p -> p.kind() == PartyKind.STATE).map(Party::id).collect(Collectors.toList());
  }

  private static List<String> russian(String body) {
    return states(Seeds.PARSER.parse("own.txt", "Совместное заявление\n\n" + body + "\n"));
  }

  private static List<String> english(String body) {
    return states(ENGLISH.parse("en-test", "Joint Statement\n\n" + body + "\n"));
  }

  @Test
  void russian_capitalAfterAYear_isTheVenue() {
    assertEquals(List.of("RU", "KZ"),
        russian("1. Россия и Казахстан высоко оценили итоги встречи, состоявшейся 12 мая 2019 года в Люксембурге."));
  }

  @Test
  void russian_capitalBeforeADayAndMonth_isTheVenue() {
    assertEquals(List.of("RU", "EG"),
        russian("1. Россия и Египет напомнили о консультациях в Тунисе 4 марта и договорились продолжить их."));
  }

  @Test
  void russian_cityState_staysTheState() {
    assertEquals(List.of("RU", "ID", "SG"),
        russian("1. Россия и Индонезия приветствовали решения, принятые 14 ноября 2018 года в Сингапуре."));
  }

  @Test
  void russian_capitalWithoutADate_staysTheState() {
    assertEquals(List.of("RU", "LU"), russian("1. Россия поддерживает рост взаимных инвестиций в Люксембурге."));
  }

  @Test
  void english_capitalBeforeADate_isTheVenue() {
    assertEquals(List.of("JP", "KE"), english("1. Japan and Kenya recalled the meeting held in Djibouti on 3 June 2021."));
  }

  @Test
  void english_cityState_staysTheState() {
    assertEquals(List.of("US", "JP", "SG"),
        english("1. The United States and Japan welcomed the summit held in Singapore on 12 June 2018."));
  }
}
