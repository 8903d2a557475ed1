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
}
