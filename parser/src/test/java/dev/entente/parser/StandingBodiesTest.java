package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 12: where the names of mechanisms and initiatives begin and end, and which heads make none,
 * in both languages. Every text is written for these tests.
 */
final class StandingBodiesTest {
  private static final Parser ENGLISH = Parser.english();
  private static final Parser RUSSIAN = Parser.russian();
  private static final String EN_HEAD = "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n";
  private static final String RU_HEAD = "Совместное заявление\n\n1. Стороны подчеркнули важность сотрудничества в области"
      + " культуры и образования.\n2. ";

  private static Document english(String body) {
    return ENGLISH.parse("en-bodies", EN_HEAD + body + "\n");
  }

  private static Document russian(String body) {
    return RUSSIAN.parse("ru-bodies", RU_HEAD + body + "\n");
  }

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> initiatives(Document doc) {
    return doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList());
  }

  @Test
  void aPairOfPartiesBeforeALongName_opensIt() {
    // GIVEN a dialogue named by its two members and more than five words before its head
    Document doc = english("1. The Ministers welcomed the EU-India High-Level Digital and Technology Dialogue held in Delhi.");
    // THEN the members' pair is the start of its name
    assertEquals(List.of("EU-India High-Level Digital and Technology Dialogue"), mechanisms(doc));
  }

  @Test
  void aPartyAloneBeforeALongName_staysOutOfIt() {
    // GIVEN one party's name, no pair, before a long name
    Document doc = english("1. The Ministers thanked Canada for the High-Level Digital and Technology Dialogue of 2024.");
    // THEN the name starts after it
    assertTrue(mechanisms(doc).stream().noneMatch(name -> name.startsWith("Canada")), () -> "no party: " + mechanisms(doc));
  }

  @Test
  void aPlanBeforeAnInfinitive_isAVerb() {
    // GIVEN «plan» as the verb of two subjects, then as a noun
    Document verb = english("1. Canada and the European Union plan to deepen cooperation on critical minerals.");
    Document noun = english("1. The Ministers welcomed the Canada-Chile Plan for Critical Minerals.");
    // THEN only the noun names an initiative
    assertEquals(List.of(), initiatives(verb));
    assertEquals(List.of("Canada-Chile Plan for Critical Minerals"), initiatives(noun));
  }

  @Test
  void aBoard_isNoMechanism() {
    // GIVEN a state's own board beside a joint commission
    Document doc = english("1. The Ministers welcomed the work of the Chilean Tourism Board and the Canada-Chile Joint Commission.");
    // THEN only the commission is a mechanism
    assertEquals(List.of("Canada-Chile Joint Commission"), mechanisms(doc));
  }

  @Test
  void aTopicAfterABodysHead_isWhatIsSaidAboutIt() {
    // GIVEN a report «о работе» a committee, right after the committee's head
    Document doc = russian("Стороны заслушали доклад Председателя Комитета о работе Рабочей группы по энергетике и отметили итоги.\n");
    // THEN neither name runs on over the report's topic
    assertTrue(mechanisms(doc).stream().noneMatch(name -> name.contains(" о ")), () -> "no topic: " + mechanisms(doc));
    assertTrue(mechanisms(doc).contains("Рабочая группа по энергетике"), () -> "the group keeps its field: " + mechanisms(doc));
  }

  @Test
  void aLowerCaseWordJoinedToAHead_isAnotherThing() {
    // GIVEN a committee's head joined by «и» to a lower-case noun, then a preposition that ends every name
    Document doc = russian("Стороны приняли к сведению работу Межправительственной комиссии и соображения экспертов"
        + " относительно ее планов.\n");
    // THEN the commission's name ends at its head
    assertEquals(List.of("Межправительственная комиссия"), mechanisms(doc));
  }

  @Test
  void aCompoundHeadInAnObliqueCase_isNamedInTheNominative() {
    // GIVEN a council and a forum whose head nouns a hyphen joins to their first part, in the genitive
    Document doc = russian("Стороны высоко оценили работу Российско-Монгольского бизнес-совета и Межрегионального"
        + " бизнес-форума.\n");
    // THEN both names are in the nominative, the compound whole
    assertEquals(List.of("Российско-Монгольский бизнес-совет", "Межрегиональный бизнес-форум"), mechanisms(doc));
  }

  @Test
  void aCompoundAdjectiveAndAHeadAfterAnd_openAnotherItem() {
    // GIVEN two forums «и» joins, the second named by a compound adjective of two states
    Document doc = russian("Стороны высоко оценили работу Межрегионального медиафорума и Российско-Монгольского"
        + " бизнес-форума.\n");
    // THEN they are two mechanisms
    assertEquals(List.of("Межрегиональный медиафорум", "Российско-Монгольский бизнес-форум"), mechanisms(doc));
  }

  @Test
  void aPlantOrAPort_isNoInitiative() {
    // GIVEN a power plant and a port named in a sentence, and a project to build a port
    Document doc = english("1. The Ministers discussed the safety of the Bruce Nuclear Power Plant and the Port of Valparaiso,"
        + " and welcomed the Valparaiso Port Expansion Project.");
    // THEN only the project is an initiative
    assertEquals(List.of("Valparaiso Port Expansion Project"), initiatives(doc));
  }

  @Test
  void aDialogueALevelQualifies_isAMechanismInLowerCase() {
    // GIVEN a dialogue in lower case with a level before its head, and dialogues in the plural
    Document one = english("1. The Ministers agreed to deepen cooperation on energy through a ministerial-level dialogue.");
    Document kind = english("1. Both sides value ministerial-level dialogues on many subjects.");
    // THEN only the single dialogue is a mechanism
    assertEquals(List.of("ministerial-level dialogue"), mechanisms(one));
    assertEquals(List.of(), mechanisms(kind));
  }

  @Test
  void aStateCouncilAndItsCommission_areOneStatesOrgans() {
    // GIVEN a government's State Council, a commission of it, and a joint commission
    Document doc = english("1. The Vice Premier of the State Council and the Chair of the Tariff Commission of the State Council"
        + " met the Canada-Chile Joint Commission.");
    // THEN only the joint commission is a mechanism
    assertEquals(List.of("Canada-Chile Joint Commission"), mechanisms(doc));
  }

  @Test
  void bodiesInThePluralWithoutAParty_areEachSidesOwn() {
    // GIVEN the two sides' own commissions and committees in the plural, and a joint commission of theirs
    Document doc = english("1. The Ministers welcomed the report of the Competition Commissions on market access, briefed the"
        + " relevant parliamentary committees and thanked the Canada-Chile Joint Commission.");
    // THEN only the joint commission is a mechanism
    assertEquals(List.of("Canada-Chile Joint Commission"), mechanisms(doc));
  }

  @Test
  void aYearAfterABodysHead_isNoPartOfItsName() {
    // GIVEN a council named with the year of its meeting after its head
    Document doc = russian("Стороны отметили итоги заседания Делового совета 2024 и наметили планы.\n");
    // THEN the council's name ends at its head
    assertEquals(List.of("Деловой совет"), mechanisms(doc));
  }

  @Test
  void aPartnershipForum_isAForumAndAPartnershipForSomething_anInitiative() {
    // GIVEN a forum whose name has «Partnership» before its head, and a programme named «Partnership for …»
    Document doc = english("1. The Ministers welcomed the Canada-Chile Trade Partnership Forum and the Partnership for"
        + " Clean Mining.");
    // THEN the forum is a mechanism and only the programme an initiative
    assertEquals(List.of("Canada-Chile Trade Partnership Forum"), mechanisms(doc));
    assertEquals(List.of("Partnership for Clean Mining"), initiatives(doc));
  }

  @Test
  void aFirstMeetingWithAPartner_opensNoSeries() {
    // GIVEN a first meeting of heads of state held with a partner named after it, and one held among themselves
    Document partner = russian("Президенты приняли участие в первой встрече глав государств Центральной Азии"
        + " с премьер-министром Японии.\n");
    Document own = russian("Президенты приняли участие в первой встрече глав государств Центральной Азии.\n");
    // THEN only the meeting among themselves opens a series of theirs
    assertEquals(List.of(), mechanisms(partner));
    assertEquals(List.of("встреча глав государств Центральной Азии"), mechanisms(own));
  }

  @Test
  void pluralDocumentsAfterAPossessive_areNoInitiative() {
    // GIVEN a vision and «its» several plans
    Document doc = english("1. The Ministers supported the Canada-Chile Vision 2040 and its Sectoral Action Plans.");
    // THEN only the vision is an initiative
    assertEquals(List.of("Canada-Chile Vision 2040"), initiatives(doc));
  }

  @Test
  void anIntegrationProcess_isNoFormat() {
    // GIVEN a process of integration, beside a named process of cooperation
    Document doc = english("1. The Ministers discussed the European integration process and the Santiago Process on trade.");
    // THEN only the named process is a mechanism
    assertEquals(List.of("Santiago Process on trade"), mechanisms(doc));
  }
}
