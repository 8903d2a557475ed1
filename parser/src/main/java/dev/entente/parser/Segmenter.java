package dev.entente.parser;

import dev.entente.model.SegmentKind;
import dev.entente.model.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Cuts a normalised text into the site's wrapper and the document: menus, headline, dateline and
 * lead-in lines before it, link lists after it; the title, the preamble paragraphs, the numbered
 * clauses («1.», «II.», «3)») with the paragraphs and list items that follow each. Where a document
 * numbers its points with Arabic numerals, Roman ones are section headings; so is a Roman numeral alone
 * on its line that is the text's only one («I ⏎ ШОС является …»).
 */
final class Segmenter {
  /** The language's dateline ({@link Language#dateline}) runs on at most this many characters of a line. */
  private static final int DATELINE_WINDOW = 160;
  /** Site wrapper lines are short; a longer line is the document's own text. */
  private static final int MARKER_LINE = 300;
  /**
   * Leading lines that are not blank searched for a lead-in and the title: a site may print a list of its pages
   * (the rounds of talks, the issues of a series) and a block of facts about the meeting (its dates, the heads of
   * the delegations, a line each) over the line that hands the text over.
   */
  private static final int LEAD_WINDOW = 40;
  /** Words in capitals that make a heading run on into the text ({@link #headingRunOn}). */
  private static final int HEADING_WORDS = 3;

  private final LanguageData data;
  private final TitleFinder titles;
  /** The site's furniture told by its words: rubrics, counters, calls to follow the site, links' arrows. */
  private final FurnitureWords furnitureWords;
  /** The names of the platforms a page's share buttons name (SHARE rows of the wrapper data), as the tokenizer keys them. */
  private final java.util.Set<String> shareWords = new java.util.HashSet<>();
  /** The short names of languages a site's language switcher prints (LANGUAGE rows of the wrapper data), as the tokenizer keys them. */
  private final java.util.Set<String> languageWords = new java.util.HashSet<>();
  /** The wrapper markers of each kind (MENU, LEAD_IN, TRAILER…). */
  private final java.util.Map<String, Markers> markersByKind = new java.util.HashMap<>();

  Segmenter(LanguageData data) {
    this.data = data;
    this.titles = new TitleFinder(data);
    this.furnitureWords = new FurnitureWords(data.wrapperMarkers);
    for (Tsv.Row row : data.wrapperMarkers) {
      if (FurnitureWords.reads(row)) {
        continue;
      }
      if (row.get(0).equals("SHARE")) {
        shareWords.add(row.get(2));
        continue;
      }
      if (row.get(0).equals("LANGUAGE")) {
        languageWords.add(row.get(2));
        continue;
      }
      markersByKind.computeIfAbsent(row.get(0), k -> new Markers(markersByKind.size())).add(row.get(1), row.get(2));
    }
  }

  /** A line of the text: its full range with the line break, and its content without spaces. */
  static final class Line {
    final int start;
    final int end;
    final int contentStart;
    final int contentEnd;
    private String lower;
    /**
     * Which kinds of marker ({@link Markers#bit}) this line was matched against: the same line is
     * asked for its MENU or TRAILER marker by several readings of the layout, and answered once.
     */
    private int kindsAsked;
    /** Which of {@link #kindsAsked} the line matched. */
    private int kindsMatched;
    /** Whether the line is the site's furniture by its shape ({@link Segmenter#markFurniture}): a caption, a time stamp, a menu. */
    boolean furniture;

    Line(String text, int start, int end) {
      this.start = start;
      this.end = end;
      int cs = start;
      int ce = end;
      while (cs < ce && Character.isWhitespace(text.charAt(cs))) {
        cs++;
      }
      while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) {
        ce--;
      }
      contentStart = cs;
      contentEnd = ce;
    }

    /** The content under {@link Tokenizer#keyOf}, made on first use (only CONTAINS markers need it). */
    String lower(String text) {
      if (lower == null) {
        lower = Tokenizer.keyOf(text, contentStart, contentEnd);
      }
      return lower;
    }

