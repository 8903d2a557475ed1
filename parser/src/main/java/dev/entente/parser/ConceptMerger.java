package dev.entente.parser;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.Level;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes one item of each thing the document names: mentions with the same key, or the same
 * numbered meeting at the same level within a clause, merge; a numbered meeting at a level
 * belongs to a series, a mechanism of its own, made when the text names none; «следующая
 * встреча» of a series is the one after its latest numbered meeting.
 */
final class ConceptMerger {
  private final Words words;

  /** Two undated visits to one place this close, in words, are one («Invitation to Visit Japan» and its paragraph). */
  private static final int NEAR_VISIT = 40;

  /** Events this far back, at most, can be another mention of a new one (they share a clause). */
  private static final int SAME_EVENT_WINDOW = 32;

  ConceptMerger(LanguageData data) {
    this.words = data.words;
  }

  /** The fewest words of an event's name read as the opening of an organisation's name. */
  private static final int BROKEN_NAME_WORDS = 3;

  /**
   * «Заключительного акта Совещания по безопасности и сотрудничест-⏎ву в Европе», «в рамках Совещания по
   * безопасности и сотрудничеству и Европы», "Conference on Security and Co-operation": an unnumbered event whose
   * capitalised name is the opening of an organisation's listed name, cut short by a line, a hyphen or a slip of the
   * pen, is that organisation, no meeting, where nothing dates or places it («Совещание по безопасности в Мюнхене
   * 5 мая» is a meeting).
   */
  private static boolean brokenOrganisationName(Context ctx, Concept c) {
    return c.concept == Lexicons.Concept.EVENT && c.ordinal == null && c.knownId == null && c.date == null && c.place == null
        && c.last - c.first >= BROKEN_NAME_WORDS && c.first == c.headFirst && ctx.tokens.isCapitalized(c.first)
        && ctx.data.parties.opensALongerName(ctx.tokens, c.first, c.last) && !goesOnAsAnotherName(ctx, c);
  }

  /**
   * «Конференции Организации Объединенных Наций по окружающей среде и развитию» beside the listed «… по торговле и
   * развитию»: whether the text runs on past event {@code c}'s name, within its line, over a preposition of names
   * into a word the listed name does not go on with; a name so continued is whole and another's, not broken.
   */
  private static boolean goesOnAsAnotherName(Context ctx, Concept c) {
    Tokens t = ctx.tokens;
    int after = c.last + 1;
    return after < t.size && t.gapBefore[c.last] == Tokens.GAP_SPACE && t.gapBefore[after] == Tokens.GAP_SPACE
        && ctx.data.words.is(WordClass.NAME_PREPOSITION, t.key[c.last])
        && !ctx.data.parties.opensALongerName(t, c.first, after + 1)
        && ctx.data.parties.longestAt(t, c.first, after + 1) == null;
  }

