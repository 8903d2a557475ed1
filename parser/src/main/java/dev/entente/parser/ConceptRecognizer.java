package dev.entente.parser;

import dev.entente.model.EventKind;
import dev.entente.model.InitiativeKind;
import dev.entente.model.Level;
import dev.entente.model.MechanismKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds initiatives, mechanisms and events: a head word from the lexicon («инициатива»,
 * «секретариат», «встреча», «форум») whose name {@link NameExtent} widens; context decides between
 * a standing mechanism and a one-off event (an ordinal, a date or a place make an event), and a
 * head names nothing unless a quote, a proper name, a party, a level or an event's evidence makes
 * it a name. {@link InitiativeRecognizer}, {@link MechanismRecognizer} and {@link EventRecognizer}
 * give each kind its attributes; {@link ConceptMerger} makes one item of each thing.
 */
final class ConceptRecognizer {
  /** How far before a name a status cue may stand, in words. */
  static final int CUE_WINDOW = 8;
  private final LanguageData data;
  private final Words words;
  private final Lexicons lex;
  private final DateRecognizer dates;
  private final NameExtent extent;
  private final InitiativeRecognizer initiatives;
  private final MechanismRecognizer mechanisms;
  private final EventRecognizer events;
  private final ConceptMerger merger;

  ConceptRecognizer(LanguageData data, DateRecognizer dates) {
    this.data = data;
    this.words = data.words;
    this.lex = data.lexicons;
    this.dates = dates;
    this.extent = new NameExtent(data, dates);
    this.initiatives = new InitiativeRecognizer(data, dates);
    this.mechanisms = new MechanismRecognizer(data, dates);
    this.events = new EventRecognizer(data, dates);
    this.merger = new ConceptMerger(data);
  }

  /** The items of the title and every sentence, one per thing, in text order with the series made after. */
  List<Concept> recognize(Context ctx) {
    List<Concept> found = new ArrayList<>();
    if (ctx.titleFirstToken >= 0) {
      scan(ctx, null, ctx.titleFirstToken, ctx.titleLastToken, found);
    }
    for (Context.Sentence sentence : ctx.sentences) {
      scan(ctx, sentence, sentence.firstToken, sentence.lastToken, found);
    }
    List<Concept> merged = merger.merge(ctx, found);
    merged.removeIf(c -> initiatives.isALegalInstrument(ctx, c) || initiatives.isARecalledText(ctx, c));
    initiatives.soleSignatory(ctx, merged);
    return merged;
  }

