package dev.entente.parser;

import java.util.Random;

/**
 * Hostile text for the reliability properties: random code units, mixed scripts, HTML, control
 * characters, huge numbers, deep quote nesting, thousands of «1.» lines, long runs of one
 * character and lone surrogates — alone, mixed with each other and with {@link DocumentLikeText}.
 */
final class AdversarialText {
  /** Each family, by name, for test names and failure messages. */
  enum Family {
    RANDOM_CODE_UNITS, MIXED_SCRIPTS, HTML, CONTROL_CHARACTERS, HUGE_NUMBERS, DEEP_QUOTES,
    MANY_NUMBERED_LINES, LONG_RUN, LONE_SURROGATES, COMBINING_MARKS, DOCUMENT_LIKE, MIXTURE
  }

  private static final String[] SCRIPTS = {
      "Казахстан ", "Republic ", "Ελλάδα ", "العربية ", "中华人民共和国 ", "עברית ", "हिन्दी ", "ქართული ",
      "Қазақстан ", "Ўзбекистон ", "Türkiye ", "\uD83C\uDDF0\uD83C\uDDFF ", "ﬁ ", "Ⅳ. ", "١. ", "①. "};
  private static final String[] HTML = {
      "<div class=\"x\">", "</div>", "<p>", "</p>", "<br/>", "<script>var a = \"1. \";</script>",
      "&nbsp;", "&laquo;", "&raquo;", "&#8212;", "&amp;amp;", "<a href=\"/ru/1.html\">1. Ссылка</a>",
      "<!-- 1. -->", "<table><tr><td>2.</td></tr></table>", "<", ">", "\"", "'"};
  private static final String[] NUMBERS = {
      "99999999999999999999. ", "2147483648. ", "-2147483649) ", "0. ", "000. ", "1000. ",
      "99999999999 апреля 99999999999 года ", "32 мая 2025 года ", "0 января 0000 года ",
      "29 февраля 2023 года ", "с 31 по 1 апреля 2025 года ", "31-32 мая ", "в 99999 году ",
      "1e308 ", "NaN ", "6-й встречи ", "99999999999999-й встречи ", "MMMMMMMMMM. ", "IIII. ",
      "CCCCCCCCCC ", "1.1.1.1.1.1. ", "1)1)1) "};
  private static final String[] CONTROLS = {
      "\u0000", "\u0001", "\u0007", "\b", "\u000B", "\f", "\r", "\n", "\r\n", "\u001B", "\u007F",
      "\u0085", "\u009F", "\u2028", "\u2029", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u00AD",
      "\u202E", "\u202D", "\uFFFE", "\uFFFF", "\uFFFD", "\t"};
  private static final String[] RUN_CHARS = {
      "а", ".", " ", "\n", "-", "«", "»", "\"", "1", "I", "1. ", "г. ", "в г. ", "\u0301", "\uD800",
      "\r", "—", "•", "(", "/", "Стороны ", "КНР ", "-- "};

  private AdversarialText() {}

  static String generate(Random random) {
    return generate(Family.values()[random.nextInt(Family.values().length)], random);
  }

  static String generate(Family family, Random random) {
    StringBuilder text = new StringBuilder();
    switch (family) {
      case RANDOM_CODE_UNITS:
        for (int i = random.nextInt(600); i > 0; i--) {
          text.append((char) random.nextInt(0x10000));
        }
        break;
      case MIXED_SCRIPTS:
        for (int i = random.nextInt(200); i > 0; i--) {
          text.append(pick(random, SCRIPTS));
          if (random.nextInt(8) == 0) {
            text.append('\n').append(1 + random.nextInt(9)).append(". ");
          }
        }
        break;
      case HTML:
        for (int i = random.nextInt(300); i > 0; i--) {
          text.append(random.nextInt(3) == 0 ? DocumentLikeText.generate(random) : pick(random, HTML));
        }
        break;
      case CONTROL_CHARACTERS:
        for (int i = random.nextInt(400); i > 0; i--) {
          text.append(random.nextBoolean() ? pick(random, CONTROLS) : pick(random, SCRIPTS));
        }
        break;
      case HUGE_NUMBERS:
        for (int i = random.nextInt(200); i > 0; i--) {
          text.append(random.nextInt(4) == 0 ? "\n" : "").append(pick(random, NUMBERS));
          if (random.nextInt(10) == 0) {
            text.append("9".repeat(1 + random.nextInt(2000)));
          }
        }
        break;
      case DEEP_QUOTES: {
        int depth = 1 + random.nextInt(5000);
        String open = random.nextBoolean() ? "«" : "\"";
        text.append("Стороны поддерживают ").append(open.repeat(depth)).append("Пояс и путь");
        text.append((random.nextBoolean() ? "»" : "\"").repeat(random.nextInt(depth + 1))).append(".\n");
        for (int i = random.nextInt(200); i > 0; i--) {
          text.append(random.nextBoolean() ? "«" : "»").append(random.nextBoolean() ? "-" : "");
        }
        break;
      }
      case MANY_NUMBERED_LINES: {
        int lines = 1000 + random.nextInt(1000);
        boolean counting = random.nextBoolean();
        for (int i = 1; i <= lines; i++) {
          text.append(counting ? Integer.toString(i) : "1").append(random.nextBoolean() ? "." : ")");
          text.append(random.nextInt(4) == 0 ? "\n" : " Стороны поддерживают КНР.\n");
        }
        break;
      }
      case LONG_RUN:
        text.append(pick(random, RUN_CHARS).repeat(1 + random.nextInt(20_000)));
        break;
      case LONE_SURROGATES:
        for (int i = random.nextInt(500); i > 0; i--) {
          switch (random.nextInt(4)) {
            case 0:
              text.append((char) (0xD800 + random.nextInt(0x400)));
              break;
            case 1:
              text.append((char) (0xDC00 + random.nextInt(0x400)));
              break;
            case 2:
              text.append("\uDE00\uD83D");
              break;
            default:
              text.append(pick(random, SCRIPTS));
          }
        }
        break;
      case COMBINING_MARKS:
        for (int i = random.nextInt(100); i > 0; i--) {
          text.append(pick(random, SCRIPTS)).append("\u0301\u0308\u20DD\u0F77".repeat(random.nextInt(300)));
        }
        break;
      case DOCUMENT_LIKE:
        text.append(DocumentLikeText.generate(random));
        break;
      default:
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
          Family part = Family.values()[random.nextInt(Family.MIXTURE.ordinal())];
          String piece = generate(part, random);
          text.append(piece, 0, Math.min(piece.length(), 5_000));
        }
    }
    return text.toString();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
