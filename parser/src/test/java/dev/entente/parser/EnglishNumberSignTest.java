package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/** «Resolution No. ES-11/1»: the stop of a number sign ends no name; the number is the name's. On texts written for these tests. */
final class EnglishNumberSignTest {
  private static final Parser PARSER = Parser.english();

  private static List<String> initiatives(String sentence) {
    return PARSER.parse("en-number-sign", "Joint Statement\n\n" + sentence + "\n").initiatives().stream()
        .map(Initiative::name).toList();
  }

  @Test
  void aResolutionNumberAfterNo_isPartOfItsName() {
    List<String> coded = initiatives("The Ministers recalled Resolution No. ES-12/4 of the General Assembly.");
    assertTrue(coded.stream().anyMatch(n -> n.startsWith("Resolution No. ES-12/4")), coded.toString());
    List<String> plain = initiatives("The Ministers recalled Resolution No. 3381 on water security.");
    assertTrue(plain.stream().anyMatch(n -> n.startsWith("Resolution No. 3381")), plain.toString());
  }
}
