package dev.entente.parser;

import dev.entente.model.DocumentKind;
import dev.entente.model.PartyKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * «Глава МИД A Имя Фамилия и исполнительный секретарь B Имя Фамилия подписали Меморандум о …», «Владимир
 * Путин и Жоау Лоуренсу подписали совместное коммюнике», "A's foreign minister and B's signed the
 * agreement": a news page that reports a document names its sides as the coordinated subject of the
 * plural verb by which they signed or adopted it, in one of its opening sentences, whatever kind of
 * document it is and wherever in the lead the sentence stands. The sides are the states and
 * organisations that subject names (a place after a locative preposition aside; a subject a comma divides
 * into clauses names none) and the states its people serve, two or more. They stay out of the document's
 * parties: the sentence is the page's, not the document's.
 */
final class ReportedSigners {
  /** Sentences from the start of the text searched for the report of who signed. */
  private static final int OPENING_SENTENCES = 6;
  /** Lines of two words or more from the top of the page searched for it: a headline and a lead. */
  private static final int TOP_LINES = 4;
  /** Most words between the verb and the kind of document it signs («подписали в понедельник Меморандум»). */
  private static final int KIND_REACH = 3;

  private final LanguageData data;
  private final Words words;
  private final Leaders leaders;
  private final Retelling retelling;

  ReportedSigners(LanguageData data, Leaders leaders, Retelling retelling) {
    this.data = data;
    this.words = data.words;
    this.leaders = leaders;
    this.retelling = retelling;
  }

  /**
   * Adds to {@code sides} the parties of the first opening sentence whose coordinated subject signs or
   * adopts a document, where they are two or more and hold every side already found.
   */
  void find(Context ctx, List<PersonRecognizer.Person> people, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (Range line : ctx.layout.leadLines) {
      if (findIn(ctx, people, t.firstAtOrAfter(line.start()), t.firstAtOrAfter(line.end()), sides)) {
        return;
      }
    }
    // A site's headline and lead stand on the page's first lines, which the segmenter may take for a wrapper
    // or a title as well as for lead lines.
    for (Range line : ctx.topLines(TOP_LINES)) {
      if (findIn(ctx, people, line.start(), line.end(), sides)) {
        return;
      }
    }
    // A site's menu, headlines and dates stand as sentences with no full stop before the lead: they do not count.
    int body = 0;
    for (int n = 0; n < ctx.sentences.size() && body < OPENING_SENTENCES; n++) {
      Context.Sentence s = ctx.sentences.get(n);
      if (findIn(ctx, people, s.firstToken, Math.min(s.lastToken, t.size), sides)) {
        return;
      }
      if (Retelling.endsSentence(ctx.text.text(), s.end)) {
        body++;
      }
    }
  }

  /** {@link #find} in tokens {@code [from, to)}, a sentence or a lead line: whether it found the sides. */
  private boolean findIn(Context ctx, List<PersonRecognizer.Person> people, int from, int to, Set<String> sides) {
    Tokens t = ctx.tokens;
    int sentence = from;
    for (int k = from + 1; k < to; k++) {
      if (opensASentence(t, k)) {
        sentence = k;
      }
      if (!t.isCapitalized(k) && words.is(WordClass.SIGNING_NOUN, t.key[k])) {
        Set<String> agents = agentsOfTheSigning(ctx, people, k, to);
        if (agents.size() >= 2 && agents.containsAll(sides)) {
          sides.addAll(agents);
          return true;
        }
        continue;
      }
      if (t.isCapitalized(k) || !retelling.signedBy(t.key[k])) {
        continue;
      }
      if (!signsADocument(t, k, to)) {
        // «Меморандум о … подписали заместители министров A, B и C»: the document first, its signers after the verb.
        Set<String> after = documentFirst(t, sentence, k) ? subjectAfterTheVerb(ctx, people, k, to) : Set.of();
        if (after.size() >= 2 && after.containsAll(sides)) {
          sides.addAll(after);
          return true;
        }
        continue;
      }
      Set<String> found = subjectParties(ctx, people, sentence, k);
      if (found.size() < 2) {
        found = sidesReferredTo(ctx, sentence, k);
      }
      if (found.size() >= 2 && found.containsAll(sides)) {
        sides.addAll(found);
        return true;
      }
    }
    return false;
  }

