package dev.entente.parser;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Russian: the data in {@code dev/entente/parser/ru/} and the morphology and grammar below.
 * Words arrive lower-case with «ё» as «е».
 */
public final class Russian extends Language {
  /**
   * A news dateline: «МОСКВА, 12 мая /ТАСС/ -», «ПЕКИН, 4 ноября. /ТАСС/.», «ДУШАНБЕ, 15.10.2022 /НИАТ
   * «Ховар»/.», «НОВОСТИ В МИРЕ, 24 августа. /УЗИНФОРМ/.»; an agency in brackets needs the dash. «КАИР, 20 дек — РИА
   * Новости.», «ТАШКЕНТ, 17 ноября — Sputnik.»: an agency of three words at most may follow the dash instead, closed by
   * a full stop. Groups: city, day, month (null for a numeric date), year, agency (in brackets), agency (after the dash).
   */
  private static final Pattern DATELINE = Pattern.compile(
      "([\\p{Lu}][\\p{L}-]{1,30}(?: [\\p{Lu}][\\p{L}-]{0,30}){0,2}), (?:(\\d{1,2}) (\\p{L}{3,9})"
          + "(?: (\\d{4})(?: г\\.?| года)?)?|\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?:\\.? {0,3}[/(]([^/()\\n]{1,40})[/)]"
          + "(?: {0,3}-{1,3}|(?<=/)\\.?)| {0,3}[-\u2013\u2014]{1,3} {0,3}(\\p{Lu}[\\p{L}-]{1,20}(?: [\\p{L}-]{1,20}){0,2})\\.(?= |$))"
          + " {0,3}");
  private static final Pattern REPORTED_BY = Pattern.compile(
      "(?:передает|сообщает|сообщили|сообщило) ([^,\\n]{1,60}?)(?: со ссылкой на ([^,\\n]{1,60}))?(?:,|$)");
  /** Vowels: a name word's case ending follows a consonant. */
  private static final String VOWELS = "аеиоуыэюя";

  /**
   * Reads the Russian word classes.
   *
   * @throws IllegalStateException naming the file and line of a data error
   */
  public Russian() {
    super("ru", "Russian", EnumSet.of(WordClass.ADJECTIVE_ENDING, WordClass.PARTICIPLE_MARK,
        WordClass.PASSIVE_PARTICIPLE_PREFIX, WordClass.PASSIVE_PARTICIPLE_PART, WordClass.INFINITIVE_ENDING,
        WordClass.NOUN_LIKE_INFINITIVE, WordClass.VERBAL_NOUN_ENDING, WordClass.ORDINAL_HARD_ENDING,
        WordClass.ORDINAL_SOFT_ENDING, WordClass.HEAD_NOUN_NOMINATIVE, WordClass.STRESSED_ADJECTIVE_STEM,
        WordClass.DESCRIBING_HEAD, WordClass.INFRASTRUCTURE_PREFIX, WordClass.NATIONS_BODY_PREFIX));
    passiveParticipleParts = words.list(WordClass.PASSIVE_PARTICIPLE_PART).toArray(new String[0]);
    List<String> marks = new ArrayList<>();
    for (String mark : words.list(WordClass.PARTICIPLE_MARK)) {
      marks.add(mark);
      marks.add(mark + "е");
      marks.add(mark + "и");
    }
    participleMarks = marks.toArray(new String[0]);
    for (String lemma : words.list(WordClass.HEAD_NOUN_NOMINATIVE)) {
      String stem = nounStem(lemma);
      if (!stem.isEmpty()) {
        headNounsByStem.putIfAbsent(stem, lemma);
      }
    }
  }

  // Asked per token on the hot path: the word lists made once into the forms the checks read.
  private final String[] passiveParticipleParts;
  /** PARTICIPLE_MARK's marks, each also with «е» and «и» after it: what a participle's stem ends in. */
  private final String[] participleMarks;
  /**
   * HEAD_NOUN_NOMINATIVE's nouns by their stem ({@link #nounStem}), the first listed where two
   * share one: a form is looked up by cutting a case ending off it rather than by trying every noun.
   */
  private final java.util.Map<String, String> headNounsByStem = new java.util.HashMap<>();

  /** Known when the morphological dictionary ({@link RussianDictionary}) analyses it; no when it is not loaded. */
  @Override
  boolean isWordForm(String word) {
    return !readings(word.replace('ё', 'е')).isEmpty();
  }

  @Override
  boolean isAdjective(String word) {
    return word.length() >= 4 && words.endsWithAny(WordClass.ADJECTIVE_ENDING, word);
  }

  @Override
  boolean isParticiple(String word) {
    if (word.length() < 6 || !isAdjective(word)) {
      return false;
    }
    if (words.startsWithAny(WordClass.PASSIVE_PARTICIPLE_PREFIX, word)) {
      return true;
    }
    for (String part : passiveParticipleParts) {
      if (word.contains(part)) {
        return true;
      }
    }
    // The stem is the word without its two-letter ending.
    int stemEnd = word.length() - 2;
    for (String mark : participleMarks) {
      if (stemEnd >= mark.length() && word.startsWith(mark, stemEnd - mark.length())) {
        return true;
      }
    }
    return false;
  }

  @Override
  boolean isInfinitive(String word) {
    return word.length() > 5 && words.endsWithAny(WordClass.INFINITIVE_ENDING, word)
        && !words.is(WordClass.NOUN_LIKE_INFINITIVE, word);
  }

  @Override
  boolean isVerbalNoun(String word) {
    return words.endsWithAny(WordClass.VERBAL_NOUN_ENDING, word);
  }

  /**
   * Plural forms of the nouns that head a name (word keys): genitive «резолюций», «проектов»,
   * dative, instrumental and prepositional «резолюциям», «проектами», «программах». Forms a
   * singular shares («резолюции», «программы») are not counted.
   */
  @Override
  boolean namesAKindInThePlural(String key) {
    return key.length() > 4 && (key.endsWith("ий") || key.endsWith("ов") || key.endsWith("ев") || key.endsWith("ам")
        || key.endsWith("ям") || key.endsWith("ами") || key.endsWith("ями") || key.endsWith("ах") || key.endsWith("ях"));
  }

  @Override
  boolean isOblique(String word) {
    return word.endsWith("ом") || word.endsWith("ем") || word.endsWith("ей");
  }

  @Override
  boolean isCompoundPart(String word) {
    return word.endsWith("о");
  }

  @Override
  boolean isGerund(String word, boolean opensAct) {
    return word.length() > 4 && !word.equals("против")
        && (word.endsWith("ив") || word.endsWith("ав") || word.endsWith("ев") || word.endsWith("яв")
            || word.endsWith("вши") || word.endsWith("вшись")
            || opensAct && (word.endsWith("ая") || word.endsWith("яя")));
  }

  @Override
  boolean isPastTense(String word) {
    return word.endsWith("ли") || word.endsWith("ла") || word.endsWith("лось");
  }

  /**
   * Also the masculine past («состоялся», «провел», «выступил») where the dictionary reads the word only
   * as a verb form: a noun in «-л» («посол», «генерал», «протокол») is none.
   */
  @Override
  boolean isPastAct(String word) {
    return isPastTense(word) || word.length() > 3 && (word.endsWith("л") || word.endsWith("лся")) && onlyVerb(word);
  }

  /**
   * «это заседание» points at the meeting; «Это первый визит …», «это переговоры …» present it: the neuter «это» before
   * a word the dictionary reads in no neuter singular form is the subject «this is», not a modifier agreeing with it.
   */
  @Override
  boolean demonstrativePointsAt(String demonstrative, String next) {
    if (!demonstrative.equals(PRESENTING_PRONOUN)) {
      return true;
    }
    List<RussianDictionary.Reading> readings = readings(next);
    if (readings.isEmpty()) {
      return true;
    }
    for (RussianDictionary.Reading r : readings) {
      if (r.gender() == NEUTER && !r.plural()) {
        return true;
      }
    }
    return false;
  }

  /** The neuter demonstrative that also presents a predicate («Это визит»). */
  private static final String PRESENTING_PRONOUN = "это";
  /** The dictionary's mark of the neuter gender. */
  private static final char NEUTER = 'n';

  /** A word every reading of which the dictionary gives as a verb, one of them in the past («VB:Past:…»). */
  @Override
  boolean isFinitePast(String word) {
    if (!onlyVerb(word)) {
      return false;
    }
    for (RussianDictionary.Reading r : readings(word)) {
      if (r.tag().startsWith(PAST_VERB_TAG)) {
        return true;
      }
    }
    return false;
  }

  @Override
  boolean isPastPlural(String word) {
    return word.endsWith("ли");
  }

  /** The masculine past read only as a verb («позвонил», «встретился»), or the feminine of one («пообещала»). */
  @Override
  boolean isPastSingularAct(String word) {
    if (word.length() < 5) {
      return false;
    }
    if (word.endsWith("л") || word.endsWith("лся")) {
      return onlyVerb(word);
    }
    if (word.endsWith("ла")) {
      return onlyVerb(word.substring(0, word.length() - 1));
    }
    return word.endsWith("лась") && onlyVerb(word.substring(0, word.length() - 4) + "лся");
  }

