package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The directories of office holders hold the Soviet era, 1950–1991: the heads of state, of
 * government and the foreign ministers of the Soviet Union's partners (Japan, Afghanistan, India,
 * Sweden, Turkey, both German states, France, Britain, Poland and others), on names and sentences
 * written for these tests.
 */
final class LeadersSovietEraTest {
  private static String ru(String name, String role, String day) {
    return RussianLeadersTest.party(name, role, day);
  }

  private static String en(String name, String role, String day) {
    return LeadersTest.party(name, role, day);
  }

  @Test
  void japanesePrimeMinistersOfTheFifties_findJapan_inEitherNameOrder() {
    assertEquals("JP", ru("Хатояма Ициро", "премьер-министр", "1956-10-19"));
    assertEquals("JP", ru("Ициро Хатояма", null, "1956-10-19"));
    assertEquals("JP", ru("Киси", "премьер-министр", "1958-05-01"));
    assertEquals("JP", en("Hatoyama Ichiro", "Prime Minister", "1956-10-19"));
    assertEquals("JP", en("Ikeda", "Prime Minister", "1962-05-01"));
    // Hatoyama's grandson's term is another one; in 1980 no Hatoyama led Japan
    assertNull(ru("Хатояма", "премьер-министр", "1980-05-01"));
  }

  @Test
  void afghanistansKingPrimeMinisterAndForeignMinister_findAfghanistan() {
    assertEquals("AF", ru("Мухаммед Захир Шах", "король", "1957-08-01"));
    assertEquals("AF", ru("Мухаммед Наим", "министр иностранных дел", "1957-08-01"));
    assertEquals("AF", ru("Дауд", "премьер-министр", "1955-12-18"));
    assertEquals("AF", ru("Бабрак Кармаль", null, "1982-03-01"));
    assertEquals("AF", en("Zahir Shah", "King", "1965-03-01"));
    // «Амин» is a common name: only the whole name stands for Hafizullah Amin
    assertNull(ru("Амин", null, "1979-10-01"));
  }

  @Test
  void theSeventiesPartnersOfSovietCommuniques_findTheirState() {
    assertEquals("SE", ru("Улоф Пальме", "премьер-министр", "1976-04-10"));
    assertEquals("YU", ru("Иосип Броз Тито", "президент", "1976-11-17"));
    assertEquals("TR", ru("Чаглаянгиль", "министр иностранных дел", "1977-06-01"));
    assertEquals("IN", ru("Десаи", "премьер-министр", "1977-10-22"));
    assertEquals("IN", ru("Ваджпаи", "министр иностранных дел", "1977-10-22"));
    assertEquals("HU", ru("Фридьеш Пуйя", "министр иностранных дел", "1980-03-01"));
    assertEquals("IQ", ru("аль-Бакр", "президент", "1972-04-09"));
    assertEquals("SE", en("Palme", "Prime Minister", "1984-06-01"));
    assertEquals("TR", en("Ecevit", "Prime Minister", "1978-06-01"));
  }

  @Test
  void bothGermanStatesFranceAndBritain_ofTheColdWar_findTheirState() {
    assertEquals("DD", ru("Хонеккер", "председатель Государственного совета", "1985-05-01"));
    assertEquals("DD", ru("Гротеволь", "премьер-министр", "1955-09-20"));
    assertEquals("DD", en("Oskar Fischer", "Foreign Minister", "1985-05-01"));
    assertEquals("DE", ru("Шеель", "федеральный президент", "1977-05-01"));
    assertEquals("FR", ru("Кув де Мюрвиль", "министр иностранных дел", "1966-06-30"));
    assertEquals("FR", en("Barre", "Prime Minister", "1979-04-28"));
    assertEquals("GB", ru("Каррингтон", "министр иностранных дел", "1980-05-01"));
    assertEquals("PL", ru("Ярузельский", null, "1987-05-01"));
    // «Пик» is a Russian word: only the whole name stands for Wilhelm Pieck
    assertNull(ru("Пик", "президент", "1955-09-20"));
  }

  @Test
  void aCommuniqueOfTheSixties_givesTheVisitorHisState() {
    Document doc = Parser.russian().parse("ru-test", "Совместное коммюнике Союза Советских Социалистических Республик и Японии\n\nМосква, 12 мая 1962 года\n\n"
        + "Премьер-министр Хаято Икэда и Председатель Совета Министров СССР Н.С.Хрущев обсудили вопросы "
        + "торговли и рыболовства.\n");
    assertEquals("JP", People.partyOf(doc, "Хаято Икэда"), () -> People.listed(doc));
  }
}
