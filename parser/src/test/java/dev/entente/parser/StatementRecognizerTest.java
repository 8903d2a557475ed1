package dev.entente.parser;

import static dev.entente.parser.OwnSentences.parse;
import static dev.entente.parser.OwnSentences.statement;
import static dev.entente.parser.OwnSentences.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Act;
import dev.entente.model.Document;
import dev.entente.model.Statement;
import dev.entente.model.Strength;
import dev.entente.model.Topic;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statements on sentences written for issue 4: the act of each verb of acts.tsv with its strength
 * and CAMEO code, negation, actors («Стороны» are the signatories KZ and UZ), topics, and list
 * items that take the act of «Стороны приветствуют:».
 */
final class StatementRecognizerTest {

  /** sentence | act | strength | CAMEO | negated */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны договорились расширять сотрудничество в сфере энергетики. | AGREE | AGREED | 030 | false
      Стороны будут развивать торговлю. | COMMIT | WILL | 030 | false
      Стороны готовы углублять взаимодействие в области транспорта. | READY | READY | 030 | false
      Стороны поддерживают укрепление региональной безопасности. | SUPPORT | SUPPORT | 051 | false
      Стороны неизменно поддерживают друг друга. | SUPPORT | SUPPORT | 051 | false
      Стороны приветствуют рост взаимной торговли. | WELCOME | WELCOME | 051 | false
      Стороны высоко оценивают уровень политического диалога. | APPRECIATE | WELCOME | 051 | false
      Стороны с удовлетворением отметили рост инвестиций. | APPRECIATE | WELCOME | 013 | false
      Стороны отметили прогресс в развитии транспортных коридоров. | NOTE | NOTE | 010 | false
      Стороны подтверждают приверженность принципам Устава ООН. | REAFFIRM | SUPPORT | 030 | false
      Стороны вновь подтвердили приверженность добрососедству. | REAFFIRM | SUPPORT | 030 | false
      Стороны подчеркивают важность обеспечения продовольственной безопасности. | EMPHASIZE | NOTE | 010 | false
      Стороны выступают против протекционизма в торговле. | OPPOSE | SUPPORT | 120 | false
      Стороны не поддерживают односторонние санкции. | OPPOSE | NOTE | 120 | true
      Стороны не будут допускать использования своих территорий. | COMMIT | NOTE | 030 | true
      Стороны призывают международное сообщество оказать помощь Афганистану. | CALL | SUPPORT | 020 | false
      Казахстанская сторона признает важность водного сотрудничества. | RECOGNIZE | NOTE | 010 | false
      Узбекская сторона поздравила Казахстан с успешным проведением саммита. | CONGRATULATE | WELCOME | 051 | false
      Казахстанская сторона поблагодарила узбекскую сторону за теплый прием. | THANK | WELCOME | 051 | false
      Стороны выразили благодарность узбекской стороне. | THANK | WELCOME | 051 | false
      Казахстан пригласил Узбекистан принять участие в форуме. | INVITE | READY | 036 | false
      Стороны обсудили вопросы сотрудничества в сфере энергетики. | DISCUSS | NOTE | 040 | false
      Министры иностранных дел обменялись мнениями. | DISCUSS | NOTE | 040 | false
      Стороны выражают обеспокоенность ситуацией в Афганистане. | CONCERN | NOTE | 012 | false
      Стороны осуждают терроризм во всех его формах. | CONDEMN | SUPPORT | 111 | false
      Стороны приняли совместное заявление. | ADOPT | AGREED | 057 | false
      """)
  void read_eachAct(String sentence, Act act, Strength strength, String cameo, boolean negated) {
    // GIVEN
    Document doc = parse(sentence);
    // WHEN
    Statement statement = statement(doc, 1);
    // THEN
    assertEquals(Optional.of(act), statement.act(), sentence);
    assertEquals(Optional.of(strength), statement.strength(), sentence);
    assertEquals(Optional.of(cameo), statement.cameo(), sentence);
    assertEquals(negated, statement.negated(), sentence);
  }

  /** «договорились» commits more than «будут», than «готовы», … than «отметили». */
  @Test
  void strength_ordersTheActsFromAgreedToNoted() {
    // GIVEN
    Document doc = parse(
        "Стороны договорились расширять сотрудничество.",
        "Стороны будут расширять сотрудничество.",
        "Стороны готовы расширять сотрудничество.",
        "Стороны поддерживают расширение сотрудничества.",
        "Стороны приветствуют расширение сотрудничества.",
        "Стороны отметили расширение сотрудничества.");
    // WHEN
    List<Strength> strengths = doc.clauses().stream()
        .map(c -> c.statements().get(0).strength().orElseThrow()).collect(Collectors.toList());
    // THEN
    assertEquals(List.of(Strength.AGREED, Strength.WILL, Strength.READY, Strength.SUPPORT, Strength.WELCOME,
        Strength.NOTE), strengths);
    for (int i = 1; i < strengths.size(); i++) {
      assertTrue(strengths.get(i - 1).compareTo(strengths.get(i)) > 0,
          strengths.get(i - 1) + " should commit more than " + strengths.get(i));
    }
  }

  @Test
  void cameo_presentWhereverAnActIs() {
    // GIVEN
    Document doc = parse("Стороны договорились расширять сотрудничество.", "Стороны будут развивать торговлю.",
        "Стороны приветствуют рост торговли.", "Стороны призывают к диалогу.", "Стороны обсудили вопросы туризма.");
    // THEN
    for (var clause : doc.clauses()) {
      Statement statement = clause.statements().get(0);
      assertTrue(statement.act().isPresent(), clause.number().orElseThrow());
      assertTrue(statement.cameo().orElseThrow().matches("\\d{3}"), statement.cameo().toString());
    }
  }

  /** sentence | actors, comma-separated */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны поддерживают укрепление региональной безопасности. | KZ,UZ
      Главы государств договорились укреплять сотрудничество. | KZ,UZ
      Казахстан поддерживает вступление Узбекистана во Всемирную торговую организацию. | KZ
      Республика Казахстан поддерживает кандидатуру Республики Узбекистан. | KZ
      Узбекистан высоко оценивает вклад Казахстана. | UZ
      Казахстанская сторона приветствует решение узбекской стороны. | KZ
      Узбекская сторона высоко оценивает председательство Казахстана. | UZ
      Казахстанская и узбекская стороны договорились о сотрудничестве в сфере транспорта. | KZ,UZ
      Узбекистан и Казахстан договорились о сотрудничестве в сфере цифровизации. | UZ,KZ
      """)
  void actors_fromTheSubject(String sentence, String actors) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertEquals(Arrays.asList(actors.split(",")), statement(doc, 1).actorIds(), sentence);
  }

  /** sentence | topics that must be there, comma-separated */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны договорились расширять сотрудничество в сфере энергетики. | ENERGY
      Стороны договорились о развитии нефтегазовой отрасли и возобновляемой энергетики. | ENERGY
      Стороны приветствуют рост взаимной торговли. | TRADE
      Стороны поддерживают рост товарооборота и экспорта. | TRADE
      Стороны готовы углублять взаимодействие в области транспорта. | TRANSPORT
      Стороны договорились о строительстве новых железных дорог и автомобильных дорог. | TRANSPORT
      Стороны поддерживают укрепление региональной безопасности. | SECURITY
      Стороны будут совместно противодействовать терроризму, экстремизму и незаконному обороту наркотиков. | TERRORISM,EXTREMISM,DRUGS
      Стороны подчеркивают важность обеспечения продовольственной безопасности. | FOOD_SECURITY
      Казахстанская сторона признает важность водного сотрудничества. | WATER
      Стороны обсудили вопросы цифровизации. | DIGITAL
      Стороны будут развивать сотрудничество в области туризма. | TOURISM
      """)
  void topics_fromTheLexicon(String sentence, String topics) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    List<Topic> found = statement(doc, 1).topics();
    for (String topic : topics.split(",")) {
      assertTrue(found.contains(Topic.valueOf(topic)), sentence + ": " + found);
    }
  }

  @Test
  void topics_foodSecurityIsNotSecurity() {
    Document doc = parse("Стороны подчеркивают важность обеспечения продовольственной безопасности.");
    assertFalse(statement(doc, 1).topics().contains(Topic.SECURITY), statement(doc, 1).topics().toString());
  }

  @Test
  void items_takeTheActOfTheirIntroduction() {
    // GIVEN
    Document doc = parse("Стороны приветствуют:\n"
        + "-- рост товарооборота между двумя странами;\n"
        + "-- запуск новых авиарейсов;\n"
        + "-- сотрудничество в области энергетики.");
    // WHEN
    List<Statement> statements = statements(doc, 1);
    // THEN
    assertEquals(4, statements.size(), statements.toString());
    List<Topic> itemTopics = List.of(Topic.TRADE, Topic.TRANSPORT, Topic.ENERGY);
    for (int i = 1; i < 4; i++) {
      Statement item = statements.get(i);
      assertEquals(Optional.of(Act.WELCOME), item.act(), "item " + i);
      assertEquals(Optional.of(Strength.WELCOME), item.strength(), "item " + i);
      assertEquals(List.of("KZ", "UZ"), item.actorIds(), "item " + i);
      assertTrue(item.topics().contains(itemTopics.get(i - 1)), "item " + i + ": " + item.topics());
    }
  }

  @Test
  void items_withTheirOwnVerbKeepIt() {
    // GIVEN
    Document doc = parse("Стороны приветствуют:\n"
        + "-- рост товарооборота между двумя странами;\n"
        + "-- договорились расширять сотрудничество в сфере транспорта.");
    // THEN
    assertEquals(Optional.of(Act.WELCOME), statements(doc, 1).get(1).act());
    assertEquals(Optional.of(Act.AGREE), statements(doc, 1).get(2).act());
  }

  @Test
  void items_afterAParagraphWithoutColonTakeNoAct() {
    // GIVEN
    Document doc = parse("Стороны приветствуют рост торговли.\n-- рост товарооборота между двумя странами.");
    // THEN
    List<Statement> statements = statements(doc, 1);
    assertEquals(Optional.empty(), statements.get(statements.size() - 1).act(), statements.toString());
  }

  @Test
  void links_statementNamesTheItemsItMentions() {
    // GIVEN
    Document doc = parse("Стороны поддерживают инициативу \"Пояс и путь\" и деятельность Рабочей группы по водным "
        + "ресурсам.");
    // WHEN
    Statement statement = statement(doc, 1);
    // THEN
    assertEquals(List.of(doc.initiatives().get(0).id()), statement.initiativeIds());
    assertEquals(List.of(doc.mechanisms().get(0).id()), statement.mechanismIds());
    assertTrue(statement.eventIds().isEmpty());
  }

  // --- Bugs found by these tests

  /** The first act of the sentence wins, even inside a comma-bounded adverbial participle phrase. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны, высоко оценив итоги переговоров, договорились продолжить сотрудничество. | AGREE
      Стороны, отметив рост торговли, будут расширять сотрудничество. | COMMIT
      """)
  void read_mainVerbAfterGerundPhrase(String sentence, Act act) {
    Document doc = parse(sentence);
    assertEquals(Optional.of(act), statement(doc, 1).act(), sentence);
  }

  /** isSubject takes a party only at the start of the sentence, so «Президент Республики Казахстан» is no actor. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Президент Республики Казахстан пригласил Президента Республики Узбекистан посетить Казахстан. | KZ
      Министр иностранных дел Республики Узбекистан отметил рост торговли. | UZ
      """)
  void actors_countryOfAnOfficial(String sentence, String actor) {
    Document doc = parse(sentence);
    assertEquals(List.of(actor), statement(doc, 1).actorIds(), sentence);
  }
}
