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
  @Test
  void theForeignMinistersOfTurkeyPakistanThailandMongoliaAndNicaragua_fillTheNineties() {
    assertEquals("TR", ru("Хикмет Четин", "министр иностранных дел", "1993-02-01"));
    assertEquals("TR", ru("Чиллер", "министр иностранных дел", "1997-01-15"));
    assertEquals("PK", ru("Касури", "министр иностранных дел", "2005-06-01"));
    assertEquals("TH", ru("Касит Пиромья", "министр иностранных дел", "2010-04-01"));
    assertEquals("MN", ru("Цогтбаатар", "министр иностранных дел", "2019-05-01"));
    assertEquals("NI", ru("Самуэль Сантос", "министр иностранных дел", "2012-03-01"));
    assertEquals("TR", en("Hikmet Cetin", "Foreign Minister", "1993-02-01"));
    assertEquals("PK", en("Kasuri", "Foreign Minister", "2005-06-01"));
  }

  @Test
  void theForeignMinistersOfSerbiaGreeceCzechiaSlovakiaBulgariaAndChile_findTheirState() {
    assertEquals("RS", ru("Дачич", "министр иностранных дел", "2016-06-01"));
    assertEquals("GR", ru("Котзиас", "министр иностранных дел", "2017-06-01"));
    assertEquals("CZ", ru("Заоралек", "министр иностранных дел", "2015-06-01"));
    assertEquals("SK", ru("Лайчак", "министр иностранных дел", "2015-06-01"));
    assertEquals("BG", ru("Захариева", "министр иностранных дел", "2018-06-01"));
    assertEquals("CL", ru("Эральдо Муньос", "министр иностранных дел", "2016-06-01"));
    assertEquals("SK", en("Lajcak", "Foreign Minister", "2015-06-01"));
    assertEquals("ES", ru("Моратинос", "министр иностранных дел", "2008-06-01"));
    assertEquals("NL", ru("Верхаген", "министр иностранных дел", "2008-06-01"));
    assertEquals("FI", ru("Туомиоя", "министр иностранных дел", "2013-06-01"));
    assertEquals("HU", en("Martonyi", "Foreign Minister", "2012-06-01"));
    // «Блок» is a Russian word: only the whole name stands for Stef Blok
    assertNull(ru("Блок", "министр иностранных дел", "2019-06-01"));
    // «Свобода» is a Russian word: only the whole name stands for Cyril Svoboda
    assertNull(ru("Свобода", "министр иностранных дел", "2004-06-01"));
  }

  @Test
  void theHeadsOfHaitiLibyaAndAfghanistan_andBosniasPresidency_findTheirState() {
    assertEquals("HT", ru("Рене Преваль", "президент", "1998-06-01"));
    assertEquals("HT", ru("Ариэль Анри", "премьер-министр", "2022-09-01"));
    assertEquals("LY", ru("Менфи", "председатель", "2023-02-01"));
    assertEquals("AF", ru("Муттаки", "министр иностранных дел", "2023-02-01"));
    assertEquals("BA", ru("Додик", "член Президиума", "2020-02-01"));
    assertEquals("BA", ru("Бакир Изетбегович", "председатель Президиума", "2013-02-01"));
    assertEquals("BA", en("Komsic", "Member of the Presidency", "2020-02-01"));
    // Dodik led the Republika Srpska, not the Presidency, in 2015
    assertNull(ru("Додик", "член Президиума", "2015-02-01"));
  }

  @Test
  void thePrimeMinistersOfTheCommonwealthRealms_andGeorgiasStateMinister_findTheirState() {
    assertEquals("JM", ru("Порша Симпсон-Миллер", "премьер-министр", "2014-05-01"));
    assertEquals("BS", ru("Инграм", "премьер-министр", "2010-05-01"));
    assertEquals("GD", ru("Кейт Митчелл", "премьер-министр", "2016-05-01"));
    assertNull(ru("Митчелл", "премьер-министр", "2016-05-01"));
    assertEquals("AG", en("Gaston Browne", "Prime Minister", "2019-05-01"));
    assertEquals("GE", ru("Лорткипанидзе", "государственный министр", "1999-05-01"));
    assertEquals("MC", ru("Серж Телль", "государственный министр", "2018-05-01"));
  }

  @Test
  void theForeignMinistersOfTheBalticStatesDenmarkIrelandPortugalRomaniaAndMorocco_findTheirState() {
    assertEquals("EE", ru("Паэт", "министр иностранных дел", "2007-06-01"));
    assertEquals("LV", ru("Калниете", "министр иностранных дел", "2003-06-01"));
    assertEquals("LT", ru("Линкявичюс", "министр иностранных дел", "2016-06-01"));
    assertEquals("DK", ru("Пер Стиг Меллер", "министр иностранных дел", "2005-06-01"));
    assertEquals("IE", ru("Ковени", "министр иностранных дел", "2019-06-01"));
    assertEquals("PT", ru("Сантуш Силва", "министр иностранных дел", "2018-06-01"));
    assertEquals("MA", ru("Мезуар", "министр иностранных дел", "2015-06-01"));
    assertEquals("RO", ru("Ауреску", "министр иностранных дел", "2021-06-01"));
    assertEquals("RO", en("Geoana", "Foreign Minister", "2003-06-01"));
    assertEquals("LT", en("Linkevicius", "Foreign Minister", "2016-06-01"));
    assertEquals("IE", en("Coveney", "Foreign Minister", "2019-06-01"));
    assertEquals("MA", en("Bourita", "Foreign Minister", "2019-06-01"));
    // Sandra Kalniete left the ministry in 2004: a later text names someone else
    assertNull(ru("Калниете", "министр иностранных дел", "2006-06-01"));
    // «Андреев» is a common Russian surname: only the whole name stands for Georgs Andrejevs
    assertNull(ru("Андреев", "министр иностранных дел", "1993-06-01"));
  }
}
