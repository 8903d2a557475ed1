package dev.entente.parser;

/**
 * Folds the typography of scraped text so that later stages see one form of each sign: every
 * quote becomes {@code "}, every dash {@code -}, every space-like character a space, CR and CRLF a
 * line feed; the BOM, soft hyphens, zero-width characters and stress marks («Казахста́н») go;
 * letters with combining marks are composed (NFC); a page's line break tag ({@code <br/>},
 * {@code <p>}) becomes a line feed. Each output character remembers the original range it came from.
 * Then {@link Reflow} restores the paragraphs a scraper flattened or hard-wrapped, character for character,
 * and last a word broken by a hyphen at a line's end («госу-⏎дарств») is closed up where the language's
 * dictionary knows the whole ({@link Language#isWordForm}); the hyphen and break go, the word's span covers them.
 */
final class Normalizer {
  /** {@link Language#addressesBeforeNames}: a line break after one is no paragraph's end. */
  private final java.util.Set<String> addresses;

  /** {@link Language#isWordForm}: a word broken by a hyphen at a line's end is joined when the whole is one. */
  private final java.util.function.Predicate<String> wordForms;

  /** A normaliser that joins no lines after forms of address (names, phrases, tests). */
  Normalizer() {
    this(java.util.Set.of());
  }

  /** A normaliser that joins a line ending in one of {@code addresses} («Mr.») to the name on the next. */
  Normalizer(java.util.Set<String> addresses) {
    this(addresses, key -> false);
  }

  /**
   * A normaliser that joins a line ending in one of {@code addresses} («Mr.») to the name on the next, and a
   * word broken by a hyphen at a line's end («сотрудничест-⏎ву») into one where {@code wordForms} knows the whole.
   */
  Normalizer(java.util.Set<String> addresses, java.util.function.Predicate<String> wordForms) {
    this.addresses = addresses;
    this.wordForms = wordForms;
  }

  NormalizedText normalize(String original) {
    int n = original.length();
    Output out = new Output(n);
    // Folded in place: the output never runs ahead of the input, which a composed letter alone
    // could make it do (U+0F77 gives two), and then the rest is read from a copy.
    original.getChars(0, n, out.chars, 0);
    char[] in = out.chars;
    // Where tabs were folded to spaces (null when none): a tab parts columns as a run of spaces does.
    java.util.BitSet tabs = null;
    // Output offsets of hyphens that end a line before a small letter (null when none): words broken there.
    java.util.BitSet lineEndHyphens = null;
    int i = 0;
    while (i < n) {
      char c = in[i];
      if (isPlain(c)) {
        int run = i + 1;
        while (run < n && isPlain(in[run])) {
          run++;
        }
        // A plain character never combines, so only the run's last one may take a mark after it:
        // that one, with its marks, goes the way of the others below.
        int end = run < n && isCombining(in[run]) ? run - 1 : run;
        if (end > i) {
          out.appendRun(in, i, end);
          i = end;
          continue;
        }
      }
      int runEnd = i + 1;
      while (runEnd < n && isCombining(in[runEnd])) {
        runEnd++;
      }
      if (runEnd > i + 1) {
        String composed = java.text.Normalizer.normalize(
            original.substring(i, runEnd).replace("\u0301", "").replace("\u0300", ""),
            java.text.Normalizer.Form.NFC);
        if (in == out.chars && out.length + composed.length() > runEnd) {
          in = original.toCharArray();
        }
        for (int k = 0; k < composed.length(); k++) {
          out.append(composed.charAt(k), i, runEnd);
        }
        i = runEnd;
        continue;
      }
      if (c == '\\') {
        int escaped = escape(in, i, n);
        if (escaped >= 0) {
          out.append(fold((char) escaped), i, i + 6);
          i += 6;
          continue;
        }
        if (i + 1 < n && in[i + 1] == '_') {
          // «the\_Quad»: Markdown converters write a no-break space so.
          out.append(' ', i, i + 2);
          i += 2;
          continue;
        }
        if (i + 1 < n && isMarkdownEscaped(in[i + 1])) {
          i++;
          continue;
        }
      }
      if (c == '<') {
        int tag = supTag(in, i, n);
        if (tag > 0) {
          // «78<sup>th</sup> session»: page markup kept in the text reads as if absent.
          i += tag;
          continue;
        }
        int lineBreak = lineBreakTag(in, i, n);
        if (lineBreak > 0) {
          int end = afterLineEnd(in, i + lineBreak, n);
          // «Manila<br/>JOSE MARIA SISON»: a page's line break kept in the text is one; a tag that
          // ends a line already («SISON<br/>» and a line feed) makes one with that line's end.
          out.append('\n', i, end);
          i = end;
          continue;
        }
      }
      if (c == '\r') {
        if (i + 1 < n && in[i + 1] == '\n') {
          out.append('\n', i, i + 2);
          i += 2;
          continue;
        }
        out.appendOne('\n', i);
      } else if (!isDropped(c)) {
        char folded = fold(c);
        if (c == '\t') {
          tabs = tabs == null ? new java.util.BitSet() : tabs;
          tabs.set(out.length);
        } else if (folded == '-' && beforeLowerCaseLine(in, i + 1, n)) {
          lineEndHyphens = lineEndHyphens == null ? new java.util.BitSet() : lineEndHyphens;
          lineEndHyphens.set(out.length);
        }
        out.appendOne(folded, i);
      }
      i++;
    }
    boolean[] cellBreaks = Reflow.apply(out.chars, out.length, tabs);
    LineUnwrapper.unwrap(out.chars, out.length, cellBreaks);
    if (!addresses.isEmpty()) {
      joinAfterAddresses(out.chars, out.length);
    }
    boolean[] dropped = lineEndHyphens == null ? null : joinHyphenatedWords(out.chars, out.length, lineEndHyphens);
    if (dropped != null) {
      out.closeUp(dropped);
    }
    return new NormalizedText(original, out.chars, out.length, out.starts, out.ends);
  }

