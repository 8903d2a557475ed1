package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.entente.model.EdtfDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class DateRecognizerTest {
  private static final LanguageData RU = LanguageData.of("ru");
  private static final DateRecognizer DATES = new DateRecognizer(RU);
  private static final String[] GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
      "августа", "сентября", "октября", "ноября", "декабря"};

  static List<DateRecognizer.Found> find(String text) {
    Tokens tokens = RU.tokenizer.tokenize(RU.normalizer.normalize(text));
    return DATES.find(tokens, 0, tokens.size);
  }

  static String resolve(String text, int year) {
    List<DateRecognizer.Found> found = find(text);
    assertEquals(1, found.size(), "one date in «" + text + "»");
    EdtfDate date = found.get(0).resolve(year, LocalDate.of(2025, 4, 27));
    return date == null ? null : date.toString();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Визит состоится 12 марта 2024 года.|2024-03-12",
      "Форум пройдет 3-4 июня в Казани.|2025-06-03/2025-06-04",
      "выставка 28 сентября - 2 октября 2026 года|2026-09-28/2026-10-02",
      "переговоры с 10 по 12 февраля 2023 года|2023-02-10/2023-02-12",
      "Министры встретились в ноябре 2022 года.|2022-11",
      "в марте и в апреле текущего года|2025-03/2025-04",
      "в сентябре-октябре|2025-09/2025-10",
      "Саммит пройдет в 2028 году.|2028",
      "на 2024-2029 гг.|2024/2029",
      "Программа рассчитана до 2035 г.|2035",
      "в следующем году|2026",
      "В Душанбе в пятницу открылась выставка.|2025-04-25",
      "7 ноября в Минске подписан протокол.|2025-11-07",
  })
  void find_everyRussianForm(String text, String expected) {
    assertEquals(expected, resolve(text, 2025));
  }

  @Test
  void find_numbersThatAreNotDates() {
    assertTrue(find("выросла на 43 процента, 1000 человек, резолюция 2758").isEmpty());
  }

  @Test
  void russianRenderingParsesBackToTheSameDate() {
    qt().withExamples(Integer.getInteger("entente.property.tries", 300))
        .forAll(integers().between(1950, 2150), integers().between(1, 12), integers().between(1, 28),
            integers().between(0, 40))
        .check((year, month, day, span) -> {
          LocalDate from = LocalDate.of(year, month, day);
          LocalDate to = from.plusDays(span);
          String text = span == 0
              ? day + " " + GENITIVE[month - 1] + " " + year + " года"
              : from.getDayOfMonth() + " " + GENITIVE[from.getMonthValue() - 1] + " - " + to.getDayOfMonth()
                  + " " + GENITIVE[to.getMonthValue() - 1] + " " + to.getYear() + " года";
          EdtfDate expected = span == 0 ? EdtfDate.ofDay(year, month, day)
              : EdtfDate.between(EdtfDate.ofDay(from.getYear(), from.getMonthValue(), from.getDayOfMonth()),
                  EdtfDate.ofDay(to.getYear(), to.getMonthValue(), to.getDayOfMonth()));
          List<DateRecognizer.Found> found = find(text);
          return found.size() == 1 && expected.equals(found.get(0).resolve(0, null));
        });
  }
}
