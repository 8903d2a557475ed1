package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Segment;
import dev.entente.model.SegmentKind;

/** The segment a line of a parsed document falls in, as the tests of site text ask it. */
final class Segments {
  private Segments() {}

  /** The kind of the segment that holds the first occurrence of {@code line} in the document's text. */
  static SegmentKind kindOf(Document doc, String line) {
    int at = doc.text().indexOf(line);
    assertTrue(at >= 0, "no line «" + line + "» in the text");
    for (Segment segment : doc.segments()) {
      if (segment.start() <= at && at < segment.end()) {
        return segment.kind();
      }
    }
    throw new AssertionError("no segment holds «" + line + "»");
  }
}
