package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A surname alone in an oblique case («с госпожой Б-а») and the fuller name of the same person
 * («А Б») are one participant, named by the fuller form, whichever the text gives first.
 */
final class PersonMergerLoneSurnameTest {
  private static final PersonMerger MERGER = new PersonMerger(LanguageData.of("ru"));

  private static PersonRecognizer.Person person(String name, int start) {
    PersonRecognizer.Person p = new PersonRecognizer.Person(name);
    p.mentions.add(new Range(start, start + name.length()));
    return p;
  }

  @Test
  void anObliqueSurnameAlone_afterTheFullName_joinsThatPerson() {
    // GIVEN a full name in the nominative, later its surname alone in the dative
    List<PersonRecognizer.Person> merged = MERGER.merge(List.of(person("Игорь Петров", 0), person("Петрову", 50)));
    // THEN they are one person, under the full name, with both mentions
    assertEquals(1, merged.size(), () -> merged.stream().map(p -> p.name).toList().toString());
    assertEquals("Игорь Петров", merged.get(0).name);
    assertEquals(2, merged.get(0).mentions.size());
  }

  @Test
  void anObliqueSurnameAlone_beforeTheFullName_joinsThatPerson() {
    // GIVEN a surname alone in the genitive, later the full name in the nominative
    List<PersonRecognizer.Person> merged = MERGER.merge(List.of(person("Петрова", 0), person("Игорь Петров", 50)));
    // THEN the full name names the one person
    assertEquals(1, merged.size(), () -> merged.stream().map(p -> p.name).toList().toString());
    assertEquals("Игорь Петров", merged.get(0).name);
  }
}
