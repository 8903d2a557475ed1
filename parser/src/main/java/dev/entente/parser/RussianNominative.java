package dev.entente.parser;

import dev.entente.model.TextFold;
import dev.entente.parser.RussianDictionary.PartOfSpeech;
import dev.entente.parser.RussianDictionary.Reading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Russian names put in the nominative with the {@link RussianDictionary}: the head phrase of a thing's
 * name («пятого саммита» → «пятый саммит», «Парижской хартии» → «Парижская хартия») and a person's
 * name («Владимиром Путиным» → «Владимир Путин»). The dictionary says which case, number and gender
 * the words share; its generating half gives each word's nominative in that number and gender, so
 * adjectives agree with their noun whatever their stem. Capitals, «ё» and hyphens stay as written:
 * only the changed ending is taken from the dictionary.
 */
final class RussianNominative {
  /** What {@link #headPhrase} returns when the dictionary lacks a word it needs: the rules decide. */
  static final String[] UNKNOWN = new String[0];
  /** The cases a name in a sentence can take, nominative first. */
  private static final String[] CASES = {"Nom", "R", "D", "V", "T", "P"};
  /** The genders a person's name is read in, masculine first («m», «f» as the dictionary's readings mark them). */
  private static final char[] GENDERS = {'m', 'f'};

  private final RussianDictionary dictionary;
  private final Russian russian;

  /** With the Russian class for the endings that are not words: numerals' ordinal suffixes, compounds' first parts. */
  RussianNominative(RussianDictionary dictionary, Russian russian) {
    this.dictionary = dictionary;
    this.russian = russian;
  }

  /**
   * The words of a head phrase in the nominative: the modifiers (adjectives, ordinals, participles,
   * numerals), then from {@code headFrom} on the head noun, then its complements, kept as written.
   * Null when the phrase is in the nominative already (a reading of it is) or is no head phrase (a
   * word before the head that is no modifier: «итогов Высшего Совета»); {@link #UNKNOWN} when the
   * dictionary lacks a word before the head, or the words agree in no case.
   */
  String[] headPhrase(String[] written, int headFrom) {
    int n = written.length;
    String[] keys = new String[n];
    String[] prefixes = new String[n];
    List<List<Reading>> readings = new ArrayList<>(n);
    int head = -1;
    for (int i = 0; i < n && head < 0; i++) {
      keys[i] = Tokenizer.keyOf(written[i]);
      readings.add(null);
      if (isNumeral(written[i]) || isNumeralOrdinalSuffix(written, keys, i)) {
        continue;
      }
      List<Reading> r = dictionary.analyse(keys[i]);
      if (r.isEmpty()) {
        if (russian.isCompoundPart(keys[i]) && !russian.isAdjective(keys[i]) && i + 1 < n) {
          continue;   // the first part of a compound adjective, «российско-»
        }
        int tail = compoundTail(keys[i]);
        if (tail < 0) {
          return UNKNOWN;
        }
        prefixes[i] = keys[i].substring(0, tail);
        r = dictionary.analyse(keys[i].substring(tail));
      }
      readings.set(i, r);
      if (has(r, PartOfSpeech.MODIFIER) && i + 1 < n) {
        continue;
      }
      if (i < headFrom || !has(r, PartOfSpeech.NOUN)) {
        return null;
      }
      head = i;
    }
    if (head < 0) {
      return null;
    }
    Reading noun = agreeingNoun(readings, head, russian.isPluralHead(keys[head]));
    if (noun == null) {
      return UNKNOWN;
    }
    if (noun.inCase("Nom")) {
      return null;
    }
    String[] out = written.clone();
    char gender = noun.plural() ? 'p' : noun.gender() == 0 ? 'm' : noun.gender();
    String headForm = dictionary.synthesise(noun.lemma(), RussianDictionary.nominativeTag(noun, (char) 0),
        prefixes[head] == null ? keys[head] : keys[head].substring(prefixes[head].length()));
    if (headForm == null) {
      return UNKNOWN;
    }
    out[head] = transfer(written[head], keys[head], withPrefix(prefixes[head], headForm));
    for (int i = 0; i < head; i++) {
      List<Reading> r = readings.get(i);
      if (r == null) {
        if (isNumeralOrdinalSuffix(written, keys, i)) {
          out[i] = russian.numeralOrdinalSuffix(gender);
        }
        continue;
      }
      Reading modifier = agreeing(r, noun);
      if (modifier.inCase("Nom")) {
        continue;
      }
      String form = dictionary.synthesise(modifier.lemma(), RussianDictionary.nominativeTag(modifier, gender),
          prefixes[i] == null ? keys[i] : keys[i].substring(prefixes[i].length()));
      if (form == null) {
        return UNKNOWN;
      }
      out[i] = transfer(written[i], keys[i], withPrefix(prefixes[i], form));
    }
    return Arrays.equals(out, written) ? null : out;
  }

