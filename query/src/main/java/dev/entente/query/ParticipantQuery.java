package dev.entente.query;

import dev.entente.model.Participant;
import java.util.Comparator;

/**
 * A query over the people a document names, with the party they represent and their role.
 *
 * <pre>{@code
 * corpus.participants().representing("CN").withRole("министр").toList();
 * }</pre>
 */
public final class ParticipantQuery extends AbstractQuery<ParticipantQuery, Participant> {
  ParticipantQuery(Corpus corpus, Condition<? super Participant> condition,
      Comparator<? super Participant> order, int limit) {
    super(corpus, corpus.participantIndex(), "participants", condition, order, limit);
  }

  @Override
  ParticipantQuery copy(Condition<? super Participant> condition,
      Comparator<? super Participant> order, int limit) {
    return new ParticipantQuery(corpus, condition, order, limit);
  }

  /** People who represent {@code party}: {@code participants().representing("CN")}. */
  public ParticipantQuery representing(String party) {
    return where(Where.representing(party));
  }

  /** People whose role contains {@code part}: {@code participants().withRole("министр")}. */
  public ParticipantQuery withRole(String part) {
    return where(Where.withRole(part));
  }

  /** People whose name contains {@code part}: {@code participants().named("Ван")}. */
  public ParticipantQuery named(String part) {
    return where(Where.named(part));
  }
}
