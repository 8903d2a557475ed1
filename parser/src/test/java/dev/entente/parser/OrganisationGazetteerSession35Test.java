package dev.entente.parser;

import static dev.entente.parser.PartyTexts.english;
import static dev.entente.parser.PartyTexts.parties;
import static dev.entente.parser.PartyTexts.russian;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 35: the organisation gazetteer audited against complete lists (groupings of the developing
 * world, the Islamic Development Bank group, the satellite organisations, the African Union's organs,
 * EU agencies, UN scientific bodies). Sentences written for the test.
 */
final class OrganisationGazetteerSession35Test {
  @Test
  void russian_groupingsOfDevelopingStates_areOrganisations() {
    // GIVEN the Group of Twenty-Four and the Group of Fifteen in inflected forms
    Document doc = russian("1. Стороны приветствовали позицию Межправительственной группы двадцати четырёх по "
        + "реформе МВФ и итоги саммита Группы пятнадцати в Каракасе.");
    // THEN both are organisations under their English acronyms
    assertTrue(parties(doc).contains("G24"), parties(doc)::toString);
    assertTrue(parties(doc).contains("G15"), parties(doc)::toString);
  }

  @Test
  void russian_bankGroupMembersAndSatelliteOrganisations_areTheirOwnParties() {
    // GIVEN members of the Islamic Development Bank group and the satellite organisations
    Document doc = russian("2. Стороны отметили проекты Международной исламской торгово-финансовой корпорации и "
        + "Исламской корпорации по развитию частного сектора, а также услуги ИНТЕЛСАТ и Международной организации "
        + "подвижной спутниковой связи.");
    // THEN each one is named under its own id
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("ITFC", "ICD_ISDB", "ITSO", "IMSO")), ids::toString);
  }

  @Test
  void russian_organsOfTheAfricanUnionAndTheUn_countAsTheOrganisation() {
    // GIVEN the AU's Peace and Security Council and the UN's scientific committee on radiation
    Document doc = russian("3. Стороны поддерживают решения Совета мира и безопасности Африканского союза и "
        + "доклады Научного комитета ООН по действию атомной радиации.");
    // THEN they are the African Union and the United Nations
    assertTrue(parties(doc).containsAll(List.of("AFRICAN_UNION", "UN")), parties(doc)::toString);
  }

  @Test
  void english_newEntries_comeOverToTheEnglishPack() {
    // GIVEN English names of entries added to the Russian pack
    Document doc = english("1. The Ministers welcomed the work of the Adaptation Fund, the European Stability "
        + "Mechanism and the International Organization of Legal Metrology.");
    // THEN the English pack has them under the same ids
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("ADAPTATION_FUND", "ESM", "OIML")), ids::toString);
  }

  @Test
  void russian_conventionsOfRio_areNoOrganisations() {
    // GIVEN the desertification and biodiversity conventions (treaties, not bodies, in gold)
    Document doc = russian("4. Стороны подтвердили приверженность Конвенции ООН по борьбе с опустыниванием и "
        + "Конвенции о биологическом разнообразии.");
    // THEN no organisation other than the UN is named for them
    assertFalse(parties(doc).contains("UNCCD"), parties(doc)::toString);
    assertFalse(parties(doc).contains("CBD"), parties(doc)::toString);
  }
}