  /**
   * A person's name words in the nominative, for the words the dictionary knows as names (given
   * names, surnames, patronymics) and which share one case and gender; null entries for the words it
   * does not know as names («Си», «Цзиньпина»), which the caller's rules decide. The words change
   * only when {@code oblique} (the role before the name is in an oblique case) and some reading
   * of them all is oblique, or when no reading of them all is the nominative («Д. Медведевым»).
   * After an oblique role a foreign name whose words share no case changes in the words that share
   * an oblique one, the rest read as indeclinable («Самией Сулуху Хассан» → «Самия Сулуху Хассан»).
   */
  String[] personName(String[] written, boolean oblique) {
    int n = written.length;
    String[] out = new String[n];
    String[] keys = new String[n];
    List<List<Reading>> names = new ArrayList<>(n);
    int declinable = 0;
    for (int i = 0; i < n; i++) {
      keys[i] = Tokenizer.keyOf(written[i]);
      List<Reading> r = keys[i].length() > 1 ? personNameReadings(dictionary.analyse(keys[i])) : List.of();
      names.add(r);
      if (!r.isEmpty()) {
        out[i] = written[i];
        if (r.stream().anyMatch(x -> x.grammaticalCase() != null)) {
          declinable++;
        }
      }
    }
    if (declinable == 0) {
      return out;
    }
    String chosenCase = null;
    char chosenGender = 0;
    for (String c : CASES) {
      for (char g : GENDERS) {
        if (chosenCase == null && coversAll(names, c, g) && (!c.equals("Nom") || !oblique)) {
          chosenCase = c;
          chosenGender = g;
        }
      }
    }
    boolean partly = false;
    if (chosenCase == null && oblique) {
      // «Самией Сулуху Хассан», «Чан Тхань Маном»: in a foreign name after an oblique role the words
      // that decline take the case, and the others («Хассан» of a woman, «Чан») stay as written.
      int bestFits = 0;
      for (String c : CASES) {
        for (char g : GENDERS) {
          int fits = c.equals("Nom") ? -1 : obliqueFits(names, c, g);
          if (fits > bestFits) {
            bestFits = fits;
            chosenCase = c;
            chosenGender = g;
          }
        }
      }
      partly = chosenCase != null;
    }
    if (chosenCase == null || chosenCase.equals("Nom")) {
      return out;
    }
    for (int i = 0; i < n; i++) {
      if (partly && !obliqueOnly(names.get(i), chosenCase, chosenGender)) {
        continue;
      }
      for (Reading r : names.get(i)) {
        if (r.inCase(chosenCase) && !r.plural() && r.gender() == chosenGender) {
          String form = dictionary.synthesise(r.lemma(), RussianDictionary.nominativeTag(r, (char) 0), keys[i]);
          out[i] = form == null ? null : transfer(written[i], keys[i], form);
          break;
        }
      }
    }
    return out;
  }

  private static List<Reading> personNameReadings(List<Reading> readings) {
    List<Reading> names = new ArrayList<>(readings.size());
    for (Reading r : readings) {
      if (r.pos() == PartOfSpeech.PERSON_NAME) {
        names.add(r);
      }
    }
    return names;
  }

  /**
   * How many name words have a singular reading of case {@code c} and gender {@code g} and none in the
   * nominative, where every other one may be an indeclinable foreign word: read in the nominative, or of
   * no case («Хассан» of a woman, «Чан»); -1 where one is in another oblique case alone.
   */
  private static int obliqueFits(List<List<Reading>> names, String c, char g) {
    int fits = 0;
    for (List<Reading> word : names) {
      if (obliqueOnly(word, c, g)) {
        fits++;
        continue;
      }
      boolean indeclinable = word.isEmpty();
      for (Reading r : word) {
        indeclinable |= r.grammaticalCase() == null || r.inCase("Nom");
      }
      if (!indeclinable) {
        return -1;
      }
    }
    return fits;
  }

  /**
   * Whether a word has a singular reading of case {@code c} and gender {@code g} and none in the
   * nominative («Маном», «Самией»; not «Тани» of «Аль-Тани», a plural nominative too).
   */
  private static boolean obliqueOnly(List<Reading> word, String c, char g) {
    boolean fits = false;
    for (Reading r : word) {
      if (r.inCase("Nom")) {
        return false;
      }
      fits |= r.inCase(c) && !r.plural() && r.gender() == g;
    }
    return fits;
  }

