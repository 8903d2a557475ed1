package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A programme, initiative, doctrine, plan or port named after a person («the Jean Monnet Programme», «the
 * Jawaharlal Nehru Port», «план Джорджа Маршалла») names a thing: the person is no one taking part. A verb
 * «plan» in lower case after a name leaves the person. Texts written for the test.
 */
final class EponymousInitiativesTest {

  private static List<String> people(Parser parser, String text) {
    Document doc = parser.parse("eponyms", text);
    return doc.participants().stream().map(Participant::name).toList();
  }

  @Test
  void english_aNameBeforeAProgrammesHead_isNoParticipant() {
    List<String> found = people(Parser.english(), "Joint Statement of Italy and India\n\n"
        + "1. The two sides welcomed the Jean Monnet Programme, the Jawaharlal Nehru Port and the John Kerry "
        + "Initiative. Prime Ministers Narendra Modi and Giorgia Meloni plan to meet again next year.\n\n"
        + "Rome, 3 July 2024\n");
    assertFalse(found.contains("Jean Monnet"), found::toString);
    assertFalse(found.contains("Jawaharlal Nehru"), found::toString);
    assertFalse(found.contains("John Kerry"), found::toString);
    assertTrue(found.contains("Giorgia Meloni"), found::toString);
  }

  @Test
  void russian_aNameAfterAPlansHead_isNoParticipant() {
    List<String> found = people(Parser.russian(), "Совместное заявление\n\n"
        + "1. Стороны напомнили о плане Джорджа Маршалла и о доктрине Джеймса Монро. Президент Российской "
        + "Федерации Владимир Путин провел переговоры.\n\nМосква, 3 июля 2014 года\n");
    assertFalse(found.contains("Джордж Маршалл"), found::toString);
    assertFalse(found.contains("Джеймс Монро"), found::toString);
    assertTrue(found.contains("Владимир Путин"), found::toString);
  }
}
