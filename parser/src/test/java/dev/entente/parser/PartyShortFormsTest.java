package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 27: short forms of states' names that Russian news and ministries' texts use and the
 * gazetteer lacked («ДР Конго», «Конго», «Эмираты»), and a short form that does not decline read as a
 * river after the river's noun. Sentences written for the test.
 */
final class PartyShortFormsTest {
  private static Document russian(String body) {
    return Seeds.PARSER.parse("own.txt", "Совместное заявление\n\n" + body + "\n");
  }

  private static List<String> parties(Document doc) {
    return doc.parties().stream().map(Party::id).collect(Collectors.toList());
  }

  @Test
  void russian_shortFormsOfTheTwoCongos_nameEachState() {
    // GIVEN «ДР Конго» and bare «Конго», as news items write them
    Document doc = russian("1. Министры обсудили положение на востоке ДР Конго и поставки зерна в Конго.");
    // THEN the first is the Democratic Republic, the second the Republic of the Congo
    assertTrue(parties(doc).containsAll(List.of("CD", "CG")), parties(doc)::toString);
  }

  @Test
  void russian_riverOfTheSameName_isNoState() {
    // GIVEN the river Congo after the noun «река» in two cases
    Document doc = russian("1. Стороны поддержат судоходство по реке Конго и охрану лесов в долине реки Конго.");
    // THEN neither Congo is named
    assertFalse(parties(doc).contains("CG"), parties(doc)::toString);
    assertFalse(parties(doc).contains("CD"), parties(doc)::toString);
  }

  @Test
  void russian_emiratesAlone_nameTheUnitedArabEmirates() {
    // GIVEN «Эмираты» in the accusative and the locative
    Document doc = russian("1. Делегация посетит Эмираты в мае; переговоры в Эмиратах будут посвящены энергетике.");
    // THEN both are the United Arab Emirates
    assertEquals(List.of("AE"), parties(doc), parties(doc)::toString);
  }
}
