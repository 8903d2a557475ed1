package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mention;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 3: parties in every form Russian gives them. Each row is one sentence, put as the first
 * numbered point of a small joint statement so that it is read as body, and the parties found in
 * the whole document, in text order, written {@code ID«mention»}.
 */
final class PartyFormsTest {
  private static final Parser PARSER = Parser.russian();

  // ---------------------------------------------------------------- helpers

  /** A joint statement titled {@code title}, with an optional preamble and numbered points. */
  static Document parse(String title, String preamble, String... clauses) {
    StringBuilder text = new StringBuilder(title).append('\n');
    if (!preamble.isEmpty()) {
      text.append(preamble).append('\n');
    }
    for (int i = 0; i < clauses.length; i++) {
      text.append(i + 1).append(". ").append(clauses[i]).append('\n');
    }
    return PARSER.parse(text.toString());
  }

  /** {@code clauses} as the numbered points of a joint statement whose title names no party. */
  static Document parseClauses(String... clauses) {
    return parse("Совместное заявление", "", clauses);
  }

  /**
   * Every party mention of {@code doc} in text order, {@code ID«text»}, space-separated; fails if a
   * mention's text is not the original text it spans.
   */
  static String mentions(Document doc) {
    List<String[]> all = new ArrayList<>();
    for (Party party : doc.parties()) {
      for (Mention m : party.mentions()) {
        assertEquals(doc.text().substring(m.start(), m.end()), m.text(),
            party.id() + " mention [" + m.start() + ", " + m.end() + ") text");
        all.add(new String[] {String.valueOf(m.start()), party.id() + "«" + m.text() + "»"});
      }
    }
    return all.stream().sorted(Comparator.comparingInt(a -> Integer.parseInt(a[0])))
        .map(a -> a[1]).collect(Collectors.joining(" "));
  }

  /** The mentions found when {@code sentence} is the only numbered point. */
  static String mentionsIn(String sentence) {
    return mentions(parseClauses(sentence));
  }

  private static void assertMentions(String sentence, String expected) {
    // GIVEN a statement whose one point is the sentence
    // WHEN it is parsed
    String found = mentionsIn(sentence);
    // THEN the parties are exactly the expected ones, over exactly the expected words
    assertEquals(expected == null ? "" : expected, found, "parties in «" + sentence + "»");
  }

