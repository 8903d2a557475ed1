package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a news page that retells a document, a quote the report gives as taken from the document («Из заявления: "…"»)
 * or hands over by a lead-in line above the body («…выступили с совместным заявлением, в котором говорится: ⏎
 * "…"»), or that opens a sentence right after one that attributes words to the document, is the document's own
 * words: the parties it names count. A title of excerpts («Из заявления о визите …»)
 * gives no quote. The pages are written for these tests.
 */
final class QuoteTakenFromTheDocumentTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  private static List<String> ids(Document doc) {
    return doc.parties().stream().map(p -> p.id()).toList();
  }

  @Test
  void aQuoteTakenFromTheStatementAfterAColon_keepsTheStatesItNames() {
    // GIVEN a report whose quote opens after «Из заявления:»
    Document doc = parse("Стороны договорились о прекращении огня в Ливии с 1 марта. Об этом говорится в совместном"
        + " заявлении Египта и Италии, опубликованном сегодня министерством иностранных дел.\n"
        + "Из заявления: \"Египет и Итальянская Республика, как члены Организации Объединенных Наций, призывают все"
        + " стороны конфликта в Ливии соблюдать режим прекращения огня\".\n");
    // THEN the parties named inside the quote count
    assertTrue(ids(doc).containsAll(List.of("EG", "IT", "LY", "UN")), () -> ids(doc).toString());
  }

  @Test
  void aQuoteHandedOverByTheLeadAboveTheBody_keepsTheStatesItNames() {
    // GIVEN a news page whose lead, above the body, ends «…, в котором, в частности, говорится:»
    Document doc = parse("Лента новостей\n\n12.03.2015 10:20\n\n\n"
        + "Министры Польши и Литвы призвали к диалогу\n\n"
        + "Министры Польши и Литвы призвали к диалогу\n\n"
        + "На встрече в Варшаве министры иностранных дел Польши и Литвы выступили с совместным заявлением, в котором,"
        + " в частности, говорится:\n\n"
        + "\"Мы призываем Беларусь и Украину продолжить переговоры о границе при посредничестве Организации по"
        + " безопасности и сотрудничеству в Европе\".\n\n"
        + "В совместном заявлении отмечается, что министры договорились встретиться вновь осенью.\n");
    // THEN the states and the organisation of the quote count
    assertTrue(ids(doc).containsAll(List.of("BY", "UA", "OSCE")), () -> ids(doc).toString());
  }

  @Test
  void aQuoteRightAfterASentenceThatAttributesToTheDeclaration_keepsTheStatesItNames() {
    // GIVEN a report whose quote opens a sentence after «Об этом говорится в совместной декларации …»
    Document doc = parse("Литва и Польша поддержали Армению\n"
        + "Литва и Польша поддерживают Армению и выступают за ее сотрудничество с Европейским союзом.\n"
        + "Об этом говорится в совместной декларации министров иностранных дел Литвы и Польши.\n"
        + "\"Министры осуждают действия, которые угрожают суверенитету Грузии и Молдовы, и призывают к диалогу\".\n");
    // THEN the states of the quote count, the report's own do not
    assertEquals(List.of("GE", "MD"), ids(doc).stream().sorted().toList());
  }

  @Test
  void aTitleOfExcerpts_isNoQuoteOfTheDocument() {
    // GIVEN a page titled «Из заявления о визите …» with no colon and no quote
    Document doc = parse("Из заявления о визите в Москву министра иностранных дел Польши\n\n"
        + "По приглашению правительства 3 мая в Москве находился министр иностранных дел Польши. Министры обсудили"
        + " отношения между Россией и Польшей и положение в Европе.\n");
    // THEN the page is the document: its body counts whole
    assertEquals(List.of("PL", "RU"), ids(doc).stream().sorted().toList());
  }
}
