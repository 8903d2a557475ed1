package dev.entente.parser;

import dev.entente.model.PartyKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds states, organisations and political parties in the title and every sentence, in any form
 * the gazetteers give or the stemmer reaches: «Казахстана», «Кыргызской Республикой», «КНР»,
 * «казахской стороне», «азербайджано-китайских», «ШОС». A capital stands for its state only as the
 * subject of a verb of the act lexicon («Пекин поддерживает»), never in «в Пекине состоялась».
 */
final class PartyRecognizer {
  private final LanguageData data;

  /** The first chars of the language's currency nouns, each once; null where one is empty (every word then opens one). */
  private final String currencyFirst;

  PartyRecognizer(LanguageData data) {
    this.data = data;
    this.currencyFirst = LanguageData.firstChars(data.currencyNouns);
  }

  /** Whether a word (its key) opens with a currency noun; the first char is asked first, as this runs for every state found. */
  private boolean opensCurrencyNoun(String key) {
    return (currencyFirst == null || !key.isEmpty() && currencyFirst.indexOf(key.charAt(0)) >= 0)
        && LanguageData.startsWithAny(key, data.currencyNouns);
  }

  void recognize(Context ctx) {
    Map<String, String> ownAbbreviations = new HashMap<>();
    if (ctx.titleFirstToken >= 0) {
      scan(ctx, ctx.titleFirstToken, ctx.titleFirstToken, ctx.titleLastToken, ctx.titleLastToken, ownAbbreviations);
    }
    int scanned = 0;
    for (int n = 0; n < ctx.sentences.size(); n++) {
      Context.Sentence sentence = ctx.sentences.get(n);
      // «Правительство Союза Советских ⏎ Социалистических Республик»: a narrow column's bare line break parts a
      // sentence of its own, but a name may run on into the next one; its words there are not read again.
      int reach = sentence.lastToken;
      for (int m = n + 1; m < ctx.sentences.size() && m <= n + WRAPPED_LINES; m++) {
        Context.Sentence next = ctx.sentences.get(m);
        if (next.firstToken != reach || reach <= 0 || reach >= ctx.tokens.size || !ctx.tokens.gapIs(reach, '\n')) {
          break;
        }
        reach = next.lastToken;
      }
      scanned = scan(ctx, sentence.firstToken, Math.max(sentence.firstToken, scanned), sentence.lastToken, reach, ownAbbreviations);
      capitalAsSubject(ctx, sentence);
    }
    if (!ownAbbreviations.isEmpty()) {
      dropOwnAbbreviations(ctx, ownAbbreviations);
    }
    ctx.mentionsInOrder.sort((a, b) -> Integer.compare(a.first, b.first));
    ctx.partyMentions.values().forEach(list -> list.sort((a, b) -> Integer.compare(a.first, b.first)));
  }

  /**
   * «того же мнения»: a name that is also a common word counts only capitalised in mid-sentence. An
   * abbreviation ("BASIC") is matched in its own capitals, which no common word opening a sentence has.
   */
  private boolean isCommonWord(Tokens t, PhraseMatcher.Match<PartyInfo> match, int sentenceStart) {
    return match.last - match.first == 1 && match.mode != PhraseMatcher.Mode.CASED
        && data.ambiguousNames.contains(t.key[match.first])
        && (match.first == sentenceStart || !t.isCapitalized(match.first));
  }

  /**
   * «US dollars», «Japanese yen», «US$5 trillion», «долларов США»: the name of a currency (its noun
   * after the state's name or, in the genitive, before it), not a mention of the state.
   */
  private boolean isCurrency(Tokens t, PhraseMatcher.Match<PartyInfo> match, int from, int to) {
    if (match.value.kind != PartyKind.STATE) {
      return false;
    }
    int end = t.end[match.last - 1];
    if (end < t.source.length() && t.source.charAt(end) == '$') {
      return true;
    }
    return match.last < to && opensCurrencyNoun(t.key[match.last])
        || match.first > from && t.gapBefore[match.first] == Tokens.GAP_SPACE && opensCurrencyNoun(t.key[match.first - 1]);
  }

