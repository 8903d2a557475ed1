package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 29: every form of address of the Russian list — «Превосходительство», «Высокопревосходительство»
 * (the Soviet protocol's), «Высочество», «Величество», «Святейшество», in every case — stands before a name
 * and is no part of it, and its case is the name's («Его Высокопревосходительства Е. Е. Петрова» is Петров).
 * Sentences written for this test.
 */
final class HighFormsOfAddressTest {
  private static List<String> names(String text) {
    Document doc = Parser.russian().parse("ru-test", text);
    return doc.participants().stream().map(p -> p.name()).sorted().collect(Collectors.toList());
  }

  @Test
  void aNameAfterTheGenitiveOfVysokoprevoskhoditelstvo_isGivenInTheNominative() {
    assertEquals(List.of("Е.Е.Петров"), names("Коммюнике\n\nПремьер-министр Индии посетил Советский Союз по"
        + " приглашению Его Высокопревосходительства Е. Е. Петрова. Стороны обсудили вопросы сотрудничества.\n"));
  }

  @Test
  void aNameAfterTheInstrumentalOfVysokoprevoskhoditelstvo_isGivenInTheNominative() {
    assertEquals(List.of("Н.С.Кузнецов"), names("Коммюнике\n\nКороль провел беседу с Его Высокопревосходительством"
        + " Н.С.Кузнецовым. Стороны обсудили вопросы сотрудничества.\n"));
  }
}
