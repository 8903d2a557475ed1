package dev.entente.parser;

import dev.entente.model.Level;
import java.util.List;

/**
 * Finds how far the name of an item reaches around its head word, by word classes and the
 * language's morphology, never by a word of its own: left over ordinals and adjectives («Второй
 * Центральноазиатский форум»), right over the complement («… министров иностранных дел по вопросам
 * …»), prepositions the language lets a name run over, a quoted name, and a pair joined «между X и
 * Y»; it stops at punctuation, dates, verbs, cues, function words and another initiative.
 */
final class NameExtent {
  /** Longest name, in words, after its head. */
  private static final int MAX_COMPLEMENT = 24;
  /** Most words a language's own rule adds before a head ({@link Language#extendsNameLeft}). */
  private static final int MAX_LEFT = 5;

  /** The start of a name widened left, and the ordinal met there (0 if none). */
  record Left(int start, int ordinal) {}

  private final LanguageData data;
  private final Language language;
  private final Words words;
  private final Lexicons lex;
  private final DateRecognizer dates;

  NameExtent(LanguageData data, DateRecognizer dates) {
    this.data = data;
    this.language = data.language;
    this.words = data.words;
    this.lex = data.lexicons;
    this.dates = dates;
  }

  /** The known initiative starting at token {@code i}; {@code known} is sorted and non-overlapping. */
  static PhraseMatcher.Match<Lexicons.KnownInitiative> knownAt(
      List<PhraseMatcher.Match<Lexicons.KnownInitiative>> known, int i) {
    int lo = 0;
    int hi = known.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int first = known.get(mid).first;
      if (first == i) {
        return known.get(mid);
      } else if (first < i) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return null;
  }

