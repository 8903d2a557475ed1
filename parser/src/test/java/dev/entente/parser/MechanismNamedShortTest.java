package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A mechanism whose words are all among one fuller name's of its kind is that one named short (an
 * organisation named by its first word is that organisation); words of the fuller one before a complement
 * that the short one lacks («… Meeting Plus», «Деловой совет»), or words of its own on both sides, keep two.
 * Sentences written for these tests.
 */
final class MechanismNamedShortTest {
  private static final Parser ENGLISH = Parser.english();
  private static final Parser RUSSIAN = Parser.russian();

  private static List<String> russian(String body) {
    Document doc = RUSSIAN.parse("ru-short", "Совместное заявление Республики Казахстан и Республики Узбекистан\n\n"
        + "Астана, 10 июня 2025 года\n\n" + body + "\n");
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> mechanisms(String body) {
    Document doc = ENGLISH.parse("en-short", "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n"
        + body + "\n");
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  @Test
  void theSidesPanels_namedByTheirPartiesAndInFull_areOne() {
    assertEquals(List.of("Implementing Panels for the Canada-Chile Fisheries"),
        mechanisms("1. The Leaders thanked the Canada and Chile Implementing Panels for their work.\n\n"
            + "2. The Implementing Panels for the Canada-Chile Fisheries Agreement will report to the Ministers."));
  }

  @Test
  void aWordAfterTheHead_makesAnotherBody() {
    assertEquals(List.of("ASEAN Defence Ministers' Meeting", "ASEAN Defence Ministers' Meeting Plus"),
        mechanisms("1. The Leaders commended the ASEAN Defence Ministers' Meeting and the ASEAN Defence Ministers'"
            + " Meeting Plus."));
  }

  @Test
  void twoNamesEachWithAPartyOfTheirOwn_stayTwo() {
    assertEquals(List.of("India-Japan Joint Commission", "India-Australia Joint Commission"),
        mechanisms("1. The Leaders commended the India-Japan Joint Commission and the India-Australia Joint Commission."));
  }

  @Test
  void aCouncilOfTheOrganisationNamedByItsFirstWord_isTheCouncilNamedByItsAbbreviation() {
    assertEquals(List.of("Совет глав государств СНГ", "Совет министров иностранных дел Содружества Независимых Государств"),
        russian("1. Стороны приветствуют решения Совета глав государств СНГ.\n\n2. Совет министров иностранных дел"
            + " Содружества Независимых Государств подготовит доклад для Совета глав государств Содружества."));
  }

  @Test
  void aWordBeforeTheFullerOnesHead_makesAnotherBody() {
    assertEquals(List.of("Деловой совет ШОС", "Совет Межбанковского объединения ШОС"),
        russian("1. Стороны отметили работу Делового совета ШОС и Совета Межбанковского объединения ШОС."));
  }
}
