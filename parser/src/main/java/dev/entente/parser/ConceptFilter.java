package dev.entente.parser;

import dev.entente.model.DocumentKind;
import dev.entente.model.EventKind;
import dev.entente.model.InitiativeKind;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.PartyKind;
import java.util.List;

/**
 * Drops what the recognisers took for an initiative, mechanism or event but is none, by rules that
 * hold for any text: a name that runs on into a clause (a finite verb after its head: «заседании
 * председательствовал Президент …»); the document itself (an initiative named only in the title
 * and not a known one: «Душанбинская декларация …»); a bare head with nothing to name it («Устав»,
 * «Политика») or a head with only a party after it («политики Европейского союза»); a state's own
 * organ named in a person's title («Премьер Государственного Совета КНР»); a document's heading in
 * capitals («ДЕКЛАРАЦИЯ ПЯТОГО САММИТА …»); and a name cut off where a truncated text ends
 * («Программы многосторо»); a heading line of the document; a treaty named inside an
 * organisation's name; talks held during a visit or the meeting the document comes from; the
 * reported declaration that a past verb of adopting takes as object; a publication cited with its
 * page or volume; a head after a word that points back («Обновленная Концепция»); a lower-case plan
 * that describes one; a treaty or declaration only invoked as a source of rules («в соответствии с
 * Уставом ООН»); the document called by the word for itself («настоящее Соглашение»); a mechanism's bare
 * head where the text names the same mechanism in full; a meeting's head alone in a heading in capitals; a name a
 * scan spelt out letter by letter («Совета М инистров С С С Р»).
 * Party mentions are looked up by their first token, so the filter stays linear.
 */
final class ConceptFilter {
  private final LanguageData data;

  ConceptFilter(LanguageData data) {
    this.data = data;
  }

  /** The party mentions that start at a token, from the mentions sorted by their first token. */
  private static final class ByFirst {
    private final List<Context.Found<PartyInfo>> sorted;
    private final int[] firsts;

    ByFirst(List<Context.Found<PartyInfo>> sorted) {
      this.sorted = sorted;
      this.firsts = new int[sorted.size()];
      for (int k = 0; k < firsts.length; k++) {
        firsts[k] = sorted.get(k).first;
      }
    }

    /** The mentions starting at token {@code first}, in list order. */
    List<Context.Found<PartyInfo>> get(int first) {
      int from = lowerBound(first);
      int to = from;
      while (to < firsts.length && firsts[to] == first) {
        to++;
      }
      // Where none starts, an empty list whose iterator is shared: most tokens start no mention.
      return from == to ? java.util.Collections.emptyList() : sorted.subList(from, to);
    }

