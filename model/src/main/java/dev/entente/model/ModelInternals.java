package dev.entente.model;

import java.util.List;
import java.util.Optional;

/**
 * Not part of Entente's API: factories for Entente's own modules that rebuild many values at once
 * (the store, loading a corpus), which may change in any release. They run every check the
 * builders run, so they build nothing a builder would refuse; what they save is the builders'
 * copying: a list given to them is kept when it is already immutable ({@link List#of}, {@link
 * List#copyOf}), so that equal lists of many values can be one list.
 */
public final class ModelInternals {
  private ModelInternals() {}

  /**
   * The statement with these attributes, as {@link Statement#builder()} builds it; the lists are
   * kept, not copied, when they are immutable.
   *
   * @throws IllegalArgumentException if the statement breaks an invariant of {@link Statement#check()}
   * @throws NullPointerException if an argument or a list element is null
   */
  public static Statement statement(int start, int end, List<String> actors, Optional<Act> act,
      Optional<Strength> strength, Optional<String> cameo, boolean negated, List<Topic> topics,
      List<String> parties, List<String> initiatives, List<String> mechanisms, List<String> events,
      String rule) {
    return ImmutableStatement.of(start, end, actors, act, strength, cameo, negated, topics, parties,
        initiatives, mechanisms, events, rule);
  }

  /**
   * The clause with these attributes, as {@link Clause#builder()} builds it; the lists are kept,
   * not copied, when they are immutable.
   *
   * @throws IllegalArgumentException if the clause breaks an invariant of {@link Clause#check()}
   * @throws NullPointerException if an argument or a list element is null
   */
  public static Clause clause(Optional<String> number, int start, int end, List<Span> paragraphs,
      List<Span> items, List<Statement> statements) {
    return ImmutableClause.of(number, start, end, paragraphs, items, statements);
  }

  /**
   * The party with these attributes, as {@link Party#builder()} builds it; {@code mentions} is
   * kept, not copied, when it is immutable.
   *
   * @throws IllegalArgumentException if the party breaks an invariant of {@link Party#check()}
   * @throws NullPointerException if an argument or a mention is null
   */
  public static Party party(String id, PartyKind kind, String name, Optional<String> nameEn,
      List<Mention> mentions) {
    return ImmutableParty.of(id, kind, name, nameEn, mentions);
  }

  /**
   * The participant with these attributes, as {@link Participant#builder()} builds it; {@code
   * mentions} is kept, not copied, when it is immutable.
   *
   * @throws IllegalArgumentException if the participant breaks an invariant of its check
   * @throws NullPointerException if an argument or a mention is null
   */
  public static Participant participant(String name, Optional<String> party, Optional<String> role,
      List<Mention> mentions, String rule) {
    return ImmutableParticipant.of(name, party, role, mentions, rule);
  }

  /**
   * The initiative with these attributes, as {@link Initiative#builder()} builds it; {@code
   * mentions} is kept, not copied, when it is immutable.
   *
   * @throws IllegalArgumentException if the initiative breaks an invariant of its check
   * @throws NullPointerException if an argument or a mention is null
   */
  public static Initiative initiative(String id, String name, InitiativeKind kind,
      Optional<String> proposer, Optional<EdtfDate> period, List<Mention> mentions, String rule) {
    return ImmutableInitiative.of(id, name, kind, proposer, period, mentions, rule);
  }

  /**
   * The mechanism with these attributes, as {@link Mechanism#builder()} builds it; {@code
   * mentions} is kept, not copied, when it is immutable.
   *
   * @throws IllegalArgumentException if the mechanism breaks an invariant of its check
   * @throws NullPointerException if an argument or a mention is null
   */
  public static Mechanism mechanism(String id, String name, MechanismKind kind,
      Optional<Level> level, MechanismStatus status, List<Mention> mentions, String rule) {
    return ImmutableMechanism.of(id, name, kind, level, status, mentions, rule);
  }

  /**
   * The event with these attributes, as {@link Event#builder()} builds it; {@code mentions} is
   * kept, not copied, when it is immutable.
   *
   * @throws IllegalArgumentException if the event breaks an invariant of its check
   * @throws NullPointerException if an argument or a mention is null
   */
  public static Event event(String id, String name, EventKind kind, Optional<Integer> ordinal,
      Optional<EdtfDate> date, Optional<Place> place, EventStatus status,
      Optional<String> mechanism, List<Mention> mentions, String rule) {
    return ImmutableEvent.of(id, name, kind, ordinal, date, place, status, mechanism, mentions,
        rule);
  }

  /**
   * The document with these attributes, as {@link Document#builder()} builds it (its checks
   * included); the lists are kept, not copied, when they are immutable.
   *
   * @throws IllegalArgumentException if the document breaks an invariant of {@link Document#check()}
   * @throws NullPointerException if an argument or a list element is null
   */
  public static Document document(String id, String title, DocumentKind kind, String language,
      Optional<EdtfDate> date, Optional<Place> place, Optional<String> source,
      Optional<EdtfDate> publicationDate, List<String> signatories, List<Party> parties,
      List<Participant> participants, List<Segment> segments, List<Clause> preamble,
      List<Clause> clauses, List<Initiative> initiatives, List<Mechanism> mechanisms,
      List<Event> events, List<Diagnostic> diagnostics, String text) {
    return ImmutableDocument.of(id, title, kind, language, date, place, source, publicationDate,
        signatories, parties, participants, segments, preamble, clauses, initiatives, mechanisms,
        events, diagnostics, text);
  }
}
