package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * English initiatives and mechanisms by rules meant to hold in every house style, each tried on
 * sentences written for these tests in several styles (US, EU, ASEAN, UN, India, Japan, African
 * Union, G7/G20, Gulf, Latin America); none is taken from a real document.
 */
final class EnglishGeneralNamesTest {
  private static final Parser PARSER = Parser.english();

  private static Document parse(String title, String body) {
    return PARSER.parse("en-general", title + "\n\nGeneva, 14 May 2025\n\n" + body + "\n");
  }

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> initiatives(Document doc) {
    return doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList());
  }

  @Test
  void aHeadRightBeforeTheHeadOfAStandingThing_isItsModifier() {
    Document us = parse("Joint Statement of the United States and India",
        "1. The leaders welcomed the Energy Policy Dialogue and the Clean Energy Agenda Working Group.");
    assertEquals(List.of("Energy Policy Dialogue", "Clean Energy Agenda Working Group"), mechanisms(us));
    assertEquals(List.of(), initiatives(us));
    Document eu = parse("Joint Statement following the EU-Japan Summit",
        "3. We endorsed the Joint Committee Action Plan and the Steering Committee Roadmap.");
    assertEquals(List.of("Joint Committee Action Plan", "Steering Committee Roadmap"), initiatives(eu));
    assertEquals(List.of(), mechanisms(eu));
    Document latam = parse("Declaration of the Summit of the Americas",
        "We instruct the Joint Summit Working Group to follow up on these mandates.");
    assertEquals(List.of("Joint Summit Working Group"), mechanisms(latam));
    Document asean = parse("Chairman's Statement",
        "5. We tasked the Indo-Pacific Strategy Working Group and the Action Plan Steering Committee to report.");
    assertEquals(List.of("Indo-Pacific Strategy Working Group", "Action Plan Steering Committee"), mechanisms(asean));
    assertEquals(List.of(), initiatives(asean));
  }

  @Test
  void aHeadRightBeforeADocumentsHead_isItsModifier() {
    Document un = parse("Statement by the President of the Security Council",
        "The Security Council calls for the full implementation of UN Security Council Resolution 2231.");
    assertEquals(List.of("UN Security Council Resolution 2231"), initiatives(un));
    assertEquals(List.of(), mechanisms(un));
    Document gulf = parse("Joint Statement of the GCC and the United Kingdom",
        "The Ministers welcomed progress on the draft Strategic Framework Agreement.");
    assertEquals(List.of("Strategic Framework Agreement"), initiatives(gulf));
  }

  @Test
  void aMeetingOfAStandingThing_leavesItsNameStanding() {
    Document doc = parse("Joint Communique",
        "The Ministers noted the outcome of the Bali Process Ministerial Conference held in Adelaide in 2023.");
    assertTrue(mechanisms(doc).contains("Bali Process"), () -> "mechanisms " + mechanisms(doc));
    assertFalse(doc.initiatives().stream().anyMatch(i -> i.name().contains("Process")));
    Document summit = parse("Joint Statement of Poland and Croatia",
        "The Presidents look forward to the Three Seas Initiative Summit in Warsaw next year.");
    assertEquals(List.of("Three Seas Initiative"), initiatives(summit));
  }

  @Test
  void aMeetingOfANameEndingInAStandingThingsHead_namesIt() {
    Document eu = parse("Joint Statement following the EU-Canada Summit",
        "4. We look forward to the next meeting of the Joint Ministerial Committee in Ottawa in 2026 and welcomed "
            + "the first meeting of the EU-Canada Green Alliance Ministerial Dialogue.");
    assertEquals(List.of("Joint Ministerial Committee", "EU-Canada Green Alliance Ministerial Dialogue"), mechanisms(eu));
  }

  @Test
  void anotherItemAfterAndTheIsNoPartOfTheName() {
    Document india = parse("India-Japan Joint Statement",
        "The Prime Ministers welcomed the Energy Dialogue and the Clean Energy Agenda.");
    assertEquals(List.of("Energy Dialogue"), mechanisms(india));
    assertEquals(List.of("Clean Energy Agenda"), initiatives(india));
    Document turkey = parse("Joint Declaration",
        "The Presidents held the 3rd meeting of the High-Level Cooperation Council between Georgia and the Republic of Azerbaijan.");
    assertEquals(List.of("High-Level Cooperation Council between Georgia and the Republic of Azerbaijan"), mechanisms(turkey));
  }

  @Test
  void aCapitalisedWordOfConflictInAProperName_namesIt() {
    Document gulf = parse("Joint Statement of the GCC-US Ministerial Meeting",
        "The Ministers welcomed the work of the Terrorist Financing Targeting Center in Riyadh. "
            + "They condemned the attacks by terrorist groups.");
    assertEquals(List.of("Terrorist Financing Targeting Center"), mechanisms(gulf));
  }

  @Test
  void aBodyOnOrForAState_isNoOrganOfThatState() {
    Document au = parse("Communique",
        "3. Requests the Chairperson of the Commission to convene the AU High-Level Ad-Hoc Committee on South Sudan.");
    assertEquals(List.of("AU High-Level Ad-Hoc Committee on South Sudan"), mechanisms(au));
    Document g7 = parse("G7 Leaders' Statement on Ukraine",
        "We will coordinate our support through the Energy Coordination Platform for Ukraine.");
    assertEquals(List.of("Energy Coordination Platform for Ukraine"), mechanisms(g7));
    Document organ = parse("Joint Statement of Mexico and Italy",
        "The President met the members of the Council of Ministers of Italy.");
    assertEquals(List.of(), mechanisms(organ));
  }

  @Test
  void aCompoundOrAnActsNounBeforeTheHead_isItsModifier() {
    Document japan = parse("Yokohama Declaration",
        "We note the progress of the TICAD follow-up mechanism. The Ministers agreed to launch a new consultation "
            + "mechanism on supply chains.");
    assertEquals(List.of("TICAD follow-up mechanism", "consultation mechanism on supply chains"), mechanisms(japan));
  }

  @Test
  void aNameInBracketsAfterAName_isItsAlias() {
    Document asean = parse("Chairman's Statement of the ASEAN Summit",
        "12. We commended the ASEAN Coordinating Centre for Humanitarian Assistance on disaster management (AHA Centre). "
            + "We encouraged Dialogue Partners to support the AHA Centre.");
    assertEquals(1, asean.mechanisms().size(), () -> "mechanisms " + mechanisms(asean));
    assertEquals(3, asean.mechanisms().get(0).mentions().size());
  }

  @Test
  void resolutionsNamedByNumbers_areOneInitiativeEach() {
    Document un = parse("Political Declaration of the High-level Meeting",
        "1. Reaffirm General Assembly resolution 70/1 of 25 September 2015;\n\n"
            + "2. Recall Security Council resolutions 2334 (2016), 2712 (2023) and 2720 (2023);");
    assertEquals(List.of("General Assembly resolution 70/1", "Security Council resolution 2334",
        "Security Council resolution 2712", "Security Council resolution 2720"), initiatives(un));
    Document eu = parse("Joint Statement of the European Union and Japan",
        "Recalling United Nations General Assembly resolutions ES-11/1 and\nES-11/4, the leaders condemned the aggression.");
    assertEquals(List.of("United Nations General Assembly resolution ES-11/1",
        "United Nations General Assembly resolution ES-11/4"), initiatives(eu));
  }

  @Test
  void aNumberedSummitWithANameOfItsOwn_isOneOfASeries() {
    Document doc = parse("Joint Communique of Indonesia and New Zealand",
        "The leaders will attend the 19th East Asia Summit in Vientiane and welcomed the outcome of the "
            + "43rd ASEAN Summit.");
    assertEquals(List.of("East Asia Summit"), mechanisms(doc));
  }

  @Test
  void andBetweenCapitalisedModifiers_joinsOneName() {
    Document g20 = parse("G20 Leaders' Declaration",
        "3. We welcome the work of the Joint Finance and Health Task Force.");
    assertEquals(List.of("Joint Finance and Health Task Force"), mechanisms(g20));
    Document latam = parse("Joint Communique of Brazil and Argentina",
        "The Presidents instructed the Science and Technology Cooperation Committee to meet in Buenos Aires.");
    assertEquals(List.of("Science and Technology Cooperation Committee"), mechanisms(latam));
    Document two = parse("Joint Statement of the Philippines and Australia",
        "The Ministers agreed to hold the Regional Interfaith Dialogue and Bali Democracy Forum meetings.");
    assertFalse(mechanisms(two).stream().anyMatch(m -> m.contains(" and ")), () -> "mechanisms " + mechanisms(two));
  }

  @Test
  void anItemThatStartsInsideTheOneBefore_isOneNameWithIt() {
    Document india = parse("India-Japan Joint Statement",
        "They welcomed the holding of the 2+2 Foreign and Defence Ministerial Meeting and the Maritime Affairs Dialogue.");
    assertEquals(List.of("2+2 Foreign and Defence Ministerial Meeting", "Maritime Affairs Dialogue"), mechanisms(india));
  }

  @Test
  void aKnownInitiativesNameBeforeAHead_isTheModifierOfTheHeadsName() {
    Document india = parse("India-Japan Joint Statement",
        "The Prime Ministers appreciated the work of the India-Japan Act East Forum.");
    assertEquals(List.of("India-Japan Act East Forum"), mechanisms(india));
    assertEquals(List.of(), initiatives(india));
  }

  @Test
  void aMinisterialAsANoun_isAMeeting_beforeAStandingThingsHeadItModifiesIt() {
    Document wto = parse("Joint Statement of New Zealand and Chile",
        "The Ministers looked forward to a successful outcome at the Abu Dhabi Ministerial and welcomed the "
            + "Chile-New Zealand Ministerial Forum.");
    assertEquals(List.of("Chile-New Zealand Ministerial Forum"), mechanisms(wto));
    assertTrue(wto.events().stream().anyMatch(e -> e.name().equals("Abu Dhabi Ministerial")),
        () -> "events " + wto.events().stream().map(dev.entente.model.Event::name).collect(Collectors.toList()));
  }

  @Test
  void aYearInTheNameOfASummit_datesOneMeeting() {
    Document eu = parse("Joint Statement",
        "The leaders took stock of the progress made since the EU-Korea Summit 2023 and of the Strategic Dialogue.");
    assertEquals(List.of("Strategic Dialogue"), mechanisms(eu));
    assertTrue(eu.events().stream().anyMatch(e -> e.name().equals("EU-Korea Summit 2023")),
        () -> "events " + eu.events().stream().map(dev.entente.model.Event::name).collect(Collectors.toList()));
  }

  @Test
  void aBodyOfAnOrganisation_isOneWhicheverSideTheOrganisationIsNamed() {
    Document sco = parse("Joint Communique",
        "The Ministers prepared the meeting of the Shanghai Cooperation Organisation Heads of State Council. "
            + "The Heads of State Council of the Shanghai Cooperation Organisation will meet in Tianjin.");
    assertEquals(1, sco.mechanisms().size(), () -> "mechanisms " + mechanisms(sco));
  }

  @Test
  void aBodyNamedOnlyByDescribingWordsInARolesTitle_isPartOfTheTitle() {
    Document osce = parse("Joint Statement",
        "The meeting was attended by the Chairman of the Executive Committee and by the Director of the "
            + "CIS Anti-Terrorism Centre. The Ministers welcomed the work of the Permanent Council.");
    assertEquals(List.of("CIS Anti-Terrorism Centre", "Permanent Council"), mechanisms(osce));
  }
}
