package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A role held in a body or seat that belongs to one state and does not name it («Lok Sabha»,
 * «Государственная Дума», "White House"; institutions.tsv) serves that state, and the body's name
 * is nobody's. Every text is written for these tests.
 */
final class BodyOfOneStateTest {
  /** The party of the participant named {@code name}, «-» for none, «absent» when no one is so named. */
  private static Document english(String text) {
    return Parser.english().parse("en-test", text);
  }

  @Test
  void speakerOfALegislatureThatNamesNoState_servesItsState() {
    // GIVEN a visit during which the guest met the Speaker of India's lower house, which the text names alone
    Document doc = english("Joint Statement of Brazil and India\n\n"
        + "1. During the visit the President of Brazil also met the Speaker of the Lok Sabha Om Birla and"
        + " discussed parliamentary exchanges.\n\n"
        + "2. The two sides agreed to expand trade.\n");
    // WHEN it is parsed
    // THEN the Speaker serves India
    assertEquals("IN", People.partyOf(doc, "Om Birla"), People.listed(doc));
  }

  @Test
  void aSeatOfGovernmentBeforeTheRole_givesTheRoleItsState() {
    // GIVEN a working group co-led by an EU commissioner and a White House adviser
    Document doc = english("Joint Statement of the United States and the European Union\n\n"
        + "1. The dialogue is led by Commissioner Maria Lindqvist and White House Senior Advisor Daniel Brooks.\n\n"
        + "2. The two sides will meet again in the autumn.\n");
    // WHEN it is parsed
    // THEN the adviser serves the United States
    assertEquals("US", People.partyOf(doc, "Daniel Brooks"), People.listed(doc));
  }

  @Test
  void aRussianRoleWrittenWithItsChamber_servesTheChambersState() {
    // GIVEN the speaker of a parliament named by its own name only, in two house styles, in a text that names both
    // states apart from them (a participant's party is one of the document's parties)
    List<Participant> found = PersonRecognizerTest.participantsIn(
        "Казахстан и Россия подписали программу межпарламентского сотрудничества.",
        "Стороны провели встречу с Председателем Мажилиса Нурланом Ермекбаевым.",
        "В работе сессии принял участие Председатель Государственной Думы Игорь Соколов.");
    // WHEN it is parsed
    // THEN each serves the state whose chamber it is
    assertEquals(List.of("Игорь Соколов/RU", "Нурлан Ермекбаев/KZ"),
        found.stream().map(p -> p.name() + "/" + p.party().orElse("-")).sorted().collect(Collectors.toList()));
  }

  @Test
  void aChamberAfterARoleAndItsGloss_isNoName() {
    // GIVEN a list of delegations in which one is the representative of a chamber, glossed in brackets
    List<Participant> found = PersonRecognizerTest.participantsIn(
        "В совещании приняли участие делегации Республики Казахстан, Монголии и представитель Кнессета"
            + " (парламента) Государства Израиль.");
    // WHEN it is parsed
    // THEN the chamber, its gloss and the parliament it belongs to are no participant
    assertEquals(List.of(), found.stream().map(Participant::name).collect(Collectors.toList()));
  }

  @Test
  void aStateNamedAfterTheBody_winsOverTheList() {
    // GIVEN a chamber's name that the list gives to one state, followed by another state's name
    List<Participant> found = PersonRecognizerTest.participantsIn(
        "Стороны провели встречу с председателем Федерального собрания Швейцарии Мартином Кандинасом.");
    // WHEN it is parsed
    // THEN the state the text names is the person's
    assertEquals(1, found.size());
    assertEquals("CH", found.get(0).party().orElse("-"), found.get(0).name());
  }
}
