package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The state of whoever chairs a meeting («под председательством Министра иностранных дел A», "under
 * the chairmanship of Mr X, Minister of Foreign Affairs of A") is named in the subject's clause of
 * chairmanship, not as one of those who adopt the text. Every text is written for these tests.
 */
final class ChairIsNoSideTest {
  @Test
  void anEnglishCommittee_underTheChairmanshipOfAStatesMinister_isTheOrganisationsAlone() {
    // GIVEN an organ of an organisation whose subject runs on, with no comma, into its chair and the chair's state
    Document doc = Parser.english().parse("en-test", "Communique\n\n"
        + "The Committee of Ministers of the Council of Europe meeting for its 120th Session under the chairmanship of"
        + " Mr Ivan Petrov, Minister of Foreign Affairs of Bulgaria, reviewed the work of the Organisation.\n\n"
        + "The Ministers stressed the role of the European Court of Human Rights.\n");
    // THEN the organisation adopts it, and the chair's state is no side
    assertEquals(List.of("COE"), sorted(doc.signatories()));
  }

  @Test
  void aRussianCouncil_underTheChairmanshipOfAStatesMinister_isTheOrganisationsAlone() {
    Document doc = Parser.russian().parse("Коммюнике\n\n"
        + "Совет министров иностранных дел государств — членов Шанхайской организации сотрудничества под"
        + " председательством Министра иностранных дел Республики Казахстан провел очередное заседание в Астане, на"
        + " котором министры обсудили вопросы регионального сотрудничества и безопасности, а также приняли решения по"
        + " вопросам развития организации и ее дальнейшего укрепления.\n\n"
        + "Министры обсудили вопросы регионального сотрудничества и отметили, что организация является важным"
        + " фактором стабильности в регионе.\n");
    assertEquals(List.of("SCO"), sorted(doc.signatories()));
  }

  @Test
  void statesNamedBeforeTheChair_remainTheSides() {
    // GIVEN a subject of three states, one of which chairs the session
    Document doc = Parser.english().parse("en-test", "Joint Communique\n\n"
        + "The Heads of State of Kazakhstan, Kyrgyzstan and Tajikistan, meeting in Astana in a session chaired by the"
        + " President of Kazakhstan, adopted this communique.\n\n"
        + "The leaders reviewed regional cooperation.\n");
    assertEquals(List.of("KG", "KZ", "TJ"), sorted(doc.signatories()));
  }
}
