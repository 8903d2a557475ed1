package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The directory of office holders ({@code en/leaders.tsv}) and the party it gives a participant the
 * text leaves without one, on sentences written for these tests.
 */
final class LeadersTest {
  private static final Parser PARSER = Parser.english();
  private static final Leaders LEADERS = new Leaders(LanguageData.of("en"));

  private static Document parse(String title, String body) {
    return PARSER.parse("en-test", title + "\n\n" + body + "\n");
  }

  /** The party of the English directory's holder {@code name} with {@code role} on {@code day} (any day if null), or null. */
  static String party(String name, String role, String day) {
    LocalDate d = day == null ? LocalDate.MIN : LocalDate.parse(day);
    Leaders.Entry entry = LEADERS.match(name, role, d, day == null ? LocalDate.MAX : d);
    return entry == null ? null : entry.party();
  }

  @Test
  void theDirectoryIsLoadedForEnglish_andEmptyWhereALanguageHasNone() {
    assertTrue(LEADERS.size() > 500, () -> "entries: " + LEADERS.size());
    assertEquals(0, new Leaders("/dev/entente/parser/xx/", Map.of()).size());
  }

  @Test
  void aSurnameAndATitle_inOfficeOnTheDay_giveTheParty() {
    assertEquals("US", party("Biden", "President", "2023-05-01"));
    assertEquals("JP", party("Ishiba Shigeru", "Prime Minister", "2025-02-01"));
    assertEquals("JP", party("Shigeru Ishiba", null, "2025-02-01"));
    assertEquals("EU", party("Ursula von der Leyen", null, "2021-06-01"));
    assertEquals("US", party("Antony J. Blinken", "Secretary of State", "2022-03-01"));
  }

  @Test
  void aTitleOfAnotherKind_aDayOutOfOffice_orAnotherGivenName_giveNothing() {
    assertNull(party("Biden", "Prime Minister", "2023-05-01"));
    assertNull(party("Biden", "President", "2015-05-01"));
    assertNull(party("Joe Trump", null, "2018-01-01"));
    assertNull(party("Biden", "Vice President", "2023-05-01"));
  }

  @Test
  void aSurnameThatTwoPartiesShareOnTheDay_givesNothing() {
    // a President Kim in the South and one in the North in 1993
    assertNull(party("Kim", "President", "1993-06-01"));
    assertEquals("KR", party("Kim Dae-jung", "President", "1999-06-01"));
  }

  @Test
  void withoutADate_theNameMustFitOnePartyOverAllTerms() {
    assertEquals("DE", party("Angela Merkel", null, null));
    assertNull(party("Johnson", null, null));
  }

  @Test
  void aTitleWithoutItsCountry_takesTheDirectorysParty() {
    Document doc = parse("Joint Statement of the Leaders of Japan, the Republic of Korea and the United States",
        "Lima, November 15, 2024\n\n"
            + "1. President Biden, Prime Minister Ishiba and President Yoon met to strengthen their cooperation.");
    assertEquals("US", People.partyOf(doc, "Biden"), () -> People.listed(doc));
    assertEquals("JP", People.partyOf(doc, "Ishiba"), () -> People.listed(doc));
    assertEquals("KR", People.partyOf(doc, "Yoon"), () -> People.listed(doc));
  }

  @Test
  void theTextsOwnState_wins_overTheDirectory() {
    Document doc = parse("Joint Statement of Kenya and South Africa", "Nairobi, 12 March 2019\n\n"
        + "1. Kenyan President Cyril Ramaphosa held talks with the Prime Minister of Japan.");
    assertEquals("KE", People.partyOf(doc, "Cyril Ramaphosa"), () -> People.listed(doc));
  }

  @Test
  void aSurnameOneLetterOff_countsOnlyWithItsGivenName() {
    assertEquals("DE", party("Angela Merkell", "Chancellor", "2010-05-01"));
    assertNull(party("Merkell", "Chancellor", "2010-05-01"));
    assertNull(party("Angela Merkell", "Chancellor", "2023-05-01"));
  }

  @Test
  void aHeadOfStateChairingAnOrganisation_servesTheState() {
    Document doc = parse("Communique of the Extraordinary Summit of the African Union", "Addis Ababa, 10 May 2020\n\n"
        + "1. The Summit was chaired by the Chairperson of the African Union, President Cyril Ramaphosa.\n"
        + "2. The Summit thanked South Africa for its leadership.");
    assertEquals("ZA", People.partyOf(doc, "Cyril Ramaphosa"), () -> People.listed(doc));
  }

  @Test
  void aPartyTheDocumentDoesNotName_isNoParticipantsParty() {
    // GIVEN a head of state the text names only as an organisation's chair, and a guest it names without a state
    Document doc = parse("Communique of the Extraordinary Summit of the African Union", "Addis Ababa, 10 May 2020\n\n"
        + "1. The Summit was chaired by the Chairperson of the African Union, President Cyril Ramaphosa.\n"
        + "2. The Summit heard President Xi Jinping.");
    // THEN the directory gives neither a party the document lacks: the text's own stays, else none
    assertEquals("AFRICAN_UNION", People.partyOf(doc, "Cyril Ramaphosa"), () -> People.listed(doc));
    assertEquals("-", People.partyOf(doc, "Xi Jinping"), () -> People.listed(doc));
    assertEquals(doc, EntenteJson.fromJson(EntenteJson.toJson(doc)), "the document reads back from its JSON");
  }
}