  /** The name widened left of its head over ordinals (words, Roman, «2-й») and adjectives. */
  Left left(Tokens t, int head, int from) {
    int quoted = language.headsEndNames() ? quotedBefore(t, head, from) : -1;
    if (quoted < 0 && !language.headsEndNames()) {
      quoted = quotedAround(t, head, from);
    }
    if (quoted >= 0) {
      return new Left(quoted, 0);
    }
    int start = head;
    int ordinal = 0;
    int k = head - 1;
    boolean closed = false;
    int checked = head + 1;
    while (k >= from && (t.gapBefore[k + 1] != Tokens.GAP_HARD || initialismStop(t, k)) && !t.gapHas(k + 1, '"')
        && !(t.gapHas(k + 1, '\'') && start < head && partyEndsAt(t, k, from))) {
      // «the Conference of the Parties (COP 28)»: a bracket that opens before the name, not closed inside it, ends it.
      while (checked > k + 2) {
        closed |= t.gapHas(--checked, ')');
      }
      if (t.gapHas(k + 1, '(') && !closed) {
        break;
      }
      // «C5+1», «G-20»: a number written onto a capitalised word is one name with it.
      if (t.isNumber(k)) {
        int word = k;
        while (word - 1 >= from && t.start[word] - t.end[word - 1] <= 1 && !t.gapHas(word, ' ')
            && !t.gapHas(word, '\n')) {
          word--;
        }
        if (word < k && t.isCapitalized(word)) {
          start = word;
          k = word - 1;
          continue;
        }
        // «the Track 1.5 Dialogue», «the Mission 300 Summit»: where names end in their head, a number between a
        // capitalised word (no month) and the capitalised name after it is a word of the name.
        if (language.headsEndNames() && start == k + 1 && t.isCapitalized(start) && word - 1 >= from
            && t.gapBefore[word] == Tokens.GAP_SPACE && t.isCapitalized(word - 1) && !t.isNumber(word - 1)
            && !data.months.containsKey(t.key[word - 1]) && !t.isUpperCase(word - 1)) {
          start = word;
          k = word - 1;
          continue;
        }
      }
      // «the U.S.-Japan Economic Policy Consultative Committee»: an initialism is one capitalised word of the name.
      if (k - 1 >= from && start == k + 1 && initialismStop(t, k - 1) && t.gapText(k).equals(".")) {
        start = k - 1;
        k -= 2;
        continue;
      }
      // «the 2050 Strategy», «the 2025 Youth Summit»: where names end in their head, a year right before a
      // capitalised word of the name, after an article or a name, is part of it (not one of a date: «May 2024 Summit»).
      if (language.headsEndNames() && start == k + 1 && t.isCapitalized(start) && isYearOpeningName(t, k, from)) {
        start = k;
        k--;
        continue;
      }
      String key = t.key[k];
      Integer word = data.ordinals.get(key);
      if (word == null && t.isUpperCase(k) && t.key[k].length() <= 6 && romanValue(t.surface(k)) > 0) {
        word = romanValue(t.surface(k));
      }
      // «Fifty-First»: an ordinal the language writes with a hyphen is one word of its list.
      Integer compound = word != null && k - 1 >= from && t.hyphenAfter[k - 1]
          ? data.ordinals.get(t.key[k - 1] + "-" + key) : null;
      if (compound != null) {
        ordinal = compound;
        start = k - 1;
        k -= 2;
        continue;
      }
      // «the Third Party Monitoring Team»: an ordinal that makes one noun with the word after it numbers nothing.
      if (word != null && k + 1 < head && t.gapBefore[k + 1] != Tokens.GAP_HARD && language.ordinalCompound(key, t.key[k + 1])) {
        start = k;
        k--;
        continue;
      }
      if (word != null) {
        ordinal = word;
        start = k;
        k--;
        // «шестьдесят девятой сессии»: the tens written as a cardinal before an ordinal of units are the ordinal's too.
        Integer tensBefore = word < 10 && k >= from && t.gapBefore[k + 1] == Tokens.GAP_SPACE ? data.tens.get(t.key[k]) : null;
        if (tensBefore != null) {
          ordinal += tensBefore;
          start = k;
          k--;
        }
        continue;
      }
      // «78th»: digits and the letters written onto them, an ordinal the language lists whole.
      Integer written = k - 1 >= from && t.isNumber(k - 1) && t.start[k] == t.end[k - 1] && key.length() <= 2
          ? data.ordinals.get(t.key[k - 1] + key) : null;
      if (written == null && k - 1 >= from && t.isNumber(k - 1) && t.start[k] == t.end[k - 1]
          && language.writtenOrdinal(t.key[k - 1], key) > 0) {
        written = language.writtenOrdinal(t.key[k - 1], key);
      }
      if (written != null) {
        ordinal = written;
        start = k - 1;
        k -= 2;
        continue;
      }
      if (k - 1 >= from && t.isNumber(k - 1) && t.gapIs(k, '-') && key.length() <= 3
          && !t.isNumber(k) && t.key[k - 1].length() <= 3) {
        ordinal = Integer.parseInt(t.key[k - 1]);
        start = k - 1;
        k -= 2;
        continue;
      }
      // «the African Union's Summit»: where names end in their head, an organisation's possessive right
      // before a bare head is the only word that tells the name, and stays in it.
      int owner = language.headsEndNames() && start == head && k == head - 1 && t.isCapitalized(head) ? organisationBeforePossessive(t, k, from) : -1;
      if (owner >= 0) {
        start = owner;
        break;
      }
      // «the Strategic Trade and Investment Partnership», «the Peace and Security Council»: where names end in
      // their head, «and» between two capitalised words that are no head joins two modifiers of one name.
      if (language.headsEndNames() && words.is(WordClass.AND, key) && start == k + 1 && joinsModifiers(t, k, from)) {
        start = k - 1;
        k -= 2;
        continue;
      }
      // «2. Reaffirm General Assembly resolution 70/1»: the verb of an act that opens the sentence is no part of a name.
      if (k == from && t.isCapitalized(k) && isAct(t, k, head)) {
        break;
      }
      // «In Working Group I, …»: where names end in their head, a preposition of place that opens the sentence is none of the name's.
      if (k == from && language.headsEndNames() && words.is(WordClass.LOCATIVE_PREPOSITION, key)) {
        break;
      }
      // «the ASEAN-Republic of Korea Summit»: where names end in their head, a party's name of several words with a
      // function word inside, ending right before the name, is one modifier of it, taken whole.
      int party = language.headsEndNames() && start == k + 1 && t.isCapitalized(k) ? partyWithFunctionWordEndingAt(t, k, from) : -1;
      if (party >= 0) {
        start = party;
        k = party - 1;
        continue;
      }
      boolean compoundPart = t.hyphenAfter[k] && language.isCompoundPart(key) && key.length() > 3 && start == k + 1;
      // «седьмой регулярной встречи», «в 17-м Восточноазиатском саммите»: after an ordinal, in words or in digits
      // with the ending after a hyphen, even a describing adjective belongs to the name.
      boolean afterOrdinal = k - 1 >= from && (data.ordinals.containsKey(t.key[k - 1]) || digitsOrdinalEndsAt(t, k - 1, from))
          && language.isAdjective(key) && !language.isParticiple(key) && !language.isVerbalNoun(key);
      // «первого заседания Совместной … комиссии»: inside a sentence, a capital opens a proper name even on a word
      // that in lower case is no part of one («совместной работы»), where the language's adjectives so open names.
      boolean capitalisedInside = language.capitalisedAdjectivesOpenNames() && k > from && t.isCapitalized(k)
          && !t.isUpperCase(k) && t.gapBefore[k] == Tokens.GAP_SPACE && start == k + 1 && language.isAdjective(key)
          && words.is(WordClass.STOP_ADJECTIVE, key) && !language.isParticiple(key);
      // «the Australia-New Zealand Climate and Finance Dialogue»: where names end in their head, a capitalised
      // word a hyphen joins to the name's first is part of it, however long the name has grown.
      boolean joined = language.headsEndNames() && t.hyphenAfter[k] && start == k + 1 && t.isCapitalized(k)
          && t.isCapitalized(k + 1) && !t.isNumber(k) && !t.isNumber(k + 1) && k + 1 < head;
      // «the Foreign Secretary level Dialogue»: where names end in their head, a word of a level in lower case between
      // two capitalised words of the name is one of them.
      boolean levelWord = language.headsEndNames() && start == k + 1 && k > from && t.isCapitalized(k - 1) && !t.isNumber(k - 1)
          && t.isCapitalized(start) && t.gapBefore[k] == Tokens.GAP_SPACE && language.marksALevelInAName(key);
      if (compoundPart || joined || levelWord || opensName(key, t.isCapitalized(k)) || afterOrdinal || capitalisedInside
          || head - k <= MAX_LEFT && language.extendsNameLeft(t, k, isAct(t, k, head)) || pairedParty(t, k, start, from)) {
        start = k;
        k--;
        continue;
      }
      // «the Rio de Janeiro Summit», «the Andorra la Vella Forum»: a city's name of several words, function
      // words inside, is one modifier of the name.
      int city = cityStartAround(t, k, start, head, from);
      if (city >= 0) {
        start = city;
        k = city - 1;
        continue;
      }
      // «the SCO Heads of State Council Meeting»: where names end in their head, a capitalised level with
      // its preposition inside («Heads of State») is one modifier of the name.
      int level = language.headsEndNames() ? levelEndingAt(t, k, start, from) : -1;
      if (level >= 0) {
        // «the Shanghai Cooperation Organisation Heads of State Council»: the party whose level it is, whole.
        start = partyStartBefore(t, level, from);
        break;
      }
      break;
    }
    return new Left(start, ordinal);
  }

  /**
   * «the U.S.-Japan Economic Dialogue», «the Japan-U.S. Extended Deterrence Dialogue»: the full stop after
   * a capital of an initialism (single capitals, a stop after each) stops no name, before the next capital
   * of it, a hyphen, or a space after its last.
   */
  static boolean initialismStop(Tokens t, int k) {
    if (k + 1 >= t.size || !singleCapital(t, k)) {
      return false;
    }
    String gap = t.gapText(k + 1);
    if (gap.equals(".")) {
      return singleCapital(t, k + 1);
    }
    return (gap.equals(".-") || gap.equals(". ")) && k > 0 && singleCapital(t, k - 1) && t.gapText(k).equals(".");
  }