  /**
   * «Министры A, B и C обсудили … В тот день участники заседания подписали совместное заявление», «Саммит A – B
   * прошел в … Лидеры стран, участвующих в саммите, приняли декларацию», "A and B held talks. The two sides signed
   * a joint statement": a subject that names the sides by a noun of the group (reports.tsv's SIDES) and no party
   * refers back to the last coordinated list of parties written before it, within {@link #LOOK_BACK} words; those
   * are the sides. Empty where the subject names a party or no list stands before it.
   */
  private Set<String> sidesReferredTo(Context ctx, int from, int verb) {
    Tokens t = ctx.tokens;
    int group = from;
    while (group < verb && !retelling.namesTheSides(t.key[group])) {
      group++;
    }
    if (group == verb) {
      return Set.of();
    }
    for (int k = from; k < verb; k++) {
      PhraseMatcher.Match<PartyInfo> match = data.parties.longestAt(t, k, verb);
      if (match != null && (match.value.kind == PartyKind.STATE || match.value.kind == PartyKind.ORGANIZATION)) {
        return Set.of();
      }
    }
    // The last list before the subject, read from its first member: a start further back whose list holds
    // it too («Бразилии, России, Индии, Китая и ЮАР», not just «Китая и ЮАР»).
    Set<String> list = new LinkedHashSet<>();
    int floor = Math.max(0, from - LOOK_BACK);
    for (int k = from - 1; k >= floor; k--) {
      Set<String> found = new LinkedHashSet<>();
      coordinatedList(t, k, from, found);
      if (!found.isEmpty() && found.containsAll(list)) {
        list = found;
        floor = Math.max(0, k - LIST_WORDS);
      }
    }
    return list;
  }

  /** Most words a list of the sides runs on before its last two members. */
  private static final int LIST_WORDS = 30;
  /** Most words before the sentence of a subject that names the sides by their group searched for their list. */
  private static final int LOOK_BACK = 60;

