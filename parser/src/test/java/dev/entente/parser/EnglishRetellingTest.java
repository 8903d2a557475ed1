package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 25: an English news page that retells a joint statement («the two ministers said in a joint
 * statement», «officials told reporters», «the statement said») names states, organisations and people
 * of its own; they are the document's only in its quoted words, as on a Russian agency's page. A printed
 * document that cites another one with a capital, or speaks as «we», is read whole. Every page is
 * written for these tests.
 */
final class EnglishRetellingTest {
  private static Document parse(String text) {
    return Parser.english().parse("en-retelling", text);
  }

  @Test
  void aWireStoryThatRetellsTheStatement_keepsOnlyTheQuotedWordsParties() {
    // GIVEN an agency's story: a dateline, «said in a joint statement», «told reporters», a quote «the statement said»
    Document doc = parse("Norway and Chile sign joint statement on ocean research\n\n"
        + "OSLO, June 9 (Wire) -- Norway and Chile agreed on Monday to widen research links with Peru and Brazil,"
        + " the two foreign ministers said in a joint statement after their talks.\n\n"
        + "The ministers also spoke about the Asia-Pacific Economic Cooperation forum, officials told reporters.\n\n"
        + "\"The two sides will work together within the United Nations on the law of the sea,\" the statement"
        + " said.\n");
    // THEN the sides still come from the story, but only the organisation of the quoted words is the document's
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
    assertTrue(doc.signatories().containsAll(List.of("NO", "CL")), () -> doc.signatories().toString());
    assertEquals(List.of("UN"), doc.parties().stream().map(p -> p.id()).toList());
  }

  @Test
  void accordingToTheStatement_makesThePageAReport() {
    Document doc = parse("Norway and Chile issue statement\n\n"
        + "According to the statement, Norway and Chile will invite Peru to the next round of talks.\n");
    assertEquals(List.of(), Ids.states(doc), "every state is named by the report");
  }

  @Test
  void aPrintedStatementCitingAnotherOneWithACapital_isReadWhole() {
    // GIVEN a document's own text that recalls what an earlier Joint Statement said, with a capital
    Document doc = parse("Joint Statement of Norway and Chile\n\n"
        + "The Foreign Ministers of Norway and Chile, as they said in the Joint Statement of 2019, will widen"
        + " research links with Peru and Brazil.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("NO", "CL", "PE", "BR")), () -> Ids.states(doc).toString());
  }

  @Test
  void aPrintedStatementSpeakingAsWe_isReadWhole() {
    // GIVEN «we» outside quotes beside a report's phrase: the document speaks for itself
    Document doc = parse("Joint Statement of Norway and Chile\n\n"
        + "We, the Foreign Ministers of Norway and Chile, said in a statement last year that our countries would"
        + " invite Peru and Brazil.\n");
    assertTrue(Ids.states(doc).containsAll(List.of("NO", "CL", "PE", "BR")), () -> Ids.states(doc).toString());
  }
}
