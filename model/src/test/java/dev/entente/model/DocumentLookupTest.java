package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 14 item 4: the look-ups beside {@code party(id)} and the names that say "ids". */
final class DocumentLookupTest {
  private static final String TEXT = "1. Казахстан поддерживает «Пояс и путь». 2. Стороны проведут форум.";

  private final Statement first = Statement.builder().start(0).end(40).build();

  private final Document doc = Document.builder().id("d").title("").kind(DocumentKind.OTHER)
      .language("ru").text(TEXT).addSignatory("KZ")
      .addParty(Party.builder().id("KZ").kind(PartyKind.STATE).name("Казахстан")
          .addMention(Mention.in(TEXT, 3, 12)).build())
      .addInitiative(Initiative.builder().id("BRI").name("Пояс и путь").kind(InitiativeKind.INITIATIVE)
          .addMention(Mention.in(TEXT, 27, 38)).build())
      .addMechanism(Mechanism.builder().id("forum").name("форум").kind(MechanismKind.FORUM)
          .status(MechanismStatus.NEW).addMention(Mention.in(TEXT, 62, 67)).build())
      .addEvent(Event.builder().id("forum-1").name("форум").kind(EventKind.FORUM)
          .status(EventStatus.PLANNED).addMention(Mention.in(TEXT, 62, 67)).build())
      .addClause(Clause.builder().number("1").start(0).end(40).addStatement(
          Statement.builder().from(first).addActor("KZ").addParty("KZ").addInitiative("BRI")
              .act(Act.SUPPORT).strength(Strength.SUPPORT).build()).build())
      .addClause(Clause.builder().number("2").start(41).end(TEXT.length()).addStatement(
          Statement.builder().start(41).end(TEXT.length()).addActor("KZ").addMechanism("forum")
              .addEvent("forum-1").strength(Strength.WILL).build()).build())
      .build();

  @Test
  void statements_isAList_inTextOrder() {
    List<Statement> statements = doc.statements();
    assertEquals(2, statements.size());
    assertEquals(0, statements.get(0).start());
  }

  @Test
  void lookups_byId_findEachKind_orNothing() {
    assertEquals("Пояс и путь", doc.initiative("BRI").orElseThrow().name());
    assertEquals(MechanismKind.FORUM, doc.mechanism("forum").orElseThrow().kind());
    assertEquals(EventStatus.PLANNED, doc.event("forum-1").orElseThrow().status());
    assertEquals(Optional.empty(), doc.initiative("GDI"));
    assertEquals("Казахстан", doc.party("kz").orElseThrow().name());
  }

  @Test
  void textOf_givesTheSentence_andRefusesAForeignSpan() {
    assertEquals("1. Казахстан поддерживает «Пояс и путь».", doc.textOf(doc.statements().get(0)));
    assertEquals("Пояс и путь", doc.textOf(doc.initiatives().get(0).mentions().get(0)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> doc.textOf(Mention.of(60, 200, "x".repeat(140))));
    assertTrue(e.getMessage().contains("runs past the end of document d"), e.getMessage());
  }

  @Test
  void idNames_holdTheSameListsAsTheJsonNames() {
    Statement s = doc.statements().get(1);
    assertEquals(s.actors(), s.actorIds());
    assertEquals(List.of("forum"), s.mechanismIds());
    assertEquals(List.of("forum-1"), s.eventIds());
    assertEquals(List.of("BRI"), doc.statements().get(0).initiativeIds());
    assertEquals(List.of("KZ"), doc.statements().get(0).partyIds());
  }

  @Test
  void commitment_isStrengthUnderNamesNoActShares() {
    assertEquals(Optional.of(Commitment.INTENTION), doc.statements().get(1).commitment());
    assertEquals(Strength.values().length, Commitment.values().length);
    for (Strength s : Strength.values()) {
      assertEquals(s, s.commitment().strength());
      for (Act act : Act.values()) {
        assertTrue(!act.name().equals(s.commitment().name()), act + " shares a name with a commitment");
      }
    }
  }

  @Test
  void nullIds_areRefusedNamingTheArgument() {
    assertEquals("id must not be null",
        assertThrows(NullPointerException.class, () -> doc.initiative(null)).getMessage());
    assertEquals("item must not be null",
        assertThrows(NullPointerException.class, () -> doc.textOf(null)).getMessage());
  }
}
