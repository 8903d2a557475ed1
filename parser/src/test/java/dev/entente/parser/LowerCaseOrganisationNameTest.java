package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 20: a spelling of an organisation's name marked {@link PhraseMatcher#LOWER_CASE_MARK} in
 * organizations.tsv («движение неприсоединения», "the non-aligned movement") matches when the text
 * writes it in lower case, though the name's other spellings have a capital. Sentences written for
 * the test.
 */
final class LowerCaseOrganisationNameTest {
  private static final Parser ENGLISH = Parser.english();

  private static List<String> parties(Document doc) {
    return doc.parties().stream().map(Party::id).collect(Collectors.toList());
  }

  @Test
  void english_nonAlignedMovementInLowerCase_isTheMovement() {
    // GIVEN the movement written in lower case mid-sentence
    Document doc = ENGLISH.parse("en-test", "Joint Statement\n\n1. Ghana and India recalled the role of the "
        + "non-aligned movement in the struggle against colonialism.\n");
    // THEN it is the Non-Aligned Movement
    assertTrue(parties(doc).contains("NAM"), parties(doc)::toString);
  }

  @Test
  void russian_nonAlignedMovementInLowerCase_isTheMovement() {
    // GIVEN the movement written in lower case in an oblique case
    Document doc = Seeds.PARSER.parse("own.txt", "Совместное заявление\n\n1. Стороны высоко оценили вклад "
        + "движения неприсоединения в дело мира.\n");
    // THEN it is the Non-Aligned Movement
    assertTrue(parties(doc).contains("NAM"), parties(doc)::toString);
  }
}
