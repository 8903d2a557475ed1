package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Russian people named in lists and beside their states, on sentences written for these tests
 * (none is taken from a real document): surnames written before their initials.
 */
final class RussianPeopleInListsTest {
  private static final Parser RUSSIAN = Parser.russian();

  private static Document russian(String body) {
    return RUSSIAN.parse("ru-test", "Протокол совещания\n\n" + body + "\n");
  }

  private static List<String> names(Document doc) {
    return doc.participants().stream().map(Participant::name).toList();
  }

  @Test
  void surnamesBeforeInitials_inTheGenitive_areNamedInTheNominative() {
    // GIVEN a delegation listed in the genitive, surnames first, initials after, one item broken over a line
    Document doc = russian("Совещание прошло с участием делегаций в составе: Баранова П. Р., Левченко И. С., Карпова\n"
        + "О. В., Журавлева Е. Е.\nСтороны договорились о следующем.");
    // THEN each surname closes its own name, given in the nominative; the initials open no other name
    assertEquals(List.of("Баранов П. Р.", "Левченко И. С.", "Карпов О. В.", "Журавлев Е. Е."), names(doc),
        () -> People.listed(doc));
  }

  @Test
  void surnamesBeforeInitials_inTheNominative_stayAsWritten() {
    // GIVEN a list in the nominative, one surname masculine and one feminine
    Document doc = russian("В рабочую группу вошли:\nСоколов А. Б.;\nМорозова Е. Д.;\nКовальчук Т.\n");
    // THEN the nominative surname shows the list's case: none is changed
    assertEquals(List.of("Соколов А. Б.", "Морозова Е. Д.", "Ковальчук Т."), names(doc), () -> People.listed(doc));
  }

  @Test
  void surnameWithFewerInitials_isThePersonNamedBefore() {
    // GIVEN a list, then a shorter list naming one of the same people with a single initial
    Document doc = russian("Присутствовали: Гаврилов А. М., Черных Н. П.\nКомиссия образована в составе Черных Н., Гаврилова А.");
    // THEN each person is named once, with all the initials
    assertEquals(List.of("Гаврилов А. М.", "Черных Н. П."), names(doc), () -> People.listed(doc));
  }

  @Test
  void oneCapitalLetterAfterAWord_isNoName() {
    // GIVEN an annex marked by a letter, and a single item with a single initial
    Document doc = russian("Перечень мер содержится в документе Приложение Б.\nСтороны рассмотрят его.");
    // THEN no one is named
    assertTrue(doc.participants().isEmpty(), () -> People.listed(doc));
  }

  @Test
  void stateAfterTheNameWithOt_isThePersonsParty() {
    // GIVEN mediators of a body, each named with the state he comes from
    Document doc = russian("В заседании участвовали посредники Группы ОБСЕ (П.Р.Смирнов от России, Д.Кларк от Канады)"
        + " и представители сторон.");
    // THEN each takes the state he comes from, not the body of the role before the names
    assertEquals("RU", People.partyOf(doc, "П.Р.Смирнов"), () -> People.listed(doc));
    assertEquals("CA", People.partyOf(doc, "Д.Кларк"), () -> People.listed(doc));
  }

  @Test
  void roleOfSeveralParties_thenAsManyNames_givesEachNameItsParty() {
    // GIVEN a role of three states, a dash, and three names in the same order
    Document doc = russian("В Минске прошли переговоры министров иностранных дел Белоруссии, Казахстана и Киргизии — Р.А.Шевчука,"
        + " А.Б.Сейткали, Н.К.Мамбетжана.");
    // THEN each name holds the role for the state in its place
    assertEquals("BY", People.partyOf(doc, "Р.А.Шевчук"), () -> People.listed(doc));
    assertEquals("KZ", People.partyOf(doc, "А.Б.Сейткали"), () -> People.listed(doc));
    assertEquals(List.of("KG"), doc.participants().stream().filter(p -> p.name().startsWith("Н.К.Мамбетжан"))
        .map(p -> p.party().orElse("-")).toList(), () -> People.listed(doc));
  }
}
