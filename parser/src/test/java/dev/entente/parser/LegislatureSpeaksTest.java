package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A chamber of a state's parliament that speaks speaks for its state: the legislature (or its members)
 * opening a sentence, then the state it belongs to or a name that needs none (groups.tsv), then its verb.
 * Texts written for these tests, in several house styles.
 */
final class LegislatureSpeaksTest {

  @Test
  void aChamberNamedWithItsState_opensTheText_givesTheState() {
    // GIVEN a chamber's own statement whose first words are its full name, its state's included
    Document doc = Parser.russian().parse("ru-test", "Государственная Дума Федерального Собрания Российской Федерации"
        + " считает необходимым продолжить диалог с парламентом Казахстана.\n\nДепутаты призывают стороны к сдержанности.\n");
    // THEN its state is the side, the state it speaks of none
    assertEquals(List.of("RU"), sorted(doc.signatories()));
  }

  @Test
  void aNewsHeadline_deputiesOfAChamberKnownByName_givesItsState() {
    Document doc = Parser.russian().parse("ru-test", "Обновлено 12.03.2019 10:15\n\nДепутаты Госдумы выразили тревогу"
        + " из-за положения в Молдавии\n\nДепутаты приняли в среду заявление о положении в Молдавии, сообщает"
        + " агентство. За документ проголосовали 400 депутатов.\n");
    assertEquals(List.of("RU"), sorted(doc.signatories()));
  }

  @Test
  void aSecondChamberKnownByName_speaksInTheLead_givesItsState() {
    Document doc = Parser.russian().parse("ru-test", "Сенаторы приняли заявление по Грузии\n\nЧлены Совета Федерации"
        + " единогласно приняли в среду заявление о ситуации в Грузии, сообщает агентство.\n");
    assertEquals(List.of("RU"), sorted(doc.signatories()));
  }

  @Test
  void anotherStatesParliament_namedWithItsState_givesThatState() {
    Document doc = Parser.russian().parse("ru-test", "Заявление\n\nПарламент Республики Казахстан выражает поддержку"
        + " усилиям по урегулированию конфликта в Сирии.\n");
    assertEquals(List.of("KZ"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishPage_theParliamentOfAState_speaks() {
    Document doc = Parser.english().parse("en-test", "Statement\n\nThe Parliament of Georgia calls on the international"
        + " community to support the territorial integrity of Ukraine.\n");
    assertEquals(List.of("GE"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishPage_membersOfAChamberKnownByName_speak() {
    Document doc = Parser.english().parse("en-test", "Lawmakers adopt statement on Moldova\n\nMembers of the State Duma"
        + " adopted a statement on the situation in Moldova on Wednesday, the agency reported.\n");
    assertEquals(List.of("RU"), sorted(doc.signatories()));
  }

  @Test
  void aLegislatureOnlySpokenOf_isNoSubject() {
    // GIVEN experts discussing a chamber's vote: the chamber is no subject of the sentence
    Document doc = Parser.russian().parse("ru-test", "Комментарий\n\nЭксперты обсудили решение Государственной Думы"
        + " Федерального Собрания Российской Федерации о ратификации договора с Норвегией.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aChamberSpeaksBeforeATreatyItNames_givesItsStateAlone() {
    // GIVEN a chamber's appeal whose opening sentence, with a preposition after the chamber's name, speaks of a
    // treaty between its state and another, and ratifies nothing
    Document doc = Parser.russian().parse("ru-test", "Обращение\n\nСовет Федерации Федерального Собрания Российской"
        + " Федерации в преддверии годовщины Договора о дружбе между Российской Федерацией и Республикой Молдова"
        + " призывает парламентариев Молдовы к сотрудничеству.\n");
    // THEN the chamber's state alone is the side, not the treaty's other party
    assertEquals(List.of("RU"), sorted(doc.signatories()));
  }

  @Test
  void aChamberRatifiesATreatyBetweenTwoStates_givesTheTreatysSides() {
    Document doc = Parser.russian().parse("ru-test", "Государственная Дума ратифицировала Договор о дружбе между"
        + " Российской Федерацией и Республикой Молдова. Документ внесен Президентом России.\n");
    assertEquals(List.of("MD", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aChamberNamedWithItsStateThenAComma_givesTheState() {
    Document doc = Parser.russian().parse("ru-test", "Заявление\n\nВерховная Рада Украины,\nвыражая волю избирателей,"
        + " призывает парламенты соседних стран к диалогу.\n");
    assertEquals(List.of("UA"), sorted(doc.signatories()));
  }

  @Test
  void anOrganisationsAssembly_speaksForTheOrganisation() {
    // GIVEN a headline whose subject is an organisation's parliamentary assembly, abbreviated, then its verb
    Document doc = Parser.russian().parse("ru-test", "ПА ОБСЕ призвала стороны к прекращению огня\n\nДепутаты"
        + " ассамблеи обсудили положение в регионе на сессии в Вене.\n");
    // THEN the organisation is the side
    assertEquals(List.of("OSCE"), sorted(doc.signatories()));
  }

  @Test
  void anOrganisationsAssemblyNamedInFull_speaksForTheOrganisation() {
    Document doc = Parser.russian().parse("ru-test", "Заявление\n\nДепутаты Парламентской ассамблеи Совета Европы"
        + " серьезно обеспокоены положением беженцев на границе.\n");
    assertEquals(List.of("COE"), sorted(doc.signatories()));
  }
}
