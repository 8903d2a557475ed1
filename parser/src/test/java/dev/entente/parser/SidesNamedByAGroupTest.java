package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Sides named only by a group («главы государств Центральной Азии») sign without becoming parties
 * (GUIDELINES: a group is no mention of a state), and the document still reads back from its JSON;
 * a group the sides speak of is no side. Sentences written for the test.
 */
final class SidesNamedByAGroupTest {
  @Test
  void sidesNamedByAGroup_signWithoutBeingMentioned_andTheDocumentReadsBack() {
    // GIVEN a statement whose authors are named only as the heads of a region's states
    Document doc = Parser.russian().parse("group", "Совместное заявление\n\n"
        + "Главы государств Центральной Азии, собравшись в Астане, заявляют о следующем.\n"
        + "1. Стороны выступают за укрепление мира.\n");
    // THEN the region's states sign, none is a party mentioned, and the JSON reads back
    assertEquals(List.of("KZ", "KG", "TJ", "TM", "UZ"), doc.signatories());
    assertEquals("", doc.parties().stream().map(Party::id).collect(Collectors.joining(",")));
    assertEquals(doc, EntenteJson.fromJson(EntenteJson.toJson(doc)));
  }

  @Test
  void aGroupTheSidesSpeakOf_isNoSide() {
    // WHEN the sides' sentence names a group as what they cooperate with
    Document doc = Parser.russian().parse("object", "Стороны развивают сотрудничество стран Центральной Азии и Европы.\n");
    // THEN its states neither sign nor become parties
    assertEquals(List.of(), doc.signatories());
    assertEquals("", doc.parties().stream().map(Party::id).collect(Collectors.joining(",")));
  }

  @Test
  void aGroupingInParenthesesAfterTheStates_onlyLabelsThem_andIsNoSide() {
    // GIVEN a subject that names four states, then their grouping in parentheses
    Document doc = Parser.russian().parse("label", "Совместное заявление\n\n"
        + "1. Мы, министры торговли Чили, Перу, Мексики и Колумбии (Тихоокеанский альянс), провели сегодня встречу в Лиме.\n\n"
        + "2. Мы договорились расширять торговлю.\n");
    // THEN the four states adopt it, and the grouping is only mentioned
    assertEquals(List.of("CL", "CO", "MX", "PE"), sorted(doc.signatories()));
  }

  @Test
  void aMeetingOnTheLineUnderABareKind_namesTheSides_aGroupForItsMembers() {
    // GIVEN a title that is the kind alone, then a line naming the meeting of a region's states and one more state
    Document doc = Parser.russian().parse("meeting", "Совместное заявление\n\n"
        + "II Встречи министров энергетики стран Центральной Азии и Японии на тему:\n\n«Энергия будущего»\n\n"
        + "12.05.2024 г., г. Токио, Япония\n\n1. Министры обсудили развитие возобновляемой энергетики.\n\n"
        + "2. Министры договорились встретиться вновь в следующем году.\n");
    // THEN the region's states and the other state adopt it
    assertEquals(List.of("JP", "KG", "KZ", "TJ", "TM", "UZ"), sorted(doc.signatories()));
  }

  @Test
  void aSummitOnTheLineUnderABareKind_namesItsStates() {
    Document doc = Parser.russian().parse("summit", "Совместная декларация\n\n"
        + "Третьего саммита глав государств Египта, Иордании и Ирака\n\n1. Главы государств обсудили развитие торговли.\n\n"
        + "2. Главы государств договорились встретиться вновь.\n");
    assertEquals(List.of("EG", "IQ", "JO"), sorted(doc.signatories()));
  }
}
