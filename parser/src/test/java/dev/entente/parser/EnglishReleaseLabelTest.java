package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * «Media Release», «Press Release n. 12» alone on a line above the headline: a site's label of its section of
 * releases, no title; the line after it is the document's title and tells its kind.
 */
final class EnglishReleaseLabelTest {

  @Test
  void aMediaReleaseLabelGivesWayToTheCommuniqueUnderIt() {
    // GIVEN a page that opens with its label «Media Release» over a communiqué's title in capitals
    String text = "Media Release\n\nTENTH PACIFIC RIM LEADERS' MEETING COMMUNIQUE\n\n"
        + "1. The Tenth Pacific Rim Leaders' Meeting was held in Apia, Samoa on 3rd May 2019.\n";
    // WHEN it is parsed
    Document doc = Parser.english().parse("media-release-label", text);
    // THEN the document is the communiqué the title names
    assertEquals(DocumentKind.COMMUNIQUE, doc.kind());
  }

  @Test
  void aNumberedPressReleaseLabelIsNoTitle() {
    // GIVEN a page numbered in its site's releases over a declaration's title
    String text = "Press Release n. 77\nDeclaration of the Andean-Nordic Summit 2019\n"
        + "1. We, the Heads of State of the Andean and Nordic countries, met in Lima.\n";
    // WHEN it is parsed
    Document doc = Parser.english().parse("numbered-release-label", text);
    // THEN the title is the declaration's line, not the label
    assertEquals("Declaration of the Andean-Nordic Summit 2019", doc.title());
  }
}