  private static boolean singleCapital(Tokens t, int k) {
    return t.end[k] - t.start[k] == 1 && t.isCapitalized(k);
  }

  /** The years a name may open with. */
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2100;

  /**
   * Whether token {@code k} is a year written alone before a name: four digits after an article or a
   * capitalised word that is no month, with spaces around it.
   */
  private boolean isYearOpeningName(Tokens t, int k, int from) {
    if (!t.isNumber(k) || t.key[k].length() != 4 || k - 1 < from || t.gapBefore[k] != Tokens.GAP_SPACE
        || t.gapBefore[k + 1] != Tokens.GAP_SPACE) {
      return false;
    }
    int year = Integer.parseInt(t.key[k]);
    String before = t.key[k - 1];
    return year >= FIRST_YEAR && year <= LAST_YEAR && !data.months.containsKey(before)
        && (language.isArticle(before) || t.isCapitalized(k - 1) && !t.isNumber(k - 1));
  }

  /** Most words of a city's name before the word the name has reached («Rio de Janeiro»). */
  private static final int CITY_WORDS = 3;

  /**
   * The first token of a capitalised city's name that holds token {@code k} and ends inside the name
   * so far, {@code [start, head)}; -1 where there is none.
   */
  private int cityStartAround(Tokens t, int k, int start, int head, int from) {
    for (int first = Math.max(from, k - CITY_WORDS + 1); first <= k; first++) {
      if (!t.isCapitalized(first)) {
        continue;
      }
      PhraseMatcher.Match<City> city = data.cities.longestAt(t, first, head);
      if (city != null && city.last > k + 1 && city.last >= start && gapsInside(t, first, city.last)) {
        return first;
      }
    }
    return -1;
  }

  /** Whether only spaces stand between the tokens of {@code [first, last)}. */
  private static boolean gapsInside(Tokens t, int first, int last) {
    for (int j = first + 1; j < last; j++) {
      if (t.gapBefore[j] != Tokens.GAP_SPACE) {
        return false;
      }
    }
    return true;
  }

  /** Most words of a party's name with a function word inside («the Democratic Republic of the Congo»). */
  private static final int PARTY_WORDS = 5;

