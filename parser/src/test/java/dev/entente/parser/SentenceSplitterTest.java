package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter(Set.of("г", "гг", "т", "ч"));

  private List<String> split(String text) {
    return splitter.split(text.toCharArray(), 0, text.length()).stream().map(s -> text.substring(s.start(), s.end()))
        .collect(Collectors.toList());
  }

  @Test
  void split_atFullStopBeforeCapital() {
    assertEquals(List.of("Стороны согласились.", "Министры отметили прогресс."),
        split("Стороны согласились. Министры отметили прогресс."));
  }

  @Test
  void split_notAfterAbbreviationsOrInitials() {
    assertEquals(List.of("Встреча прошла в г. Ташкенте, в т.ч. с участием К.К.Токаева и Ш. М. Мирзиёева."),
        split("Встреча прошла в г. Ташкенте, в т.ч. с участием К.К.Токаева и Ш. М. Мирзиёева."));
  }

  @Test
  void split_notBeforeLowerCase() {
    assertEquals(1, split("Программа до 2030 г. включительно принята.").size());
  }
}