  /** Whether every declinable name word has a singular reading of case {@code c} and gender {@code g}. */
  private static boolean coversAll(List<List<Reading>> names, String c, char g) {
    for (List<Reading> word : names) {
      boolean declinable = false;
      boolean fits = false;
      for (Reading r : word) {
        declinable |= r.grammaticalCase() != null;
        fits |= r.inCase(c) && !r.plural() && r.gender() == g;
      }
      if (declinable && !fits) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the longest noun or adjective the dictionary knows starts inside an unknown word, after
   * at least three letters and leaving at least five: «медиафоруме» → 5 («форуме»); -1 when there
   * is none.
   */
  private int compoundTail(String key) {
    for (int start = 3; start <= key.length() - 5; start++) {
      List<Reading> tail = dictionary.analyse(key.substring(start));
      if (has(tail, PartOfSpeech.NOUN) || has(tail, PartOfSpeech.MODIFIER)) {
        return start;
      }
    }
    return -1;
  }

  private static String withPrefix(String prefix, String form) {
    return prefix == null ? form : prefix + form;
  }

  /**
   * The head noun's reading that every modifier before it agrees with (case, and number or gender):
   * the singular first (the nominative, then an oblique case), then the plural, unless {@code
   * pluralHead}: then its plural nominative first. Forms that may be a plural nominative or a
   * singular oblique case («встречи», «Договора») are thus read as singular, as the names of this
   * genre mostly stand in oblique cases; a head listed in its plural («консультации», «переговоры»)
   * names one thing in the plural. Within each step an inanimate reading comes before an animate
   * one. Null when there is none.
   */
  private static Reading agreeingNoun(List<List<Reading>> readings, int head, boolean pluralHead) {
    Reading best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Reading noun : readings.get(head)) {
      if (noun.pos() != PartOfSpeech.NOUN || noun.grammaticalCase() == null) {
        continue;
      }
      boolean agree = true;
      for (int i = 0; i < head && agree; i++) {
        agree = readings.get(i) == null || agreeing(readings.get(i), noun) != null;
      }
      // Things are named, not people: «политике» is «политика», not «политик».
      int rank = 2 * (pluralHead && noun.plural() && noun.inCase("Nom") ? -1
          : (noun.plural() ? 2 : 0) + (noun.inCase("Nom") ? 0 : 1)) + (noun.animate() ? 1 : 0);
      if (agree && rank < bestRank) {
        best = noun;
        bestRank = rank;
      }
    }
    return best;
  }

  /** The modifier reading among {@code readings} that agrees with {@code noun}, or null. */
  private static Reading agreeing(List<Reading> readings, Reading noun) {
    for (Reading r : readings) {
      if (r.pos() == PartOfSpeech.MODIFIER && noun.grammaticalCase().equals(r.grammaticalCase())
          && (noun.plural() ? r.plural() : !r.plural() && (noun.gender() == 0 || r.gender() == noun.gender()))) {
        return r;
      }
    }
    return null;
  }

  private static boolean has(List<Reading> readings, PartOfSpeech pos) {
    for (Reading r : readings) {
      if (r.pos() == pos) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code written} with the ending of {@code form}: the letters it shares with its key stay as
   * written (capitals, «ё»), the rest comes from the dictionary's form, in capitals when the word
   * is written in capitals («ВСТРЕЧИ» → «ВСТРЕЧА»).
   */
  static String transfer(String written, String key, String form) {
    int common = 0;
    while (common < key.length() && common < form.length() && key.charAt(common) == TextFold.fold(form.charAt(common))) {
      common++;
    }
    String tail = form.substring(common);
    boolean capitals = written.length() > 1 && written.chars().noneMatch(Character::isLowerCase);
    return written.substring(0, common) + (capitals ? tail.toUpperCase(Locale.ROOT) : tail);
  }

  static boolean isNumeral(String word) {
    return !word.isEmpty() && (Character.isDigit(word.charAt(0)) || "IVXLC".indexOf(word.charAt(0)) >= 0
        && word.chars().allMatch(ch -> "IVXLC".indexOf(ch) >= 0));
  }

  private boolean isNumeralOrdinalSuffix(String[] written, String[] keys, int i) {
    return i > 0 && !written[i - 1].isEmpty() && Character.isDigit(written[i - 1].charAt(written[i - 1].length() - 1))
        && russian.isNumeralOrdinalSuffix(keys[i]);
  }
}
