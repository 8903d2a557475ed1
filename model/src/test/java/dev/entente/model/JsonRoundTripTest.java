package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class JsonRoundTripTest {
  private static final String TEXT = "В Алматы Казахстан поддерживает «Пояс и путь».";

  static Stream<Object> everyModelType() {
    Mention kz = Mention.in(TEXT, 9, 18);
    return Stream.of(
        Span.of(2, 9),
        kz,
        Place.of("Алматы", "KZ"),
        Place.of("Центральная Азия", Optional.empty()),
        EdtfDate.parse("2025-04-04/2025-04-05"),
        Party.builder().id("KZ").kind(PartyKind.STATE).name("Казахстан").nameEn("Kazakhstan")
            .addMention(kz).build(),
        Participant.builder().name("Ван И").party("CN").role("министр иностранных дел").build(),
        Segment.of(SegmentKind.CLAUSE, 0, 5),
        Statement.builder().start(0).end(5).addActor("KZ").act(Act.SUPPORT)
            .strength(Strength.SUPPORT).cameo("051").addTopic(Topic.ENERGY).addInitiative("BRI").build(),
        Clause.builder().number("1").start(0).end(10).addParagraph(Span.of(0, 10)).build(),
        Initiative.builder().id("BRI").name("Пояс и путь").kind(InitiativeKind.INITIATIVE)
            .proposer("CN").period(EdtfDate.ofYear(2030)).build(),
        Mechanism.builder().id("m1").name("Деловой совет").kind(MechanismKind.COUNCIL)
            .level(Level.BUSINESS).status(MechanismStatus.EXISTING).build(),
        Event.builder().id("e1").name("6-я встреча").kind(EventKind.MEETING).ordinal(6)
            .date(EdtfDate.ofDay(2025, 4, 26)).place(Place.of("Алматы", "KZ"))
            .status(EventStatus.HELD).build(),
        Diagnostic.of(DiagnosticCode.NO_DATE, "no adoption date found"),
        RandomDocuments.document(new Random(7)));
  }

  @ParameterizedTest
  @MethodSource("everyModelType")
  void readWrite_isIdentity(Object value) {
    // GIVEN a model value WHEN written and read back as its public type THEN it is equal
    Class<?> type = publicType(value.getClass());
    String json = EntenteJson.write(value, false);
    assertEquals(value, EntenteJson.read(json, type), json);
  }

  private static Class<?> publicType(Class<?> implementation) {
    if (implementation.getSimpleName().startsWith("Immutable")) {
      Class<?> parent = implementation.getSuperclass();
      return parent != Object.class ? parent : implementation.getInterfaces()[0];
    }
    return implementation;
  }

  @Test
  void jsonRoundTripIsIdentity_forRandomDocuments() {
    int tries = Math.max(1000, Integer.getInteger("entente.property.tries", 300));
    qt().withExamples(tries).forAll(RandomDocuments.documents())
        .check(d -> EntenteJson.fromJson(EntenteJson.toJson(d)).equals(d));
  }

  @Test
  void toJson_usesSpecFieldNames() throws Exception {
    // GIVEN a document with a party, a clause and an event
    Document doc = Document.builder().id("d1").title("Коммюнике").kind(DocumentKind.COMMUNIQUE)
        .language("ru").text(TEXT).date(EdtfDate.ofDay(2025, 4, 26)).place(Place.of("Алматы", "KZ"))
        .addSignatory("KZ")
        .addParty(Party.builder().id("KZ").kind(PartyKind.STATE).name("Казахстан")
            .addMention(Mention.in(TEXT, 9, 18)).build())
        .build();
    // WHEN written
    JsonNode tree = EntenteJson.mapper().readTree(EntenteJson.toJson(doc));
    // THEN fields are as SPEC.md names them, absent values null and empty lists present
    assertEquals("2025-04-26", tree.get("date").asText());
    assertEquals("Алматы", tree.at("/place/name").asText());
    assertEquals("KZ", tree.at("/place/country").asText());
    assertEquals("KZ", tree.at("/signatories/0").asText());
    assertEquals("STATE", tree.at("/parties/0/kind").asText());
    assertEquals(9, tree.at("/parties/0/mentions/0/start").asInt());
    assertEquals("Казахстан", tree.at("/parties/0/mentions/0/text").asText());
    assertTrue(tree.get("source").isNull());
    for (String field : List.of("participants", "clauses", "initiatives", "mechanisms", "events",
        "diagnostics", "preamble", "segments")) {
      assertTrue(tree.get(field).isArray(), field);
    }
  }

  @Test
  void fromJson_withoutLanguage_readsAsRussian() throws Exception {
    // GIVEN the JSON of an English document, and that JSON without "language" (as versions before
    // English wrote it)
    Document english = Document.builder().id("d1").title("Joint Statement").kind(DocumentKind.JOINT_STATEMENT)
        .language("en").text("Joint Statement").build();
    String json = EntenteJson.toJson(english);
    com.fasterxml.jackson.databind.node.ObjectNode old =
        (com.fasterxml.jackson.databind.node.ObjectNode) EntenteJson.mapper().readTree(json);
    old.remove("language");
    // WHEN both are read
    Document withLanguage = EntenteJson.fromJson(json);
    Document withoutLanguage = EntenteJson.fromJson(EntenteJson.mapper().writeValueAsString(old));
    // THEN the field decides when present, and an absent one means Russian
    assertEquals("en", withLanguage.language());
    assertEquals("ru", withoutLanguage.language());
    assertEquals(Document.builder().from(english).language("ru").build(), withoutLanguage);
  }

  @Test
  void fromJson_mentionOutsideText_namesTheProblem() {
    // GIVEN JSON whose mention does not cover the text
    String json = EntenteJson.toJson(Document.builder().id("d1").title("").kind(DocumentKind.OTHER)
        .language("ru").text("abc").build())
        .replace("\"parties\":[]", "\"parties\":[{\"id\":\"KZ\",\"kind\":\"STATE\",\"name\":\"K\","
            + "\"nameEn\":null,\"mentions\":[{\"start\":1,\"end\":3,\"text\":\"xy\"}]}]");
    // WHEN read THEN refused with a message naming the mention
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntenteJson.fromJson(json));
    assertTrue(e.getMessage().contains("does not cover"), e.getMessage());
  }

  @Test
  void fromJson_truncated_isRefused() {
    String json = EntenteJson.toJson(RandomDocuments.document(new Random(3)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntenteJson.fromJson(json.substring(0, json.length() / 2)));
    assertTrue(e.getMessage().startsWith("not a valid Document in JSON"), e.getMessage());
  }

  @Test
  void fromJson_deepNesting_isRefused() {
    String json = "[".repeat(10_000);
    assertThrows(IllegalArgumentException.class, () -> EntenteJson.fromJson(json));
  }

  @Test
  void fromJson_wrongType_namesTheField() {
    String json = EntenteJson.toJson(RandomDocuments.document(new Random(5)))
        .replaceFirst("\"kind\":\"[A-Z_]+\"", "\"kind\":42");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntenteJson.fromJson(json));
    assertTrue(e.getMessage().contains("kind"), e.getMessage());
  }
}
