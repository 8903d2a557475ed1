package dev.entente.parser;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventStatus;
import dev.entente.model.Level;
import dev.entente.model.PartyKind;
import dev.entente.model.Place;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds initiatives, mechanisms and events: a head word from the lexicon («инициатива»,
 * «секретариат», «встреча», «форум»), widened left over ordinals and adjectives and right over
 * its genitive complement, «по …» phrases and a quoted name, stopping at verbs, dates, places and
 * punctuation. Context decides between a standing mechanism and a one-off event (an ordinal, a
 * date or a place make an event); cues set statuses; the same thing named twice is one item.
 */
final class ConceptRecognizer {
  /** Longest name, in words, after its head. */
  private static final int MAX_COMPLEMENT = 24;
  /** How far before a name a status cue may stand, in words. */
  private static final int CUE_WINDOW = 8;
  private final LanguageData data;
  private final Language language;
  private final Words words;
  /** A generic mechanism word that opens a name («механизм», «формата») and the spaces after it. */
  private final java.util.regex.Pattern genericWord;
  private final Lexicons lex;
  private final DateRecognizer dates;

  ConceptRecognizer(LanguageData data, DateRecognizer dates) {
    this.data = data;
    this.language = data.language;
    this.words = data.words;
    this.genericWord = java.util.regex.Pattern.compile("^(?iu)(" + String.join("|",
        words.list(WordClass.GENERIC_MECHANISM_PREFIX).stream().map(java.util.regex.Pattern::quote)
            .toArray(String[]::new)) + ")\\S*\\s+");
    this.lex = data.lexicons;
    this.dates = dates;
  }

  List<Concept> recognize(Context ctx) {
    List<Concept> found = new ArrayList<>();
    if (ctx.titleFirstToken >= 0) {
      scan(ctx, null, ctx.titleFirstToken, ctx.titleLastToken, found);
    }
    for (Context.Sentence sentence : ctx.sentences) {
      scan(ctx, sentence, sentence.firstToken, sentence.lastToken, found);
    }
    return merge(ctx, found);
  }

  private void scan(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> found) {
    Tokens t = ctx.tokens;
    List<Concept> here = new ArrayList<>();
    List<PhraseMatcher.Match<Lexicons.KnownInitiative>> known = new ArrayList<>();
    for (int i = from; i < to; ) {
      PhraseMatcher.Match<Lexicons.KnownInitiative> match = lex.knownInitiatives.longestAt(t, i, to);
      if (match != null) {
        known.add(match);
        i = match.last;
      } else {
        i++;
      }
    }
    int i = from;
    while (i < to) {
      PhraseMatcher.Match<Lexicons.KnownInitiative> k = knownAt(known, i);
      if (k != null) {
        here.add(fromKnown(ctx, sentence, k));
        i = k.last;
        continue;
      }
      PrefixLexicon.Hit<List<Lexicons.Head>> hit = lex.heads.longestAt(t, i, to);
      if (hit == null) {
        i++;
        continue;
      }
      Concept c = candidate(ctx, sentence, hit, from, to, known);
      if (c == null) {
        i = hit.last;
        continue;
      }
      here.add(c);
      boolean formatInside = false;
      for (int j = hit.last; j < c.last; j++) {
        if (knownAt(known, j) != null || isQuotedFormat(t, j, c.last)
            || c.concept == Lexicons.Concept.EVENT && j == hit.last && opensMechanism(t, j, to)) {
          formatInside = true;
          i = j;
          break;
        }
      }
      if (!formatInside) {
        i = c.last;
      }
    }
    for (Concept c : here) {
      c.inTitle = sentence == null;
      if (c.concept == Lexicons.Concept.EVENT) {
        eventAttributes(ctx, c, from, to);
      } else if (c.concept == Lexicons.Concept.MECHANISM) {
        c.status = mechanismStatus(ctx, c, from, to, here);
      } else if (c.knownId == null || c.proposer == null) {
        String cued = cuedProposer(ctx, c, from, to);
        boolean instrument = c.kind.equals("TREATY") || c.kind.equals("AGREEMENT") || c.bilateral;
        if (c.bilateral) {
          c.proposer = null;
        }
        c.proposer = cued != null ? cued : c.proposer != null ? c.proposer
            : instrument ? null : nearestParty(ctx, c, from);
      }
    }
    inheritStatus(ctx, here);
    linkNestedMechanisms(here);
    elliptic(ctx, here);
    invitation(ctx, sentence, from, to, here);
    found.addAll(here);
  }

