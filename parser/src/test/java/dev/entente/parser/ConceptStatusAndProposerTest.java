package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismStatus;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a mechanism's status and an initiative's proposer follow from, by class of wording, on
 * sentences written for these tests (none is taken from a real document).
 */
final class ConceptStatusAndProposerTest {
  private static final Parser ENGLISH = Parser.english();
  private static final Parser RUSSIAN = Parser.russian();

  private static Document english(String body) {
    return ENGLISH.parse("en-status", "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n"
        + body + "\n");
  }

  private static Document russian(String body) {
    return RUSSIAN.parse("ru-status", "Совместное заявление Республики Казахстан и Кыргызской Республики\n\n"
        + "г. Астана, 10 июня 2025 года\n\n" + body + "\n");
  }

  private static MechanismStatus status(Document doc, String name) {
    return doc.mechanisms().stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + doc.mechanisms().stream().map(Mechanism::name)
            .collect(Collectors.toList())))
        .status();
  }

  private static Optional<String> proposer(Document doc, String name) {
    return doc.initiatives().stream().filter(i -> i.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + doc.initiatives().stream().map(Initiative::name)
            .collect(Collectors.toList())))
        .proposer();
  }

  @Test
  void whatTheSidesWillEstablish_isNew_whatTheyWillWorkToEstablish_isProposed() {
    Document doc = english("1. We will launch a fisheries working group; and we will establish a forestry working group."
        + "\n\n2. The two Ministries will work to establish a mining business platform to support investors.");
    assertEquals(MechanismStatus.NEW, status(doc, "fisheries working group"));
    assertEquals(MechanismStatus.NEW, status(doc, "forestry working group"));
    assertEquals(MechanismStatus.PROPOSED, status(doc, "mining business platform"));
  }

  @Test
  void anIdeaOfEstablishingAMechanism_onlyProposesIt() {
    Document doc = english("1. The Ministers noted Chile's ideas on the establishment of the Southern Ocean Dialogue.");
    assertEquals(MechanismStatus.PROPOSED, status(doc, "Southern Ocean Dialogue"));
  }

  @Test
  void aCreationTheTextTellsAsPast_leavesTheMechanismExisting() {
    Document doc = english("1. The Leaders welcomed the successful launch of the Andes Water Network."
        + "\n\n2. Cooperation has grown since the establishment of the Canada-Chile Energy Dialogue."
        + "\n\n3. They praised the recent inaugural Canada-Chile Youth Council."
        + "\n\n4. The establishment of the Pacific Trade Secretariat in 2019 has deepened our engagement.");
    assertEquals(MechanismStatus.EXISTING, status(doc, "Andes Water Network"));
    assertEquals(MechanismStatus.EXISTING, status(doc, "Canada-Chile Energy Dialogue"));
    assertEquals(MechanismStatus.EXISTING, status(doc, "Canada-Chile Youth Council"));
    assertEquals(MechanismStatus.EXISTING, status(doc, "Pacific Trade Secretariat"));
  }

  @Test
  void aCreationDatedAfterTheDocument_staysNew() {
    Document doc = english("1. The Leaders welcomed the establishment of the Pacific Trade Secretariat in 2026.");
    assertEquals(MechanismStatus.NEW, status(doc, "Pacific Trade Secretariat"));
  }

  @Test
  void theWordNew_qualifiesOnlyTheNameRightAfterIt() {
    Document doc = english("1. We welcome other new groupings of countries, such as the Andes Forum for Water."
        + "\n\n2. The Ministers agreed on a new Arctic Science Dialogue.");
    assertEquals(MechanismStatus.EXISTING, status(doc, "Andes Forum for Water"));
    assertEquals(MechanismStatus.NEW, status(doc, "Arctic Science Dialogue"));
  }

  @Test
  void aRussianCreationTheTextTellsAsPast_leavesTheMechanismExisting() {
    Document doc = russian("1. Стороны приветствовали успешный запуск Регионального центра по водным ресурсам."
        + "\n\n2. Стороны приветствовали запуск Центра цифровых технологий.");
    assertEquals(MechanismStatus.EXISTING, status(doc, "Региональный центр по водным ресурсам"));
    assertEquals(MechanismStatus.NEW, status(doc, "Центр цифровых технологий"));
  }

  @Test
  void anInitiativeNamedAfterTwoStates_belongsToNeitherAlone() {
    Document doc = english("1. Canada welcomed the progress of the Chile-Canada Clean Energy Partnership."
        + "\n\n2. Chile welcomed the Argentina Chile Glacier Research Fund.");
    assertEquals(Optional.empty(), proposer(doc, "Chile-Canada Clean Energy Partnership"));
    assertEquals(Optional.empty(), proposer(doc, "Argentina Chile Glacier Research Fund"));
  }

  @Test
  void anInitiativeNamedAfterOneState_isItsOwn() {
    Document doc = english("1. The Leaders welcomed the Canada Clean Growth Program.");
    assertEquals(Optional.of("CA"), proposer(doc, "Canada Clean Growth Program"));
  }

  @Test
  void twoSidesActingTogether_makeNeitherTheProposer() {
    Document doc = english("1. Canada and Chile have invested in the Andean Glacier Initiative."
        + "\n\n2. Chile reported good results of the Atacama Solar Program.");
    assertEquals(Optional.empty(), proposer(doc, "Andean Glacier Initiative"));
    assertEquals(Optional.of("CL"), proposer(doc, "Atacama Solar Program"));
  }

  @Test
  void aDocumentOfOneSide_proposesWhatItTiesToNoOneElse() {
    Document doc = ENGLISH.parse("en-sole", "Leaders Declaration of the Asia-Pacific Economic Cooperation\n\n"
        + "Lima, 16 November 2024\n\n1. We, the APEC Economic Leaders, met in Lima.\n\n"
        + "2. We welcome the Lima Roadmap for Digital Trade and commit to implement the Ocean Health Action Agenda.\n");
    assertEquals(java.util.List.of("APEC"), doc.signatories());
    assertEquals(Optional.of("APEC"), proposer(doc, "Lima Roadmap for Digital Trade"));
    assertEquals(Optional.of("APEC"), proposer(doc, "Ocean Health Action Agenda"));
  }

  @Test
  void aPartyInThePossessive_ownsTheNameAfterIt() {
    Document doc = english("1. Progress towards the United Nations' Sustainable Ocean Goals has been mixed.");
    assertEquals(Optional.of("UN"), proposer(doc, "Sustainable Ocean Goals"));
  }

  @Test
  void aLowerCaseWordBeforeACapitalisedName_isNoPartOfIt_butACompoundsPartIs() {
    Document doc = english("1. Canada proposes to pursue Arctic Partnerships for Development with its neighbours."
        + "\n\n2. Chile welcomed the Resilient Supply-chain Enhancement Program.");
    assertEquals(Optional.of("CA"), proposer(doc, "Arctic Partnerships for Development"));
    assertEquals(Optional.of("CL"), proposer(doc, "Resilient Supply-chain Enhancement Program"));
  }

  @Test
  void aKindOfDocumentOpeningAnUntitledText_namesTheTextItself() {
    Document doc = ENGLISH.parse("en-untitled", "DECLARATION of the Fifth Meeting of the Council of Foreign Ministers"
        + " of Canada and Chile (May 5, 2025, Ottawa) The Ministers met in Ottawa and adopted the Ottawa Action Plan"
        + " on Oceans.\n");
    assertEquals(java.util.List.of("Ottawa Action Plan on Oceans"),
        doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList()));
  }

  @Test
  void aStatesOwnOrgan_isNoMechanism() {
    Document en = english("1. The President of the Council of Ministers of Chile met the Canada-Chile Joint Council.");
    assertEquals(java.util.List.of("Canada-Chile Joint Council"),
        en.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
    Document ru = russian("1. Председатель Совета Министров Республики Беларусь посетил Астану.");
    assertEquals(java.util.List.of(),
        ru.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void anOrganisationsOwnSummits_andWordsThatOnlyStartLikeAHead_nameNoMechanism() {
    Document doc = russian("1. Стороны подтвердили договоренности, достигнутые на саммитах СНГ, и вспомнили о"
        + " Советском Союзе и Социалистической Федеративной Республике Югославии.");
    assertEquals(java.util.List.of(), doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void aNamedInitiativeBeforeAKnownOneInAList_isAnItemOfItsOwn() {
    Document doc = english("1. We will finance the Andes Corridor, the Middle Corridor and other projects.");
    assertEquals(java.util.List.of("Andes Corridor", "Middle Corridor"),
        doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList()));
  }

  @Test
  void aGenericWordEndingAName_addsNothingToWhatItNames() {
    Document doc = english("1. Chile welcomed Canada's Arctic Science Plan initiative."
        + "\n\n2. The Arctic Science Plan will fund joint research.");
    assertEquals(1, doc.initiatives().size(), () -> doc.initiatives().toString());
    assertEquals(java.util.List.of("Arctic Science Plan"),
        doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList()));
  }

  @Test
  void threeStatesJoinedByDashes_nameAFormatByItsMembers() {
    Document doc = english("1. We will deepen cooperation among partners, including Canada-Chile-Peru (CCP),"
        + " Canada-U.S.-Japan, and Chile-Argentina-Brazil.\n\n2. The Canada-U.S.-Japan relationship is strong."
        + "\n\n3. The Canada-Chile-Peru Strategic Dialogue met in Lima.");
    java.util.List<String> names = doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
    assertEquals(true, names.contains("Canada-U.S.-Japan"), names::toString);
    assertEquals(true, names.contains("Chile-Argentina-Brazil"), names::toString);
    assertEquals(true, names.contains("Canada-Chile-Peru Strategic Dialogue"), names::toString);
    assertEquals(false, names.stream().anyMatch(n -> n.startsWith("Canada-Chile-Peru (")), names::toString);
  }

  @Test
  void theFormationOfSomething_isNoFormat() {
    Document doc = english("1. This trend found expression in the formation of the Andean Community of Nations.");
    assertEquals(java.util.List.of(), doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void aDialogueTheSidesWillLaunch_isNew() {
    Document doc = russian("1. Для достижения этих целей Казахстан и Кыргызстан в ближайшее время запустят"
        + " комплексный двусторонний диалог по водной безопасности.");
    assertEquals(MechanismStatus.NEW, status(doc, "комплексный двусторонний диалог по водной безопасности"));
  }
}
