package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31: the rest of an English news page's caption and credit labels («Photographer:», «Pictured:»,
 * «Credit:», «(Photo by …») and of its headings over the lists after a story («Related posts», «Top stories»): a
 * caption's line is the site's, a heading cuts what follows. Every page is written for these tests.
 */
final class EnglishCaptionLabelsTest {
  private static Document parse(String text) {
    return Parser.english().parse("en-test", text);
  }

  @Test
  void aPicturedCaption_namesNoState() {
    Document doc = parse("Joint Statement by Brazil and Argentina on Energy Cooperation\n\n"
        + "Pictured: the Presidents of Chile and Peru arriving at the summit venue\n\n"
        + "Photographer: Ana Souza\n\n"
        + "The Federative Republic of Brazil and the Argentine Republic reaffirm their commitment to expanding"
        + " cooperation in renewable energy and agree to establish a joint working group.\n");
    assertEquals(List.of("AR", "BR"), Ids.states(doc));
  }

  @Test
  void aRelatedPostsHeading_cutsTheListBelowIt() {
    Document doc = parse("Joint Statement by Kenya and Tanzania\n\n"
        + "The Republic of Kenya and the United Republic of Tanzania agree to deepen trade and to open a new border"
        + " crossing before the end of the year.\n\n"
        + "Top stories\n\n"
        + "Uganda and Rwanda sign a railway agreement\n\n"
        + "Ethiopia hosts a regional water conference\n");
    assertEquals(List.of("KE", "TZ"), Ids.states(doc));
  }
}
