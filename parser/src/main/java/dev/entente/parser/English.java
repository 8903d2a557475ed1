package dev.entente.parser;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English: the data in {@code dev/entente/parser/en/} and the few rules below. English names do
 * not inflect, so the morphology is small: adjectives and participles are told by their endings,
 * past tenses by «-ed» and the irregular verbs of diplomatic reporting, and every name has one form.
 */
public final class English extends Language {
  /**
   * «WASHINGTON, March 12, 2021 —», «Tokyo, 3 March (Kyodo) –». The day is captured in a look-ahead,
   * before or after the month, so that the groups keep their order: 1 place, 2 day, 3 month word,
   * 4 year, 5 agency (empty when there is none). Every quantifier bounded.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "(\\p{Lu}[\\p{L}.-]{1,30}(?: \\p{Lu}[\\p{L}.-]{1,30}){0,2}), "
          + "(?=(?:\\p{L}{3,9}\\.? )?(\\d{1,2})\\b)(?:\\d{1,2} )?(\\p{L}{3,9})\\.?(?: \\d{1,2}\\b)?"
          + ",? ?(\\d{4})? {0,3}\\(?((?<=\\()[^()\\n]{1,40}(?=\\))|)\\)? {0,3}[-\u2013\u2014]{1,3} {0,3}");
  private static final Pattern REPORTED_BY = Pattern.compile(
      "(?:reported by|according to|reports|reported) ([^,\\n]{1,60}?)(?: citing ([^,\\n]{1,60}))?(?:,|$)");
  /** Past tenses of the verbs of diplomatic reporting that do not end in «-ed». */
  private static final Set<String> IRREGULAR_PAST = Set.of("held", "met", "took", "was", "were", "made", "saw",
      "came", "began", "gave", "went", "led", "paid", "spoke", "sent", "found", "became", "brought", "built",
      "set", "sought", "struck", "undertook", "won", "laid", "reaffirmed");

  /** The pronouns an invitation may name its guest by («invited him to visit»): no name of a visitor. */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");

  /** Articles: never part of a name's start. */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /**
   * Reads the English word classes.
   *
   * @throws IllegalStateException naming the file and line of a data error
   */
  public English() {
    super("en", "English", EnumSet.of(WordClass.ADJECTIVE_ENDING, WordClass.PARTICIPLE_MARK,
        WordClass.PASSIVE_PARTICIPLE_PREFIX, WordClass.NOUN_LIKE_INFINITIVE,
        WordClass.RELATIONSHIP_HEAD_PREFIX, WordClass.NON_COOPERATION_PREFIX, WordClass.NAME_TAIL,
        WordClass.RELATIONSHIP_LABEL_PREFIX, WordClass.DESCRIBING_HEAD,
        WordClass.NATIONS_BODY_PREFIX, WordClass.HOST_EVENT_PREFIX, WordClass.ORDINAL_COMPOUND,
        WordClass.POLICY_FIELD, WordClass.PORTFOLIO, WordClass.SUBJECT_OF_PLACE,
        WordClass.FUNCTION_NOUN_PREFIX, WordClass.NOUN_ENDING, WordClass.INFRASTRUCTURE_PREFIX,
        WordClass.REGULATOR_PREFIX, WordClass.ARMED_GROUP, WordClass.VENUE_PREFIX,
        WordClass.YEAR_PART, WordClass.PROCESS_SUBJECT_PREFIX));
  }

  /** «Perth Communiqué … ⏎ November 06, 2013 ⏎ We the Ministers … met in Perth … on 1 November 2013»: a site's stamp. */
  @Override
  boolean stampsThePagesDayUnderTheTitle() {
    return true;
  }

  /** «27.05.14 | News», «– (21.09.22)»: English pages from European sites date themselves so. */
  @Override
  boolean writesDottedDatesWithTwoFigureYears() {
    return true;
  }

  /** «strategic», «regional», «Indian», «Chinese»: by ending, four letters or more. */
  @Override
  boolean isAdjective(String word) {
    return word.length() >= 4 && words.endsWithAny(WordClass.ADJECTIVE_ENDING, word);
  }

  /** «held», «proposed», and the «-ing» forms that are not nouns («meeting», «training»). */
  @Override
  boolean isParticiple(String word) {
    if (words.is(WordClass.PASSIVE_PARTICIPLE_PREFIX, word)) {
      return true;
    }
    return word.length() > 5 && words.endsWithAny(WordClass.PARTICIPLE_MARK, word)
        && !words.is(WordClass.NOUN_LIKE_INFINITIVE, word);
  }

