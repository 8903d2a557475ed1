package dev.entente.parser;

import dev.entente.model.DocumentKind;
import dev.entente.model.PartyKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the parser knows about one language, loaded once from the data files under
 * its folder {@code dev/entente/parser/<code>/} and shared, read-only, by every parse on every
 * thread. A second language is a second folder of the same files and a {@link Language} subclass.
 */
final class LanguageData {
  final Language language;
  final Normalizer normalizer;
  final Stemmer stemmer;
  final Tokenizer tokenizer;
  final PhraseMatcher<PartyInfo> parties;
  /**
   * The names organizations.tsv marks as an organisation's own (a former or short name, «Тюркский совет»), not
   * one of its organs («Совет глав государств СНГ»): a head of a body inside one names the organisation itself.
   */
  final PhraseMatcher<PartyInfo> ownNames;
  final Map<String, PartyInfo> partiesById = new HashMap<>();
  final PhraseMatcher<City> cities;
  /**
   * Abbreviations that name a kind of body by its words (body-abbreviations.tsv: «СМИД», a council of foreign
   * ministers), keyed by the abbreviation's key, with the stems of the words it stands for: an organ so written
   * and one written out are keyed alike.
   */
  final Map<String, List<String>> bodyAbbreviations = new HashMap<>();
  /**
   * Bodies below the state that sign for it (substates.tsv): regions, provinces, Länder, their administrations and
   * state companies, each in every case form, with its state's id («Рязанской области» RU, «Росатом» RU); empty for
   * a place listed so that it gives no state («Сухум», «Крым»).
   */
  final PhraseMatcher<String> subStates;
  /**
   * The cities of the gazetteer cities.tsv lists no adjective for, under their nominative names: {@link
   * #cityOfAdjective} derives their adjectives from these.
   */
  private final List<City> cityList = new java.util.ArrayList<>();
  /** Each state's capital, by the state's id: «в столицу Белоруссии» names Минск. */
  private final Map<String, City> capitalsByState = new HashMap<>();
  /** The listed adjectives of cities in every form ({@link Language#cityAdjectiveForms}): «рижской» Рига, «пражском» Прага. */
  private final Map<String, City> citiesByListedAdjective = new HashMap<>();
  final Map<String, Integer> months = new HashMap<>();
  /** Month abbreviations («янв»): a date only after a day number. */
  final Set<String> monthAbbreviations = new HashSet<>();
  final Map<String, Integer> relativeYears = new HashMap<>();
  final Map<String, Integer> weekdays = new HashMap<>();
  /**
   * The words that name a day by its distance from the document's own («today» 0, «yesterday» -1,
   * «tomorrow» 1): «met today in Washington» dates the meeting on the document's day.
   */
  final Map<String, Integer> relativeDays = new HashMap<>();
  /** The forms of the noun «month» that follow a relative year word: «next month», «в следующем месяце». */
  final Set<String> monthWords = new HashSet<>();
  /** Ordinal words in every form: «второго» 2, «первой» 1. */
  final Map<String, Integer> ordinals = new HashMap<>();
  /**
   * Cardinal tens written as a word before an ordinal of units («шестьдесят девятой» is the 69th);
   * empty where the language writes such ordinals as one word.
   */
  final Map<String, Integer> tens = new HashMap<>();
  final Set<String> yearWords = new HashSet<>();
  final Set<String> sentenceAbbreviations;
  final PrefixLexicon<DocumentKind> documentKinds = new PrefixLexicon<>();
  final PrefixLexicon<List<String>> groups = new PrefixLexicon<>();
  /** The first member of a groups.tsv row whose region counts only inside a format's name. */
  static final String IN_FORMAT = "IN_FORMAT";
  /**
   * groups.tsv's IN_FORMAT rows: a region that stands for its states only inside the name of a
   * format, joined to a party by a dash or plus («Центральная Азия – Китай», «С5+1»).
   */
  final PrefixLexicon<List<String>> formatRegions = new PrefixLexicon<>();
  final List<Tsv.Row> wrapperMarkers;
  /** Name forms that are also common words: they count only capitalised in mid-sentence. */
  final Set<String> ambiguousNames = new HashSet<>();
  /** Nouns after which a state's adjective names a place, not the state («Индийского океана»). */
  final List<String> geographicNouns = new java.util.ArrayList<>();
  /** ambiguous.tsv's CURRENCY rows: nouns after which a state's name is its currency («US dollars»). */
  final List<String> currencyNouns = new java.util.ArrayList<>();

