package dev.entente.parser;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Place;
import java.util.stream.Collectors;

/**
 * Statements for event tests: a sentence written for a test put under a title and a dated place line
 * (Ottawa, 12 November 2024; Astana, 12 ноября 2024), so relative dates resolve against a known day, and
 * the events found listed as «name/date/place/status».
 */
final class DatedStatements {
  private static final Parser ENGLISH = Parser.english();
  private static final Parser RUSSIAN = Parser.russian();

  private DatedStatements() {}

  /** An English joint statement of 12 November 2024 in Ottawa whose body is {@code body}. */
  static Document english(String body) {
    return ENGLISH.parse("en-test", "Joint Statement of Canada and Chile\n\nOttawa, 12 November 2024\n\n" + body + "\n");
  }

  /** A Russian joint statement of 12 November 2024 in Astana whose body is {@code body}. */
  static Document russian(String body) {
    return RUSSIAN.parse("ru-test", "Совместное заявление Республики Казахстан и Республики Узбекистан\n\n"
        + "г. Астана, 12 ноября 2024 года\n\n" + body + "\n");
  }

  /** The document's events as «name/date/place/status», joined by «; » (for messages and contains-checks). */
  static String events(Document doc) {
    return doc.events().stream()
        .map(e -> e.name() + "/" + e.date().map(Object::toString).orElse("-") + "/"
            + e.place().map(Place::name).orElse("-") + "/" + e.status())
        .collect(Collectors.joining("; "));
  }

  /** The first event whose name holds {@code part}; fails listing the events when there is none. */
  static Event event(Document doc, String part) {
    return doc.events().stream().filter(e -> e.name().contains(part)).findFirst()
        .orElseThrow(() -> new AssertionError(events(doc)));
  }
}
