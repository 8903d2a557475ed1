package dev.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few Python 3 behaviours that {@code shared/tools/score.py}'s output depends on, so that
 * {@link Scorer} prints the same characters: {@code str()} and {@code repr()} of JSON values, tuples
 * and lists, the {@code \w} of its word pattern, slicing by code point, and the order in which
 * CPython iterates {@code set(range(n)) - other}.
 */
final class Py {
  private static final int LINEAR_PROBES = 9;
  private static final int PERTURB_SHIFT = 5;
  private static final int MIN_SIZE = 8;

  /** A Python tuple, for repr. */
  record Tuple(List<Object> items) {}

  private Py() {}

  static Tuple tuple(Object... items) {
    return new Tuple(java.util.Arrays.asList(items));
  }

  /** A JSON value as json.load gives it: null, String, Long or BigInteger, Double, Boolean, List, Map. */
  static Object value(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.asLong() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(x -> list.add(value(x)));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      map.put(f.getKey(), value(f.getValue()));
    }
    return map;
  }

  /** Python's str(). */
  static String str(Object x) {
    return x instanceof String s ? s : repr(x);
  }

  /** Python's repr(). */
  static String repr(Object x) {
    if (x == null) {
      return "None";
    }
    if (x instanceof String s) {
      return reprString(s);
    }
    if (x instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (x instanceof Double d) {
      return reprFloat(d);
    }
    if (x instanceof Number n) {
      return n.toString();
    }
    if (x instanceof Tuple t) {
      return t.items().size() == 1 ? "(" + repr(t.items().get(0)) + ",)" : "(" + join(t.items()) + ")";
    }
    if (x instanceof List<?> list) {
      return "[" + join(list) + "]";
    }
    if (x instanceof Map<?, ?> map) {
      StringBuilder b = new StringBuilder("{");
      map.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(repr(k)).append(": ").append(repr(v)));
      return b.append('}').toString();
    }
    return reprString(x.toString());
  }

  private static String join(List<?> items) {
    StringBuilder b = new StringBuilder();
    for (Object item : items) {
      b.append(b.length() > 0 ? ", " : "").append(repr(item));
    }
    return b.toString();
  }

  private static String reprString(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder().append(quote);
    s.codePoints().forEach(cp -> {
      if (cp == quote || cp == '\\') {
        b.append('\\').appendCodePoint(cp);
      } else if (cp == '\t') {
        b.append("\\t");
      } else if (cp == '\n') {
        b.append("\\n");
      } else if (cp == '\r') {
        b.append("\\r");
      } else if (cp < ' ' || cp == 0x7f) {
        b.append(String.format("\\x%02x", cp));
      } else if (cp < 0x7f || isPrintable(cp)) {
        b.appendCodePoint(cp);
      } else if (cp <= 0xff) {
        b.append(String.format("\\x%02x", cp));
      } else if (cp <= 0xffff) {
        b.append(String.format("\\u%04x", cp));
      } else {
        b.append(String.format("\\U%08x", cp));
      }
    });
    return b.append(quote).toString();
  }

  private static boolean isPrintable(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }

  private static String reprFloat(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return 1 / d < 0 ? "-0.0" : "0.0";
    }
    BigDecimal v = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    String digits = v.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - v.scale();
    String sign = d < 0 ? "-" : "";
    if (exponent < -4 || exponent >= 16) {
      String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
    String plain = v.abs().toPlainString();
    return sign + (plain.contains(".") ? plain : plain + ".0");
  }

  /** The first {@code n} code points of {@code s}, as Python's {@code s[:n]}. */
  static String slice(String s, int n) {
    return s.codePointCount(0, s.length()) > n ? s.substring(0, s.offsetByCodePoints(0, n)) : s;
  }

  /** A character of score.py's word pattern {@code [\w+]}: Python's {@code \w} (letters and numbers of any script, the underscore) or a plus. */
  static boolean isWordChar(int cp) {
    if (cp == '_' || cp == '+') {
      return true;
    }
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * The elements of {@code set(range(n)) - set(other)} in the order CPython iterates that set:
   * ascending when it copies the range and deletes, else the table order of a set built by adding
   * the remaining integers one by one (hash = the integer, linear probing, growth at 60% fill).
   */
  static List<Integer> rangeMinus(int n, Set<Integer> other) {
    List<Integer> remaining = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!other.contains(i)) {
        remaining.add(i);
      }
    }
    if ((n >> 2) > other.size()) {
      return remaining;
    }
    int[] table = empty(MIN_SIZE);
    int fill = 0;
    for (int key : remaining) {
      insert(table, key);
      fill++;
      if (fill * 5L >= (table.length - 1) * 3L) {
        int size = MIN_SIZE;
        while (size <= fill * 4) {
          size <<= 1;
        }
        int[] grown = empty(size);
        for (int k : table) {
          if (k >= 0) {
            insert(grown, k);
          }
        }
        table = grown;
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int k : table) {
      if (k >= 0) {
        order.add(k);
      }
    }
    return order;
  }

  private static int[] empty(int size) {
    int[] table = new int[size];
    java.util.Arrays.fill(table, -1);
    return table;
  }

  private static void insert(int[] table, int key) {
    long mask = table.length - 1;
    long perturb = key;
    long i = key & mask;
    while (true) {
      int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (long at = i; at <= i + probes; at++) {
        if (table[(int) at] < 0) {
          table[(int) at] = key;
          return;
        }
      }
      perturb >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}
