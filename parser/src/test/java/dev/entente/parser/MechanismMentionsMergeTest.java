package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/** Mentions of one standing body in other forms or word orders are one mechanism with several mentions. */
final class MechanismMentionsMergeTest {

  /** A short word's forms («Высший»/«Высшего») differ past their stem, within the five letters keys keep. */
  @Test
  void inflectedShortWordsAreOneBody() {
    // GIVEN
    Document doc = parse("Стороны высоко оценивают работу Высшего совета.",
        "Стороны согласились, что Высший совет подготовит доклад к следующей сессии.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertEquals(2, doc.mechanisms().get(0).mentions().size(), dump(doc));
  }

  /** «государств-членов» before an organisation's name names no other body: «Совет … ОИС» is «Совет … государств-членов ОИС». */
  @Test
  void membershipWordsBeforeTheOrganisationAreOneBody() {
    // GIVEN
    Document doc = parse("Стороны высоко оценивают работу Совета министров иностранных дел государств-членов ОИС.",
        "Стороны поддерживают решения, принятые на сессии Совета министров иностранных дел ОИС.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertEquals(2, doc.mechanisms().get(0).mentions().size(), dump(doc));
  }

  /** «Межправительственная … комиссия» named again without its word of kind is the same commission. */
  @Test
  void aBodyNamedAgainWithoutItsWordOfKindIsOneBody() {
    // GIVEN
    Document doc = parse("Стороны приветствуют работу Межправительственной казахстанско-узбекской совместной комиссии по торговле.",
        "Казахстанско-узбекская совместная комиссия проведет заседание в Ташкенте.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
  }

  /** «Совместный постоянный совет» and «Совет» of the same sides are two bodies: those words are no mere kind. */
  @Test
  void aJointPermanentCouncilIsAnotherBody() {
    // GIVEN
    Document doc = parse("Стороны высоко оценивают работу Совместного постоянного совета Казахстан – Узбекистан.",
        "Стороны договорились создать Совет Казахстан – Узбекистан.");
    // THEN
    assertEquals(2, doc.mechanisms().size(), dump(doc));
  }
}