  // ---------------------------------------------------------------- case forms

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Казахстан поддерживает эту инициативу.|KZ«Казахстан»",
      "Стороны приветствуют позицию Казахстана.|KZ«Казахстана»",
      "Стороны передали Казахстану председательство.|KZ«Казахстану»",
      "Стороны поддержали Казахстан в этом вопросе.|KZ«Казахстан»",
      "Стороны подписали соглашение с Казахстаном.|KZ«Казахстаном»",
      "Форум пройдет в Казахстане.|KZ«Казахстане»",
      "Китай поддерживает эту инициативу.|CN«Китай»",
      "Стороны приветствуют позицию Китая.|CN«Китая»",
      "Стороны передали Китаю председательство.|CN«Китаю»",
      "Стороны подписали соглашение с Китаем.|CN«Китаем»",
      "Форум пройдет в Китае.|CN«Китае»",
      "Россия поддерживает эту инициативу.|RU«Россия»",
      "Стороны приветствуют позицию России.|RU«России»",
      "Стороны подписали соглашение с Россией.|RU«Россией»",
      "Стороны обсудили отношения с США.|US«США»",
      "Стороны приветствуют позицию Соединённых Штатов Америки.|US«Соединённых Штатов Америки»",
      "Стороны приветствуют позицию Объединённых Арабских Эмиратов.|AE«Объединённых Арабских Эмиратов»",
      "Стороны передали Объединённым Арабским Эмиратам председательство.|AE«Объединённым Арабским Эмиратам»",
      "Стороны подписали соглашение с Объединёнными Арабскими Эмиратами.|AE«Объединёнными Арабскими Эмиратами»",
      "Форум пройдет в Объединенных Арабских Эмиратах.|AE«Объединенных Арабских Эмиратах»",
  })
  void recognize_caseForms(String sentence, String expected) {
    assertMentions(sentence, expected);
  }

  // ---------------------------------------------------------------- adjectives and compounds

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Казахская сторона приветствует эту инициативу.|KZ«Казахская»",
      "Стороны передали китайской стороне предложения.|CN«китайской»",
      "В состав российской делегации вошли эксперты.|RU«российской»",
      "Стороны высоко оценили уровень узбекско-таджикских отношений.|UZ«узбекско» TJ«таджикских»",
  })
  void recognize_adjectives(String sentence, String expected) {
    assertMentions(sentence, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Стороны высоко оценили российско-китайские отношения.|RU«российско» CN«китайские»",
      "Стороны отметили рост азербайджано-китайских связей.|AZ«азербайджано» CN«китайских»",
      "Стороны подписали казахстанско-узбекский договор.|KZ«казахстанско» UZ«узбекский»",
  })
  void recognize_compoundAdjectives(String sentence, String expected) {
    assertMentions(sentence, expected);
  }

  // ---------------------------------------------------------------- abbreviations, official names, organisations

  @Test
  void recognize_abbreviations() {
    assertMentions("Стороны приветствуют вклад КНР, РФ, США, ООН, ШОС, СНГ, ОДКБ, ЕАЭС и БРИКС.",
        "CN«КНР» RU«РФ» US«США» UN«ООН» SCO«ШОС» CIS«СНГ» CSTO«ОДКБ» EAEU«ЕАЭС» BRICS«БРИКС»");
  }

  @Test
  void recognize_abbreviationsOnlyInCapitals() {
    assertMentions("Слово шос и слово кнр написаны строчными буквами.", "");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Кыргызская Республика поддерживает эту инициативу.|KG«Кыргызская Республика»",
      "Стороны подписали соглашение с Кыргызской Республикой.|KG«Кыргызской Республикой»",
      "Стороны приветствуют позицию Республики Таджикистан.|TJ«Республики Таджикистан»",
      "Форум пройдет в Китайской Народной Республике.|CN«Китайской Народной Республике»",
  })
  void recognize_officialNames(String sentence, String expected) {
    assertMentions(sentence, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Стороны поддерживают работу Шанхайской организации сотрудничества.|SCO«Шанхайской организации сотрудничества»",
      "Стороны развивают сотрудничество с Организацией Объединённых Наций.|UN«Организацией Объединённых Наций»",
      "Стороны поддерживают членство во Всемирной торговой организации.|WTO«Всемирной торговой организации»",
      "Стороны приветствуют резолюцию Генеральной Ассамблеи ООН.|UN«Генеральной Ассамблеи ООН»",
      "Стороны подчеркнули роль Совета Безопасности ООН.|UN«Совета Безопасности ООН»",
  })
  void recognize_organisationsByFullNameAndOrgans(String sentence, String expected) {
    assertMentions(sentence, expected);
  }

  @Test
  void recognize_politicalParties() {
    // GIVEN the Communist Party of China by full name and as the organ of its abbreviation
    Document doc = parseClauses(
        "Стороны приветствуют итоги съезда Коммунистической партии Китая.",
        "Стороны отметили решения ЦК КПК.");
    // WHEN the parties are read
    // THEN both name CPC, a political party, and neither names China
    assertEquals("CPC«Коммунистической партии Китая» CPC«ЦК КПК»", mentions(doc));
    assertEquals(PartyKind.POLITICAL_PARTY, doc.party("CPC").orElseThrow().kind(), "kind of CPC");
  }

  @Test
  void recognize_organisationsHaveKindOrganization() {
    Document doc = parseClauses("Стороны поддерживают ООН и ШОС.");
    assertEquals(PartyKind.ORGANIZATION, doc.party("UN").orElseThrow().kind(), "kind of UN");
    assertEquals(PartyKind.ORGANIZATION, doc.party("SCO").orElseThrow().kind(), "kind of SCO");
  }

  // ---------------------------------------------------------------- metonymy

  @Test
  void recognize_capitalAsSubjectOfAnActNamesItsState() {
    // GIVEN a capital that supports something
    Document doc = parseClauses("Пекин поддерживает усилия сторон по укреплению мира.");
    // WHEN it is parsed
    // THEN China is mentioned by its capital
    assertEquals("CN«Пекин»", mentions(doc));
  }

  @Test
  void recognize_capitalAsPlaceIsNoParty() {
    // GIVEN a capital where something took place
    Document doc = parseClauses("В Пекине состоялась встреча экспертов.", "Делегации прибыли в Пекин.");
    // WHEN it is parsed
    // THEN China is not a party
    assertEquals("", mentions(doc), "parties of a document that names Beijing only as a place");
    assertFalse(doc.party("CN").isPresent(), "CN is a party");
  }

  // ---------------------------------------------------------------- collective references, signatories

  @Test
  void signatories_namedBeforeDaleeStorony() {
    // GIVEN three states named «/далее — стороны/» and a fourth in a point
    Document doc = parse("Совместное коммюнике",
        "Республика Казахстан, Кыргызская Республика и Республика Узбекистан /далее — стороны/ приняли"
            + " настоящее коммюнике.",
        "Стороны приветствуют сотрудничество с Российской Федерацией.");
    // WHEN it is parsed
    // THEN the three are the signatories, the fourth only a party
    assertEquals(List.of("KZ", "KG", "UZ"), doc.signatories());
    assertTrue(doc.party("RU").isPresent(), "RU is a party");
  }

  @Test
  void signatories_betweenXAndYInTitle() {
    // GIVEN a title «… между X и Y» in oblique cases
    Document doc = parse("Совместное заявление о стратегическом партнерстве между Республикой Таджикистан"
        + " и Объединёнными Арабскими Эмиратами", "", "Стороны приветствуют сотрудничество с Китаем.");
    // WHEN it is parsed
    // THEN X and Y sign; China does not
    assertEquals(List.of("TJ", "AE"), doc.signatories());
    assertEquals("TJ«Республикой Таджикистан» AE«Объединёнными Арабскими Эмиратами» CN«Китаем»", mentions(doc));
  }

  @Test
  void signatories_stateAttendingViaAmbassadorIsParticipantNotSignatory() {
    // GIVEN ministers of two states and, «в том числе», the ambassador of a third
    Document doc = parse("Совместное коммюнике",
        "Во встрече приняли участие министр иностранных дел Республики Казахстан Мурат Нуртлеу и министр"
            + " иностранных дел Республики Узбекистан Бахтиёр Саидов, в том числе посол Туркменистана Ахмет"
            + " Гурбанов.\nПо итогам встречи министры иностранных дел Республики Казахстан и Республики"
            + " Узбекистан /далее — стороны/ приняли настоящее коммюнике.",
        "Стороны приветствуют сотрудничество.");
    // WHEN it is parsed
    // THEN the ambassador is a participant for Turkmenistan, which does not sign
    assertEquals(List.of("KZ", "UZ"), doc.signatories());
    Participant ambassador = doc.participants().stream().filter(p -> p.name().equals("Ахмет Гурбанов"))
        .findFirst().orElseThrow(() -> new AssertionError("no participant Ахмет Гурбанов in " + doc.participants()));
    assertEquals("TM", ambassador.party().orElseThrow(), "party of the ambassador");
    assertTrue(doc.party("TM").isPresent(), "TM is a party");
  }

  @Test
  void signatories_ambassadorBeforeDaleeStoronyDoesNotSign() {
    // GIVEN the ambassador named inside the sentence that ends «/далее — стороны/»
    Document doc = parse("Совместное коммюнике",
        "Министры иностранных дел Республики Казахстан, Кыргызской Республики и Республики Таджикистан,"
            + " а также представители других государств, в том числе посол Туркменистана в Республике"
            + " Казахстан, /далее — стороны/ провели встречу.",
        "Стороны приветствуют сотрудничество.");
    // WHEN it is parsed
    // THEN Turkmenistan does not sign
    assertEquals(List.of("KZ", "KG", "TJ"), doc.signatories());
  }

  // ---------------------------------------------------------------- regions, territories, look-alike words

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Стороны развивают сотрудничество стран Центральной Азии и Европы.",
      "Стороны обсудили ситуацию на Ближнем Востоке, в Африке и в Латинской Америке.",
      "Стороны поддерживают единство центральноазиатских государств.",
      "Стороны того же мнения по этому вопросу.",
      "Стороны поддерживают развитие малых и средних предприятий.",
      "Над площадью стоял чад и дым.",
  })
  void recognize_regionsAndCommonWordsAreNoParty(String sentence) {
    assertMentions(sentence, "");
  }

  @Test
  void recognize_capitalisedLookAlikesAreStates() {
    assertMentions("Стороны приветствуют делегации Чада, Того и Мали.", "TD«Чада» TG«Того» ML«Мали»");
  }

  @Test
  void recognize_taiwanIsTerritoryNotState() {
    // GIVEN Taiwan named next to China
    Document doc = parseClauses("Стороны подтверждают, что Тайвань является неотъемлемой частью Китая.");
    // WHEN it is parsed
    // THEN Taiwan is a territory, China a state
    assertEquals("TW«Тайвань» CN«Китая»", mentions(doc));
    assertEquals(PartyKind.TERRITORY, doc.party("TW").orElseThrow().kind(), "kind of TW");
    assertEquals(PartyKind.STATE, doc.party("CN").orElseThrow().kind(), "kind of CN");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Того же мнения придерживаются и эксперты.",
      "Грузы доставляются по Транскаспийскому маршруту.",
  })
  void recognize_sentenceInitialCommonWordsAreNoParty(String sentence) {
    assertMentions(sentence, "");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Стороны выступают за мир и стабильность в Индо-Тихоокеанском регионе.",
      "Стороны обсудили безопасность судоходства в районе Индийского океана.",
      "Стороны обсудили ситуацию в Южно-Китайском море.",
  })
  void recognize_geographicNamesAreNoParty(String sentence) {
    assertMentions(sentence, "");
  }

  // ---------------------------------------------------------------- mentions and offsets

  @Test
  void mentions_ofOnePartyAreInTextOrder() {
    // GIVEN a sentence that opens with a capital as subject and names its state's adjective later
    Document doc = parseClauses("Пекин поддерживает развитие китайско-казахстанских связей.");
    // WHEN it is parsed
    List<Integer> starts = doc.party("CN").orElseThrow().mentions().stream().map(Mention::start)
        .collect(Collectors.toList());
    // THEN China's mentions are in text order, as Party.mentions() promises
    assertEquals(starts.stream().sorted().collect(Collectors.toList()), starts, "starts of CN mentions");
  }

  @Test
  void mentions_pointIntoTheOriginalTextThroughNormalisation() {
    // GIVEN CRLF line ends, a soft hyphen, a no-break space and a decomposed «ё»
    String text = "Совместное заявление\r\n"
        + "1. Стороны приветствуют участие Казах\u00ADстана и Кыргызской\u00A0Республики.\r\n"
        + "2. Стороны приветствуют участие Объедине\u0308нных Арабских Эмиратов.\r\n";
    // WHEN it is parsed
    Document doc = PARSER.parse(text);
    // THEN each mention is the original text, typography included
    assertEquals("KZ«Казах\u00ADстана» KG«Кыргызской\u00A0Республики» AE«Объедине\u0308нных Арабских Эмиратов»",
        mentions(doc));
  }

  @Test
  void mentions_stressMarkDoesNotHideAName() {
    // GIVEN a name with a stress mark, as in dictionaries and some quotations
    Document doc = parseClauses("Стороны приветствуют участие Казахста\u0301на.");
    // WHEN it is parsed
    // THEN the name is found, stress mark included
    assertEquals("KZ«Казахста\u0301на»", mentions(doc));
  }
}
