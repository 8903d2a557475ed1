package dev.entente.parser;

import dev.entente.model.DocumentKind;
import java.util.List;

/** Finds the document's title among the lines before its body, and the kind of document it names. */
final class TitleFinder {
  private final LanguageData data;

  /**
   * Words after which a kind of document names the text itself (KIND_AFTER rows of the language's
   * wrapper data: «Полный текст совместного заявления …», «Текст совместного заявления, принятого …»).
   */
  private final java.util.Set<String> textOf = new java.util.HashSet<>();

  /** {@link #textOf} as a list, for {@link LanguageData#startsWithAny} to walk by index. */
  private final List<String> textOfList = new java.util.ArrayList<>();

  /**
   * Beginnings of the words by which a document names itself before its kind (SELF_BEFORE_KIND rows
   * of the wrapper data: «настоящее», «следующее»): «приняли следующее совместное заявление:» opens
   * the document's own text, it does not report it.
   */
  private final List<String> selfWords = new java.util.ArrayList<>();

  /**
   * Verbs by which the press reports that a document was made public (PUBLISHED_BY rows: «опубликовал»,
   * «распространили»): a report's announcement of the text below it ({@link #announces}).
   */
  private final java.util.Set<String> publishing = new java.util.HashSet<>();

  /** Words that link a word of the press to the kind it names (BEFORE_KIND rows: "the text of the Joint Statement"). */
  private final java.util.Set<String> beforeKind = new java.util.HashSet<>();

  /**
   * Prepositions after which a report names the document it retells (KIND_IN rows: «говорится в
   * совместном заявлении», «В заключительном коммюнике …»): a kind after them, in lower case, is the
   * document's.
   */
  private final java.util.Set<String> kindIn = new java.util.HashSet<>();

  /**
   * Beginnings of the verbs by which a headline or a lead says the sides came to a document, beyond those of
   * adoption (ADOPTED_BY rows: «согласовали совместное заявление», «выступили с совместным заявлением»).
   */
  private final List<String> cameTo = new java.util.ArrayList<>();

  /**
   * The first letters of {@link #textOf} and {@link #cameTo}: a token whose first letter ({@link
   * Tokens#initial}) is none of them is neither, found without a read of its key; null when one of
   * them is empty and so starts every word.
   */
  private final String textOrCameToInitials;

  TitleFinder(LanguageData data) {
    this.data = data;
    for (Tsv.Row row : data.wrapperMarkers) {
      if (row.get(0).equals("KIND_AFTER")) {
        textOf.add(row.get(2));
      } else if (row.get(0).equals("SELF_BEFORE_KIND")) {
        selfWords.add(row.get(2));
      } else if (row.get(0).equals("PUBLISHED_BY")) {
        publishing.add(row.get(2));
      } else if (row.get(0).equals("BEFORE_KIND")) {
        beforeKind.add(row.get(2));
      } else if (row.get(0).equals("KIND_IN")) {
        kindIn.add(row.get(2));
      } else if (row.get(0).equals("ADOPTED_BY")) {
        cameTo.add(row.get(2));
      }
    }
    textOfList.addAll(textOf);
    StringBuilder initials = new StringBuilder();
    boolean anyEmpty = false;
    for (List<String> words : List.of(textOfList, cameTo)) {
      for (String word : words) {
        if (word.isEmpty()) {
          anyEmpty = true;
        } else if (initials.indexOf(word.substring(0, 1)) < 0) {
          initials.append(word.charAt(0));
        }
      }
    }
    textOrCameToInitials = anyEmpty ? null : initials.toString();
  }

