package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * A heading in capitals broken over lines after a comma («СОВМЕСТНОЕ ЗАЯВЛЕНИЕ …, ⏎ ПРИНЯТОЕ …») is the
 * title, not a clause of prose; on a text written for this test.
 */
final class CapitalsTitleRunOnTest {
  @Test
  void aCapitalsHeadingEndingInAComma_givesTheKind() {
    Document doc = Parser.russian().parse("capitals-title", "Брюссель,\n7 декабря 2001\nгода\n"
        + "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ МИНИСТРОВ ОБОРОНЫ,\n"
        + "ПРИНЯТОЕ НА ЗАСЕДАНИИ СОВЕТА\n\n"
        + "Мы, министры обороны, подтверждаем приверженность сотрудничеству.\n\n"
        + "Мы будем проводить консультации дважды в год.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }
}
