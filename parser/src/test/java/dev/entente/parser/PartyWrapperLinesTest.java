package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A legal database's card above a document («Тип документа ⏎ Многосторонний документ (кроме СНГ)»):
 * the site's category names no party of the document.
 */
final class PartyWrapperLinesTest {

  @Test
  void aDatabasesDocumentTypeLine_namesNoOrganisation() {
    // GIVEN a page whose card files the document under «multilateral, not of the CIS»
    String menu = "Законодательство\nВыдержки из законодательства\n\nЗаконы\nПостановления\nРаспоряжения\nРешения\n"
        + "Приказы\nВсе документы\nУказы\nУставы\n\n\n\n";
    Document doc = Parser.russian().parse("ru-test", menu + "<СОВМЕСТНОЕ ЗАЯВЛЕНИЕ МИНИСТРОВ ИНОСТРАННЫХ ДЕЛ>\n"
        + "(Подписано в г. Осло 05.06.2003)\n\nОфициальная публикация в СМИ:\nВестник. 2003. № 7. С. 4 - 7.\n\n"
        + "Тип документа\nМногосторонний документ (кроме СНГ)\n\nДоговаривающиеся стороны\n\nСОВМЕСТНОЕ ЗАЯВЛЕНИЕ\n"
        + "(Осло, 5 июня 2003 года)\n\nМинистры иностранных дел Норвегии и Финляндии обсудили сотрудничество в регионе "
        + "Балтийского моря, а также вопросы, которые представляют для них взаимный интерес.\n");
    // THEN the states of the text are its parties, and the CIS of the card is not
    assertEquals(List.of("NO", "FI"), doc.parties().stream().map(Party::id).collect(Collectors.toList()));
  }
}
