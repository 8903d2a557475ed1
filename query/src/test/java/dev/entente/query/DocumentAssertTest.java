package dev.entente.query;

import static dev.entente.query.EntenteAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Act;
import dev.entente.model.Document;
import dev.entente.model.EventKind;
import dev.entente.model.Level;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.Topic;
import org.junit.jupiter.api.Test;

final class DocumentAssertTest {
  private final Document a = Fixtures.a();

  @Test
  void assertions_thatHold_chain() {
    // THEN nothing is thrown
    assertThat(a).hasSignatories("AZ", "CN", "KZ").hasSignatoriesContaining("AZ", "cn").hasParty("KZ").hasInitiative("BRI")
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
        + "[KZ, CN, AZ] (missing [RU], not expected [KZ, CN])", e.getMessage());
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
    AssertionError e = assertThrows(AssertionError.class, () -> assertThat((Document) null).hasClauses(1));
    // THEN
    assertEquals("expected a document but was null", e.getMessage());
  }

  @Test
  void hasSignatories_isExact_whereContainingIsNot() {
    // WHEN another party signed too
    AssertionError e = assertThrows(AssertionError.class,
        () -> assertThat(a).hasSignatories("AZ", "CN"));
    // THEN the exact form fails naming it, the contains form passes
    assertEquals("expected document a-2025 to have signatories [AZ, CN] but its signatories are "
        + "[KZ, CN, AZ] (not expected [KZ])", e.getMessage());
    assertThat(a).hasSignatoriesContaining("AZ", "CN");
  }

  @Test
  void as_describesTheFailure() {
    // WHEN
    AssertionError e = assertThrows(AssertionError.class,
        () -> assertThat(a).as("the Almaty statement").hasClauses(5));
    // THEN AssertJ puts the description first
    assertEquals("[the Almaty statement] expected document a-2025 to have 5 numbered clauses but "
        + "it has 4", e.getMessage());
  }

  @Test
  void softAssertions_collectEveryFailure() {
    // GIVEN
    EntenteSoftAssertions softly = new EntenteSoftAssertions();
    // WHEN
    softly.assertThat(a).hasClauses(5).hasParty("UZ").hasParty("KZ");
    softly.assertThat(a.statements().get(0)).hasAct(Act.WELCOME);
    AssertionError e = assertThrows(AssertionError.class, softly::assertAll);
    // THEN
    assertEquals(3, softly.errorsCollected().size(), e.getMessage());
    assertTrue(e.getMessage().contains("to have 5 numbered clauses"), e.getMessage());
    assertTrue(e.getMessage().contains("to have party UZ"), e.getMessage());
    assertTrue(e.getMessage().contains("to have act WELCOME but its act is SUPPORT"), e.getMessage());
  }

  @Test
  void statementAssertions_checkActorsActTopicsAndNegation() {
    assertThat(a).statementBy("az").hasActors("AZ").hasAct(Act.WELCOME).mentionsInitiative("BRI")
        .isNotNegated();
    assertThat(a.statements().get(0)).hasActorsContaining("KZ").isAbout(Topic.ENERGY);
    AssertionError e = assertThrows(AssertionError.class,
        () -> assertThat(a.statements().get(0)).hasActors("KZ"));
    assertEquals("expected statement [" + a.statements().get(0).start() + ".."
        + a.statements().get(0).end() + ") by [KZ, CN] to have actors [KZ] but its actors are "
        + "[KZ, CN] (not expected [CN])", e.getMessage());
    assertThat(Fixtures.b().statements().get(1)).isNegated();
  }

  @Test
  void eventAndMechanismAssertions_navigateFromTheDocument() {
    assertThat(a).event("council-6").isPlanned().isAt("Астана").isAt("kz").hasDate("2025-11")
        .hasOrdinal(6).isMeetingOf("council").hasKind(EventKind.MEETING);
    assertThat(a).mechanism("Совет министров").hasStatus(MechanismStatus.NEW)
        .hasKind(MechanismKind.COUNCIL).hasLevel(Level.MINISTERS);
    AssertionError e = assertThrows(AssertionError.class,
        () -> assertThat(a).event("council-6").isHeld());
    assertEquals("[event «council-6» of a-2025] expected event council-6 «6-я встреча Совета "
        + "министров» to be HELD but it is PLANNED", e.getMessage());
  }

  @Test
  void nullArguments_areRefusedNamingTheArgument() {
    assertEquals("idOrName must not be null", assertThrows(NullPointerException.class,
        () -> assertThat(a).hasInitiative(null)).getMessage());
    assertEquals("each of parties must not be null", assertThrows(NullPointerException.class,
        () -> assertThat(a).hasSignatories("AZ", null)).getMessage());
  }
}
