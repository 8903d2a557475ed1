package dev.entente.parser;

import static dev.entente.parser.PartyTexts.english;
import static dev.entente.parser.PartyTexts.parties;
import static dev.entente.parser.PartyTexts.russian;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 14: groupings with a standing identity that count as organisations (GUIDELINES.md: «Groupings
 * with a standing identity count as organisations») and were missing from the packs — MIKTA, the Cairns
 * Group — and the Commonwealth's summit by its abbreviation (CHOGM), an organ that counts as the
 * organisation. Sentences written for the test in the house styles of communiqués.
 */
final class GroupingsAndOrganMeetingsTest {
  @Test
  void russian_miktaAndTheCairnsGroup_areOrganisations() {
    // GIVEN two groupings named in a clause, one by its abbreviation, one by its name in the genitive
    Document doc = russian("1. Республика Корея и Австралия договорились координировать свои позиции в рамках "
        + "МИКТА и Кэрнсской группы.");
    // THEN both count
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("KR", "AU", "MIKTA", "CAIRNS_GROUP")), ids::toString);
  }

  @Test
  void english_miktaAndTheCairnsGroup_areOrganisationsNotMechanisms() {
    // GIVEN the groupings named as what the sides are members of
    Document doc = english("1. Australia and Mexico reaffirmed their cooperation in MIKTA and as members of the "
        + "Cairns Group of agricultural exporting countries.");
    // THEN both are parties, and the Cairns Group is no mechanism of theirs
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("AU", "MX", "MIKTA", "CAIRNS_GROUP")), ids::toString);
    List<String> mechanisms = doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
    assertFalse(mechanisms.stream().anyMatch(m -> m.contains("Cairns")), mechanisms::toString);
  }

  @Test
  void english_communistPartyOfVietNam_inHanoisSpelling_isTheParty() {
    // GIVEN the party named as Vietnamese English texts spell the state
    Document doc = english("1. The General Secretary of the Communist Party of Viet Nam received the Prime Minister "
        + "of India.");
    // THEN it is the CPV
    List<String> ids = parties(doc);
    assertTrue(ids.contains("CPV"), ids::toString);
  }

  @Test
  void english_chogm_isTheCommonwealth() {
    // GIVEN the Commonwealth named only by its leaders' meeting, in its abbreviation
    Document doc = english("1. The Prime Ministers of Australia and Malta welcomed the outcomes of CHOGM 2015 in "
        + "Valletta.");
    // THEN the organisation counts
    List<String> ids = parties(doc);
    assertTrue(ids.contains("COMMONWEALTH"), ids::toString);
  }
}
