package dev.entente.parser;

import dev.entente.model.Act;
import dev.entente.model.DocumentKind;
import dev.entente.model.EventKind;
import dev.entente.model.PartyKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which parties adopt the document: those named before «/далее — стороны/» or «далее
 * именуемые Сторонами»; else the adopting subject that opens the preamble («Мы, главы государств —
 * членов ОДКБ», «Руководители государств — членов ШОС … заявляют»: the organisations it names, and
 * the states it names); else those «между X и Y» in the title; else the heads of state or
 * government who open the preamble; else the states in the title. A state that only attends («в
 * том числе» its ambassador) is not among them.
 */
final class SignatoryResolver {
  private final Words words;
  private final LanguageData data;

  private final Leaders leaders;

  SignatoryResolver(LanguageData data, Leaders leaders, Retelling retelling) {
    this.words = data.words;
    this.data = data;
    this.leaders = leaders;
    this.retelling = retelling;
    this.reportedSigners = new ReportedSigners(data, leaders, retelling);
    List<String> organs = data.words.kinds().contains(WordClass.ADOPTING_ORGAN)
        ? data.words.list(WordClass.ADOPTING_ORGAN) : List.of();
    this.organPhrases = new String[organs.size()][];
    for (int i = 0; i < organs.size(); i++) {
      organPhrases[i] = organs.get(i).split(" ");
    }
    this.organFirst = LanguageData.firstChars(java.util.Arrays.stream(organPhrases).map(phrase -> phrase[0]).toList());
  }

  /** The report cues of reports.tsv, for how a lead attributes words to a joint text ({@link Retelling#saysIn}). */
  private final Retelling retelling;
  /** A news page's report of who signed the document it retells (Retelling's area). */
  private final ReportedSigners reportedSigners;

  /** The first chars of the first words of {@link #organPhrases}, each once; null where one is empty. */
  private final String organFirst;

  /** The words of each {@link WordClass#ADOPTING_ORGAN} phrase, each the start of a token. */
  private final String[][] organPhrases;

  /** Preamble paragraphs searched for heads who adopt the document. */
  private static final int PREAMBLE_WINDOW = 3;

  void resolve(Context ctx, List<PersonRecognizer.Person> people) {
    Tokens t = ctx.tokens;
    Set<String> sides = new LinkedHashSet<>();
    decisionOfAnOrgan(ctx, sides);
    for (Context.Sentence s : ctx.sentences) {
      // The first that names the sides (the organ's decision above, or a sentence's «hereinafter») decides.
      if (!sides.isEmpty()) {
        break;
      }
      for (int i = s.firstToken; i + 1 < s.lastToken; i++) {
        if (words.is(WordClass.HEREINAFTER, t, i) && namesTheSidesNext(t, i + 1, s.lastToken)) {
          partiesBetween(ctx, listStart(ctx, s), i, sides);
          break;
        }
        if (words.is(WordClass.HEREINAFTER, t, i) && statesNamedAsAGroup(ctx, s.firstToken, i, sides)) {
          break;
        }
      }
    }
    // «Совет Федерации … одобрил Федеральный закон о ратификации Договора между A и B»: a legislature whose
    // opening sentence speaks is the author; the parties its text goes on to name are not. One that signs or
    // ratifies leaves the sides to the rules that find a treaty's, and is the author only where they find none.
    Speaker legislature = sides.isEmpty() ? speakingLegislature(ctx) : null;
    if (legislature != null && !legislature.signs()) {
      sides.add(legislature.side());
    }
    // «В.Путин: Уважаемые дамы и господа! …»: a page that prints what people said, turn by turn, records an event
    // (talks, press statements); a text it tells of adopting is not the page, and no one signs the page. A text
    // that names its own sides («далее именуемые Сторонами») is the document, whatever follows it.
    if (sides.isEmpty() && transcript(ctx, people)) {
      return;
    }
    if (sides.isEmpty() && byParticipantsOfAnEvent(ctx)) {
      return;
    }
    // «… провели в Пекине регулярную встречу глав правительств. Вэнь Цзябао сказал …»: a page that reports talks or a
    // summit and names no text adopted at it has no sides; its hosts, chairs and attendees only met. «Главы МИД КНР и
    // Монголии договорились …», «Президент позвонил …»: nor has one that names no document at all and does not speak
    // as one; it reports a call, a visit or an understanding.
    if (sides.isEmpty() && retelling.reportsNoSigning(ctx) && !kindInTopLines(ctx)) {
      return;
    }
    if (sides.isEmpty()) {
      sidesInApposition(ctx, sides);
    }
    if (sides.isEmpty()) {
      adoptingSubject(ctx, sides);
    }
    int headingEnd = ctx.titleFirstToken >= 0 ? headingEnd(ctx, true) : -1;
    if (sides.isEmpty() && ctx.titleFirstToken >= 0) {
      for (int i = ctx.titleFirstToken; i < headingEnd; i++) {
        if (words.is(WordClass.BETWEEN, t.key[i])) {
          partiesBetween(ctx, i + 1, headingEnd, sides);
          organisationsListedWithStates(ctx, i + 1, headingEnd, sides);
          break;
        }
      }
    }
    // «В чём значение Декларации, подписанной в Москве?»: a headline that names a kind but no party leaves the sides
    // to the lead, as a page with no title does.
    if (sides.isEmpty() && (ctx.titleFirstToken < 0 || !titleNamesAParty(ctx))) {
      kindBetweenInTheLead(ctx, sides);
    }
    if (sides.isEmpty()) {
      weTheLeaders(ctx, sides);
      // «… страны-члены ГУАМ и США провели встречу … ⏎ Государства-члены ГУАМ подтвердили …»: an
      // organisation whose members speak later is one of the sides an opening subject names with it.
      if (!sides.isEmpty() && onlyOrganisations(sides)) {
        Set<String> subject = new LinkedHashSet<>();
        partiesAsSubject(ctx, subject);
        if (subject.containsAll(sides)) {
          sides.addAll(subject);
        }
      }
    }
    if (sides.isEmpty()) {
      partiesAsSubject(ctx, sides);
    }
    if (sides.isEmpty()) {
      listAsSubject(ctx, sides);
    }
    if (sides.isEmpty()) {
      bracketedGroups(ctx, sides);
    }
    if (sides.isEmpty()) {
      adoptedByAgents(ctx, sides);
    }
    if (sides.isEmpty()) {
      organisationAdopts(ctx, sides);
    }
    if (sides.isEmpty()) {
      bareOrganAdopts(ctx, sides);
    }
    if (sides.isEmpty()) {
      meetingOfAnOrganisation(ctx, sides, false);
    }
    if (sides.isEmpty()) {
      pressReleaseAuthor(ctx, sides);
    }
    boolean headWithoutParty = false;
    List<Context.Sentence> headed = new java.util.ArrayList<>();
    if (sides.isEmpty()) {
      // In text order, so that the sides come out in the same order on every run.
      for (PersonRecognizer.Person person : people) {
        if (person.role != null && isHead(person.role) && inOpeningParagraphs(ctx, person.mentions.get(0).start())
            && !attends(ctx, person) && !helps(ctx, person) && !chairs(ctx, person)) {
          Context.Sentence sentence = ctx.sentenceOf(person.mentions.get(0).start());
          if (sentence != null && !headed.contains(sentence)) {
            headed.add(sentence);
          }
          if (person.party != null) {
            sides.add(person.party);
          } else {
            headWithoutParty = true;
          }
        }
      }
      coSubjects(ctx, people, headed, sides);
      if (sides.isEmpty() && !headWithoutParty) {
        firstPointHeads(ctx, people, sides);
      }
      if (!sides.isEmpty()) {
        metSubject(ctx, sides);
      }
      if (sides.size() >= ATTENDING_HEADS && !headed.isEmpty()) {
        attendedMeetingOfAnOrganisation(ctx, people, headed.get(0), sides);
      }
    }
    if (sides.size() == 1) {
      // «… состоялась встреча, в которой приняли участие Президент A, Президент B … и Первый Президент C –
      // <name>»: one head found by name, the others named by title alone in the same opening.
      Set<String> byTitle = new LinkedHashSet<>();
      headsByTitle(ctx, byTitle);
      if (byTitle.size() > sides.size() && byTitle.containsAll(sides)) {
        sides.addAll(byTitle);
      }
    }
    if (sides.isEmpty()) {
      headsByTitle(ctx, sides);
    }
    if (!sides.isEmpty() && onlyOrganisations(sides)) {
      membersAsAgents(ctx, sides);
    }
    boolean membersBracketed = sides.size() == 1 && onlyOrganisations(sides);
    if (membersBracketed) {
      bracketedMembers(ctx, sides);
    }
    signers(people, sides);
    signatureRoles(ctx, sides);
    if (sides.isEmpty()) {
      organisationAdopts(ctx, sides);
    }
    if (sides.isEmpty() && ctx.titleFirstToken >= 0) {
      titleAuthor(ctx, sides);
    }
    if (sides.isEmpty() && ctx.titleFirstToken >= 0) {
      titleOrganisation(ctx, sides);
    }
    if ((sides.isEmpty() || headWithoutParty) && ctx.titleFirstToken >= 0) {
      int authorsStart = titleAuthorsStart(ctx);
      int authorsEnd = titleAuthorsEnd(ctx, authorsStart);
      // «Заявление Посольства A в B»: the state the title names as a place is where its author sits, not an author.
      partiesBetween(ctx, authorsStart, authorsEnd, sides, true);
      int linesEnd = headingEnd(ctx, false);
      headingLineStates(ctx, ctx.titleLastToken, linesEnd, sides);
      joinedOrganisations(ctx, authorsStart, authorsEnd, sides);
      // «СОВМЕСТНОЕ ЗАЯВЛЕНИЕ ⏎ РОССИЙСКОЙ ФЕДЕРАЦИИ И ЕВРОПЕЙСКОГО СОЮЗА»: the lines that go on with the title name them too.
      joinedOrganisations(ctx, ctx.titleLastToken, linesEnd, sides);
      titleGroupMembers(ctx, sides);
      if (sides.isEmpty()) {
        meetingUnderTheTitle(ctx, sides);
      }
    }
    if (headWithoutParty && sides.size() <= 1) {
      relationshipBetween(ctx, headed, sides);
    }
    titleStatesBesideOne(ctx, sides);
    titleListBeyondTheSides(ctx, sides);
    headBesideOne(ctx, people, sides);
    colleagueBesideOne(ctx, sides);
    if (sides.size() == 1) {
      reportedBesideOne(ctx, people, sides);
    }
    if (sides.size() == 1) {
      signedBesideOne(ctx, sides);
    }
    if (sides.isEmpty()) {
      headingAuthors(ctx, sides);
    }
    if (sides.isEmpty()) {
      reportedAdoption(ctx, sides);
    }
    if (sides.isEmpty()) {
      leadReport(ctx, people, sides);
    }
    if (sides.isEmpty()) {
      jointTextOf(ctx, people, sides);
    }
    if (sides.isEmpty()) {
      statesOfASignedText(ctx, sides);
    }
    if (sides.isEmpty()) {
      retoldOrganisationsText(ctx, sides);
    }
    if (sides.isEmpty()) {
      officialsOfTwoStates(ctx, people, sides);
      if (!sides.isEmpty()) {
        attendeesBesideOfficials(ctx, sides);
      }
    }
    if (sides.isEmpty()) {
      bareOrganAdopts(ctx, sides);
    }
    if (sides.isEmpty()) {
      attendeesListed(ctx, sides);
    }
    if (sides.isEmpty()) {
      formatParticipantsListed(ctx, sides);
    }
    if (sides.isEmpty()) {
      organisationsOwnMeeting(ctx, sides);
    }
    if (sides.isEmpty()) {
      organsOwnMeeting(ctx, sides);
    }
    if (sides.isEmpty()) {
      membersOfAnOrganisationReport(ctx, sides);
    }
    if (sides.isEmpty()) {
      adoptedByInTheHeading(ctx, sides);
    }
    if (sides.isEmpty()) {
      namedAdoptersInTheHeading(ctx, people, sides);
    }
    if (sides.isEmpty()) {
      Speaker speaker = legislature != null ? legislature : speakingLegislature(ctx);
      if (speaker != null) {
        sides.add(speaker.side());
      }
    }
    if (sides.isEmpty()) {
      // «… говорится в декларации, принятой по итогам заседания Совета глав государств — членов A»: a page that
      // retells the text names its sides through the meeting that adopted it, once nothing else names them.
      meetingOfAnOrganisation(ctx, sides, true);
    }
    if (sides.isEmpty()) {
      organsMeetingInTheLead(ctx, sides);
    }
    if (sides.isEmpty()) {
      capitalsAsSubject(ctx, sides);
    }
    if (sides.isEmpty()) {
      sidesQualifyingTheKind(ctx, sides);
    }
    if (sides.isEmpty()) {
      headlineOrganisationAdopts(ctx, sides);
    }
    if (sides.isEmpty()) {
      visitOpensTheText(ctx, sides);
    }
    if (sides.size() <= 1) {
      subStatesSign(ctx, people, sides);
    }
    if (sides.size() <= 1) {
      reportedSigners.find(ctx, people, sides);
    }
    if (sides.size() <= 1) {
      visitOfAHead(ctx, people, sides);
    }
    // «… прошла встреча министров стран A (B, C и D). По итогам встречи было выпущено заявление»: an organisation
    // the later rules found lists its members in a bracket as the earlier ones do.
    if (sides.size() == 1 && onlyOrganisations(sides) && !membersBracketed) {
      bracketedMembers(ctx, sides);
    }
    organisationWithBracketedMembers(ctx, sides);
    formatInTheTitle(ctx, sides);
    signatureBlock(ctx, sides);
    joinedBy(ctx, sides);
    ownerOfAGroup(ctx, sides);
    ctx.signatories.addAll(sides);
  }

  /** Most words between an organisation's name and the bracket that lists its members («саммита A лидеры стран-участниц этого блока (»). */
  private static final int ORGANISATION_TO_MEMBERS = 6;
  /** Most words between the bracket that lists the members and the verb they adopt with («) сегодня в Киеве подписали»). */
  private static final int MEMBERS_TO_VERB = 4;

  /**
   * «Участники саммита A (B, C, D и E) сегодня подписали …», «… саммита A лидеры стран-участниц этого блока (B, C
   * и D) приняли декларацию»: a lead whose subject is an organisation's members, listed in a bracket right after
   * its name or the noun that stands for it, before the verb of adopting, names the organisation and those states as
   * the sides. Only where the sides found so far are none or some of the bracket's states.
   */
  private void organisationWithBracketedMembers(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    Set<Layout.Block> opening = openingBlocks(ctx, SUBJECT_WINDOW);
    List<Context.Found<PartyInfo>> mentions = ctx.mentionsInOrder;
    for (int m = 0; m < mentions.size(); m++) {
      Context.Found<PartyInfo> organisation = mentions.get(m);
      Context.Sentence s = organisation.value.kind == PartyKind.ORGANIZATION ? ctx.sentenceOf(organisation.first) : null;
      if (s == null || s.block.number != null || !opening.contains(s.block)) {
        continue;
      }
      int open = organisation.last;
      int reach = Math.min(s.lastToken, organisation.last + ORGANISATION_TO_MEMBERS);
      while (open < reach && !t.gapHas(open, '(') && !t.gapHas(open, ',') && t.gapBefore[open] != Tokens.GAP_HARD) {
        open++;
      }
      if (open >= reach || !t.gapHas(open, '(')) {
        continue;
      }
      Set<String> members = new LinkedHashSet<>();
      int last = -1;
      for (int n = ctx.firstMentionFrom(open); n < mentions.size(); n++) {
        Context.Found<PartyInfo> member = mentions.get(n);
        if (member.value.kind != PartyKind.STATE || member.last >= s.lastToken
            || (last < 0 ? member.first != open : !onlyJoiners(t, last, member.first) || t.gapHas(member.first, ')'))) {
          break;
        }
        members.add(member.value.id);
        last = member.last;
      }
      if (members.size() >= 2 && t.gapHas(last, ')') && members.containsAll(sides)
          && adoptsAfterTheBracket(t, last, s.lastToken)) {
        sides.add(organisation.value.id);
        sides.addAll(members);
        return;
      }
    }
  }

