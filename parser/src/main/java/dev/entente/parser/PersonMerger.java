package dev.entente.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes one participant of the forms a text gives one person in («Э.Рахмон», «Эмомали Рахмон»; «М.М.
 * Касьянов», «М.М.Касьянов»; a Latin «A» typed among Cyrillic letters; «Н.А.Назарбаева» in an
 * oblique case after «Н.А.Назарбаев»): the same surname and given names or initials that agree. The fullest form names the person; mentions, party and role are
 * pooled. Drops a «person» that is a noun phrase led by adjectives, none a given name («Великого
 * Национального Собрания» after «Спикер»).
 */
final class PersonMerger {
  private final LanguageData data;
  private final java.util.Map<Character, Character> lookalikes = new java.util.HashMap<>();
  /** The keys of {@link #lookalikes} and, at the same places, their values: looked up by indexOf, unboxed. */
  private final String lookalikeLetters;
  private final String ownLookalikes;

  PersonMerger(LanguageData data) {
    this.data = data;
    StringBuilder from = new StringBuilder();
    StringBuilder to = new StringBuilder();
    for (String pair : data.words.list(WordClass.LOOKALIKE_PAIR)) {
      lookalikes.put(pair.charAt(0), pair.charAt(1));
    }
    for (java.util.Map.Entry<Character, Character> pair : lookalikes.entrySet()) {
      from.append(pair.getKey());
      to.append(pair.getValue());
    }
    this.lookalikeLetters = from.toString();
    this.ownLookalikes = to.toString();
  }

