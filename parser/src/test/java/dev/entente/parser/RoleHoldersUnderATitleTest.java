package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title that is a kind of document alone, over a heading line that names its authors by their
 * offices («Генерального секретаря A и Генерального секретаря B»): the parties of those offices adopt
 * the text. Every text is written for these tests.
 */
final class RoleHoldersUnderATitleTest {
  @Test
  void aRussianHeading_ofTwoSecretariesGeneral_givesTheirOrganisations_notTheOneTheTextSpeaksOf() {
    // GIVEN «Совместное заявление» over a line naming two secretaries-general, and the UN in the text
    Document doc = Parser.russian().parse("Совместное заявление\n"
        + "Генерального секретаря Шанхайской организации сотрудничества и Генерального секретаря Организации"
        + " Договора о коллективной безопасности в связи с Международным днем борьбы с терроризмом\n"
        + "Решительно осуждаем терроризм во всех его формах и проявлениях.\n"
        + "Подтверждаем готовность к сотрудничеству с Организацией Объединенных Наций.\n");
    // THEN the two organisations adopt it
    assertEquals(List.of("CSTO", "SCO"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishHeading_ofTwoSecretariesGeneral_givesTheirOrganisations() {
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "Secretary-General of the Association of Southeast Asian Nations and Secretary General of the Pacific"
        + " Islands Forum on Ocean Cooperation\n\n"
        + "We reaffirm the importance of the ocean for the prosperity of our regions and of the United Nations"
        + " Convention on the Law of the Sea.\n");
    assertEquals(List.of("ASEAN", "PIF"), sorted(doc.signatories()));
  }

  @Test
  void aRussianHeading_thatNamesATopic_namesNoAuthors() {
    // GIVEN a heading line that says what the statement is about, not who adopts it
    Document doc = Parser.russian().parse("Совместное заявление\n"
        + "О сотрудничестве Шанхайской организации сотрудничества и Организации Договора о коллективной"
        + " безопасности в борьбе с терроризмом\n"
        + "Решительно осуждаем терроризм во всех его формах и проявлениях.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
