package dev.entente.parser;

import java.util.Random;

/** Random text that looks enough like a scraped diplomatic document to reach every stage. */
final class DocumentLikeText {
  private static final String[] PIECES = {
      "Совместное заявление", "Информационное коммюнике по итогам", "\n", "\n\n", "\r\n", "1. ", "2. ",
      "3) ", "IV. ", "-- ", "— ", "• ", "Стороны ", "приветствуют ", "поддерживают ", "выступают против ",
      "Казахстана ", "Китайской Народной Республики ", "КНР ", "ООН ", "ШОС ", "казахской стороне ",
      "азербайджано-китайских ", "Пекин поддерживает ", "в г. Самарканде ", "26 апреля 2025 года ",
      "29-31 мая ", "в мае и в июне текущего года ", "с 22 по 24 апреля 2025 года ", "в 2026 году ",
      "2018-2028 годов ", "министр иностранных дел Республики Казахстан Мурат Нуртлеу ", "Си Цзиньпина ",
      "К.К.Токаев ", "инициативы \"Пояс и путь\" ", "6-й встречи министров иностранных дел ",
      "второго Форума ", "Секретариата формата ", "механизма встреч министров транспорта ",
      "/далее -- стороны/ ", "Алматы, 27 апреля /Синьхуа/ -- ", "Ниже приводится его полный текст.\n",
      "самых читаемых новостей\n", "<div class=\"x\">", "</p>", "&nbsp;", "\u00A0", "\uFEFF", "\u0301",
      "\u0000", "\uFFFD", "\uD83D\uDE00", "\uD800", "ё", "\"", "«", "»", ". ", ", ", "г. ", "т.ч. ",
      "99999999999999999999 ", "1.\n", "\t", "Ǆ", "ǅ"};

  private DocumentLikeText() {}

  static String generate(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(120);
    for (int i = 0; i < pieces; i++) {
      int choice = random.nextInt(10);
      if (choice == 0) {
        text.append((char) random.nextInt(0x3000));
      } else if (choice == 1) {
        text.append(String.valueOf((char) ('а' + random.nextInt(32))).repeat(1 + random.nextInt(30)));
      } else {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return text.toString();
  }
}
