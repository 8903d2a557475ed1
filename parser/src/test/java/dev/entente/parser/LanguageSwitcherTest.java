package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A site's language switcher over the text («[English]  [Français]  [Japanese]  [Chinese] …») is the
 * site's menu: the languages it names are no states of the document. Written for these tests.
 */
final class LanguageSwitcherTest {
  @Test
  void englishPage_languageSwitcherLine_namesNoStates() {
    // GIVEN a research centre's page whose header offers the page in several languages
    Document doc = Parser.english().parse("en-test", "Research Group Information Centre\n\n"
        + "[English]  [Français]  [Deutsch]  [Japanese]  [Chinese]  [Korean]  [Indonesian]\n\n"
        + "Chair's Summary: Third Trade Ministers' Meeting\n\n"
        + "Brazil thanked the ministers who took part in the meeting and welcomed the support of Canada.\n");
    // THEN only the states of the text are found
    assertEquals(List.of("BR", "CA"), Ids.states(doc));
  }
}