  private static boolean isSigningHead(PrefixLexicon.Hit<List<Lexicons.Head>> hit) {
    // A loop, not a stream: asked of every head found.
    for (Lexicons.Head h : hit.entry.value) {
      if (h.concept == Lexicons.Concept.EVENT && h.kind == EventKind.SIGNING) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of the head of the initiative a date right after a signing's head is followed by
   * («подписания [2 апреля 1997 года] Договора»), or -1.
   */
  private int signedAfterDate(Context ctx, int after, int to) {
    int start = signedStart(ctx.tokens, after, to);
    if (start < 0) {
      return -1;
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> next = lex.heads.longestAt(ctx.tokens, start, to);
    return ctx.tokens.isCapitalized(start) && opensAnInitiative(ctx.tokens, start, to) ? next.last : -1;
  }

  /** The token after a date that starts right at {@code after} within the sentence, or -1. */
  private int signedStart(Tokens t, int after, int to) {
    for (DateRecognizer.Found d : datesAt(t, after, to)) {
      if (d.first == after && d.last < to) {
        return d.last;
      }
    }
    return -1;
  }

  private List<DateRecognizer.Found> datesAt(Tokens t, int after, int to) {
    return dates.find(t, after, Math.min(to, after + SIGNING_DATE_WORDS));
  }

  /** The most words of a date between a signing's head and what was signed («2 апреля 1997 года»). */
  private static final int SIGNING_DATE_WORDS = 6;

  private static boolean isVisitHead(PrefixLexicon.Hit<List<Lexicons.Head>> hit) {
    for (Lexicons.Head h : hit.entry.value) {
      if (h.concept != Lexicons.Concept.EVENT || h.kind != EventKind.VISIT) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether tokens {@code [k, end)} right after a project's head name a document: an initiative's head or a
   * document's kind within its first words («проект Итоговой декларации», «проект Совместного заявления»).
   */
  private boolean draftOf(Tokens t, int k, int end, int to) {
    for (int j = k; j < Math.min(end, k + DRAFT_WORDS); j++) {
      if (opensAnInitiative(t, j, to) || data.documentKinds.longestAt(t, j, to) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [from, end)} after an initiative's head only name whose it is: no quote, no
   * preposition of a complement («по созданию», «о проведении»), no known initiative.
   */
  private boolean onlyAnOwner(Context ctx, int from, int end) {
    Tokens t = ctx.tokens;
    if (NameExtent.count(ctx.text.text(), t.start[from], t.end[end - 1], '"') > 0 || t.gapHas(from, '"')) {
      return false;
    }
    for (int k = from; k < end; k++) {
      if (words.is(WordClass.NAME_PREPOSITION, t.key[k]) || words.is(WordClass.TOPIC_PREPOSITION, t.key[k])
          || lex.knownInitiatives.longestAt(t, k, end) != null) {
        return false;
      }
    }
    return true;
  }

  /** The most words before a drafted document's head («проект [Итоговой] [совместной] декларации»). */
  private static final int DRAFT_WORDS = 3;

  /**
   * Whether the head of an event (a summit may also be a standing format) starts at token {@code k}, or right
   * after the ordinal that numbers it («девятого заседания», «пятого саммита», «46-го саммита»).
   */
  private boolean opensAnEvent(Tokens t, int k, int to) {
    if (k + 1 < to && (data.ordinals.containsKey(t.key[k]) || t.isNumber(k))) {
      k++;
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> next = lex.heads.longestAt(t, k, to);
    return next != null && next.first == k && !words.startsWithAny(WordClass.NOT_A_HEAD_PREFIX, t.key[k])
        && next.entry.value.stream().anyMatch(h -> h.concept == Lexicons.Concept.EVENT);
  }

  /** Whether the head of an initiative, and nothing else, starts at token {@code k}. */
  private boolean opensAnInitiative(Tokens t, int k, int to) {
    PrefixLexicon.Hit<List<Lexicons.Head>> next = lex.heads.longestAt(t, k, to);
    return next != null && next.first == k
        && next.entry.value.stream().allMatch(h -> h.concept == Lexicons.Concept.INITIATIVE);
  }

  /** The end of the last event of {@code here} that ends before {@code c} starts, else {@code c}'s start. */
  private static int endOfEventBefore(List<Concept> here, Concept c) {
    int end = -1;
    for (Concept other : here) {
      if (other != c && other.concept == Lexicons.Concept.EVENT && other.last <= c.first && other.last > end) {
        end = other.last;
      }
    }
    return end < 0 ? c.first : end;
  }

  /**
   * The start of the first event of {@code here} after {@code c} whose own date and place are not
   * {@code c}'s too (the language decides from the words between), else {@code to}.
   */
  private int startOfEventAfter(Context ctx, List<Concept> here, Concept c, int to) {
    int start = to;
    for (Concept other : here) {
      if (other != c && other.concept == Lexicons.Concept.EVENT && other.first >= c.last && other.first < start) {
        start = other.first;
      }
    }
    return start < to && !data.language.nextEventsSettingIsShared(ctx.tokens, c.last, start) ? start : to;
  }

  /**
   * «встреча с Президентом Франции Иваном Петровым», «встреча министра Ивана Петрова с Президентом Кении»: where names
   * run on past their head, whom a meeting or talks are held with, named after the counterpart's preposition by a
   * capitalised word or a role, is part of their name; the end of the name so widened, else {@code end}.
   */
  private int withCounterpart(Context ctx, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int end, int to,
      List<PhraseMatcher.Match<Lexicons.KnownInitiative>> known) {
    Tokens t = ctx.tokens;
    if (data.language.headsEndNames() || end + 1 >= to || t.gapBefore[end] != Tokens.GAP_SPACE
        || t.gapBefore[end + 1] != Tokens.GAP_SPACE || !words.is(WordClass.COUNTERPART_PREPOSITION, t.key[end])
        || !(t.isCapitalized(end + 1) || lex.roles.longestAt(t, end + 1, to) != null)
        || hit.entry.value.stream().noneMatch(h -> h.kind == EventKind.MEETING || h.kind == EventKind.TALKS)) {
      return end;
    }
    int counterpart = extent.right(ctx, end + 1, to, known, true);
    return counterpart > end + 1 ? counterpart : end;
  }

  /** The first token in {@code [from, end)} that opens a person's name, or {@code end}. */
  private int beforeAPersonsName(Tokens t, int from, int end) {
    for (int j = from; j < end; j++) {
      if (extent.opensAPersonsName(t, j, end)) {
        return j;
      }
    }
    return end;
  }

  /**
   * Whether tokens {@code [from, to)} are fields of cooperation, parties and «and» only («Trade and Investment»),
   * with a field among them unless {@code partiesAlone} lets parties stand without one.
   */
  private boolean onlyTopicsAndParties(Context ctx, int from, int to, boolean partiesAlone) {
    Tokens t = ctx.tokens;
    boolean topic = partiesAlone;
    int k = from;
    while (k < to) {
      PrefixLexicon.Hit<dev.entente.model.Topic> field = lex.topics.longestAt(t, k, to);
      PhraseMatcher.Match<PartyInfo> party = field == null ? data.parties.longestAt(t, k, to) : null;
      if (field != null) {
        topic = true;
        k = field.last;
      } else if (party != null) {
        k = party.last;
      } else if (words.is(WordClass.AND, t.key[k])) {
        k++;
      } else if (data.language.namesAPolicyField(t.key[k])) {
        topic = true;
        k++;
      } else {
        return false;
      }
    }
    return topic;
  }

  /** Whether an organisation's name stands in tokens {@code [from, to)}. */
  private boolean organisationWithin(Context ctx, int from, int to) {
    for (int k = from; k < to; k++) {
      PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(ctx.tokens, k, to);
      if (p != null && p.value.kind == dev.entente.model.PartyKind.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }

  /** The items of the title ({@code sentence} null) or a sentence, tokens {@code [from, to)}, with their attributes. */
  private void scan(Context ctx, Context.Sentence sentence, int from, int to, List<Concept> found) {
    List<PhraseMatcher.Match<Lexicons.KnownInitiative>> known = knownIn(ctx.tokens, from, to);
    boolean heading = sentence == null || isHeading(ctx, sentence);
    List<Concept> here = items(ctx, sentence, from, to, known, heading);
    for (Concept c : here) {
      c.inTitle = heading;
      if (c.concept == Lexicons.Concept.EVENT) {
        events.attributes(ctx, c, from, to, endOfEventBefore(here, c), startOfEventAfter(ctx, here, c, to));
      } else if (c.concept == Lexicons.Concept.MECHANISM) {
        c.mechanismStatus = mechanisms.status(ctx, c, from, to, here);
      } else {
        initiatives.proposer(ctx, c, from, to);
      }
    }
    mechanisms.inheritStatus(ctx, here);
    MechanismRecognizer.linkNested(here);
    events.elliptic(ctx, here, found, c -> key(ctx, c, c.headFirst, c.last));
    events.invitation(ctx, sentence, from, to, here);
    events.ordinalsSharingAHead(ctx, sentence, from, to, here);
    events.placesSharingAHead(ctx, sentence, from, to, here);
    events.gathering(ctx, sentence, from, to, here);
    events.visitTo(ctx, sentence, from, to, here);
    found.addAll(here);
  }

  /**
   * Whether a sentence is a heading of the document below its title: a line of its own, before
   * the numbered points, that opens with a kind of document and ends without a stop («ДЕКЛАРАЦИЯ
   * ПЯТОГО САММИТА …» under a site's page title). What it names is the document's occasion, as in
   * the title.
   */
  private boolean isHeading(Context ctx, Context.Sentence sentence) {
    String text = ctx.text.text();
    if (sentence.block.number != null || sentence.item || sentence.firstToken >= sentence.lastToken
        || text.charAt(sentence.end - 1) == '.' || sentence.end != text.length() && text.charAt(sentence.end) != '\n'
        || ctx.layout.preamble.isEmpty()) {
      return false;
    }
    return ctx.layout.preamble.get(0) == sentence.block
        && data.documentKinds.longestAt(ctx.tokens, sentence.firstToken, sentence.lastToken) != null
        || ctx.titleFirstToken < 0 && Layout.preambleIndex(sentence.block) < HEADING_BLOCKS
            && topicHeading(ctx.tokens, sentence.firstToken, sentence.lastToken);
  }

  /** The preamble's blocks a release's heading «О …» may stand in: site lines may come first. */
  private static final int HEADING_BLOCKS = 2;

  /**
   * «О совместном заседании коллегий МИД …», «Об итогах визита …»: a line that opens with a
   * capitalised preposition of topic and an event's head within three words.
   */
  private boolean topicHeading(Tokens t, int from, int to) {
    if (!t.isCapitalized(from) || !words.is(WordClass.TOPIC_PREPOSITION, t.key[from])) {
      return false;
    }
    for (int k = from + 1; k < Math.min(to, from + 4); k++) {
      PrefixLexicon.Hit<List<Lexicons.Head>> hit = lex.heads.longestAt(t, k, to);
      if (hit != null && eventOf(hit.entry.value) != null) {
        return true;
      }
    }
    return false;
  }

  /** The well-known initiatives in tokens {@code [from, to)}, in order, none overlapping. */
  private List<PhraseMatcher.Match<Lexicons.KnownInitiative>> knownIn(Tokens t, int from, int to) {
    List<PhraseMatcher.Match<Lexicons.KnownInitiative>> known = new ArrayList<>();
    for (int i = from; i < to; ) {
      PhraseMatcher.Match<Lexicons.KnownInitiative> match = lex.knownInitiatives.longestAt(t, i, to);
      if (match != null && !insidePartyName(t, match, from, to)) {
        known.add(match);
        i = match.last;
      } else {
        i++;
      }
    }
    return known;
  }

  /** The most words of a party's name before a known initiative it holds («Организация Договора о …»). */
  private static final int PARTY_WORDS_BEFORE = 2;

  /**
   * Whether known initiative {@code k} is part of a party name, or is the name of another party than its
   * proposer: «Collective Security Treaty Organisation», «Организация Договора о коллективной безопасности»
   * name the organisation, not the treaty.
   */
  private boolean insidePartyName(Tokens t, PhraseMatcher.Match<Lexicons.KnownInitiative> k, int from, int to) {
    for (int p = Math.max(from, k.first - PARTY_WORDS_BEFORE); p <= k.first; p++) {
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, p, to);
      // «the UN Framework Convention on Climate Change», named exactly as an organisation of its own the gazetteer
      // lists (not the one that proposes it: «Устав ООН» is the UN's charter), is that organisation.
      boolean longer = party != null && party.last - party.first > k.last - k.first;
      boolean same = party != null && party.last - party.first == k.last - k.first && !party.value.id.equals(k.value.proposer);
      if (party != null && party.first <= k.first && party.last >= k.last && (longer || same)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The items named in tokens {@code [from, to)}, left to right. A name that holds a known
   * initiative, a quoted format or a mechanism after an event's head is read on from there too, as
   * is a {@code heading} that names the document after its meeting.
   */
  private List<Concept> items(Context ctx, Context.Sentence sentence, int from, int to,
      List<PhraseMatcher.Match<Lexicons.KnownInitiative>> known, boolean heading) {
    Tokens t = ctx.tokens;
    List<Concept> here = new ArrayList<>();
    int i = from;
    int nestedBody = -1;
    while (i < to) {
      PhraseMatcher.Match<Lexicons.KnownInitiative> k = NameExtent.knownAt(known, i);
      if (k != null && !modifiesAHeadAfter(t, k.last, to)) {
        here.add(initiatives.known(sentence, k));
        i = k.last;
        continue;
      }
      PrefixLexicon.Hit<List<Lexicons.Head>> hit = lex.heads.longestAt(t, i, to);
      // «советских», «советник»: a word that only starts like a head («совет») is none.
      if (hit == null || words.startsWithAny(WordClass.NOT_A_HEAD_PREFIX, t.key[i])) {
        Concept format = hit == null ? memberFormat(ctx, sentence, i, to) : null;
        if (format == null && hit == null) {
          format = numberedFormat(ctx, sentence, i, to);
        }
        if (format != null) {
          here.add(format);
          i = format.last;
          continue;
        }
        i++;
        continue;
      }
      Concept c = candidate(ctx, sentence, hit, from, to, known);
      // «конференции Форума партнёрства …»: a body read from inside a meeting's name is a standing body or nothing.
      if (c != null && i == nestedBody && c.concept != Lexicons.Concept.MECHANISM) {
        c = c.concept == Lexicons.Concept.EVENT ? asStandingBody(ctx, c, hit) : null;
        if (c == null) {
          i = hit.last;
          continue;
        }
      }
      if (c == null) {
        List<Concept> perCity = sentence == null ? List.of() : meetingsPerCity(ctx, sentence, hit, to);
        here.addAll(perCity);
        i = perCity.isEmpty() ? hit.last : perCity.get(perCity.size() - 1).last;
        continue;
      }
      absorbModifierItem(ctx, here, c);
      if (c.concept == Lexicons.Concept.MECHANISM && c.ordinal != null) {
        Concept meeting = numberedMeeting(ctx, c);
        if (meeting != null) {
          here.add(meeting);
        }
      } else if (c.concept == Lexicons.Concept.MECHANISM && upcomingBefore(t, c.first, from)) {
        Concept meeting = nextMeeting(ctx, c, c.first - 1, to);
        here.add(meeting);
        here.add(c);
        i = meeting.last;
        continue;
      }
      here.add(c);
      Concept rounds = c.concept == Lexicons.Concept.EVENT ? talksCountedInRounds(ctx, c, hit) : null;
      if (rounds != null) {
        here.add(rounds);
      }
      Concept ministers = c.concept == Lexicons.Concept.EVENT ? organisationsMinistersMeeting(ctx, c, hit) : null;
      if (ministers != null) {
        here.add(ministers);
      }
      Concept sides = c.concept == Lexicons.Concept.EVENT ? seriesOfSides(ctx, c) : null;
      if (sides != null) {
        here.add(sides);
      }
      i = c.last;
      if (c.concept == Lexicons.Concept.INITIATIVE && c.kind == InitiativeKind.RESOLUTION) {
        i = moreNumbers(ctx, sentence, c, to, here);
      }
      // A heading «Декларация пятого саммита …» names the document after the meeting that adopted it: read the meeting too.
      if (heading && c.concept == Lexicons.Concept.INITIATIVE && data.documentKinds.longestAt(t, hit.first, c.last) != null) {
        i = hit.last;
        continue;
      }
      for (int j = hit.last; j < c.last; j++) {
        int body = j == hit.last && c.concept == Lexicons.Concept.EVENT ? j + data.language.bodyLinkAt(t, j, c.last) : -1;
        int bodysHead = body >= 0 ? mechanismHeadFrom(t, body, to) : -1;
        boolean bodysMechanism = bodysHead >= 0;
        // «talks between the P5+1 and Iran»: a format by its members' number inside a meeting's name is read on its own too.
        boolean format = c.concept == Lexicons.Concept.EVENT && j > hit.last && numberedFormat(ctx, sentence, j, to) != null;
        if (NameExtent.knownAt(known, j) != null || isQuotedFormat(t, j, c.last) || bodysMechanism || format) {
          i = bodysMechanism ? body : j;
          nestedBody = bodysMechanism ? bodysHead : -1;
          break;
        }
      }
      if (i == c.last && c.concept == Lexicons.Concept.EVENT && mechanismAfterPreposition(t, hit.last, c.last)) {
        i = hit.last + 1;
      }
      // «the signing of a Memorandum of Understanding on …»: the document a signing is named by is an item too.
      if (i == c.last && c.concept == Lexicons.Concept.EVENT && c.kind == EventKind.SIGNING && c.last > hit.last) {
        i = hit.last;
      }
    }
    return here;
  }

  /**
   * «the Fourth Round of the Six-party Talks», «the last round of High Level Political Talks in Mexico City»: where
   * names end in their head, talks a round counts, named by capitalised words of their own, are a standing series
   * of talks, a mechanism besides the round; null where {@code event}'s head is no head that ends in its
   * preposition, or the talks have no name but their head («the Fifth Round of the Talks»).
   */
  private Concept talksCountedInRounds(Context ctx, Concept event, PrefixLexicon.Hit<List<Lexicons.Head>> hit) {
    Tokens t = ctx.tokens;
    if (!data.language.headsEndNames() || event.last <= hit.last || !words.is(WordClass.NAME_PREPOSITION, t.key[hit.last - 1])) {
      return null;
    }
    int start = data.language.isArticle(t.key[hit.last]) ? hit.last + 1 : hit.last;
    for (int k = start; k < event.last; k++) {
      // «Six-party»: the lower-case part of a compound goes with its capitalised first part.
      if (!t.isCapitalized(k) && !(k > start && t.hyphenAfter[k - 1])) {
        return null;
      }
      PrefixLexicon.Hit<List<Lexicons.Head>> talks = k > start ? lex.heads.longestAt(t, k, event.last) : null;
      Lexicons.Head head = talks == null ? null : eventOf(talks.entry.value);
      if (head != null && head.kind == EventKind.TALKS && talks.first == k && talks.entry.value.size() == 1) {
        Concept series = Concept.over(Lexicons.Concept.MECHANISM, start, talks.last, k, event.sentence);
        series.kind = MechanismKind.DIALOGUE;
        series.level = level(t, start, talks.last);
        series.name = NameExtent.nominativeText(ctx, data.language, start, k, talks.last, talks.last);
        series.key = key(ctx, series, k, talks.last);
        series.rule = "talks counted in rounds: " + event.rule;
        event.series = series;
        return series;
      }
    }
    return null;
  }

  /**
   * «the 22nd EU-Ukraine Summit», «the Second Mekong-Japan Summit», «the 21st China-Russia Prime Ministers' Regular
   * Meeting»: where names end in their head, a numbered summit or meeting named by its sides joined with dashes, one
   * of them at least a party, is one meeting of the sides' standing series, a mechanism named as the meeting without
   * its ordinal. Null for a meeting named otherwise («the 43rd ASEAN Summit» is the organisation's own meeting), and
   * for a first meeting where first meetings open no series («the first EU-UK Summit»).
   */
  private Concept seriesOfSides(Context ctx, Concept event) {
    Tokens t = ctx.tokens;
    if (!data.language.headsEndNames() || event.ordinal == null || event.series != null
        || event.kind != EventKind.SUMMIT && event.kind != EventKind.MEETING
        || event.ordinal < 2 && !data.language.firstMeetingsOpenASeries()) {
      return null;
    }
    int start = afterOrdinal(t, event.first, event.headFirst);
    if (start == event.headFirst && sidesBetweenAfterHead(t, event)) {
      return series(ctx, event, start, event.last);
    }
    int end = sidesEnd(t, start, event.headFirst);
    if (end < 0) {
      return null;
    }
    // «Prime Ministers' Regular»: what stands between the sides and the head is capitalised, the level the meetings are held at.
    for (int k = end; k < event.headFirst; k++) {
      if (!t.isCapitalized(k) || data.parties.longestAt(t, k, event.headFirst) != null) {
        return null;
      }
    }
    return series(ctx, event, start, withoutCityAfterHead(t, event));
  }

  /** The standing series of the sides that numbered meeting {@code event} belongs to, named by tokens {@code [start, last)}. */
  private Concept series(Context ctx, Concept event, int start, int last) {
    Concept series = Concept.over(Lexicons.Concept.MECHANISM, start, last, event.headFirst, event.sentence);
    series.kind = event.kind == EventKind.SUMMIT || event.level == Level.HEADS_OF_STATE ? MechanismKind.SUMMIT
        : event.level == Level.AGENCIES ? MechanismKind.AGENCY_MEETING : MechanismKind.MINISTERIAL_MEETING;
    series.level = event.level;
    series.name = NameExtent.text(ctx, start, last);
    series.key = key(ctx, series, event.headFirst, last);
    series.rule = "series of the sides of " + event.rule;
    event.series = series;
    return series;
  }

  /**
   * The end of a meeting's name without the city a heading sets right after its head («the 20th ASEAN-Japan
   * Summit Singapore, 14 November»): where it met, no word of the series the meeting belongs to.
   */
  private int withoutCityAfterHead(Tokens t, Concept event) {
    PrefixLexicon.Hit<List<Lexicons.Head>> head = lex.heads.longestAt(t, event.headFirst, event.last);
    if (head == null || head.last >= event.last || !t.isCapitalized(head.last) || t.gapBefore[head.last] != Tokens.GAP_SPACE) {
      return event.last;
    }
    PhraseMatcher.Match<City> city = data.cities.longestAt(t, head.last, event.last);
    return city != null && city.last == event.last ? head.last : event.last;
  }

  /** The token after the last ordinal («Second», «22nd») in {@code [first, head)}, or -1 where there is none. */
  private int afterOrdinal(Tokens t, int first, int head) {
    int after = -1;
    for (int k = first; k < head; k++) {
      if (data.ordinals.containsKey(t.key[k]) || t.isNumber(k)) {
        after = k + 1;
        // «22nd»: the letters written onto the digits are the ordinal's too.
        if (t.isNumber(k) && after < head && t.start[after] == t.end[k] && !t.isNumber(after)) {
          after++;
        }
      }
    }
    return after;
  }

  /**
   * «the 29th Summit between the European Union and Japan»: whether the numbered meeting's head is followed by
   * «between» and two or more parties joined by «and» or commas (each with its other name in brackets, if any),
   * up to the end of its name, the other way to name a meeting by its sides.
   */
  private boolean sidesBetweenAfterHead(Tokens t, Concept event) {
    PrefixLexicon.Hit<List<Lexicons.Head>> head = lex.heads.longestAt(t, event.headFirst, event.last);
    int k = head == null ? event.last : head.last;
    if (k >= event.last || !words.is(WordClass.BETWEEN, t.key[k])) {
      return false;
    }
    int sides = 0;
    k++;
    while (k < event.last) {
      if (sides > 0) {
        if (words.is(WordClass.AND, t.key[k])) {
          k++;
        } else if (!t.gapHas(k, ',')) {
          return false;
        }
      }
      if (k < event.last && data.language.isArticle(t.key[k])) {
        k++;
      }
      PhraseMatcher.Match<PartyInfo> party = k < event.last ? data.parties.longestAt(t, k, event.last) : null;
      if (party == null) {
        return false;
      }
      sides++;
      k = party.last;
      if (k < event.last && t.gapHas(k, '(')) {
        PhraseMatcher.Match<PartyInfo> alias = data.parties.longestAt(t, k, event.last);
        k = alias != null && alias.value.id.equals(party.value.id) ? alias.last : k;
      }
    }
    return sides >= 2;
  }

  /**
   * Where sides joined with dashes that start at token {@code start} end («EU-Ukraine», «ASEAN-Republic of Korea
   * (ROK)»): at least two capitalised sides, each a party's name or one word, one of them a party; -1 otherwise.
   */
  private int sidesEnd(Tokens t, int start, int head) {
    if (start < 0 || start >= head || !t.isCapitalized(start)) {
      return -1;
    }
    int sides = 0;
    int parties = 0;
    int k = start;
    do {
      if (!t.isCapitalized(k)) {
        return -1;
      }
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, k, head);
      sides++;
      parties += party == null ? 0 : 1;
      k = party == null ? k + 1 : party.last;
      // «(ROK)»: a party's other name in brackets right after it.
      if (party != null && k < head && t.gapHas(k, '(')) {
        PhraseMatcher.Match<PartyInfo> alias = data.parties.longestAt(t, k, head);
        k = alias != null && alias.value.id.equals(party.value.id) ? alias.last : k;
      }
    } while (k < head && dashBefore(t, k));
    return sides >= 2 && parties >= 1 ? k : -1;
  }

  /**
   * «Meeting of BRICS Ministers of Foreign Affairs», «Meeting of the ASEAN Economic Ministers»: where names end in their
   * head, a capitalised meeting head, then «of», an organisation and its ministers, names that organisation's meetings
   * of ministers, a standing format besides this meeting. Null for ministers of no organisation («Meeting of Finance
   * Ministers»), another level («Meeting of APEC Leaders») or a lower-case «meeting of the BRICS Ministers» (one meeting).
   */
  private Concept organisationsMinistersMeeting(Context ctx, Concept event, PrefixLexicon.Hit<List<Lexicons.Head>> hit) {
    Tokens t = ctx.tokens;
    int of = hit.last;
    if (!data.language.headsEndNames() || event.kind != EventKind.MEETING || of + 1 >= event.last
        || !t.isCapitalized(hit.first) || !words.is(WordClass.NAME_PREPOSITION, t.key[of])) {
      return null;
    }
    int start = data.language.isArticle(t.key[of + 1]) ? of + 2 : of + 1;
    PhraseMatcher.Match<PartyInfo> organisation = start < event.last ? data.parties.longestAt(t, start, event.last) : null;
    if (organisation == null || organisation.value.kind != dev.entente.model.PartyKind.ORGANIZATION
        || organisation.last >= event.last || !t.isCapitalized(organisation.last)) {
      return null;
    }
    // «BRICS Ministers», «ASEAN Economic Ministers»: the level within the organisation's next two capitalised words.
    Level level = null;
    for (int k = organisation.last; level == null && k < Math.min(organisation.last + 2, event.last) && t.isCapitalized(k); k++) {
      PrefixLexicon.Hit<Level> found = lex.levels.longestAt(t, k, event.last);
      level = found == null ? null : found.entry.value;
    }
    if (level != Level.MINISTERS) {
      return null;
    }
    Concept format = Concept.over(Lexicons.Concept.MECHANISM, event.first, event.last, hit.first, event.sentence);
    format.kind = MechanismKind.MINISTERIAL_MEETING;
    format.level = Level.MINISTERS;
    format.name = event.name;
    format.key = key(ctx, format, hit.first, event.last);
    format.rule = "an organisation's ministers' meeting: " + event.rule;
    event.series = format;
    return format;
  }

  /** The standing body a head of a body or a meeting names, read as a meeting {@code event}; null where the head names no body. */
  private Concept asStandingBody(Context ctx, Concept event, PrefixLexicon.Hit<List<Lexicons.Head>> hit) {
    Lexicons.Head head = hit.entry.value.stream().filter(h -> h.concept == Lexicons.Concept.MECHANISM).findFirst().orElse(null);
    if (head == null) {
      return null;
    }
    Concept c = new Concept(Lexicons.Concept.MECHANISM);
    c.kind = head.kind;
    c.first = event.first;
    c.last = event.last;
    c.headFirst = event.headFirst;
    c.sentence = event.sentence;
    c.level = event.level;
    c.mentions.addAll(event.mentions);
    c.name = event.name;
    c.key = key(ctx, c, hit.first, c.last);
    c.rule = event.rule + " (a body inside a meeting's name)";
    return c;
  }

  /**
   * «the India-Japan Act East Forum»: where names end in their head, a known initiative's name right
   * before a capitalised head of a standing thing or a meeting is that name's modifier, no mention of
   * the initiative; the name is read from the head.
   */
  private boolean modifiesAHeadAfter(Tokens t, int after, int to) {
    if (!data.language.headsEndNames() || after >= to || t.gapBefore[after] != Tokens.GAP_SPACE || !t.isCapitalized(after)) {
      return false;
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> next = lex.heads.longestAt(t, after, to);
    return next != null && next.entry.value.stream().noneMatch(h -> h.concept == Lexicons.Concept.INITIATIVE)
        && !words.startsWithAny(WordClass.NOT_A_HEAD_PREFIX, t.key[after]);
  }

  /**
   * «the 2+2 Foreign and Defence Ministerial Meeting»: where names end in their head, an item whose
   * name starts inside the item before it and runs on past it is the one name, and the item before
   * («2+2 Foreign») was its modifier: it goes, and {@code c} starts where it started.
   */
  private void absorbModifierItem(Context ctx, List<Concept> here, Concept c) {
    if (!data.language.headsEndNames() || here.isEmpty() || c.concept == Lexicons.Concept.EVENT) {
      return;
    }
    Concept before = here.get(here.size() - 1);
    if (before.concept != c.concept || before.ordinal != null || before.knownId != null
        || before.mentions.size() != 1 || !(before.first < c.first && c.first < before.last && before.last < c.last)) {
      return;
    }
    // «the Implementing Panels for the … Agreement»: an item whose complement holds the next one keeps it.
    for (int k = before.headFirst; k < before.last; k++) {
      if (words.is(WordClass.NAME_PREPOSITION, ctx.tokens.key[k])) {
        return;
      }
    }
    here.remove(here.size() - 1);
    c.first = before.first;
    c.mentions.set(0, new Range(c.first, c.last));
    c.name = NameExtent.text(ctx, c.first, c.last);
    c.key = key(ctx, c, c.headFirst, c.last);
  }

  /**
   * «на саммитах СНГ в Кишиневе и Киеве»: meetings in the plural, of one organisation or none, in two
   * cities joined by «и», are one meeting in each city, named by the head, the organisation and its city.
   */
  private List<Concept> meetingsPerCity(Context ctx, Context.Sentence sentence, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int to) {
    Tokens t = ctx.tokens;
    Lexicons.Head head = eventOf(hit.entry.value);
    if (head == null || t.isCapitalized(hit.first) || !data.language.headInThePlural(t, hit.first, hit.last)) {
      return List.of();
    }
    int k = hit.last;
    PhraseMatcher.Match<PartyInfo> organisation = k < to ? data.parties.longestAt(t, k, to) : null;
    if (organisation != null && organisation.value.kind == dev.entente.model.PartyKind.ORGANIZATION) {
      k = organisation.last;
    }
    int nameEnd = k;
    if (k + 1 >= to || !words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k])) {
      return List.of();
    }
    PhraseMatcher.Match<City> first = data.cities.longestAt(t, k + 1, to);
    if (first == null || first.last + 1 >= to || !words.is(WordClass.AND, t.key[first.last])) {
      return List.of();
    }
    int next = first.last + 1 < to && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[first.last + 1]) ? first.last + 2 : first.last + 1;
    PhraseMatcher.Match<City> second = next < to ? data.cities.longestAt(t, next, to) : null;
    if (second == null) {
      return List.of();
    }
    String singular = hit.last == hit.first + 1 ? data.language.singularHead(t.key[hit.first]) : null;
    String named = singular == null ? NameExtent.nominativeText(ctx, data.language, hit.first, hit.first, hit.last, nameEnd)
        : nameEnd > hit.last ? singular + " " + NameExtent.text(ctx, hit.last, nameEnd) : singular;
    String preposition = ctx.text.text().substring(t.start[k], t.end[k]);
    List<Concept> meetings = new ArrayList<>(2);
    for (PhraseMatcher.Match<City> city : List.of(first, second)) {
      Concept c = new Concept(Lexicons.Concept.EVENT);
      c.kind = head.kind;
      c.first = hit.first;
      c.last = city.last;
      c.headFirst = hit.first;
      c.sentence = sentence;
      c.mentions.add(new Range(city.first, city.last));
      c.name = named + " " + preposition + " " + NameExtent.text(ctx, city.first, city.last);
      c.key = key(ctx, c, hit.first, nameEnd) + ":" + Tokenizer.keyOf(city.value.name);
      c.rule = "heads.tsv:" + hit.entry.pattern() + " (one meeting per city)";
      meetings.add(c);
    }
    return meetings;
  }

  /**
   * Where a number that names a document starts at token {@code k} ends: digits, digits written with
   * a slash («70/1»), a code in capitals joined to them («ES-11/1»); -1 where none starts there.
   */
  private static int numberEnd(Tokens t, int k, int to) {
    int symbol = symbolEnd(t, k, to);
    if (symbol > 0) {
      return symbol;
    }
    int j = k;
    if (j + 1 < to && t.isUpperCase(j) && !t.isNumber(j) && t.hyphenAfter[j] && t.isNumber(j + 1)) {
      j++;
    }
    if (j >= to || !t.isNumber(j)) {
      return -1;
    }
    j++;
    while (j + 1 <= to && j < to && t.isNumber(j) && t.gapText(j).equals("/")) {
      j++;
    }
    return j;
  }

  /**
   * «A/RES/77/1», «S/RES/2231»: where a document's symbol starting at token {@code k} ends, words in capitals and numbers
   * joined by slashes, a number last, a word in capitals first and another after it («A/77/L.1» aside); -1 where none
   * starts there.
   */
  private static int symbolEnd(Tokens t, int k, int to) {
    if (k + 2 >= to || t.isNumber(k) || !t.isUpperCase(k) || !t.gapText(k + 1).equals("/") || t.isNumber(k + 1)
        || !t.isCapitalized(k + 1)) {
      return -1;
    }
    int j = k + 1;
    while (j + 1 < to && t.gapText(j + 1).equals("/") && (t.isNumber(j + 1) || t.isUpperCase(j + 1))) {
      j++;
    }
    return t.isNumber(j) ? j + 1 : -1;
  }

  /**
   * «учрежденного резолюцией 1373», «резолюции 68/1»: a resolution named by the number right after its head
   * is one, in lower case too; «резолюции 2024 года» is dated, not numbered.
   */
  private boolean resolutionByNumber(Context ctx, Lexicons.Head head, int after, int to) {
    if (head.concept != Lexicons.Concept.INITIATIVE || head.kind != InitiativeKind.RESOLUTION || after >= to) {
      return false;
    }
    if (symbolEnd(ctx.tokens, after, to) > 0) {
      return true;
    }
    if (!ctx.tokens.isNumber(after)) {
      return false;
    }
    List<DateRecognizer.Found> dated = dates.find(ctx.tokens, after, Math.min(to, after + 3));
    return dated.isEmpty() || dated.get(0).first != after;
  }

  /**
   * «резолюций 1737 и 1747», «резолюций Совета Безопасности ООН № 1737, 1747 и 1803»: whether a resolution's head
   * in the plural, its name read up to {@code end}, is followed by numbers; each names one resolution.
   */
  private boolean listOfNumbers(Context ctx, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int end, int to) {
    for (Lexicons.Head h : hit.entry.value) {
      if (resolutionByNumber(ctx, h, hit.last, to) || numberAfterSign(ctx.tokens, h, end, to) > 0
          || h.concept == Lexicons.Concept.INITIATIVE && h.kind == InitiativeKind.RESOLUTION
              && numberAfterIssuer(ctx, hit.last, Math.min(end + 1, to)) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * «резолюции Совета Безопасности ООН № 2254»: where a resolution's name read up to {@code end} is followed by a
   * number sign and a number, the end of that number; else -1.
   */
  private int numberAfterSign(Tokens t, Lexicons.Head head, int end, int to) {
    if (head.concept != Lexicons.Concept.INITIATIVE || head.kind != InitiativeKind.RESOLUTION || end >= to
        || !data.language.isNumberSignGap(t.gapText(end))) {
      return -1;
    }
    return numberEnd(t, end, to);
  }

  /** Whether one of tokens {@code [from, to)} is a number. */
  private static boolean numberWithin(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isNumber(k)) {
        return true;
      }
    }
    return false;
  }

  /** How many tokens a day's date may take after a listed number («of 17 December 2021», «от 28 сентября 2001 года»). */
  private static final int DATE_OF_WORDS = 6;

  /**
   * «resolutions 76/217 of 17 December 2021, 77/246 of …», «резолюции 1373 от 28 сентября 2001 года, 1624 …»: the
   * day a listed number was adopted, after «of»/«от», is skipped; the token after it, else {@code k}.
   */
  private int afterDateOf(Tokens t, int k, int to) {
    if (k + 1 >= to || !(words.is(WordClass.DOCUMENT_DATE_PREPOSITION, t.key[k]) || words.is(WordClass.NAME_PREPOSITION, t.key[k]))
        || !t.isNumber(k + 1)) {
      return k;
    }
    List<DateRecognizer.Found> found = dates.find(t, k + 1, Math.min(to, k + 1 + DATE_OF_WORDS));
    return !found.isEmpty() && found.get(0).first == k + 1 && found.get(0).day1 > 0 ? found.get(0).last : k;
  }

  /**
   * «resolutions ES-11/1 and ES-11/2», «resolutions 2334 (2016), 2712 (2023) and 2720 (2023)»: a head
   * in the plural with numbers, or any head with a list of numbers, names one document per number; each after the first is an item of its
   * own, named by the words before the head, the head in the singular and its number. Returns where
   * the scan goes on.
   */
  private int moreNumbers(Context ctx, Context.Sentence sentence, Concept first, int to, List<Concept> here) {
    Tokens t = ctx.tokens;
    int head = first.headFirst;
    int number = signedNumberIn(ctx, head + 1, first.last);
    int numberEnd = numberEnd(t, number, to);
    if (head + 1 >= to || numberEnd < 0
        || !(data.language.isPluralNoun(t.key[head]) || data.language.headInThePlural(t, head, head + 1)
            || anotherNumberListed(t, numberEnd))) {
      return first.last;
    }
    String singular = data.language.singularHead(t.key[head]);
    if (singular == null) {
      return first.last;
    }
    String before = head > first.first ? NameExtent.text(ctx, first.first, head) + " " : "";
    // «резолюций Совета Безопасности ООН № 1737, 1747 и 1803»: the issuer and the sign before the first number
    // belong to every number's name.
    String issuer = number > head + 1 ? NameExtent.text(ctx, head + 1, number) + t.gapText(number).stripTrailing() + " " : "";
    Concept probe = new Concept(Lexicons.Concept.INITIATIVE);
    probe.first = first.first;
    String keyBefore = key(ctx, probe, head, head + 1);
    int firstEnd = numberEnd(t, number, to);
    int k = firstEnd;
    first.last = Math.max(first.last, k);
    // «resolutions ES-11/1 and⏎ES-11/2»: a list of numbers goes on over a line that ends in «and», where
    // the text's sentence may have been cut.
    to = t.size;
    List<Concept> listed = new ArrayList<>();
    listed.add(first);
    while (k < to && !t.gapText(k).contains("\n\n")) {
      k = afterDateOf(t, afterYearInBrackets(t, k, to), to);
      int next = afterListSeparator(t, k, to);
      if (next < 0) {
        break;
      }
      k = next;
      int end = k < to && !t.gapText(k).contains("\n\n") ? numberEnd(t, k, to) : -1;
      if (end < 0) {
        break;
      }
      Concept c = Concept.over(Lexicons.Concept.INITIATIVE, k, end, k, sentence);
      c.kind = first.kind;
      c.name = before + singular + " " + issuer + NameExtent.text(ctx, k, end);
      StringBuilder key = new StringBuilder(keyBefore);
      for (int m = k; m < end; m++) {
        key.append(t.key[m], 0, Math.min(5, t.key[m].length())).append(' ');
      }
      c.key = key.toString();
      c.rule = first.rule + " (one of several numbers)";
      here.add(c);
      listed.add(c);
      k = end;
    }
    if (listed.size() > 1) {
      // The first of several is one document too: its head in the singular.
      first.name = before + singular + " " + NameExtent.text(ctx, head + 1, firstEnd);
      // «резолюциям 2122 и 2242»: the first is read up to its own number, so the others are not inside it.
      first.last = firstEnd;
      first.mentions.set(0, new Range(first.first, firstEnd));
      PhraseMatcher.Match<PartyInfo> issuerAfter = issuer.isEmpty() ? organisationRightAfter(t, k) : null;
      if (issuerAfter != null) {
        issuedByAll(ctx, listed, issuerAfter);
        return issuerAfter.last;
      }
    }
    return k;
  }

  /**
   * «резолюций 242 и 338 Совета Безопасности ООН»: the organisation named right after a list's last number, in
   * the same run of words, or null.
   */
  private PhraseMatcher.Match<PartyInfo> organisationRightAfter(Tokens t, int k) {
    if (k >= t.size || t.gapBefore[k] != Tokens.GAP_SPACE) {
      return null;
    }
    PhraseMatcher.Match<PartyInfo> p = data.parties.longestAt(t, k, t.size);
    return p != null && p.first == k && p.value.kind == dev.entente.model.PartyKind.ORGANIZATION ? p : null;
  }

  /**
   * An organisation named after the last of several numbers issued every one of them: each listed document
   * («резолюция 242», «резолюция 338») takes its name and has it as proposer, as a single number followed by
   * the organisation would.
   */
  private static void issuedByAll(Context ctx, List<Concept> listed, PhraseMatcher.Match<PartyInfo> issuer) {
    String by = " " + NameExtent.text(ctx, issuer.first, issuer.last);
    for (Concept c : listed) {
      c.name = c.name + by;
      c.proposer = issuer.value.id;
    }
  }

  /**
   * «включенные в резолюции 1990 (2014), 2034 (2015) и 2063 (2015)»: whether the number ending at token {@code k}
   * is followed, past its year in brackets or day of adoption, by «,» or «и» and another number. A list of numbers
   * names several documents though the head's form («резолюции») could be a singular's. A number that opens the
   * next line is a numbered point («…от 28 июля 2010 года,⏎1. призывает»), not one listed.
   */
  private boolean anotherNumberListed(Tokens t, int k) {
    int to = t.size;
    if (k >= to || t.gapText(k).contains("\n\n")) {
      return false;
    }
    int next = afterListSeparator(t, afterDateOf(t, afterYearInBrackets(t, k, to), to), to);
    return next >= 0 && next < to && !t.gapText(next).contains("\n") && numberEnd(t, next, to) > 0;
  }

  /**
   * Where a list of numbers goes on at token {@code k}: after a comma before it, the token itself; after «и»/«and»
   * there (a comma before it or not), the token after; -1 where the list ends.
   */
  private int afterListSeparator(Tokens t, int k, int to) {
    String separator = k < to ? t.gapText(k).replace(")", "").strip() : "";
    boolean and = k < to && words.is(WordClass.AND, t.key[k]) && (separator.isEmpty() || separator.equals(","));
    if (!and && !separator.equals(",")) {
      return -1;
    }
    return and ? k + 1 : k;
  }

  /**
   * The first number of a resolution's name in tokens {@code [from, end)}: at {@code from}, else right after a number
   * sign there; {@code from} where there is none.
   */
  private int signedNumberIn(Context ctx, int from, int end) {
    Tokens t = ctx.tokens;
    for (int k = from + 1; k < end; k++) {
      if (t.isNumber(k) && data.language.isNumberSignGap(t.gapText(k))) {
        return numberEnd(t, from, end) > 0 ? from : k;
      }
    }
    if (numberEnd(t, from, end) < 0) {
      int k = numberAfterIssuer(ctx, from, Math.min(end + 1, t.size));
      return k > 0 ? k : from;
    }
    return from;
  }

  /**
   * «резолюций Совета Безопасности ООН 1737 и 1747», «резолюции ПАСЕ 1990 (2014)»: the first token in {@code (from, to)}
   * that is a number right after the issuer's name (a word with a capital, a space between) and no date («резолюции
   * Генеральной Ассамблеи 2015 года»); -1 where there is none. A word in lower case before it ends the issuer.
   */
  private int numberAfterIssuer(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    for (int k = from; k < to; k++) {
      if (t.isNumber(k)) {
        boolean named = k > from && t.isCapitalized(k - 1) && !t.isNumber(k - 1) && t.gapBefore[k] == Tokens.GAP_SPACE;
        if (!named) {
          return -1;
        }
        List<DateRecognizer.Found> dated = dates.find(t, k, Math.min(t.size, k + 3));
        return dated.isEmpty() || dated.get(0).first != k ? k : -1;
      }
      if (!t.isCapitalized(k) && !words.is(WordClass.FUNCTION_WORD, t.key[k])) {
        return -1;
      }
    }
    return -1;
  }

  /** The token after a year in brackets at {@code k} («2334 (2016)»), or {@code k}. */
  private static int afterYearInBrackets(Tokens t, int k, int to) {
    return k + 1 < to && t.isNumber(k) && t.gapHas(k, '(') && t.gapHas(k + 1, ')') ? k + 1 : k;
  }

  /** Fewest states a chain joined by dashes needs to name a format by its members. */
  private static final int FORMAT_MEMBERS = 3;

  /**
   * «cooperation among like-minded countries, including Japan-U.S.-Australia»: three or more states
   * joined by dashes, with no head after them, name a format by its members, a mechanism. A chain an
   * organisation's name follows in brackets («… (Quad)») is that organisation; one the next word
   * runs on from («the Japan-U.S.-Australia Strategic Dialogue», «… relationship») qualifies it.
   */
  private Concept memberFormat(Context ctx, Context.Sentence sentence, int i, int to) {
    Tokens t = ctx.tokens;
    if (sentence == null || !t.isCapitalized(i) || i > sentence.firstToken && dashBefore(t, i)) {
      return null;
    }
    PhraseMatcher.Match<PartyInfo> member = data.parties.longestAt(t, i, to);
    if (member == null || member.value.kind != dev.entente.model.PartyKind.STATE) {
      return null;
    }
    int members = 1;
    int end = member.last;
    while (end < to && dashBefore(t, end)) {
      member = data.parties.longestAt(t, end, to);
      if (member == null || member.value.kind != dev.entente.model.PartyKind.STATE) {
        return null;
      }
      members++;
      end = member.last;
    }
    if (members < FORMAT_MEMBERS) {
      return null;
    }
    // The bracket may open after the sentence's end where the stop of «U.S.» ended it.
    if (end < t.size && t.gapHas(end, '(')) {
      PhraseMatcher.Match<PartyInfo> alias = data.parties.longestAt(t, end, t.size);
      if (alias == null || alias.value.kind != dev.entente.model.PartyKind.STATE) {
        return null;
      }
      end = alias.last;
    }
    // «the Japan-ROK-U.S. relationship», «… Strategic Dialogue»: a chain the next word runs on from qualifies it.
    boolean runsOn = t.gapBefore[end] != Tokens.GAP_HARD || t.gapText(end).equals(". ") && !t.isCapitalized(end);
    if (end < to && runsOn && !words.is(WordClass.AND, t.key[end]) && !words.is(WordClass.FUNCTION_WORD, t.key[end])) {
      return null;
    }
    return formatByMembers(ctx, sentence, i, end, "format named by its members");
  }

  /** A format mechanism named by its members over tokens {@code [i, end)}, found by {@code rule}. */
  private Concept formatByMembers(Context ctx, Context.Sentence sentence, int i, int end, String rule) {
    Concept c = Concept.over(Lexicons.Concept.MECHANISM, i, end, i, sentence);
    c.kind = MechanismKind.FORMAT;
    c.byMembers = true;
    c.name = NameExtent.text(ctx, i, end);
    c.key = key(ctx, c, i, end);
    c.rule = rule;
    return c;
  }

  /** Most words of a party's name that a topic's preposition may close after a body's head. */
  private static final int TOPIC_PARTY_WORDS = 4;

  /**
   * The first topic's preposition in {@code [from, end)} right after a party's name («СНГ о …»), or
   * {@code end}: read only where such a preposition stands after a capitalised word.
   */
  private int topicAfterParty(Tokens t, int from, int end) {
    for (int k = from + 1; k < end; k++) {
      if (!words.is(WordClass.TOPIC_PREPOSITION, t.key[k]) || !t.isCapitalized(k - 1) || t.gapBefore[k] != Tokens.GAP_SPACE) {
        continue;
      }
      for (int first = Math.max(from, k - TOPIC_PARTY_WORDS); first < k; first++) {
        PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, first, k);
        if (party != null && party.last == k) {
          return k;
        }
      }
    }
    return end;
  }

  /**
   * «talks between the P5+1 and …», «страны “C5+1” подтверждают», «the ASEAN+3»: capitals, a number
   * written onto them or not, and «+» with a number name a format by its members (five and one), a
   * mechanism. One the next word runs on from («the C5+1 Secretariat», «C5+1 countries») qualifies it:
   * a head after it names the item, or it stays a mention of the format.
   */
  private Concept numberedFormat(Context ctx, Context.Sentence sentence, int i, int to) {
    Tokens t = ctx.tokens;
    if (sentence == null || t.isNumber(i) || !t.isCapitalized(i) || !t.isUpperCase(i) || t.key[i].length() > FORMAT_LETTERS
        || i > 0 && (t.gapIs(i, '+') || t.gapIs(i, '-') || t.gapIs(i, '/'))) {
      return null;
    }
    int k = i + 1;
    if (k < to && t.isNumber(k) && t.start[k] == t.end[i]) {
      k++;
    }
    if (k >= to || !t.isNumber(k) || !t.gapIs(k, '+')) {
      return null;
    }
    int end = k + 1;
    if (end < to && t.gapBefore[end] == Tokens.GAP_SPACE && !words.is(WordClass.AND, t.key[end])
        && !words.is(WordClass.FUNCTION_WORD, t.key[end])) {
      return null;
    }
    return formatByMembers(ctx, sentence, i, end, "format named by its members' number");
  }

  /** Most capitals of a name a format by its members' number is written with («C5+1», «ASEAN+3»). */
  private static final int FORMAT_LETTERS = 6;

  /** Whether a dash alone, with spaces or the stop of an abbreviation («U.S.-»), joins token {@code j} to the one before. */
  private static boolean dashBefore(Tokens t, int j) {
    if (t.gapBefore[j] == Tokens.GAP_SPACE) {
      return false;
    }
    // The gap's one character besides spaces and stops, read in place: asked at capitalised words.
    int dashes = 0;
    for (int k = j == 0 ? 0 : t.end[j - 1]; k < t.start[j]; k++) {
      char c = t.source.charAt(k);
      if (c != ' ' && c != '.' && (!NameExtent.isDash(c) || ++dashes > 1)) {
        return false;
      }
    }
    return dashes == 1;
  }

  /** Most lower-case words between a predicate's marker and the name after it («as the premier global …»). */
  private static final int PREDICATE_REACH = 3;

  /**
   * Whether a predicate's marker («as») stands before token {@code k}, with only an article and
   * lower-case words that are no function words between them. After a comma the marker opens a clause («после
   * того, как в ходе встречи …», "…, as the meeting ended"), and at the end of "as well as" it joins two names:
   * neither says what something is.
   */
  private boolean afterPredicateMarker(Tokens t, int k, int from) {
    int m = predicateMarkerBefore(t, k, from);
    return m >= 0 && !t.gapHas(m, ',') && !words.phraseEndsAt(WordClass.INCLUDING_MARKER, t, from, m + 1);
  }

  /**
   * Whether a predicate's marker stands before token {@code k} as {@link #afterPredicateMarker} reads it, and
   * opens no examples: no comma before it («такие форматы, как …») and no phrase of examples ending in it ("such as").
   */
  private boolean describedAfterMarker(Tokens t, int k, int from) {
    int m = predicateMarkerBefore(t, k, from);
    return m >= 0 && !t.gapHas(m, ',') && !(m > from && words.phraseAt(WordClass.EXAMPLES_MARKER, t, m - 1, m + 1, false))
        && !words.phraseEndsAt(WordClass.INCLUDING_MARKER, t, from, m + 1) && !examplesKindBefore(t, m, from);
  }

  /**
   * The predicate's marker nearest before token {@code k}, with only an article and lower-case words that are no
   * function words between them; -1 when there is none.
   */
  private int predicateMarkerBefore(Tokens t, int k, int from) {
    for (int m = k - 1; m >= from && m >= k - 1 - PREDICATE_REACH && !t.isCapitalized(m) && !t.isNumber(m); m--) {
      if (words.is(WordClass.PREDICATE_MARKER, t.key[m])) {
        return m;
      }
      if (!data.language.isArticle(t.key[m]) && words.is(WordClass.FUNCTION_WORD, t.key[m])) {
        return -1;
      }
    }
    return -1;
  }

  /** Most words between a word that opens a kind of examples and the predicate's marker («such regional mechanisms as»). */
  private static final int EXAMPLES_KIND_REACH = 4;

  /** Whether a word that opens a kind of examples («such», «такие») stands a few words before the marker at {@code m}. */
  private boolean examplesKindBefore(Tokens t, int m, int from) {
    for (int j = m - 1; j >= from && j >= m - EXAMPLES_KIND_REACH; j--) {
      if (words.is(WordClass.EXAMPLES_KIND, t.key[j])) {
        return true;
      }
    }
    return false;
  }

  /**
   * «the inaugural Kazakhstan-Japan Dialogue», «the First Bilateral Consular Consultation»: a
   * numbered mechanism is one meeting of it. Returns that meeting, an event under the numbered name,
   * and leaves {@code mechanism} named from the word after its ordinal; null when nothing follows it.
   */
  private Concept numberedMeeting(Context ctx, Concept mechanism) {
    Tokens t = ctx.tokens;
    int after = -1;
    for (int k = mechanism.first; k < mechanism.headFirst; k++) {
      if (data.ordinals.containsKey(t.key[k]) || t.isNumber(k)) {
        after = k + 1;
        // «5th»: the letters written onto the digits are the ordinal's too.
        if (t.isNumber(k) && after < mechanism.headFirst && t.start[after] == t.end[k] && !t.isNumber(after)) {
          after++;
        }
      }
    }
    if (after < 0) {
      return null;
    }
    Concept meeting = Concept.over(Lexicons.Concept.EVENT, mechanism.first, mechanism.last, mechanism.headFirst, mechanism.sentence);
    meeting.kind = EventKind.MEETING;
    meeting.ordinal = mechanism.ordinal;
    meeting.level = mechanism.level;
    meeting.name = mechanism.name;
    meeting.key = key(ctx, meeting, mechanism.headFirst, mechanism.last);
    meeting.rule = "numbered " + mechanism.rule;
    meeting.series = mechanism;
    mechanism.first = after;
    mechanism.ordinal = null;
    mechanism.mentions.set(0, new Range(after, mechanism.last));
    mechanism.name = NameExtent.text(ctx, after, mechanism.last);
    mechanism.key = key(ctx, mechanism, mechanism.headFirst, mechanism.last);
    return meeting;
  }

  /** Whether a word of the next meeting («next», «upcoming») stands right before a name at {@code start}. */
  private boolean upcomingBefore(Tokens t, int start, int from) {
    return start > from && t.gapBefore[start] != Tokens.GAP_HARD
        && words.startsWithAny(WordClass.UPCOMING_PREFIX, t.key[start - 1]);
  }

  /**
   * «the next 2+2 meeting», «the upcoming Strategic Dialogue»: the next meeting of a mechanism is an
   * event of its own, named with the word {@code cue} that announces it; the mechanism stays as named.
   */
  private Concept nextMeeting(Context ctx, Concept mechanism, int cue, int to) {
    Concept meeting = new Concept(Lexicons.Concept.EVENT);
    meeting.kind = EventKind.MEETING;
    meeting.first = cue;
    meeting.last = mechanism.last;
    // «the next Council of Ministers meeting»: a one-word event head right after the name is the meeting's.
    PrefixLexicon.Hit<List<Lexicons.Head>> after = mechanism.last < to && ctx.tokens.gapBefore[mechanism.last] == Tokens.GAP_SPACE
        ? lex.heads.longestAt(ctx.tokens, mechanism.last, to) : null;
    if (after != null && after.last == mechanism.last + 1
        && after.entry.value.stream().allMatch(h -> h.concept == Lexicons.Concept.EVENT)) {
      meeting.last = after.last;
      meeting.kind = after.entry.value.get(0).kind;
    }
    meeting.headFirst = mechanism.headFirst;
    meeting.sentence = mechanism.sentence;
    meeting.level = mechanism.level;
    meeting.mentions.add(new Range(cue, meeting.last));
    meeting.name = NameExtent.text(ctx, cue, meeting.last);
    meeting.key = key(ctx, meeting, mechanism.headFirst, meeting.last);
    meeting.rule = "next meeting of " + mechanism.rule;
    meeting.series = mechanism;
    return meeting;
  }

  /**
   * «the Regional Interfaith Dialogue and the Bali Democracy Forum»: where a name runs on over «and»
   * into capitalised words that end in a head of their own, the first name ends before «and».
   */
  private int nextNameAfterAnd(Tokens t, int from, int end) {
    for (int k = from; k < end - 1; k++) {
      if (!words.is(WordClass.AND, t.key[k])) {
        continue;
      }
      for (int m = k + 1; m < end; m++) {
        if (!t.isCapitalized(m) && !t.isNumber(m)) {
          if (m == k + 1) {
            continue;
          }
          break;
        }
        if (lex.heads.longestAt(t, m, end) != null) {
          return k;
        }
      }
    }
    return end;
  }

  /**
   * «the South Pacific Forum meeting held in Honiara»: where names end in their head, a capitalised
   * head that names a standing thing or a meeting, with a meeting's head in lower case right after
   * it, is the standing thing; the meeting is read from its own head.
   */
  private boolean meetingOfItFollows(Tokens t, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int to) {
    if (!data.language.headsEndNames() || !t.isCapitalized(hit.first) || hit.last >= to
        || t.gapBefore[hit.last] != Tokens.GAP_SPACE || t.isCapitalized(hit.last)
        || hit.entry.value.stream().noneMatch(h -> h.concept == Lexicons.Concept.MECHANISM)) {
      return false;
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> next = lex.heads.longestAt(t, hit.last, to);
    return next != null && next.entry.value.stream().allMatch(h -> h.concept == Lexicons.Concept.EVENT
        && (h.kind == EventKind.MEETING || h.kind == EventKind.SESSION));
  }

  /**
   * «the Bali Process Ministerial Conference», «SCO Heads of States Council Meeting»: where names end
   * in their head, a name that runs on from a head of another kind to a capitalised event head at its
   * end is the event's, read from the event head (its name widened left over the words before); the
   * head of the other kind names only what comes before the event head («the Bali Process»). Returns
   * where the event head starts, or -1.
   */
  private int eventHeadAtTheEnd(Tokens t, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int end) {
    if (!data.language.headsEndNames() || end <= hit.last || eventOf(hit.entry.value) != null) {
      return -1;
    }
    for (int j = hit.last; j < end; j++) {
      if (!t.isCapitalized(j)) {
        continue;
      }
      PrefixLexicon.Hit<List<Lexicons.Head>> later = lex.heads.longestAt(t, j, end);
      if (later != null && later.last == end && eventOf(later.entry.value) != null) {
        return j;
      }
    }
    return -1;
  }

  /**
   * «the Trade Policy Forum», «Security Council Resolution 2231», «the Joint Summit Working Group»,
   * «the Strategic Framework Agreement»: where names end in their head, a head right before a
   * capitalised head of a standing thing or a document is that name's modifier and names nothing of
   * its own. A head that may name a meeting («the Bali Process Ministerial Conference», «the Three
   * Seas Initiative Summit») leaves the first name standing ({@link #eventHeadAtTheEnd}), and so does
   * a document's kind after a standing thing's or a meeting's head («Summit Declaration», the
   * title's); after an initiative's head the kind is the name's head («Partnership Agreement»). A
   * format named by numbers («2+2 Ministerial Dialogue») is read as before.
   */
  private boolean modifiesTheNextHead(Tokens t, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int to) {
    int after = hit.last;
    if (!data.language.headsEndNames() || after >= to || t.gapBefore[after] != Tokens.GAP_SPACE
        || !t.isCapitalized(after) || t.isNumber(after) || t.isNumber(hit.first)
        || words.startsWithAny(WordClass.NOT_A_HEAD_PREFIX, t.key[after])) {
      return false;
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> next = lex.heads.longestAt(t, after, to);
    if (next == null || next.entry.value.stream().allMatch(h -> h.concept == Lexicons.Concept.EVENT)) {
      return false;
    }
    // «the Australia-Indonesia Ministerial Forum»: a word that only names a meeting modifies the standing thing after it.
    if (hit.entry.value.stream().allMatch(h -> h.concept == Lexicons.Concept.EVENT)) {
      return data.documentKinds.longestAt(t, after, to) == null;
    }
    // «the ASEAN-CER Integration Partnership Forum»: a relationship's head before the head of a standing thing (a
    // forum, which may also be a meeting) modifies it; «the Three Seas Initiative Summit» is the initiative's meeting.
    boolean initiative = hit.entry.value.get(0).concept == Lexicons.Concept.INITIATIVE;
    return (eventOf(next.entry.value) == null || initiative && data.language.isRelationshipHead(t.key[hit.first])
            && mechanismOr(next.entry.value).concept == Lexicons.Concept.MECHANISM)
        && (initiative || data.documentKinds.longestAt(t, after, to) == null);
  }

  /**
   * Whether an infinitive of purpose and its object («to continue discussions …», not «to address the …») follow a
   * bare lower-case generic head in the singular after an article («a mechanism», «a platform») that a verb of
   * setting up stands right before.
   */
  private boolean purposeOfAGenericHeadSetUp(Context ctx, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int from, int to) {
    Tokens t = ctx.tokens;
    int after = hit.last;
    return data.language.headsEndNames() && hit.last == hit.first + 1 && after + 3 <= to
        && !t.isCapitalized(hit.first) && words.startsWithAny(WordClass.GENERIC_MECHANISM_PREFIX, t.key[hit.first])
        && !data.language.isPluralNoun(t.key[hit.first]) && data.language.marksAnInfinitiveOfPurpose(t.key[after])
        && t.gapBefore[after] == Tokens.GAP_SPACE && t.gapBefore[after + 1] == Tokens.GAP_SPACE
        && t.gapBefore[after + 2] == Tokens.GAP_SPACE && !t.isCapitalized(after + 1)
        && hit.first > from && data.language.isArticle(t.key[hit.first - 1]) && !data.language.isArticle(t.key[after + 2])
        && mechanisms.createdRightBefore(ctx, hit.first - 1, from);
  }

  /**
   * «the bilateral consultation mechanism», «a dialogue platform»: where names end in their head, a lower-case
   * head right before a lower-case generic head of a standing thing says what that thing is and names nothing
   * of its own.
   */
  private boolean qualifiesAGenericHead(Tokens t, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int to) {
    int after = hit.last;
    return data.language.headsEndNames() && after < to && t.gapBefore[after] == Tokens.GAP_SPACE
        && !t.isCapitalized(hit.first) && !t.isCapitalized(after)
        && words.startsWithAny(WordClass.GENERIC_MECHANISM_PREFIX, t.key[after]);
  }

  /**
   * «Ministerial Dialogue», «Ministerial Council»: where names end in their head, a head of several
   * words whose last word names only a standing thing is that thing, though its first word may name
   * a meeting («Ministerial»).
   */
  private boolean endsInAMechanismsWord(Tokens t, PrefixLexicon.Hit<List<Lexicons.Head>> hit) {
    if (!data.language.headsEndNames() || hit.last - hit.first < 2) {
      return false;
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> lastWord = lex.heads.longestAt(t, hit.last - 1, hit.last);
    return lastWord != null && lastWord.entry.value.stream().allMatch(h -> h.concept == Lexicons.Concept.MECHANISM);
  }

  /**
   * Where the head of a mechanism whose name opens at {@code j} stands («… Межправительственной комиссии»), or -1
   * where no mechanism's name opens there.
   */
  private int mechanismHeadFrom(Tokens t, int j, int to) {
    int limit = j + 3;
    for (int k = j; k < Math.min(to, limit); k++) {
      // «Совместной российско-египетской комиссии»: the parts of a compound adjective are one word.
      if (t.hyphenAfter[k]) {
        limit++;
      }
      PrefixLexicon.Hit<List<Lexicons.Head>> hit = lex.heads.longestAt(t, k, to);
      if (hit != null) {
        // «конференции Форума партнёрства …»: a capitalised head that may be a standing body or a meeting,
        // opening a name inside a meeting's name, is read on its own (items keeps it only as a standing body).
        boolean standing = hit.entry.value.stream().allMatch(h -> h.concept == Lexicons.Concept.MECHANISM)
            || properFrom(t, j, k) && t.isCapitalized(hit.first)
                && hit.entry.value.stream().anyMatch(h -> h.concept == Lexicons.Concept.MECHANISM);
        return standing ? k : -1;
      }
      if (!data.language.modifiesABody(t, k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * «формирования», «подготовки», «реализации»: whether the word at {@code k} is a noun of action, by its ending or,
   * in lower case, as one of the nouns of action that end otherwise (words.tsv ACTION_NOUN_PREFIX).
   */
  private boolean namesAnAction(Tokens t, int k) {
    return data.language.isVerbalNoun(t.key[k])
        || !t.isCapitalized(k) && words.startsWithAny(WordClass.ACTION_NOUN_PREFIX, t.key[k]);
  }

  /**
   * «сессии Российско-Арабского Форума сотрудничества»: whether the name opening at {@code j} is proper up to its
   * head at {@code head}: the head opens it, or, where names run on past their head, every word before the head is
   * capitalised and not in capitals (a lower-case adjective before it, «парламентского форума», may describe a
   * meeting, and a heading's capitals tell no name).
   */
  private boolean properFrom(Tokens t, int j, int head) {
    if (head == j) {
      return true;
    }
    if (data.language.headsEndNames()) {
      return false;
    }
    for (int k = j; k < head; k++) {
      if (!t.isCapitalized(k) || t.isUpperCase(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * «the 9th meeting of the High-Level Strategic Council between …»: where names end in their head,
   * an event's name that runs on over a preposition to a mechanism-only head names the mechanism it
   * is a meeting of, which is read from the word after the preposition as an item of its own. The
   * name ends in its last head: «the first meeting of the Joint Ministerial Committee» is one of the
   * committee, though «Ministerial» may name a meeting too.
   */
  private boolean mechanismAfterPreposition(Tokens t, int after, int end) {
    if (!data.language.headsEndNames() || after >= end || !words.is(WordClass.NAME_PREPOSITION, t.key[after])) {
      return false;
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> last = null;
    for (int k = after + 1; k < end; k++) {
      PrefixLexicon.Hit<List<Lexicons.Head>> hit = lex.heads.longestAt(t, k, end);
      if (hit != null && t.isCapitalized(k)) {
        last = hit;
        k = hit.last - 1;
      } else if (last != null && !t.isCapitalized(k)) {
        break;
      }
    }
    if (last == null) {
      return false;
    }
    // «Ministerial Dialogue» may read as a meeting by its first word; its last word decides.
    PrefixLexicon.Hit<List<Lexicons.Head>> lastWord = lex.heads.longestAt(t, last.last - 1, last.last);
    return (lastWord != null ? lastWord : last).entry.value.stream().allMatch(h -> h.concept == Lexicons.Concept.MECHANISM);
  }

  private boolean isQuotedFormat(Tokens t, int j, int limit) {
    return words.startsWithAny(WordClass.FORMAT_PREFIX, t.key[j]) && j + 1 < limit && t.gapHas(j + 1, '"');
  }

  /**
   * «fixed in consultation between the two Governments»: a bare head of consultations or a dialogue in the
   * singular, in lower case, after a word that makes it an idiom of manner, is how something is done.
   */
  private boolean isMannerIdiom(Tokens t, PrefixLexicon.Hit<List<Lexicons.Head>> hit) {
    if (hit.last != hit.first + 1 || t.isCapitalized(hit.first) || data.language.isPluralNoun(t.key[hit.first])
        || t.gapBefore[hit.first] != Tokens.GAP_SPACE || !data.language.makesAMannerIdiom(t.key[hit.first - 1])) {
      return false;
    }
    for (Lexicons.Head h : hit.entry.value) {
      if (h.concept != Lexicons.Concept.MECHANISM || h.kind != MechanismKind.CONSULTATIONS && h.kind != MechanismKind.DIALOGUE) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code k} is a demonstrative pointing at the item the next token opens (an item told before). */
  private boolean pointsBack(Tokens t, int k) {
    return words.is(WordClass.DEMONSTRATIVE, t.key[k]) && data.language.demonstrativePointsAt(t.key[k], t.key[k + 1]);
  }

  /** The item a head opens, its name widened both ways, or null when the words name nothing. */
  private Concept candidate(Context ctx, Context.Sentence sentence, PrefixLexicon.Hit<List<Lexicons.Head>> hit,
      int from, int to, List<PhraseMatcher.Match<Lexicons.KnownInitiative>> known) {
    Tokens t = ctx.tokens;
    if (hit.first > from && pointsBack(t, hit.first - 1)) {
      return null;
    }
    NameExtent.Left left = extent.left(t, hit.first, from);
    int start = left.start();
    // «this historic first meeting»: a demonstrative before the modifiers refers back, as right before the head.
    if (start < hit.first && start > from && pointsBack(t, start - 1)) {
      return null;
    }
    boolean initiativeHead = hit.entry.value.get(0).concept == Lexicons.Concept.INITIATIVE;
    if (start == hit.first && hit.first > from && isMannerIdiom(t, hit)) {
      return null;
    }
    // «Communiqué Extraordinary Summit of …»: where names end in their head, the kind of a document
    // that opens a meeting's or a mechanism's name is the heading's, no part of the name.
    if (!initiativeHead && data.language.headsEndNames() && start < hit.first) {
      PrefixLexicon.Hit<dev.entente.model.DocumentKind> kind = data.documentKinds.longestAt(t, start, hit.first);
      if (kind != null) {
        start = kind.last;
      }
    }
    // «по инициативе Президента Франции»: at someone's initiative, an idiom that names no initiative.
    if (initiativeHead && hit.first > from && !t.isCapitalized(hit.first)
        && words.startsWithAny(WordClass.GENERIC_INITIATIVE_PREFIX, t.key[hit.first])
        && words.is(WordClass.AGENT_IDIOM_PREPOSITION, t.key[hit.first - 1])) {
      return null;
    }
    // «the Fourth Round of the Six-Party Talks»: a head that ends in its preposition names what follows it as its
    // own complement, an article and all.
    int ownPreposition = words.is(WordClass.NAME_PREPOSITION, t.key[hit.last - 1]) ? hit.last - 1 : hit.last;
    int end = nextNameAfterAnd(t, hit.last, Math.max(hit.last, extent.right(ctx, ownPreposition, to, known, !initiativeHead)));
    end = withCounterpart(ctx, hit, end, to, known);
    // «брифинг Председателя Комитета о работе Комитета»: where bodies' fields take another preposition, what
    // follows a body's head after a topic's preposition is what is said about it.
    if (end > hit.last && data.language.topicEndsABodysName() && words.is(WordClass.TOPIC_PREPOSITION, t.key[hit.last])
        && hit.entry.value.stream().allMatch(h -> h.concept == Lexicons.Concept.MECHANISM && namesAnInstitution(h))) {
      end = hit.last;
    }
    // «Решение Совета глав государств — членов ШОС о предоставлении …»: where bodies' fields take another
    // preposition, a topic's preposition right after the party that closes a body's name says what the body's
    // decision or statement is about.
    if (end > hit.last + 1 && data.language.topicEndsABodysName()
        && hit.entry.value.stream().allMatch(h -> h.concept == Lexicons.Concept.MECHANISM)) {
      end = topicAfterParty(t, hit.last + 1, end);
    }
    // «комиссия Ивана Петрова»: where heads open names, a body's name ends before a person's; a body is named by its
    // members and field, not by its chair (a meeting or a visit is someone's and keeps the name).
    if (end > hit.last && !data.language.headsEndNames()
        && hit.entry.value.stream().allMatch(h -> h.concept == Lexicons.Concept.MECHANISM)) {
      end = beforeAPersonsName(t, hit.last, end);
    }
    // «подписание в ходе визита Соглашения о …»: a visit is someone's, never a document's; its name
    // ends before the head of an initiative.
    if (end > hit.last && isVisitHead(hit) && opensAnInitiative(t, hit.last, to)) {
      end = hit.last;
    }
    // «the first round of negotiations for …»: a head that ends in its preposition, with no name after it, takes
    // the head of what it is a part of («talks»), or the noun in the plural it counts («negotiations»).
    if (end == hit.last && hit.last < to && words.is(WordClass.NAME_PREPOSITION, t.key[hit.last - 1])
        && t.gapBefore[hit.last] == Tokens.GAP_SPACE) {
      PrefixLexicon.Hit<List<Lexicons.Head>> of = lex.heads.longestAt(t, hit.last, to);
      if (of != null && of.first == hit.last) {
        end = of.last;
      } else if (data.language.isPluralNoun(t.key[hit.last])) {
        end = hit.last + 1;
      }
    }
    // «the Fifth Round of the Talks», the name read no further: a name never ends in its head's preposition.
    if (end == hit.last && ownPreposition < hit.last) {
      end = ownPreposition;
    }
    // «will establish a mechanism to continue discussions on trade»: where names end in their head, a bare generic
    // head of a standing thing that a verb right before sets up is named by the infinitive of its purpose.
    if (end == hit.last && purposeOfAGenericHeadSetUp(ctx, hit, from, to)) {
      end = Math.max(hit.last + 3, extent.right(ctx, hit.last + 3, to, known, !initiativeHead));
    }
    // «в результате подписания 2 апреля 1997 года Договора о …»: a signing's date may stand between its
    // head and the document signed, which then names it.
    int signed = end == hit.last && isSigningHead(hit) ? signedAfterDate(ctx, hit.last, to) : -1;
    if (signed > 0) {
      end = extent.right(ctx, signed, to, known, true);
    }
    // «witnessed the signing of a Memorandum of Understanding on …»: a signing the sides attend is named by
    // what was signed, read on past the document's head (the document is read on its own too, items).
    if (signed < 0 && end == hit.last && isSigningHead(hit) && hit.last < to && events.attendedSigning(t, start, from)) {
      end = extent.right(ctx, hit.last, to, known, false);
    }
    // «"Action Plan for Strengthening of the Strategic Partnership"»: a quote that opens the name closes it.
    // «the "Central Asia + Japan" format and the "3+3" platform»: a quote closed before the head closes nothing after it.
    int closing = start > from && t.gapHas(start, '"') && !(start < hit.first && t.gapHas(hit.first, '"'))
        ? closingQuote(t, hit.last, to) : -1;
    if (closing > end) {
      end = closing;
    }
    // «the “Crimea Platform” as a new format …»: where names end in their head, a quote that opens the
    // name and closes after its head ends it; what follows the quote is no part of the name.
    if (closing >= hit.last && closing < end && data.language.headsEndNames()) {
      end = closing;
    }
    // «приветствуют работу "нормандского формата", Минской группы ОБСЕ»: in any language, a quote glued to the
    // name's first word that closes glued to a word after its head ends the name; what follows is another item.
    if (closing >= hit.last && closing < end && quotedWhole(ctx.text.text(), t.start[start], t.end[closing - 1])) {
      end = closing;
    }
    if (initiativeHead && hit.entry.value.size() == 1) {
      for (int k = hit.last; k <= Math.min(end + 1, hit.last + 3); k++) {
        // «the Lobito Corridor, Luzon Corridor, the Middle Corridor»: past a comma, a known one is the next item, not this one's name.
        // «Концепции развития СВМДА и Каталога мер доверия СВМДА»: past «и» after a name with a capital, the known one
        // is the next item («реализации резолюции Генеральной Ассамблеи и Глобального цифрового договора»: no name).
        if (k < t.size && (t.gapBefore[k] == Tokens.GAP_HARD
            || k >= end && words.is(WordClass.AND, t.key[k]) && t.isCapitalized(hit.first) && !t.isUpperCase(hit.first))) {
          break;
        }
        if (NameExtent.knownAt(known, k) != null) {
          return null;
        }
      }
    }
    if (modifiesTheNextHead(t, hit, to) || qualifiesAGenericHead(t, hit, to)) {
      return null;
    }
    // «the Fifty-First Pacific Islands Forum»: an organisation named after its meeting, numbered, is that meeting.
    boolean numberedOrganisation = false;
    if (mechanisms.coveredByOrganization(ctx, hit.first, to, isCommission(hit.entry.value))) {
      if (left.ordinal() == 0 || eventOf(hit.entry.value) == null) {
        return null;
      }
      numberedOrganisation = true;
    }
    int eventHead = eventHeadAtTheEnd(t, hit, end);
    if (eventHead >= 0 && left.ordinal() > 0) {
      // «the Thirteenth Council Meeting»: the ordinal numbers the meeting, not the council.
      return null;
    }
    if (eventHead >= 0) {
      end = eventHead;
    }
    Integer ordinal = left.ordinal() > 0 ? left.ordinal() : null;
    // «COP28», «COP 26», «MC13»: a number right after a head in capitals numbers it.
    if (ordinal == null && hit.last == hit.first + 1 && hit.last < to && t.isUpperCase(hit.first)
        && t.isNumber(hit.last) && t.key[hit.last].length() <= 3 && t.gapBefore[hit.last] == Tokens.GAP_SPACE) {
      ordinal = Integer.parseInt(t.key[hit.last]);
      end = Math.max(end, hit.last + 1);
      while (start < hit.first && !t.isCapitalized(start)) {
        start++;
      }
    }
    // «Security Consultative Committee (SCC: "2+2")»: a format named by numbers in quotes or brackets is another name's
    // alias, a meeting's head after the bracket too («(SCC: "2+2") meeting»); «the "2 plus 2" dialogue», a head word
    // after the quoted numbers, names the format itself.
    if (t.isNumber(hit.first) && (t.gapHas(hit.first, '"') || t.gapHas(hit.first, '('))
        && (t.isNumber(hit.last - 1) || t.gapsHave(hit.first + 1, hit.last, ')'))) {
      return null;
    }
    // «2+2 meeting»: a format named by numbers is the mechanism; its numbered or next meeting is made from it (items).
    // «EU-Japan Summit 2023: Joint Statement»: where names end in their head, the title's summit is the document's occasion.
    boolean mechanismByForm = t.isNumber(hit.first) || endsInAMechanismsWord(t, hit) || meetingOfItFollows(t, hit, to);
    Lexicons.Head head = mechanismByForm ? mechanismOr(hit.entry.value)
        : choose(ctx, hit.entry.value, ordinal != null || sentence == null, start, end, from, to);
    boolean undecided = !mechanismByForm && head.concept == Lexicons.Concept.MECHANISM && eventOf(hit.entry.value) != null
        && ordinal == null && !mechanisms.setUpBefore(ctx, start, from) && !seriesWordBefore(t, start, hit.last, from);
    // «Протокол о консультациях между министерствами иностранных дел …»: consultations a document is about are
    // the standing arrangement it sets up or governs, no one round of them (the document's own day dates none).
    if (head.concept == Lexicons.Concept.EVENT && subjectOfADocument(t, start, from)) {
      Lexicons.Head standing = mechanismOr(hit.entry.value);
      // «Меморандум о Парламентском форуме»: so is a forum a document is about, unnumbered: the standing forum.
      if (standing.kind == MechanismKind.CONSULTATIONS || standing.kind == MechanismKind.FORUM && ordinal == null) {
        head = standing;
      }
    }
    // «will hold an in-person summit», «провести совместное заседание»: what a verb of holding takes is one event.
    if (numberedOrganisation) {
      head = eventOf(hit.entry.value);
    }
    int held = t.isCapitalized(hit.first) || t.isNumber(hit.first) || data.language.isPluralNoun(t.key[hit.last - 1])
        || data.language.headInThePlural(t, hit.first, hit.last) ? -1 : heldFrom(t, hit.first, from);
    Lexicons.Head heldEvent = held >= 0 ? eventOf(hit.entry.value) : null;
    if (heldEvent != null) {
      head = heldEvent;
      start = Math.min(start, held);
    }
    // «саммиты БРИКС», «совместных рабочих групп»: a lower-case head in the plural names a kind of
    // thing, not one; only meetings held at a level stay, as their series («регулярные встречи министров»).
    if (ordinal == null && !t.isCapitalized(hit.first) && data.language.headInThePlural(t, hit.first, hit.last)
        && !listOfNumbers(ctx, hit, end, to)) {
      head = seriesOrNone(hit.entry.value);
      // «на саммитах СНГ»: an organisation's own summits are the organisation, a party already.
      if (head == null || head.kind == MechanismKind.SUMMIT && organizationAt(ctx, hit.last, to)) {
        return null;
      }
    }
    // «Председатели Верховных Советов (Парламентов) государств – участников СНГ»: a capitalised body in
    // the plural is each state's own, no arrangement of theirs; a series of meetings so written is one, and
    // so is a format («Коллективные миротворческие силы»: forces the sides keep together).
    if (ordinal == null && t.isCapitalized(hit.first) && data.language.headInThePlural(t, hit.first, hit.last)
        && seriesOrNone(hit.entry.value) == null && eventOf(hit.entry.value) == null && !isFormat(hit.entry.value)) {
      return null;
    }
    if (head.concept == Lexicons.Concept.MECHANISM && head.kind == MechanismKind.CONSULTATIONS && ordinal == null) {
      Lexicons.Head round = roundHeldOnADay(ctx, hit, start, from);
      head = round != null ? round : head;
    }
    Lexicons.Concept concept = head.concept;
    // «Тюркский совет 2015»: where names run on past their head, a year right after a standing body's head
    // dates the occasion (a heading's), no part of the body's name.
    if (concept == Lexicons.Concept.MECHANISM && !data.language.headsEndNames() && end == hit.last + 1
        && yearInName(t, hit.last, end)) {
      end = hit.last;
    }
    // «Michael Jeffery AC CVO MC», «document CBD/COP/15/17»: an abbreviation that names a meeting («COP28», «MC13»)
    // names one only numbered; alone it is a title's letters or a document's symbol.
    if (concept == Lexicons.Concept.EVENT && ordinal == null && hit.last == hit.first + 1 && t.isUpperCase(hit.first)
        && t.key[hit.first].length() <= ABBREVIATED_HEAD) {
      return null;
    }
    // «the Status of Visiting Forces Agreement», «Australians and Thais visiting each other's country»: a visit's
    // head as a participle tells a visit only with the place visited right after it («is visiting Australia»).
    if (concept == Lexicons.Concept.EVENT && head.kind == EventKind.VISIT && data.language.isParticiple(t.key[hit.last - 1])
        && events.destinationIn(ctx, hit.first, end, to) == null) {
      return null;
    }
    // «before the 1989 Forum meeting»: where names end in their head, a year that opens a standing body's name
    // dates one meeting of it, and the body is named by no word of its own.
    if (concept == Lexicons.Concept.MECHANISM && data.language.headsEndNames() && start < hit.first && t.isNumber(start)
        && yearInName(t, start, start + 1)) {
      return null;
    }
    // «the Productivity Commissions' joint study», «the relevant Bundestag committees»: where names end in their
    // head, commissions, councils or secretariats in the plural, no party named in them, are each side's own bodies.
    if (concept == Lexicons.Concept.MECHANISM && ordinal == null && data.language.headsEndNames() && namesAnInstitution(head)
        && data.language.isPluralNoun(t.key[hit.last - 1]) && !partyWithin(ctx, start, end)) {
      return null;
    }
    // «процесс формирования новой Европы», «процесс подготовки Встречи на высшем уровне»: a bare lower-case process
    // of an action is that action under way, not a standing format («переговорный процесс», «Астанинский процесс» are
    // named); a meeting it prepares is read on its own.
    if (concept == Lexicons.Concept.MECHANISM && head.kind == MechanismKind.PROCESS && start == hit.first
        && !t.isCapitalized(hit.first) && hit.last < end && namesAnAction(t, hit.last)) {
      return null;
    }
    // «Стороны будут проводить ежегодные заседания Межправительственной комиссии»: meetings a word of regularity
    // in the plural qualifies are a standing series, no one event (the body they are meetings of is read on its own).
    if (concept == Lexicons.Concept.EVENT && ordinal == null && start < hit.first && !t.isCapitalized(hit.first)
        && data.language.marksASeriesInThePlural(t.key[hit.first - 1])) {
      return null;
    }
    // «Совещания по безопасности и сотрудничеству в Европе»: a meeting's head that opens a name the
    // gazetteer gives an organisation is the organisation, not a meeting.
    if (concept == Lexicons.Concept.EVENT && ordinal == null && organizationAt(ctx, hit.first, to)) {
      return null;
    }
    // «the Fifth Round of the Six-Party Talks»: an ordinal counts meetings, never an initiative of a plain head
    // (plans, programmes and international decades may be numbered: «the Second International Decade»).
    if (concept == Lexicons.Concept.INITIATIVE && head.kind == InitiativeKind.INITIATIVE && ordinal != null) {
      return null;
    }
    // «resolution 1701»: where initiatives' heads are capitalised, a lower-case one names one with proper
    // words before it or a number after it.
    boolean byNumber = resolutionByNumber(ctx, head, hit.last, to);
    // «учрежденного резолюцией 1373 (от 28 сентября 2001 года)»: the number names the resolution though the name
    // read on from the head stopped before it.
    if (byNumber && end == hit.last) {
      end = numberEnd(t, hit.last, to);
    }
    // «резолюцию A/RES/77/1»: a document's symbol is read whole, though a name stops at its first word in capitals.
    if (byNumber) {
      end = Math.max(end, symbolEnd(t, hit.last, to));
    }
    // «резолюции Совета Безопасности ООН № 2254 (2015)»: the number after its issuer and a number sign names it too.
    int signedNumberEnd = byNumber ? -1 : numberAfterSign(t, head, end, to);
    // «резолюцию Совета Безопасности ООН от 20 июля 2015 года № 2231»: the day of adoption may stand before the sign.
    int dated = signedNumberEnd < 0 && !byNumber && end < to ? afterDateOf(t, end, to) : end;
    if (dated > end) {
      signedNumberEnd = numberAfterSign(t, head, dated, to);
    }
    // «резолюцией Генеральной Ассамблеи ООН (A/Res/72/278)»: its symbol in brackets after the issuer names it too.
    if (signedNumberEnd < 0 && !byNumber && head.concept == Lexicons.Concept.INITIATIVE && head.kind == InitiativeKind.RESOLUTION
        && end < to && t.gapText(end).strip().equals("(")) {
      signedNumberEnd = symbolEnd(t, end, to);
    }
    if (signedNumberEnd > 0) {
      end = signedNumberEnd;
    }
    boolean numbered = signedNumberEnd > 0 || (data.language.initiativeHeadsAreCapitalised() || byNumber)
        && end > hit.last && numberEnd(t, hit.last, end) > 0;
    // «рекомендации 1693 (2005)», not «рекомендации экспертов»: the head of an act other than a resolution names one
    // only by its number; written in capitals («РЕКОМЕНДАЦИЯ 1712 (2005)») it heads the page's own text, as running
    // text writes a kind of document in capitals only so.
    if (words.startsWithAny(WordClass.NUMBERED_ONLY_HEAD_PREFIX, t.key[hit.first]) && (!numbered || t.isUpperCase(hit.first))) {
      return null;
    }
    // «a six-point peace plan», «the 12-point plan»: a plan whose points a number counts is one plan, named in lower case too.
    int counted = concept == Lexicons.Concept.INITIATIVE && head.kind == InitiativeKind.PLAN
        && data.language.initiativeHeadsAreCapitalised() ? pointCountStart(t, start, hit.first, from) : -1;
    if (counted >= 0) {
      start = Math.min(start, counted);
      numbered = true;
    }
    // «the United States and the European Union plan to explore …»: a lower-case head that is also a verb,
    // with its infinitive right after it, is the verb of the sentence.
    if (concept == Lexicons.Concept.INITIATIVE && !t.isCapitalized(hit.first) && hit.last == hit.first + 1 && hit.last < to
        && data.language.headIsAVerbBefore(t.key[hit.first], t.key[hit.last])) {
      return null;
    }
    // «the Pacific Islands vision», «the Asia-Pacific community concept»: some lower-case heads only describe.
    if (concept == Lexicons.Concept.INITIATIVE && data.language.initiativeHeadsAreCapitalised()
        && !t.isCapitalized(hit.first) && !numbered
        && (!properBefore(t, start, hit, data.language) || data.language.describesInLowerCase(t.key[hit.last - 1]))) {
      return null;
    }
    // «Partnership for Global Infrastructure …» names a programme by its complement; else a noun must qualify it.
    boolean complemented = hit.last > hit.first + 1 || end > hit.last && words.is(WordClass.NAME_PREPOSITION, t.key[hit.last]);
    if (concept == Lexicons.Concept.INITIATIVE && !complemented && data.language.isRelationshipHead(t.key[hit.first])
        && !nounQualifies(ctx, start, hit.first)) {
      return null;
    }
    // «the Strategic and Global Partnership between Japan and India», «Strategic Partnership for Shared
    // Principles»: a word of a relationship's label before the head, or «between» the sides after it, labels one.
    if (concept == Lexicons.Concept.INITIATIVE && data.language.isRelationshipHead(t.key[hit.first])
        && (labelWordIn(t, start, hit.first) || hit.last < end && words.is(WordClass.BETWEEN, t.key[hit.last]))) {
      return null;
    }
    // «Four Agreements/Memoranda were concluded», «the Shared Principles»: a plural head with no proper word names several.
    if (concept == Lexicons.Concept.INITIATIVE && data.language.headsEndNames() && hit.last == hit.first + 1
        && data.language.isPluralNoun(t.key[hit.first]) && end == hit.last && !properWordIn(ctx, Math.max(start, from + 1), hit.first)) {
      return null;
    }
    // «the Community Vision 2045 and its Strategic Plans»: where names end in their head, a plural head after a
    // possessive pronoun names a party's several documents, no one initiative.
    if (concept == Lexicons.Concept.INITIATIVE && data.language.headsEndNames() && start > from && end == hit.last
        && data.language.isPluralNoun(t.key[hit.last - 1]) && t.gapBefore[start] == Tokens.GAP_SPACE
        && words.is(WordClass.FUNCTION_WORD, t.key[start - 1]) && !words.is(WordClass.FUNCTION_WORD, t.key[start])) {
      return null;
    }
    // «the G20 as the premier forum for economic cooperation»: a lower-case event after a predicate's
    // marker says what a party is, not what happens.
    if (concept == Lexicons.Concept.EVENT && ordinal == null && !t.isCapitalized(start) && afterPredicateMarker(t, start, from)) {
      return null;
    }
    // «статус Сообщества как политического форума всех государств региона», "its establishment as a sectoral
    // dialogue partnership": a lower-case mechanism after a predicate's marker says what a party is, no body of its
    // own; examples after «такие, как» or "such as" are named bodies and stay.
    if (concept == Lexicons.Concept.MECHANISM && ordinal == null && !t.isCapitalized(start) && describedAfterMarker(t, start, from)) {
      return null;
    }
    // «meetings between Ministers on a regular basis», «the major United Nations conferences and summits»:
    // lower-case plural gatherings are a kind of them, no one event.
    if (concept == Lexicons.Concept.EVENT && GATHERINGS.contains(head.kind) && !t.isCapitalized(hit.first)
        && data.language.isPluralNoun(t.key[hit.last - 1])) {
      return null;
    }
    // «Trade and Investment Policy», «the British Defence Policy»: a head the language calls generic, with no
    // words before it but fields of cooperation and parties, is a side's policy in that field, no initiative;
    // in lower case after parties alone ("its Iran policy") it is a side's conduct towards them.
    if (concept == Lexicons.Concept.INITIATIVE && end == hit.last && start < hit.first
        && data.language.genericAfterTopics(t.key[hit.first])
        && onlyTopicsAndParties(ctx, start, hit.first, !t.isCapitalized(hit.first))) {
      return null;
    }
    // «Минская группа», not «группа государств» or «группа по вопросам туризма»: some heads alone name a standing
    // arrangement only after a capitalised word of its own name, mid-sentence.
    if (concept == Lexicons.Concept.MECHANISM && hit.last - hit.first == 1 && data.language.standingOnlyAfterAProperWord(t.key[hit.first])
        && !(start < hit.first && hit.first - 1 > from && t.isCapitalized(hit.first - 1) && !t.isUpperCase(hit.first - 1))) {
      return null;
    }
    // «a regional network of young professionals», «Open Radio Access Networks»: some heads name a standing
    // arrangement only capitalised and in the singular («the Crisis Response Network»).
    if (concept == Lexicons.Concept.MECHANISM && hit.last == hit.first + 1 && data.language.standingOnlyAsProperSingular(t.key[hit.first])
        && (!t.isCapitalized(hit.first) || data.language.isPluralNoun(t.key[hit.last - 1]))) {
      return null;
    }
    // «the Trans-European Transport Network», «the Fibre Optic Network»: such a head after a word of
    // infrastructure names lines and cables, no arrangement of cooperation.
    if (concept == Lexicons.Concept.MECHANISM && data.language.standingOnlyAsProperSingular(t.key[hit.first])
        && infrastructureWithin(t, start, hit.first)) {
      return null;
    }
    // «the ASEAN Charter», «the Charter of the United Nations»: an organisation's founding document is the organisation's.
    if (concept == Lexicons.Concept.INITIATIVE && data.language.isFoundingDocument(t.key[hit.first])
        && organisationWithin(ctx, start, end)) {
      return null;
    }
    // «the Action Plan», «the Plan of Action»: a head phrase alone refers to a document named elsewhere.
    if (concept == Lexicons.Concept.INITIATIVE && start == hit.first && end == hit.last && hit.last > hit.first + 1
        && data.language.bareHeadsAreNoNames()) {
      return null;
    }
    // «проект Итоговой декларации саммита», «проект Программы сотрудничества»: where names run on past their
    // head, a project's head right before another document's is that document's draft; the document is read on its own.
    if (concept == Lexicons.Concept.INITIATIVE && head.kind == InitiativeKind.PROJECT && hit.last == hit.first + 1
        && !data.language.headsEndNames() && draftOf(t, hit.last, end, to)) {
      return null;
    }
    // «стоимость проекта по оценке «…»», «проект Конвенции», «проекта строительства»: where names run on past their
    // head, the bare word for a project or a draft names one only by the brand in quotes right after it
    // («проект «Зеленая долина»»); what else follows it describes a project or cites a draft, and names none.
    if (concept == Lexicons.Concept.INITIATIVE && head.kind == InitiativeKind.PROJECT && hit.last == hit.first + 1
        && !data.language.headsEndNames() && words.startsWithAny(WordClass.DRAFT_PREFIX, t.key[hit.first])
        && start == hit.first && hit.last < to && !t.gapHas(hit.last, '"')) {
      return null;
    }
    // «Протокол заседания Межправительственной комиссии», «Декларация саммита»: where names run on past their
    // head, an instrument's head right before a meeting's is the record of that meeting, no instrument named.
    if (concept == Lexicons.Concept.INITIATIVE && head.kind == InitiativeKind.AGREEMENT && end > hit.last
        && !data.language.headsEndNames() && opensAnEvent(t, hit.last, to)) {
      return null;
    }
    // «включить в повестку дня Саммита лидеров …»: an agenda's head right before a meeting's head is the business
    // of that meeting, no programme of the parties («Повестка дня в области устойчивого развития» is one).
    if (concept == Lexicons.Concept.INITIATIVE && end > hit.last
        && words.startsWithAny(WordClass.AGENDA_PREFIX, t.key[hit.first]) && opensAnEvent(t, hit.last, to)) {
      return null;
    }
    // «по Лачинскому коридору»: where names run on past their head, a one-word project's head named by one word
    // of a place before it, with no word of transport or trade («транспортный», «экономический»), is a strip of land.
    if (concept == Lexicons.Concept.INITIATIVE && head.kind == InitiativeKind.PROJECT && !data.language.headsEndNames()
        && hit.last == hit.first + 1 && start == hit.first - 1 && end == hit.last && start > from
        && !t.gapHas(start, '"') && data.parties.longestAt(t, start, end) == null
        && data.language.namesAPlaceRoute(t.key[hit.first]) && !infrastructureWithin(t, start, hit.first)) {
      return null;
    }
    // «поддерживают инициативу Генерального секретаря ООН»: where initiatives' heads are not capitalised, a
    // lower-case «initiative» with only its owner after it, neither quoted nor saying what it is for, names none.
    if (concept == Lexicons.Concept.INITIATIVE && !data.language.initiativeHeadsAreCapitalised() && start == hit.first
        && end > hit.last && !t.isCapitalized(hit.first) && words.startsWithAny(WordClass.GENERIC_INITIATIVE_PREFIX, t.key[hit.first])
        && onlyAnOwner(ctx, hit.last, end)) {
      return null;
    }
    // «политика "одного Китая"»: where initiatives' heads are not capitalised, a lower-case head the language
    // calls describing, with no word of a name before it, is a side's stance, no initiative; a heading in
    // capitals («… В ОБЛАСТИ ВНЕШНЕЙ ПОЛИТИКИ СООБЩЕСТВА») says nothing by its case, so such a head is no name there.
    if (concept == Lexicons.Concept.INITIATIVE && !data.language.initiativeHeadsAreCapitalised()
        && (start == hit.first && !t.isCapitalized(hit.first) || t.inCapitals(start, hit.last))
        && data.language.describesInLowerCase(t.key[hit.last - 1])) {
      return null;
    }
    // «the reform of the UN, including the Security Council»: an organ's name alone is the organisation's.
    if (concept != Lexicons.Concept.INITIATIVE && notAName(ctx, hit, start, end, to)
        || concept == Lexicons.Concept.MECHANISM && (stateOrgan(ctx, start, hit, end, to)
            || words.isPhrase(WordClass.ORGAN_HEAD, t, start, end) || oneStatesBody(ctx, head, start, hit.first, end)
            || namedByAnOwnerAlone(ctx, hit, start, end) || partysOwnBody(ctx, hit, start, end, to)
            || onesStatesChamber(ctx, start, hit, to) || mechanisms.oneStatesOrgan(ctx, (MechanismKind) head.kind, start, end)
            // «the Beijing International Convention Centre»: a centre a word of a building qualifies is a venue.
            || head.kind == MechanismKind.CENTRE && hit.first > start && data.language.namesAVenue(t.key[hit.first - 1])
            // «the Bangsamoro peace process», «the Middle East Peace Process»: a course of events, no format.
            || head.kind == MechanismKind.PROCESS && hit.first > start && data.language.namesAProcessSubject(t.key[hit.first - 1])
            || localBody(t, start, hit, end)
            || head.kind == MechanismKind.FORMAT && quotedDescription(t, hit.last, end)
            || describesAFormatBefore(t, start, end)
            || bodyInOneState(ctx, head, start, hit, end, to) || bodyOfANationsBody(head, t, start, hit, end)
            // «the inclusive National Dialogue»: where names end in their head, a dialogue a word of a nation's own
            // qualifies, no party named in it, is one state's own process.
            || head.kind == MechanismKind.DIALOGUE && data.language.headsEndNames() && hit.first > start
                && data.language.opensANationsBody(t.key[hit.first - 1]) && !partyWithin(ctx, start, end))) {
      return null;
    }
    // «по итогам саммита в Киеве»: where names run on past their head, a meeting in the singular named by
    // its head alone, with the city it was held in right after it, is that meeting, named with the city.
    boolean inCity = false;
    if (concept == Lexicons.Concept.EVENT && !data.language.headsEndNames() && start == hit.first && end == hit.last
        && head.kind != EventKind.OTHER && head.kind != EventKind.VISIT && end + 1 < to
        && t.gapBefore[end + 1] == Tokens.GAP_SPACE && t.isCapitalized(end + 1)
        && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[end]) && !data.language.isPluralNoun(t.key[hit.last - 1])) {
      PhraseMatcher.Match<City> city = data.cities.longestAt(t, end + 1, to);
      if (city != null) {
        end = city.last;
        inCity = true;
      }
    }
    Level level = level(t, hit.first, end);
    boolean named = inCity || heldEvent != null || signed > 0
        || concept == Lexicons.Concept.INITIATIVE && numbered && !isBarePeriod(hit, head)
        || named(ctx, hit, head, new Range(start, end), ordinal, level, from, to);
    if (concept == Lexicons.Concept.INITIATIVE && initiatives.introducesExamples(t, end, to) && !capitalisedBefore(t, start, hit.first, from)
        || sentence == null && concept == Lexicons.Concept.INITIATIVE && head.kind == InitiativeKind.AGREEMENT
        || concept == Lexicons.Concept.INITIATIVE && namesTheText(ctx, sentence, start, hit.first, to)
        || !named && !(concept == Lexicons.Concept.EVENT && ordinal != null)) {
      return null;
    }
    Concept c = new Concept(concept);
    c.kind = head.kind;
    c.first = start;
    c.last = end;
    c.headFirst = hit.first;
    c.sentence = sentence;
    c.ordinal = ordinal;
    c.level = level;
    c.mentions.add(new Range(start, end));
    c.name = signed > 0 ? NameExtent.nominativeText(ctx, data.language, start, hit.first, hit.last, hit.last) + " "
        + NameExtent.text(ctx, signedStart(t, hit.last, to), end) : NameExtent.nominativeText(ctx, data.language, start, hit.first, hit.last, end);
    c.key = key(ctx, c, hit.first, end);
    c.rule = "heads.tsv:" + hit.entry.pattern() + " (" + hit.entry.where + ")";
    c.undecided = undecided && concept == Lexicons.Concept.MECHANISM;
    if (concept == Lexicons.Concept.INITIATIVE) {
      initiatives.named(ctx, c, to);
    }
    return c;
  }

  /**
   * «в формате "один на один"», «назвал трехсторонний формат «уникальным механизмом коллективного мышления»»,
   * «в формате "рабочего ланча"»: a quoted complement of a format's head in lower case, with no capitalised word or
   * number in it, says how the sides sat or what the format is like; a format is named by its members, a number or
   * a proper word («формат "5+2"», «"Китай – Центральная Азия"»), so this names none.
   */
  private static boolean quotedDescription(Tokens t, int from, int end) {
    if (from >= end || !t.gapHas(from, '"')) {
      return false;
    }
    for (int k = from; k < end; k++) {
      if (t.isCapitalized(k) || t.isNumber(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * «назвал трехсторонний формат «уникальным механизмом коллективного мышления»»: a mechanism's head that opens a
   * lower-case quoted description of a format right before it is part of that description, no mechanism.
   */
  private boolean describesAFormatBefore(Tokens t, int start, int end) {
    if (start == 0 || !quotedDescription(t, start, end)) {
      return false;
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> before = lex.heads.longestAt(t, start - 1, start);
    return before != null && before.first == start - 1
        && before.entry.value.stream().anyMatch(h -> h.concept == Lexicons.Concept.MECHANISM && h.kind == MechanismKind.FORMAT);
  }

  /**
   * «областного Совета народных депутатов», «Улан-Удэнского городского Совета депутатов»: a body whose name
   * has a word of a province or city before its head, or names deputies after it, is a local authority or an
   * assembly of one place (newspapers' mastheads, agreements between two cities' councils), no arrangement of
   * cooperation between parties.
   */
  private boolean localBody(Tokens t, int start, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int end) {
    for (int k = start; k < hit.first; k++) {
      if (words.startsWithAny(WordClass.LOCAL_BODY_PREFIX, t, k)) {
        return true;
      }
    }
    for (int k = hit.last; k < end; k++) {
      if (data.language.namesDeputies(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * «the Indian Council of Medical Research», «the National Security Council», «the Japanese National
   * Security Secretariat»: where names end in their head (a Russian state's adjective also opens
   * bilateral bodies' names), a council, centre, secretariat or commission whose name opens with one
   * state's name (no other party before its head) or with a word of a nation's own bodies is that
   * state's institution, no arrangement of cooperation between parties. So is a team whose name opens with
   * one state's («the Indian Computer Emergency Response Team»), and a regulator («the Nuclear Regulatory
   * Commission»).
   */
  private boolean oneStatesBody(Context ctx, Lexicons.Head head, int start, int headFirst, int end) {
    // «the Secretariat of Foreign Relations», «the Secretariat of the Interior», «the Council of Economic
    // Advisers»: a secretariat or council named by its head and a government's portfolio is one state's ministry.
    if ((head.kind == MechanismKind.SECRETARIAT || head.kind == MechanismKind.COUNCIL) && start == headFirst && headFirst + 2 < end
        && ctx.tokens.key[headFirst + 1].equals("of") && data.language.portfolioAt(ctx.tokens, headFirst + 2, end)) {
      return true;
    }
    Tokens t = ctx.tokens;
    boolean team = data.language.teamOfOneSide(t.key[headFirst]);
    if (!data.language.headsEndNames() || !(head.kind == MechanismKind.COUNCIL || head.kind == MechanismKind.CENTRE
        || head.kind == MechanismKind.SECRETARIAT || head.kind == MechanismKind.COMMISSION || team) || start > headFirst
        || start == headFirst && head.kind != MechanismKind.CENTRE) {
      return false;
    }
    // «the Nuclear Regulatory Commission», «the Election Commission»: a regulator's word before the head.
    if (data.language.opensANationsBody(t.key[start]) || start < headFirst && data.language.namesARegulator(t.key[headFirst - 1])) {
      return true;
    }
    // «the Center for International Private Enterprise»: a centre named only by its head and what it is
    // for, no party in it, is an institution of its own (the guidelines' other organisations).
    if (start == headFirst && head.kind == MechanismKind.CENTRE && t.isCapitalized(headFirst)
        && !partyWithin(ctx, headFirst, end)) {
      return true;
    }
    PhraseMatcher.Match<PartyInfo> first = t.isCapitalized(start) ? data.parties.longestAt(t, start, headFirst) : null;
    if (first == null || first.value.kind != dev.entente.model.PartyKind.STATE
        || first.last < headFirst && t.gapBefore[first.last] != Tokens.GAP_SPACE && !NameExtent.initialismStop(t, first.last - 1)) {
      return false;
    }
    return !partyWithin(ctx, first.last, headFirst);
  }

  /**
   * «the Wagner Group», «the Tata Group», «the Lockheed Martin Group»: a group (a head the language names so)
   * named by nothing but proper words of its own — no party, city, field of cooperation, adjective, acronym
   * or noun of a function («Coordination», «Core», «Officials») — is a company or an armed group, no
   * arrangement of cooperation between parties.
   */
  private boolean namedByAnOwnerAlone(Context ctx, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int start, int end) {
    Tokens t = ctx.tokens;
    Language language = data.language;
    if (start >= hit.first || end != hit.last || hit.last != hit.first + 1 || !language.namedByOwners(t.key[hit.first])) {
      return false;
    }
    // «the Hamas Group», «the Islamic State group», «the Al-Shabaab group»: a party's or an armed group's own
    // name before «group», in either case, is that party or armed group, no arrangement between parties.
    PhraseMatcher.Match<PartyInfo> owner = data.parties.longestAt(t, start, hit.first);
    if (owner != null && owner.last == hit.first || language.namesAnArmedGroup(t, start, hit.first)) {
      return true;
    }
    if (!t.isCapitalized(hit.first)) {
      return false;
    }
    for (int k = start; k < hit.first; k++) {
      String key = t.key[k];
      if (!t.isCapitalized(k) || t.isUpperCase(k) || t.isNumber(k) || !key.chars().allMatch(Character::isLetter)
          || language.isAdjective(key) || language.namesAFunction(key) || lex.topics.longestAt(t, k, hit.first) != null
          || data.parties.longestAt(t, k, hit.last) != null || data.cities.longestAt(t, k, hit.first) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * «Центральный Комитет Коммунистической партии Вьетнама», «the Central Committee of the Communist Party of
   * China»: a body whose head a political party's name follows (after «of» and an article) is that party's
   * own organ, no arrangement between parties (an organisation's organs are mechanisms in gold).
   */
  private boolean partysOwnBody(Context ctx, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int start, int end, int to) {
    Tokens t = ctx.tokens;
    int k = hit.last;
    if (k < end && words.is(WordClass.NAME_PREPOSITION, t.key[k]) && data.language.headsEndNames()) {
      k++;
      if (k < end && data.language.isArticle(t.key[k])) {
        k++;
      }
    }
    PhraseMatcher.Match<PartyInfo> owner = k < end ? data.parties.longestAt(t, k, to) : null;
    return owner != null && owner.value.kind == dev.entente.model.PartyKind.POLITICAL_PARTY;
  }

  /**
   * «Совет Федерации глубоко возмущён …», "the Federation Council": a body whose name is one that
   * stands for a single state (groups.tsv: a legislature or chamber known by its name alone) is that
   * state's chamber, which speaks for its state: no arrangement of cooperation between parties.
   */
  private boolean onesStatesChamber(Context ctx, int start, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int to) {
    for (int k = start; k <= hit.first; k++) {
      PrefixLexicon.Hit<List<String>> group = data.groups.longestAt(ctx.tokens, k, to);
      if (group != null && group.first <= hit.first && group.last >= hit.last && group.entry.value.size() == 1) {
        PartyInfo member = data.partiesById.get(group.entry.value.get(0));
        return member != null && member.kind == dev.entente.model.PartyKind.STATE;
      }
    }
    return false;
  }

  /** Whether a word of the tokens {@code [from, to)} names infrastructure («Transport», «Railway», «Power»). */
  private boolean infrastructureWithin(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (data.language.namesInfrastructure(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a capitalised party's name starts in {@code [from, to)}. */
  private boolean partyWithin(Context ctx, int from, int to) {
    for (int k = from; k < to; k++) {
      if (ctx.tokens.isCapitalized(k) && data.parties.longestAt(ctx.tokens, k, to) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether an organisation's name starts at token {@code k}. */
  private boolean organizationAt(Context ctx, int k, int to) {
    if (k >= to) {
      return false;
    }
    PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(ctx.tokens, k, to);
    return party != null && party.value.kind == dev.entente.model.PartyKind.ORGANIZATION;
  }

  /**
   * «the Council of Ministers of Italy», «Совет Министров Республики Куба»: a head whose name ends in
   * one state, right after it (or «of the»), with no party before it, is that state's own organ; so is
   * one joined by «and» to such an organ («Государственного Совета и Совета Министров Республики Куба»).
   */
  private boolean stateOrgan(Context ctx, int start, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int end, int to) {
    Tokens t = ctx.tokens;
    // «the State Council of the People's Republic of China»: the name may end inside the state's, at its possessive.
    PhraseMatcher.Match<PartyInfo> state = stateAfterHead(t, hit.last, end, to);
    boolean ofState = state != null && state.last >= end
        || state == null && end == hit.last && sharesTheNextOrgansState(ctx, end);
    if (!ofState) {
      return false;
    }
    for (int j = start; j < hit.first; j++) {
      if (data.parties.longestAt(t, j, hit.first) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * «the Committee on Foreign Investment in the United States»: where names end in their head, a committee,
   * commission, council or secretariat named by its head and what it is on or for (no party, no word before
   * the head: not «the Joint Commission in India»), followed by «in» and one state, is that state's own body.
   */
  private boolean bodyInOneState(Context ctx, Lexicons.Head head, int start, PrefixLexicon.Hit<List<Lexicons.Head>> hit,
      int end, int to) {
    Tokens t = ctx.tokens;
    if (!data.language.headsEndNames() || end + 1 >= to || !namesAnInstitution(head) || start != hit.first || end <= hit.last + 1 || !words.is(WordClass.NAME_PREPOSITION, t.key[hit.last])
        || !words.is(WordClass.LOCATIVE_PREPOSITION, t.key[end]) || t.gapBefore[end] != Tokens.GAP_SPACE
        || partyWithin(ctx, start, end)) {
      return false;
    }
    int k = end + 1;
    if (k + 1 < to && data.language.isArticle(t.key[k])) {
      k++;
    }
    PhraseMatcher.Match<PartyInfo> state = t.isCapitalized(k) ? data.parties.longestAt(t, k, to) : null;
    return state != null && state.value.kind == dev.entente.model.PartyKind.STATE;
  }

  /**
   * «the Standing Committee of the National People's Congress», «the Commission of the Federal Assembly»:
   * where names end in their head, a body named by its head and «of» a body a word of a nation's own
   * opens (a parliament, a congress) is part of that state's institutions; a name that ends in a noun in the
   * plural after it names the persons who sit in the body («the Council of National Coordinators»), no organ.
   */
  private boolean bodyOfANationsBody(Lexicons.Head head, Tokens t, int start, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int end) {
    if (!data.language.headsEndNames() || hit.last + 1 >= end || !namesAnInstitution(head)) {
      return false;
    }
    int link = data.language.bodyLinkAt(t, hit.last, end);
    int k = hit.last + link;
    return link > 0 && k < end && t.isCapitalized(k) && data.language.opensANationsBody(t.key[k])
        && !(k + 1 < end && data.language.isPluralNoun(t.key[end - 1]));
  }

  /** Whether a head names a body a state may have of its own: a committee or commission, a council, a secretariat. */
  private static boolean namesAnInstitution(Lexicons.Head head) {
    return head.kind == MechanismKind.COMMISSION || head.kind == MechanismKind.COUNCIL
        || head.kind == MechanismKind.SECRETARIAT;
  }

  /**
   * «Председателем Государственного Совета и Совета Министров Республики Куба», «the State Council and
   * Council of Ministers of Cuba»: an organ that ends in its head and is joined by «and» to another
   * organ of one state is that state's too. {@code end} is where the first organ's name ends.
   */
  private boolean sharesTheNextOrgansState(Context ctx, int end) {
    Tokens t = ctx.tokens;
    if (end + 1 >= t.size || t.gapBefore[end + 1] != Tokens.GAP_SPACE || !words.is(WordClass.AND, t.key[end])) {
      return false;
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> next = t.isCapitalized(end + 1) ? lex.heads.longestAt(t, end + 1, t.size) : null;
    if (next == null || next.entry.value.stream().noneMatch(h -> h.concept == Lexicons.Concept.MECHANISM)) {
      return false;
    }
    return stateAfterHead(t, next.last, t.size, t.size) != null;
  }

  /**
   * The state named right after an organ's head at {@code k} («Council of Ministers of Italy», «of the
   * People's Republic of China»), over a preposition of belonging (one of a name that also ties a
   * role to its party) and an article that stand before
   * {@code limit}, matched up to {@code to}; null when no state is named there.
   */
  private PhraseMatcher.Match<PartyInfo> stateAfterHead(Tokens t, int k, int limit, int to) {
    // «the Committee on South Sudan», «the Coordination Platform for Ukraine»: only a preposition that ties
    // a role to its party («of») ties an organ to its state.
    if (k < limit && words.is(WordClass.NAME_PREPOSITION, t.key[k]) && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k])) {
      k++;
    }
    if (k < limit && data.language.isArticle(t.key[k])) {
      k++;
    }
    PhraseMatcher.Match<PartyInfo> state = k < limit && t.isCapitalized(k) ? data.parties.longestAt(t, k, to) : null;
    return state != null && state.value.kind == dev.entente.model.PartyKind.STATE ? state : null;
  }

  /**
   * «DECLARATION of the Tenth Meeting of …», «The New York Declaration: …» opening the text where no
   * title was found: a kind of document that opens the first sentence names the document itself.
   */
  private boolean namesTheText(Context ctx, Context.Sentence sentence, int start, int head, int to) {
    return sentence != null && !ctx.sentences.isEmpty() && ctx.sentences.get(0) == sentence
        && start - sentence.firstToken <= 1 && data.documentKinds.longestAt(ctx.tokens, head, to) != null;
  }

  /**
   * Whether the words around a mechanism's or an event's head name no one thing of their own, in a
   * language whose names end in their head: the head qualifies the capitalised noun after it
   * («Dialogue Partners», «Forum Leaders»); a plural head with no proper word before it and nothing
   * after it names several («five Summits», «Strengthening Dialogues»), a generic one («Mechanisms
   * of Cooperation») always; a state's possessive makes it the state's own body («Australia's
   * Industry Skills Councils»); a word of conflict or of society before it is no cooperation
   * («terrorist group», «advocacy group»).
   */
  private boolean notAName(Context ctx, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int start, int end, int to) {
    Language language = data.language;
    if (!language.headsEndNames()) {
      return false;
    }
    Tokens t = ctx.tokens;
    int after = hit.last;
    if (end > after && t.gapBefore[after] == Tokens.GAP_SPACE && t.isCapitalized(after) && !t.isUpperCase(hit.first)
        && !t.isNumber(after) && !words.is(WordClass.NAME_PREPOSITION, t.key[after])
        && !words.is(WordClass.AND, t.key[after]) && !language.isNameTail(t.key[after])
        // «Working Group II»: a Roman numeral that numbers the body.
        && !(t.isUpperCase(after) && NameExtent.romanValue(t.surface(after)) > 0)
        && lex.heads.longestAt(t, after, to) == null
        && data.parties.longestAt(t, after, to) == null && !documentKindWithin(t, after, to, 2)) {
      return true;
    }
    if (namesPeopleOfAParty(ctx, hit, start, end, to)) {
      return true;
    }
    String last = t.key[hit.last - 1];
    if (language.isPluralNoun(last) && hit.last == hit.first + 1
        && (words.startsWithAny(WordClass.GENERIC_MECHANISM_PREFIX, last) && !titledPlural(ctx, start, hit)
            || end == hit.last && !properWordIn(ctx, start, hit.first))) {
      return true;
    }
    if (start >= 2 && t.key[start - 1].equals("s") && t.gapIs(start - 1, '\'')) {
      PhraseMatcher.Match<PartyInfo> owner = data.parties.longestAt(t, possessorStart(t, start - 1), start - 1);
      if (owner != null && owner.last == start - 1 && owner.value.kind == dev.entente.model.PartyKind.STATE) {
        return true;
      }
    }
    // «the Terrorist Financing Targeting Center»: a participle that only starts like such a word («target») is none;
    // «the Anti-Terrorism Centre»: nor is one its compound's first part qualifies.
    return hit.first > 0 && hit.first > start - 1 && language.modifiesNoCooperation(t.key[hit.first - 1])
        && !language.isParticiple(t.key[hit.first - 1]) && t.gapBefore[hit.first] == Tokens.GAP_SPACE
        && !(hit.first > 1 && t.hyphenAfter[hit.first - 2]);
  }

  /**
   * «senior officials of the United Nations», «national coordinators of both countries»: a head that names the
   * people of a meeting, in lower case with nothing before it and a preposition after it, names people of a party
   * or of the sides, no body of theirs («the Senior Officials of ASEAN» in capitals still names one).
   */
  private boolean namesPeopleOfAParty(Context ctx, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int start, int end, int to) {
    Tokens t = ctx.tokens;
    return start == hit.first && hit.last < end && !t.isCapitalized(hit.first)
        && words.is(WordClass.NAME_PREPOSITION, t.key[hit.last])
        && hit.entry.value.stream().allMatch(h -> h.kind == MechanismKind.AGENCY_MEETING);
  }

  /**
   * «the Incident Prevention and Response Mechanisms»: a capitalised plural head after capitalised words of the
   * name is the title of one standing set, as a singular one would be («Mechanisms of Cooperation» alone names none).
   */
  private boolean titledPlural(Context ctx, int start, PrefixLexicon.Hit<List<Lexicons.Head>> hit) {
    return start < hit.first && ctx.tokens.isCapitalized(hit.first) && properWordIn(ctx, start, hit.first);
  }

  /** Where a party's name that ends right before {@code possessive} could start, within four words. */
  private static int possessorStart(Tokens t, int possessive) {
    int k = possessive - 1;
    while (k > 0 && possessive - k < 4 && t.isCapitalized(k - 1) && t.gapBefore[k] != Tokens.GAP_HARD) {
      k--;
    }
    return k;
  }

  private boolean documentKindWithin(Tokens t, int from, int to, int words) {
    for (int k = from; k < Math.min(to, from + words); k++) {
      if (data.documentKinds.longestAt(t, k, to) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether a quote opens glued to the character at {@code from} and closes glued to the one before {@code to}. */
  private static boolean quotedWhole(String text, int from, int to) {
    return from > 0 && text.charAt(from - 1) == '"' && (from == 1 || !Character.isLetterOrDigit(text.charAt(from - 2)))
        && to < text.length() && text.charAt(to) == '"';
  }

  /** The token after a closing quote within a few words from {@code from}, or -1 at a stop or none. */
  private static int closingQuote(Tokens t, int from, int to) {
    for (int k = from; k < Math.min(to, from + 16); k++) {
      if (t.gapHas(k, '"')) {
        return k;
      }
      if (t.gapBefore[k] == Tokens.GAP_HARD) {
        return -1;
      }
    }
    return -1;
  }

  private boolean labelWordIn(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (data.language.labelsARelationship(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a capitalised word among tokens {@code [from, to)} is proper: not a participle or a number. */
  private boolean properWordIn(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    for (int k = from; k < to; k++) {
      if (t.isCapitalized(k) && !t.isNumber(k) && !data.language.isParticiple(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** «the Okinawa Consolidation Plan, including …»: a capitalised word before the head names one thing, examples follow it. */
  private static boolean capitalisedBefore(Tokens t, int start, int head, int from) {
    for (int k = Math.max(start, from + 1); k < head; k++) {
      if (t.isCapitalized(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a capitalised noun among tokens {@code [from, to)} qualifies a head: not an adjective,
   * participle, number, party («Australia-Indonesia») or a geographic noun («Pacific»).
   */
  private boolean nounQualifies(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    for (int k = from; k < to; k++) {
      String key = t.key[k];
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, k, to);
      if (party != null) {
        k = party.last - 1;
        continue;
      }
      if (t.isCapitalized(k) && !t.isNumber(k) && !data.language.isAdjective(key) && !data.language.isParticiple(key)
          && !words.is(WordClass.STOP_ADJECTIVE, key) && !t.hyphenAfter[k]
          && !LanguageData.startsWithAny(key, data.geographicNouns)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where «a six-point peace plan», «the 12-point plan» opens: the number hyphened to a word that counts a plan's
   * points before the head {@code [start, head)}; -1 when there is none.
   */
  private int pointCountStart(Tokens t, int start, int head, int from) {
    for (int k = Math.max(start, from + 1); k < head; k++) {
      if (data.language.countsPoints(t.key[k]) && t.gapIs(k, '-') && !t.isCapitalized(k)) {
        return k - 1;
      }
    }
    return -1;
  }

  /**
   * «the Young Trilateral Leaders program»: a lower-case head in the singular after two or more
   * capitalised words still ends a name; «USAID programs», «Trade policy» name none.
   */
  private static boolean properBefore(Tokens t, int start, PrefixLexicon.Hit<List<Lexicons.Head>> hit,
      Language language) {
    if (language.isPluralNoun(t.key[hit.last - 1])) {
      return false;
    }
    int capitalised = 0;
    for (int k = start; k < hit.first; k++) {
      if (t.isCapitalized(k)) {
        capitalised++;
      }
    }
    return capitalised >= 2;
  }

  /** Whether {@code head} is a period's head of one word («Year»), which a party or a quote must name. */
  private static boolean isBarePeriod(PrefixLexicon.Hit<List<Lexicons.Head>> hit, Lexicons.Head head) {
    return head.concept == Lexicons.Concept.INITIATIVE && head.kind == InitiativeKind.INTERNATIONAL_PERIOD
        && hit.last == hit.first + 1;
  }

  /**
   * Whether the words {@code name} around a head name a thing: a quote, a proper name or a party in
   * them; for a mechanism also a level; for an event an ordinal, a level, a date, or the evidence of
   * a one-off event.
   */
  private boolean named(Context ctx, PrefixLexicon.Hit<List<Lexicons.Head>> hit, Lexicons.Head head, Range name,
      Integer ordinal, Level level, int from, int to) {
    Tokens t = ctx.tokens;
    int start = name.start();
    int end = name.end();
    boolean quoted = NameExtent.count(ctx.text.text(), t.start[start], t.end[end - 1], '"') > 0
        || quotedWhole(ctx.text.text(), t.start[start], t.end[end - 1]);
    boolean proper = false;
    boolean party = false;
    for (int k = start; k < end; k++) {
      // «… 26 сентября 2025 г. Заседание прошло …»: a word after the stop of an abbreviation may open a sentence.
      proper |= t.isCapitalized(k) && k > from && !isParty(ctx, k, end) && !(k == start && t.gapText(k).strip().endsWith("."));
      party |= t.isCapitalized(k) && data.parties.longestAt(t, k, end) != null;
    }
    boolean complement = end > hit.last;
    switch (head.concept) {
      case INITIATIVE:
        // «the Visit Philippines Year», «the "Dual Year"», not «the Lunar New Year», «the Fiscal Year 2025»: a period
        // named by a bare one-word head is a named year of the parties' only with a party or a quote in its name.
        if (isBarePeriod(hit, head)) {
          return quoted || party;
        }
        // «… ПРОЕЗДНОГО ДОКУМЕНТА НА ЖЕЛЕЗНОЙ ДОРОГЕ», «ОБ УТВЕРЖДЕНИИ МЕЖГОСУДАРСТВЕННОЙ ПРОГРАММЫ»: a heading in
        // capitals says nothing by its case, so a head with no complement, written so, is the common noun it is in
        // running text.
        if (end == hit.last && t.inCapitals(start, end)) {
          return quoted;
        }
        // «повестки дня ООН в области политики», «уставные органы … СНГ»: where initiatives' heads are not
        // capitalised, a name all in lower case but for a party in it is that party's business in general,
        // no named document; a number in it («резолюции СБ ООН 2231») still names one.
        if (party && !quoted && !proper && !data.language.initiativeHeadsAreCapitalised() && !t.isCapitalized(start)
            && !numberWithin(t, hit.last, end)) {
          return false;
        }
        return quoted || proper || party;
      case MECHANISM:
        // «2+2»: a format named by numbers is a name in lower case too.
        return quoted || proper || party || (level != null && complement) || t.isNumber(hit.first)
            // «создать совместную рабочую группу по вопросам образования», «agreed to set up a working
            // group on cyber security»: a describing word before the head, or a complement after it,
            // names what a cue right before creates; so does a head with a word of its own
            // («учредили постоянный секретариат»).
            || (start < hit.first || complement || hit.last - hit.first >= 2) && !data.language.isPluralNoun(t.key[hit.last - 1])
                && mechanisms.createdRightBefore(ctx, start, from)
            || complement && standsByItsComplement(t, hit, head, to)
            // «a ministerial-level dialogue», «a high-level consultation»: a dialogue or consultations in the
            // singular that a level before its head qualifies is one standing format.
            || start < hit.first && (head.kind == MechanismKind.DIALOGUE || head.kind == MechanismKind.CONSULTATIONS)
                && !data.language.isPluralNoun(t.key[hit.last - 1]) && level(t, start, hit.first) != null
            // «межмидовские консультации по вопросам безопасности»: where names run on past their head, consultations
            // whose head has a word of its own («межмидовские», «политические») and a complement are one mechanism.
            || complement && head.kind == MechanismKind.CONSULTATIONS && hit.last - hit.first >= 2
                && !data.language.headsEndNames()
            // «проводят регулярные консультации», «в рамках ежегодных встреч министров»: meetings or consultations
            // a word of regularity qualifies are a standing series in lower case too.
            || seriesOfMeetings(head) && seriesWordBefore(t, start, hit.first, from);
      default:
        boolean dated = !ctx.dates(dates, from, to).isEmpty();
        boolean named = quoted || proper || party && !data.language.isPluralNoun(t.key[hit.last - 1]) || ordinal != null
            || (complement && level != null)
            || (complement && events.hasEvidence(ctx, start, end, from, to))
            || (dated && head.kind != EventKind.OTHER
                && (start < hit.first || hit.last - hit.first >= 2 || head.kind == EventKind.VISIT
                    || head.kind == EventKind.TALKS))
            // «a return visit to Australia»: a visit in the singular with its destination is one.
            || head.kind == EventKind.VISIT && !data.language.isPluralNoun(t.key[hit.last - 1])
                && events.destinationIn(ctx, hit.first, end, to) != null;
        // «провести следующую встречу в 2025 году в Пекине», «проведения в Азербайджане очередной встречи на
        // высшем уровне»: the next (or last) meeting, where or when the sentence says.
        if (!named && start == hit.first && start > from && words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, t.key[start - 1])
            && head.kind != EventKind.OTHER && (dated || events.placeNear(ctx, start, end, from, to) != null)) {
          named = true;
        }
        if (head.kind == EventKind.SIGNING && !dated) {
          named = false;
        }
        // «The Prime Minister and the President witnessed the signing of a Memorandum …»: a signing the sides
        // attend, of something the text names after it, is one the document reports.
        if (head.kind == EventKind.SIGNING && complement && events.attendedSigning(t, start, from)) {
          named = true;
        }
        // «Сегодняшние переговоры были содержательными», «нынешний визит»: a word that points at the document's own
        // occasion names it (EventRecognizer.occasionNamedOnlyByPointing decides whether it stands as an event).
        if (!named && head.kind != EventKind.OTHER && events.pointsAtTheOccasion(t, start)) {
          named = true;
        }
        // «мероприятия» is too general to name an event without a time or a place.
        if (head.kind == EventKind.OTHER && ordinal == null && !dated
            && events.placeNear(ctx, start, end, from, to) == null) {
          named = false;
        }
        return named;
    }
  }

  /**
   * «подкомиссии по сотрудничеству в области энергетики», «механизма консультаций по …»: where
   * names are not written in title case (the language's initiatives are not), a standing body in
   * the singular whose complement says what it is for names one in lower case too — a commission
   * or working group with a preposition of its subject after its head, or a mechanism or format of
   * meetings or consultations. A dialogue so written is the activity («платформу для диалога по
   * безопасности»).
   */
  private boolean standsByItsComplement(Tokens t, PrefixLexicon.Hit<List<Lexicons.Head>> hit, Lexicons.Head head, int to) {
    if (data.language.initiativeHeadsAreCapitalised() || t.isCapitalized(hit.first)
        || data.language.isPluralNoun(t.key[hit.last - 1]) || data.language.headInThePlural(t, hit.first, hit.last)
        || hit.last >= to) {
      return false;
    }
    if (head.kind == MechanismKind.COMMISSION || head.kind == MechanismKind.WORKING_GROUP) {
      return words.is(WordClass.NAME_PREPOSITION, t.key[hit.last]);
    }
    if (!words.startsWithAny(WordClass.GENERIC_MECHANISM_PREFIX, t.key[hit.first])) {
      return false;
    }
    PrefixLexicon.Hit<List<Lexicons.Head>> of = lex.heads.longestAt(t, hit.last, to);
    return of != null && of.first == hit.last && of.entry.value.stream().anyMatch(h -> h.kind == EventKind.MEETING
        || h.kind == EventKind.SUMMIT || h.kind == MechanismKind.CONSULTATIONS || h.kind == MechanismKind.SUMMIT
        || h.kind == MechanismKind.MINISTERIAL_MEETING || h.kind == MechanismKind.AGENCY_MEETING);
  }

  private boolean isParty(Context ctx, int k, int end) {
    return data.parties.longestAt(ctx.tokens, k, end) != null;
  }

  /**
   * What a head in the plural names: the mechanism of a series of meetings at a level, consultations
   * or talks (plural in the singular sense); null for anything else.
   */
  private static Lexicons.Head seriesOrNone(List<Lexicons.Head> heads) {
    for (Lexicons.Head head : heads) {
      if (head.kind == MechanismKind.SUMMIT || head.kind == MechanismKind.MINISTERIAL_MEETING
          || head.kind == MechanismKind.AGENCY_MEETING || head.kind == MechanismKind.CONSULTATIONS
          || head.kind == EventKind.TALKS) {
        return head;
      }
    }
    return null;
  }

  /** Kinds of events that are people gathering: in the lower-case plural they name a kind of event, no one event. */
  private static final Set<EventKind> GATHERINGS = EnumSet.of(EventKind.MEETING, EventKind.CONFERENCE,
      EventKind.SUMMIT, EventKind.FORUM, EventKind.SESSION);

  /** The most describing words between a verb of holding (and its article) and the event's head. */
  private static final int HELD_REACH = 3;

  /**
   * Where the name of an event held starts, when a verb of holding stands before its head at
   * {@code head} with at most an article and a few describing words between («hold an in-person
   * summit», «convene a joint session»): the first of those words, or -1.
   */
  private int heldFrom(Tokens t, int head, int from) {
    int k = head - 1;
    int between = 0;
    while (k >= from && between < HELD_REACH && (t.gapBefore[k + 1] == Tokens.GAP_SPACE || t.hyphenAfter[k]) && !t.isCapitalized(k)
        && !data.language.isArticle(t.key[k]) && !words.is(WordClass.HOLDING_VERB, t.key[k])
        && !words.is(WordClass.FUNCTION_WORD, t.key[k]) && !t.isNumber(k) && describes(t, k)) {
      k--;
      between++;
    }
    int nameStart = k + 1;
    // «hold the next summit», «провести следующее заседание»: an article and a cue stay out of the name.
    for (int skipped = 0; skipped < 2 && k >= from && t.gapBefore[k + 1] == Tokens.GAP_SPACE
        && (data.language.isArticle(t.key[k]) || words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, t.key[k])); skipped++) {
      k--;
    }
    return k >= from && t.gapBefore[k + 1] == Tokens.GAP_SPACE && words.is(WordClass.HOLDING_VERB, t.key[k]) ? nameStart : -1;
  }

  /** Whether token {@code k} describes a head: an adjective, or a part of a compound («in-person»). */
  private boolean describes(Tokens t, int k) {
    String key = t.key[k];
    return !words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, key) && (data.language.isAdjective(key)
        || words.is(WordClass.STOP_ADJECTIVE, key) || t.hyphenAfter[k] || k > 0 && t.hyphenAfter[k - 1]);
  }

  /** Whether a mechanism's head names meetings or consultations held again and again. */
  private static boolean seriesOfMeetings(Lexicons.Head head) {
    return head.kind == MechanismKind.SUMMIT || head.kind == MechanismKind.MINISTERIAL_MEETING
        || head.kind == MechanismKind.AGENCY_MEETING || head.kind == MechanismKind.CONSULTATIONS;
  }

  /** Whether a word of regularity stands among a name's words before its head or right before the name. */
  private boolean seriesWordBefore(Tokens t, int start, int head, int from) {
    for (int k = Math.max(from, start - 1); k < head; k++) {
      if (data.language.marksASeries(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** Most words of a kind of document that may stand before the preposition of its subject («Меморандум о взаимопонимании»). */
  private static final int DOCUMENT_KIND_WORDS = 3;

  /**
   * Whether a document's kind and a preposition of its topic stand right before {@code start} («Протокол о …»);
   * the kind may close the line before, a title's own («ПРОТОКОЛ» over «О КОНСУЛЬТАЦИЯХ …»).
   */
  private boolean subjectOfADocument(Tokens t, int start, int from) {
    int topic = start - 1;
    if (topic < from || topic < 1 || !words.is(WordClass.TOPIC_PREPOSITION, t.key[topic])) {
      return false;
    }
    for (int k = Math.max(0, topic - DOCUMENT_KIND_WORDS); k < topic; k++) {
      PrefixLexicon.Hit<dev.entente.model.DocumentKind> kind = data.documentKinds.longestAt(t, k, topic);
      if (kind != null && kind.last == topic) {
        return true;
      }
    }
    return false;
  }

  /** The event's reading of a head, or null. */
  private static Lexicons.Head eventOf(List<Lexicons.Head> heads) {
    for (Lexicons.Head head : heads) {
      if (head.concept == Lexicons.Concept.EVENT) {
        return head;
      }
    }
    return null;
  }

  /** Most words between a date and the name it dates («20 июня 2023 г. [в Астане] консультаций»). */
  private static final int DATED_ROUND_GAP = 3;

  /**
   * «состоявшихся 20 июня 2023 г. в Астане консультаций заместителей министров»: consultations that a cue of an
   * event right before a date right before them tell as held (or to be held) that day are one round of them, an
   * event: the event's reading of the head's first word, or null where nothing so dates them.
   */
  private Lexicons.Head roundHeldOnADay(Context ctx, PrefixLexicon.Hit<List<Lexicons.Head>> hit, int start, int from) {
    Tokens t = ctx.tokens;
    PrefixLexicon.Hit<List<Lexicons.Head>> word = lex.heads.longestAt(t, hit.first, hit.first + 1);
    Lexicons.Head round = eventOf(hit.entry.value) != null ? eventOf(hit.entry.value)
        : word == null ? null : eventOf(word.entry.value);
    if (round == null) {
      return null;
    }
    for (DateRecognizer.Found d : dates.find(t, Math.max(from, start - CUE_WINDOW - DATED_ROUND_GAP), start)) {
      if (d.last > start || start - d.last > DATED_ROUND_GAP || clauseBreakWithin(t, d.last, start)) {
        continue;
      }
      for (int k = Math.max(from, d.first - 2); k < d.first; k++) {
        PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(t, k, d.first);
        if (cue != null && cue.entry.value.eventStatus != null && cue.last == d.first) {
          return round;
        }
      }
    }
    return null;
  }

  /** Whether a comma, a semicolon or a line break stands before any token of {@code [first, last]} (the stop of «г.» is none). */
  private static boolean clauseBreakWithin(Tokens t, int first, int last) {
    for (int k = first; k <= last && k < t.size; k++) {
      if (t.gapBefore[k] == Tokens.GAP_HARD && (t.gapHas(k, ',') || t.gapHas(k, ';') || t.gapHas(k, '\n'))) {
        return true;
      }
    }
    return false;
  }

  /** The mechanism's reading of a head, else its first. */
  private static Lexicons.Head mechanismOr(List<Lexicons.Head> heads) {
    for (Lexicons.Head head : heads) {
      if (head.concept == Lexicons.Concept.MECHANISM) {
        return head;
      }
    }
    return heads.get(0);
  }

  /** «the Global Food Security Summit held on the margins of …»: a cue of an event right after a name tells one. */
  private boolean eventCueAfter(Context ctx, int end, int to) {
    for (int k = end; k < Math.min(to, end + 2); k++) {
      PrefixLexicon.Hit<Lexicons.Cue> cue = lex.cues.longestAt(ctx.tokens, k, to);
      if (cue != null && cue.entry.value.eventStatus != null && cue.entry.value.scope != Lexicons.Scope.BEFORE
          && cue.entry.value.scope != Lexicons.Scope.ADJACENT) {
        return true;
      }
    }
    return false;
  }

  /** The most letters of a meeting's head written as an abbreviation («COP», «MC»). */
  private static final int ABBREVIATED_HEAD = 3;

  /** The first and last years a year in a meeting's name may be. */
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2100;

  /** «EU-Japan Summit 2022», «the 2024 Forum»: a year in the name of what may be a meeting dates one meeting. */
  private static boolean yearInName(Tokens t, int start, int end) {
    for (int k = start; k < end; k++) {
      if (t.isNumber(k) && t.key[k].length() == 4) {
        int year = Integer.parseInt(t.key[k]);
        if (year >= FIRST_YEAR && year <= LAST_YEAR) {
          return true;
        }
      }
    }
    return false;
  }

  /** Picks the head's concept: an ordinal, a date, a place, an event cue or a year in the name make a one-off event. */
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
    if (!ordinal && mechanisms.setUpBefore(ctx, start, from)) {
      return mechanism;
    }
    // «Будапештская встреча на высшем уровне», «the G7 Hiroshima Summit»: a meeting named by its city is one
    // meeting; a forum so named only with the city right before its head («the Bali Democracy Forum» is a series).
    boolean isEvent = ordinal || events.hasEvidence(ctx, start, end, from, to) || eventCueAfter(ctx, end, to)
        || events.cityOfAdjectiveOpening(ctx, start, end, event.kind == EventKind.FORUM) != null || yearInName(ctx.tokens, start, end)
        // «at their 2012 Leaders' Meeting»: a year right before the name dates one meeting too.
        || data.language.bareYearsAreDates() && start > from && ctx.tokens.gapBefore[start] == Tokens.GAP_SPACE
            && yearInName(ctx.tokens, start - 1, start);
    return isEvent ? event : mechanism;
  }

  /**
   * Words cut to five letters, without ordinals, cue words and a generic word that opens or ends the
   * name («механизм»/«формат»; «the C5+1 mechanism» is «the C5+1 platform»): one key per thing.
   */
  private String key(Context ctx, Concept c, int head, int end) {
    Tokens t = ctx.tokens;
    // «the Heads of State Council of the Shanghai Cooperation Organisation» is «the Shanghai Cooperation
    // Organisation Heads of State Council»: where names end in their head, an organisation that owns a
    // standing body after «of (the)» keys it as the organisation written before it does.
    int owner = c.concept == Lexicons.Concept.MECHANISM && data.language.headsEndNames() ? ownerAfter(t, head, end) : -1;
    if (owner >= 0) {
      String id = data.parties.longestAt(t, ownerStart(t, owner, end), end).value.id;
      String inner = key(ctx, c, head, owner);
      return c.concept.name() + ':' + id + ' ' + inner.substring(inner.indexOf(':') + 1);
    }
    StringBuilder key = new StringBuilder(c.concept.name()).append(':');
    int sides = -1;
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
      if (party != null && k <= head && head < party.last) {
        k = organKey(t, key.append(party.value.id).append(' '), party, k, head) - 1;
        continue;
      }
      if (party != null) {
        // «ШОС» and «Шанхайской организации сотрудничества» name one thing: key it by the id, once where
        // the abbreviation follows the name in brackets («Shanghai Cooperation Organization (SCO)»).
        String id = party.value.id + " ";
        int at = key.length() - id.length();
        boolean repeated = at > 0 && key.lastIndexOf(id) == at && (key.charAt(at - 1) == ' ' || key.charAt(at - 1) == ':');
        if (!(t.gapHas(k, '(') && repeated)) {
          key.append(id);
        }
        k = party.last - 1;
        continue;
      }
      // «Совет министров иностранных дел государств-членов ОТГ» is «… ОТГ»: words of membership before an
      // organisation's name name no other body.
      int members = k > head ? data.language.membershipWords(t, k, end) : 0;
      if (members > 0 && k + members < end && t.isCapitalized(k + members) && data.parties.longestAt(t, k + members, end) != null) {
        k += members - 1;
        continue;
      }
      String w = t.key[k];
      // «the Mattei Plan for Africa (MPA)» and «the Mattei Plan for Africa»: where names end in their
      // head or its complement, an abbreviation in brackets after them is another name of the thing.
      // «the 29th United Nations Climate Change Conference (COP29)»: a number may be written onto it.
      if ((k == end - 1 || k == end - 2 && t.isNumber(end - 1)) && k > head && data.language.headsEndNames()
          && t.isUpperCase(k) && t.gapHas(k, '(')) {
        k = end - 1;
        continue;
      }
      // A number names an initiative («резолюция 2231», «Повестка 2063») but only counts a meeting.
      boolean number = t.isNumber(k) && c.concept != Lexicons.Concept.INITIATIVE;
      // «Fifty-First»: the first part of an ordinal written with a hyphen is the ordinal's too.
      boolean ordinalPart = k + 1 < end && t.hyphenAfter[k] && data.ordinals.containsKey(w + "-" + t.key[k + 1]);
      if (data.ordinals.containsKey(w) || ordinalPart || number
          || w.length() <= 2 && !t.isNumber(k) && (!t.isUpperCase(k) || inACapitalsRun(t, k, c.first, end))
          || (k < head && words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, w))
          || (c.concept == Lexicons.Concept.MECHANISM && words.startsWithAny(WordClass.GENERIC_MECHANISM_PREFIX, w)
              && (k < end - 1 && k == c.first || k == end - 1 && k > c.first))
          // «the New Colombo Plan initiative» is «the New Colombo Plan».
          || (c.concept == Lexicons.Concept.INITIATIVE && k == end - 1 && k > c.first && !t.isCapitalized(k)
              && words.startsWithAny(WordClass.GENERIC_INITIATIVE_PREFIX, w))) {
        continue;
      }
      // «СМИД ОИС» is «Совет министров иностранных дел ОИС»: an abbreviation of a body's words is keyed as those words.
      List<String> written = c.concept == Lexicons.Concept.MECHANISM && t.isUpperCase(k) ? data.bodyAbbreviations.get(w) : null;
      if (written != null) {
        written.forEach(stem -> appendKeyWord(key, stem));
        continue;
      }
      // «Высший совет» and «Высшего совета»: a word is keyed by its stem, so a short word's forms stay one.
      appendKeyWord(key, t.stem[k]);
      if (k > head && sides < 0 && data.language.sidesKeyedInAnyOrder() && words.is(WordClass.BETWEEN, w)) {
        sides = key.length();
      }
    }
    return sides < 0 ? key.toString() : key.substring(0, sides) + sortedWords(key.substring(sides));
  }

  /**
   * «МЕЖГОСУДАРСТВЕННОЙ ПРОГРАММЫ … С ПРЕСТУПНОСТЬЮ НА ПЕРИОД» in a heading, «… с преступностью на период» in the
   * body: whether the word at {@code k} stands next to a word of the name {@code [first, end)} written in capitals
   * ({@link #capitalWord}), where a short word is the same preposition it is in running text, not an abbreviation;
   * an abbreviation that names a party is keyed by its id before this is asked.
   */
  private static boolean inACapitalsRun(Tokens t, int k, int first, int end) {
    return k > first && capitalWord(t, k - 1) || k + 1 < end && capitalWord(t, k + 1);
  }

  /**
   * Whether the word at {@code k} is written in capitals: letters, no lower-case one, and longer than the short
   * words a key leaves out ({@link #key(Context, Concept, int, int)}).
   */
  private static boolean capitalWord(Tokens t, int k) {
    return t.isUpperCase(k) && !t.isNumber(k) && t.key[k].length() > 2 && Character.isLetter(t.key[k].charAt(0));
  }

  /** Appends a stem's first five letters to a key, Latin look-alikes in a word of the other script folded ({@link #folded}). */
  private void appendKeyWord(StringBuilder key, String stem) {
    String word = folded(words, stem);
    key.append(word, 0, Math.min(5, word.length())).append(' ');
  }

  /**
   * «Cовместный» typed with a Latin «C» is «Совместный»: in a word that holds letters of both scripts, each Latin
   * letter that has a look-alike in the other (words.tsv LOOKALIKE_PAIR) is written as that look-alike, so both
   * forms of a word key one thing. A word in one script is returned as it is.
   */
  static String folded(Words words, String word) {
    boolean latin = false;
    boolean other = false;
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      latin |= ch < 128 && Character.isLetter(ch);
      other |= ch >= 128 && Character.isLetter(ch);
    }
    if (!latin || !other) {
      return word;
    }
    char[] letters = word.toCharArray();
    for (String pair : words.list(WordClass.LOOKALIKE_PAIR)) {
      for (int i = 0; i < letters.length; i++) {
        if (pair.length() == 2 && letters[i] == pair.charAt(0)) {
          letters[i] = pair.charAt(1);
        }
      }
    }
    return new String(letters);
  }

  /**
   * Where «of (the) <organisation>» ending the name at {@code end} starts after the head at {@code head}
   * (the preposition's token), or -1.
   */
  private int ownerAfter(Tokens t, int head, int end) {
    for (int k = head + 1; k < end; k++) {
      if (words.is(WordClass.NAME_PREPOSITION, t.key[k]) && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k])) {
        int at = ownerStart(t, k, end);
        PhraseMatcher.Match<PartyInfo> party = at < end ? data.parties.longestAt(t, at, end) : null;
        // «… of the Shanghai Cooperation Organization (SCO)»: its abbreviation in brackets may end the name.
        boolean ends = party != null && (party.last == end
            || party.last == end - 1 && t.gapHas(party.last, '(') && t.isUpperCase(party.last));
        if (ends && party.value.kind == dev.entente.model.PartyKind.ORGANIZATION) {
          return k;
        }
      }
    }
    return -1;
  }

  /** The token after a preposition at {@code k} and an article after it. */
  private int ownerStart(Tokens t, int k, int end) {
    int at = k + 1;
    return at < end && data.language.isArticle(t.key[at]) ? at + 1 : at;
  }

  /**
   * «… Council between Ukraine and the Republic of Turkey» and «… between the Republic of Turkey and
   * Ukraine» name one thing: the words of the sides after «between» are keyed in sorted order.
   */
  private static String sortedWords(String keyWords) {
    if (keyWords.isBlank()) {
      return keyWords;
    }
    String[] parts = keyWords.trim().split(" ");
    java.util.Arrays.sort(parts);
    return String.join(" ", parts) + " ";
  }

  /**
   * «Делового совета ШОС» and «Исполнительного комитета РАТС ШОС», organs the gazetteer lists under
   * one organisation, are two things: the key gets the words of the organ's name before the
   * organisation's own name or an abbreviation, so «Совета глав государств – членов ШОС» and «… –
   * членов Шанхайской организации сотрудничества» stay one. A name in which neither follows the
   * head is another name of the organisation itself, keyed by it alone. Returns the token after
   * the party's name.
   */
  private static int organKey(Tokens t, StringBuilder key, PhraseMatcher.Match<PartyInfo> party, int first, int head) {
    String organisation = Tokenizer.keyOf(party.value.nameRu);
    int words = key.length();
    for (int m = first; m < party.last; m++) {
      if (m > head && (t.isUpperCase(m) && t.end[m] - t.start[m] <= ABBREVIATION || organisation.startsWith(t.stem[m]))) {
        return party.last;
      }
      String w = t.stem[m];
      if (w.length() > 2 || t.isUpperCase(m)) {
        key.append(w, 0, Math.min(5, w.length())).append(' ');
      }
    }
    // «Евразийской экономической комиссии», «Евразийского межправительственного совета»: an organ named from its
    // organisation's first word but not as the organisation keeps its own words; another name is keyed by the id.
    if (!organFromItsName(t, party, organisation)) {
      key.setLength(words);
    }
    return party.last;
  }

  /**
   * Whether the party's mention opens with its organisation's first word (by stem) and then parts from
   * its name («Евразийская экономическая комиссия» of «Евразийский экономический союз»): an organ of
   * its own. A name that opens otherwise («Совет сотрудничества тюркоязычных государств») may be a
   * former name of the organisation.
   */
  private static boolean organFromItsName(Tokens t, PhraseMatcher.Match<PartyInfo> party, String organisation) {
    String[] names = organisation.split(" ");
    if (party.last - party.first < 2 || !names[0].startsWith(t.stem[party.first])) {
      return false;
    }
    for (int m = party.first; m < party.last; m++) {
      int i = m - party.first;
      if (i >= names.length || !names[i].startsWith(t.stem[m])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a head names a format of cooperation. */
  private static boolean isFormat(List<Lexicons.Head> heads) {
    for (Lexicons.Head h : heads) {
      if (h.concept == Lexicons.Concept.MECHANISM && h.kind == MechanismKind.FORMAT) {
        return true;
      }
    }
    return false;
  }

  /** Whether a head names a commission only. */
  private static boolean isCommission(List<Lexicons.Head> heads) {
    for (Lexicons.Head h : heads) {
      if (h.kind != MechanismKind.COMMISSION) {
        return false;
      }
    }
    return !heads.isEmpty();
  }

  /** The longest abbreviation («ШОС», «РАТС», «ОДКБ») an organ's name ends in, in letters. */
  private static final int ABBREVIATION = 5;

  private Level level(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<Level> hit = lex.levels.longestAt(t, k, to);
      if (hit != null) {
        return hit.entry.value;
      }
    }
    return null;
  }
}
