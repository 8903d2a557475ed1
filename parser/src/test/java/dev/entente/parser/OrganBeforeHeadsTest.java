package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organisation's organ that holds its session in the opening sentence adopts the text for the
 * organisation, though heads of its member states are named as present after it. Every text is
 * written for these tests.
 */
final class OrganBeforeHeadsTest {
  @Test
  void anOrgansSession_withHeadsPresent_isTheOrganisationsText() {
    // GIVEN a final communiqué whose organ held its session at a king's invitation, heads of three states present
    Document doc = Parser.english().parse("en-test", "Final Communiqué of the 40th Session of the Supreme Council\n\n"
        + "At the invitation of King Salman bin Abdulaziz Al Saud, the GCC Supreme Council held in Riyadh its 40th"
        + " Session on 10 December 2019, with the presence of King Hamad bin Isa Al Khalifa of the Kingdom of"
        + " Bahrain; Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah, Emir of the State of Kuwait; and Sheikh Tamim bin"
        + " Hamad Al Thani, Emir of the State of Qatar.\n\n"
        + "The Supreme Council reviewed the progress of joint Gulf action.\n");
    // THEN the organisation adopts it, not the states of the heads present
    assertEquals(List.of("GCC"), sorted(doc.signatories()));
  }
}
