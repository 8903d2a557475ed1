package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The directories of office holders hold whole classes since 1990: the heads of state of Europe's
 * and Latin America's smaller states, the post-Soviet heads of 1990–1994, Georgia's State Ministers,
 * the prime ministers of South Korea, Azerbaijan and Bulgaria of the 1990s and the foreign ministers
 * of the CIS, India, Japan and the Americas, on names and sentences written for these tests.
 */
final class LeadersSinceNinetyTest {
  private static String ru(String name, String role, String day) {
    return RussianLeadersTest.party(name, role, day);
  }

  private static String en(String name, String role, String day) {
    return LeadersTest.party(name, role, day);
  }

  @Test
  void headsOfStateOfTheNineties_findTheirState_inBothLanguages() {
    assertEquals("BG", ru("Желю Желев", "президент", "1995-05-12"));
    assertEquals("SK", ru("Ковач", "президент", "1995-05-12"));
    assertEquals("LT", ru("Бразаускас", "президент", "1996-03-01"));
    assertEquals("BY", ru("Шушкевич", "председатель", "1993-04-01"));
    assertEquals("SV", ru("Кристиани", "президент", "1992-01-16"));
    assertEquals("SK", en("Kovac", "President", "1995-05-12"));
    assertEquals("MK", en("Kiro Gligorov", null, "1995-05-12"));
    assertEquals("CH", en("Flavio Cotti", "President", "1998-06-01"));
  }

  @Test
  void headsOfGovernmentAndForeignMinisters_ofTheNineties_findTheirState() {
    assertEquals("GE", ru("Джорбенадзе", null, "2002-06-01"));
    assertEquals("KR", ru("Ли Хон Гу", "премьер-министр", "1995-06-01"));
    assertEquals("BY", ru("Латыпов", "министр иностранных дел", "1999-03-01"));
    assertEquals("IN", ru("Соланки", "министр иностранных дел", "1991-09-01"));
    assertEquals("BR", en("Lampreia", "Minister", "1998-06-01"));
    assertEquals("KG", en("Imanaliev", "Minister", "1999-06-01"));
  }

  @Test
  void japansForeignMinistersOf2007_followTheCabinets() {
    assertEquals("JP", en("Machimura", "Minister", "2007-09-01"));
    assertNull(en("Komura", "Minister", "2007-09-01"));
    assertEquals("JP", en("Komura", "Minister", "2008-03-01"));
  }

  @Test
  void aSurnameTwoStatesShareAtOnce_standsOnlyInTheWholeName() {
    // Honduras's Carlos Flores and El Salvador's Francisco Flores were presidents in 2000 both
    assertEquals("HN", ru("Карлос Флорес", "президент", "2000-06-01"));
    assertEquals("SV", ru("Франсиско Флорес", "президент", "2000-06-01"));
    assertNull(ru("Флорес", "президент", "2000-06-01"));
  }

  @Test
  void twoPresidentsNamedByTitleAndSurname_eachTakeTheirOwnState() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление Республики Болгария и Словацкой Республики\n\n"
        + "София, 12 мая 1995 года\n\n1. Президент Желев и Президент Ковач обсудили вопросы транспорта по Дунаю.\n");
    assertEquals("BG", People.partyOf(doc, "Желев"), () -> People.listed(doc));
    assertEquals("SK", People.partyOf(doc, "Ковач"), () -> People.listed(doc));
  }
}
