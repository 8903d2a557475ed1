package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A subject that opens late in its sentence, after a comma: the comma inside a list of parties
 * opens no subject, so the whole list is the subject. Every text is written for these tests.
 */
final class SubjectListAfterACommaTest {
  @Test
  void aListAfterAReportedClause_isTheWholeSubject() {
    // GIVEN a first point whose sides are listed after «что», deep in the sentence
    Document doc = Parser.russian().parse("Совместное заявление\n\n"
        + "1. Стороны подтвердили свое взаимное уважение и твердую поддержку независимости, суверенитета и"
        + " территориальной целостности и подтвердили, что Туркменистан, Азербайджанская Республика и Турецкая"
        + " Республика будут и впредь руководствоваться принципами суверенного равенства.\n\n"
        + "2. Стороны будут развивать сотрудничество.\n");
    // THEN all three states are sides, not only those after the list's first comma
    assertEquals(List.of("AZ", "TM", "TR"), sorted(doc.signatories()));
  }
}
