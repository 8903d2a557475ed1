package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Heads of organs the head lexicon once lacked — a council of commanders («Совет командующих …»), a
 * political council («Политсовет …») and an observer mission («Миссия наблюдателей …») — name mechanisms. Sentences
 * written for the test.
 */
final class OrganHeadsOfCommandAndObservationTest {
  private static final Parser PARSER = Parser.russian();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1. Поручить Совету командующих Морскими силами подготовить план совместных учений.|Совет командующих",
      "1. Политсовет Союза южных государств выражает поддержку переговорам.|Политсовет",
      "1. Стороны отметили работу Миссии наблюдателей от Содружества на выборах в парламент.|Миссия наблюдателей",
  })
  void recognize_organHead_namesAMechanism(String sentence, String mechanism) {
    // GIVEN a decision whose one point names an organ by the head
    Document doc = PARSER.parse("ru-test", "Решение\n\nг. Минск, 14 мая 2025 года\n\n" + sentence + "\n");
    // WHEN it is parsed
    List<String> names = doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
    // THEN the organ is a mechanism
    assertTrue(names.stream().anyMatch(n -> n.startsWith(mechanism)), names::toString);
  }
}
