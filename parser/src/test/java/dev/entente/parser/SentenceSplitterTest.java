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

  @Test
  void split_sentencesRunTogetherWithoutASpace() {
    assertEquals(List.of("Президент посетил Москву с визитом.", "Президенты провели переговоры."),
        split("Президент посетил Москву с визитом.Президенты провели переговоры."));
  }

  @Test
  void split_notInsideInitialsAbbreviationsOrDomains() {
    assertEquals(1, split("Встреча В.В.Путина в г.Астане прошла, сообщает UzDaily.uz сегодня.").size());
  }

  @Test
  void split_notInsideAQuotedNameTheSentenceGoesOnAfter() {
    assertEquals(1, split("Форум \"Евразия - 2035. Мосты доверия\" прошел в Баку, сообщили организаторы.").size());
    assertEquals(1, split("The ministers opened the forum \"Pacific 2040. Shared Waters\", attended by ten states.").size());
  }

  @Test
  void split_atAStopInsideAQuoteThatEndsTheSentence() {
    assertEquals(List.of("The theme was \"Acting Now.\"", "The leaders agreed."),
        split("The theme was \"Acting Now.\" The leaders agreed."));
    assertEquals(2, split("Он сказал: \"Мы согласны\". Затем встреча закончилась.").size());
  }
}