  /**
   * Adds to {@code list} the parties of a coordinated list that opens at token {@code at} and ends before {@code to}:
   * states and organisations one after another, a comma or a dash («Россия – АСЕАН») or a word of «и» between
   * them, at least two, joined by «и» or a dash at least once; a list after a locative preposition names places.
   */
  private void coordinatedList(Tokens t, int at, int to, Set<String> list) {
    if (at > 0 && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[at - 1])) {
      return;
    }
    Set<String> found = new LinkedHashSet<>();
    boolean joined = false;
    int k = at;
    while (k < to) {
      PhraseMatcher.Match<PartyInfo> match = data.parties.longestAt(t, k, to);
      if (match == null || match.first != k
          || match.value.kind != PartyKind.STATE && match.value.kind != PartyKind.ORGANIZATION
          || match.last - match.first == 1 && data.ambiguousNames.contains(t.key[k]) && !t.isCapitalized(k)) {
        break;
      }
      found.add(match.value.id);
      k = match.last;
      if (k >= to) {
        break;
      }
      if (words.is(WordClass.AND, t.key[k]) && k + 1 < to && !t.gapHas(k, ',')) {
        joined = true;
        k++;
      } else if (t.gapHas(k, '\u2013') || t.gapHas(k, '\u2014') || t.gapHas(k, '-')) {
        joined = true;
      } else if (!t.gapHas(k, ',')) {
        break;
      }
    }
    if (joined && found.size() >= 2) {
      list.addAll(found);
    }
  }

  /** Most words between the noun of signing and the kind of document it governs, its agents between them. */
  private static final int AGENTS_REACH = 10;

  /**
   * «Итогом визита стало подписание президентами A и B совместного заявления», «принятие A и B декларации»: the
   * noun of signing or adopting at {@code noun} names the sides as its coordinated agents between it and the kind
   * of document it governs, within {@link #AGENTS_REACH} words. Empty where a kind stands right after the noun
   * («подписание соглашения между A и B»: its complement, not its agents) or none stands within reach.
   */
  private Set<String> agentsOfTheSigning(Context ctx, List<PersonRecognizer.Person> people, int noun, int to) {
    Tokens t = ctx.tokens;
    for (int k = noun + 2; k < Math.min(to, noun + 1 + AGENTS_REACH); k++) {
      if (t.gapHas(k, '.') || t.gapHas(k, ';') || t.gapHas(k, ':')) {
        return Set.of();
      }
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, to);
      if (kind != null && kind.first == k) {
        return subjectParties(ctx, people, noun + 1, k);
      }
    }
    return Set.of();
  }

  /** Most words from a sentence's first word to the verb that signs the document that word names («Меморандум о создании … подписали»). */
  private static final int OBJECT_REACH = 8;

  /**
   * Whether the sentence opened at token {@code sentence} opens with the document that the verb at {@code verb}
   * signs, object before verb: its first or second word a kind of document or a report's noun of a document
   * («Документ подписали», «Совместную декларацию приняли»), within {@link #OBJECT_REACH} words of the verb and
   * no punctuation between the two but a hyphen or quotes.
   */
  private boolean documentFirst(Tokens t, int sentence, int verb) {
    if (verb - sentence > OBJECT_REACH) {
      return false;
    }
    for (int k = sentence + 1; k <= verb; k++) {
      if (t.gapHas(k, ',') || t.gapHas(k, '.') || t.gapHas(k, ':') || t.gapHas(k, ';') || t.gapHas(k, '(')) {
        return false;
      }
    }
    for (int k = sentence; k < Math.min(verb, sentence + 2); k++) {
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, verb);
      if (kind != null && kind.first == k || retelling.namesADocument(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parties the subject after the verb at {@code verb} names, up to the sentence's end within tokens
   * {@code [verb, to)} or a locative preposition («… министры A и B в присутствии …» ends there): its states and
   * organisations and the states its people serve, where two or more are listed by commas or «и».
   */
  private Set<String> subjectAfterTheVerb(Context ctx, List<PersonRecognizer.Person> people, int verb, int to) {
    Tokens t = ctx.tokens;
    int end = verb + 1;
    boolean listed = false;
    while (end < to && !opensASentence(t, end) && !t.gapHas(end, '.') && !t.gapHas(end, ';') && !t.gapHas(end, ':')
        && !(words.is(WordClass.LOCATIVE_PREPOSITION, t.key[end]) && !t.isCapitalized(end))) {
      listed |= t.gapHas(end, ',') || words.is(WordClass.AND, t.key[end]);
      end++;
    }
    Set<String> found = new LinkedHashSet<>();
    if (!listed) {
      return found;
    }
    for (int i = verb + 1; i < end; ) {
      PhraseMatcher.Match<PartyInfo> match = data.parties.longestAt(t, i, end);
      if (match == null) {
        i++;
        continue;
      }
      boolean commonWord = match.last - match.first == 1 && data.ambiguousNames.contains(t.key[match.first])
          && !t.isCapitalized(match.first);
      PartyKind kind = match.value.kind;
      if (!commonWord && !data.namesPlace(t, match.last, end) && (kind == PartyKind.STATE || kind == PartyKind.ORGANIZATION)) {
        found.add(match.value.id);
      }
      i = match.last;
    }
    leaders.addStatesServed(ctx, people, verb + 1, end, found);
    return found;
  }

  /** Whether token {@code k} opens a sentence inside a lead line: a capital after a full stop, «!» or «?». */
  private static boolean opensASentence(Tokens t, int k) {
    return t.isCapitalized(k) && t.gapHasSentenceStop(k);
  }

  /** Whether a kind of document opens within {@link #KIND_REACH} words after the verb at {@code verb}. */
  private boolean signsADocument(Tokens t, int verb, int to) {
    for (int k = verb + 1; k < Math.min(to, verb + 1 + KIND_REACH); k++) {
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, to);
      if (kind != null && kind.first == k) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parties the subject in tokens {@code [from, verb)} names, where it is coordinated («и», «and»): its
   * states and organisations, a place aside, and the states its people serve; empty where it is not, or
   * where a comma shows it more than one clause.
   */
  private Set<String> subjectParties(Context ctx, List<PersonRecognizer.Person> people, int from, int verb) {
    Tokens t = ctx.tokens;
    Set<String> found = new LinkedHashSet<>();
    boolean coordinated = false;
    boolean comma = false;
    for (int k = from; k < verb; k++) {
      coordinated |= words.is(WordClass.AND, t.key[k]);
      comma |= k > from && t.gapHas(k, ',');
    }
    // «Совет министров … под председательством министра A провел заседание, на котором министры … приняли
    // решения»: a comma ends the subject's clause, and what stands before it is no side.
    if (!coordinated || comma) {
      return found;
    }
    // Read from the words, as the page's lead and headline hold no mention.
    for (int i = from; i < verb; ) {
      PhraseMatcher.Match<PartyInfo> match = data.parties.longestAt(t, i, verb);
      if (match == null) {
        i++;
        continue;
      }
      boolean commonWord = match.last - match.first == 1 && data.ambiguousNames.contains(t.key[match.first])
          && (match.first == from || !t.isCapitalized(match.first));
      boolean place = match.first > from && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[match.first - 1])
          || data.namesPlace(t, match.last, verb);
      PartyKind kind = match.value.kind;
      if (!commonWord && !place && (kind == PartyKind.STATE || kind == PartyKind.ORGANIZATION)) {
        found.add(match.value.id);
      }
      i = match.last;
    }
    leaders.addStatesServed(ctx, people, from, verb, found);
    return found;
  }
}
