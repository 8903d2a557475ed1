package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A newspaper's masthead names the party that owns the paper after «Орган …» («ОРГАН ОБЛАСТНОГО КОМИТЕТА КПСС»): the
 * party is the page's owner, not a party the document mentions; a party the document's own words name still counts.
 * The pages are written for these tests.
 */
final class NewspaperMastheadOwnerTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  private static boolean has(Document doc, String id) {
    return doc.parties().stream().anyMatch(p -> p.id().equals(id));
  }

  @Test
  void thePartyOfAMasthead_isNoMention() {
    // GIVEN a scanned newspaper page whose masthead names the regional committees of the CPSU as its owner
    Document doc = parse("Северная правда. 1958 г. (г. Вологда)\n"
        + "ПРОЛЕТАРИИ ВСЕХ СТРАН, СОЕДИНЯЙТЕСЬ! СЕВЕРНАЯ правда ОРГАН ВОЛОГОДСКОГО ОБЛАСТНОГО И ГОРОДСКОГО КОМИТЕТОВ"
        + " КПСС, ОБЛАСТНОГО И ГОРОДСКОГО СОВЕТОВ ДЕПУТАТОВ ТРУДЯЩИХСЯ № 12 ВТОРНИК 4 МАРТА 1958 г. Цена 20 коп."
        + " Совместное коммюнике Правительства Советского Союза и Индии договорились расширять торговлю между двумя"
        + " странами.\n");
    // THEN the CPSU is not a party of the document, the states are
    assertFalse(has(doc, "CPSU"), () -> doc.parties().toString());
    assertTrue(has(doc, "IN"), () -> doc.parties().toString());
  }

  @Test
  void aPartyTheDocumentNames_stillCounts() {
    // GIVEN a document whose own sentence names the CPSU after a lower-case «орган»
    Document doc = parse("Делегации обсудили опыт, который высший орган Коммунистической партии Советского Союза"
        + " обобщил на последнем съезде, и отметили сотрудничество Советского Союза и Индии.\n");
    // THEN the party counts
    assertTrue(has(doc, "CPSU"), () -> doc.parties().toString());
  }
}
