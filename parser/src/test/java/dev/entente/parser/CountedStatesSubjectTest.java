package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Мы, N <прилагательные> государств, …»: a subject that counts the states it speaks for and names none stands
 * for the members of the organisation the sentence names. Every text is written for these tests.
 */
final class CountedStatesSubjectTest {
  @Test
  void aCountedSubject_beforeTheOrganisation_makesItTheSide() {
    // GIVEN a subject that counts the states and a sentence that names their organisation
    Document doc = Parser.russian().parse("Заявление министров\n\n"
        + "Мы, пять прикаспийских государств, собрались сегодня на заседание Совета министров иностранных дел"
        + " Шанхайской организации сотрудничества.\n\n"
        + "Мы подтверждаем приверженность принципам добрососедства.\n");
    // THEN the organisation is the side
    assertEquals(List.of("SCO"), sorted(doc.signatories()));
  }

  @Test
  void aCountedSubjectInDigits_makesTheOrganisationTheSide() {
    Document doc = Parser.russian().parse("Декларация\n\n"
        + "Мы, 57 государств, представленных в Организации по безопасности и сотрудничеству в Европе, заявляем"
        + " о приверженности общим ценностям.\n");
    assertEquals(List.of("OSCE"), sorted(doc.signatories()));
  }

  @Test
  void aCountedSubjectThatNamesItsStates_isNotTheOrganisations() {
    // GIVEN a counted subject followed by the states' names
    Document doc = Parser.russian().parse("Заявление\n\n"
        + "Мы, три государства Российская Федерация, Республика Казахстан и Республика Беларусь, члены"
        + " Евразийского экономического союза, заявляем о следующем.\n");
    assertFalse(doc.signatories().contains("EAEU"), doc.signatories()::toString);
  }
}