  /** Whether a lower-case verb of adopting follows token {@code from} within {@value #MEMBERS_TO_VERB} words, with no comma before it. */
  private boolean adoptsAfterTheBracket(Tokens t, int from, int to) {
    for (int k = from; k < Math.min(to, from + MEMBERS_TO_VERB + 1); k++) {
      if (k > from && t.gapHas(k, ',')) {
        return false;
      }
      if (!t.isCapitalized(k) && words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** Most capitalised words of a group's own name between its organisation and its noun ("OSCE Minsk Group"). */
  private static final int GROUP_NAME_WORDS = 2;

  /**
   * «Мы, президенты стран — сопредседателей Минской группы ОБСЕ — A, B и C …», "The Co-Chairs of the OSCE Minsk Group
   * (… of A, … of B and … of C) issued …": a group of states within an organisation speaks for its states, not for
   * the organisation. Where the sides hold a state too, an organisation whose first mention names it as the owner of
   * a group ({@link WordClass#OWNED_GROUP}: «группы ОБСЕ» before it, "OSCE … Group" after it) is no side.
   */
  private void ownerOfAGroup(Context ctx, Set<String> sides) {
    if (sides.size() < 2 || onlyOrganisations(sides)) {
      return;
    }
    sides.removeIf(id -> {
      PartyInfo info = data.partiesById.get(id);
      if (info == null || info.kind != PartyKind.ORGANIZATION) {
        return false;
      }
      for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
        if (found.value.id.equals(id)) {
          return ownsAGroup(ctx.tokens, found);
        }
      }
      return false;
    });
  }

  /** Whether a group's noun stands right before a mention, or after it past at most {@value #GROUP_NAME_WORDS} capitalised words. */
  private boolean ownsAGroup(Tokens t, Context.Found<PartyInfo> found) {
    if (found.first > 0 && t.gapBefore[found.first] == Tokens.GAP_SPACE && words.is(WordClass.OWNED_GROUP, t.key[found.first - 1])) {
      return true;
    }
    for (int k = found.last; k < Math.min(t.size, found.last + GROUP_NAME_WORDS + 1); k++) {
      if (t.gapBefore[k] != Tokens.GAP_SPACE) {
        return false;
      }
      if (words.is(WordClass.OWNED_GROUP, t.key[k])) {
        return k > found.last;
      }
      if (!t.isCapitalized(k)) {
        return false;
      }
    }
    return false;
  }

  /** Opening sentences searched for a signing by bodies below the state. */
  private static final int SUB_STATE_SENTENCES = 4;
  /** Fewest tokens of a sentence that counts among the opening's ({@link #SUB_STATE_SENTENCES}). */
  private static final int SENTENCE_WORDS = 4;

  /**
   * «Губернатор Рязанской области и представители провинции Гуйчжоу подписали меморандум», «Подписано соглашение
   * между Правительством A-ской области и Народным правительством провинции B», «"Росатом" и Министерство … C
   * подписали меморандум»: where at most one side was found, a sentence of the opening that reports a document of a
   * kind signed (a past or passive signing, not one to come) and names a region, province, Land or state company
   * (substates.tsv) has as its sides the states of those bodies and the states it names, two or more (the corpus's
   * gold reads a body below the state as its state: SOURCES.md batches 29, 62, 71, 82). Names after «в» are where it
   * was signed, not sides; a sentence with no such body is left to the other rules, and so is one whose states do not
   * hold the side already found.
   */
  private void subStatesSign(Context ctx, List<PersonRecognizer.Person> people, Set<String> sides) {
    Tokens t = ctx.tokens;
    int counted = 0;
    for (int n = 0; n < ctx.sentences.size() && counted < SUB_STATE_SENTENCES; n++) {
      Context.Sentence s = ctx.sentences.get(n);
      int to = Math.min(s.lastToken, t.size);
      // «20.04.2024 ⏎ °C ⏎ $ 93.44»: a site's widget lines above the headline are not the opening's sentences.
      if (to - s.firstToken < SENTENCE_WORDS) {
        continue;
      }
      counted++;
      boolean signed = false;
      boolean kind = false;
      for (int k = s.firstToken; k < to && !(signed && kind); k++) {
        signed |= words.is(WordClass.PAST_MAKING, t.key[k]) || words.startsWithAny(WordClass.SIGNED_PREFIX, t.key[k]);
        kind |= data.documentKinds.longestAt(t, k, to) != null;
      }
      if (!signed || !kind) {
        continue;
      }
      Set<String> states = new LinkedHashSet<>();
      boolean body = false;
      for (int i = s.firstToken; i < to; ) {
        boolean place = i > 0 && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[i - 1]);
        PhraseMatcher.Match<String> sub = data.subStates.longestAt(t, i, to);
        Context.Found<PartyInfo> match = sub == null ? ctx.mentionFrom(i) : null;
        if (match != null && (match.first != i || match.last > to)) {
          match = null;
        }
        String municipal = sub == null && match == null && !inAName(people, i) ? cityOfASide(ctx, s, i, to) : null;
        if (municipal != null) {
          if (!place) {
            states.add(municipal);
            body = true;
          }
          i++;
        } else if (sub != null) {
          // «Краснодар и Сухум подписали …»: a place listed with no state gives none.
          if (!place && !sub.value.isEmpty()) {
            states.add(sub.value);
            body = true;
          }
          i = sub.last;
        } else if (match != null) {
          if (!place && match.value.kind == PartyKind.STATE && !data.namesPlace(t, match.last, to)) {
            states.add(match.value.id);
          }
          i = match.last;
        } else {
          i++;
        }
      }
      if (body && states.size() >= 2 && states.containsAll(sides)) {
        sides.addAll(states);
        return;
      }
    }
  }

  /**
   * The state of a city that token {@code i} names as a side of a signing: the city's name, capitalised («мэр
   * Южно-Сахалинска», «Владивосток и Харбин») in one of its listed forms (a stem alone would take «Виктора» for
   * Виктория), but not an agency's dateline opening the sentence («МОСКВА, 7 декабря»), or the city's adjective before
   * a word of its own body («Гродненского городского исполнительного комитета», «Минский горисполком»); null where
   * neither stands there.
   */
  private String cityOfASide(Context ctx, Context.Sentence s, int i, int to) {
    Tokens t = ctx.tokens;
    if (!t.isCapitalized(i)) {
      return null;
    }
    PhraseMatcher.Match<City> city = data.cities.longestAt(t, i, to);
    if (city != null && city.first == i && city.mode == PhraseMatcher.Mode.WORDS && city.value.country != null) {
      boolean dateline = i == s.firstToken && city.last < to && t.gapHas(city.last, ',');
      return dateline ? null : city.value.country;
    }
    if (i + 1 < to && words.startsWithAny(WordClass.MUNICIPAL_BODY_PREFIX, t, i + 1)) {
      City named = data.cityOfAdjectiveWord(t.key[i]);
      return named == null ? null : named.country;
    }
    return null;
  }

  /** Opening sentences searched for the visit of a page that reports a document signed at it. */
  private static final int VISIT_LEAD_SENTENCES = 8;

  /**
   * «Президент A находится с официальным визитом в B. Подписаны декларация …», «Завершился государственный визит
   * <name> в B …», «В <capital of B> с визитом прибыл президент A …»: where at most one side was found, a page whose
   * opening names a document of a kind and, first, a visit by one state's head (or official) to another state (a
   * state, or a capital of a state the text names, after «в», "to", "in") has those two states as its sides: the guest's
   * and the host's. A visit sentence that names no guest (a headline «Визит в B») or no host (a title that misspells
   * it) leaves it to the next; one that names more than one guest's state tells nothing.
   */
  private void visitOfAHead(Context ctx, List<PersonRecognizer.Person> people, Set<String> sides) {
    Tokens t = ctx.tokens;
    int count = Math.min(VISIT_LEAD_SENTENCES, ctx.sentences.size());
    if (!kindInTheLead(ctx, count)) {
      return;
    }
    for (int n = 0; n < count; n++) {
      Context.Sentence s = ctx.sentences.get(n);
      int to = Math.min(s.lastToken, t.size);
      if (!namesAVisit(ctx, s.firstToken, to)) {
        continue;
      }
      String host = null;
      Set<String> guests = new LinkedHashSet<>();
      for (int m = ctx.firstMentionFrom(s.firstToken); m < ctx.mentionsInOrder.size(); m++) {
        Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
        if (found.first >= to) {
          break;
        }
        if (found.value.kind != PartyKind.STATE || !namesAState(t, found.value, found.first, found.last, to)) {
          continue;
        }
        if (found.first > s.firstToken && visitedPlace(t, found.first - 1)) {
          host = host == null ? found.value.id : host;
        } else {
          guests.add(found.value.id);
        }
      }
      for (int k = s.firstToken; host == null && k + 1 < to; k++) {
        if (visitedPlace(t, k)) {
          PhraseMatcher.Match<City> city = data.cities.longestAt(t, k + 1, to);
          // «В Москву …» on a page of 1977: the capitals are today's states' (cities.tsv), the Soviet Union's then;
          // the capital gives its state where the text names it or the page is of today's map.
          if (city != null && city.first == k + 1 && city.value.capital && city.value.country != null
              && (ctx.partyMentions.containsKey(city.value.country) || ofTodaysMap(ctx))) {
            host = city.value.country;
          }
        }
      }
      for (PersonRecognizer.Person person : people) {
        for (Range mention : person.mentions) {
          if (mention.start() >= s.firstToken && mention.start() < to) {
            String state = leaders.stateServed(ctx, person);
            if (state != null) {
              guests.add(state);
            }
            break;
          }
        }
      }
      guests.remove(host);
      if (guests.isEmpty()) {
        continue; // «Визит в Ханой» over the lead: the guest is told further on
      }
      if (host == null) {
        continue; // "the State Visit of President <name> to <a name misspelt>": the host is told further on
      }
      if (guests.size() == 1) {
        Set<String> pair = new LinkedHashSet<>(guests);
        pair.add(host);
        if (pair.containsAll(sides)) {
          sides.addAll(pair);
        }
      }
      return;
    }
  }

  /**
   * Whether token {@code k} leads to the place a visit goes to: a preposition of place («визит в B», "arrived in B")
   * or one that leads from a guest to where the guest goes ("paid a state visit to B").
   */
  private boolean visitedPlace(Tokens t, int k) {
    return words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k]) || words.is(WordClass.PLACE_AFTER_NAME_PREPOSITION, t.key[k]);
  }

  /** The first year of today's map of states in Europe and Asia: the Soviet Union, Yugoslavia and Czechoslovakia gone. */
  private static final int TODAYS_MAP_YEAR = 1993;

  /** Whether the page is dated (or refers to a year) when today's states held today's capitals. */
  private static boolean ofTodaysMap(Context ctx) {
    int year = ctx.date != null ? ctx.date.earliest().getYear() : ctx.referenceYear;
    return year >= TODAYS_MAP_YEAR;
  }

  /** Whether tokens {@code [from, to)} name a visit (a head of an event of the kind VISIT: «визит», «визитом», "visit"). */
  private boolean namesAVisit(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<List<Lexicons.Head>> hit = data.lexicons.heads.longestAt(t, k, to);
      if (hit != null) {
        for (Lexicons.Head head : hit.entry.value) {
          if (head.kind == EventKind.VISIT) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether one of the first {@code count} sentences names a kind of document of its own (a declaration, a joint
   * statement, an agreement: not a bare «решение», «заявление», which a visit's sides also take or make in words)
   * outside a party's name.
   */
  private boolean kindInTheLead(Context ctx, int count) {
    Tokens t = ctx.tokens;
    for (int n = 0; n < count; n++) {
      Context.Sentence s = ctx.sentences.get(n);
      for (int k = s.firstToken; k < Math.min(s.lastToken, t.size); k++) {
        PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, s.lastToken);
        if (kind != null && kind.entry.value != DocumentKind.OTHER && !ctx.insideAMention(k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Sentences at the top of a page searched for what it retells: a document of a kind between parties, an
   * organisation's meeting and the text adopted at it, capitals that sign.
   */
  private static final int LEAD_SENTENCES = 6;
  /**
   * Most words between a kind of document and «между» ("between"): its topic («соглашение об отказе от визовых
   * требований между», «Соглашения о стратегическом партнерстве в области развития и поставки зеленой энергии между»).
   */
  private static final int KIND_TO_BETWEEN = 12;
  /** Most words between two parties of one list after «между»: their bodies («между Правительством A и Правительством B»). */
  private static final int BETWEEN_LIST_GAP = 4;

  /**
   * «Госдума ратифицировала соглашение между правительствами A и B о …», «Президент внёс на ратификацию договор
   * между Российской Федерацией и B», "The Senate approved the agreement between the Governments of A and B": a page
   * with no title of its own (a news page, a report) whose opening names a document of a kind between parties tells
   * whose document it is; the parties of the list right after «между» are its sides.
   */
  private void kindBetweenInTheLead(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    int count = Math.min(LEAD_SENTENCES, ctx.sentences.size());
    for (int n = 0; n < count; n++) {
      Context.Sentence s = ctx.sentences.get(n);
      for (int k = s.firstToken; k < s.lastToken; k++) {
        PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, s.lastToken);
        if (kind == null || ctx.insideAMention(k)) {
          continue;
        }
        // «… принято совместное заявление, продлившее программу сотрудничества между A и B»: past a comma the
        // words name another thing, not the document's topic.
        int reach = Math.min(s.lastToken - 1, kind.last + KIND_TO_BETWEEN);
        for (int b = kind.last; b < reach; b++) {
          Context.Found<PartyInfo> next = ctx.mentionFrom(b);
          if (ctx.insideAMention(b) || next != null && next.first == b || t.gapHas(b, ',') || t.gapHas(b, '(')) {
            break;
          }
          // «Заявление призывает к переговорам между A и B»: an active verb after the kind makes the document a
          // clause's subject; the «между» its predicate reaches names the parties of what it asks for, not its sides
          // («Протокол был заключён между A и B», a passive, still names them).
          if (data.language.onlyActiveVerb(t.key[b])) {
            break;
          }
          // «подписано соглашение о принципах экономического сотрудничества A и B»: the relations the kind's topic
          // names, the states right after them in the genitive, are between its sides as «между» names them.
          if (words.is(WordClass.BETWEEN, t.key[b]) || relationsOf(ctx, b)) {
            int end = betweenListEnd(ctx, b + 1, s.lastToken);
            Set<String> found = new LinkedHashSet<>();
            if (end > b + 1 && !namedHereinafter(t, end, s.lastToken)) {
              partiesBetween(ctx, b + 1, end, found);
              if (found.size() == 1) {
                organisationBesideAState(ctx, b + 1, end, found);
              }
            }
            if (found.size() >= 2) {
              sides.addAll(found);
              return;
            }
            break;
          }
        }
      }
    }
  }

  /**
   * «Программа сотрудничества между Российской Федерацией и Международной организацией труда», «соглашение о зоне
   * свободной торговли между ЕАЭС и A»: where the list after «между» names one state, an organisation it joins by a
   * bare «и», right before or right after it, is the other side; states and organisations sign with one another.
   * {@code sides} holds that one state.
   */
  private void organisationBesideAState(Context ctx, int from, int to, Set<String> sides) {
    Tokens t = ctx.tokens;
    Context.Found<PartyInfo> previous = null;
    for (int m = ctx.firstMentionFrom(from); m < ctx.mentionsInOrder.size(); m++) {
      Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
      if (found.last > to) {
        return;
      }
      if (previous != null && found.first == previous.last + 1 && words.is(WordClass.AND, t.key[previous.last])) {
        Context.Found<PartyInfo> organisation = found.value.kind == PartyKind.ORGANIZATION ? found : previous;
        Context.Found<PartyInfo> state = organisation == found ? previous : found;
        if (organisation.value.kind == PartyKind.ORGANIZATION && state.value.kind == PartyKind.STATE
            && sides.contains(state.value.id)) {
          sides.add(organisation.value.id);
          return;
        }
      }
      previous = found;
    }
  }

  /** Whether a party's mention lies inside the title. */
  private static boolean titleNamesAParty(Context ctx) {
    Context.Found<PartyInfo> first = ctx.mentionFrom(ctx.titleFirstToken);
    return first != null && first.first < ctx.titleLastToken;
  }

  /**
   * Whether token {@code k} is a noun of relations ({@link WordClass#RELATIONS_OF_PREFIX}: «сотрудничества»,
   * «отношений») with a state's mention right after it, the first of the states whose relations they are.
   */
  private boolean relationsOf(Context ctx, int k) {
    if (k + 1 >= ctx.tokens.size || !words.startsWithAny(WordClass.RELATIONS_OF_PREFIX, ctx.tokens.key[k])
        || ctx.tokens.gapBefore[k + 1] != Tokens.GAP_SPACE) {
      return false;
    }
    Context.Found<PartyInfo> next = ctx.mentionFrom(k + 1);
    return next != null && next.first == k + 1 && next.value.kind == PartyKind.STATE;
  }

  /**
   * «… считает Договор между A и B о … (далее — Договор) значительным событием»: whether a bracket in tokens
   * {@code [from, to)} opens with «далее» ("hereinafter"), a short name the text gives the document it cites: a
   * text of its own (a chamber's statement, a resolution) that refers to it, not a page that reports it.
   */
  private boolean namedHereinafter(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.gapHas(k, '(') && words.is(WordClass.HEREINAFTER, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of the list of parties that starts at {@code from} (right after «между»): the end of the last of the
   * mentions that follow one another at most {@value #BETWEEN_LIST_GAP} words apart with only joiners and the
   * parties' bodies («правительствами», «Министерством иностранных дел», "the Government of") between them; {@code
   * from} where no mention starts that near.
   */
  private int betweenListEnd(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    int end = from;
    for (int m = ctx.firstMentionFrom(from); m < ctx.mentionsInOrder.size(); m++) {
      Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
      if (found.last > to || found.first - end > BETWEEN_LIST_GAP || !listFillers(t, end, found.first)) {
        break;
      }
      end = found.last;
    }
    return end;
  }

  /** Whether tokens {@code [from, to)} only join the parties of a list or name their bodies: no topic, place or verb word, no stop. */
  private boolean listFillers(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.gapHas(k, '.') || t.gapHas(k, ';') || t.gapHas(k, ':') || t.gapHas(k, '(') || t.isNumber(k)) {
        return false;
      }
      String key = t.key[k];
      boolean filler = words.is(WordClass.AND, key) || words.is(WordClass.PARTY_BODY, key)
          || !words.is(WordClass.TOPIC_PREPOSITION, key) && !words.is(WordClass.LOCATIVE_PREPOSITION, key)
              && !words.is(WordClass.FUNCTION_WORD, key);
      if (!filler) {
        return false;
      }
    }
    return from >= to || !t.gapHas(to, '.') && !t.gapHas(to, ';');
  }

  /**
   * Whether one of the page's top lines names a kind of document («СООБЩЕНИЕ ДЛЯ СМИ», «Совместное заявление …»),
   * not inside a party's name («Организации Договора о коллективной безопасности»): the page is that document,
   * whatever meeting it tells of.
   */
  private boolean kindInTopLines(Context ctx) {
    Tokens t = ctx.tokens;
    for (Range line : ctx.topLines(TOP_LINES)) {
      for (int k = line.start(); k < line.end(); k++) {
        if (data.documentKinds.longestAt(t, k, line.end()) != null && !ctx.insideAMention(k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Most characters of an aside between a speaker's name and the colon of a turn («Б.Обама (как переведено):»). */
  private static final int TURN_ASIDE = 40;
  /** Fewest words after the colon on the line of a turn: speech, not a label («В.Путин: подпись»). */
  private static final int TURN_WORDS = 3;

  /**
   * «В.Путин: Уважаемые дамы и господа!», «Б.Обама (как переведено): Я хотел бы …», "J. Smith: Thank you all for
   * coming": whether a line of the text opens with a person's name followed by a colon (a bracketed aside between
   * them allowed) and at least {@value #TURN_WORDS} words, the turn of a speaker in a transcript.
   */
  static boolean transcript(Context ctx, List<PersonRecognizer.Person> people) {
    Tokens t = ctx.tokens;
    for (PersonRecognizer.Person person : people) {
      for (Range mention : person.mentions) {
        int first = mention.start();
        int last = mention.end() - 1;
        if (last < first || last >= t.size || first > 0 && !t.gapHas(first, '\n')) {
          continue;
        }
        if (colonAfter(t, t.end[last])) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a colon follows {@code at} on its line, past spaces and at most one short bracketed aside, and
   * {@value #TURN_WORDS} words or more follow the colon on the same line.
   */
  private static boolean colonAfter(Tokens t, int at) {
    NormalizedText text = t.source;
    int n = text.length();
    int k = at;
    while (k < n && text.charAt(k) == ' ') {
      k++;
    }
    if (k < n && text.charAt(k) == '(') {
      int limit = Math.min(n, k + TURN_ASIDE);
      while (k < limit && text.charAt(k) != ')' && text.charAt(k) != '\n') {
        k++;
      }
      if (k >= limit || text.charAt(k) != ')') {
        return false;
      }
      k++;
      while (k < n && text.charAt(k) == ' ') {
        k++;
      }
    }
    if (k >= n || text.charAt(k) != ':') {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    for (k++; k < n && text.charAt(k) != '\n' && words < TURN_WORDS; k++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(k));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words >= TURN_WORDS;
  }

  /** Opening tokens searched for an organ's decision that adopts the document it brings in. */
  private static final int DECISION_TOKENS = 200;

  /**
   * «Высший Совет Сообщества A и B решил: ⏎ 1. Утвердить Программу …», «Совет глав государств Содружества
   * Независимых Государств ПОСТАНОВЛЯЕТ:»: a decision opens with an organ of an organisation (words.tsv's
   * adopting organs), the organisation, and a verb of adopting before a colon; the organisation adopts the
   * text the decision approves, whatever sides an annex names after it («далее именуемые Сторонами»).
   */
  private void decisionOfAnOrgan(Context ctx, Set<String> sides) {
    if (organPhrases.length == 0) {
      return;
    }
    Tokens t = ctx.tokens;
    int to = Math.min(t.size, DECISION_TOKENS);
    for (int k = 0; k < to; k++) {
      // Read from the words: a legal database's heading lines carry no sentences or mentions.
      int end = t.isCapitalized(k) ? organEnd(t, k, to) : -1;
      if (end < 0) {
        continue;
      }
      // An organ may be the start of its organisation's name («Высший Государственный Совет Союзного государства»)
      // or stand before it.
      PhraseMatcher.Match<PartyInfo> organisation = data.parties.longestAt(t, k, to);
      if (organisation == null || organisation.value.kind != PartyKind.ORGANIZATION) {
        organisation = end < to ? data.parties.longestAt(t, end, to) : null;
      }
      if (organisation == null || organisation.value.kind != PartyKind.ORGANIZATION) {
        continue;
      }
      int verb = organisation.last;
      if (verb + 1 < t.size && words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[verb])
          && t.gapHas(verb + 1, ':')) {
        sides.add(organisation.value.id);
        return;
      }
    }
  }

  /** Most words before the act of a visit that opens a sentence (a point's number). */
  private static final int VISIT_OPENING_WORDS = 2;

  /**
   * «По приглашению Советского правительства … в Советском Союзе с визитом находился … министр иностранных
   * дел Венгерской Народной Республики …»: a communiqué or joint statement of a visit opens with it, the
   * host and the visitor's state its sides. Where nothing else names them, the first sentence of the
   * opening paragraphs or the first point that opens with the act of a visit (acts.tsv) and names two
   * states, no more, names the sides.
   */
  private void visitOpensTheText(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    Layout.Block firstClause = ctx.layout.clauses.isEmpty() ? null : ctx.layout.clauses.get(0);
    Set<Layout.Block> opening = openingBlocks(ctx, PREAMBLE_WINDOW);
    for (Context.Sentence s : ctx.sentences) {
      if (s.block != firstClause && !opening.contains(s.block)) {
        continue;
      }
      int to = Math.min(s.lastToken, t.size);
      if (!opensWithAVisit(t, s.firstToken, to)) {
        continue;
      }
      Set<String> states = new LinkedHashSet<>();
      for (int m = ctx.firstMentionFrom(s.firstToken); m < ctx.mentionsInOrder.size(); m++) {
        Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
        if (found.first >= to) {
          break;
        }
        if (namesAState(t, found.value, found.first, found.last, to)) {
          states.add(found.value.id);
        }
      }
      if (states.size() == 2) {
        sides.addAll(states);
      }
      return;
    }
  }

  /**
   * Whether tokens {@code [first, last)}, naming {@code party}, name a state as a side: not a one-word name that is
   * also a common word, in lower case («чили», «мали»), nor a place's name before {@code to} (the state of a city).
   */
  private boolean namesAState(Tokens t, PartyInfo party, int first, int last, int to) {
    boolean commonWord = last - first == 1 && data.ambiguousNames.contains(t.key[first]) && !t.isCapitalized(first);
    return party.kind == PartyKind.STATE && !commonWord && !data.namesPlace(t, last, to);
  }

  /** Whether the act of a visit stands within {@link #VISIT_OPENING_WORDS} words of token {@code from} («По приглашению …»). */
  private boolean opensWithAVisit(Tokens t, int from, int to) {
    for (int k = from; k < Math.min(to, from + VISIT_OPENING_WORDS); k++) {
      PrefixLexicon.Hit<Lexicons.ActSense> act = data.lexicons.acts.longestAt(t, k, to);
      if (act != null && act.first == k && act.entry.value.act == Act.VISIT) {
        return true;
      }
    }
    return false;
  }

  /** Most non-blank lines at the top of a page read as its rubric, links and headline («Тема:», …). */
  private static final int HEADLINE_LINES = 3;

  /**
   * «Совет МПА СНГ принял обращение в связи с … ⏎ …», «ОДКБ приняла заявление о … ⏎ …»: a page whose
   * headline opens with an organisation (or one of its organs or assemblies, which its name gives) and
   * goes straight on to a verb of adopting or signing and a kind of document is that organisation's
   * text, where nothing else names the sides. Its official who opens the sentence («Генеральный
   * секретарь ООН …») is no organ. The headline is the first of the top {@value #HEADLINE_LINES}
   * non-blank lines that opens with a party: a rubric («Тема:») may stand above it, and its capitalised
   * collective subject («Лидеры СНГ приняли заявление …») names the organisation's heads. A line that
   * ends in a full stop is the lead, where the headlines end.
   */
  private void headlineOrganisationAdopts(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    String text = ctx.text.text();
    int lineStart = 0;
    for (int line = 0; line < HEADLINE_LINES && lineStart < text.length(); ) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int from = t.firstAtOrAfter(lineStart);
      int to = t.firstAtOrAfter(lineEnd);
      int last = lineEnd - 1;
      while (last > lineStart && Character.isWhitespace(text.charAt(last))) {
        last--;
      }
      boolean lead = text.charAt(Math.max(last, 0)) == '.';
      lineStart = lineEnd + 1;
      if (from >= to) {
        continue;
      }
      line++;
      // Read from the words: a headline is the site's wrapper and holds no mention.
      for (int k = from; k < to && k <= from + OPENING_WORDS; k++) {
        PhraseMatcher.Match<PartyInfo> first = data.parties.longestAt(t, k, to);
        if (first == null) {
          continue;
        }
        int verb = first.last;
        if (first.value.kind == PartyKind.ORGANIZATION && (nameOnlyBefore(t, from, k) || headsOfMembersBefore(t, from, k))
            && !roleAround(t, from, first.last) && verb < to && !t.isCapitalized(verb)
            && (words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[verb]) && kindAfterAdjectives(t, verb + 1, to)
                || speaksOfARetoldText(ctx, verb, to))) {
          sides.add(first.value.id);
          return;
        }
        break;
      }
      if (lead) {
        return;
      }
    }
  }

  /**
   * «ПАСЕ подтвердила полномочия …», «ПА ОДКБ призвала …»: whether the headline's organisation goes straight on to
   * an act that states a position (acts.tsv; not talks or a visit, which adopt nothing) at token {@code verb}, and
   * the lead names a text («сказано в заявлении», «Резолюция …»): the page retells what the organisation (or its
   * assembly or organ) adopted.
   */
  private boolean speaksOfARetoldText(Context ctx, int verb, int to) {
    PrefixLexicon.Hit<Lexicons.ActSense> act = data.lexicons.acts.longestAt(ctx.tokens, verb, to);
    return act != null && act.first == verb && act.entry.value.act != Act.DISCUSS && act.entry.value.act != Act.VISIT
        && documentInTheLead(ctx);
  }

  /** Whether one of the first {@value #LEAD_SENTENCES} sentences names a document (reports.tsv's nouns), outside a party's name. */
  private boolean documentInTheLead(Context ctx) {
    Tokens t = ctx.tokens;
    for (int n = 0; n < Math.min(LEAD_SENTENCES, ctx.sentences.size()); n++) {
      Context.Sentence s = ctx.sentences.get(n);
      for (int k = s.firstToken; k < Math.min(s.lastToken, t.size); k++) {
        if (retelling.namesADocument(t.key[k]) && !ctx.insideAMention(k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a collective subject of the sides (groups.tsv) opens at {@code from} and only lower-case words follow it up to {@code to} («Лидеры стран …»). */
  private boolean headsOfMembersBefore(Tokens t, int from, int to) {
    PrefixLexicon.Hit<List<String>> group = data.groups.longestAt(t, from, to);
    return group != null && group.first == from && group.entry.value.contains("SIGNATORIES") && group.last <= to
        && to - group.last <= MEMBERS_WORDS && lowerCaseWordsOnly(t, group.last, to);
  }

  /** Whether a role that opens at or after token {@code from} runs to token {@code last} or past it («Генеральный секретарь ООН»). */
  private boolean roleAround(Tokens t, int from, int last) {
    for (int k = from; k < last; k++) {
      PrefixLexicon.Hit<String> role = data.lexicons.roles.longestAt(t, k, t.size);
      if (role != null && role.last >= last) {
        return true;
      }
    }
    return false;
  }

  /** Most words between «далее» and the organisation it names the listed states by («именуемые далее»: none). */
  private static final int GROUP_NAME_REACH = 3;

  /**
   * «Республика A, Республика B и Республика C, именуемые далее ГУАМ, …», "A, B and C (hereinafter
   * GUAM)": states listed before the words that name them by their organisation are the sides, two
   * or more, when only states are listed there. Whether the words before {@code hereinafter} in the
   * sentence from {@code from} are such a list; if so, its states are added to {@code sides}.
   */
  private boolean statesNamedAsAGroup(Context ctx, int from, int hereinafter, Set<String> sides) {
    int m = ctx.firstMentionFrom(hereinafter + 1);
    if (m >= ctx.mentionsInOrder.size()) {
      return false;
    }
    Context.Found<PartyInfo> group = ctx.mentionsInOrder.get(m);
    if (group.value.kind != PartyKind.ORGANIZATION || group.first > hereinafter + GROUP_NAME_REACH) {
      return false;
    }
    Set<String> listed = new LinkedHashSet<>();
    for (int n = ctx.firstMentionFrom(from); n < m; n++) {
      Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(n);
      if (found.value.kind != PartyKind.STATE) {
        return false;
      }
      listed.add(found.value.id);
    }
    if (listed.size() < 2) {
      return false;
    }
    sides.addAll(listed);
    return true;
  }

  /** Opening sentences searched for a kind of document that the combining forms of its sides qualify. */
  private static final int QUALIFIED_KIND_OPENING = 3;
  /** Fewest words of a sentence counted among {@link #QUALIFIED_KIND_OPENING}: a pair's combining forms and the kind. */
  private static final int QUALIFIED_KIND_SENTENCE = 3;
  /** Most adjectives between the sides' combining forms and the kind's noun («совместное», "joint"). */
  private static final int QUALIFIED_KIND_ADJECTIVES = 2;

  /**
   * «Советско-французская декларация», «Российско-вьетнамское совместное заявление», "Sino-Indian Joint
   * Communiqué": a heading or a lead whose kind of document the combining forms of two states or more
   * qualify, one joined to the next by a hyphen, names its sides. Where nothing else names them, those
   * states are the sides. A hyphenated pair that qualifies anything else («российско-вьетнамского
   * партнерства», «советско-французские переговоры») names a relationship, not a text's sides.
   */
  private void sidesQualifyingTheKind(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    // «logo search ⏎ Хрестоматия 2009 ⏎ 12. Советско-французская декларация»: a site's menu, a reader's name
    // and a number, lines of a word or two, are no sentences of the opening.
    int to = 0;
    int counted = 0;
    for (int n = 0; n < ctx.sentences.size() && counted < QUALIFIED_KIND_OPENING; n++) {
      Context.Sentence s = ctx.sentences.get(n);
      if (s.lastToken - s.firstToken >= QUALIFIED_KIND_SENTENCE) {
        counted++;
        to = Math.min(t.size, s.lastToken);
      }
    }
    List<Context.Found<PartyInfo>> mentions = ctx.mentionsInOrder;
    for (int m = 0; m < mentions.size() && mentions.get(m).last < to; m++) {
      Set<String> joined = new LinkedHashSet<>();
      while (mentions.get(m).value.kind == PartyKind.STATE) {
        joined.add(mentions.get(m).value.id);
        int last = mentions.get(m).last;
        if (m + 1 >= mentions.size() || mentions.get(m + 1).first != last || !t.hyphenAfter[last - 1]) {
          break;
        }
        m++;
      }
      if (joined.size() >= 2 && kindAfterAdjectives(t, mentions.get(m).last, to)) {
        sides.addAll(joined);
        return;
      }
    }
  }

  /** Whether a kind of document begins at token {@code from}, or after at most {@link #QUALIFIED_KIND_ADJECTIVES} lower-case adjectives. */
  private boolean kindAfterAdjectives(Tokens t, int from, int to) {
    for (int k = from; k < to && k <= from + QUALIFIED_KIND_ADJECTIVES; k++) {
      if (data.documentKinds.longestAt(t, k, to) != null) {
        return true;
      }
      if (t.isCapitalized(k) && k > from || !data.language.isAdjective(t.key[k])) {
        return false;
      }
    }
    return false;
  }

  /** Most words of a site's rubric before the colon that opens a title («Сирия: Совместное заявление …»). */
  private static final int RUBRIC_WORDS = 4;

  /**
   * The token the title's authors are sought from: past a site's rubric, a few words and a colon right
   * before the kind («Сирия: Совместное заявление представителей A, B и C …», "Afghanistan: Joint Statement
   * of …»), whose party is the topic, not an author; else the title's first token.
   */
  private int titleAuthorsStart(Context ctx) {
    Tokens t = ctx.tokens;
    int limit = Math.min(ctx.titleLastToken, ctx.titleFirstToken + RUBRIC_WORDS + 1);
    for (int k = ctx.titleFirstToken + 1; k < limit; k++) {
      if (t.gapHas(k, ':')) {
        PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, ctx.titleLastToken);
        return kind != null && kind.first == k ? k : ctx.titleFirstToken;
      }
    }
    return ctx.titleFirstToken;
  }

  /**
   * «Совместное заявление ⏎ О сотрудничестве A и B в борьбе с терроризмом»: a line of the title that
   * opens with a preposition of topic says what the text is about; the title names its authors only
   * before it. The title's end where no such line follows its first.
   */
  private int titleAuthorsEnd(Context ctx, int start) {
    Tokens t = ctx.tokens;
    // «Совместное заявление Генерального секретаря A, … и Генерального секретаря C в связи с 80-летием … B»: the
    // authors' roles and parties right after the kind end at the first other word in lower case; B is the topic's.
    PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, start, ctx.titleLastToken);
    if (kind != null && kind.first == start) {
      Set<String> parties = new LinkedHashSet<>();
      int end = complementEnd(ctx, kind.last, ctx.titleLastToken, new LinkedHashSet<>(), parties);
      if (!parties.isEmpty() && end < ctx.titleLastToken && !t.isCapitalized(end) && !t.isNumber(end)) {
        return end;
      }
    }
    for (int k = ctx.titleFirstToken + 1; k < ctx.titleLastToken; k++) {
      if (t.gapHas(k, '\n') && words.is(WordClass.TOPIC_PREPOSITION, t.key[k])) {
        return k;
      }
    }
    return ctx.titleLastToken;
  }

  /** Most capitalised words of an organ between its organisation's name and the bracket that lists its members («OSCE Minsk Group (»). */
  private static final int ORGAN_WORDS = 3;

  /**
   * «The Co-Chairs of the OSCE Minsk Group (A of the Russian Federation, B of France, and C of the United
   * States) met …», «Ближневосточный квартет (Россия, США, ЕС и ООН) …»: where the one side is an
   * organisation, a bracket right after its name (or its organ's, up to {@value #ORGAN_WORDS} capitalised
   * words) in the opening paragraphs names the members who speak in it; two parties or more there are sides too.
   * A text with no preamble («1. Совет … в составе …») opens with its first point, which counts as opening too.
   */
  private void bracketedMembers(Context ctx, Set<String> sides) {
    String organisation = sides.iterator().next();
    Tokens t = ctx.tokens;
    Set<Layout.Block> opening = openingBlocks(ctx, SUBJECT_WINDOW);
    Layout.Block firstClause = ctx.layout.clauses.isEmpty() ? null : ctx.layout.clauses.get(0);
    for (int m = 0; m < ctx.mentionsInOrder.size(); m++) {
      Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
      Context.Sentence s = found.value.id.equals(organisation) ? ctx.sentenceOf(found.first) : null;
      if (s == null || !opening.contains(s.block) && s.block != firstClause) {
        continue;
      }
      int to = Math.min(s.lastToken, t.size);
      int open = found.last;
      while (open < Math.min(to, found.last + ORGAN_WORDS) && !t.gapHas(open, '(') && t.isCapitalized(open)
          && t.gapBefore[open] == Tokens.GAP_SPACE) {
        open++;
      }
      if (open < to && compositionListed(ctx, found, to, sides)) {
        return;
      }
      if (dashedMembers(ctx, m, to, sides)) {
        return;
      }
      if (open >= to || !t.gapHas(open, '(')) {
        continue;
      }
      Set<String> members = new LinkedHashSet<>();
      for (int n = m + 1; n < ctx.mentionsInOrder.size(); n++) {
        Context.Found<PartyInfo> member = ctx.mentionsInOrder.get(n);
        if (member.first < open) {
          continue;
        }
        if (member.last > to || t.gapsHave(open + 1, member.first + 1, ')')) {
          break;
        }
        if (!member.value.id.equals(organisation)) {
          members.add(member.value.id);
        }
      }
      if (members.size() >= 2) {
        sides.addAll(members);
        return;
      }
    }
  }

  /** Most lower-case words of the noun for an organisation's members before the dash that lists them («member countries—»). */
  private static final int MEMBERS_NOUN_WORDS = 2;

  /**
   * "The Pacific Alliance member countries—A, B, C and D—welcome …", «Альянс страны-участницы — A, B и C —
   * приветствуют»: a dash (spaced or not) after the organisation's name and a lower-case noun for its members
   * opens the list of the members who speak, as a bracket does; two parties or more joined by commas and
   * «and» alone, closed by a dash or a comma, are sides. Whether it found them.
   */
  private boolean dashedMembers(Context ctx, int m, int to, Set<String> sides) {
    Tokens t = ctx.tokens;
    Context.Found<PartyInfo> organisation = ctx.mentionsInOrder.get(m);
    int open = organisation.last;
    while (open < Math.min(to, organisation.last + MEMBERS_NOUN_WORDS) && t.gapBefore[open] == Tokens.GAP_SPACE
        && !t.isCapitalized(open)) {
      open++;
    }
    if (open == organisation.last || open >= to || !t.gapHas(open, '-')) {
      return false;
    }
    Set<String> members = new LinkedHashSet<>();
    int last = -1;
    for (int n = m + 1; n < ctx.mentionsInOrder.size(); n++) {
      Context.Found<PartyInfo> member = ctx.mentionsInOrder.get(n);
      if (member.last > to || (last < 0 ? member.first != open : !onlyJoiners(t, last, member.first))) {
        break;
      }
      members.add(member.value.id);
      last = member.last;
    }
    boolean closed = last > 0 && last < to && (t.gapHas(last, '-') || t.gapHas(last, ','));
    if (members.size() < 2 || !closed || members.contains(organisation.value.id)) {
      return false;
    }
    sides.addAll(members);
    return true;
  }

  /** Most words of the bracket that may follow an organisation's name before the words on its composition («(СГБМ)»). */
  private static final int ABBREVIATION_WORDS = 3;

  /**
   * «Совет государств Балтийского моря (СГБМ) в составе министров иностранных дел A, B и C, а также
   * представителя D провел свою сессию …», "The Council, composed of the Foreign Ministers of A, B and C,
   * met …": the parties an organisation's composition lists (after {@link Language#compositionAfter}, up
   * to the sentence's verb), two or more, sit in it and adopt its text with it; places are none of them.
   * Whether it found them.
   */
  private boolean compositionListed(Context ctx, Context.Found<PartyInfo> organisation, int to, Set<String> sides) {
    Tokens t = ctx.tokens;
    int k = organisation.last;
    if (k < to && t.gapHas(k, '(')) {
      int close = k + 1;
      while (close < Math.min(to, k + ABBREVIATION_WORDS + 1) && !t.gapHas(close, ')')) {
        close++;
      }
      k = close < to && t.gapHas(close, ')') ? close : k;
    }
    int list = data.language.compositionAfter(t, k, to);
    if (list < 0) {
      return false;
    }
    int end = list;
    while (end < to && (t.isCapitalized(end) || !words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[end])
        && !words.is(WordClass.GATHERING_VERB, t.key[end]))) {
      end++;
    }
    Set<String> members = new LinkedHashSet<>();
    partiesBetween(ctx, list, end, members, true);
    // «…, а также представителя Европейского союза»: an organisation sits in it beside the states.
    for (int m = ctx.firstMentionFrom(list); m < ctx.mentionsInOrder.size() && ctx.mentionsInOrder.get(m).last <= end; m++) {
      if (ctx.mentionsInOrder.get(m).value.kind == PartyKind.ORGANIZATION) {
        members.add(ctx.mentionsInOrder.get(m).value.id);
      }
    }
    members.remove(organisation.value.id);
    if (members.size() < 2) {
      return false;
    }
    sides.addAll(members);
    return true;
  }

  /** Most lower-case words between a collective subject and the organisation whose members it names («стран», «государств —»). */
  private static final int MEMBERS_WORDS = 3;

  /**
   * «Государства — участники A приняли совместное коммюнике …», «Главы внешнеполитических ведомств
   * стран A подчеркнули …», «Лидеры стран A считают …»: a news page that retells an organisation's text
   * names its author by the organisation's members or their heads. Where nothing else names the sides,
   * an opening sentence that starts with a collective subject of the sides (groups.tsv) whose first party,
   * within {@link #MEMBERS_WORDS} lower-case words and no stop or comma, is an organisation followed by a
   * lower-case word (its verb) makes that organisation the side. A state there (the participants of a
   * format on a country) or a capitalised word after the organisation (a meeting's name goes on) names no author.
   */
  private void membersOfAnOrganisationReport(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (int n = 0; n < Math.min(REPORT_OPENING, ctx.sentences.size()); n++) {
      Context.Sentence s = ctx.sentences.get(n);
      int to = Math.min(s.lastToken, t.size);
      PrefixLexicon.Hit<List<String>> group = sidesSubjectOpening(t, s);
      if (group == null) {
        continue;
      }
      int m = ctx.firstMentionFrom(group.last);
      if (m >= ctx.mentionsInOrder.size()) {
        return;
      }
      Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
      if (found.value.kind != PartyKind.ORGANIZATION || found.first - group.last > MEMBERS_WORDS
          || !lowerCaseWordsOnly(t, group.last, found.first)) {
        return;
      }
      int verb = found.last;
      // «… Шанхайской организации сотрудничества (ШОС) приняли …»: the abbreviation in brackets names it again.
      if (m + 1 < ctx.mentionsInOrder.size() && ctx.mentionsInOrder.get(m + 1).first == verb
          && ctx.mentionsInOrder.get(m + 1).value.id.equals(found.value.id) && t.gapHas(verb, '(')) {
        verb = ctx.mentionsInOrder.get(m + 1).last;
      }
      if (verb < to && !t.isCapitalized(verb) && !t.isNumber(verb) && !t.gapHas(verb, ',') && !t.gapHas(verb, '.')) {
        sides.add(found.value.id);
      }
      return;
    }
  }

  /** The collective subject of the sides (groups.tsv) that opens sentence {@code s} («Государства — участники …», «Страны-участницы …»), or null. */
  private PrefixLexicon.Hit<List<String>> sidesSubjectOpening(Tokens t, Context.Sentence s) {
    int to = Math.min(s.lastToken, t.size);
    PrefixLexicon.Hit<List<String>> group = s.firstToken < to ? data.groups.longestAt(t, s.firstToken, to) : null;
    return group != null && group.first == s.firstToken && group.entry.value.contains("SIGNATORIES") ? group : null;
  }

  /** Whether the tokens {@code [from, to)} are lower-case words with no stop, comma, semicolon or colon before them or after the last. */
  private static boolean lowerCaseWordsOnly(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isCapitalized(k) || t.isNumber(k)) {
        return false;
      }
    }
    return !punctuatedBetween(t, from - 1, to);
  }

  /**
   * «At the invitation of …, the Arab leaders held the 32nd session of the Council of the League of Arab
   * States at summit level»: where nothing else names the sides, an opening sentence whose first party
   * is an organisation named as the one whose meeting, summit or session it is (the meeting word
   * within {@link #MEETING_REACH} words before it, nothing but names, articles and «of» between) tells
   * of the organisation's own meeting, and the text is the organisation's. A short line of a heading
   * or a dateline above («Jeddah Declaration, Jeddah – the Kingdom of Saudi Arabia») is passed over.
   * So is one that opens with the organisation as a resolution's subject ({@link #resolutionSubject}).
   */
  private void organisationsOwnMeeting(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    Set<Layout.Block> opening = openingBlocks(ctx, PREAMBLE_WINDOW);
    Layout.Block firstClause = ctx.layout.clauses.isEmpty() ? null : ctx.layout.clauses.get(0);
    for (Context.Sentence s : ctx.sentences) {
      if (!opening.contains(s.block) && s.block != firstClause || isShortLine(s.block)) {
        continue;
      }
      int to = Math.min(s.lastToken, t.size);
      int m = ctx.firstMentionFrom(s.firstToken);
      if (m >= ctx.mentionsInOrder.size() || ctx.mentionsInOrder.get(m).last > to) {
        continue;
      }
      // «… в Нью-Дели, Индия, прошла встреча …»: the state of the place where the meeting went is not its party.
      while (m + 1 < ctx.mentionsInOrder.size() && ctx.mentionsInOrder.get(m + 1).last <= to
          && countryOfACity(ctx, ctx.mentionsInOrder.get(m))) {
        m++;
      }
      Context.Found<PartyInfo> first = ctx.mentionsInOrder.get(m);
      if (first.value.kind != PartyKind.ORGANIZATION) {
        return;
      }
      if (first.first <= s.firstToken + OPENING_WORDS && nameOnlyBefore(t, s.firstToken, first.first)
          && resolutionSubject(ctx, first.last, to)) {
        sides.add(first.value.id);
        return;
      }
      for (int k = Math.max(s.firstToken, first.first - MEETING_REACH); k < first.first; k++) {
        if (meetingEnd(t, k, to) < 0) {
          continue;
        }
        PhraseMatcher.Match<PartyInfo> organisation = organisationsMeeting(ctx, k, to);
        if (organisation != null && organisation.first == first.first) {
          sides.add(first.value.id);
          return;
        }
      }
      return;
    }
  }

  /**
   * «The NATO Nuclear Planning Group (NPG), meeting in Ministerial Session, held its sixteenth meeting»:
   * where nothing else names the sides, an opening sentence whose subject is an organ of an
   * organisation (the organisation's name, at most an article before it, then up to
   * {@link #ORGAN_WORDS} capitalised words that name no party, and its abbreviation) and which names a
   * meeting, summit or session within {@link #MEETING_REACH} words after it, before any other party,
   * tells of the organ's own meeting: the text is the organisation's. Unlike
   * {@link #organisationsOwnMeeting}, an earlier sentence that names the organisation in passing (a
   * line of topics above) does not end the search.
   */
  private void organsOwnMeeting(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    Set<Layout.Block> opening = openingBlocks(ctx, PREAMBLE_WINDOW);
    for (Context.Sentence s : ctx.sentences) {
      if (!opening.contains(s.block) || isShortLine(s.block)) {
        continue;
      }
      int to = Math.min(s.lastToken, t.size);
      int m = ctx.firstMentionFrom(s.firstToken);
      if (m >= ctx.mentionsInOrder.size() || ctx.mentionsInOrder.get(m).last > to) {
        continue;
      }
      Context.Found<PartyInfo> first = ctx.mentionsInOrder.get(m);
      if (first.value.kind != PartyKind.ORGANIZATION || first.first > s.firstToken + 1
          || !nameOnlyBefore(t, s.firstToken, first.first)) {
        continue;
      }
      int organEnd = first.last;
      while (organEnd < to && organEnd < first.last + ORGAN_WORDS && t.isCapitalized(organEnd)
          && data.parties.longestAt(t, organEnd, to) == null) {
        organEnd++;
      }
      if (organEnd == first.last) {
        continue;
      }
      int next = m + 1 < ctx.mentionsInOrder.size() ? ctx.mentionsInOrder.get(m + 1).first : Integer.MAX_VALUE;
      for (int k = organEnd; k < Math.min(to, organEnd + MEETING_REACH) && k < next; k++) {
        if (meetingEnd(t, k, to) >= 0) {
          sides.add(first.value.id);
          return;
        }
      }
    }
  }

  /**
   * «The Council of the League at the Summit Level, at its 14th Ordinary Session, ⏎ Reaffirming …»:
   * whether the subject that runs on from token {@code from} holds no verb (names, numbers and their
   * ordinal endings, function words and commas alone) up to a comma that closes its line in the original
   * text, and the next line opens with a capital and no party: a resolution's subject, whose gerunds and
   * verbs follow line by line.
   */
  private boolean resolutionSubject(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    // The comma may close a paragraph of its own, and so the sentence: the word after it is looked at too.
    for (int k = from; k <= to && k < t.size; k++) {
      if (t.gapHas(k, ',') && k > from && t.lineBreakInOriginalBefore(k)) {
        return t.isCapitalized(k) && !t.isUpperCase(k) && !startsParty(ctx, k);
      }
      if (k == to) {
        return false;
      }
      // «14th»: an ordinal in figures, its ending written on or split off.
      boolean ordinal = Character.isDigit(ctx.text.text().charAt(t.start[k])) || k > 0 && t.isNumber(k - 1) && t.start[k] == t.end[k - 1];
      if (!t.isCapitalized(k) && !ordinal && !words.is(WordClass.FUNCTION_WORD, t.key[k])
          && !words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k]) && !data.language.isArticle(t.key[k])) {
        return false;
      }
    }
    return false;
  }

  /**
   * «Стороны — A, B, C и D — ⏎ подтверждают …», «Участники встречи — представители A, B и C — обсудили …»: in
   * an opening sentence, a collective subject of the sides (groups.tsv) followed by a dash and a list of
   * two parties or more (joined by commas and «и» alone) names the sides in apposition.
   */
  private void sidesInApposition(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    Set<Layout.Block> opening = openingBlocks(ctx, SUBJECT_WINDOW);
    for (Context.Sentence s : ctx.sentences) {
      if (!opening.contains(s.block)) {
        continue;
      }
      int to = Math.min(s.lastToken, t.size);
      for (int k = s.firstToken; k < to; k++) {
        PrefixLexicon.Hit<List<String>> group = data.groups.longestAt(t, k, to);
        if (group == null) {
          continue;
        }
        k = group.last - 1;
        if (group.last < to && group.entry.value.contains("SIGNATORIES") && dashBefore(t, group.last)
            && listOpensAfterTheDash(ctx, group.last)) {
          Set<String> listed = attendees(ctx, group.last, to);
          if (listed.size() >= 2) {
            sides.addAll(listed);
            return;
          }
        }
      }
    }
  }

  /**
   * Whether the list in apposition opens at token {@code dash}, or one word after it («— представители
   * A, B …») with a state first: «Главы государств — членов ШОС и …» names an organisation's members, no list.
   */
  private static boolean listOpensAfterTheDash(Context ctx, int dash) {
    int m = ctx.firstMentionFrom(dash);
    if (m >= ctx.mentionsInOrder.size()) {
      return false;
    }
    Context.Found<PartyInfo> first = ctx.mentionsInOrder.get(m);
    return first.first == dash || first.first == dash + 1 && first.value.kind == PartyKind.STATE;
  }

  /** Whether the gap before token {@code k} is a dash set off by spaces (hyphens inside a word are none). */
  private static boolean dashBefore(Tokens t, int k) {
    return t.gapHas(k, '-') && !t.hyphenAfter[k - 1];
  }

  /**
   * «Страны-участницы формата консультаций по A осудили … ⏎ … В нем приняли участие представители A, B, C
   * и D.»: a news page whose opening subject is the participants of a format, meeting or consultations
   * (a collective subject of the sides right before its head; a forum's or conference's participants are
   * none: {@link #byParticipantsOfAnEvent}) names its sides where it lists who took part, anywhere on the
   * page, two parties or more; so does a meeting held with their participation («… состоялось в среду с
   * участием специальных представителей … из A, B, C и D»), as such a page tells who met.
   */
  private void formatParticipantsListed(Context ctx, Set<String> sides) {
    if (!openedByAFormatsParticipants(ctx)) {
      return;
    }
    for (Context.Sentence s : ctx.sentences) {
      Set<String> listed = attendeesListedIn(ctx, s, true);
      if (!listed.isEmpty()) {
        sides.addAll(listed);
        return;
      }
    }
  }

  /**
   * The parties sentence {@code s} lists right after words that introduce those who took part
   * ({@link Language#attendeesAfter}), two or more; else none.
   */
  private Set<String> attendeesListedIn(Context ctx, Context.Sentence s) {
    return attendeesListedIn(ctx, s, false);
  }

  /**
   * The parties sentence {@code s} lists right after words that introduce those who took part, two or more;
   * else none. With {@code withParticipation}, also after the words of a meeting held with their participation
   * ({@link Language#participantsAfter}: «состоялось … с участием представителей A, B и C»).
   */
  private Set<String> attendeesListedIn(Context ctx, Context.Sentence s, boolean withParticipation) {
    Tokens t = ctx.tokens;
    int to = Math.min(s.lastToken, t.size);
    for (int k = s.firstToken; k < to; k++) {
      int after = data.language.attendeesAfter(t, k, to);
      if (after < 0 && withParticipation) {
        after = data.language.participantsAfter(t, k, to);
      }
      if (after >= 0) {
        Set<String> listed = attendees(ctx, after, to);
        if (listed.size() >= 2) {
          return listed;
        }
      }
    }
    return Set.of();
  }

  /** Most words between a collective subject and the head of the format or meeting whose participants it names («московского формата»). */
  private static final int FORMAT_WORDS = 2;

  /** Whether one of the first {@link #REPORT_OPENING} sentences opens with the participants of a format or a meeting other than a forum or conference. */
  private boolean openedByAFormatsParticipants(Context ctx) {
    Tokens t = ctx.tokens;
    for (int n = 0; n < Math.min(REPORT_OPENING, ctx.sentences.size()); n++) {
      Context.Sentence s = ctx.sentences.get(n);
      int to = Math.min(s.lastToken, t.size);
      PrefixLexicon.Hit<List<String>> group = sidesSubjectOpening(t, s);
      if (group == null) {
        continue;
      }
      for (int k = group.last; k < Math.min(to, group.last + FORMAT_WORDS + 1); k++) {
        PrefixLexicon.Hit<List<Lexicons.Head>> head = data.lexicons.heads.longestAt(t, k, Math.min(to, k + 4));
        if (head != null) {
          return head.entry.value.stream().noneMatch(h -> h.concept == Lexicons.Concept.EVENT
              && (h.kind == EventKind.FORUM || h.kind == EventKind.CONFERENCE));
        }
        if (t.isCapitalized(k) || punctuatedBetween(t, k - 1, k)) {
          break;
        }
      }
    }
    return false;
  }

  /** Most words between the words that introduce a meeting's attendees and the first party they name («by Heads of State/Government of»). */
  private static final int ATTENDEES_REACH = 8;

  /**
   * «The First Summit was held in A. The Meeting was chaired by …, and was attended by Heads of
   * State/Government of B, C and D», «В переговорах приняли участие делегации A, B и C»: where nothing
   * else names the sides, the parties an opening sentence (of the preamble or the first point) lists
   * right after the words that introduce those who attended the meeting are its sides: two or more,
   * the first within {@link #ATTENDEES_REACH} words, the others joined to it by commas and «and» alone.
   * A party named beside them in another way (the chair, a guest) is none of the list. A line of
   * attendees that ends in a colon heads what it introduces, as a subject line would, and names no
   * sides (EnglishSubjectLinesTest).
   */
  private void attendeesListed(Context ctx, Set<String> sides) {
    Set<Layout.Block> opening = openingBlocks(ctx, PREAMBLE_WINDOW);
    Layout.Block firstClause = ctx.layout.clauses.isEmpty() ? null : ctx.layout.clauses.get(0);
    for (Context.Sentence s : ctx.sentences) {
      if (!opening.contains(s.block) && s.block != firstClause || endsInAColon(ctx, s)) {
        continue;
      }
      Set<String> listed = attendeesListedIn(ctx, s);
      if (!listed.isEmpty()) {
        sides.addAll(listed);
        return;
      }
    }
  }

  /**
   * «По приглашению Спикера A и Председателя B … В нем приняли участие руководители высших законодательных
   * органов C, A, D, B и E»: where the inviting officials give the sides, an opening list of those who
   * took part that names every one of them and more names the meeting's other sides too.
   */
  private void attendeesBesideOfficials(Context ctx, Set<String> sides) {
    Set<Layout.Block> opening = openingBlocks(ctx, PREAMBLE_WINDOW);
    Layout.Block firstClause = ctx.layout.clauses.isEmpty() ? null : ctx.layout.clauses.get(0);
    for (Context.Sentence s : ctx.sentences) {
      if (!opening.contains(s.block) && s.block != firstClause || endsInAColon(ctx, s)) {
        continue;
      }
      Set<String> listed = attendeesListedIn(ctx, s);
      if (listed.size() > sides.size() && listed.containsAll(sides)) {
        sides.addAll(listed);
        return;
      }
    }
  }

  /**
   * The parties of the list of attendees that opens within {@link #ATTENDEES_REACH} words of token
   * {@code from}, with no stop, comma or colon before it, and runs on over joiners alone, up to token {@code to}.
   */
  private Set<String> attendees(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    Set<String> ids = new LinkedHashSet<>();
    int last = -1;
    for (int m = ctx.firstMentionFrom(from); m < ctx.mentionsInOrder.size(); m++) {
      Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
      if (found.last > to) {
        break;
      }
      if (last < 0) {
        if (found.first - from > ATTENDEES_REACH || punctuatedBetween(t, from, found.first)) {
          break;
        }
      } else if (!onlyJoiners(t, last, found.first)) {
        break;
      }
      ids.add(found.value.id);
      last = found.last;
    }
    return ids;
  }

  /** Whether a stop, a comma, a semicolon or a colon stands in the gaps before tokens {@code (from, to]}. */
  private static boolean punctuatedBetween(Tokens t, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      if (t.gapHas(k, '.') || t.gapHas(k, ',') || t.gapHas(k, ';') || t.gapHas(k, ':')) {
        return true;
      }
    }
    return false;
  }

  /** Opening sentences searched for a note of who joined the text. */
  private static final int JOINING_OPENING = 12;
  /** Closing sentences searched for a list of who joined the text. */
  private static final int JOINING_CLOSING = 4;
  /** Most words between a verb of joining and the kind of document joined («have agreed to join the Joint Declaration»). */
  private static final int JOIN_REACH = 4;
  /** Most words before the first party of a list («Those countries are A, B …», «by A, B …»). */
  private static final int LIST_LEAD_WORDS = 4;

  /**
   * «More than 30 countries and the European Union have agreed to join the Joint Declaration … Those
   * countries are A, B, … and C.», «The following countries have joined this statement: A, B and C.»,
   * «К Заявлению присоединились A, B и C.»: in the opening sentences or the last ones, the parties that
   * join the text adopt it beside its sides. A treaty that a party joins («joined the Agreement») is
   * another text.
   */
  private void joinedBy(Context ctx, Set<String> sides) {
    List<Context.Sentence> sentences = ctx.sentences;
    int closing = Math.max(JOINING_OPENING, sentences.size() - JOINING_CLOSING);
    for (int n = 0; n < sentences.size(); n++) {
      if (n == JOINING_OPENING) {
        n = closing;
        if (n >= sentences.size()) {
          break;
        }
      }
      Context.Sentence s = sentences.get(n);
      Context.Sentence next = n + 1 < sentences.size() ? sentences.get(n + 1) : null;
      joinedIn(ctx, s, next, sides);
    }
  }

  /** {@link #joinedBy} in sentence {@code s}, whose list may be the sentence {@code next} («Those countries are …»). */
  private void joinedIn(Context ctx, Context.Sentence s, Context.Sentence next, Set<String> sides) {
    Tokens t = ctx.tokens;
    int cue = -1;
    for (int k = s.firstToken; k < s.lastToken && cue < 0; k++) {
      if (data.language.joinsADocument(t.key[k])) {
        cue = k;
      }
    }
    if (cue < 0) {
      return;
    }
    Set<String> joined = new LinkedHashSet<>();
    int kindEnd = joinedKindEnd(t, cue + 1, Math.min(s.lastToken, cue + 1 + JOIN_REACH));
    if (kindEnd >= 0) {
      // «A and B have agreed to join the Declaration»: the subject joins; a list may follow a colon or open the next sentence.
      joined.addAll(listEndingAt(ctx, s.firstToken, cue));
      if (t.gapsHave(kindEnd, s.lastToken, ':')) {
        joined.addAll(list(ctx, kindEnd, s.lastToken));
      }
      if (next != null) {
        joined.addAll(list(ctx, next.firstToken, next.lastToken));
      }
    } else if (joinedKindEnd(t, Math.max(s.firstToken, cue - JOIN_REACH), cue) >= 0) {
      // «К Заявлению присоединились A, B и C», «This statement was joined by A and B»; «К декларации присоединились
      // 15 государств, в том числе A, B …»: a count of the joiners may come first, the list after its «including».
      joined.addAll(list(ctx, afterACount(t, cue + 1, s.lastToken), s.lastToken));
    }
    sides.addAll(joined);
  }

  /** Most words of a count of the joiners before its «including» («15 государств, в том числе»; «more than 30 countries, including»). */
  private static final int COUNT_WORDS = 5;

  /**
   * Where the list of joiners starts in tokens {@code [from, to)}: after an {@link WordClass#INCLUDING_MARKER} that
   * ends within {@value #COUNT_WORDS} words of {@code from}, a comma between them (the count of the joiners that
   * comes first); else {@code from}.
   */
  private int afterACount(Tokens t, int from, int to) {
    for (int end = from + 1; end < Math.min(to, from + COUNT_WORDS + 1); end++) {
      if (t.gapHas(end, '.') || t.gapHas(end, ':')) {
        return from;
      }
      if (words.phraseEndsAt(WordClass.INCLUDING_MARKER, t, from + 1, end) && t.gapsHave(from + 1, end, ',')) {
        return end;
      }
    }
    return from;
  }

  /** The end of a kind of document other than a treaty in tokens {@code [from, to)}, or -1. */
  private int joinedKindEnd(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, to);
      if (kind != null) {
        return kind.entry.value == DocumentKind.AGREEMENT || kind.entry.value == DocumentKind.MEMORANDUM ? -1 : kind.last;
      }
    }
    return -1;
  }

  /** Most words of a group's name before the bracket that lists its members («The Trilateral Mechanism (»). */
  private static final int GROUP_WORDS = 4;

  /**
   * «Трехсторонний механизм (A, B и C) призывает …», "The following is a joint statement by the Trilateral
   * Mechanism (A, B, and C) and the Quad (D, E, F, and G) on …": a group that speaks, named by a few words
   * with a capital first, lists its members in a bracket right after its name. Where nothing else names
   * the sides, in an opening paragraph, such a group that opens the sentence, or that follows a kind of
   * document and the word of its agent ("by"), gives the members of its bracket, two parties or more and
   * nothing else, as the sides; another group joined to it by «and» gives its members too.
   */
  private void bracketedGroups(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    Set<Layout.Block> opening = openingBlocks(ctx, PREAMBLE_WINDOW);
    for (Context.Sentence s : ctx.sentences) {
      if (!opening.contains(s.block)) {
        continue;
      }
      int to = Math.min(s.lastToken, t.size);
      int group = s.firstToken;
      for (int k = s.firstToken; k + 1 < to && group == s.firstToken; k++) {
        PrefixLexicon.Hit<DocumentKind> kind = t.isCapitalized(k) ? null : data.documentKinds.longestAt(t, k, to);
        if (kind != null && kind.first == k && kind.last + 1 < to && data.language.introducesTheAgent(t.key[kind.last])) {
          group = kind.last + 1;
        }
      }
      Set<String> members = new LinkedHashSet<>();
      while (group < to) {
        int close = groupMembers(ctx, group, to, members);
        if (close < 0 || close >= to || !words.is(WordClass.AND, t.key[close])) {
          break;
        }
        group = close + 1;
      }
      if (members.size() >= 2) {
        sides.addAll(members);
        return;
      }
    }
  }

  /**
   * {@link #bracketedGroups} for the group whose name opens at token {@code from} (an article may stand
   * first): adds its bracket's members to {@code members} and returns the token after the bracket, or -1.
   */
  private int groupMembers(Context ctx, int from, int to, Set<String> members) {
    Tokens t = ctx.tokens;
    int k = from < to && data.language.isArticle(t.key[from]) ? from + 1 : from;
    if (k >= to || !t.isCapitalized(k)) {
      return -1;
    }
    int open = k + 1;
    while (open < Math.min(to, k + GROUP_WORDS) && t.gapBefore[open] == Tokens.GAP_SPACE) {
      open++;
    }
    if (open >= to || !t.gapHas(open, '(') || t.gapHas(open, ')')) {
      return -1;
    }
    int close = open + 1;
    while (close < to && !t.gapHas(close, ')')) {
      close++;
    }
    Set<String> listed = list(ctx, open, close);
    if (listed.isEmpty()) {
      return -1;
    }
    members.addAll(listed);
    return close;
  }

  /**
   * The parties of a list in tokens {@code [from, to)}: the first within {@link #LIST_LEAD_WORDS} words
   * of {@code from}, each next one joined to it by commas, «and» or an article alone, the last at the
   * end; empty when the stretch holds anything else, or fewer than two parties.
   */
  private Set<String> list(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    Set<String> ids = new LinkedHashSet<>();
    int last = -1;
    for (int m = ctx.firstMentionFrom(from); m < ctx.mentionsInOrder.size(); m++) {
      Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
      if (found.last > to) {
        break;
      }
      if (last < 0 ? found.first - from > LIST_LEAD_WORDS : !listJoiners(t, last, found.first)) {
        return Set.of();
      }
      ids.add(found.value.id);
      last = found.last;
    }
    return ids.size() >= 2 && last == to ? ids : Set.of();
  }

  /**
   * Whether tokens {@code [from, to)} only join two items of a list: {@link #onlyJoiners}, a coordinator («…, а также
   * C»), or the capitalised words of an official name the lexicon knows only by its short form («…, Republic of Ireland»).
   */
  private boolean listJoiners(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.isCapitalized(k) && !onlyJoiners(t, k, k + 1) && !words.is(WordClass.COORDINATOR, t.key[k])) {
        return false;
      }
    }
    return true;
  }

  /** The parties joined into one list that ends within {@link #JOIN_REACH} words of token {@code to}, after {@code from}. */
  private Set<String> listEndingAt(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    List<Context.Found<PartyInfo>> mentions = ctx.mentionsInOrder;
    int m = ctx.firstMentionFrom(to) - 1;
    if (m < 0 || mentions.get(m).first < from || to - mentions.get(m).last > JOIN_REACH) {
      return Set.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    ids.add(mentions.get(m).value.id);
    for (int k = m - 1; k >= 0 && mentions.get(k).first >= from && onlyJoiners(t, mentions.get(k).last, mentions.get(k + 1).first); k--) {
      ids.add(mentions.get(k).value.id);
    }
    return ids;
  }

  /**
   * «Совместное коммюнике по итогам официального визита Премьер-министра Республики Индия в
   * Российскую Федерацию» over an opening that names the guest's head alone: a joint statement or
   * communiqué has two sides or more, so where one state alone was found, the other states its
   * title names are the others; a page with no title has its headline naming the joint text for one.
   */
  private void titleStatesBesideOne(Context ctx, Set<String> sides) {
    if (sides.size() != 1
        || ctx.layout.kind != dev.entente.model.DocumentKind.JOINT_STATEMENT && ctx.layout.kind != dev.entente.model.DocumentKind.COMMUNIQUE) {
      return;
    }
    PartyInfo one = data.partiesById.get(sides.iterator().next());
    if (one == null || one.kind != PartyKind.STATE) {
      return;
    }
    int from = ctx.titleFirstToken;
    int to = ctx.titleLastToken;
    Set<String> title = new LinkedHashSet<>();
    if (from >= 0) {
      partiesBetween(ctx, from, to, title);
    } else {
      headlineStates(ctx, title);
    }
    for (String id : title) {
      PartyInfo info = data.partiesById.get(id);
      if (info != null && info.kind == PartyKind.STATE) {
        sides.add(id);
      }
    }
  }

  /**
   * "Joint Statement of Foreign Ministers Meeting of A, B and C" over an opening whose officials name two
   * of the states alone (the third's minister written without a comma before the name): a joint text's
   * title that lists the states as one run, joined by commas and «and» alone, names them all, so where
   * the states found are all in such a run of the title, the run's other states are sides too.
   */
  private void titleListBeyondTheSides(Context ctx, Set<String> sides) {
    if (sides.size() < 2 || ctx.titleFirstToken < 0
        || ctx.layout.kind != DocumentKind.JOINT_STATEMENT && ctx.layout.kind != DocumentKind.COMMUNIQUE) {
      return;
    }
    Tokens t = ctx.tokens;
    Set<String> run = new LinkedHashSet<>();
    Context.Found<PartyInfo> previous = null;
    for (int m = ctx.firstMentionFrom(ctx.titleFirstToken); m < ctx.mentionsInOrder.size(); m++) {
      Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
      if (found.last > ctx.titleLastToken) {
        break;
      }
      if (found.value.kind != PartyKind.STATE) {
        run.clear();
        previous = null;
        continue;
      }
      if (previous != null && !onlyJoiners(t, previous.last, found.first)) {
        if (run.containsAll(sides)) {
          break;
        }
        run.clear();
      }
      run.add(found.value.id);
      previous = found;
    }
    if (run.size() > sides.size() && run.containsAll(sides)) {
      sides.addAll(run);
    }
  }

  /**
   * «Полный текст совместного заявления о … между A и B ⏎ …»: the states named on the first line of a
   * page with no title of its own, where that line is a headline (no stop at its end) that names a
   * kind of document; read from the words, as a headline is the site's and holds no mention.
   */
  private void headlineStates(Context ctx, Set<String> states) {
    Tokens t = ctx.tokens;
    String text = ctx.text.text();
    int lineEnd = text.indexOf('\n');
    int end = t.firstAtOrAfter(lineEnd < 0 ? text.length() : lineEnd);
    if (end == 0 || text.charAt(t.end[end - 1] - 1) == '.' || kindEndWithin(t, 0, end) < 0) {
      return;
    }
    statesInWords(t, 0, end, states);
  }

  /**
   * Adds to {@code states} the states named in tokens {@code [from, to)}, read from the words: a line
   * the text's own parties leave out (a headline, a heading) holds no mention. A common word that may
   * name a state («мир») counts only with its capital, and a place after a preposition not at all.
   */
  private void statesInWords(Tokens t, int from, int to, Set<String> states) {
    for (int k = from; k < to; ) {
      PhraseMatcher.Match<PartyInfo> match = data.parties.longestAt(t, k, to);
      if (match == null) {
        k++;
        continue;
      }
      if (namesAState(t, match.value, match.first, match.last, to)) {
        states.add(match.value.id);
      }
      k = match.last;
    }
  }

  /** Opening sentences searched for the head of the other side of a joint text. */
  private static final int OTHER_HEAD_OPENING = 6;

  /**
   * «JOINT STATEMENT WITH THE PRIME MINISTER OF B ⏎ … The Prime Minister of A, <name>, and the Prime
   * Minister of B, <name>, today jointly announced …»: a joint statement or communiqué has two sides
   * or more (one alone is an organisation's own text), so where one state alone was found, a head of
   * state or government of one other party whom the opening sentences name is the other side. Heads of
   * two other parties or more leave the sides as they are: which of them adopts is not told.
   */
  private void headBesideOne(Context ctx, List<PersonRecognizer.Person> people, Set<String> sides) {
    if (sides.size() != 1 || ctx.sentences.isEmpty()
        || ctx.layout.kind != dev.entente.model.DocumentKind.JOINT_STATEMENT && ctx.layout.kind != dev.entente.model.DocumentKind.COMMUNIQUE) {
      return;
    }
    PartyInfo one = data.partiesById.get(sides.iterator().next());
    if (one == null || one.kind != PartyKind.STATE) {
      return;
    }
    int openingEnd = ctx.sentences.get(Math.min(OTHER_HEAD_OPENING, ctx.sentences.size()) - 1).lastToken;
    Set<String> others = new LinkedHashSet<>();
    for (PersonRecognizer.Person person : people) {
      PartyInfo party = person.party == null ? null : data.partiesById.get(person.party);
      if (party == null || party == one || person.role == null || !isHead(person.role)
          || party.kind != PartyKind.STATE && party.kind != PartyKind.ORGANIZATION
          || person.mentions.get(0).start() >= openingEnd || attends(ctx, person)) {
        continue;
      }
      others.add(party.id);
    }
    if (others.size() == 1) {
      sides.addAll(others);
    }
  }

  /** Opening sentences, a page's heading lines among them, searched for a colleague of another state. */
  private static final int COLLEAGUE_OPENING = 12;

  /**
   * «… по итогам встречи президента A и его B-ского коллеги <name>», «переговоры российского президента и его
   * турецкого коллеги», «… with his B counterpart»: where one state alone was found, an opening sentence that names
   * it and then, after «и» or the counterpart's preposition (a possessive may stand between), a colleague
   * ({@link WordClass#COLLEAGUE_NOUN}) whom another state's adjective qualifies names that state as the other side.
   */
  private void colleagueBesideOne(Context ctx, Set<String> sides) {
    if (sides.size() != 1 || ctx.sentences.isEmpty()) {
      return;
    }
    String one = sides.iterator().next();
    PartyInfo info = data.partiesById.get(one);
    if (info == null || info.kind != PartyKind.STATE) {
      return;
    }
    Tokens t = ctx.tokens;
    int openingEnd = ctx.sentences.get(Math.min(COLLEAGUE_OPENING, ctx.sentences.size()) - 1).lastToken;
    int oneNamed = -1;
    for (int m = 0; m < ctx.mentionsInOrder.size(); m++) {
      Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
      if (found.first >= openingEnd) {
        return;
      }
      Context.Sentence s = ctx.sentenceOf(found.first);
      if (found.value.id.equals(one)) {
        oneNamed = s == null ? -1 : s.firstToken;
      } else if (s != null && oneNamed == s.firstToken && found.value.kind == PartyKind.STATE
          && found.last < s.lastToken && words.is(WordClass.COLLEAGUE_NOUN, t.key[found.last])
          && joinedAsAColleague(t, s.firstToken, found.first)) {
        sides.add(found.value.id);
        return;
      }
    }
  }

  /** Whether «и» or the counterpart's preposition stands right before token {@code at}, or one word (a possessive) before it. */
  private boolean joinedAsAColleague(Tokens t, int from, int at) {
    for (int k = at - 1; k >= Math.max(from, at - 2); k--) {
      if (t.gapBefore[k + 1] != Tokens.GAP_SPACE) {
        return false;
      }
      if (words.is(WordClass.AND, t.key[k]) || words.is(WordClass.COUNTERPART_PREPOSITION, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * «Russian President A and his Mongolian counterpart B signed a joint political declaration»: where
   * one side alone was found, a lead line or the first sentence that reports two sides or more adopting
   * a joint text ({@link #leadReport}), that one among them, names the others.
   */
  private void reportedBesideOne(Context ctx, List<PersonRecognizer.Person> people, Set<String> sides) {
    Set<String> reported = new LinkedHashSet<>();
    leadReport(ctx, people, reported);
    if (reported.containsAll(sides)) {
      sides.addAll(reported);
    }
  }

  /**
   * «… говорится в совместном заявлении, опубликованном на сайте президента A»: where one side alone was
   * found, an opening sentence whose states, one list, signed, adopted or are said to speak in a joint text
   * ({@link #statesOfASignedText}), that one among them, names the others.
   */
  private void signedBesideOne(Context ctx, Set<String> sides) {
    Set<String> signed = new LinkedHashSet<>();
    statesOfASignedText(ctx, signed);
    if (signed.containsAll(sides)) {
      sides.addAll(signed);
    }
  }

  /** Most words after «between» that name the two sides of a relationship. */
  private static final int BETWEEN_REACH = 12;

  /**
   * «President A and His Majesty King B of Jordan met today … and reaffirmed the … friendship
   * between the United States and Jordan»: where a head who opens the text has no party and one
   * side is known, the other state of the relationship his sentence (or the next in its paragraph)
   * names «between» the known side and it is the other side; where no side is known, both states
   * so named are the sides («Prime Minister A and Prime Minister B met … the partnership between
   * C and D»).
   */
  private void relationshipBetween(Context ctx, List<Context.Sentence> headed, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (Context.Sentence first : headed) {
      int at = ctx.sentences.indexOf(first);
      for (int n = at; n >= 0 && n < ctx.sentences.size() && n <= at + 1; n++) {
        Context.Sentence s = ctx.sentences.get(n);
        if (s.block != first.block) {
          break;
        }
        for (int i = s.firstToken; i < s.lastToken; i++) {
          if (!words.is(WordClass.BETWEEN, t.key[i])) {
            continue;
          }
          Set<String> two = new LinkedHashSet<>();
          partiesBetween(ctx, i + 1, Math.min(s.lastToken, i + BETWEEN_REACH), two, true);
          if (two.size() == 2 && two.containsAll(sides)) {
            for (String id : two) {
              PartyInfo info = data.partiesById.get(id);
              if (info != null && info.kind == PartyKind.STATE) {
                sides.add(id);
              }
            }
            return;
          }
        }
      }
    }
  }

  /**
   * The states named in tokens [from, to), lines that go on with the title: every one is an author,
   * an envoy's state too («… И ОСОБОГО ПРЕДСТАВИТЕЛЯ ПРЕЗИДЕНТА РЕСПУБЛИКИ МОЛДОВА»), but not one the
   * heading names only as its topic («КОМИССИИ ПО УРЕГУЛИРОВАНИЮ ГРУЗИНО-ОСЕТИНСКОГО КОНФЛИКТА»).
   */
  private void headingLineStates(Context ctx, int from, int to, Set<String> sides) {
    int topicFrom = Math.max(0, Math.min(from, ctx.titleFirstToken));
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first >= from && found.last <= to
          && (found.value.kind == PartyKind.STATE || found.value.kind == PartyKind.TERRITORY)
          && !namedAsTopic(ctx, found, topicFrom, to)) {
        sides.add(found.value.id);
      }
    }
  }

  /** Most lines under the title that may go on with it. */
  private static final int TITLE_LINES = 2;

  /**
   * The end of the title with the lines of their own under it that go on with it, none ending in a
   * stop, a comma or a colon: a line that opens in lower case («Совместное заявление Президента
   * Республики Казахстан ⏎ и Президента Российской Федерации», «Совместная декларация ⏎ о … между A
   * и B»), a line in capitals under a title in capitals («СОВМЕСТНОЕ ЗАЯВЛЕНИЕ ⏎ РЕСПУБЛИКИ
   * КАЗАХСТАН И РОССИЙСКОЙ ФЕДЕРАЦИИ»), or a line that opens with a role or a party under a title
   * that is a kind of document alone («Совместное заявление ⏎ Республики Корея и Монголии»). Unless
   * {@code topics}, it stops before a line that opens with the preposition of a topic («о
   * сотрудничестве с A»), which names what the text is about, not who adopts it.
   */
  private int headingEnd(Context ctx, boolean topics) {
    Tokens t = ctx.tokens;
    int end = ctx.titleLastToken;
    boolean capitals = end > ctx.titleFirstToken && t.isUpperCase(end - 1) && t.key[end - 1].length() > 1;
    PrefixLexicon.Hit<?> kind = data.documentKinds.longestAt(t, ctx.titleFirstToken, ctx.titleLastToken);
    boolean kindAlone = kind != null && kind.last == ctx.titleLastToken;
    String text = ctx.text.text();
    int lines = 0;
    boolean joinedLine = false;
    for (Context.Sentence s : ctx.sentences) {
      if (s.lastToken <= end) {
        continue;
      }
      // «МЕЖДУ РОССИЙСКОЙ ФЕДЕРАЦИЕЙ ⏎ И ⏎ КОРОЛЕВСТВОМ НОРВЕГИЯ»: a line of «и» alone joins the lines round it
      // into one, and with the line after it counts as none.
      boolean joinerLine = s.lastToken - s.firstToken == 1 && words.is(WordClass.AND, t.key[s.firstToken]);
      // «… между Союзом Советских ⏎ Социалистических Республик и Демократической ⏎ Республикой Мадагаскар»: a line
      // that a party's name wraps into goes on with the title and counts as no line of its own.
      boolean wrappedName = s.firstToken < t.size && wrapsAPartysName(ctx, s.firstToken);
      if (s.firstToken != end || lines >= TITLE_LINES && !joinerLine && !joinedLine && !wrappedName || s.firstToken >= Math.min(s.lastToken, t.size)
          || !isHeadingLine(ctx, s) || ",:;".indexOf(text.charAt(s.end - 1)) >= 0) {
        break;
      }
      int first = s.firstToken;
      if (!topics && words.is(WordClass.TOPIC_PREPOSITION, t.key[first])) {
        break;
      }
      boolean goesOn = !t.isCapitalized(first) || wrappedName
          || capitals && t.isUpperCase(first) && t.isUpperCase(s.lastToken - 1)
          || kindAlone && lines == 0 && (startsParty(ctx, first) || data.lexicons.roles.longestAt(t, first, s.lastToken) != null);
      if (!goesOn) {
        break;
      }
      if (!joinerLine && !joinedLine && !wrappedName) {
        lines++;
      }
      joinedLine = joinerLine;
      end = s.lastToken;
    }
    return end;
  }

  /**
   * «По итогам переговоров Председатель КНР и Президент России приняли настоящее Совместное
   * заявление»: heads of two states or more, named by title and state alone, before the verb of
   * adoption of an opening sentence adopt the text for their states; where none stands before it,
   * the heads after it do («… состоялась встреча Президента A и Президента B»).
   */
  private void headsByTitle(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    // «1. The Prime Minister of A and the Prime Minister of B met in …» under a preamble of heading lines only.
    Layout.Block firstClause = ctx.layout.clauses.isEmpty() || hasSubstantivePreamble(ctx) ? null : ctx.layout.clauses.get(0);
    Set<String> visit = null;
    Set<Layout.Block> opening = openingBlocks(ctx, PREAMBLE_WINDOW);
    for (Context.Sentence s : ctx.sentences) {
      if (s.block.number != null ? s.block != firstClause : !opening.contains(s.block)) {
        continue;
      }
      int verb = -1;
      boolean visits = false;
      for (int k = s.firstToken; k < s.lastToken && verb < 0; k++) {
        if (!t.isCapitalized(k) && words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[k])) {
          verb = k;
        }
        visits |= !t.isCapitalized(k) && words.startsWithAny(WordClass.VISIT_VERB_PREFIX, t.key[k]);
      }
      // «The Deputy Prime Minister of A, the Minister for Foreign Affairs of B and …:» over «Do hereby
      // declare»: a subject that ends in a colon names who adopts the text; its verb opens a later paragraph.
      if (verb < 0 && endsInAColon(ctx, s)) {
        Set<String> subject = headsNamedByTitle(ctx, s, s.firstToken, s.lastToken, false);
        if (subject.size() < 2) {
          subject = headsNamedByTitle(ctx, s, s.firstToken, s.lastToken, true);
        }
        if (subject.size() >= 2) {
          sides.addAll(subject);
          return;
        }
      }
      if (verb < 0) {
        if (visit == null && visits) {
          visit = headsNamedByTitle(ctx, s, s.firstToken, s.lastToken, false);
        }
        continue;
      }
      Set<String> heads = headsNamedByTitle(ctx, s, s.firstToken, verb, false);
      // «5 мая в Ереване состоялась встреча Президента A и Президента B»: after a verb of meeting, the
      // heads it names are the sides where none stands before it.
      if (heads.isEmpty()) {
        heads = headsNamedByTitle(ctx, s, verb + 1, s.lastToken, false);
      }
      // «The Minister of Foreign Affairs of A and the Minister of Foreign Affairs of B met …»: officials of
      // two states or more named by title before the verb speak for them, beside any head or government
      // that stands among them («At the invitation of the Government of A, the Minister … of B, the Deputy
      // Prime Minister of C … and the Minister … of A met»).
      Set<String> officials = headsNamedByTitle(ctx, s, s.firstToken, verb, true);
      if (officials.size() >= 2) {
        heads.addAll(officials);
      }
      // «The 12th Meeting of the Joint Commission between A and B was held in …»: the states a subject
      // names after «between» are the sides of the meeting that adopts the text.
      for (int k = s.firstToken; heads.size() < 2 && k < verb; k++) {
        if (words.is(WordClass.BETWEEN, t.key[k])) {
          Set<String> between = new LinkedHashSet<>();
          partiesBetween(ctx, k + 1, verb, between, true);
          if (between.size() >= 2) {
            heads = between;
          }
        }
      }
      // The first sentence with a verb of adoption is the one that tells who adopts.
      if (heads.size() >= 2) {
        sides.addAll(heads);
        summitOrganisation(ctx, s, verb + 1, sides);
        return;
      }
      break;
    }
    // «The Prime Minister of A paid an official visit to B at the invitation of the Prime Minister of B»:
    // where no sentence before the first verb of adoption names two heads by title («The two Presidents
    // agreed …» names none), the heads of a visit that opens a joint text are its sides.
    DocumentKind kind = ctx.layout.kind;
    if (visit != null && visit.size() >= 2
        && (kind == DocumentKind.JOINT_STATEMENT || kind == DocumentKind.COMMUNIQUE || kind == DocumentKind.DECLARATION)) {
      sides.addAll(visit);
    }
  }

  /** Most words between a summit's head and the organisation it is the summit of («Summit of Heads of State of MERCOSUR»). */
  private static final int SUMMIT_OF_REACH = 6;

  /**
   * «… met at the Fourteenth Summit meeting of the South Asian Association for Regional Cooperation
   * (SAARC)», «… gathered in Asunción …, on the occasion of the 52nd Summit of Heads of State of
   * MERCOSUR»: heads who meet at an organisation's summit adopt the text with the organisation. The
   * first summit after the verb, in tokens {@code [from, s.lastToken)}, decides.
   */
  private void summitOrganisation(Context ctx, Context.Sentence s, int from, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (int k = from; k < s.lastToken; k++) {
      PrefixLexicon.Hit<List<Lexicons.Head>> head = t.isCapitalized(k) ? data.lexicons.heads.longestAt(t, k, s.lastToken) : null;
      if (head == null || head.entry.value.stream().noneMatch(h -> h.concept == Lexicons.Concept.EVENT && h.kind == EventKind.SUMMIT)) {
        continue;
      }
      int m = ctx.firstMentionFrom(head.last);
      if (m >= ctx.mentionsInOrder.size()) {
        return;
      }
      Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
      if (found.value.kind != PartyKind.ORGANIZATION || found.last > s.lastToken || found.first - head.last > SUMMIT_OF_REACH
          || found.first == head.last || !words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[head.last]) && !isMeetingWord(t, head.last)) {
        return;
      }
      for (int j = head.last; j < found.first; j++) {
        if (!t.isCapitalized(j) && !onlyJoiners(t, j, j + 1) && !isMeetingWord(t, j)) {
          return;
        }
      }
      sides.add(found.value.id);
      return;
    }
  }

  /** Whether the lower-case word at {@code k} heads an event («meeting» after «Summit»). */
  private boolean isMeetingWord(Tokens t, int k) {
    PrefixLexicon.Hit<List<Lexicons.Head>> head = data.lexicons.heads.longestAt(t, k, k + 1);
    return head != null && head.entry.value.stream().anyMatch(h -> h.concept == Lexicons.Concept.EVENT);
  }

  /**
   * The states of sentence {@code s} named in tokens {@code [from, to)} right after a head's title
   * written with a capital («Президента Армении», «Премьер-министр Монголии»), or after it and the
   * words that join it to its party («the Prime Minister of India»); with {@code officials}, after
   * any official's title so joined («the Minister of Foreign Affairs of Japan»).
   */
  private Set<String> headsNamedByTitle(Context ctx, Context.Sentence s, int from, int to, boolean officials) {
    Tokens t = ctx.tokens;
    Set<String> heads = new LinkedHashSet<>();
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first >= to) {
        break;
      }
      int r = found.first - 1;
      if (found.first <= Math.max(from, s.firstToken) || found.value.kind != PartyKind.STATE) {
        continue;
      }
      if (r > s.firstToken && t.hyphenAfter[r - 1]) {
        r--;
      }
      if (!officials && t.isCapitalized(r) && words.startsWithAny(WordClass.HEAD_ROLE_PREFIX, t.key[r]) && isHead(t.key[r])) {
        heads.add(found.value.id);
        continue;
      }
      PrefixLexicon.Hit<String> role = roleJoinedTo(t, found.first, Math.max(from, s.firstToken));
      // «At the invitation of the Government of A, the President of B …»: a government speaks for its state as its head does.
      int link = data.language.roleLinkBefore(t, found.first);
      boolean government = link > Math.max(from, s.firstToken) && words.is(WordClass.PARTY_BODY, t.key[link - 1])
          && t.isCapitalized(link - 1);
      // «The Presidents of A, <name>; of B, <name>; …»: after a semicolon, «of» alone goes on with the role before it.
      boolean sharedRole = !heads.isEmpty() && link > Math.max(from, s.firstToken) && t.gapHas(link, ';');
      if (role != null && (officials || isHead(role.entry.value)) || government || sharedRole) {
        heads.add(found.value.id);
      }
    }
    return heads;
  }

  /**
   * «Statement by the Chairperson of the African Union Commission on the Situation in Sudan»: a title
   * that names its author by a role after the word of authorship names the side; the parties after
   * it are what the text is about.
   */
  private void titleAuthor(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first >= ctx.titleLastToken) {
        return;
      }
      if (found.first <= ctx.titleFirstToken || found.last > ctx.titleLastToken) {
        continue;
      }
      PrefixLexicon.Hit<String> role = roleJoinedTo(t, found.first, ctx.titleFirstToken);
      int by = role == null ? -1 : role.first - 1;
      if (by > ctx.titleFirstToken && data.language.isArticle(t.key[by])) {
        by--;
      }
      if (by > ctx.titleFirstToken && data.language.introducesTheAgent(t.key[by])) {
        sides.add(found.value.id);
      }
      return;
    }
  }

  /**
   * «Решение Совета глав государств СНГ о заявлении … о ситуации вокруг Афганистана», «Communiqué of the
   * Pacific Islands Forum on …»: a title that opens with a kind of document and goes on with an
   * organisation (or one of its organs) as the kind's complement names its author; the parties after
   * it are what the text is about.
   */
  private void titleOrganisation(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, ctx.titleFirstToken, ctx.titleLastToken);
    int m = kind == null ? -1 : ctx.firstMentionFrom(kind.last);
    if (m < 0 || m >= ctx.mentionsInOrder.size()) {
      return;
    }
    Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
    // «Joint Statement of the European Union and Japan»: an organisation that opens a list of parties is one side of several.
    Context.Found<PartyInfo> next = m + 1 < ctx.mentionsInOrder.size() ? ctx.mentionsInOrder.get(m + 1) : null;
    if (next != null && next.last <= ctx.titleLastToken && (joined(t, found.last, next.first) || onlyJoiners(t, found.last, next.first))) {
      return;
    }
    if (found.value.kind == PartyKind.ORGANIZATION && found.last <= ctx.titleLastToken
        && (found.first == kind.last || data.language.roleLinkBefore(t, found.first) == kind.last)) {
      sides.add(found.value.id);
    }
  }

  /** The most words of a role joined to its party («Minister for Foreign Affairs and Trade»). */
  private static final int ROLE_WORDS = 6;

  /**
   * The capitalised role that the language's joining words tie to the party at token {@code party}
   * («the Prime Minister of India», «the Minister of Foreign Affairs of the Republic of Korea»), its
   * first word at or after {@code from}; null where none stands there.
   */
  private PrefixLexicon.Hit<String> roleJoinedTo(Tokens t, int party, int from) {
    int link = data.language.roleLinkBefore(t, party);
    for (int k = Math.max(from, link - ROLE_WORDS); link > from && k < link; k++) {
      PrefixLexicon.Hit<String> role = t.isCapitalized(k) ? data.lexicons.roles.longestAt(t, k, link) : null;
      if (role != null && (role.last == link || portfolio(t, role.last, link))) {
        return role;
      }
    }
    return null;
  }

  /**
   * Whether tokens {@code [from, to)} name a role's portfolio after its title: capitalised words and
   * the prepositions and «and» between them («Minister» + «for Political Affairs», «Secretary» + «of
   * Foreign Affairs»).
   */
  private boolean portfolio(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.isCapitalized(k) && !words.is(WordClass.NAME_PREPOSITION, t.key[k]) && !words.is(WordClass.AND, t.key[k])) {
        return false;
      }
    }
    return to > from && t.isCapitalized(to - 1);
  }

  /** The fewest spaces between two columns of a signature block run together on one line. */
  private static final int COLUMN_GAP = 3;

  /**
   * «За Азербайджанскую Республику За Республику Молдова ⏎ За Республику Армения …» under a council's
   * decision: the states of a signature block, two or more, each after the capitalised word that
   * opens a line of the block or right after the state before it, sign the text beside the body
   * that adopts it.
   */
  private void signatureBlock(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    Set<String> signing = new LinkedHashSet<>();
    int previousEnd = -1;
    int columnEnd = -1;
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      int k = found.first - 1;
      // «За Правительство      За Правительство ⏎ Республики Узбекистан      Королевства Таиланд»: two columns run
      // together (or the reader has set the columns apart); the state that opens the line under «За Правительство», and
      // each state right after it across a column's gap.
      boolean state = found.value.kind == PartyKind.STATE || found.value.kind == PartyKind.TERRITORY;
      boolean underHeading = state && k >= 1 && t.gapHas(found.first, '\n')
          && words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t.key[k]) && words.is(WordClass.SIGNING_FOR, t.key[k - 1])
          && t.isCapitalized(k - 1);
      boolean besideColumn = state && found.first == columnEnd && t.gapText(found.first).length() >= COLUMN_GAP;
      if (underHeading || besideColumn) {
        signing.add(found.value.id);
        columnEnd = found.last;
        continue;
      }
      // «За Правительство Республики Армения»: the state's government or leadership signs for it.
      if (k > 0 && words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t.key[k]) && !t.gapHas(k + 1, '\n')) {
        k--;
      }
      // «For the Government of the Republic of Indonesia», «For the People's Republic of China»: the body
      // and the words that join it to the state, and an article, stand between.
      int link = data.language.roleLinkBefore(t, found.first);
      if (link > 0 && words.is(WordClass.PARTY_BODY, t.key[link - 1]) && !t.gapHas(found.first, '\n')) {
        k = link - 2;
      }
      if (k > 0 && data.language.isArticle(t.key[k]) && !t.gapHas(k + 1, '\n')) {
        k--;
      }
      if (k < 0 || found.value.kind != PartyKind.STATE && found.value.kind != PartyKind.TERRITORY
          || !words.is(WordClass.SIGNING_FOR, t.key[k]) || !t.isCapitalized(k)) {
        continue;
      }
      if (k == 0 || t.gapHas(k, '\n') || k == previousEnd) {
        signing.add(found.value.id);
        previousEnd = found.last;
      }
    }
    if (signing.size() >= 2) {
      sides.addAll(signing);
    }
  }

  /** Opening sentences searched for a news page's report of who adopted the text. */
  private static final int REPORT_OPENING = 4;
  /** Most words between the end of the verb after a collective subject and the kind of document it adopts («issued a joint statement»). */
  private static final int REPORT_REACH = 2;

  /**
   * «По случаю визита … вьетнамской делегации в Республику Куба стороны выступили с совместным
   * заявлением», «After talks between A and B, the two leaders issued a joint statement»: a news page
   * reports in its own words who adopted the text. Where nothing else names the sides, the states
   * that an opening sentence names before a collective subject of the sides (groups.tsv) which adopts,
   * signs or issues a joint statement, communiqué or declaration are its sides, two or more.
   */
  private void reportedAdoption(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (int n = 0; n < Math.min(REPORT_OPENING, ctx.sentences.size()); n++) {
      Context.Sentence s = ctx.sentences.get(n);
      for (int k = s.firstToken; k < Math.min(s.lastToken, t.size); k++) {
        PrefixLexicon.Hit<List<String>> group = data.groups.longestAt(t, k, s.lastToken);
        if (group == null || !group.entry.value.contains("SIGNATORIES") || !adoptsAJointText(t, group.last, s.lastToken)) {
          continue;
        }
        Set<String> states = new LinkedHashSet<>();
        for (int m = ctx.firstMentionFrom(s.firstToken); m < ctx.mentionsInOrder.size(); m++) {
          Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
          if (found.last > group.first) {
            break;
          }
          if (found.value.kind == PartyKind.STATE) {
            states.add(found.value.id);
          }
        }
        if (states.size() >= 2) {
          sides.addAll(states);
        }
        return;
      }
    }
  }

  /**
   * «… в рамках встречи Президента Республики A …, … B … и Президента C … было принято совместное
   * заявление трех стран. ⏎ Документ гласит:», "The two leaders of A and B issued a joint statement
   * after their talks": a news page that reprints the text may name its sides only in its lead, the
   * site's own lines above it. Where nothing else names them, the states that the sentence of a lead
   * line names before its act of adopting, signing or issuing a joint statement, communiqué or
   * declaration are the sides, two or more, with the states of the people named there («Путин и Си
   * Цзиньпин подписали совместное заявление»: by the directory of office holders where the line names
   * no state, for a surname written alone too). A headline on the text's first line, or its first
   * sentence, counts as a lead line. They stay out of the document's parties: the lead is the site's
   * wrapper, not the text.
   */
  private void leadReport(Context ctx, List<PersonRecognizer.Person> people, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (Range line : ctx.layout.leadLines) {
      if (leadReportIn(ctx, people, t.firstAtOrAfter(line.start()), t.firstAtOrAfter(line.end()), sides)) {
        return;
      }
    }
    // «Путин и Си Цзиньпин подписали совместное заявление ⏎ …»: a page's headline on the first line, or its
    // first sentence, which opens a report as its lead; past an agency's dateline that stands as a sentence of
    // its own, a city in capitals opening it («МОСКВА, 5 мая /ТАСС/. По итогам переговоров …»), the next one.
    for (int n = 0; n < Math.min(2, ctx.sentences.size()); n++) {
      Context.Sentence s = ctx.sentences.get(n);
      int to = Math.min(s.lastToken, t.size);
      if (leadReportIn(ctx, people, s.firstToken, to, sides)) {
        return;
      }
      if (s.firstToken >= to || !t.isUpperCase(s.firstToken) || t.key[s.firstToken].length() < 2) {
        break;
      }
    }
    if (ctx.titleFirstToken < 0 && ctx.layout.leadLines.isEmpty()) {
      topLinesReport(ctx, people, sides);
    }
  }

  /**
   * «О беседе Министра иностранных дел A с Президентом B ⏎ СООБЩЕНИЕ ДЛЯ СМИ ⏎ …», «Об участии заместителя
   * Министра иностранных дел A в …»: a ministry's press release, its rubric a line of its own under a title
   * «about» its official's doings, speaks for the party of the official the title names first (titles in a
   * row, «спецпредставителя Президента A»), and those joined to it («министров A и B»); the head that official
   * meets («с Президентом C») is what the release reports on.
   */
  private void pressReleaseAuthor(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    List<Range> lines = ctx.topLines(TOP_LINES);
    for (int n = 1; n < lines.size(); n++) {
      Range rubric = lines.get(n);
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, rubric.start(), rubric.end());
      if (kind == null || kind.entry.value != DocumentKind.PRESS_RELEASE || kind.last != rubric.end()) {
        continue;
      }
      Range title = lines.get(n - 1);
      if (!words.is(WordClass.TOPIC_PREPOSITION, t.key[title.start()])) {
        return;
      }
      for (int k = title.start() + 1; k < title.end(); k++) {
        PrefixLexicon.Hit<String> role = data.lexicons.roles.longestAt(t, k, title.end());
        if (role == null) {
          continue;
        }
        int at = role.last;
        for (PrefixLexicon.Hit<String> next = role; next != null; next = data.lexicons.roles.longestAt(t, at, title.end())) {
          at = next.last;
        }
        // «О переговорах министров иностранных дел A и B»: the parties joined to the first are the officials' too.
        for (int m = ctx.firstMentionFrom(at); m < ctx.mentionsInOrder.size(); m++) {
          Context.Found<PartyInfo> party = ctx.mentionsInOrder.get(m);
          if (party.last > title.end() || party.first != at && !onlyJoiners(t, at, party.first)) {
            break;
          }
          sides.add(party.value.id);
          at = party.last;
        }
        return;
      }
      return;
    }
  }

  /** Lines of two words or more at the top of a page without title or lead read as its headline and lead. */
  private static final int TOP_LINES = 6;

  /**
   * «Меню ⏎ Регион ⏎ Россия, Иран и Турция согласовали заявление ⏎ Министры иностранных дел России, Ирана и
   * Турции … согласовали совместное заявление …»: on a page whose site lines the segmenter kept as text, the
   * headline and the lead are among its first {@value #TOP_LINES} lines of two words or more, a site's
   * one-word lines above them; {@link #leadReportIn} each of them.
   */
  private void topLinesReport(Context ctx, List<PersonRecognizer.Person> people, Set<String> sides) {
    for (Range line : ctx.topLines(TOP_LINES)) {
      if (leadReportIn(ctx, people, line.start(), line.end(), sides)) {
        return;
      }
    }
  }

  /**
   * Whether tokens {@code [from, to)} join one party of a list to the next: «и», commas, or «страны» before an
   * organisation that stands for its members («Россия и страны АСЕАН»). Two names side by side are no list
   * («саммита АСЕАН Египет и …»).
   */
  private boolean joinedAsMembers(Tokens t, int from, int to) {
    if (from >= to && (to >= t.size || !t.gapHas(to, ','))) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!onlyJoiners(t, k, k + 1) && !words.startsWithAny(WordClass.STATE_NOUN_PREFIX, t.key[k])) {
        return false;
      }
    }
    return true;
  }

  /** {@link #leadReport} in tokens {@code [from, to)}: whether it found the sides. */
  private boolean leadReportIn(Context ctx, List<PersonRecognizer.Person> people, int from, int to, Set<String> sides) {
    Tokens t = ctx.tokens;
    int sentence = from;
    for (int k = from; k < to; k++) {
      if (k > from && opensASentence(t, k)) {
        sentence = k;
      }
      if (!adoptsAJointText(t, k, to)) {
        continue;
      }
      Set<String> states = new LinkedHashSet<>();
      // «Россия и АСЕАН подписали совместное заявление», «Россия и страны АСЕАН …»: an organisation in one list with
      // the states that sign is a side as they are; one named apart from them («на саммите АСЕАН») is where they met.
      Set<String> listed = new LinkedHashSet<>();
      int listEnd = -1;
      for (int i = sentence; i < k; ) {
        PhraseMatcher.Match<PartyInfo> match = data.parties.longestAt(t, i, k);
        // «Главы Москвы и Минска подписали совместное заявление», «Пекин и Вашингтон подписали …»: a city that signs,
        // through its heads or as its state's capital, gives its state; a city after «в» is where the text was signed.
        PhraseMatcher.Match<City> city = match == null && t.isCapitalized(i)
            && (i == 0 || !words.is(WordClass.LOCATIVE_PREPOSITION, t.key[i - 1])) ? data.cities.longestAt(t, i, k) : null;
        if (city != null) {
          states.add(city.value.country);
          i = city.last;
          continue;
        }
        if (match == null) {
          // «Gabriel Boric»: a word of a person's name the text has read is that person's, whom Leaders.addStatesServed
          // places; looked up alone it may be another holder's surname (Sigmar Gabriel).
          String holder = t.isCapitalized(i) && !inAName(people, i)
              ? leaders.stateOfSurname(ctx, ctx.text.text().substring(t.start[i], t.end[i])) : null;
          if (holder != null) {
            states.add(holder);
          }
          i++;
          continue;
        }
        boolean commonWord = match.last - match.first == 1 && data.ambiguousNames.contains(t.key[match.first])
            && (match.first == sentence || !t.isCapitalized(match.first));
        boolean party = !commonWord && (match.value.kind == PartyKind.STATE || match.value.kind == PartyKind.ORGANIZATION)
            && !data.namesPlace(t, match.last, k);
        if (party && match.value.kind == PartyKind.STATE) {
          states.add(match.value.id);
        }
        if (listEnd < 0 || !joinedAsMembers(t, listEnd, match.first)) {
          listed.clear();
        }
        if (party && (match.first == 0 || !words.is(WordClass.LOCATIVE_PREPOSITION, t.key[match.first - 1]))) {
          listed.add(match.value.id);
          listEnd = match.last;
        } else {
          listEnd = -1;
        }
        i = match.last;
      }
      leaders.addStatesServed(ctx, people, sentence, k, states);
      // The list must run up to the act («Россия и АСЕАН приняли …»), so that it is the act's subject.
      if (states.size() < 2 && listEnd >= 0 && onlyJoiners(t, listEnd, k) && listed.size() >= 2 && listed.containsAll(states)
          && !onlyOrganisations(listed)) {
        states.addAll(listed);
      }
      if (states.size() >= 2) {
        sides.addAll(states);
        return true;
      }
    }
    return false;
  }

  /**
   * «… подчеркнул пункт 24 совместного заявления премьер-министра Республики A и президента B от …»,
   * "… in the joint statement of the President of A and the Prime Minister of B": a page that reports
   * a joint text in running words may name its sides only as the complement of the kind. Where nothing
   * else names them, the states named right after a joint statement, communiqué or declaration written
   * in lower case (a cited title is capitalised) in an opening paragraph are the sides, two or more:
   * the states and their heads' or officials' roles, names, commas and «and» alone, up to any other
   * word («совместного заявления в связи с ситуацией в A и B» names no side).
   */
  private void jointTextOf(Context ctx, List<PersonRecognizer.Person> people, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (Range line : ctx.layout.leadLines) {
      if (jointTextIn(ctx, people, t.firstAtOrAfter(line.start()), t.firstAtOrAfter(line.end()), sides)) {
        return;
      }
    }
    Set<Layout.Block> opening = openingBlocks(ctx, PREAMBLE_WINDOW);
    for (Context.Sentence s : ctx.sentences) {
      if (opening.contains(s.block) && jointTextIn(ctx, people, s.firstToken, Math.min(s.lastToken, t.size), sides)) {
        return;
      }
    }
    // A news page's headline and lead on its first lines, which the segmenter may take for its wrapper.
    for (Range line : ctx.topLines(TOP_LINES)) {
      if (jointTextIn(ctx, people, line.start(), line.end(), sides)) {
        return;
      }
    }
  }

  /**
   * «Отношения стратегического партнерства, согласно подписанной в A декларации, установили Республика
   * B и Республика C»: a sentence of a lead line or an opening paragraph that reports signing or
   * adopting a joint statement, communiqué or declaration, and whose states (places aside) are all one
   * list joined by commas and «and», names the sides, two or more, wherever the list stands. A
   * sentence that names a state outside the list («… Россия и Китай поддерживают Сербию») names none.
   */
  private void statesOfASignedText(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (Range line : ctx.layout.leadLines) {
      if (signedTextStates(ctx, t.firstAtOrAfter(line.start()), t.firstAtOrAfter(line.end()), sides)) {
        return;
      }
    }
    Set<Layout.Block> opening = openingBlocks(ctx, PREAMBLE_WINDOW);
    for (Context.Sentence s : ctx.sentences) {
      if (opening.contains(s.block) && signedTextStates(ctx, s.firstToken, Math.min(s.lastToken, t.size), sides)) {
        return;
      }
    }
  }

  /** Most words between a participle of signing and the kind it qualifies (a place: «в Самарканде»). */
  private static final int SIGNED_REACH = 3;

  /**
   * Whether token {@code at} is a participle of signing or adopting (a word both {@link
   * WordClass#ADOPTION_VERB_PREFIX} and {@link WordClass#PASSIVE_PARTICIPLE_PREFIX} open: «подписанной»,
   * «принятом») with a joint statement, communiqué or declaration within {@link #SIGNED_REACH} words
   * after it («согласно подписанной в A декларации»).
   */
  private boolean signedJointText(Tokens t, int at, int to) {
    if (t.isCapitalized(at) || !words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[at])
        || !words.startsWithAny(WordClass.PASSIVE_PARTICIPLE_PREFIX, t.key[at])) {
      return false;
    }
    for (int k = at + 1; k < Math.min(to, at + 1 + SIGNED_REACH); k++) {
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, to);
      if (kind != null) {
        DocumentKind value = kind.entry.value;
        return value == DocumentKind.JOINT_STATEMENT || value == DocumentKind.COMMUNIQUE || value == DocumentKind.DECLARATION;
      }
    }
    return false;
  }

  /**
   * Whether token {@code at} is a verb by which a report attributes words to a joint statement,
   * communiqué or declaration in lower case right after it and its preposition («говорится в совместном
   * заявлении», "said in a joint statement"): the text the sentence retells is one its states adopted.
   */
  private boolean saidInAJointText(Tokens t, int at, int to) {
    if (at + 2 >= to || !retelling.saysIn(t.key[at], t.key[at + 1]) || t.isCapitalized(at + 2)) {
      return false;
    }
    PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, at + 2, to);
    DocumentKind value = kind == null || kind.first != at + 2 ? null : kind.entry.value;
    return value == DocumentKind.JOINT_STATEMENT || value == DocumentKind.COMMUNIQUE || value == DocumentKind.DECLARATION;
  }

  /**
   * Whether the sentence of tokens {@code [from, to)} opens with a joint statement, communiqué or
   * declaration that a later act in lower case adopts or signs: the object put first («Совместное
   * заявление об установлении отношений подписали 14 января постоянные представители A и B»).
   */
  private boolean frontedJointText(Tokens t, int from, int to) {
    PrefixLexicon.Hit<DocumentKind> kind = from < to ? data.documentKinds.longestAt(t, from, to) : null;
    DocumentKind value = kind == null ? null : kind.entry.value;
    if (value != DocumentKind.JOINT_STATEMENT && value != DocumentKind.COMMUNIQUE && value != DocumentKind.DECLARATION) {
      return false;
    }
    for (int k = kind.last; k < to; k++) {
      PrefixLexicon.Hit<Lexicons.ActSense> act = t.isCapitalized(k) ? null : data.lexicons.acts.longestAt(t, k, to);
      if (act != null && (act.entry.value.act == Act.ADOPT || act.entry.value.act == Act.SIGN)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #statesOfASignedText} in the sentence of tokens {@code [from, to)}: whether it found the sides. */
  private boolean signedTextStates(Context ctx, int from, int to, Set<String> sides) {
    Tokens t = ctx.tokens;
    boolean signed = frontedJointText(t, from, to);
    for (int k = from; k < to && !signed; k++) {
      signed = adoptsAJointText(t, k, to) || signedJointText(t, k, to) || saidInAJointText(t, k, to);
    }
    if (!signed) {
      return false;
    }
    Set<String> states = new LinkedHashSet<>();
    Context.Found<PartyInfo> previous = null;
    for (int m = ctx.firstMentionFrom(from); m < ctx.mentionsInOrder.size(); m++) {
      Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
      if (found.first >= to) {
        break;
      }
      if (!namesAState(t, found.value, found.first, found.last, to)) {
        continue;
      }
      // «… пройдет в Иране», «… на сайте президента Ирана»: a state the list already holds, named again (as
      // the place of what the sentence tells, or a head's state), is not another side.
      if (states.contains(found.value.id)) {
        continue;
      }
      if (previous != null && !onlyJoiners(t, previous.last, found.first)) {
        return false;
      }
      states.add(found.value.id);
      previous = found;
    }
    if (states.size() >= 2) {
      sides.addAll(states);
      return true;
    }
    return false;
  }

  /** Most words of an organ's name between a retold text's kind and its organisation («Совета коллективной безопасности»). */
  private static final int RETOLD_ORGAN_WORDS = 4;

  /**
   * «ОДКБ обеспокоена …, говорится в заявлении Совета коллективной безопасности ОДКБ»: a news page that
   * retells an organisation's text names its author as the kind's complement after the words by which
   * a report attributes words to a document ({@link Retelling#saysIn}). Where nothing else names the
   * sides, in a lead line or an opening paragraph, the first party after such a kind, an organisation
   * with at most {@value #RETOLD_ORGAN_WORDS} words of its organ before it (the first capitalised) and
   * nothing but spaces between, is the side; one joined to another party («… ОДКБ и СНГ») names no
   * single author, and a word in lower case right after the kind («в заявлении по итогам …») no author.
   */
  private void retoldOrganisationsText(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (Range line : ctx.layout.leadLines) {
      if (retoldOrganisationIn(ctx, t.firstAtOrAfter(line.start()), t.firstAtOrAfter(line.end()), sides)) {
        return;
      }
    }
    Set<Layout.Block> opening = openingBlocks(ctx, PREAMBLE_WINDOW);
    for (Context.Sentence s : ctx.sentences) {
      if (opening.contains(s.block) && retoldOrganisationIn(ctx, s.firstToken, Math.min(s.lastToken, t.size), sides)) {
        return;
      }
    }
  }

  /** {@link #retoldOrganisationsText} in tokens {@code [from, to)}: whether it found the side. */
  private boolean retoldOrganisationIn(Context ctx, int from, int to, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (int k = from; k + 2 < to; k++) {
      if (!retelling.saysIn(t.key[k], t.key[k + 1])) {
        continue;
      }
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k + 2, to);
      if (kind == null || kind.first != k + 2 || kind.last >= to || !t.isCapitalized(kind.last)) {
        continue;
      }
      Context.Found<PartyInfo> found = ctx.mentionFrom(kind.last);
      if (found == null || found.last > to || found.first - kind.last > RETOLD_ORGAN_WORDS
          || found.value.kind != PartyKind.ORGANIZATION || !spacesOnly(t, kind.last, found.first)
          || joinedToAnother(ctx, found.last, to)) {
        continue;
      }
      sides.add(found.value.id);
      return true;
    }
    return false;
  }

  /** Most lower-case words between a collective of the sides and their people's names («двух стран»). */
  private static final int SIDES_WORDS = 2;

  /**
   * «… в совместном заявлении министров иностранных дел двух стран Сергея A и Сергея B»: where the
   * complement of a joint text that ends at token {@code end} goes on, after at most {@link
   * #SIDES_WORDS} lower-case words with nothing but spaces between, with a person's name, the end of
   * the run of names, roles and «and» from that name; else {@code end}.
   */
  private int namesAfterTheSides(Context ctx, List<PersonRecognizer.Person> people, int end, int to) {
    Tokens t = ctx.tokens;
    for (int k = end; k < to && k <= end + SIDES_WORDS; k++) {
      if (t.gapBefore[k] != Tokens.GAP_SPACE) {
        return end;
      }
      if (t.isCapitalized(k)) {
        return startsAPerson(people, k) ? complementEnd(ctx, k, to, new LinkedHashSet<>(), new LinkedHashSet<>()) : end;
      }
    }
    return end;
  }

  /** Whether token {@code k} stands in a mention of one of {@code people}. */
  private static boolean inAName(List<PersonRecognizer.Person> people, int k) {
    for (PersonRecognizer.Person person : people) {
      for (Range mention : person.mentions) {
        if (mention.start() <= k && k < mention.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a mention of one of {@code people} starts at token {@code k}. */
  private static boolean startsAPerson(List<PersonRecognizer.Person> people, int k) {
    for (PersonRecognizer.Person person : people) {
      for (Range mention : person.mentions) {
        if (mention.start() == k) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@link #jointTextOf} in tokens {@code [from, to)}: whether it found the sides. */
  private boolean jointTextIn(Context ctx, List<PersonRecognizer.Person> people, int from, int to, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (int k = from; k < to; k++) {
      if (k > from && t.isCapitalized(k)) {
        continue;
      }
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, to);
      if (kind == null) {
        continue;
      }
      DocumentKind value = kind.entry.value;
      int sidesFrom = pastTheOccasion(ctx, kind.last, to);
      // «в меморандуме по итогам встречи президента A и канцлера B»: a memorandum of the two sides' meeting is theirs too.
      boolean ofTheirMeeting = sidesFrom > kind.last && value == DocumentKind.MEMORANDUM;
      if (value != DocumentKind.JOINT_STATEMENT && value != DocumentKind.COMMUNIQUE && value != DocumentKind.DECLARATION
          && !ofTheirMeeting) {
        continue;
      }
      Set<String> states = new LinkedHashSet<>();
      int end = complementEnd(ctx, sidesFrom, to, states, new LinkedHashSet<>());
      leaders.addStatesServed(ctx, people, sidesFrom, namesAfterTheSides(ctx, people, end, to), states);
      if (states.size() >= 2) {
        sides.addAll(states);
        return true;
      }
      k = kind.last - 1;
    }
    return false;
  }

  /** Most lower-case words that name the occasion after an outcome phrase («переговоров», «онлайн-встречи»). */
  private static final int OUTCOME_WORDS = 2;
  /** Most words of an {@link WordClass#OUTCOME_PHRASE}. */
  private static final int OUTCOME_PHRASE_WORDS = 4;

  /**
   * «совместное заявление по итогам переговоров президента A и председателя B»: where an {@link
   * WordClass#OUTCOME_PHRASE} and one or two lower-case words of the occasion (no party, no role, no stop or comma
   * among them) stand at token {@code at}, the token after them, where the people who met and their states begin;
   * else {@code at}.
   */
  private int pastTheOccasion(Context ctx, int at, int to) {
    Tokens t = ctx.tokens;
    for (int end = at + 1; end <= Math.min(to, at + OUTCOME_PHRASE_WORDS); end++) {
      if (!words.isPhrase(WordClass.OUTCOME_PHRASE, t, at, end)) {
        continue;
      }
      int k = end;
      while (k < to && k - end < OUTCOME_WORDS && !t.isCapitalized(k) && !t.gapHas(k, ',') && !t.gapHas(k, '.')
          && data.parties.longestAt(t, k, to) == null && data.lexicons.roles.longestAt(t, k, to) == null) {
        k++;
      }
      return k > end ? k : at;
    }
    return at;
  }

  /**
   * The end of the run of words from token {@code from} that holds only parties, roles (with the
   * words that join a role to its party), capitalised names, articles and «and»; the run ends at any
   * other word or at a stop, colon or semicolon. Its states go to {@code states} and all its parties
   * to {@code parties}.
   */
  private int complementEnd(Context ctx, int from, int to, Set<String> states, Set<String> parties) {
    Tokens t = ctx.tokens;
    int k = from;
    while (k < to) {
      if (k > from && (t.gapHas(k, '.') || t.gapHas(k, ';') || t.gapHas(k, ':'))) {
        break;
      }
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, k, to);
      boolean commonWord = party != null && party.last - party.first == 1 && data.ambiguousNames.contains(t.key[party.first])
          && !t.isCapitalized(party.first);
      if (party != null && !commonWord && !data.namesPlace(t, party.last, to)) {
        if (party.value.kind == PartyKind.STATE) {
          states.add(party.value.id);
        }
        parties.add(party.value.id);
        k = Math.max(party.last, k + 1);
        continue;
      }
      PrefixLexicon.Hit<String> role = data.lexicons.roles.longestAt(t, k, to);
      if (role != null) {
        k = Math.max(role.last, k + 1);
        continue;
      }
      if (t.isCapitalized(k) || words.is(WordClass.AND, t.key[k]) || words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k])
          || data.language.isArticle(t.key[k])) {
        k++;
        continue;
      }
      break;
    }
    return k;
  }

  /** Most words between a kind of document and the organisation whose meeting issued it («Final Communiqué of the 13th Council Meeting of»). */
  private static final int MEETING_REACH = 8;

  /**
   * «Final communiqué ⏎ Meeting of the North Atlantic Council …», «Итоговое заявление 46-го саммита
   * ССАГПЗ», «На саммите G20 приняли итоговую декларацию», «Участники саммита G8 в A приняли итоговую
   * декларацию»: in the title, a lead line or an opening paragraph, the final text of a meeting, summit
   * or session of one organisation is the organisation's, where nothing else names the sides. The
   * meeting stands right after the kind (numbers, ordinals, capitalised words, articles and the words
   * that join a role to its party between), or opens the words before an act that adopts the text
   * with no subject of its own. An organisation joined to another party («саммит Россия — АСЕАН»,
   * "the ASEAN-Japan Summit") names a format of several sides, not one. With {@code adoptedAt}, the last
   * resort of a page that retells the text: the kind's meeting named after a participle of adopting alone.
   */
  private void meetingOfAnOrganisation(Context ctx, Set<String> sides, boolean adoptedAt) {
    Tokens t = ctx.tokens;
    if (ctx.titleFirstToken >= 0 && meetingIn(ctx, ctx.titleFirstToken, Math.min(t.size, headingEnd(ctx, false)), sides, adoptedAt)) {
      return;
    }
    // «Издание получило полный текст «Итогового заявления 46-го саммита ССАГПЗ», в котором говорится:»: the site's
    // lines above the text, its lead-in among them.
    for (List<Range> lines : List.of(ctx.layout.leadLines, ctx.layout.leadInLines)) {
      for (Range line : lines) {
        if (meetingIn(ctx, t.firstAtOrAfter(line.start()), t.firstAtOrAfter(line.end()), sides, adoptedAt)) {
          return;
        }
      }
    }
    Set<Layout.Block> opening = openingBlocks(ctx, PREAMBLE_WINDOW);
    for (Context.Sentence s : ctx.sentences) {
      if (opening.contains(s.block) && meetingIn(ctx, s.firstToken, Math.min(s.lastToken, t.size), sides, adoptedAt)) {
        return;
      }
    }
  }

  /**
   * {@link #meetingOfAnOrganisation} in tokens {@code [from, to)}: whether it found the organisation; with
   * {@code adoptedAt}, a kind in lower case whose meeting a participle of adopting names ({@link #adoptedAtAMeeting}) alone.
   */
  private boolean meetingIn(Context ctx, int from, int to, Set<String> sides, boolean adoptedAt) {
    Tokens t = ctx.tokens;
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, to);
      if (kind != null) {
        PhraseMatcher.Match<PartyInfo> organisation = adoptedAt
            ? !t.isCapitalized(kind.first) ? adoptedAtAMeeting(ctx, kind.last, to) : null
            : organisationsMeeting(ctx, kind.last, to);
        if (organisation != null) {
          sides.add(organisation.value.id);
          return true;
        }
        k = kind.last - 1;
        continue;
      }
      int meeting = adoptedAt ? -1 : meetingEnd(t, k, to);
      PhraseMatcher.Match<PartyInfo> party = meeting < 0 || meeting >= to ? null : data.parties.longestAt(t, meeting, to);
      if (party == null || party.value.kind != PartyKind.ORGANIZATION || joinedToAnother(ctx, party.last, to)) {
        continue;
      }
      int act = pastBracketedAbbreviation(t, party.last, to);
      // «… саммита G8 в Кэмп-Дэвиде приняли …»: the place of the meeting stands between.
      if (act + 1 < to && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[act]) && t.isCapitalized(act + 1)) {
        act++;
        while (act < to && t.isCapitalized(act)) {
          act++;
        }
      }
      if (adoptsAJointText(t, act, to) || act < to && !t.isCapitalized(act) && finalText(t, act, to)) {
        sides.add(party.value.id);
        return true;
      }
    }
    return false;
  }

  /** Most words of an abbreviation in brackets right after a name («Организации экономического сотрудничества (ОЭС)»). */
  private static final int BRACKETED_ABBREVIATION_WORDS = 2;

  /**
   * «… саммита Организации экономического сотрудничества (ОЭС) принята декларация», "… the Summit of the Economic
   * Cooperation Organization (ECO) adopted …": the token after the capitalised abbreviation that a bracket opened right
   * at token {@code at} holds, or {@code at} itself where no such bracket stands there.
   */
  private static int pastBracketedAbbreviation(Tokens t, int at, int to) {
    if (at >= to || !t.gapHas(at, '(')) {
      return at;
    }
    int k = at;
    while (k < Math.min(to, at + BRACKETED_ABBREVIATION_WORDS) && t.isCapitalized(k) && (k == at || !t.gapHas(k, ')'))) {
      k++;
    }
    return k > at && k < to && t.gapHas(k, ')') ? k : at;
  }

  /**
   * «Москва и Афины объявили 2016 год перекрестным годом …», «Москва и Сеул подписали …», "Washington and Tokyo
   * signed …": where nothing else names the sides, a sentence of the opening that opens with two capitals joined by
   * «и» ("and") and then an act that makes a text (signing, adopting, agreeing, declaring; the journalist's figure of
   * speech, a capital for its state) names the sides: the
   * capitals' states (today's, where the page is of today's map or the text names the state).
   */
  private void capitalsAsSubject(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    int count = Math.min(LEAD_SENTENCES, ctx.sentences.size());
    for (int n = 0; n < count; n++) {
      Context.Sentence s = ctx.sentences.get(n);
      int to = Math.min(s.lastToken, t.size);
      PhraseMatcher.Match<City> first = capitalOfAState(ctx, s.firstToken, to);
      int and = first == null ? to : first.last;
      if (and + 1 >= to || !words.is(WordClass.AND, t.key[and]) || punctuatedBetween(t, and - 1, and + 1)) {
        continue;
      }
      PhraseMatcher.Match<City> second = capitalOfAState(ctx, and + 1, to);
      int verb = second == null ? to : second.last;
      PrefixLexicon.Hit<Lexicons.ActSense> act = verb >= to || first.value.country.equals(second.value.country)
          || t.isCapitalized(verb) || punctuatedBetween(t, verb - 1, verb) ? null : data.lexicons.acts.longestAt(t, verb, to);
      // «… подписали», «… договорились», «… объявили»: an act that makes a text; «намерены углублять» makes none.
      Act made = act == null || act.first != verb ? null : act.entry.value.act;
      if (made != Act.ADOPT && made != Act.SIGN && made != Act.AGREE && made != Act.DECIDE) {
        continue;
      }
      sides.add(first.value.country);
      sides.add(second.value.country);
      return;
    }
  }

  /**
   * The capital, in the nominative, that starts at token {@code k}, of a state (where the page is of today's map or
   * names the state), or null.
   */
  private PhraseMatcher.Match<City> capitalOfAState(Context ctx, int k, int to) {
    PhraseMatcher.Match<City> city = k < to ? data.cities.longestAt(ctx.tokens, k, to) : null;
    if (city == null || city.first != k || !city.value.capital || city.value.country == null) {
      return null;
    }
    // «Москва и Афины», not «Москвы и Афин»: the capitals stand as the subject, in the nominative.
    if (!city.value.inTheNominative(ctx.text.text(), ctx.tokens.start[k], ctx.tokens.end[city.last - 1])) {
      return null;
    }
    return ctx.partyMentions.containsKey(city.value.country) || ofTodaysMap(ctx) ? city : null;
  }

  /** Most words between a meeting and the organ it is of («пленарное заседание Парламентской Ассамблеи»). */
  private static final int MEETING_TO_ORGAN = 3;

  /**
   * «В столице прошло заседание Совета министров иностранных дел A. … В ходе заседания принято заявление …», «В ходе
   * заседания межгосударственного совета A … Лидеры стран подписали соглашение …»: where nothing else names the
   * sides, a page whose opening names a meeting of one organisation (or of one of its organs) and then, in that
   * sentence or a later one of the opening, a text adopted or signed with no other party named before the act,
   * retells the organisation's text; the organisation is its side. A meeting «в формате «A – B»» names a format
   * of several sides, not one organisation's meeting.
   */
  private void organsMeetingInTheLead(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    int count = Math.min(LEAD_SENTENCES, ctx.sentences.size());
    PartyInfo organisation = null;
    for (int n = 0; n < count; n++) {
      Context.Sentence s = ctx.sentences.get(n);
      int to = Math.min(s.lastToken, t.size);
      if (organisation == null) {
        organisation = organsMeeting(ctx, s.firstToken, to);
      }
      int act = organisation == null ? -1 : textAdoptedIn(t, s.firstToken, to);
      if (act >= 0 && onlyPartyIn(ctx, organisation, s.firstToken, act)) {
        sides.add(organisation.id);
        return;
      }
    }
  }

  /**
   * The organisation whose meeting tokens {@code [from, to)} name: a meeting, summit or session of it
   * ({@link #organisationsMeeting}), or one of an organ of it (an {@link WordClass#ADOPTING_ORGAN} phrase within
   * {@link #MEETING_TO_ORGAN} words of the meeting, the organisation right after: «заседания межгосударственного
   * совета A»); else null.
   */
  private PartyInfo organsMeeting(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    for (int k = from; k < to; k++) {
      int meeting = meetingEnd(t, k, to);
      if (meeting < 0) {
        continue;
      }
      PhraseMatcher.Match<PartyInfo> party = organisationsMeeting(ctx, k, to);
      if (party != null && !quotedBetween(t, k, party.first)) {
        return party.value;
      }
      for (int j = meeting; j < Math.min(to, meeting + MEETING_TO_ORGAN); j++) {
        int organ = organEnd(t, j, to);
        PhraseMatcher.Match<PartyInfo> of = organ < 0 || organ >= to ? null : data.parties.longestAt(t, organ, to);
        if (of != null && of.first == organ && of.value.kind == PartyKind.ORGANIZATION && !joinedToAnother(ctx, of.last, to)
            && !quotedBetween(t, k, of.first)) {
          return of.value;
        }
      }
    }
    return null;
  }

  /** Whether a quotation mark opens before a token in {@code (from, to]}: a name in quotes («в формате «A – B»»). */
  private static boolean quotedBetween(Tokens t, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      // Normalizer.fold writes every quotation mark as '"'; a text not folded may keep the guillemet.
      if (t.gapHas(k, '"') || t.gapHas(k, '\u00AB')) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token of an act of adopting or signing a text in tokens {@code [from, to)}, a kind of document
   * within {@link #REPORT_REACH} words after it (adjectives aside); else -1.
   */
  private int textAdoptedIn(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<Lexicons.ActSense> act = data.lexicons.acts.longestAt(t, k, to);
      if (act == null || act.entry.value.act != Act.ADOPT && act.entry.value.act != Act.SIGN) {
        continue;
      }
      int reach = act.last + REPORT_REACH;
      for (int j = act.last; j < Math.min(to, reach); j++) {
        if (data.documentKinds.longestAt(t, j, to) != null) {
          return act.first;
        }
        if (data.language.isAdjective(t.key[j])) {
          reach++;
        }
      }
      k = act.last - 1;
    }
    return -1;
  }

  /** Whether every party named in tokens {@code [from, to)} is {@code party}. */
  private static boolean onlyPartyIn(Context ctx, PartyInfo party, int from, int to) {
    for (int m = ctx.firstMentionFrom(from); m < ctx.mentionsInOrder.size(); m++) {
      Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
      if (found.first >= to) {
        break;
      }
      if (!found.value.id.equals(party.id)) {
        return false;
      }
    }
    return true;
  }

  /** Most lower-case words between a participle of adopting and the meeting it was adopted at («по итогам», "at the"). */
  private static final int OCCASION_WORDS = 3;

  /**
   * «… говорится в декларации, принятой по итогам 25-го заседания Совета глав государств — членов A», "the
   * declaration adopted at the meeting of the Council of Heads of State of A": the organisation whose
   * meeting a participle of adopting right after the kind ({@code from}, past a comma) names, within
   * {@link #OCCASION_WORDS} lower-case words («по итогам», «на», "at the", "following"); else null.
   */
  private PhraseMatcher.Match<PartyInfo> adoptedAtAMeeting(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    PrefixLexicon.Hit<Lexicons.ActSense> act = from < to && !t.isCapitalized(from)
        && !(t.gapHas(from, '.') || t.gapHas(from, ';') || t.gapHas(from, ':'))
        ? data.lexicons.acts.longestAt(t, from, to) : null;
    if (act == null || act.entry.value.act != Act.ADOPT || act.first != from) {
      return null;
    }
    int occasionWords = 0;
    for (int k = act.last; k < to && occasionWords <= OCCASION_WORDS; k++) {
      if (punctuatedBetween(t, k - 1, k) || t.isCapitalized(k)) {
        return null;
      }
      if (meetingEnd(t, k, to) >= 0) {
        return organisationsMeeting(ctx, k, to);
      }
      // «25-го заседания», "the 24th summit": an ordinal in figures, its ending written on, before the meeting.
      if (t.isNumber(k) && k + 1 < to && t.start[k + 1] <= t.end[k] + 1) {
        k++;
      } else if (!t.isNumber(k)) {
        occasionWords++;
      }
    }
    return null;
  }

  /** Whether an act of adopting a text at token {@code act} takes a kind of document within {@link #REPORT_REACH} words. */
  private boolean finalText(Tokens t, int act, int to) {
    PrefixLexicon.Hit<Lexicons.ActSense> hit = data.lexicons.acts.longestAt(t, act, to);
    if (hit == null || hit.entry.value.act != Act.ADOPT) {
      return false;
    }
    for (int k = hit.last; k < Math.min(to, hit.last + REPORT_REACH); k++) {
      if (data.documentKinds.longestAt(t, k, to) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organisation whose meeting the words from token {@code from} name: a meeting, summit or session
   * and then the organisation, or the organisation and then one within two words; numbers,
   * capitalised words, articles, adjectives and the words that join a role to its party may stand
   * before, and after the meeting those who meet («саммита лидеров A»). Null where a state or another word comes first, or the organisation is joined to another
   * party.
   */
  private PhraseMatcher.Match<PartyInfo> organisationsMeeting(Context ctx, int from, int to) {
    return organisationsMeeting(ctx, from, to, MEETING_REACH);
  }

  /** {@link #organisationsMeeting(Context, int, int)} with the organisation at most {@code reach} words from {@code from}. */
  private PhraseMatcher.Match<PartyInfo> organisationsMeeting(Context ctx, int from, int to, int reach) {
    Tokens t = ctx.tokens;
    boolean meeting = false;
    boolean attendees = false;
    for (int k = from; k < Math.min(to, from + reach); ) {
      if (k > from && (t.gapHas(k, '.') || t.gapHas(k, ';') || t.gapHas(k, ':'))) {
        return null;
      }
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, k, to);
      if (party != null) {
        boolean after = meeting || meetingEnd(t, party.last, to) >= 0
            || party.last + 1 < to && meetingEnd(t, party.last + 1, to) >= 0;
        return party.value.kind == PartyKind.ORGANIZATION && after && !joinedToAnother(ctx, party.last, to) ? party : null;
      }
      int end = meetingEnd(t, k, to);
      if (end >= 0) {
        meeting = true;
        // «встреча министров здравоохранения стран A»: a meeting's name may end with those who meet.
        attendees = words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t.key[end - 1]);
        k = end;
        continue;
      }
      // «саммита лидеров A», «заседания глав государств A»: those who meet, and the lower-case words that
      // complete them, stand between the meeting and its organisation; a page may capitalise them («Министров»).
      if (meeting && (attendees && !t.isCapitalized(k) || words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t.key[k]))) {
        attendees = true;
        k++;
        continue;
      }
      // «46-го саммита»: the ending of an ordinal written in figures follows its number.
      boolean ordinalEnding = k > from && t.isNumber(k - 1) && t.hyphenAfter[k - 1];
      if (t.isNumber(k) || ordinalEnding || t.isCapitalized(k) || data.language.isArticle(t.key[k])
          || words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k]) || data.language.isAdjective(t.key[k])) {
        k++;
        continue;
      }
      return null;
    }
    return null;
  }

  /** The end of a meeting, summit or session named at token {@code k} (heads.tsv, events), or -1. */
  private int meetingEnd(Tokens t, int k, int to) {
    PrefixLexicon.Hit<List<Lexicons.Head>> head = k < to ? data.lexicons.heads.longestAt(t, k, to) : null;
    if (head == null) {
      return -1;
    }
    for (Lexicons.Head h : head.entry.value) {
      if (h.concept == Lexicons.Concept.EVENT
          && (h.kind == EventKind.MEETING || h.kind == EventKind.SUMMIT || h.kind == EventKind.SESSION)) {
        return head.last;
      }
    }
    return -1;
  }

  /** Whether another party follows the one that ends at token {@code last}, right after it or past «and» («ASEAN-Japan», «Россия — АСЕАН»). */
  private boolean joinedToAnother(Context ctx, int last, int to) {
    Tokens t = ctx.tokens;
    // «стран БРИКС (Бразилия, Россия …)»: a bracket after the organisation lists its members, no other side.
    if (last >= to || t.gapHas(last, '(')) {
      return false;
    }
    if (data.parties.longestAt(t, last, to) != null) {
      return true;
    }
    return last + 1 < to && words.is(WordClass.AND, t.key[last]) && data.parties.longestAt(t, last + 1, to) != null;
  }

  /** Whether token {@code k} opens a sentence: a capital or a digit after a stop that closes a word longer than an initial. */
  private static boolean opensASentence(Tokens t, int k) {
    return (t.isCapitalized(k) || t.isNumber(k)) && t.gapHasSentenceStop(k)
        && t.end[k - 1] - t.start[k - 1] > 1;
  }

  /**
   * Whether the words from token {@code at} adopt, sign or issue a joint text: an act of adopting or
   * signing, or one whose pattern holds the kind («выступили с совместным заявлением»), then within
   * {@link #REPORT_REACH} words a joint statement, a communiqué or a declaration; adjectives and articles
   * before its noun do not count («приняли совместную политическую декларацию», "signed a joint political
   * declaration").
   */
  private boolean adoptsAJointText(Tokens t, int at, int to) {
    PrefixLexicon.Hit<Lexicons.ActSense> act = at < to ? data.lexicons.acts.longestAt(t, at, to) : null;
    if (act == null) {
      return false;
    }
    boolean adopts = act.entry.value.act == Act.ADOPT || act.entry.value.act == Act.SIGN;
    // «приняли совместную политическую декларацию»: adjectives before the kind's noun do not use up the reach.
    int reach = act.last + REPORT_REACH;
    for (int k = at + 1; k < Math.min(to, reach); k++) {
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, to);
      if (kind != null) {
        DocumentKind value = kind.entry.value;
        return (adopts || act.last > k)
            && (value == DocumentKind.JOINT_STATEMENT || value == DocumentKind.COMMUNIQUE || value == DocumentKind.DECLARATION);
      }
      if (k >= act.last && !t.isCapitalized(k) && t.gapBefore[k] == Tokens.GAP_SPACE
          && (data.language.isAdjective(t.key[k]) || data.language.isArticle(t.key[k]))) {
        reach++;
      }
    }
    return false;
  }

  /**
   * «По приглашению Министра иностранных дел Российской Федерации С.В.Лаврова Министр иностранных
   * дел Китайской Народной Республики Ван И посетил Москву … Министры провели переговоры»: where
   * nothing else names the sides, the officials of two states or more who open the preamble (or the
   * first point, under a preamble of heading lines only) speak for them, whatever their rank.
   */
  private void officialsOfTwoStates(Context ctx, List<PersonRecognizer.Person> people, Set<String> sides) {
    Set<String> states = new LinkedHashSet<>();
    // «1. At the invitation of H.E. A, Prime Minister of B, H.E. C, General Secretary of the Communist Party of D
    // paid a State visit …» under no preamble but a heading: the first point opens the text as a preamble does.
    Layout.Block firstPoint = ctx.layout.clauses.isEmpty() || hasSubstantivePreamble(ctx) ? null : ctx.layout.clauses.get(0);
    for (PersonRecognizer.Person person : people) {
      PartyInfo party = person.party == null ? null : data.partiesById.get(person.party);
      int start = person.mentions.get(0).start();
      Context.Sentence sentence = firstPoint == null ? null : ctx.sentenceOf(start);
      if (person.role != null && party != null && party.kind == PartyKind.STATE && !chairs(ctx, person)
          && (inOpeningParagraphs(ctx, start) || sentence != null && sentence.block == firstPoint)) {
        states.add(party.id);
      }
    }
    if (states.size() >= 2) {
      sides.addAll(states);
    }
  }

  /**
   * «Президент Азербайджанской Республики …, Председатель Меджлиса Туркменистана … и Председатель
   * Олий Мажлиса Республики Узбекистан … провели … встречу»: beside the heads of state who open the
   * preamble, the others named with them before the sentence's verb of meeting speak for their
   * states too.
   */
  private void coSubjects(Context ctx, List<PersonRecognizer.Person> people, List<Context.Sentence> headed,
      Set<String> sides) {
    Tokens t = ctx.tokens;
    for (Context.Sentence s : headed) {
      if (s == null) {
        continue;
      }
      int verb = s.lastToken;
      for (int k = s.firstToken; k < s.lastToken; k++) {
        if (words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[k])) {
          verb = k;
          break;
        }
      }
      if (verb == s.lastToken) {
        continue;
      }
      for (PersonRecognizer.Person person : people) {
        int first = person.mentions.get(0).start();
        PartyInfo party = person.party == null ? null : data.partiesById.get(person.party);
        if (person.role != null && party != null && party.kind == PartyKind.STATE
            && first >= s.firstToken && first < verb) {
          sides.add(person.party);
        }
      }
    }
  }

  /**
   * «ЗАЯВЛЕНИЕ ⏎ ГЛАВ ГОСУДАРСТВ РЕСПУБЛИКИ КАЗАХСТАН, … И СПЕЦИАЛЬНОГО ПРЕДСТАВИТЕЛЯ ПРЕЗИДЕНТА
   * РОССИЙСКОЙ ФЕДЕРАЦИИ»: under a title that is a kind of document alone, the heading that goes
   * on with the subject's noun names the authors, an envoy's state among them; where it names no
   * state, the organisation its first line names («глав государств – участников СНГ»).
   */
  private void headingAuthors(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    if (ctx.titleFirstToken < 0) {
      return;
    }
    PrefixLexicon.Hit<?> kind = data.documentKinds.longestAt(t, ctx.titleFirstToken, ctx.titleLastToken);
    if (kind == null || kind.last != ctx.titleLastToken) {
      return;
    }
    for (Context.Sentence s : ctx.sentences) {
      if (s.firstToken < ctx.titleLastToken) {
        continue;
      }
      if (s.firstToken < s.lastToken && words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t.key[s.firstToken])) {
        int lineEnd = s.firstToken + 1;
        while (lineEnd < s.lastToken && !t.gapHas(lineEnd, '\n')) {
          lineEnd++;
        }
        Set<String> organisations = new LinkedHashSet<>();
        for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
          if (found.first >= s.firstToken && found.last <= s.lastToken
              && (found.value.kind == PartyKind.STATE || found.value.kind == PartyKind.TERRITORY)) {
            sides.add(found.value.id);
          } else if (found.first > s.firstToken && found.last <= lineEnd && found.value.kind == PartyKind.ORGANIZATION
              && !topicBetween(t, s.firstToken, found.first)) {
            organisations.add(found.value.id);
          }
        }
        // «ОБРАЩЕНИЕ ⏎ глав государств – участников Содружества Независимых Государств ⏎ к народам …»:
        // a heading line that names no state names the organisation whose members speak.
        if (sides.isEmpty()) {
          sides.addAll(organisations);
        }
      } else if (s.firstToken < s.lastToken && t.isCapitalized(s.firstToken)) {
        roleHolders(ctx, s, sides);
      }
      return;
    }
  }

  /**
   * «Совместное заявление ⏎ Генерального секретаря ОДКБ, Генерального секретаря ШОС и Генерального
   * секретаря СНГ в связи с …»: a heading line that opens with a role joined to its party, and goes on
   * by commas and «and» to more of them, names the authors; the parties after the list are what the
   * text is about.
   */
  private void roleHolders(Context ctx, Context.Sentence s, Set<String> sides) {
    Tokens t = ctx.tokens;
    Set<String> holders = new LinkedHashSet<>();
    int k = s.firstToken;
    while (k < s.lastToken && t.isCapitalized(k)) {
      PrefixLexicon.Hit<String> role = data.lexicons.roles.longestAt(t, k, s.lastToken);
      int m = role == null ? -1 : ctx.firstMentionFrom(role.last);
      Context.Found<PartyInfo> party = m < 0 || m >= ctx.mentionsInOrder.size() ? null : ctx.mentionsInOrder.get(m);
      if (party == null || party.last > s.lastToken
          || party.first != role.last && data.language.roleLinkBefore(t, party.first) != role.last) {
        break;
      }
      holders.add(party.value.id);
      k = party.last;
      if (k < s.lastToken && words.is(WordClass.AND, t.key[k])) {
        k++;
      } else if (k >= s.lastToken || !t.gapHas(k, ',')) {
        break;
      }
    }
    sides.addAll(holders);
  }

  /**
   * The parties named by the subject of the first opening sentence that has one: «Мы, <subject
   * noun> …» anywhere in it, or a subject noun («Руководители», «Главы») or a body of heads («Совет
   * глав») that starts it and a subject-ending verb later in it. The subject ends at such a verb,
   * participle or gerund, or at a comma that does not go on to another party or subject noun.
   * Organisations come first, then the states the subject names.
   */
  private void adoptingSubject(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    Set<Layout.Block> opening = openingBlocks(ctx, SUBJECT_WINDOW);
    Layout.Block firstClause = ctx.layout.clauses.isEmpty() ? null : ctx.layout.clauses.get(0);
    boolean firstClauseSeen = false;
    for (Context.Sentence s : ctx.sentences) {
      if (s.block == firstClause) {
        if (firstClauseSeen) {
          continue;
        }
        firstClauseSeen = true;
      } else if (!opening.contains(s.block)) {
        continue;
      }
      if (s.firstToken >= Math.min(s.lastToken, t.size)) {
        continue;
      }
      int head = -1;
      for (int i = s.firstToken; i < s.lastToken && head < 0; i++) {
        if (words.is(WordClass.WE, t, i)) {
          for (int k = i + 1; k <= Math.min(i + 2, s.lastToken - 1); k++) {
            // «Мы призываем лидеров A и B …»: a noun past another word is the subject «мы» opens only where a comma
            // sets the two apart as an apposition («Мы, нижеподписавшиеся главы»); else it is the verb's object.
            if (k > i + 1 && !t.gapHas(i + 1, ',')) {
              break;
            }
            if (words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t, k)) {
              head = k;
              break;
            }
          }
        }
      }
      if (head < 0 && countedStates(ctx, s, sides)) {
        return;
      }
      int first = s.firstToken;
      // «Российская и китайская стороны заявляют …»: the parties' adjectives before «стороны» name the sides.
      if (head < 0 && sidesByAdjectives(ctx, s, sides)) {
        return;
      }
      // «Российское руководство заявляет …»: a party's adjective before the subject noun names its side;
      // «Российское правительство и Правительство Японии заявляют …»: the subject's other parties are sides too.
      Context.Found<PartyInfo> leading = head < 0 ? partyBeforeSubjectNoun(ctx, s) : null;
      if (leading != null && hasSubjectEnd(t, leading.last + 1, s.lastToken)) {
        sides.add(leading.value.id);
        int end = subjectEnd(ctx, leading.last, s.lastToken);
        for (int m = ctx.firstMentionFrom(leading.last + 1); m < ctx.mentionsInOrder.size()
            && ctx.mentionsInOrder.get(m).last <= end; m++) {
          sides.add(ctx.mentionsInOrder.get(m).value.id);
        }
        return;
      }
      if (head < 0 && (words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t.key[first])
          || first + 1 < s.lastToken && words.startsWithAny(WordClass.SUBJECT_BODY_PREFIX, t.key[first])
              && words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t.key[first + 1]))
          && (hasSubjectEnd(t, first + 1, s.lastToken) || endsInAComma(ctx, s) || verbOnNextLine(ctx, s))) {
        // «Правительство Союза Советских ⏎ Социалистических Республик и ⏎ Правительство B, ⏎ придавая …»: the
        // subject's first lines, broken off by a narrow column, are sentences of their own before this one.
        head = wrappedListStart(ctx, s);
      }
      if (head < 0) {
        continue;
      }
      int verb = subjectEnd(ctx, head, s.lastToken);
      if (onlyAttends(t, verb, Math.min(s.lastToken, t.size))) {
        continue;
      }
      // «Президент A провёл телефонный разговор с Президентом B … поздравил коллегу с подписанием декларации между
      // B и C»: a head who phones or congratulates is telling of a call, not adopting a text; the sentence names no side.
      if (callsOrCongratulates(t, head + 1, Math.min(verb + 1, s.lastToken), Math.min(s.lastToken, t.size))) {
        continue;
      }
      // «Совет министров … под председательством Министра иностранных дел A провел …»: the chair is no side.
      int end = chairmanshipStart(t, head, verb);
      Set<String> organisations = new LinkedHashSet<>();
      Set<String> states = new LinkedHashSet<>();
      Context.Found<PartyInfo> previous = null;
      for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
        // «Совет глав государств СНГ решил»: the body of heads is itself the organisation's organ.
        if (found.first >= head && found.last <= end && !labelsTheStates(t, previous, found)) {
          (found.value.kind == PartyKind.STATE ? states : organisations).add(found.value.id);
        }
        previous = found;
      }
      // «Мы, министры … государств, признанных ООН, руководство Комиссии Африканского союза …, собрались»: past
      // a clause set off by commas, the subject goes on at its next noun; the clause's parties are not its.
      for (int at = end, next = subjectAfterAClause(ctx, at, s.lastToken); next >= 0;
          next = subjectAfterAClause(ctx, at, s.lastToken)) {
        at = subjectEnd(ctx, next, s.lastToken);
        for (int m = ctx.firstMentionFrom(next); m < ctx.mentionsInOrder.size() && ctx.mentionsInOrder.get(m).last <= at; m++) {
          Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
          (found.value.kind == PartyKind.STATE ? states : organisations).add(found.value.id);
        }
      }
      // «Мы, главы государств Центральной Азии и Российской Федерации»: a group of states beside a state stands for its members.
      groupMembers(ctx, head + 1, end, organisations, states);
      if (!organisations.isEmpty() && states.isEmpty()) {
        headingStates(ctx, s, states);
      }
      if (organisations.isEmpty() && !states.isEmpty()) {
        headingOrganisations(ctx, s, organisations);
      }
      if (!organisations.isEmpty() || !states.isEmpty()) {
        sides.addAll(organisations);
        sides.addAll(states);
        return;
      }
    }
  }

  /**
   * «Министры иностранных дел A, B и C приняли участие в сессии Совета …», "Ministers of A and B took part in the
   * Council's session": whether the verb at token {@code verb}, with no comma before it, only takes part ({@link
   * Language#attendeesAfter}) and no act of adopting or signing follows it in the sentence; those who attend a
   * meeting do not adopt its text.
   */
  private boolean onlyAttends(Tokens t, int verb, int to) {
    // «Мы, …, приняв участие во встрече в A, заявляем …»: a gerund's clause set off by a comma is not the verb.
    if (verb >= to || t.gapHas(verb, ',')) {
      return false;
    }
    boolean attends = false;
    for (int k = verb; k < Math.min(to, verb + 2) && !attends; k++) {
      attends = data.language.attendeesAfter(t, k, to) >= 0;
    }
    if (!attends) {
      return false;
    }
    for (int k = verb + 1; k < to; k++) {
      PrefixLexicon.Hit<Lexicons.ActSense> act = data.lexicons.acts.longestAt(t, k, to);
      if (act != null && (act.entry.value.act == Act.ADOPT || act.entry.value.act == Act.SIGN)) {
        return false;
      }
    }
    return true;
  }

  /** The CAMEO code of a phone call in the acts data («провёл телефонный разговор», "held a phone call"). */
  private static final String PHONE_CALL = "041";

  /**
   * Whether an act that starts in tokens {@code [from, to)} tells of a phone call (the acts data's CAMEO {@value
   * #PHONE_CALL}: «провёл телефонный разговор», "held a phone call") or congratulates another on a document of a
   * kind named later in the sentence, up to token {@code end} («поздравил коллегу с подписанием декларации между A
   * и B», "congratulated him on the signing of the declaration"); heads who congratulate one another («поздравили
   * друг друга с подписанием»), who may be its sides, do not count.
   */
  private boolean callsOrCongratulates(Tokens t, int from, int to, int end) {
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<Lexicons.ActSense> act = data.lexicons.acts.longestAt(t, k, end);
      if (act == null) {
        continue;
      }
      if (PHONE_CALL.equals(act.entry.value.cameo)) {
        return true;
      }
      if (act.entry.value.act == Act.CONGRATULATE) {
        boolean oneAnother = act.last < end && words.is(WordClass.RECIPROCAL, t.key[act.last])
            || act.last + 1 < end && words.is(WordClass.RECIPROCAL, t.key[act.last + 1]);
        return !oneAnother && kindWithin(t, act.last, end);
      }
    }
    return false;
  }

  /** Whether a document of a kind (not {@link DocumentKind#OTHER}) is named in tokens {@code [from, to)}. */
  private boolean kindWithin(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, to);
      if (kind != null && kind.entry.value != DocumentKind.OTHER) {
        return true;
      }
    }
    return false;
  }

  /** Most words between the count of a counted subject and its noun of states («восемь арктических государств»). */
  private static final int COUNTED_WORDS = 2;

  /**
   * «Мы, восемь арктических государств, … встретились сегодня … в Арктическом совете»: a subject that counts
   * states (a cardinal or a number, up to {@value #COUNTED_WORDS} lower-case words, a noun of states) and names
   * none stands for the members of the organisation the same sentence names first after it: the organisation
   * is the side. Whether it found one.
   */
  private boolean countedStates(Context ctx, Context.Sentence s, Set<String> sides) {
    Tokens t = ctx.tokens;
    int to = Math.min(s.lastToken, t.size);
    for (int i = s.firstToken; i + 2 < to && i <= s.firstToken + 1; i++) {
      if (!words.is(WordClass.WE, t.key[i]) || !t.gapHas(i + 1, ',')
          || !(t.isNumber(i + 1) || words.is(WordClass.STATE_COUNT, t.key[i + 1]))) {
        continue;
      }
      int noun = -1;
      for (int k = i + 2; k < to && k <= i + 2 + COUNTED_WORDS && noun < 0; k++) {
        if (t.isCapitalized(k) || t.gapBefore[k] != Tokens.GAP_SPACE) {
          break;
        }
        if (words.startsWithAny(WordClass.STATE_NOUN_PREFIX, t.key[k])) {
          noun = k;
        }
      }
      if (noun < 0 || noun + 1 < to && t.gapBefore[noun + 1] == Tokens.GAP_SPACE && startsParty(ctx, noun + 1)) {
        return false;
      }
      for (int m = ctx.firstMentionFrom(noun + 1); m < ctx.mentionsInOrder.size(); m++) {
        Context.Found<PartyInfo> found = ctx.mentionsInOrder.get(m);
        if (found.last > to) {
          return false;
        }
        if (found.value.kind == PartyKind.ORGANIZATION) {
          sides.add(found.value.id);
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * Whether an organisation's mention only labels the states named right before it, in parentheses
   * («Мы, министры иностранных дел A, B и C (МИКТА), провели …»): a subject that names states is
   * theirs, and the grouping is only mentioned.
   */
  private static boolean labelsTheStates(Tokens t, Context.Found<PartyInfo> previous, Context.Found<PartyInfo> found) {
    return previous != null && previous.value.kind == PartyKind.STATE && found.value.kind == PartyKind.ORGANIZATION
        && previous.last == found.first && t.gapHas(found.first, '(') && found.last < t.size && t.gapHas(found.last, ')');
  }

  /**
   * «Участники Форума межрегионального сотрудничества … приняли настоящее заявление»: the first
   * sentence of the preamble opens with the participants of a forum or conference, whom it does not
   * name; the text has no signatories (the parties named in the forum's name are only mentioned).
   */
  private boolean byParticipantsOfAnEvent(Context ctx) {
    if (ctx.layout.preamble.isEmpty()) {
      return false;
    }
    Layout.Block opening = ctx.layout.preamble.get(0);
    Tokens t = ctx.tokens;
    int first = t.firstAtOrAfter(opening.start());
    if (first + 1 >= t.size || !data.language.namesUnnamedParticipants(t.key[first])) {
      return false;
    }
    for (int k = first + 1; k < Math.min(t.size, first + 3); k++) {
      PrefixLexicon.Hit<List<Lexicons.Head>> head = data.lexicons.heads.longestAt(t, k, Math.min(t.size, k + 4));
      if (head != null) {
        return head.entry.value.stream().anyMatch(h -> h.concept == Lexicons.Concept.EVENT
            && (h.kind == EventKind.FORUM || h.kind == EventKind.CONFERENCE));
      }
    }
    return false;
  }

  /**
   * The parties of a collective reference (groups.tsv) in a subject that names none: «главы
   * государств — участников Договора о коллективной безопасности» are the members of the
   * organisation the treaty founded, «главы государств Центральной Азии» the region's states.
   */
  private void groupMembers(Context ctx, int from, int to, Set<String> organisations, Set<String> states) {
    groupMembers(ctx, from, to, to, organisations, states);
  }

  /** As above, for a group that starts before token {@code startsBefore}. */
  private void groupMembers(Context ctx, int from, int startsBefore, int to, Set<String> organisations,
      Set<String> states) {
    for (int k = from; k < startsBefore; k++) {
      PrefixLexicon.Hit<List<String>> group = data.groups.longestAt(ctx.tokens, k, to);
      if (group == null || group.entry.value.contains("SIGNATORIES")) {
        continue;
      }
      for (String id : group.entry.value) {
        PartyInfo party = data.partiesById.get(id);
        (party != null && party.kind == PartyKind.STATE ? states : organisations).add(id);
      }
      k = group.last - 1;
    }
  }

  /**
   * An organisation joined to a side of the title by a dash or «and» is a side too («United
   * States–European Commission Joint Statement»): the title names both as its authors. An
   * organisation elsewhere in the title («… on the G20») is what the document is about.
   */
  private void joinedOrganisations(Context ctx, int from, int to, Set<String> sides) {
    Tokens t = ctx.tokens;
    Context.Found<PartyInfo> previous = null;
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first < from || found.last > to) {
        continue;
      }
      if (previous != null && previous.value.kind != found.value.kind && joined(t, previous.last, found.first)) {
        Context.Found<PartyInfo> organisation = found.value.kind == PartyKind.ORGANIZATION ? found
            : previous.value.kind == PartyKind.ORGANIZATION ? previous : null;
        Context.Found<PartyInfo> other = organisation == found ? previous : found;
        // «the Prime Minister of Italy and G7 President»: an organisation that opens a head's title is part of the title.
        boolean inTitle = organisation != null && organisation.last < t.size && t.isCapitalized(organisation.last)
            && t.gapBefore[organisation.last] == Tokens.GAP_SPACE && words.startsWithAny(WordClass.HEAD_ROLE_PREFIX, t.key[organisation.last]);
        if (organisation != null && !inTitle && sides.contains(other.value.id)) {
          sides.add(organisation.value.id);
        }
      }
      previous = found;
    }
  }

  /**
   * «Мы, Российская Федерация и государства — члены Организации Североатлантического договора», «We,
   * the Russian Federation and the member States of NATO»: in tokens {@code [from, to)}, an
   * organisation whose members (a collective of the sides, groups.tsv) are joined by «and» to a side
   * adopts the text with it; the member states are sides only where the text names them.
   */
  private void membersBesideASide(Context ctx, int from, int to, Set<String> sides) {
    Tokens t = ctx.tokens;
    Context.Found<PartyInfo> previous = null;
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first >= to) {
        break;
      }
      if (found.first < from || found.last > to) {
        continue;
      }
      if (previous != null && found.value.kind == PartyKind.ORGANIZATION && previous.last < found.first
          && sides.contains(previous.value.id) && words.is(WordClass.AND, t.key[previous.last])) {
        PrefixLexicon.Hit<List<String>> members = data.groups.longestAt(t, previous.last + 1, found.first);
        if (members != null && members.entry.value.contains("SIGNATORIES") && onlyJoiners(t, members.last, found.first)) {
          sides.add(found.value.id);
        }
      }
      previous = found;
    }
  }

  /** Whether tokens {@code last - 1} and {@code next} are joined by a dash or by «and» alone. */
  private boolean joined(Tokens t, int last, int next) {
    if (next == last) {
      return t.hyphenAfter[last - 1] || t.gapHas(next, '-') || t.gapHas(next, '\u2013') || t.gapHas(next, '\u2014');
    }
    // «the Gulf Cooperation Council and the United States», «ASEAN and the Government of the People's
    // Republic of China»: an article, or a party's body and the words that join it, may open the second.
    return words.is(WordClass.AND, t.key[last]) && onlyJoiners(t, last + 1, next);
  }

  /** Most words between a format's last party and the head word of its meeting ("Ministerial", "Leaders'"). */
  private static final int FORMAT_HEAD_WORDS = 2;

  /**
   * "13th EU-China Summit — Joint Press Communiqué", "Chairman's Statement of the ASEAN-Japan Summit",
   * «Заявление … Совместного постоянного совета Россия-НАТО»: a title that names its meeting or body by a
   * format, parties joined by dashes alone right before the head word (at most {@value
   * #FORMAT_HEAD_WORDS} words between) or right after it, names the sides that meet in it. Where nothing
   * named the sides, the format's parties, two or more, are the sides; where the sides found all belong to
   * the format (a region of it stands for its members: "EU-Central Asia"), its other parties are sides too.
   * Parties joined by «and» are a topic's («relations between A and B»), and a format without a meeting
   * ("the Russia-Ukraine war") or right after the words of a topic ("on the A-B Boundary Commission") is
   * what the text is about.
   */
  private void formatInTheTitle(Context ctx, Set<String> sides) {
    if (ctx.titleFirstToken < 0) {
      return;
    }
    Tokens t = ctx.tokens;
    // "13th EU-China Summit — Joint Press Communiqué": the words before the kind on the title's own line
    // name its meeting too, as do the lines that go on with the title.
    int lineStart = ctx.text.text().lastIndexOf('\n', t.start[ctx.titleFirstToken]) + 1;
    int from = Math.min(t.firstAtOrAfter(lineStart), ctx.titleFirstToken);
    int to = Math.min(Math.max(ctx.titleLastToken, headingEnd(ctx, false)), t.size);
    Set<String> parties = new LinkedHashSet<>();
    Set<String> members = new LinkedHashSet<>();
    for (int k = from; k < to; k++) {
      parties.clear();
      members.clear();
      int end = formatEnd(ctx, k, to, parties, members);
      if (end < 0) {
        continue;
      }
      if (parties.size() + (members.isEmpty() ? 0 : 1) >= 2 && formatOfAMeeting(t, k, end, to) && !afterTopicWords(t, from, k, to)) {
        if (sides.isEmpty()) {
          if (parties.size() >= 2) {
            sides.addAll(parties);
          }
        } else if (belongToTheFormat(sides, parties, members)) {
          sides.addAll(parties);
        }
        return;
      }
      k = end - 1;
    }
  }

  /**
   * The end of a format that opens at token {@code k}: parties («EU», «Россия») and regions of a format
   * («Central Asia») joined by dashes alone, two or more; its parties go to {@code parties}, its regions'
   * states to {@code members}. -1 where no party or region opens at {@code k} or none is joined to it.
   */
  private int formatEnd(Context ctx, int k, int to, Set<String> parties, Set<String> members) {
    Tokens t = ctx.tokens;
    int at = k;
    int count = 0;
    while (at < to) {
      if (count > 0 && !(t.hyphenAfter[at - 1] || t.gapHas(at, '-'))) {
        break;
      }
      PhraseMatcher.Match<PartyInfo> party = data.parties.longestAt(t, at, to);
      PrefixLexicon.Hit<List<String>> region = party == null ? data.formatRegions.longestAt(t, at, to) : null;
      if (party != null) {
        parties.add(party.value.id);
        at = party.last;
      } else if (region != null) {
        members.addAll(region.entry.value);
        at = region.last;
      } else {
        break;
      }
      count++;
    }
    return count >= 2 ? at : -1;
  }

  /**
   * Whether the format of tokens {@code [first, end)} names a meeting or a body: a head word (heads.tsv)
   * right before it («саммит Россия — АСЕАН», «совета Россия-НАТО») or within {@link #FORMAT_HEAD_WORDS}
   * words after it, with spaces alone between ("EU-China Summit", "EU-Central Asia Ministerial Meeting").
   */
  private boolean formatOfAMeeting(Tokens t, int first, int end, int to) {
    if (first > 0 && t.gapBefore[first] == Tokens.GAP_SPACE) {
      for (int k = Math.max(0, first - 3); k < first; k++) {
        PrefixLexicon.Hit<List<Lexicons.Head>> head = data.lexicons.heads.longestAt(t, k, first);
        if (head != null && head.last == first) {
          return true;
        }
      }
    }
    for (int k = end; k < Math.min(to, end + FORMAT_HEAD_WORDS + 1); k++) {
      if (t.gapBefore[k] != Tokens.GAP_SPACE && !(k > 0 && t.hyphenAfter[k - 1] && k == end)) {
        return false;
      }
      if (data.lexicons.heads.longestAt(t, k, to) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Statement by A on the A-B Boundary Commission": whether the party or format that opens at token
   * {@code first} stands right after the words that say what the text is about ({@link Language#topicPartyAfter}),
   * within tokens {@code [from, to)}: a topic, not a side or the meeting the text comes from.
   */
  private boolean afterTopicWords(Tokens t, int from, int first, int to) {
    for (int k = Math.max(from, first - TOPIC_WORDS); k < first; k++) {
      int after = data.language.topicPartyAfter(t, k, to);
      if (after > k && first <= after && !punctuatedBetween(t, k, first)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every side is a party of the format or a state of its region. */
  private static boolean belongToTheFormat(Set<String> sides, Set<String> parties, Set<String> members) {
    for (String side : sides) {
      if (!parties.contains(side) && !members.contains(side)) {
        return false;
      }
    }
    return true;
  }

  /** Fewest heads of distinct states that make the opening's heads a multilateral meeting's attendees. */
  private static final int ATTENDING_HEADS = 3;

  /**
   * Most words between a meeting and its organisation when the meeting is named by its organ in full
   * («заседание Совета глав правительств (премьер-министров) государств-членов ШОС»).
   */
  private static final int ORGAN_MEETING_REACH = 12;

  /**
   * «… состоялось заседание Совета глав государств – членов ШОС. В нём приняли участие Президент A …,
   * Председатель B …, Президент C …», "… the Summit of the Council of Heads of State of A was attended by
   * …": where the heads of {@value #ATTENDING_HEADS} states or more that open the text are named as those
   * who take part ({@link Language#attendeesAfter}, {@link Language#participantsAfter}) in a meeting of
   * one organisation, named in their sentence or the one before it, the text is the organisation's
   * meeting's, and the organisation is its side in place of the heads' states. Two heads who take part in
   * an organisation's meeting during a visit are the sides of their own text.
   */
  private void attendedMeetingOfAnOrganisation(Context ctx, List<PersonRecognizer.Person> people,
      Context.Sentence headed, Set<String> sides) {
    if (!onlyStates(sides)) {
      return;
    }
    Tokens t = ctx.tokens;
    int firstHead = Integer.MAX_VALUE;
    for (PersonRecognizer.Person person : people) {
      for (Range mention : person.mentions) {
        if (mention.start() >= headed.firstToken && mention.start() < headed.lastToken) {
          firstHead = Math.min(firstHead, mention.start());
        }
      }
    }
    int to = Math.min(headed.lastToken, t.size);
    boolean attended = false;
    for (int k = headed.firstToken; k < Math.min(firstHead, to) && !attended; k++) {
      attended = data.language.attendeesAfter(t, k, to) >= 0 || data.language.participantsAfter(t, k, to) >= 0;
    }
    if (!attended) {
      return;
    }
    int at = ctx.sentences.indexOf(headed);
    for (int n = paragraphBeforeStart(ctx, at); n <= at; n++) {
      Context.Sentence s = ctx.sentences.get(n);
      int end = Math.min(s.lastToken, t.size);
      for (int k = s.firstToken; k < end; k++) {
        if (meetingEnd(t, k, end) < 0) {
          continue;
        }
        PhraseMatcher.Match<PartyInfo> organisation = organisationsMeeting(ctx, k, end, ORGAN_MEETING_REACH);
        if (organisation != null) {
          sides.clear();
          sides.add(organisation.value.id);
          return;
        }
      }
    }
  }

  /**
   * The index of the first sentence of the paragraph before that of sentence {@code at} («… состоялся саммит A.
   * Мероприятие прошло … ⏎ Во встрече приняли участие …»): the meeting those who take part in it attend is named
   * in their paragraph or the one before it.
   */
  private static int paragraphBeforeStart(Context ctx, int at) {
    Layout.Block own = ctx.sentences.get(at).block;
    Layout.Block before = null;
    int first = at;
    for (int n = at - 1; n >= 0; n--) {
      Layout.Block block = ctx.sentences.get(n).block;
      if (block != own && before == null) {
        before = block;
      } else if (block != own && block != before) {
        break;
      }
      first = n;
    }
    return first;
  }

  /** Whether every side found is a state. */
  private boolean onlyStates(Set<String> sides) {
    for (String id : sides) {
      PartyInfo info = data.partiesById.get(id);
      if (info == null || info.kind != PartyKind.STATE) {
        return false;
      }
    }
    return true;
  }

  /** Most words before a meeting's head word on the line under a title («I», «Пятой»). */
  private static final int MEETING_LINE_LEAD = 2;

  /**
   * «Совместная декларация ⏎ I Совещания спикеров парламентов стран Центральной Азии и Республики Корея на
   * тему: …»: under a title that is a kind of document alone, a line that goes on with the meeting whose
   * text it is (its ordinal before) names the meeting's parties; the states it names, a group of states
   * for its members, are the sides, two or more (read from the words: a heading holds no mention).
   */
  private void meetingUnderTheTitle(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    int from = ctx.titleLastToken;
    PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, ctx.titleFirstToken, from);
    if (kind == null || kind.first != ctx.titleFirstToken || kind.last != from || from >= t.size || !t.gapHas(from, '\n')) {
      return;
    }
    int to = from + 1;
    while (to < t.size && !t.gapHas(to, '\n')) {
      to++;
    }
    int meeting = -1;
    for (int k = from; k < Math.min(to, from + MEETING_LINE_LEAD + 1) && meeting < 0; k++) {
      meeting = meetingEnd(t, k, to);
    }
    if (meeting < 0) {
      return;
    }
    Set<String> states = new LinkedHashSet<>();
    groupMembers(ctx, meeting, to, new LinkedHashSet<>(), states);
    statesInWords(t, meeting, to, states);
    if (states.size() >= 2) {
      sides.addAll(states);
    }
  }

  /**
   * The members of a group the title names as its authors (groups.tsv: «Quad Leaders' Joint
   * Statement» is adopted by the Quad's four states), beside the organisation itself.
   */
  private void titleGroupMembers(Context ctx, Set<String> sides) {
    Set<String> organisations = new LinkedHashSet<>();
    Set<String> states = new LinkedHashSet<>();
    groupMembers(ctx, ctx.titleFirstToken, ctx.titleLastToken, organisations, states);
    formatRegionMembers(ctx, ctx.titleFirstToken, ctx.titleLastToken, states);
    sides.addAll(states);
  }

  /**
   * The states of a region that names one side of a format («саммит «Центральная Азия – Китай»»,
   * «С5+1»): the region joined by a dash or plus to a party or a number, or a pattern that holds
   * the plus itself. A region elsewhere («в Центральной Азии») is a place, not a side.
   */
  private void formatRegionMembers(Context ctx, int from, int to, Set<String> states) {
    Tokens t = ctx.tokens;
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<List<String>> region = data.formatRegions.longestAt(t, k, to);
      if (region == null) {
        continue;
      }
      boolean joined = region.last < to && formatJoin(t, region.last)
          && (Character.isDigit(t.key[region.last].charAt(0)) || mentionAt(ctx, region.last, true));
      joined |= k > from && formatJoin(t, k) && mentionAt(ctx, k, false);
      // «С5+1»: the format's whole name.
      for (int j = k + 1; j < region.last && !joined; j++) {
        joined = t.gapHas(j, '+');
      }
      if (joined) {
        for (String id : region.entry.value) {
          PartyInfo state = data.partiesById.get(id);
          if (state != null && states.add(id)) {
            regionMention(ctx, new Context.Found<>(k, region.last, state));
          }
        }
      }
      k = region.last - 1;
    }
  }

  /** A side named by its region: the region's words are its mention, kept in text order. */
  private static void regionMention(Context ctx, Context.Found<PartyInfo> found) {
    java.util.Comparator<Context.Found<PartyInfo>> byFirst = (a, b) -> Integer.compare(a.first, b.first);
    List<Context.Found<PartyInfo>> own = ctx.partyMentions.computeIfAbsent(found.value.id, id -> new java.util.ArrayList<>());
    own.add(found);
    own.sort(byFirst);
    int at = 0;
    while (at < ctx.mentionsInOrder.size() && ctx.mentionsInOrder.get(at).first <= found.first) {
      at++;
    }
    ctx.mentionsInOrder.add(at, found);
  }

  /**
   * Whether the gap before token {@code i} holds a dash or a plus, as between the sides of a format
   * (the normalised text writes every dash as a hyphen).
   */
  private static boolean formatJoin(Tokens t, int i) {
    return t.gapHas(i, '-') || t.gapHas(i, '+') || i > 0 && t.hyphenAfter[i - 1];
  }

  /** Whether a party's mention starts ({@code starts}) or ends at token {@code i}. */
  private static boolean mentionAt(Context ctx, int i, boolean starts) {
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (starts ? found.first == i : found.last == i) {
        return true;
      }
    }
    return false;
  }

  /**
   * The member states an organisation-level subject stands for, where a heading before it lists
   * them: a line that opens with a kind of document and the subject's noun («Заявление глав
   * государств A, B и C»).
   */
  private void headingStates(Context ctx, Context.Sentence subject, Set<String> states) {
    Tokens t = ctx.tokens;
    for (Context.Sentence s : ctx.sentences) {
      if (s == subject) {
        return;
      }
      PrefixLexicon.Hit<?> kind = s.firstToken < s.lastToken ? data.documentKinds.longestAt(t, s.firstToken, s.lastToken) : null;
      if (kind == null || kind.last >= s.lastToken || !words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t.key[kind.last])) {
        continue;
      }
      for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
        if (found.first >= kind.last && found.last <= s.lastToken && found.value.kind == PartyKind.STATE) {
          states.add(found.value.id);
        }
      }
    }
  }

  /**
   * The organisation that defines a subject which names only states, where the title or a heading
   * before it opens with a kind of document and the subject's noun and names the organisation
   * before any preposition («Заявление глав государств-членов Евразийского экономического
   * сообщества» over «Мы, главы государств A, B и C»): the text names the members of the
   * organisation as its authors. An organisation after «о», «по», «между» is the topic.
   */
  private void headingOrganisations(Context ctx, Context.Sentence subject, Set<String> organisations) {
    Tokens t = ctx.tokens;
    boolean titleIsAKind = false;
    if (ctx.titleFirstToken >= 0 && ctx.titleFirstToken < subject.firstToken) {
      headingOrganisations(ctx, ctx.titleFirstToken, ctx.titleLastToken, false, organisations);
      PrefixLexicon.Hit<?> kind = data.documentKinds.longestAt(t, ctx.titleFirstToken, ctx.titleLastToken);
      titleIsAKind = kind != null && kind.last == ctx.titleLastToken;
    }
    for (Context.Sentence s : ctx.sentences) {
      if (s == subject || !organisations.isEmpty()) {
        return;
      }
      // «ЗАЯВЛЕНИЕ ⏎ глав государств-членов …»: the heading's second line goes on from a title that is a kind alone.
      boolean continuesTitle = titleIsAKind && s.firstToken == ctx.titleLastToken;
      headingOrganisations(ctx, s.firstToken, s.lastToken, continuesTitle, organisations);
    }
  }

  private void headingOrganisations(Context ctx, int from, int to, boolean afterKind, Set<String> organisations) {
    Tokens t = ctx.tokens;
    int noun = from;
    if (!afterKind) {
      PrefixLexicon.Hit<?> kind = from < to ? data.documentKinds.longestAt(t, from, to) : null;
      if (kind == null) {
        return;
      }
      noun = kind.last;
    }
    if (noun >= to || !words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t.key[noun])) {
      return;
    }
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first > noun && found.last <= to && found.value.kind == PartyKind.ORGANIZATION
          && !topicBetween(t, noun, found.first)) {
        organisations.add(found.value.id);
      }
    }
  }

  /** Whether a preposition that opens a topic («о», «по», «между») stands in tokens {@code [from, to)}. */
  private boolean topicBetween(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (words.is(WordClass.NAME_PREPOSITION, t.key[k]) || words.is(WordClass.BETWEEN, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** Paragraphs before the body that an adopting subject may open: site lines come first in some texts. */
  private static final int SUBJECT_WINDOW = 6;
  /** A paragraph shorter than this is a line of a heading or of a legal database's card, not one of the window's paragraphs. */
  private static final int SHORT_LINE = 60;

  /**
   * «Принято ⏎ Председателем Верховного Совета … ⏎ 08 декабря 1991 года,»: a legal database's card
   * of who adopted a text and when puts a short line per fact before the text; such lines do not
   * use up the paragraphs an adopting subject may open.
   */
  private static boolean isShortLine(Layout.Block block) {
    List<Range> paragraphs = block.paragraphs;
    return paragraphs.size() == 1 && paragraphs.get(0).end() - paragraphs.get(0).start() < SHORT_LINE;
  }

  /**
   * Whether the sentence stops at a comma: a subject whose verb comes after the list of gerunds
   * below it («Главы государств … – A, B и C, ⏎ - выражая …, ⏎ заявляют:»).
   */
  private static boolean endsInAComma(Context ctx, Context.Sentence s) {
    return endsIn(ctx, s, ',');
  }

  /** Whether sentence {@code s} ends in a colon, as a subject over the paragraphs it adopts does. */
  private static boolean endsInAColon(Context ctx, Context.Sentence s) {
    return endsIn(ctx, s, ':');
  }

  /** Whether the last character of sentence {@code s} before any white space is {@code mark}. */
  private static boolean endsIn(Context ctx, Context.Sentence s, char mark) {
    String text = ctx.text.text();
    int end = s.end;
    while (end > s.start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end > s.start && text.charAt(end - 1) == mark;
  }

  /**
   * Whether sentence {@code s} opens with two parties or more joined by «и» and commas alone, right
   * before the noun of the sides and then a verb that ends a subject («Российская и китайская
   * стороны заявляют»); adds them to {@code sides} if so.
   */
  private boolean sidesByAdjectives(Context ctx, Context.Sentence s, Set<String> sides) {
    Tokens t = ctx.tokens;
    int k = s.firstToken;
    if (k >= Math.min(s.lastToken, t.size) || !data.language.isAdjective(t.key[k])) {
      return false;
    }
    Set<String> named = new LinkedHashSet<>();
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first < k) {
        continue;
      }
      if (found.first > k && !(named.size() > 0 && onlyJoiners(t, k, found.first))) {
        break;
      }
      named.add(found.value.id);
      k = found.last;
    }
    if (named.size() < 2 || k >= s.lastToken || !words.startsWithAny(WordClass.SIDE_NOUN_PREFIX, t.key[k])
        || !hasSubjectEnd(t, k + 1, s.lastToken)) {
      return false;
    }
    sides.addAll(named);
    return true;
  }

  /**
   * The party whose name opens sentence {@code s} right before a subject noun («Российское
   * руководство», «Китайское правительство»), or null.
   */
  private Context.Found<PartyInfo> partyBeforeSubjectNoun(Context ctx, Context.Sentence s) {
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first > s.firstToken) {
        return null;
      }
      if (found.first == s.firstToken && found.last < s.lastToken && ctx.tokens.gapBefore[found.last] == Tokens.GAP_SPACE
          && words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, ctx.tokens.key[found.last])) {
        return found;
      }
    }
    return null;
  }

  /**
   * Whether the sentence after {@code s} opens with a verb that ends a subject: a council's name on a
   * line of its own over its verb («Совет глав государств СНГ ⏎ р е ш и л:»).
   */
  private boolean verbOnNextLine(Context ctx, Context.Sentence s) {
    int index = ctx.sentences.indexOf(s);
    if (index < 0 || index + 1 >= ctx.sentences.size()) {
      return false;
    }
    Context.Sentence next = ctx.sentences.get(index + 1);
    return next.firstToken < Math.min(next.lastToken, ctx.tokens.size)
        && words.startsWithAny(WordClass.SUBJECT_END_PREFIX, ctx.tokens.key[next.firstToken]);
  }

  private boolean hasSubjectEnd(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (words.startsWithAny(WordClass.SUBJECT_END_PREFIX, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  private int subjectEnd(Context ctx, int head, int last) {
    Tokens t = ctx.tokens;
    for (int k = head + 1; k < last; k++) {
      // «Мы, главы государств – участников СНГ: Республики Беларусь, …»: a colon before a party lists the members.
      if (words.startsWithAny(WordClass.SUBJECT_END_PREFIX, t.key[k]) || t.gapHas(k, ';')
          || t.gapHas(k, ':') && !startsParty(ctx, k)) {
        return k;
      }
      // «Президенты A и B поддержали принципы урегулирования конфликта в C»: the subject ends at its verb, whatever
      // the verb; the parties its object names are what the sides speak of.
      if (data.language.onlyActiveVerb(t.key[k]) && !ctx.insideAMention(k)) {
        return k;
      }
      // «Президент Турецкой Республики Сулейман Демирель, Председатель Меджлиса Туркменистана …»: a
      // list of people by title goes on at a comma before the next title.
      if (t.gapHas(k, ',') && !startsParty(ctx, k) && !words.is(WordClass.AND, t.key[k])
          && !words.is(WordClass.COORDINATOR, t.key[k])
          && !words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t.key[k])
          && !(t.isCapitalized(k) && data.lexicons.roles.longestAt(t, k, last) != null)
          && !legislatureOfAParty(ctx, k, last) && !opensAnotherRoleGroup(ctx, k, last)) {
        return k;
      }
    }
    return last;
  }

  /**
   * «Мы, лидеры и представители Национального конгресса A, Всекитайского собрания народных представителей B,
   * Парламента C …»: whether the words at token {@code k} name a legislature (its capitalised name, up to
   * {@link #LEGISLATURE_WORDS} words with no punctuation) right before the party it belongs to, as the next
   * item of a list of the sides' parliaments.
   */
  private boolean legislatureOfAParty(Context ctx, int k, int last) {
    Tokens t = ctx.tokens;
    int from = skipJoiners(t, k, last);
    if (from >= last || !t.isCapitalized(from)) {
      return false;
    }
    Context.Found<PartyInfo> next = ctx.mentionFrom(from);
    int party = next != null ? next.first : last;
    boolean legislature = false;
    for (int j = from; j < Math.min(last, from + LEGISLATURE_WORDS + 1); j++) {
      if (j > from && t.gapBefore[j] != Tokens.GAP_SPACE) {
        return false;
      }
      if (j == party) {
        return legislature;
      }
      legislature |= data.language.namesALegislature(t.key[j]);
    }
    return false;
  }

  /** The most words of a clause set off by commas inside an adopting subject («, признанных ООН,»). */
  private static final int CLAUSE_WORDS = 8;

  /**
   * Where an adopting subject that ended at token {@code at}, a lower-case word after a comma, goes on
   * past the clause that word opens: the subject noun right after the clause's closing comma
   * («руководство», «представители»), within {@link #CLAUSE_WORDS} words and with no verb or further
   * clause between; else -1.
   */
  private int subjectAfterAClause(Context ctx, int at, int last) {
    Tokens t = ctx.tokens;
    if (at >= Math.min(last, t.size) || !t.gapHas(at, ',') || t.isCapitalized(at)) {
      return -1;
    }
    for (int c = at + 1; c < Math.min(last, at + CLAUSE_WORDS); c++) {
      if (t.gapHas(c, ',')) {
        return words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t.key[c]) ? c : -1;
      }
      if (t.gapHas(c, ';') || t.gapHas(c, ':') || words.startsWithAny(WordClass.SUBJECT_END_PREFIX, t.key[c])) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * «… между Союзом Советских ⏎ Социалистических Республик и …»: token {@code token} goes on with a party's name that
   * opened before it, as a line does that a long name wraps into.
   */
  private static boolean insideAPartysName(Context ctx, int token) {
    int m = ctx.firstMentionFrom(token);
    return m > 0 && ctx.mentionsInOrder.get(m - 1).last > token;
  }

  /**
   * «… Союзом Советских ⏎ Социалистических Республик и Демократической ⏎ Республикой Мадагаскар»: a line opening at
   * {@code first} goes on with a party's name, or opens one after a line that ended in «и» or in a capitalised
   * word that is no party's end (the start of the name the line goes on with), with no blank line between.
   * In a heading in capitals every word is capitalised, so there only «и» counts.
   */
  private boolean wrapsAPartysName(Context ctx, int first) {
    if (insideAPartysName(ctx, first)) {
      return true;
    }
    if (first == 0 || !startsParty(ctx, first)) {
      return false;
    }
    Tokens t = ctx.tokens;
    if (blankLineBefore(ctx, first)) {
      return false;
    }
    int m = ctx.firstMentionFrom(first);
    boolean partyEndsBefore = m > 0 && ctx.mentionsInOrder.get(m - 1).last == first;
    return words.is(WordClass.AND, t.key[first - 1])
        || t.isCapitalized(first - 1) && !t.isUpperCase(first - 1) && !partyEndsBefore;
  }

  /** Whether two line breaks or more stand between token {@code token} and the one before it. */
  private static boolean blankLineBefore(Context ctx, int token) {
    String text = ctx.text.text();
    int breaks = 0;
    for (int k = ctx.tokens.end[token - 1]; k < ctx.tokens.start[token]; k++) {
      if (text.charAt(k) == '\n') {
        breaks++;
      }
    }
    return breaks > 1;
  }

  /** Whether a party's mention starts at token {@code token}. */
  private static boolean startsParty(Context ctx, int token) {
    Context.Found<PartyInfo> next = ctx.mentionFrom(token);
    return next != null && next.first == token;
  }

  /**
   * «We, the leaders of A, B and C, …» in the opening paragraphs: the parties named between a
   * collective subject of the signatories (groups.tsv) and the sentence's first act, leaving out an
   * inserted clause and places («The sides, building on the visit to A, declare»: A is where the
   * visit went, not who speaks).
   */
  private void weTheLeaders(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    Layout.Block firstClause = ctx.layout.clauses.isEmpty() ? null : ctx.layout.clauses.get(0);
    // «ДЕКЛАРАЦИЯ ⏎ ГЛАВ ГОСУДАРСТВ И ⏎ ПРАВИТЕЛЬСТВ …»: a heading broken into short lines uses up the window of
    // paragraphs, but a subject that names its parties may still open after it.
    Set<Layout.Block> window = openingBlocks(ctx, PREAMBLE_WINDOW);
    for (Context.Sentence s : ctx.sentences) {
      boolean near = s.block.number != null ? s.block == firstClause : Layout.preambleIndex(s.block) < PREAMBLE_WINDOW;
      boolean reached = !near && s.block.number == null && window.contains(s.block);
      if (!near && !reached) {
        continue;
      }
      for (int i = s.firstToken; i < s.lastToken; i++) {
        PrefixLexicon.Hit<List<String>> group = data.groups.longestAt(t, i, s.lastToken);
        boolean opening = i == s.firstToken || t.isCapitalized(i) || t.gapIs(i, ',');
        // «the APEC Economic Leaders' Meeting»: leaders before a head word name a meeting, not the subject.
        if (group == null || !group.entry.value.contains("SIGNATORIES") || !opening
            || group.last < s.lastToken && data.lexicons.heads.longestAt(t, group.last, s.lastToken) != null) {
          continue;
        }
        // «… for the Annual Summit of the Prime Ministers at the invitation of …»: leaders after a meeting's head word and
        // «of» name the meeting, not the subject; leaders «of» parties («the Summit of the Heads of State of SADC») still
        // name who meets.
        if (meetingBefore(t, i, s.firstToken) && !partyOfTheLeaders(ctx, group.last, s.lastToken)) {
          continue;
        }
        // Past the first paragraphs, under a heading broken into short lines, only a subject that names
        // its parties right after a comma («…, мы, Российская Федерация и …») is the sides'.
        if (reached && !(group.last < s.lastToken && t.gapHas(group.last, ',') && appositiveParty(ctx, group.last))) {
          continue;
        }
        int end = group.last;
        // «… Heads of State and Government met at … in Pretoria, Republic of South Africa»: the subject
        // ends at its act or at the verb of meeting; the places after that verb are where, not who.
        // «the 56 participating States»: an act's word right after an article or a number qualifies the noun after it.
        while (end < s.lastToken && (data.lexicons.acts.longestAt(t, end, s.lastToken) == null || attributive(t, end))
            && !words.is(WordClass.GATHERING_VERB, t.key[end])) {
          end++;
        }
        // «Communiqué Extraordinary Summit of the SADC Heads of State and Government: Pretoria, Republic of
        // South Africa»: heads named in a heading with no act or verb after them adopt nothing there.
        // «We, the Heads of State … of the African Union, meeting in Malabo …,» ending its line in a comma
        // is no heading: its verb opens the next paragraph.
        // «The Prime Ministers of A and B: ⏎ Sharing …; ⏎ Have agreed …» ending in a colon opens the preamble
        // its verb closes, as a comma does.
        if (end == s.lastToken && isHeadingLine(ctx, s) && !endsInAComma(ctx, s) && !endsInAColon(ctx, s)) {
          continue;
        }
        // «… and was attended by the Heads of State … of A, B»: who attends is not who speaks; nor do «Министры A и B
        // приняли участие в сессии …» adopt the session's text.
        if (attendedBy(t, i, s.firstToken) || onlyAttends(t, end, Math.min(s.lastToken, t.size))) {
          continue;
        }
        int stretchEnd = subjectStretchEnd(ctx, group.last, end);
        partiesBetween(ctx, group.last, stretchEnd, sides, true);
        // «We, the Heads of State of the member states of the CSTO — A, B and C»: the organisation that
        // defines the subject, named before the states it lists, adopts the text with them.
        definingOrganisation(ctx, group.last, stretchEnd, sides);
        // «We, the leaders of the European Union (EU) and Japan»: an organisation joined to a state is a side too.
        joinedOrganisations(ctx, group.last, stretchEnd, sides);
        // «We, the Russian Federation and the member States of NATO»: the organisation whose members stand beside a side is a side too.
        membersBesideASide(ctx, group.last, stretchEnd, sides);
        // «the Prime Ministers of the Nordic countries and Canada»: a group of states (groups.tsv) right after the
        // subject, «of the» apart, stands for its members; one past other words is what the sides speak of
        // («Стороны развивают сотрудничество стран Центральной Азии»).
        int complement = group.last;
        while (complement < stretchEnd && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[complement])) {
          complement++;
        }
        Set<String> members = new LinkedHashSet<>();
        groupMembers(ctx, group.last, Math.min(stretchEnd, complement + 1), stretchEnd, new LinkedHashSet<>(), members);
        sides.addAll(members);
        // «The two leaders expressed their support for the A-B Treaty»: past a lower-case word right after
        // the subject, one party alone is what the sentence speaks of, not the sides.
        if (sides.size() == 1 && group.last < s.lastToken && !t.isCapitalized(group.last)
            && t.gapBefore[group.last] == Tokens.GAP_SPACE && !words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[group.last])
            && !words.is(WordClass.AND, t.key[group.last])) {
          sides.clear();
          continue;
        }
        if (!sides.isEmpty()) {
          return;
        }
      }
    }
  }

  /** Whether a party starts at token {@code k} past the words that join a role to its party («of the»). */
  private boolean partyOfTheLeaders(Context ctx, int k, int to) {
    Tokens t = ctx.tokens;
    int at = k;
    while (at < to && at < k + 2 && (words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[at]) || data.language.isArticle(t.key[at]))) {
      at++;
    }
    return at > k && at < to && startsParty(ctx, at);
  }

  /** Most words between a meeting's head word and the leaders it is «of» («Summit of the Prime | Ministers»). */
  private static final int MEETING_OF_WORDS = 4;

  /**
   * Whether a meeting, summit or session ends right before the words before token {@code group},
   * with only «of», articles and capitalised words between («Summit of the Prime Ministers»).
   */
  private boolean meetingBefore(Tokens t, int group, int sentenceStart) {
    for (int j = group - 1; j >= Math.max(sentenceStart, group - MEETING_OF_WORDS - 1); j--) {
      int end = meetingEnd(t, j, group);
      if (end >= 0 && end < group && words.is(WordClass.NAME_PREPOSITION, t.key[end]) && !t.isCapitalized(end)) {
        for (int k = end + 1; k < group; k++) {
          if (!t.isCapitalized(k) && !data.language.isArticle(t.key[k])) {
            return false;
          }
        }
        return true;
      }
      if (t.gapBefore[j] == Tokens.GAP_HARD) {
        return false;
      }
    }
    return false;
  }

  /** Whether the word at {@code k} follows an article or a number, as a verb never does («the participating States»). */
  private boolean attributive(Tokens t, int k) {
    return k > 0 && t.gapBefore[k] == Tokens.GAP_SPACE && (data.language.isArticle(t.key[k - 1]) || t.isNumber(k - 1));
  }

  /**
   * The organisation named in tokens {@code [from, to)} before any state, where states named after it
   * are sides already: the body whose members the subject lists. One that only qualifies the subject's
   * noun before the states it is «of» ("We the Quad partners of A, B and C") is the grouping the states
   * are mentioned by, no side.
   */
  private void definingOrganisation(Context ctx, int from, int to, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first >= to || found.first >= from && found.value.kind == PartyKind.STATE) {
        return;
      }
      if (found.first >= from && found.value.kind == PartyKind.ORGANIZATION) {
        int noun = found.last;
        boolean qualifiesTheNoun = noun + 1 < to && t.gapBefore[noun] == Tokens.GAP_SPACE && !startsParty(ctx, noun)
            && !words.is(WordClass.AND, t.key[noun]) && !words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[noun])
            && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[noun + 1]) && partyOfTheLeaders(ctx, noun + 1, to);
        if (!onlyOrganisations(sides) && !qualifiesTheNoun) {
          sides.add(found.value.id);
        }
        return;
      }
    }
  }

  /** The most words before the parties that open a subject («Today (October 31, 2021) the United States, …»). */
  private static final int SUBJECT_LEAD_WORDS = 12;

  /**
   * «The African Union and the United States reaffirm …», «Today … the United States, the European
   * Union, Australia, … and the United Kingdom met …»: an opening sentence whose subject is two
   * parties or more, joined by commas and «and» alone, right before a verb of meeting or an act.
   */
  private void partiesAsSubject(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    Layout.Block firstClause = ctx.layout.clauses.isEmpty() ? null : ctx.layout.clauses.get(0);
    // Sentences and mentions both come in text order: each sentence's mentions start where the last one's ended.
    int firstMention = 0;
    for (Context.Sentence s : ctx.sentences) {
      if (s.block.number != null ? s.block != firstClause : Layout.preambleIndex(s.block) >= PREAMBLE_WINDOW) {
        continue;
      }
      while (firstMention < ctx.mentionsInOrder.size() && ctx.mentionsInOrder.get(firstMention).first < s.firstToken) {
        firstMention++;
      }
      Set<String> subject = new LinkedHashSet<>();
      int k = -1;
      // The run of parties, joined by commas and «and» alone, passed over before the subject opens.
      Set<String> passed = new LinkedHashSet<>();
      int passedEnd = -1;
      boolean passedPlace = false;
      for (Context.Found<PartyInfo> found : ctx.mentionsInOrder.subList(firstMention, ctx.mentionsInOrder.size())) {
        if (found.first >= s.lastToken) {
          break;
        }
        if (found.last > s.lastToken) {
          continue;
        }
        int lead = found.first - s.firstToken;
        // «Today, on the margins of the … event at the G20 in India, the United States and the European
        // Union welcomed …»: past the usual lead, a subject may still open after the comma that closes an
        // introductory phrase.
        if (k < 0 && lead > SUBJECT_LEAD_WORDS) {
          if (lead > LONG_LEAD_WORDS) {
            break;
          }
          boolean runGoesOn = passedEnd >= 0 && onlyJoiners(t, passedEnd, found.first);
          if (!runGoesOn) {
            passed.clear();
            passedEnd = -1;
          }
          if (!afterAComma(t, found.first)) {
            // «… at the G20 in India, the United States …»: a place opens no run of the subject's parties.
            if (passed.isEmpty()) {
              passedPlace = found.first > s.firstToken && (words.is(WordClass.LOCATIVE_PREPOSITION, t.key[found.first - 1])
                  || cityOfTheStateBefore(ctx, found.first));
            }
            passed.add(found.value.id);
            passedEnd = found.last;
            continue;
          }
          // «…, что A, B и C будут …»: the comma inside a list opens no subject; the list's first parties belong to it.
          if (runGoesOn && !passedPlace) {
            subject.addAll(passed);
          }
        }
        // «22 мая в Киеве (Украина) страны-члены ГУАМ и США провели …»: where, before the subject, is no side.
        if (k < 0 && namesAPlace(ctx, found.first)) {
          continue;
        }
        if (k >= 0 && !onlyJoiners(t, k, found.first)) {
          if (subject.size() != 1 || lead > LONG_LEAD_WORDS || !afterAComma(t, found.first)) {
            break;
          }
          subject.clear();
        }
        subject.add(found.value.id);
        k = found.last;
      }
      if (subject.size() < 2 || k > s.lastToken || k < s.lastToken && t.isCapitalized(k)) {
        continue;
      }
      // «A, B и C, ⏎ исходя из …, ⏎ заявляют:»: the subject alone before a comma, its verb opening a later paragraph.
      if (k == s.lastToken) {
        k = endsInAComma(ctx, s) ? verbOpeningALaterLine(ctx, s) : -1;
        if (k < 0) {
          continue;
        }
      }
      // «Россия и Индия, являясь …, заявляют»: a phrase opened by a gerund after a comma stands between the subject and its verb.
      if (t.gapHas(k, ',') && words.startsWithAny(WordClass.SUBJECT_END_PREFIX, t.key[k])
          && !words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[k])) {
        int verb = adoptionVerbAfter(t, k + 1, s.lastToken);
        k = verb >= 0 ? verb : endsInAComma(ctx, s) ? verbOpeningALaterLine(ctx, s) : -1;
        if (k < 0) {
          continue;
        }
      }
      // «Советский Союз и Франция торжественно заявляют»: adverbs may stand between the subject and its verb.
      k = pastAdverbs(t, k, s.lastToken);
      // «… and the World Bank attended as Observers»: who attends is not who speaks. «Мы призываем лидеров A и B
      // продолжить переговоры»: parties before an infinitive are the object of another's call, not a subject.
      if (!words.startsWithAny(WordClass.ATTENDANCE_VERB_PREFIX, t.key[k]) && !data.language.isInfinitive(t.key[k]) && (words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[k])
          || data.lexicons.acts.longestAt(t, k, k < s.lastToken ? s.lastToken : t.size) != null)) {
        sides.addAll(subject);
        return;
      }
    }
  }

  /** Most adverbs between a subject and its verb («вновь твердо заявляют»). */
  private static final int SUBJECT_ADVERBS = 2;

  /**
   * The token after up to {@value #SUBJECT_ADVERBS} lower-case adverbs ({@link Language#isAdverb}) that open
   * tokens {@code [from, to)}, spaces alone before each and after the last; {@code from} where there are none.
   */
  private int pastAdverbs(Tokens t, int from, int to) {
    int k = from;
    while (k + 1 < to && k < from + SUBJECT_ADVERBS && t.gapBefore[k] == Tokens.GAP_SPACE && t.gapBefore[k + 1] == Tokens.GAP_SPACE
        && !t.isCapitalized(k)
        && data.language.isAdverb(t.key[k])) {
      k++;
    }
    return k;
  }

  /**
   * «Азербайджанская Республика, Республика Армения, … и Украина, ⏎ стремясь …, ⏎ признавая …»: an
   * opening paragraph that is nothing but a list of parties ending in a comma, over a paragraph that
   * opens with a gerund or another lower-case word, is the subject of a treaty's preamble, however
   * far its verb stands (or where the text breaks off before it).
   */
  private void listAsSubject(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    Set<Layout.Block> opening = openingBlocks(ctx, SUBJECT_WINDOW);
    boolean inOpening = false;
    for (int n = 0; n + 1 < ctx.sentences.size(); n++) {
      Context.Sentence s = ctx.sentences.get(n);
      if (s.block.number != null || inOpening && !opening.contains(s.block)) {
        return;
      }
      inOpening = opening.contains(s.block);
      if (!inOpening || !endsInAComma(ctx, s)) {
        continue;
      }
      Context.Sentence next = ctx.sentences.get(n + 1);
      int first = next.firstToken;
      if (first >= next.lastToken || !t.gapHas(first, '\n')
          || t.isCapitalized(first) && !words.startsWithAny(WordClass.SUBJECT_END_PREFIX, t.key[first])) {
        continue;
      }
      // «Правительство Союза Советских ⏎ Социалистических Республик и ⏎ Правительство B, ⏎ придавая …»: a narrow
      // column's line breaks inside the list leave its first lines in sentences of their own.
      int from = wrappedListStart(ctx, s);
      Set<String> subject = list(ctx, from, s.lastToken);
      if (!subject.isEmpty()) {
        sides.addAll(subject);
        return;
      }
    }
  }

  /**
   * «At the invitation of the Government of A, the Minister for Foreign Affairs of B, … and the Minister
   * of Foreign Affairs of A met in …», «The President of A, His Excellency …; the Chief Adviser of the
   * Government of B, …; … met at the Summit …»: the states named before the verb of meeting in the first
   * opening sentence that has one are the sides, where they are two or more and take in every side
   * found by the heads (who miss those named by an office that is no head's, or by a broken line).
   */
  private void metSubject(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    for (Context.Sentence s : ctx.sentences) {
      if (s.block.number != null || Layout.preambleIndex(s.block) >= SUBJECT_WINDOW) {
        continue;
      }
      int verb = -1;
      for (int k = s.firstToken + 1; k < s.lastToken && verb < 0; k++) {
        if (!t.isCapitalized(k) && words.is(WordClass.GATHERING_VERB, t.key[k])) {
          verb = k;
        }
      }
      if (verb < 0) {
        continue;
      }
      Set<String> subject = new LinkedHashSet<>();
      partiesBetween(ctx, subjectStart(ctx, s), verb, subject, true);
      if (subject.size() >= 2 && subject.containsAll(sides)) {
        sides.addAll(subject);
        summitOrganisation(ctx, s, verb + 1, sides);
      }
      return;
    }
  }

  /**
   * The first token of the sentence {@code s} goes on from: back over the sentences before it that end
   * in a form of address («His Excellency Mr. ⏎ A B») or a semicolon, as a list of heads and their
   * offices does.
   */
  private int subjectStart(Context ctx, Context.Sentence s) {
    int at = ctx.sentences.indexOf(s);
    int start = s.firstToken;
    for (int n = at - 1; n >= 0 && Layout.preambleIndex(ctx.sentences.get(n).block) < SUBJECT_WINDOW; n--) {
      Context.Sentence before = ctx.sentences.get(n);
      int last = before.lastToken - 1;
      if (last < before.firstToken || last + 1 >= ctx.tokens.size
          || !words.is(WordClass.HONORIFIC, ctx.tokens.key[last]) && !ctx.tokens.gapHas(last + 1, ';')) {
        break;
      }
      start = before.firstToken;
    }
    return start;
  }

  /** Most words from a verb of adopting to its first agent («approved by the Governments of the | Republic of …»). */
  private static final int AGENT_REACH = 6;

  /** Paragraphs before the body that may say who adopted the text: a site's lines come first in some texts. */
  private static final int AGENT_WINDOW = 12;

  /**
   * «The text of the following statement was approved by the Governments of A, B and C», «Текст
   * следующего заявления был утвержден Правительствами A, B и C»: an opening sentence that names a
   * kind of document and says in the passive who adopted it (an auxiliary, a verb of adopting, then
   * the agents, a few words and no stop apart) names the sides: two parties or more joined by commas
   * and «and» alone.
   */
  private void adoptedByAgents(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    int firstMention = 0;
    Context.Sentence opening = firstPreambleSentence(ctx);
    for (Context.Sentence s : ctx.sentences) {
      if (s.block.number != null || Layout.preambleIndex(s.block) >= AGENT_WINDOW) {
        continue;
      }
      int verb = -1;
      for (int k = s.firstToken + 1; k + 1 < s.lastToken && verb < 0; k++) {
        if (words.startsWithAny(WordClass.PASSIVE_AUXILIARY_PREFIX, t.key[k]) && t.gapBefore[k + 1] == Tokens.GAP_SPACE
            && words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[k + 1])) {
          verb = k + 1;
        }
      }
      // «The text of a joint statement by the Governments of A and B follows. ⏎ Begin Text:»: in the opening
      // sentence, the word right after the kind of document leads to its agents as a passive verb does.
      if (verb < 0 && s == opening) {
        int kind = kindEndWithin(t, s.firstToken, Math.min(s.lastToken, s.firstToken + OPENING_KIND_WORDS));
        if (kind > 0 && kind < s.lastToken && !t.isCapitalized(kind)) {
          verb = kind;
        }
      } else if (verb < 0 || !kindBefore(t, s.firstToken, verb - 1)) {
        continue;
      }
      if (verb < 0) {
        continue;
      }
      while (firstMention < ctx.mentionsInOrder.size() && ctx.mentionsInOrder.get(firstMention).first <= verb) {
        firstMention++;
      }
      Set<String> agents = new LinkedHashSet<>();
      int k = verb + 1;
      for (Context.Found<PartyInfo> found : ctx.mentionsInOrder.subList(firstMention, ctx.mentionsInOrder.size())) {
        if (found.last > s.lastToken) {
          break;
        }
        boolean continuesList = agents.isEmpty()
            ? found.first - verb <= AGENT_REACH && spacesOnly(t, verb + 1, found.first)
            : onlyJoiners(t, k, found.first);
        if (!continuesList) {
          break;
        }
        agents.add(found.value.id);
        k = found.last;
      }
      if (agents.size() >= 2) {
        sides.addAll(agents);
        return;
      }
    }
  }

  /**
   * «Государства — члены ОДКБ выразили обеспокоенность … ⏎ Документ был утвержден министрами иностранных
   * дел A, B и C»: where the sides found are only the organisation whose members adopt the text, the
   * states an opening sentence names in the passive as its agents ({@link #adoptedByAgents}) adopt it
   * too, as the subject that names them would.
   */
  private void membersAsAgents(Context ctx, Set<String> sides) {
    Set<String> agents = new LinkedHashSet<>();
    adoptedByAgents(ctx, agents);
    if (onlyStates(agents)) {
      sides.addAll(agents);
    }
  }

  /** Most words before the kind of document an opening sentence names its agents after («The text of a joint statement by …»). */
  private static final int OPENING_KIND_WORDS = 6;

  /** The end of the first kind of document named in tokens {@code [from, to)}, or -1. */
  private int kindEndWithin(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, k, to);
      if (kind != null) {
        return kind.last;
      }
    }
    return -1;
  }

  /** The first sentence of the preamble's first paragraph, or null. */
  private static Context.Sentence firstPreambleSentence(Context ctx) {
    for (Context.Sentence s : ctx.sentences) {
      if (Layout.preambleIndex(s.block) == 0) {
        return s;
      }
    }
    return null;
  }

  /**
   * Whether a kind of document is named in tokens {@code [from, to)} («the following statement»), or the
   * plain noun a report refers back to it by («Документ был утвержден …»).
   */
  private boolean kindBefore(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (data.documentKinds.longestAt(t, k, to) != null || data.language.namesTheDocument(t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether only spaces stand between the words of tokens {@code [from, to]}. */
  private static boolean spacesOnly(Tokens t, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (t.gapBefore[k] != Tokens.GAP_SPACE) {
        return false;
      }
    }
    return true;
  }

  /** The most words before a subject that opens after the comma closing an introductory phrase. */
  private static final int LONG_LEAD_WORDS = 30;

  /** Whether a comma stands right before token {@code i}, or before the article that opens it. */
  private boolean afterAComma(Tokens t, int i) {
    return t.gapHas(i, ',') || i > 0 && data.language.isArticle(t.key[i - 1]) && t.gapHas(i - 1, ',');
  }

  /** Most words of a city's name before the state that places it in parentheses («Нью-Йорк (США)»). */
  private static final int CITY_WORDS = 3;

  /**
   * Whether the party named at token {@code first} is a place: after a locative preposition («в
   * Украине»), or in parentheses right after a city («в Киеве (Украина)»).
   */
  private boolean namesAPlace(Context ctx, int first) {
    Tokens t = ctx.tokens;
    if (first == 0) {
      return false;
    }
    if (t.gapBefore[first] == Tokens.GAP_SPACE && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[first - 1])) {
      return true;
    }
    if (t.gapIs(first, ',')) {
      return cityOfTheStateBefore(ctx, first);
    }
    if (!t.gapHas(first, '(')) {
      return false;
    }
    for (int c = first - 1; c >= Math.max(0, first - CITY_WORDS); c--) {
      PhraseMatcher.Match<City> city = data.cities.longestAt(t, c, first);
      if (city != null && city.last == first) {
        return true;
      }
    }
    return false;
  }

  /**
   * «… о встрече председателей на Бали, Индонезия, США и Китай подтверждают …», "… met in Bali, Indonesia,": whether
   * the state named at token {@code first} follows a comma after one of its own cities that a locative preposition
   * opens («в», or «на» for an island: «на Бали»); the state only places the city.
   */
  private boolean cityOfTheStateBefore(Context ctx, int first) {
    Tokens t = ctx.tokens;
    Context.Found<PartyInfo> state = ctx.mentionFrom(first);
    if (state == null || state.first != first) {
      return false;
    }
    for (int c = first - 1; c >= Math.max(1, first - CITY_WORDS); c--) {
      PhraseMatcher.Match<City> city = data.cities.longestAt(t, c, first);
      if (city != null && city.last == first && state.value.id.equals(city.value.country)
          && (words.is(WordClass.LOCATIVE_PREPOSITION, t.key[c - 1]) || words.is(WordClass.OCCASION_PREPOSITION, t.key[c - 1]))) {
        return true;
      }
    }
    return false;
  }

  /** The most paragraphs of participles and gerunds, each ending in a comma, between a subject and its verb. */
  private static final int PHRASES_BEFORE_VERB = 6;

  /**
   * The verb of adopting or act that opens a sentence after {@code s} («заявляют:»), where every sentence
   * between opens in lower case and ends in a comma («исходя из …,», «подтверждая …,»); or -1.
   */
  private int verbOpeningALaterLine(Context ctx, Context.Sentence s) {
    Tokens t = ctx.tokens;
    int at = ctx.sentences.indexOf(s);
    for (int n = at + 1; at >= 0 && n < ctx.sentences.size() && n <= at + PHRASES_BEFORE_VERB; n++) {
      Context.Sentence next = ctx.sentences.get(n);
      int first = next.firstToken;
      if (first >= Math.min(next.lastToken, t.size) || t.isCapitalized(first)) {
        return -1;
      }
      if (words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[first])
          || data.lexicons.acts.longestAt(t, first, next.lastToken) != null) {
        return first;
      }
      if (!endsInAComma(ctx, next)) {
        return -1;
      }
    }
    return -1;
  }

  /** The first lower-case verb of adopting or act («договорились») in tokens {@code [from, to)} right after a comma, or -1. */
  private int adoptionVerbAfter(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.gapHas(k, ',') && !t.isCapitalized(k) && (words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[k])
          || data.lexicons.acts.longestAt(t, k, to) != null)) {
        return k;
      }
    }
    return -1;
  }

  /** Whether tokens {@code [from, to)} only join parties: «and», «the», «of», «the Government of». */
  private boolean onlyJoiners(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      boolean joiner = words.is(WordClass.AND, t.key[k]) || words.is(WordClass.PARTY_BODY, t.key[k])
          || words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k])
          && !words.is(WordClass.PLACE_AFTER_NAME_PREPOSITION, t.key[k]) && !words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k]);
      if (!joiner) {
        return false;
      }
    }
    return true;
  }

  /**
   * «Принято Президентом A, Председателем B, при содействии Генерального секретаря C и Председателя D»:
   * whether the person's first mention follows words that introduce helpers of the text's authors
   * ({@link Language#introducesHelpers}) in its sentence; a helper adopts nothing.
   */
  private boolean helps(Context ctx, PersonRecognizer.Person person) {
    int at = person.mentions.get(0).start();
    Context.Sentence sentence = ctx.sentenceOf(at);
    if (sentence == null) {
      return false;
    }
    for (int k = sentence.firstToken; k < Math.min(at, sentence.lastToken); k++) {
      if (data.language.introducesHelpers(ctx.tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /** Most words between the words of chairing and the chair's first mention («под председательством | Президента Турецкой Республики Е. П. г-на»). */
  private static final int CHAIR_REACH = 10;

  /**
   * «Заседание прошло под председательством министра A …», "chaired by the Minister of C": whether the person's
   * first mention follows a clause of chairmanship ({@link Language#opensAChairmanship}) within {@value
   * #CHAIR_REACH} words and no comma in its sentence. The chair of a meeting only runs it and adopts nothing by
   * that alone (a chair the text names as adopting stays a side through the rules that find the adopters).
   */
  private boolean chairs(Context ctx, PersonRecognizer.Person person) {
    Tokens t = ctx.tokens;
    int at = person.mentions.get(0).start();
    Context.Sentence sentence = ctx.sentenceOf(at);
    if (sentence == null) {
      return false;
    }
    for (int k = at - 1; k >= Math.max(sentence.firstToken, at - CHAIR_REACH - 1); k--) {
      if (data.language.opensAChairmanship(t, k, at)) {
        return true;
      }
      if (t.gapHas(k + 1, ',')) {
        return false;
      }
    }
    return false;
  }

  /**
   * «President A, President B … attended the meeting», «… were in attendance», «The meeting was
   * attended by the President of A, <name>: …»: heads of state whose sentence tells of attending
   * (a verb of words.tsv ATTENDANCE_VERB_PREFIX before or after their first mention) take part in a
   * meeting that someone else holds, and do not adopt the text by that alone.
   */
  private boolean attends(Context ctx, PersonRecognizer.Person person) {
    Tokens t = ctx.tokens;
    int at = person.mentions.get(0).start();
    Context.Sentence sentence = ctx.sentenceOf(at);
    if (sentence == null) {
      return false;
    }
    Range mention = person.mentions.get(0);
    for (int k = sentence.firstToken; k < sentence.lastToken; k++) {
      if (k >= mention.start() && k < mention.end()) {
        continue;
      }
      if (!t.isCapitalized(k) && words.startsWithAny(WordClass.ATTENDANCE_VERB_PREFIX, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Most words between a verb of attending and the collective subject («attended by the Prime |
   * Ministers», «attended the 24th meeting of the Council of | Heads of State»).
   */
  private static final int ATTENDED_BY_REACH = 9;

  /**
   * Whether a verb of attending comes before the collective subject at {@code group}, in the same
   * stretch of words without punctuation («attended by», «attended the meeting of the Council of»).
   */
  private boolean attendedBy(Tokens t, int group, int sentenceStart) {
    for (int k = group - 1; k >= Math.max(sentenceStart, group - ATTENDED_BY_REACH); k--) {
      if (words.startsWithAny(WordClass.ATTENDANCE_VERB_PREFIX, t.key[k])) {
        return true;
      }
      if (t.gapBefore[k] == Tokens.GAP_HARD) {
        return false;
      }
    }
    return false;
  }

  /**
   * «The Peace and Security Council of the African Union (AU), at its 469th meeting …, adopted the
   * following decision», «The Fifty-First Pacific Islands Forum was held in Suva»: an opening
   * sentence that begins with an organisation (or its organ) and goes on to a verb of adoption or
   * meeting is the organisation's text.
   */
  private void organisationAdopts(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    Layout.Block firstClause = ctx.layout.clauses.isEmpty() ? null : ctx.layout.clauses.get(0);
    for (Context.Sentence s : ctx.sentences) {
      if (s.block.number != null ? s.block != firstClause : Layout.preambleIndex(s.block) >= SUBJECT_WINDOW) {
        continue;
      }
      Context.Found<PartyInfo> first = null;
      for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
        if (found.first >= s.firstToken && found.last <= s.lastToken) {
          first = found;
          break;
        }
      }
      if (first == null) {
        continue;
      }
      // «Генеральная конференция Организации … по вопросам образования, науки и культуры, собравшаяся …»: an organ
      // (words.tsv's adopting organs) may open the subject in lower-case words before its organisation.
      boolean organBefore = first.first > s.firstToken && organEnd(t, s.firstToken, first.first) == first.first;
      if (first.value.kind != PartyKind.ORGANIZATION || first.first > s.firstToken + OPENING_WORDS
          || !organBefore && (!nameOnlyBefore(t, s.firstToken, first.first) || inRole(t, s.firstToken, first))) {
        return;
      }
      for (int k = first.last; k < s.lastToken; k++) {
        if (!t.isCapitalized(k) && words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[k])) {
          sides.add(first.value.id);
          return;
        }
      }
      if (first.first > s.firstToken && t.isUpperCase(s.firstToken) && t.isUpperCase(first.first)
          && organSpeaksNext(ctx, s)) {
        sides.add(first.value.id);
        return;
      }
      // «Communiqué Extraordinary Summit of the SADC Heads of State: Pretoria»: a heading line names
      // the meeting without a verb; the sentence after it may still tell who meets.
      if (!isHeadingLine(ctx, s)) {
        return;
      }
    }
  }

  /**
   * «The General Assembly, ⏎ Recalling …», «The members of the Security Council condemned …»,
   * «In response to the invitation of …, the Supreme Council held its Forty-Fourth Session»,
   * «Совет Безопасности приветствует …»: where nothing else names the signatories, an opening
   * sentence whose subject is an organ named bare, without its organisation, and goes straight on
   * to its verb (or to the comma that ends a resolution's opening line) is the text of the
   * organisation the document names most often. An organ followed by a name («Security Council of
   * the Russian Federation», «Совет министров … государств — членов ШОС») is no bare organ.
   */
  private void bareOrganAdopts(Context ctx, Set<String> sides) {
    if (organPhrases.length == 0) {
      return;
    }
    Tokens t = ctx.tokens;
    String text = ctx.text.text();
    Layout.Block firstClause = ctx.layout.clauses.isEmpty() ? null : ctx.layout.clauses.get(0);
    for (int n = 0; n < ctx.sentences.size() && n < RESOLUTION_OPENING; n++) {
      Context.Sentence s = ctx.sentences.get(n);
      boolean inWindow = s.block.number != null ? s.block == firstClause : Layout.preambleIndex(s.block) < SUBJECT_WINDOW;
      if (!inWindow && s.block.number != null) {
        continue;
      }
      int limit = Math.min(s.lastToken, t.size);
      for (int k = s.firstToken; k < limit && k <= s.firstToken + OPENING_WORDS * 4; k++) {
        int end = t.isCapitalized(k) ? organEnd(t, k, limit) : -1;
        // «The General Assembly, ⏎⏎ Recalling …»: the comma may close a paragraph of its own.
        if (end < 0 || end >= t.size || end > limit || partyNear(ctx, end)) {
          continue;
        }
        boolean opens = k <= s.firstToken + OPENING_WORDS && subjectOpening(t, s.firstToken, k);
        String gap = text.substring(t.end[end - 1], t.start[end]);
        // «Генеральная Ассамблея ⏎ принимает …»: an organ on a line of its own goes on to its verb on the next line.
        boolean ownLine = k == s.firstToken && end == limit && gap.indexOf('\n') >= 0;
        boolean lowerCaseNext = (end < limit || ownLine) && gap.isBlank() && !t.isCapitalized(end);
        boolean verb = lowerCaseNext && words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[end]);
        boolean adopts = opens ? verb || lowerCaseNext && !words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[end])
            && !words.is(WordClass.AND, t.key[end]) : verb && afterClause(t, text, s.firstToken, k);
        adopts = adopts || decreedBy(t, end, limit);
        // «The General Assembly, ⏎ Recalling …» may follow a resolution's long heading.
        if (!(adopts && inWindow) && !(opens && gap.startsWith(",") && gap.indexOf('\n') > 0)) {
          continue;
        }
        String organisation = mostNamedOrganisation(ctx);
        if (organisation != null) {
          sides.add(organisation);
        }
        return;
      }
    }
  }

  /**
   * «Совет глав государств и Совет глав правительств ⏎ РЕШИЛИ:», «Совет министров иностранных дел
   * ПОСТАНОВЛЯЕТ:»: a council's decision spells its verb of adopting in capitals right after the organ
   * (or after a second organ joined to it by «and»), wherever the clause before it ends; that verb alone
   * makes the organ the one that adopts. Whether tokens from {@code end}, where an organ ends, go on so.
   */
  private boolean decreedBy(Tokens t, int end, int limit) {
    int verb = end;
    if (verb + 1 < limit && words.is(WordClass.AND, t.key[verb]) && t.isCapitalized(verb + 1)) {
      int second = organEnd(t, verb + 1, limit);
      verb = second > 0 ? second : verb;
    }
    return verb < t.size && t.isUpperCase(verb) && t.key[verb].length() > 1
        && words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t.key[verb]);
  }

  /** Opening words searched for a heading line that says who adopted the text. */
  private static final int ADOPTED_BY_TOKENS = 120;

  /** Most function words between the verb of a heading's «adopted by» line and the organisation it names («by the»). */
  private static final int ADOPTED_BY_WORDS = 2;

  /** Most lower-case words between a heading's participle of adopting after a comma and the organisation («лидерами»). */
  private static final int ADOPTERS_WORDS = 4;

  /**
   * «Принято ⏎ Советом глав государств СНГ ⏎ 15 апреля 1994 года», «Adopted by the Council of Ministers of
   * the CIS»: a legal database's heading block says who adopted the text on a line that opens with a
   * capitalised verb of adopting, or in a bracket after the title («(принята резолюцией Генеральной
   * Ассамблеи A …)»); the organisation named right after it (an organ counts as its organisation), only
   * function words apart (in the bracket, any lower-case words: the instrument of adoption), is the side.
   * A page's heading may say it with a participle after a comma that follows a noun of documents
   * (reports.tsv: «Документы, принятые лидерами «Группы восьми» по итогам саммита»): up to {@value
   * #ADOPTERS_WORDS} lower-case words (who adopted it for the organisation) may stand before the
   * organisation there.
   */
  private void adoptedByInTheHeading(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    int to = Math.min(t.size, ADOPTED_BY_TOKENS);
    for (int k = 0; k + 1 < to; k++) {
      // Most words are no verb of adopting: ruled out by the token's first letter, before its gaps are read.
      if (!words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t, k)) {
        continue;
      }
      boolean opensALine = (k == 0 || t.gapHas(k, '\n')) && t.isCapitalized(k);
      // «Декларация … (принята резолюцией Генеральной Ассамблеи A …)»: a bracket after the title says it in lower case.
      boolean bracketed = k > 0 && t.gapHas(k, '(') && !t.gapHas(k, '\n');
      // «РЕЗОЛЮЦИЯ 71/189, ⏎ принятая …»: the participle may open the next line.
      boolean afterComma = k > 0 && (t.gapIs(k, ',') || t.gapHas(k, ',') && t.gapHas(k, '\n') && !t.gapHas(k, '.'));
      boolean participle = afterComma && !t.isCapitalized(k) && documentNounBefore(t, k)
          && words.startsWithAny(WordClass.PASSIVE_PARTICIPLE_PREFIX, t.key[k]);
      if (!opensALine && !bracketed && !participle) {
        continue;
      }
      Context.Found<PartyInfo> found = ctx.mentionFrom(k + 1);
      if (participle && (found == null || found.first > k + 1 + ADOPTERS_WORDS)) {
        // A heading the text's wrapper holds has no mention: read the organisation from the words.
        found = partyReadFrom(t, k + 1, to);
      }
      if (found == null) {
        return;
      }
      boolean near = found.first - (k + 1) <= (participle ? ADOPTERS_WORDS : ADOPTED_BY_WORDS) && !t.gapHas(found.first, '.');
      // In the bracket the instrument of adoption may stand before the organ («резолюцией», "by resolution").
      for (int j = k + 1; j < found.first && near; j++) {
        near = !t.isCapitalized(j) && t.gapBefore[j] == Tokens.GAP_SPACE
            && (bracketed || participle || words.is(WordClass.FUNCTION_WORD, t.key[j]) || data.language.isArticle(t.key[j]));
      }
      if (near && found.value.kind == PartyKind.ORGANIZATION) {
        sides.add(found.value.id);
        return;
      }
    }
  }

  /**
   * «Принято A и B 21 октября 2001 года в Шанхае», with A and B persons named without their titles: a line at the top
   * that opens with a capitalised verb of adopting and goes straight on to two persons or more, joined by commas and
   * «и» alone, each known to serve a state, names the sides through those persons, as a heading that gives their
   * titles does.
   */
  private void namedAdoptersInTheHeading(Context ctx, List<PersonRecognizer.Person> people, Set<String> sides) {
    Tokens t = ctx.tokens;
    int to = Math.min(t.size, ADOPTED_BY_TOKENS);
    for (int k = 0; k + 1 < to; k++) {
      if (!words.startsWithAny(WordClass.ADOPTION_VERB_PREFIX, t, k) || k > 0 && !t.gapHas(k, '\n') || !t.isCapitalized(k)) {
        continue;
      }
      Set<String> adopters = new LinkedHashSet<>();
      int next = k + 1;
      Range name = nameOfAStatesPersonAt(ctx, people, next, adopters);
      while (name != null && name.end() < t.size && !t.gapHas(name.end(), '\n')) {
        next = name.end();
        if (words.is(WordClass.AND, t.key[next]) && t.gapBefore[next] == Tokens.GAP_SPACE) {
          next++;
        } else if (!t.gapIs(next, ',')) {
          break;
        }
        name = nameOfAStatesPersonAt(ctx, people, next, adopters);
      }
      if (adopters.size() >= 2) {
        sides.addAll(adopters);
      }
      return;
    }
  }

  /**
   * The name, starting at token {@code token}, of a person who serves a state ({@link Leaders#stateServed}), whose
   * state goes to {@code states}; null where none starts there.
   */
  private Range nameOfAStatesPersonAt(Context ctx, List<PersonRecognizer.Person> people, int token, Set<String> states) {
    for (PersonRecognizer.Person person : people) {
      for (Range mention : person.mentions) {
        String state = mention.start() == token ? leaders.stateServed(ctx, person) : null;
        if (state != null) {
          states.add(state);
          return mention;
        }
      }
    }
    return null;
  }

  /**
   * The first party the gazetteer reads within {@value #ADOPTERS_WORDS} words from token {@code from}, as a mention:
   * for words the party stage made no mentions in (a heading the site's wrapper holds); null if none.
   */
  private Context.Found<PartyInfo> partyReadFrom(Tokens t, int from, int to) {
    for (int j = from; j < Math.min(to, from + ADOPTERS_WORDS + 1); j++) {
      PhraseMatcher.Match<PartyInfo> match = data.parties.longestAt(t, j, to);
      if (match != null) {
        return new Context.Found<>(match.first, match.last, match.value);
      }
    }
    return null;
  }

  /** Most tokens of a document's number between its noun and what follows it («71/189»). */
  private static final int DOCUMENT_NUMBER_TOKENS = 3;

  /**
   * Whether a noun of documents (reports.tsv) ends right before token {@code k}, or before the tokens of its
   * number, at most {@value #DOCUMENT_NUMBER_TOKENS} («РЕЗОЛЮЦИЯ 71/189, ⏎ принятая Генеральной Ассамблеей …»).
   */
  private boolean documentNounBefore(Tokens t, int k) {
    int noun = k - 1;
    while (noun > 0 && k - noun <= DOCUMENT_NUMBER_TOKENS && t.isNumber(noun)) {
      noun--;
    }
    return retelling.namesADocument(t.key[noun]);
  }

  /** Opening sentences (a news page's headline and lead among them) searched for a legislature that speaks. */
  private static final int LEGISLATURE_SENTENCES = 6;

  /** Most capitalised words of a legislature's name before the state it belongs to («Государственной Думы Федерального Собрания»). */
  private static final int LEGISLATURE_WORDS = 5;

  /**
   * «Государственная Дума Федерального Собрания Российской Федерации считает …», «Депутаты Госдумы
   * выразили обеспокоенность …», «Совет Федерации обеспокоен …», "The Parliament of Georgia calls on …": a
   * chamber of a state's parliament that speaks speaks for its state. Where nothing else names the sides,
   * an opening sentence whose subject is a legislature (its members, «Депутаты», may lead it) named by
   * capitalised words, then the state it belongs to, then a lower-case word (its verb), makes that state
   * the side. A legislature known by its name alone (groups.tsv: «Госдума», «Верховная Рада») needs no state after it.
   * An organisation's assembly («ПА ОДКБ предупредила …», «Депутаты Парламентского Собрания Союза Беларуси и России
   * обеспокоены …») is an organ of it and makes the organisation the side. The side, and whether the sentence tells
   * of signing or ratifying; null where no opening sentence is a legislature's.
   */
  private Speaker speakingLegislature(Context ctx) {
    Tokens t = ctx.tokens;
    for (int n = 0; n < Math.min(LEGISLATURE_SENTENCES, ctx.sentences.size()); n++) {
      Context.Sentence s = ctx.sentences.get(n);
      int to = Math.min(s.lastToken, t.size);
      int k = skipJoiners(t, s.firstToken, to);
      if (k < to && t.isCapitalized(k) && data.language.namesLegislators(t.key[k])) {
        k = skipJoiners(t, k + 1, to);
      }
      if (k >= to || !t.isCapitalized(k)) {
        continue;
      }
      String side = null;
      boolean legislature = false;
      int j = k;
      PrefixLexicon.Hit<List<String>> known = data.groups.longestAt(t, k, to);
      if (known != null && known.entry.value.size() == 1 && isState(known.entry.value.get(0))) {
        side = known.entry.value.get(0);
        legislature = true;
        j = known.last;
      }
      Context.Found<PartyInfo> own = ctx.mentionFrom(k);
      if (side == null && own != null && own.first == k && own.value.kind == PartyKind.ORGANIZATION
          && namesALegislatureWithin(t, k, own.last)) {
        side = own.value.id;
        legislature = true;
        j = own.last;
      }
      Context.Found<PartyInfo> next = ctx.mentionFrom(j);
      while (j < to && j < k + LEGISLATURE_WORDS && t.isCapitalized(j) && (next == null || next.first != j)) {
        legislature |= data.language.namesALegislature(t.key[j]);
        j++;
      }
      if (!legislature) {
        continue;
      }
      // «… Федерального Собрания Российской Федерации», "… of the Republic of Korea": the state it belongs to;
      // «Парламентская ассамблея ОДКБ», «Депутаты Парламентского Собрания Союзного государства»: an
      // organisation's assembly is an organ of it and speaks for it.
      int at = skipJoiners(t, j, to);
      next = ctx.mentionFrom(at);
      if (next != null && next.first == at
          && (next.value.kind == PartyKind.STATE || next.value.kind == PartyKind.ORGANIZATION)) {
        side = next.value.id;
        j = next.last;
      }
      // «…Российской Федерации,⏎выражая …»: a line break after the comma may end the sentence there.
      Context.Sentence goesOn = j == to && j < t.size && t.gapHas(j, ',') ? ctx.sentenceOf(j) : null;
      int clauseEnd = goesOn != null ? goesOn.lastToken : to;
      if (side != null && j < clauseEnd && speaksNext(t, j, clauseEnd)) {
        // «Государственная Дума ратифицировала Договор между A и B»: a page on a treaty the legislature ratified
        // has the treaty's sides, which the other rules find first.
        return new Speaker(side, signs(t, j, clauseEnd));
      }
    }
    return null;
  }

  /** A legislature that speaks in an opening sentence: the side it stands for, and whether it signs or ratifies there. */
  private record Speaker(String side, boolean signs) {}

  /** Whether a {@link WordClass#SIGNING_VERB} stands among tokens {@code from} to {@code to}. */
  private boolean signs(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (words.is(WordClass.SIGNING_VERB, t.key[i])) {
        return true;
      }
    }
    return false;
  }

  /** «Парламентская ассамблея Совета Европы»: whether one of an organisation's name's words names an assembly. */
  private boolean namesALegislatureWithin(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (data.language.namesALegislature(t.key[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words at token {@code j}, right after a legislature's name, go on with what it does: a lower-case
   * word (its verb) after a space, or after a comma or a preposition («…, выражая волю …», «… в преддверии …») a
   * lower-case word, not a number, a name or a list going on («и …», «в Москве»).
   */
  private boolean speaksNext(Tokens t, int j, int to) {
    boolean preposition = words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[j]);
    boolean clause = preposition || t.gapHas(j, ',');
    int verb = preposition ? j + 1 : j;
    if (verb >= to || t.isCapitalized(verb) || t.isNumber(verb) || words.is(WordClass.AND, t.key[verb])
        || words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[verb])) {
      return false;
    }
    return clause || t.gapBefore[j] == Tokens.GAP_SPACE;
  }

  /** The first token from {@code from} past lower-case articles and the words that join a body to its party («of the»). */
  private int skipJoiners(Tokens t, int from, int to) {
    int k = from;
    while (k < to && k < from + 2 && (data.language.isArticle(t.key[k])
        || !t.isCapitalized(k) && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k]))) {
      k++;
    }
    return k;
  }

  /** Whether a party id is a state's. */
  private boolean isState(String id) {
    PartyInfo info = data.partiesById.get(id);
    return info != null && info.kind == PartyKind.STATE;
  }

  /** Sentences in which a resolution's «The General Assembly,» may open after its heading lines. */
  private static final int RESOLUTION_OPENING = 40;

  /** The end of the longest {@link WordClass#ADOPTING_ORGAN} phrase at token {@code k}, or -1. */
  private int organEnd(Tokens t, int k, int limit) {
    if (organFirst != null && (t.key[k].isEmpty() || organFirst.indexOf(t.key[k].charAt(0)) < 0)) {
      return -1;
    }
    int best = -1;
    for (String[] phrase : organPhrases) {
      int end = k + phrase.length;
      if (end > limit || end <= best) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < phrase.length && match; i++) {
        match = t.key[k + i].startsWith(phrase[i]) && (i == 0 || t.gapBefore[k + i] != Tokens.GAP_HARD);
      }
      if (match) {
        best = end;
      }
    }
    return best;
  }

  /** Whether tokens [from, to) may open a body's subject: name-only words, or «the members of the». */
  private boolean subjectOpening(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.isCapitalized(k) && !words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k])
          && !(words.kinds().contains(WordClass.ORGAN_MEMBER) && words.is(WordClass.ORGAN_MEMBER, t.key[k]))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the organ at {@code k} follows a clause's comma, with at most an article between («…, the Supreme Council»). */
  private boolean afterClause(Tokens t, String text, int first, int k) {
    int before = k > first && !t.isCapitalized(k - 1) && words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k - 1]) ? k - 1 : k;
    return before > first && text.substring(t.end[before - 1], t.start[before]).trim().equals(",");
  }

  /** Words after an organ in which a party named makes the organ that party's («Security Council of the Russian Federation»). */
  private static final int PARTY_NEAR_WORDS = 4;

  /** Whether a party is named within {@link #PARTY_NEAR_WORDS} words from token {@code from} (the organ is that party's). */
  private static boolean partyNear(Context ctx, int from) {
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first >= from && found.first < from + PARTY_NEAR_WORDS) {
        return true;
      }
      if (found.first >= from + PARTY_NEAR_WORDS) {
        break;
      }
    }
    return false;
  }

  /** The organisation the document names most often, the first named on a tie; null where it names none. */
  private static String mostNamedOrganisation(Context ctx) {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.value.kind == PartyKind.ORGANIZATION) {
        counts.merge(found.value.id, 1, Integer::sum);
      }
    }
    String best = null;
    for (java.util.Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (best == null || entry.getValue() > counts.get(best)) {
        best = entry.getKey();
      }
    }
    return best;
  }

  /**
   * Whether the organisation is named inside a role that opens the sentence («President of the
   * European Commission Ursula von der Leyen met …»): the subject is its official, not the body.
   */
  private boolean inRole(Tokens t, int from, Context.Found<PartyInfo> organisation) {
    for (int k = from; k < organisation.first; k++) {
      PrefixLexicon.Hit<String> role = data.lexicons.roles.longestAt(t, k, t.size);
      if (role != null && role.last >= organisation.last) {
        return true;
      }
    }
    return false;
  }

  /** Whether sentence {@code s} is a line of its own in the preamble that ends without a stop. */
  private static boolean isHeadingLine(Context ctx, Context.Sentence s) {
    String text = ctx.text.text();
    return s.block.number == null && s.end > 0 && text.charAt(s.end - 1) != '.'
        && (s.end == text.length() || text.charAt(s.end) == '\n');
  }

  /** Sentences after an organ's heading in which the body's first one may open. */
  private static final int HEADING_LINES = 4;

  /**
   * «СОВЕТ МИНИСТРОВ ИНОСТРАННЫХ ДЕЛ ОБСЕ ⏎ … ⏎ 1. Совет министров убежден …»: a heading in capitals
   * that opens with an organ's name, and a sentence just under the heading that opens with the
   * organ's head word written in lower case after its capital, make the text the organ's.
   */
  private static boolean organSpeaksNext(Context ctx, Context.Sentence heading) {
    Tokens t = ctx.tokens;
    int index = ctx.sentences.indexOf(heading);
    for (int n = index + 1; n > 0 && n < ctx.sentences.size() && n <= index + HEADING_LINES; n++) {
      Context.Sentence next = ctx.sentences.get(n);
      int first = next.firstToken;
      if (first < Math.min(next.lastToken, t.size) && t.isCapitalized(first) && !t.isUpperCase(first)
          && t.key[first].equals(t.key[heading.firstToken])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens [from, to) can only be the start of a name: capitalised words, numbers, ordinal
   * suffixes, «and», «of», «the» («The Peace and Security Council of the», «The Fifty-First (51st)»).
   */
  private boolean nameOnlyBefore(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.isCapitalized(k) && !t.isNumber(k) && !words.is(WordClass.DAY_FILLER, t.key[k])
          && !words.is(WordClass.AND, t.key[k]) && !words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k])) {
        return false;
      }
    }
    return true;
  }

  /** Words before an organisation that may still open the sentence's subject («The Peace and Security Council of»). */
  private static final int OPENING_WORDS = 8;

  /**
   * Where a collective subject's stretch ends before {@code to} (its act): at a comma that opens an
   * inserted clause («The sides, building on …, declare»), i.e. one not followed by a party, «and»,
   * a linking preposition or a capitalised word of a list.
   */
  private int subjectStretchEnd(Context ctx, int from, int to) {
    Tokens t = ctx.tokens;
    for (int k = from; k < to; k++) {
      if (t.gapHas(k, ',') && !t.isCapitalized(k) && !startsParty(ctx, k) && !words.is(WordClass.AND, t.key[k])
          && !words.is(WordClass.ROLE_PARTY_PREPOSITION, t.key[k]) && !opensAnotherRoleGroup(ctx, k, to)) {
        return k;
      }
    }
    return to;
  }

  /** Most coordinating words before a further group of the subject («а также»). */
  private static final int COORDINATING_WORDS = 2;
  /** Most words of a title between «а также» and the party it belongs to («Верховный представитель»). */
  private static final int ROLE_TITLE_WORDS = 3;

  /**
   * «Мы, министры A и B, заместители министров C и D, а также Верховный представитель E встретились»: whether the
   * words after the comma at token {@code k} open a further group of the subject, a role (roles.tsv) or, after
   * coordinating words, a party, rather than an inserted clause.
   */
  private boolean opensAnotherRoleGroup(Context ctx, int k, int to) {
    Tokens t = ctx.tokens;
    int m = k;
    while (m < to && m < k + COORDINATING_WORDS && words.is(WordClass.COORDINATOR, t.key[m])) {
      m++;
    }
    if (m >= to) {
      return false;
    }
    // «заместители министров иностранных дел C»: a role, or one word qualifying the role after it.
    if (data.lexicons.roles.longestAt(t, m, to) != null
        || (m + 1 < to && !t.gapHas(m + 1, ',') && data.lexicons.roles.longestAt(t, m + 1, to) != null)) {
      return true;
    }
    if (m == k) {
      return false;
    }
    // «а также Верховный представитель E»: coordinated, the title of a party named a few words on.
    for (int p = m; p < to && p <= m + ROLE_TITLE_WORDS; p++) {
      if (p > m && t.gapHas(p, ',')) {
        return false;
      }
      if (startsParty(ctx, p)) {
        return true;
      }
    }
    return false;
  }

  /** Lines of a list before a sentence searched for the parties it goes on with. */
  private static final int LIST_LINES = 40;

  /**
   * Where the list a sentence goes on with starts: the parties set one a line, each closed by a comma
   * («Азербайджанская Республика, ⏎ Исламская Республика Иран, ⏎ … ⏎ далее именуемые Сторонами»), are
   * sentences of their own; the first of the run of sentences that end with a comma before {@code s}, or with
   * «и» before the last party («Республика A и ⏎ Республика B, ⏎ далее именуемые …»).
   */
  private int listStart(Context ctx, Context.Sentence s) {
    return linesBack(ctx, s, true);
  }

  /**
   * Where the list of parties that sentence {@code s} ends goes back to in a narrow column: back over the sentences
   * before it that its first line continues, by a break inside a party's name or next to the «и» that joins two
   * parties ({@link #brokenList}, or a line that ends in «и»). {@code s.firstToken} where it continues none.
   */
  private int wrappedListStart(Context ctx, Context.Sentence s) {
    return linesBack(ctx, s, false);
  }

  /**
   * The first token of the run of up to {@value #LIST_LINES} sentences before {@code s} that the list it ends goes
   * back over, each parted from the next by a line break after «и» or inside the list ({@link #brokenList}), or
   * after a comma where {@code commas}; {@code s.firstToken} where there is none.
   */
  private int linesBack(Context ctx, Context.Sentence s, boolean commas) {
    Tokens t = ctx.tokens;
    int n = ctx.sentences.indexOf(s);
    int from = s.firstToken;
    for (int back = n - 1; back >= 0 && n - back <= LIST_LINES; back--) {
      Context.Sentence before = ctx.sentences.get(back);
      if (from == 0 || before.lastToken != from || !t.gapHas(from, '\n')
          || (t.gapHas(from, ',') ? !commas : !words.is(WordClass.AND, t.key[from - 1]) && !brokenList(ctx, from))) {
        break;
      }
      from = before.firstToken;
    }
    return from;
  }

  /**
   * Whether the bare line break before token {@code at} (no punctuation in it) is a narrow column's wrap inside a
   * list of parties, not its end: a party's name runs across it («Правительство Союза Советских ⏎
   * Социалистических Республик и ⏎ …»), or the line after it opens with «и» before the next party («Правительство
   * A ⏎ и Правительство B, ⏎ именуемые далее …»).
   */
  private boolean brokenList(Context ctx, int at) {
    Tokens t = ctx.tokens;
    if (at == 0 || at >= t.size || !t.gapHas(at, '\n') || t.gapHas(at, ',') || t.gapHas(at, '.') || t.gapHas(at, ';')
        || t.gapHas(at, ':')) {
      return false;
    }
    int m = ctx.firstMentionFrom(at);
    Context.Found<PartyInfo> previous = m > 0 ? ctx.mentionsInOrder.get(m - 1) : null;
    if (previous != null && previous.last > at) {
      return true;
    }
    if (!words.is(WordClass.AND, t.key[at]) || at + 1 >= t.size) {
      return false;
    }
    Context.Found<PartyInfo> next = ctx.mentionFrom(at + 1);
    return previous != null && previous.last == at && next != null && next.first - at <= BETWEEN_LIST_GAP;
  }

  /**
   * Words after «далее» within which the noun of the sides comes: the treaties' formula «далее именуемые Высокими
   * Договаривающимися Сторонами» puts it fourth.
   */
  private static final int HEREINAFTER_REACH = 4;

  private boolean namesTheSidesNext(Tokens t, int from, int to) {
    for (int k = from; k < Math.min(to, from + HEREINAFTER_REACH); k++) {
      if (words.startsWithAny(WordClass.SIGNATORY_NOUN_PREFIX, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  private void partiesBetween(Context ctx, int from, int to, Set<String> sides) {
    partiesBetween(ctx, from, to, sides, false);
  }

  /**
   * The states named in tokens [from, to) (else the organisations and political parties), leaving out those that only
   * attend and, when {@code placesAreNoSides}, those named as a place («visit to A», «held in A»).
   */
  private void partiesBetween(Context ctx, int from, int until, Set<String> sides, boolean placesAreNoSides) {
    // «Совет … под председательством Министра иностранных дел A провел …», "… under the chairmanship of the
    // Minister of A, reviewed …": who chairs is named there, not who adopts.
    int to = chairmanshipStart(ctx.tokens, from, until);
    // «… our partners in A, B and C»: the parties a place's list goes on with are places too.
    int placeEnd = -1;
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first >= from && found.last <= to
          && (found.value.kind == PartyKind.STATE || found.value.kind == PartyKind.TERRITORY)
          && !attendsOnly(ctx.tokens, from, found.first)) {
        boolean place = placesAreNoSides && found.first > from
            && (words.is(WordClass.LOCATIVE_PREPOSITION, ctx.tokens.key[found.first - 1])
                || placeEnd >= 0 && onlyJoiners(ctx.tokens, placeEnd, found.first));
        if (!place && (countryOfACity(ctx, found) || datelinedCapital(ctx.tokens, found) || namedAsTopic(ctx, found, from, to))) {
          continue;
        }
        if (place) {
          placeEnd = found.last;
        } else {
          placeEnd = -1;
          sides.add(found.value.id);
        }
      }
    }
    if (sides.isEmpty()) {
      // «Протокол … между партией «Единая Россия» и Коммунистической партией Китая»: political parties are the sides
      // of their own agreements, as organisations are.
      for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
        if (found.first >= from && found.last <= to
            && (found.value.kind == PartyKind.ORGANIZATION || found.value.kind == PartyKind.POLITICAL_PARTY)) {
          sides.add(found.value.id);
        }
      }
    }
  }

  /**
   * «Соглашение между Российской Федерацией и Европейским сообществом», «между СССР и Европейским экономическим
   * сообществом и Европейским сообществом по атомной энергии»: an organisation that is itself a member of the list
   * of sides, «и» right after a side named before it, is a side with the states; one named inside a side's body or
   * topic («о сотрудничестве в рамках СНГ») is not, nor one past a comma that ends the list. Only where the
   * states are found ({@code sides} not empty).
   */
  private void organisationsListedWithStates(Context ctx, int from, int to, Set<String> sides) {
    if (sides.isEmpty()) {
      return;
    }
    Tokens t = ctx.tokens;
    int sideEnd = -1;
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first < from || found.last > to) {
        continue;
      }
      if (sideEnd >= 0 && t.gapHas(sideEnd, ',')) {
        return;
      }
      if (sides.contains(found.value.id)) {
        sideEnd = found.last;
      } else if (found.value.kind == PartyKind.ORGANIZATION && sideEnd >= 0 && found.first == sideEnd + 1
          && words.is(WordClass.AND, t.key[sideEnd])) {
        sides.add(found.value.id);
        sideEnd = found.last;
      }
    }
  }

  /** The first token in {@code [from, to)} that opens a clause of chairmanship ({@link Language#opensAChairmanship}), or {@code to}. */
  private int chairmanshipStart(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (data.language.opensAChairmanship(t, k, to)) {
        return k;
      }
    }
    return to;
  }

  /** Most words of a topic's opening before the party it names («о ситуации вокруг», "on the situation in the"). */
  private static final int TOPIC_WORDS = 5;

  /**
   * «Заявление по Косово», «Заявление о ситуации в A», "Statement on Syria": whether a party in tokens
   * {@code [from, to)} is named right after the words that say what the text is about, alone: the
   * topic is no author. A party joined to another («о российско-китайских отношениях», "on U.S.-China
   * trade") names a relationship of the sides and stays.
   */
  private boolean namedAsTopic(Context ctx, Context.Found<PartyInfo> found, int from, int to) {
    return afterTopicWords(ctx.tokens, from, found.first, to) && !joinedToAnother(ctx, found.last, to);
  }

  /**
   * Whether a state's mention names the country of the city right before it, a comma apart, and ends
   * its phrase there (a comma, a line's end or a closing parenthesis after it): «…, Марракеш, Королевство
   * Марокко, 20 декабря», "held in Astana, Kazakhstan, on …". A place, not a side; «In Beijing, China and
   * Russia adopted …» goes on past the state.
   */
  private boolean countryOfACity(Context ctx, Context.Found<PartyInfo> found) {
    Tokens t = ctx.tokens;
    if (found.value.kind != PartyKind.STATE || !t.gapIs(found.first, ',')
        || found.last < t.size && !t.gapHas(found.last, ',') && !t.gapHas(found.last, '\n') && !t.gapHas(found.last, ')')) {
      return false;
    }
    for (int c = found.first - 1; c >= Math.max(0, found.first - CITY_WORDS); c--) {
      PhraseMatcher.Match<City> city = data.cities.longestAt(t, c, found.first);
      if (city != null && city.last == found.first) {
        return true;
      }
    }
    return false;
  }

  /**
   * «… НА ДВАДЦАТЬ ВОСЬМОЙ ЕЖЕГОДНОЙ СЕССИИ ⏎ ЛЮКСЕМБУРГ, 4 – 8 ИЮЛЯ 2019 ГОДА»: whether a state's mention is the name
   * of its capital (cities.tsv; not a city that is its whole state) right before a comma and a day (or a range of
   * days) and its month: the dateline's place, where the text was adopted, not a side.
   */
  private boolean datelinedCapital(Tokens t, Context.Found<PartyInfo> found) {
    if (found.value.kind != PartyKind.STATE || found.last + 1 >= t.size || !t.gapIs(found.last, ',')) {
      return false;
    }
    PhraseMatcher.Match<City> city = data.cities.longestAt(t, found.first, found.last);
    if (city == null || city.last != found.last || !city.value.capital || city.value.cityState
        || !city.value.country.equals(found.value.id)) {
      return false;
    }
    int day = found.last;
    if (t.isNumber(day) && day + 1 < t.size && t.isNumber(day + 1)) {
      day++;
    }
    return t.isNumber(day) && day + 1 < t.size && data.months.containsKey(t.key[day + 1]);
  }

  /**
   * A state named after «в том числе» or right after an envoy's title («посол Туркменистана») in the
   * same comma-separated stretch only attends. An envoy who is the author of the kind of document
   * right before the title («Заявление Постоянного представителя A при ОБСЕ», «Заявление официального
   * представителя МИД A») speaks for the state.
   */
  private boolean attendsOnly(Tokens t, int from, int mention) {
    for (int k = mention - 1; k >= from; k--) {
      if (t.gapHas(k + 1, ',') || t.gapHas(k + 1, '.')) {
        return false;
      }
      if (words.phraseEndsAt(WordClass.INCLUDING_MARKER, t, from, k + 1)) {
        return true;
      }
      if (words.startsWithAny(WordClass.ENVOY_PREFIX, t.key[k]) && !namesAChamber(t, from, k)) {
        return !authorsEnvoy(t, from, k);
      }
    }
    return false;
  }

  /** Most words between a legislature's noun and the envoy noun that ends its name («собрания народных представителей»). */
  private static final int CHAMBER_TO_ENVOY = 2;

  /**
   * «Палата представителей A», «Всекитайское собрание народных представителей A»: an envoy noun that a
   * legislature's noun governs, {@value #CHAMBER_TO_ENVOY} words before it at most with no comma between, ends
   * the chamber's name; the state after it is the chamber's, which speaks for it, not an envoy's who attends.
   */
  private boolean namesAChamber(Tokens t, int from, int envoy) {
    for (int j = envoy - 1; j >= Math.max(from, envoy - CHAMBER_TO_ENVOY); j--) {
      if (t.gapHas(j + 1, ',')) {
        return false;
      }
      if (data.language.namesALegislature(t.key[j])) {
        return true;
      }
    }
    return false;
  }

  /** Most words of an envoy's title before the envoy's noun («официального», «Постоянного»). */
  private static final int ENVOY_TITLE_WORDS = 2;

  /** Whether a kind of document ends right before the envoy at token {@code envoy}, or its title's words before it. */
  private boolean authorsEnvoy(Tokens t, int from, int envoy) {
    for (int j = Math.max(from, envoy - ENVOY_TITLE_WORDS - 3); j < envoy; j++) {
      PrefixLexicon.Hit<DocumentKind> kind = data.documentKinds.longestAt(t, j, envoy);
      if (kind != null && kind.last <= envoy && envoy - kind.last <= ENVOY_TITLE_WORDS && spacesOnly(t, kind.last, envoy)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «**Recep Tayyip Erdoğan** ⏎ President of the Republic of Türkiye» under the text: the heads of
   * state or government who sign it speak for their states.
   */
  private void signers(List<PersonRecognizer.Person> people, Set<String> sides) {
    Set<String> signed = new LinkedHashSet<>();
    Set<String> signedByOfficials = new LinkedHashSet<>();
    for (PersonRecognizer.Person person : people) {
      PartyInfo party = person.party == null ? null : data.partiesById.get(person.party);
      if (person.signed && person.role != null && party != null
          && (party.kind == PartyKind.STATE || party.kind == PartyKind.TERRITORY)) {
        (isHead(person.role) ? signed : signedByOfficials).add(person.party);
      }
    }
    // «Министр иностранных дел A … ⏎ Министр иностранных дел B …»: officials of two states or more who
    // sign a text no head signs sign it for their states.
    if (signed.isEmpty() && signedByOfficials.size() >= 2) {
      signed = signedByOfficials;
    }
    // Found nothing else, or only some of the signers (a short text's signatures among its opening paragraphs);
    // or only the organisation whose heads adopt it, and two or more of them sign it, as a block of
    // «За <государство>» lines would (signatureBlock).
    if (sides.isEmpty() || signed.containsAll(sides) || signed.size() >= 2 && onlyOrganisations(sides)) {
      sides.addAll(signed);
    }
  }

  /** Tokens at the end of the text searched for the roles of a signature block. */
  private static final int SIGNATURE_TAIL = 60;

  /**
   * «Nguyen Van Minh      Rodrigo Santos ⏎ Prime Minister of the Socialist Republic of Viet Nam      President
   * of the Republic of the Philippines» closing the text: cells of its last lines that each hold a role
   * joined to a state, one line or column apiece, are a signature block; two states or more so named sign
   * for their states, beside those found already (the signers the block's names gave).
   */
  private void signatureRoles(Context ctx, Set<String> sides) {
    Tokens t = ctx.tokens;
    Set<String> signing = new LinkedHashSet<>();
    for (Context.Found<PartyInfo> found : ctx.mentionsInOrder) {
      if (found.first < t.size - SIGNATURE_TAIL || found.value.kind != PartyKind.STATE) {
        continue;
      }
      int lineStart = found.first;
      while (lineStart > 0 && !t.gapHas(lineStart, '\n') && !opensACell(t, lineStart)) {
        lineStart--;
      }
      PrefixLexicon.Hit<String> role = roleJoinedTo(t, found.first, lineStart);
      boolean cellEnds = found.last == t.size || t.gapHas(found.last, '\n') || opensACell(t, found.last);
      if (role != null && role.first == lineStart && cellEnds) {
        signing.add(found.value.id);
      }
    }
    if (signing.size() >= 2 && signing.containsAll(sides)) {
      sides.addAll(signing);
    }
  }

  /** Whether two spaces or more stand before token {@code k}, as between the columns of a signature block. */
  private static boolean opensACell(Tokens t, int k) {
    return k > 0 && t.gapText(k).contains("  ");
  }

  /** Whether every side found is an organisation (the body whose members adopt the text). */
  private boolean onlyOrganisations(Set<String> sides) {
    for (String id : sides) {
      PartyInfo info = data.partiesById.get(id);
      if (info == null || info.kind == PartyKind.STATE || info.kind == PartyKind.TERRITORY) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a role is a head of state's or government's; the adjectives that open it apart («федеральный
   * канцлер»), so that «первый заместитель …» stays a deputy's.
   */
  private boolean isHead(String role) {
    String lower = Tokenizer.keyOf(role);
    int space = lower.indexOf(' ');
    while (space > 0 && data.language.isAdjective(lower.substring(0, space))) {
      lower = lower.substring(space + 1);
      space = lower.indexOf(' ');
    }
    return words.startsWithAny(WordClass.HEAD_ROLE_PREFIX, lower)
        && words.list(WordClass.NOT_HEAD_ROLE_PART).stream().noneMatch(lower::contains);
  }

  private static boolean inOpeningParagraphs(Context ctx, int token) {
    Context.Sentence s = ctx.sentenceOf(token);
    return s != null && s.block.number == null && Layout.preambleIndex(s.block) < PREAMBLE_WINDOW;
  }

  /**
   * «1. Prime Minister A of Japan and President B of Kenya met in Tokyo …» under a preamble of heading
   * lines only: the heads of two states or more named in the first numbered point speak for them;
   * one state alone may be only the guest, and is left to the title.
   */
  private void firstPointHeads(Context ctx, List<PersonRecognizer.Person> people, Set<String> sides) {
    if (ctx.layout.clauses.isEmpty() || hasSubstantivePreamble(ctx)) {
      return;
    }
    Layout.Block first = ctx.layout.clauses.get(0);
    Set<String> heads = new LinkedHashSet<>();
    for (PersonRecognizer.Person person : people) {
      Context.Sentence s = ctx.sentenceOf(person.mentions.get(0).start());
      if (s == null || s.block != first || person.role == null || !isHead(person.role) || attends(ctx, person)) {
        continue;
      }
      if (person.party == null) {
        return;
      }
      heads.add(person.party);
    }
    if (heads.size() >= 2) {
      sides.addAll(heads);
    }
  }

  /** Whether a party's name starts at token {@code k}, or right after the article there. */
  private boolean appositiveParty(Context ctx, int k) {
    return startsParty(ctx, k)
        || k + 1 < ctx.tokens.size && data.language.isArticle(ctx.tokens.key[k]) && startsParty(ctx, k + 1);
  }

  /**
   * The preamble's blocks up to its {@code window}-th that is more than a short line of a heading or a
   * dateline, or a repeat of an earlier block word for word (a page that prints its headline twice).
   * Found once per document and window ({@link Context#openingBlocks}); the set may not be changed.
   */
  private static Set<Layout.Block> openingBlocks(Context ctx, int window) {
    Set<Layout.Block> opening = ctx.openingBlocks.get(window);
    if (opening == null) {
      opening = java.util.Collections.unmodifiableSet(openingBlocksOf(ctx, window));
      ctx.openingBlocks.put(window, opening);
    }
    return opening;
  }

  /** {@link #openingBlocks}, found. */
  private static Set<Layout.Block> openingBlocksOf(Context ctx, int window) {
    Set<Layout.Block> opening = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<int[]> seen = new ArrayList<>();
    String text = ctx.text.text();
    int substantive = 0;
    for (Layout.Block block : ctx.layout.preamble) {
      if (substantive >= window) {
        break;
      }
      opening.add(block);
      if (!isShortLine(block) && firstTime(text, block, seen)) {
        substantive++;
      }
    }
    return opening;
  }

  /**
   * Whether a block's words, blanks around them aside, differ from every block's in {@code seen} (their
   * stripped bounds), which then holds this one's too: a page that prints its headline twice.
   */
  private static boolean firstTime(String text, Layout.Block block, List<int[]> seen) {
    int start = block.start();
    int end = block.end();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    for (int[] other : seen) {
      if (other[1] - other[0] == end - start && text.regionMatches(other[0], text, start, end - start)) {
        return false;
      }
    }
    seen.add(new int[] {start, end});
    return true;
  }

  /** Whether the preamble holds a paragraph that is more than a line of a heading or a dateline. */
  private static boolean hasSubstantivePreamble(Context ctx) {
    for (Layout.Block block : ctx.layout.preamble) {
      if (!isShortLine(block)) {
        return true;
      }
    }
    return false;
  }
}
