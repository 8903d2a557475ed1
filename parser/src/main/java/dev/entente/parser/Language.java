package dev.entente.parser;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A language the parser reads: its data folder ({@code dev/entente/parser/<code>/} on the class
 * path) and the few rules that cannot be data: morphology (adjectives, participles, gerunds, past
 * tense, ordinals, the case forms of names and titles) and the grammar of name extents, datelines
 * and news agencies' lead-ins. Everything else the stages need of a language is in its data folder;
 * the stages themselves hold no word of any language.
 *
 * <p>A language is one subclass in this package and one data folder; {@link Russian} is the first.
 * Pass one to {@link Parser#forLanguage(Language)}.
 */
public abstract class Language {
  private final String code;
  private final String name;
  /** The language's closed word classes, read from its {@code words.tsv}. */
  final Words words;

  /**
   * Reads the language's {@code words.tsv}; it must list every {@linkplain WordClass#neutral()
   * neutral} class and every class in {@code ownWordClasses}.
   *
   * @throws IllegalStateException naming the file and line of a data error
   */
  Language(String code, String name, Set<WordClass> ownWordClasses) {
    this.code = Objects.requireNonNull(code, "code == null");
    this.name = Objects.requireNonNull(name, "name == null");
    Set<WordClass> required = java.util.EnumSet.noneOf(WordClass.class);
    required.addAll(ownWordClasses);
    for (WordClass kind : WordClass.values()) {
      if (kind.neutral()) {
        required.add(kind);
      }
    }
    this.words = new Words(folder() + "words.tsv", required);
  }

  /** The language's ISO 639-1 code, {@code ru}: the name of its data folder and of documents' language. */
  public final String code() {
    return code;
  }

  /** The language's name in English, {@code Russian}, for messages. */
  public final String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }

  /** The class-path folder of the language's data files, with a trailing slash. */
  final String folder() {
    return "/dev/entente/parser/" + code + "/";
  }

  /** The language with ISO 639-1 code {@code code}, or an exception naming those available. */
  static Language forCode(String code) {
    switch (code) {
      case "ru":
        return new Russian();
      case "en":
        return new English();
      default:
        throw new IllegalArgumentException("no language data for '" + code + "'; available: ru, en");
    }
  }

  // Morphology: every word is a token's key, lower-case with ё as е.

  /** Whether a word is an adjective (or participle) by its form. */
  abstract boolean isAdjective(String word);

  /** Whether a word is a participle, which ends a name («проведенной», «являющегося»). */
  abstract boolean isParticiple(String word);

  /** Whether a word is an infinitive, which ends a name («подготовить»). */
  abstract boolean isInfinitive(String word);

  /** Whether a word is a noun of action that looks like an adjective («создание»): no name starts with it. */
  abstract boolean isVerbalNoun(String word);

  /** Whether an adjective is in a case that cannot open a name standing before a head («Российским»). */
  abstract boolean isOblique(String word);

  /** Whether a word before a hyphen is the first part of a compound adjective («российско-»). */
  abstract boolean isCompoundPart(String word);

  /**
   * Whether a word of an act is a gerund or an adverbial participle («отметив», «принимая»), whose
   * act is not the sentence's; {@code opensAct} when it is the act's first word.
   */
  abstract boolean isGerund(String word, boolean opensAct);

  /**
   * The base a city's adjective is made from («московская» → «москов», «бакинской» → «бакин»), for
   * a title such as «Московская декларация»; null when the word is no such adjective.
   */
  abstract String cityAdjectiveBase(String word);

  /**
   * How many letters of the city name {@code nominative} (lower case) the adjective base {@code
   * base} is made from; 0 when it is not made from it.
   */
  abstract int cityAdjectiveStem(String nominative, String base);

  /** Whether a verb is in the past tense («провели», «состоялась»). */
  abstract boolean isPastTense(String word);

  /**
   * Whether a word is a verb in the past of any person, number and gender («выступил», «провели»): what
   * tells an act done at an event. {@link #isPastTense} where that already reads every form.
   */
  boolean isPastAct(String word) {
    return isPastTense(word);
  }

  /**
   * Whether {@code demonstrative} (one of {@link WordClass#DEMONSTRATIVE}) before {@code next} points at the item
   * {@code next} opens («this meeting»), not a pronoun that presents it as a predicate («Это первый визит …», "this is
   * the first visit").
   */
  boolean demonstrativePointsAt(String demonstrative, String next) {
    return true;
  }

  /**
   * Whether a word is only a finite verb in the past («зашли», «приступила», «выразила»), never a noun, an
   * adjective or a participle of the same spelling; false where the language gives no reading of its forms.
   */
  boolean isFinitePast(String word) {
    return false;
  }

  /** Whether a verb is in the plural past tense («провели»). */
  abstract boolean isPastPlural(String word);

  /**
   * Whether a word is a verb in the past singular that the dictionary reads only as a verb («позвонил», «встретился»,
   * «пообещала»): one actor's act, as a news headline tells it. None where the language does not say.
   */
  boolean isPastSingularAct(String word) {
    return false;
  }

  /** Whether the word that carries a role's case is in the nominative («министр», not «министра»). */
  abstract boolean isNominative(String roleWord);

  /** The likely nominative of a name word in another case («мурата» gives «мурат»). */
  abstract String nominativeOf(String nameWord);

  /**
   * Whether {@code written}, a word of a person's name as found (lower case, without diacritics), may
   * be {@code nominative}, a word of the name in the directory of office holders: the same word by
   * default; in Russian also a case form the recogniser left («эмманюэлем» for «эмманюэль»).
   */
  boolean nameWordForm(String written, String nominative) {
    return written.equals(nominative);
  }

  /** Whether a name word ends in {@code suffix} in one of its case forms (patronymics: «-овича»). */
  abstract boolean endsWithNameForm(String word, String suffix);

  /**
   * How many case forms {@code states.tsv} gives a single-word state name in its {@code forms}
   * column (Russian: nominative, genitive, dative, accusative, instrumental, prepositional).
   */
  abstract int caseCount();

  /** Every form of the ordinal whose stem {@code dates.tsv} lists («втор» gives «второй», «второго»…). */
  abstract List<String> ordinalForms(String stem);

  // Grammar.

  /** How an item's name runs on over a preposition: see {@link #nameLink}. */
  enum NameLink {
    /** The word is no preposition this rule knows: the general rules decide. */
    NONE,
    /** The name ends before the word. */
    STOP,
    /** The name runs over the word. */
    OVER_WORD,
    /** The name runs over the word and the one after it («в области», «на уровне»). */
    OVER_TWO
  }

  /**
   * Whether an item's name runs on over {@code word} («Совет министров … в области энергетики»),
   * given the words before and after it within the sentence (null at its edges).
   */
  abstract NameLink nameLink(String previous, String word, String next);

  /**
   * A news agency's dateline at the start of a line: «Алматы, 27 апреля /Синьхуа/ --». Groups: 1
   * the place, 2 the day, 3 the month word, 4 the year (optional), 5 the agency. Every quantifier
   * bounded: it runs on the first 160 characters of a line.
   */
  abstract Pattern dateline();

  /**
   * The lead-in that names the reporting agency, on one line: «Как передает Day.Az со ссылкой на
   * АЗЕРТАДЖ,». Groups: 1 the agency, 2 the one it cites (optional). Every quantifier bounded.
   */
  abstract Pattern reportedBy();

  /** Whether a letter belongs to the language's script: few such letters make a text not this language. */
  abstract boolean isOwnLetter(char letter);

  /** The English name of the script, {@code Cyrillic}, for messages. */
  abstract String scriptName();

  /** Three words for kinds of document as a title names them, for a message: «коммюнике, заявление, декларация». */
  abstract String documentKindExamples();

  /**
   * The name of a visit read from an invitation or a verb of visit: «визит Председателя Си Цзиньпина в
   * Азербайджан»; with a null {@code invitee} (the text names no visitor there), «визит в Азербайджан».
   */
  abstract String visitName(String invitee, String state);

  /**
   * The name of a meeting read from a verb of gathering: {@code subject}, as written, who gathered
   * (null where the text gives only a pronoun), and the place as written after the preposition
   * ("meeting of the Leaders of the G20 in New Delhi", «встреча в Астане»).
   */
  abstract String gatheringName(String subject, String place);

  /** The provenance of a meeting read from a verb of gathering: {@code gathering: met in …}. */
  abstract String gatheringRule();

  /**
   * Whether {@code word} is the infinitive of a verb of gathering («meet», «встретиться»): «agreed to meet
   * again in Washington» tells a meeting to come. None by default.
   */
  boolean isGatheringInfinitive(String word) {
    return false;
  }

  /** The provenance of a visit read from an invitation: {@code invitation: пригласил … посетить}. */
  abstract String invitationRule();

  /** The rule name of a visit read from a possessor's visit to a place («the Minister's visit to Manila»). */
  /**
   * Whether a visit after a possessive names its destination with a preposition («the Secretary's
   * visit to Manila»), so that {@code EventRecognizer.visitTo} reads it. No by default.
   */
  boolean possessiveVisitsNameTheirDestination() {
    return false;
  }

  String possessiveVisitRule() {
    return "visit: possessor's visit to a place";
  }

  /**
   * Whether token {@code k}, left of a name's head and not an adjective, still belongs to the name:
   * languages whose names put nouns and proper names before the head («Bali Democracy Forum»,
   * «climate working group») say yes; {@code isAct} when an act pattern starts there. None by default.
   */
  boolean extendsNameLeft(Tokens t, int k, boolean isAct) {
    return false;
  }

  /**
   * Whether token {@code j}, right of a name's head ({@code from} the first token after it), ends
   * the name although the general rules would let it run on: in English a lower-case word right
   * after the capitalised words of a name («the Ministerial Forum provided …»). Never by default.
   */
  boolean endsNameRight(Tokens t, int j, int from) {
    return false;
  }

  /**
   * Whether a word that looks like an adjective (its key; {@code capitalised} as written) may open
   * a name before its head, as far as the language's dictionary knows it: «решений» (a noun) and
   * «включая» (a preposition) do not; a lower-case participle («закрепленные») describes the item
   * rather than names it. True by default and for words the dictionary lacks.
   */
  boolean mayOpenName(String key, boolean capitalised) {
    return true;
  }

  /**
   * The nominative singular of a head noun's form {@code key} («саммитах» → «саммит»), to name one
   * of several meetings; null where the language does not inflect its heads or knows no such noun.
   */
  String singularHead(String key) {
    return null;
  }

  /**
   * Whether the head noun among tokens {@code [first, last)} (a head's words) is in a plural form
   * only, so a lower-case head names a kind of thing («саммиты», «рабочих групп»). False by default
   * and where a form is also singular («встречи»).
   */
  boolean headInThePlural(Tokens t, int first, int last) {
    return false;
  }

  /**
   * Loads now what the language otherwise loads when a document first needs it (a dictionary), so
   * that {@link Parser#prepare()} can do it on a spare thread. Nothing by default.
   */
  void loadOnDemandData() {}

  /**
   * The words of a name's head phrase (its modifiers, then from {@code headFrom} on its head noun and
   * what the head word list holds after it) in the nominative, or null when they are in it already,
   * are no head phrase, or the language does not inflect them: «пятого саммита» → «пятый саммит».
   * Capitals stay where they were.
   */
  String[] nominativeHeadPhrase(String[] words, int headFrom) {
    return null;
  }

  /**
   * The words of a person's name in the nominative, as far as the language's dictionary knows them
   * («Владимиром Путиным» → «Владимир Путин»): an entry per word, null for a word the dictionary does
   * not know as a name (the caller's rules decide it: {@link #nominativeOf}); {@code oblique} when the
   * role before the name is in an oblique case. Null when the language has no dictionary (the default).
   */
  String[] nominativeName(String[] words, boolean oblique) {
    return null;
  }

  /**
   * Whether a head word alone is no name («the Summit», «the Council» refer back in English) and a
   * head inside a party's name is that party's organ («UN Security Council»), so neither is an item.
   * No by default.
   */
  boolean bareHeadsAreNoNames() {
    return false;
  }

  /**
   * Whether adjectives listed with commas before «и» stay in one name («комиссия по
   * торгово-экономическому, научно-техническому и культурному сотрудничеству»): where adjectives agree
   * in an ending, the list is one. No by default.
   */
  boolean adjectiveListsInNames() {
    return false;
  }

  /**
   * Whether a word names those who take part in an event without naming them («Участники Форума
   * … приняли»): a text so adopted has no signatories. None by default.
   */
  boolean namesUnnamedParticipants(String key) {
    return false;
  }

  /**
   * Whether a lower-case word (its key) is only ever an adverb («торжественно», «вновь»), which may stand
   * between a subject and its verb. None by default.
   */
  boolean isAdverb(String key) {
    return false;
  }

  /**
   * Whether a lower-case word (its key) is only ever a finite verb of the active voice («призывает», «осудило»): not
   * the auxiliary of a passive («был заключён»), not a reflexive form («подписывается»), not a participle. A kind of
   * document right before one is the subject of a clause about what the document says. None by default.
   */
  boolean onlyActiveVerb(String key) {
    return false;
  }

  /**
   * Whether an initiative's head word must be capitalised to name one: English writes the names of
   * initiatives in title case («Regional Cooperation Framework»), so a lower-case head is a common
   * noun («within the framework of», «USAID programs», «trade policy»).
   */
  boolean initiativeHeadsAreCapitalised() {
    return false;
  }

  /**
   * Whether a year after a preposition of time is a date without a word for «year» («in 2023»,
   * «by 2030»), as in English; Russian writes «в 2023 году».
   */
  boolean bareYearsAreDates() {
    return false;
  }

  /**
   * Whether a role is written in lower case whatever the text's capitals: Russian writes «министр
   * иностранных дел», and a capital only opens a sentence or a title; English keeps the text's
   * «Prime Minister», «Secretary of State».
   */
  boolean rolesAreLowerCase() {
    return true;
  }

  /**
   * Whether a person named by one word alone, with no given name or initials («президент Путин»), is
   * kept only where the directory of office holders knows that word as a surname: Russian texts name
   * a person by a lone surname only when he is well known, and a lone capitalised word after a role is
   * more often a portfolio («Министр Земледелия») or a word an OCR line break cut («Пред седатель»,
   * «Президента Сое диненных Штатов»); English writes «Prime Minister Kan», «HE Wiranto» of anyone.
   */
  boolean loneWordNamesAreKnownSurnames() {
    return true;
  }

  /**
   * Whether an adjective written with a capital inside a sentence, a word in lower case after it,
   * opens a proper name: Russian writes a state's adjective in lower case («турецкая сторона»), so
   * «Турецкий поток», «Британский совет» name a pipeline and an institution, not the state. English
   * capitalises every such adjective («Turkish side»).
   */
  boolean capitalisedAdjectivesOpenNames() {
    return true;
  }

  /**
   * Whether two words, in lower case, are nouns of one case however they end («стабильности и
   * сотрудничества»): then «и» between them joins two parts of one name. No by default.
   */
  boolean nounsInOneCase(String a, String b) {
    return false;
  }

  /**
   * Whether a first meeting («первая встреча глав государств») opens a series, a mechanism of its
   * own, as Russian texts and gold have it; in English gold a «first-ever summit» is the event alone.
   */
  boolean firstMeetingsOpenASeries() {
    return true;
  }

  /**
   * Whether a title capitalises every word but the small ones («Australia - Republic of Korea Joint
   * Statement on …»), so that capitalised words before the kind of document belong to the title;
   * Russian titles capitalise only their first word.
   */
  boolean titlesAreTitleCase() {
    return false;
  }

  /**
   * Whether a person's name keeps the space its text puts after an initial («Joseph R. Biden»);
   * Russian names are written as the Russian pack has always output them («В.В.Путин»).
   */
  boolean spaceAfterInitial() {
    return false;
  }

  /**
   * Whether names end in their head word, so that a capitalised noun right after a head makes the
   * head its modifier («Dialogue Partners») and the possessive before a name is its owner's. No by
   * default: a Russian name runs on after its head («Форум "…"», «Совет министров»).
   */
  boolean headsEndNames() {
    return false;
  }

  /**
   * Whether the sides named after «between» in an item's name are keyed in sorted order, so that «…
   * Council between A and B» and «… between B and A» are one item; Russian items keep the keys (and
   * so the ids) the Russian pack has always output.
   */
  boolean sidesKeyedInAnyOrder() {
    return false;
  }

  /**
   * How many tokens from {@code j} join a meeting's head to the body whose meeting it is («meeting of
   * the North Atlantic Council»: «of the», two), where the language joins them with words; 0 by
   * default, where the body's name follows the head in the genitive («заседание Совета министров»).
   */
  int bodyLinkAt(Tokens t, int j, int to) {
    return 0;
  }

  /**
   * Whether a participle right after a noun describes it («the first Dialogue held in New Delhi»), as
   * in English; in Russian a short form there is the sentence's verb («Заявление подписано в Москве»).
   */
  boolean participlesFollowTheirNouns() {
    return false;
  }

  /**
   * Whether a word introduces who does or authors what a noun before it names: the author of a title
   * («Statement by the Chairperson of …»), the visitor of a visit («a visit to Canada by a Chilean
   * delegation»). None by default.
   */
  boolean introducesTheAgent(String key) {
    return false;
  }

  /**
   * A year written in words from token {@code j} («in the Year Two Thousand and Fifteen», «Nineteen
   * Hundred and Seventy-Two»), as a closing formula writes it after its month: the year and the token
   * after it, or null where none stands there. None by default.
   */
  int[] yearInWords(Tokens t, int j, int to) {
    return null;
  }

  /**
   * Whether a preposition right before a day, after a capitalised name, makes the day that of the
   * text or meeting the name stands for («the Points of Agreement of 27 November 1990»), not the
   * sentence's own. None by default: Russian dates another text with «от», a word of
   * {@link WordClass#DOCUMENT_DATE_PREPOSITION}.
   */
  boolean datesWhatPrecedes(String key) {
    return false;
  }

  /**
   * The first of the words that join a role to the party named after it, the party starting at token
   * {@code party} («Prime Minister of India»: the «of»; «President of the Philippines»: the «of» of «of
   * the»), or -1 where no such words stand there. None by default: Russian names the party right after
   * the role, in the genitive («Президента России»), and its rules read the role's last word alone.
   */
  int roleLinkBefore(Tokens t, int party) {
    return -1;
  }

  /**
   * Whether the word at {@code k} may stand before a mechanism's head as part of its name after a
   * meeting's head: an adjective («заседания Межправительственной комиссии») or the first part of a
   * compound one («заседания армяно-монгольской комиссии»), and in languages that capitalise names, a
   * capitalised word («of the North Atlantic Council»).
   */
  boolean modifiesABody(Tokens t, int k) {
    return isAdjective(t.key[k]) || t.hyphenAfter[k] && isCompoundPart(t.key[k]);
  }

  /** Whether a word is an article, which never ends a name («the Fund for a …»). None by default. */
  boolean isArticle(String key) {
    return false;
  }

  /**
   * Whether a word before a relationship's head makes it a label of the relationship even with a
   * complement after it («Strategic Partnership for Peace and Prosperity»). No by default.
   */
  boolean labelsARelationship(String key) {
    return false;
  }

  /**
   * Whether a mechanism's head word names a standing arrangement only capitalised and in the singular
   * («the Crisis Response Network»), never in lower case or the plural («a network of experts»). No by default.
   */
  boolean standingOnlyAsProperSingular(String key) {
    return false;
  }

  /**
   * Whether «and» right before an act of the statement opens another clause («… in September 2022 and
   * decided that the next meeting …»), so that a date before it is not an event's after it. No by default.
   */
  boolean andOpensAClause() {
    return false;
  }

  /**
   * Whether an initiative's head word, after nothing but fields of cooperation and parties, names a
   * side's conduct in that field rather than an initiative («Trade and Investment Policy»). No by default.
   */
  boolean genericAfterTopics(String key) {
    return false;
  }

  /**
   * Whether an initiative's head word names an organisation's founding document («Charter»), which
   * counts as the organisation when the name names one. No by default.
   */
  boolean isFoundingDocument(String key) {
    return false;
  }

  /**
   * Whether an ordinal and the word after it are one noun that numbers nothing («third party», «first
   * lady»). No by default.
   */
  boolean ordinalCompound(String ordinal, String next) {
    return false;
  }

  /**
   * Whether tokens {@code [from, to)}, between an event and the next one in its sentence, leave the
   * date and place named after the next one to the first as well. What follows the next event is its
   * own («the AU Summit in February and the G20 Summit in New Delhi»; «… очередной встречи … принятым
   * на Втором саммите в октябре 2007 года в Тегеране»), unless the words between make it the first's
   * host («on the sidelines of the UNGA in New York», «на полях саммита») or only join the two, with
   * «and» and articles («the APEC Leaders' Meeting and the G20 Summit last November», «встреча и
   * заседание … в Астане») or with nothing but a comma (a list: «Медиафоруме "X", Форуме "Y" и … в
   * Астане в мае»).
   */
  boolean nextEventsSettingIsShared(Tokens t, int from, int to) {
    boolean joined = true;
    for (int k = from; k < to; k++) {
      if (words.startsWithAny(WordClass.HOST_EVENT_PREFIX, t.key[k])) {
        return true;
      }
      joined &= words.is(WordClass.AND, t.key[k]) || isArticle(t.key[k]);
    }
    return joined;
  }

  /**
   * Whether an initiative's head in lower case, even after a proper name, only describes it and names
   * no initiative («the Pacific Islands vision»). No by default.
   */
  boolean describesInLowerCase(String key) {
    return false;
  }

  /**
   * Whether a word before a place inside a visit's name makes it the visit's destination («State
   * Visit to India»). No by default: the place after a visit is read by the preposition of place.
   */
  boolean isDestinationPreposition(String key) {
    return false;
  }

  /**
   * Whether a capitalised word after a head still belongs to the name, in a language whose names end
   * in their head («ASEAN Defence Ministers' Meeting Plus»). No by default.
   */
  boolean isNameTail(String key) {
    return false;
  }

  /**
   * Whether a word right before a mechanism's head makes it no arrangement of cooperation
   * («terrorist group», «advocacy group»). No by default.
   */
  boolean modifiesNoCooperation(String key) {
    return false;
  }

  /**
   * Whether a word before a generic head («policy») names the field of one side's own conduct
   * («Foreign Policy»), counted with the fields of cooperation. No by default.
   */
  boolean namesAPolicyField(String key) {
    return false;
  }

  /**
   * Whether a government's portfolio («Foreign Relations», «the Interior») stands at token {@code k}
   * and ends the name at {@code end} or before its «of» or «on»: a body «of» it is one state's ministry. No by default.
   */
  boolean portfolioAt(Tokens t, int k, int end) {
    return false;
  }

  /**
   * Whether a noun before «in <place>» makes the place what is spoken of rather than where something
   * happens («the situation in Sudan»). No by default.
   */
  boolean placesASubject(String key) {
    return false;
  }

  /**
   * The half of a year that the words before a year at {@code year} name («the first half of 2025»: 1,
   * «the second half of this year»: 2), 0 where they name none; where {@code introduces} is asked, whether
   * they make the year a date without a preposition of a year («the end of 2024»). None by default.
   */
  int partOfYear(Tokens t, int year, boolean introduces) {
    return 0;
  }

  /**
   * Whether the tokens {@code [from, to)} are the name of an armed group or movement («Islamic State»,
   * «Al-Shabaab»), which a text may follow with a word of a group. No by default.
   */
  boolean namesAnArmedGroup(Tokens t, int from, int to) {
    return false;
  }

  /**
   * Whether a word right before a process's head makes it a course of events («the Middle East Peace
   * Process», «the electoral process»), no standing format of cooperation. No by default.
   */
  boolean namesAProcessSubject(String key) {
    return false;
  }

  /**
   * Whether a word right before a centre's head makes it a building («Convention Centre», «Exhibition
   * Center»), no arrangement of cooperation. No by default.
   */
  boolean namesAVenue(String key) {
    return false;
  }

  /**
   * Whether a word after a council's head names elected deputies («Совет народных депутатов», «Совета
   * депутатов трудящихся»): a council of deputies is an assembly of one country or place, no arrangement of
   * cooperation. No by default.
   */
  boolean namesDeputies(String key) {
    return false;
  }

  /**
   * Whether a mechanism's head word alone after a proper name may name a company or an armed group
   * («the Wagner Group»), so that the name needs a word of cooperation to be a mechanism. No by default.
   */
  boolean namedByOwners(String key) {
    return false;
  }

  /** Whether a head («Team») names, after one state's name alone, that state's own unit. No by default. */
  boolean teamOfOneSide(String key) {
    return false;
  }

  /** Whether a word right before a commission's or council's head makes it a state's regulator («Regulatory», «Election»). No by default. */
  boolean namesARegulator(String key) {
    return false;
  }

  /** Whether a word names infrastructure («Transport», «Railway», «Power»): a network of it is lines, no arrangement. No by default. */
  boolean namesInfrastructure(String key) {
    return false;
  }

  /**
   * Whether a project's head names a route that a place's name alone may name as a strip of land, no
   * project («Лачинский коридор»). No by default.
   */
  boolean namesAPlaceRoute(String key) {
    return false;
  }

  /**
   * Whether a capitalised word is a common noun of a body's function or members («Coordination»,
   * «Core», «Officials»), no proper name of an owner. No by default.
   */
  boolean namesAFunction(String key) {
    return false;
  }

  /**
   * Whether a word that opens a body's name makes it a nation's own («National Security Council»).
   * No by default.
   */
  boolean opensANationsBody(String key) {
    return false;
  }

  /**
   * Whether an initiative's head word names a relationship unless a noun qualifies it («Strategic
   * Partnership» is a label, «Forest Carbon Partnership» a programme). No by default.
   */
  boolean isRelationshipHead(String key) {
    return false;
  }

  /**
   * Whether a word (its key) is a plural noun form: «programs» after capitalised words names no
   * single thing, nor does a lower-case «mechanisms» after a cue of creation («new financing
   * mechanisms»). Russian answers no: its plurals do not reach these rules.
   */
  boolean isPluralNoun(String key) {
    return false;
  }

  /**
   * Whether a lower-case head word (its key) is in a plural form, so that it names a kind of thing
   * rather than one item («в обход резолюций …», "bypassing resolutions"). {@link #isPluralNoun} unless
   * the language knows its head nouns' plural forms better.
   */
  boolean namesAKindInThePlural(String key) {
    return isPluralNoun(key);
  }

  /**
   * Whether a word written after a numeral's digits and a hyphen is an ordinal's ending («го» of «4-го»,
   * «е» of «3-е»); false where the language writes none so.
   */
  boolean isNumeralOrdinalSuffix(String key) {
    return false;
  }

  /**
   * The ordinal that digits and the letters written onto them make («469» and «th»), for numbers no
   * list can hold (a council's 1,200th meeting); 0 when the letters are not the ordinal ending of
   * those digits in the language. None by default.
   */
  int writtenOrdinal(String digits, String letters) {
    return 0;
  }

  /**
   * Whether an initiative's head in lower case (its key) with the word {@code next} after it is the verb
   * of its sentence rather than a noun («the two Governments plan to explore …»). No by default.
   */
  boolean headIsAVerbBefore(String key, String next) {
    return false;
  }

  /**
   * Whether a topic's preposition right after a body's head (a commission, council, secretariat) ends
   * its name: where bodies' fields take another preposition («Комиссия по …»), «доклад о работе Комитета»
   * and «Комитета о работе …» say what is reported, no name. No by default («the Committee on …»).
   */
  boolean topicEndsABodysName() {
    return false;
  }

  /** Whether a preposition (its key) names who a meeting is held with («встреча … с канцлером»). No by default. */
  boolean joinsAPartner(String key) {
    return false;
  }

  /**
   * Forms of address written with a full stop before a name (lower case, without the last stop:
   * «mr», «h.e»): a line that ends in one goes on with the name on the next line («H.E. Mr.» then
   * «John Smith, President …»), so the {@link Normalizer} joins the two. None by default.
   */
  Set<String> addressesBeforeNames() {
    return Set.of();
  }

  /**
   * Whether {@code word} (in lower case) is a form the language's dictionary knows: a word
   * broken by a hyphen at a line's end («сотрудничест-⏎ву») is joined by the {@link Normalizer} when the whole
   * is one, and a compound's hyphen («бизнес-⏎форума») is kept. No by default (no dictionary: nothing joined).
   */
  boolean isWordForm(String word) {
    return false;
  }

  /**
   * Whether a word (its key) written right before a state's name makes the two the name of a region
   * or of another place, not the state: English «Latin America», «South American», «New Guinea»,
   * «Northern Ireland», «inter-American», «South China Sea». A name that begins with such a word
   * («South Africa», «North Korea», «New Zealand») is the gazetteer's, matched whole before this is
   * asked. None by default: Russian writes regions with words of their own («Латинская Америка»).
   */
  boolean opensRegionBeforeState(String key) {
    return false;
  }

  /**
   * Whether a word (its key) names a body of water whose name ends in a state's name after a
   * preposition («Gulf of Guinea», «Sea of Japan», «Bay of Bengal»): the sea, not the state. None by
   * default: Russian names such waters with the state's adjective («Гвинейский залив»), which the
   * GEO rows of ambiguous.tsv read.
   */
  boolean namesWaterBefore(String key) {
    return false;
  }

  /**
   * Whether a word (its key) is a verb of joining a text others adopted («joined», «присоединились»):
   * «The following countries have joined this statement: …» lists more parties that adopt it. No by default.
   */
  boolean joinsADocument(String key) {
    return false;
  }

  /**
   * Whether a word (its key) right before an event's head, or opening its name, points at the meeting the
   * text itself comes from («the chairman of the current session», «председатель текущей сессии», «в
   * сегодняшнем саммите»): such a mention names the document's own occasion again, no event of its own.
   * No by default.
   */
  boolean pointsAtTheOccasion(String key) {
    return false;
  }

  /**
   * Whether a word that opens with the prefix of a role's first word ({@code prefixLength} letters)
   * runs on into the noun of the office rather than its holder («председательства» after
   * «председател», «президентства»): no name follows it as that role's. No by default.
   */
  boolean namesTheOffice(String key, int prefixLength) {
    return false;
  }

  /**
   * How many tokens from {@code k} say «of the member states of» before an organisation's name in a body's
   * name («государств-членов ОТГ», «участников СНГ»), words that name no other body; 0 where none do. None by default.
   */
  int membershipWords(Tokens t, int k, int end) {
    return 0;
  }

  /**
   * Most letters of one syllable of a given name written apart after a surname that comes first, as
   * the language spells it with its case ending («Suk», «Loong»; «Тхыонгом»). Five by default.
   */
  int syllableLetters() {
    return 5;
  }

  /**
   * Whether a word (its key), capitalised, names an order of chivalry whose name ends in a state's
   * name after a preposition («Sovereign Military Order of Malta», «Knights of Malta»): the order,
   * not the state. None by default: Russian names it with the adjective («Мальтийский орден»).
   */
  boolean namesAnOrderBefore(String key) {
    return false;
  }

  /**
   * Whether a word (its key) tells that a text has been adopted or signed, done in the past
   * («приняли», «подписана»): the text it takes as object is an outcome of the meeting the page tells
   * of. No by default: a language whose past is not told by its form leaves every name standing.
   */
  boolean tellsAnAdoptionDone(String key) {
    return false;
  }

  /**
   * Whether two words (their keys) open a report's tally of what a meeting produced («По итогам (встречи)», «В
   * ходе (визита)»): with a short passive participle of signing after them («были подписаны», «принято»), the
   * texts listed are the reporter's count of outcomes, not ones the document itself puts forward. No by default.
   */
  boolean opensATallyOfOutcomes(String first, String second) {
    return false;
  }

  /**
   * Whether a word (its key) is a short passive participle of signing or adopting («подписаны», «принято»,
   * «утверждена»): a text told as signed, not who signed it. No by default.
   */
  boolean isAPassiveAdoption(String key) {
    return false;
  }

  /**
   * Whether a word (its key) locates a passage in a publication («стр.», «том»; "pp.", "vol."): after a
   * comma and before a number it makes the quoted title before it a source cited, not a named plan.
   * No by default.
   */
  boolean locatesInAPublication(String key) {
    return false;
  }

  /**
   * Whether a word (its key) points back to a text named before or to the text itself («обновленная
   * Концепция», «данная Программа», «настоящая Декларация»): with only a head after it, it names
   * nothing of its own. No by default.
   */
  boolean pointsBack(String key) {
    return false;
  }

  /**
   * Whether a word (its key) before a document's kind names the text it stands in («настоящее Соглашение …»,
   * "the present Agreement"): the text so named is the document itself, whatever words follow its kind. No by default.
   */
  boolean namesThisText(String key) {
    return false;
  }

  /**
   * Whether a word (its key) before a treaty's, agreement's or declaration's name tells that the text only
   * invokes it as a source of rules the sides follow («в соответствии с Уставом ООН», «целями и принципами
   * Устава», «закрепленным в …»; "in accordance with the Charter", "enshrined in"): a text so cited is no
   * initiative any actor proposes or adopts. No by default.
   */
  boolean citesAnInstrument(String key) {
    return false;
  }

  /**
   * Whether a word (its key) is the noun of adopting or approving a text («о принятии», «об утверждении»):
   * in a title, the text it takes is one the document adopts, not the document itself. No by default.
   */
  boolean namesAnAdoption(String key) {
    return false;
  }

  /**
   * Whether two words (keys) after a head tell only what is to be done with the text ("for signature",
   * "for ratification"): "prepare the Agreement for signature" names no agreement, it points back to
   * one. No by default.
   */
  boolean namesAStepOfProcedure(String preposition, String noun) {
    return false;
  }

  /**
   * Whether a word (its key) counts several things ("the three Community Blueprints", "both Plans"): before
   * a head in the plural it tells several texts of a kind, not one named text. No by default.
   */
  boolean countsSeveral(String key) {
    return false;
  }

  /**
   * Whether a word (its key) before a meeting's or consultations' head makes them a standing series
   * («регулярные консультации», «ежегодная встреча»), a mechanism, not one occasion. No by default.
   */
  boolean marksASeries(String key) {
    return false;
  }

  /**
   * Whether a word (its key) after the word before it opens a cause («в результате» переговоров, "as a result of"
   * talks): talks named after it are the course the text's outcome came from, not one sitting. No by default.
   */
  boolean tellsAResultOf(String before, String key) {
    return false;
  }

  /**
   * Whether a word (its key) tells that a meeting was held («состоявшейся», «прошедших») or that the text came
   * from one («по итогам», «на полях», «в ходе» встречи): a city a few words after it, after «в», is where the
   * meeting sat and the text it yielded was adopted. No by default.
   */
  boolean tellsWhereItWasHeld(String key) {
    return false;
  }

  /**
   * Whether a word (its key) names a state's capital before the state and the city («в столице
   * Саудовской Аравии Эр-Рияде», "in the capital of Kazakhstan, Astana"). No by default.
   */
  boolean namesACapital(String key) {
    return false;
  }

  /**
   * Whether the language writes a place's name unchanged after a preposition («met in Queenstown»), so
   * that a city the gazetteer lacks can be taken as written; Russian declines it («в Квинстауне»). No by default.
   */
  boolean writesPlacesUninflected() {
    return false;
  }

  /**
   * Whether a word of regularity in the plural («ежегодные», «регулярных») qualifies the head after it:
   * such meetings are a standing series, no one event. No by default.
   */
  boolean marksASeriesInThePlural(String key) {
    return false;
  }

  /**
   * Whether a weekday's name after any word in lower case is a day («concluded here Friday», "on
   * Tuesday"), as in English, where a weekday is always written with its capital; where not, only one
   * after a locative preposition is («в субботу»). No by default.
   */
  boolean weekdaysStandAlone() {
    return false;
  }

  /**
   * Whether a word is the plain noun by which a report refers back to the text it has just named
   * («Документ был утвержден министрами …», "The document was approved by …"), not a kind of its own.
   * No by default.
   */
  boolean namesTheDocument(String key) {
    return false;
  }

  /**
   * Whether a word (its key) tells that the sides attended a signing as it took place («witnessed the
   * signing of …»): such a signing is one the text reports, on the document's own day where it gives no
   * other. No by default.
   */
  boolean attendsASigning(String key) {
    return false;
  }

  /**
   * Whether an event's head (its key) names an anniversary («the 60th anniversary of relations»): a
   * year-long occasion, dated by its year. No by default.
   */
  boolean namesAnAnniversary(String key) {
    return false;
  }

  /**
   * Whether a word (its key) tells that a state hosts an organisation's gathering («to host APEC in 2007»,
   * "the ROK's hosting of APEC"). No by default.
   */
  boolean hostsAGathering(String key) {
    return false;
  }

  /**
   * Whether a word (its key) right after a visit's head introduces whose visit it is ("the visit of the
   * Minister to …"), where the language names the visitor so before the destination. No by default.
   */
  boolean introducesTheVisitor(String key) {
    return false;
  }

  /**
   * Where the words at token {@code k} introduce the attendees of a meeting, named after them
   * («attended by», «приняли участие»), the token after those words; else -1. None by default.
   */
  int attendeesAfter(Tokens t, int k, int to) {
    return -1;
  }

  /**
   * Whether a word (its key) sets up a standing body («established», "launch", «учредить»): a head that may
   * name a body or a meeting («Forum», «форум») is the body where such a word stands before it, as a
   * meeting is held and not set up. No by default.
   */
  boolean setsUpABody(String key) {
    return false;
  }

  /**
   * Whether a lower-case word between two capitalised words of a name is one of its words, telling the
   * level the body meets at («the Foreign Secretary level Dialogue»). No by default.
   */
  boolean marksALevelInAName(String key) {
    return false;
  }

  /**
   * Whether a word opens an infinitive of purpose after a noun («a mechanism to continue discussions»);
   * none by default (Russian says it with a preposition: «механизм для продолжения …»).
   */
  boolean marksAnInfinitiveOfPurpose(String key) {
    return false;
  }

  /**
   * Whether a word, hyphened to a number before a plan's head, counts the plan's points («a six-point
   * plan», «the 12-point plan»): such a plan is one named in lower case. None by default.
   */
  boolean countsPoints(String key) {
    return false;
  }

  /**
   * Whether a word, written with a stop before a number, is a number sign («Resolution No. ES-11/1»):
   * the stop then ends no name. None by default.
   */
  boolean isNumberSign(String key) {
    return false;
  }

  /**
   * Whether the gap between two words is a number sign the script writes as a symbol of its own
   * («резолюции Совета Безопасности ООН № 2254»): the number after it names the document before it.
   * None by default.
   */
  boolean isNumberSignGap(String gap) {
    return false;
  }

  /**
   * Whether a common noun (its key) names a place whose proper name, set beside it after the noun in the
   * nominative, may be a state's: «округ Колумбия», «в округе Колумбия», «озера Чад», «реки Конго»,
   * "Lake Chad", "River Niger" name the district, the lake or the river, where «провинции Афганистана»
   * (the genitive) names the state. None by default.
   */
  boolean namesAPlaceBefore(String key) {
    return false;
  }

  /**
   * Whether a capitalised noun (its key) right after a state's name makes the two the name of a river,
   * a basin or a sea: "Congo Basin", "Niger Delta", "Jordan River", "Timor Sea". None by default (Russian
   * puts the noun first: «бассейн Конго», see {@link #namesAPlaceBefore}).
   */
  boolean namesAPlaceAfter(String key) {
    return false;
  }

  /**
   * Whether a word right before a bare lower-case head of consultations or a dialogue in the singular makes
   * the two an idiom of manner («a date will be fixed in consultation between the two Governments»,
   * «act in dialogue with»), which names no standing arrangement. None by default.
   */
  boolean makesAMannerIdiom(String key) {
    return false;
  }

  /**
   * Whether a word names a person as a member of a body («Член Государственного совета», "Member of the State
   * Council"): the body after it is part of the person's title, as after a role. None by default.
   */
  boolean namesAMember(String key) {
    return false;
  }

  /**
   * Where the words at token {@code k} say what a text is about and a party named right after them is
   * that topic («Заявление по Косово», «о ситуации в …», "Statement on Syria", "on the situation in …"),
   * the token after them; else -1. A topic is never an author. None by default.
   */
  int topicPartyAfter(Tokens t, int k, int to) {
    return -1;
  }

  /**
   * Whether the words at token {@code k} open a clause of chairmanship («под председательством»,
   * "under the chairmanship of", "chaired by"): who chairs a meeting is named there, not who adopts its
   * text. None by default.
   */
  boolean opensAChairmanship(Tokens t, int k, int to) {
    return false;
  }

  /**
   * Whether a name word's ending is one no name takes in the case of the role before it, so is part of
   * the name («представителя … Накамицу»: a genitive role, an ending of the dative). No by default.
   */
  boolean endingOutOfCase(String roleHead, String nameWord) {
    return false;
  }

  /**
   * Whether a given name and the surname after it end in the same case's endings (both the genitive's «-а»/«-я»,
   * «Джозепа Борелля»): where the surname's ending is taken off as a case ending, so is the given name's. No by default.
   */
  boolean sameCaseEnding(String givenName, String surname) {
    return false;
  }

  /**
   * The nominative of a man's surname of the «-а» declension after his given name in the instrumental («Бараком
   * Обамой» → «обама»), or null where the two words do not show it. None by default.
   */
  String mansSurnameOfTheADeclension(String givenName, String surname) {
    return null;
  }

  /**
   * The nominative of a woman's given name {@code nameWord} in an oblique case the language marks apart
   * from a man's («Джасиндой» → «джасинда»), for a name whose surname does not decline; the word
   * unchanged by default and where it has no such ending.
   */
  String feminineNominativeOf(String nameWord) {
    return nameWord;
  }

  /**
   * Where the words at token {@code k}, right after a role, are its portfolio in lower case («по
   * вопросам разоружения»), the token after them; else {@code k}. None by default (English roles list
   * their portfolios).
   */
  int lowerCasePortfolioEnd(Tokens t, int k, int to) {
    return k;
  }

  /**
   * Whether a mechanism's head word, standing alone, names a standing arrangement only after a capitalised word
   * of its own name («Минская группа»), never bare («группа государств», «группа по вопросам …»). No by default.
   */
  boolean standingOnlyAfterAProperWord(String key) {
    return false;
  }

  /**
   * Whether a word names a body's members as a group that speaks for it («Депутаты Государственной Думы
   * …», «Сенаторы …», "Members of the Senate …"): the body named after it is the subject. None by default.
   */
  boolean namesLegislators(String key) {
    return false;
  }

  /**
   * Whether a capitalised word names a state's legislature or one of its chambers («Парламент»,
   * «Дума», «Национальное собрание», "Parliament", "Congress"): a body that speaks for the state it
   * belongs to; as an event's head before the state's name («Национальный конгресс Бразилии») it sits and
   * does not happen, so it is no event. None by default.
   */
  boolean namesALegislature(String key) {
    return false;
  }

  /**
   * Where the words at token {@code k} introduce the members a body sits in («в составе», «состоящий из», "composed
   * of", "consisting of"), or the parties its members represent («представляющие»), the token after them; else -1.
   * None by default.
   */
  int compositionAfter(Tokens t, int k, int to) {
    return -1;
  }

  /**
   * Whether the words that end at token {@code k} say that those named after them only help the
   * text's authors («при содействии», «при поддержке»): helpers adopt nothing.
   * None by default.
   */
  boolean introducesHelpers(Tokens t, int k) {
    return false;
  }

  /**
   * The nominative (masculine) form of a surname of the language's own declining kind, in any of its
   * cases («Ковалева», «Ковалеву», «Ковалевым» → «ковалев»), from its key; null for a word of another
   * shape, which stays as written. None by default.
   */
  String decliningSurnameBase(String key) {
    return null;
  }

  /**
   * Whether the word after a person's name introduces the state that person speaks for («И.В.Попов от
   * России»). None by default.
   */
  boolean introducesRepresentedState(String key) {
    return false;
  }

  /**
   * Where a form of address contracted with a hyphen opens at token {@code k} («г-н», «г-жа», «Г-на»,
   * which the tokenizer splits at the hyphen or joins over it), the token after it; else {@code k}, as at
   * {@code to} itself. None by default.
   */
  int contractedAddressEnd(Tokens t, int k, int to) {
    return k;
  }

  /**
   * Whether a form of address (a key the language lists as an honorific) is in a case other than the
   * nominative, so that the name after it is too («Его Превосходительства доктора Ахмеда Карими»).
   * Never by default.
   */
  boolean obliqueAddress(String key) {
    return false;
  }

  /**
   * How many words from token {@code k} mark the constituent republic of a federation after a state's
   * adjective («ССР» in «Казахской ССР», «Советской Социалистической Республики»; "SSR", "Autonomous
   * Soviet Socialist Republic"), or 0 where they do not: the adjective then names that republic, not
   * a state. None by default.
   */
  int constituentRepublicWords(Tokens t, int k, int to) {
    return 0;
  }

  /**
   * Whether a word before a kind of document marks a title as that of an excerpt («Из совместного заявления
   * …», "From the Joint Communiqué …"), as collections of documents head what they quote in part. None by
   * default.
   */
  boolean opensAnExcerpt(String key) {
    return false;
  }

  /**
   * Whether a role word or a given name {@code key}, capitalised right after an event's head, is in the
   * nominative singular, so the subject of the clause and no word of the event's name («заседания Президент
   * России вручил»). No by default: where nouns take no case, nothing tells it.
   */
  boolean namesTheSubject(String key) {
    return false;
  }

  /**
   * Whether a word names the theme or slogan of a meeting («тема», "motto"): the quoted words after it are a
   * phrase, no initiative. None by default.
   */
  boolean namesATheme(String key) {
    return false;
  }

  /**
   * Whether the language's pages put the day they were posted on a line under the title («Astana Declaration …
   * ⏎ July 10, 2024 ⏎ The leaders … following the meeting … in Astana on July 4, 2024, declare»), so that a body's
   * sentence that tells the authors' meeting, its city and an earlier day dates the document over that line where
   * both score alike. No by default: a Russian day under the title is the document's own.
   */
  boolean stampsThePagesDayUnderTheTitle() {
    return false;
  }

  /**
   * Whether a page dates itself day, month and year in two figures each, joined by dots («27.05.14 | News»,
   * «(21.09.22)»), so that such a triple is a date. No by default: where section numbers («10.11.12») or other
   * triples are as likely, a language leaves them alone.
   */
  boolean writesDottedDatesWithTwoFigureYears() {
    return false;
  }

  /**
   * Whether a day's ordinal in words stands right before its month, with no filler between («четвертого
   * ноября», «двадцать пятого июня»), as in Russian; where not, a filler must join them ("the fourth day of
   * November", "the first of May"), and a bare ordinal before a month's name is no date ("the first May
   * be"). No by default.
   */
  boolean ordinalDayStandsBeforeItsMonth() {
    return false;
  }

  /**
   * The hundreds of a year written in words from token {@code j}, where the language writes them in
   * cardinals before the ordinal of the year's last two figures («тысяча девятьсот» in «тысяча девятьсот
   * семьдесят пятого года», «две тысячи» in «две тысячи пятого года»): the hundreds (1900, 2000) and the
   * token after them, or null where none stand there. None by default.
   */
  int[] hundredsOfAYearInWords(Tokens t, int j, int to) {
    return null;
  }

  /**
   * The forms of a city's adjective as cities.tsv lists it ({@code adjective}, masculine nominative singular
   * «рижский»), in every case, gender and number a text may write it («рижская», «рижском»): the keys its
   * {@link LanguageData#cityOfAdjectiveWord} looks up. The adjective alone by default.
   */
  java.util.List<String> cityAdjectiveForms(String adjective) {
    return java.util.List.of(adjective);
  }

  /**
   * Where the words at token {@code k} say with whose participation a meeting was held («с участием», "with
   * the participation of"), those named after them, the token after those words; else -1. None by default.
   */
  int participantsAfter(Tokens t, int k, int to) {
    return -1;
  }

  /**
   * Whether the language's dictionary knows a word only as a common noun or adjective, in no reading a
   * person's name («перспективы», «экономическое»; not «путин», «мороз»). No by default: without a
   * dictionary nothing tells it.
   */
  boolean onlyCommonWord(String key) {
    return false;
  }

  /**
   * Whether a word is by its suffix an adjective of relation, as those of states and bodies are
   * («Исламской», «Французской»; not «Эмманюэлем»). No by default.
   */
  boolean isRelationalAdjective(String key) {
    return false;
  }
}
