package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 14: the lines a news agency writes above a document it reprints — a report that announces
 * the text, a lead-in that hands it over («… представляет полный текст …», «Документ гласит:», «Ниже
 * следует ее полный текст:») — are the site's, not the document's, and still tell its kind. Every page
 * is written for these tests in the house styles of Russian news agencies.
 */
final class NewsPageLeadsTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  @Test
  void aLeadInThatPresentsTheFullText_endsTheReportAboveIt() {
    Document doc = parse("Полный текст Совместного заявления Монголии и Кыргызстана\n"
        + "По случаю официального визита Президента Монголии в Кыргызскую Республику стороны выступили с совместным"
        + " заявлением.\n"
        + "Информационное агентство с уважением представляет полный текст совместного заявления Монголии и Кыргызстана.\n"
        + "1. Стороны договорились расширять торговлю и транспортное сообщение.\n");
    int report = doc.text().indexOf("По случаю");
    int clause = doc.text().indexOf("1. Стороны");
    for (dev.entente.model.Party party : doc.parties()) {
      assertTrue(party.mentions().stream().noneMatch(m -> m.start() >= report && m.start() < clause),
          () -> party.id() + " found in the agency's report: " + party.mentions());
    }
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind(), "the lead-in over the report names the kind");
  }

  @Test
  void aLineSayingWhatTheDocumentReads_isTheLeadIn() {
    Document doc = parse("Опубликовано заявление глав Монголии и Кыргызстана\n\n"
        + "БИШКЕК, 12 мая. В ходе встречи президентов Монголии и Кыргызстана было принято совместное заявление"
        + " двух стран.\n\n"
        + "Документ гласит:\n\n"
        + "\"Стороны договорились расширять торговлю и транспортное сообщение.\"\n");
    assertEquals(List.of(), Ids.states(doc), "the states are named only above the text");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind(), "«совместное заявление» of the lead, not the headline's loose «заявление»");
  }

  @Test
  void anAgencysReportThatTheTextWasPublished_isNotTheDocuments() {
    Document doc = parse("Совет министров иностранных дел Содружества опубликовал совместное заявление по итогам"
        + " заседания в Бишкеке.\n\n"
        + "Министры выразили обеспокоенность ростом напряженности в регионе.\n\n"
        + "Министры призвали все стороны к сдержанности.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
    assertTrue(doc.segments().get(0).kind() == dev.entente.model.SegmentKind.WRAPPER, () -> doc.segments().toString());
  }

  @Test
  void aDayBetweenTheVerbAndTheKind_stillGivesTheKind() {
    Document doc = parse("По итогам визита Президента Монголии в Кыргызстан две страны распространили 5 июня совместную"
        + " декларацию.\n\n"
        + "Стороны договорились расширять торговлю.\n");
    assertEquals(DocumentKind.DECLARATION, doc.kind());
  }

  @Test
  void aDocumentThatNamesItselfAfterTheVerb_keepsItsOpening() {
    // «опубликовали настоящее Совместное заявление»: the document speaks of itself; its sides stay its own.
    Document doc = parse("Монголия и Кыргызская Республика, далее именуемые Сторонами, опубликовали настоящее"
        + " совместное заявление о дальнейшем развитии отношений.\n\n"
        + "Стороны договорились расширять торговлю.\n");
    assertFalse(doc.segments().get(0).kind() == dev.entente.model.SegmentKind.WRAPPER, () -> doc.segments().toString());
    assertTrue(Ids.states(doc).contains("MN"), () -> Ids.states(doc).toString());
  }

  @Test
  void aChannelsPostOpeningWithPictographs_stillOpensWithItsTitle() {
    Document doc = parse("t.me/channel/512\n"
        + "\u26a1\ufe0f Совместное заявление участников второй конференции министров, (Бишкек, 12 мая 2024 года).\n"
        + "\u270d\ufe0f Мы, министры иностранных дел, собрались 12 мая 2024 года в Бишкеке.\n"
        + "Стороны договорились расширять торговлю.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
    assertTrue(doc.title().startsWith("Совместное заявление участников"), doc.title());
  }

  @Test
  void aLoneRubricOverTheSitesSourceLine_isTheSites() {
    Document doc = parse("Монголия\n"
        + "Источник:\n"
        + "www.example.org\n"
        + "Министры иностранных дел Казахстана и Кыргызстана провели ежегодную встречу в Бишкеке.\n"
        + "Министры договорились расширять торговлю.\n");
    assertFalse(Ids.states(doc).contains("MN"), () -> Ids.states(doc).toString());
    assertTrue(Ids.states(doc).contains("KZ"), () -> Ids.states(doc).toString());
  }

  @Test
  void aPageRunIntoOneLineThatOpensWithItsKind_isOfThatKind() {
    StringBuilder page = new StringBuilder("Совместное заявление по итогам официального визита Президента Монголии"
        + " в Кыргызскую Республику 10–11 мая 2024 года 11 мая 2024 года");
    for (int i = 0; i < 8; i++) {
      page.append(" Стороны договорились расширять торговлю, транспортное сообщение и гуманитарные связи между двумя странами.");
    }
    Document doc = parse(page.toString());
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void anEnglishLeadInGivingTheFullTextOfTheJointStatement_givesItsKind() {
    Document doc = Parser.english().parse("en-test", "Ghana and Kenya deepen ties\n"
        + "The following is the full text of the Joint Statement.\n"
        + "1. The two sides agreed to expand trade between the two countries.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void anEnglishHeadlineGivingTheFullText_staysTheTitle() {
    Document doc = Parser.english().parse("en-test", "Full text: Joint Statement Between the Republic of Ghana and the"
        + " Republic of Kenya\n\n"
        + "1. The President of Kenya paid a state visit to Ghana.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
    assertTrue(doc.title().contains("Joint Statement Between"), doc.title());
  }

  @Test
  void anEnglishNewsReportOverAPossessiveHeading_isTheSites() {
    Document doc = Parser.english().parse("en-test", "Baltic leaders agree on energy priorities\n\n"
        + "12.05.24 | News\n"
        + "At their meeting in Finland on Tuesday, the Baltic Prime Ministers described energy security as their first"
        + " priority.\n\n"
        + "Prime Ministers' statement\n\n"
        + "We, the Prime Ministers of Estonia, Latvia and Lithuania, reaffirm our commitment to close co-operation.\n");
    assertFalse(Ids.states(doc).contains("FI"), () -> Ids.states(doc).toString());
    assertTrue(Ids.states(doc).contains("EE"), () -> Ids.states(doc).toString());
    assertEquals("Prime Ministers' statement", doc.title());
  }

  @Test
  void aBylineBetweenTheHeadlineAndTheDocumentsOwnHeading_isTheSites() {
    Document doc = parse("Совместное заявление глав правительств Монголии и Кыргызстана по итогам встречи в Бишкеке\n\n"
        + "ПРЕСС-СЛУЖБА ПРАВИТЕЛЬСТВА РЕСПУБЛИКИ КАЗАХСТАН\n\n"
        + "Совместное заявление\n\n"
        + "глав правительств Монголии и Кыргызстана по итогам встречи в Бишкеке\n\n"
        + "Стороны договорились расширять торговлю и транспортное сообщение.\n");
    assertFalse(Ids.states(doc).contains("KZ"), () -> Ids.states(doc).toString());
    assertTrue(Ids.states(doc).contains("MN"), () -> Ids.states(doc).toString());
  }

  @Test
  void aDatelineWhosePlaceHoldsAOneLetterWord_isTheAgencys() {
    Document doc = parse("Опубликовано заявление глав Монголии и Кыргызстана\n"
        + "14.05.2024 05:30\n\n"
        + "НОВОСТИ В МИРЕ, 14 мая. /УЗИНФОРМ/. 12 мая в ходе встречи президентов Монголии и Кыргызстана в Бишкеке было"
        + " принято совместное заявление двух стран.\n\n"
        + "Документ гласит:\n\n"
        + "\"Стороны договорились расширять торговлю и транспортное сообщение.\"\n");
    assertEquals("УЗИНФОРМ", doc.source().orElse(null));
    assertEquals("2024-05-12", doc.date().map(Object::toString).orElse(null), "the day of the lead, not the agency's");
  }

  @Test
  void aDocumentThatSaysTheSidesAgreedOnATextOfAnother_keepsItsOpening() {
    // «согласовали текст … коммюнике»: «текст» names a document, it reports no publication of this one.
    Document doc = parse("Министры иностранных дел Монголии и Кыргызстана согласовали текст совместного коммюнике.\n\n"
        + "Стороны договорились расширять торговлю.\n");
    assertFalse(doc.segments().get(0).kind() == dev.entente.model.SegmentKind.WRAPPER, () -> doc.segments().toString());
    assertTrue(Ids.states(doc).contains("MN"), () -> Ids.states(doc).toString());
  }

  @Test
  void aTitleThatIsAKindAlone_goesOnInTheLineUnderIt() {
    Document doc = parse("Совместное заявление\n"
        + "Генерального секретаря Организации Договора о коллективной безопасности и Генерального секретаря"
        + " Содружества Независимых Государств в связи с Днем Победы\n"
        + "Отдаем дань памяти героическому подвигу народов, спасших мир от порабощения.\n");
    assertTrue(doc.title().startsWith("Совместное заявление") && doc.title().contains("Генерального секретаря"), doc.title());
    assertEquals(List.of("CIS", "CSTO"), Ids.sorted(doc.signatories()));
  }

  @Test
  void thePlaceAndDayUnderAKindAlone_areNoPartOfTheTitle() {
    Document doc = parse("Совместное заявление\n"
        + "Бишкек, 12 мая 2024 года\n"
        + "Стороны договорились расширять торговлю и транспортное сообщение.\n");
    assertEquals("Совместное заявление", doc.title());
  }

  @Test
  void aLongLeadThatReportsTheAdoption_overTheSubjectWe_isTheSites() {
    // GIVEN a site's paragraph, longer than a marker line, that reports who adopted a joint statement and whom it was
    // handed to, over the statement's own words that open with «Мы,»
    Document doc = parse("Руководители религиозных общин Казахстана и Киргизии, собравшиеся в Алма-Ате на конференцию,"
        + " приняли совместное заявление, посвящённое сохранению межрелигиозного мира в регионе. На встрече в"
        + " резиденции президента текст настоящего заявления был передан участниками конференции Президенту Республики"
        + " Казахстан, который поблагодарил их за труды и пожелал успехов.\n"
        + "Мы, руководители религиозных общин, собравшиеся в Алма-Ате, призываем всех верующих хранить мир и согласие.\n");
    int statement = doc.text().indexOf("Мы, руководители");
    // WHEN it is parsed THEN nothing the site's paragraph names counts as the document's
    for (dev.entente.model.Party party : doc.parties()) {
      assertTrue(party.mentions().stream().allMatch(m -> m.start() >= statement),
          () -> party.id() + " found in the site's paragraph: " + party.mentions());
    }
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind(), "the site's paragraph still tells the kind");
  }

  @Test
  void aLongParagraphOverTheSubjectWe_thatReportsNoAdoption_staysTheDocuments() {
    // GIVEN a long opening paragraph of the document itself that names no adopted text, over a paragraph opening «Мы,»
    Document doc = parse("Казахстан и Киргизия, руководствуясь давними традициями добрососедства и взаимного уважения,"
        + " стремясь укреплять мир и стабильность в Центральной Азии и развивать торговлю, транспорт и связи между"
        + " регионами двух стран, а также сотрудничество в области образования, науки, культуры и туризма,"
        + " отмечают значительный прогресс в отношениях между народами двух стран.\n"
        + "Мы, главы государств, призываем к дальнейшему расширению сотрудничества.\n");
    // WHEN it is parsed THEN the states of the first paragraph still count
    assertEquals(List.of("KG", "KZ"), Ids.states(doc));
  }
}
