package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A communiqué whose opening sentence has an organisation's organ hold its own meeting («The OSCE
 * Economic Committee … held its fourth session»): the text is the organisation's. Every text is
 * written for these tests.
 */
final class OrgansOwnMeetingTest {
  @Test
  void anOrganHoldingItsSession_givesItsOrganisation() {
    // GIVEN a line of topics that names the OSCE in passing, then a sentence whose subject is an organ of the OSCE holding its session
    Document doc = Parser.english().parse("en-test", "Final Communiqué\n\n"
        + "Energy security in the region - Transport corridors - The economic agenda of the OSCE.\n\n"
        + "The OSCE Economic Committee (OEC), meeting in ministerial format, held its fourth session today in Vienna.\n\n"
        + "The Ministers reviewed the progress of the work programme and agreed to meet again next year.\n");
    // THEN the OSCE adopts it
    assertEquals(List.of("OSCE"), sorted(doc.signatories()));
  }

  @Test
  void anOrganThatDoesNotMeet_givesNoSides() {
    // GIVEN the same lines, but the organ's sentence names no meeting
    Document doc = Parser.english().parse("en-test", "Final Communiqué\n\n"
        + "Energy security in the region - Transport corridors - The economic agenda of the OSCE.\n\n"
        + "The OSCE Economic Committee (OEC) reviewed the progress of the work programme today in Vienna.\n\n"
        + "The Ministers agreed to continue the work next year.\n");
    // THEN nothing names the sides
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
