package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A mechanism named wholly inside quotes ends at the closing quote: what follows is another item. */
final class QuotedMechanismNameTest {
  private static final Parser PARSER = Parser.russian();

  private static List<String> mechanisms(String clause) {
    Document doc = PARSER.parse("ru-quoted-mechanism", "Совместное заявление\n\n1. " + clause + "\n");
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  /** A quoted format followed by a comma and the next body in a list. */
  @Test
  void aQuotedFormatEndsAtItsQuoteBeforeTheNextItem() {
    // GIVEN
    List<String> names = mechanisms("Стороны приветствуют работу \"нормандского формата\", Минской группы ОБСЕ и \"Женевских дискуссий\".");
    // THEN
    assertTrue(names.contains("нормандский формат"), names.toString());
    assertTrue(names.stream().noneMatch(n -> n.contains("ОБСЕ") && n.contains("формат")), names.toString());
  }

  /** Guillemets, with a verb's complement after the quote. */
  @Test
  void aFormatInGuillemetsEndsBeforeTheComplement() {
    // GIVEN
    List<String> names = mechanisms("Стороны отметили вклад «астанинского формата» в политическое урегулирование.");
    // THEN
    assertEquals(List.of("астанинский формат"), names);
  }

  /** A quoted group of friends followed by «а также» and another format. */
  @Test
  void aQuotedGroupEndsBeforeTheNextFormat() {
    // GIVEN
    List<String> names = mechanisms("Стороны поддерживают \"Группу друзей\", а также формат \"3+3\".");
    // THEN
    assertTrue(names.stream().noneMatch(n -> n.contains("а также")), names.toString());
    assertTrue(names.contains("формат \"3+3\""), names.toString());
  }
}
