package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Named things that are no initiative of their own: a body's full name with its abbreviation in brackets,
 * beside organisations in a list or with an organisation's abbreviation; a known initiative named by its
 * opening words. Texts written for the test.
 */
final class InitiativePrecisionTest {

  private static List<Initiative> initiatives(Parser parser, String text) {
    Document doc = parser.parse("precision", text);
    return doc.initiatives();
  }

  private static List<String> names(Parser parser, String text) {
    return initiatives(parser, text).stream().map(Initiative::name).toList();
  }

  @Test
  void aBodyListedBesideOrganisations_isNoProgramme() {
    List<String> found = names(Parser.english(), "Communique of the Regional Fisheries Meeting\n\n"
        + "The regional agencies in attendance were: the Pacific Islands Forum Fisheries Agency (FFA); "
        + "the Oceania Marine Training Program (OMTP); the Secretariat of the Pacific Community (SPC).\n\n"
        + "Ministers welcomed the Blue Pacific Ocean Programme launched by Fiji.\n\n"
        + "Suva, 12 June 2024\n");
    assertFalse(found.stream().anyMatch(n -> n.contains("Training Program")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.contains("Blue Pacific Ocean Programme")), found::toString);
  }

  @Test
  void aFundNamedWithAnOrganisationsAbbreviation_isThatOrganisation() {
    List<String> found = names(Parser.english(), "Joint Communique of the Ministers of Finance\n\n"
        + "The Ministers signed a memorandum with the Eurasian Stabilization and Development Fund "
        + "(EFSD) and agreed to set up a Regional Water Security Fund (RWSF) by 2026.\n\n"
        + "Bishkek, 3 March 2025\n");
    assertFalse(found.stream().anyMatch(n -> n.contains("Stabilization")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.contains("Regional Water Security Fund")), found::toString);
  }

  @Test
  void aKnownInitiativeNamedShort_isNoSecondOne() {
    List<String> found = names(Parser.english(), "Joint Statement of the Trade Ministers\n\n"
        + "The Ministers welcomed progress under the Americas Partnership for Economic Prosperity. "
        + "The Americas Partnership will hold its next ministerial meeting in Lima.\n\n"
        + "Ottawa, 5 November 2024\n");
    assertEquals(1, found.size(), found::toString);
  }

  @Test
  void aRussianNameWithAWordBeforeIt_isTheSameTreaty() {
    List<String> found = names(Parser.russian(), "Совместное заявление Республики Казахстан и Республики Корея\n\n"
        + "Стороны одобрили проект Договора о стратегическом партнерстве. "
        + "Стороны поручили доработать проект двустороннего Договора о стратегическом "
        + "партнерстве.\n\n"
        + "Астана, 12 июня 2024 года\n");
    assertEquals(1, found.size(), found::toString);
  }

  @Test
  void anEnglishNameWithAHeadBeforeIt_isAnotherText() {
    List<String> found = names(Parser.english(), "Joint Statement of Australia and Timor-Leste\n\n"
        + "The leaders welcomed the draft Dili Defence Treaty. "
        + "They agreed to adopt the Plan of Action of the Dili Defence Treaty in 2025.\n\n"
        + "Dili, 4 April 2024\n");
    assertEquals(2, found.size(), found::toString);
  }

  @Test
  void aPolicyOfAPartyOfSeveralWords_isNoNamedOne_whileADraftResolutionStays() {
    List<String> found = names(Parser.russian(), "Совместное заявление Монголии и Республики Корея\n\n"
        + "Стороны отметили последовательную политику Республики Корея в области охраны природы. "
        + "Стороны поддерживают проект резолюции Генеральной Ассамблеи ООН о горных экосистемах. "
        + "Стороны приветствовали Стратегию зеленого развития Монголии.\n\n"
        + "Улан-Батор, 4 июня 2024 года\n");
    assertFalse(found.stream().anyMatch(n -> n.contains("политик")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("проект резолюции")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Стратегия зеленого развития")), found::toString);
  }

  @Test
  void aHeadingLineOfTitlePlaceAndDate_isNoProgramme() {
    List<String> found = names(Parser.russian(), "15.06.24 10:15\n\n"
        + "“Стратегия Баренцева региона”, г.Тромсё, Норвегия, 12 июня 2024 года\n\n"
        + "Перевод с английского\n\n"
        + "Мы, министры иностранных дел государств Баренцева региона, собрались в этот день, чтобы подтвердить нашу "
        + "приверженность сотрудничеству и миру в регионе. Мы приняли Программу научного сотрудничества на "
        + "2024-2027 годы и будем её выполнять.\n");
    assertFalse(found.stream().anyMatch(n -> n.contains("Норвегия")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Программа научного сотрудничества")), found::toString);
  }
}
