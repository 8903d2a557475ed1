package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A scanned page that set a word's letters apart («С С С Р», «К Н Р Ч ж») beside words written whole leaves no name:
 * a council whose every mention mixes the two is the scanner's debris, while the same council written whole stays.
 * Every sentence is written for these tests.
 */
final class SpeltOutNameTest {
  private static final LanguageData RU = LanguageData.of("ru");

  /** Whether {@code doc} has a mechanism whose name, lower-cased, holds {@code fragment}. */
  private static boolean hasMechanism(Document doc, String fragment) {
    return doc.mechanisms().stream().map(Mechanism::name)
        .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(fragment));
  }

  @Test
  void councilWithAStateSpeltLetterByLetter_isNoMechanism() {
    // GIVEN a scanned page on which the scan broke a council's words and set one letter by letter
    Document doc = parse("Стороны высоко оценили работу Совета М инистров Р е с п у б л и к и.");
    // WHEN it is parsed
    // THEN the council mixed with letters set apart is no mechanism
    assertTrue(!hasMechanism(doc, "совет"), "a scanner's debris kept as a mechanism: " + dump(doc));
  }

  @Test
  void councilWrittenWhole_staysAMechanism() {
    // GIVEN a council whose words are all written whole
    Document doc = parse("Стороны отметили вклад Делового совета Торговых Палат в развитие торговли.");
    // WHEN it is parsed
    // THEN it is a mechanism
    assertTrue(hasMechanism(doc, "делов"), "a council written whole lost: " + dump(doc));
  }

  @Test
  void wordsOfSeparateLettersWrittenWhole_areNoSpeltOutWord() {
    // GIVEN a phrase of three one-letter words, each a word of its own, and a word set letter by letter
    Tokens plain = RU.tokenizer.tokenize(RU.normalizer.normalize("и в с Советом"));
    Tokens spelt = RU.tokenizer.tokenize(RU.normalizer.normalize("Совет С С С Р"));
    // WHEN each is asked whether it mixes a spelt-out word with whole ones
    // THEN only the second does
    assertTrue(!ConceptFilter.mixesASpeltOutWord(plain, 0, plain.size));
    assertTrue(ConceptFilter.mixesASpeltOutWord(spelt, 0, spelt.size));
  }
}