  /** The known initiative starting at token {@code i}; {@code known} is sorted and non-overlapping. */
  private static PhraseMatcher.Match<Lexicons.KnownInitiative> knownAt(
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

  /** Whether a mechanism-only head opens at {@code j} («… Межправительственной комиссии»). */
  private boolean opensMechanism(Tokens t, int j, int to) {
    for (int k = j; k < Math.min(to, j + 3); k++) {
      PrefixLexicon.Hit<List<Lexicons.Head>> hit = lex.heads.longestAt(t, k, to);
      if (hit != null) {
        return hit.entry.value.stream().allMatch(h -> h.concept == Lexicons.Concept.MECHANISM);
      }
      if (!isAdjective(t.key[k])) {
        return false;
      }
    }
    return false;
  }

  private boolean isQuotedFormat(Tokens t, int j, int limit) {
    return words.startsWithAny(WordClass.FORMAT_PREFIX, t.key[j]) && j + 1 < limit && t.gapHas(j + 1, '"');
  }

  private Concept fromKnown(Context ctx, Context.Sentence sentence, PhraseMatcher.Match<Lexicons.KnownInitiative> k) {
    Concept c = new Concept(Lexicons.Concept.INITIATIVE);
    c.knownId = k.value.id;
    c.kind = k.value.kind.name();
    c.name = k.value.name;
    c.key = "known:" + k.value.id;
    c.proposer = k.value.proposer;
    c.first = k.first;
    c.last = k.last;
    c.headFirst = k.first;
    c.sentence = sentence;
    c.mentions.add(new int[] {k.first, k.last});
    c.rule = "initiatives.tsv:" + k.value.id;
    return c;
  }

  private Concept candidate(Context ctx, Context.Sentence sentence, PrefixLexicon.Hit<List<Lexicons.Head>> hit,
      int from, int to, List<PhraseMatcher.Match<Lexicons.KnownInitiative>> known) {
    Tokens t = ctx.tokens;
    if (hit.first > from && words.is(WordClass.DEMONSTRATIVE, t.key[hit.first - 1])) {
      return null;
    }
    int[] left = extendLeft(ctx, hit.first, from);
    int start = left[0];
    boolean initiativeHead = hit.entry.value.get(0).concept == Lexicons.Concept.INITIATIVE;
    int end = extendRight(ctx, hit.last, to, known, !initiativeHead);
    if (initiativeHead && hit.entry.value.size() == 1) {
      for (int k = hit.last; k <= Math.min(end + 1, hit.last + 3); k++) {
        if (knownAt(known, k) != null) {
          return null;
        }
      }
    }
    if (coveredByOrganization(ctx, hit.first, to)) {
      return null;
    }
    Integer ordinal = left[1] > 0 ? left[1] : null;
    boolean quoted = ctx.text.text().substring(t.start[start], t.end[end - 1]).contains("\"");
    boolean proper = false;
    boolean party = false;
    for (int k = start; k < end; k++) {
      proper |= t.isCapitalized(k) && (k > from || k != hit.first) && !isParty(ctx, k, end);
      party |= t.isCapitalized(k) && data.parties.longestAt(t, k, end) != null;
    }
    boolean complement = end > hit.last;
    Lexicons.Head head = choose(ctx, hit.entry.value, ordinal != null, start, end, from, to);
    Lexicons.Concept concept = head.concept;
    Level level = level(t, hit.first, end);
    boolean named;
    switch (concept) {
      case INITIATIVE:
        named = quoted || proper || party;
        break;
      case MECHANISM:
        named = quoted || proper || party || (level != null && complement);
        break;
      default:
        boolean dated = !ctx.dates(dates, from, to).isEmpty();
        named = quoted || proper || ordinal != null || (complement && level != null)
            || (complement && hasEventEvidence(ctx, start, end, from, to))
            || (dated && !head.kind.equals("OTHER")
                && (start < hit.first || hit.last - hit.first >= 2 || head.kind.equals("VISIT")
                    || head.kind.equals("TALKS")));
        if (head.kind.equals("SIGNING") && !dated) {
          named = false;
        }
        // «мероприятия» is too general to name an event without a time or a place.
        if (head.kind.equals("OTHER") && ordinal == null && !dated && placeNear(ctx, start, end, from, to) == null) {
          named = false;
        }
    }
    if (concept == Lexicons.Concept.INITIATIVE && introducesExamples(t, end, to)) {
      return null;
    }
    if (sentence == null && concept == Lexicons.Concept.INITIATIVE && head.kind.equals("AGREEMENT")) {
      return null;
    }
    if (!named && !(concept == Lexicons.Concept.EVENT && ordinal != null)) {
      if (concept == Lexicons.Concept.EVENT && ordinal != null) {
        named = true;
      } else {
        return null;
      }
    }
    Concept c = new Concept(concept);
    c.kind = head.kind;
    c.first = start;
    c.last = end;
    c.headFirst = hit.first;
    c.sentence = sentence;
    c.ordinal = ordinal;
    c.level = level;
    c.mentions.add(new int[] {start, end});
    c.name = nameText(ctx, start, end);
    c.key = key(ctx, c, hit.first, end);
    c.rule = "heads.tsv:" + hit.entry.pattern() + " (" + hit.entry.where + ")";
    if (concept == Lexicons.Concept.INITIATIVE) {
      c.period = period(ctx, end, to);
      for (int k = start; k < end; k++) {
        if (words.is(WordClass.BETWEEN, t.key[k])) {
          c.bilateral = true;
          break;
        }
        PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, k, end);
        if (p != null && (p.value.kind != PartyKind.GROUP)) {
          c.proposer = p.value.id;
          break;
        }
      }
    }
    return c;
  }

