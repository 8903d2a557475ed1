package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the words of a name may be: words the language knows only as common nouns or adjectives make no name
 * (a body or a region a role's name search ran onto), and a surname written in capitals after a given name the
 * lexicon knows is one. Every text is written for these tests.
 */
final class PersonNameWordsTest {

  private static String names(String... sentences) {
    List<Participant> found = PersonRecognizerTest.participantsIn(sentences);
    return found.stream().map(Participant::name).sorted().collect(Collectors.joining(", "));
  }

  @Test
  void bodyAfterARoleWhoseNameIsMisprinted_isNoPerson() {
    // GIVEN a role whose holder's initials lost a stop after the body it heads
    // WHEN the statement is parsed
    String found = names("В беседе участвовали Председатель Президиума Верховного Совета СССР Н. К Петров"
        + " и министр иностранных дел СССР А. А. Громыко.");
    // THEN the body's words are no person; the holder is read by his initials all the same, and the minister
    // still is one
    assertEquals("А.А.Громыко, Н.К Петров", found);
  }

  @Test
  void regionInAnOfficialsPortfolio_isNoPerson() {
    // GIVEN an official listed with a portfolio that ends in a region's name
    // WHEN the statement is parsed
    String found = names("Делегацию возглавлял Кристиан Доннелли, помощник государственного секретаря США по вопросам"
        + " Западной Африки.");
    // THEN the region's words are no person, and the official is one
    assertEquals("Кристиан Доннелли", found);
  }

  @Test
  void surnameInCapitalsAfterAGivenName_isAName() {
    // GIVEN a head of government whose surname a page prints in capitals, with the date straight after it
    // WHEN the statement is parsed
    String found = names("Премьер-министр Японии Синдзо АБЭ 12 мая 2016 года посетил с визитом Республику Казахстан.");
    // THEN the person is found, the surname as written
    assertEquals("Синдзо АБЭ", found);
  }

  @Test
  void abbreviationAfterAGivenName_isNoSurname() {
    // GIVEN a given name before an abbreviation of a body in capitals
    // WHEN the statement is parsed
    String found = names("Министр Сергей Лавров заявил журналистам МИД, что стороны сделают все возможное.");
    // THEN the abbreviation is not taken for the surname
    assertEquals("Сергей Лавров", found);
  }
}