  /**
   * A role in the genitive or animate accusative («представителя», «министра», «Специального …») gives a name of either
   * declension «-а»/«-я», «-ой»/«-ей», «-ого»…: never «-у»/«-ю», which ends only the dative of
   * masculine names, nor «-е»; after such a role those endings are the name's own («Исуми Накамицу»,
   * «Антониу», «Дутерте»). A role in the instrumental («Президентом») gives «-ом»/«-ем», «-ой»/«-ей»:
   * a name word ending in another vowel after it does not decline.
   */
  @Override
  boolean endingOutOfCase(String roleHead, String nameWord) {
    char last = nameWord.charAt(nameWord.length() - 1);
    if (roleHead.endsWith("ом") || roleHead.endsWith("ем") || roleHead.endsWith("ым") || roleHead.endsWith("им")) {
      // «Президентом Филиппин Родриго Дутерте»: the instrumental ends in «-м», «-ой»/«-ей» or «-ою»/«-ею»
      // alone, so a name word ending in another vowel («-е», «-у», «-и», «-а») does not decline.
      return "аяеёиоуыэ".indexOf(last) >= 0 || last == 'ю' && !nameWord.endsWith("ою") && !nameWord.endsWith("ею");
    }
    // «Президента Родриго Дутерте»: nor does the genitive end in «-е».
    return (roleHead.endsWith("а") || roleHead.endsWith("я") || roleHead.endsWith("ого") || roleHead.endsWith("его"))
        && (last == 'у' || last == 'ю' || last == 'е')
        && !nameWord.endsWith("ую") && !nameWord.endsWith("юю");
  }

  /**
   * «Джасиндой», «Самией», «Натальей» → «джасинда», «самия», «наталья»: the nominative of a woman's given
   * name in the instrumental («-ой», «-ей», «-ою», «-ею»); the key unchanged where it has no such ending.
   */
  @Override
  String feminineNominativeOf(String nameWord) {
    int n = nameWord.length();
    if (n < 5 || !(nameWord.endsWith("ой") || nameWord.endsWith("ей") || nameWord.endsWith("ою") || nameWord.endsWith("ею"))) {
      return nameWord;
    }
    char before = nameWord.charAt(n - 3);
    if (nameWord.charAt(n - 2) == 'о') {
      return VOWELS.indexOf(before) >= 0 ? nameWord : nameWord.substring(0, n - 2) + "а";
    }
    // «-ией», «-ьей» are «-ия», «-ья»; after a hushing letter or «ц» the «-а» declension writes «-ей» («Сашей»).
    if (before == 'и' || before == 'ь') {
      return nameWord.substring(0, n - 2) + "я";
    }
    return VOWELS.indexOf(before) >= 0 ? nameWord
        : nameWord.substring(0, n - 2) + ("жшчщц".indexOf(before) >= 0 ? "а" : "я");
  }

  /**
   * A form of address outside the nominative: a masculine one with a case ending («господина»,
   * «доктором»), a neuter one in any ending but its nominative «-о» («превосходительства»), a feminine
   * one in any but «-а» («госпожи»).
   */
  @Override
  boolean obliqueAddress(String key) {
    return !isNominative(key) && !key.endsWith("ство") && !FEMININE_ADDRESS.contains(key);
  }

  /** Forms of address in the feminine nominative, whose «-а» is no case ending («жа» of «г-жа» split, «гжа» joined). */
  private static final Set<String> FEMININE_ADDRESS = Set.of("госпожа", "жа", "гжа");

  /** The contracted «господин», «госпожа» in every case, after «г-»: «г-н», «г-на», «г-жа», «г-жой». */
  private static final Set<String> CONTRACTED_ADDRESS_TAILS =
      Set.of("н", "на", "ну", "ном", "не", "жа", "жи", "же", "жу", "жой");

  /** The first letter of a form of address contracted with a hyphen («г-н»). */
  private static final String CONTRACTED_ADDRESS_HEAD = "г";

  /**
   * «г-н Эркин Халилов», «Г-жа Ютта …», «г-на Ахмета …»: «г», a hyphen and the tail of a case of «господин» or
   * «госпожа» (one token each), or the two joined into one token over the hyphen («Г-на» read as «гна»).
   */
  @Override
  int contractedAddressEnd(Tokens t, int k, int to) {
    if (k >= to) {
      return k;
    }
    String key = t.key[k];
    if (key.equals(CONTRACTED_ADDRESS_HEAD)) {
      return k + 1 < to && t.gapHas(k + 1, '-') && !t.gapHas(k + 1, ' ')
          && CONTRACTED_ADDRESS_TAILS.contains(t.key[k + 1]) ? k + 2 : k;
    }
    if (key.length() > 2 && key.startsWith(CONTRACTED_ADDRESS_HEAD)
        && CONTRACTED_ADDRESS_TAILS.contains(key.substring(1)) && t.surface(k).indexOf('-') == 1) {
      return k + 1;
    }
    return k;
  }

  /**
   * Role words in the nominative end in a consonant or «ь» («министр»), not in a case ending («министра»), nor in
   * the genitive plural's «-ов», «-ев», «-ей» («министров», «председателей»: no role's nominative ends so).
   */
  @Override
  boolean isNominative(String roleWord) {
    char last = roleWord.charAt(roleWord.length() - 1);
    if (roleWord.endsWith("ом") || roleWord.endsWith("ем") || roleWord.endsWith("ым") || roleWord.endsWith("им")
        || roleWord.endsWith("ов") || roleWord.endsWith("ев") || roleWord.endsWith("ей")) {
      return false;
    }
    return "аяуюеиоы".indexOf(last) < 0 || roleWord.endsWith("ий") || roleWord.endsWith("ый");
  }

  /**
   * «мурата» → «мурат», «сергея», «сергеем» → «сергей», «цзэминем», «цзэминя» → «цзэминь»: the
   * endings of masculine names, for the words the dictionary lacks. «-ем» and «-я»/«-ю» after a
   * consonant other than a hushing one or «ц» are a soft stem's («-ь»).
   */
  @Override
  String nominativeOf(String nameWord) {
    for (String ending : INDECLINABLE_NAME_ENDINGS) {
      if (nameWord.length() > ending.length() + 2 && nameWord.endsWith(ending)) {
        return nameWord;
      }
    }
    int n = nameWord.length();
    char before = n > 2 ? nameWord.charAt(n - 3) : 'а';
    if (nameWord.endsWith("ом") || nameWord.endsWith("ым")) {
      return nameWord.substring(0, n - 2);
    }
    if (nameWord.endsWith("ем")) {
      return VOWELS.indexOf(before) >= 0 ? nameWord.substring(0, n - 2) + "й"
          : "жшчщцьъ".indexOf(before) >= 0 ? nameWord.substring(0, n - 2) : nameWord.substring(0, n - 2) + "ь";
    }
    // «Нарендры» → «нарендра», «Мусы» → «муса», «Исы» → «иса»: a name of the «-а» declension in the genitive.
    if (n > 2 && nameWord.endsWith("ы") && "жшчщцкгхаеёиоуыэюя".indexOf(nameWord.charAt(n - 2)) < 0) {
      return nameWord.substring(0, n - 1) + "а";
    }
    if (nameWord.endsWith("ея") || nameWord.endsWith("ею") || n > 4 && (nameWord.endsWith("ая") || nameWord.endsWith("аю"))) {
      // «Сергея», «Сооронбая», «Сооронбаю»: a name in «-й» after a vowel.
      return nameWord.substring(0, n - 1) + "й";
    }
    if (n > 3 && (nameWord.endsWith("я") || nameWord.endsWith("ю"))
        && VOWELS.indexOf(nameWord.charAt(n - 2)) < 0 && "жшчщцьъ".indexOf(nameWord.charAt(n - 2)) < 0) {
      return nameWord.substring(0, n - 1) + "ь";
    }
    if (n > 3 && (nameWord.endsWith("а") || nameWord.endsWith("у") || nameWord.endsWith("е"))
        && VOWELS.indexOf(nameWord.charAt(n - 2)) < 0) {
      return nameWord.substring(0, n - 1);
    }
    return nameWord;
  }

  /**
   * «Джозепа Борелля», «Сооронбая Жээнбекова», «Джону Кэрри», «Джоном Махамой»: both words end in one case's ending
   * of the masculine names — the genitive's «-а»/«-я», the dative's «-у»/«-ю», the instrumental's «-ом»/«-ем»/«-ым»,
   * the prepositional's «-е» — after a letter that is no vowel or «й» before it in the given name's stem.
   */
  @Override
  boolean sameCaseEnding(String givenName, String surname) {
    if (givenName.length() < 4 || surname.length() < 4) {
      return false;
    }
    for (List<String> endings : CASE_ENDINGS_OF_MASCULINE_NAMES) {
      if (LanguageData.endsWithAny(givenName, endings) && LanguageData.endsWithAny(surname, endings)) {
        return true;
      }
    }
    return false;
  }

