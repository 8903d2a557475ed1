package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Tokenizer} reads a word whose capital a scan split off with a stray hyphen («W-arsaw») as one word. */
final class TokenizerSplitCapitalTest {
  private static final LanguageData RU = LanguageData.of("ru");
  private static final LanguageData EN = LanguageData.of("en");

  private static List<String> keys(LanguageData data, String text) {
    Tokens tokens = data.tokenizer.tokenize(data.normalizer.normalize(text));
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < tokens.size; i++) {
      keys.add(tokens.key[i] + "@" + tokens.start[i] + "-" + tokens.end[i]);
    }
    return keys;
  }

  @Test
  void aCapitalSplitOffByAHyphen_isOneWordWithTheSpanOfBothParts() {
    assertEquals(List.of("the@0-3", "warsaw@4-11", "pact@12-17", "states@18-24"), keys(EN, "the W-arsaw P-act states"));
    assertEquals(List.of("в@0-1", "столице@2-9", "франции@10-18"), keys(RU, "в столице Ф-ранции"));
  }

  @Test
  void aCapitalBeforeAHyphenAndACapitalOrOneSmallLetter_staysApart() {
    // «Jean-Pierre» is two words of a name, and «A-b» a range.
    assertEquals(List.of("j@0-1", "p@2-3", "sartre@5-11"), keys(EN, "J-P. Sartre"));
    assertEquals(List.of("items@0-5", "a@6-7", "b@8-9"), keys(EN, "items A-b"));
    Tokens tokens = EN.tokenizer.tokenize(EN.normalizer.normalize("the US-Mexico border"));
    assertTrue(tokens.hyphenAfter[1]);
  }

  @Test
  void theWarsawPactSplitByAScan_isFound() {
    Parser parser = Parser.english();
    List<String> ids = new ArrayList<>();
    parser.parse("en-test", "Joint Communique\n\nThe leaders noted the military capability of the W-arsaw P-act "
        + "countries.\n").parties().forEach(p -> ids.add(p.id()));
    assertEquals(List.of("WARSAW_PACT"), ids);
  }
}
