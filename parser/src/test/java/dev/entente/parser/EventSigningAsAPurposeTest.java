package dev.entente.parser;

import static dev.entente.parser.DatedStatements.english;
import static dev.entente.parser.DatedStatements.events;
import static dev.entente.parser.DatedStatements.russian;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A signing after a preposition of purpose («открыт для подписания», «к принятию и подписанию», "open for signature")
 * tells what a text is for, no signing that happens; a signing told as done stays an event. Sentences written for these
 * tests (none is taken from a real document).
 */
final class EventSigningAsAPurposeTest {

  @Test
  void openedForSigning_isNoEvent() {
    // GIVEN a convention opened for signing in two capitals on a day
    Document doc = russian("Стороны являются участниками Конвенции, открытой для подписания в Женеве и Нью-Йорке"
        + " 10 марта 1975 года.");
    // THEN no signing is an event
    assertFalse(events(doc).contains("подписани"), () -> events(doc));
  }

  @Test
  void submittedForAdoptionAndSigning_isNoEvent() {
    // GIVEN a draft the ministers submit for adoption and signing by the leaders
    Document doc = russian("Министры представили проект к одобрению и подписанию главам государств, которые встретятся"
        + " в Астане.");
    // THEN no signing is an event
    assertFalse(events(doc).contains("подписани"), () -> events(doc));
  }

  @Test
  void openForSignatureInEnglish_isNoEvent() {
    // GIVEN an English treaty opened for signature
    Document doc = english("The Parties recall that the Treaty was opened for signing in Vienna on 2 May 1990.");
    // THEN no signing is an event
    assertFalse(events(doc).contains("signing"), () -> events(doc));
  }

  @Test
  void aSigningThatHappened_staysAnEvent() {
    // GIVEN a signing told as held on a day in a city
    Document doc = russian("Стороны приветствовали подписание в Ташкенте 4 апреля 2024 года Соглашения о торговле.");
    // THEN it is an event
    assertTrue(events(doc).contains("подписани"), () -> events(doc));
  }
}
