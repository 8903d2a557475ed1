package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A joint communiqué that opens with a visit whose heads it names by title alone («At the invitation of
 * the President of A, the President of B paid a state visit …») and only then tells what «the two
 * Presidents» did: the heads of the visit are the sides. Every text is written for these tests.
 */
final class VisitHeadsByTitleTest {
  @Test
  void anEnglishVisitByTitle_beforeTheTwoPresidentsAgreed_namesTheSides() {
    // GIVEN a visit sentence naming two heads by title, then a sentence whose subject names no state
    Document doc = Parser.english().parse("en-test", "Joint Communique\n\n"
        + "At the invitation of the President of the Republic of Kenya, the President of the Republic of Ghana paid a"
        + " state visit to Kenya from 3 to 5 May 2024.\n\n"
        + "The two Presidents held talks in Nairobi and agreed to deepen cooperation in trade and energy.\n");
    // THEN the heads' states are the sides
    assertEquals(List.of("GH", "KE"), sorted(doc.signatories()));
  }

  @Test
  void aRussianVisitByTitle_beforeTheHeadsAgreed_namesTheSides() {
    Document doc = Parser.russian().parse("Совместное коммюнике\n\n"
        + "По приглашению Президента Республики Казахстан Президент Китайской Народной Республики посетил Казахстан"
        + " с государственным визитом 2-3 июля 2024 года.\n\n"
        + "Главы государств провели переговоры в Астане и договорились углублять сотрудничество в торговле и энергетике.\n");
    assertEquals(List.of("CN", "KZ"), sorted(doc.signatories()));
  }
}
