package dev.entente.parser;

import dev.entente.model.EdtfDate;
import dev.entente.model.InitiativeKind;
import dev.entente.model.PartyKind;
import java.util.List;

/**
 * What makes an initiative and what it owns: a well-known one from {@code initiatives.tsv}; the
 * party that proposes it (named in it, cued by «выдвинутой», else the nearest party before it,
 * none for a treaty or a pair «между X и Y»); the period it runs to («до 2030 года»); and the
 * generic noun that only introduces named ones («инициативы …, в частности»).
 */
final class InitiativeRecognizer {
  private final LanguageData data;
  private final Words words;
  private final DateRecognizer dates;

  InitiativeRecognizer(LanguageData data, DateRecognizer dates) {
    this.data = data;
    this.words = data.words;
    this.dates = dates;
  }

  /** The well-known initiative {@code k}. */
  Concept known(Context.Sentence sentence, PhraseMatcher.Match<Lexicons.KnownInitiative> k) {
    Concept c = new Concept(Lexicons.Concept.INITIATIVE);
    c.knownId = k.value.id;
    c.kind = k.value.kind;
    c.name = k.value.name;
    c.key = "known:" + k.value.id;
    c.proposer = k.value.proposer;
    c.first = k.first;
    c.last = k.last;
    c.headFirst = k.first;
    c.sentence = sentence;
    c.mentions.add(new Range(k.first, k.last));
    c.rule = "initiatives.tsv:" + k.value.id;
    return c;
  }

  /**
   * Reads what a new initiative's own name says: its period, a pair «между X и Y» or two states
   * («Australia-Indonesia Development Partnership»), which belong to both sides, not to one; else the
   * party named in it.
   */
  void named(Context ctx, Concept c, int to) {
    Tokens t = ctx.tokens;
    c.period = period(ctx, c.last, to);
    PartyInfo named = null;
    for (int k = c.first; k < c.last; k++) {
      if (words.is(WordClass.BETWEEN, t.key[k])) {
        c.bilateral = true;
        break;
      }
      PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, k, c.last);
      if (p == null || p.value.kind == PartyKind.GROUP || data.namesPlace(t, p.last, c.last)) {
        continue;
      }
      if (named == null) {
        named = p.value;
      } else if (named.kind == PartyKind.STATE && p.value.kind == PartyKind.STATE && !named.id.equals(p.value.id)) {
        c.bilateral = true;
        break;
      }
      k = p.last - 1;
    }
    c.proposer = c.bilateral || named == null ? null : named.id;
  }

  /** Sets the proposer of initiative {@code c} from its sentence, tokens {@code [from, to)}. */
  void proposer(Context ctx, Concept c, int from, int to) {
    if (c.knownId != null && c.proposer != null) {
      return;
    }
    String cued = cuedProposer(ctx, c, from, to);
    boolean instrument = c.kind == InitiativeKind.TREATY || c.kind == InitiativeKind.AGREEMENT || c.bilateral;
    if (c.bilateral) {
      c.proposer = null;
    }
    c.proposer = cued != null ? cued : c.proposer != null ? c.proposer
        : instrument ? null : nearestParty(ctx, c, from);
  }

  private String cuedProposer(Context ctx, Concept c, int from, int to) {
    Tokens t = ctx.tokens;
    for (int k = Math.max(from, c.first - 3); k < Math.min(to, c.last + 6); k++) {
      if (words.startsWithAny(WordClass.PROPOSER_CUE_PREFIX, t.key[k])) {
        // «поддерживает предложенную казахстанской стороной Программу»: the agent after the cue
        // before a party that only opens the sentence.
        String after = partyIn(ctx, c, k + 1, Math.min(to, k + 6), to);
        String party = after != null ? after : partyIn(ctx, c, Math.max(from, k - 3), k, to);
        if (party != null) {
          return party;
        }
      }
    }
    return null;
  }

  /** The first party named in tokens {@code [first, end)} outside the initiative's own name, or null. */
  private String partyIn(Context ctx, Concept c, int first, int end, int to) {
    for (int p = first; p < end; p++) {
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(ctx.tokens, p, to);
      if (party != null && !(p >= c.first && p < c.last)) {
        return party.value.id;
      }
    }
    return null;
  }

  /**
   * The party named last before the initiative in its sentence, or null; none when it is joined to
   * another by «и»/«and» («The U.S. and the EU have … in coordination with the Partnerships …»): two
   * sides acting together make neither the proposer.
   */
  private String nearestParty(Context ctx, Concept c, int from) {
    String nearest = null;
    Context.Found<PartyInfo> previous = null;
    boolean joint = false;
    for (Context.Found<PartyInfo> m : ctx.mentionsInOrder) {
      if (m.first >= from && m.last <= c.first && m.value.kind != PartyKind.GROUP) {
        joint = previous != null && !previous.value.id.equals(m.value.id) && joinedByAnd(ctx.tokens, previous.last, m.first);
        nearest = m.value.id;
        previous = m;
      }
    }
    return joint ? null : nearest;
  }

  /** Whether tokens {@code [from, to)} are «and» and at most an article: two parties coordinated. */
  private boolean joinedByAnd(Tokens t, int from, int to) {
    if (to <= from || to - from > 2 || !words.is(WordClass.AND, t.key[from])) {
      return false;
    }
    return to - from == 1 || data.language.isArticle(t.key[from + 1]);
  }

  /**
   * A document adopted by one organisation alone («APEC Leaders' Declaration») proposes what it names when
   * the text ties it to no one else; treaties and agreements, and known initiatives, keep theirs.
   */
  void soleSignatory(Context ctx, List<Concept> items) {
    if (ctx.signatories.size() != 1) {
      return;
    }
    // A state alone among the sides is more often one that the text could not pair than a single author.
    List<Context.Found<PartyInfo>> mentions = ctx.partyMentions.get(ctx.signatories.get(0));
    if (mentions == null || mentions.isEmpty() || mentions.get(0).value.kind != PartyKind.ORGANIZATION) {
      return;
    }
    for (Concept c : items) {
      if (c.concept == Lexicons.Concept.INITIATIVE && c.proposer == null && c.knownId == null && !c.bilateral
          && c.kind != InitiativeKind.TREATY && c.kind != InitiativeKind.AGREEMENT) {
        c.proposer = ctx.signatories.get(0);
      }
    }
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

  /** «инициативы X, в частности …»: an umbrella for the named ones that follow, not one itself. */
  boolean introducesExamples(Tokens t, int end, int to) {
    if (end + 1 >= to || !t.gapIs(end, ',')) {
      return false;
    }
    return words.phraseAt(WordClass.EXAMPLES_MARKER, t, end, to, false);
  }
}