    private int lowerBound(int first) {
      int lo = 0;
      int hi = firsts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (firsts[mid] < first) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /** The longest organisation name looked back over for {@link #isInsideAnOrganisationsName}. */
  private static final int LONGEST_NAME = 24;

  void filter(Context ctx, List<Concept> found) {
    // local, not a field: one parser serves many threads at once
    ByFirst byFirst = new ByFirst(ctx.mentionsInOrder);
    boolean occasion = hasOccasion(found);
    List<Range> mechanisms = mechanismMentions(found);
    java.util.Set<Concept> meetingsFormats = formatsNamedAsTheirMeetings(found);
    java.util.Set<String> met = organsThatMeet(ctx, byFirst, found);
    Concept opening = openingTextOfAnUntitledPage(ctx, found);
    found.removeIf(c -> c == opening || isAShortFormOf(ctx, opening, c) || occasion && c.concept == Lexicons.Concept.EVENT && c.kind == EventKind.TALKS && !isTitleCase(ctx, c)
        || isGenericPlural(ctx, c) || isSpacedOut(ctx, c) || runsIntoClause(ctx, c) || isTheDocument(ctx, c) || isNamedAsTheTitle(ctx, c) || isBareHead(c)
        || isAKindOfTextOnly(ctx, c) || isAResolutionOfANumberedCommittee(ctx, c)
        || isBareMechanismHead(c) || runsAcrossNumberedHeadings(ctx, c)
        || isAMeetingOnADay(ctx, c) || isAMeetingsTheme(ctx, c)
        || isHeadOfAParty(byFirst, c) || isOwnOrganInTitle(ctx, byFirst, c) || isCapitalHeading(ctx, c) || isHeadOfAnotherOccasion(ctx, c) || isCutOff(ctx, c)
        || isHeadingLine(ctx, c) || isARegistersEntry(ctx, c) || isNamedOnlyInAnAdoptionNote(ctx, c)
        || isInsideAnOrganisationsName(byFirst, c) || isBodyOfARole(ctx, byFirst, c)
        || isAnOrganisationsAliasInARole(ctx, byFirst, met, c)
        || isNamedOnlyInOfficesTitles(ctx, byFirst, found, c)
        || isAnInternationalCentre(ctx, byFirst, c)
        || endsInAnInitialOrAPronoun(ctx, c)
        || isAProcessOfDoing(ctx, byFirst, c)
        || isTheCourseOfAResult(ctx, c)
        || isADialogueThatTookPlace(ctx, c)
        || isOnlyAnAddressee(ctx, c)
        || !meetingsFormats.contains(c) && onlyInSectionHeadings(ctx, c) || isADatePhrase(ctx, c) || isAdoptedOnTheOccasion(ctx, c)
        || isTalliedAsAnOutcome(ctx, c)
        || isACitedPublication(ctx, c)
        || introducesTheText(ctx, c)
        || pointsBackToANamedText(ctx, c)
        || isNamedAsThisText(ctx, c)
        || isALowerCaseDescription(ctx, c)
        || isACitedInstrument(ctx, c)
        || isAHeadForAStep(ctx, c)
        || isACountOfSeveral(ctx, c)
        || isABodyWithItsAbbreviation(ctx, byFirst, c)
        || isAPartysBusiness(ctx, byFirst, c)
        || runsIntoADateline(ctx, c)
        || isWithinAMechanismsName(mechanisms, c)
        || opensALongerMechanismsName(mechanisms, c)
        || opensAMechanismsName(ctx, mechanisms, c)
        || isAPartOfACitedReport(ctx, c)
        || isAMeetingHeadingInCapitals(ctx, c)
        || isAnOrganOfTheSystem(ctx, byFirst, c)
        || isAnOrganNamedAsAnEvent(ctx, byFirst, c)
        || crossesABracketOrQuote(ctx, c));
    dropBareHeadsNamedInFull(ctx, found);
    dropOverlapped(found);
    dropShortForms(found);
    dropMechanismsNamedShort(found);
    dropHeadingRunOns(found);
  }

  /**
   * «Совет по правам человека», "the UN Peacebuilding Commission", «Комиссия ООН по положению женщин» aside, "the Main
   * Committee": a mechanism named, in every mention, by an organ of the UN system, of a conference or of the EU (words.tsv
   * SYSTEM_ORGAN) whole, a party named right before or after it aside, is a body that counts as its organisation, no
   * arrangement of cooperation between the parties.
   */
  private boolean isAnOrganOfTheSystem(Context ctx, ByFirst byFirst, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.knownId != null || c.mentions.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (Range m : c.mentions) {
      int start = m.start();
      for (Context.Found<PartyInfo> p : byFirst.get(start)) {
        if (p.last < m.end()) {
          start = Math.max(start, p.last);
        }
      }
      if (!isSystemOrganFrom(t, byFirst, start, m.end())) {
        return false;
      }
    }
    return true;
  }

  /** The most words of an organ of the system («комиссия по предупреждению преступности и уголовному правосудию»). */
  private static final int LONGEST_ORGAN = 8;

  /**
   * «Генеральная конференция Организации Объединенных Наций по вопросам образования, науки и культуры, собравшаяся в
   * Париже …», "the General Conference of UNESCO decided", «по докладу Третьего комитета»: an event whose name is an organ of the UN system, of a
   * conference or of the EU (words.tsv SYSTEM_ORGAN) whole, or that organ and its organisation's name right after it, is
   * the organ, which adopts, decides and meets, and no occasion of its own; its session («четырнадцатая сессия
   * Генеральной конференции») is the event.
   */
  private boolean isAnOrganNamedAsAnEvent(Context ctx, ByFirst byFirst, Concept c) {
    if (c.concept != Lexicons.Concept.EVENT) {
      return false;
    }
    Tokens t = ctx.tokens;
    // «the Conference of the Parties (COP 30)»: a number the name's own words do not give (an alias's) tells one session.
    if (c.ordinal != null && !data.ordinals.containsKey(t.key[c.first]) && !t.isNumber(c.first)) {
      return false;
    }
    int last = Math.min(c.last, c.first + LONGEST_ORGAN);
    for (int end = last; end > c.first + 1; end--) {
      if (data.words.isPhrase(WordClass.SYSTEM_ORGAN, t, c.first, end)) {
        return end == c.last || !byFirst.get(end).isEmpty();
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [start, end)} are an organ of the system, less a party's mention that ends them («Совет по правам
   * человека ООН») or stands inside them («Комиссия ООН по …») and the articles and prepositions a cut name ends in («the
   * Main Committee of the»).
   */
  private boolean isSystemOrganFrom(Tokens t, ByFirst byFirst, int start, int end) {
    int gapFrom = -1;
    int gapTo = -1;
    for (int k = start + 1; k < end && gapFrom < 0; k++) {
      for (Context.Found<PartyInfo> p : byFirst.get(k)) {
        if (p.last == end) {
          end = k;
          break;
        }
        if (p.last < end) {
          gapFrom = k;
          gapTo = p.last;
          break;
        }
      }
    }
    int least = gapFrom < 0 ? start + 1 : gapTo + 1;
    while (end > least && (data.language.isArticle(t.key[end - 1]) || data.words.is(WordClass.NAME_PREPOSITION, t.key[end - 1]))) {
      end--;
    }
    return gapFrom < 0 ? data.words.isPhrase(WordClass.SYSTEM_ORGAN, t, start, end)
        : data.words.isPhraseAround(WordClass.SYSTEM_ORGAN, t, start, end, gapFrom, gapTo);
  }

  /**
   * "(Minister of Foreign Affairs) Summit was chaired …", "the theme of the Forum 'Small and Far …'": a mechanism's name
   * that holds a closing bracket whose opening one it lacks, or opens a bracket or a quote it does not close, began inside
   * a bracket or ran into a quoted title: its words are not one name (a layout that runs sentences into one line). The
   * name is read after the Normalizer folded the quotes of every script into {@code "} and {@code '}.
   */
  private static boolean crossesABracketOrQuote(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.knownId != null || c.name == null) {
      return false;
    }
    String name = c.name;
    int depth = 0;
    int quotes = 0;
    for (int k = 0; k < name.length(); k++) {
      char ch = name.charAt(k);
      if (ch == '(') {
        depth++;
      } else if (ch == ')' && --depth < 0) {
        return true;
      } else if (ch == '"') {
        quotes++;
      }
    }
    return depth > 0 || quotes % 2 != 0 || opensAQuoteAtAWord(name);
  }

  /**
   * Whether a single quote opens a word of {@code name} after a space and no single quote closes after it: "Forum
   * 'Small", not "Leaders' Summit" (an apostrophe ends a word).
   */
  private static boolean opensAQuoteAtAWord(String name) {
    for (int k = 1; k + 1 < name.length(); k++) {
      if (name.charAt(k) == '\'' && name.charAt(k - 1) == ' ' && Character.isLetter(name.charAt(k + 1))) {
        return name.indexOf('\'', k + 1) < 0;
      }
    }
    return false;
  }

  /**
   * «… ПРИНЯЛ УЧАСТИЕ В 16-ОЙ МИНИСТЕРСКОЙ ВСТРЕЧЕ В ФОРМАТЕ …», "HELSINKI SUMMIT DECLARATION": a mechanism named
   * by a meeting's head alone, written in capitals in every mention, is a heading's word for the meeting it reports,
   * named by its level or kind and nothing of its own; the format, organisation or sides that hold the series are
   * items of their own where the heading names them.
   */
  private boolean isAMeetingHeadingInCapitals(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.byMembers || c.mentions.isEmpty()
        || c.kind != MechanismKind.SUMMIT && c.kind != MechanismKind.MINISTERIAL_MEETING && c.kind != MechanismKind.AGENCY_MEETING) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (Range m : c.mentions) {
      if (!isAHeadAlone(t, m.start(), m.end())) {
        return false;
      }
      for (int k = m.start(); k < m.end(); k++) {
        if (!isWordInCapitals(t, k)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * «желая установить практику регулярных консультаций; … Стороны проводят регулярные политические консультации»,
   * «the working group … The Working Group on Trade will …»: a mechanism named by its head alone, a head that names
   * no level nor members («консультации», «диалог», «комиссия», «рабочая группа»), where the same text names a
   * mechanism with the same head and more words, is a mention of that one or of none: not a mechanism of its own.
   */
  private void dropBareHeadsNamedInFull(Context ctx, List<Concept> found) {
    java.util.Set<Concept> bare = null;
    for (Concept c : found) {
      if (c.concept != Lexicons.Concept.MECHANISM || c.byMembers || c.ordinal != null || c.level != null
          || c.first != c.headFirst || c.mentions.size() != 1 || !isAHeadAlone(ctx.tokens, c.first, c.last)) {
        continue;
      }
      for (Concept other : found) {
        if (other != c && other.concept == Lexicons.Concept.MECHANISM && !other.byMembers
            && other.last - other.first > c.last - c.first && sharesTheHead(ctx, c, other)) {
          if (bare == null) {
            bare = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
          }
          bare.add(c);
          break;
        }
      }
    }
    if (bare != null) {
      found.removeIf(bare::contains);
    }
  }

  /** Whether tokens {@code [from, to)} are a head the lexicon reads, and no more: a name with nothing of its own. */
  private boolean isAHeadAlone(Tokens t, int from, int to) {
    PrefixLexicon.Hit<List<Lexicons.Head>> head = data.lexicons.heads.longestAt(t, from, to);
    return head != null && head.first == from && head.last == to;
  }

  /**
   * Whether the head words of {@code bare} stand, word for word by stem, within {@code other}'s head («регулярные
   * политические консультации», whose head the lexicon reads from «политические»).
   */
  private boolean sharesTheHead(Context ctx, Concept bare, Concept other) {
    Tokens t = ctx.tokens;
    int length = bare.last - bare.first;
    PrefixLexicon.Hit<List<Lexicons.Head>> head = data.lexicons.heads.longestAt(t, other.headFirst, other.last);
    if (head == null || head.first != other.headFirst) {
      return false;
    }
    for (int from = other.headFirst; from + length <= head.last; from++) {
      boolean same = true;
      for (int k = 0; k < length && same; k++) {
        same = t.stem[bare.first + k].equals(t.stem[from + k]);
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /** The mentions of the mechanisms found, sorted by start. */
  private static List<Range> mechanismMentions(List<Concept> found) {
    List<Range> mentions = new java.util.ArrayList<>();
    for (Concept c : found) {
      if (c.concept == Lexicons.Concept.MECHANISM) {
        mentions.addAll(c.mentions);
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(Range::start));
    return mentions;
  }

  /**
   * "support for the ACT-Accelerator multilateral mechanism", «Комитет по осуществлению Программы …» read as one
   * standing body: an initiative whose every mention lies inside a mechanism's mention is a word of that body's
   * name, no text of its own. A resolution stays: the one that set a body up («Комитет, учрежденный резолюцией
   * 1373») is a text of its own, whatever words the body's name was read over.
   */
  private static boolean isWithinAMechanismsName(List<Range> mechanisms, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.kind == InitiativeKind.RESOLUTION || c.mentions.isEmpty()
        || mechanisms.isEmpty()) {
      return false;
    }
    for (Range m : c.mentions) {
      if (!withinOne(mechanisms, m)) {
        return false;
      }
    }
    return true;
  }

  /**
   * «the IBSA Dialogue Forum» read as «IBSA Dialogue» too: a mechanism whose every mention opens a longer mention
   * of a mechanism, from the same word, is that body's name read to an inner head, not a body of its own.
   */
  private static boolean opensALongerMechanismsName(List<Range> mechanisms, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.mentions.isEmpty()) {
      return false;
    }
    for (Range m : c.mentions) {
      boolean opens = false;
      for (Range o : mechanisms) {
        if (o.start() > m.start()) {
          break;
        }
        opens |= o.start() == m.start() && o.end() > m.end();
      }
      if (!opens) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of the sorted ranges {@code outer} covers {@code inner} and is longer than it. */
  private static boolean withinOne(List<Range> outer, Range inner) {
    for (Range o : outer) {
      if (o.start() > inner.start()) {
        return false;
      }
      if (o.end() >= inner.end() && o.end() - o.start() > inner.end() - inner.start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the Extended Deterrence Strategy and Consultation Group": a name of no known initiative joined by «and»,
   * with no article, to a mechanism's capitalised name right after it is the first half of that body's name.
   */
  private boolean opensAMechanismsName(Context ctx, List<Range> mechanisms, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.mentions.size() != 1 || mechanisms.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    int and = c.last;
    if (and + 1 >= t.size || !t.isCapitalized(c.headFirst) || !data.words.is(WordClass.AND, t.key[and])
        || t.gapBefore[and] != Tokens.GAP_SPACE || t.gapBefore[and + 1] != Tokens.GAP_SPACE || !t.isCapitalized(and + 1)) {
      return false;
    }
    for (Range m : mechanisms) {
      if (m.start() == and + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Report of the International Conference …, chap. I, resolution 1, annex": a name right after a publication's
   * part and its number (", chap. I,", ", vol. 2,") is a part of the report a footnote cites, not a text of its own.
   */
  private boolean isAPartOfACitedReport(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.mentions.size() != 1 || c.first < 2) {
      return false;
    }
    Tokens t = ctx.tokens;
    return t.gapHas(c.first, ',') && t.gapHas(c.first - 1, '.') && data.language.locatesInAPublication(t.key[c.first - 2]);
  }

  /** One mention of an initiative. */
  private record Spot(Range mention, Concept concept) {}

  /**
   * «the Free Trade Area of the Asia-Pacific agenda», «the Initiative for ASEAN Integration Work Plan III»:
   * an initiative whose every mention begins inside the mention of another initiative that began before it
   * is the tail of that one's name, read a second time from a head inside it, not a text of its own.
   */
  private static void dropOverlapped(List<Concept> found) {
    // sorted by start and swept once, so a text with many initiatives stays linear
    List<Spot> mentions = new java.util.ArrayList<>();
    for (Concept c : found) {
      if (c.concept == Lexicons.Concept.INITIATIVE) {
        for (Range m : c.mentions) {
          mentions.add(new Spot(m, c));
        }
      }
    }
    if (mentions.size() < 2) {
      return;
    }
    mentions.sort(java.util.Comparator.comparingInt(o -> o.mention.start()));
    // one sweep by start: the two farthest ends reached so far by two different initiatives
    java.util.Map<Concept, Boolean> inside = new java.util.IdentityHashMap<>();
    int end1 = -1;
    int end2 = -1;
    Concept owner1 = null;
    for (int k = 0; k < mentions.size();) {
      int start = mentions.get(k).mention.start();
      int group = k;
      while (group < mentions.size() && mentions.get(group).mention.start() == start) {
        Concept c = mentions.get(group).concept;
        int reach = owner1 != c ? end1 : end2;
        inside.merge(c, start < reach, Boolean::logicalAnd);
        group++;
      }
      for (; k < group; k++) {
        Concept c = mentions.get(k).concept;
        int e = mentions.get(k).mention.end();
        if (c == owner1) {
          end1 = Math.max(end1, e);
        } else if (e > end1) {
          end2 = end1;
          end1 = e;
          owner1 = c;
        } else {
          end2 = Math.max(end2, e);
        }
      }
    }
    found.removeIf(c -> inside.getOrDefault(c, false));
  }


  /**
   * «Саммит Исламской конференции … Саммит Конференции проходил …»: where names run on past their head, a
   * mechanism of no known name whose words are some of another mechanism's, in order, opening with the same head and
   * ending with the same word, is that one named short, not one more.
   */
  private void dropMechanismsNamedShort(List<Concept> found) {
    if (data.language.headsEndNames()) {
      return;
    }
    List<Concept> mechanisms = named(found, Lexicons.Concept.MECHANISM);
    List<List<String>> names = mechanisms.stream().map(c -> nameWords(c.name)).toList();
    java.util.Set<Concept> shortForms = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int a = 0; a < mechanisms.size(); a++) {
      for (int b = 0; b < mechanisms.size() && mechanisms.get(a).knownId == null; b++) {
        if (b != a && isShortFormOf(names.get(a), names.get(b))) {
          shortForms.add(mechanisms.get(a));
          break;
        }
      }
    }
    found.removeIf(shortForms::contains);
  }

  /** The items of {@code concept} among {@code found} that have a name, in their order. */
  private static List<Concept> named(List<Concept> found, Lexicons.Concept concept) {
    return found.stream().filter(c -> c.concept == concept && c.name != null).toList();
  }

  /** Whether {@code shorter}, two words or more, is fewer of {@code longer}'s words in their order, with its first and last. */
  private static boolean isShortFormOf(List<String> shorter, List<String> longer) {
    int n = shorter.size();
    if (n < 2 || n >= longer.size() || !shorter.get(0).equals(longer.get(0))
        || !shorter.get(n - 1).equals(longer.get(longer.size() - 1))) {
      return false;
    }
    int at = 1;
    for (int k = 1; k < longer.size() && at < n; k++) {
      if (longer.get(k).equals(shorter.get(at))) {
        at++;
      }
    }
    return at == n;
  }

  /** The letters of a word that the scorer's matching reads, and so two spellings of one name share. */
  private static final int WORD_PREFIX = 5;

  /**
   * "the Americas Partnership for Economic Prosperity … The Americas Partnership will drive …": an initiative of no
   * known name whose words are the opening words of a known initiative's longer name is that one named short, not
   * one more. Two names of no known one are both kept: the longer may be another text («проект "X"» and «проект "X
   * для всех"») or a name run on too far. Where names run on after their head, words before a name only qualify
   * it («двусторонний Договор о гарантиях безопасности», «Направляемый Оттавской декларацией»): the longer name
   * of no known one is the shorter with words before it, one initiative.
   */
  private void dropShortForms(List<Concept> found) {
    List<Concept> initiatives = named(found, Lexicons.Concept.INITIATIVE);
    List<List<String>> names = initiatives.stream().map(c -> nameWords(c.name)).toList();
    java.util.Set<Concept> repeated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    boolean qualifiedBefore = !data.language.headsEndNames();
    for (int a = 0; a < initiatives.size(); a++) {
      List<String> shortName = names.get(a);
      if (shortName.size() < 2) {
        continue;
      }
      for (int b = 0; b < initiatives.size(); b++) {
        List<String> longName = names.get(b);
        if (b == a || longName.size() <= shortName.size()) {
          continue;
        }
        if (initiatives.get(a).knownId == null && initiatives.get(b).knownId != null
            && longName.subList(0, shortName.size()).equals(shortName)) {
          repeated.add(initiatives.get(a));
        } else if (qualifiedBefore && initiatives.get(b).knownId == null
            && longName.subList(longName.size() - shortName.size(), longName.size()).equals(shortName)) {
          repeated.add(initiatives.get(b));
        }
      }
    }
    found.removeIf(repeated::contains);
  }

  /**
   * "Commonwealth Ministerial Action Group 40th Meeting Concluding Statement", "Forum Foreign Ministers Meeting -
   * Outcomes" over a text that names "the Commonwealth Ministerial Action Group", "the Forum Foreign Ministers
   * Meeting": a mechanism whose name is another mechanism's whole name run on into a heading's words — a numbered
   * meeting of it and the paper's kind, or a page's tail after a spaced dash — is that mechanism named in the
   * heading, not one more.
   */
  private static void dropHeadingRunOns(List<Concept> found) {
    java.util.Set<Concept> runOn = null;
    for (Concept c : found) {
      if (c.concept != Lexicons.Concept.MECHANISM || c.name == null) {
        continue;
      }
      for (Concept other : found) {
        if (other != c && other.concept == Lexicons.Concept.MECHANISM && other.name != null
            && c.name.length() > other.name.length() + 2 && c.name.startsWith(other.name)
            && c.name.charAt(other.name.length()) == ' ' && headingTail(c.name, other.name.length() + 1)) {
          if (runOn == null) {
            runOn = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
          }
          runOn.add(c);
          break;
        }
      }
    }
    if (runOn != null) {
      found.removeIf(runOn::contains);
    }
  }

  /** Whether the words of {@code name} from {@code at} open with a number («40th Meeting») or a spaced dash («- Outcomes»). */
  private static boolean headingTail(String name, int at) {
    char first = name.charAt(at);
    return Character.isDigit(first) || (first == '-' || first == '\u2013' || first == '\u2014')
        && at + 1 < name.length() && name.charAt(at + 1) == ' ';
  }

  /** Whether a code point is a letter or a number (\p{L} or \p{N}). */
  private static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** The words of a name, lower-cased and cut to {@value #WORD_PREFIX} letters. */
  private static List<String> nameWords(String name) {
    List<String> words = new java.util.ArrayList<>();
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    // Runs of letters and numbers (\p{L}, \p{N}) by code point, as a split on the rest would find them.
    int from = -1;
    for (int k = 0; k <= lower.length(); ) {
      int cp = k < lower.length() ? lower.codePointAt(k) : ' ';
      if (isLetterOrNumber(cp)) {
        from = from < 0 ? k : from;
      } else if (from >= 0) {
        words.add(lower.substring(from, Math.min(k, from + WORD_PREFIX)));
        from = -1;
      }
      k += k < lower.length() ? Character.charCount(cp) : 1;
    }
    return words;
  }

  /**
   * «Лидеры БРИКС приняли Казанскую декларацию» on a page that is a declaration: a text of the
   * document's own kind that a verb of adopting or signing, in the past, takes as its object is the
   * document the page reports, not an initiative; «мы приняли …» is the adopting side's word for one
   * more text it launches, and a text of another kind («подписали Протокол о …» in a joint statement)
   * is one more outcome of the meeting.
   */
  private boolean isAdoptedOnTheOccasion(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null) {
      return false;
    }
    Tokens t = ctx.tokens;
    PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, c.first, c.last);
    if (kind == null) {
      kind = data.documentKinds.longestAt(t, c.headFirst, c.last);
    }
    if (kind == null || kind.entry.value != ctx.layout.kind || !OUTCOME_KINDS.contains(kind.entry.value)) {
      return false;
    }
    for (Range m : c.mentions) {
      int verb = m.start() - 1;
      // one lower-case word may stand between: «приняли итоговую декларацию»
      if (verb > 0 && !t.isCapitalized(verb) && !data.language.tellsAnAdoptionDone(t.key[verb])) {
        verb--;
      }
      if (verb >= 0 && !t.isCapitalized(verb) && data.language.tellsAnAdoptionDone(t.key[verb])
          && spaced(t, verb, m.start()) && (verb == 0 || !data.words.is(WordClass.WE, t.key[verb - 1]))) {
        return true;
      }
    }
    return false;
  }

  /** The most words read back from a name to the start of its sentence for a tally of outcomes. */
  private static final int TALLY_REACH = 40;

  /**
   * «По итогам встречи были приняты Заключительный акт и Программа …», «По итогам саммита было подписано 10
   * документов, в том числе Душанбинская декларация …»: an initiative whose every mention stands in a sentence that
   * opens with the words of a tally of outcomes and names them after a short passive participle of signing is the
   * reporter's count of what a meeting produced, not a text the document itself puts forward or adopts; an active
   * verb with its subject («главы государств подписали Декларацию …», «мы приняли …») keeps them.
   */
  private boolean isTalliedAsAnOutcome(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.mentions.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (Range m : c.mentions) {
      boolean passive = false;
      int k = m.start() - 1;
      for (; k >= 0 && m.start() - k <= TALLY_REACH; k--) {
        passive |= data.language.isAPassiveAdoption(t.key[k]);
        if (k == 0 || t.gapHas(k, '.') || t.gapHas(k, '\n') || t.gapHas(k, ';') || t.gapHas(k, ':')) {
          break;
        }
      }
      if (!passive || k < 0 || k + 1 >= m.start() || !data.language.opensATallyOfOutcomes(t.key[k], t.key[k + 1])) {
        return false;
      }
    }
    return true;
  }

  /**
   * «Источник: "Внешняя политика СССР 1976", стр. 122»: a name that runs on, after a comma, into a
   * page or a volume and its number («, стр. 122», «, том 2»; ", vol. 3") is the title of a publication
   * a page cites as its source, not a policy or plan.
   */
  private boolean isACitedPublication(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null) {
      return false;
    }
    Tokens t = ctx.tokens;
    int end = Math.min(t.size - 1, c.last + 1);
    for (int k = c.headFirst + 1; k < end; k++) {
      if (t.gapHas(k, ',') && data.language.locatesInAPublication(t.key[k]) && t.isNumber(k + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "agreed to issue the following Joint Communiqué of the two Governments:": a text named by a kind of document
   * whose every mention ends in a colon introduces the text that follows, the document itself, no text it cites.
   */
  private boolean introducesTheText(Context ctx, Concept c) {
    Tokens t = ctx.tokens;
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.mentions.isEmpty()
        || data.documentKinds.longestAt(t, c.first, c.last) == null && data.documentKinds.longestAt(t, c.headFirst, c.last) == null) {
      return false;
    }
    for (Range m : c.mentions) {
      if (m.end() >= t.size || !t.gapHas(m.end(), ':')) {
        return false;
      }
    }
    return true;
  }

  /**
   * «Обновленная Концепция аккумулирует …», «Данная Программа предусматривает …», «проект вышеуказанной
   * Межгосударственной программы», «мероприятия упомянутой Программы»: a name opened by a word that points back,
   * or right after one, is a later mention of a text named earlier (or of the document itself), not a name of its
   * own, whatever words qualify the head.
   */
  private boolean pointsBackToANamedText(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null) {
      return false;
    }
    Tokens t = ctx.tokens;
    boolean opensWithOne = c.headFirst > c.first && data.language.pointsBack(t.key[c.first]);
    boolean rightAfterOne = c.first > 0 && t.gapBefore[c.first] == Tokens.GAP_SPACE
        && data.language.pointsBack(t.key[c.first - 1]);
    return opensWithOne || rightAfterOne;
  }

  /**
   * «Настоящее Соглашение о прекращении огня … официально закрепляет …», "the present Agreement shall enter into
   * force": a text of a document's kind that the text calls by the word for itself, in any of its mentions, is the
   * document itself, however its title is printed, no initiative it cites.
   */
  private boolean isNamedAsThisText(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null) {
      return false;
    }
    Tokens t = ctx.tokens;
    if (data.documentKinds.longestAt(t, c.headFirst, c.last) == null && data.documentKinds.longestAt(t, c.first, c.last) == null) {
      return false;
    }
    for (Range m : c.mentions) {
      int before = m.start() - 1;
      if (before >= 0 && t.gapBefore[m.start()] == Tokens.GAP_SPACE && data.language.namesThisText(t.key[before])) {
        return true;
      }
    }
    return false;
  }

  /**
   * «Министры одобрили план реформирования органов управления Содружества»: where the names of plans,
   * programmes and strategies are capitalised («План действий …»), one opened by a lower-case head,
   * with no quote, number or period to name it («программа «Приоритет-2030»», «стратегия … до 2035
   * года»), describes what a plan does rather than naming one.
   */
  private boolean isALowerCaseDescription(Context ctx, Concept c) {
    Tokens t = ctx.tokens;
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || data.language.initiativeHeadsAreCapitalised()
        || c.first != c.headFirst || t.isCapitalized(c.first) || c.period != null
        || c.kind != InitiativeKind.PLAN && c.kind != InitiativeKind.PROGRAMME && c.kind != InitiativeKind.STRATEGY) {
      return false;
    }
    for (int k = c.first; k < c.last; k++) {
      if (t.isNumber(k) || t.gapHas(k, '"')) {
        return false;
      }
    }
    // a quote that opens right after the name names it («программы «Приоритет-2030»»); one after the
    // sentence's end opens the next
    return c.last >= t.size || !t.gapHas(c.last, '"') || t.gapHas(c.last, '.') || t.gapHas(c.last, ';');
  }

  /** The most words between a verb of taking place and the dialogue it tells of («состоялся очень хороший, очень откровенный диалог»). */
  private static final int TOOK_PLACE_REACH = 6;

  /**
   * «у нас состоялся очень откровенный диалог по всему комплексу отношений»: a dialogue named in the nominative as
   * the subject of a verb of taking place, a few words before it in its sentence with no stop between, is a
   * conversation held once, no standing dialogue. Read where names run on past their head, whose data has the
   * nominative heads.
   */
  private boolean isADialogueThatTookPlace(Context ctx, Concept c) {
    // Where names end in their head, the language has no case to tell the subject («a dialogue took place») by.
    if (c.concept != Lexicons.Concept.MECHANISM || c.kind != MechanismKind.DIALOGUE || c.knownId != null || c.sentence == null
        || data.language.headsEndNames() || !data.words.is(WordClass.HEAD_NOUN_NOMINATIVE, ctx.tokens.key[c.headFirst])) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (int k = c.first - 1; k >= Math.max(c.sentence.firstToken, c.first - TOOK_PLACE_REACH); k--) {
      if (t.gapHasSentenceStop(k + 1)) {
        return false;
      }
      if (data.words.startsWithAny(WordClass.TAKING_PLACE_VERB_PREFIX, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** The most words that may stand between «в результате» and the talks («продолжавшихся до настоящего времени энергичных»). */
  private static final int RESULT_REACH = 6;

  /**
   * «Декларация была опубликована в результате переговоров между СССР и Югославией», «В результате продолжавшихся
   * энергичных переговоров достигнуты договоренности»: talks named, in every mention, as what a result came from
   * («в результате», "as a result of"), with no stop between, are the course that led to it, not one sitting held.
   */
  private boolean isTheCourseOfAResult(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.EVENT || c.kind != EventKind.TALKS || c.knownId != null || c.mentions.isEmpty()) {
      return false;
    }
    for (Range m : c.mentions) {
      if (!followsAResult(ctx.tokens, m.start())) {
        return false;
      }
    }
    return true;
  }

  /** Whether «в результате» ("as a result") stands within {@value #RESULT_REACH} words before token {@code at}, no stop between. */
  private boolean followsAResult(Tokens t, int at) {
    for (int k = at - 1; k >= 1 && k >= at - RESULT_REACH && t.gapBefore[k + 1] == Tokens.GAP_SPACE; k--) {
      if (data.language.tellsAResultOf(t.key[k - 1], t.key[k])) {
        return t.gapBefore[k] == Tokens.GAP_SPACE;
      }
    }
    return false;
  }

  /**
   * "the midterm review of the three Community Blueprints": a name whose head is in the plural, right after a
   * word that counts several, names several texts of a kind, not one.
   */
  private boolean isACountOfSeveral(Context ctx, Concept c) {
    return c.concept == Lexicons.Concept.INITIATIVE && c.knownId == null && c.first > 0
        && data.language.countsSeveral(ctx.tokens.key[c.first - 1]) && data.language.isPluralNoun(ctx.tokens.key[c.headFirst]);
  }

  /**
   * "prepare the Agreement for signature": a head followed only by a step the text goes through names no
   * text of its own; it points back to one named before.
   */
  private boolean isAHeadForAStep(Context ctx, Concept c) {
    return c.concept == Lexicons.Concept.INITIATIVE && c.knownId == null && c.first == c.headFirst
        && c.last - c.first == 3 && data.language.namesAStepOfProcedure(ctx.tokens.key[c.first + 1], ctx.tokens.key[c.first + 2]);
  }

  /**
   * "the River Plate Basin Financial Development Fund (FONPLATA)", "the Pacific Community (SPC), the Pacific
   * Islands Development Program (PIDP), the Pacific Islands Forum Fisheries Agency (FFA)": a name whose every
   * mention is followed by its abbreviation in brackets, where that abbreviation is an organisation's or the
   * name stands in a list next to an organisation, is the full name of a body, not a programme or fund.
   */
  private boolean isABodyWithItsAbbreviation(Context ctx, ByFirst byFirst, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.mentions.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (Range m : c.mentions) {
      // the brackets right after the name, or taken into it as its last word
      int abbreviation = m.end() - 1 > m.start() && isBracketedAbbreviation(t, m.end() - 1) ? m.end() - 1 : m.end();
      if (!isBracketedAbbreviation(t, abbreviation)
          || !(organisationAt(byFirst, abbreviation, abbreviation + 1) || listedAfterAnOrganisation(ctx, byFirst, m.start())
              || listedBeforeAnOrganisation(ctx, byFirst, abbreviation + 1))) {
        return false;
      }
    }
    return true;
  }

  /**
   * «торговая политика Соединённых Штатов», «последовательная политика Российской Федерации по ближневосточному
   * урегулированию»: where initiatives' heads are not capitalised, a name in lower case but for the parties named in
   * it, with no quote or number to name one, is that party's business in general, no named document. A party's
   * name of several capitalised words counts as one. A resolution, treaty or agreement is named by the body or the
   * sides that adopt it («проект резолюции Генеральной Ассамблеи ООН»), and stays.
   */
  private boolean isAPartysBusiness(Context ctx, ByFirst byFirst, Concept c) {
    Tokens t = ctx.tokens;
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || data.language.initiativeHeadsAreCapitalised()
        || c.kind == InitiativeKind.RESOLUTION || c.kind == InitiativeKind.TREATY || c.kind == InitiativeKind.AGREEMENT
        || t.isCapitalized(c.first) || c.mentions.size() != 1) {
      return false;
    }
    boolean party = false;
    for (int k = c.first; k < c.last; k++) {
      if (t.isNumber(k) || t.gapHas(k, '"')) {
        return false;
      }
      int end = k;
      for (Context.Found<PartyInfo> found : byFirst.get(k)) {
        end = Math.max(end, Math.min(found.last, c.last));
      }
      if (end > k) {
        party = true;
        k = end - 1;
      } else if (t.isCapitalized(k)) {
        return false;
      }
    }
    return party && (c.last >= t.size || !t.gapHas(c.last, '"'));
  }

  /**
   * «“Видение Арктики”, г.Кируна, Швеция, 15 мая 2013 года»: a name that runs on past a comma to a day, month
   * and year is a heading line of title, place and date, not a programme's name; an instrument named with the
   * day it was signed («Договор от 19 ноября 1990 года») has no comma before the date, and a treaty or agreement
   * stays anyway.
   */
  /** Most words of the place and date a heading line puts after a quoted title («, г.Кируна, Швеция, 15 мая 2013»). */
  private static final int DATELINE_WORDS = 10;

  private boolean runsIntoADateline(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.kind == InitiativeKind.TREATY
        || c.kind == InitiativeKind.AGREEMENT) {
      return false;
    }
    Tokens t = ctx.tokens;
    boolean comma = false;
    // «“Видение Арктики”, г.Кируна, …»: a name whose quote closes before a comma is followed by the line it heads.
    int end = c.last < t.size && t.gapHas(c.last, '"') && t.gapHas(c.last, ',')
        ? Math.min(t.size, c.last + DATELINE_WORDS) : c.last;
    for (int k = c.headFirst + 1; k + 2 < end && !(k > c.last && t.gapHas(k, '\n')); k++) {
      comma |= t.gapHas(k, ',');
      // «15 мая 2013», "May 15, 2013"
      boolean dayFirst = t.isNumber(k) && data.months.containsKey(t.key[k + 1]);
      boolean monthFirst = data.months.containsKey(t.key[k]) && t.isNumber(k + 1);
      if (comma && (dayFirst || monthFirst) && t.isNumber(k + 2)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} is a word in capitals alone in brackets: «(FONPLATA)». */
  private static boolean isBracketedAbbreviation(Tokens t, int k) {
    return k + 1 < t.size && t.gapText(k).strip().equals("(") && t.isUpperCase(k) && !t.isNumber(k)
        && t.gapText(k + 1).strip().startsWith(")");
  }

  /** Whether an organisation's mention spans tokens {@code [first, last)}. */
  private static boolean organisationAt(ByFirst byFirst, int first, int last) {
    for (Context.Found<PartyInfo> found : byFirst.get(first)) {
      if (found.last == last && found.value.kind == PartyKind.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }

  /** Whether the list item before the name at {@code first} («…, the») ends in an organisation's mention. */
  private boolean listedAfterAnOrganisation(Context ctx, ByFirst byFirst, int first) {
    Tokens t = ctx.tokens;
    int start = first > 0 && data.language.isArticle(t.key[first - 1]) ? first - 1 : first;
    if (start == 0 || !t.gapHas(start, ',') && !t.gapHas(start, ';')) {
      return false;
    }
    for (int k = start - 1; k >= Math.max(0, start - LONGEST_NAME); k--) {
      if (organisationAt(byFirst, k, start)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the list item after the brackets, from token {@code next} («), the …»), opens with an organisation's mention. */
  private boolean listedBeforeAnOrganisation(Context ctx, ByFirst byFirst, int next) {
    Tokens t = ctx.tokens;
    if (next >= t.size || !t.gapHas(next, ',') && !t.gapHas(next, ';')) {
      return false;
    }
    int first = data.language.isArticle(t.key[next]) && next + 1 < t.size ? next + 1 : next;
    for (Context.Found<PartyInfo> found : byFirst.get(first)) {
      if (found.value.kind == PartyKind.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }

  /** The words looked back over, from an instrument's name, for one that cites it («закрепленным, наряду с прочим, в Уставе»). */
  private static final int CITING_REACH = 5;

  /**
   * «руководствуясь целями и принципами Устава ООН», «в соответствии с Уставом ООН», «закрепленным в
   * Хельсинкском заключительном акте»: a treaty, agreement or declaration whose every mention follows,
   * within {@value #CITING_REACH} words of its sentence, a word that invokes it as a source of rules is a
   * document merely cited, not an initiative the sides propose, prepare or adopt («подготовить проект
   * Устава …», «мы приняли Хартию …» keep theirs).
   */
  private boolean isACitedInstrument(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.kind != InitiativeKind.TREATY && c.kind != InitiativeKind.AGREEMENT || c.mentions.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (Range m : c.mentions) {
      boolean cited = false;
      for (int k = m.start() - 1; k >= Math.max(0, m.start() - CITING_REACH) && !cited; k--) {
        if (t.gapHas(k + 1, '.') || t.gapHas(k + 1, ';') || t.gapHas(k + 1, '\n')) {
          break;
        }
        cited = data.language.citesAnInstrument(t.key[k]);
      }
      if (!cited) {
        return false;
      }
    }
    return true;
  }

  /** Whether only spaces part tokens {@code [from, to]}: no comma or line between a verb and its object. */
  private static boolean spaced(Tokens t, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      if (t.gapBefore[k] != Tokens.GAP_SPACE) {
        return false;
      }
    }
    return true;
  }

  /** The kinds of text a meeting issues as its own outcome, never an instrument that lives on. */
  private static final java.util.Set<DocumentKind> OUTCOME_KINDS = java.util.EnumSet.of(
      DocumentKind.DECLARATION, DocumentKind.JOINT_STATEMENT, DocumentKind.COMMUNIQUE);

  /**
   * «in the third week of July 2016»: a lower-case head of no particular kind of meeting, with only
   * lower-case words before it and a preposition and a month (with its day or year) after it, names a
   * stretch of the calendar, not an event; a meeting or talks so named keep their date
   * («exploratory talks on June 14-15, 2016»).
   */
  private boolean isADatePhrase(Context ctx, Concept c) {
    Tokens t = ctx.tokens;
    if (c.concept != Lexicons.Concept.EVENT || c.kind != EventKind.OTHER || c.knownId != null || c.headFirst + 2 >= c.last
        || t.isCapitalized(c.headFirst) || t.isNumber(c.headFirst + 1) || data.months.containsKey(t.key[c.headFirst + 1])) {
      return false;
    }
    for (int k = c.first; k < c.headFirst; k++) {
      if (t.isCapitalized(k)) {
        return false;
      }
    }
    boolean namesAMonth = false;
    for (int k = c.headFirst + 2; k < c.last; k++) {
      boolean isMonth = data.months.containsKey(t.key[k]);
      namesAMonth |= isMonth;
      if (!isMonth && !t.isNumber(k) && !data.yearWords.contains(t.key[k])) {
        return false;
      }
    }
    return namesAMonth;
  }

  /**
   * «Meeting of BRICS Ministers of Foreign Affairs» as a heading: the formats read over the same words as a meeting of
   * theirs, which a heading names as the meeting itself names them, so they stand or fall with the meeting.
   */
  private static java.util.Set<Concept> formatsNamedAsTheirMeetings(List<Concept> found) {
    java.util.Set<Concept> formats = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Concept e : found) {
      if (e.concept == Lexicons.Concept.EVENT && e.series != null && e.series.first == e.first && e.series.last == e.last) {
        formats.add(e.series);
      }
    }
    return formats;
  }

  /** The longest line, in chars, read as a section heading. */
  private static final int LONGEST_HEADING = 100;

  /**
   * «Economic Partnership and Trade Network», «Climate Change Action Plan» as a section heading: where
   * headings are in Title Case every word of one is capitalised, so a head word in it names nothing of its
   * own; a mechanism or initiative no sentence of the body mentions is the section's topic.
   */
  private boolean onlyInSectionHeadings(Context ctx, Concept c) {
    if (c.concept == Lexicons.Concept.EVENT || c.knownId != null || !data.language.titlesAreTitleCase()
        || c.mentions.isEmpty()) {
      return false;
    }
    for (Range m : c.mentions) {
      if (!inSectionHeading(ctx, m.start())) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code k} stands in a short line of the body, ending without a stop, whose words are all capitalised. */
  private boolean inSectionHeading(Context ctx, int k) {
    Tokens t = ctx.tokens;
    if (ctx.titleFirstToken >= 0 && k >= ctx.titleFirstToken && k < ctx.titleLastToken) {
      return false;
    }
    String text = ctx.text.text();
    int lineStart = t.start[k];
    while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
      if (t.start[k] - --lineStart > LONGEST_HEADING) {
        return false;
      }
    }
    int lineEnd = t.start[k];
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
      if (++lineEnd - lineStart > LONGEST_HEADING) {
        return false;
      }
    }
    int last = lineEnd - 1;
    while (last > lineStart && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    if (".:;,".indexOf(text.charAt(last)) >= 0) {
      return false;
    }
    int first = k;
    while (first > 0 && t.start[first - 1] >= lineStart) {
      first--;
    }
    int words = 0;
    for (int j = first; j < t.size && t.start[j] < lineEnd; j++) {
      if (!Character.isLetter(text.charAt(t.start[j]))) {
        continue;
      }
      words++;
      if (!t.isCapitalized(j) && !data.words.is(WordClass.FUNCTION_WORD, t.key[j]) && !data.words.is(WordClass.AND, t.key[j])
          && !data.words.is(WordClass.NAME_PREPOSITION, t.key[j]) && !data.language.isArticle(t.key[j])) {
        return false;
      }
    }
    return words > 1;
  }

  /**
   * «the Chairman of the Executive Committee», «Chair of the Permanent Council»: where names end in
   * their head, a body named only by describing words and its head, right after a role and «of
   * (the)», is part of the person's title, no arrangement the text names; a party or a proper word
   * in it («Director of the SCO RATS Executive Committee») keeps it. Where names run on past their head,
   * the body follows the role in the genitive («Председатель Государственного совета»). A member's word is such a
   * role too («Член Государственного совета, Министр иностранных дел»).
   */
  private boolean isBodyOfARole(Context ctx, ByFirst byFirst, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.knownId != null) {
      return false;
    }
    Tokens t = ctx.tokens;
    int of;
    if (data.language.headsEndNames()) {
      of = c.first - 1;
      if (of >= 0 && data.language.isArticle(t.key[of])) {
        of--;
      }
      if (of < 1 || !data.words.is(WordClass.NAME_PREPOSITION, t.key[of]) || !data.words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[of])) {
        return false;
      }
    } else {
      // «Председатель Государственного совета», «заместитель председателя Совета министров»: where names
      // run on past their head, the body follows the role in the genitive, with no preposition.
      of = c.first;
      if (of < 1 || t.gapBefore[of] != Tokens.GAP_SPACE) {
        return false;
      }
    }
    boolean role = roleEndsAt(t, of) || of >= 1 && data.language.namesAMember(t.key[of - 1]);
    // «Председатель Государственного Совета и Совета Министров»: a second body joined to a role's first by «и».
    if (!role && !data.language.headsEndNames() && of >= 2 && data.words.is(WordClass.AND, t.key[of - 1])) {
      for (int q = of - 2; q >= Math.max(1, of - 1 - ROLE_BODY_WORDS) && t.isCapitalized(q) && !role; q--) {
        role = roleEndsAt(t, q);
      }
    }
    if (!role) {
      return false;
    }
    if (!data.language.headsEndNames() && everyMentionAnOrganInARole(ctx, byFirst, c)) {
      return true;
    }
    for (int k = c.first; k < c.last; k++) {
      if (!byFirst.get(k).isEmpty() || data.words.is(WordClass.NAME_PREPOSITION, t.key[k])) {
        return false;
      }
    }
    for (int k = c.first; k < c.headFirst; k++) {
      if (!data.language.isAdjective(t.key[k]) && !data.words.is(WordClass.STOP_ADJECTIVE, t.key[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * «члена Европейской комиссии», «Вице-президента Европейской комиссии Джозепа Борелля», «Генерального секретаря
   * Совета ЕС»: where names run on past their head, a body right after a role in the genitive that is an
   * organisation's organ, named by the gazetteer's alias for the organisation («Европейской комиссии») or by its
   * head and the organisation's name alone («Совета ЕС»), is the person's affiliation with the organisation, which
   * counts as the organisation, whatever portfolio or name the mention runs on into; so when every mention of the
   * item stands so. An organ named with a level or more («Совета глав государств СНГ», «Совета министров ОБСЕ») is
   * not read here.
   */
  private boolean everyMentionAnOrganInARole(Context ctx, ByFirst byFirst, Concept c) {
    Tokens t = ctx.tokens;
    for (Range m : c.mentions) {
      int of = m.start();
      if (of < 1 || t.gapBefore[of] != Tokens.GAP_SPACE
          || !roleEndsAt(t, of) && !data.language.namesAMember(t.key[of - 1])
          || !organOfAnOrganisationAt(t, byFirst, of, m.end())) {
        return false;
      }
    }
    return !c.mentions.isEmpty();
  }

  /**
   * «председатель Европейского совета Шарль Мишель», «Президента Европейского совета»: where names run on past their
   * head, a mechanism that is, in every mention, exactly an organ the gazetteer lists under its organisation, right
   * after the title of one who heads it, is named only in that office's title; unless the text names a meeting of it
   * («провели заседание Высшего … совета»), it is no arrangement the document names.
   */
  private boolean isAnOrganisationsAliasInARole(Context ctx, ByFirst byFirst, java.util.Set<String> meeting, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.knownId != null || data.language.headsEndNames() || c.mentions.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (Range m : c.mentions) {
      int of = m.start();
      if (of < 1 || t.gapBefore[of] != Tokens.GAP_SPACE
          || !data.words.startsWithAny(WordClass.HEAD_ROLE_PREFIX, t.key[of - 1]) || !isAnOrganisationsAlias(byFirst, m)
          || meeting.contains(stems(t, m.start(), m.end()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * «нынешний председатель Совета ЛАГ на министерском уровне»: where names run on past their head, an organisation's
   * council (a council, a council of heads or of ministers, named with the organisation) that, in every mention,
   * follows right after the title of one who heads it is named only in that office's title, no arrangement the
   * document itself names; unless a meeting the text names holds it («на заседании Совета …»). A body of another kind
   * so named («председателя Рабочей группы …») is still one the text tells of.
   */
  private boolean isNamedOnlyInOfficesTitles(Context ctx, ByFirst byFirst, List<Concept> found, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.knownId != null || data.language.headsEndNames() || c.mentions.isEmpty()
        || !COUNCIL_KINDS.contains(c.kind) || !namesAnOrganisation(ctx, byFirst, c)) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (Range m : c.mentions) {
      int of = m.start();
      if (of < 1 || t.gapBefore[of] != Tokens.GAP_SPACE
          || !data.words.startsWithAny(WordClass.HEAD_ROLE_PREFIX, t.key[of - 1])) {
        return false;
      }
    }
    return !namedInAMeeting(ctx, found, c);
  }

  /** The kinds of an organisation's council: a council, a council of heads of state, a council of ministers. */
  private static final java.util.Set<MechanismKind> COUNCIL_KINDS =
      java.util.EnumSet.of(MechanismKind.COUNCIL, MechanismKind.SUMMIT, MechanismKind.MINISTERIAL_MEETING);

  /**
   * «Совета ЛАГ …», «Совета глав государств СНГ»: whether an organisation's mention opens right after the head of
   * {@code c}, one that names no body of its own («Совета Межбанковского объединения ШОС» is the association's).
   */
  private boolean namesAnOrganisation(Context ctx, ByFirst byFirst, Concept c) {
    PrefixLexicon.Hit<List<Lexicons.Head>> head = c.headFirst < c.last ? data.lexicons.heads.longestAt(ctx.tokens, c.headFirst, c.last) : null;
    if (head == null) {
      return false;
    }
    for (Context.Found<PartyInfo> p : byFirst.get(head.last)) {
      if (p.value.kind == PartyKind.ORGANIZATION && p.last <= c.last && !holdsAHead(ctx.tokens, p.first, p.last)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an event's name, past its head, holds the words of mechanism {@code c}'s first mention, by their stems. */
  private static boolean namedInAMeeting(Context ctx, List<Concept> found, Concept c) {
    String body = stems(ctx.tokens, c.first, c.last);
    for (Concept e : found) {
      if (e.concept == Lexicons.Concept.EVENT && e.headFirst + 1 < e.last
          && stems(ctx.tokens, e.headFirst + 1, e.last).contains(body)) {
        return true;
      }
    }
    return false;
  }

  /** Whether mention {@code m} is exactly one of an organisation's gazetteer names, more than one word long. */
  private static boolean isAnOrganisationsAlias(ByFirst byFirst, Range m) {
    for (Context.Found<PartyInfo> p : byFirst.get(m.start())) {
      if (p.value.kind == PartyKind.ORGANIZATION && p.last == m.end() && p.last > p.first + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * «провели заседание Высшего Евразийского экономического совета»: the organisations' names that events name as what
   * meets, as the stems of their words, so that an organ whose meeting the text names is more than a title's.
   */
  private static java.util.Set<String> organsThatMeet(Context ctx, ByFirst byFirst, List<Concept> found) {
    java.util.Set<String> organs = new java.util.HashSet<>();
    for (Concept e : found) {
      if (e.concept != Lexicons.Concept.EVENT) {
        continue;
      }
      for (int k = e.headFirst + 1; k < e.last; k++) {
        for (Context.Found<PartyInfo> p : byFirst.get(k)) {
          if (p.value.kind == PartyKind.ORGANIZATION && p.last <= e.last) {
            organs.add(stems(ctx.tokens, p.first, p.last));
          }
        }
      }
    }
    return organs;
  }

  /** The stems of tokens {@code [from, to)}, joined by spaces. */
  private static String stems(Tokens t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      b.append(t.stem[k]).append(' ');
    }
    return b.toString();
  }

  /**
   * Whether an organisation's alias opens at {@code first} and the mention runs on past it (into a portfolio or a
   * person's name), or a head word there is followed by nothing but an organisation's name that names no body of its
   * own («Совета ЕС», «Совета НАТО»).
   */
  private boolean organOfAnOrganisationAt(Tokens t, ByFirst byFirst, int first, int end) {
    for (Context.Found<PartyInfo> p : byFirst.get(first)) {
      if (p.value.kind == PartyKind.ORGANIZATION && p.last > first + 1 && p.last < end) {
        return true;
      }
    }
    if (first + 1 >= end || data.lexicons.heads.longestAt(t, first, first + 1) == null) {
      return false;
    }
    for (Context.Found<PartyInfo> p : byFirst.get(first + 1)) {
      if (p.value.kind == PartyKind.ORGANIZATION && p.last == end && !holdsAHead(t, p.first, p.last)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a head word stands in tokens {@code [from, to)}: an alias that names a body of its own («Межбанковского объединения ШОС»). */
  private boolean holdsAHead(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (data.lexicons.heads.longestAt(t, k, to) != null) {
        return true;
      }
    }
    return false;
  }

  /** The most words a role's title runs over before «of» («Deputy Secretary-General»). */
  private static final int ROLE_WORDS = 4;

  /** The most words of a role's body before «и» and another body («Государственного Совета и …»). */
  private static final int ROLE_BODY_WORDS = 3;

  /**
   * Whether a role's title from {@link Lexicons#roles} ends right before token {@code of}; a word that opens a
   * body's name («Секретариата», caught by «секретар») is no title.
   */
  private boolean roleEndsAt(Tokens t, int of) {
    for (int r = Math.max(0, of - ROLE_WORDS); r < of; r++) {
      PrefixLexicon.Hit<String> hit = data.lexicons.roles.longestAt(t, r, of);
      if (hit != null && hit.last == of && data.lexicons.heads.longestAt(t, r, of) == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * «held High Level Political Talks between …»: talks whose head and the word before it are
   * capitalised are a named round of their own, not the talks of the visit.
   */
  private static boolean isTitleCase(Context ctx, Concept c) {
    return c.headFirst > c.first && ctx.tokens.isCapitalized(c.headFirst) && ctx.tokens.isCapitalized(c.headFirst - 1);
  }

  /**
   * Whether the text names a visit, or a meeting as its own occasion (title or heading): talks held
   * then are part of it («Прошли переговоры …», «двусторонние переговоры» during the visit), not an
   * event of their own.
   */
  private static boolean hasOccasion(List<Concept> found) {
    for (Concept c : found) {
      if (c.concept == Lexicons.Concept.EVENT && c.kind != EventKind.TALKS && (c.kind == EventKind.VISIT || c.inTitle)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «в обход резолюций Совета Безопасности ООН»: a lower-case head in the plural names a kind of
   * thing, not one initiative, unless a quote or a number names it («резолюций 2231 и 2254»); a
   * capitalised one is a proper name ("Abraham Accords").
   */
  private boolean isGenericPlural(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || ctx.tokens.isCapitalized(c.headFirst)
        || !data.language.namesAKindInThePlural(ctx.tokens.key[c.headFirst])) {
      return false;
    }
    for (int k = c.first; k < c.last; k++) {
      if (ctx.tokens.isNumber(k) || ctx.tokens.gapHas(k, '"')) {
        return false;
      }
    }
    return c.last >= ctx.tokens.size || !ctx.tokens.gapHas(c.last, '"');
  }

  /** «Организации Договора о коллективной безопасности»: a treaty named inside an organisation's name. */
  private static boolean isInsideAnOrganisationsName(ByFirst byFirst,
      Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.mentions.size() != 1) {
      return false;
    }
    for (int k = c.first - 1; k >= Math.max(0, c.first - LONGEST_NAME); k--) {
      for (Context.Found<PartyInfo> found : byFirst.get(k)) {
        if (found.value.kind != PartyKind.STATE && c.last <= found.last) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * «Душанбинская декларация … » alone on its line, opening a line that runs on with no stop («Декларация
   * Президента …, Президента … в поддержку …, принятого …»), or after a site's name and a bar on a line with no
   * stop («Форум … | Пекинская декларация о … (полный текст)»): the heading of the document, not an
   * initiative.
   */
  private boolean isHeadingLine(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.sentence == null) {
      return false;
    }
    boolean alone = c.first == c.sentence.firstToken && c.sentence.lastToken - c.last <= 2;
    boolean opensAHeading = c.first == c.sentence.firstToken && (c.first == 0 || ctx.tokens.gapHas(c.first, '\n'))
        && lineRunsOnWithoutStop(ctx, c.last);
    if (!alone && !opensAHeading && !(ctx.tokens.gapHas(c.first, '|') && lineRunsOnWithoutStop(ctx, c.last))) {
      return false;
    }
    for (int k = c.first; k <= c.headFirst && k < c.last; k++) {
      if (data.documentKinds.longestAt(ctx.tokens, k, c.last) != null) {
        return true;
      }
    }
    return false;
  }


  /**
   * «Постановление Государственной Думы … от 25.02.2000 № 148-III ГД» on a line of its own over the text: an act (a
   * resolution, decision or order) that opens a line running on with no stop, and that the line dates by a day in
   * figures after «от», is a register's entry for the act the page holds, the document itself; a text cites an act
   * in a sentence of its own.
   */
  private boolean isARegistersEntry(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.kind != InitiativeKind.RESOLUTION
        || c.mentions.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (Range m : c.mentions) {
      boolean opensALine = m.start() == 0 || t.gapHas(m.start(), '\n');
      int lineEnd = ctx.text.text().indexOf('\n', t.start[m.start()]);
      int end = lineEnd < 0 ? ctx.text.text().length() : lineEnd;
      if (!opensALine || !lineRunsOnWithoutStop(ctx, m.end())
          || !DatabaseHeading.datedInFigures(ctx, data, m.start(), t.firstAtOrAfter(end), end)) {
        return false;
      }
    }
    return true;
  }

  /**
   * «Принято ⏎ Советом глав государств СНГ ⏎ 15 апреля 1994 года» over the text: a body that, in every mention, fills
   * the line under a verb of adoption standing alone on its own line, in ordinary case, is the adopter a register's note
   * names, not an arrangement the document's own words tell of. A title in capitals broken into lines («ПРИНЯТЫЕ ⏎
   * ПАРЛАМЕНТСКОЙ АССАМБЛЕЕЙ ОБСЕ») is the document's own heading, and its body stays.
   */
  private boolean isNamedOnlyInAnAdoptionNote(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.mentions.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (Range m : c.mentions) {
      int verb = m.start() - 1;
      if (verb < 0 || !t.gapHas(m.start(), '\n') || verb > 0 && !t.gapHas(verb, '\n')
          || m.end() < t.size && !t.gapHas(m.end(), '\n') || !t.isCapitalized(verb) || t.isUpperCase(verb)
          || !data.words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t, verb)) {
        return false;
      }
    }
    return true;
  }

  /** The longest rest of a line, in chars, read for {@link #lineRunsOnWithoutStop}. */
  private static final int LONGEST_LINE_REST = 200;

  /** Whether the line that token {@code last - 1} ends on stops with no full stop, colon or semicolon: a heading. */
  private static boolean lineRunsOnWithoutStop(Context ctx, int last) {
    String text = ctx.text.text();
    int from = ctx.tokens.end[last - 1];
    int limit = Math.min(text.length(), from + LONGEST_LINE_REST);
    int k = from;
    while (k < limit && text.charAt(k) != '\n') {
      k++;
    }
    if (k == limit && limit < text.length()) {
      return false;
    }
    while (k > from && Character.isWhitespace(text.charAt(k - 1))) {
      k--;
    }
    return k == from || ".:;".indexOf(text.charAt(k - 1)) < 0;
  }

  /** «политики Европейского союза»: a head and a party's name, nothing that names one thing. */
  private static boolean isHeadOfAParty(ByFirst byFirst, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.first != c.headFirst) {
      return false;
    }
    for (Context.Found<PartyInfo> found : byFirst.get(c.headFirst + 1)) {
      if (found.last == c.last) {
        return true;
      }
    }
    return false;
  }

  /**
   * A heading in capitals that opens with a kind of document names the document, not an initiative: the whole
   * name in capitals, or its kind alone where the parties follow in ordinary case («СОГЛАШЕНИЕ Администрации …
   * области …», "JOINT COMMUNIQUE between …"); running text writes a kind of document in capitals only so.
   */
  private boolean isCapitalHeading(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.name == null) {
      return false;
    }
    PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(ctx.tokens, c.first, c.last);
    return kind != null && (c.name.equals(c.name.toUpperCase(java.util.Locale.ROOT)) || isWrittenInCapitals(ctx.tokens, kind));
  }

  /** Whether every word of the kind is a word of two letters or more with no lower-case letter. */
  private static boolean isWrittenInCapitals(Tokens t, PrefixLexicon.Hit<DocumentKind> kind) {
    for (int k = kind.first; k < kind.last; k++) {
      if (t.key[k].length() < 2 || !Character.isLetter(t.key[k].charAt(0)) || !t.isUpperCase(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * «Председателем Конференции Саммита выступил …»: an event's head whose only complement is another event's head
   * names that occasion by a part of it, and the occasion is named in full elsewhere.
   */
  private boolean isHeadOfAnotherOccasion(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.EVENT || c.first != c.headFirst || c.ordinal != null) {
      return false;
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> head = data.lexicons.heads.longestAt(ctx.tokens, c.headFirst, c.last);
    if (head == null || head.last >= c.last) {
      return false;
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> complement = data.lexicons.heads.longestAt(ctx.tokens, head.last, c.last);
    if (complement == null || complement.last != c.last) {
      return false;
    }
    for (Lexicons.Head h : complement.entry.value) {
      if (h.concept == Lexicons.Concept.EVENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * An initiative's name that reaches the last word of a text that stops mid-word or mid-sentence: the
   * document it names is lost. A mechanism's name cut off so («создана Подкомиссия по совместной
   * хозяйственной деятельно») still names the body: its head and the words kept say which it is.
   */
  private static boolean isCutOff(Context ctx, Concept c) {
    if (c.concept == Lexicons.Concept.MECHANISM || c.last < ctx.tokens.size) {
      return false;
    }
    // The last char before trailing whitespace, as String.stripTrailing reads it, without a copy of the text.
    String text = ctx.text.text();
    int last = text.length() - 1;
    while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    if (last < 0) {
      return false;
    }
    char end = text.charAt(last);
    return Character.isLetterOrDigit(end) || end == ',';
  }

  /**
   * Whether a finite verb follows the head within the name or right after it, where the language
   * ended the name before the verb («На встрече … присутствовали»); a verb that tells the event
   * itself («Переговоры … состоялись», a cue) leaves it an event.
   */
  private boolean runsIntoClause(Context ctx, Concept c) {
    Tokens t = ctx.tokens;
    int after = c.last < t.size && t.gapBefore[c.last] == Tokens.GAP_SPACE
        && data.lexicons.cues.longestAt(t, c.last, t.size) == null ? c.last + 1 : c.last;
    for (int k = c.headFirst + 1; k < after; k++) {
      String key = ctx.tokens.key[k];
      if (key.length() > 4 && Character.isLetter(key.charAt(0))
          && data.words.endsWithAny(WordClass.FINITE_VERB_ENDING, key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «India-Australia Joint Declaration on Security Cooperation» as the title and «this Joint
   * Declaration on Security Cooperation» in the body, «Душанбинская декларация …» as the title and
   * «настоящую Душанбинскую декларацию» in the body: a name whose head (or first word) is a kind of
   * document and that stands in the title is the document itself.
   */
  private boolean isNamedAsTheTitle(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || ctx.layout.title.isEmpty() || c.name == null
        || data.documentKinds.longestAt(ctx.tokens, c.first, c.last) == null
        && data.documentKinds.longestAt(ctx.tokens, c.headFirst, c.last) == null) {
      return false;
    }
    String title = ctx.layout.title;
    for (int at = 0; at + c.name.length() <= title.length(); at++) {
      if (title.regionMatches(true, at, c.name, 0, c.name.length())) {
        return true;
      }
    }
    return everyMentionInTheTitlesWords(ctx, c);
  }

  /**
   * «Мальменская декларация министров» as the title and «принимает Мальменскую декларацию министров» in the body:
   * whether the words of every mention, another case of them aside, run in the title as one stretch (their stems in
   * order).
   */
  private static boolean everyMentionInTheTitlesWords(Context ctx, Concept c) {
    if (ctx.titleFirstToken < 0 || c.mentions.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (Range m : c.mentions) {
      int length = m.end() - m.start();
      boolean found = false;
      for (int at = ctx.titleFirstToken; at + length <= ctx.titleLastToken && !found; at++) {
        found = at != m.start() && sameStems(t, at, m.start(), length);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** Whether the {@code length} tokens from {@code a} and from {@code b} have the same stems. */
  private static boolean sameStems(Tokens t, int a, int b, int length) {
    for (int k = 0; k < length; k++) {
      if (!t.stem[a + k].equals(t.stem[b + k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * «Совместная декларация», «совместное заявление»: a name that is a kind of document and, before it, only words
   * that make a text several sides' own, is what any joint text is called (most often the document itself), no
   * particular initiative.
   */
  private boolean isAKindOfTextOnly(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.last != c.headFirst + 1 || c.headFirst == c.first) {
      return false;
    }
    Tokens t = ctx.tokens;
    if (data.documentKinds.longestAt(t, c.headFirst, c.last) == null) {
      return false;
    }
    for (int k = c.first; k < c.headFirst; k++) {
      if (!data.words.startsWithAny(WordClass.JOINT_PREFIX, t.key[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * «Резолюция Третьего комитета по вопросам демократии», «Резолюция 2-го Комитета: …»: a resolution named by the
   * numbered committee that drafted it, with no number or title of its own, is a part of an assembly's own text (a
   * heading, a table of contents), no resolution the text cites by name.
   */
  private boolean isAResolutionOfANumberedCommittee(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.kind != InitiativeKind.RESOLUTION) {
      return false;
    }
    Tokens t = ctx.tokens;
    int k = c.headFirst + 1;
    if (k >= c.last) {
      return false;
    }
    boolean word = data.ordinals.containsKey(t.key[k]);
    boolean digits = !t.key[k].isEmpty() && Character.isDigit(t.key[k].charAt(0));
    k++;
    int ending = k;
    while (k < c.last && !t.isCapitalized(k) && (t.start[k] == t.end[k - 1] || "-".equals(t.gapText(k)))) {
      k++;
    }
    // «Третьего», «2-го»; a bare number («Резолюция 2254 Совета Безопасности») is the resolution's own.
    if (!word && !(digits && (!t.isNumber(ending - 1) || k > ending))) {
      return false;
    }
    if (k >= c.last || data.lexicons.heads.longestAt(t, k, c.last) == null) {
      return false;
    }
    for (int j = k; j < c.last; j++) {
      if (t.isNumber(j) || t.gapHas(j, '"')) {
        return false;
      }
    }
    return true;
  }

  /**
   * «Программа сотрудничества между Российской Федерацией и … на 2021-2024 гг.» as the page's first line, «Действующий
   * ⏎ Программа дальнейшего развития сотрудничества между …» under a status word, «Резолюция N 12/34 ⏎ Генеральной
   * Ассамблеи …»: a programme, plan, strategy or resolution whose name opens a page that has no title of a kind of
   * document names the text the page prints, not an initiative it cites. At most one word (a status, a site's label)
   * may stand before it, and it must open its line.
   */
  private static Concept openingTextOfAnUntitledPage(Context ctx, List<Concept> found) {
    if (!ctx.layout.title.isEmpty()) {
      return null;
    }
    Tokens t = ctx.tokens;
    for (Concept c : found) {
      if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.mentions.isEmpty() || c.name == null
          || c.name.strip().indexOf(' ') < 0
          || c.kind != InitiativeKind.PROGRAMME && c.kind != InitiativeKind.PLAN && c.kind != InitiativeKind.STRATEGY
              && c.kind != InitiativeKind.RESOLUTION) {
        continue;
      }
      int first = Integer.MAX_VALUE;
      for (Range m : c.mentions) {
        first = Math.min(first, m.start());
      }
      if (first <= OPENING_WORDS && opensAnUntitledPage(ctx.text.text(), t.start[first])) {
        return c;
      }
    }
    return null;
  }

  /** The most tokens before a name that {@link #openingTextOfAnUntitledPage} reads as the page's opening. */
  private static final int OPENING_WORDS = 2;

  /** Whether the text before {@code at} holds at most one word and {@code at} opens a line. */
  private static boolean opensAnUntitledPage(String text, int at) {
    int words = 0;
    boolean inWord = false;
    for (int k = 0; k < at; k++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(k));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    int k = at - 1;
    while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k--;
    }
    return words <= 1 && (k < 0 || text.charAt(k) == '\n');
  }

  /**
   * «(далее – Программа сотрудничества)» after the page's opening programme: a name that the word for "hereinafter"
   * brings in, in every mention, and that opens the longer name, is that text's short form.
   */
  private boolean isAShortFormOf(Context ctx, Concept whole, Concept c) {
    if (whole == null || c == whole || c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.name == null
        || whole.name == null || c.mentions.isEmpty()) {
      return false;
    }
    String name = c.name.strip();
    if (!whole.name.regionMatches(true, 0, name, 0, name.length())) {
      return false;
    }
    for (Range m : c.mentions) {
      if (m.start() < 1 || !data.words.is(WordClass.HEREINAFTER, ctx.tokens.key[m.start() - 1])) {
        return false;
      }
    }
    return true;
  }

  /**
   * An initiative named only in the title is the document itself («Душанбинская декларация …»), unless
   * the title tells that the document adopts it («Совместное заявление … о принятии Российско-Японского
   * плана действий»): then it is the plan the sides launch, a text of its own.
   */
  private boolean isTheDocument(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || !c.inTitle || ctx.titleFirstToken < 0
        || isCitedByNumberWithinTheTitle(ctx, c)) {
      return false;
    }
    for (Range m : c.mentions) {
      if (m.start() < ctx.titleFirstToken || m.start() >= ctx.titleLastToken) {
        return false;
      }
    }
    int before = c.mentions.get(0).start() - 1;
    return before < ctx.titleFirstToken || !data.language.namesAnAdoption(ctx.tokens.key[before]);
  }

  /**
   * «Доклад о применении … резолюций Совета Безопасности ООН № 1737, 1747 и 1803»: a resolution named by its number
   * after words of the title's own is one the title cites; the document a resolution is opens its title with it.
   */
  private static boolean isCitedByNumberWithinTheTitle(Context ctx, Concept c) {
    if (c.kind != InitiativeKind.RESOLUTION || c.headFirst <= ctx.titleFirstToken) {
      return false;
    }
    for (int k = c.first; k < c.last; k++) {
      if (ctx.tokens.isNumber(k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBareHead(Concept c) {
    return c.concept == Lexicons.Concept.INITIATIVE && c.knownId == null && c.name != null
        && c.name.strip().indexOf(' ') < 0;
  }

  /**
   * «провели Саммит», «членами Совета», "the Council will meet": a council or summit named by one word of letters
   * that is its head alone, unnumbered and no acronym («IBSA», «P3»), says which body it is no more than a pronoun
   * would, and those two heads stand as often for an organisation («Совет» of «Совет государств Балтийского моря»)
   * or a meeting as for a body; the one it stands for, named in full elsewhere, is that one's item. A bare
   * «Секретариат» or «Консультации» is the sides' own body or round, and stays.
   */
  private static boolean isBareMechanismHead(Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.name == null || c.headFirst != c.first || c.last != c.first + 1
        || c.ordinal != null || c.kind != MechanismKind.COUNCIL && c.kind != MechanismKind.SUMMIT) {
      return false;
    }
    String name = c.name.strip();
    return !name.isEmpty() && name.chars().allMatch(Character::isLetter) && !name.equals(name.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * "… V CSCE FORUM FOR SECURITY CO-OPERATION VI THE HUMAN DIMENSION …", "XII ADMINISTRATIVE DECISIONS …": a Roman
   * numeral between words written in capitals numbers a line of a table of contents or a heading; a name that
   * holds or opens with one runs across headings, and a name all in capitals right before one ("SUMMIT DECLARATION
   * HELSINKI DECISIONS I STRENGTHENING …") is such a line, and names nothing. A numeral that ends a name in ordinary
   * case («Working Group II») numbers the body and is not read here.
   */
  private static boolean runsAcrossNumberedHeadings(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM && c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null
        || c.name == null) {
      return false;
    }
    Tokens t = ctx.tokens;
    int reach = c.name.equals(c.name.toUpperCase(java.util.Locale.ROOT)) ? c.last + 1 : c.last - 1;
    for (int k = Math.max(1, c.first); k <= reach && k + 1 < t.size; k++) {
      if (t.isUpperCase(k) && NameExtent.romanValue(t.surface(k)) > 0 && isWordInCapitals(t, k - 1)
          && isWordInCapitals(t, k + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "their annual strategic dialogue on March 2", «консультации 5 мая»: a standing arrangement meets on days but has
   * none; a name in lower case that ends in a month and a day names one meeting of it, no mechanism. A capitalised
   * head ("the 16th Annual Bilateral Consultations on December 12") is the series' own name, the day its meeting's.
   */
  private boolean isAMeetingOnADay(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.knownId != null || ctx.tokens.isCapitalized(c.headFirst)) {
      return false;
    }
    Tokens t = ctx.tokens;
    boolean month = false;
    boolean day = false;
    for (int k = c.last - 1; k > c.headFirst; k--) {
      if (data.months.containsKey(t.key[k])) {
        month = true;
      } else if (t.isNumber(k)) {
        day |= t.key[k].length() <= 2 && Integer.parseInt(t.key[k]) >= 1 && Integer.parseInt(t.key[k]) <= 31;
      } else if (!data.yearWords.contains(t.key[k])) {
        break;
      }
    }
    return month && day;
  }

  /**
   * "acknowledged the theme “Building a Shared Future”", «прошёл под девизом «Партнёрство …»»: the words a theme or
   * slogan gives a meeting are a phrase, no initiative, whatever head word they hold.
   */
  private boolean isAMeetingsTheme(Context ctx, Concept c) {
    return c.concept == Lexicons.Concept.INITIATIVE && c.knownId == null && c.first > 0
        && data.language.namesATheme(ctx.tokens.key[c.first - 1]);
  }

  /**
   * «Совета М инистров С С С Р», «совета К Н Р Ч ж»: a scan that set a word's letters apart leaves a word spelt letter
   * by letter (read as one word, {@link Tokenizer}) beside words written whole; an item whose every mention mixes the
   * two is the scanner's debris, no name the text gives. A name set letter by letter throughout (emphasis) stays.
   */
  private static boolean isSpacedOut(Context ctx, Concept c) {
    for (Range m : c.mentions) {
      if (!mixesASpeltOutWord(ctx.tokens, m.start(), m.end())) {
        return false;
      }
    }
    return !c.mentions.isEmpty();
  }

  /** Whether tokens {@code [from, to)} hold both a word spelt letter by letter and a word of letters written whole. */
  static boolean mixesASpeltOutWord(Tokens t, int from, int to) {
    boolean spelt = false;
    boolean whole = false;
    for (int k = from; k < Math.min(to, t.size); k++) {
      if (speltOut(t, k)) {
        spelt = true;
      } else if (t.key[k].length() > 1 && Character.isLetter(t.key[k].charAt(0))) {
        whole = true;
      }
    }
    return spelt && whole;
  }

  /** Whether word {@code k} was read from letters set apart by spaces («С С С Р»). */
  private static boolean speltOut(Tokens t, int k) {
    for (int i = t.start[k]; i < t.end[k]; i++) {
      if (t.source.charAt(i) == ' ') {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} is a word of two letters or more with no lower-case letter. */
  private static boolean isWordInCapitals(Tokens t, int k) {
    return t.key[k].length() > 1 && Character.isLetter(t.key[k].charAt(0)) && t.isUpperCase(k);
  }

  /**
   * «Во время визита Э. Мелу Антунеш …», «Визит Ваш проходит в преддверии …»: an event whose name, past its head,
   * ends in a person's initial (a lone capital letter that a full stop and a capitalised word follow: the name of who
   * came, cut where the initial ends) or in a possessive pronoun names no occasion of its own; it points to the one
   * the text names elsewhere, so it is dropped, not kept as a second, wrongly named event.
   */
  private boolean endsInAnInitialOrAPronoun(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.EVENT || c.last - 1 <= c.headFirst || c.last - 1 < c.first) {
      return false;
    }
    Tokens t = ctx.tokens;
    int end = c.last - 1;
    String key = t.key[end];
    if (data.words.is(WordClass.POSSESSIVE_PRONOUN, key)) {
      return true;
    }
    return key.length() == 1 && Character.isLetter(key.charAt(0)) && t.isCapitalized(end) && c.last < t.size
        && t.gapHas(c.last, '.') && t.isCapitalized(c.last);
  }

  /**
   * «расширение связей Международного центра Низами Гянджеви», "the International Centre for the Prosecution of the
   * Crime of Aggression": a centre whose name opens with «international» and names no party is an international
   * institution of its own, mentioned in passing; the text neither sets it up nor proposes it (a cue would make it new
   * or proposed), so it is no arrangement of cooperation between the sides.
   */
  private boolean isAnInternationalCentre(Context ctx, ByFirst byFirst, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.kind != MechanismKind.CENTRE || c.knownId != null
        || c.mechanismStatus != MechanismStatus.EXISTING
        || !data.words.startsWithAny(WordClass.INTERNATIONAL_PREFIX, ctx.tokens.key[c.first])) {
      return false;
    }
    for (int k = c.first; k < c.last; k++) {
      if (!byFirst.get(k).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * «поддерживает процесс интеграции Российской Федерации с Европейским союзом», "the process of cooperation between the
   * GCC and …", "the selection process for the Chief Executive": a process named in lower case, parties aside, is the
   * course of doing something, no arrangement of cooperation; a process of talks («переговорный процесс», "dialogue
   * process", "peace process": words.tsv TALKS_PROCESS_PREFIX) or one with a proper word («Бакинский процесс», "Bali
   * Process") stays.
   */
  private boolean isAProcessOfDoing(Context ctx, ByFirst byFirst, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.kind != MechanismKind.PROCESS || c.knownId != null) {
      return false;
    }
    Tokens t = ctx.tokens;
    for (Range m : c.mentions) {
      for (int k = m.start(); k < m.end(); k++) {
        int partyEnd = k;
        for (Context.Found<PartyInfo> p : byFirst.get(k)) {
          partyEnd = Math.max(partyEnd, p.last);
        }
        if (partyEnd > k) {
          k = partyEnd - 1;
          continue;
        }
        if (t.isCapitalized(k) || t.isNumber(k) || data.words.startsWithAny(WordClass.TALKS_PROCESS_PREFIX, t.key[k])) {
          return false;
        }
      }
    }
    return !c.mentions.isEmpty();
  }

  /** How far before the list of addressees a verb that sends the text, or the noun of an address, may stand, in words. */
  private static final int ADDRESSING_REACH = 10;

  /** How many words the list of addressees before a mention may hold. */
  private static final int ADDRESSEES_REACH = 24;

  /**
   * «Направить текст данного Заявления в Организацию Объединенных Наций, …, Парламентскую Ассамблею Совета Европы»,
   * «ОБРАЩЕНИЕ … К ЕВРОПЕЙСКОМУ ПАРЛАМЕНТУ, ПАРЛАМЕНТСКОЙ АССАМБЛЕЕ СОВЕТА ЕВРОПЫ»: a body named only in the list of those
   * the text is sent or addressed to is mentioned in passing, no arrangement the text's sides take part in.
   */
  private boolean isOnlyAnAddressee(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.knownId != null || c.mentions.isEmpty()
        || c.mechanismStatus != MechanismStatus.EXISTING) {
      return false;
    }
    for (Range m : c.mentions) {
      if (!inAListOfAddressees(ctx.tokens, m.start())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the name at {@code start} opens a list of capitalised names after «в»/«к»/"to", or follows one over commas
   * and «и», with a verb that sends the text or the noun of an address before the preposition.
   */
  private boolean inAListOfAddressees(Tokens t, int start) {
    for (int p = start - 1; p >= Math.max(0, start - ADDRESSEES_REACH); p--) {
      if (data.words.is(WordClass.RECIPIENT_PREPOSITION, t.key[p])) {
        if (!t.isCapitalized(p + 1) || !listBetween(t, p + 1, start)) {
          return false;
        }
        for (int k = p - 1; k >= Math.max(0, p - ADDRESSING_REACH); k--) {
          if (data.words.startsWithAny(WordClass.ADDRESSING_PREFIX, t.key[k])) {
            return true;
          }
        }
        return false;
      }
      if (t.gapBefore[p + 1] == Tokens.GAP_HARD && !t.gapHas(p + 1, ',')) {
        return false;
      }
    }
    return false;
  }

  /** The most lower-case words in a row a name in a list of addressees holds («… Организации Североатлантического договора»). */
  private static final int LOWER_CASE_RUN = 2;

  /**
   * Whether tokens {@code [from, to)} are names joined by commas, each one opening with a capital, with no more than
   * {@link #LOWER_CASE_RUN} lower-case words in a row, and nothing else stops.
   */
  private boolean listBetween(Tokens t, int from, int to) {
    int lower = 0;
    for (int k = from + 1; k <= to && k < t.size; k++) {
      lower = k < to && !t.isCapitalized(k) && !t.isNumber(k) ? lower + 1 : 0;
      if (lower > LOWER_CASE_RUN) {
        return false;
      }
      if (t.gapBefore[k] == Tokens.GAP_SPACE) {
        continue;
      }
      String gap = t.gapText(k).strip();
      if (!gap.equals(",") || !t.isCapitalized(k)) {
        return false;
      }
    }
    return true;
  }

  /** «Премьер Государственного Совета КНР»: a council right after a head's title, named with a state and no organisation. */
  private boolean isOwnOrganInTitle(Context ctx, ByFirst byFirst, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.first == 0
        || !data.words.startsWithAny(WordClass.HEAD_ROLE_PREFIX, ctx.tokens.key[c.first - 1])) {
      return false;
    }
    // «Председателя Совета Россия-НАТО»: a body named with an organisation beside the state is a joint one, no state's organ.
    boolean state = false;
    for (int k = c.first; k < c.last; k++) {
      for (Context.Found<PartyInfo> found : byFirst.get(k)) {
        if (found.last > c.last) {
          continue;
        }
        if (found.value.kind == PartyKind.ORGANIZATION) {
          return false;
        }
        state |= found.value.kind == PartyKind.STATE;
      }
    }
    return state;
  }
}
