package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * News pages whose headline names the sides by their leaders alone («Путин и Си Цзиньпин подписали
 * совместное заявление»): the directory of office holders gives the states, at the days the page is
 * of, and a headline that names one leader or a leader out of office names no sides. Every page is
 * written for these tests in the house style of news agencies.
 */
final class HeadlineOfficeHoldersTest {
  private static final String BODY = "«Стороны выразили удовлетворение высоким уровнем взаимного доверия и"
      + " договорились расширять торговлю, транспортное сообщение и гуманитарные связи», — говорится в документе.\n\n"
      + "В тексте также отмечается, что стороны приветствуют открытие новых авиарейсов между столицами"
      + " и намерены продолжить консультации по вопросам, которые представляют взаимный интерес.\n";

  @Test
  void aHeadline_twoLeadersByNameSignedAJointStatement_givesTheirStates() {
    // GIVEN a headline naming two heads of state by surname and name alone, a dateline, and a retelling
    Document doc = Parser.russian().parse("ru-test", "Путин и Токаев подписали совместное заявление\n\n"
        + "12 марта 2024 года, 10:15\n\n" + BODY);
    // THEN the directory's states for them at that day adopt it
    assertEquals(List.of("KZ", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aHeadline_oneLeaderSignedAJointStatement_givesNoSides() {
    // GIVEN a headline naming only the host who signed
    Document doc = Parser.russian().parse("ru-test", "Токаев подписал совместное заявление\n\n"
        + "12 марта 2024 года, 10:15\n\n" + BODY);
    // THEN nothing names both sides
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aHeadline_aLeaderOutOfOfficeAtThePagesDay_isNoSide() {
    // GIVEN a headline naming a president who had left office by the page's day
    Document doc = Parser.russian().parse("ru-test", "Путин и Назарбаев подписали совместное заявление\n\n"
        + "12 марта 2024 года, 10:15\n\n" + BODY);
    // THEN only one state is named in office, and no sides are guessed
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aHeadline_thatOnlyReportsTalks_givesNoSides() {
    // GIVEN a headline of two leaders' talks with no act of adopting a text
    Document doc = Parser.russian().parse("ru-test", "Путин и Токаев обсудили торговлю и транспорт\n\n"
        + "12 марта 2024 года, 10:15\n\n" + BODY);
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aLead_aJointStatementOfTheTwoCountriesLeadersByName_givesTheirStates() {
    // GIVEN a lead that names the capitals alone and the joint statement of «министров иностранных дел двух стран» by their names
    Document doc = Parser.russian().parse("ru-test", "Астана и Бишкек намерены углублять союзнические отношения."
        + " Об этом говорится в совместном заявлении министров иностранных дел двух стран Мурата Нуртлеу и Жээнбека Кулубаева"
        + " по итогам переговоров, состоявшихся 12 марта 2024 года.\n\n" + BODY);
    // THEN the directory's states for the two ministers at that day adopt it
    assertEquals(List.of("KG", "KZ"), sorted(doc.signatories()));
  }

  @Test
  void aLead_aJointStatementWithAnotherPersonBeyondAPhrase_givesNoSides() {
    // GIVEN a joint statement whose complement stops at a phrase of three words before a leader's name
    Document doc = Parser.russian().parse("ru-test", "Астана и Бишкек намерены углублять союзнические отношения."
        + " Об этом говорится в совместном заявлении, опубликованном после переговоров Мурата Нуртлеу и Жээнбека"
        + " Кулубаева 12 марта 2024 года.\n\n" + BODY);
    // THEN the names are not the statement's complement, and no sides are guessed from them
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aLead_statesThatSetUpRelationsUnderASignedDeclaration_areTheSides() {
    // GIVEN an agency's lead whose one list of states acts «согласно подписанной в Ташкенте совместной декларации»
    Document doc = Parser.russian().parse("ru-test", "12.03.2024 10:15\n\n"
        + "Договор о союзнических отношениях, согласно подписанной в Ташкенте совместной декларации, намерены заключить"
        + " Республика Казахстан и Республика Узбекистан, сообщает агентство.\n\n" + BODY);
    // THEN those states adopt it
    assertEquals(List.of("KZ", "UZ"), sorted(doc.signatories()));
  }

  @Test
  void aLead_aSignedDeclarationWithAStateOutsideTheList_givesNoSides() {
    // GIVEN a lead of a signed declaration that names one state apart and a list of two others
    Document doc = Parser.russian().parse("ru-test", "12.03.2024 10:15\n\n"
        + "Согласно подписанной в Ташкенте совместной декларации, Казахстан поставит Узбекистану и Таджикистану"
        + " зерно, сообщает агентство.\n\n" + BODY);
    // THEN no sides are guessed: the sentence's states are not one list
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