  /**
   * «Latin America», «South China Sea», «inter-American», «Gulf of Guinea», «Order of Malta», «округ
   * Колумбия», "Lake Chad": a state's name that the word before it (or a body of water or an order and a
   * preposition before that) makes the name of a region, a sea, an order, a country's division, a lake or
   * a river (see {@link Language#opensRegionBeforeState}, {@link Language#namesWaterBefore},
   * {@link Language#namesAnOrderBefore}, {@link Language#namesAPlaceBefore}; the place's name in the
   * nominative, as {@link #isShortName} reads it).
   */
  private boolean namesRegion(Tokens t, PhraseMatcher.Match<PartyInfo> match, int from) {
    int at = match.first;
    if (match.value.kind != PartyKind.STATE || at <= from) {
      return false;
    }
    if (data.language.opensRegionBeforeState(t.key[at - 1])
        && (t.hyphenAfter[at - 1] || t.isCapitalized(at - 1) && t.gapBefore[at] == Tokens.GAP_SPACE)) {
      return true;
    }
    if (data.language.namesAPlaceBefore(t.key[at - 1]) && t.gapBefore[at] == Tokens.GAP_SPACE
        && (isShortName(t.key[at], match.value) || match.last - at == 1 && isLastWordOfName(t.key[at], match.value))) {
      return true;
    }
    return at - 2 >= from && data.words.is(WordClass.NAME_PREPOSITION, t.key[at - 1])
        && (data.language.namesWaterBefore(t.key[at - 2])
            || t.isCapitalized(at - 2) && data.language.namesAnOrderBefore(t.key[at - 2]));
  }

  /**
   * "Congo Basin", "Niger Delta", "Jordan River": a state's one-word name (not its adjective) that a
   * capitalised noun of {@link Language#namesAPlaceAfter} follows is the name of a river, a basin or a sea.
   */
  private boolean namesAPlaceAfter(Tokens t, PhraseMatcher.Match<PartyInfo> match, int to) {
    int next = match.last;
    return match.value.kind == PartyKind.STATE && match.mode == PhraseMatcher.Mode.WORDS && next - match.first == 1
        && next < to && t.isCapitalized(next) && t.gapBefore[next] == Tokens.GAP_SPACE
        && data.language.namesAPlaceAfter(t.key[next]);
  }

  /**
   * «Британская Колумбия»: a state's adjective that opens a region before another state's name
   * ({@link Language#opensRegionBeforeState}) is the first word of that place's name, as the name after
   * it is ({@link #namesRegion}).
   */
  private boolean opensARegion(Tokens t, PhraseMatcher.Match<PartyInfo> match, int to) {
    int next = match.last;
    if (match.value.kind != PartyKind.STATE || next - match.first != 1 || next >= to || !t.isCapitalized(match.first)
        || !t.isCapitalized(next) || t.gapBefore[next] != Tokens.GAP_SPACE
        || !data.language.opensRegionBeforeState(t.key[match.first])) {
      return false;
    }
    PhraseMatcher.Match<PartyInfo> after = data.parties.longestAt(t, next, to);
    return after != null && after.value.kind == PartyKind.STATE;
  }

  /**
   * «Port of Spain», «Mexico City», «Эль-Кувейт», «Сан-Сальвадор»: a state's name inside the longer
   * name of a city (starting at most two words before it) is part of the city's name. A city named as
   * its state («Джибути», «Singapore») is no longer and leaves the state.
   */
  private boolean insideCityName(Tokens t, PhraseMatcher.Match<PartyInfo> match, int from, int to) {
    if (match.value.kind != PartyKind.STATE) {
      return false;
    }
    for (int start = Math.max(from, match.first - 2); start <= match.first; start++) {
      PhraseMatcher.Match<City> city = data.cities.longestAt(t, start, to);
      if (city != null && city.last >= match.last && city.last - city.first > match.last - match.first) {
        return true;
      }
    }
    return false;
  }

