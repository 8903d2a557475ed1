package dev.entente.examples;

import dev.entente.model.Event;
import dev.entente.model.Place;
import dev.entente.query.Corpus;
import dev.entente.query.Hit;
import dev.entente.query.Query;
import java.io.IOException;

/**
 * What happens when, and where? The events of the documents in date order, held or planned, with
 * their place.
 *
 * <p>{@link Corpus#timeline()} orders the dated events by their first day, then their last; undated
 * events cannot be placed on it and are only counted. On the samples:
 *
 * <pre>
 * 2024-12                  HELD     Чэнду       «5-й встречи министров иностранных дел …» [1577..1646)  000_c8f3a732433e8756
 * 2025-04-04/2025-04-05    HELD     Самарканд   «первого Самаркандского международного климатического форума» [8541..8600)  000_…
 * 2025-04-22/2025-04-24    HELD     Китай       «государственным визитом» [727..750)  004_cd7b265aefbc5060
 * …
 * 2027                     PLANNED  Кыргызстан  «Второго глобального горного саммита "Бишкек+25» [9248..9294)  000_…
 * 11 events have no date and are not on the timeline
 * </pre>
 */
public final class EventsTimeline {
  private EventsTimeline() {}

  public static void main(String[] args) throws IOException {
    Corpus corpus = Query.from(Samples.load(args));
    for (Hit<Event> hit : corpus.timeline()) {
      Event event = hit.item();
      System.out.printf("%-24s %-8s %-11s %s  %s%n", event.date().orElseThrow(), event.status(),
          event.place().map(Place::name).orElse("—"), Samples.quote(hit), hit.document().id());
    }
    long undated = corpus.events().where(e -> e.date().isEmpty()).count();
    System.out.println(undated + " events have no date and are not on the timeline");
  }
}