  private static final byte OTHER = 0;
  /** Letters, digits and the space fold to themselves: the common case goes straight through. */
  private static final byte PLAIN = 1;
  /** Combining marks (categories Mn, Me, Mc): composed with the letter before them. */
  private static final byte COMBINING = 2;
  /**
   * The class of every UTF-16 unit up to U+07FF (Latin, Greek, Cyrillic and the combining marks
   * among them), looked up rather than computed for every character of the input.
   */
  private static final byte[] CLASSES = classes();
  private static final int TABLED = 0x800;

  private static byte[] classes() {
    byte[] classes = new byte[TABLED];
    for (char c = 0; c < TABLED; c++) {
      if (isMark(c)) {
        classes[c] = COMBINING;
      } else if (Character.isLetterOrDigit(c) && fold(c) == c) {
        classes[c] = PLAIN;
      }
    }
    classes[' '] = PLAIN;
    classes[','] = PLAIN;
    classes['.'] = PLAIN;
    return classes;
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isPlain(char c) {
    return c < TABLED && CLASSES[c] == PLAIN;
  }

  /**
   * The normalised characters and, for each, the original range it came from: from {@code starts}
   * to {@code ends}, or to the next original character while {@code ends} is null, as it stays
   * until a character comes from more than one (CRLF, a composed letter). Composition can expand a
   * character (U+0F77 gives two), so the arrays grow.
   */
  /**
   * The character a JSON/YAML escape {@code \}{@code uXXXX} at {@code i} stands for (front matter:
   * {@code title: "Quad Leaders\}{@code u2019 Joint Statement"}), or -1 when there is none there.
   */
  private static int escape(char[] in, int i, int n) {
    if (i + 6 > n || in[i + 1] != 'u') {
      return -1;
    }
    int value = 0;
    for (int k = i + 2; k < i + 6; k++) {
      int digit = Character.digit(in[k], 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return Character.isISOControl(value) || Character.isSurrogate((char) value) ? -1 : value;
  }

  /** The most chars of a form of address at a line's end, its stops included («H.E.», «Mr.»); a longer word is not looked up. */
  private static final int ADDRESS_CHARS = 8;

  /**
   * «H.E. Mr.» at a line's end and «John Smith, President …» on the next: the break becomes a space,
   * so that the name stays with its title. Only a single break before a capital; one pass.
   */
  private void joinAfterAddresses(char[] chars, int length) {
    for (int p = 1; p + 1 < length; p++) {
      if (chars[p] != '\n' || chars[p - 1] != '.' || !Character.isUpperCase(chars[p + 1])) {
        continue;
      }
      int wordStart = p - 1;
      while (wordStart > 0 && (Character.isLetter(chars[wordStart - 1]) || chars[wordStart - 1] == '.')
          && p - wordStart < ADDRESS_CHARS) {
        wordStart--;
      }
      if (wordStart < p - 1 && (wordStart == 0 || !Character.isLetterOrDigit(chars[wordStart - 1]))
          && addresses.contains(new String(chars, wordStart, p - 1 - wordStart).toLowerCase(java.util.Locale.ROOT))) {
        chars[p] = ' ';
      }
    }
  }

  /**
   * Whether, from {@code k}, spaces, a line end, spaces and a small letter follow: a hyphen before them ends a
   * line inside a word or a compound. Read ahead of the output only, so the input there is still the original.
   */
  private static boolean beforeLowerCaseLine(char[] in, int k, int n) {
    while (k < n && (in[k] == ' ' || in[k] == '\t')) {
      k++;
    }
    if (k >= n || in[k] != '\n' && in[k] != '\r') {
      return false;
    }
    k = afterLineEnd(in, k, n);
    while (k < n && (in[k] == ' ' || in[k] == '\t')) {
      k++;
    }
    return k < n && Character.isLowerCase(in[k]);
  }

  /**
   * The characters to drop so that a word broken by a hyphen at a line's end («сотрудничест-⏎ву», «госу-⏎дарств»)
   * reads as one: the hyphen and the break, where the language's dictionary knows the joined word. A compound's own
   * hyphen («бизнес-⏎форума», whose join no dictionary knows) stays, and so does the break. {@code hyphens} are the
   * output offsets of hyphens that ended a line before a small letter; null when none is joined.
   */
  private boolean[] joinHyphenatedWords(char[] chars, int length, java.util.BitSet hyphens) {
    boolean[] dropped = null;
    for (int p = hyphens.nextSetBit(0); p >= 0; p = hyphens.nextSetBit(p + 1)) {
      if (p == 0 || !Character.isLowerCase(chars[p - 1])) {
        continue;
      }
      int q = p + 1;
      while (q < length && (chars[q] == ' ' || chars[q] == '\n')) {
        q++;
      }
      if (q >= length || !Character.isLowerCase(chars[q])) {
        continue;
      }
      int start = p - 1;
      while (start > 0 && Character.isLetter(chars[start - 1])) {
        start--;
      }
      int end = q + 1;
      while (end < length && Character.isLetter(chars[end])) {
        end++;
      }
      String key = (new String(chars, start, p - start) + new String(chars, q, end - q))
          .toLowerCase(java.util.Locale.ROOT);
      if (wordForms.test(key)) {
        dropped = dropped == null ? new boolean[length] : dropped;
        for (int k = p; k < q; k++) {
          dropped[k] = true;
        }
      }
    }
    return dropped;
  }

  /**
   * The length of a superscript tag ({@code <sup>} or {@code </sup>}, any case) at {@code i}, or 0:
   * ordinals and days written with page markup («22<sup>nd</sup> of May») read as plain text.
   */
  private static int supTag(char[] in, int i, int n) {
    int k = i + 1;
    if (k < n && in[k] == '/') {
      k++;
    }
    if (k + 4 > n || Character.toLowerCase(in[k]) != 's' || Character.toLowerCase(in[k + 1]) != 'u'
        || Character.toLowerCase(in[k + 2]) != 'p' || in[k + 3] != '>') {
      return 0;
    }
    return k + 4 - i;
  }

  /**
   * The length of a line or paragraph break tag at {@code i}, or 0: {@code <br>}, {@code <br/>},
   * {@code <br />}, {@code <p>} or {@code </p>}, any case, spaces allowed before the {@code /} or
   * {@code >}. No other markup: a {@code <} that opens none of these is text.
   */
  private static int lineBreakTag(char[] in, int i, int n) {
    int k = i + 1;
    boolean closing = k < n && in[k] == '/';
    if (closing) {
      k++;
    }
    if (k < n && Character.toLowerCase(in[k]) == 'p') {
      k++;
    } else if (!closing && k + 1 < n && Character.toLowerCase(in[k]) == 'b'
        && Character.toLowerCase(in[k + 1]) == 'r') {
      k += 2;
    } else {
      return 0;
    }
    while (k < n && in[k] == ' ') {
      k++;
    }
    if (!closing && k < n && in[k] == '/') {
      k++;
    }
    return k < n && in[k] == '>' ? k + 1 - i : 0;
  }

  /** Past the line end (LF, CRLF or CR) at {@code i}, or {@code i} when none is there. */
  private static int afterLineEnd(char[] in, int i, int n) {
    if (i < n && in[i] == '\r') {
      return i + 1 < n && in[i + 1] == '\n' ? i + 2 : i + 1;
    }
    return i < n && in[i] == '\n' ? i + 1 : i;
  }

  /** Markdown's escaped punctuation ({@code 12\.}, {@code the\_Quad}): the backslash is dropped. */
  private static boolean isMarkdownEscaped(char c) {
    return "\\`*_{}[]()#+-.!|".indexOf(c) >= 0;
  }

  private static final class Output {
    char[] chars;
    /**
     * Null while every character is the original's at the same offset, as in most texts (nothing
     * dropped, joined or expanded so far): the map is then made only when a text needs one.
     */
    int[] starts;
    int[] ends;
    int length;

    Output(int capacity) {
      chars = new char[capacity + 8];
    }

    void appendOne(char c, int from) {
      if (length == chars.length) {
        grow();
      }
      chars[length] = c;
      if (starts != null) {
        starts[length] = from;
      } else if (from != length) {
        starts = new int[chars.length];
        for (int k = 0; k < length; k++) {
          starts[k] = k;
        }
        starts[length] = from;
      }
      if (ends != null) {
        ends[length] = from + 1;
      }
      length++;
    }

    /**
     * Appends {@code in[from, to)}, each character from its own offset: one copy while the map is
     * still the identity, and one copy and a loop over the map after (a text with one escape in its
     * header, as many pages' are, would else go a character at a time).
     */
    void appendRun(char[] in, int from, int to) {
      if (starts == null && ends == null && from == length && length + (to - from) <= chars.length) {
        if (in != chars) {
          System.arraycopy(in, from, chars, length, to - from);
        }
        length += to - from;
        return;
      }
      if (from < to && starts == null && from != length) {
        appendOne(in[from], from); // makes the map of starts
        from++;
      }
      int n = to - from;
      if (length + n > chars.length) {
        int capacity = Math.max(length + n, length * 2);
        chars = java.util.Arrays.copyOf(chars, capacity);
        starts = starts == null ? null : java.util.Arrays.copyOf(starts, capacity);
        ends = ends == null ? null : java.util.Arrays.copyOf(ends, capacity);
      }
      System.arraycopy(in, from, chars, length, n);
      if (starts != null) {
        for (int k = 0; k < n; k++) {
          starts[length + k] = from + k;
        }
      }
      if (ends != null) {
        for (int k = 0; k < n; k++) {
          ends[length + k] = from + k + 1;
        }
      }
      length += n;
    }

    void append(char c, int from, int to) {
      if (ends == null) {
        ends = new int[chars.length];
        for (int k = 0; k < length; k++) {
          ends[k] = (starts == null ? k : starts[k]) + 1;
        }
      }
      appendOne(c, from);
      ends[length - 1] = to;
    }

    /** Drops the characters {@code dropped} marks; each kept one keeps the original range it came from. */
    void closeUp(boolean[] dropped) {
      if (starts == null) {
        starts = new int[chars.length];
        for (int k = 0; k < length; k++) {
          starts[k] = k;
        }
      }
      int kept = 0;
      for (int k = 0; k < length; k++) {
        if (!dropped[k]) {
          chars[kept] = chars[k];
          starts[kept] = starts[k];
          if (ends != null) {
            ends[kept] = ends[k];
          }
          kept++;
        }
      }
      length = kept;
    }

    private void grow() {
      chars = java.util.Arrays.copyOf(chars, length * 2);
      if (starts != null) {
        starts = java.util.Arrays.copyOf(starts, length * 2);
      }
      if (ends != null) {
        ends = java.util.Arrays.copyOf(ends, length * 2);
      }
    }
  }

  private static boolean isCombining(char c) {
    return c < TABLED ? CLASSES[c] == COMBINING : isMark(c);
  }

  private static boolean isDropped(char c) {
    return c == '\uFEFF' || c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D'
        || c == '\u2060';
  }

  static char fold(char c) {
    switch (c) {
      // « » „ “ ” ‟ ″ 〝 〞
      case '\u00AB': case '\u00BB': case '\u201E': case '\u201C': case '\u201D': case '\u201F': case '\u2033':
      case '\u301D': case '\u301E':
        return '"';
      // ‘ ’ ‚ ‛ ′
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
        return '\'';
      // ‐ ‑ ‒ – — ― − ⁃
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
      case '\u2043':
        return '-';
      case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u2002':
      case '\u2003': case '\u2004': case '\u2005': case '\u2006': case '\u2008': case '\u3000':
      case '\t': case '\u000B': case '\u000C':
        return ' ';
      case '\u2028': case '\u2029': case '\u0085':
        return '\n';
      default:
        return Character.isISOControl(c) && c != '\n' ? ' ' : c;
    }
  }
}
