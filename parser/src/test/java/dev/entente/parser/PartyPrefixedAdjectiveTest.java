package dev.entente.parser;

import static dev.entente.parser.PartyTexts.parties;
import static dev.entente.parser.PartyTexts.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import dev.entente.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 36: a state's adjective joined to «внутри» in one word («внутрисирийского урегулирования») is
 * that state's adjective, which the guidelines count as a mention; a prefix that makes a stance
 * («проамериканского») or a pair of states («межкорейского») names none. Sentences written for the test.
 */
final class PartyPrefixedAdjectiveTest {
  @Test
  void russian_internalSettlementOfAState_namesTheState() {
    // GIVEN two states named only by their adjectives joined to «внутри», in two cases
    Document doc = russian("1. Министры поддержали внутрисирийский диалог и выступили за скорейшее начало "
        + "внутриафганских переговоров.");
    // THEN both states are found, each mention spanning the whole word as written
    assertEquals(List.of("SY", "AF"), parties(doc), parties(doc)::toString);
    List<Mention> syria = doc.parties().get(0).mentions();
    assertEquals("внутрисирийский", syria.get(0).text());
  }

  @Test
  void russian_stanceOrPairPrefixes_nameNoState() {
    // GIVEN adjectives joined to «про» and «меж», which name a stance and a pair of states
    Document doc = russian("1. Стороны осудили действия проамериканских сил и приветствовали межкорейский диалог.");
    // THEN no state is found
    assertFalse(parties(doc).contains("US"), parties(doc)::toString);
    assertEquals(List.of(), parties(doc), parties(doc)::toString);
  }
}