  /** An English infinitive is «to» and the bare verb; «to» ends a name as a function word. */
  @Override
  boolean isInfinitive(String word) {
    return false;
  }

  /** English nouns of action do not look like adjectives. */
  @Override
  boolean isVerbalNoun(String word) {
    return false;
  }

  /** English adjectives have no cases. */
  @Override
  boolean isOblique(String word) {
    return false;
  }

  /** «Sino-», «Indo-», «Russo-», «Franco-»: the combining forms end in «o». */
  @Override
  boolean isCompoundPart(String word) {
    return word.endsWith("o");
  }

  /** English names a title's city by the city itself («Moscow Declaration»). */
  @Override
  String cityAdjectiveBase(String word) {
    return null;
  }

  @Override
  int cityAdjectiveStem(String nominative, String base) {
    return 0;
  }

  /** «Noting», «Recalling», «Welcoming»: a participle clause, not the sentence's act. */
  @Override
  boolean isGerund(String word, boolean opensAct) {
    return opensAct && word.length() > 5 && word.endsWith("ing") && !words.is(WordClass.NOUN_LIKE_INFINITIVE, word);
  }

  @Override
  boolean isPastTense(String word) {
    return word.length() > 3 && word.endsWith("ed") || IRREGULAR_PAST.contains(word);
  }

  /** English verbs do not mark number in the past tense. */
  @Override
  boolean isPastPlural(String word) {
    return isPastTense(word);
  }

  @Override
  boolean isNominative(String roleWord) {
    return true;
  }

  @Override
  String nominativeOf(String nameWord) {
    return nameWord;
  }

  @Override
  boolean endsWithNameForm(String word, String suffix) {
    return word.endsWith(suffix);
  }

  @Override
  int caseCount() {
    return 1;
  }

  /** English ordinals do not inflect: {@code dates.tsv} lists each whole («first», «1st»). */
  @Override
  List<String> ordinalForms(String stem) {
    return List.of(stem);
  }

  /** «Working Group on …» runs on by NAME_PREPOSITION, «visit to Japan» over «to»; «in», «at», «with» end a name. */
  @Override
  NameLink nameLink(String previous, String word, String next) {
    switch (word) {
      case "to":
        return previous != null && (previous.startsWith("visit") || previous.equals("trip")) ? NameLink.OVER_WORD
            : NameLink.STOP;
      case "in":
      case "at":
      case "with":
        return NameLink.STOP;
      default:
        return NameLink.NONE;
    }
  }

