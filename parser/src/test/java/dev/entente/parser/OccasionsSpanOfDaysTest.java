package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Session 22: a document that the occasion its title names dates («коммюнике о визите …», the visit
 * lasting «с 3 по 5 марта») is dated by the occasion's last day, as one an adoption sentence dates by a
 * span of days is; the occasion keeps its span.
 */
final class OccasionsSpanOfDaysTest {
  private static final String VISIT_OF_THREE_DAYS = "Совместное коммюнике о визите Президента Республики Беларусь"
      + " в Республику Казахстан\n\n"
      + "Реквизиты\nГосударство: \nДатировка: \n2019.03.05\nПериод: \n2019\n"
      + "Источник: \n\"Сборник документов 2019\", стр. 42\n\n"
      + "5 марта (дата подписания)\n\n"
      + "По приглашению Президента Республики Казахстан Президент Республики Беларусь с 3 по 5 марта 2019 г."
      + " находился с официальным визитом в Республике Казахстан.\n\n"
      + "В ходе переговоров президенты провели обмен мнениями\n\n"
      + "о развитии двустороннего сотрудничества.\n";

  @Test
  void date_titlesVisitOverThreeDays_itsLastDay() {
    assertEquals("2019-03-05",
        String.valueOf(Seeds.PARSER.parse("own.txt", VISIT_OF_THREE_DAYS).date().orElse(null)));
  }
}
