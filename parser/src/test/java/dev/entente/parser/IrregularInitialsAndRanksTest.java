package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Names the person recogniser reads though they are written irregularly — a second initial without its
 * stop, a wide gap after the initials, an initial of two letters — the party of a role whose state is
 * followed by a military rank before the name, and initials with a surname that stands inside another
 * mention's fuller name.
 */
final class IrregularInitialsAndRanksTest {
  private static final Parser PARSER = Parser.russian();

  private static Document parse(String point) {
    return PARSER.parse("ru-test", "Совместное коммюнике\n\nМосква, 3 марта 1978 года\n\n"
        + "Стороны обсудили вопросы двустороннего сотрудничества и договорились продолжить консультации.\n\n"
        + point + "\n");
  }

  private static boolean named(Document doc, String surname) {
    return doc.participants().stream().anyMatch(p -> p.name().endsWith(surname));
  }

  @Test
  void aSecondInitialWithoutItsStop_stillOpensTheSurname() {
    // GIVEN a role and its state, then two initials of which the second lacks its stop
    Document doc = parse("В беседе участвовал Председатель Совета Министров СССР К. Д Лапшов.");
    // THEN the surname after them is a participant of that state
    assertTrue(named(doc, "Лапшов"), () -> People.listed(doc));
    assertEquals("SU", doc.participants().stream().filter(p -> p.name().endsWith("Лапшов")).findFirst()
        .flatMap(p -> p.party()).orElse("-"), () -> People.listed(doc));
  }

  @Test
  void aWideGapAfterTwoInitials_isNoParagraphsEnd() {
    // GIVEN initials with their stops, then three spaces before the surname
    Document doc = parse("В беседе участвовал Министр иностранных дел СССР Е.Т.   Кравцов, который изложил позицию.");
    // THEN the surname is read with its initials
    assertTrue(named(doc, "Кравцов"), () -> People.listed(doc));
  }

  @Test
  void aTwoLetterInitialAndASpace_openTheSurnameAndEndNoSentence() {
    // GIVEN an initial of two letters, «Дж.», a space, then the surname
    Document doc = parse("В беседе участвовал Государственный секретарь Соединенных Штатов Америки Дж. Кортленд.");
    // THEN the surname is a participant of that state
    assertEquals("US", doc.participants().stream().filter(p -> p.name().endsWith("Кортленд")).findFirst()
        .flatMap(p -> p.party()).orElse("absent"), () -> People.listed(doc));
  }

  @Test
  void aMilitaryRankBetweenTheRolesStateAndTheName_keepsThatState() {
    // GIVEN a role whose body and state come before a rank of two words, then the name
    Document doc = parse("Делегацию возглавил Начальник Генерального штаба Республики Беларусь генерал армии "
        + "Пётр Савицкий.");
    // THEN the name takes the state of the role
    assertEquals("BY", People.partyOf(doc, "Пётр Савицкий"), () -> People.listed(doc));
  }

  @Test
  void aHyphenatedRankAfterTheRolesState_keepsThatState() {
    // GIVEN a role whose body and state come before a hyphenated rank, then the name
    Document doc = parse("Делегацию возглавил Директор Пограничной службы Республики Казахстан генерал-лейтенант "
        + "Ерлан Байжанов.");
    // THEN the name takes the state of the role
    assertEquals("KZ", People.partyOf(doc, "Ерлан Байжанов"), () -> People.listed(doc));
  }

  @Test
  void initialsAndASurnameInsideAFullerName_areThatPerson() {
    // GIVEN a name of three words, then the same person by an initial and the middle word
    Document doc = parse("Визит нанёс Президент СФРЮ Драган Марко Ковач. Президент СФРЮ Д. Марко Ковач и "
        + "Председатель Совета Министров СССР К. Д. Лапшов провели переговоры.");
    // THEN one participant holds both mentions, and the initials form is no one else
    assertTrue(named(doc, "Драган Марко Ковач"), () -> People.listed(doc));
    assertFalse(named(doc, "Д.Марко"), () -> People.listed(doc));
  }
}
