package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A newspaper prints its headings letter-spaced («С О В М Е С Т Н О Е  З А Я В Л Е Н И Е») and OCR reads
 * them as words of one letter: two such letters, or a surname broken into lower-case letters, are no
 * person. One-letter initials before a surname and short Chinese or Korean names still count. Every text
 * is written for these tests.
 */
final class LetterSpacedNoPersonTest {

  private static String names(Document doc) {
    List<Participant> found = doc.participants();
    return found.stream().map(Participant::name).sorted().collect(Collectors.joining(", "));
  }

  @Test
  void numberSignsInACapitalHeading_giveNoPerson() {
    Document doc = Parser.russian().parse("spaced", "ЗАЯВЛЕНИЕ ВЕРХОВНОГО СОВЕТА\n\n"
        + "О ПРИНЯТИИ СОВЕТОМ 12 МАЯ 1994 ГОДА РЕШЕНИЙ N 41-Р И N 42-Р\n\n"
        + "Верховный Совет заявляет, что Председатель Верховного Совета Иван Петренко и Министр иностранных дел"
        + " Сергей Ковальчук провели переговоры.\n");
    assertEquals("Иван Петренко, Сергей Ковальчук", names(doc));
  }

  @Test
  void surnameBrokenIntoLetters_givesNoPerson() {
    Document doc = Parser.russian().parse("spaced", "Совместное заявление\n\n"
        + "Беседа Н.С.Х р у щ е в а с послом (2 стр.).\n\n"
        + "Министр иностранных дел СССР А. А. Громыко и Министр иностранных дел Финляндии"
        + " Ахти Карьялайнен подписали протокол.\n");
    assertEquals("А.А.Громыко, Ахти Карьялайнен", names(doc));
  }

  @Test
  void initialsWithoutDotsAndShortNames_stillCount() {
    assertEquals(false, PersonRecognizer.letterSpaced(new PersonRecognizer.Person("A J Nicholson")));
    assertEquals(false, PersonRecognizer.letterSpaced(new PersonRecognizer.Person("Ван И")));
    assertEquals(false, PersonRecognizer.letterSpaced(new PersonRecognizer.Person("Ро Дэ У")));
    assertEquals(true, PersonRecognizer.letterSpaced(new PersonRecognizer.Person("И Е")));
    assertEquals(true, PersonRecognizer.letterSpaced(new PersonRecognizer.Person("Н.С.Х р у щ е в")));
  }
}
