package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A subject made of several groups of officials, each a role with its parties, parted by commas
 * («Мы, министры A и B, заместители министров C, а также Верховный представитель D встретились …»):
 * every group adopts the text, while a comma that opens an inserted clause still ends the subject.
 */
final class SubjectRoleGroupsTest {
  @Test
  void ministersDeputyMinistersAndAnOrganisationsEnvoy_allAreSides() {
    // GIVEN a first point whose subject lists ministers of two states, deputy ministers of two more and, after
    // «а также», an organisation's high representative, then the verb of meeting
    Document doc = Parser.russian().parse("ru-test", "Совместная декларация\n\n1. Мы, министры иностранных дел"
        + " Армении и Грузии, заместители министров иностранных дел Молдовы и Румынии, а также Верховный"
        + " представитель Европейского союза встретились в Тбилиси.\n\n2. Мы договорились развивать транспортные"
        + " связи.\n");
    // THEN every group's parties are sides
    assertEquals(List.of("AM", "EU", "GE", "MD", "RO"), sorted(doc.signatories()));
  }

  @Test
  void anInsertedClauseNamingStates_endsTheSubject() {
    // GIVEN a subject of two ministers whose inserted clause after a comma names two more states
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление\n\n1. Мы, министры иностранных дел"
        + " Армении и Грузии, учитывая опыт Молдовы и Румынии, заявляем о намерении развивать транспортные"
        + " связи.\n\n2. Мы договорились продолжить консультации.\n");
    // THEN only the subject's states are sides
    assertEquals(List.of("AM", "GE"), sorted(doc.signatories()));
  }
}
