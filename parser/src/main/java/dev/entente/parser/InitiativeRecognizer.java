package dev.entente.parser;

import dev.entente.model.EdtfDate;
import dev.entente.model.InitiativeKind;
import dev.entente.model.MechanismStatus;
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
      if (createsWhatFollows(t, k, c.last)) {
        break;
      }
      PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, k, c.last);
      if (p == null || p.value.kind == PartyKind.GROUP || data.namesPlace(t, p.last, c.last)) {
        continue;
      }
      if (pairedByDash(t, p.first, p.last, c.first, c.last, true)) {
        c.bilateral = true;
        break;
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
    if (jointBefore(ctx.tokens, c, from)) {
      c.proposer = null;
      c.bilateral = true;
      return;
    }
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
   * another by «и»/«and» («The U.S. and the EU have … in coordination with the Partnerships …») or by a
   * dash («китайско-казахстанских отношений», «Российско-Арабского форума»): two sides acting together
   * make neither the proposer.
   */
  private String nearestParty(Context ctx, Concept c, int from) {
    // The mentions are in text order: only those from the sentence's start to the initiative's are read, and
    // only the last one and the one before it decide.
    Context.Found<PartyInfo> nearest = null;
    Context.Found<PartyInfo> previous = null;
    for (int k = ctx.firstMentionFrom(from); k < ctx.mentionsInOrder.size(); k++) {
      Context.Found<PartyInfo> m = ctx.mentionsInOrder.get(k);
      if (m.first >= c.first) {
        break;
      }
      if (m.last <= c.first && m.value.kind != PartyKind.GROUP) {
        previous = nearest;
        nearest = m;
      }
    }
    if (nearest == null) {
      return null;
    }
    boolean joint = previous != null && !previous.value.id.equals(nearest.value.id)
        && joinedByAnd(ctx.tokens, previous.last, nearest.first)
        || pairedByDash(ctx.tokens, nearest.first, nearest.last, from, c.first, false);
    return joint ? null : nearest.value.id;
  }

  /** Most words between a word of joint ownership and the initiative it qualifies («совместную инициативу о разработке «…»»). */
  private static final int JOINT_REACH = 4;

  /**
   * «поддержать их совместную инициативу о разработке «Евразийской хартии …»», «their joint initiative, the
   * Green Corridor»: a word of joint ownership right before the name, or before the generic word for an
   * initiative that introduces it, makes the initiative several sides' own, whoever a list says led it.
   */
  private boolean jointBefore(Tokens t, Concept c, int from) {
    if (words.startsWithAny(WordClass.JOINT_PREFIX, t, c.first)) {
      return false;
    }
    for (int k = c.first - 1; k >= Math.max(from, c.first - JOINT_REACH); k--) {
      if (words.startsWithAny(WordClass.JOINT_PREFIX, t, k)) {
        return k + 1 == c.first || words.startsWithAny(WordClass.GENERIC_INITIATIVE_PREFIX, t, k + 1);
      }
      if (t.gapBefore[k + 1] == Tokens.GAP_HARD) {
        return false;
      }
    }
    return false;
  }

  /**
   * «Программа … Договора о создании Союзного государства», «инициатива по созданию Содружества»: whether a
   * cue of creation starts at token {@code k} of a name ending at {@code end}; the parties after it are what
   * the initiative creates or what the instrument it cites set up, not whose the initiative is.
   */
  private boolean createsWhatFollows(Tokens t, int k, int end) {
    PrefixLexicon.Hit<Lexicons.Cue> cue = data.lexicons.cues.longestAt(t, k, end);
    return cue != null && cue.first == k && cue.entry.value.mechanismStatus == MechanismStatus.NEW;
  }

  /**
   * «План действий Форума партнёрства Россия – Африка», «китайско-казахстанских»: whether the party at tokens
   * {@code [first, last)} is joined by a hyphen to a compound's part beside it, within {@code [from, to)}, or
   * (where {@code spaced}, inside a name) by a dash to a capitalised word: a pair of sides, neither alone.
   * Outside a name a spaced dash more often stands for «is» («Казахстан — Председатель …»).
   */
  private static boolean pairedByDash(Tokens t, int first, int last, int from, int to, boolean spaced) {
    return first > from && dashOnlyBefore(t, first) && (t.hyphenAfter[first - 1] || spaced && t.isCapitalized(first - 1))
        || last < to && dashOnlyBefore(t, last) && (t.hyphenAfter[last - 1] || spaced && t.isCapitalized(last));
  }

  /** Whether the gap before token {@code k} is one dash with at most spaces around it («Россия – Африка», «российско-»). */
  private static boolean dashOnlyBefore(Tokens t, int k) {
    int dashes = 0;
    for (int c = k == 0 ? 0 : t.end[k - 1]; c < t.start[k]; c++) {
      char ch = t.source.charAt(c);
      if (NameExtent.isDash(ch) ? ++dashes > 1 : !Character.isWhitespace(ch)) {
        return false;
      }
    }
    return dashes == 1;
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
          && (c.kind != InitiativeKind.TREATY && c.kind != InitiativeKind.AGREEMENT || adoptedHere(ctx.tokens, c))) {
        c.proposer = ctx.signatories.get(0);
      }
    }
  }

  /** The words of an instrument's name, from its head on, read for the word of a legal instrument («Парижское соглашение»). */
  private static final int INSTRUMENT_HEAD_REACH = 2;

  /** Most words between a word of drafting or proposing and the instrument it qualifies («предложенный Россией Договор»). */
  private static final int DRAFT_REACH = 3;

  /**
   * «в соответствии с Договором о дружбе», «после подписания Минских соглашений», "welcomed the signing of the
   * Memorandum of Understanding": whether initiative {@code c} is a legal instrument (a treaty, convention,
   * agreement, memorandum, protocol or an organisation's statute, by the head of its name) that the text cites,
   * signs or concludes rather than puts forward. Treaties and agreements are at best optional initiatives, and
   * an organisation's charter counts as the organisation, so emitting one gains nothing and costs a false item
   * wherever a reader leaves it out. A draft or a proposal («проект Договора о …»,
   * «предложенный Россией Договор», "the draft treaty") is an initiative of whoever puts it forward and stays;
   * declarations, charters, pacts and compacts are read as programmes and are not asked about here.
   */
  boolean isALegalInstrument(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.kind != InitiativeKind.TREATY && c.kind != InitiativeKind.AGREEMENT
        || c.mentions.isEmpty()) {
      return false;
    }
    Tokens t = ctx.tokens;
    boolean legal = false;
    for (int k = c.headFirst; k < Math.min(c.last, c.headFirst + INSTRUMENT_HEAD_REACH) && !legal; k++) {
      legal = words.startsWithAny(WordClass.LEGAL_INSTRUMENT_PREFIX, t, k);
    }
    if (!legal) {
      return false;
    }
    return !cuedBefore(t, c, DRAFT_REACH, WordClass.DRAFT_PREFIX, WordClass.PROPOSER_CUE_PREFIX);
  }

  /**
   * «в соответствии с Римской декларацией», «подтверждая Токийскую декларацию 1993 года»: whether initiative {@code c}
   * is a text the document recalls (a declaration, a final act: words.tsv RECALLED_TEXT_PREFIX at its head) and no
   * mention of it is adopted, signed, drafted or proposed here («Мы принимаем сегодня … Декларацию», «одобрить текст
   * Декларации», «проект Декларации»). Such a text is a document, at best an agreement, which GUIDELINES make optional:
   * emitting it gains nothing and costs a false item wherever a reader leaves it out. A well-known one keeps its entry.
   */
  boolean isARecalledText(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.INITIATIVE || c.knownId != null || c.mentions.isEmpty() || c.headFirst >= c.last
        || !words.startsWithAny(WordClass.RECALLED_TEXT_PREFIX, ctx.tokens, c.headFirst)) {
      return false;
    }
    return !cuedBefore(ctx.tokens, c, ADOPTED_REACH, WordClass.ADOPTION_VERB_PREFIX, WordClass.ADOPTING_NOW_PREFIX,
        WordClass.DRAFT_PREFIX, WordClass.PROPOSER_CUE_PREFIX);
  }

  /** Most words between a verb of adoption and the instrument it adopts («одобрить текст Декларации»). */
  private static final int ADOPTED_REACH = 3;

  /**
   * «Сегодня мы приняли Хартию …», «решил: одобрить текст Декларации о …»: whether a verb of adoption
   * stands right before a mention of instrument {@code c}; an organisation that alone adopts the text adopts
   * the instrument it names so, and proposes it.
   */
  private boolean adoptedHere(Tokens t, Concept c) {
    return cuedBefore(t, c, ADOPTED_REACH, WordClass.ADOPTION_VERB_PREFIX);
  }

  /**
   * Whether a word that starts like one of {@code cues} stands at most {@code reach} words before a mention of
   * {@code c}, with no hard stop between.
   */
  private boolean cuedBefore(Tokens t, Concept c, int reach, WordClass... cues) {
    for (Range m : c.mentions) {
      for (int k = m.start() - 1; k >= Math.max(0, m.start() - reach); k--) {
        for (WordClass cue : cues) {
          if (words.startsWithAny(cue, t, k)) {
            return true;
          }
        }
        if (t.gapBefore[k + 1] == Tokens.GAP_HARD || t.gapHas(k + 1, '.')) {
          break;
        }
      }
    }
    return false;
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
