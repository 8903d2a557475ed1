package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 14: a news page that retells a document instead of printing it is the site's report; the
 * states, organisations, people and events it names are the document's only in the document's own
 * quoted words, while the sides, kind, date and place still come from the report. Every page is
 * written for these tests in the house styles of Russian news agencies.
 */
final class RetellingTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  @Test
  void aReportThatRetellsTheStatement_keepsItsSidesButNamesNothingOfItsOwn() {
    Document doc = parse("Монголия и Кыргызстан подписали совместное заявление\n\n"
        + "БИШКЕК, 12 мая. Президенты Монголии и Кыргызстана по итогам переговоров в Бишкеке подписали совместное"
        + " заявление о всеобъемлющем партнерстве.\n\n"
        + "В документе говорится, что стороны намерены расширять торговлю, в том числе с Китаем и Казахстаном,"
        + " и сотрудничать в рамках ООН и ШОС.\n\n"
        + "Как отмечается в заявлении, следующая встреча президентов пройдет в Улан-Баторе в 2026 году.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the report");
    assertTrue(doc.parties().isEmpty(), () -> doc.parties().toString());
    assertTrue(doc.events().isEmpty(), () -> doc.events().toString());
    assertTrue(doc.signatories().containsAll(List.of("MN", "KG")), () -> doc.signatories().toString());
  }

  @Test
  void theDocumentsQuotedWords_stayTheDocuments() {
    Document doc = parse("Монголия и Кыргызстан подписали совместное заявление\n\n"
        + "Президенты Монголии и Кыргызстана по итогам переговоров в Бишкеке подписали совместное заявление.\n\n"
        + "\"Стороны будут развивать сотрудничество в рамках Шанхайской организации сотрудничества\", - говорится"
        + " в документе.\n\n"
        + "По словам президента Монголии, \"отношения с Казахстаном и Китаем остаются приоритетом внешней политики\".\n");
    assertEquals(List.of("SCO"), doc.parties().stream().map(p -> p.id()).toList(),
        "the organisation of the quoted words, not the states of the report or of a president's words");
  }

  @Test
  void aLeadWithAColon_givesTheQuoteThatFollowsIt() {
    Document doc = parse("Президенты Монголии и Кыргызстана подписали совместное заявление. В заявлении отмечается:\n"
        + "\"Стороны выступают за укрепление центральной роли Организации Объединенных Наций в международных"
        + " делах\".\n");
    assertEquals(List.of("UN"), doc.parties().stream().map(p -> p.id()).toList());
  }

  @Test
  void aColonAfterIndirectSpeech_listsTheReportsRetelling() {
    // GIVEN a report whose attributing sentence ends in a colon after «что», a list of what the sides agreed below it
    Document doc = parse("Монголия и Кыргызстан опубликовали совместное заявление по итогам переговоров президентов.\n"
        + "В документе, в частности, отмечается, что Монголия и Кыргызстан:\n"
        + "- будут расширять торговлю с Китаем и Казахстаном;\n"
        + "- поддерживают работу Шанхайской организации сотрудничества.\n");
    // WHEN it is parsed, THEN the states and organisations of the retold items are the report's, not the document's
    assertEquals(List.of(), Ids.states(doc), "the list retells the document in the report's words");
    assertTrue(doc.parties().isEmpty(), () -> doc.parties().toString());
  }

  @Test
  void aColonAfterDirectAttribution_stillHandsOverThePrintedText() {
    // GIVEN the same report whose attributing sentence ends in a colon with no conjunction: the text printed below it
    Document doc = parse("Монголия и Кыргызстан опубликовали совместное заявление по итогам переговоров президентов.\n"
        + "В документе, в частности, отмечается:\n"
        + "Монголия и Кыргызстан будут расширять торговлю с Китаем и Казахстаном.\n");
    // WHEN it is parsed, THEN the states it names are the document's
    assertTrue(Ids.states(doc).containsAll(List.of("CN", "KZ")), () -> Ids.states(doc).toString());
  }

  @Test
  void aQuoteThatTheDocumentsPointReadsAfterADash_staysTheDocuments() {
    // GIVEN an agency's report whose quote is attributed by «гласит» with the document's point after the verb
    Document doc = parse("Министры иностранных дел обсудили торговлю с Китаем. Об этом сказано в заявлении, передает"
        + " агентство.\n"
        + "\"Стороны поддерживают скорейшее урегулирование конфликта на Украине\", - гласит один из пунктов"
        + " итогового заявления.\n");
    // WHEN it is parsed, THEN the state of the quote is kept and the state of the report's own sentence is not
    assertEquals(List.of("UA"), Ids.states(doc));
  }

  @Test
  void aPrintedTextSpeakingForItself_isLeftWhole() {
    Document doc = parse("Совместное заявление Монголии и Кыргызстана\n\n"
        + "Мы, Президенты Монголии и Кыргызской Республики, как говорится в документе о партнерстве 2019 года,"
        + " подтверждаем приверженность нашему сотрудничеству с Китаем.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("MN", "KG", "CN")), () -> Ids.states(doc).toString());
  }

  @Test
  void numberedPoints_areTheDocumentsOwnText() {
    Document doc = parse("Сообщает корреспондент: опубликовано совместное заявление.\n\n"
        + "1. Монголия и Кыргызстан поддерживают сотрудничество с Китаем.\n\n"
        + "2. Стороны договорились расширять торговлю.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("MN", "KG", "CN")), () -> Ids.states(doc).toString());
  }

  @Test
  void quotesOpenAfterASpaceAndCloseBeforeOne() {
    String text = "a \"b \"c\" d\" e \"f";
    int[] q = Retelling.quotes(text, 0, text.length());
    assertEquals(4, q.length);
    assertEquals("b \"c\" d", text.substring(q[0], q[1]));
    assertEquals("f", text.substring(q[2], q[3]));
  }

  @Test
  void aReportOfWhatTheSidesSaidInTheDocument_namesNothingOfItsOwn() {
    Document doc = parse("Президенты Монголии и Кыргызстана подписали совместное заявление по итогам переговоров.\n\n"
        + "В документе стороны выразили поддержку сотрудничеству с Китаем и Россией в рамках ШОС.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
    assertTrue(doc.signatories().containsAll(List.of("MN", "KG")), () -> doc.signatories().toString());
  }

  @Test
  void aHeadlineThatEndsInTheKind_isTheSites() {
    Document doc = parse("Полный текст Совместного заявления Монголии и Кыргызстана\n\n"
        + "1. Стороны договорились расширять торговлю и транспортное сообщение.\n\n"
        + "2. Стороны поддерживают сотрудничество с Китаем.\n");
    assertEquals(List.of("CN"), Ids.states(doc), "the sides named only in the headline are the site's");
  }

  @Test
  void aTitleOnALineOfItsOwn_isTheDocuments() {
    Document doc = parse("Совместное заявление Монголии и Кыргызстана\n\n"
        + "1. Стороны договорились расширять торговлю и транспортное сообщение.\n\n"
        + "2. Стороны поддерживают сотрудничество с Китаем.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("MN", "KG", "CN")), () -> Ids.states(doc).toString());
  }

  @Test
  void aColonBeforeTheUnquotedText_handsOverThePrintedDocument() {
    Document doc = parse("Монголия и Кыргызстан подписали совместное заявление\n\n"
        + "Президенты Монголии и Кыргызстана провели переговоры в узком и расширенном составе, обсудили торговлю,"
        + " транспорт, энергетику и гуманитарные связи, после чего подписали совместное заявление и ряд соглашений о"
        + " сотрудничестве в области образования и здравоохранения, сообщает корреспондент агентства. В совместном"
        + " заявлении, которое распространила пресс-служба, говорится:\n\n"
        + "Стороны договорились расширять торговлю и поддерживают сотрудничество с Китаем.\n");
    assertTrue(Ids.states(doc).contains("CN"), () -> Ids.states(doc).toString());
    assertTrue(doc.signatories().containsAll(List.of("MN", "KG")), () -> doc.signatories().toString());
  }

  /** A host country's news page: the journalist writes of «our» country, twice, outside quotes. */
  private static final String HOST_COUNTRY_REPORT = "Президент Монголии прибыл к нам с официальным визитом, и президенты"
      + " подписали совместное заявление о партнерстве.\n\n"
      + "Это первый визит главы Монголии в нашу страну. Стороны договорились расширять торговлю с Китаем и Индией.\n";

  @Test
  void theFirstPersonOnANewsSitesPage_isTheJournalists() {
    // GIVEN a report with a news site's furniture above it (a reading time) whose journalist writes «к нам», «в нашу страну»
    Document doc = parse("Время чтения ~2 минуты\n\n" + HOST_COUNTRY_REPORT);
    // WHEN it is parsed, THEN the page is still a report: the states it names are the journalist's
    assertTrue(Ids.states(doc).isEmpty(), () -> Ids.states(doc).toString());
  }

  @Test
  void theFirstPersonWithoutANewsSitesSign_stillShowsTheDocumentsText() {
    // GIVEN the same words with no news site's sign on the page
    Document doc = parse(HOST_COUNTRY_REPORT);
    // WHEN it is parsed, THEN two words in the first person keep the page's words the document's
    assertTrue(Ids.states(doc).contains("CN"), () -> Ids.states(doc).toString());
  }

  @Test
  void aColonAfterABodysMessage_handsOverThePrintedText() {
    // GIVEN an agency's report whose sentence attributes the text below it to a body's message and ends in a colon,
    // the text printed unquoted below it
    Document doc = parse("Novosti.example. Главы делегаций стран-участниц рабочей группы\n"
        + "ОБСЕ, министр иностранных дел Монголии Лувсан Батболд, министр иностранных дел\n"
        + "Кыргызстана Азамат Алиев и заместитель министра иностранных дел Казахстана Иван\n"
        + "Петров сделали совместное заявление по вопросам торговли и транспорта. В\n"
        + "сообщении ОБСЕ говорится:\n"
        + "Главы делегаций обсудили торговлю с Китаем и Индией и\n"
        + "договорились продолжить переговоры в Бишкеке.\n");
    // WHEN it is parsed, THEN the states of the printed text are the document's
    assertTrue(Ids.states(doc).containsAll(List.of("CN", "IN")), () -> Ids.states(doc).toString());
  }

  @Test
  void aQuoteTaggedAsAPressServicesMessage_staysTheReports() {
    // GIVEN a report whose only quote «говорится в сообщении» tags, with no colon before printed text
    Document doc = parse("Министры Монголии и Кыргызстана подписали совместное заявление, сообщает корреспондент агентства.\n"
        + "\"Министры обсудили торговлю с Китаем и Казахстаном\", - говорится в сообщении пресс-службы.\n");
    // WHEN it is parsed, THEN the message's states are not the document's
    assertTrue(!Ids.states(doc).contains("CN"), () -> Ids.states(doc).toString());
  }

  @Test
  void aReportNamesTheDocumentInLowerCase_aDocumentAnotherWithACapital() {
    Document report = parse("Президенты Монголии и Кыргызстана подписали совместное заявление по итогам переговоров.\n\n"
        + "В совместном заявлении лидеры призвали к сотрудничеству с Китаем.\n");
    assertEquals(List.of(), Ids.states(report), () -> report.parties().toString());
    Document document = parse("Монголия и Кыргызская Республика подтверждают принципы, закрепленные в итоговой Декларации"
        + " встречи 2019 года, и сотрудничество с Китаем.\n");
    assertTrue(Ids.states(document).containsAll(List.of("MN", "KG", "CN")), () -> Ids.states(document).toString());
  }

  @Test
  void whatTheQuotedWordsKeep_pointsAtNothingTheReportAloneNamed() {
    String text = "Монголия и Кыргызстан подписали совместное заявление\n\n"
        + "Президенты Монголии и Кыргызстана провели заседание Межправительственной комиссии по торгово-экономическому"
        + " сотрудничеству и подписали совместное заявление.\n\n"
        + "\"Стороны договорились провести очередное заседание Межправительственной комиссии в 2026 году в Улан-Баторе."
        + " Министр иностранных дел Монголии Батмунхийн Батцэцэг примет участие в заседании\", - говорится в документе.\n";
    Document doc = Invariants.check(Parser.russian(), text);
    int quote = text.indexOf("\"Стороны");
    doc.events().forEach(e -> assertTrue(e.mentions().stream().allMatch(m -> m.start() > quote), e::toString));
  }

  @Test
  void aReportOfThePressServiceWithoutQuotes_namesNothingOfItsOwn() {
    Document doc = parse("Главы МИД Монголии, Казахстана и Кыргызстана подписали совместную декларацию\n\n"
        + "По итогам встречи министров иностранных дел Монголии, Казахстана и Кыргызстана в Астане подписана"
        + " декларация, сообщили в пресс-службе МИД Казахстана.\n\n"
        + "Министры обсудили подготовку к саммиту президентов трех стран, который пройдет в Бишкеке, и"
        + " сотрудничество с Китаем.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
    assertTrue(doc.events().isEmpty(), () -> doc.events().toString());
    Document release = parse("Президент Монголии сообщил Президенту Кыргызской Республики о ходе переговоров с Китаем"
        + " по вопросам транзита.\n");
    assertTrue(Ids.states(release).containsAll(List.of("MN", "KG", "CN")), () -> Ids.states(release).toString());
  }

  @Test
  void whatBecameKnown_isTheAgencysAccount() {
    Document doc = parse("Совместное заявление министров Монголии и Кыргызстана\n\n"
        + "Стало известно, что в Астане прошло заседание Совета министров иностранных дел СНГ. Министр иностранных"
        + " дел Казахстана Мурат Нуртлеу и министр иностранных дел России Сергей Лавров обсудили сотрудничество.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
    assertTrue(doc.participants().isEmpty(), () -> doc.participants().toString());
  }

  @Test
  void anAdjectiveBetweenInAndTheDocument_stillNamesItApart_butNotTheDocumentNamingItself() {
    Document report = parse("Саммит осудил удары по мирным жителям\n\n12 мая 2024 г.\n\n"
        + "В заключительном коммюнике саммита, состоявшегося в Каире, осуждаются удары по мирным жителям в Ливане.\n\n"
        + "В коммюнике содержится призыв к Совету Безопасности ООН принять меры.\n");
    assertEquals(List.of(), Ids.states(report), () -> report.parties().toString());
    Document document = parse("Монголия и Кыргызская Республика подтверждают, что положения, изложенные в настоящем"
        + " документе, не затрагивают их обязательств перед Китаем.\n");
    assertTrue(Ids.states(document).containsAll(List.of("MN", "KG", "CN")), () -> Ids.states(document).toString());
  }

  @Test
  void aHeadlineLeadThatTheLeadersAdoptedAStatement_isTheReports_unlessALeadInHandsItOver() {
    Document report = parse("Монголия и Кыргызстан приняли совместное заявление\n\n"
        + "Президенты Монголии и Кыргызстана приняли совместное заявление по итогам переговоров в Бишкеке.\n\n"
        + "\"Принятое совместное заявление открывает новый этап наших отношений \", - рассказал президент Кыргызстана.\n\n"
        + "Президент также подчеркнул, что позиции Монголии и Кыргызстана по отношениям с Китаем совпадают.\n");
    assertEquals(List.of(), Ids.states(report), () -> report.parties().toString());
    Document printed = parse("Монголия и Кыргызстан приняли совместное заявление\n\n"
        + "Полный текст заявления:\n\n"
        + "Президент Монголии и Президент Кыргызской Республики подтвердили приверженность сотрудничеству с Китаем.\n");
    assertTrue(Ids.states(printed).containsAll(List.of("MN", "KG", "CN")), () -> Ids.states(printed).toString());
  }

  @Test
  void aRowOfStarsAfterTheLead_dividesItFromThePrintedText() {
    Document doc = parse("Президенты Монголии и Кыргызстана одобрили совместное заявление по итогам встречи в Бишкеке."
        + " Документ подготовили министерства иностранных дел. *** Президенты Монголии и Кыргызстана сегодня"
        + " подтвердили намерение расширять торговлю с Китаем.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("MN", "KG", "CN")), () -> Ids.states(doc).toString());
  }

  @Test
  void theLeadAboveARowOfStars_isTheReports() {
    Document doc = parse("Президенты Монголии и Кыргызстана одобрили совместное заявление по итогам встречи в Бишкеке."
        + " Документ подготовили министр иностранных дел Монголии Батцэцэг и министр иностранных дел Казахстана"
        + " Мухтар Тлеуберди. *** Президенты Монголии и Кыргызстана сегодня подтвердили намерение расширять"
        + " торговлю с Китаем.\n");
    assertEquals(List.of("CN", "KG", "MN"), Ids.states(doc), "Kazakhstan is named only in the lead");
    assertTrue(doc.participants().stream().noneMatch(p -> p.name().contains("Тлеуберди")),
        () -> doc.participants().toString());
  }

  @Test
  void aQuoteMarkBeforeACommaCloses_evenAfterAStraySpace() {
    String text = "a \"b c \", - d \"e\" f";
    int[] q = Retelling.quotes(text, 0, text.length());
    assertEquals(4, q.length);
    assertEquals("b c ", text.substring(q[0], q[1]));
    assertEquals("e", text.substring(q[2], q[3]));
  }

  @Test
  void aSpokesmansAnswerToJournalistsQuotingAPoint_keepsThePointsWordsOnly() {
    Document doc = parse("Ссылки доступа\n\n"
        + "Казахская сторона подтверждает приверженность миру в регионе – МИД\n\n"
        + "Здание МИД Казахстана в Астане.\nЗдание МИД Казахстана в Астане.\n\n"
        + "В ответ на вопросы журналистов официальный представитель МИД Казахстана Айбек Смадияров напомнил пункт 12"
        + " совместного заявления президентов Казахстана и России от 3 марта 2023 года.\n\n"
        + "В данном пункте сказано:\n\n"
        + "«Стороны выступили за продолжение работы в рамках регулярных встреч руководителей Казахстана, Кыргызстана"
        + " и России в интересах стабильности региона.»\n");
    assertEquals(List.of("KG", "KZ", "RU"), Ids.states(doc).stream().sorted().toList(), () -> doc.parties().toString());
    assertTrue(doc.participants().isEmpty(), () -> doc.participants().toString());
  }

  @Test
  void journalistsNamedInAPrintedText_makeNoReport() {
    Document doc = parse("Совместное заявление Монголии и Кыргызстана\n\n"
        + "Мы призываем обеспечить безопасность журналистов и поддерживаем сотрудничество с Китаем.\n");
    assertTrue(Ids.states(doc).contains("CN"), () -> Ids.states(doc).toString());
    Document third = parse("Монголия и Кыргызская Республика призывают обеспечить безопасность журналистов и"
        + " поддерживают сотрудничество с Китаем.\n");
    assertTrue(Ids.states(third).containsAll(List.of("MN", "KG", "CN")), () -> Ids.states(third).toString());
  }

  @Test
  void aHeadlineThatTheSidesAdoptedAStatement_overTheDocumentsOwnHeading_leavesThePrintedTextWhole() {
    Document doc = parse("Россия и Монголия приняли совместное заявление\n\n"
        + "Совместное заявление Российской Федерации и Монголии о развитии отношений\n\n"
        + "Российская Федерация и Монголия, именуемые в дальнейшем Сторонами, подтверждают приверженность"
        + " сотрудничеству с Китаем и Казахстаном.\n\n"
        + "Стороны договорились развивать торговлю.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("RU", "MN", "CN", "KZ")), () -> Ids.states(doc).toString());
  }

  @Test
  void theSidesAdoptingTheFollowingStatement_openTheirOwnText() {
    for (String opening : List.of("Главы государств Монголии и Кыргызской Республики по итогам переговоров в Бишкеке"
        + " приняли следующее совместное заявление:", "Президенты Монголии и Кыргызстана по итогам переговоров подписали"
        + " совместное заявление следующего содержания:")) {
      Document doc = parse(opening + "\n\nМонголия и Кыргызская Республика подтверждают приверженность сотрудничеству"
          + " с Китаем и Казахстаном.\n\nСтороны договорились развивать торговлю.\n");
      assertTrue(Ids.states(doc).containsAll(List.of("MN", "KG", "CN", "KZ")), () -> opening + " " + Ids.states(doc));
    }
  }

  @Test
  void aDocumentCitingAPointOfAnother_isNoReport() {
    Document doc = parse("Монголия и Кыргызская Республика, согласно пункту 3 Договора о дружбе, подтверждают"
        + " приверженность сотрудничеству с Китаем.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("MN", "KG", "CN")), () -> Ids.states(doc).toString());
  }

  /** A page PropertiesTest generated, where a kept event named a mechanism the stage dropped: the JSON must stay consistent. */
  @Test
  void anEventOfADroppedMechanism_pointsAtNone() {
    Invariants.check(Parser.russian(), "\u01c4фффффффффффффффффффффффффффмеханизма встреч министров транспорта министр иностранных дел "
        + "Республики Казахстан Мурат Нуртлеу ддддд\u0301ыыыыыыыыыыыыыыыыыыыыыыыыыыыы\u15d8азербайджано-ки"
        + "тайских Совместное заявление6-й встречи министров иностранных дел \u0301Информационное коммюник"
        + "е по итогамв г. Самарканде \u0000Информационное коммюнике по итогамсамых читаемых новостей\n\ufeff"
        + "1.\nжжжжжжжжКНР Китайской Народной Республики \u2a52в г. Самарканде \nазербайджано-китайских \u01c5"
        + "6-й встречи министров иностранных дел 99999999999999999999 \u2022 Алматы, 27 апреля /Синьхуа/ -"
        + "- второго Форума с 22 по 24 апреля 2025 года \u1f16министр иностранных дел Республики Казахстан"
        + " Мурат Нуртлеу ё\"\u0110\u2038ООН самых читаемых новостей\n\"в г. Самарканде /далее -- стороны/"
        + " Казахстана эээээээээээээээээээ\u01c4\u00abООН ШОС хххххххххххххххххх\u21f4министр иностранных "
        + "дел Республики Казахстан Мурат Нуртлеу \u1ddf/далее -- стороны/ \u00bbт.ч. Совместное заявление"
        + "в мае и в июне текущего года поддерживают самых читаемых новостей\n, \u1f26фффффффф\u0000\u0992"
        + "самых читаемых новостей\n26 апреля 2025 года Алматы, 27 апреля /Синьхуа/ -- \n\nIV. \n\n1. выст"
        + "упают против ууууууу, Китайской Народной Республики ааааааааааааааааа\u2ae1аааааааааааааааааааа"
        + "аааааааКазахстана азербайджано-китайских ООН азербайджано-китайских азербайджано-китайских \u01c5"
        + "\"К.К.Токаев шшшшш\u0301ШОС \u1d051. \"второго Форума ёАлматы, 27 апреля /Синьхуа/ -- в мае и в"
        + " июне текущего года Ниже приводится его полный текст.\n\u01c5т.ч. КНР Информационное коммюнике "
        + "по итогамлллллллллллллллллллллллллллл-- . т.ч. азербайджано-китайских поддерживают ");
  }

  @Test
  void headlinesAndAPhotoCredit_areNoParagraphsOfBodyText() {
    Document doc = parse("Армения и Грузия договорились о сотрудничестве в энергетике\n\n"
        + "Стороны подписали документы по итогам переговоров в Ереване\n"
        + "Анна Смирнова/ТАСС\n\n"
        + "Армения и Грузия в совместной декларации заявили о намерении расширять поставки электроэнергии.\n\n"
        + "В документе также говорится, что стороны будут сотрудничать с Ираном и Турцией в рамках ОЧЭС.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
    assertTrue(doc.parties().isEmpty(), () -> doc.parties().toString());
  }

  @Test
  void theWindowStillEndsAtTheThirdParagraphOfBodyText() {
    Document doc = parse("Совместное заявление Армении и Грузии\n\n"
        + "Республика Армения и Грузия подтверждают приверженность добрососедству.\n\n"
        + "Стороны выступают за развитие торговли с Ираном.\n\n"
        + "Стороны продолжат сотрудничество в энергетике.\n\n"
        + "Об этом сообщает агентство.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("AM", "GE", "IR")), () -> Ids.states(doc).toString());
  }

  @Test
  void aLeadThatWritesAsAnAgency_makesThePageAReport() {
    Document doc = parse("Политика\n\n"
        + "Монголия и Кыргызстан установили отношения партнерства\n\n"
        + "В Бишкеке прошли переговоры глав двух государств\n\n"
        + "Анна Иванова | 12.05.2025 - Обновление : 12.05.2025\n\n"
        + "БИШКЕК\n\n"
        + "Между Монголией и Кыргызской Республикой подписана «Совместная декларация о партнерстве», сообщает"
        + " агентство Кабар.\n\n"
        + "Президент Монголии и Президент Кыргызстана провели переговоры в Бишкеке.\n\n"
        + "Лидеры обсудили сотрудничество с Китаем.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aPronounBesideAVerbOfSaying_namesTheDocumentItRetells() {
    Document doc = parse("Президенты России и Армении обсудили сотрудничество\n\n"
        + "Президенты провели переговоры в Москве.\n\n"
        + "В нем говорится, что стороны будут развивать сотрудничество с Ираном.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aPronounFarFromAVerbOfSaying_isNoReport() {
    Document doc = parse("Совместное заявление России и Армении\n\n"
        + "Стороны отмечают, что в Содружестве Независимых Государств и в сотрудничестве с ним Армения и Россия"
        + " поддерживают Иран.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("AM", "RU", "IR")), () -> Ids.states(doc).toString());
  }

  @Test
  void aQuoteThatADashGivesToASpeaker_makesThePageAReport() {
    Document doc = parse("Министры договорились о сотрудничестве\n\n"
        + "Министры иностранных дел Монголии и Кыргызстана провели переговоры в Бишкеке.\n\n"
        + "\"Мы одобрили план совместных действий с Казахстаном\", \u2014 отметил министр на пресс-конференции.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aQuoteHandedOnByATelevisionChannel_makesThePageAReport() {
    Document doc = parse("Монголия и Кыргызстан готовят совместное заявление, утверждает министр иностранных дел"
        + " Казахстана в интервью местным журналистам.\n\n"
        + "\u00abТекст обсуждают эксперты, работа идет и с Китаем\u00bb, \u2014 приводит его слова телеканал"
        + " \u00abХабар\u00bb.\n");
    assertEquals(List.of(), Ids.states(doc).stream().filter(id -> !doc.signatories().contains(id)).toList(),
        () -> doc.parties().toString());
    assertTrue(doc.participants().isEmpty(), () -> doc.participants().toString());
  }

  @Test
  void aQuoteTheSpeakerAnswers_makesThePageAReport() {
    Document doc = parse("Переговоры в Улан-Баторе\n\n"
        + "\"Мы поддерживаем сотрудничество Монголии с Японией и Кореей\", \u2014 ответил президент Казахстана"
        + " на вопрос о будущей декларации.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aDashAfterAQuoteWithoutAVerbOfSaying_isNoReport() {
    Document doc = parse("Совместное заявление Монголии и Кыргызстана\n\n"
        + "Стороны приветствуют принятие документа \"О сотрудничестве в области энергетики\" - важного шага"
        + " в отношениях с Казахстаном.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("MN", "KG", "KZ")), () -> Ids.states(doc).toString());
  }

  @Test
  void theFirstPersonOfSpeechAfterADash_isTheSpeakersNotTheDocuments() {
    Document doc = parse("Президенты Монголии и Кыргызстана провели переговоры\n\n"
        + "Президенты обсудили сотрудничество с Китаем, сообщает агентство Кабар.\n\n"
        + "\u2013 Мы рады принимать вас в нашей стране, \u2013 сказал президент Кыргызстана.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aJournalistsOneWordInTheFirstPerson_leavesThePageAReport() {
    Document doc = parse("Гость из Улан-Батора\n\n"
        + "В Москву с официальным визитом прибыл президент Монголии. Он давно хотел посетить нашу страну.\n\n"
        + "По итогам переговоров вчера была подписана совместная декларация о сотрудничестве с Китаем и Казахстаном.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aSitesCallToFollowItsNews_leavesThePageAReport() {
    Document doc = parse("Лидеры Монголии и Кыргызстана приняли итоговое заявление\n\n"
        + "Фото: Кабар\nЧитайте наши новости в Дзене\n\n"
        + "Президенты Монголии и Кыргызстана обсудили сотрудничество с Китаем, сообщает агентство Кабар.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aDocumentThatSpeaksInTheFirstPersonTwice_isLeftWhole() {
    Document doc = parse("Президенты Монголии и Кыргызстана подписали совместное заявление.\n\n"
        + "Мы подтверждаем приверженность сотрудничеству с Китаем, сообщает агентство Кабар, и развиваем наши связи.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("MN", "KG", "CN")), () -> Ids.states(doc).toString());
  }

  @Test
  void anAttributionInsideAQuoteItBreaks_makesThePageAReport() {
    Document doc = parse("В Бишкеке закрылся форум, в котором участвовали Монголия, Китай и Казахстан. Его участники"
        + " назвали его главным итогом Бишкекское заявление.\n\n"
        + "\"Торговля между странами должна расти на равных условиях для всех, \u2014 говорится в тексте. \u2014 Споры"
        + " решаются только путем переговоров\".\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aQuoteBrokenByAnAttributionAfterAFullStop_isTheDocuments() {
    Document doc = parse("Кыргызстан и Монголия отменят визы. Об этом говорится в совместном заявлении министров.\n"
        + "\"Отмена виз между Кыргызстаном и Монголией даст импульс торговле и туризму. - говорится в заявлении. -"
        + " Обе страны уже начали необходимые процедуры\".\n");
    assertTrue(Ids.states(doc).containsAll(List.of("MN", "KG")), () -> Ids.states(doc).toString());
  }

  @Test
  void aRemarkAfterADoubleHyphen_isTheReportersInsideTheQuote() {
    // GIVEN a plain-text page that types the dash of an author's remark inside a quote as two hyphens
    String text = "\"Стороны подтверждают, -- гласит текст коммюнике, -- желание развивать отношения\"";
    // WHEN the words of the remark are asked, THEN they are the reporter's; the quote's own words are not
    assertTrue(Retelling.remarkAt(text, text.indexOf("гласит")));
    assertTrue(!Retelling.remarkAt(text, text.indexOf("подтверждают")));
  }

  @Test
  void aDashInsideAPrintedSentence_isNoRemark() {
    assertTrue(!Retelling.remarkAt("\"Стороны - участники Договора подтверждают\"", 20));
    assertTrue(!Retelling.remarkAt("\"Россия, Китай, Индия - страны БРИКС. - Они подтверждают\"", 50));
    assertTrue(Retelling.remarkAt("\"Это важно, - сказал министр. - Мы готовы\"", 18));
  }

  @Test
  void anAgencysLeadInOverAListOfTheSignedDocuments_handsOverNoText() {
    Document doc = parse("Монголия и Кыргызстан приняли совместное заявление о партнерстве\n\n"
        + "Как сообщает пресс-служба, президенты подписали 12 документов. Среди них:\n"
        + "- соглашение о торговле с Казахстаном;\n"
        + "- меморандум о сотрудничестве в рамках ООН.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void anAgencysLeadInThatNamesTheText_handsItOver() {
    Document doc = parse("Монголия и Кыргызстан приняли совместное заявление о партнерстве\n\n"
        + "Как сообщает пресс-служба, президенты подписали документ. Приводится полный текст документа:\n\n"
        + "Монголия и Кыргызская Республика, далее именуемые Сторонами, заявляют о следующем.\n\n"
        + "Стороны будут развивать сотрудничество с Казахстаном в рамках ООН.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("MN", "KG", "KZ")), () -> Ids.states(doc).toString());
  }

  @Test
  void aSentenceThatNamesTheSourceOfWhatWasTold_makesThePageAReport() {
    Document doc = parse("Президент Монголии встретился с президентом Кыргызстана\n\n"
        + "Президенты Монголии и Кыргызстана провели переговоры в Бишкеке. Об этом 12 мая сообщила"
        + " пресс-служба президента.\n\n"
        + "Лидеры обсудили сотрудничество с Казахстаном.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aReportsNumberedListOfTheDocumentsSigned_isTheReports() {
    Document doc = parse("Президенты Монголии и Кыргызстана провели переговоры в Бишкеке.\n"
        + "Напомним, что президент Монголии находится в Кыргызстане с государственным визитом.\n"
        + "По итогам переговоров президенты подписали следующие документы:\n"
        + "1. Совместную декларацию о партнерстве.\n"
        + "2. Соглашение о торговле с Казахстаном.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aPrintedDocumentsNumberedPoints_stayItsOwn() {
    Document doc = parse("Совместное заявление Монголии и Кыргызстана\n\n"
        + "Стороны договорились о следующем:\n"
        + "1. Монголия и Кыргызская Республика развивают торговлю с Казахстаном.\n"
        + "2. Стороны сотрудничают в рамках ООН.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("MN", "KG", "KZ")), () -> Ids.states(doc).toString());
  }

  @Test
  void aLeadThatSaysTheLeadersPutTheirSignaturesUnderTheStatement_makesThePageAReport() {
    Document doc = parse("Президенты Монголии и Кыргызстана поставили подписи под совместным заявлением о"
        + " партнерстве.\n\n"
        + "Стороны намерены расширять торговлю с Казахстаном и Китаем.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
    assertTrue(doc.participants().isEmpty(), () -> doc.participants().toString());
  }

  @Test
  void aSentenceThatOpensWithAsOnePersonExplained_makesThePageAReport() {
    Document doc = parse("Премьер-министры Монголии и Вьетнама провели переговоры в Ханое.\n\n"
        + "Как пояснил советник премьер-министра Монголии Батбаяр Цэрэн, стороны договорились о торговле"
        + " с Японией.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
    assertTrue(doc.participants().isEmpty(), () -> doc.participants().toString());
  }

  @Test
  void aLeadThatSaysTheStatementWasSigned_makesThePageAReport() {
    Document doc = parse("Премьер-министры Монголии и Вьетнама встретились в Ханое. Совместное заявление было"
        + " подписано по итогам переговоров.\n\n"
        + "Стороны намерены расширять торговлю с Японией и Китаем.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aDocumentThatSaysItIsSigned_isNoReport() {
    Document doc = parse("Совместное заявление Монголии и Вьетнама\n\n"
        + "Монголия и Социалистическая Республика Вьетнам расширят торговлю с Японией.\n\n"
        + "Настоящее заявление подписано в Ханое 14 марта 2024 года.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("MN", "VN", "JP")), () -> Ids.states(doc).toString());
  }

  @Test
  void aSentenceThatOpensWithAPassiveOfSaying_makesThePageAReport() {
    Document doc = parse("Премьер-министры Монголии и Вьетнама провели переговоры в Ханое.\n\n"
        + "Подчеркивается, что стороны намерены расширять торговлю с Японией и Китаем.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aSentenceThatOpensWithTheBareNounOfTheDocument_makesThePageAReport() {
    Document doc = parse("Премьер-министры Монголии и Вьетнама провели переговоры в Ханое.\n\n"
        + "Документ предусматривает расширение торговли с Японией и Китаем.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aReportOfAnotherPublication_makesThePageAReport() {
    Document doc = parse("Премьер-министры Монголии и Вьетнама договорились в Ханое расширять торговлю с Японией и"
        + " Китаем, пишет местная газета.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aSentenceThatTakesWhatItToldFromTheTextOfTheDeclaration_makesThePageAReport() {
    Document doc = parse("Премьер-министры Монголии и Вьетнама договорились в Ханое расширять торговлю с Японией и"
        + " Китаем, следует из текста декларации.\n");
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aCueInTheFourthParagraph_stillMakesThePageAReport() {
    // GIVEN three paragraphs of the journalist's own words before the quote that attributes words to the statement
    Document doc = parse("Страны региона осудили попытки вмешательства.\n\n"
        + "Совместное заявление опубликовано на сайте министерства.\n\n"
        + "В ходе встречи представители России, Ирана и Китая обсудили положение в регионе.\n\n"
        + "«Стороны призвали к уважению суверенитета и территориальной целостности Ирака», — говорится"
        + " в заявлении.\n");
    // THEN only the state of the quoted words is the document's
    assertEquals(List.of("IQ"), Ids.states(doc));
  }
  @Test
  void anAttributionAfterFourParagraphsOfTheMeetingsNarration_stillMakesThePageAReport() {
    // GIVEN a report that narrates a commission's meeting for four paragraphs before it retells the final document
    Document doc = parse("В Улан-Баторе завершилось заседание межправительственной комиссии Монголии и Казахстана.\n\n"
        + "Монгольскую делегацию возглавил министр экономики, казахстанскую — министр торговли.\n\n"
        + "В течение двух дней эксперты обсуждали торговлю, транспорт и энергетику.\n\n"
        + "Участники также посетили промышленные предприятия столицы.\n\n"
        + "В итоговом документе отмечается, что стороны расширят поставки зерна в Китай и Узбекистан.\n");
    // WHEN it is parsed, THEN the states it names are the report's, none the document's own quoted words
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }

  @Test
  void aLeadInBelowThirtyLinesOfTheSitesList_stillHandsTheTextOver() {
    // GIVEN a site's list of thirty issues and a line about a delegation above the line that hands the text over
    StringBuilder page = new StringBuilder("Архив материалов\n");
    for (int issue = 1; issue <= 30; issue++) {
      page.append("Выпуск ").append(issue).append('\n');
    }
    page.append("Делегацию Японии возглавил заместитель министра иностранных дел\n")
        .append("Итоги: принята совместная декларация. Ниже приводится ее текст.\n")
        .append("Монголия и Казахстан подтвердили намерение расширять торговлю и сотрудничество в области транспорта.\n");
    // WHEN it is parsed
    Document doc = parse(page.toString());
    // THEN the state named above the lead-in is the site's, those of the text below it the document's
    assertEquals(List.of("KZ", "MN"), Ids.states(doc));
  }

  @Test
  void aSitesWidgetAboveTheHeadline_doesNotUseUpTheParagraphsReadForACue() {
    // GIVEN a regional site's date, weather and exchange-rate lines above its headline and an agency's credit below
    Document doc = parse("Пнд, 14\n9°\nВтр, 15\n11°\n03.03.2025\n°C\n$ 88.12\n€ 92.40 0.3 03/03\n"
        + "Омск и Павлодар подписали соглашение о побратимстве\n"
        + "Мэры Омска и Павлодара подписали соглашение о побратимских связях между городами России и Казахстана,"
        + " передает местное агентство.\n"
        + "Стороны намерены развивать связи и в рамках Шанхайской организации сотрудничества.\n");
    // THEN the page is the site's report: nothing it names is the document's
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
    assertTrue(doc.parties().isEmpty(), () -> doc.parties().toString());
  }

  @Test
  void widgetLinesAreFurniture_aShortWordedLineIsNot() {
    assertTrue(Retelling.isFurniture("Нал. USD 94.00 / 94.92 23/04 18:35", 0, 34));
    assertTrue(Retelling.isFurniture("Срд, 24", 0, 7));
    assertTrue(!Retelling.isFurniture("Фото: ТАСС", 0, 10));
  }
  @Test
  void directSpeechSetOffByADash_isTheDocumentsQuotedWords() {
    // GIVEN a report that quotes the statement with a dash on a line of its own, no quotation marks
    Document doc = parse("Монголия и Казахстан выступили с совместным заявлением по Афганистану\n"
        + "Министры иностранных дел Монголии и Казахстана провели переговоры в Астане, передает местное агентство.\n"
        + "- Стороны поддерживают центральную роль Организации Объединенных Наций в содействии миру в Афганистане,"
        + " - говорится в совместном заявлении.\n"
        + "- Мы обсудили и торговлю с Китаем, - сказал министр журналистам.\n");
    // THEN the states and organisation of the statement's words stay; the report's and the minister's do not
    assertEquals(List.of("AF"), Ids.states(doc), () -> doc.parties().toString());
    assertTrue(doc.parties().stream().anyMatch(p -> p.id().equals("UN")), () -> doc.parties().toString());
  }

  @Test
  void aListsLinesOpeningWithADash_areNoSpeech() {
    String list = "Стороны:\n- развивают торговлю, связи и обмены;\n- укрепляют мир, безопасность и доверие.\n";
    assertEquals(0, Retelling.quotes(list, 0, list.length()).length);
  }

  @Test
  void aSitesMenuInTheFirstPerson_doesNotMakeTheReportTheDocument() {
    Document doc = parse("Новости Армении наша страница в ВКонтакте наша лента в Телеграм\n\n"
        + "Министры Армении и Ирана подписали совместное коммюнике\n\n"
        + "В Ереване состоялось заседание министров иностранных дел Армении и Ирана. В рамках заседания было"
        + " подписано совместное коммюнике о сотрудничестве с Грузией.\n");
    assertEquals(List.of(), Ids.states(doc), "the menu's «наша» is the site's, the page a report");
  }

  @Test
  void aReportThatTheSidesIssuedAStatement_namesNothingOfItsOwn() {
    Document doc = parse("Президенты Монголии и Кыргызстана выступили с совместным заявлением о партнерстве.\n\n"
        + "Стороны намерены развивать торговлю с Китаем и Казахстаном и сотрудничать в рамках ШОС.\n");
    assertEquals(List.of(), Ids.states(doc), () -> Ids.states(doc).toString());
    assertTrue(doc.parties().isEmpty(), () -> doc.parties().toString());
    assertTrue(doc.signatories().containsAll(List.of("MN", "KG")), () -> doc.signatories().toString());
  }

  @Test
  void aColonAfterReportedSpeech_opensTheReportsRetelling() {
    Document doc = parse("Монголия и Кыргызстан подписали совместное заявление по итогам переговоров президентов.\n\n"
        + "В документе, в частности, отмечается, что Монголия и Кыргызстан:\n"
        + "- намерены развивать торговлю с Китаем и Казахстаном;\n"
        + "- поддерживают работу ООН.\n");
    assertEquals(List.of(), Ids.states(doc), () -> Ids.states(doc).toString());
    assertTrue(doc.parties().isEmpty(), () -> doc.parties().toString());
  }

  @Test
  void aSpeakerWhoseWordsFollowAColon_makesThePageAReport() {
    Document doc = parse("Президент Монголии, открывая саммит в Улан-Баторе, заявил о готовности принять общее заявление по"
        + " Казахстану.\n\n"
        + "Ухнаагийн Хурэлсух сказал: \"Сегодня мы можем обсудить положение в регионе и договориться о шагах\".\n");
    assertEquals(List.of(), Ids.states(doc), () -> Ids.states(doc).toString());
  }

  @Test
  void aSiteThatNamesItselfOfficial_isASidesOwnReportCountedWhole() {
    // GIVEN a page under its site's line «… — официальный сайт» that reports a statement the leaders adopted
    String body = "Президенты Монголии и Кыргызстана приняли совместное заявление после переговоров в Улан-Баторе.\n\n"
        + "Президент Монголии Ухнаагийн Хурэлсух пригласил Президента Кыргызстана Садыра Жапарова посетить выставку.\n";
    Document official = parse("Правительство Монголии — официальный сайт\n\n" + body);
    Document news = parse(body);
    // THEN the site's own report counts whom it names; the same words with no such line are a news page's
    assertEquals(List.of("KG", "MN"), Ids.states(official).stream().sorted().toList());
    assertEquals(2, official.participants().size(), () -> official.participants().toString());
    assertTrue(news.participants().isEmpty(), () -> news.participants().toString());
  }

  @Test
  void anOfficialSiteNamedInASentence_leavesTheNewsPageAReport() {
    // GIVEN a news page that cites another's official site inside a sentence, in another case
    Document doc = parse("Президенты Монголии и Кыргызстана приняли совместное заявление, которое позже выложили на"
        + " официальном сайте Правительства Монголии.\n\n"
        + "Президент Монголии Ухнаагийн Хурэлсух пригласил Президента Кыргызстана Садыра Жапарова посетить выставку.\n");
    // THEN the page stays a report: the people it names are the journalist's
    assertTrue(doc.participants().isEmpty(), () -> doc.participants().toString());
  }

  @Test
  void anEditorsNoteInsideTheQuote_isTheReportsWords() {
    // GIVEN a report whose quote of the statement holds the editor's notes in brackets, naming the presidents
    Document doc = parse("Президенты Монголии и Кыргызстана приняли совместное заявление после переговоров.\n\n"
        + "\"Президенты Монголии (Ухнаагийн Хурэлсух – ред.) и Кыргызстана (Садыр Жапаров – ред.) договорились"
        + " провести следующую встречу в Бишкеке в рамках Шанхайской организации сотрудничества\", — говорится в"
        + " документе.\n");
    // THEN the people of the notes are the editor's, while the rest of the quote stays the document's
    assertTrue(doc.participants().isEmpty(), () -> doc.participants().toString());
    assertTrue(Ids.states(doc).containsAll(List.of("MN", "KG")), () -> Ids.states(doc).toString());
  }
  @Test
  void aLeadBelowADozenLinesOfASitesFurniture_isStillSearchedForTheReportsCue() {
    // GIVEN a news page whose lead stands below nine lines of the site's own (a day, rubrics, a headline repeated, a
    // view counter, a byline), none of them a sentence
    Document doc = parse("вторник, 3 марта 2026\n"
        + "Президенты Армении и Грузии договорились о сотрудничестве\n\n"
        + "Лента событий\n\n"
        + "Написать в редакцию\n\n"
        + "/ ПолитикаRSS\n\n"
        + "Президенты Армении и Грузии договорились о сотрудничестве\n\n"
        + "Президенты Армении и Грузии договорились о сотрудничестве\n\n"
        + "3 марта 2026 10:15    Просмотров: 512\n\n"
        + "Анна Смирнова, © Новости Кавказа\n\n"
        // WHEN the lead says the sides adopted a statement and retells it
        + "По итогам переговоров в Ереване президенты Армении и Грузии приняли совместное заявление. В заявлении"
        + " говорится, что стороны будут развивать торговлю с Ираном и Турцией.\n");
    // THEN the page is read as a report: no state of the journalist's words is the document's
    assertEquals(List.of(), Ids.states(doc), () -> doc.parties().toString());
  }
}