  List<PersonRecognizer.Person> merge(List<PersonRecognizer.Person> people) {
    List<PersonRecognizer.Person> kept = new ArrayList<>();
    List<String[]> parts = new ArrayList<>();
    java.util.Map<String, List<Integer>> bySurname = new java.util.HashMap<>();
    // The people kept under a surname that may be oblique, by its likely nominative.
    java.util.Map<String, List<Integer>> byNominativeSurname = new java.util.HashMap<>();
    for (PersonRecognizer.Person person : people) {
      String[] words = parts(person.name);
      if (words.length == 0 || isAdjectivePhrase(words)) {
        continue;
      }
      int same = -1;
      List<Integer> namesakes = bySurname.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>());
      for (int k : namesakes) {
        if (samePerson(parts.get(k), words)) {
          same = k;
          break;
        }
      }
      boolean oblique = false;
      if (same < 0) {
        // «Н.А.Назарбаева» after «Н.А.Назарбаев»: the surname in an oblique case, with initials that agree;
        // a surname alone in an oblique case («с госпожой Б») after the fuller name («А Б») too.
        String nominative = data.language.nominativeOf(words[words.length - 1]);
        if (!nominative.equals(words[words.length - 1])) {
          String[] asNominative = words.clone();
          asNominative[words.length - 1] = nominative;
          for (int k : bySurname.getOrDefault(nominative, List.of())) {
            if (parts.get(k).length > 1 && samePerson(parts.get(k), asNominative)) {
              same = k;
              oblique = true;
              break;
            }
          }
        }
      }
      boolean nominativeWins = false;
      if (same < 0 && words.length > 1) {
        // «Н.А.Назарбаев» after «Н.А.Назарбаева», or after «Назарбаева» alone: the nominative names the person.
        for (int k : byNominativeSurname.getOrDefault(words[words.length - 1], List.of())) {
          String[] asNominative = parts.get(k).clone();
          asNominative[asNominative.length - 1] = words[words.length - 1];
          if (samePerson(asNominative, words)) {
            same = k;
            nominativeWins = true;
            break;
          }
        }
      }
      boolean misspelt = false;
      if (same < 0 && words.length > 1) {
        same = misspeltNamesake(parts, words);
        misspelt = same >= 0;
      }
      if (same < 0) {
        String nominative = data.language.nominativeOf(words[words.length - 1]);
        if (!nominative.equals(words[words.length - 1])) {
          byNominativeSurname.computeIfAbsent(nominative, k -> new ArrayList<>()).add(kept.size());
        }
        namesakes.add(kept.size());
        kept.add(person);
        parts.add(words);
        continue;
      }
      PersonRecognizer.Person into = kept.get(same);
      PersonRecognizer.Person fuller = misspelt ? (person.mentions.size() > into.mentions.size() ? person : into)
          : nominativeWins || !oblique && letters(words) > letters(parts.get(same)) ? person : into;
      PersonRecognizer.Person other = fuller == person ? into : person;
      fuller.mentions.addAll(other.mentions);
      fuller.mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
      if (fuller.party == null) {
        fuller.party = other.party;
      }
      if (fuller.role == null) {
        fuller.role = other.role;
      }
      kept.set(same, fuller);
      if (fuller == person) {
        parts.set(same, words);
        if (nominativeWins || misspelt) {
          namesakes.add(same);
        }
      }
    }
    kept.replaceAll(this::ownLetters);
    return kept;
  }

  /**
   * The person under a name whose look-alike Latin letters, typed among the language's own
   * («Н.A.Назарбаев» with a Latin «A»), are read as the language's letters; the person unchanged
   * when the name has none or is written in Latin letters throughout.
   */
  private PersonRecognizer.Person ownLetters(PersonRecognizer.Person person) {
    String name = person.name;
    boolean own = false;
    boolean lookalike = false;
    for (int k = 0; k < name.length(); k++) {
      char c = Character.toLowerCase(name.charAt(k));
      own |= ownLookalikes.indexOf(c) >= 0;
      lookalike |= lookalikeLetters.indexOf(c) >= 0;
    }
    if (!own || !lookalike) {
      return person;
    }
    StringBuilder b = new StringBuilder(name.length());
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      Character mapped = lookalikes.get(Character.toLowerCase(c));
      b.append(mapped == null ? c : Character.isUpperCase(c) ? Character.toUpperCase(mapped) : mapped);
    }
    PersonRecognizer.Person fixed = new PersonRecognizer.Person(b.toString());
    fixed.party = person.party;
    fixed.role = person.role;
    fixed.rule = person.rule;
    fixed.mentions.addAll(person.mentions);
    return fixed;
  }

  /**
   * The name's words and initials, folded, with look-alike Latin letters read as the language's own:
   * split in one pass over the key's characters at {@link #isWordBreak} ones.
   */
  private String[] parts(String name) {
    String key = Tokenizer.keyOf(name);
    List<String> words = new ArrayList<>(4);
    char[] word = new char[key.length()];
    int length = 0;
    for (int k = 0; k < key.length(); k++) {
      char c = key.charAt(k);
      if (isWordBreak(c)) {
        if (length > 0) {
          words.add(new String(word, 0, length));
          length = 0;
        }
        continue;
      }
      int at = lookalikeLetters.indexOf(c);
      word[length++] = at >= 0 ? ownLookalikes.charAt(at) : c;
    }
    if (length > 0) {
      words.add(new String(word, 0, length));
    }
    return words.toArray(new String[0]);
  }

  /**
   * What parts a name's words and initials: a full stop or a whitespace character as the regular
   * expression {@code [\s.]} reads it (ASCII only), so a no-break space stays inside a word.
   */
  private static boolean isWordBreak(char c) {
    return c == '.' || c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
  }

  /** Fewest letters of a surname that a slip of one letter leaves recognisable (shorter ones are other names). */
  private static final int MISSPELT_SURNAME_LETTERS = 6;

  /**
   * «Нурсултан Назарбаевап» after «Нурсултан Назарбаев»: the index of the person kept whose name has as
   * many words, the same given names, and a surname one letter off this one's or off an oblique form
   * of it (both {@value #MISSPELT_SURNAME_LETTERS} letters or more): a typing slip, not a namesake. -1
   * when none.
   */
  private int misspeltNamesake(List<String[]> kept, String[] words) {
    String surname = words[words.length - 1];
    if (surname.length() < MISSPELT_SURNAME_LETTERS) {
      return -1;
    }
    for (int k = 0; k < kept.size(); k++) {
      String[] other = kept.get(k);
      String otherSurname = other[other.length - 1];
      if (other.length != words.length || otherSurname.length() < MISSPELT_SURNAME_LETTERS
          || !Leaders.oneEditFrom(otherSurname, surname) && !slipAfterAnEnding(otherSurname, surname)) {
        continue;
      }
      boolean sameGiven = true;
      for (int w = 0; w < words.length - 1 && sameGiven; w++) {
        sameGiven = words[w].equals(other[w]);
      }
      if (sameGiven) {
        return k;
      }
    }
    return -1;
  }

  /**
   * «Назарбаевап» beside «Назарбаев»: a letter typed after an oblique form («Назарбаева») of the
   * surname, which the nominative then keeps.
   */
  private boolean slipAfterAnEnding(String surname, String slipped) {
    return slipped.length() > surname.length() + 1 && slipped.startsWith(surname)
        && data.language.nominativeOf(slipped.substring(0, slipped.length() - 1)).equals(surname);
  }

  /** Same surname (the last word), and each given name or initial agrees with the other's. */
  private static boolean samePerson(String[] a, String[] b) {
    if (!a[a.length - 1].equals(b[b.length - 1])) {
      return false;
    }
    for (int k = 0; k < Math.min(a.length, b.length) - 1; k++) {
      if (a[k].charAt(0) != b[k].charAt(0) || !(a[k].startsWith(b[k]) || b[k].startsWith(a[k]))
          && a[k].length() > 1 && b[k].length() > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a «person» is a noun phrase led by adjectives, not a name: one adjective in an oblique
   * case, every word of two or more an adjective, or three words or more whose first two are
   * adjectives («Великого Национального Собрания»), and no word a given name.
   */
  private boolean isAdjectivePhrase(String[] words) {
    int leadingAdjectives = 0;
    for (int i = 0; i < words.length; i++) {
      if (data.lexicons.givenNames.contains(words[i])) {
        return false;
      }
      if (leadingAdjectives == i && data.language.isAdjective(words[i])) {
        leadingAdjectives++;
      }
    }
    // One word alone is an adjective only in a case no name takes («Национального» after «Председатель»):
    // by its ending alone an English one-word name is as often a surname («Annan», «Sleiman»).
    boolean oneObliqueAdjective = words.length == 1 && leadingAdjectives == 1 && !data.language.isNominative(words[0]);
    return oneObliqueAdjective || words.length > 1 && leadingAdjectives == words.length
        || words.length >= 3 && leadingAdjectives >= 2;
  }

  private static int letters(String[] words) {
    int n = 0;
    for (String w : words) {
      n += w.length();
    }
    return n;
  }
}
