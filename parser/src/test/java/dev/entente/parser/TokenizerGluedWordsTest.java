package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Tokenizer} reads words that scans and scrapers spoil: look-alike letters of the other script, words glued together. */
final class TokenizerGluedWordsTest {
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
  void latinLookAlikesInACyrillicWord_areKeyedAsCyrillic_andKeepTheirSpan() {
    // «cо» and «a» typed in Latin letters.
    assertEquals(List.of("в@0-1", "составе@2-9", "делегации@10-19", "прибыл@20-26", "мосолов@27-34"),
        keys(RU, "в cocтаве делегации прибыл Мосoлов"));
  }

  @Test
  void cyrillicLookAlikesInALatinWord_areKeyedAsLatin() {
    // «С» and «о» of «Cotonou» typed in Cyrillic.
    assertEquals(List.of("met@0-3", "in@4-6", "cotonou@7-14"), keys(EN, "met in Сotonоu"));
  }

  @Test
  void wordsOfTwoScriptsWrittenTogether_partWhereTheScriptChanges() {
    assertEquals(List.of("world@0-5", "главы@5-10", "государств@11-21"), keys(RU, "WorldГлавы государств"));
    Tokens tokens = RU.tokenizer.tokenize(RU.normalizer.normalize("пандемияSARS прошла"));
    assertEquals(Tokens.GAP_HARD, tokens.gapBefore[1]);
  }

  @Test
  void aCapitalAfterSmallLetters_partsTwoWordsGluedWhereALineBreakWasLost() {
    assertEquals(List.of("конвенция@0-9", "женева@9-15", "мая@16-19"), keys(RU, "конвенцияЖенева мая"));
    assertEquals(List.of("республики@0-10", "чили@11-15", "его@15-18", "превосходительство@19-37"),
        keys(RU, "Республики ЧилиЕго Превосходительство"));
    assertEquals(List.of("communique@0-10", "the@10-13", "ministers@14-23"), keys(EN, "CommuniqueThe ministers"));
    assertEquals(List.of("republic@0-8", "of@9-11", "korea@11-16"), keys(EN, "Republic ofKorea"));
  }

  @Test
  void namesWrittenInCamelCase_stayOneWord() {
    assertEquals(List.of("mcdonald@0-8", "macleod@9-16", "gmbh@17-21", "iphone@22-28"), keys(EN, "McDonald MacLeod GmbH iPhone"));
    assertEquals(List.of("евразэс@0-7", "росатомэнерго@8-21"), keys(RU, "ЕврАзЭС РосАтомЭнерго"));
  }
}