  /**
   * «Бараком Обамой», «Джейкобом Зумой» after «с …»: a given name in the masculine instrumental
   * («-ом», «-ем») before a surname in «-ой»/«-ей» after a consonant — a man's surname declines so only in the «-а»
   * declension (a Russian adjectival one ends in «-ым»/«-им» there), so its nominative is «-а»/«-я».
   */
  @Override
  String mansSurnameOfTheADeclension(String givenName, String surname) {
    int n = surname.length();
    if (givenName.length() < 5 || n < 5 || !(givenName.endsWith("ом") || givenName.endsWith("ем"))
        || !(surname.endsWith("ой") || surname.endsWith("ей")) || VOWELS.indexOf(surname.charAt(n - 3)) >= 0) {
      return null;
    }
    return surname.substring(0, n - 2) + (surname.endsWith("ой") ? "а" : "я");
  }

  /** The endings of one oblique case of masculine names, case by case. */
  private static final List<List<String>> CASE_ENDINGS_OF_MASCULINE_NAMES = List.of(
      List.of("а", "я"), List.of("у", "ю"), List.of("ом", "ем", "ым"), List.of("е"));

  /**
   * Endings of surnames that do not decline: Persian and Turkic patronymic surnames («Рахматзода»,
   * «Гасанзаде», «Чавушоглу», «Мамедоглы», «Токаулы», «Алиевакызы»).
   */
  private static final String[] INDECLINABLE_NAME_ENDINGS = {"зода", "заде", "оглу", "оглы", "улы", "уулу", "кызы"};

  /**
   * The endings a name word takes in the oblique cases, after its stem (the nominative less a final
   * vowel, «ь» or «й»), with «й» as «и» and «ё» as «е», as names are compared without diacritics.
   */
  private static final Set<String> NAME_CASE_ENDINGS =
      Set.of("а", "я", "у", "ю", "е", "и", "ы", "ом", "ем", "ым", "им", "ои", "еи", "ою", "ею");

  @Override
  boolean nameWordForm(String written, String nominative) {
    if (written.equals(nominative)) {
      return true;
    }
    int n = nominative.length();
    if (n < 3 || written.length() <= n - 1) {
      return false;
    }
    int stem = "аяоеьиыуюэ".indexOf(nominative.charAt(n - 1)) >= 0 ? n - 1 : n;
    return written.regionMatches(0, nominative, 0, stem) && NAME_CASE_ENDINGS.contains(written.substring(stem));
  }

  /** Endings an adjective or ordinal takes in any case, longest first. */
  private static final String[] ADJECTIVE_CASE_ENDINGS = {"ого", "его", "ому", "ему", "ыми", "ими", "ым", "им", "ом",
      "ем", "ой", "ей", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ый", "ий"};
  /** Endings a head noun takes after its stem in the oblique cases (and the nominative's own). */
  private static final String[] NOUN_CASE_ENDINGS = {"", "а", "я", "у", "ю", "ом", "ем", "е", "и", "ы", "ой", "ей",
      "ею", "ию", "ием", "ии", "ия", "ов", "ам", "ами", "ах", "ям", "ями", "ях", "й", "ь", "ью", "ьи"};

  /** By the dictionary's readings: some reading an adjective or ordinal, or a participle written with a capital. */
  @Override
  boolean mayOpenName(String key, boolean capitalised) {
    List<RussianDictionary.Reading> readings = readings(key);
    if (readings.isEmpty()) {
      return true;
    }
    boolean participle = false;
    for (RussianDictionary.Reading r : readings) {
      if (r.pos() == RussianDictionary.PartOfSpeech.MODIFIER) {
        if (!r.tag().startsWith("PT")) {
          return true;
        }
        participle = true;
      }
    }
    return participle && capitalised;
  }

  /**
   * «… Союзного Договора зашли в тупик», «саммиты БРИКС мы обязуемся …», «… форум имеет …»: a
   * lower-case word the dictionary reads only as a verb form, a gerund, a short participle, a
   * pronoun or an adverb opens the predicate, so the name ends before it; so does a subject noun
   * in the plural two words before a verb in the past plural («визита главы государств провели»).
   */
  @Override
  boolean endsNameRight(Tokens t, int j, int from) {
    if (t.isCapitalized(j) || t.isNumber(j)) {
      return false;
    }
    // «… министров культуры ШОС ⏎ russian.china.org.cn», «… АСЕАН hinh anh 1Иллюстративное фото»: a lower-case word
    // in Latin letters is a page's address, menu or caption, no word of a Russian name.
    char first = t.key[j].charAt(0);
    if (first >= 'a' && first <= 'z') {
      return true;
    }
    // «В ходе визита главы государств провели переговоры»: a subject noun in the plural and the word
    // after it, before a verb in the past plural, open the clause.
    if ((t.key[j].endsWith("ы") || t.key[j].endsWith("и")) && words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t, j)
        && j + 2 < t.size && !t.isCapitalized(j + 2) && isPastPlural(t.key[j + 2]) && onlyVerb(t.key[j + 2])) {
      return true;
    }
    // «В Декларации главы государств и правительств … заявили», «В ходе встреч на высшем уровне главы государств в
    // атмосфере … обсудили»: a name takes the people who meet in it in the genitive plural («глав государств»); a subject
    // noun in a form of the nominative plural alone («министры», «лидеры»), or «главы» before a noun in the genitive
    // plural alone («государств»: the genitive singular «главы» would take «государства»), opens the clause.
    if ((t.key[j].endsWith("ы") || t.key[j].endsWith("и")) && words.startsWithAny(WordClass.SUBJECT_NOUN_PREFIX, t, j)
        && (onlyNominativePlural(t.key[j]) || j + 1 < t.size && t.gapBefore[j + 1] == Tokens.GAP_SPACE
            && onlyGenitivePlural(t.key[j + 1]))) {
      return true;
    }
    // «Во время визита заместитель председателя КНР …», «В ходе визита сторонами было подписано …»: right
    // after the head, a noun the dictionary reads in no case a complement takes (genitive, dative,
    // prepositional) is the clause's subject or agent, no part of the name.
    if (j == from && noComplementCase(t.key[j])) {
      return true;
    }
    return onlyVerb(t.key[j]);
  }

  /** Whether the dictionary reads a key only as a common noun, and never in the genitive, dative or prepositional. */
  private static boolean noComplementCase(String key) {
    RussianDictionary dictionary = RussianDictionary.get();
    if (dictionary == null) {
      return false;
    }
    List<RussianDictionary.Reading> readings = dictionary.analyse(key);
    if (readings.isEmpty()) {
      return false;
    }
    for (RussianDictionary.Reading r : readings) {
      if (r.pos() != RussianDictionary.PartOfSpeech.NOUN || r.grammaticalCase() == null
          || r.inCase("R") || r.inCase("D") || r.inCase("P")) {
        return false;
      }
    }
    return true;
  }

  /** Whether the dictionary reads a key only as a common noun in the plural, in the nominative or accusative. */
  private static boolean onlyNominativePlural(String key) {
    return onlyPluralNounIn(key, "Nom", "V");
  }

  /** Whether the dictionary reads a key only as a common noun in the genitive plural («государств», «правительств»). */
  private static boolean onlyGenitivePlural(String key) {
    return onlyPluralNounIn(key, "R", "R");
  }

  /** Whether the dictionary reads a key, and reads it only as a common noun in the plural in case {@code one} or {@code other}. */
  private static boolean onlyPluralNounIn(String key, String one, String other) {
    List<RussianDictionary.Reading> readings = readings(key);
    for (RussianDictionary.Reading r : readings) {
      if (r.pos() != RussianDictionary.PartOfSpeech.NOUN || !r.plural() || !r.inCase(one) && !r.inCase(other)) {
        return false;
      }
    }
    return !readings.isEmpty();
  }

  /** Whether the dictionary reads a word only as a verb form, gerund, short participle, pronoun or adverb. */
  private static boolean onlyVerb(String key) {
    RussianDictionary dictionary = RussianDictionary.get();
    return dictionary != null && dictionary.onlyPredicate(key);
  }


  /** The first word of the head the dictionary reads as a noun: every noun reading of it plural. */
  @Override
  boolean headInThePlural(Tokens t, int first, int last) {
    for (int k = first; k < last; k++) {
      boolean noun = false;
      boolean singular = false;
      for (RussianDictionary.Reading r : readings(t.key[k])) {
        if (r.pos() == RussianDictionary.PartOfSpeech.NOUN) {
          noun = true;
          singular |= !r.plural();
        }
      }
      if (noun) {
        return !singular;
      }
    }
    return false;
  }

  /**
   * By the dictionary: both words are only nouns (no reading of another part of speech) and share
   * the genitive, dative, instrumental or prepositional case, and in the genitive the number
   * («стабильности и сотрудничества», «безопасности и сотрудничеству», «торговле и инвестициям»); a nominative or accusative after «и» may open
   * a clause or an object of its own («Совета министров и стороны договорились»).
   */
  @Override
  boolean namesUnnamedParticipants(String key) {
    return key.startsWith("участник");
  }

  @Override
  boolean adjectiveListsInNames() {
    return true;
  }

