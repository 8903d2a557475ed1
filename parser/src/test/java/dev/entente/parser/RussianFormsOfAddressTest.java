package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Russian forms of address before a name («Его Превосходительства доктора …»), on sentences written
 * for these tests (none is taken from a real document): never a name themselves, they open the name
 * after them and give its case.
 */
final class RussianFormsOfAddressTest {
  private static final Parser RUSSIAN = Parser.russian();

  private static Document russian(String body) {
    return RUSSIAN.parse("ru-test", "Протокол совещания\n\n" + body + "\n");
  }

  private static List<String> names(Document doc) {
    return doc.participants().stream().map(Participant::name).toList();
  }

  @Test
  void twoFormsOfAddressInTheGenitive_openANameGivenInTheNominative() {
    // GIVEN «Превосходительства» then «доктора» in lower case before a name the lexicon does not know
    Document doc = russian("По приглашению Его Превосходительства доктора Насири Тахмасеба делегация посетила Тегеран.");
    // THEN the name after them is the participant, in the nominative
    assertEquals(List.of("Насири Тахмасеб"), names(doc), () -> People.listed(doc));
  }

  @Test
  void feminineFormsOfAddressInTheInstrumental_openTheName() {
    // GIVEN two people each after forms of address in the instrumental, the second a woman
    Document doc = russian("Делегация встретилась с Его Превосходительством доктором Тимуром Расуловым"
        + " и Её Превосходительством госпожой Лейлой Ахмедовой.");
    // THEN both are named, in the nominative
    assertEquals(List.of("Тимур Расулов", "Лейла Ахмедова"), names(doc), () -> People.listed(doc));
  }

  @Test
  void formsOfAddressInTheNominative_leaveTheNameAsWritten() {
    // GIVEN «Превосходительство» and «госпожа», nominatives that end as case forms would
    Document doc = russian("Ее Превосходительство госпожа Зарина Ахмедова открыла заседание.");
    // THEN the name is as written
    assertEquals(List.of("Зарина Ахмедова"), names(doc), () -> People.listed(doc));
  }
}
