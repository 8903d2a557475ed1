package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.mechanism;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * An organisation's council named only in the title of one who heads it («председатель Совета ЛАГ на министерском
 * уровне») is part of that person's office, no mechanism the text names; a joint council of a state and an
 * organisation after a head's title («Председатель Совета Россия – НАТО») is no state's own organ. Every sentence is
 * written for these tests.
 */
final class CouncilInAnOfficesTitleTest {

  @Test
  void anOrganisationsCouncilOnlyInAChairsTitle_isNoMechanism() {
    // GIVEN a guest introduced by his office, the chair of the organisation's council at a level
    Document doc = parse("Во встрече принял участие министр иностранных дел Иордании (действующий председатель Совета ЛАГ"
        + " на уровне министров иностранных дел).");
    // WHEN it is parsed
    // THEN the council is no mechanism of the text
    assertTrue(mechanism(doc, "Совет ЛАГ").isEmpty(), dump(doc));
  }

  @Test
  void anOrganisationsCouncilTheTextAlsoNamesOnItsOwn_isAMechanism() {
    // GIVEN the same office, and a sentence that names the council on its own
    Document doc = parse("Во встрече принял участие действующий председатель Совета ЛАГ на уровне министров иностранных дел.",
        "Стороны договорились доложить об итогах Совету ЛАГ на уровне министров иностранных дел.");
    // WHEN it is parsed
    // THEN the council is a mechanism
    assertTrue(mechanism(doc, "Совет ЛАГ").isPresent(), dump(doc));
  }

  @Test
  void aJointCouncilOfAStateAndAnOrganisationAfterAChairsTitle_isAMechanism() {
    // GIVEN a council named by a state and an organisation, first in its chair's title
    Document doc = parse("Председатель Совета Россия – АСЕАН открыл встречу экспертов.",
        "Эксперты обсудили вопросы продовольственной безопасности.");
    // WHEN it is parsed
    // THEN the council is a mechanism, no state's own organ
    assertTrue(mechanism(doc, "Совет Россия").isPresent(), dump(doc));
  }

  @Test
  void aStatesOwnCouncilAfterAHeadsTitle_isNoMechanism() {
    // GIVEN a head of government named by his state's council
    Document doc = parse("Премьер Государственного совета Китайской Народной Республики посетил Астану.");
    // WHEN it is parsed
    // THEN the state's council is no mechanism
    assertTrue(mechanism(doc, "Государственный совет").isEmpty(), dump(doc));
  }
}