  /**
   * "THE LEADERS WHO MET IN SUVA", "BASIC PRINCIPLES OF RELATIONS": an abbreviation that is also a
   * function word of the language ("WHO") or a common word (ambiguous.tsv's WORD rows: "BASIC"), next
   * to another word in capitals (a space apart), is that word in a line written in capitals; "the WHO
   * and UNICEF", "UNICEF, WHO", "the BASIC Ministers" name the organisation.
   */
  private boolean commonWordInCapitals(Tokens t, PhraseMatcher.Match<PartyInfo> match, int from, int to) {
    int at = match.first;
    return match.mode == PhraseMatcher.Mode.CASED && match.last - at == 1
        && (isFunctionWord(t.key[at]) || data.ambiguousNames.contains(t.key[at]))
        && (at > from && t.gapBefore[at] == Tokens.GAP_SPACE && isWordInCapitals(t, at - 1, to)
            || match.last < to && t.gapBefore[match.last] == Tokens.GAP_SPACE && isWordInCapitals(t, match.last, to));
  }

  /**
   * Whether token {@code i} is a word of two letters or more with no lower-case letter that opens no
   * party's name ("WHO UNICEF" lists two organisations).
   */
  private boolean isWordInCapitals(Tokens t, int i, int to) {
    return t.isUpperCase(i) && t.end[i] - t.start[i] > 1 && Character.isLetter(t.source.charAt(t.start[i]))
        && data.parties.longestAt(t, i, to) == null;
  }

  /** The most words between a masthead's {@link WordClass#PRESS_ORGAN} and the party it names («обкома и горкома КПСС»). */
  private static final int MASTHEAD_WORDS = 6;

