package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report counts what a meeting produced («По итогам переговоров были подписаны …», «В ходе визита принята …»): the
 * texts listed after a short passive participle are the reporter's tally, not
 * initiatives the document puts forward; a programme the sides themselves adopt («министры подписали …») and
 * one the text supports stay. Sentences written for the test.
 */
final class TallyOfOutcomesNotInitiativeTest {

  private static List<String> initiatives(String text) {
    Document doc = Parser.russian().parse("tally", text);
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  private static boolean any(List<String> names, String part) {
    return names.stream().anyMatch(n -> n.contains(part));
  }

  @Test
  void textsCountedAfterAPassiveParticiple_areNoInitiatives() {
    List<String> found = initiatives("21.03.2018 Завершился визит министра в Аргентину\n\n"
        + "В Буэнос-Айресе состоялись переговоры министров иностранных дел Аргентины и Индонезии.\n\n"
        + "По итогам переговоров были подписаны Программа культурного обмена на 2018-2020 годы "
        + "и Меморандум о консультациях.\n\n"
        + "В ходе визита также принят План действий по развитию туризма.\n");
    assertFalse(any(found, "Программа культурного обмена"), found::toString);
    assertFalse(any(found, "План действий по развитию туризма"), found::toString);
  }

  @Test
  void aProgrammeTheSidesSign_orSupport_stays() {
    List<String> found = initiatives("Совместное заявление\n\n"
        + "По итогам переговоров министры подписали Программу культурного обмена на 2018-2020 годы.\n\n"
        + "Стороны поддерживают План действий по развитию туризма до 2025 года.\n");
    assertTrue(any(found, "Программа культурного обмена"), found::toString);
    assertTrue(any(found, "План действий по развитию туризма"), found::toString);
  }
}
