package dev.entente.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes one participant of the forms a text gives one person in («Э.Рахмон», «Эмомали Рахмон»; «М.М.
 * Касьянов», «М.М.Касьянов»; a Latin «A» typed among Cyrillic letters): the same surname and given
 * names or initials that agree. The fullest form names the person; mentions, party and role are
 * pooled. Drops a «person» that is a noun phrase led by adjectives, none a given name («Великого
 * Национального Собрания» after «Спикер»).
 */
final class PersonMerger {
  private final LanguageData data;
  private final java.util.Map<Character, Character> lookalikes = new java.util.HashMap<>();
  /** What parts a name's words and initials; compiled once, where String.split would compile it per name. */
  private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s.]+");

  PersonMerger(LanguageData data) {
    this.data = data;
    for (String pair : data.words.list(WordClass.LOOKALIKE_PAIR)) {
      lookalikes.put(pair.charAt(0), pair.charAt(1));
    }
  }

  List<PersonRecognizer.Person> merge(List<PersonRecognizer.Person> people) {
    List<PersonRecognizer.Person> kept = new ArrayList<>();
    List<String[]> parts = new ArrayList<>();
    java.util.Map<String, List<Integer>> bySurname = new java.util.HashMap<>();
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
      if (same < 0) {
        namesakes.add(kept.size());
        kept.add(person);
        parts.add(words);
        continue;
      }
      PersonRecognizer.Person into = kept.get(same);
      PersonRecognizer.Person fuller = letters(words) > letters(parts.get(same)) ? person : into;
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
      }
    }
    return kept;
  }

  /** The name's words and initials, folded, with look-alike Latin letters read as the language's own. */
  private String[] parts(String name) {
    StringBuilder b = new StringBuilder();
    for (char c : Tokenizer.keyOf(name).toCharArray()) {
      b.append(lookalikes.getOrDefault(c, c));
    }
    return java.util.Arrays.stream(WORD_BREAK.split(b)).filter(w -> !w.isEmpty()).toArray(String[]::new);
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
   * Whether a «person» is a noun phrase led by adjectives, not a name: every word an adjective, or
   * three words or more whose first two are adjectives («Великого Национального Собрания»), and
   * no word a given name.
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
    return leadingAdjectives == words.length || words.length >= 3 && leadingAdjectives >= 2;
  }

  private static int letters(String[] words) {
    int n = 0;
    for (String w : words) {
      n += w.length();
    }
    return n;
  }
}
