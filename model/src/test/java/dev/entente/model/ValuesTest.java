package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class ValuesTest {
  @Test
  void span_startAfterEnd_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Span.of(5, 3));
    assertEquals("span must have 0 <= start <= end: [5..3)", e.getMessage());
  }

  @Test
  void span_rangeVocabulary() {
    Span span = Span.of(2, 6);
    assertEquals("[2..6)", span.toString());
    assertTrue(span.contains(2));
    assertFalse(span.contains(6));
    assertTrue(span.encloses(Span.of(3, 6)));
    assertTrue(span.overlaps(Span.of(5, 9)));
    assertFalse(span.overlaps(Span.of(6, 9)));
    assertEquals("cdef", span.coveredText("abcdefgh"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> span.coveredText("abc"));
    assertTrue(e.getMessage().contains("3 chars"), e.getMessage());
  }

  @Test
  void mention_textOfWrongLength_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Mention.of(0, 3, "ab"));
    assertEquals("mention text has 2 chars but its span [0..3) covers 3", e.getMessage());
  }

  @Test
  void party_lowerCaseId_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Party.builder().id("kz").kind(PartyKind.STATE).name("Казахстан").build());
    assertTrue(e.getMessage().contains("'kz'"), e.getMessage());
  }

  @Test
  void document_segmentsWithGap_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Document.builder().id("d").title("").kind(DocumentKind.OTHER).language("ru")
            .text("abcdef").addSegment(Segment.of(SegmentKind.TITLE, 0, 2))
            .addSegment(Segment.of(SegmentKind.CLAUSE, 3, 6)).build());
    assertTrue(e.getMessage().contains("starts at 3, expected 2"), e.getMessage());
  }

  @Test
  void edtf_parsesEveryPrecision() {
    assertEquals(EdtfDate.Precision.DAY, EdtfDate.parse("2025-04-26").precision());
    assertEquals(LocalDate.of(2024, 12, 31), EdtfDate.parse("2024-12").latest());
    assertEquals(LocalDate.of(2026, 1, 1), EdtfDate.parse("2026").earliest());
    EdtfDate range = EdtfDate.parse("2025-05/2025-06");
    assertTrue(range.isInterval());
    assertEquals(LocalDate.of(2025, 6, 30), range.latest());
  }

  @Test
  void edtf_badValues_areRefusedWithTheValue() {
    for (String bad : new String[] {"", "2025-13", "2025-02-30", "25", "2025/2024", "2025-04-26T00"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> EdtfDate.parse(bad), bad);
      assertTrue(e.getMessage().contains(bad), e.getMessage());
    }
  }

  @Test
  void edtfParseIsInverseOfToString() {
    qt().withExamples(1000).forAll(org.quicktheories.generators.SourceDSL.longs().all())
        .check(seed -> {
          EdtfDate date = RandomDocuments.date(new java.util.Random(seed));
          return EdtfDate.parse(date.toString()).equals(date);
        });
  }

  @Test
  void document_clauseOf_findsTheClauseOfAStatement() {
    Statement statement = Statement.builder().start(0).end(3).addActor("KZ").build();
    Clause clause = Clause.builder().number("1").start(0).end(5).addStatement(statement).build();
    Document doc = Document.builder().id("d").title("").kind(DocumentKind.OTHER).language("ru")
        .text("12345").addClause(clause).build();
    assertEquals("1", doc.clauseOf(statement).orElseThrow().number().orElseThrow());
    assertTrue(doc.clauseOf(Statement.builder().start(1).end(2).build()).isEmpty());
  }

  @Test
  void modelInternalsStatement_equalsTheBuilt_keepsImmutableLists_andChecksAsTheBuilder() {
    // GIVEN an immutable list of actors, and a mutable list of parties
    java.util.List<String> actors = java.util.List.of("KZ", "RU");
    java.util.List<String> parties = new java.util.ArrayList<>(actors);
    java.util.Optional<Act> act = java.util.Optional.of(Act.SUPPORT);
    // WHEN a statement is made through ModelInternals
    Statement made = ModelInternals.statement(0, 5, actors, act, java.util.Optional.empty(),
        java.util.Optional.empty(), true, java.util.List.of(), parties, java.util.List.of(),
        java.util.List.of(), java.util.List.of(), "acts.tsv:1");
    // THEN it equals the statement the builder makes, holds the immutable list itself and a copy
    // of the mutable one
    Statement built = Statement.builder().start(0).end(5).actors(actors).act(Act.SUPPORT)
        .negated(true).parties(parties).rule("acts.tsv:1").build();
    assertEquals(built, made);
    org.junit.jupiter.api.Assertions.assertSame(actors, made.actors());
    parties.add("CN");
    assertEquals(java.util.List.of("KZ", "RU"), made.parties());
    // AND it refuses what the builder refuses
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ModelInternals.statement(0, 5, java.util.List.of("kz"), act,
            java.util.Optional.empty(), java.util.Optional.empty(), false, java.util.List.of(),
            java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), ""));
    assertTrue(e.getMessage().contains("'kz'"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ModelInternals.statement(5, 4, java.util.List.of(), act, java.util.Optional.empty(),
            java.util.Optional.empty(), false, java.util.List.of(), java.util.List.of(),
            java.util.List.of(), java.util.List.of(), java.util.List.of(), ""));
  }

  @Test
  void modelInternalsDocument_equalsTheBuilt_keepsImmutableLists_andChecksAsTheBuilder() {
    // GIVEN a text, a party that quotes it, a clause with one statement, all made through
    // ModelInternals from immutable lists
    String text = "Казахстан поддерживает.";
    java.util.List<Mention> mentions = java.util.List.of(Mention.in(text, 0, 9));
    Party party = ModelInternals.party("KZ", PartyKind.STATE, "Казахстан", java.util.Optional.empty(),
        mentions);
    Statement statement = Statement.builder().start(0).end(23).addActor("KZ").build();
    java.util.List<Span> paragraphs = java.util.List.of(Span.of(0, 23));
    Clause clause = ModelInternals.clause(java.util.Optional.empty(), 0, 23, paragraphs,
        java.util.List.of(), java.util.List.of(statement));
    java.util.List<Party> parties = java.util.List.of(party);
    java.util.List<Clause> preamble = java.util.List.of(clause);
    // WHEN the document is made through ModelInternals
    Document made = ModelInternals.document("d", "", DocumentKind.OTHER, "ru",
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.List.of(), parties, java.util.List.of(),
        java.util.List.of(), preamble, java.util.List.of(), java.util.List.of(), java.util.List.of(),
        java.util.List.of(), java.util.List.of(), text);
    // THEN it equals the document the builders make, and holds the lists it was given
    Document built = Document.builder().id("d").title("").kind(DocumentKind.OTHER).text(text)
        .addParty(Party.builder().id("KZ").kind(PartyKind.STATE).name("Казахстан")
            .addMention(Mention.of(0, 9, "Казахстан")).build())
        .addPreamble(Clause.builder().start(0).end(23).addParagraph(Span.of(0, 23))
            .addStatement(statement).build())
        .build();
    assertEquals(built, made);
    org.junit.jupiter.api.Assertions.assertSame(parties, made.parties());
    org.junit.jupiter.api.Assertions.assertSame(mentions, made.parties().get(0).mentions());
    org.junit.jupiter.api.Assertions.assertSame(paragraphs, made.preamble().get(0).paragraphs());
    assertEquals(java.util.List.of(statement), made.statements());
    // AND it refuses what the builders refuse: a mention that does not quote the text, a bad id
    java.util.List<Party> misquoting = java.util.List.of(ModelInternals.party("KZ", PartyKind.STATE,
        "Казахстан", java.util.Optional.empty(), java.util.List.of(Mention.of(0, 9, "Казахстон"))));
    assertThrows(IllegalArgumentException.class, () -> ModelInternals.document("d", "",
        DocumentKind.OTHER, "ru", java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.List.of(), misquoting,
        java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
        java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), text));
    assertThrows(IllegalArgumentException.class, () -> ModelInternals.party("kz", PartyKind.STATE,
        "Казахстан", java.util.Optional.empty(), mentions));
    assertThrows(IllegalArgumentException.class, () -> ModelInternals.clause(
        java.util.Optional.of(" "), 0, 23, paragraphs, java.util.List.of(), java.util.List.of()));
  }
}
