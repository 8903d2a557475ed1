package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page that reports a meeting (talks, a summit, a council's session) and names no text adopted at it has no
 * signatories: its heads, hosts and attendees met, and nobody adopted the page. A page that names a document made at
 * the meeting, or speaks of its sides as a joint text does, keeps them. Every text is written for these tests.
 */
final class EventReportHasNoSidesTest {
  @Test
  void talksOfTwoHeadsOfGovernment_reportedWithTheirWords_haveNoSides() {
    // GIVEN a news page: two heads of government held talks, one of them said something
    Document doc = Parser.russian().parse("3 марта 2021 года Председатель Правительства Российской Федерации Михаил"
        + " Мишустин и Премьер-министр Вьетнама Фам Минь Тинь провели в Москве переговоры. Обе стороны обменялись"
        + " мнениями о торговле и энергетике.\n"
        + "Фам Минь Тинь сказал, что отношения двух стран развиваются успешно.\n");
    // THEN nobody adopts the page
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aSummitThatEnded_withItsAttendeesListed_hasNoSides() {
    // GIVEN a report of a summit's end, its attendees and what they discussed, and a count of documents signed
    Document doc = Parser.russian().parse("Саммит государств Центральной Азии завершился в Душанбе.\n"
        + "В нём приняли участие президент Казахстана Касым-Жомарт Токаев, президент Кыргызстана Садыр Жапаров,"
        + " президент Таджикистана Эмомали Рахмон и президент Узбекистана Шавкат Мирзиёев. Участники саммита обсудили"
        + " водные ресурсы и транспорт. По итогам встречи подписан пакет документов.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aReportOfTalks_thatNamesTheStatementSigned_keepsItsSides() {
    // GIVEN the same kind of opening, and a joint statement the heads signed
    Document doc = Parser.russian().parse("3 марта 2021 года Председатель Правительства Российской Федерации Михаил"
        + " Мишустин и Премьер-министр Вьетнама Фам Минь Тинь провели в Москве переговоры. По их итогам премьеры"
        + " подписали совместное заявление о стратегическом партнерстве.\n");
    assertTrue(doc.signatories().containsAll(List.of("RU", "VN")), doc.signatories().toString());
  }

  @Test
  void aJointTextThatNarratesItsMeeting_andSpeaksOfTheSides_keepsThem() {
    // GIVEN a text that opens with the talks held and goes on with what «Стороны» noted
    Document doc = Parser.russian().parse("10 мая 2022 года в Ташкенте состоялись переговоры Президента Республики"
        + " Узбекистан Ш.Мирзиёева и Президента Республики Казахстан К.Токаева.\n"
        + "Стороны отметили высокий уровень двусторонних отношений и договорились расширять торговлю.\n");
    assertEquals(List.of("KZ", "UZ"), sorted(doc.signatories()));
  }

  @Test
  void aSessionUnderAChair_whoseStatesSpeakAsSubjects_keepsItsSides() {
    // GIVEN a meeting narrated, then states as the subjects of what they support: the way a joint text speaks
    Document doc = Parser.russian().parse("12 апреля 2012 года в Вильнюсе Литва и Польша провели встречу министров"
        + " энергетики.\n"
        + "Литва поддержала строительство нового газопровода. Польша подтвердила готовность к сотрудничеству.\n");
    assertEquals(List.of("LT", "PL"), sorted(doc.signatories()));
  }

  @Test
  void theCoChairsOfAMinisterialMeeting_areNoSidesByChairing() {
    // GIVEN a report of a meeting chaired by two ministers, the participants' words told, no text adopted
    Document doc = Parser.russian().parse("АСТАНА, 5 июня 2023 (Казинформ) -- В Астане состоялось заседание"
        + " совместного совета министров.\n"
        + "Заседание прошло под председательством министра иностранных дел Казахстана Мурата Нуртлеу и министра"
        + " иностранных дел Египта Самеха Шукри при участии министров иностранных дел арабских государств.\n"
        + "Участники обсудили региональные вопросы и договорились продолжать диалог.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aPageOpeningWithAJointTextsFormulaOfAVisit_keepsItsSides() {
    // GIVEN the opening of a joint communiqué, cut short before its sides speak: «По приглашению …», talks held
    Document doc = Parser.russian().parse("По приглашению Президента Республики Казахстан К.Токаева Президент"
        + " Монгольской Республики У.Хурэлсух 14-15 октября 2022 года посетил Казахстан с государственным визитом."
        + " В Астане состоялись переговоры глав двух государств.\n"
        + "Главы государств обменялись мнениями о развитии торговли.\n");
    // THEN the page is taken for the joint text, and its sides stay
    assertEquals(List.of("KZ", "MN"), sorted(doc.signatories()));
  }

  @Test
  void theChairOfACouncilsSession_isNoSideByChairing_whereTheReportNamesADraft() {
    // GIVEN a session under a head's chairmanship, whose report names a document (so it is not a bare event report)
    Document doc = Parser.russian().parse("Под председательством Президента Республики Казахстан Касым-Жомарта"
        + " Токаева в Астане прошло заседание Совета глав государств.\n"
        + "Участники обсудили проект соглашения о транспорте и договорились продолжать диалог.\n");
    // THEN the chair's state is not a side by chairing
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
