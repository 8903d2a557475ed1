package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.initiative;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import org.junit.jupiter.api.Test;

/**
 * «на основе резолюций 1325 и 1820 Совета Безопасности ООН»: an organisation named right after the last of several
 * numbers issued every listed resolution, as it issues a single one named before it. Sentences written for the test.
 */
final class ResolutionsListedBeforeTheirIssuerTest {

  @Test
  void organisationAfterTheList_isEveryResolutionsProposer() {
    // GIVEN
    Document doc = parse("Стороны действуют на основе резолюций 1325 и 1820 Совета Безопасности ООН по вопросам мира.");
    // WHEN
    Initiative first = initiative(doc, "1325").orElseThrow(() -> new AssertionError(dump(doc)));
    Initiative second = initiative(doc, "1820").orElseThrow(() -> new AssertionError(dump(doc)));
    // THEN
    assertEquals("UN", first.proposer().orElse(null), dump(doc));
    assertEquals("UN", second.proposer().orElse(null), dump(doc));
    assertTrue(second.name().endsWith("Совета Безопасности ООН"), dump(doc));
  }

  @Test
  void aStateAfterTheList_isNoIssuer() {
    // GIVEN
    Document doc = parse("Со ссылкой на резолюции 1325 и 1820 Казахстан и Узбекистан подтверждают свою позицию.");
    // WHEN
    Initiative second = initiative(doc, "1820").orElseThrow(() -> new AssertionError(dump(doc)));
    // THEN
    assertTrue(second.name().endsWith("1820"), dump(doc));
  }
}
