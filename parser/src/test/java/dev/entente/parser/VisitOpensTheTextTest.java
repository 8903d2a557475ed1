package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A communiqué or joint statement of a visit opens with it («По приглашению правительства A … с визитом
 * находился министр B»): the host and the visitor's state are its sides where nothing else names them.
 * Every text is written for these tests.
 */
final class VisitOpensTheTextTest {
  @Test
  void aCommuniqueThatOpensWithAVisit_isTheHostsAndTheVisitors() {
    // GIVEN an archival extract whose first paragraph tells of a minister's visit at the host government's invitation
    Document doc = Parser.russian().parse("Из коммюнике о визите в Польшу министра иностранных дел\n\n"
        + "По приглашению Польского правительства 3—5 мая 1975 г. в Польской Народной Республике с визитом находился"
        + " министр иностранных дел Чехословацкой Социалистической Республики Б. Хнoупек.\n\n"
        + "В ходе переговоров были рассмотрены вопросы дальнейшего развития двусторонних отношений.\n");
    // THEN the host and the visitor's state are the sides
    assertEquals(List.of("CS", "PL"), sorted(doc.signatories()));
  }

  @Test
  void aFirstPointThatOpensWithAVisit_isTheHostsAndTheVisitors() {
    Document doc = Parser.russian().parse("Совместное заявление\n\n"
        + "1. По приглашению правительства Индии Президент Франции находился с государственным визитом в Индии"
        + " с 10 по 12 марта 2018 года.\n\n"
        + "2. Президент выразил благодарность за теплый прием.\n");
    assertEquals(List.of("FR", "IN"), sorted(doc.signatories()));
  }

  @Test
  void aVisitThatNamesThreeStates_namesNoSides() {
    // GIVEN a visit sentence that also names a third state the talks were about
    Document doc = Parser.russian().parse("Коммюнике\n\n"
        + "По приглашению правительства Индии Президент Франции находился с визитом в Индии, по пути посетив Непал.\n");
    // THEN it does not tell the sides
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