    boolean isBlank() {
      return contentStart == contentEnd;
    }
  }

  Layout segment(NormalizedText source, Tokens tokens) {
    String text = source.text();
    List<Line> headed = headingRunOn(text, tokens, lines(text));
    List<Line> lines = firstNumberedLine(text, headed) < 0 ? runOnPoints(text, headed) : headed;
    Layout layout = new Layout();
    markFurniture(text, tokens, lines);
    int firstNumbered = firstNumberedLine(text, lines);
    int window = afterLinesOfWords(lines, LEAD_WINDOW);
    int leadEnd = firstNumbered < 0 ? window : Math.min(firstNumbered, window);
    int lastLeadIn = -1;
    boolean opening = false;
    for (int i = 0; i < leadEnd; i++) {
      boolean leadIn = matches(text, lines.get(i), "LEAD_IN");
      if (leadIn || matches(text, lines.get(i), "OPENING")) {
        lastLeadIn = i;
        opening = !leadIn;
        readSource(text, lines.get(i), layout);
      }
    }
    if (lastLeadIn < 0) {
      lastLeadIn = announcement(text, tokens, lines, leadEnd);
    }
    layout.leadIn = lastLeadIn >= 0;
    layout.handedOverAt = handedOverAt(text, lines, leadEnd);
    int titleLine = titles.find(text, tokens, lines, lastLeadIn < 0 ? leadEnd : lastLeadIn, layout,
        i -> menu(text, lines.get(i)));
    // «НИАТ «Ховар» представляет Совместное заявление участников встречи … полный текст документа. ⏎
    // СОВМЕСТНОЕ ЗАЯВЛЕНИЕ»: the heading the lead-in introduces is the title, not a headline that names it.
    // «Полный текст: ⏎ Форум … Африки | Пекинская декларация … (полный текст)»: a page title under the site's name is
    // the site's, no title of the document's.
    if (lastLeadIn >= 0 && (titleLine < 0 || layout.titleInHeadline) && !furnitureNext(lines, lastLeadIn)) {
      int afterLeadIn = titles.afterLeadIn(text, tokens, lines, lastLeadIn, layout);
      if (afterLeadIn >= 0) {
        titleLine = afterLeadIn;
        layout.titleInHeadline = false;
      }
    }
    if (titleLine < 0 && lastLeadIn >= 0) {
      // «Полный текст Совместного заявления …»: the lead-in itself may name the kind.
      titles.headlineKind(text, tokens, lines, lastLeadIn + 1, layout);
    }
    if (titleLine < 0 && lastLeadIn < 0) {
      titles.openingKind(text, tokens, lines, layout);
    }
    titles.headingDeclaration(text, tokens, lines, titleLine, layout);
    titles.actOnMaking(text, tokens, lines, titleLine, layout);
    int titleLast = titleLine;
    boolean kindAlone = titleLine >= 0 && !layout.titleQuoted && kindOnly(tokens, layout)
        && layout.titleEnd == lines.get(titleLine).contentEnd;
    if (kindAlone && titleLine + 1 < lines.size() && continuesTitle(text, tokens, lines.get(titleLine + 1))) {
      // «Совместное заявление ⏎ Генерального секретаря ОДКБ, … и Генерального секретаря СНГ в связи с …»: a
      // title that is a kind alone goes on in the line under it.
      titleLast = titleLine + 1;
      layout.titleEnd = lines.get(titleLast).contentEnd;
      layout.title = text.substring(layout.titleStart, layout.titleEnd);
    }
    if (kindAlone) {
      layout.headingEnd = headingEnd(text, tokens, lines, titleLine, titleLast);
    } else if (titleLine >= 0 && !layout.titleQuoted) {
      layout.headingEnd = trimmedEnd(text, layout.titleStart, layout.titleEnd);
    }
    int bodyStart;
    if (titleLine > lastLeadIn && lastLeadIn >= 0) {
      bodyStart = titleLast + 1;
    } else if (lastLeadIn >= 0) {
      // «Charles Michel, … and Prime Minister KISHIDA Fumio of Japan met in Brussels … and issued the
      // following statement:»: an opening that introduces the text is the document's own first paragraph.
      bodyStart = opening ? lastLeadIn : lastLeadIn + 1;
      if (!opening && matches(text, lines.get(lastLeadIn), "TEXT_BEGINS")) {
        bodyStart = textBeginsOpening(text, lines, lastLeadIn, titleLine, bodyStart);
      }
    } else if (titleLine >= 0 && layout.titleStart >= lines.get(titleLine).contentStart
        && layout.titleEnd == lines.get(titleLast).contentEnd) {
      bodyStart = titleLast + 1;
    } else {
      bodyStart = 0;
      while (bodyStart < lines.size() && (lines.get(bodyStart).isBlank() || menu(text, lines.get(bodyStart)))) {
        bodyStart++;
      }
      if (titleLine >= bodyStart) {
        bodyStart = titleLast + 1;
      }
    }
    if (titleLine >= 0 && bodyStart == titleLast + 1) {
      // «Совместное заявление … (headline) ⏎ ДЕПАРТАМЕНТ ИНФОРМАЦИИ … ⏎ Совместное заявление ⏎ Глав …»: the
      // site's byline and stamp between its headline and the document's own heading that repeats it are the
      // site's; the document starts with its heading.
      int repeat = repeatedTitle(tokens, lines, titleLast, layout);
      if (repeat > titleLast) {
        bodyStart = repeat;
      }
    }
    bodyStart = notAllWrapper(text, lines, bodyStart);
    // «Title ⏎ The White House ⏎ June 10, 2025 ⏎ The President …»: a trailer's marker before the first line
    // of prose is the site's byline under the title, not the start of its trailer (body() keeps it as wrapper).
    int trailer = lines.size();
    boolean prose = false;
    for (int i = bodyStart; i < lines.size(); i++) {
      if (matches(text, lines.get(i), "TRAILER")) {
        if (prose) {
          trailer = i;
          break;
        }
      } else {
        prose |= isProse(text, lines.get(i));
      }
    }
    for (int i = 0; i < bodyStart && i < lines.size(); i++) {
      Line line = lines.get(i);
      if (!line.isBlank() && matches(text, line, "UPDATED")) {
        layout.updateStamps.add(new Range(line.contentStart, line.contentEnd));
      }
      if (line.isBlank()) {
        layout.pieces.add(new Layout.Piece(SegmentKind.BLANK, line.start, line.end));
      } else if (i == titleLine && layout.titleStart == afterSymbols(text, line.contentStart, line.contentEnd)
          || i > titleLine && i <= titleLast) {
        layout.pieces.add(new Layout.Piece(SegmentKind.TITLE, line.start, line.end));
        layout.titleOnItsLine = true;
      } else if (!dateline(text, line, layout)) {
        layout.pieces.add(new Layout.Piece(SegmentKind.WRAPPER, line.start, line.end));
        if (!menu(text, line) && !matches(text, line, "LEAD_IN")) {
          layout.leadLines.add(new Range(line.contentStart, line.contentEnd));
        } else if (!menu(text, line)) {
          layout.leadInLines.add(new Range(line.contentStart, line.contentEnd));
        }
      }
    }
    body(text, lines, bodyStart, trailer, layout, firstNumbered >= 0);
    if (trailer < lines.size()) {
      layout.pieces.add(new Layout.Piece(SegmentKind.WRAPPER, lines.get(trailer).start, text.length()));
    }
    return layout;
  }

  /**
   * Where the document starts when the title or a lead-in found at {@code bodyStart} would leave no line of
   * it below («Президенты … приняли заявление. "…", — говорится в документе. ⏎ Как сообщает агентство, …»: a
   * lead-in's words opening the page's last paragraph; a title read inside the last paragraph of prose): a
   * page is never all the site's, so the document starts at its first line of prose that ends a sentence,
   * and a report's cues then tell which of its words are the document's. Otherwise {@code bodyStart}.
   */
  private int notAllWrapper(String text, List<Line> lines, int bodyStart) {
    for (int i = bodyStart; i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && !menu(text, lines.get(i))) {
        return bodyStart;
      }
    }
    for (int i = 0; i < Math.min(bodyStart, lines.size()); i++) {
      Line line = lines.get(i);
      if (!line.isBlank() && !line.furniture && !menu(text, line) && isProse(text, line)
          && ".!?".indexOf(text.charAt(line.contentEnd - 1)) >= 0) {
        return i;
      }
    }
    return bodyStart;
  }

  /**
   * The end of the first {@code count} lines that are not blank: a museum's or an archive's page may set
   * its heading block (hours, address, «Наші друзі:») apart with many empty lines, which do not bring the
   * title any nearer to the body.
   */
  private static int afterLinesOfWords(List<Line> lines, int count) {
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && ++seen == count) {
        return i + 1;
      }
    }
    return lines.size();
  }

  /** Whether the first line after line {@code i} that is not blank is the site's furniture. */
  private static boolean furnitureNext(List<Line> lines, int i) {
    for (int k = i + 1; k < lines.size(); k++) {
      if (!lines.get(k).isBlank()) {
        return lines.get(k).furniture;
      }
    }
    return false;
  }

  /** Whether the title is a kind of document alone («Совместное заявление», «ДЕКЛАРАЦИЯ»). */
  private boolean kindOnly(Tokens tokens, Layout layout) {
    int first = tokens.firstAtOrAfter(layout.titleStart);
    int to = tokens.firstAtOrAfter(layout.titleEnd);
    PrefixLexicon.Hit<dev.entente.model.DocumentKind> hit = first < to ? data.documentKinds.longestAt(tokens, first, to) : null;
    return hit != null && hit.last == to;
  }

  /**
   * Whether a line goes on with a title that is a kind alone: it opens with a capital letter, ends in no
   * mark of a sentence or a list nor in a bracket («… (Бишкек, 20 августа 2000 года)»: lines run together
   * up to the place and day under the title), is no longer than a title, is not the site's, is not all in
   * capitals (a heading in capitals under the kind names its authors, as SignatoryResolver reads it), names
   * no kind of its own and opens with no city («Москва, 12 мая 2020 года» is the place and day under it).
   */
  private boolean continuesTitle(String text, Tokens tokens, Line line) {
    if (line.isBlank() || line.contentEnd - line.contentStart > TitleFinder.TITLE_CHARS || !Character.isUpperCase(text.charAt(line.contentStart))
        || ".,;:!?)".indexOf(text.charAt(line.contentEnd - 1)) >= 0 || menu(text, line)) {
      return false;
    }
    int first = tokens.firstAtOrAfter(line.contentStart);
    int to = tokens.firstAtOrAfter(line.contentEnd);
    boolean lowerCase = false;
    for (int k = first; k < to && !lowerCase; k++) {
      lowerCase = !tokens.isUpperCase(k);
    }
    return lowerCase && first < to && tokens.start[first] == line.contentStart
        && data.documentKinds.longestAt(tokens, first, to) == null && data.cities.longestAt(tokens, first, to) == null;
  }

  /** Lines under a title that is a kind alone read as the rest of its heading, at most. */
  private static final int HEADING_LINES = 6;

  /** Characters in a line of the heading, at most: a longer line is prose. */
  private static final int HEADING_LINE_CHARS = 160;

  /**
   * Where the heading ends whose title, a kind alone, stands on line {@code titleLine} (and goes on to {@code
   * titleLast}): «СОГЛАШЕНИЕ ⏎ О РАЗВИТИИ ЭКОНОМИЧЕСКОГО … ⏎ МЕЖДУ СОЮЗОМ … ⏎ РЕСПУБЛИК И ГРЕЧЕСКОЙ РЕСПУБЛИКОЙ ⏎
   * (Афины, …)», «Решение ⏎ о противодействии … в свете ⏎ итогов … саммита ОБСЕ ⏎ (Москва, …)». The document's name
   * goes on under it line by line, in the case of the first line below: in capitals while the lines are in capitals
   * (a blank line may stand between them); else while they open with a small letter, or with a capital after a line
   * that ends with a word and before a blank line («… государствами - участниками ⏎ Содружества Независимых
   * Государств ⏎⏎»). A line that gives a number («от 19 сентября 1996 года») is its last; a bracket («(Москва, …)»)
   * ends it, and so do a line that opens with a number, with a city or (in small letters) with a kind of document,
   * and a sentence's end; a line ending in a comma is part of it when the next one is. A footnote's mark or a rule
   * after the last word is not. Only the title users read grows ({@link Layout#headingEnd}): the stages read the
   * title line as before (SignatoryResolver reads the lines under it for the sides in its own way).
   */
  private int headingEnd(String text, Tokens tokens, List<Line> lines, int titleLine, int titleLast) {
    int end = lines.get(titleLast).contentEnd;
    int beforeComma = -1;
    Boolean capitals = null;
    for (int i = titleLast + 1, taken = 0; i < lines.size() && taken < HEADING_LINES; i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
        boolean capitalsGoOn = next != null && !next.isBlank() && allCapitals(text, next.contentStart, next.contentEnd)
            && (capitals == null ? allCapitals(text, lines.get(titleLast).contentStart, lines.get(titleLast).contentEnd) : capitals);
        if (!capitalsGoOn) {
          break;
        }
        continue;
      }
      int bracket = indexOf(text, '(', line.contentStart, line.contentEnd);
      int lineEnd = bracket >= 0 ? trimmedEnd(text, line.contentStart, bracket) : line.contentEnd;
      char first = text.charAt(line.contentStart);
      char last = lineEnd > line.contentStart ? text.charAt(lineEnd - 1) : ' ';
      int from = tokens.firstAtOrAfter(line.contentStart);
      int to = tokens.firstAtOrAfter(lineEnd);
      if (!Character.isLetter(first) || lineEnd <= line.contentStart || lineEnd - line.contentStart > HEADING_LINE_CHARS
          || from >= to || menu(text, line) || ".;:!?)".indexOf(last) >= 0 && !hasDigit(text, line.contentStart, lineEnd)
          || data.cities.longestAt(tokens, from, to) != null) {
        break;
      }
      boolean lineCapitals = allCapitals(text, line.contentStart, lineEnd);
      capitals = capitals == null ? lineCapitals : capitals;
      boolean opensAfresh = !capitals && Character.isUpperCase(first);
      if (capitals != lineCapitals || opensAfresh && (data.documentKinds.longestAt(tokens, from, to) != null
          || i > titleLine + 1 && !(Character.isLetter(text.charAt(end - 1)) && blankOrEndAfter(lines, i)))) {
        break;
      }
      taken++;
      if (last == ',' && lineEnd == line.contentEnd) {
        beforeComma = beforeComma < 0 ? end : beforeComma;
        end = lineEnd;
        continue;
      }
      beforeComma = -1;
      end = lineEnd;
      if (lineEnd < line.contentEnd || hasDigit(text, line.contentStart, lineEnd) || ".;:!?".indexOf(last) >= 0) {
        break;
      }
    }
    return trimmedEnd(text, lines.get(titleLine).contentStart, beforeComma >= 0 ? beforeComma : end);
  }

  /**
   * {@code end} moved back over spaces, a footnote's mark and a rule («ГРАНИЦЕ*», «РЕСПУБЛИКИ *)», «Государств ===»),
   * not past {@code start}.
   */
  private static int trimmedEnd(String text, int start, int end) {
    while (end > start) {
      char c = text.charAt(end - 1);
      if (Character.isWhitespace(c) || "*=_#".indexOf(c) >= 0 || c == ')' && end - 1 > start && text.charAt(end - 2) == '*') {
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  /** Whether every letter from {@code start} to {@code end} is a capital. */
  private static boolean allCapitals(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Where {@code c} first stands from {@code start} to {@code end}, or -1: no scan past the line, as {@link String#indexOf(int, int)} would. */
  private static int indexOf(String text, char c, int start, int end) {
    for (int k = start; k < end; k++) {
      if (text.charAt(k) == c) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a digit stands from {@code start} to {@code end}. */
  private static boolean hasDigit(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (Character.isDigit(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether line {@code i} is the last, or a blank line follows it. */
  private static boolean blankOrEndAfter(List<Line> lines, int i) {
    return i + 1 >= lines.size() || lines.get(i + 1).isBlank();
  }

  /** Non-blank lines under the title searched for the document's own heading that repeats it ({@link #repeatedTitle}). */
  private static final int REPEAT_LINES = 4;

  /**
   * The line of the document's own heading that repeats the title within the first {@value
   * #REPEAT_LINES} lines under it: one whose words are the title's first words, two at least, or the
   * whole title and more; -1 if there is none.
   */
  private static int repeatedTitle(Tokens tokens, List<Line> lines, int titleLine, Layout layout) {
    int titleFrom = tokens.firstAtOrAfter(layout.titleStart);
    int titleTo = tokens.firstAtOrAfter(layout.titleEnd);
    if (titleTo - titleFrom < 2) {
      return -1;
    }
    int seen = 0;
    for (int i = titleLine + 1; i < lines.size() && seen < REPEAT_LINES; i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      seen++;
      int k = tokens.firstAtOrAfter(line.contentStart);
      int to = tokens.firstAtOrAfter(line.contentEnd);
      int t = titleFrom;
      while (k < to && t < titleTo && tokens.key[k].equals(tokens.key[t])) {
        k++;
        t++;
      }
      if (t - titleFrom >= 2 && (k == to || t == titleTo)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The end of the last line among the first {@code until} that hands the text below it over in the passive, with a
   * line of text under it, or -1: a line ending in a colon that holds a PASSIVE_LEAD_IN marker («По итогам
   * консультаций участниками было принято следующее Заявление:», «По итогам встречи было выпущено заявление,
   * интересны следующие пункты:»). A document says «приняли следующее заявление:» or «сделал следующее заявление:» of
   * itself, never that it «было принято»; and the colon keeps a preamble's «в 2001 году было подписано Соглашение …»
   * the document's.
   */
  private int handedOverAt(String text, List<Line> lines, int until) {
    // Only the lines above the page's last line of text may hand it over: found from the end, it spares asking every
    // line of the page whether it is the menu's.
    int lastText = lines.size() - 1;
    while (lastText >= 0 && (lines.get(lastText).isBlank() || menu(text, lines.get(lastText)))) {
      lastText--;
    }
    for (int i = Math.min(until, lastText) - 1; i >= 0; i--) {
      Line line = lines.get(i);
      if (!line.isBlank() && text.charAt(line.contentEnd - 1) == ':' && matches(text, line, "PASSIVE_LEAD_IN")) {
        return line.contentEnd;
      }
    }
    return -1;
  }

  /** Lines of prose at the top of a page searched for a news report's announcement of the text ({@link #announcement}). */
  private static final int ANNOUNCING_LINES = 2;

  /**
   * «Совет министров … опубликовал совместное заявление … ⏎ Совет министров … был созван …»: where no
   * lead-in marker introduces the text, the last of the page's first {@value #ANNOUNCING_LINES} lines of
   * prose (before {@code until}) that is a sentence and announces a document ({@link TitleFinder#announces}) is the news
   * report's lead, and the document starts after it; -1 if none does, or no prose follows it.
   */
  private int announcement(String text, Tokens tokens, List<Line> lines, int until) {
    int lead = -1;
    int prose = 0;
    for (int i = 0; i < until && prose < ANNOUNCING_LINES; i++) {
      Line line = lines.get(i);
      if (line.isBlank() || menu(text, line) || !isProse(text, line)) {
        continue;
      }
      prose++;
      // A headline without a stop may be the title («Full text: Joint Statement Between …»); a lead is a sentence.
      // «Предстоятели Церквей … приняли совместное заявление … ⏎ Мы, Главы …»: a longer lead may announce the text
      // whose own words open the next paragraph with the subject «we».
      boolean shortLine = line.contentEnd - line.contentStart <= MARKER_LINE;
      if (text.charAt(line.contentEnd - 1) == '.' && (shortLine && titles.announces(tokens, line)
          || weOpensTheNextLine(text, tokens, lines, i) && titles.reportsAdoption(tokens, line))) {
        lead = i;
      }
    }
    for (int i = lead + 1; lead >= 0 && i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && !menu(text, lines.get(i)) && isProse(text, lines.get(i))) {
        return lead;
      }
    }
    return -1;
  }

  /**
   * Whether the first line of words after line {@code i} opens with the first person plural and a comma («Мы,
   * главы …», "We, the Leaders …"): the adopting subject of a text, which starts there.
   */
  private boolean weOpensTheNextLine(String text, Tokens tokens, List<Line> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      Line next = lines.get(j);
      if (next.isBlank()) {
        continue;
      }
      int first = tokens.firstAtOrAfter(next.contentStart);
      return first + 1 < tokens.size && tokens.start[first] == next.contentStart
          && data.words.is(WordClass.WE, tokens.key[first]) && tokens.gapIs(first + 1, ',');
    }
    return false;
  }

  /**
   * «The following joint statement was issued by the Governments of A and B. ⏎ Begin Text:»: the
   * sentence a TEXT_BEGINS marker closes (on its own line, or on the line before it after blanks) says
   * who adopted the text, so the document starts with it; else {@code bodyStart} stands.
   */
  private int textBeginsOpening(String text, List<Line> lines, int leadIn, int titleLine, int bodyStart) {
    Line marker = lines.get(leadIn);
    int before = leadIn;
    if (Character.isLetter(text.charAt(marker.contentStart)) && matches(text, marker, "TEXT_BEGINS_LINE")) {
      before--;
      while (before > titleLine && lines.get(before).isBlank()) {
        before--;
      }
    }
    if (before <= titleLine || !isProse(text, lines.get(before)) || menu(text, lines.get(before))) {
      return bodyStart;
    }
    return before;
  }

  private void body(String text, List<Line> lines, int from, int to, Layout layout, boolean arabic) {
    int bareRomans = 0;
    for (int i = from; i < to && bareRomans < 2; i++) {
      Line line = lines.get(i);
      ClauseNumber number = line.isBlank() ? null : clauseNumber(text, line.contentStart, line.contentEnd);
      bareRomans += number != null && number.value() == 0 && number.textStart() == line.contentEnd ? 1 : 0;
    }
    Layout.Block current = null;
    int lastNumber = 0;
    for (int i = from; i < to; i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        layout.pieces.add(new Layout.Piece(SegmentKind.BLANK, line.start, line.end));
        continue;
      }
      if (menu(text, line) || matches(text, line, "TRAILER")) {
        layout.pieces.add(new Layout.Piece(SegmentKind.WRAPPER, line.start, line.end));
        if (line.furniture) {
          // «17.08.2018 17:35, Узбекистан» under the title: a site's stamp may still tell the date.
          layout.leadLines.add(new Range(line.contentStart, line.contentEnd));
        }
        continue;
      }
      ClauseNumber number = clauseNumber(text, line.contentStart, line.contentEnd);
      if (number != null && number.value() == 0 && runsOn(text, lines, i, from, number)) {
        number = null;
      }
      // «I ⏎ ШОС является …» and no «II» after it: a Roman numeral alone on its line that numbers nothing
      // else heads a section, whose paragraphs are unnumbered.
      if (number != null && number.value() == 0 && (arabic || number.textStart() == line.contentEnd && bareRomans < 2)) {
        layout.pieces.add(new Layout.Piece(SegmentKind.HEADING, line.start, line.end));
        continue;
      }
      if (number != null && number.value() > 0) {
        int n = number.value();
        // «… met at the Summit.» then «2. The Heads of State …»: the opening paragraph was point 1, left unnumbered.
        boolean inSequence = n == lastNumber + 1 || n == 2 && lastNumber == 0 && current != null;
        boolean smallGap = lastNumber > 0 && n > lastNumber + 1 && n <= lastNumber + 3;
        if (!inSequence && !smallGap) {
          number = null;
        } else {
          layout.numberingGap |= smallGap;
          lastNumber = n;
        }
      }
      if (number != null) {
        String label = label(text, line.contentStart, number.labelEnd());
        current = new Layout.Block(label, number.textStart());
        current.paragraphs.add(new Range(line.contentStart, line.contentEnd));
        layout.clauses.add(current);
        layout.pieces.add(new Layout.Piece(SegmentKind.CLAUSE, line.start, line.end));
        continue;
      }
      boolean item = isListItem(text, line.contentStart, line.contentEnd);
      if (current == null || (current.number == null && !item)) {
        current = new Layout.Block(null, line.contentStart);
        current.paragraphs.add(new Range(line.contentStart, line.contentEnd));
        layout.addToPreamble(current);
        layout.pieces.add(new Layout.Piece(SegmentKind.PREAMBLE, line.start, line.end));
        continue;
      }
      (item ? current.items : current.paragraphs).add(new Range(line.contentStart, line.contentEnd));
      layout.pieces.add(new Layout.Piece(current.number == null ? SegmentKind.PREAMBLE : SegmentKind.CLAUSE,
          line.start, line.end));
    }
  }

  /**
   * «… 11 ноября по итогам ⏎ IX Саммита …, состоявшегося в ⏎ Узбекистане …»: whether the Roman numeral that opens line
   * {@code i} with no mark after it is an ordinal inside a sentence wrapped over lines, not a point's number: the
   * line above it (from {@code from} on) goes on, ending in a small letter or a comma, and so does the line itself.
   * A point or a heading «II Общие положения» follows a line that ends a sentence or a heading.
   */
  private static boolean runsOn(String text, List<Line> lines, int i, int from, ClauseNumber number) {
    Line line = lines.get(i);
    if (".)".indexOf(text.charAt(number.labelEnd() - 1)) >= 0
        || number.textStart() == line.contentEnd || !goesOn(text.charAt(line.contentEnd - 1))) {
      return false;
    }
    return i > from && !lines.get(i - 1).isBlank() && goesOn(text.charAt(lines.get(i - 1).contentEnd - 1));
  }

  /** Whether a line that ends in {@code c} runs on into the next: a small letter or a comma. */
  private static boolean goesOn(char c) {
    return Character.isLowerCase(c) || c == ',';
  }

  /**
   * A clause number: its value (0 for a Roman numeral, a section heading where Arabic ones number
   * the points), where its label ends and where the text after it starts.
   */
  record ClauseNumber(int value, int labelEnd, int textStart) {}

  /** The clause number that opens {@code [from, to)}, or null. */
  static ClauseNumber clauseNumber(String text, int from, int to) {
    int i = from;
    while (i < to && i - from < 3 && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
      i++;
    }
    // «1.Поручить министрам …»: a scraped text may glue the point's first word to its number.
    if (i > from && i < to && (text.charAt(i) == '.' || text.charAt(i) == ')')
        && (i + 1 == to || Character.isWhitespace(text.charAt(i + 1))
            || text.charAt(i) == '.' && Character.isUpperCase(text.charAt(i + 1)))) {
      return new ClauseNumber(Integer.parseInt(text.substring(from, i)), i + 1, skipSpaces(text, i + 1, to));
    }
    i = from;
    while (i < to && i - from < 7 && "IVXLC".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    if (i > from && isRoman(text, from, i)) {
      if (i == to || i + 1 == to && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
        return new ClauseNumber(0, to, to);
      }
      boolean punct = text.charAt(i) == '.' || text.charAt(i) == ')';
      int after = punct ? i + 1 : i;
      if (after < to && Character.isWhitespace(text.charAt(after))) {
        int start = skipSpaces(text, after, to);
        if (punct || (start < to && Character.isUpperCase(text.charAt(start)))) {
          return new ClauseNumber(0, after, start);
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code text[from, to)}, not empty, is a Roman numeral up to CCCXCIX: what {@code
   * C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})} matches whole, read by hand, as this is asked of every
   * line that opens with one of the letters. No group can take back a letter the one before it took
   * and match, so each takes all it can.
   */
  static boolean isRoman(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    int i = run(text, from, to, 'C');
    if (pairAt(text, i, to, 'X', 'C') || pairAt(text, i, to, 'X', 'L')) {
      i += 2;
    } else {
      i = run(text, i < to && text.charAt(i) == 'L' ? i + 1 : i, to, 'X');
    }
    if (pairAt(text, i, to, 'I', 'X') || pairAt(text, i, to, 'I', 'V')) {
      i += 2;
    } else {
      i = run(text, i < to && text.charAt(i) == 'V' ? i + 1 : i, to, 'I');
    }
    return i == to;
  }

  /** Past up to three {@code c} from {@code i}. */
  private static int run(String text, int i, int to, char c) {
    int end = Math.min(to, i + 3);
    while (i < end && text.charAt(i) == c) {
      i++;
    }
    return i;
  }

  private static boolean pairAt(String text, int i, int to, char first, char second) {
    return i + 1 < to && text.charAt(i) == first && text.charAt(i + 1) == second;
  }

  private static int skipSpaces(String text, int i, int to) {
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isListItem(String text, int from, int to) {
    if (to - from > 3 && Character.isLowerCase(text.charAt(from)) && text.charAt(from + 1) == ')'
        && Character.isWhitespace(text.charAt(from + 2))) {
      return true;
    }
    int i = from;
    while (i < to && i - from < 2 && isBullet(text.charAt(i))) {
      i++;
    }
    return i > from && i < to && Character.isWhitespace(text.charAt(i));
  }

  /** The marks that open a list item: '-', '*', bullets (U+2022, U+00B7, U+25AA). */
  static boolean isBullet(char c) {
    return c == '-' || c == '\u2022' || c == '\u00B7' || c == '*' || c == '\u25AA';
  }

  /**
   * Where the text of {@code [from, to)} starts after the pictographs a post may open with («⚡️ »,
   * «✍️ »): symbols, their variation selectors and joiners, and spaces; {@code from} if there are none.
   */
  static int afterSymbols(String text, int from, int to) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (type == Character.OTHER_SYMBOL || type == Character.SURROGATE || type == Character.NON_SPACING_MARK
          || type == Character.FORMAT || i > from && Character.isWhitespace(c)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Whether the line is a line of the site's menu: a MENU marker of the language's data, or furniture by its shape. */
  private boolean menu(String text, Line line) {
    return line.furniture || matches(text, line, "MENU");
  }

  /** Chars a caption or a credit line holds at most («Фото: Reuters», «… (Фото: ВИА)»). */
  private static final int CAPTION_LINE = 200;
  /** Chars a site's time stamp line holds at most («17.08.2018 17:35, Узбекистан», «2023-08-24 15:21»). */
  private static final int STAMP_LINE = 60;
  /** Chars a menu item holds at most («Азербайджан», «• Южная Осетия», «В мире»). */
  private static final int MENU_ITEM = 40;
  /** Words a menu item holds at most. */
  private static final int MENU_WORDS = 3;
  /** Menu items in a run at least: fewer short lines may be a heading, a byline or a signature. */
  private static final int MENU_RUN = 3;

  /**
   * Whether the line is a web address alone («https://…», «<http://…>», «www.…»), no word around it: the
   * link a site or an archive prints to the page, never a line of a document.
   */
  private static boolean addressOnly(String text, Line line) {
    int from = line.contentStart;
    int to = line.contentEnd;
    if (text.charAt(from) == '<' && text.charAt(to - 1) == '>') {
      from++;
      to--;
    }
    if (!text.startsWith("http://", from) && !text.startsWith("https://", from) && !text.startsWith("www.", from)) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the line holds an air temperature as a weather widget prints it: a figure right before «°» and a
   * scale letter right after it («+6°C», «28°F», «−3°С»), or a signed figure before «°» («+6°», «-12°»). A site's
   * weather over or beside a story («Минск Сплошная облачность +6°C», «Hanoi 28°C Light rain») is never a line of
   * a document: a document that speaks of a temperature («a 1.5 °C pathway») writes it inside a sentence that ends
   * in a stop, and a boundary's coordinates («45°30′ с. ш.») take no scale letter and no sign.
   */
  private static boolean holdsTemperature(String text, Line line) {
    for (int k = line.contentStart + 1; k < line.contentEnd; k++) {
      if (text.charAt(k) != '\u00B0' || !isDigit(text.charAt(k - 1))) {
        continue;
      }
      if (k + 1 < line.contentEnd && "CFcf\u0421\u0441".indexOf(text.charAt(k + 1)) >= 0
          && (k + 2 == line.contentEnd || !Character.isLetter(text.charAt(k + 2)))) {
        return true;
      }
      int d = k - 1;
      while (d > line.contentStart && isDigit(text.charAt(d - 1))) {
        d--;
      }
      if (d > line.contentStart && "+-\u2212".indexOf(text.charAt(d - 1)) >= 0
          && (d - 1 == line.contentStart || Character.isWhitespace(text.charAt(d - 2)))) {
        return true;
      }
    }
    return false;
  }

  /** Weight of glued places a line of glued menu items holds at least (see {@link #gluedItems}). */
  private static final int GLUED_ITEMS = 4;
  /** Small letters a word runs at least before a capital to count as a whole item glued to the next. */
  private static final int GLUED_WORD = 3;

  /**
   * Whether the line is a site's menu or widget scraped with no space between its items: places where a small
   * letter after a letter runs straight on into a capital and a small letter, each weighing 2 where the small
   * letters before it are {@value #GLUED_WORD} or more (a whole word: «ХроникаВоенная операция на
   * УкраинеОбновлено в 14:22», «NewsWorldPolitics») and 1 otherwise («ПнВтСрЧтПтСбВс»), {@value #GLUED_ITEMS} in
   * all at least. Names with a capital inside («McEntee and MacLeod», «DeSantis») weigh too little.
   */
  private static boolean gluedItems(String text, Line line) {
    int glued = 0;
    int small = 0;
    for (int k = line.contentStart; k + 2 < line.contentEnd; k++) {
      char c = text.charAt(k);
      if (!Character.isLowerCase(c)) {
        small = 0;
        continue;
      }
      small++;
      if (k > line.contentStart && Character.isLetter(text.charAt(k - 1)) && Character.isUpperCase(text.charAt(k + 1))
          && Character.isLowerCase(text.charAt(k + 2))) {
        glued += small >= GLUED_WORD ? 2 : 1;
        if (glued >= GLUED_ITEMS) {
          return true;
        }
      }
    }
    return false;
  }

  /** Platforms a row of share buttons names at least («Google+ Pinterest LinkedIn Tumblr +», «ВКонтакте Telegram»). */
  private static final int SHARE_BUTTONS = 2;

  /**
   * Whether the line is a row of share buttons: {@value #SHARE_BUTTONS} words or more, every one the name of a
   * platform (SHARE rows: «Facebook», «ВКонтакте», «Одноклассники», «Telegram»), with nothing between them but
   * marks («+», «|»). A menu of single buttons a line each is read by its MENU markers.
   */
  private boolean shareButtons(Line line, String text) {
    return allWordsOf(line, text, shareWords);
  }

  /**
   * Whether the line is a site's language switcher: {@value #SHARE_BUTTONS} short names of languages or more and
   * nothing else but marks («En Ar», «Рус | Қаз | Eng», «EN FR ES»; LANGUAGE rows).
   */
  private boolean languageSwitcher(Line line, String text) {
    return allWordsOf(line, text, languageWords);
  }

  /** Whether the line holds {@value #SHARE_BUTTONS} words or more, every one in {@code words}, and only marks between them. */
  private static boolean allWordsOf(Line line, String text, java.util.Set<String> words) {
    if (words.isEmpty() || !Character.isLetter(text.charAt(line.contentStart))) {
      return false;
    }
    int[] seen = {0};
    // The first word not in the set ends the search: most lines are asked one word.
    return Tokenizer.everyWordKey(text, line.contentStart, line.contentEnd, word -> {
      seen[0]++;
      return words.contains(word);
    }) && seen[0] >= SHARE_BUTTONS;
  }

  /** Whether two lines hold the same words. */
  private static boolean sameContent(String text, Line a, Line b) {
    int length = a.contentEnd - a.contentStart;
    return !a.isBlank() && b.contentEnd - b.contentStart == length
        && text.regionMatches(a.contentStart, text, b.contentStart, length);
  }

  /** Where the first « | » of a line stands, a separator with a space on each side; -1 if it holds none. */
  private static int siteSeparator(String text, Line line) {
    for (int at = line.contentStart + 1; at + 3 < line.contentEnd; at++) {
      if (text.charAt(at) == ' ' && text.charAt(at + 1) == '|' && text.charAt(at + 2) == ' ') {
        return at;
      }
    }
    return -1;
  }

  /**
   * Whether line {@code i} opens with the words before « | » that open a line above it among the first {@value
   * #LEAD_WINDOW}: a site's name before the titles of its pages («Форум сотрудничества Китая и Африки | …»),
   * printed over each.
   */
  private static boolean repeatsASitePrefix(String text, List<Line> lines, int i) {
    Line line = lines.get(i);
    int at = siteSeparator(text, line);
    if (at < 0) {
      return false;
    }
    int length = at - line.contentStart + 3;
    for (int k = 0; k < Math.min(i, LEAD_WINDOW); k++) {
      Line above = lines.get(k);
      if (!above.isBlank() && siteSeparator(text, above) == above.contentStart + length - 3
          && text.regionMatches(above.contentStart, text, line.contentStart, length)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks the lines that are the site's furniture by their shape, whatever their words: a caption or a
   * credit (a CAPTION marker of the language's data: «Фото: …», «(Photo: …)»); an image or a table cell
   * of a page kept as Markdown («![…](…)», a line that ends in «|»); a time stamp (a line that opens with
   * a figure and holds a time of day, «17.08.2018 17:35»); a page title that repeats the site's name before « | »
   * of a line above it ({@link #repeatsASitePrefix}); and a run of {@value #MENU_RUN} menu items or
   * more ({@link #menuItem}: «Абхазия ⏎ Азербайджан ⏎ Армения»); a menu on one line, its items parted by
   * separators ({@link #separatedItems}) or, before the first line of prose, all its words capitalised
   * ({@link #capitalisedWords}); a web address alone, a row of share buttons, a
   * language switcher, a weather widget, a menu glued without spaces, and a widget of today's date. Unbulleted runs count only before the
   * text's first line of prose: a signature block under the text («Нурсултан Назарбаев ⏎ Аскар Акаев …»)
   * is the document's. Two passes over the lines.
   */
  private void markFurniture(String text, Tokens tokens, List<Line> lines) {
    int firstProse = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int length = line.contentEnd - line.contentStart;
      char first = text.charAt(line.contentStart);
      char last = text.charAt(line.contentEnd - 1);
      // «… ⏎ Президент … встретились …; |» (a paragraph of the text scraped from a table's cell, 700 chars): a cell
      // that ends in «|» is the site's only as long as a caption; a longer one is the document's own text.
      line.furniture = last == '|' && length <= MARKER_LINE || text.startsWith("![", line.contentStart) || text.startsWith("[![", line.contentStart)
          || length <= CAPTION_LINE && matches(text, line, "CAPTION")
          || length <= STAMP_LINE && last != '.' && holdsTime(text, line)
              && clauseNumber(text, line.contentStart, line.contentEnd) == null
              && (isDigit(first) || labelledStamp(tokens, line) && !matches(text, line, "MENU"))
          || length <= CAPTION_LINE && separatedItems(text, line)
          || addressOnly(text, line)
          || length <= CAPTION_LINE && shareButtons(line, text)
          || length <= MENU_ITEM && languageSwitcher(line, text)
          || length <= STAMP_LINE && ".;:".indexOf(last) < 0 && holdsTemperature(text, line)
          || length <= CAPTION_LINE && ".;:".indexOf(last) < 0 && gluedItems(text, line)
          || furnitureWords.isFurniture(text, line.contentStart, line.contentEnd);
      // «Форум … Африки | Опубликована … ⏎ … ⏎ Форум … Африки | Пекинская декларация … (полный текст)»: the site's
      // name before « | » that opens a line above opens its page titles, each the site's.
      if (!line.furniture && length <= CAPTION_LINE && repeatsASitePrefix(text, lines, i)) {
        line.furniture = true;
      }
      // «Здание МИД в Ереване. ⏎ Здание МИД в Ереване.»: a photo's alternative text and caption, the same line twice.
      if (!line.furniture && length <= CAPTION_LINE && i + 1 < lines.size() && sameContent(text, line, lines.get(i + 1))) {
        line.furniture = true;
        lines.get(i + 1).furniture = true;
      }
      if (firstProse == lines.size() && !line.furniture && isProse(text, line) && !matches(text, line, "MENU")) {
        firstProse = i;
      }
    }
    // «Вторник, 23 апреля ⏎ …», «Флаг Вторник, 23 апреля 2024 ⏎ Минск Сплошная облачность +6°C»: a site's widget of
    // today's date names no year, or stands by another piece of the site's furniture; a day of the week and a date
    // with its year under a title («Monday, 18 June 2018») are the page's date, read as a stamp of the text.
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank() || line.furniture || line.contentEnd - line.contentStart > STAMP_LINE
          || ".;:,".indexOf(text.charAt(line.contentEnd - 1)) >= 0) {
        continue;
      }
      int widget = todaysDate(tokens, line);
      if (widget == TODAY_NO_YEAR || widget == TODAY_WITH_YEAR && (furnitureNext(lines, i) || furnitureBefore(lines, i))) {
        line.furniture = true;
      }
    }
    int runStart = -1;
    int items = 0;
    boolean allBulleted = true;
    for (int i = 0; i <= lines.size(); i++) {
      Line line = i < lines.size() ? lines.get(i) : null;
      if (line != null && line.isBlank()) {
        continue;
      }
      // «The Arab Peace Initiative»: where titles are written in title case, a line of capitalised words is a heading.
      if (line != null && i < firstProse && !line.furniture && !data.language.titlesAreTitleCase()
          && capitalisedWords(text, tokens, line)) {
        line.furniture = true;
      }
      int item = line == null || line.furniture ? 0 : menuItem(text, tokens, line);
      if (item != 0) {
        if (items == 0) {
          runStart = i;
          allBulleted = true;
        }
        items++;
        allBulleted &= item > 0;
        continue;
      }
      if (items >= MENU_RUN && (allBulleted || runStart < firstProse)) {
        for (int k = runStart; k < i; k++) {
          if (!lines.get(k).isBlank() && (allBulleted || k < firstProse)) {
            lines.get(k).furniture = true;
          }
        }
      }
      items = 0;
    }
    // «Россия ⏎ Источник: ⏎ …»: a lone rubric right over a line of the site's furniture is the site's too.
    for (int i = 0, next = 0; i < firstProse; i = next) {
      next = i + 1;
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      Line line = lines.get(i);
      if (next < lines.size() && !line.isBlank() && !line.furniture && menuItem(text, tokens, line) != 0
          && (lines.get(next).furniture || matches(text, lines.get(next), "MENU"))) {
        line.furniture = true;
      }
    }
  }

  /**
   * Whether a line is a menu item: 1 (a bulleted one), -1 (a bare one) or 0 (none). An item holds one to
   * {@value #MENU_WORDS} words in at most {@value #MENU_ITEM} chars, opens with a capital, holds no
   * figure, ends in no stop, comma or colon, and names no kind of document («Совместная декларация»); a
   * heading in capitals broken over lines («ГЛАВ ГОСУДАРСТВ И») is none, a short abbreviation («ДНР») is.
   */
  private int menuItem(String text, Tokens tokens, Line line) {
    int from = line.contentStart;
    int to = line.contentEnd;
    if (to - from > MENU_ITEM) {
      return 0;
    }
    boolean bulleted = isListItem(text, from, to) && !Character.isLetter(text.charAt(from));
    while (bulleted && from < to && (isBullet(text.charAt(from)) || Character.isWhitespace(text.charAt(from)))) {
      from++;
    }
    if (from == to || !Character.isUpperCase(text.charAt(from)) || ".,;:!?".indexOf(text.charAt(to - 1)) >= 0) {
      return 0;
    }
    int words = 0;
    int letters = 0;
    int capitals = 0;
    boolean inWord = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (Character.isDigit(c)) {
        return 0;
      }
      boolean letter = Character.isLetter(c);
      if (letter && !inWord && ++words > MENU_WORDS) {
        return 0;
      }
      inWord = letter || inWord && (c == '-' || c == '\'');
      if (letter) {
        letters++;
        capitals += Character.isUpperCase(c) ? 1 : 0;
      }
    }
    if (words == 0 || capitals == letters && (words > 1 || letters > 5)) {
      return 0;
    }
    return namesAKind(tokens, from, to) ? 0 : bulleted ? 1 : -1;
  }

  /** Items a line of a menu written on one line holds at least («Главная | Новости | Политика»). */
  private static final int LINE_MENU_ITEMS = 3;
  /** Words a line of a menu written on one line without separators holds at least («Россия Казахстан Беларусь Армения»). */
  private static final int LINE_MENU_WORDS = 4;

  /**
   * Whether the line is a menu of {@value #LINE_MENU_ITEMS} items or more parted by a separator with a
   * space on each side («|», «•», «·», «/»), each of one to {@value #MENU_WORDS} words, and ends in no stop.
   */
  private static boolean separatedItems(String text, Line line) {
    int items = 1;
    int words = 0;
    boolean inWord = false;
    for (int k = line.contentStart; k < line.contentEnd; k++) {
      char c = text.charAt(k);
      if ((c == '|' || c == '\u2022' || c == '\u00B7' || c == '/') && k > line.contentStart && k + 1 < line.contentEnd
          && text.charAt(k - 1) == ' ' && text.charAt(k + 1) == ' ') {
        if (words == 0) {
          return false;
        }
        items++;
        words = 0;
        inWord = false;
        continue;
      }
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !inWord && ++words > MENU_WORDS) {
        return false;
      }
      inWord = letter;
    }
    char last = text.charAt(line.contentEnd - 1);
    return items >= LINE_MENU_ITEMS && words > 0 && ".,;:".indexOf(last) < 0;
  }

  /**
   * Whether the line is a menu written on one line without separators: {@value #LINE_MENU_WORDS} words
   * or more, every one capitalised («Россия Казахстан Беларусь Армения», «Главная Новости Политика В мире»),
   * not all in capitals, no figure, no mark but a hyphen, no kind of document («Совместное Заявление …»).
   * Asked only of the lines before the text's first line of prose.
   */
  private boolean capitalisedWords(String text, Tokens tokens, Line line) {
    if (line.contentEnd - line.contentStart > CAPTION_LINE) {
      return false;
    }
    int words = 0;
    boolean lowerCase = false;
    boolean inWord = false;
    for (int k = line.contentStart; k < line.contentEnd; k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        if (!inWord && !Character.isUpperCase(c)) {
          return false;
        }
        lowerCase |= Character.isLowerCase(c);
        words += inWord ? 0 : 1;
        inWord = true;
      } else if (c == ' ') {
        inWord = false;
      } else if (c != '-' || !inWord) {
        return false;
      }
    }
    // «ГЛАВ ГОСУДАРСТВ И ПРАВИТЕЛЬСТВ РОССИЙСКОЙ ФЕДЕРАЦИИ»: a heading in capitals is the document's.
    if (words < LINE_MENU_WORDS || !lowerCase) {
      return false;
    }
    return !namesAKind(tokens, line.contentStart, line.contentEnd);
  }

  /** Whether the text's chars {@code [from, to)} name a kind of document («Совместная декларация»): no menu does. */
  private boolean namesAKind(Tokens tokens, int from, int to) {
    int end = tokens.firstAtOrAfter(to);
    for (int k = tokens.firstAtOrAfter(from); k < end; k++) {
      if (data.documentKinds.longestAt(tokens, k, end) != null) {
        return true;
      }
    }
    return false;
  }

  /** Words other than a month's name a labelled time stamp holds at most («Last updated», «Последнее обновление», "AM"). */
  private static final int STAMP_WORDS = 2;
  /** Digits of a year written in full. */
  private static final int YEAR_DIGITS = 4;

  /**
   * Whether a short line that holds a time of day and opens with no figure is a site's time stamp all the
   * same: it holds a date too (a month's name or a year in full) and at most {@value #STAMP_WORDS} words
   * besides the month («• Last updated: 01 Jul. 2022 16:42», «Последнее обновление: 23.11.2024 14:59», «Jul
   * 17, 2014, 9:55 AM», «[15.07.2006 00:00:00]»). A line of the text that tells a time names what happens then.
   * One that opens with a MENU label («Обновлено:», «Последнее обновление:») is the site's already, and the day
   * it tells is the day the page was changed, which never dates the document.
   */
  private boolean labelledStamp(Tokens tokens, Line line) {
    int end = tokens.firstAtOrAfter(line.contentEnd);
    boolean date = false;
    int words = 0;
    for (int k = tokens.firstAtOrAfter(line.contentStart); k < end; k++) {
      if (tokens.isNumber(k)) {
        date |= tokens.end[k] - tokens.start[k] == YEAR_DIGITS;
      } else if (data.months.containsKey(tokens.key[k])) {
        date = true;
      } else if (!tokens.key[k].isEmpty() && Character.isLetter(tokens.key[k].charAt(0)) && ++words > STAMP_WORDS) {
        return false;
      }
    }
    return date;
  }

  /** {@link #todaysDate}: no widget of today's date. */
  private static final int TODAY_NONE = 0;
  /** {@link #todaysDate}: a day of the week and a date with no year («Вторник, 23 апреля»). */
  private static final int TODAY_NO_YEAR = 1;
  /** {@link #todaysDate}: a day of the week and a date with its year («Вторник, 23 апреля 2024»). */
  private static final int TODAY_WITH_YEAR = 2;

  /**
   * Whether a short line is a date with the name of its day of the week, as a site's widget of today's date
   * prints it: a weekday's name, a month's name and the day's figure, with at most {@value #STAMP_WORDS} words
   * besides them («Вторник, 23 апреля», «Флаг Вторник, 23 апреля 2024», «Tuesday, April 23, 2024»):
   * {@link #TODAY_NO_YEAR}, {@link #TODAY_WITH_YEAR} or {@link #TODAY_NONE}.
   */
  private int todaysDate(Tokens tokens, Line line) {
    if (data.weekdays.isEmpty()) {
      return TODAY_NONE;
    }
    int end = tokens.firstAtOrAfter(line.contentEnd);
    boolean weekday = false;
    boolean month = false;
    boolean day = false;
    boolean year = false;
    int words = 0;
    for (int k = tokens.firstAtOrAfter(line.contentStart); k < end; k++) {
      String key = tokens.key[k];
      if (tokens.isNumber(k)) {
        int digits = tokens.end[k] - tokens.start[k];
        day |= digits <= 2;
        year |= digits == YEAR_DIGITS;
      } else if (data.weekdays.containsKey(key)) {
        weekday = true;
      } else if (data.months.containsKey(key)) {
        month = true;
      } else if (!key.isEmpty() && Character.isLetter(key.charAt(0)) && ++words > STAMP_WORDS) {
        return TODAY_NONE;
      }
    }
    return !(weekday && month && day) ? TODAY_NONE : year ? TODAY_WITH_YEAR : TODAY_NO_YEAR;
  }

  /** Whether the last line before line {@code i} that is not blank is the site's furniture. */
  private static boolean furnitureBefore(List<Line> lines, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!lines.get(k).isBlank()) {
        return lines.get(k).furniture;
      }
    }
    return false;
  }

  /** Whether the line holds a time of day, «17:35» (one or two figures, a colon, two figures, no figure after). */
  private static boolean holdsTime(String text, Line line) {
    for (int k = line.contentStart + 1; k + 2 < line.contentEnd; k++) {
      if (text.charAt(k) == ':' && isDigit(text.charAt(k - 1)) && isDigit(text.charAt(k + 1)) && isDigit(text.charAt(k + 2))
          && (k + 3 == line.contentEnd || !isDigit(text.charAt(k + 3)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Words a line of prose holds at least: a byline, a date or a heading holds fewer. */
  private static final int PROSE_WORDS = 6;
  /** Words a sentence that ends on its line holds at least to read as prose. */
  private static final int SENTENCE_WORDS = 3;

  /**
   * Whether a line reads as the document's text: a numbered point, a sentence that ends on it, or
   * {@link #PROSE_WORDS} words or more.
   */
  private static boolean isProse(String text, Line line) {
    ClauseNumber number = clauseNumber(text, line.contentStart, line.contentEnd);
    if (number != null && number.value() > 0) {
      return true;
    }
    int words = 0;
    boolean inWord = false;
    for (int k = line.contentStart; k < line.contentEnd && words < PROSE_WORDS; k++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(k));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    char last = line.isBlank() ? ' ' : text.charAt(line.contentEnd - 1);
    return words >= PROSE_WORDS || words >= SENTENCE_WORDS && (last == '.' || last == ':' || last == ';');
  }

  private int firstNumberedLine(String text, List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      ClauseNumber number = clauseNumber(text, line.contentStart, line.contentEnd);
      if (number != null && number.value() == 1) {
        return i;
      }
    }
    return -1;
  }

  private boolean dateline(String text, Line line, Layout layout) {
    if (layout.datelineStart >= 0) {
      return false;
    }
    int windowEnd = Math.min(line.contentEnd, line.contentStart + DATELINE_WINDOW);
    Matcher m = data.language.dateline().matcher(text).region(line.contentStart, windowEnd);
    if (!m.lookingAt() || m.group(3) != null && !data.months.containsKey(Tokenizer.keyOf(m.group(3)))) {
      return false;
    }
    layout.datelineStart = line.contentStart;
    layout.datelineEnd = m.end();
    if (layout.source == null) {
      // «КАИР, 20 дек — РИА Новости.»: a language's dateline may name the agency after the dash instead (a sixth group).
      layout.source = (m.group(5) != null || m.groupCount() < 6 ? m.group(5) : m.group(6)).strip();
    }
    layout.pieces.add(new Layout.Piece(SegmentKind.DATELINE, line.start, m.end()));
    layout.pieces.add(new Layout.Piece(SegmentKind.WRAPPER, m.end(), line.end));
    layout.leadLines.add(new Range(m.end(), line.contentEnd));
    return true;
  }

  private void readSource(String text, Line line, Layout layout) {
    Matcher m = data.language.reportedBy().matcher(text).region(line.contentStart, line.contentEnd);
    if (m.find()) {
      layout.source = (m.group(2) != null ? m.group(2) : m.group(1)).strip();
    }
  }

  /**
   * Whether the line is a wrapper marker of {@code kind}: its text under {@link Tokenizer#keyOf}
   * (a fold char by char) is a marker (EXACT), starts with one (PREFIX) or holds one (CONTAINS).
   * Only the EXACT and PREFIX markers that start with the line's first char are tried, on the line
   * folded in place; CONTAINS ones search a folded copy, made once per line (or, for a kind of
   * few of them, the line folded as it is read). The line keeps the answer for the kind.
   */
  private boolean matches(String text, Line line, String kind) {
    int from = line.contentStart;
    int to = line.contentEnd;
    // «**See Also:**», «## Related news»: a page kept as Markdown marks emphasis and headings round the words.
    while (from < to && isMarkdownMark(text.charAt(from))) {
      from = skipSpaces(text, from + 1, to);
    }
    while (to > from && from > line.contentStart && isMarkdownMark(text.charAt(to - 1))) {
      to--;
    }
    int length = to - from;
    Markers markers = markersByKind.get(kind);
    if (length > MARKER_LINE || markers == null) {
      return false;
    }
    if (markers.bit == 0) {
      return matchesAfresh(text, line, markers, from, length);
    }
    if ((line.kindsAsked & markers.bit) == 0) {
      if (matchesAfresh(text, line, markers, from, length)) {
        line.kindsMatched |= markers.bit;
      }
      line.kindsAsked |= markers.bit;
    }
    return (line.kindsMatched & markers.bit) != 0;
  }

  /** Whether {@code c} is a mark of Markdown emphasis or heading («*», «_», «#»). */
  private static boolean isMarkdownMark(char c) {
    return c == '*' || c == '_' || c == '#';
  }

  /** {@link #matches} read from the line's text, not from the answers the line keeps: {@code length} chars from {@code from}. */
  private boolean matchesAfresh(String text, Line line, Markers markers, int from, int length) {
    if (length > 0) {
      char first = TextFold.fold(text.charAt(from));
      int opening = markers.prefixFirst.indexOf(first);
      if (opening >= 0) {
        for (String[] rule : markers.byFirstChar.get(opening)) {
          String marker = rule[1];
          if ((rule[0].equals("EXACT") ? length == marker.length() : length >= marker.length())
              && foldedAt(text, from, marker)) {
            return true;
          }
        }
      }
    }
    // A line whose chars hold no CONTAINS marker's first char holds none of them.
    boolean mayContain = markers.containsMarkers == 0 || line.lower != null
        || (markers.containsFirstUnfolded ? holdsAny(text, line.contentStart, line.contentEnd, markers.containsFirst)
            : holdsAnyFolded(text, line.contentStart, line.contentEnd, markers.containsFirst));
    if (!mayContain && markers.othersAllContain) {
      return false;
    }
    for (String[] rule : markers.others) {
      String marker = rule[1];
      if (!mayContain && !marker.isEmpty() && !rule[0].equals("EXACT") && !rule[0].equals("PREFIX")) {
        continue;
      }
      switch (rule[0]) {
        case "EXACT":
          if (length == marker.length()) {
            return true;
          }
          break;
        case "PREFIX":
          return true;
        default:
          if (markers.containsMarkers > FEW_CONTAINED ? line.lower(text).contains(marker)
              : containsFolded(text, line.contentStart, line.contentEnd, marker)) {
            return true;
          }
      }
    }
    return false;
  }

  /**
   * Up to this many CONTAINS markers of a kind are looked for in the text itself, folded as it is
   * read ({@link #containsFolded}); more share one folded copy of the line ({@link Line#lower}). A
   * kind asked of every line of the body (TRAILER) then folds no line into a string of its own.
   */
  private static final int FEW_CONTAINED = 2;

  /** Whether {@code text[from, to)}, folded char by char, contains {@code marker}: {@code fold(text[from, to)).contains(marker)}. */
  static boolean containsFolded(String text, int from, int to, String marker) {
    if (marker.isEmpty()) {
      return true;
    }
    char first = marker.charAt(0);
    for (int at = from, last = to - marker.length(); at <= last; at++) {
      if (fold(text.charAt(at)) == first && foldedAt(text, at, marker)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text[from, to)} holds one of {@code chars}. */
  private static boolean holdsAny(String text, int from, int to, String chars) {
    for (int at = from; at < to; at++) {
      if (chars.indexOf(text.charAt(at)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether no char but {@code c} itself folds to {@code c} («(», «|»): a text holds it folded only where it holds it as written. */
  private static boolean foldsOnlyFromItself(char c) {
    for (int x = Character.MIN_VALUE; x <= Character.MAX_VALUE; x++) {
      if (x != c && fold((char) x) == c) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[from, to)}, folded char by char, holds one of {@code chars}. */
  private static boolean holdsAnyFolded(String text, int from, int to, String chars) {
    for (int at = from; at < to; at++) {
      if (chars.indexOf(fold(text.charAt(at))) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** {@link TextFold#fold(char)} of U+0000 to U+07FF, looked up: markers are read against every char of a line. */
  private static final char[] FOLDED = new char[0x800];

  static {
    for (char c = 0; c < FOLDED.length; c++) {
      FOLDED[c] = TextFold.fold(c);
    }
  }

  /** {@link TextFold#fold(char)}, looked up in {@link #FOLDED} where it can be. */
  private static char fold(char c) {
    return c < FOLDED.length ? FOLDED[c] : TextFold.fold(c);
  }

  /** Whether {@code text} at {@code at}, folded char by char, reads {@code marker}: a marker or label matched without a folded copy. */
  static boolean foldedAt(String text, int at, String marker) {
    for (int k = 0; k < marker.length(); k++) {
      if (fold(text.charAt(at + k)) != marker.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The markers of one kind: EXACT and PREFIX ones by their first char, the others (CONTAINS, and an
   * empty marker) in a list, each as {match, marker}.
   */
  private static final class Markers {
    /** This kind's bit in a {@link Line}'s answers: one of the first 32 kinds the data lists, else none (asked every time). */
    final int bit;
    /**
     * The EXACT and PREFIX markers by their first char, each list at that char's place in {@link
     * #prefixFirst}: only those a line starts with are tried, found without boxing the char.
     */
    final List<List<String[]>> byFirstChar = new ArrayList<>();
    /** The CONTAINS markers and the empty ones, tried on every line. */
    final List<String[]> others = new ArrayList<>();
    /** How many of {@link #others} are CONTAINS markers: up to a few, each is sought in the line unfolded (see {@link Segmenter#FEW_CONTAINED}). */
    int containsMarkers;
    /** The first chars of the CONTAINS markers that are not empty, each once. */
    String containsFirst = "";
    /** The keys of {@link #byFirstChar}: a line that opens with none of them is asked no map. */
    String prefixFirst = "";
    /** Whether each of {@link #containsFirst} folds from no other char, so a line is searched for it as written. */
    boolean containsFirstUnfolded = true;
    /** Whether every one of {@link #others} is a CONTAINS marker that is not empty. */
    boolean othersAllContain = true;

    /** The markers of the kind that the data lists {@code index}-th. */
    Markers(int index) {
      this.bit = index < Integer.SIZE ? 1 << index : 0;
    }

    /** Adds {@code marker}, matched as {@code match} says (EXACT, PREFIX or CONTAINS). */
    void add(String match, String marker) {
      String[] rule = {match, marker};
      if ((match.equals("EXACT") || match.equals("PREFIX")) && !marker.isEmpty()) {
        if (prefixFirst.indexOf(marker.charAt(0)) < 0) {
          prefixFirst += marker.charAt(0);
          byFirstChar.add(new ArrayList<>());
        }
        byFirstChar.get(prefixFirst.indexOf(marker.charAt(0))).add(rule);
      } else {
        others.add(rule);
        othersAllContain &= !marker.isEmpty() && !match.equals("EXACT") && !match.equals("PREFIX");
        if (!match.equals("EXACT") && !match.equals("PREFIX")) {
          containsMarkers++;
          if (!marker.isEmpty() && containsFirst.indexOf(marker.charAt(0)) < 0) {
            containsFirst += marker.charAt(0);
            containsFirstUnfolded &= foldsOnlyFromItself(marker.charAt(0));
          }
        }
      }
    }
  }

  /** A clause's label, «12.» or «IV)» without the closing mark. */
  private static String label(String text, int from, int to) {
    char last = text.charAt(to - 1);
    return text.substring(from, last == '.' || last == ')' ? to - 1 : to);
  }

  /**
   * «СОВМЕСТНОЕ ЗАЯВЛЕНИЕ … Главы государств …»: a text without line breaks whose first line opens with a
   * heading in capitals (at least {@value #HEADING_WORDS} words, a kind of document among them) and runs on
   * into prose: the heading is a line of its own, the prose after it the next.
   */
  private List<Line> headingRunOn(String text, Tokens tokens, List<Line> lines) {
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    if (i == lines.size() || lines.get(i).contentEnd - lines.get(i).contentStart < MARKER_LINE) {
      return lines;
    }
    Line line = lines.get(i);
    int to = tokens.firstAtOrAfter(line.contentEnd);
    int k = tokens.firstAtOrAfter(line.contentStart);
    int words = 0;
    boolean kind = false;
    for (; k < to && (tokens.isUpperCase(k) || !Character.isLetter(text.charAt(tokens.start[k]))); k++) {
      if (tokens.isUpperCase(k) && tokens.end[k] - tokens.start[k] > 1) {
        words++;
        kind |= data.documentKinds.longestAt(tokens, k, to) != null;
      }
    }
    if (words < HEADING_WORDS || !kind || k >= to || !tokens.isCapitalized(k)) {
      return lines;
    }
    List<Line> split = new ArrayList<>(lines.size() + 1);
    split.addAll(lines.subList(0, i));
    split.add(new Line(text, line.start, tokens.start[k]));
    split.add(new Line(text, tokens.start[k], line.end));
    split.addAll(lines.subList(i + 1, lines.size()));
    return split;
  }

  /**
   * «…, заявляют: 1. Мы … 2. Мы …»: points numbered inside one long line. Where the line holds the run
   * «1.», «2.», … in order, each after a stop, a colon, a semicolon or a comma, each point opens a line
   * of its own, so that the clauses and the sentences end where the text's points do. Only for a text
   * none of whose lines opens with a point (the points inside a numbered clause are its own).
   */
  private static List<Line> runOnPoints(String text, List<Line> lines) {
    List<Line> split = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      List<Integer> cuts = line.contentEnd - line.contentStart < MARKER_LINE ? List.of() : pointCuts(text, line);
      if (cuts.isEmpty()) {
        if (split != null) {
          split.add(line);
        }
        continue;
      }
      if (split == null) {
        split = new ArrayList<>(lines.subList(0, i));
      }
      int from = line.start;
      for (int cut : cuts) {
        split.add(new Line(text, from, cut));
        from = cut;
      }
      split.add(new Line(text, from, line.end));
    }
    return split == null ? lines : split;
  }

  /**
   * Where the points «1.», «2.», … numbered in order inside {@code line} start; empty unless there are
   * two. A point is one or two digits, a full stop and a space (or a capital glued to the stop: «решили:
   * 1.Поручить …») after «.», «:», «;» or «,» and a space, with more text after it; read by hand, as this
   * runs on every long line.
   */
  private static List<Integer> pointCuts(String text, Line line) {
    List<Integer> cuts = null;
    int end = line.contentEnd;
    // From space to space by indexOf, which is vectorised: a long line is mostly letters.
    for (int i = text.indexOf(' ', line.contentStart + 1); i >= 0 && i < end; i = text.indexOf(' ', i + 1)) {
      char before = text.charAt(i - 1);
      if (before != '.' && before != ':' && before != ';' && before != ',') {
        continue;
      }
      int k = i + 1;
      int number = 0;
      while (k < end && k - i <= 2 && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
        number = number * 10 + text.charAt(k) - '0';
        k++;
      }
      if (k == i + 1 || k + 2 >= end || text.charAt(k) != '.'
          || (text.charAt(k + 1) != ' ' || isSpace(text.charAt(k + 2))) && !Character.isUpperCase(text.charAt(k + 1))) {
        continue;
      }
      if (number == (cuts == null ? 0 : cuts.size()) + 1) {
        cuts = cuts == null ? new ArrayList<>() : cuts;
        cuts.add(i + 1);
      }
      i = k + 1;
    }
    return cuts == null || cuts.size() < 2 ? List.of() : cuts;
  }

  /** Whether {@code c} is a space as a regular expression's {@code \s} reads one. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline + 1;
      lines.add(new Line(text, start, end));
      start = end;
    }
    return lines;
  }

}
