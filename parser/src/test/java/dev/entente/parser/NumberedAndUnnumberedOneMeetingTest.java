package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One meeting named with its number and, elsewhere in the text, by the same words without it (a title, a
 * headline, a line whose opening numeral was read as the layout's), both held or both planned, is one event
 * with its number; a planned meeting of the series beside a held one stays apart. Sentences written for these tests.
 */
final class NumberedAndUnnumberedOneMeetingTest {
  private static final Parser RU = Parser.russian();
  private static final Parser EN = Parser.english();

  private static String events(Document doc) {
    return doc.events().stream().map(e -> e.name() + " #" + e.ordinal()).collect(Collectors.joining("; "));
  }

  @Test
  void aTitlesUnnumberedConference_isTheBodysNumberedOne() {
    Document doc = RU.parse("ru-title", "Итоговое заявление. Конференция по водной безопасности стран Каспийского региона\n\n"
        + "20.04.2024\n\n"
        + "Министры водного хозяйства встретились в Баку 12 марта 2024 года на второй Конференции по водной безопасности "
        + "стран Каспийского региона и приняли настоящее заявление.\n");
    assertEquals(1, doc.events().size(), () -> events(doc));
    assertEquals(Optional.of(2), doc.events().get(0).ordinal(), () -> events(doc));
  }

  @Test
  void aNewsPagesSummit_withItsNumeralOpeningALine_isOne() {
    Document doc = RU.parse("ru-news", "По итогам VII Саммита Организации черноморского экономического сотрудничества "
        + "подписано коммюнике\n\n5 мая по итогам\nVII Саммита Организации черноморского экономического сотрудничества, "
        + "состоявшегося в\nТурции, было подписано коммюнике.\n");
    // The numeral opens a wrapped line of the report, no point: the page is a news report, whose summit may be
    // left uncounted (the corpus counts nothing of a journalist's words), but never as two meetings.
    assertTrue(doc.events().size() <= 1, () -> events(doc));
    assertTrue(doc.events().isEmpty() || doc.events().get(0).ordinal().equals(Optional.of(7)), () -> events(doc));
  }

  @Test
  void theNextMeetingOfTheSeries_staysApart() {
    Document doc = RU.parse("ru-next", "Совместное заявление\n\nВитебск, 28 июня 2025 года\n\n"
        + "Стороны высоко оценили итоги XII Форума регионов Беларуси и России, прошедшего в Витебске. "
        + "Следующий Форум регионов Беларуси и России состоится в Казани в 2026 году.\n");
    assertEquals(2, doc.events().size(), () -> events(doc));
  }

  @Test
  void anUnnumberedOfficialVisit_isNotTheFirstOne() {
    Document doc = EN.parse("en-visit", "Joint Statement\n\nCanberra, 10 May 2024\n\n"
        + "The Prime Minister of Fiji paid an official visit to Australia from 8 to 10 May 2024. "
        + "The Prime Minister of Australia accepted an invitation to make his first official visit to Fiji.\n");
    assertEquals(2, doc.events().size(), () -> events(doc));
  }
}
