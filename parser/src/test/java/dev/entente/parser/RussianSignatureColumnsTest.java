package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static dev.entente.parser.Ids.states;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Russian signature blocks laid out in columns side by side, signers' names in capitals, names of
 * projects and institutions built on a state's adjective, and organs of a format that are no
 * organisations (issue 20, session 9). Every text is written for these tests; the people are invented.
 */
final class RussianSignatureColumnsTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final String BODY = "Совместное заявление\n\n1. Стороны подчеркивают важность сотрудничества.\n"
      + "2. Стороны договорились продолжить консультации.\n\n";

  /** Each participant as «name=party/role», sorted. */
  private static List<String> signers(Document doc) {
    return doc.participants().stream()
        .map(p -> p.name() + "=" + p.party().orElse("-") + "/" + p.role().orElse("-")).sorted()
        .collect(Collectors.toList());
  }

  @Test
  void rolesOverNamesInTwoColumnsOfSpaces_signEachForItsColumnsState() {
    // GIVEN two signatures side by side: role, party and name one under the other in each column
    Document doc = RUSSIAN.parse(BODY
        + "Президент                               Председатель\n"
        + "Республики Армения                      Китайской Народной Республики\n"
        + "А.Иванян                                Ли Минхуа\n");
    // THEN each signer takes his own column's role and state, and both states sign
    assertEquals(List.of("AM", "CN"), sorted(doc.signatories()));
    assertEquals(List.of("А.Иванян=AM/президент", "Ли Минхуа=CN/председатель"), signers(doc));
  }

  @Test
  void namesInCapitalsInTwoColumnsOfTabs_signUnderTheirRoles() {
    // GIVEN two columns parted by a tab, the names in capitals
    Document doc = RUSSIAN.parse(BODY
        + "Президент Республики Армения\tПредседатель Китайской Народной Республики\n"
        + "А.ИВАНЯН\tЛИ МИНХУА\n");
    // THEN the names are read as names are written, each with its column's role and state
    assertEquals(List.of("AM", "CN"), sorted(doc.signatories()));
    assertEquals(List.of("А.Иванян=AM/президент", "Ли Минхуа=CN/председатель"), signers(doc));
  }

  @Test
  void namesOverRolesInTwoColumns_signWithTheRolesBelow() {
    // GIVEN names on top, each column's role and party under its name
    Document doc = RUSSIAN.parse(BODY
        + "А.Б.Иванян                 Б.Батбаяр\n"
        + "Президент                  Президент\n"
        + "Республики Армения         Монголии\n");
    // THEN each signer serves the state of his column
    assertEquals(List.of("AM", "MN"), sorted(doc.signatories()));
    assertEquals(List.of("А.Б.Иванян=AM/президент", "Б.Батбаяр=MN/президент"), signers(doc));
  }

  @Test
  void aColumnThatSignsForAState_givesItsRoleBelowThatState() {
    // GIVEN «За …» over a role alone over a name in capitals, in two columns
    Document doc = RUSSIAN.parse(BODY
        + "За Республику Армения          За Монголию\n"
        + "Президент                      Президент\n"
        + "А.ИВАНЯН                       Б.БАТБАЯР\n");
    // THEN each signer serves the state his column signs for
    assertEquals(List.of("А.Иванян=AM/президент", "Б.Батбаяр=MN/президент"), signers(doc));
  }

  @Test
  void aNameInCapitalsUnderARoleOfItsOwnLines_signs() {
    // GIVEN stacked signatures with the names in capitals
    Document doc = RUSSIAN.parse(BODY
        + "Президент Республики Армения\nА.ИВАНЯН\n\nПрезидент Монголии\nБ.БАТБАЯР\n");
    // THEN both sign for their states
    assertEquals(List.of("AM", "MN"), sorted(doc.signatories()));
    assertEquals(List.of("А.Иванян=AM/президент", "Б.Батбаяр=MN/президент"), signers(doc));
  }

  @Test
  void aLetteredHeadingInCapitals_isNoPerson() {
    // GIVEN sections lettered «А.», «Б.» with headings in capitals, one of them a single word
    Document doc = RUSSIAN.parse("Совместное заявление\n\nА. ТОРГОВЛЯ\n1. Стороны развивают торговлю.\n"
        + "Б. ЭНЕРГЕТИКА\n2. Стороны развивают энергетику.\n");
    // THEN nobody is named
    assertEquals(List.of(), signers(doc));
  }

  @Test
  void aTabAfterAPointsNumber_keepsThePoint() {
    // GIVEN numbered points whose numbers are followed by a tab
    Document doc = RUSSIAN.parse("Совместное заявление\n\n1.\tСтороны подчеркивают важность сотрудничества.\n"
        + "2.\tСтороны договорились продолжить консультации.\n");
    // THEN both points are clauses
    assertEquals(2, doc.clauses().stream().filter(c -> c.number().isPresent()).count());
  }

  @Test
  void aProjectOrInstitutionNamedByAStatesAdjective_isNoMentionOfTheState() {
    // GIVEN a pipeline and an institution named by states' adjectives inside sentences
    Document doc = RUSSIAN.parse("Заявление\n1. Стороны приветствуют завершение газопровода \"Турецкий поток\""
        + " и обмены при участии Британского совета.\n");
    // THEN neither state is mentioned
    assertEquals(List.of(), states(doc));
  }

  @Test
  void aStatesAdjectiveInLowerCaseOrInACompound_stillNamesTheState() {
    // GIVEN a side named by its adjective and a committee named by two states' compound adjective
    Document doc = RUSSIAN.parse("Заявление\n1. Турецкая сторона поддерживает работу, которую ведет"
        + " Армяно-Монгольский комитет дружбы, и британская сторона тоже.\n");
    // THEN every state is found
    assertEquals(List.of("AM", "GB", "MN", "TR"), states(doc));
  }

  @Test
  void anOrganisationsSummitOrForum_isNoOrganisation() {
    // GIVEN the East Asia Summit and the ASEAN Regional Forum, organs of ASEAN's format (GUIDELINES: mechanisms)
    Document doc = RUSSIAN.parse("Заявление\n1. Стороны поддерживают Восточноазиатский саммит и Региональный форум АСЕАН.\n");
    // THEN only ASEAN is an organisation
    assertEquals(List.of("ASEAN"), doc.parties().stream().filter(p -> p.kind() == PartyKind.ORGANIZATION)
        .map(Party::id).collect(Collectors.toList()));
  }
}
