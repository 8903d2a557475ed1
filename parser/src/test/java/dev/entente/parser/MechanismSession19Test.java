package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.MechanismStatus;
import org.junit.jupiter.api.Test;

/** Mechanisms and initiatives (session 19), on sentences written for these tests. */
final class MechanismSession19Test {

  /** «учредить к 2030 году механизм мониторинга»: a date between the cue of creation and the name leaves the cue in reach. */
  @Test
  void aCueBeforeADateStillCreatesTheNameAfterIt() {
    // GIVEN
    Document doc = parse("Стороны условились учредить к 2030 году механизм мониторинга.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertEquals("механизм мониторинга", doc.mechanisms().get(0).name(), dump(doc));
  }

  /** «учредить единый и постоянный механизм мониторинга»: describing words joined by «и» leave the cue in reach. */
  @Test
  void aCueBeforeCoordinatedDescribingWordsStillCreatesTheName() {
    // GIVEN
    Document doc = parse("Стороны условились учредить единый и независимый механизм мониторинга.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertEquals(MechanismStatus.NEW, doc.mechanisms().get(0).status(), dump(doc));
  }

  /** «отметили работу механизма мониторинга»: the same words with no cue of creation name no body. */
  @Test
  void theSameWordsWithoutACueNameNoMechanism() {
    // GIVEN
    Document doc = parse("Стороны отметили в 2030 году единый и независимый механизм мониторинга.");
    // THEN
    assertTrue(doc.mechanisms().isEmpty(), dump(doc));
  }
}
