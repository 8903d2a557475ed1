package dev.entente.parser;

import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.PartyKind;
import java.util.List;

/**
 * What makes a mechanism and what it owns: its status from the nearest cue that can reach it (a
 * status shared by one coordinated with it), the mechanism an event is a meeting of, and the heads
 * that are part of an organisation's own name and open none.
 */
final class MechanismRecognizer {
  private final LanguageData data;
  private final Words words;
  private final Lexicons lex;
  private final DateRecognizer dates;

  MechanismRecognizer(LanguageData data, DateRecognizer dates) {
    this.data = data;
    this.words = data.words;
    this.lex = data.lexicons;
    this.dates = dates;
  }

  /** How far before a cue of creation a word may stand that puts the creation in the past («success of the launch»). */
  private static final int ACCOMPLISHED_WINDOW = 3;

  /** The status of mechanism {@code c} in its sentence, tokens {@code [from, to)}, beside the items {@code here}. */
  MechanismStatus status(Context ctx, Concept c, int from, int to, List<Concept> here) {
    Tokens t = ctx.tokens;
    MechanismStatus status = MechanismStatus.EXISTING;
    PrefixLexicon.Hit<Lexicons.Cue> chosen = null;
    int nearest = Integer.MAX_VALUE;
    for (int k = Math.max(from, c.first - ConceptRecognizer.CUE_WINDOW); k < Math.min(to, c.last + 3); k++) {
      PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(t, k, to);
      if (cue == null || cue.entry.value.mechanismStatus == null) {
        continue;
      }
      Lexicons.Scope scope = cue.entry.value.scope;
      boolean before = cue.last <= c.first;
      boolean after = cue.first >= c.last;
      boolean inside = !before && !after;
      if (inside && cue.first != c.first || before && scope == Lexicons.Scope.AFTER
          || after && (scope == Lexicons.Scope.BEFORE || scope == Lexicons.Scope.ADJACENT)
          || before && scope == Lexicons.Scope.ADJACENT && cue.last != c.first) {
        k = cue.last - 1;
        continue;
      }
      if (before && anotherBetween(here, c, cue.last, c.first)) {
        k = cue.last - 1;
        continue;
      }
      int distance = before ? c.first - cue.last : Math.max(0, cue.first - c.last);
      if (distance < nearest || distance == nearest && cue.last - cue.first > 1) {
        nearest = distance;
        status = cue.entry.value.mechanismStatus;
        chosen = cue;
      }
      k = cue.last - 1;
    }
    if (status == MechanismStatus.NEW && chosen.last <= c.first
        && (accomplishedBefore(t, chosen.first, from) || pastDateAfter(ctx, c, to))) {
      return MechanismStatus.EXISTING;
    }
    // «welcomed the establishment of the … Secretariat in 2026»: a body welcomed as set up, dated after the
    // document's own day, is one this text announces.
    if (status == MechanismStatus.EXISTING && chosen != null && chosen.last <= c.first && futureDateAfter(ctx, c, to)) {
      return MechanismStatus.NEW;
    }
    return status;
  }

  /**
   * «the successful launch of …», «since the establishment of …», «the recent inaugural …»: a word
   * right before a cue of creation that tells it has happened makes the mechanism one that exists.
   */
  private boolean accomplishedBefore(Tokens t, int cue, int from) {
    for (int k = cue - 1; k >= Math.max(from, cue - ACCOMPLISHED_WINDOW); k--) {
      if (words.startsWithAny(WordClass.ACCOMPLISHED_PREFIX, t.key[k])) {
        return true;
      }
      if (t.gapBefore[k + 1] == Tokens.GAP_HARD) {
        return false;
      }
    }
    return false;
  }

  /**
   * «the establishment of the Secretariat in 2022 has …»: a date right after a mechanism created
   * before the document's own day dates a creation that has happened.
   */
  private boolean pastDateAfter(Context ctx, Concept c, int to) {
    if (ctx.referenceYear <= 0 || c.last >= to) {
      return false;
    }
    List<DateRecognizer.Found> found = dates.find(ctx.tokens, c.last, Math.min(to, c.last + 5));
    if (found.isEmpty() || found.get(0).first > c.last + 1) {
      return false;
    }
    dev.entente.model.EdtfDate date = found.get(0).resolve(ctx.referenceYear, ctx.referenceDay);
    return date != null && (ctx.referenceDay != null ? date.latest().isBefore(ctx.referenceDay)
        : date.latest().getYear() < ctx.referenceYear);
  }

