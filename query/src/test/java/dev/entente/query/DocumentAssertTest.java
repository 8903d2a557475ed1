package dev.entente.query;

import static dev.entente.query.EntenteAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

final class DocumentAssertTest {
  private final Document a = Fixtures.a();

  @Test
  void assertions_thatHold_chain() {
    // THEN nothing is thrown
    assertThat(a).hasSignatories("AZ", "CN").hasParty("KZ").hasInitiative("BRI")
        .hasInitiative("пояс").hasMechanism("Совет министров").hasMechanism("council")
        .hasEventPlanned("council-6").hasEventPlanned("Астана").hasEventPlanned("6-я встреча")
        .hasClauses(4);
  }

  @Test
  void hasSignatories_missingOne_namesIt() {
    // WHEN
    AssertionError e = assertThrows(AssertionError.class,
        () -> assertThat(a).hasSignatories("AZ", "RU"));
    // THEN
    assertEquals("expected document a-2025 to have signatories [AZ, RU] but its signatories are "
        + "[KZ, CN, AZ] (missing [RU])", e.getMessage());
  }

  @Test
  void hasParty_absent_listsTheParties() {
    // WHEN
    AssertionError e = assertThrows(AssertionError.class, () -> assertThat(a).hasParty("UZ"));
    // THEN
    assertEquals("expected document a-2025 to have party UZ but its parties are [KZ, CN, AZ]",
        e.getMessage());
  }

  @Test
  void hasInitiative_absent_listsTheInitiatives() {
    // WHEN
    AssertionError e = assertThrows(AssertionError.class,
        () -> assertThat(a).hasInitiative("GDI"));
    // THEN
    assertEquals("expected document a-2025 to have an initiative with id or name «GDI» but its "
        + "initiatives are [BRI «Пояс и путь»]", e.getMessage());
  }

  @Test
  void hasMechanism_absent_listsTheMechanisms() {
    // WHEN
    AssertionError e = assertThrows(AssertionError.class,
        () -> assertThat(a).hasMechanism("форум"));
    // THEN
    assertEquals("expected document a-2025 to have a mechanism with id or name «форум» but its "
        + "mechanisms are [council «Совет министров»]", e.getMessage());
  }

  @Test
  void hasEventPlanned_onlyHeld_fails() {
    // GIVEN b-2026 holds the 6th meeting in Ташкент and plans the 8th in Астана
    Document b = Fixtures.b();
    // WHEN
    AssertionError e = assertThrows(AssertionError.class,
        () -> assertThat(b).hasEventPlanned("Ташкент"));
    // THEN
    assertEquals("expected document b-2026 to have a planned event with id, name or place "
        + "«Ташкент» but its events are [council-6b «6-я встреча Совета министров» HELD, "
        + "council-8 «8-я встреча Совета министров» PLANNED]", e.getMessage());
  }

  @Test
  void hasClauses_otherCount_saysBoth() {
    // WHEN
    AssertionError e = assertThrows(AssertionError.class, () -> assertThat(a).hasClauses(5));
    // THEN
    assertEquals("expected document a-2025 to have 5 numbered clauses but it has 4",
        e.getMessage());
  }

  @Test
  void assertThat_null_failsClearly() {
    // WHEN
    AssertionError e = assertThrows(AssertionError.class, () -> assertThat(null));
    // THEN
    assertEquals("expected a document but was null", e.getMessage());
  }
}
