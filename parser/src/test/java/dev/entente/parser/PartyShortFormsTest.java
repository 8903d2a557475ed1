package dev.entente.parser;

import static dev.entente.parser.PartyTexts.english;
import static dev.entente.parser.PartyTexts.parties;
import static dev.entente.parser.PartyTexts.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27: short forms of states' names that Russian news and ministries' texts use and the
 * gazetteer lacked («ДР Конго», «Конго», «Эмираты»), a short form that does not decline read as a
 * river after the river's noun, and the territories of ISO 3166-1 the gazetteer lacked, whose names
 * open with another state's adjective or name ("French Guiana", «Американские Виргинские острова»): the
 * territory, not that state, is named; names and abbreviations of organisations the ministries use
 * («ФТО», «ДН», «Франкофония», "OSCE PA"). Sentences written for the test.
 */
final class PartyShortFormsTest {
  @Test
  void russian_shortFormsOfTheTwoCongos_nameEachState() {
    // GIVEN «ДР Конго» and bare «Конго», as news items write them
    Document doc = russian("1. Министры обсудили положение на востоке ДР Конго и поставки зерна в Конго.");
    // THEN the first is the Democratic Republic, the second the Republic of the Congo
    assertTrue(parties(doc).containsAll(List.of("CD", "CG")), parties(doc)::toString);
  }

  @Test
  void russian_riverOfTheSameName_isNoState() {
    // GIVEN the river Congo after the noun «река» in two cases
    Document doc = russian("1. Стороны поддержат судоходство по реке Конго и охрану лесов в долине реки Конго.");
    // THEN neither Congo is named
    assertFalse(parties(doc).contains("CG"), parties(doc)::toString);
    assertFalse(parties(doc).contains("CD"), parties(doc)::toString);
  }

  @Test
  void russian_emiratesAlone_nameTheUnitedArabEmirates() {
    // GIVEN «Эмираты» in the accusative and the locative
    Document doc = russian("1. Делегация посетит Эмираты в мае; переговоры в Эмиратах будут посвящены энергетике.");
    // THEN both are the United Arab Emirates
    assertEquals(List.of("AE"), parties(doc), parties(doc)::toString);
  }

  @Test
  void english_territoriesNamedWithAStatesAdjective_nameNoState() {
    // GIVEN overseas territories whose names open with "French", "US" and "Dutch"-held names
    Document doc = english("1. The Ministers discussed the spaceport in French Guiana, the storm damage in the US "
        + "Virgin Islands and in Sint Maarten, and research in the French Southern and Antarctic Lands.");
    // THEN no state is named: each is a territory
    assertTrue(parties(doc).containsAll(List.of("GF", "VI", "SX", "TF")), parties(doc)::toString);
    assertFalse(parties(doc).contains("FR"), parties(doc)::toString);
    assertFalse(parties(doc).contains("US"), parties(doc)::toString);
  }

  @Test
  void russian_territoriesNamedWithAStatesAdjective_nameNoState() {
    // GIVEN the same territories in Russian, inflected
    Document doc = russian("1. Стороны обсудили запуски с космодрома во Французской Гвиане и ущерб от урагана на "
        + "Американских Виргинских островах и Внешних малых островах США.");
    // THEN no state is named
    assertTrue(parties(doc).containsAll(List.of("GF", "VI", "UM")), parties(doc)::toString);
    assertFalse(parties(doc).contains("FR"), parties(doc)::toString);
    assertFalse(parties(doc).contains("US"), parties(doc)::toString);
  }

  @Test
  void russian_islandTerritoriesInLowerCase_areFound() {
    // GIVEN island territories written with «остров» in lower case, in the locative and the genitive
    Document doc = russian("1. Суда зашли на Реюньон и Майотту, а учёные работали на острове Мэн, на Шпицбергене и у "
        + "острова Святой Елены.");
    // THEN each territory is found
    assertTrue(parties(doc).containsAll(List.of("RE", "YT", "IM", "SJ", "SH")), parties(doc)::toString);
  }

  @Test
  void everyIsoCodeButAntarcticaAndJersey_isInBothGazetteers() {
    // GIVEN the parties of both languages' data
    LanguageData ru = LanguageData.of("ru");
    LanguageData en = LanguageData.of("en");
    // THEN every ISO 3166-1 territory is there (Antarctica is a continent; "Jersey" would take "New Jersey")
    for (String id : List.of("AW", "AX", "BL", "BQ", "BV", "CC", "CW", "CX", "GF", "GG", "GP", "GS", "HM", "IM", "MF",
        "MQ", "NF", "PM", "PN", "RE", "SH", "SJ", "SX", "TF", "TK", "UM", "VI", "WF", "YT")) {
      assertTrue(ru.partiesById.containsKey(id), id);
      assertTrue(en.partiesById.containsKey(id), id);
    }
  }

  @Test
  void russian_organisationsByTheirShortNamesAndAbbreviations_areFound() {
    // GIVEN the Pacific Islands Forum and the Non-Aligned Movement by the ministry's abbreviations, La
    // Francophonie and the Red Cross by their short names
    Document doc = russian("1. Стороны отметили роль ФТО и ДН, сотрудничество с Франкофонией и помощь, которую "
        + "оказывает Международный Красный Крест.");
    // THEN each organisation is found
    assertTrue(parties(doc).containsAll(List.of("PIF", "NAM", "OIF", "ICRC")), parties(doc)::toString);
  }

  @Test
  void russian_francophonyInLowerCase_isNoOrganisation() {
    // GIVEN the French-speaking world as a common noun
    Document doc = russian("1. Стороны поддерживают развитие франкофонии в регионе.");
    // THEN La Francophonie is not named
    assertFalse(parties(doc).contains("OIF"), parties(doc)::toString);
  }

  @Test
  void english_parliamentaryAssemblyByItsAbbreviation_isTheOrganisationNotPalestine() {
    // GIVEN "OSCE PA" and "NATO PA", and La Francophonie and the Red Cross by short names
    Document doc = english("1. The delegations of the OSCE PA and the NATO PA met representatives of the "
        + "Francophonie and of the International Red Cross.");
    // THEN the organisations are found and "PA" names no Palestinian Authority
    assertTrue(parties(doc).containsAll(List.of("OSCE", "NATO", "OIF", "ICRC")), parties(doc)::toString);
    assertFalse(parties(doc).contains("PS"), parties(doc)::toString);
  }

  @Test
  void english_newColomboPlan_isNoOrganisation() {
    // GIVEN a state's scholarship programme named after the Colombo Plan
    Document doc = english("1. Students of the New Colombo Plan will study in Sri Lanka.");
    // THEN the Colombo Plan organisation is not named
    assertFalse(parties(doc).contains("COLOMBO_PLAN"), parties(doc)::toString);
  }
}