  @Override
  boolean nounsInOneCase(String a, String b) {
    List<RussianDictionary.Reading> first = readings(a);
    List<RussianDictionary.Reading> second = readings(b);
    if (first.isEmpty() || second.isEmpty() || !onlyNouns(first) || !onlyNouns(second)) {
      return false;
    }
    for (RussianDictionary.Reading x : first) {
      for (RussianDictionary.Reading y : second) {
        // «по торговле и инвестициям»: after a preposition's case the number may differ; a genitive keeps it.
        if (x.grammaticalCase() != null && !x.inCase("Nom") && !x.inCase("V") && x.grammaticalCase().equals(y.grammaticalCase())
            && (x.plural() == y.plural() || !x.inCase("R"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean onlyNouns(List<RussianDictionary.Reading> readings) {
    for (RussianDictionary.Reading r : readings) {
      if (r.pos() != RussianDictionary.PartOfSpeech.NOUN) {
        return false;
      }
    }
    return true;
  }

  /** «-ск-» or «-ческ-» before an adjective's case ending («исламской», «французского», «экономических»). */
  @Override
  boolean isRelationalAdjective(String key) {
    for (String ending : ADJECTIVE_CASE_ENDINGS) {
      int stem = key.length() - ending.length();
      if (stem >= 4 && key.endsWith(ending) && key.startsWith("ск", stem - 2)) {
        return true;
      }
    }
    return false;
  }

  /** By the dictionary: every reading a common noun or a modifier, none a name or another part of speech. */
  @Override
  boolean onlyCommonWord(String key) {
    List<RussianDictionary.Reading> readings = readings(key);
    for (RussianDictionary.Reading r : readings) {
      if (r.pos() != RussianDictionary.PartOfSpeech.NOUN && r.pos() != RussianDictionary.PartOfSpeech.MODIFIER) {
        return false;
      }
    }
    return !readings.isEmpty();
  }

  @Override
  boolean onlyActiveVerb(String key) {
    List<RussianDictionary.Reading> readings = readings(key);
    for (RussianDictionary.Reading r : readings) {
      if (!r.tag().startsWith(VERB_TAG) || r.lemma().equals(AUXILIARY_LEMMA) || r.lemma().endsWith(REFLEXIVE_SUFFIX)) {
        return false;
      }
    }
    return !readings.isEmpty();
  }

  /**
   * The dictionary reads the word as an adverb, and otherwise only as the short neuter adjective, predicative or
   * particle an adverb in «-о» is spelt like («торжественно», «вновь», «решительно», «еще»).
   */
  @Override
  boolean isAdverb(String key) {
    boolean adverb = false;
    for (RussianDictionary.Reading r : readings(key)) {
      String tag = r.tag();
      adverb |= tag.startsWith(ADVERB_TAG);
      if (!tag.startsWith(ADVERB_TAG) && !tag.startsWith(SHORT_NEUTER_TAG) && !tag.startsWith(PREDICATIVE_TAG)
          && !tag.startsWith(PARTICLE_TAG)) {
        return false;
      }
    }
    return adverb;
  }

  /** The dictionary's tags of an adverb and of the readings an adverb shares its spelling with. */
  private static final String ADVERB_TAG = "ADV";
  private static final String SHORT_NEUTER_TAG = "ADJ:Short:Neut";
  private static final String PREDICATIVE_TAG = "PRDC";
  private static final String PARTICLE_TAG = "PARTICLE";
  /** The dictionary's tags of finite verb forms begin so («VB:Real:…», «VB:Past:…»); participles' and gerunds' do not. */
  private static final String VERB_TAG = "VB:";
  /** The dictionary's tags of a finite verb in the past begin so. */
  private static final String PAST_VERB_TAG = "VB:Past";
  /** The lemma of the auxiliary of a passive («был заключён»). */
  private static final String AUXILIARY_LEMMA = "быть";
  /** The ending of a reflexive verb's lemma, whose forms also make the passive («подписываться»). */
  private static final String REFLEXIVE_SUFFIX = "ся";

  /** The dictionary's readings of a word key; none when it lacks the word or is not on the class path. */
  private static List<RussianDictionary.Reading> readings(String key) {
    RussianDictionary dictionary = RussianDictionary.get();
    return dictionary == null ? List.of() : dictionary.analyse(key);
  }

  /** Reads the dictionary; a dictionary that cannot be read is reported by the first parse that needs it. */
  @Override
  void loadOnDemandData() {
    try {
      RussianDictionary.get();
    } catch (IllegalStateException unreadable) {
      // every later call names the file
    }
  }

  /**
   * «пятого саммита» → «пятый саммит», «Парижской хартии» → «Парижская хартия»: with the
   * dictionary ({@link RussianNominative}); by the rules below when it lacks a word or is not on
   * the class path.
   */
  @Override
  String[] nominativeHeadPhrase(String[] phrase, int headFrom) {
    return cached(headPhrases, headFrom + "|" + String.join(" ", phrase), () -> {
      RussianDictionary dictionary = RussianDictionary.get();
      if (dictionary != null) {
        String[] out = new RussianNominative(dictionary, this).headPhrase(phrase, headFrom);
        if (out != RussianNominative.UNKNOWN) {
          return out;
        }
      }
      return nominativeHeadPhraseByRules(phrase);
    });
  }

  /** «Владимиром Путиным» → «Владимир Путин», with the dictionary; null when it is not on the class path. */
  @Override
  String[] nominativeName(String[] name, boolean oblique) {
    return cached(personNames, oblique + "|" + String.join(" ", name), () -> {
      RussianDictionary dictionary = RussianDictionary.get();
      return dictionary == null ? null : new RussianNominative(dictionary, this).personName(name, oblique);
    });
  }

  /**
   * Answers of the two methods above by their arguments: a corpus names the same few things again
   * and again, and a look-up costs less than the dictionary's work. Bounded as the dictionary's own
   * caches are. The arrays are shared: callers only read them.
   */
  private final java.util.Map<String, String[]> headPhrases = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<String, String[]> personNames = new java.util.concurrent.ConcurrentHashMap<>();
  private static final String[] NO_CHANGE = new String[0];

  private static String[] cached(java.util.Map<String, String[]> cache, String key,
      java.util.function.Supplier<String[]> compute) {
    String[] out = cache.get(key);
    if (out == null) {
      out = compute.get();
      if (cache.size() >= RussianDictionary.CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(key, out == null ? NO_CHANGE : out);
      return out;
    }
    return out == NO_CHANGE ? null : out;
  }

  /** A head noun listed in its plural nominative («консультации», «переговоры»): its plural names one thing. */
  boolean isPluralHead(String key) {
    return (key.endsWith("ы") || key.endsWith("и")) && words.is(WordClass.HEAD_NOUN_NOMINATIVE, key);
  }

  /** What follows the digits of an ordinal written as a numeral («20-го», «5-й», «3-ей»). */
  private static final java.util.Set<String> NUMERAL_ORDINAL_SUFFIXES = java.util.Set.of("й", "го", "ого", "му", "м",
      "я", "ая", "ю", "ую", "е", "ое", "ей", "ой", "ий", "ый", "х", "ми", "ые");

  /** Whether a word after a numeral's digits is an ordinal's ending («го» of «20-го»). */
  @Override
  boolean isNumeralOrdinalSuffix(String key) {
    return NUMERAL_ORDINAL_SUFFIXES.contains(key);
  }

  /**
   * «13й Исламский Саммит», «председателя 12го Исламского Саммита»: the ending of an ordinal written onto its
   * digits with no hyphen; at most {@link #WRITTEN_ORDINAL_DIGITS} digits, so that no year («2016г») is read as one.
   */
  @Override
  int writtenOrdinal(String digits, String letters) {
    if (digits.isEmpty() || digits.length() > WRITTEN_ORDINAL_DIGITS || !digits.chars().allMatch(Character::isDigit)
        || !isNumeralOrdinalSuffix(letters)) {
      return 0;
    }
    return Integer.parseInt(digits);
  }

  /** The most digits of an ordinal written with its ending and no hyphen (as «20-й» is read). */
  private static final int WRITTEN_ORDINAL_DIGITS = 3;

  /** The ending of a numeral ordinal («20-й») in the nominative of gender {@code g} (m, f, n; p plural). */
  String numeralOrdinalSuffix(char g) {
    return g == 'm' ? "й" : g == 'f' ? "я" : "е";
  }

  /**
   * The fallback for words the dictionary lacks. «пятого саммита» → «пятый саммит», «Первой
   * встречи» → «Первая встреча», «заседании» → «заседание»: the head noun from the list of head
   * nouns (HEAD_NOUN_NOMINATIVE), its modifiers re-inflected to agree with its gender and number,
   * numerals kept; null when another word stands before the noun («итогов Высшего Совета»: not a
   * head phrase).
   */
  String[] nominativeHeadPhraseByRules(String[] phrase) {
    int last = 0;
    String lemma = null;
    while (last < phrase.length && (lemma = compoundHeadLemma(Tokenizer.keyOf(phrase[last]))) == null) {
      last++;
    }
    if (lemma == null) {
      return null;
    }
    String[] out = phrase.clone();
    out[last] = sameCapital(phrase[last], lemma);
    char gender = lemma.endsWith("ы") || lemma.endsWith("и") ? 'p'
        : lemma.endsWith("а") || lemma.endsWith("я") ? 'f' : lemma.endsWith("е") || lemma.endsWith("о") ? 'n' : 'm';
    for (int i = 0; i < last; i++) {
      String key = Tokenizer.keyOf(phrase[i]);
      if (i > 0 && !phrase[i - 1].isEmpty() && Character.isDigit(phrase[i - 1].charAt(phrase[i - 1].length() - 1))
          && isNumeralOrdinalSuffix(key)) {
        out[i] = numeralOrdinalSuffix(gender);
      } else if (isAdjective(key) || words.endsWithAny(WordClass.ORDINAL_HARD_ENDING, key) && key.length() >= 4) {
        String agreed = agree(key, gender);
        out[i] = agreed == null ? phrase[i] : sameCapital(phrase[i], agreed);
      } else if (!RussianNominative.isNumeral(phrase[i]) && !isCompoundPart(key)) {
        return null;
      }
    }
    return java.util.Arrays.equals(out, phrase) ? null : out;
  }


  /** «резолюции Совета Безопасности ООН № 2254», «№№ 1737 и 1747». */
  @Override
  boolean isNumberSignGap(String gap) {
    String sign = gap.strip();
    return !sign.isEmpty() && sign.chars().allMatch(c -> c == NUMBER_SIGN);
  }

  /** The numero sign, «№». */
  private static final char NUMBER_SIGN = '№';

  @Override
  String singularHead(String key) {
    return headLemma(key);
  }

  /**
   * The nominative of a head noun form: the listed noun whose stem it extends by a case ending, the
   * longest such stem.
   */
  /** «бизнес-совета» → «бизнес-совет»: a head noun's lemma, after the first part a hyphen joins to it. */
  private String compoundHeadLemma(String key) {
    String lemma = headLemma(key);
    int hyphen = key.lastIndexOf('-');
    if (lemma != null || hyphen <= 0) {
      return lemma;
    }
    String tail = headLemma(key.substring(hyphen + 1));
    return tail == null ? null : key.substring(0, hyphen + 1) + tail;
  }

  private String headLemma(String key) {
    for (String ending : NOUN_CASE_ENDINGS_SHORTEST_FIRST) {
      if (key.length() > ending.length() && key.endsWith(ending)) {
        String lemma = headNounsByStem.get(key.substring(0, key.length() - ending.length()));
        if (lemma != null) {
          return lemma;
        }
      }
    }
    return null;
  }

  /** {@link #NOUN_CASE_ENDINGS} by length: the first that leaves a listed stem leaves the longest. */
  private static final String[] NOUN_CASE_ENDINGS_SHORTEST_FIRST = java.util.Arrays.stream(NOUN_CASE_ENDINGS)
      .sorted(java.util.Comparator.comparingInt(String::length)).toArray(String[]::new);

  /** «встреча» → «встреч», «заседание» → «заседани», «сессия» → «сесси», «переговоры» → «переговор». */
  private static String nounStem(String lemma) {
    return lemma.endsWith("ие") || lemma.endsWith("ия") ? lemma.substring(0, lemma.length() - 1)
        : "аяоеыийь".indexOf(lemma.charAt(lemma.length() - 1)) >= 0 ? lemma.substring(0, lemma.length() - 1) : lemma;
  }

  /** An adjective form {@code key} in the nominative of gender {@code g} (m, f, n; p plural), or null. */
  private String agree(String key, char g) {
    for (String ending : ADJECTIVE_CASE_ENDINGS) {
      if (!key.endsWith(ending) || key.length() - ending.length() < 2) {
        continue;
      }
      String stem = key.substring(0, key.length() - ending.length());
      char end = stem.charAt(stem.length() - 1);
      if (end == 'ь') {
        String s = stem.substring(0, stem.length() - 1);
        return g == 'm' ? s + "ий" : g == 'f' ? stem + "я" : g == 'n' ? stem + "е" : stem + "и";
      }
      boolean soft = "еюяи".indexOf(ending.charAt(0)) >= 0 && "гкхжшчщц".indexOf(end) < 0;
      boolean velarOrHushing = "гкхжшчщ".indexOf(end) >= 0;
      switch (g) {
        case 'm':
          return words.is(WordClass.STRESSED_ADJECTIVE_STEM, stem) ? stem + "ой"
              : soft || velarOrHushing ? stem + "ий" : stem + "ый";
        case 'f':
          return soft ? stem + "яя" : stem + "ая";
        case 'n':
          return soft || "жшчщ".indexOf(end) >= 0 ? stem + "ее" : stem + "ое";
        default:
          return soft || velarOrHushing ? stem + "ие" : stem + "ые";
      }
    }
    return null;
  }

  private static String sameCapital(String written, String word) {
    return !written.isEmpty() && Character.isUpperCase(written.charAt(0))
        ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
  }

  @Override
  boolean endsWithNameForm(String word, String suffix) {
    if (word.endsWith(suffix)) {
      return true;
    }
    // The suffix and one of the endings «а», «у», «ем», «ом», read in place: no string is made per word asked.
    int n = word.length();
    char last = n > 0 ? word.charAt(n - 1) : 0;
    if (last == 'а' || last == 'у') {
      return word.startsWith(suffix, n - 1 - suffix.length());
    }
    return last == 'м' && n >= 2 && (word.charAt(n - 2) == 'е' || word.charAt(n - 2) == 'о')
        && word.startsWith(suffix, n - 2 - suffix.length());
  }

  @Override
  int caseCount() {
    return 6;
  }

  /** Hard stems take the hard endings; soft ones end in «ь» («треть»): «третий», «третьего». */
  @Override
  List<String> ordinalForms(String stem) {
    boolean soft = stem.endsWith("ь");
    List<String> forms = new ArrayList<>();
    for (String ending : words.list(soft ? WordClass.ORDINAL_SOFT_ENDING : WordClass.ORDINAL_HARD_ENDING)) {
      forms.add(stem + ending);
    }
    if (stem.equals("втор")) {
      forms.add("второй");
    }
    if (soft) {
      forms.add(stem.substring(0, stem.length() - 1) + "ий");
    }
    return forms;
  }

  /**
   * Whether {@code participle}, in the genitive or prepositional plural («-ых», «-их»), agrees with
   * {@code noun} right after it, a noun's ending of the same case («действий», «наций», «членах»;
   * an adjective of that case would end in «-ых» too): it then qualifies that noun as an adjective would.
   */
  private boolean qualifiesPluralNoun(String participle, String noun) {
    return (participle.endsWith("ых") || participle.endsWith("их")) && noun.length() > 3
        && !words.is(WordClass.FUNCTION_WORD, noun) && (namesAKindInThePlural(noun) || noun.endsWith("ей"))
        || qualifiesSingularNoun(participle, noun);
  }

  /**
   * «Рабочая группа открытого состава»: a participle in the masculine or neuter genitive singular («-ого»,
   * «-его») before a noun of that case («-а», «-я»), no adjective, qualifies that noun as an adjective would.
   */
  private boolean qualifiesSingularNoun(String participle, String noun) {
    return (participle.endsWith("ого") || participle.endsWith("его")) && noun.length() > 3
        && (noun.endsWith("а") || noun.endsWith("я")) && !isAdjective(noun) && !words.is(WordClass.FUNCTION_WORD, noun);
  }

  /** «высшем», «высоком», «министерском», «экспертном», «рабочем»: what level a meeting «на … уровне» is at. */
  private static boolean isLevelAdjective(String word) {
    return word.startsWith("высш") || word.startsWith("высок") || word.startsWith("министерск")
        || word.startsWith("экспертн") || word.startsWith("рабоч");
  }

  /**
   * «в области», «в сфере», «на уровне», «на высшем уровне», «на период», «под названием» carry a
   * name on; «борьбы с», «противодействия с…» too; otherwise «в», «на», «с», «под» end it. A participle in
   * the plural that qualifies the noun after it («Программа согласованных действий», «Организация
   * Объединенных Наций») is part of the name, where a participle of its own clause ends it.
   */
  @Override
  NameLink nameLink(String previous, String word, String next) {
    if (next != null && isParticiple(word) && qualifiesPluralNoun(word, next)) {
      return NameLink.OVER_WORD;
    }
    switch (word) {
      case "в":
      case "во":
        return next != null && (next.startsWith("област") || next.startsWith("сфер")) ? NameLink.OVER_TWO
            : NameLink.STOP;
      case "на":
        // «встреча ОБСЕ на высшем уровне»: a level's adjective before «уровне» is the name's too.
        return next != null && (next.startsWith("уровн") || next.startsWith("период")) ? NameLink.OVER_TWO
            : next != null && isLevelAdjective(next) ? NameLink.OVER_WORD : NameLink.STOP;
      case "под":
        // «заседание Совета под председательством Президента …»: who chairs it is no part of its name.
        return next != null && next.startsWith("названи") ? NameLink.OVER_TWO : NameLink.STOP;
      case "с":
      case "со":
        return previous != null && (previous.startsWith("борьб") || previous.startsWith("противодейств"))
            ? NameLink.OVER_WORD : NameLink.STOP;
      default:
        return NameLink.NONE;
    }
  }

  /** The endings of an adjective in «-ск-» («-ская», «-ской», …) that a city's adjective takes. */
  private static final List<String> CITY_ADJECTIVE_ENDINGS =
      List.of("ая", "ой", "ую", "ое", "ий", "ие", "их", "ого", "ому", "ом", "им", "ими", "ей");

  /**
   * «московская» → «москов», «бакинской» → «бакин», «циндаоская» → «циндао»: the letters before
   * «ск» and an adjective's ending; the «-ический» adjectives («политическая») are no cities'.
   */
  @Override
  String cityAdjectiveBase(String word) {
    for (String ending : CITY_ADJECTIVE_ENDINGS) {
      int sk = word.length() - ending.length() - 2;
      if (sk >= 3 && word.endsWith(ending) && word.startsWith("ск", sk)) {
        String base = word.substring(0, sk);
        return base.endsWith("ч") || base.endsWith("че") ? null : base;
      }
    }
    return null;
  }

  /** A city's stem shorter than this is too short to recognise its adjective by. */
  private static final int CITY_STEM = 3;
  /** A stem this long or longer may take a vowel before its last consonant in the adjective. */
  private static final int CITY_STEM_WITH_VOWEL = 5;

  /**
   * The city's name without a final vowel or soft sign opens the base («бакин» from «бак-у»,
   * «циндао»), or does so without its last letter («москов» from «москв-а»); a name in «-ск» is the
   * base and «ск» («архангель» + «ск»).
   */
  @Override
  int cityAdjectiveStem(String nominative, String base) {
    if (nominative.indexOf(' ') >= 0 || nominative.indexOf('-') >= 0) {
      return 0;
    }
    if (nominative.endsWith("ск") && base.equals(nominative.substring(0, nominative.length() - 2))) {
      return nominative.length();
    }
    String stem = nominative;
    while (stem.length() > CITY_STEM && "аеиоуыэюяьй".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
      stem = stem.substring(0, stem.length() - 1);
    }
    if (stem.length() >= CITY_STEM && base.startsWith(stem)) {
      return stem.length();
    }
    String shorter = stem.substring(0, stem.length() - 1);
    return stem.length() >= CITY_STEM_WITH_VOWEL && base.startsWith(shorter) ? shorter.length() : 0;
  }

  @Override
  Pattern dateline() {
    return DATELINE;
  }

  @Override
  Pattern reportedBy() {
    return REPORTED_BY;
  }

  @Override
  boolean isOwnLetter(char letter) {
    return letter >= '\u0400' && letter <= '\u04FF';
  }

  @Override
  String scriptName() {
    return "Cyrillic";
  }

  @Override
  String documentKindExamples() {
    return "коммюнике, заявление, декларация";
  }

  @Override
  String visitName(String invitee, String state) {
    return invitee == null ? "визит в " + state : "визит " + invitee + " в " + state;
  }

  /**
   * «Министры иностранных дел … собрались в Астане» → «встреча министров иностранных дел … в Астане»: the subject's
   * opening words in the nominative plural, up to its first noun, put in the genitive plural the noun «встреча» takes;
   * the place alone («встреча в Астане») where the subject opens otherwise (a pronoun, a person, a state in the singular).
   */
  @Override
  String gatheringName(String subject, String place) {
    String who = subject == null ? null : genitivePlural(subject);
    return who == null ? "встреча в " + place : "встреча " + who + " в " + place;
  }

  /**
   * {@code phrase} with its words up to and with its first noun, each read in the nominative plural, put in the genitive
   * plural, the rest as written; null where a word before that noun is read otherwise or the dictionary gives no form.
   */
  private static String genitivePlural(String phrase) {
    RussianDictionary dictionary = RussianDictionary.get();
    String[] words = phrase.split(" ");
    if (dictionary == null) {
      return null;
    }
    for (int k = 0; k < words.length; k++) {
      String key = words[k].toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
      RussianDictionary.Reading plural = null;
      for (RussianDictionary.Reading r : readings(key)) {
        if (r.plural() && r.inCase(NOMINATIVE) && r.pos() != RussianDictionary.PartOfSpeech.OTHER) {
          plural = r;
          break;
        }
      }
      String form = plural == null ? null
          : dictionary.synthesise(plural.lemma(), plural.tag().replace(":" + NOMINATIVE, ":" + GENITIVE), key);
      if (form == null) {
        return null;
      }
      words[k] = k == 0 ? form : sameCapital(words[k], form);
      if (plural.pos() == RussianDictionary.PartOfSpeech.NOUN) {
        return closeQuotes(String.join(" ", words));
      }
    }
    return null;
  }

  /**
   * «министров «Группы восьми» → «министров «Группы восьми»», «… сотрудничества (ЧЭС» → «… (ЧЭС)»: a subject cut at
   * its verb's comma loses the closing quote or bracket after its last word.
   */
  private static String closeQuotes(String name) {
    StringBuilder out = new StringBuilder(name);
    if (count(name, '"') % 2 == 1) {
      out.append('"');
    }
    out.append("»".repeat((int) Math.max(0, count(name, '«') - count(name, '»'))));
    out.append(")".repeat((int) Math.max(0, count(name, '(') - count(name, ')'))));
    return out.toString();
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
  }

  /** The dictionary's names of the nominative and the genitive case in its tags. */
  private static final String NOMINATIVE = "Nom";
  private static final String GENITIVE = "R";

  /** Infinitives of verbs of gathering: «договорились встретиться в Москве в 2026 году». */
  private static final Set<String> GATHERING_INFINITIVES = Set.of("встретиться", "собраться");

  @Override
  boolean isGatheringInfinitive(String word) {
    return GATHERING_INFINITIVES.contains(word);
  }

  @Override
  String gatheringRule() {
    return "gathering: собрались в …";
  }

  @Override
  String invitationRule() {
    return "invitation: пригласил … посетить";
  }

  @Override
  boolean topicEndsABodysName() {
    return true;
  }

  @Override
  boolean joinsAPartner(String key) {
    return key.equals("с") || key.equals("со");
  }

  @Override
  boolean joinsADocument(String key) {
    return key.startsWith("присоедин");
  }

  /** «государств-членов», «государств – участников», «членов»: 2, 2, 1. */
  @Override
  int membershipWords(Tokens t, int k, int end) {
    if (k + 1 < end && t.key[k].equals("государств") && isMembers(t.key[k + 1])) {
      return 2;
    }
    return isMembers(t.key[k]) ? 1 : 0;
  }

  private static boolean isMembers(String key) {
    return key.equals("членов") || key.equals("участников");
  }

  /** «политика "одного Китая"», «видение»: lower-case heads of a stance (words.tsv DESCRIBING_HEAD). */
  @Override
  boolean describesInLowerCase(String key) {
    return words.is(WordClass.DESCRIBING_HEAD, key);
  }

  /** «Национальная комиссия», «Государственный совет»: words that open a nation's own body (words.tsv NATIONS_BODY_PREFIX). */
  @Override
  boolean opensANationsBody(String key) {
    return words.startsWithAny(WordClass.NATIONS_BODY_PREFIX, key);
  }

  /** «транспортный», «экономический» коридор: words that make a route a project (words.tsv INFRASTRUCTURE_PREFIX). */
  @Override
  boolean namesInfrastructure(String key) {
    return words.startsWithAny(WordClass.INFRASTRUCTURE_PREFIX, key);
  }

  /** «коридор» in any case. */
  @Override
  boolean namesAPlaceRoute(String key) {
    return key.startsWith("коридор");
  }

  /** «текущей», «нынешнего», «сегодняшнем» (сессии, саммита) in any case. */
  @Override
  boolean pointsAtTheOccasion(String key) {
    return key.startsWith("текущ") || key.startsWith("нынешн") || key.startsWith("сегодняшн");
  }

  /**
   * «председательства», «президентства», «посольства»: the suffix «-ств-» after the role's prefix makes the
   * office's noun; so do the endings of «-ия» right after it («Мэрией» of «мэр»: the city hall).
   */
  @Override
  boolean namesTheOffice(String key, int prefixLength) {
    if (key.length() <= prefixLength) {
      return false;
    }
    if (key.indexOf("ств", Math.max(0, prefixLength - 1)) >= 0) {
      return true;
    }
    for (String ending : OFFICE_IA_ENDINGS) {
      if (key.length() == prefixLength + ending.length() && key.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** The case endings of a noun in «-ия» («мэрия», «мэрии», «мэрией»), after the stem of its role. */
  private static final List<String> OFFICE_IA_ENDINGS = List.of("ия", "ии", "ию", "ией", "иям", "иями", "иях");

  /** «Во Ван Тхыонгом»: Russian spells a syllable in more letters than pinyin does, and declines the last. */
  @Override
  int syllableLetters() {
    return 8;
  }

  /** Stems of the past and the short participle of adopting and signing: «принял-и», «подписан-а». */
  private static final String[] ADOPTED_STEMS = {"принял", "принят", "подписал", "подписан", "утвердил", "утвержден",
      "одобрил", "одобрен"};

  @Override
  boolean tellsAnAdoptionDone(String key) {
    for (String stem : ADOPTED_STEMS) {
      // the stem alone or with one ending of gender or number; «подписания», «принятую» are other words
      if (key.startsWith(stem) && (key.length() == stem.length()
          || key.length() == stem.length() + 1 && "аиоы".indexOf(key.charAt(stem.length())) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /** «По итогам», «В ходе». */
  @Override
  boolean opensATallyOfOutcomes(String first, String second) {
    return first.equals("по") && second.equals("итогам") || first.equals("в") && second.equals("ходе");
  }

  /** Stems of the short passive participles of signing and adopting: «подписан-ы», «принят-о». */
  private static final String[] PASSIVE_ADOPTED_STEMS = {"подписан", "принят", "утвержден", "одобрен", "заключен"};

  /** «подписаны», «принято», «утверждена»: the stem alone or with one ending of gender or number. */
  @Override
  boolean isAPassiveAdoption(String key) {
    for (String stem : PASSIVE_ADOPTED_STEMS) {
      if (key.startsWith(stem) && (key.length() == stem.length()
          || key.length() == stem.length() + 1 && "аоы".indexOf(key.charAt(stem.length())) >= 0)) {
        return true;
      }
    }
    return false;
  }

  @Override
  boolean locatesInAPublication(String key) {
    return key.equals("стр") || key.equals("том") || key.equals("вып") || key.equals("ч");
  }

  /** Beginnings of the words that point back to a text named before: «обновленн-ая», «данн-ая». */
  private static final String[] POINTING_BACK = {"обновленн", "данн", "указанн", "вышеуказанн", "упомянут",
      "вышеупомянут", "настоящ", "эт"};

  @Override
  boolean namesThisText(String key) {
    return key.startsWith("настоящ");
  }

  @Override
  boolean pointsBack(String key) {
    for (String prefix : POINTING_BACK) {
      // «эт» only as the demonstrative itself: «эта», «этой», never «этапн…»
      if (key.startsWith(prefix) && (!prefix.equals("эт") || key.length() <= 5 && !key.startsWith("этап"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Beginnings of the words that invoke a treaty as a source of rules: «в соответствии с», «принципами»,
   * «положениями», «закрепленным в», «руководствуясь», «приверженность», «на основе», «в нарушение»,
   * «предусмотренных», «статьи 51».
   */
  private static final String[] CITING = {"соответстви", "принцип", "положени", "закрепл", "заложенн", "руководству",
      "приверженн", "основе", "основыва", "основополага", "нарушени", "противореч", "несовместим", "совместим",
      "соблюдени", "согласно", "норм", "предусмотр", "провозглаш", "зафиксир", "верност", "стать"};

  /** The forms of «цель» and «дух» that invoke a treaty: «целям и принципам», «духу». */
  private static final java.util.Set<String> CITING_WORDS = java.util.Set.of("цели", "целей", "целям", "целями",
      "целях", "духу", "духом", "следуя");

  @Override
  boolean citesAnInstrument(String key) {
    if (CITING_WORDS.contains(key)) {
      return true;
    }
    for (String prefix : CITING) {
      if (key.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** «о принятии», «об утверждении», «об одобрении» (плана, программы). */
  @Override
  boolean namesAnAdoption(String key) {
    return key.equals("принятии") || key.equals("утверждении") || key.equals("одобрении");
  }

  /** «регулярные», «ежегодной» (встречи, консультации) in any case. */
  @Override
  boolean marksASeries(String key) {
    return key.startsWith("регулярн") || key.startsWith("ежегодн");
  }

  /** «состоявшейся», «прошедших»; «по итогам», «на полях», «в ходе» (встречи … в Нью-Йорке): the occasion the text came from. */
  @Override
  boolean tellsWhereItWasHeld(String key) {
    return key.startsWith("состоявш") || key.startsWith("прошедш")
        || key.startsWith("итог") || key.equals("полях") || key.equals("ходе");
  }

  /** «в результате» (переговоров). */
  @Override
  boolean tellsAResultOf(String before, String key) {
    return key.equals("результате") && before.equals("в");
  }

  /** «столице», «столица». */
  @Override
  boolean namesACapital(String key) {
    return key.startsWith("столиц");
  }

  /** «ежегодные заседания», «регулярных встреч»: {@link #marksASeries} with a plural adjective's ending. */
  @Override
  boolean marksASeriesInThePlural(String key) {
    return marksASeries(key) && (key.endsWith("ые") || key.endsWith("ых") || key.endsWith("ым") || key.endsWith("ыми"));
  }

  /** «Документ», «документы». */
  @Override
  boolean namesTheDocument(String key) {
    return key.startsWith("документ");
  }

  /** «приняли участие», «принимали участие», «участвовали»: those who took part follow the verb. */
  @Override
  int attendeesAfter(Tokens t, int k, int to) {
    String key = t.key[k];
    if (key.equals("участие") && k > 0 && t.key[k - 1].startsWith("прин")) {
      return k + 1;
    }
    return key.startsWith("участвовал") ? k + 1 : -1;
  }

  @Override
  boolean setsUpABody(String key) {
    return key.startsWith("учред") || key.startsWith("учрежд") || key.startsWith("созда");
  }

  /**
   * The words that, capitalised before a state's name, make the two the name of another place: «Британская
   * Колумбия», «Британский Гондурас». Not «Новый»: «Новый Узбекистан», «Новый Казахстан» name the states
   * themselves; nor «Северная», «Южная»: «Южной Сербии» is part of the state, and «Северная Корея», «Южный
   * Судан» are the gazetteer's whole names.
   */
  private static final Set<String> REGION_OPENERS = Set.of("британская", "британской", "британскую", "британскою",
      "британский", "британского", "британскому", "британском", "британским", "британское");

  @Override
  boolean opensRegionBeforeState(String key) {
    return REGION_OPENERS.contains(key);
  }

  /** The forms of «река», whose stem «рек» opens other words («рекомендовать»). */
  private static final Set<String> RIVER = Set.of("река", "реки", "реке", "реку", "рекой", "рекою");

  @Override
  boolean namesAPlaceBefore(String key) {
    return key.startsWith("округ") || key.startsWith("озер") || key.startsWith("бассейн") || RIVER.contains(key);
  }

  @Override
  boolean namesAMember(String key) {
    return key.equals("член") || key.equals("члена") || key.equals("членом") || key.equals("члену");
  }

  /** Prepositions of a text's topic: «Заявление по Косово», «о Сирии», «об Ираке». */
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("о", "об", "по");
  /** Prepositions that place a situation: «о ситуации в …», «вокруг …». */
  private static final Set<String> SITUATION_PREPOSITIONS = Set.of("в", "во", "на", "вокруг");

  /**
   * «по Косово», «о ситуации в Сирии», «о положении вокруг Афганистана», «в связи с ситуацией вокруг Ирана»,
   * «по урегулированию конфликта в Сирии», «по урегулированию в Сирии», «принципах урегулирования грузино-осетинского конфликта».
   */
  @Override
  int topicPartyAfter(Tokens t, int k, int to) {
    int j;
    if (TOPIC_PREPOSITIONS.contains(t.key[k])) {
      j = k + 1;
    } else if (t.key[k].equals("в") && k + 2 < to && t.key[k + 1].equals("связи") && t.key[k + 2].equals("с")) {
      j = k + 3;
    } else if (namesASettlement(t.key[k])) {
      j = k;
    } else {
      return -1;
    }
    if (j >= to) {
      return -1;
    }
    if (j + 1 < to && namesASettlement(t.key[j])) {
      j++;
      if (j + 1 < to && SITUATION_PREPOSITIONS.contains(t.key[j])) {
        j++;
      }
    }
    if (j + 2 < to && namesASituation(t.key[j]) && SITUATION_PREPOSITIONS.contains(t.key[j + 1])) {
      j += 2;
    }
    return j;
  }

  /** «урегулированию», «урегулировании»: the settlement of what the topic goes on to name («урегулирования конфликта в Сирии»). */
  private static boolean namesASettlement(String key) {
    return key.startsWith("урегулировани");
  }

  /**
   * «ситуации», «положении», «обстановке», «событиях», «конфликте», «кризисе»: what a text about a place calls
   * what goes on there.
   */
  private static boolean namesASituation(String key) {
    return key.startsWith("ситуаци") || key.startsWith("положени") || key.startsWith("обстановк") || key.startsWith("событи")
        || key.startsWith("конфликт") || key.startsWith("кризис");
  }

  /** «под председательством», «под сопредседательством», «при председательстве». */
  @Override
  boolean opensAChairmanship(Tokens t, int k, int to) {
    String key = t.key[k];
    return (key.equals("под") || key.equals("при")) && k + 1 < to
        && (t.key[k + 1].startsWith("председательств") || t.key[k + 1].startsWith("сопредседательств"));
  }

  /** Most words of one field of a portfolio after «по» («вопросам разоружения», «делам молодежи»). */
  private static final int PORTFOLIO_FIELD_WORDS = 3;
  /** Most fields a portfolio after «по» joins by «и» or commas («по делам молодежи и спорта»). */
  private static final int PORTFOLIO_FIELDS = 3;

  /**
   * «представитель по вопросам разоружения», «уполномоченный по правам человека», «министр по делам
   * молодежи и спорта»: «по» and up to {@value #PORTFOLIO_FIELDS} fields joined by «и» or a comma, each of up to
   * {@value #PORTFOLIO_FIELD_WORDS} words in lower case, none a function word, before a capital; the portfolio of
   * the role.
   */
  @Override
  int lowerCasePortfolioEnd(Tokens t, int k, int to) {
    if (k + 1 >= to || !t.key[k].equals("по") || t.gapBefore[k] != Tokens.GAP_SPACE) {
      return k;
    }
    int j = k + 1;
    for (int field = 0; field < PORTFOLIO_FIELDS; field++) {
      int end = portfolioFieldEnd(t, j, to);
      if (end == j || end >= to) {
        return k;
      }
      if (t.isCapitalized(end) && t.gapBefore[end] == Tokens.GAP_SPACE) {
        return end;
      }
      boolean joined = end + 1 < to && t.gapBefore[end] == Tokens.GAP_SPACE && words.is(WordClass.AND, t.key[end]);
      if (!joined && !t.gapIs(end, ',')) {
        return k;
      }
      j = joined ? end + 1 : end;
    }
    return k;
  }

  /** The end of up to {@value #PORTFOLIO_FIELD_WORDS} words in lower case from {@code j}, none a number, function word or «и». */
  private int portfolioFieldEnd(Tokens t, int j, int to) {
    int e = j;
    while (e < to && e < j + PORTFOLIO_FIELD_WORDS && (e == j || t.gapBefore[e] == Tokens.GAP_SPACE)
        && !t.isCapitalized(e) && !t.isNumber(e) && !words.is(WordClass.FUNCTION_WORD, t.key[e])
        && !words.is(WordClass.AND, t.key[e])) {
      e++;
    }
    return e;
  }

  /** The singular forms of «группа»: a group is a standing one only as «Минская группа», never bare. */
  private static final Set<String> GROUP_FORMS = Set.of("группа", "группы", "группе", "группу", "группой");

  @Override
  boolean standingOnlyAfterAProperWord(String key) {
    return GROUP_FORMS.contains(key);
  }

  @Override
  boolean namesLegislators(String key) {
    return key.startsWith("депутат") || key.startsWith("сенатор") || key.startsWith("парламентари")
        || key.equals("члены") || key.equals("член");
  }

  /** «ПА ОДКБ», «ПА ОБСЕ»: the usual short form of «Парламентская ассамблея». */
  private static final String ASSEMBLY_ABBREVIATION = "па";

  /** Forms of «Рада», whose stem «рад» opens other words («рады», «ради» aside, which are lower case). */
  private static final Set<String> RADA = Set.of("рада", "рады", "раде", "раду", "радой");

  @Override
  boolean namesALegislature(String key) {
    return key.startsWith("парламент") && !key.startsWith("парламентск") && !key.startsWith("парламентари")
        || key.startsWith("дум") || key.startsWith("госдум")
        || key.startsWith("сенат") && !key.startsWith("сенатор")
        || key.startsWith("конгресс") || key.startsWith("собрани") || key.startsWith("палат")
        || key.startsWith("ассамбле") || key.equals(ASSEMBLY_ABBREVIATION)
        || key.startsWith("мажилис") || key.startsWith("меджлис") || key.startsWith("мажлис")
        || key.startsWith("кенеш") || key.startsWith("хурал") || key.startsWith("скупщин") || key.startsWith("сейм")
        || key.startsWith("кнессет") || key.startsWith("бундестаг") || RADA.contains(key);
  }

  /** «депутатов», «депутатами»: the elected members of an assembly. */
  @Override
  boolean namesDeputies(String key) {
    return key.startsWith("депутат");
  }

  /** The stem of the participle that introduces a body's members before «из» («состоящий из», «состоящего из»). */
  private static final String CONSISTING_STEM = "состоящ";

  /** The stem of the participle whose object is what a body's members stand for («министры …, представляющие A, B и C»). */
  private static final String REPRESENTING_STEM = "представляющ";

  @Override
  int compositionAfter(Tokens t, int k, int to) {
    if (k + 1 < to && t.key[k].startsWith(REPRESENTING_STEM)) {
      return k + 1;
    }
    return k + 2 < to && (t.key[k].equals("в") && t.key[k + 1].equals("составе")
        || t.key[k].startsWith(CONSISTING_STEM) && t.key[k + 1].equals("из")) ? k + 2 : -1;
  }

  /** The nouns of help after «при»: «при содействии», «при поддержке», «при посредничестве». */
  private static final Set<String> HELP_NOUNS = Set.of("содействии", "поддержке", "посредничестве", "помощи");

  /** «при содействии …», «при поддержке …», «с помощью …». */
  @Override
  boolean introducesHelpers(Tokens t, int k) {
    return k > 0 && (t.key[k - 1].equals("при") && HELP_NOUNS.contains(t.key[k])
        || t.key[k - 1].equals("с") && t.key[k].equals("помощью"));
  }

  /** The suffixes that end a Russian surname of the possessive kind in its masculine nominative. */
  private static final String[] SURNAME_SUFFIXES = {"ов", "ев", "ин", "ын"};

  /** The endings such a surname takes in the masculine oblique cases, longest first. */
  private static final String[] SURNAME_CASE_ENDINGS = {"ым", "а", "у", "е", ""};

  /** Fewest letters of a surname's stem before its suffix («Ли» + «ев»: none shorter). */
  private static final int SURNAME_STEM_LETTERS = 2;

  @Override
  String decliningSurnameBase(String key) {
    for (String ending : SURNAME_CASE_ENDINGS) {
      if (!key.endsWith(ending)) {
        continue;
      }
      String base = key.substring(0, key.length() - ending.length());
      for (String suffix : SURNAME_SUFFIXES) {
        if (base.endsWith(suffix) && base.length() >= suffix.length() + SURNAME_STEM_LETTERS) {
          return base;
        }
      }
    }
    return null;
  }

  /** «от» in «И.В.Попов от России». */
  @Override
  boolean introducesRepresentedState(String key) {
    return key.equals("от");
  }

  /** «ССР», «АССР», «(Автономной) Советской Социалистической Республики» after «Казахской». */
  @Override
  int constituentRepublicWords(Tokens t, int k, int to) {
    if (k >= to) {
      return 0;
    }
    String key = t.key[k];
    if (key.equals("сср") || key.equals("асср")) {
      return 1;
    }
    int at = key.startsWith("автономн") ? k + 1 : k;
    return at + 2 < to && t.key[at].startsWith("советск") && t.key[at + 1].startsWith("социалистическ")
        && t.key[at + 2].startsWith("республик") ? at + 3 - k : 0;
  }

  /** «Из коммюнике о визите …»: «из» before a kind of document heads an excerpt. */
  @Override
  boolean opensAnExcerpt(String key) {
    return key.equals("из");
  }

  /**
   * «Президент», «Дмитрий»: the nominative singular; «Президенты», «Министры», «Руководители»: the nominative plural
   * of a role whose singular ends in a consonant (its genitive singular is «-а»/«-я»); not «Президента»,
   * «Министров», «Председателей», «Президентом».
   */
  @Override
  boolean namesTheSubject(String key) {
    return isNominative(key) && !isOblique(key) && !key.endsWith("ов") && !key.endsWith("ев")
        || key.endsWith("ты") || key.endsWith("ры") || key.endsWith("тели");
  }

  /** «тема „…“», «под девизом …», «под лозунгом …». */
  @Override
  boolean namesATheme(String key) {
    return THEME_WORDS.contains(key);
  }

  private static final java.util.Set<String> THEME_WORDS = java.util.Set.of("тема", "темы", "теме", "тему", "темой",
      "девиз", "девиза", "девизу", "девизом", "лозунг", "лозунга", "лозунгу", "лозунгом");

  /** «четвертого ноября», «двадцать пятого июня»: Russian writes a day's ordinal right before its month. */
  @Override
  boolean ordinalDayStandsBeforeItsMonth() {
    return true;
  }

  /** The cardinal hundreds a year in words opens with: «тысяча девятьсот», «тысяча восемьсот». */
  private static final java.util.Map<String, Integer> HUNDREDS_AFTER_A_THOUSAND = java.util.Map.of(
      "девятьсот", 900, "восемьсот", 800);

  /** «тысяча девятьсот семьдесят пятого года» (1900), «две тысячи пятого года» (2000). */
  @Override
  int[] hundredsOfAYearInWords(Tokens t, int j, int to) {
    if (j + 1 >= to) {
      return null;
    }
    if (t.key[j].equals("две") && t.key[j + 1].equals("тысячи")) {
      return new int[] {2000, j + 2};
    }
    Integer hundreds = t.key[j].equals("тысяча") ? HUNDREDS_AFTER_A_THOUSAND.get(t.key[j + 1]) : null;
    return hundreds == null ? null : new int[] {1000 + hundreds, j + 2};
  }

  /**
   * «рижский»: «рижская», «рижской», «рижском», … ; «тверской»: «тверская», «тверском», … — the endings of
   * {@link #CITY_ADJECTIVE_ENDINGS} but «-ей», and «-ий» where the adjective's ending is stressed («-ской»).
   */
  @Override
  List<String> cityAdjectiveForms(String adjective) {
    boolean stressed = adjective.endsWith("ой");
    if (!stressed && !adjective.endsWith("ий")) {
      return List.of(adjective);
    }
    String stem = adjective.substring(0, adjective.length() - 2);
    List<String> forms = new ArrayList<>(CITY_ADJECTIVE_ENDINGS.size());
    for (String ending : CITY_ADJECTIVE_ENDINGS) {
      if (!ending.equals("ей") && !(stressed && ending.equals("ий"))) {
        forms.add(stem + ending);
      }
    }
    return forms;
  }

  /** «с участием»: the instrumental of participation after «с», whose participants follow. */
  @Override
  int participantsAfter(Tokens t, int k, int to) {
    return k > 0 && k + 1 <= to && t.key[k].equals("участием") && t.key[k - 1].equals("с") ? k + 1 : -1;
  }
}
