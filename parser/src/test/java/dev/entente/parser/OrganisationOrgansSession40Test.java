package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/** An organisation's standing organs named in the document's own words: by an abbreviation, or as a document's subject. */
final class OrganisationOrgansSession40Test {

  /** «СМИД ОБСЕ» is the council of foreign ministers of the organisation: a mechanism. */
  @Test
  void aCouncilOfMinistersNamedByItsAbbreviationIsAMechanism() {
    // GIVEN
    Document doc = parse("Министры провели беседу на полях заседания СМИД ОБСЕ в Вене.");
    // THEN
    assertTrue(doc.mechanisms().stream().anyMatch(m -> m.name().equals("СМИД ОБСЕ")), dump(doc));
  }

  /** «СМИД ОДКБ» and «Совет министров иностранных дел ОДКБ» in one text are one body, named written out. */
  @Test
  void anAbbreviatedCouncilAndItsWrittenOutNameAreOneBody() {
    // GIVEN
    Document doc = parse("Стороны приветствуют решения, принятые СМИД ОДКБ.",
        "Стороны поддерживают работу Совета министров иностранных дел ОДКБ.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertEquals("Совет министров иностранных дел ОДКБ", doc.mechanisms().get(0).name(), dump(doc));
  }

  /** A memorandum «о взаимопонимании о» a parliamentary forum is about the standing forum, no one meeting of it. */
  @Test
  void aParliamentaryForumADocumentIsAboutIsAStandingBody() {
    // GIVEN
    Document doc = OwnSentences.PARSER.parse("Меморандум о взаимопонимании о Парламентском форуме ШОС\n\n"
        + "Мы, представители парламентов государств, договорились о нижеследующем.\n");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertEquals("Парламентский форум ШОС", doc.mechanisms().get(0).name(), dump(doc));
    assertEquals(0, doc.events().size(), dump(doc));
  }
}
