package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Russian lists of participants: a list whose items open with their roles («Премьер-министр A Б В,
 * Президент Г Д Е»), a run of surnames with initials the sentence goes on after, a second title
 * joined by a comma to the first («Первый Президент A, Почётный Председатель Б»), and the roles apposed
 * to a name whose state comes after a second office or a gloss in brackets.
 */
final class PersonListsRussianTest {
  private static final Parser PARSER = Parser.russian();

  private static Document parse(String point) {
    return PARSER.parse("ru-test", "Совместное заявление Республики Армения, Республики Беларусь и Республики Казахстан\n\n"
        + "Минск, 14 мая 2019 года\n\n1. " + point + "\n");
  }

  @Test
  void aListWhoseItemsOpenWithRoles_givesEachRoleToTheNameAfterIt_notToTheNameBeforeItsComma() {
    // GIVEN a name without a title, then two items each a role, its state and a name
    Document doc = parse("Андрей Соболев, Премьер-министр Армении Давид Саркисов, Президент Белоруссии Игорь Кравец "
        + "обсудили вопросы торговли.");
    // THEN each role and state goes with the name after it, and the first name takes neither
    assertEquals("AM", People.partyOf(doc, "Давид Саркисов"), () -> People.listed(doc));
    assertEquals("BY", People.partyOf(doc, "Игорь Кравец"), () -> People.listed(doc));
    assertNotEquals("AM", People.partyOf(doc, "Андрей Соболев"), () -> People.listed(doc));
    assertEquals(1, doc.participants().stream().filter(p -> p.role().isPresent() && p.role().get().startsWith("премьер")).count(),
        () -> People.listed(doc));
  }

  @Test
  void aNameWithItsRoleAfterTheComma_stillTakesIt_whenNoNameFollowsTheRole() {
    Document doc = parse("Андрей Соболев, Премьер-министр Армении, и Игорь Кравец, Президент Белоруссии, обсудили вопросы торговли.");
    assertEquals("AM", People.partyOf(doc, "Андрей Соболев"), () -> People.listed(doc));
    assertEquals("BY", People.partyOf(doc, "Игорь Кравец"), () -> People.listed(doc));
  }

  @Test
  void aRunOfSurnamesWithInitials_keepsItsLastItem_whereTheSentenceGoesOnInLowerCase() {
    Document doc = parse("Главы делегаций Соболев А. Б., Кравец И. Г., Саркисов Д. В. в ходе встречи обсудили вопросы торговли.");
    assertEquals("-", People.partyOf(doc, "Саркисов Д. В."), () -> People.listed(doc));
    assertEquals("-", People.partyOf(doc, "Кравец И. Г."), () -> People.listed(doc));
  }

  @Test
  void anHonoraryChairmanship_joinedToAStatesTitle_keepsThatState() {
    Document doc = parse("Первый Президент Казахстана, Почётный Председатель Евразийского экономического союза "
        + "Аскар Байсеитов выступил на заседании.");
    assertEquals("KZ", People.partyOf(doc, "Аскар Байсеитов"), () -> People.listed(doc));
  }

  @Test
  void aSecondOfficeAfterASpacedDash_orAGlossInBrackets_leadsOnToTheRolesState() {
    Document doc = parse("Участники: Андрей Соболев, Государственный секретарь – министр иностранных дел Республики Казахстан; "
        + "Игорь Кравец, Председатель Милли Меджлиса (Парламента) Республики Армения.");
    assertEquals("KZ", People.partyOf(doc, "Андрей Соболев"), () -> People.listed(doc));
    assertEquals("AM", People.partyOf(doc, "Игорь Кравец"), () -> People.listed(doc));
  }

  @Test
  void aGlossInSlashesAfterARole_leadsOnToItsStateAndName_andTheRoleIsNotTheNameBeforeIts() {
    Document doc = parse("Делегация встретилась с Президентом Республики Казахстан Андреем Соболевым, председателем Мажилиса "
        + "/нижней палаты/ Парламента Республики Казахстан И. Г. Петровым и другими официальными лицами.");
    assertEquals("KZ", People.partyOf(doc, "И.Г.Петров"), () -> People.listed(doc));
    assertEquals(1, doc.participants().stream().filter(p -> p.role().orElse("").startsWith("председатель")).count(),
        () -> People.listed(doc));
  }

  @Test
  void aRoleWhoseLastWordOpensItsPartysName_servesThatParty() {
    // GIVEN a role («председатель комиссии») whose last word opens the name of the organisation it serves
    Document doc = parse("На встрече присутствовал Председатель Комиссии Европейских сообществ Марк Дюваль.");
    // THEN that organisation is the person's party
    assertEquals("EU", People.partyOf(doc, "Марк Дюваль"), () -> People.listed(doc));
  }

  @Test
  void aCityHall_namesTheMayorsOffice_notTheMayor() {
    // GIVEN the role prefix «мэр» and words that open with it
    Language russian = LanguageData.of("ru").language;
    // THEN «Мэрия» in its cases is the office, «мэр» in its cases the role, and «секретариат» stays as it was
    assertTrue(russian.namesTheOffice("мэрией", 3));
    assertTrue(russian.namesTheOffice("мэрии", 3));
    assertFalse(russian.namesTheOffice("мэром", 3));
    assertFalse(russian.namesTheOffice("мэра", 3));
    assertFalse(russian.namesTheOffice("секретариата", 8));
  }

  @Test
  void aRoleASpaceAfterAnAddressedName_givesItsParty() {
    // GIVEN a list of those present whose items open with a form of address, the role after the name with no comma
    Document doc = parse("В заседании приняли участие:\nГ-н Арман Сейткалиев Премьер-министр Республики Казахстан\n"
        + "Г-н Игорь Кравец Первый заместитель Премьер-министра Республики Беларусь\n");
    // THEN each name takes the party of the role after it
    assertEquals("KZ", People.partyOf(doc, "Арман Сейткалиев"), () -> People.listed(doc));
    assertEquals("BY", People.partyOf(doc, "Игорь Кравец"), () -> People.listed(doc));
  }
}
