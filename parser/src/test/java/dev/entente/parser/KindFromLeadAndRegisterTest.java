package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * The kind of a document from a news page's lead further down or after a participle, from the heading
 * under a register's entry, and from a title that ends in a year's abbreviation; and words that only
 * look like a kind. Every text is written for these tests.
 */
final class KindFromLeadAndRegisterTest {
  @Test
  void aNewsLeadUnderTwoHeadlinesAndACredit_givesTheKind() {
    Document doc = Parser.russian().parse("ru-test", "Монголия и Вьетнам заявили о расширении торговли\n\n"
        + "Стороны договорились о сотрудничестве в сфере транспорта\n"
        + "Иван Петров/Фотохроника\n\n"
        + "Монголия и Вьетнам в декларации о всеобъемлющем партнерстве заявили о намерении расширять торговлю.\n\n"
        + "В документе подчеркивается, что стороны будут развивать транспортные связи.\n");
    assertEquals(DocumentKind.DECLARATION, doc.kind());
  }

  @Test
  void aKindAFewWordsAfterAParticiple_isTheKind() {
    Document doc = Parser.russian().parse("ru-test", "Ханой высоко оценивает отношения с Улан-Батором\n\n"
        + "Отношения всеобъемлющего партнерства, согласно подписанной в Улан-Баторе декларации, установили"
        + " Монголия и Вьетнам, передает агентство.\n\n"
        + "Лидеры двух государств высоко оценили итоги сотрудничества.\n");
    assertEquals(DocumentKind.DECLARATION, doc.kind());
  }

  @Test
  void aLeadFurtherDownThatSaysThePresidentsSignedAJointStatement_givesItsKind() {
    Document doc = Parser.russian().parse("ru-test", "Ссылки доступа\n\n"
        + "Президент Монголии подписал в Ханое 12 документов\n\n"
        + "Во время визита было подписано 12 документов, в том числе соглашение о воздушном сообщении.\n\n"
        + "Об этом сообщили официальные СМИ двух стран.\n\n"
        + "Президент Монголии 3-4 мая побывал с государственным визитом во Вьетнаме.\n\n"
        + "Переговоры прошли в президентском дворце. Президенты подписали совместное заявление о развитии отношений.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void anOlderDeclarationTheTextsOwnOpeningRecalls_isNotItsKind() {
    Document doc = Parser.russian().parse("ru-test", "12.05.1410:15\n\n"
        + "\u201cОбщее видение\u201d, г. Тромсе, Норвегия, 12 мая 2014 года\n\n"
        + "Перевод с английского\n\n"
        + "Мы, министры северных государств, встретились сегодня в Тромсе.\n\n"
        + "Мы отмечаем свершения, достигнутые со времени подписания Рейкьявикской декларации в 2004 году.\n\n"
        + "В ее рамках принята Северная конвенция о сотрудничестве.\n");
    assertEquals(DocumentKind.OTHER, doc.kind());
  }

  @Test
  void aRegistersEntryOverTheDocumentsOwnHeading_takesTheHeadingsKind() {
    Document doc = Parser.russian().parse("ru-test", "Международный договор\n"
        + "Заявление от 12 марта 2004 года\n\n"
        + "Совместное заявление министров иностранных дел Российской Федерации и Республики Чили о сотрудничестве\n\n"
        + "Принято\n"
        + "12 марта 2004 года\n"
        + "    Министры обсудили вопросы сотрудничества двух стран.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void aRegistersEntryOverALineThatIsNoKind_keepsItsOwn() {
    Document doc = Parser.russian().parse("ru-test", "Международный договор\n"
        + "Заявление от 12 марта 2004 года\n\n"
        + "О сотрудничестве в области образования\n\n"
        + "Принято\n"
        + "12 марта 2004 года\n"
        + "    Министры обсудили вопросы сотрудничества двух стран.\n");
    assertEquals(DocumentKind.OTHER, doc.kind());
  }

  @Test
  void aTitleThatEndsInTheAbbreviationOfTheYear_isATitle() {
    Document doc = Parser.russian().parse("ru-test", "Меморандум о взаимопонимании между Российской Федерацией и"
        + " Республикой Чили о сотрудничестве в области культуры, Москва, 3 октября 2012 г.\n"
        + "Правительство Российской Федерации и Правительство Республики Чили договорились о следующем:\n"
        + "1. Стороны развивают сотрудничество в области культуры.\n");
    assertEquals(DocumentKind.MEMORANDUM, doc.kind());
    assertEquals("Меморандум о взаимопонимании между Российской Федерацией и Республикой Чили о сотрудничестве"
        + " в области культуры, Москва, 3 октября 2012 г.", doc.title());
  }

  @Test
  void leadersWhoConfirmedAFinalDeclaration_giveItsKindAndPlace() {
    Document doc = Parser.russian().parse("ru-test", "Саммит в Бишкеке завершился\n\n"
        + "Иван Петров/Фотохроника\n\n"
        + "Лидеры стран Содружества утвердили итоговую декларацию после заседания в Бишкеке во вторник.\n\n"
        + "В документе подчеркивается, что стороны будут развивать транспортные связи.\n");
    assertEquals(DocumentKind.DECLARATION, doc.kind());
    assertEquals("Бишкек", doc.place().map(dev.entente.model.Place::name).orElse(null));
  }

  @Test
  void agreedArrangements_areNoTreaty() {
    Document doc = Parser.russian().parse("ru-test", "Министры договорились о реформе Содружества\n\n"
        + "Министры иностранных дел приняли пакет договоренностей к саммиту, который пройдет в Минске.\n");
    assertEquals(DocumentKind.OTHER, doc.kind());
    assertEquals("", doc.title());
  }

  @Test
  void conventionalArms_areNoConvention() {
    Document doc = Parser.english().parse("en-test", "Conventional arms talks resume in Vienna\n\n"
        + "The delegations of the two countries met in Vienna to discuss the reduction of forces.\n");
    assertEquals(DocumentKind.OTHER, doc.kind());
  }
}
