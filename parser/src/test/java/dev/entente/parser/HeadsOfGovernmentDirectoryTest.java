package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The heads of government 1991–2025 of Europe, the post-Soviet states, Asia, the Middle East and Africa
 * in both directories of office holders give a participant the party a text leaves out, named with their
 * title or alone, on sentences written for these tests.
 */
final class HeadsOfGovernmentDirectoryTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final Parser ENGLISH = Parser.english();
  private static final Leaders EN = new Leaders(LanguageData.of("en"));

  private static String ru(String name, String role, String day) {
    return RussianLeadersTest.party(name, role, day);
  }

  private static String en(String name, String role, String day) {
    LocalDate d = LocalDate.parse(day);
    Leaders.Entry entry = EN.match(name, role, d, d);
    return entry == null ? null : entry.party();
  }

  /** The party of the participant whose name ends in {@code surname}: «-» where it has none, «absent» where none does. */
  private static String partyEndingIn(Document doc, String surname) {
    return doc.participants().stream().filter(p -> p.name().endsWith(surname)).findFirst()
        .map(p -> p.party().orElse("-")).orElse("absent");
  }

  @Test
  void aHeadOfGovernmentNamedWithTheTitle_orAlone_findsTheirRow_inBothLanguages() {
    assertEquals("GE", ru("Квирикашвили", "премьер-министр", "2017-01-01"));
    assertEquals("GE", en("Kvirikashvili", "Prime Minister", "2017-01-01"));
    assertEquals("TJ", ru("Яхье Азимов", null, "1998-06-01"));
    assertEquals("TH", ru("Чуан Ликпай", null, "1999-06-01"));
    assertEquals("TH", en("Chuan", "Prime Minister", "1999-06-01"));
    assertEquals("KW", ru("Джабер аль-Мубарак аль-Хамад ас-Сабах", null, "2015-06-01"));
    assertEquals("LY", en("Fayez al-Sarraj", null, "2019-06-01"));
    assertEquals("KR", ru("Ли Нак Ен", "премьер-министр", "2018-06-01"));
    assertEquals("EE", ru("Ансип", "премьер-министр", "2010-06-01"));
    assertEquals("PL", en("Jerzy Buzek", null, "1999-06-01"));
    assertEquals("EG", ru("Ахмед Назиф", null, "2008-06-01"));
    assertEquals("KG", ru("Чудинов", "премьер-министр", "2008-06-01"));
  }

  @Test
  void aSurnameAnotherHeadOfGovernmentBearsThen_orARussianWord_standsOnlyInTheWholeName() {
    // Ludovic Orban of Romania and Viktor Orban of Hungary were both prime ministers in 2020
    assertEquals("RO", ru("Лудовик Орбан", null, "2020-03-01"));
    assertEquals("HU", ru("Виктор Орбан", "премьер-министр", "2020-03-01"));
    assertNull(ru("Бок", "премьер-министр", "2010-06-01"));
    assertEquals("RO", ru("Эмиль Бок", null, "2010-06-01"));
    assertNull(ru("Миро", null, "2001-06-01"));
  }

  @Test
  void headsOfGovernmentInADocument_takeTheirStates() {
    Document doc = RUSSIAN.parse("ru-test", "Совместное заявление Грузии и Эстонской Республики\n\n"
        + "Тбилиси, 10 марта 2016 года\n\n1. Премьер-министр Квирикашвили и Премьер-министр Таави Рыйвас "
        + "обсудили вопросы транзита.\n");
    assertEquals("GE", partyEndingIn(doc, "Квирикашвили"), () -> People.listed(doc));
    assertEquals("EE", People.partyOf(doc, "Таави Рыйвас"), () -> People.listed(doc));
  }

  @Test
  void headsOfGovernmentInAnEnglishDocument_takeTheirStates() {
    Document doc = ENGLISH.parse("en-test", "Joint Statement\n\nTbilisi, 10 March 2016\n\n"
        + "1. Prime Minister Giorgi Kvirikashvili of Georgia and Prime Minister Taavi Roivas of Estonia "
        + "discussed transit.\n\n2. Kvirikashvili and Roivas agreed to meet again.\n");
    assertEquals("GE", People.partyOf(doc, "Giorgi Kvirikashvili"), () -> People.listed(doc));
    assertEquals("EE", People.partyOf(doc, "Taavi Roivas"), () -> People.listed(doc));
  }
}
