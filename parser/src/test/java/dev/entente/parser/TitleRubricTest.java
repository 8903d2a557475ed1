package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A site's rubric before a colon that opens a title («Ливия: Совместное заявление …», "Yemen: Joint
 * Statement …") names the topic, not an author of the text. Every text is written for these tests.
 */
final class TitleRubricTest {
  @Test
  void russianTitle_rubricBeforeTheKind_isNoSide() {
    // GIVEN a ministry's page whose title opens with the country the statement is about, and a subject line
    // whose points follow
    Document doc = Parser.russian().parse("Ливия: Совместное заявление представителей Египта, Италии и Турции"
        + " по итогам встречи в Риме\n\n"
        + "Представители Арабской Республики Египет, Итальянской Республики и Турецкой Республики:\n\n"
        + "1. Обсудили положение в Ливии и подчеркнули приверженность ее территориальной целостности.\n\n"
        + "2. Договорились провести следующую встречу в Каире.\n");
    // THEN the states of the representatives are the sides, and the rubric's state only a state named
    assertEquals(List.of("EG", "IT", "TR"), sorted(doc.signatories()));
    assertEquals(List.of("EG", "IT", "LY", "TR"), Ids.states(doc));
  }

  @Test
  void englishTitle_rubricBeforeTheKind_isNoSide() {
    Document doc = Parser.english().parse("en-test", "Yemen: Joint Statement by the Representatives of Oman, Qatar"
        + " and Kuwait on the Talks in Muscat\n\n"
        + "The Representatives of the Sultanate of Oman, the State of Qatar and the State of Kuwait:\n\n"
        + "1. Reviewed the situation in Yemen and stressed their commitment to its unity.\n\n"
        + "2. Agreed to hold their next meeting in Doha.\n");
    assertEquals(List.of("KW", "OM", "QA"), sorted(doc.signatories()));
  }
}