  /**
   * The first token of the longest party's name that ends at token {@code k}, starts on a capital and
   * holds a lower-case function word («Republic of Korea», «Trinidad and Tobago»), only spaces between
   * its words; -1 where there is none.
   */
  private int partyWithFunctionWordEndingAt(Tokens t, int k, int from) {
    for (int first = Math.max(from, k - PARTY_WORDS + 1); first < k - 1; first++) {
      if (!t.isCapitalized(first) || !gapsInside(t, first, k + 1)) {
        continue;
      }
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, first, k + 1);
      if (party != null && party.last == k + 1 && hasLowerCaseWord(t, first + 1, k)) {
        return first;
      }
    }
    return -1;
  }

  /** Whether a word of {@code [first, last)} is written in lower case. */
  private static boolean hasLowerCaseWord(Tokens t, int first, int last) {
    for (int m = first; m < last; m++) {
      if (!t.isCapitalized(m) && !t.isNumber(m)) {
        return true;
      }
    }
    return false;
  }

  /** Most words of a level a name holds before its head («Heads of State and Government»). */
  private static final int LEVEL_WORDS = 5;

  /**
   * The first token of a capitalised level (levels.tsv) that holds token {@code k} and ends within
   * the name, whose first word so far is {@code start}; -1 where there is none.
   */
  private int levelEndingAt(Tokens t, int k, int start, int from) {
    for (int j = k - 1; j >= Math.max(from, k - LEVEL_WORDS); j--) {
      if (t.gapBefore[j + 1] == Tokens.GAP_HARD) {
        return -1;
      }
      PrefixLexicon.Hit<Level> level = t.isCapitalized(j) ? lex.levels.longestAt(t, j, Math.min(t.size, start + 1)) : null;
      if (level != null && level.last > k && level.last <= start + 1 && level.last >= start) {
        return j;
      }
    }
    return -1;
  }

  /** Most words a quoted name before a head holds. */
  private static final int QUOTED_WORDS = 6;

  /**
   * «the “Bio-5” coalition»: where names end in their head, a quote that closes right before it holds
   * the head's own name. Returns the first token inside the quote, or -1.
   */
  private static int quotedBefore(Tokens t, int head, int from) {
    if (head - 1 < from || !t.gapHas(head, '"')) {
      return -1;
    }
    String closing = t.gapText(head);
    if (!closing.startsWith("\"") || !closing.strip().equals("\"")) {
      return -1;
    }
    for (int k = head - 1; k >= Math.max(from, head - QUOTED_WORDS); k--) {
      String gap = t.gapText(k);
      if (gap.endsWith("\"") && gap.strip().equals("\"") && (k == 0 || gap.length() > 1)) {
        return k;
      }
      // «the "Central Asia + China" format», «the "3+3" platform»: a plus joins the members a format is named after.
      if (k == from || hasHard(gap.replace('+', ' ')) || gap.contains("\"")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * «в «Астанинском формате», …»: where names open with their adjectives, a quote that opens a few words before a
   * head of one word, on a capital, and closes right after it holds the whole name, whatever case its words are in,
   * where all of them are capitalised words or adjectives («против "гегемонизма в … политике"», «"Стороны подтвердили
   * … саммита"» quote no name). Returns the first token inside the quote, or -1.
   */
  private int quotedAround(Tokens t, int head, int from) {
    if (head - 1 < from || head + 1 >= t.size || t.gapBefore[head + 1] == Tokens.GAP_SPACE) {
      return -1;
    }
    String closing = t.gapText(head + 1);
    if (closing.length() < 2 || closing.charAt(0) != '"' || count(closing, '"') != 1) {
      return -1;
    }
    for (int k = head; k >= Math.max(from, head - QUOTED_WORDS); k--) {
      String gap = t.gapText(k);
      if (gap.endsWith("\"") && count(gap, '"') == 1 && k < head) {
        return t.isCapitalized(k) ? k : -1;
      }
      if (k == from || hasHard(gap) || gap.contains("\"") || k < head && !t.isCapitalized(k) && !language.isAdjective(t.key[k])) {
        return -1;
      }
    }
    return -1;
  }

  /** Most words of a party's name that a possessive closes («the United Nations' Goals»). */
  private static final int POSSESSOR_WORDS = 4;

  /** The first token of a party's name that ends right before {@code k}, else {@code k}. */
  private int partyStartBefore(Tokens t, int k, int from) {
    if (t.gapBefore[k] != Tokens.GAP_SPACE) {
      return k;
    }
    for (int first = Math.max(from, k - POSSESSOR_WORDS); first < k; first++) {
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, first, k);
      if (party != null && party.last == k) {
        return first;
      }
    }
    return k;
  }

  /**
   * The first token of an organisation's name that a possessive «'s» at token {@code s} closes
   * («the African Union's Summit»), or -1 where none does (a state's possessive makes its own body).
   */
  private int organisationBeforePossessive(Tokens t, int s, int from) {
    if (!t.key[s].equals("s") || s - 1 < from || !t.gapIs(s, '\'')) {
      return -1;
    }
    for (int first = Math.max(from, s - POSSESSOR_WORDS); first < s; first++) {
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, first, s);
      if (party != null && party.last == s && party.value.kind == dev.entente.model.PartyKind.ORGANIZATION) {
        return first;
      }
    }
    return -1;
  }

  /**
   * Whether a party's name ends at token {@code k}. «the United Nations' Millennium Development Goals»:
   * a party's name in the possessive before a name is its owner, not a part of it; before a bare head
   * it is the name's only word that tells it («the Quad Leaders' Summit», «the African Union's Summit»).
   */
  private boolean partyEndsAt(Tokens t, int k, int from) {
    for (int first = Math.max(from, k - POSSESSOR_WORDS + 1); first <= k; first++) {
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, first, k + 1);
      if (party != null && party.last == k + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * «the EU-China High-Level Economic and Trade Dialogue»: where names end in their head, the second of
   * two parties a hyphen joins, right before the capitalised name, opens it however long the name has
   * grown (the format's members name it); the first then joins it over the hyphen.
   */
  private boolean pairedParty(Tokens t, int k, int start, int from) {
    return language.headsEndNames() && start == k + 1 && k - 1 >= from && t.hyphenAfter[k - 1] && t.isCapitalized(k)
        && t.isCapitalized(k - 1) && t.isCapitalized(start) && !t.isNumber(k) && partyEndsAt(t, k, from);
  }

  /**
   * Whether an adjective may open a name: not a pronoun, cue, participle, noun of action or oblique
   * form, nor a word the language knows to be no modifier («решений», «включая»).
   */
  /** «17-м», «5-го»: whether token {@code k} is the short ending written after a hyphen onto an ordinal's digits. */
  private static boolean digitsOrdinalEndsAt(Tokens t, int k, int from) {
    return k - 1 >= from && t.isNumber(k - 1) && t.gapIs(k, '-') && t.key[k].length() <= 3 && !t.isNumber(k)
        && t.key[k - 1].length() <= 3;
  }

  private boolean opensName(String key, boolean capitalised) {
    return language.isAdjective(key) && !words.is(WordClass.STOP_ADJECTIVE, key)
        && !words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, key) && !language.isParticiple(key)
        && !language.isVerbalNoun(key) && !language.isOblique(key) && language.mayOpenName(key, capitalised);
  }

  /**
   * The end of a name whose head ends at token {@code from}: the first token not in it. Known
   * initiatives inside quotes are part of it; with {@code stopAtInitiative}, another initiative's
   * head or a known initiative outside quotes ends it.
   */
  int right(Context ctx, int from, int to, List<PhraseMatcher.Match<Lexicons.KnownInitiative>> known,
      boolean stopAtInitiative) {
    Tokens t = ctx.tokens;
    int j = from;
    boolean inQuote = false;
    int limit = Math.min(to, from + MAX_COMPLEMENT);
    while (j < limit) {
      PhraseMatcher.Match<Lexicons.KnownInitiative> inner = knownAt(known, j);
      if (inner != null) {
        if (!stopAtInitiative || !inQuote && !t.gapHas(j, '"')) {
          return j;
        }
        j = inner.last;
        inQuote = !t.gapHas(j < to ? j : j - 1, '"') && inQuote || t.gapHas(inner.first, '"');
        continue;
      }
      String gap = t.gapBefore[j] == Tokens.GAP_SPACE ? " " : t.gapText(j);
      int quotes = count(gap, '"');
      if (inQuote) {
        if (quotes % 2 == 1) {
          j = afterClosingQuote(t, gap, j, to);
          break;
        } else if (gap.contains("\n")) {
          break;
        }
        j++;
        continue;
      }
      // «"… и механизмов Восточноазиатского саммита", - говорится в документе»: a quote glued to the word before
      // and followed by a dash closes a quotation retold with its source after it; the name ends there.
      if (quotes % 2 == 1 && gap.charAt(0) == '"' && closesAQuotation(gap)) {
        break;
      }
      if (quotes % 2 == 1) {
        // «Совета глав государств СНГ"О ЗАЯВЛЕНИИ …"»: a quote glued to a word of the name after its head opens a
        // title set after the name, no part of it.
        if (hasHard(gap.substring(0, gap.indexOf('"'))) || gap.equals("\"") && j > from) {
          break;
        }
        // «в «Астанинском формате», г. Астана»: a quote glued to the word before and followed by a space closes a
        // quotation that opened before the head (none opened after it: «Партией "Ени Азербайджан" и …»); nothing after
        // it is the name's.
        if (gap.length() > 1 && gap.charAt(0) == '"' && count(gap, '"') == 1 && from > 0
            && count(ctx.text.text(), t.end[from - 1], t.end[j - 1], '"') % 2 == 0) {
          break;
        }
        inQuote = true;
        j++;
        continue;
      }
      // «Annual Leaders' Meeting – Joint Communique»: the kind of a document after a dash is the heading's, not the name's.
      // «Canada-Chile Summit Joint Statement»: where names end in their head, a document's kind right after it is the title's.
      // «resolution 70/1», «ES-11/2»: a number written with a slash onto a number is one number.
      if (gap.equals("/") && j > from && t.isNumber(j) && t.isNumber(j - 1)) {
        j++;
        continue;
      }
      // «C5+1», «С5+1»: a plus written between a number and the name's word with a number on it joins them.
      if (gap.equals("+") && j > from && t.isNumber(j) && t.isNumber(j - 1)) {
        j++;
        continue;
      }
      if (gap.equals(", ") && listedAdjective(t, from, j, to)) {
        j++;
        continue;
      }
      int listed = gap.equals(", ") ? partyListEnd(t, from, j, to) : -1;
      if (listed > j) {
        j = listed;
        continue;
      }
      if (hasHard(gap) && !afterMiddleInitial(t, from, j, gap) && !initialismStop(t, j - 1) && !afterNumberSign(t, j, gap, to)
          || (isSpacedDash(gap) || j == from && language.headsEndNames())
          && data.documentKinds.longestAt(t, j, to) != null) {
        if (gap.strip().equals("(") && j + 1 < to && t.isUpperCase(j) && t.gapIs(j + 1, ')')) {
          j++;
          continue;
        }
        break;
      }
      int step = step(ctx, from, j, to, stopAtInitiative);
      if (step == 0) {
        break;
      }
      j += step;
    }
    // «an extension of the Fund for a further period»: a name never ends in a preposition, «and» or an article.
    while (j > from && (words.is(WordClass.NAME_PREPOSITION, t.key[j - 1]) || words.is(WordClass.AND, t.key[j - 1])
        || language.isArticle(t.key[j - 1]))) {
      j--;
    }
    return j;
  }

  /**
   * «Resolution No. ES-11/1», «Decision No. 3»: the stop of a number sign («No.») before the number it
   * introduces ends no name.
   */
  private boolean afterNumberSign(Tokens t, int j, String gap, int to) {
    return j > 0 && gap.strip().equals(".") && language.isNumberSign(t.key[j - 1])
        && (t.isNumber(j) || j + 1 < to && t.isUpperCase(j) && t.hyphenAfter[j] && t.isNumber(j + 1));
  }

  /**
   * Whether «and» at {@code k} stands between two capitalised words of one name, the one before it no
   * head and no plural («Dialogue Partners and Summit Observers» are two sets of members).
   */
  private boolean joinsModifiers(Tokens t, int k, int from) {
    return k - 1 >= from && k + 1 < t.size && t.gapBefore[k] == Tokens.GAP_SPACE && t.gapBefore[k + 1] == Tokens.GAP_SPACE
        && t.isCapitalized(k - 1) && !t.isNumber(k - 1) && t.isCapitalized(k + 1) && !language.isPluralNoun(t.key[k - 1])
        && lex.heads.longestAt(t, k - 1, k) == null && !t.isUpperCase(k - 1);
  }

  /**
   * Whether the word at {@code k}, before a head at {@code head}, is an act's verb: a word an act
   * starts that is no head itself («consultation mechanism»: the noun «consultation» only starts like «consult»).
   */
  private boolean isAct(Tokens t, int k, int head) {
    return lex.acts.longestAt(t, k, head) != null && lex.heads.longestAt(t, k, head) == null;
  }

  private static boolean isSpacedDash(String gap) {
    String dash = gap.strip();
    return gap.length() > dash.length() && dash.length() == 1 && isDash(dash.charAt(0));
  }

  /** A hyphen or an en or em dash: what sets a heading's parts apart («… Meeting – Joint Statement»). */
  static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  /**
   * A quote closes in the gap before token {@code j}: the name ends there, or after the party named
   * right after it («"Пояс и путь" Китая»).
   */
  private int afterClosingQuote(Tokens t, String gap, int j, int to) {
    PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, j, to);
    if (hasHard(gap.substring(gap.indexOf('"') + 1)) || party == null || !t.isCapitalized(j)) {
      return j;
    }
    return party.last;
  }

  /** How many words at {@code j}, a word after a plain gap, the name takes: 0 ends it. */
  private int step(Context ctx, int from, int j, int to, boolean stopAtInitiative) {
    Tokens t = ctx.tokens;
    String key = t.key[j];
    if (stopAtInitiative && j > from && lex.heads.longestAt(t, j, to) != null
        && lex.heads.longestAt(t, j, to).entry.value.get(0).concept == Lexicons.Concept.INITIATIVE) {
      return 0;
    }
    // «the Summit of the G20 held in November 2024»: a number written onto the word before it is that word's, no day.
    if (t.isNumber(j) && !(j > 0 && t.start[j] == t.end[j - 1] && t.isCapitalized(j - 1))
        && !dates.find(t, j, Math.min(to, j + 4)).isEmpty()) {
      return 0;
    }
    // «формат С5+1»: a capital letter with digits written onto it is a name («С» is then no preposition).
    if (j + 1 < to && t.isCapitalized(j) && t.key[j].length() == 1 && t.isNumber(j + 1) && t.start[j + 1] == t.end[j]) {
      return 2;
    }
    // «the Six-party Talks»: where names end in their head, the lower-case part of a compound whose first part is a
    // capitalised word of the name is one of its words.
    if (language.headsEndNames() && j > from && t.hyphenAfter[j - 1] && t.isCapitalized(j - 1) && !t.isNumber(j)
        && !t.isCapitalized(j) && j + 1 < to && t.isCapitalized(j + 1) && t.gapBefore[j + 1] == Tokens.GAP_SPACE) {
      return 1;
    }
    // «in Working Group I, …», «Working Group II»: where names end in their head, a Roman numeral right after a capitalised
    // head, before a stop, a comma or a lower-case word, numbers the body; it is no initial of a person.
    if (language.headsEndNames() && j == from && t.isCapitalized(j - 1) && t.isUpperCase(j) && romanValue(t.surface(j)) > 0
        && (j + 1 >= to || t.gapBefore[j + 1] == Tokens.GAP_HARD || !t.isCapitalized(j + 1))) {
      return 1;
    }
    // «the Japan-U.S. Extended Deterrence Dialogue»: an initialism a hyphen joins to the word before it is a party's, no person's.
    if (language.endsNameRight(t, j, from) || isInitial(t, j, to) && !(j > from && t.hyphenAfter[j - 1])) {
      return 0;
    }
    // «the Summit of the Heads of State and Government of …»: a capitalised level whose words «and» joins is taken whole.
    int level = t.isCapitalized(j) ? levelWithAnd(t, j, to) : 0;
    if (level > 0) {
      return level;
    }
    // «the 23rd Ministerial Council of the Organization for Security and Co-operation in Europe», «Совет министров
    // иностранных дел Организации Договора о коллективной безопасности»: a party's name of several words after
    // the head is taken whole, its «and» and the treaty in it and all.
    if (j > from && t.isCapitalized(j)) {
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, j, to);
      if (party != null && party.last - j > 2) {
        return party.last - j;
      }
    }
    if (j + 1 < to && t.gapBefore[j + 1] == Tokens.GAP_HARD && afterNumberSign(t, j + 1, t.gapText(j + 1), to)) {
      return 1;
    }
    Language.NameLink link = language.nameLink(j > from ? t.key[j - 1] : null, key, j + 1 < to ? t.key[j + 1] : null);
    if (link != Language.NameLink.NONE) {
      return link == Language.NameLink.STOP ? 0 : link == Language.NameLink.OVER_TWO ? 2 : 1;
    }
    if (words.is(WordClass.AND, key)) {
      return andJoins(t, from, j, to) ? 1 : 0;
    }
    // «the Meeting of the Joint Working Group», «the Steering Committee»: where names end in their head, a
    // capitalised word in «-ing» inside a name is one of its nouns, no participle.
    boolean nameWord = language.headsEndNames() && t.isCapitalized(j) && j > from;
    boolean participle = language.isParticiple(key) && !nameWord;
    // «the first meeting of the Joint Consultative Commission», «the Fourth Round of the Six-Party Talks»: in the name of
    // a body or a meeting, so is a capitalised word that starts like an act's verb.
    if (words.is(WordClass.FUNCTION_WORD, key) || participle || language.isInfinitive(key)
        || !(nameWord && stopAtInitiative) && lex.acts.longestAt(t, j, to) != null || isCueWord(t, j, to)) {
      return 0;
    }
    return 1;
  }

  /**
   * How many words a level (levels.tsv) starting at token {@code j} holds where «and» stands inside it
   * («Heads of State and Government»), capitalised after it; 0 where there is none.
   */
  private int levelWithAnd(Tokens t, int j, int to) {
    PrefixLexicon.Hit<Level> level = lex.levels.longestAt(t, j, to);
    if (level == null) {
      return 0;
    }
    for (int m = j + 1; m + 1 < level.last; m++) {
      if (words.is(WordClass.AND, t.key[m]) && t.isCapitalized(m + 1) && gapsInside(t, j, level.last)) {
        return level.last - j;
      }
    }
    return 0;
  }

  /**
   * Whether «и» at {@code j} joins two parts of one name: the pair «между X и Y», a party («… Китая
   * и Казахстана»), or two words of the same ending («торговли и инвестиций», «торгово-экономическому
   * и научно-техническому»: a compound's last part); an article after it
   * opens another item («the Energy Dialogue and the Clean Energy Agenda»).
   */
  private boolean andJoins(Tokens t, int from, int j, int to) {
    // «between Ukraine and the Republic of Turkey»: the second side may come with its article.
    int second = j + 2 < to && language.isArticle(t.key[j + 1]) ? j + 2 : j + 1;
    if (afterBetween(t, from, j) && second < to && t.isCapitalized(second) && !opensAnotherItem(t, second, to)) {
      return true;
    }
    // «членов Комитета и соображения …»: a lower-case word «and» joins to a head of one word is another thing
    // («Советов глав государств и глав правительств» shares its head's first word).
    if (j == from && j + 1 < to && !t.isCapitalized(j + 1) && lex.heads.longestAt(t, j - 1, j) != null) {
      return false;
    }
    PhraseMatcher.Match<PartyInfo> party = j + 1 < to ? data.parties.longestAt(t, j + 1, to) : null;
    return j + 1 < to && j > 0 && (t.gapBefore[j + 1] == Tokens.GAP_SPACE || !hasHard(t.gapText(j + 1)))
        && lex.heads.longestAt(t, j + 1, to) == null
        && (t.isCapitalized(j + 1) && !t.isUpperCase(j + 1) && party != null && !possessive(t, party.last, to)
                && withoutHead(t, party) && !opensAnotherItem(t, j + 1, to)
            || (sameEnding(t.key[j - 1], t.key[afterCompound(t, j + 1, to)])
                || language.nounsInOneCase(t.key[j - 1], t.key[j + 1]))
                && !t.isCapitalized(j + 1) && !language.isArticle(t.key[j + 1]));
  }

  /** Whether token {@code k} is the «s» of a possessive («Indonesia's Vision»): the party owns what follows. */
  private static boolean possessive(Tokens t, int k, int to) {
    return k < to && t.key[k].equals("s") && t.gapIs(k, '\'');
  }

  /** «научно-техническому»: the last part of a compound written with hyphens that starts at {@code k}. */
  private static int afterCompound(Tokens t, int k, int to) {
    while (k + 1 < to && t.hyphenAfter[k]) {
      k++;
    }
    return k;
  }

  /**
   * Whether a party's name has no head word in it: «… Китая и Казахстана» goes on with the pair,
   * where «Евразийской экономической комиссии и Высшего Евразийского экономического совета» names
   * a second body (an organ the gazetteer gives its organisation).
   */
  private boolean withoutHead(Tokens t, PhraseMatcher.Match<PartyInfo> party) {
    for (int m = party.first; m < party.last; m++) {
      if (lex.heads.longestAt(t, m, party.last) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a head word opens another item at {@code k}, after at most one adjective («… и
   * Стратегический диалог», «… и Рабочую группу»): «и» then joins two items, not a pair's parts.
   */
  private boolean opensAnotherItem(Tokens t, int k, int to) {
    // «… и Российско-Узбекского бизнес-форума»: a compound adjective's first part joins it to the adjective.
    int adjective = k + 1 < to && bareHyphenAfter(t, k) ? k + 1 : k;
    return lex.heads.longestAt(t, k, to) != null
        || adjective + 1 < to && language.isAdjective(t.key[adjective]) && lex.heads.longestAt(t, adjective + 1, to) != null;
  }

  /** Whether tokens {@code k} and {@code k + 1} are joined by a hyphen with no space on either side («бизнес-форума»). */
  private static boolean bareHyphenAfter(Tokens t, int k) {
    return t.hyphenAfter[k] && t.end[k] + 1 == t.start[k + 1];
  }

  /** «между Правительством X и Правительством Y»: the first «и» after «между» joins the pair. */
  private boolean afterBetween(Tokens t, int from, int j) {
    for (int k = j - 1; k >= from && k >= j - 6; k--) {
      if (words.is(WordClass.AND, t.key[k])) {
        return false;
      }
      if (words.is(WordClass.BETWEEN, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * «… Делового совета ШОС М.Д.Шаршекеев»: a capital letter and a stop before another initial or
   * a surname written onto it open a person's name, never a part of the item's.
   */
  private static boolean isInitial(Tokens t, int j, int to) {
    if (j + 1 >= to || t.end[j] - t.start[j] != 1 || !t.isUpperCase(j) || !t.isCapitalized(j + 1)) {
      return false;
    }
    String gap = t.gapText(j + 1);
    return gap.equals(".") || gap.startsWith(".") && t.end[j + 1] - t.start[j + 1] == 1;
  }

  /**
   * «комиссия Ивана Петрова», «Высший совет Анна Смирнова»: whether a known given name and a capitalised word
   * after it, at token {@code j}, open the name of a person (a body's chair, or the one the sentence goes on to); a
   * given name that is also a party's («Jordan») is the party.
   */
  boolean opensAPersonsName(Tokens t, int j, int to) {
    if (j + 1 >= to || !t.isCapitalized(j) || !t.isCapitalized(j + 1) || t.isUpperCase(j)
        || t.gapBefore[j + 1] != Tokens.GAP_SPACE) {
      return false;
    }
    String key = t.key[j];
    return (lex.givenNames.contains(key) || lex.givenNames.contains(language.nominativeOf(key)))
        && data.parties.longestAt(t, j, to) == null && data.parties.longestAt(t, j + 1, to) == null;
  }

  private boolean isCueWord(Tokens t, int j, int to) {
    PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(t, j, to);
    return cue != null && cue.entry.prefixes.length == 1 && cue.entry.value.scope != Lexicons.Scope.BEFORE
        && cue.entry.value.scope != Lexicons.Scope.ADJACENT;
  }

  private static boolean sameEnding(String a, String b) {
    return a.length() > 2 && b.length() > 2 && a.charAt(a.length() - 1) == b.charAt(b.length() - 1);
  }

  /**
   * «по торгово-экономическому, научно-техническому и культурному сотрудничеству»: after a comma, an
   * adjective in lower case (or a compound ending in one) with the ending of the adjective before the
   * comma, followed by another comma or «и», goes on with the name, in a language whose names list
   * adjectives so ({@link Language#adjectiveListsInNames}).
   */
  /** Most parties a list after a name's head may name before its «and». */
  private static final int MAX_LISTED_PARTIES = 8;

  /**
   * «встреч руководителей Армении, Азербайджана и России», "between India, Japan and the United States":
   * where a party ends the name right before a comma at {@code j}, a list of parties that runs on by
   * commas and closes with «and» and one more party is the rest of it. Returns the token after the last
   * party, or -1 where no such list starts at {@code j}.
   */
  private int partyListEnd(Tokens t, int from, int j, int to) {
    if (j - 1 < from || !t.isCapitalized(j - 1) || !endsAParty(t, from, j, to)) {
      return -1;
    }
    int k = j;
    for (int n = 0; n < MAX_LISTED_PARTIES && k < to; n++) {
      PhraseMatcher.Match<PartyInfo> party = t.isCapitalized(k) ? data.parties.longestAt(t, k, to) : null;
      if (party == null || party.first != k) {
        return -1;
      }
      k = party.last;
      if (k >= to) {
        return -1;
      }
      if (t.gapText(k).equals(", ")) {
        continue;
      }
      if (t.gapBefore[k] != Tokens.GAP_SPACE || !words.is(WordClass.AND, t.key[k]) || k + 1 >= to
          || t.gapBefore[k + 1] != Tokens.GAP_SPACE) {
        return -1;
      }
      k++;
      if (k + 1 < to && language.isArticle(t.key[k]) && t.gapBefore[k + 1] == Tokens.GAP_SPACE) {
        k++;
      }
      PhraseMatcher.Match<PartyInfo> last = t.isCapitalized(k) ? data.parties.longestAt(t, k, to) : null;
      return last != null && last.first == k ? last.last : -1;
    }
    return -1;
  }

  /** Whether a party's name ends right before token {@code j}. */
  private boolean endsAParty(Tokens t, int from, int j, int to) {
    for (int k = j - 1; k >= Math.max(from, j - 4); k--) {
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, k, to);
      if (party != null && party.last == j) {
        return true;
      }
    }
    return false;
  }

  private boolean listedAdjective(Tokens t, int from, int j, int to) {
    if (!language.adjectiveListsInNames() || j - 1 < from || j >= to || t.isCapitalized(j) || t.isCapitalized(j - 1)) {
      return false;
    }
    int last = afterCompound(t, j, to);
    String before = t.key[j - 1];
    String after = t.key[last];
    return last + 1 < to && language.isAdjective(before) && language.isAdjective(after) && before.length() > 3
        && after.length() > 3 && before.endsWith(after.substring(after.length() - 3))
        && (t.gapText(last + 1).equals(", ") || t.gapBefore[last + 1] == Tokens.GAP_SPACE && words.is(WordClass.AND, t.key[last + 1]));
  }

  /**
   * «Meeting of President Joseph R. Biden», «Встреча с Владимиром В. Путиным»: the stop after a
   * middle initial, between a given name and a capitalised word, ends no name.
   */
  private static boolean afterMiddleInitial(Tokens t, int from, int j, String gap) {
    return j - 2 >= from && gap.equals(". ") && t.key[j - 1].length() == 1 && t.isUpperCase(j - 1)
        && t.gapBefore[j - 1] == Tokens.GAP_SPACE && t.key[j - 2].length() > 1 && t.isCapitalized(j - 2)
        && !t.isUpperCase(j - 2) && t.isCapitalized(j) && !t.isUpperCase(j) && t.key[j].length() > 1;
  }

  /** Whether a gap that opens with a quote has a dash after it: «", - говорится», «" — заявил». */
  private static boolean closesAQuotation(String gap) {
    for (int k = 1; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (c == '-' || c == '\u2013' || c == '\u2014') {
        return true;
      }
    }
    return false;
  }

  /** Whether a gap holds more than spaces, quotes, hyphens and apostrophes. */
  private static boolean hasHard(String gap) {
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (c != ' ' && c != '"' && c != '-' && c != '\'') {
        return true;
      }
    }
    return false;
  }

  static int count(String s, char c) {
    return count(s, 0, s.length(), c);
  }

  /** How many times {@code c} occurs in {@code s[from, to)}. */
  static int count(String s, int from, int to, char c) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == c) {
        n++;
      }
    }
    return n;
  }

  private static final java.util.regex.Pattern ROMAN =
      java.util.regex.Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

  /** The value of a Roman numeral («XVI» 16), or 0. */
  static int romanValue(String s) {
    // Most words asked are abbreviations («ШОС», «ASEAN»): a letter that is no numeral's answers before the pattern.
    for (int k = 0; k < s.length(); k++) {
      if ("IVXLCDM".indexOf(s.charAt(k)) < 0) {
        return 0;
      }
    }
    if (!ROMAN.matcher(s).matches()) {
      return 0;
    }
    int total = 0;
    int previous = 0;
    for (int k = s.length() - 1; k >= 0; k--) {
      int v = "IVXLCDM".indexOf(s.charAt(k)) < 0 ? 0 : new int[] {1, 5, 10, 50, 100, 500, 1000}["IVXLCDM".indexOf(s.charAt(k))];
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }

  /** The text of tokens {@code [first, last)}, with the closing quote or bracket it leaves open. */
  static String text(Context ctx, int first, int last) {
    Tokens t = ctx.tokens;
    int start = t.start[first];
    int end = t.end[last - 1];
    String text = ctx.text.text();
    int quotes = count(text, start, end, '"');
    if (quotes % 2 == 1 && end < text.length() && text.charAt(end) == '"') {
      end++;
    } else if (quotes % 2 == 1 && start > 0 && text.charAt(start - 1) == '"') {
      // «the "Central Asia + China" format»: the name opens inside the quote that closes in it.
      start--;
    }
    if (end < text.length() && text.charAt(end) == ')' && text.lastIndexOf('(', end) > start) {
      end++;
    }
    return text.substring(start, end);
  }
  /**
   * The text of tokens {@code [first, last)} ({@link #text}) with its head phrase, the tokens
   * {@code [first, headEnd)} whose head word starts at {@code headFirst}, in the nominative (the
   * language's {@link Language#nominativeHeadPhrase}); the complements after it as written.
   */
  static String nominativeText(Context ctx, Language language, int first, int headFirst, int headEnd, int last) {
    String name = text(ctx, first, last);
    Tokens t = ctx.tokens;
    String text = ctx.text.text();
    int to = Math.min(headEnd, last);
    if (to <= first) {
      return name;
    }
    // «бизнес-форума», «бизнес-совета»: a head noun and the first part a bare hyphen joins to it are one word.
    int joined = -1;
    for (int k = Math.max(first, headFirst - 1); k <= headFirst && k + 1 < to; k++) {
      if (bareHyphenAfter(t, k) && !t.isCapitalized(k + 1)) {
        joined = k;
        break;
      }
    }
    int words = joined >= 0 ? to - first - 1 : to - first;
    String[] phrase = new String[words];
    int[] begins = new int[words];
    int[] ends = new int[words];
    int headWord = 0;
    for (int k = first, w = 0; k < to; k++, w++) {
      begins[w] = t.start[k];
      if (k <= headFirst) {
        headWord = w;
      }
      if (k == joined) {
        k++;
      }
      ends[w] = t.end[k];
      phrase[w] = text.substring(begins[w], ends[w]);
    }
    String[] nominative = language.nominativeHeadPhrase(phrase, headWord);
    if (nominative == null) {
      return name;
    }
    StringBuilder b = new StringBuilder(name.length() + 8);
    int at = t.start[first];
    for (int w = 0; w < words; w++) {
      b.append(text, at, begins[w]).append(nominative[w]);
      at = ends[w];
    }
    return b.append(name, at - t.start[first], name.length()).toString();
  }
}
