package dev.entente.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A parsed diplomatic document: what it is, who signed it, who and what it names, clause by
 * clause, and the original text every span points into.
 *
 * <pre>{@code
 * Document doc = parser.parse(text);
 * doc.signatories();                 // [KZ, CN, KG, TJ, UZ]
 * doc.party("KZ").get().mentions();  // every «Казахстан», «казахской стороне», …
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDocument.class)
@JsonDeserialize(as = ImmutableDocument.class)
public interface Document {
  /** A stable id: the one the caller gave, or one derived from the text. */
  @Value.Parameter
  String id();

  /** The title as written, or empty when the parser found none. */
  @Value.Parameter
  String title();

  /** What the document calls itself, from its title. */
  @Value.Parameter
  DocumentKind kind();

  /**
   * ISO 639-1 code of the text's language ({@code ru}, {@code en}); {@code ru} for JSON written
   * before Entente read English, which has no {@code language} field.
   */
  @Value.Parameter
  @Value.Default
  default String language() {
    return "ru";
  }

  /** The day the document was adopted or signed. */
  @Value.Parameter
  Optional<EdtfDate> date();

  /** Where it was adopted or signed. */
  @Value.Parameter
  Optional<Place> place();

  /** The agency or site that the text names as its source («Синьхуа», «АЗЕРТАДЖ»). */
  @Value.Parameter
  Optional<String> source();

  /** The date of the site's dateline, kept apart from the adoption date. */
  @Value.Parameter
  Optional<EdtfDate> publicationDate();

  /** Party ids of the sides that adopt the document. */
  @Value.Parameter
  List<String> signatories();

  /** The states, organisations, political parties and groups the text names. */
  @Value.Parameter
  List<Party> parties();

  /** The people the text names, with the party they represent and their role. */
  @Value.Parameter
  List<Participant> participants();

  /** The whole input cut into wrapper, dateline, title, preamble and clause segments. */
  @Value.Parameter
  List<Segment> segments();

  /** The paragraphs before the first numbered point, each a clause without a number. */
  @Value.Parameter
  List<Clause> preamble();

  /** The numbered points. */
  @Value.Parameter
  List<Clause> clauses();

  /** The named initiatives, strategies, programmes, plans, projects, resolutions, agreements and treaties. */
  @Value.Parameter
  List<Initiative> initiatives();

  /** The standing arrangements of cooperation: formats, commissions, councils, recurring meetings. */
  @Value.Parameter
  List<Mechanism> mechanisms();

  /** The meetings, summits, forums, visits and other occasions, held or planned. */
  @Value.Parameter
  List<Event> events();

  /** Warnings about what could not be read (no title, no date, a decoded encoding, …). */
  @Value.Parameter
  List<Diagnostic> diagnostics();

  /** The original input, exactly as given; every offset in the document points into it. */
  @Value.Parameter
  String text();

  /**
   * The party with this id, if the document names it. Party ids are upper case, so {@code "kz"}
   * finds {@code KZ}.
   *
   * @throws NullPointerException naming the argument if {@code id} is null
   */
  default Optional<Party> party(String id) {
    String wanted = Ids.party(id);
    return parties().stream().filter(p -> p.id().equals(wanted)).findFirst();
  }

