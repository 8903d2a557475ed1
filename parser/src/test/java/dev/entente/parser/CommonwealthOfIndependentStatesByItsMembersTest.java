package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 20: Russian texts of the CIS name it by «Содружество» alone after the words for its members,
 * or its councils («государств-членов Содружества», «государств — участников Содружества», «Совета глав
 * государств Содружества»); the Commonwealth of Nations is «Содружество наций» or
 * «Британское содружество» in Russian, never a bare «Содружество» after those words. Sentences written
 * for the test.
 */
final class CommonwealthOfIndependentStatesByItsMembersTest {
  private static Document russian(String title, String body) {
    return Seeds.PARSER.parse("own.txt", title + "\n\n" + body + "\n");
  }

  private static List<String> parties(Document doc) {
    return doc.parties().stream().map(Party::id).collect(Collectors.toList());
  }

  @Test
  void russian_membersOfTheCommonwealth_nameTheCis() {
    // GIVEN the CIS named only through its member states, hyphenated and with a dash
    Document doc = russian("Обращение государств-членов Содружества",
        "1. Государства — участники Содружества призывают укреплять сотрудничество в области культуры.");
    // THEN the CIS is found
    assertTrue(parties(doc).contains("CIS"), parties(doc)::toString);
  }

  @Test
  void russian_councilOfHeadsOfStateOfTheCommonwealth_namesTheCis() {
    // GIVEN the council of the heads of state of the Commonwealth
    Document doc = russian("Заявление",
        "Президенты собрались в Минске на заседание Совета глав государств Содружества.");
    // THEN the CIS is found, not the Commonwealth of Nations
    List<String> ids = parties(doc);
    assertTrue(ids.contains("CIS"), ids::toString);
    assertFalse(ids.contains("COMMONWEALTH"), ids::toString);
  }

  @Test
  void russian_commonwealthOfNations_staysItself() {
    // GIVEN the Commonwealth of Nations by its Russian names
    Document doc = russian("Заявление",
        "Страны Содружества наций и Британского содружества поддержали инициативу.");
    // THEN it is the Commonwealth of Nations, not the CIS
    List<String> ids = parties(doc);
    assertTrue(ids.contains("COMMONWEALTH"), ids::toString);
    assertFalse(ids.contains("CIS"), ids::toString);
  }
}