  /**
   * English names put their modifiers before the head: proper names and capitalised words («Bali
   * Democracy Forum», «C5+1 Critical Minerals Dialogue», «Australia Indonesia Ministerial Forum») and
   * lower-case nouns («climate working group»), but no article, pronoun, preposition, verb of an
   * act, cue («upcoming») or participle.
   */
  @Override
  boolean extendsNameLeft(Tokens t, int k, boolean isAct) {
    String key = t.key[k];
    // «a critical- and emerging-technology working group»: «and» after a suspended hyphen joins two modifiers.
    if (k > 0 && words.is(WordClass.AND, key) && t.gapText(k).startsWith("-")) {
      return true;
    }
    // «the Central Asia plus Japan Dialogue», «the Mekong plus Korea format»: «plus» between two capitalised members
    // joins the members a format is named after.
    if (words.is(WordClass.NAME_TAIL, key) && k > 0 && k + 1 < t.size && t.isCapitalized(k - 1) && t.isCapitalized(k + 1)
        && t.gapBefore[k] == Tokens.GAP_SPACE && t.gapBefore[k + 1] == Tokens.GAP_SPACE) {
      return true;
    }
    // «to hold periodic consultations», «will convene regular meetings»: a verb of holding takes the name, no part of it;
    // nor is any lower-case word before a word of regularity («to institute biennial consultations») but a compound's
    // («senior-level biennial consultations»).
    if (words.is(WordClass.HOLDING_VERB, key) || k + 1 < t.size && SERIES_WORDS.contains(t.key[k + 1])
        && !t.isCapitalized(k) && !t.hyphenAfter[k] && !(k > 0 && t.hyphenAfter[k - 1])) {
      return false;
    }
    // «regular consultations», «annual meetings of senior officials»: a word of regularity before a lower-case head
    // is part of the series' name (before a capitalised name, «the annual Shangri-La Dialogue», it is not); «annual»,
    // a cue of an occasion's date («the annual meeting of the BRICS Ministers»), stays out of it.
    if (SERIES_WORDS.contains(key) && !words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, key) && !isAct
        && k + 1 < t.size && !t.isCapitalized(k + 1) && !t.isNumber(k + 1)) {
      return true;
    }
    if (words.is(WordClass.FUNCTION_WORD, key) || words.is(WordClass.AND, key)
        || words.is(WordClass.NAME_PREPOSITION, key) || words.is(WordClass.DEMONSTRATIVE, key)
        || words.startsWithAny(WordClass.CUE_ADJECTIVE_PREFIX, key) || ARTICLES.contains(key)) {
      return false;
    }
    // «5G Network», «3D Printing Centre»: digits written onto a capital letter make one word of the name with it.
    if (t.isNumber(k) && k + 1 < t.size && t.start[k + 1] == t.end[k] && t.isCapitalized(k + 1) && !t.isNumber(k + 1)
        && t.key[k + 1].length() <= 2) {
      return true;
    }
    if (t.isCapitalized(k)) {
      return !t.isNumber(k);
    }
    // «emerging-technology», «private-sector»: the first part of a compound is a modifier, whatever its ending.
    if (t.hyphenAfter[k] && !isAct && key.length() > 2 && !t.isNumber(k) && !words.is(WordClass.STOP_ADJECTIVE, key)) {
      return true;
    }
    // «the TICAD follow-up mechanism»: the last part of a compound goes with its first, however short.
    if (k > 0 && t.hyphenAfter[k - 1] && t.key[k - 1].length() > 2 && !isAct && !t.isNumber(k) && !t.isNumber(k - 1)) {
      return true;
    }
    // «to pursue Pacific Partnerships for Development»: a lower-case word before a capitalised name is no part of it.
    // «Supply-chain Enhancement»: the lower-case part of a compound is.
    if (k + 1 < t.size && t.isCapitalized(k + 1) && !t.isNumber(k + 1) && !t.hyphenAfter[k] && !(k > 0 && t.hyphenAfter[k - 1])) {
      return false;
    }
    return !isAct && key.length() > 2 && !isParticiple(key) && !words.is(WordClass.STOP_ADJECTIVE, key)
        && !t.isNumber(k);
  }

  /**
   * A lower-case word right after the head or a capitalised word of the name ends it, unless it is a preposition or
   * «and»; «on the occasion of», «on the sidelines of», «on the margins of», «on the basis of», «on behalf of» end it
   * too.
   */
  @Override
  boolean endsNameRight(Tokens t, int j, int from) {
    if (t.isCapitalized(j) || t.isNumber(j)) {
      return false;
    }
    String key = t.key[j];
    if (opensCircumstance(t, j)) {
      return true;
    }
    if (words.is(WordClass.NAME_PREPOSITION, key) || words.is(WordClass.AND, key)) {
      return false;
    }
    return j == from || t.isCapitalized(j - 1);
  }

  /** The nouns of «on the … of» that say when, where or on what a thing is done, no part of its name. */
  private static final Set<String> CIRCUMSTANCE_NOUNS = Set.of("occasion", "sidelines", "margins", "margin", "basis");

  /**
   * Whether «on» at {@code j} opens «on the occasion of …», «on the sidelines of …» and the like, or «on behalf of
   * …» («attended the meeting on behalf of China»): whom one acts for is no part of a name.
   */
  private static boolean opensCircumstance(Tokens t, int j) {
    if (!t.key[j].equals("on") || j + 2 >= t.size) {
      return false;
    }
    if (t.key[j + 1].equals("behalf") && t.key[j + 2].equals("of")) {
      return true;
    }
    if (j + 3 >= t.size || !t.key[j + 1].equals("the")) {
      return false;
    }
    // «the Declaration on the Occasion of …»: a capitalised noun carries a title on.
    return CIRCUMSTANCE_NOUNS.contains(t.key[j + 2]) && !t.isCapitalized(j + 2) && t.key[j + 3].equals("of");
  }

  @Override
  boolean bareHeadsAreNoNames() {
    return true;
  }

  @Override
  boolean initiativeHeadsAreCapitalised() {
    return true;
  }

  @Override
  boolean bareYearsAreDates() {
    return true;
  }

  @Override
  boolean rolesAreLowerCase() {
    return false;
  }

  @Override
  boolean loneWordNamesAreKnownSurnames() {
    return false;
  }

  @Override
  boolean capitalisedAdjectivesOpenNames() {
    return false;
  }

  @Override
  boolean firstMeetingsOpenASeries() {
    return false;
  }

  @Override
  boolean isRelationshipHead(String key) {
    return words.startsWithAny(WordClass.RELATIONSHIP_HEAD_PREFIX, key);
  }

  @Override
  boolean headsEndNames() {
    return true;
  }

  @Override
  boolean sidesKeyedInAnyOrder() {
    return true;
  }

  /** «meeting of the North Atlantic Council», «meeting of Joint Commission»: «of», with the article after it. */
  @Override
  int bodyLinkAt(Tokens t, int j, int to) {
    if (j >= to || !t.key[j].equals("of")) {
      return 0;
    }
    return j + 1 < to && ARTICLES.contains(t.key[j + 1]) ? 2 : 1;
  }

  @Override
  boolean participlesFollowTheirNouns() {
    return true;
  }

  /** «by»: «Statement by the Chairperson of …», «a visit to Canada by a delegation». */
  @Override
  boolean introducesTheAgent(String key) {
    return key.equals("by");
  }

  /** Cardinal words below twenty, and the tens, as a year in words is made of them. */
  private static final java.util.Map<String, Integer> NUMBER_WORDS = numberWords();

  private static java.util.Map<String, Integer> numberWords() {
    String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    java.util.Map<String, Integer> words = new java.util.HashMap<>();
    for (int i = 0; i < units.length; i++) {
      words.put(units[i], i + 1);
    }
    for (int i = 0; i < tens.length; i++) {
      words.put(tens[i], (i + 2) * 10);
    }
    return java.util.Map.copyOf(words);
  }

  /** Words that may open a year in words after its month: «in the Year …». */
  private static final Set<String> YEAR_LEAD = Set.of("in", "the", "year", "of");

  /** «in the Year Two Thousand and Fifteen», «One Thousand Nine Hundred and Sixty-Seven», «Nineteen Hundred and Seventy-Two». */
  @Override
  int[] yearInWords(Tokens t, int j, int to) {
    int k = j;
    while (k < to && k - j < 3 && YEAR_LEAD.contains(t.key[k])) {
      k++;
    }
    int total = 0;
    int current = 0;
    int end = -1;
    for (; k < to; k++) {
      String word = t.key[k];
      Integer number = NUMBER_WORDS.get(word);
      if (number != null) {
        current += number;
      } else if (word.equals("hundred") && current > 0) {
        current *= 100;
      } else if (word.equals("thousand") && current > 0) {
        total += current * 1000;
        current = 0;
      } else if (!(word.equals("and") && end > 0)) {
        break;
      }
      if (!word.equals("and")) {
        end = k + 1;
      }
    }
    int year = total + current;
    return end > 0 && year >= 1900 && year <= 2100 ? new int[] {year, end} : null;
  }

  /** «the Joint Communiqué of 29 September 1972». */
  @Override
  boolean datesWhatPrecedes(String key) {
    return key.equals("of");
  }

  /** «Prime Minister of India», «President of the Philippines»: «of», with the article after it. */
  @Override
  int roleLinkBefore(Tokens t, int party) {
    int k = party - 1;
    if (k > 0 && ARTICLES.contains(t.key[k])) {
      k--;
    }
    return k >= 0 && t.key[k].equals("of") ? k : -1;
  }

  /** «of the North Atlantic Council»: English capitalises the words of a body's name, not only adjectives. */
  @Override
  boolean modifiesABody(Tokens t, int k) {
    return t.isCapitalized(k) && !t.isNumber(k) || isAdjective(t.key[k]);
  }

  /** «visit to Japan»: the preposition the name runs on over after a visit (see {@link #nameLink}). */
  @Override
  boolean isDestinationPreposition(String key) {
    return key.equals("to");
  }

  @Override
  boolean isArticle(String key) {
    return ARTICLES.contains(key);
  }

  @Override
  boolean labelsARelationship(String key) {
    return words.startsWithAny(WordClass.RELATIONSHIP_LABEL_PREFIX, key);
  }

  @Override
  boolean opensANationsBody(String key) {
    // «the State Council», «the Commission of the State Council»: «state» whole, not «statement».
    return words.startsWithAny(WordClass.NATIONS_BODY_PREFIX, key) || key.equals("state");
  }

  /**
   * «the Crisis Response Network», «the Contadora Support Group», «the ASEAN Observer Team»; not «a network of
   * experts», «an experienced group of free European nations», «the Novichok group», «country teams»: a network,
   * group or team is a standing body only capitalised and in the singular («working group», «contact group» are
   * heads of their own and stay in lower case).
   */
  @Override
  boolean standingOnlyAsProperSingular(String key) {
    return key.startsWith("network") || GROUP_OR_TEAM.contains(key);
  }

  /** The one-word heads of a group or team (heads.tsv «group.», «team.», «teams.»). */
  private static final Set<String> GROUP_OR_TEAM = Set.of("group", "groups", "team", "teams");

  @Override
  boolean andOpensAClause() {
    return true;
  }

  @Override
  boolean genericAfterTopics(String key) {
    return key.equals("policy") || key.equals("policies");
  }

  @Override
  boolean isFoundingDocument(String key) {
    return key.equals("charter");
  }

  @Override
  boolean ordinalCompound(String ordinal, String next) {
    return words.is(WordClass.ORDINAL_COMPOUND, ordinal + " " + next);
  }

  @Override
  boolean describesInLowerCase(String key) {
    return words.is(WordClass.DESCRIBING_HEAD, key);
  }

  @Override
  boolean isNameTail(String key) {
    return words.is(WordClass.NAME_TAIL, key);
  }

  @Override
  boolean namesAPolicyField(String key) {
    return words.is(WordClass.POLICY_FIELD, key);
  }

  @Override
  boolean portfolioAt(Tokens t, int k, int end) {
    if (k < end && isArticle(t.key[k])) {
      k++;
    }
    for (int e = k + 1; e <= end; e++) {
      if (words.isPhrase(WordClass.PORTFOLIO, t, k, e) && (e == end || t.key[e].equals("of") || t.key[e].equals("on"))) {
        return true;
      }
    }
    return false;
  }

  @Override
  boolean namesInfrastructure(String key) {
    return words.startsWithAny(WordClass.INFRASTRUCTURE_PREFIX, key);
  }

  @Override
  boolean teamOfOneSide(String key) {
    return key.equals("team") || key.equals("teams");
  }

  @Override
  boolean namesARegulator(String key) {
    return words.startsWithAny(WordClass.REGULATOR_PREFIX, key);
  }

  @Override
  boolean namedByOwners(String key) {
    return key.equals("group");
  }

  /**
   * «in the first half of 2025» (1), «in the second half of this year» (2); with {@code introduces}, any
   * part of a year before «of» (1 for a part that is no half): «by the end of 2024», «in the autumn of 2024».
   */
  @Override
  int partOfYear(Tokens t, int year, boolean introduces) {
    if (year < 2 || !t.key[year - 1].equals("of") || !words.is(WordClass.YEAR_PART, t.key[year - 2])) {
      return 0;
    }
    if (t.key[year - 2].equals("half") && year >= 3) {
      String which = t.key[year - 3];
      if (which.equals("first") || which.equals("second")) {
        return which.equals("first") ? 1 : 2;
      }
    }
    return introduces ? 1 : 0;
  }

  @Override
  boolean namesAnArmedGroup(Tokens t, int from, int to) {
    return from < to && words.isPhrase(WordClass.ARMED_GROUP, t, from, to);
  }

  @Override
  boolean namesAProcessSubject(String key) {
    return words.startsWithAny(WordClass.PROCESS_SUBJECT_PREFIX, key);
  }

  @Override
  boolean namesAVenue(String key) {
    return words.startsWithAny(WordClass.VENUE_PREFIX, key);
  }

  @Override
  boolean namesAFunction(String key) {
    return words.startsWithAny(WordClass.FUNCTION_NOUN_PREFIX, key) || words.endsWithAny(WordClass.NOUN_ENDING, key);
  }

  @Override
  boolean placesASubject(String key) {
    return words.is(WordClass.SUBJECT_OF_PLACE, key);
  }

  @Override
  boolean modifiesNoCooperation(String key) {
    return words.startsWithAny(WordClass.NON_COOPERATION_PREFIX, key);
  }

  @Override
  boolean titlesAreTitleCase() {
    return true;
  }

  @Override
  boolean spaceAfterInitial() {
    return true;
  }

  @Override
  Pattern dateline() {
    return DATELINE;
  }

  @Override
  Pattern reportedBy() {
    return REPORTED_BY;
  }

  /** Basic Latin and Latin-1 letters. */
  @Override
  boolean isOwnLetter(char letter) {
    return letter < 0x250 && Character.isLetter(letter);
  }

  @Override
  String scriptName() {
    return "Latin";
  }

  @Override
  String documentKindExamples() {
    return "joint statement, communiqué, declaration";
  }

  @Override
  String visitName(String invitee, String state) {
    if (invitee == null) {
      return "visit to " + state;
    }
    // «invited the Chairman of China to visit Kazakhstan»: the invitee ends before the infinitive's «to».
    // «invited the President of Kazakhstan to pay a state visit»: the invitee ends before the infinitive's «to» too.
    int infinitive = invitee.indexOf(" to ");
    String who = infinitive > 0 ? invitee.substring(0, infinitive)
        : invitee.endsWith(" to") ? invitee.substring(0, invitee.length() - 3) : invitee;
    // «invited him to visit Australia»: a pronoun names no visitor.
    if (OBJECT_PRONOUNS.contains(who.toLowerCase(java.util.Locale.ROOT))) {
      return "visit to " + state;
    }
    return "visit of " + who + " to " + state;
  }

  @Override
  String gatheringName(String subject, String place) {
    return subject == null ? "meeting in " + place : "meeting of " + subject + " in " + place;
  }

  /** Infinitives of verbs of gathering: «agreed to meet again in Washington». */
  private static final Set<String> GATHERING_INFINITIVES = Set.of("meet", "reconvene");

  @Override
  boolean isGatheringInfinitive(String word) {
    return GATHERING_INFINITIVES.contains(word);
  }

  @Override
  String gatheringRule() {
    return "gathering: met in …";
  }

  @Override
  String invitationRule() {
    return "invitation: invited … to visit";
  }

  @Override
  boolean possessiveVisitsNameTheirDestination() {
    return true;
  }

  @Override
  String possessiveVisitRule() {
    return "visit: X's visit to …";
  }

  @Override
  boolean isPluralNoun(String key) {
    return key.endsWith("s") && !key.endsWith("ss");
  }

  /** «resolutions» → «resolution», «summits» → «summit»: English heads make their plural with «s». */
  @Override
  String singularHead(String key) {
    return isPluralNoun(key) ? key.substring(0, key.length() - 1) : key;
  }

  /**
   * «469th», «1201st», «22nd», «113th»: «st», «nd», «rd» after a last digit 1, 2, 3 (not in 11–13),
   * «th» after any other.
   */
  @Override
  int writtenOrdinal(String digits, String letters) {
    if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    int n = Integer.parseInt(digits);
    int tens = n % 100;
    int last = n % 10;
    String ending = tens >= 11 && tens <= 13 || last == 0 || last > 3 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : "rd";
    return n > 0 && ending.equals(letters) ? n : 0;
  }

  /** Heads that are also verbs that take an infinitive («plan to …»). */
  private static final java.util.Set<String> HEADS_TAKING_AN_INFINITIVE = java.util.Set.of("plan", "plans");

  @Override
  boolean headIsAVerbBefore(String key, String next) {
    return "to".equals(next) && HEADS_TAKING_AN_INFINITIVE.contains(key);
  }

  /** «Mr.», «Dr.», «H.E.», «Amb.», «Rt. Hon.»: titles that a name follows. */
  private static final Set<String> ADDRESSES = Set.of("mr", "mrs", "ms", "dr", "prof", "h.e", "amb", "hon", "rt");

  @Override
  Set<String> addressesBeforeNames() {
    return ADDRESSES;
  }

  /**
   * Words that make a state's name after them a region's («Latin America», «South American», «inter-American»).
   * Not «Southern», «Eastern»: «Southern Lebanon», «Eastern Ukraine» are parts of the state.
   */
  private static final Set<String> REGION_OPENERS = Set.of("latin", "south", "north", "central", "east", "west",
      "new", "inter", "pan", "ibero", "meso");

  @Override
  boolean opensRegionBeforeState(String key) {
    return REGION_OPENERS.contains(key);
  }

  /** Waters named «… of» a state: «Gulf of Guinea», «Sea of Japan», «Bay of Bengal», «Strait of …». */
  private static final Set<String> WATERS = Set.of("gulf", "sea", "bay", "strait", "straits");

  @Override
  boolean namesWaterBefore(String key) {
    return WATERS.contains(key);
  }

  /** Orders named «… of» a state: «Sovereign Military Order of Malta», «Knights of Malta». */
  private static final Set<String> ORDERS = Set.of("order", "knights");

  @Override
  boolean namesAnOrderBefore(String key) {
    return ORDERS.contains(key);
  }

  @Override
  boolean joinsADocument(String key) {
    return key.equals("join") || key.equals("joins") || key.equals("joined");
  }

  /** The nouns «member» makes words of membership with: «Member States», «member countries», «Member Nations». */
  private static final Set<String> MEMBER_NOUNS = Set.of("state", "states", "country", "countries", "nation", "nations");

  /**
   * «the Council of Heads of Member State», «Ministers of Foreign Affairs of the Member States of the SCO»: «member»
   * and the noun it qualifies say whose body it is, as «государств-членов» does, and name no other body.
   */
  @Override
  int membershipWords(Tokens t, int k, int end) {
    return k + 1 < end && t.key[k].equals("member") && MEMBER_NOUNS.contains(t.key[k + 1]) ? 2 : 0;
  }

  /**
   * Words of regularity: «regular consultations», «annual summits», «periodic meetings of senior officials»,
   * «biennial policy dialogue». Consultations or meetings they qualify are held again and again, a standing series.
   */
  private static final Set<String> SERIES_WORDS = Set.of("regular", "annual", "periodic", "biennial", "biannual",
      "yearly", "semi-annual", "semiannual", "quarterly", "twice-yearly", "triennial");

  @Override
  boolean marksASeries(String key) {
    return SERIES_WORDS.contains(key);
  }

  /** "as a result of" (talks). */
  @Override
  boolean tellsAResultOf(String before, String key) {
    return key.equals("result") && before.equals("a");
  }

  /** «the current session», «the present Summit». */
  @Override
  boolean pointsAtTheOccasion(String key) {
    return key.equals("current") || key.equals("present");
  }

  /** "in accordance with", "the purposes and principles of", "enshrined in", "guided by", "in violation of". */
  private static final java.util.Set<String> CITING = java.util.Set.of("accordance", "consistent", "inconsistent",
      "principles", "purposes", "provisions", "enshrined", "pursuant", "guided", "violation", "violations", "contrary",
      "compliance", "spirit", "norms", "respect", "article", "obligations");

  /** "signature", "ratification" after "for": a step a text goes through. */
  private static final java.util.Set<String> STEPS = java.util.Set.of("signature", "signing", "ratification", "adoption",
      "approval", "endorsement", "consideration");

  /** "two" to "ten" and "both": a count of several. */
  private static final java.util.Set<String> SEVERAL = java.util.Set.of("two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "both");

  @Override
  boolean countsSeveral(String key) {
    return SEVERAL.contains(key);
  }

  @Override
  boolean namesAStepOfProcedure(String preposition, String noun) {
    return preposition.equals("for") && STEPS.contains(noun);
  }

  @Override
  boolean citesAnInstrument(String key) {
    return CITING.contains(key);
  }

  @Override
  boolean locatesInAPublication(String key) {
    return key.equals("pp") || key.equals("vol") || key.equals("p") || key.equals("chap");
  }

  /** «met in Queenstown». */
  @Override
  boolean writesPlacesUninflected() {
    return true;
  }

  /** «concluded here Friday», "on Tuesday"; not «Good Friday», after a capitalised word. */
  @Override
  boolean weekdaysStandAlone() {
    return true;
  }

  /** "document", "documents". */
  @Override
  boolean namesTheDocument(String key) {
    return key.equals("document") || key.equals("documents");
  }

  /**
   * "witnessed the signing of …", "witnessing"; "welcomed the signing of …": in a joint statement the
   * signing the leaders welcome is most often one done during the occasion the text reports.
   */
  @Override
  boolean attendsASigning(String key) {
    return key.startsWith("witness") || key.startsWith("welcom");
  }

  @Override
  boolean namesAnAnniversary(String key) {
    return key.startsWith("anniversar");
  }

  @Override
  boolean hostsAGathering(String key) {
    return HOSTING.contains(key);
  }

  /** The words of hosting an organisation's gathering. */
  private static final Set<String> HOSTING = Set.of("host", "hosts", "hosting", "hosted");

  @Override
  boolean introducesTheVisitor(String key) {
    return key.equals("of");
  }

  /** «attended by», «were attended by»: the passive of attending, its agents after «by». */
  @Override
  int attendeesAfter(Tokens t, int k, int to) {
    return k + 2 <= to && t.key[k].startsWith("attend") && t.key[k + 1].equals("by") ? k + 2 : -1;
  }

  /** «a mechanism to continue discussions»: «to» opens the infinitive of a thing's purpose. */
  @Override
  boolean marksAnInfinitiveOfPurpose(String key) {
    return key.equals("to");
  }

  @Override
  boolean setsUpABody(String key) {
    return key.startsWith("establish") || key.startsWith("launch") || key.startsWith("creat") && !key.startsWith("creativ")
        || key.startsWith("institutionali");
  }

  @Override
  boolean marksALevelInAName(String key) {
    return key.equals("level");
  }

  /** «a six-point peace plan», «the 12-point plan». */
  @Override
  boolean countsPoints(String key) {
    return key.equals("point");
  }

  /** «Resolution No. ES-11/1», «Decisions Nos. 3 and 4». */
  @Override
  boolean isNumberSign(String key) {
    return key.equals("no") || key.equals("nos");
  }

  /** Nouns before a state's name that name a lake or a river («Lake Chad», «River Niger»). */
  private static final Set<String> PLACES_BEFORE = Set.of("lake", "river");

  @Override
  boolean namesAPlaceBefore(String key) {
    return PLACES_BEFORE.contains(key);
  }

  /** Nouns after a state's name that name a river, its basin or delta, or a sea («Congo Basin», «Niger Delta»). */
  private static final Set<String> PLACES_AFTER = Set.of("basin", "river", "delta", "sea", "strait");

  @Override
  boolean namesAPlaceAfter(String key) {
    return PLACES_AFTER.contains(key);
  }

  @Override
  boolean makesAMannerIdiom(String key) {
    return "in".equals(key);
  }

  @Override
  boolean namesAMember(String key) {
    return "member".equals(key);
  }

  /** Prepositions of a text's topic: "Statement on Syria", "concerning Iraq". */
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "concerning", "regarding");
  /** Prepositions that place a situation: "on the situation in …", "around …". */
  private static final Set<String> SITUATION_PREPOSITIONS = Set.of("in", "around");

  /** "on Syria", "on the situation in Yemen", "regarding developments around Afghanistan". */
  @Override
  int topicPartyAfter(Tokens t, int k, int to) {
    if (!TOPIC_PREPOSITIONS.contains(t.key[k]) || k + 1 >= to) {
      return -1;
    }
    int j = k + 1;
    if (j < to && ARTICLES.contains(t.key[j])) {
      j++;
    }
    if (j + 2 < to && namesASituation(t.key[j]) && SITUATION_PREPOSITIONS.contains(t.key[j + 1])) {
      j += 2;
      if (j < to && ARTICLES.contains(t.key[j])) {
        j++;
      }
    }
    return j;
  }

  /** "situation", "developments", "events": what a text about a place calls what goes on there. */
  private static boolean namesASituation(String key) {
    return key.equals("situation") || key.equals("developments") || key.equals("events");
  }

  /** "under the chairmanship of", "under the presidency of", "chaired by", "co-chaired by", "presided over by". */
  @Override
  boolean opensAChairmanship(Tokens t, int k, int to) {
    String key = t.key[k];
    if (key.equals("under") && k + 2 < to && ARTICLES.contains(t.key[k + 1])) {
      String office = t.key[k + 2];
      return office.equals("chairmanship") || office.equals("chairpersonship") || office.equals("chair")
          || office.equals("presidency") || office.equals("chairship");
    }
    return (key.equals("chaired") || key.equals("presided")) && k + 1 < to
        && (t.key[k + 1].equals("by") || t.key[k + 1].equals("over"));
  }

  @Override
  boolean namesLegislators(String key) {
    return key.equals("members") || key.equals("deputies") || key.equals("senators") || key.equals("lawmakers")
        || key.equals("legislators") || key.equals("parliamentarians");
  }

  @Override
  boolean namesALegislature(String key) {
    return key.equals("parliament") || key.equals("congress") || key.equals("senate") || key.equals("duma")
        || key.equals("assembly") || key.equals("majlis") || key.equals("mazhilis") || key.equals("rada")
        || key.equals("knesset") || key.equals("bundestag") || key.equals("sejm") || key.equals("skupstina");
  }

  @Override
  int compositionAfter(Tokens t, int k, int to) {
    if (k + 1 < to && t.key[k].equals("comprising")) {
      return k + 1;
    }
    return k + 2 < to && (t.key[k].equals("composed") || t.key[k].equals("consisting")) && t.key[k + 1].equals("of") ? k + 2 : -1;
  }

  /** "SSR", "ASSR", "(Autonomous) Soviet Socialist Republic" after "Kazakh". */
  @Override
  int constituentRepublicWords(Tokens t, int k, int to) {
    if (k >= to) {
      return 0;
    }
    String key = t.key[k];
    if (key.equals("ssr") || key.equals("assr")) {
      return 1;
    }
    int at = key.equals("autonomous") ? k + 1 : k;
    return at + 2 < to && t.key[at].equals("soviet") && t.key[at + 1].equals("socialist")
        && (t.key[at + 2].equals("republic") || t.key[at + 2].equals("republics")) ? at + 3 - k : 0;
  }

  /** "From the Joint Communiqué of …": «from» before a kind of document heads an excerpt. */
  @Override
  boolean opensAnExcerpt(String key) {
    return key.equals("from");
  }

  /** "the theme “…”", "under the motto …". */
  @Override
  boolean namesATheme(String key) {
    return key.equals("theme") || key.equals("themes") || key.equals("motto") || key.equals("slogan")
        || key.equals("tagline");
  }

  @Override
  boolean namesThisText(String key) {
    return key.equals("present");
  }

  /** «with the participation of»: whose participants follow «of». */
  @Override
  int participantsAfter(Tokens t, int k, int to) {
    return k > 1 && k + 2 <= to && t.key[k].equals("participation") && t.key[k + 1].equals("of")
        && t.key[k - 1].equals("the") && t.key[k - 2].equals("with") ? k + 2 : -1;
  }
}
