package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.mechanism;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person's title that names an organisation's organ by its head and the organisation alone («Генерального
 * секретаря Совета НАТО»), or by the organisation's alias and runs on into the person's portfolio or name
 * («Комиссара Европейской комиссии по торговле Марии Ивановой»), names the person's affiliation with the
 * organisation, no mechanism; a standing body of its own in a title («Совета Межбанковского объединения ШОС»),
 * or an organ named outside a title, stays.
 */
final class RussianOrganInARoleTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      На встрече выступил Генеральный секретарь Совета НАТО Иван Петров.
      В переговорах участвовал Комиссар Европейской комиссии по торговле Мария Иванова.
      Встреча прошла при участии Вице-президента Европейской комиссии по цифровой экономике Карла Шмидта.
      """)
  void organInATitleIsNoMechanism(String sentence) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(doc.mechanisms().isEmpty(), "an organ in a person's title taken for a mechanism: " + sentence + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      В заседании участвовал Председатель Совета Межбанковского объединения ШОС Пётр Сидоров. | Межбанковского объединения ШОС
      Стороны приветствовали решения Совета министров иностранных дел ОБСЕ. | Совета министров иностранных дел ОБСЕ
      """)
  void bodyOfItsOwnStays(String sentence, String name) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(mechanism(doc, name).isPresent(), "mechanism lost: " + sentence + dump(doc));
  }
}
