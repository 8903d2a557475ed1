package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A person named again by given name and patronymic, as a speaker addresses a guest politely («визит
 * г-на Бахтиёра Одиловича»), is the person of that given name named before, not someone else. Points
 * written for these tests in the house style of agency reports of talks.
 */
final class PatronymicAddressTest {

  private static List<String> names(String... points) {
    return PersonRecognizerTest.participantsIn(points).stream()
        .map(p -> p.name() + "/" + p.mentions().size()).collect(Collectors.toList());
  }

  @Test
  void givenNameAndPatronymic_nameThePersonOfThatGivenName() {
    assertEquals(List.of("Бахтиёр Саидов/3"), names(
        "Министр иностранных дел Республики Узбекистан Бахтиёр Саидов посетил Астану.",
        "Стороны отметили итоги визита Бахтиёра Саидова.",
        "В рамках визита г-на Бахтиёра Одиловича состоялось заседание совместной комиссии."));
  }

  @Test
  void givenNameAndPatronymic_withTwoPeopleOfThatGivenName_staysApart() {
    // GIVEN two people of one given name and then a given name with a patronymic
    List<String> found = names(
        "Министр иностранных дел Республики Узбекистан Бахтиёр Саидов и министр экономики Республики Узбекистан"
            + " Бахтиёр Каримов посетили Астану.",
        "В рамках визита г-на Бахтиёра Одиловича состоялось заседание совместной комиссии.");
    // THEN no one is merged: which of the two is meant the text does not say
    assertEquals(3, found.size(), () -> "participants: " + found);
  }
}