  /** Whether a date right after mechanism {@code c} falls after the document's own day (or year). */
  private boolean futureDateAfter(Context ctx, Concept c, int to) {
    if (ctx.referenceYear <= 0 || c.last >= to) {
      return false;
    }
    List<DateRecognizer.Found> found = dates.find(ctx.tokens, c.last, Math.min(to, c.last + 5));
    if (found.isEmpty() || found.get(0).first > c.last + 1) {
      return false;
    }
    dev.entente.model.EdtfDate date = found.get(0).resolve(ctx.referenceYear, ctx.referenceDay);
    return date != null && (ctx.referenceDay != null ? date.earliest().isAfter(ctx.referenceDay)
        : date.earliest().getYear() > ctx.referenceYear);
  }

  /** How far before a lower-case name a cue of creation may stand, in words («establish a …»). */
  private static final int CREATION_WINDOW = 3;

  /**
   * «we will establish a climate working group», «explore establishing a regional support office»:
   * a cue that creates or proposes a mechanism right before a name of lower-case words makes them a
   * name, though nothing in them is proper.
   */
  boolean createdRightBefore(Context ctx, int start, int from) {
    Tokens t = ctx.tokens;
    int described = describedFrom(ctx, start, from);
    for (int k = Math.max(from, described - CREATION_WINDOW); k < start; k++) {
      PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(t, k, start);
      if (cue != null && cue.entry.value.scope != Lexicons.Scope.AFTER
          && (cue.entry.value.mechanismStatus == MechanismStatus.NEW
              || cue.entry.value.mechanismStatus == MechanismStatus.PROPOSED)) {
        for (int j = cue.last; j < start; j++) {
          if (t.gapBefore[j] == Tokens.GAP_HARD) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Most describing words and dates that may stand between a cue of creation and the name it creates. */
  private static final int DESCRIBING_REACH = 6;

  /**
   * «учредить к 2010 году исчерпывающий и всеобъемлющий механизм отчётности», «establish by 2025 a new
   * and permanent …»: where the describing words («исчерпывающий и всеобъемлющий») and a date with its
   * preposition that stand right before the name at {@code start} begin, so that a cue of creation
   * before them still reaches the name.
   */
  private int describedFrom(Context ctx, int start, int from) {
    Tokens t = ctx.tokens;
    int k = start;
    while (k > from && start - k < DESCRIBING_REACH && t.gapBefore[k] != Tokens.GAP_HARD) {
      String key = t.key[k - 1];
      if (!t.isCapitalized(k - 1) && (data.language.isAdjective(key) || words.is(WordClass.AND, key))) {
        k--;
        continue;
      }
      int dated = dateEndingAt(t, k, from);
      if (dated >= k) {
        break;
      }
      k = dated > from && words.is(WordClass.YEAR_PREPOSITION, t.key[dated - 1]) ? dated - 1 : dated;
    }
    return k;
  }

  /** Where a date that ends right before token {@code end} starts, or {@code end} when none does. */
  private int dateEndingAt(Tokens t, int end, int from) {
    if (!t.isNumber(end - 1) && !(end - 2 >= from && t.isNumber(end - 2))) {
      return end;
    }
    List<DateRecognizer.Found> found = dates.find(t, Math.max(from, end - 4), end);
    return found.isEmpty() || found.get(found.size() - 1).last != end ? end : found.get(found.size() - 1).first;
  }

  /** How far before a name a verb that sets up a body may stand, over an article and the name's capitalised words. */
  private static final int SET_UP_REACH = 5;

  /**
   * «APEC first launched the Women and the Economy Forum in 2011», «agreed to establish a Business Forum in
   * New Delhi», «учредить Форум»: whether a verb that sets up a body stands before the name starting at
   * {@code start}, with nothing between but articles, capitalised words, «and» and prepositions of a name. A head that may
   * name a standing body or a meeting is then the body: a meeting is held, not set up.
   */
  boolean setUpBefore(Context ctx, int start, int from) {
    Tokens t = ctx.tokens;
    for (int k = start - 1; k >= from && start - k <= SET_UP_REACH && t.gapBefore[k + 1] != Tokens.GAP_HARD; k--) {
      String key = t.key[k];
      if (!t.isCapitalized(k) && data.language.setsUpABody(key)) {
        return true;
      }
      if (!data.language.isArticle(key) && !t.isCapitalized(k) && !words.is(WordClass.AND, key)
          && !words.is(WordClass.NAME_PREPOSITION, key)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether another item's head stands in {@code [from, to]}: then a cue before it is that item's. A
   * meeting of {@code c} itself («an inaugural 2 + 2 meeting») takes no cue from it.
   */
  private static boolean anotherBetween(List<Concept> here, Concept c, int from, int to) {
    for (Concept other : here) {
      if (other != c && other.series != c && other.headFirst >= from && other.headFirst <= to && other.first < c.first) {
        return true;
      }
    }
    return false;
  }

  /**
   * «заседание Межправительственной комиссии»: an event names the mechanism it is a meeting of.
   * Items are in text order, so the ones nested in an event follow it: the scan stays linear.
   */
  static void linkNested(List<Concept> here) {
    for (int k = 0; k < here.size(); k++) {
      Concept event = here.get(k);
      if (event.concept != Lexicons.Concept.EVENT) {
        continue;
      }
      for (int j = k + 1; j < here.size() && here.get(j).first < event.last; j++) {
        Concept inner = here.get(j);
        if (inner.concept == Lexicons.Concept.MECHANISM && inner.kind != MechanismKind.FORMAT
            && inner.first > event.headFirst && inner.last <= event.last) {
          event.series = inner;
        }
      }
    }
  }

  /**
   * «провели четвертую встречу на высшем уровне», «the 3rd Ministerial Meeting»: whether a meeting numbered past
   * the first is named by its ordinal, head and level alone (its words after the head end at {@code afterHead},
   * past the level's): such a series names no sides, no format, nothing of its own, and is no mechanism of its
   * own. A first meeting («договорились о проведении первой встречи глав государств») may open a format.
   */
  static boolean namedByLevelAlone(Context ctx, Concept e, int afterHead) {
    if (afterHead < e.last || e.ordinal == null || e.ordinal < 2) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (int k = e.first; k < e.headFirst; k++) {
      boolean writtenOn = k > e.first && t.start[k] == t.end[k - 1];
      if (!t.isNumber(k) && !ctx.data.ordinals.containsKey(t.key[k]) && !(writtenOn && t.isNumber(k - 1))) {
        return false;
      }
    }
    return true;
  }

  /**
   * «Первое Совещание спикеров … было проведено 19-20 апреля 2016 г.» in a text of that April: whether numbered
   * meeting {@code e} is the first of its series, dated in the document's own year or later, so that the series
   * it opens starts with this text.
   */
  static boolean opensNow(Context ctx, Concept e) {
    return e.ordinal != null && e.ordinal == 1 && e.date != null && ctx.referenceYear > 0
        && e.date.latest().getYear() >= ctx.referenceYear;
  }

  /** «…, а также Регионального центра»: a mechanism coordinated with one whose status a cue set shares it. */
  void inheritStatus(Context ctx, List<Concept> here) {
    Tokens t = ctx.tokens;
    for (int k = 1; k < here.size(); k++) {
      Concept c = here.get(k);
      Concept before = here.get(k - 1);
      if (c.concept != Lexicons.Concept.MECHANISM || before.concept != Lexicons.Concept.MECHANISM
          || c.mechanismStatus != MechanismStatus.EXISTING || before.mechanismStatus == MechanismStatus.EXISTING || c.first < before.last
          || c.first - before.last > 2) {
        continue;
      }
      boolean coordinated = true;
      for (int j = before.last; j < c.first; j++) {
        coordinated &= words.is(WordClass.COORDINATOR, t.key[j]);
      }
      if (coordinated) {
        c.mechanismStatus = before.mechanismStatus;
      }
    }
  }

  /**
   * A head inside an organisation's own name («Центральноазиатский … центр», «Тюркский совет») opens no mechanism; nor does
   * a commission the gazetteer lists as an organisation's organ and names by the organisation («Комиссия
   * Африканского союза»): the organisation's executive, which counts as the organisation. An organ named from
   * the organisation's first word («Евразийская экономическая комиссия») has a name of its own and stays.
   */
  boolean coveredByOrganization(Context ctx, int head, int to, boolean commission) {
    Tokens t = ctx.tokens;
    for (int k = Math.max(0, head - 6); k <= head; k++) {
      PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, k, to);
      if (p != null && p.first <= head && p.last > head && p.value.kind == PartyKind.ORGANIZATION
          && (commission && !Tokenizer.keyOf(p.value.nameRu).startsWith(t.stem[p.first])
              || Tokenizer.keyOf(p.value.nameRu).contains(t.stem[head]) || organCouncil(t, head, p.last)
              || ownName(t, p, to))) {
        return true;
      }
    }
    return false;
  }

  /**
   * «Президиум Верховного Совета Союза Советских Социалистических Республик», «Государственный совет КНР»:
   * where names run on past their head, a council or commission whose name names one state and no other party,
   * nor «между» nor a pair of sides, is that state's own organ, no arrangement of cooperation between parties;
   * a bilateral body names both sides («Российско-иранская комиссия», «Комиссия … между Думой и Собранием»).
   * A state's own institution known by its name alone (institutions.tsv: «Комитет Государственной Думы по
   * международным делам», «Комитет по иностранным делам Мажилиса») names that state, unless «и» joins it to
   * another body before it; and a name a word of a nation's own opens («Национальная комиссия … по делам ЮНЕСКО»,
   * «Государственная комиссия по приёмке») is one state's body though no state is named, an organisation it
   * serves named only after a preposition of its business.
   */
  boolean oneStatesOrgan(Context ctx, MechanismKind kind, int start, int end) {
    if (data.language.headsEndNames() || kind != MechanismKind.COUNCIL && kind != MechanismKind.COMMISSION) {
      return false;
    }
    Tokens t = ctx.tokens;
    boolean national = t.isCapitalized(start) && data.language.opensANationsBody(t.key[start]);
    boolean joined = false;
    boolean business = false;
    String state = null;
    for (int k = start; k < end; k++) {
      if (words.is(WordClass.BETWEEN, t.key[k]) || t.hyphenAfter[k]) {
        return false;
      }
      joined |= words.is(WordClass.AND, t.key[k]);
      business |= words.is(WordClass.NAME_PREPOSITION, t.key[k]);
      PrefixLexicon.Hit<String> seat = t.isCapitalized(k) ? lex.institutions.longestAt(t, k, end) : null;
      if (seat != null) {
        // «Комиссия по сотрудничеству Совета Федерации и Мажилиса»: two chambers joined are two sides.
        if (joined || state != null && !state.equals(seat.entry.value)) {
          return false;
        }
        state = seat.entry.value;
        k = seat.last - 1;
        continue;
      }
      PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, k, end);
      if (p == null) {
        continue;
      }
      if (national && business && p.value.kind != PartyKind.STATE) {
        k = p.last - 1;
        continue;
      }
      if (p.value.kind != PartyKind.STATE || state != null && !state.equals(p.value.id)) {
        return false;
      }
      state = p.value.id;
      k = p.last - 1;
    }
    // «Комиссия по сотрудничеству Совета Федерации и Мажилиса …»: a name that ends where «и» joins another body to
    // the one it names is a body of both.
    if (end < t.size && words.is(WordClass.AND, t.key[end]) && t.gapBefore[end] == Tokens.GAP_SPACE) {
      return false;
    }
    return state != null || national;
  }

  /**
   * «Тюркский совет», «Совет сотрудничества тюркоязычных государств»: whether organisation name {@code p} is one the
   * gazetteer marks as the organisation's own (a former or short name), not an organ's, so that a head in it names
   * the organisation.
   */
  private boolean ownName(Tokens t, PhraseMatcher.Match<PartyInfo> p, int to) {
    PhraseMatcher.Match<PartyInfo> own = data.ownNames.longestAt(t, p.first, to);
    return own != null && own.first == p.first && own.last == p.last && own.value == p.value;
  }

  /** «Совет Безопасности ООН»: a council named by an organisation's gazetteer entry is its organ. */
  private boolean organCouncil(Tokens t, int head, int nameEnd) {
    return words.phraseAt(WordClass.ORGAN_HEAD, t, head, nameEnd, true);
  }
}