  /**
   * «ЛЕНИНСКОЕ ЗНАМЯ. ОРГАН ОБЛАСТНОГО И ГОРОДСКОГО КОМИТЕТОВ КПСС», «Орган Центрального Комитета КПСС»: a political
   * party a few words after a capitalised {@link WordClass#PRESS_ORGAN} in its sentence is the newspaper's owner, named
   * in the masthead, not a mention of the document's.
   */
  private boolean ownsTheNewspaper(Tokens t, PhraseMatcher.Match<PartyInfo> match, int from) {
    if (match.value.kind != PartyKind.POLITICAL_PARTY) {
      return false;
    }
    for (int k = match.first - 1; k >= Math.max(from, match.first - 1 - MASTHEAD_WORDS); k--) {
      if (t.isCapitalized(k) && data.words.is(WordClass.PRESS_ORGAN, t.key[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * "[English] [Français] [Japanese] [Chinese]": a state's adjective alone in square brackets is a
   * link of a site's menu, the name of a language the page is offered in, not a mention of the state.
   */
  private boolean menuItem(Tokens t, PhraseMatcher.Match<PartyInfo> match) {
    int at = match.first;
    return match.value.kind == PartyKind.STATE && match.last - at == 1 && match.last < t.size
        && t.gapHas(at, '[') && t.gapHas(match.last, ']') && data.language.isAdjective(t.key[at]);
  }

  /**
   * «принятая 23 октября 2023 года в Люксембурге», «signed on 5 May 2020 in Djibouti», «встреча в Тунисе 3
   * марта»: a state's name that is also the name of its capital, after a locative preposition and next to a
   * date (a day and a month, or a year, right before the preposition; a day and a month right after the
   * name or one word after it), is the city where something took place, not the state. A city that is its
   * whole state (cities.tsv's {@code city-state}: Singapore, Monaco) still names the state.
   */
  private boolean venueOfADate(Tokens t, PhraseMatcher.Match<PartyInfo> match, int from, int to) {
    int at = match.first;
    if (match.value.kind != PartyKind.STATE || at - 1 <= from
        || !data.words.is(WordClass.LOCATIVE_PREPOSITION, t.key[at - 1])) {
      return false;
    }
    PhraseMatcher.Match<City> city = data.cities.longestAt(t, at, to);
    if (city == null || city.last != match.last || !city.value.capital || city.value.cityState
        || !city.value.country.equals(match.value.id)) {
      return false;
    }
    return dateEndsAt(t, at - 2, from) || dateStartsAt(t, match.last, to) || dateStartsAt(t, match.last + 1, to);
  }

  /** Whether token {@code k} ends a date: a year («2023», «2023 года») or a day and its month («23 октября»). */
  private boolean dateEndsAt(Tokens t, int k, int from) {
    if (k < from) {
      return false;
    }
    if (t.isNumber(k)) {
      return t.end[k] - t.start[k] == YEAR_DIGITS;
    }
    return k - 1 >= from && t.isNumber(k - 1) && (data.months.containsKey(t.key[k]) || data.yearWords.contains(t.key[k]));
  }

  /** Whether a day and its month start at token {@code k} («23 October», «October 23»). */
  private boolean dateStartsAt(Tokens t, int k, int to) {
    return k + 1 < to && (t.isNumber(k) && data.months.containsKey(t.key[k + 1])
        || data.months.containsKey(t.key[k]) && t.isNumber(k + 1));
  }

  /** Digits of a year written in full. */
  private static final int YEAR_DIGITS = 4;

  /** Most words of a city's name that {@link #divisionAfterACity} looks back over. */
  private static final int CITY_WORDS = 3;

  /**
   * "Atlanta, Georgia": a state's name that is also another word or name (ambiguous.tsv's WORD rows)
   * right after a comma and the name of a city of another state is the division of that state the
   * city lies in, not the state. "Tbilisi, Georgia" names the state; a name no other place shares
   * ("Tripoli, Lebanon") is never read so.
   */
  private boolean divisionAfterACity(Tokens t, PhraseMatcher.Match<PartyInfo> match, int from) {
    int at = match.first;
    if (match.value.kind != PartyKind.STATE || match.last - at != 1 || at <= from
        || !data.ambiguousNames.contains(t.key[at]) || !t.gapHas(at, ',')) {
      return false;
    }
    for (int start = Math.max(from, at - CITY_WORDS); start < at; start++) {
      PhraseMatcher.Match<City> city = data.cities.longestAt(t, start, at);
      if (city != null && city.last == at) {
        return !city.value.country.equals(match.value.id);
      }
    }
    return false;
  }

  /** Most words of an organisation's short name («Совет Безопасности», "Security Council") that {@link #nationalBody} asks about. */
  private static final int SHORT_NAME = 2;

  /**
   * «Совет Безопасности Российской Федерации», "National Security Council", "the Russian Security
   * Council": an organisation's short name (two words at most, not an abbreviation) that a state's
   * name follows (after prepositions and articles) or a capitalised adjective precedes names a
   * state's own body, not the organisation's.
   */
  private boolean nationalBody(Tokens t, PhraseMatcher.Match<PartyInfo> match, int from, int to) {
    if (match.value.kind == PartyKind.STATE || match.value.kind == PartyKind.TERRITORY
        || match.mode == PhraseMatcher.Mode.CASED || match.last - match.first > SHORT_NAME) {
      return false;
    }
    int before = match.first - 1;
    // An adjective of the same phrase only: in «Наций, Межпарламентский союз» a comma lists two names.
    if (before > from && t.isCapitalized(before) && !t.isUpperCase(before) && !t.hyphenAfter[before]
        && data.language.isAdjective(t.key[before]) && !t.gapHas(match.first, ',') && !t.gapHas(match.first, ';')) {
      return true;
    }
    if (match.last < to && t.gapBefore[match.last] != Tokens.GAP_SPACE) {
      // «стран «Большой семёрки» – Канады, Франции …»: a state after a dash or a quote lists members.
      return false;
    }
    int k = match.last;
    while (k < to && k - match.last < 2
        && (data.words.is(WordClass.NAME_PREPOSITION, t.key[k]) || data.language.isArticle(t.key[k]))) {
      k++;
    }
    if (k >= to) {
      return false;
    }
    PhraseMatcher.Match<PartyInfo> after = data.parties.longestAt(t, k, to);
    if (after == null || after.value.kind != PartyKind.STATE) {
      return false;
    }
    // Right after the name, the state in the genitive owns the body; in the nominative it opens a
    // clause of its own («в Совете Безопасности Россия выступила …»).
    return k > match.last || after.mode == PhraseMatcher.Mode.CASED || !isShortName(t.key[k], after.value);
  }

  /**
   * «Совещание секретарей Советов безопасности государств – членов ШОС», «Советам безопасности
   * государств-участников»: an organisation's short name whose head noun the text puts in a plural form
   * names the like bodies of several states, never the one organ that stands for the organisation.
   */
  private boolean pluralOfAnOrgan(Tokens t, PhraseMatcher.Match<PartyInfo> match) {
    if (match.value.kind != PartyKind.ORGANIZATION || match.mode != PhraseMatcher.Mode.STEMS
        || match.last - match.first > SHORT_NAME) {
      return false;
    }
    String head = t.key[match.first];
    return !data.language.isAdjective(head) && data.language.namesAKindInThePlural(head);
  }

  /** Where the first word of {@code name} ends: at its first space or hyphen, or at its end. */
  private static int firstWordEnd(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (Character.isWhitespace(name.charAt(i)) || name.charAt(i) == '-') {
        return i;
      }
    }
    return name.length();
  }

  /**
   * «реки Конго» (the Republic of the Congo): whether a word (its key) is the last word of a state's
   * name, which a short form that does not decline («Конго», «Congo») keeps; after a river's or a lake's
   * noun it names the river, as the first word of the short name does («реки Нигер»).
   */
  private static boolean isLastWordOfName(String key, PartyInfo state) {
    for (String name : new String[] {state.nameRu, state.nameEn}) {
      if (name != null && name.indexOf(' ') > 0
          && Tokenizer.keyOf(name.substring(name.lastIndexOf(' ') + 1)).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word (its key) is the first word of a state's short name, in the nominative. */
  private static boolean isShortName(String key, PartyInfo state) {
    for (String name : new String[] {state.nameRu, state.nameEn}) {
      if (name != null && Tokenizer.keyOf(name.substring(0, firstWordEnd(name))).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «Нина Армянская», «В.Н.Грузинский», «господин Турецкий»: a state's adjective written with a
   * capital in mid-sentence right after a given name, an initial or a form of address is a surname.
   */
  private boolean isSurname(Tokens t, PhraseMatcher.Match<PartyInfo> match, int sentenceStart) {
    int at = match.first;
    if (match.last - at != 1 || at <= sentenceStart || !t.isCapitalized(at) || t.isUpperCase(at)
        || !data.language.isAdjective(t.key[at])) {
      return false;
    }
    String before = t.key[at - 1];
    if (data.words.is(WordClass.HONORIFIC, before)) {
      return true;
    }
    if (!t.isCapitalized(at - 1)) {
      return false;
    }
    if (before.length() == 1) {
      return t.gapHas(at, '.');
    }
    return t.gapBefore[at] == Tokens.GAP_SPACE && (data.lexicons.givenNames.contains(before)
        || data.lexicons.givenNames.contains(data.language.nominativeOf(before)));
  }

  /**
   * «проект "Турецкий поток"», «при участии Британского совета»: a state's adjective alone, with a
   * capital inside a sentence (after a space, a quote or a comma) and a word in lower case right
   * after it, opens the name of a project or an institution where the language writes such
   * adjectives in lower case; a compound («Российско-Китайский») still names its states.
   */
  private boolean opensAName(Tokens t, PhraseMatcher.Match<PartyInfo> match, int from, int to) {
    int at = match.first;
    int next = match.last;
    // An adjective is found by its stem; a listed case form («Того», «Монголией») is the state's name.
    if (!data.language.capitalisedAdjectivesOpenNames() || match.mode != PhraseMatcher.Mode.STEMS || next - at != 1
        || at <= from || next >= to
        || !t.isCapitalized(at) || t.isUpperCase(at) || t.isCapitalized(next) || t.isNumber(next) || t.isNumber(at - 1)
        || t.gapBefore[next] != Tokens.GAP_SPACE || t.hyphenAfter[at] || t.hyphenAfter[at - 1]
        || !data.language.isAdjective(t.key[at])) {
      return false;
    }
    for (int k = t.end[at - 1]; k < t.start[at]; k++) {
      if (" \",(".indexOf(t.source.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * «Indian Ocean», «Южно-Китайского моря»: a state's adjective that a geographic noun follows names a
   * place ({@link LanguageData#namesPlace}). An abbreviation is no adjective, whatever its ending:
   * «ASEAN Regional Forum», «the EU region» name the organisation.
   */
  private boolean namesPlace(Tokens t, PhraseMatcher.Match<PartyInfo> match, int to) {
    return match.mode != PhraseMatcher.Mode.CASED && data.namesPlace(t, match.last, to);
  }

  /** Most words a definition may skip beyond one per letter of the abbreviation it defines. */
  private static final int DEFINITION_SLACK = 3;

  /**
   * «Московский формат консультаций (МФК)», "the Moscow Format of Consultations (hereinafter MFC)": an
   * abbreviation in brackets (alone or after «далее», "hereinafter") right after words whose initials
   * spell it, where the gazetteer finds no mention of the abbreviation's party among those words and
   * their first word opens no word of its name, is the text's own name for them; the party the
   * gazetteer has under that abbreviation (the IFC's «МФК») is not meant, here or anywhere else in the
   * text. An abbreviation whose letters the words before do not spell is no definition and keeps its party.
   */
  private boolean definedByTheText(Context ctx, PhraseMatcher.Match<PartyInfo> match, int from) {
    Tokens t = ctx.tokens;
    int at = match.first;
    if (match.mode != PhraseMatcher.Mode.CASED || match.last - at != 1 || at <= from || match.last >= t.size
        || !t.gapHas(match.last, ')')) {
      return false;
    }
    // «… консультаций (далее — МФК)», "(hereinafter MFC)": the bracket opens before the word
    int bracket = at - 1 > from && data.words.is(WordClass.HEREINAFTER, t.key[at - 1]) ? at - 1 : at;
    if (!t.gapHas(bracket, '(')) {
      return false;
    }
    int start = definitionStart(t, t.surface(at), bracket, from);
    if (start < 0) {
      return false;
    }
    for (int k = ctx.mentionsInOrder.size() - 1; k >= 0; k--) {
      Context.Found<PartyInfo> before = ctx.mentionsInOrder.get(k);
      if (before.last <= start) {
        break;
      }
      if (before.value == match.value) {
        return false; // «Организация Договора о коллективной безопасности (ОДКБ)»: the party's own name
      }
    }
    return !sharesItsFirstWordWithItsName(t, start, match.value);
  }

  /** Letters of a word that tell it from others in any of its case forms («Международной», «Международная»). */
  private static final int WORD_PREFIX = 5;

  /**
   * "the Indian Ocean Regional Association (IORA)": a definition whose first word opens like a word of
   * the party's own name names the party, only in words the gazetteer lacks. Its first word, not any:
   * "China Development Bank (CDB)" shares «Development Bank» with the Caribbean Development Bank, and
   * only its first word tells the two apart.
   */
  private static boolean sharesItsFirstWordWithItsName(Tokens t, int first, PartyInfo party) {
    String key = t.key[first];
    String prefix = key.substring(0, Math.min(WORD_PREFIX, key.length()));
    for (String name : new String[] {party.nameRu, party.nameEn}) {
      if (name != null && opensAWordWith(Tokenizer.keyOf(name), prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@code name} (lower case, words apart by spaces or hyphens) opens with {@code prefix}. */
  private static boolean opensAWordWith(String name, String prefix) {
    for (int at = name.indexOf(prefix); at >= 0; at = name.indexOf(prefix, at + 1)) {
      if (at == 0 || name.charAt(at - 1) == ' ' || name.charAt(at - 1) == '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * The first of the words before {@code at} whose initials, read back from the last, spell the
   * letters of {@code abbreviation}, skipping function words, prepositions and the later parts of a
   * hyphenated compound; -1 where they do not.
   */
  private int definitionStart(Tokens t, String abbreviation, int at, int from) {
    int letter = abbreviation.length() - 1;
    int lowest = Math.max(from, at - abbreviation.length() - DEFINITION_SLACK);
    for (int k = at - 1; k >= lowest; k--) {
      while (letter >= 0 && !Character.isLetter(abbreviation.charAt(letter))) {
        letter--;
      }
      if (letter < 0) {
        return k + 1;
      }
      String key = t.key[k];
      if (!key.isEmpty() && key.charAt(0) == Character.toLowerCase(abbreviation.charAt(letter))) {
        letter--;
      } else if (!isFunctionWord(key) && !(k > lowest && t.hyphenAfter[k - 1])) {
        return -1; // the rest of a compound («Indo-Pacific») may go without a letter of its own
      }
    }
    while (letter >= 0 && !Character.isLetter(abbreviation.charAt(letter))) {
      letter--;
    }
    return letter < 0 ? lowest : -1;
  }

  /** Whether a word (its key) is one that names run on over: a preposition, a conjunction, an article. */
  private boolean isFunctionWord(String key) {
    return data.words.is(WordClass.NAME_PREPOSITION, key) || data.words.is(WordClass.LOCATIVE_PREPOSITION, key)
        || data.words.is(WordClass.AND, key) || data.words.is(WordClass.FUNCTION_WORD, key)
        || data.language.isArticle(key);
  }

  /** Drops every mention of a party by an abbreviation the text defines as a name of its own. */
  private static void dropOwnAbbreviations(Context ctx, Map<String, String> ownAbbreviations) {
    Tokens t = ctx.tokens;
    java.util.function.Predicate<Context.Found<PartyInfo>> own = found -> found.last - found.first == 1
        && found.value.id.equals(ownAbbreviations.get(t.surface(found.first)));
    ctx.mentionsInOrder.removeIf(own);
    for (java.util.Iterator<List<Context.Found<PartyInfo>>> it = ctx.partyMentions.values().iterator(); it.hasNext(); ) {
      List<Context.Found<PartyInfo>> mentions = it.next();
      mentions.removeIf(own);
      if (mentions.isEmpty()) {
        it.remove();
      }
    }
  }

  /** Most lines a name broken by a narrow column's bare line breaks runs on over («Союза Советских ⏎ Социалистических ⏎ Республик»). */
  private static final int WRAPPED_LINES = 2;

  /**
   * Finds the parties named from token {@code start} to {@code to} of the sentence that opens at {@code from}, a
   * name running on up to {@code reach} past a bare line break; returns where the last name found ends (or {@code to}).
   */
  private int scan(Context ctx, int from, int start, int to, int reach, Map<String, String> ownAbbreviations) {
    Tokens t = ctx.tokens;
    int i = start;
    while (i < to) {
      PhraseMatcher.Match<PartyInfo> match = data.parties.longestAt(t, i, reach);
      if (match == null) {
        i++;
        continue;
      }
      int republic = constituentRepublicWords(t, match, to);
      if (republic > 0) {
        if (actsAsAParty(ctx, match)) {
          add(ctx, new Context.Found<>(match.first, match.last + republic, match.value));
        }
        i = match.last + republic;
        continue;
      }
      if (isCommonWord(t, match, from) || commonWordInCapitals(t, match, from, to) || namesPlace(t, match, to) || isCurrency(t, match, from, to)
          || isSurname(t, match, from) || opensAName(t, match, from, to) || namesRegion(t, match, from)
          || opensARegion(t, match, to) || namesAPlaceAfter(t, match, to) || insideCityName(t, match, from, to)
          || divisionAfterACity(t, match, from) || menuItem(t, match) || nationalBody(t, match, from, to)
          || pluralOfAnOrgan(t, match) || venueOfADate(t, match, from, to) || ownsTheNewspaper(t, match, from)) {
        i = match.last;
        continue;
      }
      if (definedByTheText(ctx, match, from)) {
        ownAbbreviations.put(t.surface(match.first), match.value.id);
        i = match.last;
        continue;
      }
      add(ctx, new Context.Found<>(match.first, match.last, match.value));
      if (match.value.kind == PartyKind.ORGANIZATION) {
        statesOfOperation(ctx, match);
      }
      i = match.last;
    }
    return i;
  }

  /**
   * «Председатель Совета Министров Казахской ССР», "the Ukrainian Soviet Socialist Republic": a state's
   * one-word name or adjective right before the words that mark a constituent republic of a federation
   * ({@link Language#constituentRepublicWords}) names that republic, which is not a state, and the
   * marker words name no state either («Советской» of the Soviet Union). How many marker words there are, or 0.
   */
  private int constituentRepublicWords(Tokens t, PhraseMatcher.Match<PartyInfo> match, int to) {
    if (match.value.kind != PartyKind.STATE || match.mode == PhraseMatcher.Mode.CASED || match.last - match.first != 1
        || match.last >= to || t.gapBefore[match.last] != Tokens.GAP_SPACE) {
      return 0;
    }
    return data.language.constituentRepublicWords(t, match.last, to);
  }

  /** The most words before a state, in its list, that «между» may stand («между Министерствами иностранных дел A и B»). */
  private static final int BETWEEN_REACH = 4;

  /**
   * «Договор между Российской Советской Федеративной Социалистической Республикой и Украинской Советской
   * Социалистической Республикой» (1990), «Министерство иностранных дел РСФСР и Министерство иностранных дел
   * Казахской ССР, именуемые ниже Сторонами» (1991): a union republic joined by «и» to a state named before it, in
   * a list «между» opens or with the same words before each («Министерство иностранных дел»), acts as a party
   * beside that state, and names the state that succeeded it. One named only as where an official serves
   * («Председатель Совета Министров Казахской ССР») stays no state.
   */
  private boolean actsAsAParty(Context ctx, PhraseMatcher.Match<PartyInfo> match) {
    Tokens t = ctx.tokens;
    int and = match.first - 1;
    if (ctx.mentionsInOrder.isEmpty() || and < 1) {
      return false;
    }
    Context.Found<PartyInfo> before = ctx.mentionsInOrder.get(ctx.mentionsInOrder.size() - 1);
    if (before.value.kind != PartyKind.STATE || before.last > match.first) {
      return false;
    }
    // «A и B»: «и» right after the state; «X A и X B»: «и» and the same words X before each.
    int repeated = match.first - before.last - 1;
    if (repeated < 0 || !data.words.is(WordClass.AND, t.key[before.last]) || before.first - repeated < 0) {
      return false;
    }
    for (int k = 0; k < repeated; k++) {
      if (!t.key[before.last + 1 + k].equals(t.key[before.first - repeated + k])) {
        return false;
      }
    }
    if (repeated > 0) {
      return true;
    }
    for (int k = before.first - 1; k >= Math.max(0, before.first - 1 - BETWEEN_REACH); k--) {
      if (data.words.is(WordClass.BETWEEN, t.key[k])) {
        return true;
      }
      if (t.gapHas(k + 1, '.') || t.gapHas(k + 1, ';')) {
        return false;
      }
    }
    return false;
  }

  /** Fewest words of an organisation's name that may name the state where it works («UN Mission in Liberia»). */
  private static final int OPERATION_NAME = 4;

  /**
   * «United Nations Mission in Sierra Leone», «Временные силы ООН в Ливане», «… Observer Group in
   * India and Pakistan»: the states a mission's or office's name places it in, after a locative
   * preposition inside the name, are mentions of those states as well.
   */
  private void statesOfOperation(Context ctx, PhraseMatcher.Match<PartyInfo> match) {
    if (match.last - match.first < OPERATION_NAME) {
      return;
    }
    Tokens t = ctx.tokens;
    for (int k = match.first + 1; k < match.last - 1; k++) {
      if (!data.words.is(WordClass.LOCATIVE_PREPOSITION, t.key[k])) {
        continue;
      }
      int at = k + 1;
      while (at < match.last) {
        if (data.language.isArticle(t.key[at])) {
          at++;
          continue;
        }
        PhraseMatcher.Match<PartyInfo> state = data.parties.longestAt(t, at, match.last);
        if (state == null || state.value.kind != PartyKind.STATE) {
          break;
        }
        add(ctx, new Context.Found<>(state.first, state.last, state.value));
        at = state.last;
        if (at < match.last && data.words.is(WordClass.AND, t.key[at])) {
          at++;
          continue;
        }
        break;
      }
      return;
    }
  }

  private void capitalAsSubject(Context ctx, Context.Sentence sentence) {
    Tokens t = ctx.tokens;
    int first = sentence.firstToken;
    if (first >= sentence.lastToken || !t.isCapitalized(first)) {
      return;
    }
    PhraseMatcher.Match<City> city = data.cities.longestAt(t, first, sentence.lastToken);
    if (city == null || !city.value.capital || city.last - city.first != 1
        || !city.value.nominatives.contains(t.key[first]) || city.last >= sentence.lastToken) {
      return;
    }
    PartyInfo state = data.partiesById.get(city.value.country);
    int next = city.last;
    if (data.words.is(WordClass.NEGATION, t.key[next])) {
      next++;
    }
    if (state != null && next < sentence.lastToken
        && data.lexicons.acts.longestAt(t, next, sentence.lastToken) != null) {
      add(ctx, new Context.Found<>(city.first, city.last, state));
    }
  }

  private static void add(Context ctx, Context.Found<PartyInfo> found) {
    ctx.partyMentions.computeIfAbsent(found.value.id, k -> new ArrayList<>()).add(found);
    ctx.mentionsInOrder.add(found);
  }
}
