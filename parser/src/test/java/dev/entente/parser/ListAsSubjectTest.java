package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A treaty's preamble whose subject is a paragraph that lists the states, ending in a comma, over
 * paragraphs of gerunds; the verb stands far below or the text breaks off before it. Every text is
 * written for these tests.
 */
final class ListAsSubjectTest {
  @Test
  void aListOfStatesOverGerunds_withoutAVerbInReach_isTheSubject() {
    // GIVEN a declaration whose subject line lists four states under a heading, and the text breaks off in the preamble
    Document doc = Parser.russian().parse("ДЕКЛАРАЦИЯ\n\nот 12 марта 1994 г.\n\nГосударства\n\n"
        + "- Республика Армения, Республика Беларусь, Республика Казахстан и Российская Федерация,\n\n"
        + "стремясь развивать отношения дружбы и добрососедства на основе уважения суверенитета,\n\n"
        + "признавая территориальную целостность друг друга,\n\n"
        + "учитывая общие интересы в обеспечении безопасности,\n");
    // THEN the listed states adopt it
    assertEquals(List.of("AM", "BY", "KZ", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aListOfStatesOverACapitalisedSentence_isNoSubject() {
    // GIVEN an opening paragraph listing states and ending in a comma, followed by a new sentence, not a gerund
    Document doc = Parser.russian().parse("Заявление МИД\n\n"
        + "Среди участников конференции были Республика Армения, Республика Беларусь и Республика Казахстан,\n\n"
        + "Министерство выражает удовлетворение итогами конференции.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
