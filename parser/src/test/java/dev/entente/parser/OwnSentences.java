package dev.entente.parser;

import dev.entente.model.Clause;
import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import dev.entente.model.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Small documents around sentences written for the recogniser tests (issue 4): a joint statement of
 * Kazakhstan and Uzbekistan adopted in Astana on a given day, whose numbered points are the sentences.
 * The parser reads only the document body, and the document date decides whether a dated event was
 * held or is planned, so both are always there.
 */
final class OwnSentences {
  static final Parser PARSER = Parser.russian();
  /** The default document date: 15 March 2024. */
  static final String DAY = "15 марта 2024 года";
  static final String TITLE = "Совместное заявление Республики Казахстан и Республики Узбекистан";

  private OwnSentences() {}

  /** A document of 15 March 2024 whose numbered points are {@code clauses}, numbered from 1. */
  static Document parse(String... clauses) {
    return parseOn(DAY, clauses);
  }

  /** A document adopted on {@code day} («15 марта 2024 года») whose numbered points are {@code clauses}. */
  static Document parseOn(String day, String... clauses) {
    StringBuilder text = new StringBuilder(TITLE).append("\n\n")
        .append(day).append(" в г. Астане Республика Казахстан и Республика Узбекистан (далее -- Стороны) ")
        .append("заявляют следующее:\n\n");
    for (int i = 0; i < clauses.length; i++) {
      String clause = clauses[i];
      text.append(clause.matches("^\\d+\\. .*") ? clause : (i + 1) + ". " + clause).append('\n');
    }
    return PARSER.parse(text.toString());
  }

  static Optional<Initiative> initiative(Document doc, String nameFragment) {
    return find(doc.initiatives(), Initiative::name, Initiative::mentions, nameFragment);
  }

  static Optional<Mechanism> mechanism(Document doc, String nameFragment) {
    return find(doc.mechanisms(), Mechanism::name, Mechanism::mentions, nameFragment);
  }

  static Optional<Event> event(Document doc, String nameFragment) {
    return find(doc.events(), Event::name, Event::mentions, nameFragment);
  }

  /** The statements of numbered point {@code number} (1-based), list items included. */
  static List<Statement> statements(Document doc, int number) {
    Clause clause = doc.clauses().get(number - 1);
    return clause.statements();
  }

  /** The first statement of numbered point {@code number} (1-based). */
  static Statement statement(Document doc, int number) {
    return statements(doc, number).get(0);
  }

  /** Everything the parser found, for assertion messages. */
  static String dump(Document doc) {
    return "\ninitiatives: " + doc.initiatives().stream()
        .map(i -> i.name() + " [" + i.kind() + ", " + i.proposer().orElse("-") + ", "
            + i.period().map(Object::toString).orElse("-") + "]").collect(Collectors.toList())
        + "\nmechanisms: " + doc.mechanisms().stream()
        .map(m -> m.name() + " [" + m.id() + ", " + m.kind() + ", " + m.level().map(Object::toString).orElse("-")
            + ", " + m.status() + "]").collect(Collectors.toList())
        + "\nevents: " + doc.events().stream()
        .map(e -> e.name() + " [" + e.kind() + ", " + e.ordinal().map(Object::toString).orElse("-") + ", "
            + e.date().map(Object::toString).orElse("-") + ", " + e.place().map(p -> p.name()).orElse("-") + ", "
            + e.status() + ", " + e.mechanism().orElse("-") + "]").collect(Collectors.toList());
  }

  /**
   * The first item whose name or one of whose mentions holds {@code fragment}: names are in the
   * nominative, the sentences' forms stay in the mentions.
   */
  private static <T> Optional<T> find(List<T> items, Function<T, String> name,
      Function<T, List<dev.entente.model.Mention>> mentions, String fragment) {
    String wanted = fragment.toLowerCase(Locale.ROOT);
    return items.stream().filter(i -> name.apply(i).toLowerCase(Locale.ROOT).contains(wanted)
        || mentions.apply(i).stream().anyMatch(m -> m.text().toLowerCase(Locale.ROOT).contains(wanted))).findFirst();
  }
}