  private boolean isParty(Context ctx, int k, int end) {
    return data.parties.longestAt(ctx.tokens, k, end) != null;
  }

  /** Picks the head's concept: an ordinal, a date, a place or an event cue make a one-off event. */
  private Lexicons.Head choose(Context ctx, List<Lexicons.Head> heads, boolean ordinal, int start, int end,
      int from, int to) {
    if (heads.size() == 1) {
      return heads.get(0);
    }
    Lexicons.Head mechanism = null;
    Lexicons.Head event = null;
    for (Lexicons.Head head : heads) {
      if (head.concept == Lexicons.Concept.EVENT && event == null) {
        event = head;
      } else if (head.concept == Lexicons.Concept.MECHANISM && mechanism == null) {
        mechanism = head;
      }
    }
    if (event == null || mechanism == null) {
      return heads.get(0);
    }
    boolean isEvent = ordinal || hasEventEvidence(ctx, start, end, from, to);
    return isEvent ? event : mechanism;
  }

  private boolean hasEventEvidence(Context ctx, int start, int end, int from, int to) {
    Tokens t = ctx.tokens;
    if (!ctx.dates(dates, from, to).isEmpty()) {
      return true;
    }
    for (int k = Math.max(from, start - 4); k < start; k++) {
      if (words.startsWithAny(WordClass.EVENT_EVIDENCE_PREFIX, t.key[k])) {
        return true;
      }
    }
    return hasCue(ctx, start, from) || placeNear(ctx, start, end, from, to) != null;
  }

  private boolean hasCue(Context ctx, int start, int from) {
    for (int k = Math.max(from, start - CUE_WINDOW); k < start; k++) {
      PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(ctx.tokens, k, start);
      if (cue != null && cue.entry.value.eventStatus != null) {
        return true;
      }
    }
    return false;
  }

