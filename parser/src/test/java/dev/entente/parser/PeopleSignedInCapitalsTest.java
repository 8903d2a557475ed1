package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Names signed in capitals: after a role on the same line of a legal database's decision, with the
 * annex's line run on after them («Председатель Совета Ассамблеи Е.С.СТРОЕВ ⏎ Приложение»), and in a
 * block of short signature lines that closes an English joint statement, each over the line of its
 * role («NDFP Panel Chairperson»). Every text is written for these tests.
 */
final class PeopleSignedInCapitalsTest {
  private static List<String> names(Document doc) {
    return doc.participants().stream().map(Participant::name).collect(Collectors.toList());
  }

  @Test
  void aSurnameInCapitalsAfterARoleOnItsLine_beforeAnAnnex_isAPerson() {
    // GIVEN a decision whose signature line is followed by an annex heading on the next line
    Document doc = Parser.russian().parse("ПОСТАНОВЛЕНИЕ МЕЖПАРЛАМЕНТСКОЙ АССАМБЛЕИ\n"
        + "13 июня 2000 г. № 15-14\n"
        + "Межпарламентская Ассамблея постановляет:\n"
        + "1. Принять заявление Межпарламентской Ассамблеи о ситуации в регионе.\n"
        + "2. Направить текст данного Заявления в Организацию Объединенных\n"
        + "Наций и другие международные организации.\n"
        + "Председатель Совета Ассамблеи Е.С.СТРОЕВ\n"
        + "Приложение\n"
        + "ЗАЯВЛЕНИЕ\n"
        + "Межпарламентской Ассамблеи\n"
        + "Межпарламентская Ассамблея выражает глубокую озабоченность положением в регионе и призывает стороны к диалогу.\n");
    // THEN the signer is a participant, named as names are written
    assertEquals(List.of("Е.С.Строев"), names(doc));
  }

  @Test
  void namesInCapitalsOverTheirRoles_inAClosingBlockOfShortLines_arePeople() {
    // GIVEN a closing block of signatures longer than a short tail, each name over a short line that ends in its role
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "The two panels held exploratory talks in Oslo and agreed on the following:\n\n"
        + "1. Formal talks will resume in July.\n\n"
        + "2. The panels will meet again in August.\n\n"
        + "We sign this joint statement in Oslo, this 15th day of June 2016.\n\n"
        + "RAMON T. VILLANUEVA\nIncoming Panel Chairperson\n\n"
        + "LUIS JALANDONI\nNDFP Panel Chairperson\n\n"
        + "HERNANI A. BRAGANZA\nIncoming Panel Member\n\n"
        + "JOSE MARIA SISON\nChief Political Consultant\n\n"
        + "Witnessed by:\n\n"
        + "ELISABETH SLATTUM\nSpecial Envoy to the Peace Process\nRoyal Norwegian Government\n");
    // THEN the names over a role's line are people, their capitals written as names are, given names unknown to the lexicon kept
    List<String> names = names(doc);
    assertTrue(names.containsAll(List.of("Ramon T. Villanueva", "Luis Jalandoni", "Hernani A. Braganza")), names::toString);
  }

  @Test
  void twoGivenNamesAndASurnameInCapitals_overARole_areOnePerson() {
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "The two panels held exploratory talks in Oslo and agreed on the following:\n\n"
        + "1. Formal talks will resume in July.\n\n"
        + "JOSE MARIA SISON\nChairperson of the NDFP Panel\n");
    assertEquals(List.of("Jose Maria Sison"), names(doc));
  }

  @Test
  void headingsInCapitals_beside_aRolesLine_areNoPeople() {
    // GIVEN section headings in capitals in the body, one over a line with a role
    Document doc = Parser.english().parse("en-test", "Joint Communique\n\n"
        + "The two delegations met in Suva.\n\n"
        + "OCEAN STEWARDSHIP\nChairperson of the Committee\n\n"
        + "The delegations agreed to cooperate on fisheries management.\n\n"
        + "CLIMATE FINANCE\nThe Chair noted progress.\n");
    assertEquals(List.of(), names(doc));
  }
}
