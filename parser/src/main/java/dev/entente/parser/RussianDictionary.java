package dev.entente.parser;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The Russian morphological dictionary of LanguageTool's {@code language-ru} (AOT's dictionary,
 * LGPL-2.1), read with morfologik: what a word form is (its lemma, part of speech, gender, number
 * and case) and which form a lemma takes for given tags. {@link Russian} uses it to put the names
 * of people and of things in the nominative; nothing else in the parser looks words up here.
 *
 * <p>The two dictionaries (2.3 MB to analyse, 1.5 MB to generate) are read on first use, once per
 * JVM ({@link #get()}), so a run whose documents name nothing in an oblique case never pays for
 * them. When they are not on the class path (a user excluded {@code org.languagetool:language-ru}),
 * {@link #get()} returns null and the Russian rules name things without them.
 *
 * <p>Thread-safe: the dictionaries are immutable; morfologik's look-up objects are not, so each
 * thread has its own. Analyses and generated forms are cached, up to {@link #CACHE_LIMIT} of each.
 */
final class RussianDictionary {
  private static final String FOLDER = "/org/languagetool/resource/ru/";
  /** Forms whose analyses are kept; past it the cache starts again, so memory stays bounded on any corpus. */
  static final int CACHE_LIMIT = 50_000;

  /**
   * One analysis of a word form. {@code gender} is m, f, n or 0; {@code grammaticalCase} is Nom, R, D,
   * V, T, P or Z (the second genitive and locative read as R and P), null when the tag has none.
   */
  record Reading(String lemma, String tag, PartOfSpeech pos, char gender, boolean plural, String grammaticalCase) {
    /** Whether this reading's case is {@code c} («Nom», «R», «D», «V», «T», «P»). */
    boolean inCase(String c) {
      return c.equals(grammaticalCase);
    }

    /** Whether the dictionary marks this noun reading as animate («политик», not «политика»). */
    boolean animate() {
      return tag.contains(":Anim:");
    }
  }

  /** The parts of speech the nominative needs to tell apart; every other tag is {@link #OTHER}. */
  enum PartOfSpeech {
    /** A common noun (tag NN, not a name). */
    NOUN,
    /** A given name (NN:Name), a surname (NN:Fam) or a patronymic (NN:Patr). */
    PERSON_NAME,
    /** A word that agrees with a noun: an adjective (ADJ), ordinal (Ord) or participle (PT). */
    MODIFIER,
    /** Anything else: verbs, abbreviations, prepositions, short forms. */
    OTHER
  }

  private final Dictionary analysis;
  private final Dictionary synthesis;
  private final ThreadLocal<DictionaryLookup> analyser;
  private final ThreadLocal<DictionaryLookup> synthesiser;
  private final Map<String, List<Reading>> cache = new ConcurrentHashMap<>();
  private final Map<String, String> forms = new ConcurrentHashMap<>();
  /** {@link #onlyPredicate}'s answers by key, bounded like {@link #cache}. */
  private final Map<String, Boolean> predicateOnly = new ConcurrentHashMap<>();

  private RussianDictionary(Dictionary analysis, Dictionary synthesis) {
    this.analysis = analysis;
    this.synthesis = synthesis;
    this.analyser = ThreadLocal.withInitial(() -> new DictionaryLookup(this.analysis));
    this.synthesiser = ThreadLocal.withInitial(() -> new DictionaryLookup(this.synthesis));
  }

  /**
   * Read once, by the first thread that asks (the holder idiom: the JVM makes it thread-safe and
   * lazy); a failure is kept, so that every later call reports it, not only the first.
   */
  private static final class Holder {
    static final Object INSTANCE = loadOrFailure();

    private static Object loadOrFailure() {
      try {
        return Optional.ofNullable(load(RussianDictionary.class::getResource));
      } catch (IllegalStateException e) {
        return e;
      }
    }
  }

  /**
   * The dictionary, read on the first call; null when its files are not on the class path.
   *
   * @throws IllegalStateException naming the file when a dictionary file is there but cannot be read
   */
  static RussianDictionary get() {
    Object loaded = Holder.INSTANCE;
    if (loaded instanceof IllegalStateException failure) {
      throw new IllegalStateException(failure.getMessage(), failure);
    }
    return ((Optional<?>) loaded).map(RussianDictionary.class::cast).orElse(null);
  }

  /** The dictionary whose files {@code resources} finds by class-path name; null when it finds none. */
  static RussianDictionary load(Function<String, URL> resources) {
    URL analysis = resources.apply(FOLDER + "russian.dict");
    URL synthesis = resources.apply(FOLDER + "russian_synth.dict");
    if (analysis == null || synthesis == null) {
      return null;
    }
    return new RussianDictionary(read(analysis), read(synthesis));
  }

  private static Dictionary read(URL url) {
    try {
      return Dictionary.read(url);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read the Russian dictionary " + url + ": " + e.getMessage(), e);
    }
  }

  /**
   * Every analysis of a word form, given as a token's key (lower case, «ё» as «е»); empty when the
   * dictionary does not know the form (foreign names, abbreviations).
   */
  List<Reading> analyse(String key) {
    List<Reading> readings = cache.get(key);
    if (readings != null) {
      return readings;
    }
    List<Reading> found = new ArrayList<>(4);
    for (WordData data : analyser.get().lookup(key)) {
      CharSequence stem = data.getStem();
      CharSequence tag = data.getTag();
      if (stem != null && tag != null) {
        found.add(reading(stem.toString(), tag.toString()));
      }
    }
    readings = List.copyOf(found);
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(key, readings);
    return readings;
  }

  /**
   * Whether the dictionary reads a key only as a verb form, gerund, short participle, pronoun or
   * adverb (false for a key it does not know). Asked per token by the name extent, so the answer is
   * kept per key.
   */
  boolean onlyPredicate(String key) {
    Boolean known = predicateOnly.get(key);
    if (known != null) {
      return known;
    }
    boolean only = onlyPredicate(analyse(key));
    if (predicateOnly.size() >= CACHE_LIMIT) {
      predicateOnly.clear();
    }
    predicateOnly.put(key, only);
    return only;
  }

  /** {@link #onlyPredicate(String)} over a key's readings, not kept. */
  static boolean onlyPredicate(List<Reading> readings) {
    if (readings.isEmpty()) {
      return false;
    }
    for (Reading r : readings) {
      String tag = r.tag();
      if (!(tag.startsWith("VB") || tag.startsWith("DPT") || tag.startsWith("PT_Short") || tag.startsWith("PNN")
          || tag.startsWith("ADV"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The form of {@code lemma} that {@code tag} names («первый», «Ord:Fem:Nom» → «первая»), or null;
   * of several («высокий», «ADJ:Sup:Masc:Nom» → «высший», «высочайший»), the one that shares the
   * longest beginning with {@code like}, the form the text wrote.
   */
  String synthesise(String lemma, String tag, String like) {
    String key = lemma + "|" + tag + "|" + like;
    String form = forms.get(key);
    if (form == null) {
      form = synthesiseOnce(lemma, tag, like);
      if (forms.size() >= CACHE_LIMIT) {
        forms.clear();
      }
      forms.put(key, form == null ? "" : form);
    }
    return form == null || form.isEmpty() ? null : form;
  }

  private String synthesiseOnce(String lemma, String tag, String like) {
    String best = null;
    int bestCommon = -1;
    for (WordData data : synthesiser.get().lookup(lemma + "|" + tag)) {
      String form = data.getStem().toString();
      int common = 0;
      while (common < form.length() && common < like.length() && form.charAt(common) == like.charAt(common)) {
        common++;
      }
      if (common > bestCommon) {
        best = form;
        bestCommon = common;
      }
    }
    return best;
  }

  /**
   * The tag of {@code reading} in the nominative and, when {@code gender} is not 0, in that gender
   * (m, f, n) or, for p, the plural: «ADJ:Posit:Fem:R» with m → «ADJ:Posit:Masc:Nom». Tags name gender
   * and number in one place for modifiers («Fem» or «PL»), in two for nouns («Fem:Sin»).
   */
  static String nominativeTag(Reading reading, char gender) {
    String[] parts = reading.tag().split(":", -1);
    for (int k = 0; k < parts.length; k++) {
      String part = parts[k];
      if (isCase(part)) {
        parts[k] = "Nom";
      } else if (gender != 0 && (part.equals("Masc") || part.equals("Fem") || part.equals("Neut") || part.equals("PL"))) {
        parts[k] = gender == 'm' ? "Masc" : gender == 'f' ? "Fem" : gender == 'n' ? "Neut" : "PL";
      }
    }
    return String.join(":", parts);
  }

  private static Reading reading(String lemma, String tag) {
    String[] parts = tag.split(":", -1);
    PartOfSpeech pos = switch (parts[0]) {
      case "NN" -> parts.length > 1 && (parts[1].equals("Name") || parts[1].equals("Fam") || parts[1].equals("Patr"))
          ? PartOfSpeech.PERSON_NAME : PartOfSpeech.NOUN;
      case "ADJ", "Ord", "PT" -> PartOfSpeech.MODIFIER;
      default -> PartOfSpeech.OTHER;
    };
    if (pos == PartOfSpeech.MODIFIER && parts.length > 1 && (parts[1].equals("Short") || parts[1].equals("Comp"))) {
      pos = PartOfSpeech.OTHER;
    }
    char gender = 0;
    boolean plural = false;
    String grammaticalCase = null;
    for (int k = 1; k < parts.length; k++) {
      switch (parts[k]) {
        case "Masc" -> gender = 'm';
        case "Fem" -> gender = 'f';
        case "Neut" -> gender = 'n';
        case "PL" -> plural = true;
        default -> {
          if (isCase(parts[k])) {
            grammaticalCase = parts[k].startsWith("2") ? parts[k].substring(1) : parts[k];
          }
        }
      }
    }
    return new Reading(lemma, tag, pos, gender, plural, grammaticalCase);
  }

  private static boolean isCase(String part) {
    switch (part) {
      case "Nom", "R", "2R", "D", "V", "T", "P", "2P", "Z":
        return true;
      default:
        return false;
    }
  }
}
