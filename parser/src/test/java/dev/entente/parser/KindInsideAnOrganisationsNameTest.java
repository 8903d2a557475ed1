package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * A kind of document inside an organisation's name («Организации Договора о коллективной безопасности») names no
 * document: a headline that holds it gives neither title nor kind. Every text is written for these tests.
 */
final class KindInsideAnOrganisationsNameTest {
  private static Document parse(String text) {
    return Parser.russian().parse("kind-inside-a-name", text);
  }

  @Test
  void treatyInsideAnOrganisationsName_isNoKind() {
    // GIVEN a news page whose second headline names the Collective Security Treaty Organization
    Document doc = parse("Депутаты призвали к диалогу\n\n"
        + "В Минске проходит заседание Парламентской Ассамблеи Организации Договора о коллективной безопасности\n\n"
        + "МИНСК, 3 мая — Агентство. Депутаты призвали к диалогу, заявили в ассамблее.\n");
    // WHEN its kind is read THEN the treaty in the organisation's name is not taken for the page's document
    assertEquals(DocumentKind.OTHER, doc.kind());
  }

  @Test
  void treatyOfItsOwn_isStillAnAgreement() {
    // GIVEN the same page whose headline names a treaty signed, no organisation's name around it
    Document doc = parse("Депутаты призвали к диалогу\n\n"
        + "В Минске подписан Договор о дружбе между двумя странами\n\n"
        + "МИНСК, 3 мая — Агентство. Депутаты призвали к диалогу.\n");
    // WHEN its kind is read THEN the treaty is the document's kind
    assertEquals(DocumentKind.AGREEMENT, doc.kind());
  }
}
