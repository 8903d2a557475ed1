package dev.entente.examples;

import dev.entente.model.Event;
import dev.entente.query.Hit;
import dev.entente.query.Query;
import java.io.IOException;

/**
 * Which events are planned in Astana?
 *
 * <p>{@code at("Астана")} matches the place by name; {@code at("KZ")} would take every place in
 * Kazakhstan. On the samples:
 *
 * <pre>
 * SUMMIT   (no date)        «2-й встрече глав государств формата "Китай-Центральная Азия» [2128..2187)  000_…
 * FORUM    2025-05/2025-06  «Медиафоруме "Китай-Центральная Азия» [11562..11597)  000_c8f3a732433e8756
 * …
 * </pre>
 */
public final class PlannedEventsInAstana {
  private PlannedEventsInAstana() {}

  public static void main(String[] args) throws IOException {
    for (Hit<Event> hit : Query.from(Samples.load(args)).events().planned().at("Астана").hits()) {
      Event event = hit.item();
      System.out.printf("%-8s %-16s %s  %s%n", event.kind(),
          event.date().map(Object::toString).orElse("(no date)"), Samples.quote(hit),
          hit.document().id());
    }
  }
}
