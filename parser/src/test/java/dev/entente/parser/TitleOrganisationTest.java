package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title that opens with a kind of document whose complement is an organisation or one of its
 * organs names the author; the states named after it are the topic. Every text is written for these
 * tests.
 */
final class TitleOrganisationTest {
  @Test
  void aRussianDecisionOfACouncilOfHeads_aboutAState_isTheOrganisations() {
    // GIVEN «Решение Совета глав государств СНГ о ситуации в <state>» over numbered points that name no side
    Document doc = Parser.russian().parse("Решение Совета глав государств Содружества Независимых Государств"
        + " о ситуации в Афганистане\n"
        + "1. Принять к сведению информацию о положении в Афганистане.\n"
        + "2. Поручить министерствам иностранных дел подготовить предложения.\n");
    // THEN the organisation adopts it, not the state it speaks of
    assertEquals(List.of("CIS"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishCommuniqueOfAForum_onAState_isTheForums() {
    Document doc = Parser.english().parse("en-test", "Communique of the Pacific Islands Forum on Climate Change in Fiji\n\n"
        + "The Forum reaffirmed that climate change remains the single greatest threat to the region and to Fiji.\n\n"
        + "The Forum called for urgent action.\n");
    assertEquals(List.of("PIF"), sorted(doc.signatories()));
  }

  @Test
  void aTitleWhoseKindGoesOnWithATopic_namesNoOrganisationAsAuthor() {
    // GIVEN a statement of two states whose title names the organisation only in its topic
    Document doc = Parser.russian().parse("Совместное заявление о сотрудничестве в рамках Шанхайской организации"
        + " сотрудничества\n"
        + "Республика Казахстан и Республика Узбекистан заявляют о поддержке председательства в организации.\n");
    assertEquals(List.of("KZ", "UZ"), sorted(doc.signatories()));
  }

  @Test
  void aTitleOfAnOrganisationAndAState_namesBothSides() {
    // GIVEN «Совместное заявление Европейского союза и Японии» over a text that names neither as its subject
    Document doc = Parser.russian().parse("Совместное заявление Европейского союза и Японии о сотрудничестве в"
        + " области цифровой экономики\n"
        + "Подтверждаем приверженность открытой и безопасной цифровой экономике.\n");
    // THEN the organisation and the state both adopt it
    assertEquals(List.of("EU", "JP"), sorted(doc.signatories()));
  }
}
