package dev.entente.parser;

import static dev.entente.parser.PartyTexts.english;
import static dev.entente.parser.PartyTexts.parties;
import static dev.entente.parser.PartyTexts.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 21: the classes of organisations GUIDELINES.md counts, completed in both languages with one
 * id each (past UN missions, the EU's and the AU's missions and agencies, FATF-style regional bodies,
 * former names and parties), and an abbreviation that is also a common word. Sentences written for
 * the test.
 */
final class PartyDataCompletenessTest {
  @Test
  void russian_commissionOfTheEuropeanCommunities_isTheEuropeanUnion() {
    // GIVEN the EU's executive under its name of the 1990s
    Document doc = russian("1. Председатель Комиссии Европейских сообществ принял участие во встрече министров.");
    // THEN the party is the EU, not the European Economic Community its words also name
    assertTrue(parties(doc).contains("EU"), parties(doc)::toString);
    assertFalse(parties(doc).contains("EEC"), parties(doc)::toString);
  }

  @Test
  void english_commissionOfTheEuropeanCommunities_isTheEuropeanUnion() {
    Document doc = english("1. The President of the Commission of the European Communities attended the meeting.");
    assertTrue(parties(doc).contains("EU"), parties(doc)::toString);
    assertFalse(parties(doc).contains("EEC"), parties(doc)::toString);
  }

  @Test
  void english_basicGroupByItsCapitals_isTheOrganisation() {
    // GIVEN the BASIC group named mid-sentence and opening a sentence
    Document doc = english("1. The BASIC Ministers met in Brasilia.\n\n2. BASIC countries called for ambitious finance.");
    // THEN both name the group
    assertEquals(List.of("BASIC"), parties(doc).stream().filter("BASIC"::equals).distinct().collect(Collectors.toList()));
  }

  @Test
  void english_basicAsACommonWord_isNoOrganisation() {
    // GIVEN "basic" in a line written in capitals and in title case
    Document doc = english("DECLARATION ON BASIC PRINCIPLES OF RELATIONS\n\n1. The Sides recalled the Declaration on "
        + "Basic Principles of Mutual Relations and their basic interests.");
    // THEN no group is named
    assertFalse(parties(doc).contains("BASIC"), parties(doc)::toString);
  }

  @Test
  void russian_partyOfTheSovietUnion_isFound() {
    Document doc = russian("1. Генеральный секретарь ЦК КПСС и делегация Коммунистической партии Советского Союза "
        + "прибыли в столицу.");
    assertTrue(parties(doc).contains("CPSU"), parties(doc)::toString);
  }

  @Test
  void english_partyOfTheSovietUnion_isFound() {
    Document doc = english("1. The delegation of the Communist Party of the Soviet Union was received by the Prime Minister.");
    assertTrue(parties(doc).contains("CPSU"), parties(doc)::toString);
  }

  @Test
  void mongolianPartyUnderItsFormerName_isTheSameParty() {
    Document ru = russian("1. Делегация Монгольской народно-революционной партии посетила Москву.");
    Document en = english("1. A delegation of the Mongolian People's Revolutionary Party visited Moscow.");
    assertTrue(parties(ru).contains("MPP"), parties(ru)::toString);
    assertTrue(parties(en).contains("MPP"), parties(en)::toString);
  }

  @Test
  void english_congoWrittenWithDottedInitials_isTheDemocraticRepublic() {
    Document doc = english("1. Present were the Heads of State of Botswana, D.R. Congo and Lesotho.");
    assertTrue(parties(doc).contains("CD"), parties(doc)::toString);
    assertFalse(parties(doc).contains("CG"), parties(doc)::toString);
  }

  @Test
  void pastUnMission_isTheUnitedNations() {
    Document ru = russian("1. Стороны напомнили о работе Миссии наблюдателей ООН в Сальвадоре.");
    Document en = english("1. The Sides recalled the work of the United Nations Observer Mission in El Salvador and MONUC.");
    assertTrue(parties(ru).contains("UN"), parties(ru)::toString);
    assertTrue(parties(en).contains("UN"), parties(en)::toString);
  }

  @Test
  void euMissionByItsAbbreviation_isTheEuropeanUnion() {
    Document ru = russian("1. Стороны высоко оценили вклад EUMM в стабилизацию обстановки.");
    Document en = english("1. The Sides welcomed the work of EUBAM on the border.");
    assertTrue(parties(ru).contains("EU"), parties(ru)::toString);
    assertTrue(parties(en).contains("EU"), parties(en)::toString);
  }

  @Test
  void fatfStyleRegionalBody_isFoundInBothLanguages() {
    Document ru = russian("1. Стороны поддерживают работу ГИАБА и Группы по борьбе с отмыванием денег в Восточной и "
        + "Южной Африке.");
    Document en = english("1. The Sides support the work of GIABA and the Middle East and North Africa Financial "
        + "Action Task Force.");
    assertTrue(parties(ru).containsAll(List.of("GIABA", "ESAAMLG")), parties(ru)::toString);
    assertTrue(parties(en).containsAll(List.of("GIABA", "MENAFATF")), parties(en)::toString);
  }

  @Test
  void russian_centralAsianCooperationWithAHyphen_isTheOrganisation() {
    Document doc = russian("1. Стороны приветствуют учреждение Организации «Центрально-Азиатское сотрудничество».");
    assertTrue(parties(doc).contains("CACO"), parties(doc)::toString);
  }

  @Test
  void formerNameOfARegionalBody_isTheBodyItBecame() {
    // GIVEN the names the SADC and ALADI had before they took their present ones
    Document ru = russian("1. Стороны напомнили об учреждении Конференции по координации развития юга Африки и "
        + "Латиноамериканской ассоциации свободной торговли.");
    Document en = english("1. The Sides recalled the Southern African Development Coordination Conference and the "
        + "Latin American Free Trade Association.");
    assertTrue(parties(ru).containsAll(List.of("SADC", "ALADI")), parties(ru)::toString);
    assertTrue(parties(en).containsAll(List.of("SADC", "ALADI")), parties(en)::toString);
  }
}
