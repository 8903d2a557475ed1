package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ParserTest {
  @Test
  void detecting_loadsALanguageWhenATextInItComes() {
    // GIVEN
    Parser parser = Parser.detecting();
    assertEquals(List.of("ru", "en"), parser.languages().stream().map(Language::code).toList());
    assertFalse(parser.loaded(0) || parser.loaded(1), "nothing loaded before a text comes");
    // WHEN a Russian text
    String russian = parser.parse("Совместное заявление Республики Казахстан и Китайской Народной Республики. "
        + "Стороны поддерживают сотрудничество в области энергетики.").language();
    // THEN only Russian is loaded
    assertEquals("ru", russian);
    assertTrue(parser.loaded(0));
    assertFalse(parser.loaded(1), "English not loaded for a Russian text");
    // WHEN an English text
    String english = parser.parse("Joint Statement of the Republic of Kazakhstan and the People's Republic of China. "
        + "The Parties support cooperation in the field of energy.").language();
    // THEN English is loaded too
    assertEquals("en", english);
    assertTrue(parser.loaded(1));
  }

  @Test
  void oneLanguage_loadedWhenBuilt() {
    assertTrue(Parser.english().loaded(0));
  }

  @Test
  void prepare_loadsEveryLanguageBeforeAText() {
    Parser parser = Parser.detecting();
    assertSame(parser, parser.prepare());
    assertTrue(parser.loaded(0) && parser.loaded(1), "both languages loaded by prepare()");
  }

  @Test
  void prepareOneLanguage_loadsThatOneOnly() {
    Parser parser = Parser.detecting();
    assertSame(parser, parser.prepare(parser.languages().get(0)));
    assertTrue(parser.loaded(0), "the language asked for is loaded");
    assertFalse(parser.loaded(1), "the other is left for its first text");
  }

  @Test
  void prepareOneLanguage_refusesALanguageTheParserDoesNotRead() {
    Parser parser = Parser.russian();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.prepare(new English()));
    assertTrue(e.getMessage().contains("does not read English"), e.getMessage());
  }
}