  /**
   * «Договора, открытого для подписания в Москве, Лондоне, Вашингтоне 1 июля 1968 года», «представили документ к принятию и
   * подписанию главам государств», "the Convention opened for signature": a signing after a preposition of purpose
   * (alone or with one noun and «и» between) tells what a text is for, no signing that happens.
   */
  private static boolean signingAsAPurpose(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.EVENT || c.kind != EventKind.SIGNING || c.first != c.headFirst || c.first == 0) {
      return false;
    }
    Tokens t = ctx.tokens;
    Words words = ctx.data.words;
    int k = c.first - 1;
    if (k >= 2 && words.is(WordClass.AND, t.key[k]) && !t.isCapitalized(k - 1)
        && t.gapBefore[k] == Tokens.GAP_SPACE && t.gapBefore[k - 1] == Tokens.GAP_SPACE) {
      k -= 2;
    }
    return words.is(WordClass.PURPOSE_PREPOSITION, t.key[k]) && t.gapBefore[k + 1] == Tokens.GAP_SPACE;
  }

  private static boolean isBareHead(Context ctx, Concept c) {
    // «resolutions 2334 and 2720»: the second is named by its number alone.
    return c.knownId == null && c.ordinal == null && c.last - c.first == 1 && !ctx.tokens.isNumber(c.first);
  }

  /**
   * «Заключительного акта Совещания по⏎безопасности и сотрудничеству в Европе»: an event whose head stands within a
   * party's recognised name, however short a line cut the event's own name, names that party and no meeting, in
   * every language ({@link #insideParty}).
   */
  private static boolean eventInsideParty(Context ctx, Concept c) {
    return c.concept == Lexicons.Concept.EVENT && insideParty(ctx, c);
  }

  /**
   * «UN Security Council»: a head within a party's name is the party's organ. A known initiative
   * that opens with a party's name («ASEAN Outlook on the Indo-Pacific») is the initiative.
   */
  private static boolean insideParty(Context ctx, Concept c) {
    // «the Fifty-First Pacific Islands Forum»: a numbered meeting named as its organisation is the meeting.
    if (c.knownId != null || c.byMembers || c.concept == Lexicons.Concept.EVENT && c.ordinal != null) {
      return false;
    }
    return headInsideParty(ctx, c);
  }

  /**
   * Whether the head of {@code c} stands within a party's name. A head of several words that starts
   * inside the name and runs past it stands after it («the Quad Leaders' Summit»: «Quad Leaders» names
   * the Quad, «Leaders' Summit» the meeting).
   */
  private static boolean headInsideParty(Context ctx, Concept c) {
    PrefixLexicon.Hit<List<Lexicons.Head>> head = c.headFirst < c.last
        ? ctx.data.lexicons.heads.longestAt(ctx.tokens, c.headFirst, c.last) : null;
    int headLast = head == null ? c.headFirst + 1 : head.last;
    for (Context.Found<PartyInfo> party : ctx.mentionsInOrder) {
      if (party.first <= c.headFirst && c.headFirst < party.last && headLast <= party.last
          && !(c.kind == MechanismKind.COUNCIL && councilOfItsOwnName(ctx.tokens, party))
          && !(c.kind == MechanismKind.SECRETARIAT && secretariatServingItsMembers(ctx, party, headLast))) {
        return true;
      }
    }
    return false;
  }

  /**
   * «the meeting was held at the ASEAN Secretariat», «tasked the Pacific Islands Forum Secretariat»: an
   * organisation's secretariat named by the gazetteer, its head ending the organisation's mention, is the standing
   * body that serves the members' cooperation, a mechanism as well as the organisation; one listed among other
   * parties («the Asian Development Bank, the Commonwealth Secretariat, the United Nations») is an attending
   * organisation.
   */
  private static boolean secretariatServingItsMembers(Context ctx, Context.Found<PartyInfo> party, int headLast) {
    if (party.value.kind != dev.entente.model.PartyKind.ORGANIZATION || party.last != headLast) {
      return false;
    }
    int m = ctx.firstMentionFrom(party.first);
    Context.Found<PartyInfo> before = m > 0 ? ctx.mentionsInOrder.get(m - 1) : null;
    Context.Found<PartyInfo> after = ctx.mentionFrom(party.last);
    return !(before != null && party.first - before.last <= LIST_GAP && ctx.tokens.gapsHave(before.last, party.first + 1, ','))
        && !(after != null && after.first - party.last <= LIST_GAP && ctx.tokens.gapsHave(party.last, after.first + 1, ','));
  }

  /** The most tokens (an article) between two parties' mentions that a comma joins into one list. */
  private static final int LIST_GAP = 1;

  /**
   * «the North Atlantic Council» of the North Atlantic Treaty Organization, «the Council of Arab States» of the
   * League of Arab States: a council the gazetteer lists as an organisation's organ, named from the
   * organisation's own name but for its head, is the organisation's plenary body, a standing mechanism as
   * well as the organisation. Another name of the organisation itself («the Gulf Cooperation Council», «the
   * Turkic Council») or an organ named by an abbreviation or the whole name («the UN Security Council») is not.
   */
  static boolean councilOfItsOwnName(Tokens t, Context.Found<PartyInfo> party) {
    if (party.value.kind != dev.entente.model.PartyKind.ORGANIZATION || party.last - party.first < 2
        || t.isUpperCase(party.first)) {
      return false;
    }
    String[] name = Tokenizer.keyOf(party.value.nameRu).split(" ");
    int words = party.last - party.first;
    if (name.length < 2) {
      return false;
    }
    if (name[0].startsWith(t.stem[party.first])) {
      // «North Atlantic Council»: two or more of the organisation's opening words, not all of them, then a
      // head of the organ's own. «European Council» shares one adjective; «United Nations Security Council»
      // is the whole organisation's name and its organ.
      int shared = 1;
      while (shared < words && shared < name.length && name[shared].startsWith(t.stem[party.first + shared])) {
        shared++;
      }
      return shared >= 2 && shared < name.length && shared < words;
    }
    // «Council of Arab States»: the organisation's name with another head in the place of its first word.
    if (words != name.length) {
      return false;
    }
    for (int i = 1; i < words; i++) {
      if (!name[i].startsWith(t.stem[party.first + i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * «the Asia Pacific Economic Cooperation forum», «the APEC forum»: a party's name and a one-word
   * head after it in lower case, or in the plural («BRICS Summits»), name the party itself, not a
   * mechanism of its own; a capitalised head names a body of the party's («the OSCE Troika», «the NDFP Panel»).
   */
  private static boolean partyAndHead(Context ctx, Concept c) {
    if (c.concept != Lexicons.Concept.MECHANISM || c.knownId != null || c.last != c.headFirst + 1
        || ctx.tokens.isCapitalized(c.headFirst) && !ctx.data.language.isPluralNoun(ctx.tokens.key[c.headFirst])) {
      return false;
    }
    for (Context.Found<PartyInfo> party : ctx.mentionsInOrder) {
      // «the successive BRICS Summits»: lower-case words that only describe may stand before the party.
      if (party.first >= c.first && party.last == c.headFirst && lowerCaseBetween(ctx.tokens, c.first, party.first)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every token in {@code [from, to)} is a lower-case word. */
  private static boolean lowerCaseBetween(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isCapitalized(k) || t.isNumber(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * «Joint Communiqué on the Occasion of the Visit of the Prime Minister …» and «… paid a working
   * visit to Indonesia on 12-13 April»: the visit the title names is the one the body tells, under
   * the body's name. Where names open with their head, a body naming the visit by its head alone («находился с
   * дружественным визитом») takes the words after the title's head, which say whose visit it is or where it goes
   * («о визите генерального секретаря ЦК КПСС в СФРЮ»): «дружественный визит генерального секретаря ЦК КПСС».
   */
  private static List<Concept> titleVisitIsTheBodys(Context ctx, List<Concept> found) {
    Concept body = null;
    for (Concept c : found) {
      if (c.concept == Lexicons.Concept.EVENT && c.kind == EventKind.VISIT && !c.inTitle && c.sentence != null) {
        body = c;
        break;
      }
    }
    if (body == null) {
      return found;
    }
    List<Concept> kept = new ArrayList<>(found.size());
    for (Concept c : found) {
      if (c.concept == Lexicons.Concept.EVENT && c.kind == EventKind.VISIT && c.sentence == null) {
        int complement = headEnd(ctx, c);
        if (!ctx.data.language.headsEndNames() && headEnd(ctx, body) >= body.last && complement < c.last) {
          body.name = body.name + " " + ctx.text.text().substring(ctx.tokens.start[complement], ctx.tokens.end[c.last - 1]);
        }
        body.absorb(c);
        body.mentions.sort(java.util.Comparator.comparingInt(Range::start));
      } else {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * «The Group met in New York on 27 September … At its Fortieth Meeting, held in New York on 27 September, the Group
   * …»: a meeting told only by a verb of gathering, where the text names a meeting (no visit) in the same city on an
   * overlapping day, is that meeting; the named one stays, with the gathering's mentions.
   */
  private static List<Concept> gatheringIsANamedMeeting(List<Concept> found) {
    List<Concept> kept = new ArrayList<>(found.size());
    for (Concept c : found) {
      Concept named = c.concept == Lexicons.Concept.EVENT && c.key != null && c.key.startsWith(EventRecognizer.GATHERING_KEY)
          && c.place != null && c.date != null ? namedMeetingOf(found, c) : null;
      if (named == null) {
        kept.add(c);
        continue;
      }
      named.absorb(c);
      named.mentions.sort(java.util.Comparator.comparingInt(Range::start));
    }
    return kept;
  }

  /** The one meeting named by a head, no visit, in {@code gathering}'s city on a day that overlaps its day; null if none or several. */
  private static Concept namedMeetingOf(List<Concept> found, Concept gathering) {
    Concept named = null;
    for (Concept e : found) {
      if (e.concept != Lexicons.Concept.EVENT || e == gathering || e.kind == EventKind.VISIT || e.key == null
          || e.key.startsWith(EventRecognizer.GATHERING_KEY) || e.place == null || e.date == null
          || !e.place.name().equals(gathering.place.name()) || e.date.earliest().isAfter(gathering.date.latest())
          || gathering.date.earliest().isAfter(e.date.latest())) {
        continue;
      }
      if (named != null && named.key != null && !named.key.equals(e.key)) {
        return null;
      }
      named = e;
    }
    return named;
  }

  /** The token after the head of {@code c}'s name: where a visitor, a destination or another complement starts. */
  private static int headEnd(Context ctx, Concept c) {
    PrefixLexicon.Hit<List<Lexicons.Head>> head = c.headFirst < c.last
        ? ctx.data.lexicons.heads.longestAt(ctx.tokens, c.headFirst, c.last) : null;
    return head == null ? c.headFirst + 1 : head.last;
  }

  /**
   * «Canada-Chile Summit Joint Statement» and «The Leaders met in Ottawa»: a meeting told by a verb
   * of gathering is the meeting the title names, where it names one (not a visit); the title's
   * meeting takes the body's day and place.
   */
  private static List<Concept> gatheringIsTheTitles(List<Concept> found) {
    Concept title = null;
    for (Concept c : found) {
      // «БУДАПЕШТСКОЙ ВСТРЕЧИ НА ВЫСШЕМ УРОВНЕ» over «собрались в Будапеште»: a heading's meeting in the
      // document's own city, dated by it (EventRecognizer's occasion), is the title's too.
      if (c.concept == Lexicons.Concept.EVENT && c.kind != EventKind.VISIT
          && (c.sentence == null || c.inTitle && c.place != null
              && !(c.key != null && c.key.startsWith(EventRecognizer.GATHERING_KEY)))) {
        title = c;
        break;
      }
    }
    if (title == null) {
      return found;
    }
    List<Concept> kept = new ArrayList<>(found.size());
    for (Concept c : found) {
      if (c.concept == Lexicons.Concept.EVENT && c.key != null && c.key.startsWith(EventRecognizer.GATHERING_KEY)
          && (title.sentence == null || c.place != null && c.place.name().equals(title.place.name()))) {
        title.absorb(c);
        title.mentions.sort(java.util.Comparator.comparingInt(Range::start));
      } else {
        kept.add(c);
      }
    }
    return kept;
  }

  /** One item per thing: same key, or the same ordinal meeting at the same level in one clause. */
  List<Concept> merge(Context ctx, List<Concept> found) {
    found = found.stream()
        .filter(c -> !brokenOrganisationName(ctx, c) && !signingAsAPurpose(ctx, c) && !eventInsideParty(ctx, c))
        .collect(java.util.stream.Collectors.toList());
    if (ctx.data.language.bareHeadsAreNoNames()) {
      found = found.stream().filter(c -> !isBareHead(ctx, c) && !insideParty(ctx, c) && !partyAndHead(ctx, c))
          .collect(java.util.stream.Collectors.toList());
    }
    found = titleVisitIsTheBodys(ctx, found);
    found = gatheringIsTheTitles(found);
    found = gatheringIsANamedMeeting(found);
    Map<String, Concept> byKey = new LinkedHashMap<>();
    List<Concept> events = new ArrayList<>();
    Map<Concept, Concept> survivors = new java.util.IdentityHashMap<>();
    Map<String, Concept> aliases = new java.util.HashMap<>();
    Concept previous = null;
    for (Concept c : found) {
      Concept same = byKey.containsKey(c.key) ? byKey.get(c.key) : aliases.get(c.key);
      Concept named = previous == null ? null : survivors.getOrDefault(previous, previous);
      previous = c;
      if (same == null && named != null && bracketAlias(ctx, named, c)) {
        // «… Centre for Humanitarian Assistance (AHA Centre)»: the name in brackets is the one before it
        // under another name; where the text uses it again, it is that one too.
        named.absorb(c);
        survivors.put(c, named);
        aliases.put(c.key, named);
        continue;
      }
      if (same != null && anotherOccurrence(same, c)) {
        // «the G20 Summit in Bali in November 2022 … the G20 Summit in New Delhi in September 2023»: two meetings of one name.
        c.key = c.key + "@" + c.first;
        same = null;
      }
      if (same == null && c.concept == Lexicons.Concept.EVENT) {
        same = sameEvent(ctx, events, c);
      }
      Concept visit = same == null && c.concept == Lexicons.Concept.EVENT ? visitReferredTo(events, c) : null;
      if (visit != null) {
        visit.mentions.addAll(c.mentions);
        visit.mentions.sort(java.util.Comparator.comparingInt(Range::start));
        survivors.put(c, visit);
        continue;
      }
      if (same != null) {
        if (same.concept == Lexicons.Concept.EVENT && same.sentence == null && same.ordinal == null && c.ordinal != null) {
          // The title's meeting told in the body with its number: the body's name is the fuller one.
          same.name = c.name;
        } else if (same.concept == Lexicons.Concept.EVENT && isTitles(same) && c.sentence != null
            && (!c.inTitle || same.sentence == null) && namesMore(ctx, c, same)) {
          // «Extraordinary Summit of … (SADC)» told in the body with the level it met at: the fuller name.
          same.name = c.name;
        } else if (inCapitals(same.name) && !inCapitals(c.name) && same.name.equalsIgnoreCase(c.name)) {
          // «SUB-REGIONAL MEETING ON …» heading the text, «Sub-Regional Meeting On …» in the body: the same words as
          // running text writes them.
          same.name = c.name;
        } else if (same.concept == Lexicons.Concept.MECHANISM && abbreviatedBody(ctx, same) && !abbreviatedBody(ctx, c)) {
          // «СМИД ОИС» in the title, «Совет министров иностранных дел ОИС» in the body: the body's words written out.
          same.name = c.name;
        }
        // «15-й Саммит ОЭС: …» heading the text, then «Мы, …, собравшись на 15-м Саммите ОЭС»; «КОММЮНИКЕ 13ГО ИСЛАМСКОГО
        // САММИТА», then «провели Саммит (13й Исламский Саммит …)»: a mention told as the document's own occasion, or a
        // numbered one (one occasion by its number) told as held, settles the status an undated one had only for want of
        // any sign (no cue of a plan in its sentence).
        if (same.concept == Lexicons.Concept.EVENT && same.date == null && same.eventStatus == EventStatus.PLANNED
            && (c.inTitle && !same.inTitle
                || c.eventStatus == EventStatus.HELD && same.ordinal != null && !EventRecognizer.plannedCueIn(ctx, same))) {
          same.eventStatus = EventStatus.HELD;
        }
        if (same.concept == Lexicons.Concept.EVENT && narrowerWithin(c.date, same.date)) {
          // «Коммюнике … в Каире, 2013 г.» heading the text, then «6-7 февраля 2013 года» for its meeting: the days.
          same.date = c.date;
        }
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
    List<Concept> result = oneVisitPerPlace(new ArrayList<>(byKey.values()), survivors);
    if (ctx.data.language.headsEndNames()) {
      result = shortFormsOfOne(result, survivors);
      result = openingsOfLongerNames(result, survivors);
      result = describedByAGenericWord(ctx, result, survivors);
    }
    result = wordsWithinOne(ctx, result, survivors);
    result = instrumentsSubject(ctx, result, survivors);
    result = bareHeadOfOne(ctx, result, survivors, !ctx.data.language.headsEndNames());
    result = numberedOnceOnly(ctx, result, survivors);
    result = meetingNamedAgain(result, survivors);
    for (Concept c : result) {
      if (c.series != null && survivors.containsKey(c.series)) {
        c.series = survivors.get(c.series);
      }
    }
    seriesMechanisms(ctx, result);
    return result;
  }

  /**
   * «the Tripartite Summit held in Cairo on 24 March … the follow-up of the Tripartite Summit», «в связи с саммитом
   * СЕЛАК … прошедшего в Буэнос-Айресе саммита СЕЛАК»: a summit or forum read as a standing body only for want of
   * any sign of one meeting, named as a meeting the document tells of, is that meeting mentioned again. Not a summit
   * a word of regularity qualifies («the Annual Leaders' meeting», ConceptRecognizer), nor one several meetings or a
   * numbered one share a name with.
   */
  private static List<Concept> meetingNamedAgain(List<Concept> items, Map<Concept, Concept> survivors) {
    if (items.stream().noneMatch(c -> c.undecided && c.key != null)) {
      return items;
    }
    // «the 6th East Asia Summit», «the 2012 Leaders' Meeting … the 2014 Leaders' Meeting»: a numbered meeting, or one of
    // several of a name, is one of a series, and the bare name names the series.
    Map<String, Concept> meetings = new java.util.HashMap<>();
    for (Concept c : items) {
      if (c.concept == Lexicons.Concept.EVENT && c.key != null) {
        String body = keyBody(c.key);
        meetings.put(body, c.ordinal == null && !meetings.containsKey(body) ? c : null);
      }
    }
    List<Concept> kept = new ArrayList<>(items.size());
    for (Concept c : items) {
      Concept meeting = c.undecided && c.key != null ? meetings.get(keyBody(c.key)) : null;
      if (meeting == null) {
        kept.add(c);
        continue;
      }
      meeting.mentions.addAll(c.mentions);
      meeting.mentions.sort(java.util.Comparator.comparingInt(Range::start));
      redirect(survivors, c, meeting);
    }
    return kept;
  }

  /** An item's key without its concept, an event's ordinal and a mark of the next one: what names the thing. */
  private static String keyBody(String key) {
    int at = key.indexOf('@');
    String body = at < 0 ? key : key.substring(0, at);
    body = body.substring(body.indexOf(':') + 1);
    if (key.startsWith(Lexicons.Concept.EVENT.name() + ':')) {
      body = body.substring(body.indexOf(':') + 1);
      while (body.startsWith("next:")) {
        body = body.substring("next:".length());
      }
    }
    return body;
  }

  /**
   * «Протокол о консультациях между МИД … и МИД …» and «Стороны будут проводить консультации …»: a
   * mechanism named as the subject of an instrument (the document's kind and a topic's preposition right
   * before it) is the one of its kind the instrument's body names in lower case, when there is exactly one;
   * the body's name stays.
   */
  private static List<Concept> instrumentsSubject(Context ctx, List<Concept> items, Map<Concept, Concept> survivors) {
    Tokens t = ctx.tokens;
    Map<Concept, Concept> into = new java.util.IdentityHashMap<>();
    for (Concept subject : items) {
      dev.entente.model.DocumentKind kind = subject.concept != Lexicons.Concept.MECHANISM || subject.first < 2
          || subject.first >= t.size || !ctx.data.words.is(WordClass.TOPIC_PREPOSITION, t.key[subject.first - 1])
          ? null : kindEndingAt(ctx, subject.first - 1);
      if (kind == null) {
        continue;
      }
      Concept body = null;
      int count = 0;
      for (Concept other : items) {
        if (other != subject && other.concept == Lexicons.Concept.MECHANISM && other.kind == subject.kind
            && other.first < t.size && !t.isCapitalized(other.first)) {
          body = other;
          count++;
        }
      }
      if (count == 1) {
        into.put(subject, body);
        // «Протокол о консультациях»: what an agreement or a memorandum is about, it sets up.
        if ((kind == dev.entente.model.DocumentKind.AGREEMENT || kind == dev.entente.model.DocumentKind.MEMORANDUM)
            && body.mechanismStatus == MechanismStatus.EXISTING) {
          body.mechanismStatus = MechanismStatus.NEW;
        }
      }
    }
    return absorbInto(items, into, survivors);
  }

  /** How many words a document's kind may have («Меморандум о взаимопонимании»). */
  private static final int KIND_WORDS = 3;

  /** The kind of document whose name ends right before token {@code end}, or null. */
  private static dev.entente.model.DocumentKind kindEndingAt(Context ctx, int end) {
    for (int k = Math.max(0, end - KIND_WORDS); k < end; k++) {
      PrefixLexicon.Hit<dev.entente.model.DocumentKind> kind = ctx.data.documentKinds.longestAt(ctx.tokens, k, end);
      if (kind != null && kind.first == k && kind.last == end) {
        return kind.entry.value;
      }
    }
    return null;
  }

  /** Whether mechanism {@code c} is named with an abbreviation of a kind of body («СМИД ОБСЕ»). */
  private static boolean abbreviatedBody(Context ctx, Concept c) {
    Tokens t = ctx.tokens;
    for (int k = c.first; k < c.last; k++) {
      if (t.isUpperCase(k) && ctx.data.bodyAbbreviations.containsKey(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * «Межправительственная комиссия по сотрудничеству … следующее заседание Комиссии»: a mechanism
   * named by its head word alone, with a capital, is the one other mechanism of its kind the text
   * names, and where names open with their head, one whose name opens exactly one other's
   * («Межправительственная комиссия») is that one; where there are two or more, it may be either
   * and stands alone.
   */
  private static List<Concept> bareHeadOfOne(Context ctx, List<Concept> items, Map<Concept, Concept> survivors,
      boolean headsOpenNames) {
    List<Concept> kept = new ArrayList<>(items.size());
    for (Concept bare : items) {
      Concept one = null;
      int count = 0;
      if (bare.concept == Lexicons.Concept.MECHANISM && bare.knownId == null
          && bare.name != null && !bare.name.isEmpty() && Character.isUpperCase(bare.name.charAt(0))) {
        boolean oneWord = bare.last - bare.first == 1 && bare.name.indexOf(' ') < 0;
        // «this Joint Taskforce» after «a joint … Supply Chain Taskforce»: where names end in their head, a head
        // that only words describing any such body qualify is the one other of its kind ending in that head.
        String generic = headsOpenNames ? null : genericHead(ctx, bare.name);
        // «the Task Force» after «the Canada-U.S. Energy Transformation Task Force»: where names end in their head,
        // a name that is its head phrase alone is the one other of its kind ending in that phrase.
        if (generic == null && !headsOpenNames && !oneWord && bare.first == bare.headFirst && bare.name.indexOf(' ') > 0) {
          generic = bare.name;
        }
        for (Concept other : items) {
          if (other != bare && other.concept == Lexicons.Concept.MECHANISM && other.kind == bare.kind && other.name != null
              && other.name.length() > bare.name.length()
              && (oneWord || headsOpenNames && other.name.regionMatches(true, 0, bare.name + " ", 0, bare.name.length() + 1)
                  || generic != null && endsInPhrase(other.name, generic))) {
            one = other;
            count++;
          }
        }
      }
      if (count > 1 && headsOpenNames) {
        // «СОВЕТ ГЛАВ ПРАВИТЕЛЬСТВ» beside «Совет глав правительств СНГ» and a longer name that runs on past the
        // organisation: the one that is the bare name and the organisation alone is the body.
        one = onlyTheOrganisationAfter(ctx, items, bare);
        count = one == null ? 0 : 1;
      }
      if (count == 1) {
        one.absorb(bare);
        one.mentions.sort(java.util.Comparator.comparingInt(Range::start));
        survivors.put(bare, one);
        for (Map.Entry<Concept, Concept> e : survivors.entrySet()) {
          if (e.getValue() == bare) {
            e.setValue(one);
          }
        }
      } else {
        kept.add(bare);
      }
    }
    return kept;
  }

  /**
   * The one mechanism of {@code bare}'s kind whose name is {@code bare}'s words and then an organisation's name
   * ending it, or null when none or several are.
   */
  private static Concept onlyTheOrganisationAfter(Context ctx, List<Concept> items, Concept bare) {
    int words = bare.last - bare.first;
    Concept one = null;
    for (Concept other : items) {
      if (other != bare && other.concept == Lexicons.Concept.MECHANISM && other.kind == bare.kind && other.name != null
          && other.name.regionMatches(true, 0, bare.name + " ", 0, bare.name.length() + 1)
          && organisationEnds(ctx, other.first, other.first + words, other.last)) {
        if (one != null) {
          return null;
        }
        one = other;
      }
    }
    return one;
  }

  /**
   * Whether an organisation's mention ends at token {@code to} and takes token {@code from} on, starting no
   * earlier than {@code start} (the party reader may take the body's words into the organisation's mention).
   */
  private static boolean organisationEnds(Context ctx, int start, int from, int to) {
    for (Context.Found<PartyInfo> party : ctx.mentionsInOrder) {
      if (party.first >= start && party.first <= from && party.last == to && party.value.kind == dev.entente.model.PartyKind.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} ends in the words {@code phrase} (any case), an abbreviation in brackets after them aside. */
  private static boolean endsInPhrase(String name, String phrase) {
    String whole = name;
    int bracket = whole.lastIndexOf(" (");
    if (bracket > 0 && whole.endsWith(")")) {
      whole = whole.substring(0, bracket);
    }
    return whole.length() > phrase.length()
        && whole.regionMatches(true, whole.length() - phrase.length() - 1, " " + phrase, 0, phrase.length() + 1);
  }

  /**
   * The head word of a name whose other words only describe any such body («Joint Taskforce»: «Taskforce»,
   * by the language's stop adjectives), or null.
   */
  private static String genericHead(Context ctx, String name) {
    String[] parts = name.split(" ");
    if (parts.length < 2) {
      return null;
    }
    for (int k = 0; k < parts.length - 1; k++) {
      if (!ctx.data.words.is(WordClass.STOP_ADJECTIVE, Tokenizer.keyOf(parts[k]))) {
        return null;
      }
    }
    return parts[parts.length - 1];
  }

  /**
   * «the India-Japan Joint Commission … The Joint Commission will meet …»: where names end in their
   * head, a mechanism or an initiative whose name is the tail of exactly one other's of its kind, the
   * longer one only adding the parties it belongs to before it, is that one named short. Two longer ones («the India-Japan
   * and the India-Australia Strategic Dialogue») leave the short one standing: it may be either.
   */
  private static List<Concept> shortFormsOfOne(List<Concept> items, Map<Concept, Concept> survivors) {
    Map<Concept, Concept> into = new java.util.IdentityHashMap<>();
    String[] bodies = new String[items.size()];
    for (int i = 0; i < bodies.length; i++) {
      bodies[i] = body(items.get(i).key);
    }
    for (int s = 0; s < bodies.length; s++) {
      Concept shorter = items.get(s);
      if (shorter.concept == Lexicons.Concept.EVENT || shorter.knownId != null || shorter.byMembers) {
        continue;
      }
      String tail = bodies[s];
      Concept longer = null;
      int count = 0;
      for (int o = 0; o < bodies.length; o++) {
        Concept other = items.get(o);
        String whole = bodies[o];
        if (other != shorter && other.concept == shorter.concept && other.kind == shorter.kind && other.knownId == null
            && whole.length() > tail.length() && whole.endsWith(tail) && whole.charAt(whole.length() - tail.length() - 1) == ' '
            && onlyParties(whole.substring(0, whole.length() - tail.length()))) {
          longer = other;
          count++;
        }
      }
      if (count == 1 && !into.containsKey(longer)) {
        into.put(shorter, longer);
      }
    }
    return absorbInto(items, into, survivors);
  }

  /**
   * «the Quad Infrastructure Fellowships Program», «the Global Gateway strategy»: where names end in their
   * head, an initiative named once, by the opening words of another initiative's mention (a head of its
   * own ending it early), is that initiative; the one the gazetteer knows keeps its name, else the longer.
   */
  private static List<Concept> openingsOfLongerNames(List<Concept> items, Map<Concept, Concept> survivors) {
    Map<Concept, Concept> into = new java.util.IdentityHashMap<>();
    for (Concept shorter : items) {
      if (shorter.concept != Lexicons.Concept.INITIATIVE || shorter.mentions.size() != 1) {
        continue;
      }
      Range part = shorter.mentions.get(0);
      for (Concept longer : items) {
        if (longer == shorter || longer.concept != Lexicons.Concept.INITIATIVE || into.containsKey(longer)
            || longer.knownId != null && shorter.knownId != null) {
          continue;
        }
        boolean opens = false;
        for (Range whole : longer.mentions) {
          opens |= whole.start() == part.start() && whole.end() > part.end();
        }
        if (opens) {
          into.put(shorter, longer);
          break;
        }
      }
    }
    if (into.isEmpty()) {
      return items;
    }
    Map<Concept, Concept> dropped = new java.util.IdentityHashMap<>();
    for (Map.Entry<Concept, Concept> pair : into.entrySet()) {
      Concept shorter = pair.getKey();
      Concept longer = pair.getValue();
      if (dropped.containsKey(shorter) || dropped.containsKey(longer)) {
        continue;
      }
      Range part = shorter.mentions.get(0);
      Concept keeper;
      Concept gone;
      if (shorter.knownId != null) {
        // The gazetteer's item keeps its name and id, and takes the longer one's mentions in place of its own.
        keeper = shorter;
        gone = longer;
        keeper.mentions.clear();
      } else {
        keeper = longer;
        gone = shorter;
      }
      keeper.absorb(gone);
      keeper.mentions.remove(part);
      if (keeper.mentions.isEmpty()) {
        keeper.mentions.add(part);
      }
      keeper.mentions.sort(java.util.Comparator.comparingInt(Range::start));
      dropped.put(gone, keeper);
      redirect(survivors, gone, keeper);
    }
    List<Concept> kept = new ArrayList<>(items.size());
    for (Concept c : items) {
      if (!dropped.containsKey(c)) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * «the C5+1 diplomatic platform» beside «the C5+1» or «the C5+1 platform»: where names end in their head, a
   * mechanism named once by another mechanism's proper words and lower-case words that end in a generic word
   * of a format describes that one, and is it.
   */
  private static List<Concept> describedByAGenericWord(Context ctx, List<Concept> items, Map<Concept, Concept> survivors) {
    Map<Concept, Concept> into = new java.util.IdentityHashMap<>();
    for (Concept described : items) {
      if (described.concept != Lexicons.Concept.MECHANISM || described.mentions.size() != 1 || described.name == null) {
        continue;
      }
      String[] parts = described.name.split(" ");
      String last = parts[parts.length - 1];
      if (parts.length < 2 || !lowerCaseOnly(last)
          || !ctx.data.words.startsWithAny(WordClass.GENERIC_MECHANISM_PREFIX, Tokenizer.keyOf(last))) {
        continue;
      }
      // «C5+1 diplomatic platform»: the proper part «C5+1», and «C5+1 platform» with the generic word.
      int proper = 0;
      while (proper < parts.length && !lowerCaseOnly(parts[proper])) {
        proper++;
      }
      String core = String.join(" ", java.util.Arrays.asList(parts).subList(0, proper));
      for (Concept named : items) {
        if (named != described && named.concept == Lexicons.Concept.MECHANISM && named.name != null && proper > 0
            && !into.containsKey(named) && (named.name.equals(core) || named.name.equals(core + " " + last))) {
          into.put(described, named);
          break;
        }
      }
    }
    return absorbInto(items, into, survivors);
  }

  /**
   * «the GPH and MILF Implementing Panels», «the MILF Peace Implementing Panels» and «the Implementing Panels
   * for the GPH-MILF Peace Agreement»; «the Council of Heads of Member State» and «the Council of Heads of State
   * of the SCO»: a mechanism whose words (parties by their ids, the others by their stems; articles,
   * prepositions, «and» and words of membership aside) are all among another's of its kind is that one named
   * short, where every such other is itself within one, the fullest. Two that each say something the other
   * does not («the India-Japan» and «the India-Australia Joint Commission») leave the short one standing.
   */
  private static List<Concept> wordsWithinOne(Context ctx, List<Concept> items, Map<Concept, Concept> survivors) {
    List<OrganisationOpening> openings = organisationOpenings(ctx);
    Map<Integer, String> sides = sidesInLowerCase(ctx);
    List<java.util.Set<String>> sets = new ArrayList<>(items.size());
    List<Boolean> coordinated = new ArrayList<>(items.size());
    for (Concept c : items) {
      sets.add(c.concept == Lexicons.Concept.MECHANISM && c.knownId == null && !c.byMembers && c.name != null
          ? nameWords(ctx, c, c.first, c.last, openings, sides) : null);
      coordinated.add(c.concept == Lexicons.Concept.MECHANISM && andWithin(ctx, c));
    }
    Map<Concept, Concept> into = new java.util.IdentityHashMap<>();
    for (int s = 0; s < items.size(); s++) {
      java.util.Set<String> shorter = sets.get(s);
      if (shorter == null || shorter.size() < 2 || shorter.stream().allMatch(ConceptMerger::isPartyId)) {
        continue;
      }
      List<Integer> wider = new ArrayList<>();
      int fullest = -1;
      for (int o = 0; o < items.size(); o++) {
        java.util.Set<String> other = sets.get(o);
        // Two of the same words: the later one is the earlier named again.
        if (o != s && other != null && items.get(o).kind == items.get(s).kind && other.containsAll(shorter)
            && !(other.equals(shorter) && o > s) && shorter.containsAll(wordsBeforeAComplement(ctx, items.get(o), openings, sides))
            && !(coordinated.get(o) && !coordinated.get(s))) {
          wider.add(o);
          fullest = fullest < 0 || other.size() > sets.get(fullest).size() ? o : fullest;
        }
      }
      boolean nested = fullest >= 0;
      for (int o : wider) {
        nested &= sets.get(fullest).containsAll(sets.get(o));
      }
      if (nested) {
        into.put(items.get(s), items.get(fullest));
      }
    }
    return absorbInto(items, into, survivors);
  }

  /**
   * The items, each one {@code into} maps to a fuller name absorbed by that name (followed to the last one a chain of
   * them reaches), its mentions kept in text order and {@code survivors} told.
   */
  private static List<Concept> absorbInto(List<Concept> items, Map<Concept, Concept> into, Map<Concept, Concept> survivors) {
    if (into.isEmpty()) {
      return items;
    }
    List<Concept> kept = new ArrayList<>(items.size());
    for (Concept c : items) {
      Concept keeper = into.get(c);
      while (keeper != null && into.containsKey(keeper)) {
        keeper = into.get(keeper);
      }
      if (keeper == null) {
        kept.add(c);
        continue;
      }
      keeper.absorb(c);
      keeper.mentions.sort(java.util.Comparator.comparingInt(Range::start));
      redirect(survivors, c, keeper);
    }
    return kept;
  }

  /**
   * «Совет глав государств Содружества» beside «Содружества Независимых Государств»: the id of the organisation
   * of several words the document names whose name's first word has stem {@code stem}, or null.
   */
  private static String organisationOpenedBy(List<OrganisationOpening> openings, String stem) {
    if (stem.length() < 4) {
      return null;
    }
    for (OrganisationOpening opening : openings) {
      if (opening.ru() != null && opening.ru().startsWith(stem) || opening.en() != null && opening.en().startsWith(stem)) {
        return opening.id();
      }
    }
    return null;
  }

  /** The first word (as a key) of an organisation's Russian and English names of several words, and its id. */
  private record OrganisationOpening(String ru, String en, String id) {}

  /** The organisations the document names, in the order of their first mention, each once, with their first words. */
  private static List<OrganisationOpening> organisationOpenings(Context ctx) {
    List<OrganisationOpening> openings = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Context.Found<PartyInfo> party : ctx.mentionsInOrder) {
      if (party.value.kind == dev.entente.model.PartyKind.ORGANIZATION && seen.add(party.value.id)) {
        openings.add(new OrganisationOpening(firstWordOfSeveral(party.value.nameRu), firstWordOfSeveral(party.value.nameEn),
            party.value.id));
      }
    }
    return openings;
  }

  /** The first word of {@code name} as a key where it has several words, else null. */
  private static String firstWordOfSeveral(String name) {
    if (name == null) {
      return null;
    }
    String key = Tokenizer.keyOf(name);
    int space = key.indexOf(' ');
    return space > 0 ? key.substring(0, space) : null;
  }

  /** Whether a word of {@link #nameWords} is a party's id (the others are stems, in lower case). */
  private static boolean isPartyId(String word) {
    return !word.equals(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** «Советы глав государств и глав правительств»: whether «and» stands in the first mention of {@code c}. */
  private static boolean andWithin(Context ctx, Concept c) {
    Tokens t = ctx.tokens;
    for (int k = c.first; k < c.last && k < t.size; k++) {
      // «… министров иностранных дел Китая и Пакистана»: «and» between two parties joins the sides of one thing.
      if (ctx.data.words.is(WordClass.AND, t.key[k]) && !(k > c.first && t.isCapitalized(k - 1) && k + 1 < c.last
          && t.isCapitalized(k + 1) && ctx.data.parties.longestAt(t, k + 1, c.last) != null)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «the ASEAN Defence Ministers' Meeting Plus», «Деловой совет ШОС»: the words of {@code c}'s name up to the
   * preposition or bracket of a complement after its head; a name that lacks any of them is another body's.
   */
  private static java.util.Set<String> wordsBeforeAComplement(Context ctx, Concept c, List<OrganisationOpening> openings,
      Map<Integer, String> sides) {
    Tokens t = ctx.tokens;
    int end = c.headFirst + 1;
    while (end < c.last && end < t.size && !t.gapHas(end, '(') && !ctx.data.words.is(WordClass.NAME_PREPOSITION, t.key[end])) {
      end++;
    }
    return nameWords(ctx, c, c.first, end, openings, sides);
  }

  /**
   * «китайско-пакистанский стратегический диалог» is «стратегический диалог … Китая и Пакистана»: the
   * parties the document names in lower case (the parts of a compound adjective of states), by the
   * token that opens each, with their ids.
   */
  private static Map<Integer, String> sidesInLowerCase(Context ctx) {
    Map<Integer, String> sides = new java.util.HashMap<>();
    for (Context.Found<PartyInfo> party : ctx.mentionsInOrder) {
      if (party.first < ctx.tokens.size && !ctx.tokens.isCapitalized(party.first) && party.last == party.first + 1) {
        sides.put(party.first, party.value.id);
      }
    }
    return sides;
  }

  /**
   * The words of tokens {@code [from, to)} of {@code c}'s first mention: parties by id (those named in
   * lower case too, {@code sides}), other words by their stem.
   */
  private static java.util.Set<String> nameWords(Context ctx, Concept c, int from, int to,
      List<OrganisationOpening> openings, Map<Integer, String> sides) {
    Tokens t = ctx.tokens;
    Words words = ctx.data.words;
    java.util.Set<String> set = new java.util.HashSet<>();
    for (int k = from; k < to && k < t.size; k++) {
      String side = t.isCapitalized(k) ? null : sides.get(k);
      if (side != null) {
        set.add(side);
        continue;
      }
      PhraseMatcher.Match<PartyInfo> party = t.isCapitalized(k) ? ctx.data.parties.longestAt(t, k, c.last) : null;
      if (party != null) {
        set.add(party.value.id);
        // «Совет глав государств СНГ», an organ the gazetteer gives as its organisation: its own words count too.
        if (!(party.first <= c.headFirst && c.headFirst < party.last)) {
          k = party.last - 1;
          continue;
        }
      }
      int members = ctx.data.language.membershipWords(t, k, to);
      if (members > 0) {
        k += members - 1;
        continue;
      }
      String shortFor = k > c.first && t.isCapitalized(k) && !t.isUpperCase(k) ? organisationOpenedBy(openings, t.stem[k]) : null;
      if (shortFor != null) {
        set.add(shortFor);
        continue;
      }
      String w = t.key[k];
      // «Межправительственная … совместная комиссия» named again as «совместная комиссия»: a word of the body's kind
      // (words.tsv BODY_KIND_PREFIX) tells no body from another of the same sides.
      if (w.length() <= 2 && !t.isNumber(k) && !t.isUpperCase(k) || words.is(WordClass.FUNCTION_WORD, w) || words.is(WordClass.AND, w)
          || words.is(WordClass.NAME_PREPOSITION, w) || ctx.data.language.isArticle(w)
          || words.startsWithAny(WordClass.BODY_KIND_PREFIX, w)) {
        continue;
      }
      set.add(ConceptRecognizer.folded(ctx.data.words, t.stem[k]));
    }
    return set;
  }

  /** Records that {@code gone} merged into {@code keeper}, and sends what had merged into {@code gone} there too. */
  private static void redirect(Map<Concept, Concept> survivors, Concept gone, Concept keeper) {
    survivors.put(gone, keeper);
    survivors.replaceAll((from, to) -> to == gone ? keeper : to);
  }

  private static boolean lowerCaseOnly(String words) {
    return words.equals(words.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the words of a key are all parties' ids (keys write the other words in lower case). */
  private static boolean onlyParties(String words) {
    for (String word : words.trim().split(" ")) {
      if (word.isEmpty() || !word.equals(word.toUpperCase(java.util.Locale.ROOT)) || word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** A key without its concept: the words that name the item. */
  private static String body(String key) {
    return key.substring(key.indexOf(':') + 1);
  }

  /**
   * Whether {@code alias} stands in brackets right after the name of {@code named}, an item of the
   * same concept whose name its mention ends where the alias starts; an event's alias is of its kind
   * and numbers it as it does, if at all («the 29th … Climate Change Conference (COP29)»).
   */
  private static boolean bracketAlias(Context ctx, Concept named, Concept alias) {
    if (alias.concept != named.concept || alias.mentions.size() != 1 || alias.first >= ctx.tokens.size) {
      return false;
    }
    // «Комиссия … (далее – Комиссия)»: the word for «hereinafter» may open the brackets.
    int open = alias.first > 0 && !ctx.tokens.gapHas(alias.first, '(')
        && ctx.data.words.is(WordClass.HEREINAFTER, ctx.tokens.key[alias.first - 1]) ? alias.first - 1 : alias.first;
    if (!ctx.tokens.gapHas(open, '(')) {
      return false;
    }
    if (alias.concept == Lexicons.Concept.EVENT && (alias.kind != named.kind
        || alias.ordinal != null && named.ordinal != null && !alias.ordinal.equals(named.ordinal))) {
      return false;
    }
    for (Range mention : named.mentions) {
      if (mention.end() == open) {
        return alias.last >= ctx.tokens.size || ctx.tokens.gapHas(alias.last, ')');
      }
    }
    return false;
  }

  /**
   * «paid a State Visit to India from 4-5 September», «during the visit», «the Prime Minister's visit
   * to India»: visits to one place under other names are one visit, when one of them is dated (and
   * their dates do not differ) or both stand in one clause or close; two undated visits to one place in two
   * clauses may be two («a return visit to Australia by a trade mission», «invited the President to
   * visit Australia»). The first name stays; a date (and the status it gives) comes from the mention
   * that has one.
   */
  private static List<Concept> oneVisitPerPlace(List<Concept> items, Map<Concept, Concept> survivors) {
    List<Concept> visits = new ArrayList<>();
    List<Concept> kept = new ArrayList<>(items.size());
    for (Concept c : items) {
      Concept same = null;
      // «his first visit to the United States» after «an official visit to Washington»: «first» counts the
      // visitor's visits there, no meetings of a series; it names the visit the text tells, in its country.
      boolean first = c.ordinal != null && c.ordinal == 1;
      if (c.concept == Lexicons.Concept.EVENT && c.kind == EventKind.VISIT && c.place != null && (c.ordinal == null || first)) {
        for (Concept v : visits) {
          boolean oneDated = v.date == null ? c.date != null : c.date == null || v.date.equals(c.date);
          boolean sameClause = v.sentence != null && c.sentence != null && v.sentence.block == c.sentence.block
              || Math.abs(c.first - v.last) <= NEAR_VISIT;
          boolean samePlace = v.place.name().equals(c.place.name())
              || first && c.date == null && c.place.country().isPresent() && c.place.country().equals(v.place.country());
          if (samePlace && (oneDated || sameClause && v.date == null && c.date == null)) {
            same = v;
            break;
          }
        }
        if (same == null && !first) {
          visits.add(c);
        }
      }
      if (same == null) {
        kept.add(c);
        continue;
      }
      if (same.date == null && c.date != null) {
        same.eventStatus = c.eventStatus;
      }
      Integer ordinal = same.ordinal;
      same.absorb(c);
      same.ordinal = ordinal;
      same.mentions.sort(java.util.Comparator.comparingInt(Range::start));
      survivors.put(c, same);
    }
    return kept;
  }

  /**
   * «Стороны высоко оценивают итоги визита»: a visit named by its head alone, after a visit the text
   * has named, is that visit; its sentence's dates and places are not its own.
   */
  private static Concept visitReferredTo(List<Concept> events, Concept c) {
    if (c.kind != EventKind.VISIT || c.last - c.first != 1 || c.ordinal != null) {
      return null;
    }
    for (int k = events.size() - 1; k >= 0; k--) {
      if (events.get(k).kind == EventKind.VISIT) {
        return events.get(k);
      }
    }
    return null;
  }

  private static Concept sameEvent(Context ctx, List<Concept> events, Concept c) {
    int window = Math.max(0, events.size() - SAME_EVENT_WINDOW);
    // The title's occasion may be told again however far into the text: the title's events before the window.
    for (Concept e : events.subList(0, window)) {
      if (isTitlesOccasion(ctx, e, c) && sameQuotedPart(e, c) || numberedBareInTitle(ctx, e, c)) {
        return e;
      }
    }
    for (Concept e : events.subList(window, events.size())) {
      if (numberedBareInTitle(ctx, e, c)) {
        return e;
      }
      if (!sameQuotedPart(e, c)) {
        continue;
      }
      if (isTitlesOccasion(ctx, e, c)) {
        return e;
      }
      // «Декларация Астанинского саммита СВМДА» and «… на шестой саммит СВМДА в Астане 13 октября 2022 года»: the
      // title's unnumbered meeting and a numbered one of its kind on its day in its city are one.
      if (c.ordinal != null && e.ordinal == null && e.sentence == null && c.sentence != null && c.kind == e.kind
          && c.date != null && c.date.equals(e.date != null ? e.date : ctx.date)
          && (e.place == null || c.place == null || e.place.name().equals(c.place.name()))
          && (wordsOf(e.key).containsAll(wordsOf(c.key)) || wordsOf(c.key).containsAll(wordsOf(e.key)))) {
        return e;
      }
      // «The 51st Pacific Island Forum official communique» and «The Fifty-First (51st) Pacific Islands Forum was held …».
      if (c.ordinal != null && c.ordinal.equals(e.ordinal) && c.kind == e.kind && e.sentence == null && c.sentence != null) {
        return e;
      }
      // «… Organisation Heads of State Council Meeting» in the title and «the meeting of the Heads of State
      // Council of the … Organisation» in the body: the same words in another order, whatever level was read.
      if (c.ordinal == null && e.ordinal == null && e.sentence == null && c.sentence != null && c.kind == e.kind
          && namingWords(ctx, e.key).equals(namingWords(ctx, c.key))) {
        return e;
      }
      boolean sameLevel = e.level != null && e.level == c.level
          || isSummit(e) && isSummit(c) && (e.level == Level.HEADS_OF_STATE || c.level == Level.HEADS_OF_STATE);
      if (!sameLevel) {
        continue;
      }
      if (c.ordinal != null && c.ordinal.equals(e.ordinal)) {
        return e;
      }
      // «Коммюнике по итогам встречи глав правительств …» and «… состоялась седьмая встреча глав правительств …».
      if (c.ordinal != null && e.ordinal == null && e.sentence == null && c.sentence != null
          && c.kind == e.kind && wordsOf(e.key).stream().allMatch(wordsOf(c.key)::contains)) {
        return e;
      }
      boolean sameClause = c.sentence != null && e.sentence != null && c.sentence.block == e.sentence.block;
      if (c.ordinal == null && c.date == null && sameClause && e.ordinal != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * Events left apart that {@link #numberedAndNot} tells are one: the unnumbered one, where exactly one numbered
   * event is so, is a mention of that one, which keeps its own name, number and day.
   */
  private static List<Concept> numberedOnceOnly(Context ctx, List<Concept> items, Map<Concept, Concept> survivors) {
    Map<Concept, Concept> into = null;
    for (Concept c : items) {
      if (c.concept != Lexicons.Concept.EVENT || c.ordinal != null) {
        continue;
      }
      Concept numbered = null;
      int count = 0;
      for (Concept e : items) {
        if (e.concept == Lexicons.Concept.EVENT && e.ordinal != null && sameQuotedPart(e, c) && numberedAndNot(ctx, e, c)) {
          numbered = e;
          count++;
        }
      }
      if (count == 1) {
        if (into == null) {
          into = new java.util.IdentityHashMap<>();
        }
        into.put(c, numbered);
      }
    }
    return into == null ? items : absorbInto(items, into, survivors);
  }

  /**
   * «IX Саммит Организации тюркских государств» and, a line on, «Саммит Организации тюркских государств,
   * состоявшегося в Узбекистане»; «Конференция по …» in the title and «первая Конференция по …» in the body: the
   * same naming words, once with the number and once without, name one meeting where both are told alike (held or
   * planned, or the unnumbered one planned for want of any sign), their cities do not differ and their days do not either, unless the unnumbered one is the title's
   * (whose day may be the document's own). No visit: «official visit» and «first official visit» are two.
   */
  private static boolean numberedAndNot(Context ctx, Concept e, Concept c) {
    if ((e.ordinal == null) == (c.ordinal == null) || e.kind != c.kind || e.kind == EventKind.VISIT
        || e.place != null && c.place != null && !e.place.name().equals(c.place.name())) {
      return false;
    }
    Concept unnumbered = e.ordinal == null ? e : c;
    // Planned only for want of any sign (no day, no cue of a plan in its sentence), the unnumbered one is told no other way.
    boolean unmarked = unnumbered.date == null && unnumbered.eventStatus == EventStatus.PLANNED
        && !EventRecognizer.plannedCueIn(ctx, unnumbered);
    if (e.eventStatus != c.eventStatus && !unmarked) {
      return false;
    }
    if (!(e.date == null || c.date == null || e.date.equals(c.date) || isTitles(unnumbered))) {
      return false;
    }
    java.util.Set<String> a = namingWords(ctx, e.key);
    java.util.Set<String> b = namingWords(ctx, c.key);
    a.removeIf(ConceptMerger::isNumber);
    b.removeIf(ConceptMerger::isNumber);
    return a.equals(b);
  }

  /** Whether a word of a key is a number, in figures or in Roman numerals («15», «ix»): an ordinal, no naming word. */
  private static boolean isNumber(String word) {
    return !word.isEmpty() && (Character.isDigit(word.charAt(0))
        || NameExtent.romanValue(word.toUpperCase(java.util.Locale.ROOT)) > 0);
  }

  /**
   * Whether event {@code c} is another meeting of the series that {@code e}, named alike, is one of: one
   * was held, the other is planned, and their days do not overlap or their cities differ.
   */
  private static boolean anotherOccurrence(Concept e, Concept c) {
    if (e.concept != Lexicons.Concept.EVENT || c.concept != Lexicons.Concept.EVENT || e.kind == EventKind.VISIT
        || e.eventStatus == c.eventStatus) {
      return false;
    }
    boolean apart = e.date != null && c.date != null
        && (e.date.latest().isBefore(c.date.earliest()) || c.date.latest().isBefore(e.date.earliest()));
    return apart || e.place != null && c.place != null && !e.place.name().equals(c.place.name());
  }

  /**
   * «Коммюнике 14 саммита ОИС в Мекке» and, below it, «… 14-го САММИТА ИСЛАМСКОЙ КОНФЕРЕНЦИИ»: the title's meeting,
   * its head right after a bare number and no other word, and a meeting of the body numbered so, whose words
   * hold the title's head (no visit), are one; the body's is the name.
   */
  private static boolean numberedBareInTitle(Context ctx, Concept title, Concept c) {
    if (title.ordinal != null || c.ordinal == null || c.sentence == null || title.kind == EventKind.VISIT
        || c.kind == EventKind.VISIT || !c.ordinal.equals(bareNumberBeforeHead(ctx, title))) {
      return false;
    }
    return title.kind == c.kind || wordsOf(c.key).contains(wordsOf(title.key).get(0));
  }

  /**
   * The value of the bare number of at most {@link #BARE_ORDINAL_DIGITS} figures right before the head of the
   * title's event {@code title}, its name's first word, a space apart («14 саммита»); else null.
   */
  private static Integer bareNumberBeforeHead(Context ctx, Concept title) {
    Tokens t = ctx.tokens;
    int number = title.headFirst - 1;
    if (title.sentence != null || title.first != title.headFirst || number < 0 || !t.isNumber(number)
        || t.key[number].length() > BARE_ORDINAL_DIGITS || t.gapBefore[title.headFirst] != Tokens.GAP_SPACE) {
      return null;
    }
    return Integer.valueOf(t.key[number]);
  }

  /** The most figures of a bare number that numbers a title's meeting («14 саммита»); more make a year. */
  private static final int BARE_ORDINAL_DIGITS = 3;

  /** Whether date {@code narrow} is told finer than the single year or month {@code wide} and lies within it (days in its year). */
  static boolean narrowerWithin(EdtfDate narrow, EdtfDate wide) {
    return narrow != null && wide != null && !wide.isInterval() && wide.precision().compareTo(narrow.precision()) < 0
        && !narrow.earliest().isBefore(wide.earliest()) && !narrow.latest().isAfter(wide.latest());
  }

  /** Whether no name of the two is quoted, or both quote the same («Forum "…"»). */
  private static boolean sameQuotedPart(Concept e, Concept c) {
    return quotedPart(c.name).isEmpty() || quotedPart(e.name).equals(quotedPart(c.name));
  }

  /** Whether a name has letters and none of them in lower case («ЖЕЛЕЗНАЯ ДОРОГА», "SUMMIT"). */
  private static boolean inCapitals(String name) {
    return name != null && name.chars().anyMatch(Character::isLetter) && name.chars().noneMatch(Character::isLowerCase);
  }

  /** Whether an event is named by the title or by a heading line under it («О совместном заседании …»). */
  private static boolean isTitles(Concept e) {
    return e.sentence == null || e.inTitle;
  }

  /**
   * The document's occasion told again in the body: an unnumbered meeting of the kind of the
   * unnumbered meeting the title or a heading names (no visit), unless their days or places differ,
   * that the body holds on the document's day («О совместном заседании коллегий МИД …» and «10
   * ноября … состоялось очередное совместное заседание коллегии МИД …»); or, for the title itself,
   * a meeting of the body or a heading whose words all name the title's meeting, or name it and
   * more but no other party («Communiqué on Extraordinary Summit of … (SADC)» and «The
   * Extraordinary Summit of the SADC Heads of State … met», «The Extraordinary Summit was chaired by
   * …»). The title's item takes the body's name where that names more.
   */
  private static boolean isTitlesOccasion(Context ctx, Concept title, Concept c) {
    if (!isTitles(title) || c.sentence == null || c.inTitle && title.sentence != null
        || title.ordinal != null && !title.ordinal.equals(bareNumberBeforeHead(ctx, title)) || c.ordinal != null
        || title.kind != c.kind || title.kind == EventKind.VISIT
        || title.date != null && c.date != null && !title.date.equals(c.date)
        || title.place != null && c.place != null && !title.place.name().equals(c.place.name())) {
      return false;
    }
    if (ctx.date != null && ctx.date.equals(c.date) && !c.inTitle) {
      return true;
    }
    // «О телефонном разговоре Президента Российской Федерации с …» and «Состоялся телефонный разговор Владимира
    // Путина с …»: in a text that gives no day at all, the body's meeting named by the title's head words is the title's.
    List<String> titleWords = wordsOf(title.key);
    List<String> bodyWords = wordsOf(c.key);
    if (ctx.date == null && title.date == null && c.date == null && !c.inTitle && titleWords.size() >= 2
        && bodyWords.size() >= 2 && titleWords.subList(0, 2).equals(bodyWords.subList(0, 2))) {
      return true;
    }
    if (title.sentence != null) {
      return false;
    }
    List<String> a = wordsOf(title.key);
    List<String> b = wordsOf(c.key);
    return a.containsAll(b) || b.containsAll(a) && noPartyBeyond(b, a);
  }

  /** Whether the words of {@code more} that {@code fewer} lacks name no party («APEC Leaders' meeting» is not «Leaders' Meeting»). */
  private static boolean noPartyBeyond(List<String> more, List<String> fewer) {
    for (String w : more) {
      if (!fewer.contains(w) && !w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code fuller}'s name holds every naming word of {@code other}'s and more. */
  private static boolean namesMore(Context ctx, Concept fuller, Concept other) {
    java.util.Set<String> more = namingWords(ctx, fuller.key);
    java.util.Set<String> fewer = namingWords(ctx, other.key);
    return more.size() > fewer.size() && more.containsAll(fewer);
  }

  /** The words of an event's key in any order, without articles («the»). */
  private static java.util.Set<String> namingWords(Context ctx, String key) {
    java.util.Set<String> set = new java.util.HashSet<>(wordsOf(key));
    set.removeIf(ctx.data.language::isArticle);
    return set;
  }

  /** The words of an event's key, after its concept and ordinal. */
  private static List<String> wordsOf(String key) {
    return List.of(key.substring(key.indexOf(':', key.indexOf(':') + 1) + 1).trim().split(" "));
  }

  static String quotedPart(String name) {
    int open = name.indexOf('"');
    int close = open < 0 ? -1 : name.indexOf('"', open + 1);
    return close < 0 ? "" : name.substring(open + 1, close);
  }

  private static boolean isSummit(Concept c) {
    return c.kind == EventKind.SUMMIT || c.level == Level.HEADS_OF_STATE;
  }

  /**
   * «на первой встрече глав государств Центральной Азии с канцлером …», «… и Председателя Совета Министров
   * …»: a first meeting the sides hold with a partner named right after it is one meeting with that
   * partner, no series of the sides' own.
   */
  private static boolean withAPartner(Context ctx, Concept e) {
    Tokens t = ctx.tokens;
    int k = e.last;
    if (k + 1 >= t.size || t.gapBefore[k] != Tokens.GAP_SPACE || t.gapBefore[k + 1] != Tokens.GAP_SPACE) {
      return false;
    }
    return ctx.data.language.joinsAPartner(t.key[k])
        || ctx.data.words.is(WordClass.AND, t.key[k]) && t.isCapitalized(k + 1) && !t.isUpperCase(k + 1);
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
      if (e.concept == Lexicons.Concept.EVENT && e.ordinal == null && e.series == null && regularMeeting(ctx, e)) {
        String seriesKey = e.key.substring(e.key.indexOf(':', e.key.indexOf(':') + 1) + 1);
        Concept series = mechanisms.get(seriesKey);
        if (series == null) {
          series = regularSeries(e, seriesKey);
          mechanisms.put(seriesKey, series);
          added.add(series);
        }
        e.series = series;
        continue;
      }
      if (e.concept != Lexicons.Concept.EVENT || e.ordinal == null) {
        continue; // before the name is folded and searched below: most items are not numbered events
      }
      boolean meeting = e.level != null
          && isMeeting(e.name);
      boolean numberedForum = e.kind == EventKind.FORUM && e.ordinal != null && e.ordinal >= 2
          && (!quotedPart(e.name).isEmpty() || ctx.data.language.initiativeHeadsAreCapitalised() && properBeforeHead(ctx, e))
          || namedSummit(ctx, e);
      boolean ownName = numberedForum && e.kind == EventKind.SUMMIT;
      if (e.concept != Lexicons.Concept.EVENT || e.ordinal == null || !(meeting || numberedForum)
          || e.ordinal < 2 && (!ctx.data.language.firstMeetingsOpenASeries() || withAPartner(ctx, e))) {
        continue;
      }
      // «the Fifty-First Pacific Islands Forum»: the series of an organisation's meetings is the organisation.
      // «the Alliance's 60th Anniversary Summit»: an ordinal before another event's head counts that, no meetings.
      if (e.series != null || headInsideParty(ctx, e) || eventHeadBefore(ctx, e)) {
        continue;
      }
      String seriesKey = e.key.substring(e.key.indexOf(':', e.key.indexOf(':') + 1) + 1);
      Concept series = mechanisms.get(seriesKey);
      if (series == null) {
        series = namedMore(mechanisms, seriesKey);
      }
      if (series == null && meeting) {
        series = sameMeetingsNamedOtherwise(ctx, mechanisms.values(), e, seriesKey);
      }
      // «the 43rd ASEAN Summit», «the Sixth BRICS Summit»: where names end in their head, a numbered
      // meeting names its series only as a forum with a proper name («the fourth Bali Democracy Forum»)
      // or as meetings held at a level («the 46th ASEAN Foreign Ministers' Meeting»).
      if (series == null && !numberedForum && !(meeting && levelOpensHead(ctx, e)) && ctx.data.language.headsEndNames()) {
        continue;
      }
      // «пятый саммит Совещания по взаимодействию и мерам доверия в Азии»: a series an organisation
      // names right after the head (and level) is that organisation's meetings, the organisation itself.
      if (series == null && !numberedForum && organisationAt(ctx, afterHead(ctx, e))) {
        continue;
      }
      if (series == null && meeting && MechanismRecognizer.namedByLevelAlone(ctx, e, afterHead(ctx, e))) {
        continue;
      }
      if (series == null) {
        series = newSeries(ctx, e, meeting && !ownName, seriesKey);
        if (ownName) {
          series.kind = MechanismKind.SUMMIT;
        }
        if (MechanismRecognizer.opensNow(ctx, e)) {
          series.mechanismStatus = MechanismStatus.NEW;
        }
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

  /**
   * «Foreign Ministers' Meeting», «Leaders' Summit»: whether the head of numbered event {@code e} opens with the
   * level its meetings are held at («the 43rd ASEAN Summit» names no level in its head; «the 9th WTO Ministerial
   * Conference» is no meeting).
   */
  private static boolean levelOpensHead(Context ctx, Concept e) {
    Tokens t = ctx.tokens;
    if (ctx.data.lexicons.levels.longestAt(t, e.headFirst, e.last) == null) {
      return false;
    }
    for (int k = e.headFirst + 1; k < Math.min(e.last, e.headFirst + LEVEL_HEAD_WORDS); k++) {
      if (ctx.data.words.startsWithAny(WordClass.MEETING_PART, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** Most words of a head that opens with a level («Foreign Ministers' Meeting»). */
  private static final int LEVEL_HEAD_WORDS = 4;

  /** Whether a head of an event («Anniversary», «юбилейный») stands between numbered event {@code e}'s start and its head. */
  private static boolean eventHeadBefore(Context ctx, Concept e) {
    for (int k = e.first; k < e.headFirst; k++) {
      PrefixLexicon.Hit<List<Lexicons.Head>> head = ctx.data.lexicons.heads.longestAt(ctx.tokens, k, e.headFirst);
      if (head != null && head.entry.value.stream().anyMatch(h -> h.concept == Lexicons.Concept.EVENT)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «провели свою ежегодную встречу», «очередная регулярная встреча глав правительств»: a meeting or summit
   * whose name opens with a word of regularity is one of a standing series.
   */
  private static boolean regularMeeting(Context ctx, Concept e) {
    return (e.kind == EventKind.MEETING || e.kind == EventKind.SUMMIT) && e.first < e.headFirst
        && ctx.data.language.marksASeries(ctx.tokens.key[e.first]);
  }

  /** The series regular meeting {@code e} is one of, named as the meeting is («ежегодная встреча …»). */
  private static Concept regularSeries(Concept e, String seriesKey) {
    Concept series = Concept.over(Lexicons.Concept.MECHANISM, e.first, e.last, e.headFirst, e.sentence);
    series.kind = e.level == Level.HEADS_OF_STATE ? MechanismKind.SUMMIT
        : e.level == Level.AGENCIES ? MechanismKind.AGENCY_MEETING : MechanismKind.MINISTERIAL_MEETING;
    series.name = e.name;
    series.key = "MECHANISM:" + seriesKey;
    series.level = e.level;
    series.mechanismStatus = MechanismStatus.EXISTING;
    series.rule = "series of regular " + e.rule;
    return series;
  }

  /**
   * Where the words of numbered meeting {@code e} that only say what and at which level it is end:
   * the first token after its head that is no level word, no word of membership and no short lower-case particle («на»);
   * {@code e.last} when there is none.
   */
  private static int afterHead(Context ctx, Concept e) {
    Tokens t = ctx.tokens;
    int k = e.headFirst + 1;
    while (k < e.last) {
      PrefixLexicon.Hit<Level> level = ctx.data.lexicons.levels.longestAt(t, k, e.last);
      // «пятая встреча руководителей государств-участников БРИКС»: words of membership say whose, as a level does.
      int members = ctx.data.language.membershipWords(t, k, e.last);
      if (level != null) {
        k = level.last;
      } else if (members > 0) {
        k += members;
      } else if (!t.isCapitalized(k) && t.key[k].length() <= 2 && !t.isNumber(k)) {
        k++;
      } else {
        return k;
      }
    }
    return e.last;
  }

  /** Whether an organisation's name starts at token {@code k}. */
  private static boolean organisationAt(Context ctx, int k) {
    for (Context.Found<PartyInfo> party : ctx.mentionsInOrder) {
      if (party.first == k && party.value.kind == dev.entente.model.PartyKind.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }

  /**
   * «the fourth Bali Democracy Forum»: a capitalised word that is no ordinal names the forum before
   * its head, in a language that capitalises the names of things (as it does its initiatives).
   */
  private static boolean properBeforeHead(Context ctx, Concept e) {
    Tokens t = ctx.tokens;
    // An item of a title has no sentence, and in title case every word of a title is capitalised.
    if (e.sentence == null) {
      return false;
    }
    for (int k = e.first; k < e.headFirst; k++) {
      if (t.isCapitalized(k) && !t.isNumber(k) && !ctx.data.ordinals.containsKey(t.key[k]) && k > e.sentence.firstToken) {
        return true;
      }
    }
    return false;
  }

  /**
   * «the 6th East Asia Summit», «the Fourth Nuclear Security Summit»: where names end in their head, a
   * numbered summit named by proper words of its own, no party's («the 43rd ASEAN Summit» is the
   * organisation's, «the 25th ASEAN-Japan Summit» its members'), is one of a series of its own; where names
   * open with their head's adjectives, so is a numbered summit a capitalised adjective names («17-й
   * Восточноазиатский саммит»).
   */
  private static boolean namedSummit(Context ctx, Concept e) {
    if (e.kind != EventKind.SUMMIT || e.ordinal < 2 || e.sentence == null || !properBeforeHead(ctx, e)
        || !ctx.data.language.headsEndNames() && !capitalisedAdjectiveBeforeHead(ctx, e)) {
      return false;
    }
    for (Context.Found<PartyInfo> party : ctx.mentionsInOrder) {
      if (party.first >= e.first && party.first < e.headFirst) {
        return false;
      }
    }
    return true;
  }

  /** «17-й Восточноазиатский саммит»: whether a capitalised adjective, mid-sentence, stands right before the head of {@code e}. */
  private static boolean capitalisedAdjectiveBeforeHead(Context ctx, Concept e) {
    Tokens t = ctx.tokens;
    int k = e.headFirst - 1;
    return k > e.first && k > e.sentence.firstToken && t.isCapitalized(k) && !t.isUpperCase(k)
        && ctx.data.language.isAdjective(t.key[k]) && t.gapBefore[e.headFirst] == Tokens.GAP_SPACE;
  }

  /**
   * The mechanism named as the series with more words before («Australia-Indonesia Ministerial
   * Forum» for «the sixth Ministerial Forum»), when there is exactly one.
   */
  private static Concept namedMore(Map<String, Concept> mechanisms, String seriesKey) {
    Concept found = null;
    for (Map.Entry<String, Concept> m : mechanisms.entrySet()) {
      if (!seriesKey.isBlank() && m.getKey().endsWith(" " + seriesKey)) {
        if (found != null) {
          return null;
        }
        found = m.getValue();
      }
    }
    return found;
  }

  /**
   * «18-е заседание министров иностранных дел МИКТА» after «совещания министров иностранных дел»: the series
   * of a numbered meeting is the one mechanism of meetings at its level whose words are the meeting's but for
   * the head (another word for a meeting) and parties the meeting's name adds; null when none or several are.
   */
  private static Concept sameMeetingsNamedOtherwise(Context ctx, java.util.Collection<Concept> mechanisms, Concept e,
      String seriesKey) {
    List<String> meetingWords = List.of(seriesKey.trim().split(" "));
    String meetingHead = keyWord(ctx.tokens.stem[e.headFirst]);
    Concept found = null;
    for (Concept m : mechanisms) {
      if (m.level != e.level || !(m.kind == MechanismKind.SUMMIT || m.kind == MechanismKind.MINISTERIAL_MEETING
          || m.kind == MechanismKind.AGENCY_MEETING) || m.headFirst >= ctx.tokens.size) {
        continue;
      }
      List<String> seriesWords = List.of(body(m.key).trim().split(" "));
      String seriesHead = keyWord(ctx.tokens.stem[m.headFirst]);
      if (seriesWords.size() < 2 || !seriesWords.contains(seriesHead) || seriesHead.equals(meetingHead)) {
        continue;
      }
      boolean same = true;
      for (String w : seriesWords) {
        same &= w.equals(seriesHead) || meetingWords.contains(w);
      }
      for (String w : meetingWords) {
        same &= w.equals(meetingHead) || seriesWords.contains(w) || isPartyId(w);
      }
      if (same) {
        if (found != null) {
          return null;
        }
        found = m;
      }
    }
    return found;
  }

  /** A stem as keys write it: its first five letters. */
  private static String keyWord(String stem) {
    return stem.substring(0, Math.min(5, stem.length()));
  }

  private boolean isMeeting(String name) {
    String lower = Tokenizer.keyOf(name);
    for (String part : words.list(WordClass.MEETING_PART)) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** The series of numbered event {@code e}: a summit, ministers' or agencies' meetings, or a forum. */
  private static Concept newSeries(Context ctx, Concept e, boolean meeting, String seriesKey) {
    Concept series = new Concept(Lexicons.Concept.MECHANISM);
    series.kind = !meeting ? MechanismKind.FORUM : e.level == Level.HEADS_OF_STATE ? MechanismKind.SUMMIT
        : e.level == Level.AGENCIES ? MechanismKind.AGENCY_MEETING : MechanismKind.MINISTERIAL_MEETING;
    int head = e.headFirst;
    if ((!meeting || ctx.data.language.headsEndNames()) && quotedPart(e.name).isEmpty()) {
      // «the fourth Bali Democracy Forum», «the 46th ASEAN Foreign Ministers' Meeting»: the series is named by the
      // words after the ordinal, after the letters written onto its digits too («the 5th Eastern Economic Forum»).
      Tokens t = ctx.tokens;
      for (int k = e.first; k < e.headFirst; k++) {
        // «the Second G20 …»: a number written onto the word before it is that word's, no ordinal.
        boolean writtenOn = k > e.first && t.start[k] == t.end[k - 1];
        if (ctx.data.ordinals.containsKey(t.key[k]) || t.isNumber(k) && !writtenOn) {
          head = k + 1 < e.headFirst && t.isNumber(k) && (t.start[k + 1] == t.end[k]
              && (ctx.data.ordinals.containsKey(t.key[k] + t.key[k + 1])
                  || ctx.data.language.writtenOrdinal(t.key[k], t.key[k + 1]) > 0)
              || hyphenedEnding(t, k)) ? k + 2 : k + 1;
        }
      }
    }
    // «третье Консультативное совещание глав государств»: where names open with their head's adjectives, the
    // capitalised ones after the ordinal name the series too.
    Tokens tokens = ctx.tokens;
    while ((meeting || e.kind == EventKind.SUMMIT) && !ctx.data.language.headsEndNames() && head - 1 > e.first
        && tokens.isCapitalized(head - 1) && !tokens.isUpperCase(head - 1) && !tokens.isNumber(head - 1)
        && !ctx.data.ordinals.containsKey(tokens.key[head - 1]) && ctx.data.language.isAdjective(tokens.key[head - 1])
        && tokens.gapBefore[head] == Tokens.GAP_SPACE) {
      head--;
    }
    series.name = NameExtent.nominativeText(ctx, ctx.data.language, head, e.headFirst, e.headFirst + 1, e.last);
    series.key = "MECHANISM:" + seriesKey;
    series.level = e.level;
    series.mechanismStatus = MechanismStatus.EXISTING;
    series.first = head;
    series.last = e.last;
    series.headFirst = head;
    series.sentence = e.sentence;
    series.mentions.add(new Range(head, e.last));
    series.rule = "series of " + e.rule;
    return series;
  }

  /** Most letters of an ending written onto an ordinal's digits with a hyphen («17-го»). */
  private static final int HYPHENED_ENDING = 3;

  /** «17-го», «5-й»: whether the digits at {@code k} carry a short lower-case ending after a hyphen. */
  private static boolean hyphenedEnding(Tokens t, int k) {
    return t.hyphenAfter[k] && !t.isCapitalized(k + 1) && !t.isNumber(k + 1)
        && t.key[k + 1].length() <= HYPHENED_ENDING;
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
