package dev.entente.parser;

import dev.entente.model.DocumentKind;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.PartyKind;
import dev.entente.model.Place;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What makes an event and what it owns: its date (the nearest in the sentence that is not another
 * document's), its place (a city, else a state, after the language's preposition of place or a verb
 * of visit), its status (the document's day, a cue, a past-tense act), the first meeting of a
 * mechanism named just before («проведение первой встречи»), and a visit read from an invitation.
 */
final class EventRecognizer {
  private final LanguageData data;
  private final Language language;
  private final Words words;
  private final Lexicons lex;
  private final DateRecognizer dates;
  /** A generic mechanism word that opens a name («механизм», «формата») and the spaces after it. */
  private final Pattern genericWord;
  /** Whether a token is an ordinal in words, answered once per word. */
  private final WordFlag ordinal;

  EventRecognizer(LanguageData data, DateRecognizer dates) {
    this.data = data;
    this.language = data.language;
    this.words = data.words;
    this.lex = data.lexicons;
    this.dates = dates;
    this.genericWord = Pattern.compile("^(?iu)(" + String.join("|",
        words.list(WordClass.GENERIC_MECHANISM_PREFIX).stream().map(Pattern::quote).toArray(String[]::new))
        + ")\\S*\\s+");
    this.ordinal = data.wordFlag("ordinal", data.ordinals::containsKey);
  }

  /** Sets an event's date, place and status from its sentence, tokens {@code [from, to)}. */
  void attributes(Context ctx, Concept c, int from, int to) {
    attributes(ctx, c, from, to, c.first);
  }

  /**
   * Sets an event's date, place and status from its sentence, tokens {@code [from, to)}; a date or
   * place from token {@code others} to the event's start follows another event named before it, and
   * is that one's («the 16th BRICS Summit held in Kazan in October 2024 and the Summit of the Future»),
   * unless a comma right after that event opens another clause («визитом, в ходе которого 22 августа в
   * Шанхае состоялась встреча»).
   */
  void attributes(Context ctx, Concept c, int from, int to, int others) {
    attributes(ctx, c, from, to, others, to);
  }

  /**
   * As {@link #attributes(Context, Concept, int, int, int)}; a date or place from token {@code until}
   * on follows the next event named after this one and is that one's («the AU Summit in February and
   * the G20 Summit in New Delhi»).
   */
  void attributes(Context ctx, Concept c, int from, int to, int others, int until) {
    Tokens t = ctx.tokens;
    // «The Extraordinary Summit …, hereafter called Summit, was held in Lilongwe on …»: the name after
    // «hereafter» is this event's own short name, not another event whose setting the rest would be.
    if (until < to && aliasAt(t, c.last, until)) {
      until = to;
    }
    // «…, the sixteenth session of UNCTAD, to be held in Geneva in October 2025, the thirteenth session …»: a
    // comma and a cue of status right after the event before opens that one's own clause, whose date and
    // place stay its own.
    if (others < c.first && others < t.size && t.gapHas(others, ',') && !ownClauseAfter(t, others, c.first)) {
      others = c.first;
    }
    boolean ownClause = ownClauseAfter(t, c.last, to);
    List<DateRecognizer.Found> inSentence = ctx.dates(dates, from, to);
    DateRecognizer.Found nearest = null;
    int best = Integer.MAX_VALUE;
    boolean counted = false;
    for (DateRecognizer.Found d : inSentence) {
      // «the fourth consultations since 2013»: a period's start dates no event; it counts the ones up to now.
      if (d.since) {
        counted |= c.ordinal != null && d.first >= c.last && d.first - c.last <= SINCE_REACH;
        continue;
      }
      int distance = d.first >= c.last ? d.first - c.last : c.first - d.last;
      // «подписание 2 апреля 1997 года Договора о …»: the date between a signing's head and what was signed is its own.
      boolean inside = d.first >= c.first && d.last <= c.last;
      // «exploratory talks on June 14-15, 2016»: a day or month that ends the name after its head is its date.
      // «the EU-Japan Summit 2022», «the Madrid Conference of 1991»: so is a year that ends it.
      boolean ending = d.first > c.headFirst && d.first < c.last && d.last >= c.last
          && (d.month1 > 0 || d.last == c.last && d.hasYear());
      if (inside && c.kind == EventKind.SIGNING && d.first > c.headFirst || ending) {
        distance = 0;
        inside = false;
      }
      // «посетил … с официальным визитом, в ходе которого 22 августа …»: a date past a comma is another clause's.
      if (distance >= 0 && d.first >= c.last && hasComma(t, c.last, d.first)
          && !(ownClause && !hasComma(t, c.last + 1, d.first))) {
        distance += ANOTHER_CLAUSE;
      }
      boolean ofDocument = d.first > from && words.is(WordClass.DOCUMENT_DATE_PREPOSITION, t.key[d.first - 1]);
      boolean after = d.first >= c.last;
      if (d.first >= others && d.last <= c.first || d.first >= until) {
        continue;
      }
      if (distance >= 0 && (distance < best || distance == best && after) && !inside
          && !ofDocument && !(d.last <= c.first && actBetween(t, d.last, c.first))) {
        best = distance;
        nearest = d;
      }
    }
    if (nearest != null) {
      c.date = nearest.resolve(ctx.referenceYear, ctx.referenceDay);
      // «will meet again in March» in a text of November: a month without its year that a cue of a plan
      // governs, and that the document's year would put in the past, is next year's.
      if (c.date != null && ctx.referenceDay != null && nearest.takesTheDocumentsYear()
          && c.date.latest().isBefore(ctx.referenceDay) && cued(ctx, c, from, to).status == EventStatus.PLANNED) {
        EdtfDate next = nearest.resolve(ctx.referenceYear + 1, ctx.referenceDay);
        c.date = next != null ? next : c.date;
      }
    }
    // The year may open the name itself («the 2025 Youth Summit», NameExtent).
    boolean opens = c.first < c.headFirst && c.first + 1 < t.size && t.isNumber(c.first);
    int year = opens ? yearBefore(t, c.first + 1, c.first) : yearBefore(t, c.first, from);
    // «the EU-Japan Summit 2022», «the Bandung Conference of 1955»: a year right after the head ends the name. It
    // dates the event over a date elsewhere in the sentence that falls in another year («… of 1955 and the first
    // Forum Summit in 2008»); a month given without its year is that year's («the Summit 2022 held in July»).
    int yearEnds = year == 0 && c.last - 2 >= c.headFirst && t.isNumber(c.last - 1)
        && t.gapBefore[c.last - 1] == Tokens.GAP_SPACE ? yearBefore(t, c.last, c.last - 1) : 0;
    // «Expo 2025 Osaka»: so is a year right after a head of one word, before the rest of the name.
    if (yearEnds == 0 && year == 0 && c.headFirst + 2 < c.last && t.isNumber(c.headFirst + 1)
        && t.gapBefore[c.headFirst + 1] == Tokens.GAP_SPACE) {
      yearEnds = yearBefore(t, c.headFirst + 2, c.headFirst + 1);
    }
    if (yearEnds > 0 && c.date != null && nearest != null && nearest.takesTheDocumentsYear()) {
      EdtfDate inThatYear = nearest.resolve(yearEnds, null);
      c.date = inThatYear != null ? inThatYear : EdtfDate.ofYear(yearEnds);
    } else if (yearEnds > 0 && (c.date == null || !inYear(c.date, yearEnds))) {
      c.date = EdtfDate.ofYear(yearEnds);
    }
    if (year > 0) {
      c.date = EdtfDate.ofYear(year);
      // «the January 2011 arms control workshop»: the month before the year is part of its date.
      int yearAt = opens ? c.first : c.first - 1;
      for (DateRecognizer.Found d : inSentence) {
        EdtfDate full = d.first < yearAt && d.last == yearAt + 1 && d.month1 > 0 && (d.year1 == year || d.year2 == year)
            ? d.resolve(ctx.referenceYear, ctx.referenceDay) : null;
        c.date = full != null ? full : c.date;
      }
    }
    Place destination = c.kind == EventKind.VISIT ? destinationIn(ctx, c.headFirst, c.last, to) : null;
    Place visited = destination == null && c.kind == EventKind.VISIT ? visitedState(ctx, c, from, to) : null;
    Place inName = destination == null && visited == null ? cityEndingTheName(ctx, c) : null;
    if (inName == null && destination == null && visited == null) {
      inName = cityOfAdjectiveOpening(ctx, c.first, c.headFirst);
    }
    c.place = destination != null ? destination : visited != null ? visited : inName != null ? inName
        : placeNear(ctx, Math.min(others, c.first), c.last, from, Math.max(c.last, until));
    // «договорились провести следующее заседание … в Москве» in a text dated Moscow: the meeting it plans is not
    // the one it comes from, however near the opening and whatever the city.
    boolean occasion = c.sentence != null && c.sentence.block.number == null && c.date == null
        && (c.place != null && ctx.place != null && c.place.name().equals(ctx.place.name())
            && Layout.preambleIndex(c.sentence.block) < 3 || headingOccasion(ctx, c) || gatheredAt(ctx, c, from))
        && cued(ctx, c, from, to).status != EventStatus.PLANNED;
    if (occasion) {
      c.date = occasionDate(ctx);
      c.inTitle = true;
    } else if (c.sentence != null && c.sentence.block.number == null && c.date == null && madeTheDocument(ctx, c)
        && cued(ctx, c, from, to).status != EventStatus.PLANNED) {
      // The occasion a heading names as the document's maker takes the document's days and city once they are
      // settled (DocumentDater.settle), as the title's does.
      c.inTitle = true;
    } else if (c.kind == EventKind.SIGNING && ctx.date != null && (nearest == null || best > OWN_DATE_REACH)
        && attendedSigning(t, c.first, from)) {
      // «The Prime Minister and the President witnessed the signing of …, which will come into effect later this
      // year»: the sides attend it on the document's day; a date farther on in the sentence is another act's.
      c.date = ctx.date;
    } else if (counted && c.date == null && ctx.date != null && cued(ctx, c, from, to).status != EventStatus.PLANNED) {
      // «the fourth government consultations since 2013 focused on …»: the n-th one since a period's start is
      // the latest, the one the document reports, unless a cue puts it ahead.
      c.date = ctx.date;
    }
    c.eventStatus = status(ctx, c, from, to);
    if (language.namesAnAnniversary(t.key[c.headFirst]) && ctx.referenceDay != null) {
      yearOfTheAnniversary(ctx, c);
    }
  }

  /**
   * The date of the occasion the document comes from: the span of days the text dates it by («Бремен, 25-26 июня
   * 2003 года», "Washington, 23-24 April 1999"), which the document's own date, the day of issue, falls within;
   * else the document's date.
   */
  static EdtfDate occasionDate(Context ctx) {
    EdtfDate days = ctx.occasionDays;
    return days != null && ctx.date != null && !ctx.date.earliest().isBefore(days.earliest())
        && !ctx.date.latest().isAfter(days.latest()) ? days : ctx.date;
  }

  /** Whether {@code year} falls within {@code date}. */
  private static boolean inYear(EdtfDate date, int year) {
    return date.earliest().getYear() <= year && year <= date.latest().getYear();
  }

  /**
   * «it marked the 60th anniversary of bilateral relations», «gathered to celebrate the 75th anniversary»: an
   * anniversary lasts its year; one the body tells as taking place, undated, or one dated by the document's
   * own day, is the document's year (a title's may name the year ahead: «upon entering the year of the 60th
   * Anniversary»).
   */
  private void yearOfTheAnniversary(Context ctx, Concept c) {
    boolean undated = c.date == null && !c.inTitle && c.eventStatus == EventStatus.HELD;
    boolean today = c.date != null && c.date.precision() == EdtfDate.Precision.DAY
        && c.date.earliest().equals(ctx.referenceDay);
    if (undated || today) {
      c.date = EdtfDate.ofYear(ctx.referenceDay.getYear());
    }
  }

  /**
   * «118th Session of the Committee of Ministers», «Meeting of the North Atlantic Council … held at NATO
   * Headquarters»: a line of its own among the document's opening paragraphs, with no stop at its end, that
   * opens with an event's capitalised name and gives it no day, heads the text as the occasion it comes from.
   */
  private boolean headingOccasion(Context ctx, Concept c) {
    Context.Sentence s = c.sentence;
    if (ctx.date == null || s.block.number != null) {
      return false;
    }
    if (c.first > s.firstToken) {
      return (opens(ctx, s.block) || belowHeadingLines(ctx, s.block)) && occasionLineOfHeading(ctx, c);
    }
    if (!opens(ctx, s.block)) {
      return false;
    }
    if (!ctx.tokens.isCapitalized(c.first) && !ctx.tokens.isNumber(c.first)) {
      return false;
    }
    String text = ctx.text.text();
    return lineStartsAt(text, s.start) && (s.end == text.length() || text.charAt(s.end) == '\n')
        && text.charAt(s.end - 1) != '.';
  }

  /**
   * «МИНСКАЯ ДЕКЛАРАЦИЯ / И / РЕЗОЛЮЦИИ, / ПРИНЯТЫЕ / … / НА … СЕССИИ»: a heading set a phrase a line makes a
   * paragraph of every line; a paragraph that only such lines come before, none ending in a stop, is still the
   * heading's, however many lines it took.
   */
  private static boolean belowHeadingLines(Context ctx, Layout.Block b) {
    if (b.preambleIndex < 0 || b.preambleIndex > HEADING_LINES) {
      return false;
    }
    String text = ctx.text.text();
    for (int i = 0; i < b.preambleIndex; i++) {
      Layout.Block line = ctx.layout.preamble.get(i);
      String written = text.substring(line.start(), line.end()).strip();
      if (line.number != null || written.isEmpty() || written.indexOf('\n') >= 0 || written.endsWith(".")) {
        return false;
      }
    }
    return true;
  }

  /** The most paragraphs of a heading set one line each before the line that names its occasion. */
  private static final int HEADING_LINES = 8;

  /**
   * «РЕЗОЛЮЦИИ, ПРИНЯТЫЕ … / НА ДВАДЦАТЬ ШЕСТОЙ ЕЖЕГОДНОЙ СЕССИИ / МИНСК, 5 - 9 ИЮЛЯ», «Заявление Председателя / на
   * заседании Совета … / на уровне министров»: a line of a heading that holds only the preposition of an occasion and
   * an event's name, with no stop at its end, tells the occasion the heading's text was adopted at.
   */
  private boolean occasionLineOfHeading(Context ctx, Concept c) {
    Tokens t = ctx.tokens;
    int lead = c.first - 1;
    if (!words.is(WordClass.OCCASION_PREPOSITION, t.key[lead]) || t.gapBefore[c.first] != Tokens.GAP_SPACE) {
      return false;
    }
    String text = ctx.text.text();
    return lineStartsAt(text, t.start[lead]) && lineEndsAt(text, t.end[c.last - 1]);
  }

  /** The most lower-case function words between a verb of gathering and the event it tells («at the»). */
  private static final int GATHERED_AT_WORDS = 2;

  /** The letters of a short preposition, read as a function word between a verb and its event («на», «at»). */
  private static final int PREPOSITION_LETTERS = 3;

  /**
   * «Мы, Главы государств …, собравшись на 15-м Саммите ОЭС, …», «We, the Leaders, gathered at the Summit»: in the
   * document's opening or a sentence that opens with «we», a verb of gathering right before event {@code c}, a preposition (and an article) aside, tells
   * the meeting the document comes from, unless a word such as «next» or «previous» sets the event apart.
   */
  private boolean gatheredAt(Context ctx, Concept c, int from) {
    Tokens t = ctx.tokens;
    // «Мы, …»: a sentence that opens with the adopting subject tells its occasion however far a page's wrapper puts it.
    if (!opens(ctx, c.sentence.block) && !words.is(WordClass.WE, t.key[c.sentence.firstToken])) {
      return false;
    }
    for (int j = c.first; j < c.headFirst; j++) {
      if (words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, t, j)) {
        return false;
      }
    }
    int k = c.first - 1;
    while (k > from && c.first - 1 - k < GATHERED_AT_WORDS && !t.isCapitalized(k) && t.gapBefore[k + 1] == Tokens.GAP_SPACE
        && !t.isNumber(k) && (t.key[k].length() <= PREPOSITION_LETTERS || words.is(WordClass.FUNCTION_WORD, t.key[k])
            || language.isArticle(t.key[k]) || words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k]))) {
      k--;
    }
    return k >= from && k < c.first - 1 && t.gapBefore[k + 1] == Tokens.GAP_SPACE && words.is(WordClass.GATHERING_VERB, t.key[k]);
  }

  /** The most words of a kind of document or of an outcome phrase read right before an event («совместное заявление»). */
  private static final int MAKER_WORDS = 4;

  /**
   * «Политическая декларация совещания высокого уровня …», «Совместное заявление … по итогам встречи …», «ЗАЯВЛЕНИЕ,
   * ПРИНЯТОЕ НА ЗАСЕДАНИИ СОВЕТА …»: whether event {@code c} stands in the document's opening lines as what made a
   * document, right after a kind of document, an outcome phrase ({@link WordClass#OUTCOME_PHRASE}), or a verb of
   * adoption and the preposition of an occasion: the heading names the occasion the text comes from.
   */
  private boolean madeTheDocument(Context ctx, Concept c) {
    Layout.Block b = c.sentence.block;
    int k = c.first;
    if (k == 0 || !opens(ctx, b) && !belowHeadingLines(ctx, b)) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (int j = Math.max(c.sentence.firstToken, k - MAKER_WORDS); j < k; j++) {
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, j, k);
      if (kind != null && kind.last == k || words.isPhrase(WordClass.OUTCOME_PHRASE, t, j, k)) {
        return true;
      }
    }
    return k >= 2 && k - 2 >= c.sentence.firstToken && words.is(WordClass.OCCASION_PREPOSITION, t.key[k - 1])
        && words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t, k - 2);
  }

  /** Whether only spaces stand between the line's start and offset {@code at}. */
  private static boolean lineStartsAt(String text, int at) {
    int k = at;
    while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
      k--;
    }
    return k == 0 || text.charAt(k - 1) == '\n';
  }

  /** Whether only spaces or tabs stand between offset {@code at} and the end of its line (or of the text). */
  private static boolean lineEndsAt(String text, int at) {
    int k = at;
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k++;
    }
    return k == text.length() || text.charAt(k) == '\n';
  }

  /**
   * «Бишкекской встречи», «Будапештская встреча на высшем уровне»: the city whose adjective opens a
   * meeting's name, capitalised, before its head; null when none does. Where names end in their head,
   * a city's own name before the head, outside a party's name, is such a city («the G7 Hiroshima
   * Summit», «the Doha Ministerial»).
   */
  Place cityOfAdjectiveOpening(Context ctx, int first, int head) {
    return cityOfAdjectiveOpening(ctx, first, head, false);
  }

  /**
   * As {@link #cityOfAdjectiveOpening(Context, int, int)}; with {@code adjacent}, a city's own name must
   * stand right before the head.
   */
  Place cityOfAdjectiveOpening(Context ctx, int first, int head, boolean adjacent) {
    Tokens t = ctx.tokens;
    if (first >= head) {
      return null;
    }
    if (!t.isCapitalized(first)) {
      // «юбилейный Астанинский саммит», «первый Бишкекский форум»: a lower-case word may come before the city's adjective;
      // «the 2010 Shanghai World Expo»: where names end in their head, a year may open the name before the city.
      return (!language.headsEndNames() || t.isNumber(first)) && first + 1 < head && t.isCapitalized(first + 1)
          ? cityOfAdjectiveOpening(ctx, first + 1, head, adjacent) : null;
    }
    if (language.headsEndNames()) {
      for (int k = first; k < head; k++) {
        PhraseMatcher.Match<City> city = t.isCapitalized(k) ? data.cities.longestAt(t, k, head) : null;
        if (city != null && (adjacent ? city.last == head : city.last <= head) && !insideParty(t, k, head)) {
          return Place.of(city.value.name, city.value.country);
        }
      }
      return null;
    }
    City city = data.cityOfAdjectiveWord(t.key[first]);
    return city == null ? null : Place.of(city.name, city.country);
  }

  /**
   * Whether a verb of attending a signing stands right before token {@code first}, an article between
   * them aside («witnessed the signing of …», «will witness the signature of …»).
   */
  boolean attendedSigning(Tokens t, int first, int from) {
    int verb = first - 1 >= from && language.isArticle(t.key[first - 1]) ? first - 2 : first - 1;
    return verb >= from && t.gapBefore[verb + 1] == Tokens.GAP_SPACE && language.attendsASigning(t.key[verb]);
  }

  /** Whether a party's name that starts before {@code head} covers token {@code k} («the Shanghai Cooperation Organisation»). */
  private boolean insideParty(Tokens t, int k, int head) {
    for (int p = Math.max(0, k - 3); p <= k; p++) {
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, p, head);
      if (party != null && party.last > k) {
        return true;
      }
    }
    return false;
  }

  /** The digits of a year written in full. */
  private static final int YEAR_DIGITS = 4;

  /**
   * «саммит в Киеве»: the city after the preposition of place that ends an event's name, also the
   * second of two («в Кишиневе и Киеве»), or after a year right after the head («Expo 2025 Osaka»); null
   * when none does.
   */
  private Place cityEndingTheName(Context ctx, Concept c) {
    Tokens t = ctx.tokens;
    for (int k = c.headFirst + 1; k + 1 < c.last; k++) {
      // «Expo 2025 Osaka»: a year after the head may stand before the city, as the preposition does.
      if (words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k])
          || words.is(WordClass.AND, t.key[k]) && data.cities.longestAt(t, k - 1, k) != null
          || k == c.headFirst + 1 && t.isNumber(k) && t.key[k].length() == YEAR_DIGITS && t.isCapitalized(k + 1)) {
        PhraseMatcher.Match<City> city = data.cities.longestAt(t, k + 1, c.last);
        if (city != null && city.last == c.last) {
          return Place.of(city.value.name, city.value.country);
        }
      }
    }
    return null;
  }

  /**
   * «the 2025 Youth Summit», «the 2010 Shanghai World Expo»: in a language that writes bare years,
   * a year right before an event's name is its date; 0 when there is none.
   */
  private int yearBefore(Tokens t, int first, int from) {
    int k = first - 1;
    if (!language.bareYearsAreDates() || k < from || !t.isNumber(k) || t.key[k].length() != 4
        || t.gapBefore[first] != Tokens.GAP_SPACE || k > from && t.gapBefore[k] == Tokens.GAP_SPACE && t.isNumber(k - 1)) {
      return 0;
    }
    int year = Integer.parseInt(t.key[k]);
    return year >= 1900 && year <= 2100 ? year : 0;
  }

  /**
   * «welcomed the mission to Indonesia in February 2001, and looked forward to a return visit»: a
   * stop and then an act of the statement between a date and an event after it open another clause,
   * whose event the date is not («с 22 по 24 апреля посетил … с визитом» has no stop).
   */
  private boolean actBetween(Tokens t, int from, int to) {
    boolean clauseEnds = false;
    for (int k = from; k < to; k++) {
      // «… in September 2022 and decided that the next meeting …»: where the language says so, «and» before an
      // act opens another clause too.
      // «22 августа 2023 г. председатель … посетил», «2024 г. Президент …»: the stop of an abbreviation (a year's
      // word, or any before a word in lower case) ends no clause.
      clauseEnds |= t.gapBefore[k] == Tokens.GAP_HARD && !abbreviationStop(t, k)
          || k > from && language.andOpensAClause() && words.is(WordClass.AND, t.key[k - 1]);
      if (clauseEnds && lex.acts.longestAt(t, k, to) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a comma right before token {@code k} opens a clause about the event that ends there, a cue of
   * its status standing first in it («, to be held in Geneva in October 2025», «, held in Lima», «,
   * состоявшегося 5 мая в Москве»).
   */
  private boolean ownClauseAfter(Tokens t, int k, int to) {
    if (k >= to || !t.gapHas(k, ',')) {
      return false;
    }
    PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(t, k, to);
    return cue != null && cue.first == k && cue.entry.value.eventStatus != null && cue.entry.value.scope != Lexicons.Scope.BEFORE;
  }

  /** Whether a word of «hereinafter» stands in the few tokens before {@code until}, after {@code last}. */
  private boolean aliasAt(Tokens t, int last, int until) {
    for (int k = Math.max(last, until - ALIAS_REACH); k < until; k++) {
      if (words.is(WordClass.HEREINAFTER, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** How many words before a short name «hereafter» may stand («hereafter called», «далее именуемое»). */
  private static final int ALIAS_REACH = 3;

  /** Whether the gap before token {@code k} is the stop of an abbreviation: after a year's word, or before a lower-case word. */
  private boolean abbreviationStop(Tokens t, int k) {
    return k > 0 && t.gapText(k).strip().equals(".")
        && (data.yearWords.contains(t.key[k - 1]) || !t.isCapitalized(k) && !t.isNumber(k));
  }

  /** How many words from an attended signing's name its own date may stand («witnessed the signing of … on 3 May»). */
  private static final int OWN_DATE_REACH = 2;

  /** How many tokens after an ordinal event's name a «since» year still counts its kind («… since 2013»). */
  private static final int SINCE_REACH = 2;

  /** What a comma between an event's name and a date after it adds to their distance, in words. */
  private static final int ANOTHER_CLAUSE = 100;

  private static boolean hasComma(Tokens t, int from, int to) {
    for (int k = from; k <= to && k < t.size; k++) {
      if (t.gapBefore[k] != Tokens.GAP_SPACE && t.gapHas(k, ',')) {
        return true;
      }
    }
    return false;
  }

  private EventStatus status(Context ctx, Concept c, int from, int to) {
    if (c.inTitle) {
      return EventStatus.HELD;
    }
    if (c.date != null && ctx.referenceDay != null) {
      if (c.date.latest().isBefore(ctx.referenceDay)) {
        return EventStatus.HELD;
      }
      if (c.date.earliest().isAfter(ctx.referenceDay)) {
        return EventStatus.PLANNED;
      }
      if (c.date.precision() == EdtfDate.Precision.DAY) {
        return EventStatus.HELD;
      }
    }
    Tokens t = ctx.tokens;
    Cued cued = cued(ctx, c, from, to);
    if (cued.status != null) {
      return cued.status;
    }
    boolean plannedBefore = cued.plannedBefore;
    for (int k = Math.max(from, c.first - 4); k < c.first; k++) {
      if (words.startsWithAny(WordClass.HOLDING_PREFIX, t, k) && k > from) {
        for (int v = k - 1; v >= from && v >= k - 4; v--) {
          if (language.isPastPlural(t.key[v]) && lex.acts.longestAt(t, v, to) != null) {
            return EventStatus.HELD;
          }
        }
      }
    }
    // «Во время визита Ху Цзиньтао провел переговоры», "In the course of his official visit … the Prime Minister met": an
    // undated event the sentence sets its acts within, told in the past, took place.
    if (c.date == null && !plannedBefore && words.phraseEndsAt(WordClass.DURING_PHRASE, t, from, c.first)
        && pastActIn(t, from, to)) {
      return EventStatus.HELD;
    }
    // «The Prime Minister and the President met today in Downing Street for the 37th Summit»: a verb of
    // gathering before an undated event tells one that took place.
    if (c.date == null && !plannedBefore) {
      for (int k = from; k < c.first; k++) {
        if (words.is(WordClass.GATHERING_VERB, t.key[k])) {
          return EventStatus.HELD;
        }
      }
    }
    // «The Parties opened the first meeting», «welcomed the Meeting of the Dialogue»: where the language has
    // articles, a verb in the past right before the article of an undated event tells one that took place.
    if (c.date == null && !plannedBefore && pastVerbBeforeArticle(t, c.first, from)) {
      return EventStatus.HELD;
    }
    // «the decision made at the G7 Summit», «the pledge made at COP28», «took part in the Summit»: a verb in the
    // past, then the preposition of place (an article may follow it) right before an undated event, tells an
    // act done there, so the event took place.
    if (c.date == null && !plannedBefore && pastVerbBeforePlace(t, c.first, from)) {
      return EventStatus.HELD;
    }
    // «looked forward to the 44th Summit in 2024 and the 26th Summit»: a cue of a plan earlier in the sentence,
    // out of the nearest reach, still tells a coming event from one a verb in the past reports.
    if (c.ordinal != null && c.series == null && c.date == null && ctx.referenceDay != null && !plannedBefore
        && isPastTense(ctx, from, c.first)) {
      return EventStatus.HELD;
    }
    // «переговоры о подготовке договора зашли в тупик», «перед нашей встречей в Лиссабоне ОБСЕ приступила к …»: an
    // undated event in a sentence whose verb tells a past act, no cue of a plan anywhere before it, took place.
    if (c.date == null && !plannedBefore && finitePastOutside(t, from, to, c)) {
      return EventStatus.HELD;
    }
    return EventStatus.PLANNED;
  }

  /** Whether a lower-case finite verb in the past stands in tokens {@code [from, to)} outside event {@code c}'s name. */
  private boolean finitePastOutside(Tokens t, int from, int to, Concept c) {
    for (int k = from; k < to; k++) {
      if ((k < c.first || k >= c.last) && !t.isCapitalized(k) && language.isFinitePast(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lower-case verb in the past («провел», "met") stands in tokens {@code [from, to)}. */
  private boolean pastActIn(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.isCapitalized(k) && language.isPastAct(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** The status the nearest cue gives an event, and whether a cue of a plan stands anywhere before it. */
  private record Cued(EventStatus status, boolean plannedBefore) {
  }

  /** The tokens a cue of a plan may stand before a cue of a past it governs («look forward to a successful …»). */
  private static final int GOVERNED_CUE = 2;

  /** The cues of an event's status in the sentence {@code [from, to)} around event {@code c}, read once. */
  private Cued cued(Context ctx, Concept c, int from, int to) {
    Tokens t = ctx.tokens;
    EventStatus cued = null;
    int cueAt = -1;
    int plannedEnd = Integer.MIN_VALUE / 2;
    boolean plannedBefore = false;
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(t, k, to);
      if (cue == null || cue.entry.value.eventStatus == null) {
        continue;
      }
      Lexicons.Scope scope = cue.entry.value.scope;
      EventStatus status = cue.entry.value.eventStatus;
      // «look forward to a successful COP», «wish success to the upcoming»: a word of success right after a
      // cue of a plan wishes the coming event well; it tells no past one.
      if (status == EventStatus.HELD && cue.first - plannedEnd <= GOVERNED_CUE) {
        status = EventStatus.PLANNED;
      }
      if (status == EventStatus.PLANNED && scope != Lexicons.Scope.AFTER) {
        plannedEnd = cue.last;
      }
      plannedBefore |= cue.last <= c.first && scope != Lexicons.Scope.AFTER && status == EventStatus.PLANNED;
      boolean before = cue.last <= c.first && c.first - cue.last <= ConceptRecognizer.CUE_WINDOW;
      boolean after = cue.first >= c.last && cue.first - c.last <= 4;
      if ((before && scope != Lexicons.Scope.AFTER) || (after && scope != Lexicons.Scope.BEFORE)
          || (cue.first >= c.first && cue.last <= c.last)) {
        if (cued == null || Math.abs(cue.first - c.first) < Math.abs(cueAt - c.first)) {
          cued = status;
          cueAt = cue.first;
        }
      }
      k = cue.last - 1;
    }
    return new Cued(cued, plannedBefore);
  }

  /** Whether an article stands right before token {@code first} and a lower-case verb in the past right before it. */
  private boolean pastVerbBeforeArticle(Tokens t, int first, int from) {
    int verb = first - 2;
    return verb >= from && language.isArticle(t.key[first - 1]) && !t.isCapitalized(verb) && language.isPastTense(t.key[verb])
        && t.gapBefore[first - 1] == Tokens.GAP_SPACE && t.gapBefore[first] == Tokens.GAP_SPACE;
  }

  /**
   * Whether the preposition of place or of a sitting (and an article) stands right before token {@code first}
   * and a lower-case verb in the past right before it, no function word before the verb («to be made at»,
   * «will be held in»; «выступил на заседании»).
   */
  private boolean pastVerbBeforePlace(Tokens t, int first, int from) {
    int at = first - 1 >= from && language.isArticle(t.key[first - 1]) ? first - 2 : first - 1;
    int verb = at - 1;
    return verb >= from
        && (words.is(WordClass.LOCATIVE_PREPOSITION, t.key[at]) || words.is(WordClass.OCCASION_PREPOSITION, t.key[at]))
        && !t.isCapitalized(verb)
        && language.isPastAct(t.key[verb]) && t.gapBefore[at] == Tokens.GAP_SPACE && t.gapBefore[at + 1] == Tokens.GAP_SPACE
        && !(verb > from && words.is(WordClass.FUNCTION_WORD, t.key[verb - 1]));
  }

  private boolean isPastTense(Context ctx, int from, int until) {
    Tokens t = ctx.tokens;
    for (int k = from; k < until; k++) {
      PrefixLexicon.Hit<Lexicons.ActSense> act = lex.acts.longestAt(t, k, until);
      if (act != null) {
        for (int v = act.first; v < act.last; v++) {
          // «we are committed to work together to advance progress at COP27»: a participle after an
          // auxiliary tells a state, not an act that took place.
          if (language.isPastAct(t.key[v])
              && !(v > from && words.startsWithAny(WordClass.PASSIVE_AUXILIARY_PREFIX, t, v - 1))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** The city (or failing that the state) nearest to tokens {@code [first, last)} after «в»/«во». */
  Place placeNear(Context ctx, int first, int last, int from, int to) {
    Tokens t = ctx.tokens;
    Place best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean bestIsCity = false;
    int[] afterCueAndDate = afterCueAndDate(ctx, from, to);
    for (int k = from; k < to; k++) {
      if (k >= first && k < last) {
        continue;
      }
      boolean locative = k > from && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k - 1])
          || k > from + 1 && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k - 2])
              && (words.is(WordClass.CITY_ABBREVIATION, t.key[k - 1])
                  || words.startsWithAny(WordClass.CITY_WORD_PREFIX, t, k - 1));
      boolean visit = k > from && (words.startsWithAny(WordClass.PLACE_CUE_PREFIX, t, k - 1)
          || isIn(afterCueAndDate, k) || hostedBy(t, k, from));
      int distance = k >= last ? k - last : first - k;
      Place articled = !locative && !visit ? stateAfterAnArticle(t, k, from, to) : null;
      if (articled != null && k == last + 2) {
        return articled;
      }
      if (articled != null && !bestIsCity && distance < bestDistance) {
        best = articled;
        bestDistance = distance;
      }
      if (!locative && !visit) {
        continue;
      }
      // «the meeting on the situation in Sudan»: the place is what the meeting is about, not where it sits.
      if (locative && k > from + 1 && language.placesASubject(t.key[k - 2])) {
        continue;
      }
      PhraseMatcher.Match<City> city = locative ? data.cities.longestAt(t, k, to) : null;
      // «the sixth Ministerial Forum in Indonesia»: the place right after the event's name is its own,
      // a state there beating a city named further off («… agreed at the meeting held in Canberra»).
      if (locative && k == last + 1 && t.isCapitalized(k)) {
        PhraseMatcher.Match<PartyInfo> own = city == null ? data.parties.longestAt(t, k, to) : null;
        if (city != null) {
          return Place.of(city.value.name, city.value.country);
        }
        if (own != null && own.value.kind == PartyKind.STATE) {
          return stateAsWritten(t, own);
        }
      }
      if (city != null && t.isCapitalized(k)) {
        if (!bestIsCity || distance < bestDistance) {
          best = Place.of(city.value.name, city.value.country);
          bestDistance = distance;
          bestIsCity = true;
        }
        continue;
      }
      PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, k, to);
      if (state != null && state.value.kind == PartyKind.STATE && !bestIsCity && distance < bestDistance) {
        best = stateAsWritten(t, state);
        bestDistance = distance;
      }
      // «в Сэндтоне, Южная Африка»: a capitalised word the gazetteer lacks, then its state, is a city of that state.
      PhraseMatcher.Match<PartyInfo> country = locative && city == null && state == null && t.isCapitalized(k)
          && !t.isUpperCase(k) && k + 1 < to && t.gapIs(k + 1, ',') ? data.parties.longestAt(t, k + 1, to) : null;
      if (country != null && country.value.kind == PartyKind.STATE && (!bestIsCity || distance < bestDistance)) {
        best = Place.of(nominative(t.surface(k)), country.value.id);
        bestDistance = distance;
        bestIsCity = true;
      } else if (cityWordBefore(t, k, from) && city == null && state == null && t.isCapitalized(k) && !t.isUpperCase(k)
          && (!bestIsCity || distance < bestDistance)) {
        // «в г. Пионерский»: a capitalised word the gazetteer lacks after the abbreviation of «city» is a
        // city, its state unsaid.
        best = Place.of(nominative(t.surface(k)), java.util.Optional.empty());
        bestDistance = distance;
        bestIsCity = true;
      }
    }
    return best;
  }

  /**
   * «in the United States», «in the Philippines»: the state whose name starts at token {@code k} after a
   * preposition of place and an article, and closes its phrase (a capitalised word after it makes it a
   * modifier: «at the Abu Dhabi Ministerial»); null otherwise, and where the place is what the word before
   * the preposition is about («the situation in the Sudan»). A city takes no article.
   */
  private Place stateAfterAnArticle(Tokens t, int k, int from, int to) {
    if (k - 2 < from || !t.isCapitalized(k) || !language.isArticle(t.key[k - 1])
        || !words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k - 2])
        || k - 3 >= from && language.placesASubject(t.key[k - 3])) {
      return null;
    }
    PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, k, to);
    boolean closes = state != null && (state.last >= to || !t.isCapitalized(state.last)
        || t.gapBefore[state.last] != Tokens.GAP_SPACE);
    return closes && state.value.kind == PartyKind.STATE ? stateAsWritten(t, state) : null;
  }

  /**
   * Whether the abbreviation of «city» («г.») stands right before token {@code k}, after a preposition of
   * place. The name after it is most often left in the nominative («в г. Пионерский»); after the full word
   * it is declined as an adjective would be («в городе Заречном»), which the nominative of a person's name
   * does not undo.
   */
  private boolean cityWordBefore(Tokens t, int k, int from) {
    return k > from + 1 && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k - 2])
        && words.is(WordClass.CITY_ABBREVIATION, t.key[k - 1]);
  }

  /**
   * Whether a word of hosting and the preposition of the agent stand right before token {@code k}, an
   * article aside («will be hosted by Australia», «hosted by the United States»): the host is where it sits.
   */
  private boolean hostedBy(Tokens t, int k, int from) {
    int agent = k - 1 > from && language.isArticle(t.key[k - 1]) ? k - 1 : k;
    return agent - 2 >= from && language.introducesTheAgent(t.key[agent - 1])
        && language.hostsAGathering(t.key[agent - 2]);
  }

  /**
   * «paid a State Visit to Japan», «the visit of the Prime Minister to the Republic of India»,
   * «Invitation to Visit Japan»: the city or state right after the language's preposition of
   * destination, in a visit's name (head at {@code headFirst}, end {@code last}) or right after it,
   * or right after the visit's head, is where the visit goes; null when none is named there.
   */
  Place destinationIn(Context ctx, int headFirst, int last, int to) {
    Tokens t = ctx.tokens;
    Place found = null;
    for (int k = headFirst + 1; k < Math.min(to, last + 2); k++) {
      if (t.gapBefore[k] == Tokens.GAP_HARD) {
        break;
      }
      boolean destination = language.isDestinationPreposition(t.key[k - 1])
          || k - 1 == headFirst && words.startsWithAny(WordClass.VISIT_VERB_PREFIX, t, k - 1);
      if (!destination) {
        continue;
      }
      // «to the Republic of Indonesia»: an article may stand between.
      int at = k + 1 < to && !t.isCapitalized(k) ? k + 1 : k;
      PhraseMatcher.Match<City> city = t.isCapitalized(at) ? data.cities.longestAt(t, at, to) : null;
      PhraseMatcher.Match<PartyInfo> state = t.isCapitalized(at) ? data.parties.longestAt(t, at, to) : null;
      if (city != null) {
        found = Place.of(city.value.name, city.value.country);
      } else if (state != null && state.value.kind == PartyKind.STATE) {
        found = stateAsWritten(t, state);
      }
    }
    return found;
  }

  /**
   * The state a visit goes to, where the sentence says it: after a verb of visit («посетил Китайскую
   * Народную Республику с официальным визитом») or right after the visit's name («визит … в Республику
   * Казахстан»). A city named elsewhere in the sentence is where something during it took place.
   */
  private Place visitedState(Context ctx, Concept c, int from, int to) {
    Tokens t = ctx.tokens;
    int[] afterCueAndDate = afterCueAndDate(ctx, from, to);
    for (int k = from + 1; k < to; k++) {
      boolean cued = words.startsWithAny(WordClass.PLACE_CUE_PREFIX, t, k - 1) || isIn(afterCueAndDate, k)
          || k == c.last + 1 && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k - 1]);
      PhraseMatcher.Match<PartyInfo> state = cued ? data.parties.longestAt(t, k, to) : null;
      if (state != null && state.value.kind == PartyKind.STATE) {
        return stateAsWritten(t, state);
      }
    }
    return null;
  }

  /** A city's name put in the nominative as a person's name would be («Сэндтоне» → «Сэндтон»). */
  private String nominative(String written) {
    String key = Tokenizer.keyOf(written);
    String nominative = language.nominativeOf(key);
    return written.substring(0, Math.min(written.length(), nominative.length()))
        + nominative.substring(Math.min(written.length(), nominative.length()));
  }

  private static final int[] NONE = new int[0];

  /**
   * «посетил 13 – 14 марта 2025 г. Российскую Федерацию»: the tokens right after a verb of visit and a
   * date, among tokens {@code [from, to)}; one look-up per sentence, not per token.
   */
  private int[] afterCueAndDate(Context ctx, int from, int to) {
    int[] found = NONE;
    for (DateRecognizer.Found d : ctx.dates(dates, from, to)) {
      if (d.first > from && words.startsWithAny(WordClass.PLACE_CUE_PREFIX, ctx.tokens.key[d.first - 1])) {
        found = Arrays.copyOf(found, found.length + 1);
        found[found.length - 1] = d.last;
      }
    }
    return found;
  }

  private static boolean isIn(int[] tokens, int k) {
    for (int token : tokens) {
      if (token == k) {
        return true;
      }
    }
    return false;
  }

  /**
   * How far from a name, in words, a date may stand to make it an event: «India's accession to the Treaty in
   * 2003 and its active part in the ASEAN Regional Forum» dates the accession, not the forum.
   */
  private static final int DATE_EVIDENCE_REACH = 6;

  /**
   * Whether the sentence makes the item at {@code [start, end)} a one-off event: a date near it, a cue, a
   * place, «проведение», a one-off word in it or right before it («внеочередной», "Informal").
   */
  boolean hasEvidence(Context ctx, int start, int end, int from, int to) {
    Tokens t = ctx.tokens;
    for (DateRecognizer.Found d : ctx.dates(dates, from, to)) {
      if (d.last <= start ? start - d.last <= DATE_EVIDENCE_REACH : d.first < end || d.first - end <= DATE_EVIDENCE_REACH) {
        return true;
      }
    }
    for (int k = Math.max(from, start - 4); k < start; k++) {
      if (words.startsWithAny(WordClass.EVENT_EVIDENCE_PREFIX, t, k)) {
        return true;
      }
    }
    // «на внеочередном саммите ОДКБ», "an extraordinary Summit of …": a one-off word right before the name, left out
    // of it, marks it as much as one inside it.
    for (int k = Math.max(from, start - 1); k < end; k++) {
      if (words.startsWithAny(WordClass.ONE_OFF_PREFIX, t, k)) {
        return true;
      }
    }
    return hasCue(ctx, start, from) || placeNear(ctx, start, end, from, to) != null;
  }

  private boolean hasCue(Context ctx, int start, int from) {
    for (int k = Math.max(from, start - ConceptRecognizer.CUE_WINDOW); k < start; k++) {
      PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(ctx.tokens, k, start);
      if (cue != null && cue.entry.value.eventStatus != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Events that only refer to others: «проведение первой встречи» right after a mechanism is the first
   * meeting of that mechanism; «the current session», «текущей сессии» is the document's own occasion
   * again, named where the text names it, and no event of its own; nor is a heading's bare head in capitals
   * ({@link #bareHeadInCapitals}). «На переговорах Президент подчеркнул …»
   * after talks named before ({@code earlier} holds the items of the sentences before) points back at them;
   * with none named before, the talks are an event of their own, named without the subject
   * ({@link #withoutSubject}). A name ends before a form of address after a role ({@link #honorificAfterARole})
   * and before a date of a month that closes it ({@link #dateInName}), and a heading line's Roman numeral numbers it
   * ({@link #romanNumberingTheLine}); {@code keyOf} keys an event so changed as its reading from the name would.
   */
  void elliptic(Context ctx, List<Concept> here, List<Concept> earlier, Function<Concept, String> keyOf) {
    for (Concept c : here) {
      if (c.concept != Lexicons.Concept.EVENT) {
        continue;
      }
      if (pointsAtTheOccasion(ctx.tokens, c)) {
        int aside = asideAfterADash(ctx.tokens, c);
        if (aside > 0) {
          cutBefore(ctx, c, aside, keyOf);
        }
        ctx.occasionPointers.add(c);
      }
    }
    here.removeIf(c -> c.concept == Lexicons.Concept.EVENT
        && (pointsAtTheOccasion(ctx.tokens, c) || isStatesLegislature(ctx.tokens, c) || bareHeadInCapitals(ctx.tokens, c)));
    withoutSubject(ctx, here, earlier, keyOf);
    for (Concept c : here) {
      if (c.concept != Lexicons.Concept.EVENT) {
        continue;
      }
      int honorific = honorificAfterARole(ctx.tokens, c);
      if (honorific > 0) {
        cutBefore(ctx, c, honorific, keyOf);
      }
      int date = dateInName(ctx, c);
      if (date > 0) {
        cutBefore(ctx, c, date, keyOf);
      }
      int roman = c.ordinal == null ? romanNumberingTheLine(ctx, c) : 0;
      if (roman > 0) {
        c.ordinal = roman;
        c.key = keyOf.apply(c);
      }
    }
    for (int k = 1; k < here.size(); k++) {
      Concept c = here.get(k);
      if (c.concept != Lexicons.Concept.EVENT || c.last - c.headFirst > 1) {
        continue;
      }
      for (int p = k - 1; p >= 0; p--) {
        Concept before = here.get(p);
        // «the Bali Process Ministerial Conference»: a mechanism inside the event's own name is no series told before it.
        if (before.concept == Lexicons.Concept.MECHANISM && before.level != null && before.last <= c.first) {
          String series = withoutGenericWord(before.name);
          c.name = NameExtent.nominativeText(ctx, language, c.first, c.headFirst, c.headFirst + 1, c.headFirst + 1)
              + " " + series.substring(series.indexOf(' ') + 1);
          c.key = "EVENT:" + c.ordinal + ":" + before.key;
          c.series = before;
          c.level = before.level;
          break;
        }
      }
    }
  }

  /**
   * «на свою четырнадцатую сессию сего четвертого ноября 1966 года»: where a date of a month or a day closes event
   * {@code c}'s name after its head, the token the name ends before: the date's first, or a demonstrative right
   * before the date («сего», «этого») that dates it. A year alone («Конференция 2015 года по …») may be part of the
   * name, and a date with the name going on after it («подписания 2 апреля 1997 года Договора о …») dates the
   * event inside its name; neither ends it, nor does a date a preposition hands to the name ("the second week of
   * March"), which another rule reads. Else -1.
   */
  private int dateInName(Context ctx, Concept c) {
    if (c.headFirst + 1 >= c.last) {
      return -1;
    }
    for (DateRecognizer.Found d : ctx.dates(dates, c.headFirst + 1, c.last)) {
      if (d.month1 > 0 && d.last >= c.last) {
        int end = d.first;
        String before = ctx.tokens.key[end - 1];
        if (words.is(WordClass.NAME_PREPOSITION, before) || words.is(WordClass.FUNCTION_WORD, before)) {
          return -1;
        }
        return end - 1 > c.headFirst && words.is(WordClass.DEMONSTRATIVE, before) ? end - 1 : end;
      }
    }
    return -1;
  }

  /**
   * «… ДАЛЬНЕЙШИМ ШАГАМ ПОСЛЕ СОВЕЩАНИЯ», «САММИТ» as a site's section word: whether event {@code c} is named by one
   * head word alone, in capitals, with no ordinal. Capitals there are the heading's lettering, no proper name, and
   * a bare head names no event of its own.
   */
  private static boolean bareHeadInCapitals(Tokens t, Concept c) {
    return c.ordinal == null && c.series == null && c.first == c.headFirst && c.last == c.headFirst + 1
        && t.inCapitals(c.first, c.last) && t.key[c.first].length() > 1;
  }

  /**
   * «X МИНИСТЕРСКОЙ СЕССИИ СГБМ» as a heading's line: the Roman numeral that opens the line, a space (no stop) before
   * event {@code c}'s name that opens its sentence, numbers the event, though the layout took it for the block's
   * number; its value, else 0.
   */
  private static int romanNumberingTheLine(Context ctx, Concept c) {
    Tokens t = ctx.tokens;
    int k = c.first - 1;
    if (c.sentence == null || c.sentence.firstToken != c.first || k < 0 || !t.isUpperCase(k) || !t.isUpperCase(c.first)
        || t.gapBefore[c.first] != Tokens.GAP_SPACE || !(k == 0 || t.gapHas(k, '\n'))) {
      return 0;
    }
    return NameExtent.romanValue(t.surface(k));
  }

  /** Whether a word pointing at the text's own occasion opens event {@code c}'s name or stands right before it. */
  private boolean pointsAtTheOccasion(Tokens t, Concept c) {
    return pointsAtTheOccasion(t, c.first);
  }

  /**
   * «Сегодняшние переговоры — здесь я согласен с оценкой …»: the token of a lower-case word after a dash set apart by
   * spaces within the name of event {@code c}, one that points at the occasion, past its head, where an aside begins
   * that names nothing of the event; else -1. (Other names keep such a dash: «государств - членов ШОС».)
   */
  private static int asideAfterADash(Tokens t, Concept c) {
    for (int k = c.headFirst + 1; k < c.last && k < t.size; k++) {
      if (t.gapIs(k, '-') && t.gapHas(k, ' ') && !t.isCapitalized(k) && !t.isNumber(k)) {
        return k;
      }
    }
    return -1;
  }

  /** Whether the word at {@code first}, or the one right before it, points at the document's own occasion («сегодняшние»). */
  boolean pointsAtTheOccasion(Tokens t, int first) {
    return language.pointsAtTheOccasion(t.key[first])
        || first > 0 && t.gapBefore[first] == Tokens.GAP_SPACE && language.pointsAtTheOccasion(t.key[first - 1]);
  }

  /**
   * «Заявления для прессы …: Сегодняшние переговоры были очень содержательными», «Нынешний визит – это свидетельство …»:
   * where the text names no event at all but points at its own occasion ({@link Context#occasionPointers}), that
   * occasion is the event those words name: one, with every pointing mention, held, on the document's day and at its
   * place unless its sentence gives others. Where the text names an event, the pointing words name it again.
   */
  static void occasionNamedOnlyByPointing(Context ctx, List<Concept> found) {
    if (ctx.occasionPointers.isEmpty() || found.stream().anyMatch(c -> c.concept == Lexicons.Concept.EVENT)) {
      return;
    }
    Concept occasion = ctx.occasionPointers.get(0);
    for (Concept other : ctx.occasionPointers.subList(1, ctx.occasionPointers.size())) {
      occasion.absorb(other);
    }
    occasion.mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
    occasion.eventStatus = EventStatus.HELD;
    if (occasion.date == null) {
      occasion.date = occasionDate(ctx);
    }
    if (occasion.place == null) {
      occasion.place = ctx.place;
    }
    found.add(occasion);
  }

  /**
   * «В ходе заседания Президент России вручил …», «На переговорах Иван Петров отметил …»: an event whose
   * head has the clause's subject right after it ({@link #subjectAfterHead}). Where an event with the same
   * head was named before, in an earlier sentence or earlier in this one, the bare head points back at it
   * and is dropped; otherwise it is an event of its own, its name cut before the subject.
   */
  private void withoutSubject(Context ctx, List<Concept> here, List<Concept> earlier, Function<Concept, String> keyOf) {
    Tokens t = ctx.tokens;
    for (Iterator<Concept> it = here.iterator(); it.hasNext(); ) {
      Concept c = it.next();
      int subject = c.concept == Lexicons.Concept.EVENT ? subjectAfterHead(t, c) : -1;
      if (subject < 0) {
        continue;
      }
      if (sameHeadBefore(t, c, earlier) || sameHeadBefore(t, c, here)) {
        it.remove();
        continue;
      }
      cutBefore(ctx, c, subject, keyOf);
      // «На переговорах Иван Петров отметил …»: someone's act at an undated event no cue puts ahead tells one held.
      if (c.date == null && c.sentence != null && cued(ctx, c, c.sentence.firstToken, c.sentence.lastToken).status == null) {
        c.eventStatus = EventStatus.HELD;
      }
    }
  }

  /** Ends event {@code c}'s name before token {@code end}, named and keyed anew by {@code keyOf}. */
  private void cutBefore(Context ctx, Concept c, int end, Function<Concept, String> keyOf) {
    PrefixLexicon.Hit<List<Lexicons.Head>> head = lex.heads.longestAt(ctx.tokens, c.headFirst, end);
    c.last = end;
    c.mentions.set(0, new Range(c.first, end));
    c.name = NameExtent.nominativeText(ctx, language, c.first, c.headFirst, head == null ? c.headFirst + 1 : head.last, end);
    c.key = keyOf.apply(c);
  }

  /**
   * «визит Президента Туркменистана господина Ивана Петрова»: where a lower-case form of address follows a word
   * after event {@code c}'s head, that word's token; the person so addressed is who holds the role before, an
   * apposition, no word of the event's name. Else -1.
   */
  private int honorificAfterARole(Tokens t, Concept c) {
    for (int k = c.headFirst + 2; k < c.last; k++) {
      if (!t.isCapitalized(k) && words.is(WordClass.HONORIFIC, t.key[k]) && t.isCapitalized(k - 1)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether an event of {@code items} named before event {@code c} has a head of the same stem as
   * {@code c}'s («переговоров» before «переговорах»).
   */
  private static boolean sameHeadBefore(Tokens t, Concept c, List<Concept> items) {
    for (Concept before : items) {
      if (before != c && before.concept == Lexicons.Concept.EVENT && before.headFirst < c.headFirst
          && before.headFirst >= 0 && t.stem[before.headFirst].equals(t.stem[c.headFirst])) {
        return true;
      }
    }
    return false;
  }

  /**
   * «В ходе заседания Президент России вручил …», «Перед началом заседания Дмитрий Медведев и …»: where a
   * role or a given name the language tells as the clause's subject ({@link Language#namesTheSubject}),
   * capitalised, stands right after event {@code c}'s head inside its name, that word's token; else -1. It is
   * no word of the name.
   */
  private int subjectAfterHead(Tokens t, Concept c) {
    PrefixLexicon.Hit<List<Lexicons.Head>> head = c.headFirst < c.last ? lex.heads.longestAt(t, c.headFirst, c.last) : null;
    int k = head == null ? c.headFirst + 1 : head.last;
    // «визита Премьер-министра»: a word joined to the next by a hyphen is only part of one.
    if (k >= c.last || !t.isCapitalized(k) || t.isUpperCase(k) || t.gapBefore[k] != Tokens.GAP_SPACE
        || k + 1 < t.size && t.gapBefore[k + 1] != Tokens.GAP_SPACE) {
      return -1;
    }
    boolean named = lex.roles.longestAt(t, k, k + 1) != null || lex.givenNames.contains(t.key[k]);
    return named && language.namesTheSubject(t.key[k]) ? k : -1;
  }

  /** The most function words between a legislature's head and its state's name («of the»). */
  private static final int LEGISLATURE_LINK = 2;

  /**
   * Whether event {@code c}'s head is a legislature's word with a state's name right after it, or after
   * function words only («Национальный конгресс Бразилии», «the National Congress of Brazil»): a state's
   * parliament, no event.
   */
  private boolean isStatesLegislature(Tokens t, Concept c) {
    if (!language.namesALegislature(t.key[c.headFirst])) {
      return false;
    }
    int k = c.headFirst + 1;
    while (k < t.size && k <= c.headFirst + LEGISLATURE_LINK && words.is(WordClass.FUNCTION_WORD, t.key[k])) {
      k++;
    }
    return stateAt(t, k, t.size) != null;
  }

  private String withoutGenericWord(String name) {
    return genericWord.matcher(name).replaceFirst("");
  }

  /** «пригласил Председателя Си Цзиньпина … посетить Азербайджан»: a planned visit. */
  void invitation(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> here) {
    Tokens t = ctx.tokens;
    for (int k = from; k < to; k++) {
      if (!words.startsWithAny(WordClass.INVITATION_PREFIX, t, k)) {
        continue;
      }
      int inviteeEnd = k + 1;
      while (inviteeEnd < to && t.gapBefore[inviteeEnd] != Tokens.GAP_HARD
          && !words.is(WordClass.LOCATIVE_PREPOSITION, t.key[inviteeEnd])
          && !words.startsWithAny(WordClass.VISIT_VERB_PREFIX, t.key[inviteeEnd])) {
        inviteeEnd++;
      }
      for (int v = inviteeEnd; v + 1 < to; v++) {
        if (!words.startsWithAny(WordClass.VISIT_INFINITIVE_PREFIX, t, v)) {
          continue;
        }
        // «invited him to visit the United States», «to pay a state visit to the Republic of Korea»: the
        // preposition of a destination and an article before the state's name.
        int land = v + 2 < to && language.isDestinationPreposition(t.key[v + 1]) ? v + 2 : v + 1;
        land = land + 1 < to && language.isArticle(t.key[land]) ? land + 1 : land;
        PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, land, to);
        // «invited Chairman Kim to visit Seoul»: a city is a destination too.
        PhraseMatcher.Match<City> city = state == null && t.isCapitalized(land) ? data.cities.longestAt(t, land, to) : null;
        if ((city == null && (state == null || state.value.kind != PartyKind.STATE)) || inviteeEnd == k + 1) {
          break;
        }
        Place place = city != null ? Place.of(city.value.name, city.value.country) : stateAsWritten(t, state);
        int last = city != null ? city.last : state.last;
        Concept visit = new Concept(Lexicons.Concept.EVENT);
        visit.kind = EventKind.VISIT;
        String invitee = ctx.text.text().substring(t.start[k + 1], t.end[inviteeEnd - 1]);
        // «was invited by the Chinese leadership to visit Beijing»: the words after a passive's verb name who
        // invites, not the visitor.
        boolean passive = words.is(WordClass.FUNCTION_WORD, t.key[k + 1]);
        visit.name = language.visitName(passive ? null : invitee, place.name());
        visit.key = "EVENT:visit:" + Tokenizer.keyOf(invitee) + ":" + (city != null ? Tokenizer.keyOf(city.value.name) : state.value.id);
        visit.first = v;
        visit.last = last;
        visit.headFirst = v;
        visit.sentence = sentence;
        visit.mentions.add(new Range(v, last));
        visit.rule = language.invitationRule();
        attributes(ctx, visit, from, to);
        visit.place = place;
        // «was invited … to visit Beijing from 3 to 6 February 2022» in a text of 6 February: a visit dated up
        // to the document's day took place; any other is planned.
        visit.eventStatus = visit.date != null && ctx.referenceDay != null && !visit.date.latest().isAfter(ctx.referenceDay)
            ? EventStatus.HELD : EventStatus.PLANNED;
        // «to visit Australia» read by the head word too: the invitation's reading replaces it.
        here.removeIf(c -> c.concept == Lexicons.Concept.EVENT && c.first < visit.last && visit.first < c.last);
        here.add(visit);
        return;
      }
    }
  }

  /** How the key of a meeting told by a verb of gathering starts: {@link ConceptMerger} finds them by it. */
  static final String GATHERING_KEY = "EVENT:gathering:";

  /** The most words of a subject read before a verb of gathering; a longer one is left out of the name. */
  private static final int SUBJECT_REACH = 12;

  /**
   * «We, the Leaders of the G20, met in New Delhi on 9-10 September 2023», «the Taskforce met in
   * Washington»: a verb of gathering right before the preposition of place and a city tells a meeting
   * there, where the sentence names no event of its own («… met in Fortaleza … at the Sixth BRICS
   * Summit» names it; a meeting elsewhere is not its own). Its date is the sentence's, its place the city.
   */
  void gathering(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> here) {
    if (sentence == null || dayGathering(ctx, sentence, from, to, here)) {
      return;
    }
    Tokens t = ctx.tokens;
    for (int k = from + 1; k + 2 < to; k++) {
      // The cheap checks on the arrays first: this runs for every token of every sentence.
      // «met today in Jeddah»: one lower-case word may stand between the verb and its place.
      int at = t.isCapitalized(k + 2) ? k + 1 : k + 3 < to && t.isCapitalized(k + 3) && !t.isCapitalized(k + 1)
          && t.gapBefore[k + 2] == Tokens.GAP_SPACE ? k + 2 : -1;
      // «the next summit will be held in Jakarta», «the previous meeting took place in Hanoi»: a cue of status
      // between the noun and its place.
      boolean cued = at < 0 && !t.isCapitalized(k) && (at = placeAfterStatusCue(t, k, from, to)) >= 0;
      if (at < 0 || t.gapBefore[k + 1] != Tokens.GAP_SPACE
          || !words.is(WordClass.LOCATIVE_PREPOSITION, t.key[at])
          || at > k + 1 && !cued && (words.is(WordClass.FUNCTION_WORD, t.key[k + 1]) || t.isNumber(k + 1))) {
        continue;
      }
      // «agreed to meet again in Washington in January 2024»: the infinitive tells a meeting to come.
      boolean toMeet = language.isGatheringInfinitive(t.key[k]);
      boolean verb = toMeet || words.is(WordClass.GATHERING_VERB, t.key[k]);
      // «the meeting held in Canberra on 7-8 December», «a summit in Jeddah», «the signing ceremony held
      // in Tokyo»: an event's noun in lower case after an article (and one lower-case word), no name
      // of its own, and its city.
      EventKind nounKind = verb || t.isCapitalized(k)
          || !(at == k + 1 || cued || words.startsWithAny(WordClass.PASSIVE_PARTICIPLE_PREFIX, t, k + 1))
          ? null : eventNounAt(t, k, from);
      if (!verb && nounKind == null) {
        continue;
      }
      gatheringAt(ctx, sentence, from, to, here, k, at, cued, nounKind);
      return;
    }
  }

  /**
   * The meeting a verb of gathering or an event's noun at token {@code k} tells, with the preposition of
   * its place at {@code at}, added to {@code here} unless the sentence names its own there; {@code cued}
   * where a cue of status stands between them.
   */
  private void gatheringAt(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> here, int k, int at,
      boolean cued, EventKind nounKind) {
    Tokens t = ctx.tokens;
    boolean toMeet = language.isGatheringInfinitive(t.key[k]);
    boolean verb = nounKind == null;
    boolean noun = !verb;
    // The noun read by its head alone («the next summit»: no name where bare heads name nothing) is the one read here.
    int nounFirst = noun ? (language.isArticle(t.key[k - 1]) ? k : firstAfterArticle(t, k)) : k + 1;
    List<Concept> others = noun ? here.stream()
        .filter(c -> !(c.concept == Lexicons.Concept.EVENT && c.first >= nounFirst && c.last <= k + 1)).toList() : here;
    PhraseMatcher.Match<City> city = data.cities.longestAt(t, at + 1, to);
    // «the recent summit in Puerto Rico»: an event's noun with no city after it is held in the state
    // or territory named there; a verb of gathering before a country tells no meeting of its own.
    PhraseMatcher.Match<PartyInfo> land = city == null && noun ? stateAt(t, at + 1, to) : null;
    if (land != null && !namesItsOwn(others, land.value.nameRu)) {
      replaceRead(here, others);
      here.add(nounEvent(ctx, sentence, from, to, k, cued ? at : k + 1, nounKind, land.last, land.value.nameRu,
          stateAsWritten(t, land)));
      return;
    }
    int end = city != null ? city.last : unlistedCityEnd(t, at + 1, to);
    Place there = city != null ? Place.of(city.value.name, city.value.country) : unlistedCity(ctx, at + 1, end, to);
    if (there == null || namesItsOwn(others, there.name())) {
      return;
    }
    String text = ctx.text.text();
    int start = noun && !language.isArticle(t.key[k - 1]) ? firstAfterArticle(t, k) : k;
    Concept meeting = Concept.over(Lexicons.Concept.EVENT, start, end, k, sentence);
    meeting.kind = noun ? nounKind : EventKind.MEETING;
    meeting.name = toMeet ? text.substring(t.start[k], t.end[end - 1])
        : verb ? language.gatheringName(subject(ctx, from, k), text.substring(t.start[at + 1], t.end[end - 1]))
        : cued ? text.substring(t.start[start], t.end[k]) + " " + text.substring(t.start[at], t.end[end - 1])
        : text.substring(t.start[start], t.end[end - 1]);
    meeting.key = GATHERING_KEY + Tokenizer.keyOf(there.name());
    meeting.rule = language.gatheringRule();
    attributes(ctx, meeting, from, to);
    // «met today in …»: the day word between the verb and its place is inside the name made here.
    List<DateRecognizer.Found> between = meeting.date == null && at == k + 2 ? ctx.dates(dates, k + 1, at) : List.of();
    if (!between.isEmpty()) {
      meeting.date = between.get(0).resolve(ctx.referenceYear, ctx.referenceDay);
    }
    meeting.place = there;
    // «…, встретившись в Оттаве, заявляют»: undated, in the document's own city, it is the meeting that adopts the text.
    if (toMeet) {
      meeting.eventStatus = meeting.date != null && ctx.referenceDay != null && meeting.date.latest().isBefore(ctx.referenceDay)
          ? EventStatus.HELD : EventStatus.PLANNED;
      replaceRead(here, others);
      keyAnother(ctx, meeting, start, k, true);
      here.add(meeting);
      return;
    }
    // «the next meeting will be held in …»: one to come takes no day of the text's.
    if (meeting.date == null && ctx.place != null && ctx.place.name().equals(there.name())
        && !(cued && meeting.eventStatus == EventStatus.PLANNED)) {
      meeting.date = occasionDate(ctx);
    }
    // The verb is in the past: the meeting took place, whatever day the text dates itself.
    if (verb) {
      meeting.eventStatus = EventStatus.HELD;
    }
    keyAnother(ctx, meeting, start, k, cued && meeting.eventStatus == EventStatus.PLANNED);
    replaceRead(here, others);
    here.add(meeting);
  }

  /**
   * The days a meeting may lie from the text's own day and still be the one it comes from (a statement released the
   * day after a summit, or a week after a meeting whose outcome it reports).
   */
  private static final int OCCASION_DAYS = 7;

  /** How the key of a meeting told by a verb of gathering or its noun starts where it is not the text's own occasion. */
  private static final String ANOTHER_KEY = "EVENT:another:";

  /**
   * Gives a meeting told by a verb of gathering or its noun a key of its own where it is another than the one the
   * text comes from, so that a title's meeting does not take it in ({@link ConceptMerger}): one to come («agreed
   * to meet again in Santiago in 2026», «the next summit will be held in …»), one dated more than a week from the
   * text's day («the summit held in Valparaiso in 2022»), or one a word such as «previous» or «next» (tokens {@code [start,
   * noun)}) sets apart. «The Leaders met in Ottawa today» is the text's own. {@code ahead}: a verb or a cue
   * tells it to come (an undated noun is planned for want of any other word, which tells nothing).
   */
  private void keyAnother(Context ctx, Concept meeting, int start, int noun, boolean ahead) {
    boolean another = ahead
        || meeting.date != null && ctx.referenceDay != null
            && (meeting.date.earliest().isAfter(ctx.referenceDay.plusDays(OCCASION_DAYS))
                || meeting.date.latest().isBefore(ctx.referenceDay.minusDays(OCCASION_DAYS)));
    for (int j = start; j < noun && !another; j++) {
      another = words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, ctx.tokens, j);
    }
    if (another) {
      meeting.key = ANOTHER_KEY + Tokenizer.keyOf(meeting.name);
    }
  }

  /** Whether a word such as «next» or «previous» stands one or two words before the noun at {@code k}. */
  private boolean setApart(Tokens t, int k, int from) {
    return words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, t, k - 1)
        || k - 2 >= from && words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, t, k - 2);
  }

  /** Keeps in {@code here} only {@code others}, the items a reading across a cue of status leaves (the same list where none). */
  private static void replaceRead(List<Concept> here, List<Concept> others) {
    if (others != here) {
      here.retainAll(others);
    }
  }

  /** The longest cue of status read between an event's noun and the preposition of its place («will take place»). */
  private static final int STATUS_CUE_WORDS = 3;

  /**
   * «the next summit will be held in Jakarta», «the previous meeting took place in Hanoi»: where a lower-case
   * event noun at {@code k} in the singular (after an article, {@link #eventNounAt}), set apart by a word such as
   * «next» or «previous» one or two words before it, is followed by a cue of an event's status
   * that may stand after its event («will be held», «was held», «took place») and then the preposition of
   * place and a capitalised word, the preposition's token; -1 otherwise.
   */
  private int placeAfterStatusCue(Tokens t, int k, int from, int to) {
    if (k + 3 >= to || t.isCapitalized(k + 1) || t.gapBefore[k + 1] != Tokens.GAP_SPACE) {
      return -1;
    }
    int at = -1;
    for (int j = k + 2; j <= k + 1 + STATUS_CUE_WORDS && j + 1 < to && at < 0; j++) {
      at = t.isCapitalized(j + 1) && words.is(WordClass.LOCATIVE_PREPOSITION, t, j) ? j : -1;
    }
    // «The summit will be held in Seoul»: with no word that sets it apart, the noun points back at an event named
    // before; «meetings», «the event» name none of their own.
    EventKind kind = at < 0 || language.isPluralNoun(t.key[k]) ? null : eventNounAt(t, k, from);
    if (kind == null || kind == EventKind.OTHER || !setApart(t, k, from)) {
      return -1;
    }
    PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(t, k + 1, at);
    return cue != null && cue.last == at && cue.entry.value.eventStatus != null
        && cue.entry.value.scope != Lexicons.Scope.BEFORE ? at : -1;
  }

  /**
   * «We met today to commemorate 200 years of diplomatic relations», «We, the leaders of …, convened today
   * with …», «met on this 26th day of April, 2023 to mark …»: in the document's opening, a verb of gathering
   * in the past with a day right after it and no city tells the meeting the document comes from, where the
   * sentence names no event. Its name is the clause from the verb to the first stop or «and»; its day is
   * the one given, its place the document's. Whether one was added.
   */
  private boolean dayGathering(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> here) {
    if (!opens(ctx, sentence.block)) {
      return false;
    }
    for (int c = 0, n = here.size(); c < n; c++) {
      if (here.get(c).concept == Lexicons.Concept.EVENT) {
        return false;
      }
    }
    Tokens t = ctx.tokens;
    for (int k = from + 1; k + 1 < to; k++) {
      if (t.isCapitalized(k) || !words.is(WordClass.GATHERING_VERB, t, k) || !language.isPastTense(t.key[k])) {
        continue;
      }
      DateRecognizer.Found day = null;
      for (DateRecognizer.Found d : ctx.dates(dates, from, to)) {
        if (d.first > k && d.first - k <= DAY_AFTER_GATHERING && (d.isDay() || d.relativeDay != null) && plainBetween(t, k + 1, d.first)) {
          day = d;
        }
      }
      // «met today in Jeddah»: a city after the day is gathering()'s.
      if (day == null || day.last + 1 < to && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[day.last]) && t.isCapitalized(day.last + 1)) {
        return false;
      }
      int end = day.last;
      while (end < to && end - k < NAME_REACH && t.gapBefore[end] != Tokens.GAP_HARD && !words.is(WordClass.AND, t.key[end])) {
        end++;
      }
      Concept meeting = Concept.over(Lexicons.Concept.EVENT, k, end, k, sentence);
      meeting.kind = EventKind.MEETING;
      meeting.name = ctx.text.text().substring(t.start[k], t.end[end - 1]);
      meeting.key = GATHERING_KEY + Tokenizer.keyOf(meeting.name);
      meeting.rule = language.gatheringRule();
      attributes(ctx, meeting, from, to);
      // The day inside the name is its own.
      EdtfDate given = day.resolve(ctx.referenceYear, ctx.referenceDay);
      meeting.date = given != null ? given : meeting.date;
      if (meeting.place == null && meeting.date != null && meeting.date.equals(ctx.date)) {
        meeting.place = ctx.place;
      }
      meeting.eventStatus = EventStatus.HELD;
      here.add(meeting);
      return true;
    }
    return false;
  }

  /** How far after a verb of gathering its day may start («met on this 26th day»: three words). */
  private static final int DAY_AFTER_GATHERING = 3;

  /** The most words of a name read from a verb of gathering to the end of its clause. */
  private static final int NAME_REACH = 16;

  /** Whether block {@code b} opens the document: one of the first preamble paragraphs, or the first point. */
  private static boolean opens(Context ctx, Layout.Block b) {
    return b.number == null ? Layout.preambleIndex(b) < OPENING_PARAGRAPHS
        : !ctx.layout.clauses.isEmpty() && ctx.layout.clauses.get(0) == b;
  }

  /** The preamble paragraphs that open a document. */
  private static final int OPENING_PARAGRAPHS = 3;

  /** Whether tokens {@code [from, to)} are lower-case words with spaces between («on this»). */
  private static boolean plainBetween(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isCapitalized(k) || t.isNumber(k) || t.gapBefore[k] != Tokens.GAP_SPACE) {
        return false;
      }
    }
    return to == from || t.gapBefore[to] == Tokens.GAP_SPACE;
  }

  /**
   * «met in Vestmannaeyjar, Iceland», «собрались в Сэндтоне, Южная Африка»: a capitalised word the
   * gazetteer lacks at token {@code k}, then a comma and a state, is a city of that state; null otherwise.
   * {@code end} is {@link #unlistedCityEnd} from {@code k}.
   */
  private Place unlistedCity(Context ctx, int k, int end, int to) {
    Tokens t = ctx.tokens;
    if (end < 0) {
      return null;
    }
    PhraseMatcher.Match<PartyInfo> country = data.parties.longestAt(t, end, to);
    return country != null && country.value.kind == PartyKind.STATE
        ? Place.of(nominative(ctx.text.text().substring(t.start[k], t.end[end - 1])), country.value.id) : null;
  }

  /** Where the capitalised words from token {@code k} end at a comma and no party's name starts there; -1 otherwise. */
  private int unlistedCityEnd(Tokens t, int k, int to) {
    int end = k;
    while (end < to && end - k < CITY_WORDS && t.isCapitalized(end) && !t.isUpperCase(end)
        && (end == k || t.gapBefore[end] == Tokens.GAP_SPACE)) {
      end++;
    }
    return end == k || end >= to || !t.gapIs(end, ',') || data.parties.longestAt(t, k, to) != null ? -1 : end;
  }

  /** The most words of a city's name the gazetteer lacks («Puerto Varas»). */
  private static final int CITY_WORDS = 3;

  /**
   * «the Secretary of Defense's visit to Manila in February 2023», «his visit to India», «recent visits to
   * Gabon»: where a visit's name takes its destination, a lower-case visit after a possessive or a word
   * of its status, and the city or state it goes to, is a visit there where the sentence names no event
   * over those words. «The Governor-General visited Mozambique in 2009», «visited the People's Republic
   * of China», «Премьер-министр посетил Советский Союз в июне 1955 года»: so is a verb of visit in the past
   * with the city or state right after it, in every language, which replaces a reading of the verb that ends
   * there («Japan visited»), unless the sentence names the visit by its noun («посетил Китай с
   * государственным визитом»: that reading is the visit).
   */
  void visitTo(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> here) {
    if (sentence == null) {
      return;
    }
    boolean possessive = language.possessiveVisitsNameTheirDestination();
    Tokens t = ctx.tokens;
    for (int k = from + 1; k + 1 < to; k++) {
      if (t.isCapitalized(k)) {
        continue;
      }
      if (possessive && k + 2 < to && language.hostsAGathering(t.key[k])) {
        hosted(ctx, sentence, from, to, here, k);
        continue;
      }
      if (!words.startsWithAny(WordClass.VISIT_VERB_PREFIX, t, k)) {
        continue;
      }
      boolean verb = t.gapBefore[k + 1] == Tokens.GAP_SPACE && language.isPastAct(t.key[k]);
      // «посетил Китай с государственным визитом»: where a visit's noun names no destination of its own (no possessive
      // visit to a place), the noun in the verb's sentence is the verb's visit, and its reading stands.
      if (!verb && (!possessive || k + 2 >= to) || verb && !possessive && namesAVisit(here, from, to, k)) {
        continue;
      }
      if (!verb && language.introducesTheVisitor(t.key[k + 1])) {
        k = Math.max(k, visitOf(ctx, sentence, from, to, here, k) - 1);
        continue;
      }
      if (!verb && !language.isDestinationPreposition(t.key[k + 1])) {
        continue;
      }
      boolean described = verb || possessiveBefore(t, k, from) || statusCueBefore(t, k);
      // «a visit to Canada by a Chilean delegation»: an article before a visit in the singular whose visitor
      // is named after it (agentEnd) will do; so will an article and one lower-case word that describes the
      // visit («a separate visit to Canada by …»), which the name keeps.
      boolean qualified = !described && describedByOneWord(t, k, from);
      if (!described && !((language.isArticle(t.key[k - 1]) || qualified) && !language.isPluralNoun(t.key[k]))) {
        continue;
      }
      int land = verb ? k + 1 : k + 2;
      if (land + 1 < to && language.isArticle(t.key[land])) {
        land++;
      }
      PhraseMatcher.Match<City> city = t.isCapitalized(land) ? data.cities.longestAt(t, land, to) : null;
      PhraseMatcher.Match<PartyInfo> state = city == null ? stateAt(t, land, to) : null;
      if (city == null && state == null && described && !verb) {
        k = Math.max(k, visitToAnInstitution(ctx, sentence, from, to, here, k, land) - 1);
        continue;
      }
      int agentEnd = city == null && state == null || verb ? -1 : agentEnd(ctx, city != null ? city.last : state.last, from, to);
      // «кроме Москвы, посетили Ленинград, Новосибирск»: where a visit's destination is not named after a possessive, a
      // city after the verb is the leg of a visit the text names by its noun, so only a state is a visit's own.
      if (city == null && state == null || verb && city != null && (!possessive || legOfTheVisit(ctx, city.value))
          || !described && agentEnd < 0) {
        continue;
      }
      int last = city != null ? city.last : state.last;
      int first = qualified ? k - 1 : k;
      // «visit» read by the head word alone: the reading with its destination replaces it; so does a reading of
      // the verb that ends at the destination.
      if (here.stream().anyMatch(c -> c.concept == Lexicons.Concept.EVENT && c.first < last && first < c.last
          && (c.first < first && !verb || c.last > last))) {
        continue;
      }
      // «the first visit to Australia by …»: the reading by the head word keeps its ordinal.
      Integer ordinal = here.stream().filter(c -> c.concept == Lexicons.Concept.EVENT && c.first < last && first < c.last)
          .map(c -> c.ordinal).filter(java.util.Objects::nonNull).findFirst().orElse(null);
      here.removeIf(c -> c.concept == Lexicons.Concept.EVENT && c.first < last && first < c.last);
      Concept visit = Concept.over(Lexicons.Concept.EVENT, first, last, k, sentence);
      visit.kind = EventKind.VISIT;
      visit.ordinal = ordinal;
      // «the visit to the Philippines by the Governor-General»: the visitor named is part of the name.
      visit.name = verb ? language.visitName(null, ctx.text.text().substring(t.start[land], t.end[last - 1]))
          : ctx.text.text().substring(t.start[first], t.end[Math.max(last, agentEnd) - 1]);
      String placeName = city != null ? city.value.name : state.value.nameRu;
      visit.key = "EVENT:visit:" + Tokenizer.keyOf(placeName) + ":" + k;
      visit.rule = language.possessiveVisitRule();
      attributes(ctx, visit, from, to, visit.first, nextEventStart(here, visit.last, to));
      visit.place = city != null ? Place.of(city.value.name, city.value.country) : stateAsWritten(t, state);
      here.add(visit);
      k = last - 1;
    }
    if (possessive) {
      visitOfAPerson(ctx, sentence, from, to, here);
      gatheringsByAcronym(ctx, sentence, from, to, here);
    }
  }

  /**
   * Whether a visit named by its noun stands in tokens {@code [from, to)} of the sentence's items, apart from a
   * reading over the verb of visit at token {@code verb} itself («Japan visited», which the verb's reading replaces).
   */
  private static boolean namesAVisit(List<Concept> here, int from, int to, int verb) {
    return here.stream().anyMatch(c -> c.concept == Lexicons.Concept.EVENT && c.kind == EventKind.VISIT
        && c.first >= from && c.last <= to && !(c.first <= verb && verb < c.last));
  }

  /**
   * «CHOGM 2011 would be successful», «the APEC Philippines 2015», «at the forthcoming CHOGM and …», «during APEC in
   * Sydney»: an organisation named by one upper-case acronym stands for its gathering when a year follows it (after the
   * host state, if named), when a cue of status stands before it and its clause goes on without it, or when a word
   * of a host event («during», «on the sidelines of») stands before it and a city after «in». A capitalised word right
   * before or after makes it part of a longer name («the ASEAN Connectivity 2025», «CHOGM 2011 Communiqué»); the
   * sentence's own reading of those words wins.
   */
  private void gatheringsByAcronym(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> here) {
    Tokens t = ctx.tokens;
    for (int m = ctx.firstMentionFrom(from); m < ctx.mentionsInOrder.size(); m++) {
      Context.Found<PartyInfo> body = ctx.mentionsInOrder.get(m);
      int k = body.first;
      if (k >= to) {
        return;
      }
      if (body.value.kind != PartyKind.ORGANIZATION || k == from || body.last > to || !isAcronym(t, k, body.last)
          || t.isCapitalized(k - 1) && t.gapBefore[k] == Tokens.GAP_SPACE) {
        continue;
      }
      Concept gathering = acronymGathering(ctx, sentence, from, to, body);
      if (gathering != null && here.stream().noneMatch(c -> c.concept == Lexicons.Concept.EVENT && c.first < gathering.last
          && gathering.first < c.last)) {
        here.add(gathering);
      }
    }
  }

  /** Whether tokens {@code [first, last)} are one word in capitals and digits, no space inside («CHOGM», «G20»). */
  private static boolean isAcronym(Tokens t, int first, int last) {
    for (int k = first; k < last; k++) {
      if (!(t.isUpperCase(k) || t.isNumber(k)) || k > first && !t.gapText(k).isEmpty()) {
        return false;
      }
    }
    return t.isUpperCase(first) && t.end[first] - t.start[first] > 1;
  }

  /** The year token {@code k} writes on its own («2026»), or 0. */
  private static int yearOf(Tokens t, int k, int to) {
    if (k >= to || !t.isNumber(k) || t.key[k].length() != YEAR_DIGITS) {
      return 0;
    }
    int year = Integer.parseInt(t.key[k]);
    return year >= FIRST_YEAR && year <= LAST_YEAR ? year : 0;
  }

  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2199;

  /** The gathering the acronym of organisation {@code body} stands for (see {@link #gatheringsByAcronym}), or null. */
  private Concept acronymGathering(Context ctx, Context.Sentence sentence, int from, int to, Context.Found<PartyInfo> body) {
    Tokens t = ctx.tokens;
    int k = body.first;
    PhraseMatcher.Match<PartyInfo> host = body.last < to && t.gapBefore[body.last] == Tokens.GAP_SPACE
        ? stateAt(t, body.last, to) : null;
    int yearAt = host != null ? host.last : body.last;
    int year = t.gapBefore[Math.min(yearAt, t.size - 1)] == Tokens.GAP_SPACE ? yearOf(t, yearAt, to) : 0;
    int yearBefore = k - 2 >= from && language.isArticle(t.key[k - 2]) ? yearOf(t, k - 1, to) : 0;
    int first = k;
    int end;
    Place place = host != null ? stateAsWritten(t, host) : null;
    if (year > 0 && endsTheName(ctx, yearAt + 1, from, to)) {
      end = yearAt + 1;
    } else if (yearBefore > 0 && endsTheName(ctx, body.last, from, to)) {
      // «the 2018 CHOGM»: the year before the acronym.
      year = yearBefore;
      first = k - 1;
      end = body.last;
    } else if (k - 1 > from && words.startsWithAny(WordClass.HOST_EVENT_PREFIX, t.key[k - 1 - (language.isArticle(t.key[k - 1]) ? 1 : 0)])) {
      if (body.last + 1 >= to || !words.is(WordClass.LOCATIVE_PREPOSITION, t.key[body.last]) || !t.isCapitalized(body.last + 1)) {
        return null;
      }
      PhraseMatcher.Match<City> city = data.cities.longestAt(t, body.last + 1, to);
      if (city == null) {
        return null;
      }
      end = city.last;
      place = Place.of(city.value.name, city.value.country);
    } else if (statusCueBefore(t, k) && clauseGoesOn(ctx, body.last, from, to)) {
      first = k - 1;
      end = body.last;
    } else {
      return null;
    }
    if (end < to && t.isCapitalized(end) && t.gapBefore[end] == Tokens.GAP_SPACE) {
      return null;
    }
    // The year, the cue or the preposition stands for the head: the organisation's name is no event's head of its own.
    int head = first < k ? first : year > 0 ? yearAt : body.last;
    Concept gathering = Concept.over(Lexicons.Concept.EVENT, first, end, head, sentence);
    gathering.kind = EventKind.MEETING;
    gathering.name = ctx.text.text().substring(t.start[first], t.end[end - 1]);
    gathering.key = "EVENT:hosted:" + body.value.id + ":" + (year > 0 ? String.valueOf(year) : "at" + k);
    gathering.rule = "acronym: <organisation> <year> | <cue> <organisation> | during <organisation> in <city>";
    attributes(ctx, gathering, from, to);
    if (year > 0) {
      gathering.date = EdtfDate.ofYear(year);
      gathering.eventStatus = ctx.referenceYear > 0 && year < ctx.referenceYear ? EventStatus.HELD
          : ctx.referenceYear > 0 && year > ctx.referenceYear ? EventStatus.PLANNED : status(ctx, gathering, from, to);
    }
    if (place != null) {
      gathering.place = place;
    }
    return gathering;
  }

  /** Whether a name may end before token {@code k}: the clause goes on there or a function word follows («CHOGM 2011 would»). */
  private boolean endsTheName(Context ctx, int k, int from, int to) {
    return clauseGoesOn(ctx, k, from, to)
        || ctx.tokens.gapBefore[k] == Tokens.GAP_SPACE && words.is(WordClass.FUNCTION_WORD, ctx.tokens.key[k]);
  }

  /**
   * Whether the clause goes on past token {@code k} without a word that would extend a name ending there: the
   * sentence or a clause ends, or «and», a preposition of place or a date follows. A hyphen joins the next word to the
   * name («the 2002 ASEAN-China Declaration»).
   */
  private boolean clauseGoesOn(Context ctx, int k, int from, int to) {
    Tokens t = ctx.tokens;
    if (k >= to || t.gapBefore[k] == Tokens.GAP_HARD || t.gapHas(k, ',') || t.gapHas(k, ';') || t.gapHas(k, ')')
        || t.gapBefore[k] == Tokens.GAP_SPACE && words.is(WordClass.AND, t.key[k])
        || words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k])) {
      return true;
    }
    return ctx.dates(dates, from, to).stream().anyMatch(d -> d.first == k);
  }

  /**
   * «the upcoming visit of a U.S. submarine to the ROK», «the visit of the Ambassador for Women to Thailand»: a
   * visit in the singular at token {@code k}, after an article, a possessive or a cue of its status, its visitor
   * named after the language's word for whose visit it is, then the preposition of a destination and a city or
   * state, within {@link #VISITOR_WORDS} of one clause, is a visit there named by all those words; it replaces a
   * reading by the head word that ends inside them. Where the visit read so ends, or -1.
   */
  private int visitOf(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> here, int k) {
    Tokens t = ctx.tokens;
    if (language.isPluralNoun(t.key[k]) || !(language.isArticle(t.key[k - 1]) || possessiveBefore(t, k, from)
        || statusCueBefore(t, k))) {
      return -1;
    }
    for (int p = k + 2; p + 1 < to && p - k <= VISITOR_WORDS; p++) {
      // «a U.S. submarine», «the Ambassador for Women and Girls»: the stop of a letter's abbreviation and «and»
      // inside a capitalised name end no clause.
      boolean initial = t.key[p - 1].length() == 1 && t.gapText(p).strip().equals(".");
      boolean inName = t.isCapitalized(p - 1) && t.isCapitalized(p + 1);
      if (t.gapBefore[p] == Tokens.GAP_HARD && !initial || t.gapHas(p, ',') || words.is(WordClass.AND, t.key[p]) && !inName) {
        return -1;
      }
      if (!language.isDestinationPreposition(t.key[p])) {
        continue;
      }
      int land = p + 2 < to && language.isArticle(t.key[p + 1]) ? p + 2 : p + 1;
      PhraseMatcher.Match<City> city = t.isCapitalized(land) ? data.cities.longestAt(t, land, to) : null;
      PhraseMatcher.Match<PartyInfo> state = city == null ? stateAt(t, land, to) : null;
      if (city == null && state == null) {
        return -1;
      }
      int last = city != null ? city.last : state.last;
      if (here.stream().anyMatch(c -> c.concept == Lexicons.Concept.EVENT && c.first < last && k < c.last
          && (c.first < k || c.last > last))) {
        return -1;
      }
      here.removeIf(c -> c.concept == Lexicons.Concept.EVENT && c.first < last && k < c.last);
      Concept visit = Concept.over(Lexicons.Concept.EVENT, k, last, k, sentence);
      visit.kind = EventKind.VISIT;
      visit.name = ctx.text.text().substring(t.start[k], t.end[last - 1]);
      String placeName = city != null ? city.value.name : state.value.nameRu;
      visit.key = "EVENT:visit:" + Tokenizer.keyOf(placeName) + ":" + k;
      visit.rule = language.possessiveVisitRule();
      attributes(ctx, visit, from, to, visit.first, nextEventStart(here, visit.last, to));
      visit.place = city != null ? Place.of(city.value.name, city.value.country) : stateAsWritten(t, state);
      here.add(visit);
      return last;
    }
    return -1;
  }

  /**
   * «his visit to Harvard University», «the Minister's visit to the Institute of Sport»: a visit after a possessive or a
   * cue of its status, to a capitalised name that is no city nor state (an institution, a site), is a visit named by
   * the words up to that name's end, where the sentence names no event over them; its place is the sentence's. Where
   * the visit read so ends, or -1.
   */
  private int visitToAnInstitution(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> here, int k,
      int land) {
    Tokens t = ctx.tokens;
    int end = land;
    while (end < to && end - land < INSTITUTION_WORDS && t.gapBefore[end] == Tokens.GAP_SPACE
        && (t.isCapitalized(end) || end > land && end + 1 < to && words.is(WordClass.NAME_PREPOSITION, t.key[end])
            && t.isCapitalized(end + 1))) {
      end++;
    }
    int last = end;
    if (end == land || !t.isCapitalized(end - 1) || data.parties.longestAt(t, land, to) != null
        || here.stream().anyMatch(c -> c.concept == Lexicons.Concept.EVENT && c.first < last && k < c.last && c.first != k)) {
      return -1;
    }
    here.removeIf(c -> c.concept == Lexicons.Concept.EVENT && c.first < last && k < c.last);
    Concept visit = Concept.over(Lexicons.Concept.EVENT, k, last, k, sentence);
    visit.kind = EventKind.VISIT;
    visit.name = ctx.text.text().substring(t.start[k], t.end[last - 1]);
    visit.key = "EVENT:visit:" + Tokenizer.keyOf(visit.name) + ":" + k;
    visit.rule = language.possessiveVisitRule();
    attributes(ctx, visit, from, to, visit.first, nextEventStart(here, visit.last, to));
    here.add(visit);
    return last;
  }

  /** The most words of an institution a visit goes to («the Australian Institute of Sport»). */
  private static final int INSTITUTION_WORDS = 6;

  /**
   * Where the first event of the sentence after token {@code last} starts, or {@code to}: a date past it is that
   * one's («a separate visit to Australia by …, and the visit of … to Thailand in the coming year»).
   */
  private static int nextEventStart(List<Concept> here, int last, int to) {
    int next = to;
    for (Concept c : here) {
      if (c.concept == Lexicons.Concept.EVENT && c.first >= last && c.first < next) {
        next = c.first;
      }
    }
    return next;
  }

  /** The most words from a visit's head to the destination after its visitor («of a U.S. nuclear ballistic missile submarine to»). */
  private static final int VISITOR_WORDS = 12;

  /** Whether an article and one lower-case word that is no function word stand right before token {@code k} («a separate»). */
  private boolean describedByOneWord(Tokens t, int k, int from) {
    int word = k - 1;
    return word - 1 >= from && language.isArticle(t.key[word - 1]) && !t.isCapitalized(word) && !t.isNumber(word)
        && !words.is(WordClass.FUNCTION_WORD, t.key[word]) && t.gapBefore[word] == Tokens.GAP_SPACE
        && t.gapBefore[k] == Tokens.GAP_SPACE;
  }

  /** The most words between a host and its word of hosting («Canada's upcoming role as host»). */
  private static final int HOST_REACH = 5;

  /** The most function words between a word of hosting and the organisation hosted («host of the G7»). */
  private static final int HOSTED_REACH = 2;

  /**
   * «Australia prepares to host APEC in 2007», «the ROK's hosting of APEC in 2025», «Canada's role as host of
   * the G7 in 2025»: an organisation a word of hosting at token {@code k} takes, with a year right after it
   * (or after the preposition of place), is that year's gathering of the organisation, held in the state named
   * just before the word of hosting, where the sentence names no event over those words.
   */
  private void hosted(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> here, int k) {
    Tokens t = ctx.tokens;
    int j = k + 1;
    while (j < to && j - k <= HOSTED_REACH && !t.isCapitalized(j) && (words.is(WordClass.NAME_PREPOSITION, t.key[j])
        || language.isArticle(t.key[j]))) {
      j++;
    }
    PhraseMatcher.Match<PartyInfo> body = j < to && t.isCapitalized(j) ? data.parties.longestAt(t, j, to) : null;
    if (body == null || body.value.kind != PartyKind.ORGANIZATION || body.last >= to) {
      return;
    }
    int yearAt = words.is(WordClass.LOCATIVE_PREPOSITION, t.key[body.last]) ? body.last + 1 : body.last;
    DateRecognizer.Found year = null;
    for (DateRecognizer.Found d : ctx.dates(dates, from, to)) {
      if (d.first == yearAt && d.hasYear() && d.month1 == 0) {
        year = d;
      }
    }
    int first = body.first;
    int last = year == null ? -1 : year.last;
    if (year == null || here.stream().anyMatch(c -> c.concept == Lexicons.Concept.EVENT && c.first < last && first < c.last)) {
      return;
    }
    // The year stands for the head: the organisation's name is no event's head of its own.
    Concept gathering = Concept.over(Lexicons.Concept.EVENT, first, last, year.first, sentence);
    gathering.kind = EventKind.MEETING;
    gathering.name = ctx.text.text().substring(t.start[first], t.end[last - 1]);
    gathering.key = "EVENT:hosted:" + body.value.id + ":" + year.year1;
    gathering.rule = "hosted: host <organisation> in <year>";
    attributes(ctx, gathering, from, to);
    gathering.date = year.resolve(ctx.referenceYear, ctx.referenceDay);
    gathering.place = hostBefore(ctx, k, from);
    gathering.eventStatus = status(ctx, gathering, from, to);
    here.add(gathering);
  }

  /** The state named within {@link #HOST_REACH} words before token {@code k}, the nearest; null where none is. */
  private Place hostBefore(Context ctx, int k, int from) {
    Tokens t = ctx.tokens;
    for (int p = k - 1; p >= Math.max(from, k - HOST_REACH); p--) {
      PhraseMatcher.Match<PartyInfo> state = stateAt(t, p, k);
      if (state != null && state.value.kind == PartyKind.STATE) {
        return stateAsWritten(t, state);
      }
    }
    return null;
  }

  /** The most capitalised words of a person's name and title before a possessive («Prime Minister Yingluck's»). */
  private static final int POSSESSOR_WORDS = 4;

  /**
   * «during President Guebuza's visit», «Prime Minister Yingluck's visit was especially significant»: a visit in
   * the singular after a person's name in the possessive, with no destination after it, is that person's
   * visit, the one the text reports (on the text's day, unless dated or cued as a plan), where the sentence
   * names no event over those words.
   */
  private void visitOfAPerson(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> here) {
    Tokens t = ctx.tokens;
    for (int k = from + 2; k < to; k++) {
      if (t.isCapitalized(k) || !words.is(WordClass.VISIT_VERB_PREFIX, t.key[k])) {
        continue;
      }
      // «President Soeharto's present visit»: one describing word between the possessive and the visit.
      int mark = possessiveMark(t, k) ? k : k - 3 >= from && plainWord(t, k - 1) && possessiveMark(t, k - 1) ? k - 1 : -1;
      if (mark < 0 || !t.isCapitalized(mark - 2) || t.isUpperCase(mark - 2)
          || k + 1 < to && language.isDestinationPreposition(t.key[k + 1])) {
        continue;
      }
      int start = mark - 2;
      while (start > from && mark - 2 - start < POSSESSOR_WORDS - 1 && t.isCapitalized(start - 1)
          && t.gapBefore[start] == Tokens.GAP_SPACE) {
        start--;
      }
      int first = start;
      int last = k + 1;
      if (data.parties.longestAt(t, mark - 2, mark - 1) != null
          || here.stream().anyMatch(c -> c.concept == Lexicons.Concept.EVENT && c.first < last && first < c.last)) {
        continue;
      }
      Concept visit = Concept.over(Lexicons.Concept.EVENT, first, last, k, sentence);
      visit.kind = EventKind.VISIT;
      visit.name = ctx.text.text().substring(t.start[first], t.end[k]);
      visit.key = "EVENT:visit:" + Tokenizer.keyOf(visit.name) + ":" + k;
      visit.rule = language.possessiveVisitRule();
      attributes(ctx, visit, from, to);
      // Undated and no cue of a plan: the visit the text reports, on the text's day.
      if (visit.date == null && ctx.date != null && cued(ctx, visit, from, to).status != EventStatus.PLANNED) {
        visit.date = occasionDate(ctx);
        visit.eventStatus = EventStatus.HELD;
      }
      here.add(visit);
    }
  }

  /**
   * Where the visitor named after a visit's destination ends: the language's word of an agent («by») right
   * after the destination that ends at token {@code last}, or after a date there («to Chile in April 2005 by
   * the Minister for Education»), and the words after it up to the end of the clause or «and», at most
   * {@link #AGENT_WORDS}; -1 where no visitor is named so.
   */
  private int agentEnd(Context ctx, int last, int from, int to) {
    Tokens t = ctx.tokens;
    int k = last;
    for (DateRecognizer.Found d : ctx.dates(dates, from, to)) {
      if (d.first >= last && d.first - last <= 1 && d.last > k) {
        k = d.last;
      }
    }
    if (k + 1 >= to || t.gapBefore[k] != Tokens.GAP_SPACE || !language.introducesTheAgent(t.key[k])) {
      return -1;
    }
    int end = k + 1;
    while (end < to && end - k <= AGENT_WORDS && t.gapBefore[end] != Tokens.GAP_HARD && !words.is(WordClass.AND, t.key[end])) {
      end++;
    }
    return end;
  }

  /** The most words of a visitor named after a visit's destination («by a high-level delegation of …»). */
  private static final int AGENT_WORDS = 8;

  /**
   * Whether a possessive («the Minister's») or a word that only describes («his», «their», «successful»)
   * stands right before token {@code k}.
   */
  private boolean possessiveBefore(Tokens t, int k, int from) {
    return k - 2 >= from && possessiveMark(t, k) || words.is(WordClass.STOP_ADJECTIVE, t.key[k - 1]);
  }

  /** Whether the possessive's «'s» stands right before token {@code k} («Prime Minister Yingluck's visit»). */
  private static boolean possessiveMark(Tokens t, int k) {
    return t.key[k - 1].equals("s") && t.gapIs(k - 1, '\'');
  }

  /**
   * «Prime Minister Abbott also visited Mumbai» in a text adopted in New Delhi: another city of the
   * document's country is a stop of the visit the document reports, no visit of its own.
   */
  private static boolean legOfTheVisit(Context ctx, City city) {
    return ctx.place != null && city.country != null && !city.name.equals(ctx.place.name())
        && ctx.place.country().filter(city.country::equals).isPresent();
  }

  /** Whether a one-word cue of an event's status stands right before token {@code k} («recent», «upcoming»). */
  private boolean statusCueBefore(Tokens t, int k) {
    PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(t, k - 1, k);
    return cue != null && cue.entry.value.eventStatus != null && cue.entry.value.scope != Lexicons.Scope.AFTER;
  }

  /**
   * The place a state's name gives: a state named by one acronym in capitals («в СССР», «to the UAE») is its
   * place as the text writes it, the form an acronym keeps in every case; any other is the state's own name.
   * A heading in capitals writes every word so, an acronym or not («ВИЗИТ В КИТАЙ»).
   */
  private static Place stateAsWritten(Tokens t, PhraseMatcher.Match<PartyInfo> state) {
    int k = state.first;
    boolean acronym = state.last == k + 1 && t.isUpperCase(k) && !t.isNumber(k) && t.end[k] - t.start[k] > 1
        && !(k > 0 && t.isUpperCase(k - 1) && !t.isNumber(k - 1));
    return Place.of(acronym ? t.surface(k) : state.value.nameRu, state.value.id);
  }

  /** The state or territory whose name opens token {@code k}, capitalised; null where none does. */
  private PhraseMatcher.Match<PartyInfo> stateAt(Tokens t, int k, int to) {
    PhraseMatcher.Match<PartyInfo> p = k < to && t.isCapitalized(k) ? data.parties.longestAt(t, k, to) : null;
    return p != null && (p.value.kind == PartyKind.STATE || p.value.kind == PartyKind.TERRITORY) ? p : null;
  }

  /**
   * The event a lower-case noun at {@code k} names with its place ending before token {@code last}
   * («the summit in Puerto Rico»), dated by its sentence; the words from the noun to token {@code resumes}
   * (a cue of its status: «the next summit will be held in Malaysia») are left out of its name.
   */
  private Concept nounEvent(Context ctx, Context.Sentence sentence, int from, int to, int k, int resumes, EventKind kind,
      int last, String placeName, Place place) {
    Tokens t = ctx.tokens;
    int start = language.isArticle(t.key[k - 1]) ? k : firstAfterArticle(t, k);
    Concept meeting = Concept.over(Lexicons.Concept.EVENT, start, last, k, sentence);
    meeting.kind = kind;
    String text = ctx.text.text();
    meeting.name = resumes > k + 1 ? text.substring(t.start[start], t.end[k]) + " " + text.substring(t.start[resumes], t.end[last - 1])
        : text.substring(t.start[start], t.end[last - 1]);
    meeting.key = GATHERING_KEY + Tokenizer.keyOf(placeName);
    meeting.rule = language.gatheringRule();
    attributes(ctx, meeting, from, to);
    meeting.place = place;
    keyAnother(ctx, meeting, start, k, resumes > k + 1 && meeting.eventStatus == EventStatus.PLANNED);
    return meeting;
  }

  /** The token after the article that stands one or two lower-case words before the noun at {@code k}. */
  private int firstAfterArticle(Tokens t, int k) {
    return k - 2 >= 0 && language.isArticle(t.key[k - 2]) ? k - 1 : k - 2;
  }

  /**
   * The kind of the event a lower-case noun at token {@code k} names, after an article right before
   * it or before one lower-case word before it («the meeting», «the signing ceremony»); null for
   * other words and for a visit, which goes to a place rather than happening in it.
   */
  private EventKind eventNounAt(Tokens t, int k, int from) {
    boolean article = language.isArticle(t.key[k - 1])
        || k - 2 >= from && language.isArticle(t.key[k - 2]) && plainWord(t, k - 1)
        // «the recent economic summit»: two lower-case words between the article and the noun.
        || k - 3 >= from && language.isArticle(t.key[k - 3]) && plainWord(t, k - 2) && plainWord(t, k - 1)
            && t.gapBefore[k - 1] == Tokens.GAP_SPACE
        // «At their meeting in Paris today»: a possessive before a noun in the singular.
        || possessiveBefore(t, k, from) && !language.isPluralNoun(t.key[k]);
    if (!article) {
      return null;
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> head = lex.heads.longestAt(t, k, k + 1);
    if (head == null) {
      return null;
    }
    for (Lexicons.Head h : head.entry.value) {
      if (h.concept == Lexicons.Concept.EVENT && h.kind != EventKind.VISIT) {
        return (EventKind) h.kind;
      }
    }
    return null;
  }

  /** Whether token {@code k} is a lower-case word, no number nor function word («recent», «economic»). */
  private boolean plainWord(Tokens t, int k) {
    return !t.isCapitalized(k) && !t.isNumber(k) && !words.is(WordClass.FUNCTION_WORD, t.key[k]);
  }

  /**
   * Whether {@code here} names the meeting held in {@code city} itself: an event of the sentence with
   * no place or that place. «собрались в Астане спустя 11 лет после предыдущей встречи … в Стамбуле»
   * names only another meeting, elsewhere.
   */
  private static boolean namesItsOwn(List<Concept> here, String city) {
    for (Concept c : here) {
      if (c.concept == Lexicons.Concept.EVENT && (c.place == null || c.place.name().equals(city))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who gathered: the words before the verb at {@code verb} back to a comma, the part between
   * commas where a comma stands right before the verb («We, the Leaders of the G20, met»); null
   * for a pronoun alone, nothing, or a subject too long to be one noun phrase.
   */
  private String subject(Context ctx, int from, int verb) {
    Tokens t = ctx.tokens;
    int segment = afterCommaBefore(t, verb, from);
    // «Мы, министры …, впервые встретились»: adverbs alone after the comma; who gathered stands before them.
    if (segment > from && adverbsOnly(t, segment, verb)) {
      verb = segment;
      segment = afterCommaBefore(t, verb, from);
    }
    int start = pastJoiningAnd(t, segment, verb);
    // «the Heads of Government of Denmark, Estonia, …, and Sweden met in …»: the commas of a list of states
    // are no clause's; the subject is the words before the first state's name.
    int end = verb;
    while (segment > from && partiesFill(t, start, end)) {
      end = segment;
      segment = afterCommaBefore(t, end, from);
      start = pastJoiningAnd(t, segment, end);
    }
    if (end < verb) {
      int first = -1;
      for (int k = end - 1; k > start; k--) {
        if (partiesFill(t, k, end)) {
          if (words.is(WordClass.NAME_PREPOSITION, t.key[k - 1])) {
            return phrase(ctx, start, k - 1);
          }
          first = k;
        }
      }
      return first < 0 ? null : phrase(ctx, start, first);
    }
    return phrase(ctx, start, verb);
  }

  /** Whether tokens {@code [from, to)}, at least one, are all adverbs in lower case. */
  private boolean adverbsOnly(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isCapitalized(k) || !language.isAdverb(t.key[k])) {
        return false;
      }
    }
    return from < to;
  }

  /**
   * The first token after the last comma that stands before token {@code k}, or {@code from} where
   * none does between them.
   */
  private static int afterCommaBefore(Tokens t, int k, int from) {
    int segment = k - 1;
    while (segment > from && !t.gapHas(segment, ',')) {
      segment--;
    }
    return segment;
  }

  /**
   * Token {@code start}, or the first after the «and» words there, at most {@code end}: «…, and the
   * Defence Ministers met in Auckland»: the «and» after a comma joins clauses, no part of the subject.
   */
  private int pastJoiningAnd(Tokens t, int start, int end) {
    while (start < end && words.is(WordClass.AND, t.key[start])) {
      start++;
    }
    return start;
  }

  /**
   * Whether tokens {@code [k, end)} are one party's name, or two joined by «and» («Greenland and
   * Canada»), an article allowed before each.
   */
  private boolean partiesFill(Tokens t, int k, int end) {
    int at = k + 1 < end && language.isArticle(t.key[k]) ? k + 1 : k;
    PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, at, end);
    if (party == null || party.last == end) {
      return party != null;
    }
    int next = party.last;
    if (next + 1 < end && words.is(WordClass.AND, t.key[next])) {
      next += next + 2 < end && language.isArticle(t.key[next + 1]) ? 2 : 1;
      PhraseMatcher.Match<PartyInfo> other = data.parties.longestAt(t, next, end);
      return other != null && other.last == end;
    }
    return false;
  }

  private String phrase(Context ctx, int start, int end) {
    Tokens t = ctx.tokens;
    // «…, having met in Kuala Lumpur»: an auxiliary or a participle before the verb is no subject.
    if (end <= start || end - start > SUBJECT_REACH || end - start == 1 && words.is(WordClass.WE, t.key[start])
        || words.is(WordClass.FUNCTION_WORD, t.key[end - 1]) || language.isParticiple(t.key[end - 1])) {
      return null;
    }
    String written = ctx.text.text().substring(t.start[start], t.end[end - 1]);
    // «The Leaders met …» opens a sentence: a function word keeps its capital only there.
    return words.is(WordClass.FUNCTION_WORD, t.key[start]) || language.isArticle(t.key[start])
        ? Character.toLowerCase(written.charAt(0)) + written.substring(1) : written;
  }

  /**
   * «итогах первого (Сочи, 23-24 октября 2019 года) и второго (Санкт-Петербург, 27-28 июля 2023 года)
   * саммитов Россия – Африка», «the first and second meetings of the Joint Commission»: two ordinals joined
   * by «and» before one event's head in the plural are two events of the series, each named by its ordinal,
   * the head in the singular and the words after the head; a date and a city in brackets after an ordinal
   * are that event's own. They replace what the sentence read over those words.
   */
  void ordinalsSharingAHead(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> here) {
    Tokens t = ctx.tokens;
    for (int k = from; k + 3 < to; k++) {
      if (!ordinal.test(t, k)) {
        continue;
      }
      Integer first = data.ordinals.get(t.key[k]);
      if (first == null) {
        continue;
      }
      int firstGroup = bracketsEnd(t, k + 1, to);
      int and = firstGroup < 0 ? k + 1 : firstGroup;
      if (and + 2 >= to || !words.is(WordClass.AND, t, and) || t.gapBefore[and] == Tokens.GAP_HARD && firstGroup < 0) {
        continue;
      }
      int second = and + 1;
      Integer secondValue = data.ordinals.get(t.key[second]);
      if (secondValue == null || secondValue <= first) {
        continue;
      }
      int secondGroup = bracketsEnd(t, second + 1, to);
      int head = secondGroup < 0 ? second + 1 : secondGroup;
      PrefixLexicon.Hit<List<Lexicons.Head>> hit = head < to ? lex.heads.longestAt(t, head, to) : null;
      EventKind kind = hit == null || hit.first != head ? null : eventKindOf(hit.entry.value);
      String singular = kind == null ? null : language.singularHead(t.key[hit.last - 1]);
      if (singular == null || kind == EventKind.VISIT
          || !(language.headInThePlural(t, hit.first, hit.last) || language.isPluralNoun(t.key[hit.last - 1]))) {
        continue;
      }
      int end = hit.last;
      while (end < to && end - hit.last < SHARED_NAME_WORDS && t.gapBefore[end] != Tokens.GAP_HARD
          && !words.is(WordClass.AND, t.key[end]) && !words.is(WordClass.FUNCTION_WORD, t.key[end])
          && !words.is(WordClass.LOCATIVE_PREPOSITION, t.key[end]) && !t.isNumber(end)) {
        end++;
      }
      String after = end > hit.last ? " " + NameExtent.text(ctx, hit.last, end) : "";
      int last = end;
      int opens = k;
      here.removeIf(c -> c.concept == Lexicons.Concept.EVENT && c.first < last && opens < c.last);
      int[][] parts = {{k, k + 1, firstGroup < 0 ? -1 : k + 1, firstGroup, first}, {second, last, secondGroup < 0 ? -1 : second + 1,
          secondGroup, secondValue}};
      for (int[] part : parts) {
        Concept c = new Concept(Lexicons.Concept.EVENT);
        c.kind = kind;
        c.first = part[0];
        c.last = last;
        c.headFirst = hit.first;
        c.sentence = sentence;
        c.mentions.add(new Range(part[0], part[1]));
        String ordinal = NameExtent.text(ctx, part[0], part[0] + 1);
        String[] nominative = language.nominativeHeadPhrase(new String[] {ordinal, singular}, 1);
        c.name = (nominative != null && nominative.length == 2 ? nominative[0] + " " + nominative[1] : ordinal + " " + singular) + after;
        c.ordinal = part[4];
        c.key = "EVENT:" + c.ordinal + ":" + Tokenizer.keyOf(singular + after);
        c.rule = "ordinals sharing a head: " + singular;
        attributes(ctx, c, from, to);
        if (part[2] >= 0) {
          bracketed(ctx, c, part[2], part[3]);
          c.eventStatus = status(ctx, c, from, to);
        }
        here.add(c);
      }
      return;
    }
  }

  /**
   * «на встречах в Алма-Ате (1990 г.) и в Ташкенте (1991 г.)», «на переговорах на высшем уровне в Сеуле в ноябре
   * 1992 года и в Москве в июне 1994 года», "the meetings in Geneva in May and in New York in September": an event's
   * head in the plural (or one dated after each city), then the preposition of place and a city, and «и»/"and" with
   * the same preposition and another city, names one event in each city, dated by what follows that city. The
   * preposition said again sets the cities apart; «in Punta Arenas and Ushuaia», one preposition, is one event held
   * in both. One of the two may be a town the gazetteer lacks («Алма-Ате»), where the other is listed. The readings
   * over those words give way to the two events.
   */
  void placesSharingAHead(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> here) {
    if (sentence == null) {
      return;
    }
    Tokens t = ctx.tokens;
    for (int k = from; k + 5 < to; k++) {
      // The cheap checks first: this runs for every token of every sentence.
      if (t.isCapitalized(k) || !placeWithin(t, k + 1, to)) {
        continue;
      }
      PrefixLexicon.Hit<List<Lexicons.Head>> hit = lex.heads.longestAt(t, k, to);
      EventKind kind = hit == null || hit.first != k ? null : eventKindOf(hit.entry.value);
      int at = kind == null || kind == EventKind.VISIT ? to : hit.last;
      Setting one = at + 1 < to && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[at]) ? placeAt(ctx, at + 1, to) : null;
      if (one == null) {
        continue;
      }
      int oneEnd = one.end;
      int and = afterItsSetting(ctx, oneEnd, to);
      int again = and + 1;
      Setting other = and > 0 && again + 1 < to && words.is(WordClass.AND, t.key[and])
          && !t.gapHas(and, ';') && !t.gapHas(and, '\n') && t.key[again].equals(t.key[at])
          ? placeAt(ctx, again + 1, to) : null;
      if (other == null || other.place.name().equals(one.place.name())
          || one.place.country().isEmpty() && other.place.country().isEmpty()) {
        continue;
      }
      int otherEnd = other.end;
      int end = afterItsSetting(ctx, otherEnd, to);
      // «консультации в Женеве в мае и в Вене в июне»: a head that may be singular names several where each city
      // has its own date.
      if (!(language.headInThePlural(t, hit.first, hit.last) || language.isPluralNoun(t.key[hit.last - 1]))
          && (and == oneEnd || end <= otherEnd)) {
        continue;
      }
      int opens = k;
      int closes = end < 0 ? otherEnd : end;
      here.removeIf(c -> c.concept == Lexicons.Concept.EVENT && c.first < closes && opens < c.last);
      String singular = language.singularHead(t.key[k]);
      String headText = hit.last == k + 1 && singular != null ? singular
          : NameExtent.nominativeText(ctx, language, k, k, hit.last, hit.last);
      int[][] parts = {{at, oneEnd, and, k}, {again, otherEnd, closes, oneEnd}};
      for (int[] part : parts) {
        Concept c = Concept.over(Lexicons.Concept.EVENT, part[0] == at ? k : part[0], part[1], k, sentence);
        c.kind = kind;
        c.name = headText + " " + NameExtent.text(ctx, part[0], part[1]);
        c.key = "EVENT:" + Tokenizer.keyOf(c.name);
        c.rule = "places sharing a head: " + t.surface(k);
        attributes(ctx, c, from, to, part[3], part[2]);
        int group = bracketsEnd(t, part[1], to);
        if (group > 0) {
          bracketed(ctx, c, part[1], group);
        }
        c.place = part[0] == at ? one.place : other.place;
        c.eventStatus = status(ctx, c, from, to);
        here.add(c);
      }
      return;
    }
  }

  /** The most words of a town's name the gazetteer lacks («Алма-Ате», "Sveti Stefan"). */
  private static final int TOWN_WORDS = 3;

  /** A place named in the text, and the token after its name. */
  private record Setting(Place place, int end) {
  }

  /** The most words between an event's head word and the preposition of its place («переговорах на высшем уровне в»). */
  private static final int HEAD_WORDS = 4;

  /** Whether the preposition of place and a capitalised word stand within {@link #HEAD_WORDS} after token {@code k}. */
  private boolean placeWithin(Tokens t, int k, int to) {
    for (int j = k; j < k + HEAD_WORDS && j + 1 < to; j++) {
      if (t.isCapitalized(j + 1) && words.is(WordClass.LOCATIVE_PREPOSITION, t, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The place named at token {@code k}: a listed city, else capitalised words joined by spaces or bare hyphens that
   * name no party nor person (a town the gazetteer lacks, of no known state), in the nominative; null otherwise.
   */
  private Setting placeAt(Context ctx, int k, int to) {
    Tokens t = ctx.tokens;
    PhraseMatcher.Match<City> city = data.cities.longestAt(t, k, to);
    if (city != null) {
      return new Setting(Place.of(city.value.name, city.value.country), city.last);
    }
    if (!t.isCapitalized(k) || t.isUpperCase(k) || data.parties.longestAt(t, k, to) != null || lex.givenNames.contains(t.key[k])) {
      return null;
    }
    int end = k + 1;
    while (end < to && end - k < TOWN_WORDS && t.isCapitalized(end) && !t.isUpperCase(end)
        && (t.gapBefore[end] == Tokens.GAP_SPACE || t.hyphenAfter[end - 1] && t.end[end - 1] + 1 == t.start[end])) {
      end++;
    }
    return new Setting(Place.of(nominative(ctx.text.text().substring(t.start[k], t.end[end - 1])), java.util.Optional.empty()), end);
  }

  /**
   * The token after a city's setting from token {@code k}: a group in brackets («(1990 г.)») or a date that starts
   * there («в ноябре 1992 года»), else {@code k} itself; -1 past the sentence.
   */
  private int afterItsSetting(Context ctx, int k, int to) {
    if (k >= to) {
      return -1;
    }
    int group = bracketsEnd(ctx.tokens, k, to);
    if (group > 0) {
      return group;
    }
    for (DateRecognizer.Found d : ctx.dates(dates, k, to)) {
      if (d.first <= k + 1 && d.first >= k) {
        return d.last;
      }
    }
    return k;
  }

  /** The most words after a head that ordinals share taken into their names («саммитов Россия – Африка»). */
  private static final int SHARED_NAME_WORDS = 6;

  /** The longest bracketed group: «(Сочи, 23-24 октября 2019 года)». */
  private static final int BRACKET_WORDS = 12;

  /**
   * Where a group in brackets that opens at token {@code k} ends (the token after its closing bracket);
   * -1 where no bracket opens there or none closes within {@link #BRACKET_WORDS}.
   */
  private static int bracketsEnd(Tokens t, int k, int to) {
    if (k >= to || !t.gapHas(k, '(')) {
      return -1;
    }
    for (int m = k + 1; m < to && m - k <= BRACKET_WORDS; m++) {
      if (t.gapHas(m, ')')) {
        return m;
      }
      if (t.gapHas(m, '(')) {
        return -1;
      }
    }
    return -1;
  }

  /** The date and the city (or state) in brackets, tokens {@code [from, to)}, as event {@code c}'s own. */
  private void bracketed(Context ctx, Concept c, int from, int to) {
    Tokens t = ctx.tokens;
    for (DateRecognizer.Found d : ctx.dates(dates, from, to)) {
      EdtfDate date = d.first >= from && d.last <= to ? d.resolve(ctx.referenceYear, ctx.referenceDay) : null;
      if (date != null) {
        c.date = date;
        break;
      }
    }
    for (int k = from; k < to; k++) {
      PhraseMatcher.Match<City> city = t.isCapitalized(k) ? data.cities.longestAt(t, k, to) : null;
      PhraseMatcher.Match<PartyInfo> state = city == null ? stateAt(t, k, to) : null;
      if (city != null || state != null && state.value.kind == PartyKind.STATE) {
        c.place = city != null ? Place.of(city.value.name, city.value.country) : stateAsWritten(t, state);
        return;
      }
    }
  }

  /** The kind of the event among a head's readings; null where it names no event. */
  private static EventKind eventKindOf(List<Lexicons.Head> heads) {
    for (Lexicons.Head h : heads) {
      if (h.concept == Lexicons.Concept.EVENT) {
        return (EventKind) h.kind;
      }
    }
    return null;
  }

  /**
   * One occasion named twice becomes one event: the title's or lead's name and the body's
   * («Brussels Summit» and «the meeting of the North Atlantic Council in Brussels»), a name and its
   * alias in brackets («the 32nd session … (Jeddah Summit)»), the same words in another order or
   * without the ordinal or year («G20 Leaders' Summit», «G20 Summit of Leaders»; «EU-CELAC Summit
   * 2023», «the third EU-CELAC Summit»), a short form of a numbered meeting («the 19th Forum») and
   * two names overlapping in the text. The fuller name is kept, with every mention of both.
   * Visits are left to {@link ConceptMerger}: one person may pay several.
   */
  static void sameOccasions(Context ctx, List<Concept> found) {
    List<Concept> events = new java.util.ArrayList<>();
    for (Concept c : found) {
      if (c.concept == Lexicons.Concept.EVENT && !c.mentions.isEmpty()) {
        events.add(c);
      }
    }
    if (events.size() < 2) {
      return;
    }
    java.util.Map<Concept, java.util.Set<String>> cores = new java.util.IdentityHashMap<>();
    for (Concept c : events) {
      cores.put(c, core(ctx, c.name));
    }
    java.util.Set<Concept> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int j = 1; j < events.size(); j++) {
      Concept b = events.get(j);
      for (int i = 0; i < j; i++) {
        Concept a = events.get(i);
        if (gone.contains(a) || gone.contains(b)) {
          continue;
        }
        Concept kept = sameOccasion(ctx, a, b, cores.get(a), cores.get(b));
        if (kept != null) {
          Concept other = kept == a ? b : a;
          // «FORTY-FIFTH PACIFIC ISLANDS FORUM» heading the text, then «The Forty-Fifth Pacific Islands Forum was held in
          // Koror»: a mention told as held settles the status the kept one had only for want of any sign.
          if (kept.eventStatus == EventStatus.PLANNED && other.eventStatus == EventStatus.HELD && kept.date == null
              && !plannedCueIn(ctx, kept)) {
            kept.eventStatus = EventStatus.HELD;
          }
          kept.absorb(other);
          if (kept.series == null) {
            kept.series = other.series;
          }
          kept.mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
          gone.add(other);
        }
      }
    }
    if (!gone.isEmpty()) {
      found.removeIf(gone::contains);
      events.removeIf(gone::contains);
    }
    earlierAndLaterOfTheSeries(ctx, events);
  }

  /** Tokens a report may put between its verb of an occasion's course and the occasion («завершился 3-й этап …»: «3», «-й», «этап»). */
  private static final int COURSE_REACH = 3;

  /**
   * «В Сочи завершился форум …», «Завершена встреча комиссии …», «открывая неформальный саммит …», «завершился 3-й
   * этап раунда переговоров …»: an occasion that a verb of its opening or close tells before it (the language's
   * {@link WordClass#OCCASION_COURSE_VERB}, at most {@value #COURSE_REACH} words before a mention within the clause)
   * is a report's lead, the page's news, and no event of a document; the event goes, with every mention. A document
   * tells its own occasion's course after it («Заседание открылось обсуждением …») and recalls a past one otherwise
   * («состоявшийся», «недавно завершившийся»).
   */
  static void narratedByAReport(Context ctx, List<Concept> found) {
    Tokens t = ctx.tokens;
    Words words = ctx.data.words;
    found.removeIf(c -> c.concept == Lexicons.Concept.EVENT && c.mentions.stream().anyMatch(m -> courseVerbAt(t, words, m)));
  }

  /**
   * «Основные мероприятия визита прошли 22 декабря», «переговоры и мероприятия еще больше укрепили …»: a generic noun of
   * an occasion (the language's {@link WordClass#GENERIC_EVENT_PREFIX}) names an event only with what names it right
   * after it (a preposition of a name, a capital, a number or quotes: «Мероприятие по гуманитарному обмену …»); bare,
   * or before a plain word (the parts of another occasion, an adverb), it names none, and the event goes.
   */
  static void bareGenericEvents(Context ctx, List<Concept> found) {
    Tokens t = ctx.tokens;
    Words words = ctx.data.words;
    found.removeIf(c -> c.concept == Lexicons.Concept.EVENT && c.headFirst < t.size
        && words.startsWithAny(WordClass.GENERIC_EVENT_PREFIX, t, c.headFirst) && !namedAfter(t, words, c));
  }

  private static boolean namedAfter(Tokens t, Words words, Concept c) {
    int k = c.headFirst + 1;
    return k < c.last && k < t.size && (t.gapBefore[k] != Tokens.GAP_SPACE || t.isCapitalized(k) || t.isNumber(k)
        || words.is(WordClass.NAME_PREPOSITION, t, k));
  }

  private static boolean courseVerbAt(Tokens t, Words words, Range m) {
    for (int k = m.start() - 1; k >= 0 && k >= m.start() - 1 - COURSE_REACH; k--) {
      if (t.gapBefore[k + 1] == Tokens.GAP_HARD) {
        return false;
      }
      if (words.is(WordClass.OCCASION_COURSE_VERB, t, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «Chairman's Statement of the Tenth ASEAN-Japan Summit» … «the Joint Statement of the Ninth ASEAN-Japan Summit»: in
   * a text that comes from the n-th meeting of a series (its title's), a meeting of the same name with a lower number
   * took place before it and one with a higher number is to come; a date its sentence gave it on the wrong side of
   * the text's day is another act's.
   */
  private static void earlierAndLaterOfTheSeries(Context ctx, List<Concept> events) {
    Concept occasion = null;
    for (Concept c : events) {
      if ((c.inTitle || c.sentence == null) && c.ordinal != null && c.kind != EventKind.VISIT) {
        occasion = c;
        break;
      }
    }
    if (occasion == null || ctx.referenceDay == null) {
      return;
    }
    java.util.Set<String> own = core(ctx, occasion.name);
    for (Concept c : events) {
      if (c == occasion || c.ordinal == null || c.ordinal.equals(occasion.ordinal) || c.kind != occasion.kind
          || own.isEmpty() || !core(ctx, c.name).equals(own)) {
        continue;
      }
      boolean earlier = c.ordinal < occasion.ordinal;
      c.eventStatus = earlier ? EventStatus.HELD : EventStatus.PLANNED;
      if (c.date != null && (earlier ? c.date.earliest().isAfter(ctx.referenceDay) : c.date.latest().isBefore(ctx.referenceDay))) {
        c.date = null;
      }
    }
  }

  /** Which of events {@code a} and {@code b} (in text order) stays when both name one occasion; null when they do not. */
  private static Concept sameOccasion(Context ctx, Concept a, Concept b, java.util.Set<String> ca, java.util.Set<String> cb) {
    if (overlap(a, b)) {
      return fuller(a, b, ca, cb);
    }
    // The title's occasion is of the document's day, which DocumentDater gives it once the items are settled.
    EdtfDate da = a.date == null && a.inTitle ? occasionDate(ctx) : a.date;
    EdtfDate db = b.date == null && b.inTitle ? occasionDate(ctx) : b.date;
    if (a.kind == EventKind.VISIT || b.kind == EventKind.VISIT || !datesMeet(da, db)
        || a.place != null && b.place != null && !cut(a.place.name().toLowerCase(java.util.Locale.ROOT))
            .equals(cut(b.place.name().toLowerCase(java.util.Locale.ROOT)))) {
      return null;
    }
    if (inBrackets(ctx.tokens, a, b)) {
      return a;
    }
    if (namedByItsCity(ctx, a, ca) && gathering(b) || headingOfTheSame(ctx, a, b)) {
      return b;
    }
    if (namedByItsCity(ctx, b, cb) && gathering(a) || headingOfTheSame(ctx, b, a)) {
      return a;
    }
    if (toldShortByItsOwner(ctx, a, b)) {
      return b;
    }
    if (toldShortByItsOwner(ctx, b, a)) {
      return a;
    }
    if (sameHeldGathering(a, b, da, db)) {
      boolean describedA = describedOnly(ctx, a);
      boolean describedB = describedOnly(ctx, b);
      if (describedA != describedB) {
        return describedA ? b : a;
      }
    }
    // «ВСТРЕЧА ГЛАВ ПРАВИТЕЛЬСТВ ГОСУДАРСТВ БАЛТИЙСКОГО МОРЯ (Г. РИГА, 22-23 ЯНВАРЯ 1998 Г.)» … «вторая встреча
    // государств Балтийского моря на высшем уровне»: the title's gathering told again in the body in other words
    // (a meeting there, a summit here), on the same days in the same city, is one, kept as the body names it. The
    // title's gathering takes the document's place only later.
    if ((a.inTitle ^ b.inTitle) && held(a) && held(b) && gatheringKind(a) && gatheringKind(b) && da != null && da.equals(db)
        && (a.ordinal == null || b.ordinal == null || a.ordinal.equals(b.ordinal)) && mostWordsShared(ca, cb)) {
      return a.inTitle ? b : a;
    }
    if (a.kind != b.kind || ca.isEmpty() || cb.isEmpty()) {
      return null;
    }
    boolean ordinalsMeet = a.ordinal == null || b.ordinal == null || a.ordinal.equals(b.ordinal);
    boolean statusMeets = a.eventStatus == null || b.eventStatus == null || a.eventStatus == b.eventStatus;
    boolean within = ca.containsAll(cb) || cb.containsAll(ca);
    if (ca.equals(cb) && ordinalsMeet && statusMeets) {
      return fuller(a, b, ca, cb);
    }
    // A numbered meeting is one in a text: «the 19th South Pacific Forum» … «the 19th Forum».
    if (a.ordinal != null && a.ordinal.equals(b.ordinal) && (a.ordinal > 1 && within
        || sameDay(da, db))) {
      return fuller(a, b, ca, cb);
    }
    // The title names the document's occasion short, the body in full (not the other way: a short name
    // in the body may be another meeting of the same people).
    boolean titleShorter = a.inTitle ? cb.containsAll(ca) : ca.containsAll(cb);
    if ((a.inTitle ^ b.inTitle) && titleShorter && ordinalsMeet && held(a) && held(b)) {
      return fuller(a, b, ca, cb);
    }
    if (shortenedLater(ctx, a, b, ca, cb)) {
      return a;
    }
    return shorterNameOfTheSame(ctx, a, b, ca, cb) ? fuller(a, b, ca, cb) : null;
  }

  /**
   * «Pacific Islands Forum Special Leaders Retreat … the Special Retreat agreed», «состоялось заседание … ⏎
   * заседание Высшего Государственного Совета Союзного государства»: one of two events of a kind (the caller asks it)
   * named in some of the other's words, in either order, is the same occasion told short where neither is dated apart,
   * numbered apart or put ahead by a cue: the shorter stands in the body with no day, place or number of its own, and
   * each is held or planned only for want of any sign (no cue of a plan in its sentence, no date).
   */
  private static boolean shorterNameOfTheSame(Context ctx, Concept a, Concept b, java.util.Set<String> ca,
      java.util.Set<String> cb) {
    boolean aShorter = ca.size() < cb.size();
    Concept shorter = aShorter ? a : b;
    Concept longer = aShorter ? b : a;
    java.util.Set<String> cs = aShorter ? ca : cb;
    java.util.Set<String> cl = aShorter ? cb : ca;
    if (cs.size() == cl.size() || !cl.containsAll(cs) || shorter.sentence == null || shorter.inTitle
        || shorter.date != null || shorter.place != null || shorter.ordinal != null) {
      return false;
    }
    // «the previous Trilateral Meetings of the Ministers»: a series, or one set apart by a word, is another.
    Tokens t = ctx.tokens;
    int head = shorter.headFirst;
    if (head >= t.size || ctx.data.language.isPluralNoun(t.key[head])
        || shorter.first > 0 && ctx.data.words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, t, shorter.first - 1)
        || head > shorter.first && ctx.data.words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, t, shorter.first)) {
      return false;
    }
    return byDefaultOrHeld(ctx, shorter) && byDefaultOrHeld(ctx, longer) && (held(shorter) || held(longer));
  }

  /**
   * Whether events {@code a} and {@code b} are gatherings told as held on the same day or days, dated to the day,
   * and at no two places ({@link #sameOccasion} has checked the places).
   */
  private static boolean sameHeldGathering(Concept a, Concept b, EdtfDate da, EdtfDate db) {
    return held(a) && held(b) && gatheringKind(a) && gatheringKind(b) && da != null && da.equals(db)
        && da.precision() == EdtfDate.Precision.DAY;
  }

  /**
   * «Заседание Совета Россия-НАТО … ⏎ На встрече в Брюсселе министры …», «Встреча на уровне министров иностранных
   * дел»: whether event {@code c} is only described, by its head and words in lower case, its place aside (no
   * capitalised word past its first but the place's, no number, no quotes): a gathering so told on the days and at
   * the place of one named by a body or a proper name is that one again ({@link #sameOccasion} keeps the named one).
   */
  private static boolean describedOnly(Context ctx, Concept c) {
    Tokens t = ctx.tokens;
    if (c.ordinal != null || c.sentence == null || c.inTitle || c.name.indexOf('"') >= 0) {
      return false;
    }
    for (int k = c.first + 1; k < c.last && k < t.size; k++) {
      if (t.isNumber(k)) {
        return false;
      }
      if (t.isCapitalized(k)) {
        PhraseMatcher.Match<City> city = ctx.data.cities.longestAt(t, k, c.last);
        if (city == null || c.place == null || !city.value.name.equals(c.place.name())) {
          return false;
        }
        k = city.last - 1;
      }
    }
    return true;
  }

  /** Whether event {@code c} is told as held, or planned only for want of any sign (undated, no cue of a plan by it). */
  private static boolean byDefaultOrHeld(Context ctx, Concept c) {
    return held(c) || c.eventStatus == EventStatus.PLANNED && c.date == null && !plannedCueIn(ctx, c);
  }

  /**
   * Whether {@code b}, named after {@code a}, tells again the occasion {@code a} is told as held, in fewer of
   * its words («… состоялось заседание Совета глав государств Содружества … ⏎ Заседание Совета глав государств
   * началось с …»): {@code b} has no day, place or ordinal of its own, and its status is the one given for want
   * of any sign, no cue of a plan standing in its sentence («следующее заседание Совета» is another one).
   */
  private static boolean shortenedLater(Context ctx, Concept a, Concept b, java.util.Set<String> ca,
      java.util.Set<String> cb) {
    if (!held(a) || a.date == null && !a.inTitle || b.inTitle || b.date != null || b.place != null || b.ordinal != null
        || b.eventStatus != EventStatus.PLANNED || b.sentence == null || cb.size() < 2 && !headCapitalised(ctx, b)
        || cb.size() >= ca.size() || !ca.containsAll(cb) || b.mentions.get(0).start() < a.mentions.get(0).start()) {
      return false;
    }
    return !plannedCueIn(ctx, b);
  }

  /** Whether a cue of a plan stands in the sentence of event {@code c}'s first mention. */
  static boolean plannedCueIn(Context ctx, Concept c) {
    if (c.sentence == null) {
      return false;
    }
    Tokens t = ctx.tokens;
    int to = c.sentence.lastToken;
    for (int k = c.sentence.firstToken; k < to; k++) {
      PrefixLexicon.Hit<Lexicons.Cue> cue = ctx.data.lexicons.cues.longestAt(t, k, to);
      if (cue != null && cue.entry.value.eventStatus == EventStatus.PLANNED) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether event {@code c} is its head alone, capitalised inside its sentence («темы Совещания», "the
   * Summit welcomed"): the house style's way to point back at an occasion named in full before.
   */
  private static boolean headCapitalised(Context ctx, Concept c) {
    return c.first == c.headFirst && c.last == c.headFirst + 1 && c.first > c.sentence.firstToken
        && ctx.tokens.isCapitalized(c.first) && !ctx.tokens.isUpperCase(c.first);
  }

  private static boolean held(Concept c) {
    return c.eventStatus == EventStatus.HELD;
  }

  /** Whether event {@code c} is a gathering held at a known place: what a city's summit may name. */
  private static boolean gathering(Concept c) {
    return held(c) && c.place != null && gatheringKind(c);
  }

  /** Whether event {@code c} is of a kind where people gather: a meeting, summit, forum, conference, session or talks. */
  private static boolean gatheringKind(Concept c) {
    return c.kind == EventKind.MEETING || c.kind == EventKind.SUMMIT || c.kind == EventKind.FORUM
        || c.kind == EventKind.CONFERENCE || c.kind == EventKind.SESSION || c.kind == EventKind.TALKS;
  }

  /** Whether two events' mentions share a token. */
  private static boolean overlap(Concept a, Concept b) {
    for (Range m : a.mentions) {
      for (Range n : b.mentions) {
        if (m.start() < n.end() && n.start() < m.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code b}'s first mention is in brackets right after a mention of {@code a}, a few plain
   * words between («… session of the Council at summit level (Manama Summit)»).
   */
  private static boolean inBrackets(Tokens t, Concept a, Concept b) {
    int k = b.mentions.get(0).start();
    int end = b.mentions.get(0).end();
    if (k <= 0 || !t.gapIs(k, '(') || end >= t.size || !t.gapHas(end, ')')) {
      return false;
    }
    for (Range m : a.mentions) {
      if (m.end() <= k && k - m.end() <= BRACKET_AFTER) {
        boolean plain = true;
        for (int j = m.end(); j < k && plain; j++) {
          plain = t.gapBefore[j] == Tokens.GAP_SPACE;
        }
        if (plain) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many words may stand between an event's name and its alias in brackets («… at summit level (…)»). */
  private static final int BRACKET_AFTER = 3;

  /**
   * Whether event {@code c} is named by its city before its head and nothing else («the Brussels
   * Summit», «Стамбульская встреча»): the name of an occasion the text tells in full elsewhere, unlike
   * «встреча в Москве», which describes one.
   */
  private static boolean namedByItsCity(Context ctx, Concept c, java.util.Set<String> core) {
    if (c.place == null || c.ordinal != null || c.headFirst <= c.first || c.headFirst >= ctx.tokens.size || core.size() < 2) {
      return false;
    }
    java.util.Set<String> rest = new java.util.HashSet<>(core);
    rest.removeAll(core(ctx, c.place.name()));
    return rest.size() == 1 && rest.contains(cut(ctx.tokens.key[c.headFirst]));
  }

  /**
   * «Коммюнике 13 саммита ОИК в Стамбуле» heading a text whose body tells «13-й Исламский саммит … в Стамбуле»: whether
   * event {@code c} is its head and its owner's acronym alone («саммит ОИК», "the SCO Summit") and {@code other} an
   * occasion of the same kind at the same place, named in more words and held or planned only for want of any sign,
   * so that the short name is the same occasion told short ({@link #sameOccasion} has checked that their days meet).
   */
  private static boolean toldShortByItsOwner(Context ctx, Concept c, Concept other) {
    return c.kind == other.kind && c.kind != EventKind.VISIT && held(c) && c.place != null && other.place != null
        && c.ordinal == null && ownerAcronymOnly(ctx, c) && !ownerAcronymOnly(ctx, other)
        && byDefaultOrHeld(ctx, other);
  }

  /** Whether event {@code c} is its one-word head and one acronym of a party, in either order («саммит ОИК», "SCO Summit"). */
  private static boolean ownerAcronymOnly(Context ctx, Concept c) {
    Tokens t = ctx.tokens;
    if (c.last != c.first + 2 || c.last > t.size || c.headFirst != c.first && c.headFirst != c.first + 1) {
      return false;
    }
    int owner = c.headFirst == c.first ? c.first + 1 : c.first;
    if (!t.isUpperCase(owner) || t.gapBefore[c.first + 1] != Tokens.GAP_SPACE) {
      return false;
    }
    PhraseMatcher.Match<PartyInfo> party = ctx.data.parties.longestAt(t, owner, owner + 1);
    return party != null && party.last == owner + 1;
  }

  /**
   * «СЕССИЯ ХЕЛЬСИНКИ»: the city right after event {@code c}'s head, no preposition between, where the event is
   * those two words alone, as a heading writes it; null otherwise.
   */
  private static PhraseMatcher.Match<City> cityAfterHead(Context ctx, Concept c) {
    return c.headFirst == c.first && c.last == c.headFirst + 2 && c.last <= ctx.tokens.size
        ? ctx.data.cities.longestAt(ctx.tokens, c.headFirst + 1, c.last) : null;
  }

  /**
   * «СЕССИИ ХЕЛЬСИНКИ, 5 – 9 ИЮЛЯ 2015 ГОДА» heading the text, then «встретились 5–9 июля 2015 года в Хельсинки на
   * ежегодной сессии»: whether event {@code c} is a heading's head and city ({@link #cityAfterHead}) and {@code other}
   * a gathering of its kind told as held in that city (their days meet: {@link #sameOccasion} asks it first).
   */
  private static boolean headingOfTheSame(Context ctx, Concept c, Concept other) {
    PhraseMatcher.Match<City> city = cityAfterHead(ctx, c);
    return city != null && c.kind == other.kind && held(other) && other.place != null
        && city.value.name.equals(other.place.name());
  }

  /** Whether the words two names share are most of the shorter name's words: as many as {@link #SHARED_TENTHS} tenths. */
  private static boolean mostWordsShared(java.util.Set<String> ca, java.util.Set<String> cb) {
    int shared = 0;
    for (String w : ca) {
      shared += cb.contains(w) ? 1 : 0;
    }
    return shared > 0 && shared * TENTHS >= SHARED_TENTHS * Math.min(ca.size(), cb.size());
  }

  /** The share of the shorter name's words two names of one occasion have in common, in tenths (as the scorer matches). */
  private static final int SHARED_TENTHS = 6;

  private static final int TENTHS = 10;

  /** Whether two dates (either unknown) may be of one occasion: their spans meet. */
  private static boolean datesMeet(EdtfDate x, EdtfDate y) {
    return x == null || y == null || !x.earliest().isAfter(y.latest()) && !y.earliest().isAfter(x.latest());
  }

  private static boolean sameDay(EdtfDate x, EdtfDate y) {
    return x != null && x.equals(y) && x.precision() == EdtfDate.Precision.DAY;
  }

  /** The one of two names of an occasion that says more (then the one not in capitals, then the first). */
  private static Concept fuller(Concept a, Concept b, java.util.Set<String> ca, java.util.Set<String> cb) {
    if (ca.size() != cb.size()) {
      return ca.size() > cb.size() ? a : b;
    }
    boolean capsA = a.name.equals(a.name.toUpperCase(java.util.Locale.ROOT));
    boolean capsB = b.name.equals(b.name.toUpperCase(java.util.Locale.ROOT));
    return capsA && !capsB ? b : a;
  }

  /**
   * The words that tell a name from another: lower-case, cut to five letters as inflection asks,
   * without articles, function words, numbers, years and ordinals («the third EU-CELAC Summit 2023»
   * is «eu celac summi»).
   */
  static java.util.Set<String> core(Context ctx, String name) {
    java.util.Set<String> out = new java.util.HashSet<>();
    List<String> pieces = wordsOf(name.toLowerCase(java.util.Locale.ROOT));
    for (int k = 0; k < pieces.size(); k++) {
      String w = pieces.get(k);
      if (w.isEmpty() || Character.isDigit(w.charAt(0)) || ctx.data.ordinals.containsKey(w)
          || ctx.data.tens.containsKey(w) || ctx.data.language.isArticle(w)
          || ctx.data.words.is(WordClass.FUNCTION_WORD, w) || ctx.data.words.is(WordClass.NAME_PREPOSITION, w)
          || ctx.data.words.is(WordClass.AND, w) || ctx.data.words.is(WordClass.DEMONSTRATIVE, w)
          || w.length() == 1 && Character.isLetter(w.charAt(0))) {
        continue;
      }
      if (k + 1 < pieces.size() && ctx.data.ordinals.containsKey(w + "-" + pieces.get(k + 1))) {
        k++; // «fifty-first»
        continue;
      }
      out.add(cut(w));
    }
    return out;
  }

  /**
   * The words of a name: its runs of letters and numbers, read in one pass over its code points (a
   * regular expression's split cost more than the rest of {@link #core}).
   */
  static List<String> wordsOf(String name) {
    List<String> pieces = new java.util.ArrayList<>();
    int n = name.length();
    int k = 0;
    while (k < n) {
      int start = k;
      int c;
      while (k < n && isWordChar(c = name.codePointAt(k))) {
        k += Character.charCount(c);
      }
      if (k > start) {
        pieces.add(name.substring(start, k));
      } else {
        k += Character.charCount(name.codePointAt(k));
      }
    }
    return pieces;
  }

  /** Whether a code point is a letter or a number (Unicode categories L and N). */
  private static boolean isWordChar(int c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static String cut(String w) {
    return w.length() > 5 ? w.substring(0, 5) : w;
  }
}
