package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * A page with no title whose lead names, in lower case, the document it is about («следует из декларации»,
 * «пункт 5 совместного заявления»); an older document a capitalised adjective names is not it. Every text is
 * written for these tests.
 */
final class KindTheLeadNamesTest {
  @Test
  void aDeclarationTheLeadQuotesFrom_isTheKind() {
    DocumentKind kind = Parser.russian().parse("lead-declaration", "Лидеры стран союза намерены и дальше развивать "
        + "торговлю, следует из декларации совета глав государств.\n"
        + "\"Мы будем развивать торговлю\", - говорится в документе.\n"
        + "Встреча прошла в столице Чили.\n").kind();
    assertEquals(DocumentKind.DECLARATION, kind);
  }

  @Test
  void aJointStatementTheOpeningDiscusses_isTheKind() {
    DocumentKind kind = Parser.russian().parse("lead-joint", "Содержание совместного заявления оказалось сдержанным.\n"
        + "Мы едины в том, что споры надо решать мирно.\n"
        + "Мы призываем стороны к переговорам.\n").kind();
    assertEquals(DocumentKind.JOINT_STATEMENT, kind);
  }

  @Test
  void anOlderDeclarationTheOpeningRecalls_isNotTheKind() {
    DocumentKind kind = Parser.russian().parse("lead-recalls", "Мы, государства региона, встретились сегодня в Лиме.\n"
        + "Мы руководствуемся принципами Лимской декларации 1990 года.\n"
        + "Мы будем развивать сотрудничество.\n").kind();
    assertEquals(DocumentKind.OTHER, kind);
  }
}
