package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The language seam: word classes checked when the data loads, languages found by code. */
final class LanguageTest {
  private static final String DIR = "/dev/entente/parser/words-test/";

  @Test
  void words_misspeltClass_failsWithFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new Words(DIR + "misspelt.tsv", EnumSet.noneOf(WordClass.class)));
    assertTrue(e.getMessage().contains("misspelt.tsv:3") && e.getMessage().contains("FUNCTON_WORD"), e.getMessage());
  }

  @Test
  void words_missingRequiredClass_failsNamingIt() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new Words(DIR + "missing.tsv", EnumSet.of(WordClass.AND, WordClass.BETWEEN)));
    assertTrue(e.getMessage().contains("missing.tsv") && e.getMessage().contains("[BETWEEN]"), e.getMessage());
  }

  @Test
  void words_classListedTwice_fails() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new Words(DIR + "twice.tsv", EnumSet.noneOf(WordClass.class)));
    assertTrue(e.getMessage().contains("twice.tsv:2"), e.getMessage());
  }

  @Test
  void russian_listsEveryNeutralClass() {
    Words words = new Russian().words;
    for (WordClass kind : WordClass.values()) {
      if (kind.neutral()) {
        assertTrue(words.kinds().contains(kind), kind::name);
      }
    }
  }

  @Test
  void forCode_unknownLanguage_namesTheAvailableOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.forCode("xx"));
    assertTrue(e.getMessage().contains("'xx'") && e.getMessage().contains("ru"), e.getMessage());
    assertEquals("ru", Language.forCode("ru").code());
  }

  @Test
  void forLanguage_russian_parsesAsRussianDoes() {
    String text = Seeds.text(Seeds.COMMUNIQUE);
    assertEquals(EntenteJson.toJson(Parser.russian().parse(text)),
        EntenteJson.toJson(Parser.forLanguage(new Russian()).parse(text)));
  }

  @Test
  void english_listsEveryNeutralClass_soTheDetectingParserLoads() {
    Words words = new English().words;
    for (WordClass kind : WordClass.values()) {
      if (kind.neutral()) {
        assertTrue(words.kinds().contains(kind), kind::name);
      }
    }
    assertEquals("en", Parser.detecting().parse("The United States and India reaffirmed their partnership.").language());
  }

  @Test
  void detecting_shortRussianStatementWhoseCommonWordIsOnlyV_isRussian() {
    Document doc = Parser.detecting().parse("Совместное заявление\n\nЛидеры двух стран, находясь в Российской "
        + "Федерации, приняли настоящее Заявление в Москве.");
    assertEquals("ru", doc.language());
    assertTrue(doc.diagnostics().stream().noneMatch(d -> d.code() == dev.entente.model.DiagnosticCode.UNKNOWN_LANGUAGE),
        doc.diagnostics().toString());
  }

  @Test
  void detecting_russianStatementOnAPageWhoseMenusAreInLatinScript_isRussian() {
    String menu = "Bosh sahifa | Yangiliklar | Siyosat | Iqtisodiyot | Jamiyat | Madaniyat | Sport | Dunyo | "
        + "Mahalliy xabarlar | Foto | Video | Infografika | Biz haqimizda | Aloqa | Reklama | Obuna\n"
        + "Toshkent shahri, Yunusobod tumani, Amir Temur shoh ko'chasi; barcha huquqlar himoyalangan\n";
    Document doc = Parser.detecting().parse(menu + menu
        + "Совместное заявление\n\nПрезиденты двух стран обсудили вопросы сотрудничества в Ташкенте. Стороны "
        + "подчеркнули важность развития торговых и инвестиционных связей и договорились продолжить диалог.\n");
    assertEquals("ru", doc.language());
    assertTrue(doc.diagnostics().stream().noneMatch(d -> d.code() == dev.entente.model.DiagnosticCode.UNKNOWN_LANGUAGE),
        doc.diagnostics().toString());
  }
}
