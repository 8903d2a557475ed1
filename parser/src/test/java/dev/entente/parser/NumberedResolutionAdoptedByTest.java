package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A resolution's heading gives its number, then after a comma a participle that names the organ which
 * adopted it («РЕЗОЛЮЦИЯ 12/34, ⏎ принятая Генеральной Ассамблеей …»): the organ's organisation is its
 * side, as where the participle follows the noun itself. Every text is written for these tests.
 */
final class NumberedResolutionAdoptedByTest {
  @Test
  void aNumberedResolutionAdoptedByTheGeneralAssembly_isTheOrganisations() {
    // GIVEN a numbered resolution whose next line names the organ that adopted it
    Document doc = Parser.russian().parse("A/RES/58/77\n\nРЕЗОЛЮЦИЯ 58/77,\n"
        + "принятая Генеральной Ассамблеей Организации Объединенных Наций\n"
        + "\"Декларация о сотрудничестве в области водных ресурсов\"\n\n3 декабря 2003 года\n\n"
        + "Генеральная Ассамблея,\n\nподтверждая цели и принципы Устава,\n\n"
        + "провозглашает настоящую Декларацию.\n");
    // THEN the organisation adopts it
    assertEquals(List.of("UN"), sorted(doc.signatories()));
  }

  @Test
  void aNumberedResolutionWithoutAnAdopter_namesNoSide() {
    // GIVEN a numbered resolution whose participle names only a date
    Document doc = Parser.russian().parse("РЕЗОЛЮЦИЯ 58/77,\nпринятая 3 декабря 2003 года\n\n"
        + "подтверждая цели и принципы сотрудничества,\n\nпровозглашает настоящую Декларацию.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
