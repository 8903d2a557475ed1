package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A news item quotes a statement and names its source after a dash: a name in the quotation ends at its quote. */
final class RetoldQuotationNameTest {
  private static final Parser PARSER = Parser.russian();

  private static List<String> mechanisms(String text) {
    Document doc = PARSER.parse("ru-retold-quotation", "Совместное заявление\n\n1. " + text + "\n");
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  /** A straight quote, a comma and a hyphen before the source. */
  @Test
  void aNameEndsAtTheQuoteBeforeTheSource() {
    // GIVEN
    List<String> names = mechanisms("\"Стороны подтвердили значение механизмов Восточноазиатского саммита\", - говорится в документе.");
    // THEN
    assertEquals(List.of("Восточноазиатский саммит"), names);
  }

  /** Guillemets and an em dash before the speaker. */
  @Test
  void aNameEndsAtTheGuillemetBeforeTheSpeaker() {
    // GIVEN
    List<String> names = mechanisms("«Мы поддерживаем работу Межправительственной комиссии по торговле» — заявил министр после встречи.");
    // THEN
    assertEquals(List.of("Межправительственная комиссия по торговле"), names);
  }
}
