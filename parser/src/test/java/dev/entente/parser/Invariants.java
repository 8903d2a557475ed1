package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Clause;
import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.model.Span;
import java.util.stream.Stream;

/**
 * What every parse of any input must satisfy: the document keeps the input, its segments tile it,
 * every span (mentions; clauses, paragraphs, items, statements; diagnostics) lies inside it — the
 * parts of a clause inside the clause — and covers the text it claims, JSON round-trips, and a
 * second parse gives an equal document.
 */
final class Invariants {
  private Invariants() {}

  static Document check(Parser parser, String text) {
    Document doc = parser.parse("d", text);
    checkDocument(doc, text);
    assertEquals(doc, EntenteJson.fromJson(EntenteJson.toJson(doc)), "JSON round trip");
    assertEquals(doc, parser.parse("d", text), "a second parse gives an equal document");
    return doc;
  }

  /** The span invariants alone, for callers that parse large inputs once. */
  static void checkDocument(Document doc, String text) {
    assertEquals(text, doc.text(), "the document keeps the input exactly");
    int next = 0;
    for (var segment : doc.segments()) {
      assertEquals(next, segment.start(), "segments tile the input");
      assertTrue(segment.end() >= segment.start(), "segment " + segment);
      next = segment.end();
    }
    assertEquals(text.length(), next, "segments end at the end of the input");
    PropertiesTest.mentions(doc).forEach(m -> {
      inside(m.span(), text, "mention");
      assertEquals(m.text(), m.span().coveredText(text), "mention " + m.span() + " covers its text");
    });
    Stream.concat(doc.preamble().stream(), doc.clauses().stream()).forEach(c -> clause(c, text));
    doc.diagnostics().forEach(d -> d.span().ifPresent(s -> inside(s, text, "diagnostic " + d.code())));
  }

  private static void clause(Clause c, String text) {
    inside(c.span(), text, "clause " + c.number());
    c.paragraphs().forEach(p -> within(p, c, text, "paragraph"));
    c.items().forEach(i -> within(i, c, text, "item"));
    c.statements().forEach(s -> within(s.span(), c, text, "statement"));
  }

  private static void within(Span part, Clause c, String text, String what) {
    inside(part, text, what);
    assertTrue(c.span().encloses(part),
        what + " " + part + " lies inside its clause " + c.span() + " " + c.number());
  }

  private static void inside(Span span, String text, String what) {
    assertTrue(0 <= span.start() && span.start() <= span.end() && span.end() <= text.length(),
        what + " " + span + " lies inside the input of " + text.length() + " chars");
  }
}
