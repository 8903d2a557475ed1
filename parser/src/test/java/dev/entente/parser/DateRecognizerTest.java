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

  private static final LanguageData EN = LanguageData.of("en");
  private static final DateRecognizer EN_DATES = new DateRecognizer(EN);
  private static final String[] RU_ORDINAL_GENITIVE = {"первого", "второго", "третьего", "четвертого", "пятого",
      "шестого", "седьмого", "восьмого", "девятого", "десятого", "одиннадцатого", "двенадцатого", "тринадцатого",
      "четырнадцатого", "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого", "девятнадцатого",
      "двадцатого", "двадцать первого", "двадцать второго", "двадцать третьего", "двадцать четвертого",
      "двадцать пятого", "двадцать шестого", "двадцать седьмого", "двадцать восьмого", "двадцать девятого",
      "тридцатого", "тридцать первого"};
  private static final String[] EN_ORDINAL = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
      "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
      "thirtieth", "thirty-first"};

  /** The one date found in {@code text}: its EDTF value and the words it spans, as "value|words". */
  private static String dateAndWords(LanguageData data, DateRecognizer dates, String text) {
    Tokens tokens = data.tokenizer.tokenize(data.normalizer.normalize(text));
    List<DateRecognizer.Found> found = dates.find(tokens, 0, tokens.size);
    assertEquals(1, found.size(), "one date in «" + text + "»");
    DateRecognizer.Found date = found.get(0);
    EdtfDate value = date.resolve(2025, LocalDate.of(2025, 4, 27));
    return value + "|" + tokens.source.text().substring(tokens.start[date.first], tokens.end[date.last - 1]);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ассамблея, собравшаяся сего четвертого ноября 1971 года в Женеве,|1971-11-04|четвертого ноября 1971 года",
      "Совещание открылось двадцать пятого июня.|2025-06-25|двадцать пятого июня",
      "Праздник отмечается первого мая ежегодно.|2025-05-01|первого мая",
      "Договор подписан тридцать первого декабря 1983 г. в Москве.|1983-12-31|тридцать первого декабря 1983 г",
      "Совершено в Вене восьмого марта тысяча девятьсот семьдесят пятого года.|1975-03-08|восьмого марта тысяча девятьсот семьдесят пятого года",
      "Принято двенадцатого апреля тысяча девятьсот шестидесятого года.|1960-04-12|двенадцатого апреля тысяча девятьсот шестидесятого года",
      "Совершено второго октября две тысячи третьего года.|2003-10-02|второго октября две тысячи третьего года",
      "Пятое мая стало днем памяти.|2025-05-05|Пятое мая",
  })
  void find_aRussianDayInWords(String text, String value, String words) {
    assertEquals(value + "|" + words, dateAndWords(RU, DATES, text));
  }

  @Test
  void find_everyRussianOrdinalDayBeforeItsMonth() {
    for (int day = 1; day <= 31; day++) {
      String text = "Встреча состоялась " + RU_ORDINAL_GENITIVE[day - 1] + " " + GENITIVE[0] + " 1979 года в Праге.";
      assertEquals(String.format("1979-01-%02d|%s января 1979 года", day, RU_ORDINAL_GENITIVE[day - 1]),
          dateAndWords(RU, DATES, text));
    }
  }

  @Test
  void find_everyEnglishOrdinalDayBeforeItsMonth() {
    for (int day = 1; day <= 31; day++) {
      String ordinal = EN_ORDINAL[day - 1];
      assertEquals(String.format("1991-07-%02d|%s day of July 1991", day, ordinal),
          dateAndWords(EN, EN_DATES, "Done this " + ordinal + " day of July 1991 at Geneva."));
      assertEquals(String.format("2025-08-%02d|%s of August", day, ordinal),
          dateAndWords(EN, EN_DATES, "The talks resume on the " + ordinal + " of August."));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The Council met on the twenty first of May.|2025-05-21|twenty first of May",
      "Signed the Twenty-Fifth Day of June, 1986.|1986-06-25|Twenty-Fifth Day of June, 1986",
  })
  void find_anEnglishDayInWords(String text, String value, String words) {
    assertEquals(value + "|" + words, dateAndWords(EN, EN_DATES, text));
  }

  @Test
  void find_noDateInAnEnglishOrdinalBeforeMay() {
    Tokens tokens = EN.tokenizer.tokenize(EN.normalizer.normalize("The first may be the hardest step."));
    assertTrue(EN_DATES.find(tokens, 0, tokens.size).isEmpty());
  }
}