  /**
   * Whether token {@code k}'s key is one of {@link #textOf}, starts with an adoption verb
   * (ADOPTION_VERB_PREFIX), is another finite verb of making a document ({@link WordClass#MAKING_VERB}) or
   * starts with one of {@link #cameTo}: the verbs after which {@link #adoptedKind} looks for a kind, ruled
   * out by the token's first letter where it can be.
   */
  private boolean textOfOrAdoption(Tokens tokens, int k) {
    if (data.words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, tokens, k) || data.words.is(WordClass.MAKING_VERB, tokens.key[k])) {
      return true;
    }
    if (textOrCameToInitials != null && textOrCameToInitials.indexOf(tokens.initial[k]) < 0) {
      return false;
    }
    return textOf.contains(tokens.key[k]) || LanguageData.startsWithAny(tokens.key[k], cameTo);
  }


  /**
   * The line of the title before line {@code until}: one that opens with a kind of document, else
   * a quoted one, else one that names a kind; -1 if none. Sets the layout's title and kind. A line
   * of the site's menu ({@code menu}: «Пресс-релизы» over «Совместное заявление …») is no title.
   */
  int find(String text, Tokens tokens, List<Segmenter.Line> lines, int until, Layout layout,
      java.util.function.IntPredicate menu) {
    int contains = -1;
    int rubric = -1;
    for (int i = 0; i < until; i++) {
      Segmenter.Line line = lines.get(i);
      // A line that goes on with a quoted value broken by a backslash is that value's, below.
      if (line.isBlank() || line.contentEnd - line.contentStart > TITLE_CHARS || i > 0 && endsInBackslash(text, lines.get(i - 1))
          || menu.test(i) || holdsLink(text, line)) {
        continue;
      }
      // «Меморандум о … , Абу-Даби, 1 ноября 2011 г.»: the stop of a year's abbreviation ends no sentence.
      boolean endsWithStop = endsAsProse(text.charAt(line.contentEnd - 1)) && !endsInAbbreviatedYear(text, tokens, line);
      int lineFirst = tokens.firstAtOrAfter(line.contentStart);
      int first = pastSerialNumber(tokens, lineFirst, line);
      PrefixLexicon.Hit<DocumentKind> atStart = first < tokens.size && tokens.start[first] < line.contentEnd
          ? kindAt(tokens, first, tokens.firstAtOrAfter(line.contentEnd)) : null;
      int excerpt = atStart == null ? pastExcerptWord(tokens, first, line) : first;
      PrefixLexicon.Hit<DocumentKind> excerpted = excerpt > first ? kindAt(tokens, excerpt, tokens.firstAtOrAfter(line.contentEnd)) : null;
      if (excerpted != null) {
        first = excerpt;
        atStart = excerpted;
      }
      if (atStart != null && atStart.entry.value == DocumentKind.PRESS_RELEASE) {
        atStart = releasedKind(tokens, atStart, tokens.firstAtOrAfter(line.contentEnd));
      }
      // «О беседе Министра … ⏎ СООБЩЕНИЕ ДЛЯ СМИ ⏎ 6 декабря в Вене …»: a release's label alone on its line, under
      // a heading, is the site's rubric, no title; it tells the kind where no line is the title.
      if (atStart != null && atStart.entry.value == DocumentKind.PRESS_RELEASE && atStart.first == first
          && atStart.last == tokens.firstAtOrAfter(line.contentEnd) && headingAbove(text, lines, i, menu)) {
        rubric = rubric < 0 ? i : rubric;
        continue;
      }
      // «⚡️ Совместное заявление …»: a post's pictographs before its first word are no part of the title;
      // «… (Сириус, 10 ноября 2024 года).»: a stop after the bracket of place and day does not make it a sentence.
      int opening = first > lineFirst ? tokens.start[first] : Segmenter.afterSymbols(text, line.contentStart, line.contentEnd);
      // "Joint Statement on the State Visit of … to Equatorial Guinea.": where titles are written in title case,
      // a line of capitalised words alone that opens with a kind is its heading, stop and all.
      boolean headingWithStop = endsWithStop && atStart != null && titleCaseWithStop(text, tokens, line, first);
      if (atStart != null && (!endsWithStop || closesABracket(text, line) || capitalsRunOn(text, line) || headingWithStop)
          && tokens.start[first] == opening) {
        setTitle(layout, text, opening, headingWithStop ? line.contentEnd - 1 : line.contentEnd, atStart.entry.value);
        // «Заявление от 25 января 2001 года ⏎⏎ Совместное заявление министров …»: a register's entry, a kind and
        // a day alone, stands over the document's own heading, which names its kind more closely.
        int heading = kindAndDayOnly(tokens, atStart, line) ? headingBelow(text, tokens, lines, i, until, menu) : -1;
        // «Коммюнике от ⏎ 28 марта 2001 г. ⏎ Заявление для печати …»: the same entry with its day on the next line.
        int dayLine = heading < 0 && kindAndPrepositionOnly(tokens, atStart, line) ? dayLineBelow(tokens, lines, i, until) : -1;
        if (dayLine >= 0) {
          heading = headingBelow(text, tokens, lines, dayLine, until, menu);
        }
        if (heading >= 0) {
          Segmenter.Line below = lines.get(heading);
          int at = tokens.firstAtOrAfter(below.contentStart);
          layout.kind = kindAt(tokens, at, tokens.firstAtOrAfter(below.contentEnd)).entry.value;
        }
        return i;
      }
      // «В соответствии со статьями 17, 32 Договора о … Совет Министров … ПОСТАНОВЛЯЕТ:»: a line that ends in a colon leads
      // into what follows; a kind it names is a text it cites or lists, not its title.
      if (contains < 0 && !endsWithStop && text.charAt(line.contentEnd - 1) != ':' && !opensInLowerCase(text, tokens, first, line)
          && kindIn(text, tokens, line) != null) {
        contains = i;
      }
    }
    for (int i = 0; i < until; i++) {
      Segmenter.Line line = lines.get(i);
      // «Руководствуясь подписанным … «Договором о …»,»: a treaty a clause of the preamble names is no title.
      if (line.isBlank() || endsAsProse(text.charAt(line.contentEnd - 1)) && text.charAt(line.contentEnd - 1) != '.') {
        continue;
      }
      int open = text.indexOf('"', line.contentStart);
      // «title: "Quad Leaders\u2019 Joint Statement: \u201CThe Spirit of the Quad\u201D"»: a front matter's
      // quoted value ends at its line's last quote (the fence may have been joined after it); the quotes
      // inside it are escaped ones.
      int label = open >= 0 ? tokens.firstAtOrAfter(open) - 1 : -1;
      boolean quotedField = open >= 0 && open < line.contentEnd && label >= 0 && tokens.start[label] >= line.contentStart
          && tokens.end[label] < open
          && data.words.is(WordClass.TITLE_FIELD, tokens.key[label]) && text.substring(tokens.end[label], open).strip().equals(":");
      while (open >= 0 && open < line.contentEnd) {
        int close = text.indexOf('"', open + 1);
        int lastQuote = quotedField ? text.lastIndexOf('"', line.contentEnd - 1) : -1;
        if (lastQuote > close) {
          close = lastQuote;
        }
        // «title: "… Co-Chair\_\⏎  Statement"»: a quoted value that ends a line in a backslash runs on to the next.
        int last = i;
        while (close > lines.get(last).contentEnd && last + 1 < lines.size() && endsInBackslash(text, lines.get(last))
            && !lines.get(last + 1).isBlank()) {
          last++;
        }
        if (close < 0 || close > lines.get(last).contentEnd) {
          break;
        }
        if (last > i) {
          int first = tokens.firstAtOrAfter(open + 1);
          int to = tokens.firstAtOrAfter(close);
          PrefixLexicon.Hit<DocumentKind> hit = first < tokens.size && tokens.start[first] == open + 1
              ? capitalisedKind(tokens, first, to) : null;
          // «G7 Partnership for Global Infrastructure … Co-Chair Statement»: a kind word further on, capitalised.
          for (int k = first; hit == null && k < to; k++) {
            hit = tokens.isCapitalized(k) ? data.documentKinds.longestAt(tokens, k, to) : null;
          }
          if (hit == null) {
            break;
          }
          setTitle(layout, text, open + 1, close, hit.entry.value);
          layout.title = foldedValue(text, lines, open + 1, close, i, last);
          layout.titleQuoted = true;
          return last;
        }
        int first = tokens.firstAtOrAfter(open + 1);
        // «… навязали Японии «мирный договор» и другие соглашения …»: a quote inside a page run into one line too long
        // to be a title is prose's, no title.
        boolean prose = !quotedField && line.contentEnd - line.contentStart > TITLE_CHARS;
        if (!prose && first < tokens.size && tokens.start[first] == open + 1) {
          PrefixLexicon.Hit<DocumentKind> hit = capitalisedKind(tokens, first, tokens.firstAtOrAfter(close));
          if (hit != null && !sentenceEndWithin(tokens, hit.last, tokens.firstAtOrAfter(close))) {
            setTitle(layout, text, open + 1, close, hit.entry.value);
            layout.titleQuoted = quotedField;
            return i;
          }
        }
        open = text.indexOf('"', close + 1);
      }
    }
    for (int i = 0; i < until; i++) {
      int field = titleField(text, tokens, lines.get(i));
      if (field >= 0) {
        // The value's last word ends it: the fence after it («---») may have been joined to its line.
        int end = tokens.end[tokens.firstAtOrAfter(lines.get(i).contentEnd) - 1];
        PrefixLexicon.Hit<DocumentKind> hit = capitalisedKind(tokens, field, tokens.firstAtOrAfter(end));
        if (hit != null) {
          setTitle(layout, text, tokens.start[field], end, hit.entry.value);
          layout.titleQuoted = tokens.start[field] > 0 && text.charAt(tokens.start[field] - 1) == '"';
          return i;
        }
      }
    }
    if (contains >= 0) {
      Segmenter.Line line = lines.get(contains);
      PrefixLexicon.Hit<DocumentKind> hit = kindIn(text, tokens, line);
      if (sentenceEndWithin(tokens, hit.last, tokens.firstAtOrAfter(line.contentEnd))) {
        return -1;
      }
      int first = pastSerialNumber(tokens, tokens.firstAtOrAfter(line.contentStart), line);
      boolean adjectivesOnly = true;
      for (int k = first; k < hit.first; k++) {
        adjectivesOnly &= opensTitle(tokens, k) || tokens.hyphenAfter[k];
      }
      // «1st Indonesia-Australia Annual Leaders' Meeting - Joint Communique»: a dash joins the occasion to the kind.
      adjectivesOnly |= hit.first > first && (dashBefore(text, tokens, hit.first)
          || data.language.titlesAreTitleCase() && titleCaseBefore(tokens, first, hit.first));
      int opening = first > tokens.firstAtOrAfter(line.contentStart) ? tokens.start[first] : line.contentStart;
      setTitle(layout, text, adjectivesOnly ? opening : tokens.start[hit.first], line.contentEnd,
          hit.entry.value);
      layout.titleInHeadline = true;
      return contains;
    }
    if (rubric >= 0) {
      layout.kind = DocumentKind.PRESS_RELEASE;
    }
    return -1;
  }

  /**
   * Whether the nearest line of words above line {@code i} is a heading: no menu's, no sentence's (it ends in no
   * stop), opening with a capital.
   */
  private static boolean headingAbove(String text, List<Segmenter.Line> lines, int i, java.util.function.IntPredicate menu) {
    for (int j = i - 1; j >= 0; j--) {
      Segmenter.Line line = lines.get(j);
      if (line.isBlank()) {
        continue;
      }
      return !menu.test(j) && !endsAsProse(text.charAt(line.contentEnd - 1)) && Character.isUpperCase(text.charAt(line.contentStart));
    }
    return false;
  }

  /**
   * The kind of document at token {@code i} before {@code to}: the longest of the language's, else one of two
   * words whose parts stand apart by at most {@value #KIND_ADJECTIVES} adjectives («Совместное
   * российско-германское заявление», «Совместная итоговая декларация»); or null.
   */
  private PrefixLexicon.Hit<DocumentKind> kindAt(Tokens tokens, int i, int to) {
    PrefixLexicon.Hit<DocumentKind> hit = data.documentKinds.longestAt(tokens, i, to);
    if (hit != null || i >= to || tokens.isNumber(i)) {
      return hit;
    }
    for (PrefixLexicon.Entry<DocumentKind> kind : data.documentKinds.startingWith(tokens.key[i])) {
      if (kind.prefixes.length != 2 || kind.prefixes[0].endsWith(".") || kind.prefixes[1].endsWith(".")) {
        continue;
      }
      // The words between are adjectives or the parts of a hyphenated one («российско-германское»).
      for (int k = i + 1; k < to && k <= i + KIND_ADJECTIVES + 1 && tokens.gapBefore[k] != Tokens.GAP_HARD; k++) {
        if (k > i + 1 && tokens.key[k].startsWith(kind.prefixes[1])) {
          return new PrefixLexicon.Hit<>(kind, i, k + 1);
        }
        if (!data.language.isAdjective(tokens.key[k]) && !tokens.hyphenAfter[k]) {
          break;
        }
      }
    }
    return null;
  }

  /**
   * Whether the words of the line after its opening kind are a day alone («Заявление от 25 января 2001
   * года», «Протокол от 02 июня 1994 года»): at most {@value #DAY_WORDS} words in lower case or figures,
   * a month's name or a figure among them. Such a line is a register's entry, not a heading of its own.
   */
  private boolean kindAndDayOnly(Tokens tokens, PrefixLexicon.Hit<DocumentKind> kind, Segmenter.Line line) {
    int to = tokens.firstAtOrAfter(line.contentEnd);
    if (to - kind.last > DAY_WORDS || to == kind.last) {
      return false;
    }
    boolean day = false;
    for (int k = kind.last; k < to; k++) {
      if (tokens.isCapitalized(k)) {
        return false;
      }
      day |= isDateWord(tokens, k);
    }
    return day;
  }

  /** Whether the line is a kind and the preposition that dates it alone («Коммюнике от»), its day on the next line. */
  private boolean kindAndPrepositionOnly(Tokens tokens, PrefixLexicon.Hit<DocumentKind> kind, Segmenter.Line line) {
    return tokens.firstAtOrAfter(line.contentEnd) == kind.last + 1
        && data.words.is(WordClass.DOCUMENT_DATE_PREPOSITION, tokens.key[kind.last]);
  }

  /**
   * The line right under line {@code i} (before {@code until}) when it holds a day alone («28 марта 2001 г.»):
   * at most {@value #DAY_WORDS} words in lower case or figures, a month's name or a figure among them; or -1.
   */
  private int dayLineBelow(Tokens tokens, List<Segmenter.Line> lines, int i, int until) {
    if (i + 1 >= until || lines.get(i + 1).isBlank()) {
      return -1;
    }
    Segmenter.Line line = lines.get(i + 1);
    int from = tokens.firstAtOrAfter(line.contentStart);
    int to = tokens.firstAtOrAfter(line.contentEnd);
    if (to == from || to - from > DAY_WORDS) {
      return -1;
    }
    boolean day = false;
    for (int k = from; k < to; k++) {
      if (tokens.isCapitalized(k)) {
        return -1;
      }
      day |= isDateWord(tokens, k);
    }
    return day ? i + 1 : -1;
  }

  /** Words a register's entry has at most after its kind («от 25 января 2001 года»). */
  private static final int DAY_WORDS = 5;

  /**
   * The first line of words below line {@code i} (before {@code until}) when it is a heading that opens
   * with a kind of document and is no sentence, or -1.
   */
  private int headingBelow(String text, Tokens tokens, List<Segmenter.Line> lines, int i, int until,
      java.util.function.IntPredicate menu) {
    for (int j = i + 1; j < until; j++) {
      Segmenter.Line line = lines.get(j);
      if (line.isBlank()) {
        continue;
      }
      int first = tokens.firstAtOrAfter(line.contentStart);
      int to = tokens.firstAtOrAfter(line.contentEnd);
      boolean heading = !menu.test(j) && line.contentEnd - line.contentStart <= TITLE_CHARS && first < to
          && tokens.start[first] == line.contentStart && tokens.isCapitalized(first)
          && (!endsAsProse(text.charAt(line.contentEnd - 1)) || endsInAbbreviatedYear(text, tokens, line))
          && kindAt(tokens, first, to) != null;
      return heading ? j : -1;
    }
    return -1;
  }

  /**
   * Whether the line ends in a one-letter abbreviation after a figure and its stop («… 1 ноября 2011 г.»):
   * the stop belongs to the abbreviation of the year, the line is no sentence for it.
   */
  private static boolean endsInAbbreviatedYear(String text, Tokens tokens, Segmenter.Line line) {
    if (text.charAt(line.contentEnd - 1) != '.') {
      return false;
    }
    int last = tokens.firstAtOrAfter(line.contentEnd) - 1;
    return last > 0 && tokens.start[last] >= line.contentStart && tokens.end[last] == line.contentEnd - 1
        && tokens.end[last] - tokens.start[last] == 1 && Character.isLetter(text.charAt(tokens.start[last]))
        && tokens.isNumber(last - 1);
  }

  /** «Ниже публикуется полный текст: ⏎ Совместное коммюнике …»: the first line after the lead-in. */
  int afterLeadIn(String text, Tokens tokens, List<Segmenter.Line> lines, int leadIn, Layout layout) {
    for (int i = leadIn + 1; i < lines.size(); i++) {
      Segmenter.Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int first = tokens.firstAtOrAfter(line.contentStart);
      if (endsAsProse(text.charAt(line.contentEnd - 1)) || first >= tokens.size || tokens.start[first] != line.contentStart) {
        return -1;
      }
      PrefixLexicon.Hit<DocumentKind> hit = kindIn(text, tokens, line);
      if (hit == null || line.contentEnd - line.contentStart > TITLE_CHARS) {
        return -1;
      }
      setTitle(layout, text, line.contentStart, line.contentEnd, hit.entry.value);
      return i;
    }
    return -1;
  }

  /**
   * «Путин и Байден приняли совместное заявление»: where no line is the title, a headline before the
   * body that says a kind of document was adopted gives the document's kind (not its title): the
   * first such line of {@code [0, until)}, the lines before the lead-in.
   */
  void headlineKind(String text, Tokens tokens, List<Segmenter.Line> lines, int until, Layout layout) {
    headlineKind(text, tokens, lines, until, layout, false);
  }

  /**
   * {@link #headlineKind(String, Tokens, List, int, Layout)}; with {@code lowerCaseOnly}, only a kind
   * written in lower case counts: «одобрили совместное заявление», not the treaty a line names («При
   * подписании Соглашения о создании …»).
   */
  private DocumentKind headlineKind(String text, Tokens tokens, List<Segmenter.Line> lines, int until, Layout layout,
      boolean lowerCaseOnly) {
    return headlineKind(text, tokens, lines, until, layout, lowerCaseOnly, false, false);
  }

  /**
   * {@link #headlineKind(String, Tokens, List, int, Layout, boolean)}; with {@code plainOnly}, only a kind
   * a verb names with no capitalised word between them, and no noun of the act: the lines of a news
   * page's lead further down («Президенты подписали совместное заявление …»), where a text's own first
   * paragraphs may recall older documents («со времени подписания Оттавской декларации», «принята
   * Шанхайская конвенция»); with {@code signedOnly}, only a kind after a finite verb of signing
   * or making ({@link #makesTheDocument}), capitalised or not. Returns the kind found, or null.
   */
  private DocumentKind headlineKind(String text, Tokens tokens, List<Segmenter.Line> lines, int until, Layout layout,
      boolean lowerCaseOnly, boolean plainOnly, boolean signedOnly) {
    DocumentKind found = null;
    for (int i = 0; i < until; i++) {
      Segmenter.Line line = lines.get(i);
      // «В Пекине принята декларация о … (a page run into one line)»: of a line too long to be a headline,
      // the lead at its start may still say what was adopted, in lower case.
      if (line.isBlank() || line.contentEnd - line.contentStart > TITLE_CHARS && !lowerCaseOnly) {
        continue;
      }
      DocumentKind kind = adoptedKind(tokens, line.contentStart, Math.min(line.contentEnd, line.contentStart + TITLE_CHARS),
          lowerCaseOnly, false, plainOnly, signedOnly);
      // «Опубликовано заявление глав … ⏎ … было принято совместное заявление трех стран»: a site's loose
      // «заявление» gives way to the kind a later line names more closely.
      if (kind != null && kind != DocumentKind.OTHER) {
        layout.kind = kind;
        return kind;
      }
      found = found == null ? kind : found;
    }
    if (found != null) {
      layout.kind = found;
    }
    return found;
  }

  /**
   * The kind of document a line says was adopted or published («приняли совместное заявление»,
   * «распространили 5 июня совместную декларацию», "issued a joint statement"), or null. With
   * {@code lowerCaseOnly}, only a kind written in lower case counts; with {@code publishedOnly}, only
   * one after a verb of the press ({@link #publishing}: «опубликовал», «распространили»), and not one
   * a demonstrative or «настоящий» points to (the document speaking of itself); with {@code signedOnly}, only one
   * after a finite verb of signing or making ({@link #makesTheDocument}: «подписали Декларацию о …»), capitalised or not,
   * a place («в Киеве») between them at most.
   */
  private DocumentKind adoptedKind(Tokens tokens, int from, int end, boolean lowerCaseOnly, boolean publishedOnly,
      boolean plainOnly, boolean signedOnly) {
    int to = tokens.firstAtOrAfter(end);
    for (int k = tokens.firstAtOrAfter(from); k + 1 < to; k++) {
      boolean signing = signedOnly && makesTheDocument(tokens.key[k]);
      if (signedOnly && !signing) {
        continue;
      }
      if (plainOnly && data.language.isVerbalNoun(tokens.key[k])) {
        continue;
      }
      if (!publishedOnly && kindIn.contains(tokens.key[k])) {
        DocumentKind named = kindNamedIn(tokens, k + 1, to);
        // «включены … в Варшавскую декларацию»: in a plain report's lines, a capitalised word after the preposition (a
        // city's adjective) names an older document.
        if (named != null && !(plainOnly && tokens.isCapitalized(k + 1))) {
          return named;
        }
        continue;
      }
      if (signing || (publishedOnly ? publishing.contains(tokens.key[k]) : textOfOrAdoption(tokens, k))) {
        // «issued a joint statement», «распространили 5 июня совместную декларацию», "the text of the Joint
        // Statement": an article, the day it was done, a linking word (BEFORE_KIND) may stand before the kind.
        int kindStart = k + 1;
        for (int skip = 0; skip < DATE_WORDS && kindStart + 1 < to && (data.language.isArticle(tokens.key[kindStart])
            || isDateWord(tokens, kindStart) || beforeKind.contains(tokens.key[kindStart])); skip++) {
          kindStart++;
        }
        // «Лидеры подписали Декларацию о …», «подписал в Киеве Договор о …»: a finite verb of signing names the
        // document the lead reports, capitalised or not, a place («в Киеве») between them at most.
        if (signing && kindStart + 2 < to && data.words.is(WordClass.LOCATIVE_PREPOSITION, tokens.key[kindStart])
            && tokens.isCapitalized(kindStart + 1)) {
          kindStart += 2;
        }
        if (publishedOnly && (data.words.is(WordClass.DEMONSTRATIVE, tokens.key[kindStart])
            || LanguageData.startsWithAny(tokens.key[kindStart], selfWords))) {
          continue;
        }
        PrefixLexicon.Hit<DocumentKind> hit = data.documentKinds.longestAt(tokens, kindStart, to);
        // «По итогам встречи было принято Совместное заявление»: a kind of several words right after the verb
        // is the generic name of a kind, capitalised or not; a treaty's own name («Соглашения о …») is not.
        boolean generic = hit != null && hit.last - hit.first > 1 && hit.entry.value != DocumentKind.AGREEMENT;
        // «подписали Астанинскую декларацию», "adopted the Delhi Declaration": adjectives, or capitalised
        // words where titles are in title case, may stand before it.
        for (int skip = 0; hit == null && skip < KIND_ADJECTIVES && kindStart + 1 < to && (opensTitle(tokens, kindStart)
            || data.language.titlesAreTitleCase() && tokens.isCapitalized(kindStart)); skip++) {
          kindStart++;
          hit = data.documentKinds.longestAt(tokens, kindStart, to);
        }
        // «сделали заявления для прессы»: of the other verbs of making, a loose kind tells nothing of the document.
        boolean loose = hit != null && hit.entry.value == DocumentKind.OTHER && data.words.is(WordClass.MAKING_VERB, tokens.key[k]);
        if (hit != null && !loose && !(lowerCaseOnly && tokens.isCapitalized(kindStart) && !generic && !signing)
            && !(plainOnly && capitalisedBetween(tokens, k, kindStart))) {
          return hit.entry.value;
        }
        // «согласно подписанной в Самарканде декларации», «говорится в принятой по итогам саммита Делийской
        // декларации»: in a report's lead, the kind may stand a few words after a participle that qualifies it.
        DocumentKind reported = lowerCaseOnly && !plainOnly && hit == null && data.language.isParticiple(tokens.key[k])
            ? reportedKind(tokens, k + 1, to) : null;
        if (reported != null) {
          return reported;
        }
      }
    }
    return null;
  }

  /**
   * Whether the word is a finite verb of signing ({@link WordClass#SIGNING_VERB}) or of otherwise making a document
   * ({@link WordClass#MAKING_VERB}: «подпишут», «Ратифицирован Договор …»), which names the document a lead reports though
   * its kind is capitalised.
   */
  private boolean makesTheDocument(String key) {
    return data.words.is(WordClass.SIGNING_VERB, key) || data.words.is(WordClass.MAKING_VERB, key);
  }

  /**
   * Whether the line is a news report's announcement of the text below it: a verb of the press
   * ({@link #publishing}) before the kind of document it names («Совет министров … опубликовал
   * совместное заявление …», «… распространили 5 июня совместную декларацию»). No document says that
   * of itself («стороны согласовали текст коммюнике» may: «текст» alone announces nothing).
   */
  boolean announces(Tokens tokens, Segmenter.Line line) {
    return !publishing.isEmpty() && adoptedKind(tokens, line.contentStart, line.contentEnd, false, true, false, false) != null;
  }

  /** Whether the line says in lower case that a document was adopted or signed («приняли совместное заявление»). */
  boolean reportsAdoption(Tokens tokens, Segmenter.Line line) {
    return adoptedKind(tokens, line.contentStart, line.contentEnd, true, false, true, false) != null;
  }

  /**
   * «ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ ⏎ РАСПОРЯЖЕНИЕ ⏎ … ⏎ О ПОДПИСАНИИ ПРОТОКОЛА …», «О подписании Соглашения между …
   * ⏎ Постановление Правительства …»: a line among the first {@value #HEADLINE_LINES} of words, up to the title's, that
   * opens with a phrase of {@link WordClass#ACT_ON_MAKING_PHRASE} right before a kind of document heads a state's act on
   * a document still to be signed; the page is that act, and its kind is OTHER, whatever the document's noun says.
   */
  void actOnMaking(String text, Tokens tokens, List<Segmenter.Line> lines, int titleLine, Layout layout) {
    if (layout.kind == DocumentKind.OTHER) {
      return;
    }
    int end = Math.min(lines.size(), Math.max(headlineEnd(text, lines, HEADLINE_LINES), titleLine + 1));
    for (int i = 0; i < end; i++) {
      Segmenter.Line line = lines.get(i);
      if (!hasWords(text, line)) {
        continue;
      }
      int first = tokens.firstAtOrAfter(line.contentStart);
      int to = tokens.firstAtOrAfter(line.contentEnd);
      for (int n = 1; first + n < to; n++) {
        if (data.words.isPhrase(WordClass.ACT_ON_MAKING_PHRASE, tokens, first, first + n) && kindAt(tokens, first + n, to) != null) {
          layout.kind = DocumentKind.OTHER;
          return;
        }
      }
    }
  }

  /**
   * «title: "C5+1 Leaders' Joint Statement"» over a body that opens with its own heading «The New York
   * Declaration: …»: a declaration is one whatever the site calls it, so where the title is a front
   * matter's field, a first heading line of the body that names a declaration gives the kind.
   */
  void headingDeclaration(String text, Tokens tokens, List<Segmenter.Line> lines, int titleLine, Layout layout) {
    if (layout.kind == DocumentKind.DECLARATION || titleLine < 0 || titleField(text, tokens, lines.get(titleLine)) < 0
        && !Character.isLowerCase(text.charAt(lines.get(titleLine).contentStart))) {
      return;
    }
    for (int i = titleLine + 1; i < lines.size(); i++) {
      Segmenter.Line line = lines.get(i);
      int first = tokens.firstAtOrAfter(line.contentStart);
      String content = text.substring(line.contentStart, line.contentEnd);
      // The rest of the front matter: its fence, its fields («date: …»), a field's value run on.
      if (line.isBlank() || content.startsWith("---") || content.startsWith(" ") || first < tokens.size
          && tokens.start[first] < line.contentEnd && Character.isLowerCase(text.charAt(tokens.start[first]))) {
        continue;
      }
      PrefixLexicon.Hit<DocumentKind> hit = text.charAt(line.contentEnd - 1) == '.' ? null : kindIn(text, tokens, line);
      if (hit != null && hit.entry.value == DocumentKind.DECLARATION) {
        layout.kind = DocumentKind.DECLARATION;
      }
      return;
    }
  }

  /**
   * «DECLARATION of the Tenth Meeting of the Council … The tenth meeting … was held …» run into one
   * line too long to be a title: where no line is the title, a first line that opens with a kind of
   * document written in capitals gives the document's kind (not its title).
   */
  void openingKind(String text, Tokens tokens, List<Segmenter.Line> lines, Layout layout) {
    for (int i = 0; i < lines.size(); i++) {
      Segmenter.Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int first = tokens.firstAtOrAfter(line.contentStart);
      int to = tokens.firstAtOrAfter(line.contentEnd);
      PrefixLexicon.Hit<DocumentKind> hit = first < to && tokens.start[first] == line.contentStart
          ? data.documentKinds.longestAt(tokens, first, to) : null;
      boolean capitals = hit != null;
      for (int k = first; capitals && k < hit.last; k++) {
        capitals = tokens.isUpperCase(k) && tokens.key[k].length() > 1;
      }
      // «Совместное заявление по итогам … 22 апреля 2025 года В целях …»: a page run into one line too long
      // to be a title that opens with a capitalised kind of document is a text of that kind.
      capitals |= hit != null && tokens.isCapitalized(first) && line.contentEnd - line.contentStart > TITLE_CHARS;
      // «наименование документа СОГЛАШЕНИЕ Администрации …», «МЕЖДУ ПРАВИТЕЛЬСТВОМ … СОГЛАШЕНИЕ ПРАВИТЕЛЬСТВО РФ 21
      // декабря 2010 г. …»: a register's page run into one line sets the kind in capitals among its first words.
      if (hit == null && line.contentEnd - line.contentStart > TITLE_CHARS) {
        hit = kindInCapitals(tokens, first, wordsEnd(tokens, first, to));
        capitals = hit != null;
      }
      // «Ленинское знамя. 1957 г. ⏎ … Цена 20 коп. СОВМЕСТНОЕ КОММЮНИКЕ Его Величество …»: a newspaper's name
      // may stand on a line of its own over the page run into one line.
      // «Красное знамя. 1954 г. ⏎ Красное знамя. 1954 г. ⏎ …»: an archive may repeat that line; under a masthead (the
      // newspaper's name and year) a scan's page may be run into a line shorter than a page of prose, though longer
      // than half of one.
      Segmenter.Line runOn = hit == null ? nextOtherLine(text, lines, i) : null;
      boolean masthead = runOn != null && runOn.contentEnd - runOn.contentStart > TITLE_CHARS / 2 && masthead(text, tokens, line);
      if (runOn != null && (masthead || runOn.contentEnd - runOn.contentStart > TITLE_CHARS)) {
        int from = tokens.firstAtOrAfter(runOn.contentStart);
        hit = kindInCapitals(tokens, from, wordsEnd(tokens, from, tokens.firstAtOrAfter(runOn.contentEnd)));
        capitals = hit != null;
      }
      if (capitals) {
        layout.kind = hit.entry.value;
      } else {
        DocumentKind told = headlineKind(text, tokens, lines, headlineEnd(text, lines, HEADLINE_LINES), layout, true);
        int leadEnd = headlineEnd(text, lines, LEAD_LINES);
        // «Заголовок ⏎ Подзаголовок ⏎ Фото: агентство ⏎ Россия и Казахстан в декларации о … заявили …»: a news
        // page's lead may tell the kind a few lines further down, under its headlines and a photo's credit.
        if (told == null) {
          told = headlineKind(text, tokens, lines, leadEnd, layout, true, true, false);
        }
        // «… — говорится в заявлении»: a loose «заявление» gives way to the kind the lead names more closely.
        boolean subject = (told == null || told == DocumentKind.OTHER) && subjectKind(tokens, lines, leadEnd, layout);
        DocumentKind named = told == null && !subject ? selfNamedKind(tokens, lines) : null;
        // «Тональность совместного заявления получилась …», «…, следует из декларации Совета …»: where nothing
        // else tells it, the lead names the document it is about in lower case.
        if (named == null && !subject && (told == null || told == DocumentKind.OTHER)) {
          named = leadNamedKind(tokens, lines, leadEnd);
        }
        if (named != null) {
          layout.kind = named;
        }
        // «Лидеры СНГ … подписали Декларацию о гуманитарном сотрудничестве»: where the lead names no kind in lower
        // case, a finite verb of signing names the document it reports, though it is capitalised.
        if (named == null && !subject && told == null) {
          told = headlineKind(text, tokens, lines, leadEnd, layout, true, false, true);
        }
        // «… Фото ⏎ … ⏎ По итогам переговоров президенты подписали совместное заявление …»: where nothing above tells
        // it, a report's plain sentence further down, a verb of adoption and a kind in lower case, does.
        int reportEnd = headlineEnd(text, lines, REPORT_LINES);
        if (named == null && !subject && told == null) {
          told = headlineKind(text, tokens, lines, reportEnd, layout, true, true, false);
        }
        // «… ⏎ После переговоров президенты подписали Соглашение о создании …»: where no line above tells it, a finite
        // verb of signing or making further down the report names the document it reports, though it is capitalised.
        if (named == null && !subject && told == null) {
          headlineKind(text, tokens, lines, reportEnd, layout, true, false, true);
        }
      }
      return;
    }
  }

  /**
   * «Совместное заявление стран-участниц размещено на сайте МИД», «Совместное заявление об установлении …
   * подписали 14 января …»: a news page's lead that makes the generic name of a kind (two words at least, no
   * treaty's) the subject of a sentence of its first lines ({@code [0, until)}) reports that document; sets
   * its kind and tells whether it did.
   */
  private boolean subjectKind(Tokens tokens, List<Segmenter.Line> lines, int until, Layout layout) {
    for (int i = 0; i < until; i++) {
      Segmenter.Line line = lines.get(i);
      int from = tokens.firstAtOrAfter(line.contentStart);
      int to = tokens.firstAtOrAfter(line.contentEnd);
      for (int k = from; k + 1 < to; k++) {
        boolean opensSentence = k == from || tokens.gapHasSentenceStop(k);
        PrefixLexicon.Hit<DocumentKind> hit = opensSentence && tokens.isCapitalized(k) && !tokens.isUpperCase(k)
            ? data.documentKinds.longestAt(tokens, k, to) : null;
        if (hit != null && hit.last - hit.first > 1 && hit.last < to && hit.entry.value != DocumentKind.AGREEMENT
            && hit.entry.value != DocumentKind.OTHER && !tokens.isCapitalized(hit.last) && !tokens.gapHas(hit.last, ':')) {
          layout.kind = hit.entry.value;
          return true;
        }
      }
    }
    return false;
  }

  /** Letters a word has at least to end a sentence before a stop: «г.», «ст.», "U.S." and initials end none. */
  private static final int SENTENCE_WORD_LETTERS = 4;

  /**
   * Whether a stop after a word of {@value #SENTENCE_WORD_LETTERS} letters at least ends a sentence in
   * {@code (from, to)}, the next one capitalised or after a dash: «"Соглашение … придаст импульс отношениям. -
   * говорится в заявлении"», «… в подготовке Конвенции о статусе моря. Президент добавил …» quote or retell
   * prose, and a title is no more than one sentence after its kind.
   */
  private static boolean sentenceEndWithin(Tokens tokens, int from, int to) {
    for (int k = Math.max(from, 1); k < to; k++) {
      if (tokens.gapHas(k, '.') && tokens.key[k - 1].length() >= SENTENCE_WORD_LETTERS && !tokens.isNumber(k - 1)
          && !tokens.isUpperCase(k - 1) && (tokens.isCapitalized(k) || tokens.gapHas(k, '-') || tokens.gapHas(k, '\u2014'))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first kind of the lead's lines {@code [0, until)} written in lower case, no capitalised adjective
   * before it, that names one document more closely than a treaty or a loose statement does («совместного
   * заявления», «декларации», «коммюнике»), or null: the many agreements and memoranda a report may name are not it.
   */
  private DocumentKind leadNamedKind(Tokens tokens, List<Segmenter.Line> lines, int until) {
    for (int i = 0; i < until; i++) {
      Segmenter.Line line = lines.get(i);
      int to = tokens.firstAtOrAfter(line.contentEnd);
      int lineFirst = tokens.firstAtOrAfter(line.contentStart);
      for (int k = lineFirst; k < to; k++) {
        // «со времени подписания Оттавской декларации»: an adjective capitalised within a sentence names an older
        // document the text recalls.
        int before = k - 1;
        boolean opensSentence = before <= lineFirst || tokens.gapHasSentenceStop(before);
        if (tokens.isCapitalized(k) || !opensSentence && tokens.gapBefore[k] == Tokens.GAP_SPACE && tokens.isCapitalized(before)
            && data.language.isAdjective(tokens.key[before])) {
          continue;
        }
        PrefixLexicon.Hit<DocumentKind> hit = data.documentKinds.longestAt(tokens, k, to);
        if (hit != null && LEAD_KINDS.contains(hit.entry.value)) {
          return hit.entry.value;
        }
      }
    }
    return null;
  }

  /** Kinds a lead names the document by in lower case ({@link #leadNamedKind}). */
  private static final java.util.Set<DocumentKind> LEAD_KINDS =
      java.util.EnumSet.of(DocumentKind.JOINT_STATEMENT, DocumentKind.DECLARATION, DocumentKind.COMMUNIQUE);

  /** Words at the start of a page run into one line searched for a kind written in capitals. */
  private static final int HEADING_SEARCH_WORDS = 40;

  /** The first line with words after line {@code i} whose text is not line {@code i}'s again, or null. */
  private static Segmenter.Line nextOtherLine(String text, List<Segmenter.Line> lines, int i) {
    Segmenter.Line line = lines.get(i);
    int length = line.contentEnd - line.contentStart;
    for (int j = i + 1; j < lines.size(); j++) {
      Segmenter.Line next = lines.get(j);
      boolean again = next.contentEnd - next.contentStart == length
          && text.regionMatches(next.contentStart, text, line.contentStart, length);
      if (!next.isBlank() && !again) {
        return next;
      }
    }
    return null;
  }

  /** Tokens a newspaper's masthead line holds at most («Рыбный Мурман. 1953 г. Август.»). */
  private static final int MASTHEAD_TOKENS = 12;

  /**
   * Whether the line is a newspaper's masthead as an archive of scans writes it: a few words, among them a year of
   * four figures followed by its one-letter abbreviation and a stop («Красное знамя. 1954 г. (г. Елец …)»).
   */
  private static boolean masthead(String text, Tokens tokens, Segmenter.Line line) {
    int first = tokens.firstAtOrAfter(line.contentStart);
    int to = tokens.firstAtOrAfter(line.contentEnd);
    // «27 июня 2000 г. № 10»: a register's date line opens with a figure; a masthead with the newspaper's name.
    if (to - first > MASTHEAD_TOKENS || first >= to || !tokens.isCapitalized(first) || tokens.isNumber(first)) {
      return false;
    }
    for (int k = first; k + 1 < to; k++) {
      int abbreviation = k + 1;
      if (tokens.isNumber(k) && tokens.end[k] - tokens.start[k] == YEAR_DIGITS
          && tokens.end[abbreviation] - tokens.start[abbreviation] == 1
          && Character.isLetter(text.charAt(tokens.start[abbreviation]))
          && tokens.end[abbreviation] < text.length() && text.charAt(tokens.end[abbreviation]) == '.') {
        return true;
      }
    }
    return false;
  }

  /** Figures of a year. */
  private static final int YEAR_DIGITS = 4;

  /**
   * The end, before {@code to}, of the first {@value #HEADING_SEARCH_WORDS} words from {@code from}; single
   * letters are not counted, being a scan's letter-spaced words («Л е н и н с к о е»).
   */
  private static int wordsEnd(Tokens tokens, int from, int to) {
    int words = 0;
    int k = from;
    for (; k < to && words < HEADING_SEARCH_WORDS; k++) {
      if (tokens.key[k].length() > 1) {
        words++;
      }
    }
    return k;
  }

  /** The first kind of document in {@code [from, to)} whose words are all written in capitals («СОГЛАШЕНИЕ»), or null. */
  private PrefixLexicon.Hit<DocumentKind> kindInCapitals(Tokens tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!tokens.isUpperCase(k) || tokens.key[k].length() < 2 || tokens.isNumber(k)) {
        continue;
      }
      PrefixLexicon.Hit<DocumentKind> hit = data.documentKinds.longestAt(tokens, k, to);
      boolean capitals = hit != null;
      for (int j = k; capitals && j < hit.last; j++) {
        capitals = tokens.isUpperCase(j) && tokens.key[j].length() > 1;
      }
      if (capitals) {
        return hit;
      }
    }
    return null;
  }

  /** Lines of words at the end of a text searched for the kind it names itself by. */
  private static final int CLOSING_LINES = 20;

  /**
   * «5. INVITE all parties concerned to subscribe to this Declaration of principles. ⏎ Signed in Manila …»:
   * where neither a title nor a lead tells the kind, the text's closing lines name it, a demonstrative
   * («this», «данного») or a word by which a document names itself («настоящей») before a capitalised kind;
   * the last such kind, or null.
   */
  private DocumentKind selfNamedKind(Tokens tokens, List<Segmenter.Line> lines) {
    int seen = 0;
    for (int i = lines.size() - 1; i >= 0 && seen < CLOSING_LINES; i--) {
      Segmenter.Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      seen++;
      int to = tokens.firstAtOrAfter(line.contentEnd);
      for (int k = tokens.firstAtOrAfter(line.contentStart); k + 1 < to; k++) {
        if (tokens.isCapitalized(k + 1) && tokens.gapBefore[k + 1] == Tokens.GAP_SPACE
            && (data.words.is(WordClass.DEMONSTRATIVE, tokens.key[k]) || LanguageData.startsWithAny(tokens.key[k], selfWords))) {
          PrefixLexicon.Hit<DocumentKind> hit = data.documentKinds.longestAt(tokens, k + 1, to);
          if (hit != null) {
            return hit.entry.value;
          }
        }
      }
    }
    return null;
  }

  /**
   * The kind a report names in lower case after a preposition ({@link #kindIn}) at {@code from}, after
   * at most {@value #KIND_ADJECTIVES} adjectives, none of them one by which a document names itself
   * («в настоящем заявлении») nor capitalised but a city's before a kind a lead names ({@link #LEAD_KINDS}), or null.
   */
  private DocumentKind kindNamedIn(Tokens tokens, int from, int to) {
    // «В тексте заключительной декларации … говорится»: the word for its text («текст», a beginning of «тексте»)
    // may stand before the kind.
    if (from + 1 < to && !tokens.isCapitalized(from) && LanguageData.startsWithAny(tokens.key[from], textOfList)) {
      from++;
    }
    boolean cityAdjective = false;
    for (int k = from; k < to && k <= from + KIND_ADJECTIVES; k++) {
      // «говорится в итоговой Габалинской декларации»: a city's adjective may stand before a lead's kind.
      boolean ofACity = tokens.isCapitalized(k) && !tokens.hyphenAfter[k] && data.cityOfAdjectiveWord(tokens.key[k]) != null;
      if (tokens.isCapitalized(k) && !ofACity || LanguageData.startsWithAny(tokens.key[k], selfWords)) {
        return null;
      }
      cityAdjective |= ofACity;
      PrefixLexicon.Hit<DocumentKind> hit = data.documentKinds.longestAt(tokens, k, to);
      if (hit != null) {
        return cityAdjective && !LEAD_KINDS.contains(hit.entry.value) ? null : hit.entry.value;
      }
      if (!data.language.isAdjective(tokens.key[k])) {
        return null;
      }
    }
    return null;
  }

  /** Whether a capitalised word stands between token {@code verb} and token {@code kind} («принята Шанхайская конвенция»). */
  private static boolean capitalisedBetween(Tokens tokens, int verb, int kind) {
    for (int k = verb + 1; k < kind; k++) {
      if (tokens.isCapitalized(k)) {
        return true;
      }
    }
    return false;
  }

  /** Words of a date that may stand between an adoption verb and the kind it names («5 июня 2003 года»). */
  private static final int DATE_WORDS = 4;

  /** Whether token {@code k} is a figure or a month's name («5», «июня», "June"): a word of a date. */
  private boolean isDateWord(Tokens tokens, int k) {
    return tokens.isNumber(k) || data.months.containsKey(tokens.key[k]);
  }

  /** Chars a title's line holds at most: a longer line is text. */
  static final int TITLE_CHARS = 600;

  /** Words that may stand between an adoption verb and the kind it names («подписали Астанинскую декларацию»). */
  private static final int KIND_ADJECTIVES = 3;

  /** Lines of words at the top of a text without title or lead-in that may tell the kind it was adopted as. */
  private static final int HEADLINE_LINES = 3;

  /**
   * Lines of words at the top of a text without title or lead-in where a news page's lead may tell the
   * kind, when its first {@value #HEADLINE_LINES} do not.
   */
  private static final int LEAD_LINES = 6;

  /** Lines of words at the top of a news page searched last for the kind its report says was adopted. */
  private static final int REPORT_LINES = 12;

  /** Words after an adoption verb within which a report's lead may name the kind («подписанной в Самарканде декларации»). */
  private static final int REPORT_WORDS = 6;

  /**
   * The kind a report's lead names in lower case within {@value #REPORT_WORDS} words from {@code from},
   * the words after an adoption verb, with no punctuation between («согласно подписанной в Самарканде
   * декларации»), or null. A capitalised kind there is a treaty the line names, not the document.
   */
  private DocumentKind reportedKind(Tokens tokens, int from, int to) {
    for (int k = from; k < to && k < from + REPORT_WORDS; k++) {
      if (k > from && tokens.gapBefore[k] == Tokens.GAP_HARD) {
        return null;
      }
      PrefixLexicon.Hit<DocumentKind> hit = data.documentKinds.longestAt(tokens, k, to);
      if (hit != null) {
        return tokens.isCapitalized(k) ? null : hit.entry.value;
      }
    }
    return null;
  }

  /**
   * The end of the first {@code count} lines of words: «Vietnam and Japan on October 31 issued a joint
   * statement …» under a headline, where neither is a title.
   */
  private static int headlineEnd(String text, List<Segmenter.Line> lines, int count) {
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (hasWords(text, lines.get(i)) && ++seen == count) {
        return i + 1;
      }
    }
    return lines.size();
  }

  /** Letters a word of a headline has at least: «BR» of a ticker is none. */
  private static final int WORD_LETTERS = 3;

  /**
   * Whether a line holds two words: a site's «Меню» or a ticker «• $ 93.26 -0.52» above the headline
   * is none of the lines of words.
   */
  private static boolean hasWords(String text, Segmenter.Line line) {
    int words = 0;
    int letters = 0;
    for (int k = line.contentStart; k < line.contentEnd && words < 2; k++) {
      if (Character.isLetter(text.charAt(k))) {
        if (++letters == WORD_LETTERS) {
          words++;
        }
      } else {
        letters = 0;
      }
    }
    return words >= 2;
  }

  /**
   * The kind word of a headline: capitalised anywhere («Подписано Совместное заявление …»), or
   * after the adjectives that open the line («Казанская декларация …»).
   */
  private PrefixLexicon.Hit<DocumentKind> kindIn(String text, Tokens tokens, Segmenter.Line line) {
    int from = pastSerialNumber(tokens, tokens.firstAtOrAfter(line.contentStart), line);
    int to = tokens.firstAtOrAfter(line.contentEnd);
    boolean openingAdjectives = from < to && tokens.isCapitalized(from);
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<DocumentKind> hit = insideAPartysName(tokens, from, k, to) ? null : kindAt(tokens, k, to);
      // "Prime Minister's statement": a kind after a possessive names whose document it is.
      if (hit != null && (tokens.isCapitalized(k) || openingAdjectives || k > from && afterPossessive(text, tokens.start[k]))) {
        return hit.entry.value == DocumentKind.PRESS_RELEASE ? releasedKind(tokens, hit, to) : hit;
      }
      // «Алма-Атинская декларация»: the first part of a hyphenated adjective opens it too.
      openingAdjectives &= (opensTitle(tokens, k) || tokens.hyphenAfter[k]) && k - from < 3;
    }
    return null;
  }

  /** The most words of an organisation's name before a kind of document inside it («Организации Договора о …»). */
  private static final int NAME_WORDS_BEFORE_KIND = 3;

  /**
   * «… Парламентской Ассамблеи Организации Договора о коллективной безопасности», "North Atlantic Treaty
   * Organization": whether token {@code k} stands inside the name of a state or organisation that opens at most
   * {@value #NAME_WORDS_BEFORE_KIND} words before it (not before {@code from}); a kind of document there names no
   * document.
   */
  private boolean insideAPartysName(Tokens tokens, int from, int k, int to) {
    for (int j = Math.max(from, k - NAME_WORDS_BEFORE_KIND); j < k; j++) {
      PhraseMatcher.Match<PartyInfo> name = data.parties.longestAt(tokens, j, to);
      if (name != null && name.first == j && name.last > k) {
        return true;
      }
    }
    return false;
  }

  /**
   * «Press Releases European Council: Joint Statement EU-Japan Summit 2022»: a site's section that
   * releases a document of another kind named later in the line is no kind of its own.
   */
  private PrefixLexicon.Hit<DocumentKind> releasedKind(Tokens tokens, PrefixLexicon.Hit<DocumentKind> release, int to) {
    for (int k = release.last; k < to; k++) {
      PrefixLexicon.Hit<DocumentKind> hit = data.documentKinds.longestAt(tokens, k, to);
      if (hit != null && tokens.isCapitalized(k) && hit.entry.value != DocumentKind.PRESS_RELEASE) {
        return hit;
      }
    }
    return release;
  }

  /**
   * The kind word of a quoted title, first or after capitalised words only («"Quad Leaders' Joint
   * Statement"», «"United States-European Commission Joint Statement"»).
   */
  private PrefixLexicon.Hit<DocumentKind> capitalisedKind(Tokens tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<DocumentKind> hit = data.documentKinds.longestAt(tokens, k, to);
      if (hit != null) {
        return hit;
      }
      // «C5+1 Leaders' Joint Statement», «2+2 Ministerial Dialogue Joint Statement»: numbers may stand among the words.
      if (!tokens.isCapitalized(k) && !tokens.isNumber(k) && !opensTitle(tokens, k)) {
        return null;
      }
    }
    return null;
  }

  /** Whether tokens {@code [from, to)} are capitalised words and the small words between them («Republic of the Philippines»). */
  private boolean titleCaseBefore(Tokens tokens, int from, int to) {
    if (!tokens.isCapitalized(from)) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String key = tokens.key[k];
      if (!tokens.isCapitalized(k) && !tokens.isNumber(k) && key.length() > 3 && !data.words.is(WordClass.FUNCTION_WORD, key)
          && !data.words.is(WordClass.NAME_PREPOSITION, key)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Token {@code first}, the line's first, or the one after it when it is a serial number that opens the
   * line before a capitalised word («12. Советско-французская декларация», "4) Joint Communiqué …"):
   * a reader's or a collection's numbering of the documents it prints, no word of the title. Only lines
   * before the text's first point are asked, so a point «1.» is never taken for one.
   */
  private static int pastSerialNumber(Tokens tokens, int first, Segmenter.Line line) {
    return first + 1 < tokens.size && tokens.start[first] == line.contentStart && tokens.isNumber(first)
        && tokens.start[first + 1] < line.contentEnd && tokens.isCapitalized(first + 1)
        && (tokens.gapIs(first + 1, '.') || tokens.gapIs(first + 1, ')')) ? first + 1 : first;
  }

  /** Words of a collection's number label before an excerpt's title («Док. № 80»). */
  private static final int LABEL_WORDS = 3;
  /** Letters of a word of such a label, at most («Док», "Doc", "No"). */
  private static final int LABEL_LETTERS = 4;

  /**
   * «Из совместного заявления …», «Док. № 80 Из коммюнике …»: the token after the word that heads an
   * excerpt ({@link Language#opensAnExcerpt}), at the line's start or past a collection's number label of
   * short words ending in a figure; {@code first} otherwise.
   */
  private int pastExcerptWord(Tokens tokens, int first, Segmenter.Line line) {
    int k = first;
    int label = first;
    while (label < tokens.size && label - first < LABEL_WORDS && tokens.start[label] < line.contentEnd
        && !tokens.isNumber(label) && tokens.key[label].length() <= LABEL_LETTERS) {
      label++;
    }
    if (label > first && label < tokens.size && tokens.start[label] < line.contentEnd && tokens.isNumber(label)) {
      k = label + 1;
    }
    return k + 1 < tokens.size && tokens.start[k + 1] < line.contentEnd && tokens.isCapitalized(k)
        && data.language.opensAnExcerpt(tokens.key[k]) ? k + 1 : first;
  }

  /** Whether a dash with spaces around it stands right before token {@code k} («… Meeting – Joint Statement»). */
  private static boolean dashBefore(String text, Tokens tokens, int k) {
    String gap = text.substring(tokens.end[k - 1], tokens.start[k]);
    return gap.length() >= 3 && Character.isWhitespace(gap.charAt(0)) && Character.isWhitespace(gap.charAt(gap.length() - 1))
        && gap.strip().length() == 1 && NameExtent.isDash(gap.strip().charAt(0));
  }

  /**
   * The first token of the value of a front matter's title field in the line («published_time: … ⏎
   * title: U.S.-Mexico Joint Declaration», where the unwrapper joined the fields), or -1: in a line
   * of fields (a lower-case label and a colon open it), a title label, then a colon.
   */
  private int titleField(String text, Tokens tokens, Segmenter.Line line) {
    int to = tokens.firstAtOrAfter(line.contentEnd);
    int first = tokens.firstAtOrAfter(line.contentStart);
    // The fields of front matter: the line opens with a lower-case label and a colon.
    int colon = text.indexOf(':', line.contentStart);
    int space = text.indexOf(' ', line.contentStart);
    boolean fields = first + 1 < to && Character.isLowerCase(text.charAt(line.contentStart))
        && colon > 0 && colon < line.contentEnd && (space < 0 || colon < space);
    for (int k = first; fields && k + 1 < to; k++) {
      if (data.words.is(WordClass.TITLE_FIELD, tokens.key[k]) && tokens.gapHas(k + 1, ':')
          && text.charAt(tokens.start[k + 1] - 1) != '"') {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * Whether the line's first word is in lower case: the rest of a preamble clause or a sentence run
   * on from the line before («подтверждая положения Декларации …, принятой …»), never a title, even
   * when a capitalised kind of document stands inside it. A field label («title: "Joint Statement
   * …"», a scraper's front matter) is no such word.
   */
  private static boolean opensInLowerCase(String text, Tokens tokens, int first, Segmenter.Line line) {
    return first < tokens.size && tokens.start[first] < line.contentEnd && Character.isLowerCase(text.charAt(tokens.start[first]))
        && !(first + 1 < tokens.size && tokens.gapHas(first + 1, ':'));
  }

  /**
   * Whether a line ending in {@code last} is prose: a sentence, or a clause of a preamble that
   * runs on to the next line («руководствуясь положениями Договора …,»). A title ends in neither.
   */
  /** Whether a possessive ends right before {@code at}: «'s », «’s », «´s », «s' ». */
  private static boolean afterPossessive(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 2 || i == at - 1) {
      return false;
    }
    char last = text.charAt(i);
    char before = text.charAt(i - 1);
    return (last == 's' || last == 'S') && isApostrophe(before) || isApostrophe(last) && (before == 's' || before == 'S');
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u00B4';
  }

  /**
   * Whether the line, where the language writes titles in title case, ends in a full stop after
   * capitalised words and the small words between them only, from token {@code first} on, with no
   * sentence ending before it: a heading with a stop, which prose, with its verbs in lower case, never is.
   */
  private boolean titleCaseWithStop(String text, Tokens tokens, Segmenter.Line line, int first) {
    int end = tokens.firstAtOrAfter(line.contentEnd);
    return data.language.titlesAreTitleCase() && text.charAt(line.contentEnd - 1) == '.' && first < end
        && titleCaseBefore(tokens, first, end) && !sentenceEndWithin(tokens, first, end);
  }

  /** Whether the line ends in a stop right after a closing bracket («… (Москва, 10 мая 2024 года).»). */
  private static boolean closesABracket(String text, Segmenter.Line line) {
    return line.contentEnd - line.contentStart > 2 && text.charAt(line.contentEnd - 1) == '.'
        && text.charAt(line.contentEnd - 2) == ')';
  }

  /**
   * Whether the line is written in capitals and ends in a comma («СОВМЕСТНОЕ ЗАЯВЛЕНИЕ РОССИЯ-НАТО, ⏎
   * ПРИНЯТОЕ НА ЗАСЕДАНИИ …»): a heading broken over lines, not a clause of prose, which is never
   * set in capitals.
   */
  private static boolean capitalsRunOn(String text, Segmenter.Line line) {
    if (text.charAt(line.contentEnd - 1) != ',') {
      return false;
    }
    int letters = 0;
    for (int k = line.contentStart; k < line.contentEnd; k++) {
      char c = text.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters > 1;
  }

  private static boolean endsAsProse(char last) {
    return last == '.' || last == ',' || last == ';';
  }

  private static void setTitle(Layout layout, String text, int start, int end, DocumentKind kind) {
    layout.title = text.substring(start, end);
    layout.titleStart = start;
    layout.titleEnd = end;
    layout.kind = kind;
  }

  /**
   * Whether the line holds a Markdown link («Declaration](https://…)») or opens with one («*[Joint
   * Declaration …»): the name of another page the site links to, never this document's title.
   */
  private static boolean holdsLink(String text, Segmenter.Line line) {
    int first = line.contentStart;
    while (first < line.contentEnd && (text.charAt(first) == '*' || text.charAt(first) == '_')) {
      first++;
    }
    boolean closed = false;
    for (int k = line.contentStart; k < line.contentEnd; k++) {
      if (text.charAt(k) == ']') {
        if (k + 1 < line.contentEnd && text.charAt(k + 1) == '(') {
          return true;
        }
        closed = true;
      }
    }
    // «*[Joint Declaration of A and ⏎ B](https://…)*»: a link's name broken over lines opens with its
    // bracket and does not close it («[Title] CHAIRMAN'S STATEMENT …» is a label).
    return first < line.contentEnd && text.charAt(first) == '[' && !closed;
  }

  /** Whether a line ends in a backslash: a quoted front-matter value broken there goes on in the next line. */
  private static boolean endsInBackslash(String text, Segmenter.Line line) {
    return line.contentEnd > line.contentStart && text.charAt(line.contentEnd - 1) == '\\';
  }

  /**
   * The text of a quoted front-matter value broken over lines {@code first..last}, {@code [start, end)}
   * of the text: each break («\⏎» and the next line's indent) taken out, an escaped space («\ »)
   * that opens a line kept as a space.
   */
  private static String foldedValue(String text, List<Segmenter.Line> lines, int start, int end, int first, int last) {
    StringBuilder value = new StringBuilder();
    for (int i = first; i <= last; i++) {
      Segmenter.Line line = lines.get(i);
      int from = i == first ? start : line.contentStart;
      int to = i == last ? end : line.contentEnd - 1;
      if (i > first && from + 1 < to && text.charAt(from) == '\\' && text.charAt(from + 1) == ' ') {
        value.append(' ');
        from += 2;
      }
      value.append(text, from, Math.max(from, to));
    }
    return value.toString();
  }

  /** Words that may stand before a title's kind word: adjectives, and the parties («India-Australia»). */
  private boolean opensTitle(Tokens tokens, int k) {
    return data.language.isAdjective(tokens.key[k]) || data.parties.longestAt(tokens, k, k + 1) != null;
  }
}
