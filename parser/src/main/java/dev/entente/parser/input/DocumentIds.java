package dev.entente.parser.input;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The one function that turns a file name (or any caller's key) into a document id, used by
 * {@link dev.entente.parser.Parser} and by the command line alike.
 *
 * <p>An id is letters and digits of any script, {@code _ . : -}, at most 128 chars, starting with
 * a letter or digit. A name that is already such an id is kept as it is ({@code Заявление.txt});
 * any other name has its other characters replaced by {@code _} and, because that replacement
 * loses information, the first 8 hex digits of the CRC-32 of the name appended: {@code a b.txt}
 * becomes {@code a_b.txt-9b7c1e3f}, never the id of {@code a_b.txt}. A {@code /} in a relative
 * path becomes {@code :}. The same name always gives the same id; {@link Run} also makes the ids
 * of one run unique.
 */
public final class DocumentIds {
  /** The longest id the model accepts. */
  public static final int MAX_LENGTH = 128;

  private DocumentIds() {}

  /**
   * The id of a name.
   *
   * @throws IllegalArgumentException if {@code name} is empty
   */
  public static String of(String name) {
    Objects.requireNonNull(name, "name == null");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a document id needs a name; the name is empty");
    }
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder id = new StringBuilder(Math.min(nfc.length(), MAX_LENGTH + 16));
    boolean lossy = false;
    for (int i = 0; i < nfc.length() && id.length() <= MAX_LENGTH; i++) {
      char c = nfc.charAt(i);
      if (isIdChar(c)) {
        id.append(c);
      } else if (c == '/' || c == '\\') {
        id.append(':');
      } else {
        id.append('_');
        lossy = true;
      }
    }
    if (!Character.isLetterOrDigit(id.charAt(0))) {
      id.insert(0, 'f');
      lossy = true;
    }
    if (id.length() > MAX_LENGTH) {
      id.setLength(MAX_LENGTH - 9);
      lossy = true;
    }
    return lossy ? id.append('-').append(crc(nfc)).toString() : id.toString();
  }

  /** Whether {@code c} may stand in an id: a letter or digit of any script, or {@code _ . : -}. */
  public static boolean isIdChar(char c) {
    return Character.isLetterOrDigit(c) && !Character.isSurrogate(c) || c == '_' || c == '.' || c == ':' || c == '-';
  }

  private static String crc(String name) {
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    return String.format(Locale.ROOT, "%08x", crc.getValue());
  }

  /**
   * The ids of one run: {@link #of} for each name, with {@code -2}, {@code -3}, … added to a name
   * whose id an earlier name of the run already has (the same file name in two folders). Not
   * thread-safe: give the names in input order from one thread, so that ids do not depend on
   * scheduling.
   */
  public static final class Run {
    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    /** A new run with no id taken. */
    public Run() {}

    /** The id of {@code name}, unique among the ids this run has given. */
    public String next(String name) {
      String id = of(name);
      if (taken.add(id)) {
        return id;
      }
      String base = id.length() > MAX_LENGTH - 8 ? id.substring(0, MAX_LENGTH - 8) : id;
      for (int n = nextSuffix.getOrDefault(id, 2); ; n++) {
        String candidate = base + "-" + n;
        if (taken.add(candidate)) {
          nextSuffix.put(id, n + 1);
          return candidate;
        }
      }
    }
  }
}