  /**
   * The initiative with this id ({@code BRI}, {@code initiative-1a2b3c4d}), if the document names it.
   *
   * @throws NullPointerException naming the argument if {@code id} is null
   */
  default Optional<Initiative> initiative(String id) {
    Ids.notNull(id, "id");
    return initiatives().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * The mechanism with this id, if the document names it.
   *
   * @throws NullPointerException naming the argument if {@code id} is null
   */
  default Optional<Mechanism> mechanism(String id) {
    Ids.notNull(id, "id");
    return mechanisms().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * The event with this id, if the document names it.
   *
   * @throws NullPointerException naming the argument if {@code id} is null
   */
  default Optional<Event> event(String id) {
    Ids.notNull(id, "id");
    return events().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * The text that {@code item} covers: a statement's sentence, a clause, a mention.
   *
   * @throws NullPointerException naming the argument if {@code item} is null
   * @throws IllegalArgumentException if the item's span runs past this document's text (an item
   *     of another document)
   */
  default String textOf(Located item) {
    Ids.notNull(item, "item");
    if (item.end() > text().length()) {
      throw new IllegalArgumentException(String.format(
          "%s runs past the end of document %s (length %s): an item of another document?",
          item.span(), id(), text().length()));
    }
    return text().substring(item.start(), item.end());
  }

  /** The clause (or preamble paragraph) that holds {@code statement}, if it is one of this document's. */
  default Optional<Clause> clauseOf(Statement statement) {
    return Stream.concat(preamble().stream(), clauses().stream())
        .filter(c -> c.statements().contains(statement))
        .findFirst();
  }

  /**
   * Every statement, preamble first, in text order: a list like every other plural of the model
   * (it was a {@code Stream} until issue 14; call {@code .stream()} on it). Computed on the
   * first call and kept: the same list every time.
   */
  @Value.Lazy
  default List<Statement> statements() {
    // Kept (Value.Lazy), not flattened again per call: a corpus's indexes and queries ask for it
    // several times per document. Not part of equals, hashCode, toString or the JSON.
    // Indexed loops: an iterator per clause was millions of objects over a store's load.
    List<Clause> preamble = preamble();
    List<Clause> clauses = clauses();
    int size = 0;
    for (int c = 0; c < preamble.size(); c++) {
      size += preamble.get(c).statements().size();
    }
    for (int c = 0; c < clauses.size(); c++) {
      size += clauses.get(c).statements().size();
    }
    Statement[] all = new Statement[size];
    int at = 0;
    for (int c = 0; c < preamble.size(); c++) {
      at = copyStatements(preamble.get(c), all, at);
    }
    for (int c = 0; c < clauses.size(); c++) {
      at = copyStatements(clauses.get(c), all, at);
    }
    return Collections.unmodifiableList(Arrays.asList(all));
  }

  /** A builder for a document; {@code build()} checks the invariants of {@link #check()}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}; see {@link Document#builder()}. */
  final class Builder extends ImmutableDocument.Builder {}

  private void coverText(List<Mention> mentions) {
    String text = text();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.end() > text.length() || !text.regionMatches(m.start(), m.text(), 0, m.text().length())) {
        throw new IllegalArgumentException(String.format(
            "mention %s '%s' does not cover that text of the document (length %s)",
            m.span(), m.text(), text.length()));
      }
    }
  }

  private static int copyStatements(Clause clause, Statement[] into, int at) {
    List<Statement> statements = clause.statements();
    for (int s = 0; s < statements.size(); s++) {
      into[at++] = statements.get(s);
    }
    return at;
  }

  private static void withinText(Clause c, int length) {
    if (c.end() > length) {
      withinText(clauseName(c), c.span(), length);
    }
    List<Span> paragraphs = c.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      Span span = paragraphs.get(i);
      if (span.end() > length) {
        withinText(clauseName(c) + " paragraph", span, length);
      }
    }
    List<Span> items = c.items();
    for (int i = 0; i < items.size(); i++) {
      Span span = items.get(i);
      if (span.end() > length) {
        withinText(clauseName(c) + " item", span, length);
      }
    }
    List<Statement> statements = c.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement st = statements.get(i);
      if (st.end() > length) {
        withinText(clauseName(c) + " statement", st.span(), length);
      }
    }
  }

  private static String clauseName(Clause c) {
    return "clause " + c.number().orElse("(preamble)");
  }

  private static void withinText(String what, Span span, int length) {
    if (span.end() > length) {
      throw new IllegalArgumentException(String.format(
          "%s span %s runs past the end of the text (length %s)", what, span, length));
    }
  }

  /**
   * Refuses a document whose segments do not tile the text, whose spans run past it, or whose mentions do not
   * cover the text they quote; Immutables calls it on build and {@link EntenteJson} on read.
   */
  @Value.Check
  default void check() {
    Checks.itemId(id());
    List<String> signatories = signatories();
    for (int i = 0; i < signatories.size(); i++) {
      Checks.partyId(signatories.get(i));
    }
    int length = text().length();
    int next = 0;
    List<Segment> segments = segments();
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      if (segment.start() != next) {
        throw new IllegalArgumentException(String.format(
            "segments must tile the text: segment %s starts at %s, expected %s",
            segment.kind(), segment.start(), next));
      }
      next = segment.end();
    }
    if (!segments().isEmpty() && next != length) {
      throw new IllegalArgumentException(String.format(
          "segments must tile the text: they end at %s, the text at %s", next, length));
    }
    // Indexed loops, and messages made only on failure: every document a store loads is checked
    // again, and an iterator over a JDK immutable list is an object made per loop.
    List<Party> parties = parties();
    for (int i = 0; i < parties.size(); i++) {
      coverText(parties.get(i).mentions());
    }
    List<Participant> participants = participants();
    for (int i = 0; i < participants.size(); i++) {
      coverText(participants.get(i).mentions());
    }
    List<Initiative> initiatives = initiatives();
    for (int i = 0; i < initiatives.size(); i++) {
      coverText(initiatives.get(i).mentions());
    }
    List<Mechanism> mechanisms = mechanisms();
    for (int i = 0; i < mechanisms.size(); i++) {
      coverText(mechanisms.get(i).mentions());
    }
    List<Event> events = events();
    for (int i = 0; i < events.size(); i++) {
      coverText(events.get(i).mentions());
    }
    List<Clause> preamble = preamble();
    for (int i = 0; i < preamble.size(); i++) {
      withinText(preamble.get(i), length);
    }
    List<Clause> clauses = clauses();
    for (int i = 0; i < clauses.size(); i++) {
      withinText(clauses.get(i), length);
    }
    diagnostics().forEach(d -> d.span().ifPresent(span -> withinText("diagnostic " + d.code(), span, length)));
  }
}
