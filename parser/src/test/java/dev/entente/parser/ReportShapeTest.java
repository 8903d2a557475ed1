package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28: a news page whose journalist says the document was made — a finite verb of making or the noun of
 * signing beside a document's noun, either way, any case, capital or not — is a report even where no cue of
 * reports.tsv stands ({@link ReportShape}): nothing of its own wording counts. Held back where the page speaks as the
 * document or counts the documents a meeting signed. Every page is written for these tests.
 */
final class ReportShapeTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  @Test
  void aCapitalisedTreatyAfterAnAdjective_makesTheParagraphAReport() {
    Document doc = parse("Президент Казахстана Касым-Жомарт Токаев и глава Киргизии Садыр Жапаров подписали новый Договор"
        + " о союзнических отношениях между двумя государствами.\n\n"
        + "Церемония прошла в Астане после переговоров, в которых участвовали также министры энергетики Узбекистана"
        + " и Таджикистана.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
    assertTrue(doc.participants().isEmpty(), () -> doc.participants().toString());
  }

  @Test
  void theDocumentBeforeItsVerb_makesTheParagraphAReport() {
    Document doc = parse("Декларацию о стратегическом партнерстве подписали премьер-министры Армении и Грузии на встрече"
        + " в Тбилиси во вторник.\n\n"
        + "Стороны обсудили также транзит грузов через Турцию и Иран.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
  }

  @Test
  void aCeremonyOfSigning_makesTheParagraphAReport() {
    Document doc = parse("В Ташкенте состоялась торжественная церемония подписания Соглашения о водных ресурсах между"
        + " Узбекистаном и Казахстаном.\n\n"
        + "После церемонии президенты осмотрели выставку и встретились с представителями ООН.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
    assertTrue(doc.parties().isEmpty(), () -> doc.parties().toString());
  }

  @Test
  void aPassiveOpening_makesThePageAReport() {
    Document doc = parse("Одобрен Меморандум о сотрудничестве в области образования между Египтом и Иорданией.\n\n"
        + "Министры двух стран встретятся вновь осенью в Каире.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
  }

  @Test
  void aCountOfDocumentsSignedAtAMeeting_isNoReport() {
    Document doc = parse("Премьер-министры Египта и Иордании провели переговоры в Аммане.\n\n"
        + "По итогам встречи подписан ряд соглашений о сотрудничестве в области энергетики и транспорта.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("EG", "JO")), () -> Ids.states(doc).toString());
  }

  @Test
  void sidesSpeakingInThePresent_holdThePageBack() {
    Document doc = parse("Президенты Египта и Иордании подписали Декларацию о стратегическом партнерстве.\n\n"
        + "Стороны подтверждают приверженность сотрудничеству в рамках Лиги арабских государств и поддерживают"
        + " мирное урегулирование в Ливии.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("EG", "JO", "LY")), () -> Ids.states(doc).toString());
  }

  @Test
  void aPreamblesGerund_holdsThePageBack() {
    Document doc = parse("Главы Египта и Иордании приняли Декларацию о дружбе.\n\n"
        + "Руководствуясь стремлением к миру в регионе, главы государств поддержали переговоры по Ливии.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("EG", "JO", "LY")), () -> Ids.states(doc).toString());
  }

  @Test
  void aSentenceHandingOverTheText_isNoReport() {
    Document doc = parse("Главы Египта и Иордании приняли следующее Совместное заявление о положении в Ливии.\n\n"
        + "Главы государств выразили поддержку усилиям по урегулированию в Ливии.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("EG", "JO", "LY")), () -> Ids.states(doc).toString());
  }

  @Test
  void aSigningOfThePastRecalled_isNoReport() {
    Document doc = parse("Президенты Египта и Иордании отметили, что со времени подписания Договора о дружбе отношения двух"
        + " стран достигли высокого уровня.\n\n"
        + "Главы государств поддержали переговоры по урегулированию в Ливии.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("EG", "JO", "LY")), () -> Ids.states(doc).toString());
  }

  @Test
  void aDatelineWithAMeetingNarrated_makesThePageAReport() {
    Document doc = parse("ЕРЕВАН, 14 марта. /ТАСС/. Переговоры министров иностранных дел Армении и Ирана прошли в"
        + " Ереване во вторник.\n\n"
        + "Министры обсудили также ситуацию в Сирии и сотрудничество с ОДКБ.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
  }

  @Test
  void aDatelineOfAnyStateNewsAgency_makesThePageWithAMeetingNarratedAReport() {
    // GIVEN datelines of agencies beyond TASS and RIA (Uzbekistan's, Mongolia's, Ukraine's), each above a meeting held
    for (String dateline : List.of("ТАШКЕНТ, 3 июня. /УзА/. ", "УЛАН-БАТОР, 12 мая /МОНЦАМЭ/. ",
        "КИЕВ, 2 марта /Укринформ/. ")) {
      Document doc = parse(dateline + "Переговоры министров иностранных дел Туркменистана и Казахстана прошли во"
          + " вторник.\n\n"
          + "Министры обсудили также транзит грузов через Китай и Иран.\n");
      // THEN the page is a report: every state is named by the journalist
      assertEquals(List.of(), Ids.states(doc), dateline);
    }
  }

  @Test
  void aDatelineInParenthesesWithADelegationLed_makesThePageAReport() {
    Document doc = parse("ДОХА, Катар, 3 июня 2024 (QNA) -- Министр энергетики Омана возглавил делегацию страны на"
        + " заседании совместной комиссии с Египтом.\n\n"
        + "Стороны обсудили поставки газа в Иорданию.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
  }

  @Test
  void aDatelineAboveAPrintedCommunique_isNoReport() {
    Document doc = parse("МИНСК, 5 мая. /БЕЛТА/.\n\n"
        + "По приглашению Президента Республики Беларусь Президент Республики Казахстан посетил Минск.\n\n"
        + "Стороны подтверждают приверженность договору о союзе.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("BY", "KZ")), () -> Ids.states(doc).toString());
  }

  @Test
  void aMeetingNarratedWithoutADateline_isNoReport() {
    Document doc = parse("Переговоры Президента Монголии и Президента Казахстана прошли в атмосфере дружбы.\n\n"
        + "Президенты обсудили торговлю и транзит через Китай.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("MN", "KZ", "CN")), () -> Ids.states(doc).toString());
  }

  @Test
  void anEnglishJointStatementListingAgreementsSigned_isNoReport() {
    Document doc = Parser.english().parse("en-test", "At the invitation of the President of Ghana, the President of"
        + " Senegal paid a state visit to Ghana.\n\n"
        + "During the visit the two sides signed an agreement on trade and held talks on Mali.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("GH", "SN", "ML")), () -> Ids.states(doc).toString());
  }

  @Test
  void anEnglishDatelineAboveAPrintedStatementWithTalksHeld_isNoReport() {
    Document doc = Parser.english().parse("en-test", "HANOI, June 2 (VNA) --\n"
        + "The two leaders held talks in a friendly atmosphere and reviewed relations between Viet Nam and Laos.\n\n"
        + "The Sides agreed to deepen cooperation with Cambodia.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("VN", "LA")), () -> Ids.states(doc).toString());
  }

  @Test
  void aPlanOrAnActSigned_makesTheParagraphAReport() {
    // GIVEN news pages that report a plan of action and a final act signed, the way they report a treaty
    Document plan = parse("Во время визита в Баку главы двух государств подписали План действий Азербайджана и Казахстана"
        + " на 2025-2027 годы.\n\n"
        + "Президенты также осмотрели новый порт и встретились с предпринимателями.\n");
    assertEquals(List.of(), Ids.states(plan), "every state is named by the journalist");
    Document act = parse("В Каире был подписан Заключительный акт второго заседания смешанной комиссии Египта и Греции.\n\n"
        + "Министры обсудили торговлю, туризм и судоходство.\n");
    assertEquals(List.of(), Ids.states(act), "every state is named by the journalist");
  }

  @Test
  void aWordThatOnlyBeginsLikeAPlanOrAnAct_makesNoReport() {
    // GIVEN a joint text whose sides plan to sign and work actively: no plan or act was made
    Document doc = parse("Азербайджан и Казахстан активно развивают сотрудничество в области транспорта и подписали в"
        + " прошлом году планировавшееся давно соглашение.\n\n"
        + "Стороны подтверждают намерение расширять торговлю.\n");
    assertEquals(List.of("AZ", "KZ"), Ids.states(doc));
  }

  @Test
  void aPlaceBetweenTheVerbAndTheDocument_stillMakesTheParagraphAReport() {
    // GIVEN a journalist who puts where the ministers signed between the verb and the document's noun
    Document doc = parse("Министры иностранных дел Египта и Иордании подписали в иорданской столице совместное коммюнике"
        + " о торговле.\n\n"
        + "На встрече присутствовал также посол Туниса в Иордании.\n");
    // THEN the page is a report: no state of the journalist's own wording counts
    assertEquals(List.of(), Ids.states(doc), "every state is named by the journalist");
  }
}