  /** The most words of a list of adjectives looked over for the geographic noun that ends it. */
  private static final int LISTED_ADJECTIVES = 8;

  /**
   * «Индийского океана», «Южно-Китайском море», «Indo-Pacific»: whether the party's adjective or
   * combining form ending before token {@code last} opens the name of a place (or a language), not
   * the state's; so does one of a list of such adjectives that ends in the noun («на русском,
   * французском и испанском языках», «Индийского и Тихого океанов»).
   */
  boolean namesPlace(Tokens t, int last, int to) {
    String word = t.key[last - 1];
    if (last >= to || !language.isAdjective(word)
        && !(t.hyphenAfter[last - 1] && language.isCompoundPart(word))) {
      return false;
    }
    int k = last;
    while (k < to && k - last < LISTED_ADJECTIVES && !t.isCapitalized(k)
        && (t.gapBefore[k] == Tokens.GAP_SPACE || t.gapHas(k, ','))
        && (words.is(WordClass.AND, t.key[k]) || language.isAdjective(t.key[k])
            && !startsWithAny(t.key[k], geographicNouns))) {
      k++;
    }
    return k < to && startsWithAny(t.key[k], geographicNouns);
  }

  /**
   * The first chars of {@code words}, each once, asked before a search of the words themselves on a hot
   * path; null where one of them is empty (every word may then open one).
   */
  static String firstChars(Iterable<String> words) {
    StringBuilder first = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty()) {
        return null;
      }
      if (first.indexOf(word.substring(0, 1)) < 0) {
        first.append(word.charAt(0));
      }
    }
    return first.toString();
  }

  /** Whether a word (its key) ends with one of {@code endings} («двадцатилетию» with «летию»), read by index. */
  static boolean endsWithAny(String key, List<String> endings) {
    for (int k = 0, n = endings.size(); k < n; k++) {
      if (key.endsWith(endings.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word (its key) starts with one of {@code nouns}: a loop, as it is asked after every state's name.
   * A list is read by index: callers pass lists and sets, so the call to {@code iterator()} is not
   * inlined and each question allocated an iterator.
   */
  static boolean startsWithAny(String key, java.util.Collection<String> nouns) {
    if (nouns instanceof java.util.RandomAccess && nouns instanceof List<String> list) {
      for (int k = 0, n = list.size(); k < n; k++) {
        if (key.startsWith(list.get(k))) {
          return true;
        }
      }
      return false;
    }
    for (String noun : nouns) {
      if (key.startsWith(noun)) {
        return true;
      }
    }
    return false;
  }
  final Lexicons lexicons;
  final Words words;
  /** Its letters and common words, which {@link LanguageGuess} reads a text's language by. */
  final LanguageSigns signs;
  private LanguageData(Language language) {
    this.language = language;
    this.normalizer = new Normalizer(language.addressesBeforeNames(), language::isWordForm);
    String dir = language.folder();
    words = language.words;
    signs = LanguageSigns.of(language);
    stemmer = new Stemmer(Tsv.read(dir + "endings.tsv", 1).stream().map(r -> r.get(0))
        .collect(Collectors.toList()));
    tokenizer = new Tokenizer(stemmer, language, signs.letterKinds, signs.commonWords);
    parties = new PhraseMatcher<>(tokenizer);
    ownNames = new PhraseMatcher<>(tokenizer);
    cities = new PhraseMatcher<>(tokenizer);
    subStates = new PhraseMatcher<>(tokenizer);
    // The three groups are independent: load them on all cores to keep start-up short.
    java.util.concurrent.CompletableFuture<Void> citiesLoaded =
        java.util.concurrent.CompletableFuture.runAsync(() -> loadCities(dir + "cities.tsv"));
    java.util.concurrent.CompletableFuture<Lexicons> lexiconsLoaded =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> new Lexicons(dir, tokenizer));
    loadStates(dir + "states.tsv");
    loadOrganizations(dir + "organizations.tsv");
    loadDates(dir + "dates.tsv");
    for (Tsv.Row row : Tsv.read(dir + "body-abbreviations.tsv", 2)) {
      bodyAbbreviations.put(Tokenizer.keyOf(row.get(0)), java.util.Arrays.stream(Tokenizer.keyOf(row.get(1)).split(" "))
          .map(stemmer::stem).collect(Collectors.toUnmodifiableList()));
    }
    sentenceAbbreviations = Tsv.read(dir + "abbreviations.tsv", 1).stream().map(r -> r.get(0))
        .collect(Collectors.toUnmodifiableSet());
    for (Tsv.Row row : Tsv.read(dir + "kinds.tsv", 2)) {
      documentKinds.add(row.get(1), Tsv.enumValue(row, 0, DocumentKind.class), row.where());
    }
    for (Tsv.Row row : Tsv.read(dir + "groups.tsv", 2)) {
      List<String> members = row.values(0);
      if (members.get(0).equals(IN_FORMAT)) {
        formatRegions.add(row.get(1), List.copyOf(members.subList(1, members.size())), row.where());
      } else {
        groups.add(row.get(1), members, row.where());
      }
    }
    wrapperMarkers = Tsv.read(dir + "wrapper.tsv", 3);
    for (Tsv.Row row : Tsv.read(dir + "ambiguous.tsv", 2)) {
      switch (row.get(0)) {
        case "WORD": ambiguousNames.add(row.get(1)); break;
        case "GEO": geographicNouns.add(row.get(1)); break;
        case "CURRENCY": currencyNouns.add(row.get(1)); break;
        default: throw row.error("unknown kind '" + row.get(0) + "': expected WORD, GEO or CURRENCY");
      }
    }
    loadSubStates(dir + "substates.tsv");
    lexicons = join(lexiconsLoaded);
    join(citiesLoaded);
  }

  /** substates.tsv: each body's forms and other names, under its state's id. */
  private void loadSubStates(String resource) {
    for (Tsv.Row row : Tsv.read(resource, 4)) {
      List<String> forms = row.values(2);
      String state = row.get(1).equals("-") ? "" : row.get(1);
      addCaseForms(subStates, forms, state);
      for (String variant : row.values(3)) {
        subStates.add(variant, state, PhraseMatcher.Mode.WORDS, false);
      }
    }
  }

  /** Months, relative years and days, weekdays, year and month words, ordinals and the tens before ordinals. */
  private void loadDates(String resource) {
    for (Tsv.Row row : Tsv.read(resource, 3)) {
      int value = Integer.parseInt(row.get(1));
      Map<String, Integer> target;
      switch (row.get(0)) {
        case "MONTH": target = months; break;
        case "MONTH_SHORT":
          for (String form : row.values(2)) {
            months.put(form, value);
            monthAbbreviations.add(form);
          }
          continue;
        case "RELATIVE_YEAR": target = relativeYears; break;
        case "WEEKDAY": target = weekdays; break;
        case "YEAR_WORD": target = null; break;
        case "RELATIVE_DAY": target = relativeDays; break;
        case "MONTH_WORD":
          monthWords.addAll(row.values(2));
          continue;
        case "TENS": target = tens; break;
        case "ORDINAL":
          for (String stem : row.values(2)) {
            addOrdinal(stem, value);
          }
          continue;
        default: throw row.error("unknown kind of date word '" + row.get(0) + "'");
      }
      for (String form : row.values(2)) {
        if (target == null) {
          yearWords.add(form);
        } else {
          target.put(form, value);
        }
      }
    }
  }

  private void addOrdinal(String stem, int value) {
    for (String form : language.ordinalForms(stem)) {
      ordinals.put(form, value);
    }
  }

  /** Waits for a loading task; a data error in it surfaces as itself, not wrapped. */
  private static <T> T join(java.util.concurrent.CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }

  private static final Map<String, LanguageData> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  /** The {@link WordFlag}s of the stages, by name: one flag slot each per language, not per parser. */
  private final Map<String, WordFlag> wordFlags = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The flag named {@code name}, made with {@code ofKey} on first use: a stage of every parser of the
   * language asks the same one, so that the words' flag bits ({@link Tokenizer.Word#rememberFlag})
   * are not used up by parsers made one after another. {@code ofKey} must depend on this data alone.
   */
  WordFlag wordFlag(String name, java.util.function.Predicate<String> ofKey) {
    return wordFlags.computeIfAbsent(name, k -> new WordFlag(ofKey));
  }

  /** The data of {@code language}, loaded on first use and shared by every parser of its code. */
  static LanguageData of(Language language) {
    return LOADED.computeIfAbsent(language.code(), code -> new LanguageData(language));
  }

  /** The data of the language with ISO 639-1 code {@code code}. */
  static LanguageData of(String code) {
    LanguageData loaded = LOADED.get(code);
    return loaded != null ? loaded : of(Language.forCode(code));
  }

  private void loadStates(String resource) {
    List<String> adjectivePrefixes = words.list(WordClass.STATE_ADJECTIVE_PREFIX);
    for (Tsv.Row row : Tsv.read(resource, 11)) {
      String id = row.get(0);
      PartyKind kind = row.get(2).equals("TERRITORY") ? PartyKind.TERRITORY : PartyKind.STATE;
      PartyInfo info = new PartyInfo(id, kind, row.get(4), row.get(3));
      partiesById.put(id, info);
      List<String> forms = row.values(5);
      if (forms.size() != language.caseCount()) {
        throw row.error("expected " + language.caseCount() + " case forms in column 6, found " + forms.size());
      }
      for (String form : forms) {
        addName(form, info, false);
      }
      for (String name : row.values(6)) {
        addName(name, info, isMultiword(name));
      }
      for (String name : row.values(7)) {
        addName(name, info, isMultiword(name));
      }
      for (String abbreviation : row.values(8)) {
        parties.add(abbreviation, info, PhraseMatcher.Mode.CASED, false);
      }
      for (String adjective : row.values(9)) {
        parties.add(adjective, info, PhraseMatcher.Mode.STEMS, false);
        for (String prefix : adjectivePrefixes) {
          parties.add(prefix + adjective, info, PhraseMatcher.Mode.STEMS, false);
        }
      }
      for (String compound : row.values(10)) {
        parties.add(compound, info, PhraseMatcher.Mode.WORDS, true);
      }
    }
  }

  /** What opens a name in organizations.tsv that is the organisation's own, not an organ's. */
  static final String OWN_NAME_MARK = "=";

  private void loadOrganizations(String resource) {
    for (Tsv.Row row : Tsv.read(resource, 6)) {
      PartyKind kind = Tsv.enumValue(row, 1, PartyKind.class);
      PartyInfo info = new PartyInfo(row.get(0), kind, row.get(3), row.get(2));
      if (partiesById.put(info.id, info) != null) {
        throw row.error("party id '" + info.id + "' is listed twice");
      }
      addName(row.get(3), info, true);
      for (String name : row.values(4)) {
        boolean own = name.startsWith(OWN_NAME_MARK);
        String bare = own ? name.substring(OWN_NAME_MARK.length()) : name;
        addName(bare, info, true);
        if (own) {
          ownNames.add(bare, info, PhraseMatcher.Mode.WORDS, false);
          ownNames.add(bare, info, PhraseMatcher.Mode.STEMS, false);
        }
      }
      for (String abbreviation : row.values(5)) {
        parties.add(abbreviation, info, PhraseMatcher.Mode.CASED, false);
      }
    }
  }

  /**
   * Single-word state names have all six case forms listed; stemming them as well would let
   * «Грузы» meet «Грузия». Multi-word names («Кыргызская Республика») list two forms and need stems.
   */
  private static boolean isMultiword(String name) {
    return name.strip().indexOf(' ') > 0 || name.indexOf('-') > 0;
  }

  private void addName(String name, PartyInfo info, boolean stems) {
    parties.add(name, info, PhraseMatcher.Mode.WORDS, false);
    if (stems) {
      parties.add(name, info, PhraseMatcher.Mode.STEMS, false);
    }
  }

  /**
   * Whether {@code variant} is a word of {@code name} («Дели» of «Нью-Дели», «Петербург» of
   * «Санкт-Петербург»): a short form, which stands for the full name. Any other variant is another
   * name or spelling of the city («Алма-Ата», «Ашгабат», «Нур-Султан»), and the place keeps it as
   * the text writes it.
   */
  private static boolean isPartOf(String variant, String name) {
    String v = Tokenizer.keyOf(variant);
    for (String part : Tokenizer.keyOf(name).split("[\\s-]+")) {
      if (part.equals(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The city whose adjective has the base {@code base} ({@link Language#cityAdjectiveBase}): the one
   * with the longest stem the base is made from ({@link Language#cityAdjectiveStem}); null when two
   * cities share it or none fits. Remembered by base: a text names the same few cities again and
   * again, and the answer is found by going through every city.
   */
  City cityOfAdjective(String base) {
    java.util.Optional<City> known = citiesByAdjective.get(base);
    if (known == null) {
      known = java.util.Optional.ofNullable(cityOfAdjectiveAmongAll(base));
      if (citiesByAdjective.size() >= ADJECTIVE_BASES_KEPT) {
        citiesByAdjective.clear();
      }
      citiesByAdjective.put(base, known);
    }
    return known.orElse(null);
  }

  /**
   * The city the adjective {@code key} names: the one cities.tsv lists it of («рижская»: Рига, «уфимской»:
   * Уфа), else the one {@link #cityOfAdjective} derives it from («габалинская»: Габала); null when none.
   */
  City cityOfAdjectiveWord(String key) {
    City listed = citiesByListedAdjective.get(key);
    if (listed != null) {
      return listed;
    }
    String base = language.cityAdjectiveBase(key);
    return base == null ? null : cityOfAdjective(base);
  }

  /** How many adjective bases {@link #cityOfAdjective} keeps; past it, it starts again. */
  private static final int ADJECTIVE_BASES_KEPT = 4096;
  private final Map<String, java.util.Optional<City>> citiesByAdjective = new java.util.concurrent.ConcurrentHashMap<>();

  private City cityOfAdjectiveAmongAll(String base) {
    City best = null;
    int bestLength = 0;
    boolean tie = false;
    for (City city : cityList) {
      for (String name : city.nominatives) {
        int length = language.cityAdjectiveStem(name, base);
        if (length > bestLength) {
          best = city;
          bestLength = length;
          tie = false;
        } else if (length == bestLength && length > 0 && best != null && !best.name.equals(city.name)) {
          tie = true;
        }
      }
    }
    return tie ? null : best;
  }

  /** The capital of the state {@code stateId} as the gazetteer flags it, or null. */
  City capitalOf(String stateId) {
    return capitalsByState.get(stateId);
  }

  private void loadCities(String resource) {
    for (Tsv.Row row : Tsv.read(resource, 6)) {
      List<String> forms = row.values(2);
      Set<String> nominatives = new HashSet<>();
      nominatives.add(Tokenizer.keyOf(row.get(0)));
      row.values(3).forEach(v -> nominatives.add(Tokenizer.keyOf(v)));
      City city = new City(row.get(0), row.get(1), row.get(5).contains("capital"), row.get(5).contains("city-state"), nominatives);
      if (row.values(4).isEmpty()) {
        cityList.add(city);
      }
      if (city.capital) {
        capitalsByState.putIfAbsent(city.country, city);
      }
      addListedAdjectives(row, city);
      addCaseForms(cities, forms, city);
      for (String variant : row.values(3)) {
        City named = isPartOf(variant, city.name) ? city : new City(variant, city.country, city.capital, city.cityState, nominatives);
        cities.add(variant, named, PhraseMatcher.Mode.WORDS, false);
        cities.add(variant, named, PhraseMatcher.Mode.STEMS, false);
      }
    }
  }

  /**
   * A name's case forms, each as written and, unless the name is indeclinable (all its forms alike: a stem would
   * match words it is not), by its stem too.
   */
  private static <T> void addCaseForms(PhraseMatcher<T> matcher, List<String> forms, T value) {
    boolean indeclinable = new HashSet<>(forms).size() == 1;
    for (String form : forms) {
      matcher.add(form, value, PhraseMatcher.Mode.WORDS, false);
      if (!indeclinable) {
        matcher.add(form, value, PhraseMatcher.Mode.STEMS, false);
      }
    }
  }

  /** Every form of the adjectives row {@code row} lists for {@code city}; a form two cities share is an error of the data. */
  private void addListedAdjectives(Tsv.Row row, City city) {
    for (String adjective : row.values(4)) {
      for (String form : language.cityAdjectiveForms(adjective)) {
        City other = citiesByListedAdjective.putIfAbsent(Tokenizer.keyOf(form), city);
        if (other != null && other != city) {
          throw row.error("the adjective form '" + form + "' is also listed for " + other.name);
        }
      }
    }
  }
}
