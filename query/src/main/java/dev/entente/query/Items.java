package dev.entente.query;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Clause;
import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import dev.entente.model.Located;
import dev.entente.model.TextFold;
import dev.entente.model.Mechanism;
import dev.entente.model.Mention;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.Place;
import dev.entente.model.Segment;
import dev.entente.model.SegmentKind;
import dev.entente.model.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the query layer needs to know about every kind of item, in one place. */
final class Items {
  private Items() {}

  /** The item's id, for the kinds that have one. */
  static Optional<String> id(Object item) {
    if (item instanceof Initiative) {
      return Optional.of(((Initiative) item).id());
    } else if (item instanceof Mechanism) {
      return Optional.of(((Mechanism) item).id());
    } else if (item instanceof Event) {
      return Optional.of(((Event) item).id());
    } else if (item instanceof Party) {
      return Optional.of(((Party) item).id());
    } else if (item instanceof Document) {
      return Optional.of(((Document) item).id());
    }
    return Optional.empty();
  }

  /** The item's name, for the kinds that have one. */
  static Optional<String> name(Object item) {
    if (item instanceof Initiative) {
      return Optional.of(((Initiative) item).name());
    } else if (item instanceof Mechanism) {
      return Optional.of(((Mechanism) item).name());
    } else if (item instanceof Event) {
      return Optional.of(((Event) item).name());
    } else if (item instanceof Party) {
      return Optional.of(((Party) item).name());
    } else if (item instanceof Participant) {
      return Optional.of(((Participant) item).name());
    } else if (item instanceof Document) {
      return Optional.of(((Document) item).title());
    }
    return Optional.empty();
  }

  /** Whether the item's name contains {@code part}, ignoring case and ё/е. */
  static boolean nameContains(Object item, String part) {
    String wanted = normalize(part);
    return name(item).map(n -> normalize(n).contains(wanted)).orElse(false);
  }

  /** The rule the parser recorded on the item, or {@code ""}. */
  static String rule(Object item) {
    if (item instanceof Statement) {
      return ((Statement) item).rule();
    } else if (item instanceof Initiative) {
      return ((Initiative) item).rule();
    } else if (item instanceof Mechanism) {
      return ((Mechanism) item).rule();
    } else if (item instanceof Event) {
      return ((Event) item).rule();
    } else if (item instanceof Participant) {
      return ((Participant) item).rule();
    }
    return "";
  }

  /** The spans of {@code document}'s text that support the item, in text order. */
  static ImmutableList<Mention> evidence(Document document, Object item) {
    List<Mention> mentions = new ArrayList<>();
    String text = document.text();
    if (item instanceof Statement) {
      Statement statement = (Statement) item;
      addSpan(mentions, text, statement);
      // The actors' names inside the sentence show who the statement is attributed to.
      for (Party party : document.parties()) {
        if (statement.actorIds().contains(party.id())) {
          party.mentions().stream()
              .filter(m -> statement.span().encloses(m.span()))
              .forEach(mentions::add);
        }
      }
    } else if (item instanceof Clause) {
      addSpan(mentions, text, (Clause) item);
    } else if (item instanceof Initiative) {
      mentions.addAll(((Initiative) item).mentions());
    } else if (item instanceof Mechanism) {
      mentions.addAll(((Mechanism) item).mentions());
    } else if (item instanceof Event) {
      mentions.addAll(((Event) item).mentions());
    } else if (item instanceof Party) {
      mentions.addAll(((Party) item).mentions());
    } else if (item instanceof Participant) {
      mentions.addAll(((Participant) item).mentions());
    } else if (item instanceof Document) {
      for (Segment segment : document.segments()) {
        if (segment.kind() == SegmentKind.TITLE) {
          addSpan(mentions, text, segment);
        }
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return ImmutableList.copyOf(mentions);
  }

  private static void addSpan(List<Mention> mentions, String text, Located located) {
    if (located.end() <= text.length()) {
      mentions.add(Mention.in(text, located.start(), located.end()));
    }
  }

  /** {@code BRI} for items with ids, the span for statements and clauses. */
  static String shortName(Object item) {
    Optional<String> id = id(item);
    if (id.isPresent()) {
      return id.get();
    }
    if (item instanceof Participant) {
      return ((Participant) item).name();
    }
    if (item instanceof Located) {
      return ((Located) item).span().toString();
    }
    return item.getClass().getSimpleName();
  }

  /** Lower case, ё as е, trimmed: how place and name comparisons see a string. */
  static String normalize(String s) {
    return TextFold.fold(s.strip());
  }

  /** Whether {@code place} is named {@code wanted} or lies in the country {@code wanted}. */
  static boolean placeMatches(Optional<Place> place, String wanted) {
    return placeMatchesNormalized(place, normalize(wanted));
  }

  /** {@link #placeMatches} for a {@code key} already {@linkplain #normalize normalised}. */
  static boolean placeMatchesNormalized(Optional<Place> place, String key) {
    if (place.isEmpty()) {
      return false;
    }
    return normalize(place.get().name()).equals(key)
        || place.get().country().map(c -> normalize(c).equals(key)).orElse(false);
  }

  /** The index keys under which a place is found: its normalised name and its country. */
  static void placeKeys(Optional<Place> place, java.util.function.Consumer<String> sink) {
    place.ifPresent(p -> {
      sink.accept(normalize(p.name()));
      p.country().map(Items::normalize).ifPresent(sink);
    });
  }
}