  /** {start, ordinal or 0}: the name widened left over ordinals and adjectives. */
  private int[] extendLeft(Context ctx, int head, int from) {
    Tokens t = ctx.tokens;
    int start = head;
    int ordinal = 0;
    int k = head - 1;
    while (k >= from && t.gapBefore[k + 1] != Tokens.GAP_HARD && !t.gapHas(k + 1, '"')) {
      String key = t.key[k];
      Integer word = data.ordinals.get(key);
      if (word == null && t.isUpperCase(k) && t.key[k].length() <= 6 && romanValue(t.surface(k)) > 0) {
        word = romanValue(t.surface(k));
      }
      if (word != null) {
        ordinal = word;
        start = k;
        k--;
        continue;
      }
      if (k - 1 >= from && t.isNumber(k - 1) && t.gapIs(k, '-') && key.length() <= 3
          && !t.isNumber(k) && t.key[k - 1].length() <= 3) {
        ordinal = Integer.parseInt(t.key[k - 1]);
        start = k - 1;
        k -= 2;
        continue;
      }
      boolean compoundPart = t.hyphenAfter[k] && language.isCompoundPart(key) && key.length() > 3 && start == k + 1;
      if (compoundPart || isAdjective(key) && !words.is(WordClass.STOP_ADJECTIVE, key)
          && !words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, key)
          && !isParticiple(key) && !language.isVerbalNoun(key) && !language.isOblique(key)) {
        start = k;
        k--;
        continue;
      }
      break;
    }
    return new int[] {start, ordinal};
  }

  private int extendRight(Context ctx, int from, int to, List<PhraseMatcher.Match<Lexicons.KnownInitiative>> known,
      boolean stopAtInitiative) {
    Tokens t = ctx.tokens;
    String text = ctx.text.text();
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
          inQuote = false;
          PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, j, to);
          if (hasHard(gap.substring(gap.indexOf('"') + 1)) || party == null || !t.isCapitalized(j)) {
            break;
          }
          j = party.last;
          break;
        } else if (gap.contains("\n")) {
          break;
        }
        j++;
        continue;
      }
      if (quotes % 2 == 1) {
        if (hasHard(gap.substring(0, gap.indexOf('"')))) {
          break;
        }
        inQuote = true;
        j++;
        continue;
      }
      if (hasHard(gap)) {
        if (gap.strip().equals("(") && j + 1 < to && t.isUpperCase(j) && t.gapIs(j + 1, ')')) {
          j++;
          continue;
        }
        break;
      }
      String key = t.key[j];
      if (stopAtInitiative && j > from && lex.heads.longestAt(t, j, to) != null
          && lex.heads.longestAt(t, j, to).entry.value.get(0).concept == Lexicons.Concept.INITIATIVE) {
        break;
      }
      if (t.isNumber(j) && !dates.find(t, j, Math.min(to, j + 4)).isEmpty()) {
        break;
      }
      Language.NameLink link = language.nameLink(j > from ? t.key[j - 1] : null, key, j + 1 < to ? t.key[j + 1] : null);
      if (link == Language.NameLink.STOP) {
        break;
      } else if (link != Language.NameLink.NONE) {
        j += link == Language.NameLink.OVER_TWO ? 2 : 1;
        continue;
      }
      if (words.is(WordClass.AND, key)) {
        if (afterBetween(t, from, j) && j + 1 < to && t.isCapitalized(j + 1)) {
          j++;
          continue;
        }
        if (j + 1 < to && j > 0 && (t.gapBefore[j + 1] == Tokens.GAP_SPACE || !hasHard(t.gapText(j + 1))) && lex.heads.longestAt(t, j + 1, to) == null
            && (t.isCapitalized(j + 1) && !t.isUpperCase(j + 1) && data.parties.longestAt(t, j + 1, to) != null
                || sameEnding(t.key[j - 1], t.key[j + 1]) && !t.isCapitalized(j + 1))) {
          j++;
          continue;
        }
        break;
      }
      if (words.is(WordClass.FUNCTION_WORD, key)) {
        break;
      }
      if (isParticiple(key) || language.isInfinitive(key) || lex.acts.longestAt(t, j, to) != null || isCueWord(ctx, j, to)) {
        break;
      }
      j++;
    }
    while (j > from && (words.is(WordClass.NAME_PREPOSITION, t.key[j - 1]) || words.is(WordClass.AND, t.key[j - 1]))) {
      j--;
    }
    return j;
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

  private boolean isCueWord(Context ctx, int j, int to) {
    PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(ctx.tokens, j, to);
    return cue != null && cue.entry.prefixes.length == 1 && cue.entry.value.scope != Lexicons.Scope.BEFORE;
  }

  private static boolean sameEnding(String a, String b) {
    return a.length() > 2 && b.length() > 2 && a.charAt(a.length() - 1) == b.charAt(b.length() - 1);
  }

  private static boolean hasHard(String gap) {
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (c != ' ' && c != '"' && c != '-' && c != '\'') {
        return true;
      }
    }
    return false;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) == c) {
        n++;
      }
    }
    return n;
  }

  /** «инициативы X, в частности …»: an umbrella for the named ones that follow, not one itself. */
  private boolean introducesExamples(Tokens t, int end, int to) {
    if (end + 1 >= to || !t.gapIs(end, ',')) {
      return false;
    }
    return words.phraseAt(WordClass.EXAMPLES_MARKER, t, end, to, false);
  }

  /** The value of a Roman numeral («XVI» 16), or 0. */
  static int romanValue(String s) {
    if (!s.matches("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")) {
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

  /** A head inside an organisation's own name («Центральноазиатский … центр») opens no mechanism. */
  private boolean coveredByOrganization(Context ctx, int head, int to) {
    Tokens t = ctx.tokens;
    for (int k = Math.max(0, head - 6); k <= head; k++) {
      PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, k, to);
      if (p != null && p.first <= head && p.last > head && p.value.kind == PartyKind.ORGANIZATION
          && (Tokenizer.keyOf(p.value.nameRu).contains(t.stem[head]) || organCouncil(t, head, p.last))) {
        return true;
      }
    }
    return false;
  }

  /** «Совет Безопасности ООН»: a council named by an organisation's gazetteer entry is its organ. */
  private boolean organCouncil(Tokens t, int head, int nameEnd) {
    return words.phraseAt(WordClass.ORGAN_HEAD, t, head, nameEnd, true);
  }

  private boolean isAdjective(String key) {
    return language.isAdjective(key);
  }

  private boolean isParticiple(String key) {
    return language.isParticiple(key);
  }

  private static String nameText(Context ctx, int first, int last) {
    Tokens t = ctx.tokens;
    int start = t.start[first];
    int end = t.end[last - 1];
    String text = ctx.text.text();
    int quotes = count(text.substring(start, end), '"');
    if (quotes % 2 == 1 && end < text.length() && text.charAt(end) == '"') {
      end++;
    }
    if (end < text.length() && text.charAt(end) == ')' && text.lastIndexOf('(', end) > start) {
      end++;
    }
    return text.substring(start, end);
  }

  /** Words cut to five letters, without ordinals, cue words and «механизм»/«формат»: one key per thing. */
  private String key(Context ctx, Concept c, int head, int end) {
    Tokens t = ctx.tokens;
    StringBuilder key = new StringBuilder(c.concept.name()).append(':');
    if (c.concept == Lexicons.Concept.EVENT) {
      key.append(c.ordinal).append(':');
      for (int k = Math.max(0, c.first - 2); k < head; k++) {
        if (words.startsWithAny(WordClass.UPCOMING_PREFIX, t.key[k])) {
          key.append("next:");
        }
      }
    }
    for (int k = c.first; k < end; k++) {
      PhraseMatcher.Match<PartyInfo> party = t.isCapitalized(k) ? data.parties.longestAt(t, k, end) : null;
      if (party != null) {
        // «ШОС» and «Шанхайской организации сотрудничества» name one thing: key it by the id.
        key.append(party.value.id).append(' ');
        k = party.last - 1;
        continue;
      }
      String w = t.key[k];
      if (data.ordinals.containsKey(w) || t.isNumber(k) || w.length() <= 2 && !t.isUpperCase(k)
          || (k < head && words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, w))
          || (c.concept == Lexicons.Concept.MECHANISM && words.startsWithAny(WordClass.GENERIC_MECHANISM_PREFIX, w)
              && k < end - 1 && k == c.first)) {
        continue;
      }
      key.append(w, 0, Math.min(5, w.length())).append(' ');
    }
    return key.toString();
  }

  private Level level(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<Level> hit = lex.levels.longestAt(t, k, to);
      if (hit != null) {
        return hit.entry.value;
      }
    }
    return null;
  }

  private EdtfDate period(Context ctx, int end, int to) {
    Tokens t = ctx.tokens;
    int k = end;
    if (k < to && words.is(WordClass.PERIOD_PREPOSITION, t.key[k])) {
      List<DateRecognizer.Found> found = dates.find(t, k, Math.min(to, k + 6));
      if (!found.isEmpty() && found.get(0).first <= k + 3) {
        return found.get(0).resolve(ctx.referenceYear, null);
      }
    }
    return null;
  }

  private void eventAttributes(Context ctx, Concept c, int from, int to) {
    Tokens t = ctx.tokens;
    List<DateRecognizer.Found> inSentence = ctx.dates(dates, from, to);
    DateRecognizer.Found nearest = null;
    int best = Integer.MAX_VALUE;
    for (DateRecognizer.Found d : inSentence) {
      int distance = d.first >= c.last ? d.first - c.last : c.first - d.last;
      boolean ofDocument = d.first > from && words.is(WordClass.DOCUMENT_DATE_PREPOSITION, t.key[d.first - 1]);
      boolean after = d.first >= c.last;
      if (distance >= 0 && (distance < best || distance == best && after) && !(d.first >= c.first && d.last <= c.last)
          && !ofDocument) {
        best = distance;
        nearest = d;
      }
    }
    if (nearest != null) {
      c.date = nearest.resolve(ctx.referenceYear, ctx.referenceDay);
    }
    c.place = placeNear(ctx, c.first, c.last, from, to);
    boolean occasion = c.sentence != null && c.sentence.block.number == null && c.date == null
        && c.place != null && ctx.place != null && c.place.name().equals(ctx.place.name())
        && ctx.layout.preamble.indexOf(c.sentence.block) < 3;
    if (occasion) {
      c.date = ctx.date;
      c.inTitle = true;
    }
    c.status = eventStatus(ctx, c, from, to).name();
  }

  private EventStatus eventStatus(Context ctx, Concept c, int from, int to) {
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
    EventStatus cued = null;
    int cueAt = -1;
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(t, k, to);
      if (cue == null || cue.entry.value.eventStatus == null) {
        continue;
      }
      Lexicons.Scope scope = cue.entry.value.scope;
      boolean before = cue.last <= c.first && c.first - cue.last <= CUE_WINDOW;
      boolean after = cue.first >= c.last && cue.first - c.last <= 4;
      if ((before && scope != Lexicons.Scope.AFTER) || (after && scope != Lexicons.Scope.BEFORE)
          || (cue.first >= c.first && cue.last <= c.last)) {
        if (cued == null || Math.abs(cue.first - c.first) < Math.abs(cueAt - c.first)) {
          cued = cue.entry.value.eventStatus;
          cueAt = cue.first;
        }
      }
      k = cue.last - 1;
    }
    if (cued != null) {
      return cued;
    }
    for (int k = Math.max(from, c.first - 4); k < c.first; k++) {
      if (words.startsWithAny(WordClass.HOLDING_PREFIX, t.key[k]) && k > from) {
        for (int v = k - 1; v >= from && v >= k - 4; v--) {
          if (language.isPastPlural(t.key[v]) && lex.acts.longestAt(t, v, to) != null) {
            return EventStatus.HELD;
          }
        }
      }
    }
    if (c.ordinal != null && c.series == null && c.date == null && ctx.referenceDay != null && isPastTense(ctx, from, c.first)) {
      return EventStatus.HELD;
    }
    return EventStatus.PLANNED;
  }

  private boolean isPastTense(Context ctx, int from, int until) {
    Tokens t = ctx.tokens;
    for (int k = from; k < until; k++) {
      PrefixLexicon.Hit<Lexicons.ActSense> act = lex.acts.longestAt(t, k, until);
      if (act != null) {
        for (int v = act.first; v < act.last; v++) {
          if (language.isPastTense(t.key[v])) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** The city (or failing that the state) nearest to tokens {@code [first, last)} after «в»/«во». */
  private Place placeNear(Context ctx, int first, int last, int from, int to) {
    Tokens t = ctx.tokens;
    Place best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean bestIsCity = false;
    for (int k = from; k < to; k++) {
      if (k >= first && k < last) {
        continue;
      }
      boolean locative = k > from && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k - 1])
          || k > from + 1 && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k - 2])
              && (words.is(WordClass.CITY_ABBREVIATION, t.key[k - 1])
                  || words.startsWithAny(WordClass.CITY_WORD_PREFIX, t.key[k - 1]));
      boolean visit = k > from && words.startsWithAny(WordClass.PLACE_CUE_PREFIX, t.key[k - 1]);
      if (!locative && !visit) {
        continue;
      }
      int distance = k >= last ? k - last : first - k;
      PhraseMatcher.Match<City> city = locative ? data.cities.longestAt(t, k, to) : null;
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
        best = Place.of(state.value.nameRu, state.value.id);
        bestDistance = distance;
      }
    }
    return best;
  }

  private String mechanismStatus(Context ctx, Concept c, int from, int to, List<Concept> here) {
    Tokens t = ctx.tokens;
    String status = "EXISTING";
    int nearest = Integer.MAX_VALUE;
    for (int k = Math.max(from, c.first - CUE_WINDOW); k < Math.min(to, c.last + 3); k++) {
      PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(t, k, to);
      if (cue == null || cue.entry.value.mechanismStatus == null) {
        continue;
      }
      Lexicons.Scope scope = cue.entry.value.scope;
      boolean before = cue.last <= c.first;
      boolean after = cue.first >= c.last;
      boolean inside = !before && !after;
      if (inside && cue.first != c.first || before && scope == Lexicons.Scope.AFTER
          || after && scope == Lexicons.Scope.BEFORE) {
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
        status = cue.entry.value.mechanismStatus.name();
      }
      k = cue.last - 1;
    }
    return status;
  }

  /** Whether another item's head stands in {@code [from, to]}: then a cue before it is that item's. */
  private static boolean anotherBetween(List<Concept> here, Concept c, int from, int to) {
    for (Concept other : here) {
      if (other != c && other.headFirst >= from && other.headFirst <= to && other.first < c.first) {
        return true;
      }
    }
    return false;
  }

  /**
   * «заседание Межправительственной комиссии»: an event names the mechanism it is a meeting of.
   * Items are in text order, so the ones nested in an event follow it: the scan stays linear.
   */
  private static void linkNestedMechanisms(List<Concept> here) {
    for (int k = 0; k < here.size(); k++) {
      Concept event = here.get(k);
      if (event.concept != Lexicons.Concept.EVENT) {
        continue;
      }
      for (int j = k + 1; j < here.size() && here.get(j).first < event.last; j++) {
        Concept inner = here.get(j);
        if (inner.concept == Lexicons.Concept.MECHANISM && !inner.kind.equals("FORMAT")
            && inner.first > event.headFirst && inner.last <= event.last) {
          event.series = inner;
        }
      }
    }
  }

  /** «…, а также Регионального центра»: a mechanism coordinated with one whose status a cue set shares it. */
  private void inheritStatus(Context ctx, List<Concept> here) {
    Tokens t = ctx.tokens;
    for (int k = 1; k < here.size(); k++) {
      Concept c = here.get(k);
      Concept before = here.get(k - 1);
      if (c.concept != Lexicons.Concept.MECHANISM || before.concept != Lexicons.Concept.MECHANISM
          || !"EXISTING".equals(c.status) || "EXISTING".equals(before.status) || c.first < before.last
          || c.first - before.last > 2) {
        continue;
      }
      boolean coordinated = true;
      for (int j = before.last; j < c.first; j++) {
        coordinated &= words.is(WordClass.COORDINATOR, t.key[j]);
      }
      if (coordinated) {
        c.status = before.status;
      }
    }
  }

  private String cuedProposer(Context ctx, Concept c, int from, int to) {
    Tokens t = ctx.tokens;
    for (int k = Math.max(from, c.first - 3); k < Math.min(to, c.last + 6); k++) {
      if (words.startsWithAny(WordClass.PROPOSER_CUE_PREFIX, t.key[k])) {
        for (int p = Math.max(from, k - 3); p < Math.min(to, k + 6); p++) {
          PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, p, to);
          if (party != null && !(p >= c.first && p < c.last)) {
            return party.value.id;
          }
        }
      }
    }
    return null;
  }

  private static String nearestParty(Context ctx, Concept c, int from) {
    String nearest = null;
    for (Context.Found<PartyInfo> m : ctx.mentionsInOrder) {
      if (m.first >= from && m.last <= c.first && m.value.kind != PartyKind.GROUP) {
        nearest = m.value.id;
      }
    }
    return nearest;
  }

  /** «пригласил Председателя Си Цзиньпина … посетить Азербайджан»: a planned visit. */
  private void invitation(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> here) {
    Tokens t = ctx.tokens;
    for (int k = from; k < to; k++) {
      if (!words.startsWithAny(WordClass.INVITATION_PREFIX, t.key[k])) {
        continue;
      }
      int inviteeEnd = k + 1;
      while (inviteeEnd < to && t.gapBefore[inviteeEnd] != Tokens.GAP_HARD
          && !words.is(WordClass.LOCATIVE_PREPOSITION, t.key[inviteeEnd])
          && !words.startsWithAny(WordClass.VISIT_VERB_PREFIX, t.key[inviteeEnd])) {
        inviteeEnd++;
      }
      for (int v = inviteeEnd; v + 1 < to; v++) {
        if (!words.startsWithAny(WordClass.VISIT_INFINITIVE_PREFIX, t.key[v])) {
          continue;
        }
        PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, v + 1, to);
        if (state == null || state.value.kind != PartyKind.STATE || inviteeEnd == k + 1) {
          break;
        }
        Concept visit = new Concept(Lexicons.Concept.EVENT);
        visit.kind = "VISIT";
        String invitee = ctx.text.text().substring(t.start[k + 1], t.end[inviteeEnd - 1]);
        visit.name = language.visitName(invitee, state.value.nameRu);
        visit.key = "EVENT:visit:" + Tokenizer.keyOf(invitee) + ":" + state.value.id;
        visit.first = v;
        visit.last = state.last;
        visit.headFirst = v;
        visit.sentence = sentence;
        visit.place = Place.of(state.value.nameRu, state.value.id);
        visit.status = EventStatus.PLANNED.name();
        visit.mentions.add(new int[] {v, state.last});
        visit.rule = language.invitationRule();
        here.add(visit);
        return;
      }
    }
  }

  /** «проведение первой встречи» right after a mechanism: the first meeting of that mechanism. */
  private void elliptic(Context ctx, List<Concept> here) {
    for (int k = 1; k < here.size(); k++) {
      Concept c = here.get(k);
      if (c.concept != Lexicons.Concept.EVENT || c.last - c.headFirst > 1) {
        continue;
      }
      for (int p = k - 1; p >= 0; p--) {
        Concept before = here.get(p);
        if (before.concept == Lexicons.Concept.MECHANISM && before.level != null) {
          String series = withoutGenericWord(before.name);
          c.name = ctx.text.text().substring(ctx.tokens.start[c.first], ctx.tokens.end[c.headFirst]) + " "
              + series.substring(series.indexOf(' ') + 1);
          c.key = "EVENT:" + c.ordinal + ":" + before.key;
          c.series = before;
          c.level = before.level;
          break;
        }
      }
    }
  }

  private String withoutGenericWord(String name) {
    return genericWord.matcher(name).replaceFirst("");
  }

  /** One item per thing: same key, or the same ordinal meeting at the same level in one clause. */
  private List<Concept> merge(Context ctx, List<Concept> found) {
    Map<String, Concept> byKey = new LinkedHashMap<>();
    List<Concept> events = new ArrayList<>();
    Map<Concept, Concept> survivors = new java.util.IdentityHashMap<>();
    for (Concept c : found) {
      Concept same = byKey.get(c.key);
      if (same == null && c.concept == Lexicons.Concept.EVENT) {
        same = sameEvent(events, c);
      }
      if (same != null) {
        same.absorb(c);
        survivors.put(c, same);
        if (same.series == null) {
          same.series = c.series;
        }
        continue;
      }
      byKey.put(c.key, c);
      if (c.concept == Lexicons.Concept.EVENT) {
        events.add(c);
      }
    }
    List<Concept> result = new ArrayList<>(byKey.values());
    for (Concept c : result) {
      if (c.series != null && survivors.containsKey(c.series)) {
        c.series = survivors.get(c.series);
      }
    }
    seriesMechanisms(ctx, result);
    return result;
  }

  /** Events this far back, at most, can be another mention of a new one (they share a clause). */
  private static final int SAME_EVENT_WINDOW = 32;

  private static Concept sameEvent(List<Concept> events, Concept c) {
    for (Concept e : events.subList(Math.max(0, events.size() - SAME_EVENT_WINDOW), events.size())) {
      if (!quotedPart(c.name).isEmpty() && !quotedPart(e.name).equals(quotedPart(c.name))) {
        continue;
      }
      boolean sameLevel = e.level != null && e.level == c.level
          || isSummit(e) && isSummit(c) && (e.level == Level.HEADS_OF_STATE || c.level == Level.HEADS_OF_STATE);
      if (!sameLevel) {
        continue;
      }
      if (c.ordinal != null && c.ordinal.equals(e.ordinal)) {
        return e;
      }
      boolean sameClause = c.sentence != null && e.sentence != null && c.sentence.block == e.sentence.block;
      if (c.ordinal == null && c.date == null && sameClause && e.ordinal != null) {
        return e;
      }
    }
    return null;
  }

  private static String quotedPart(String name) {
    int open = name.indexOf('"');
    int close = open < 0 ? -1 : name.indexOf('"', open + 1);
    return close < 0 ? "" : name.substring(open + 1, close);
  }

  private static boolean isSummit(Concept c) {
    return c.kind.equals("SUMMIT") || c.level == Level.HEADS_OF_STATE;
  }

  /** A numbered meeting at a level is one of a series: the series is a mechanism of its own. */
  private void seriesMechanisms(Context ctx, List<Concept> items) {
    Map<String, Concept> mechanisms = new LinkedHashMap<>();
    for (Concept c : items) {
      if (c.concept == Lexicons.Concept.MECHANISM) {
        mechanisms.put(c.key.substring(c.key.indexOf(':') + 1), c);
      }
    }
    List<Concept> added = new ArrayList<>();
    for (Concept e : items) {
      String lower = Tokenizer.keyOf(e.name);
      boolean meeting = e.level != null
          && words.list(WordClass.MEETING_PART).stream().anyMatch(lower::contains);
      boolean numberedForum = e.kind.equals("FORUM") && e.ordinal != null && e.ordinal >= 2
          && !quotedPart(e.name).isEmpty();
      if (e.concept != Lexicons.Concept.EVENT || e.ordinal == null || !(meeting || numberedForum)) {
        continue;
      }
      if (e.series != null) {
        continue;
      }
      String seriesKey = e.key.substring(e.key.indexOf(':', e.key.indexOf(':') + 1) + 1);
      Concept series = mechanisms.get(seriesKey);
      if (series == null) {
        series = new Concept(Lexicons.Concept.MECHANISM);
        series.kind = !meeting ? "FORUM" : e.level == Level.HEADS_OF_STATE ? "SUMMIT"
            : e.level == Level.AGENCIES ? "AGENCY_MEETING" : "MINISTERIAL_MEETING";
        int head = e.headFirst;
        series.name = nameText(ctx, head, e.last);
        series.key = "MECHANISM:" + seriesKey;
        series.level = e.level;
        series.status = "EXISTING";
        series.first = head;
        series.last = e.last;
        series.headFirst = head;
        series.sentence = e.sentence;
        series.mentions.add(new int[] {head, e.last});
        series.rule = "series of " + e.rule;
        mechanisms.put(seriesKey, series);
        added.add(series);
      }
      e.series = series;
    }
    items.addAll(added);
    for (Concept e : items) {
      if (e.concept == Lexicons.Concept.EVENT && e.ordinal == null && e.series == null && e.level != null) {
        String words = e.key.substring(e.key.indexOf(':', e.key.indexOf(':') + 1) + 1).replace("next:", "");
        Concept s = mechanisms.get(words);
        if (s != null && s.level == e.level) {
          e.series = s;
        }
      }
    }
    nextOrdinals(ctx, items);
  }

  /** «следующая встреча» of a series whose latest meeting in the text is the n-th is the (n+1)-th. */
  private void nextOrdinals(Context ctx, List<Concept> items) {
    Tokens t = ctx.tokens;
    for (Concept e : items) {
      if (e.concept != Lexicons.Concept.EVENT || e.ordinal != null || e.series == null) {
        continue;
      }
      boolean next = false;
      for (int k = Math.max(0, e.first - 2); k < e.headFirst + 1 && k < t.size; k++) {
        next |= words.startsWithAny(WordClass.NEXT_PREFIX, t.key[k]);
      }
      if (!next) {
        continue;
      }
      int max = 0;
      for (Concept other : items) {
        if (other.series == e.series && other.ordinal != null) {
          max = Math.max(max, other.ordinal);
        }
      }
      if (max > 0) {
        e.ordinal = max + 1;
      }
    }
  }
}
