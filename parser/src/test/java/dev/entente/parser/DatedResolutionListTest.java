package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list of resolutions each dated after «of» («resolutions 76/217 of 17 December 2021, 77/246 of 30
 * December 2022 and 79/279 of …», the General Assembly's house style) names every resolution of the list,
 * not only the first. Sentences written for the test.
 */
final class DatedResolutionListTest {

  private static List<String> names(Parser parser, String text) {
    Document doc = parser.parse("dated-list", text);
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  @Test
  void anEnglishListOfDatedResolutions_namesEach() {
    List<String> found = names(Parser.english(), "Political Declaration\n\nNew York, 20 October 2025\n\n"
        + "The General Assembly,\n\nRecalling its resolutions 74/215 of 19 December 2019, 76/303 of 8 September 2022 "
        + "and 78/150 of 19 December 2023 on the subject,\n");
    assertTrue(found.stream().anyMatch(n -> n.endsWith("74/215")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.endsWith("76/303")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.endsWith("78/150")), found::toString);
  }

  @Test
  void aListWithoutDates_stillNamesEach() {
    List<String> found = names(Parser.english(), "Political Declaration\n\nNew York, 20 October 2025\n\n"
        + "The General Assembly,\n\nRecalling its resolutions 74/215, 76/303 and 78/150 on the subject,\n");
    assertTrue(found.stream().anyMatch(n -> n.endsWith("78/150")), found::toString);
  }
}
