package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Russian mechanisms and events (issue 20, session 9): lower-case bodies a cue creates or their
 * complement names, a commission named inside its numbered session, a visit before a document's
 * name, a meeting named by its sides. Every text is written for these tests.
 */
final class RussianMechanismNamesTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final String OPENING = "Совместное заявление\n\n1. Стороны подчеркнули важность сотрудничества в области"
      + " культуры и образования и отметили, что это отвечает интересам народов двух стран.\n2. ";

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(m -> m.name() + "=" + m.status()).collect(Collectors.toList());
  }

  @Test
  void aWorkingGroupACueCreates_namedByItsComplement_isAMechanism() {
    // GIVEN working groups whose head phrase has no describing word before it, only a complement after it
    Document created = RUSSIAN.parse(OPENING + "Стороны договорились создать совместную рабочую группу по вопросам образования.\n");
    Document proposed = RUSSIAN.parse(OPENING + "Стороны поддержали предложение о создании рабочей группы по науке.\n");
    // THEN each is a mechanism, new or proposed as its cue says
    assertEquals(List.of("совместная рабочая группа по вопросам образования=NEW"), mechanisms(created));
    assertEquals(List.of("рабочая группа по науке=PROPOSED"), mechanisms(proposed));
  }

  @Test
  void aLowerCaseHeadWithoutACue_isNoName() {
    // GIVEN a working group mentioned in passing, with nothing that creates or names it
    Document doc = RUSSIAN.parse(OPENING + "Стороны обсудили работу групп экспертов и рабочие вопросы.\n");
    // THEN no mechanism is found
    assertEquals(List.of(), doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void aNumberedSessionOfACommissionNamedByACompound_namesTheCommissionToo() {
    // GIVEN the tenth session of a commission two sides name by their compound adjective
    Document doc = RUSSIAN.parse(OPENING + "Стороны отметили итоги десятого заседания Армяно-монгольской"
        + " межправительственной комиссии.\n");
    // THEN the commission is a mechanism beside the session
    assertEquals(List.of("Армяно-монгольская межправительственная комиссия=EXISTING"), mechanisms(doc));
    assertEquals(1, doc.events().size(), () -> doc.events().toString());
  }

  @Test
  void aVisitBeforeTheNameOfADocument_endsBeforeIt() {
    // GIVEN an agreement signed «в ходе визита»
    Document doc = RUSSIAN.parse(OPENING + "Стороны приветствовали подписание в ходе визита Соглашения о сотрудничестве"
        + " в области науки.\n");
    // THEN no visit is named after the agreement, and the agreement, an instrument signed, is no initiative
    assertEquals(List.of(), doc.events().stream().map(e -> e.name()).collect(Collectors.toList()));
    assertEquals(List.of(), doc.initiatives().stream().map(i -> i.name()).collect(Collectors.toList()));
  }

  @Test
  void aMeetingTwoSidesNameByTheirCompound_isAnEvent() {
    // GIVEN a business forum named by two sides' compound adjective, without a date
    Document doc = RUSSIAN.parse(OPENING + "Стороны приняли к сведению результаты Армяно-монгольского делового форума,"
        + " организованного в рамках визита.\n");
    // THEN it is an event
    assertEquals(List.of("Армяно-монгольский деловой форум"), doc.events().stream().map(e -> e.name())
        .collect(Collectors.toList()));
  }

  @Test
  void aLowerCaseBodyWhoseComplementSaysWhatItIsFor_isAMechanism_butADialogueSoWrittenIsNot() {
    // GIVEN a subcommission and a mechanism of consultations in lower case, and a dialogue as an activity
    Document doc = RUSSIAN.parse(OPENING + "Стороны отметили работу подкомиссии по сотрудничеству в области энергетики"
        + " и механизма консультаций по вопросам безопасности и считают важной платформу для диалога по"
        + " безопасности.\n");
    // THEN the two bodies are mechanisms and the dialogue is none
    assertEquals(List.of("подкомиссия по сотрудничеству в области энергетики=EXISTING",
        "механизм консультаций по вопросам безопасности=EXISTING"), mechanisms(doc));
  }

  @Test
  void capitalisedBodiesInThePlural_areTheStatesOwn_butAJointGroupIsAMechanism() {
    // GIVEN the states' parliaments named in the plural, and a joint group created for a task
    Document doc = RUSSIAN.parse(OPENING + "Председатели Верховных Советов государств обратились к главам государств"
        + " и приветствовали учреждение совместной Группы по созданию Союза инвесторов.\n");
    // THEN only the joint group is a mechanism
    assertEquals(List.of("совместная Группа по созданию Союза инвесторов=NEW"), mechanisms(doc));
  }

  @Test
  void aSigningWithItsDateBeforeTheDocumentSigned_isAnEventNamedByTheDocument() {
    // GIVEN a signing whose date stands between its head and the treaty signed
    Document doc = RUSSIAN.parse(OPENING + "Интеграция получила импульс в результате подписания 2 апреля 1997 года"
        + " Договора о Союзе Армении и Монголии.\n");
    // THEN the signing is an event named by the treaty and dated by that date
    assertEquals(List.of("подписание Договора о Союзе Армении и Монголии@1997-04-02"), doc.events().stream()
        .map(e -> e.name() + "@" + e.date().map(Object::toString).orElse("-")).collect(Collectors.toList()));
  }

  @Test
  void twoNounsOfOneObliqueCaseJoinedByAnd_areOneName_butASubjectAfterAndIsNot() {
    // GIVEN a commission whose subject is two nouns of one case with different endings, and a clause after «и»
    Document doc = RUSSIAN.parse(OPENING + "Стороны отметили работу Комиссии по безопасности и сотрудничеству,"
        + " а также Совета министров и стороны договорились продолжить работу.\n");
    // THEN the commission's name holds both nouns, and the council's name ends before the clause
    assertEquals(List.of("Комиссия по безопасности и сотрудничеству=EXISTING", "Совет министров=EXISTING"),
        mechanisms(doc));
  }
}
