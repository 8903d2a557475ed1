package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A known initiative's abbreviation («ДНЯО») is matched as written: by its stem it would also be a
 * common word («Дня Победы»). Texts written for the test.
 */
final class InitiativeAbbreviationAsWrittenTest {

  private static List<Initiative> initiatives(Parser parser, String text) {
    Document doc = parser.parse("abbreviation", text);
    return doc.initiatives();
  }

  @Test
  void aCommonWordWithAnAbbreviationsStem_isNoTreaty() {
    List<Initiative> found = initiatives(Parser.russian(), "Телефонный разговор с Президентом Республики Узбекистан\n\n"
        + "Стороны обменялись поздравлениями по случаю Дня Победы и Дня независимости Узбекистана.\n\n"
        + "Москва, 9 мая 2025 года\n");
    assertTrue(found.isEmpty(), found::toString);
  }

  @Test
  void theAbbreviationAsWritten_isStillTheTreaty() {
    List<Initiative> found = initiatives(Parser.russian(), "Совместное заявление Российской Федерации и Монголии\n\n"
        + "Накануне Дня Победы стороны выступили за универсализацию ДНЯО и укрепление режима нераспространения.\n\n"
        + "Улан-Батор, 7 мая 2025 года\n");
    assertEquals(1, found.size(), found::toString);
    assertEquals("NPT", found.get(0).id(), found::toString);
    assertEquals(1, found.get(0).mentions().size(), found::toString);
  }
}
