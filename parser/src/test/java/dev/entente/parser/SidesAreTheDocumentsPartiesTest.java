package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every signatory is one of the document's parties, as the model requires of the JSON it reads back:
 * a side the text names only by a group («главы государств Центральной Азии») has the group's words
 * as its mention. Sentences written for the test.
 */
final class SidesAreTheDocumentsPartiesTest {
  @Test
  void sidesNamedByAGroup_areParties_andTheDocumentReadsBack() {
    // GIVEN a statement whose authors are named only as the heads of a region's states
    Document doc = Parser.russian().parse("group", "Совместное заявление\n\n"
        + "Главы государств Центральной Азии, собравшись в Астане, заявляют о следующем.\n"
        + "1. Стороны выступают за укрепление мира.\n");
    // THEN the region's states sign, each is a party mentioned by the group's words, and the JSON reads back
    assertEquals(List.of("KZ", "KG", "TJ", "TM", "UZ"), doc.signatories());
    for (String side : doc.signatories()) {
      Party party = doc.parties().stream().filter(p -> p.id().equals(side)).findFirst().orElseThrow();
      assertEquals("государств Центральной Азии", party.mentions().get(0).text(), side);
    }
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
}
