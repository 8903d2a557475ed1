package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * A news page without the document's title tells its kind in the lead: «в тексте итоговой декларации
 * говорится», or a sentence whose subject is the generic name of a kind («Совместное заявление министров
 * размещено …», «Совместное коммюнике … подписали …»), which outranks a loose «говорится в заявлении» further
 * down; a register's page run into one line gives the kind it sets in capitals among its first words («наименование
 * документа ПРОТОКОЛ …»). Every text is written for these tests, in the styles of agencies' reports and registers.
 */
final class KindAReportNamesTest {

  @Test
  void theTextOfADeclarationTheReportQuotes_isADeclaration() {
    DocumentKind kind = Parser.russian().parse("text-of", "В Ашхабаде завершился форум по энергетической безопасности\n\n"
        + "В Ашхабаде в четверг завершился международный форум по энергетической безопасности.\n\n"
        + "В тексте итоговой декларации, размещенном на сайте форума, говорится, что участники поддерживают "
        + "диверсификацию маршрутов поставок.\n\n"
        + "Участники договорились провести следующий форум через два года.\n").kind();
    assertEquals(DocumentKind.DECLARATION, kind);
  }

  @Test
  void aJointStatementThatIsTheLeadsSubject_outranksALooseStatementBelow() {
    DocumentKind kind = Parser.russian().parse("subject", "Министры стран региона осудили нападения на гуманитарные конвои. "
        + "Совместное заявление министров размещено на сайте МИД Казахстана.\n\n"
        + "По мнению министров, доставка помощи должна идти без препятствий.\n\n"
        + "«Стороны призвали все стороны конфликта соблюдать нормы гуманитарного права», — говорится в заявлении.\n\n"
        + "Встреча прошла в Астане.\n").kind();
    assertEquals(DocumentKind.JOINT_STATEMENT, kind);
  }

  @Test
  void aCommuniqueThatIsTheSubjectOfSigning_isACommunique() {
    DocumentKind kind = Parser.russian().parse("signed", "Россия и Тувалу установили дипломатические отношения\n\n"
        + "Россия и Тувалу установили дипломатические отношения, сообщает агентство.\n\n"
        + "Совместное коммюнике об установлении дипломатических отношений подписали 3 марта в Нью-Йорке "
        + "постоянные представители двух стран при ООН.\n\n"
        + "В документе отмечается, что стороны будут развивать отношения на основе Устава ООН.\n").kind();
    assertEquals(DocumentKind.COMMUNIQUE, kind);
  }

  @Test
  void aRegistersPageRunIntoOneLine_givesTheKindItSetsInCapitals() {
    String clauses = "Стороны будут содействовать развитию прямых связей между предприятиями, научными учреждениями и "
        + "организациями культуры, обмену делегациями и информацией, участию в выставках и ярмарках, подготовке кадров. ";
    DocumentKind kind = Parser.russian().parse("register", "наименование документа ПРОТОКОЛ Администрации Псковской "
        + "области и Администрации уезда Тарту о сотрудничестве в области образования от 14.05.2003 Источник публикации "
        + "\"Псковская правда\", N 90, 20.05.2003 Администрация Псковской области и Администрация уезда Тарту, именуемые "
        + "в дальнейшем Стороны, договорились о нижеследующем: " + clauses + clauses + clauses + "\n").kind();
    assertEquals(DocumentKind.AGREEMENT, kind);
  }
}
