package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Russian directory of office holders is complete: every term of {@code en/leaders.tsv} is in
 * {@code ru/leaders.tsv}, surnames that are Russian words stand only in the whole name, and heads
 * of Africa, Latin America, the Middle East, Asia and the Pacific give the party a text leaves
 * out, on sentences written for these tests.
 */
final class RussianLeadersCompletenessTest {
  private static final String RU = "/dev/entente/parser/ru/leaders.tsv";
  private static final String EN = "/dev/entente/parser/en/leaders.tsv";
  private static final Parser PARSER = Parser.russian();

  private static String party(String name, String role, String day) {
    return RussianLeadersTest.party(name, role, day);
  }

  private static String term(Tsv.Row row) {
    return row.get(0) + " " + row.get(1) + " " + row.get(4) + " " + row.get(5);
  }

  @Test
  void everyTermOfTheEnglishDirectory_isInTheRussianOne() {
    Set<String> russian = new HashSet<>();
    for (Tsv.Row row : Tsv.read(RU, 6)) {
      russian.add(term(row));
    }
    for (Tsv.Row row : Tsv.read(EN, 6)) {
      assertTrue(russian.contains(term(row)), () -> row.where() + ": " + term(row) + " missing in ru");
    }
  }

  @Test
  void aSurnameThatIsARussianWord_standsOnlyInTheWholeName() {
    List<String> words = List.of("но", "кок", "дар", "хит", "пан", "герцог", "лев", "талон", "пас", "мета", "банда", "дан", "павел");
    for (Tsv.Row row : Tsv.read(RU, 6)) {
      for (String surname : row.values(3)) {
        String[] parts = Leaders.words(surname);
        assertFalse(parts.length == 1 && words.contains(parts[0]), () -> row.where() + ": bare surname " + surname);
      }
    }
    assertEquals("KR", party("Но Му Хен", "президент", "2005-06-01"));
    assertNull(party("Но", null, "2005-06-01"));
    assertEquals("BJ", party("Патрис Талон", null, "2020-06-01"));
    assertNull(party("Талон", null, "2020-06-01"));
  }

  @Test
  void headsOfAfricaLatinAmericaTheMiddleEastAndThePacific_findTheirRow_inEitherSpelling() {
    assertEquals("AO", party("Жоау Лоуренсу", null, "2023-05-01"));
    assertEquals("AO", party("Лоренсу", "президент", "2023-05-01"));
    assertEquals("BF", party("Ибрагим Траоре", "председатель", "2024-07-01"));
    assertEquals("ML", party("Траоре", "президент", "2013-01-10"));
    assertEquals("GY", party("Мохамед Ирфаан Али", null, "2023-05-01"));
    assertEquals("MR", party("Газуани", "президент", "2024-02-01"));
    assertEquals("QA", party("Мухаммед бен Абдеррахман Аль Тани", "премьер-министр", "2024-02-01"));
    assertEquals("IQ", party("Мустафа аль-Казыми", null, "2021-06-01"));
    assertEquals("FJ", party("Ситивени Рабука", "премьер-министр", "2024-02-01"));
    assertEquals("TR", party("Ахмет Неджет Сезер", null, "2002-11-01"));
    assertEquals("AT", party("Карин Кнайссль", "министр иностранных дел", "2019-02-01"));
    assertNull(party("Карин Кнайссль", "министр иностранных дел", "2020-02-01"));
    assertEquals("AZ", party("Раси-заде Артур Таир оглы", null, "1999-04-02"));
    // Evo Morales keeps his bare surname while Guatemala's Jimmy Morales is in office: his is written whole
    assertEquals("BO", party("Моралес", "президент", "2017-06-01"));
    assertEquals("GT", party("Джимми Моралес", "президент", "2017-06-01"));
    // the same surname in two states, years apart
    assertEquals("CR", party("Чавес", "президент", "2023-06-01"));
    assertEquals("VE", party("Чавес", "президент", "2010-06-01"));
  }

  @Test
  void headsNamedByTitleAndSurnameAlone_eachTakeTheirOwnState_notTheOtherSides() {
    Document doc = PARSER.parse("ru-test", "Совместное заявление Республики Гамбия и Республики Сенегал\n\n"
        + "Дакар, 12 марта 2025 года\n\n1. Президент Барроу и Президент Фай обсудили строительство моста.\n");
    assertEquals("GM", People.partyOf(doc, "Барроу"), () -> People.listed(doc));
    assertEquals("SN", People.partyOf(doc, "Фай"), () -> People.listed(doc));
  }

  @Test
  void headsOfGovernmentOfTheMiddleEast_withGivenNames_takeTheirStates() {
    Document doc = PARSER.parse("ru-test", "Совместное заявление Республики Ирак и Ливанской Республики\n\n"
        + "Багдад, 14 мая 2021 года\n\n1. Премьер-министр Мустафа аль-Казыми и Премьер-министр Хасан Диаб "
        + "обсудили вопросы энергетики.\n");
    assertEquals("IQ", People.partyOf(doc, "Мустафа аль-Казыми"), () -> People.listed(doc));
    assertEquals("LB", People.partyOf(doc, "Хасан Диаб"), () -> People.listed(doc));
  }

  @Test
  void aNameAloneUnderTheSignatures_takesTheDirectorysParty() {
    Document doc = PARSER.parse("ru-test", "Совместное коммюнике Республики Мали и Буркина-Фасо\n\n"
        + "Бамако, 5 февраля 2024 года\n\n1. Стороны обсудили вопросы безопасности в регионе Сахеля.\n\n"
        + "Ассими Гоита\t\tИбрагим Траоре\n");
    assertEquals("ML", People.partyOf(doc, "Ассими Гоита"), () -> People.listed(doc));
    assertEquals("BF", People.partyOf(doc, "Ибрагим Траоре"), () -> People.listed(doc));
  }
}
