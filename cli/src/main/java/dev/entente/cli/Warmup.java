package dev.entente.cli;

import dev.entente.model.Clause;
import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.EntenteJson;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.Initiative;
import dev.entente.model.InitiativeKind;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.Mention;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import dev.entente.model.Place;
import dev.entente.model.Segment;
import dev.entente.model.SegmentKind;
import dev.entente.model.Statement;
import java.util.concurrent.CompletableFuture;

/**
 * Loads the JSON writer's classes (jackson-core and the model's writer) on another core while the
 * parser loads its language data, so that writing the first document does not wait for them.
 */
final class Warmup {
  private Warmup() {}

  /** Starts writing a small document of every model type as JSON, in the background. */
  static CompletableFuture<Void> jsonInBackground() {
    return CompletableFuture.runAsync(() -> EntenteJson.toJson(sample()));
  }

  private static Document sample() {
    String text = "Казахстан";
    Mention mention = Mention.in(text, 0, text.length());
    return Document.builder().id("warmup").title(text).kind(DocumentKind.OTHER).language("ru").text(text)
        .addSegment(Segment.of(SegmentKind.CLAUSE, 0, text.length()))
        .addParty(Party.builder().id("KZ").kind(PartyKind.STATE).name(text).addMention(mention).build())
        .addParticipant(Participant.builder().name(text).party("KZ").addMention(mention).build())
        .addClause(Clause.builder().number("1").start(0).end(text.length())
            .addStatement(Statement.builder().start(0).end(text.length()).addActor("KZ").build()).build())
        .addInitiative(Initiative.builder().id("i").name(text).kind(InitiativeKind.INITIATIVE)
            .addMention(mention).build())
        .addMechanism(Mechanism.builder().id("m").name(text).kind(MechanismKind.FORMAT)
            .status(MechanismStatus.EXISTING).addMention(mention).build())
        .addEvent(Event.builder().id("e").name(text).kind(EventKind.MEETING).status(EventStatus.HELD)
            .place(Place.of(text, "KZ")).addMention(mention).build())
        .build();
  }
}
