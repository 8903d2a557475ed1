package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.mechanism;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A dialogue told as having taken place («состоялся содержательный диалог по …») is a conversation held once, no
 * standing dialogue; a dialogue the sides keep up or launch is a mechanism. Every sentence is written for these
 * tests.
 */
final class DialogueThatTookPlaceTest {

  @Test
  void aDialogueThatTookPlace_isNoMechanism() {
    // GIVEN a sentence that tells of a dialogue held during the visit, the subject of a verb of taking place
    Document doc = parse("В ходе визита состоялся весьма содержательный, дружеский диалог по широкому кругу вопросов"
        + " отношений между Казахстаном и Узбекистаном.");
    // WHEN it is parsed
    // THEN the dialogue is no mechanism
    assertTrue(mechanism(doc, "диалог").isEmpty(), dump(doc));
  }

  @Test
  void aDialogueTheSidesKeepUp_isAMechanism() {
    // GIVEN a sentence in which the sides agree to continue a strategic dialogue of their ministers
    Document doc = parse("Стороны договорились продолжить стратегический диалог министров иностранных дел двух стран.");
    // WHEN it is parsed
    // THEN the dialogue is a mechanism
    assertTrue(mechanism(doc, "стратегический диалог").isPresent(), dump(doc));
  }
}
