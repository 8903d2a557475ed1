package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A chair's statement or a meeting's text that names no sides of its own: the parties its opening
 * lists as those who attended the meeting («was attended by the Foreign Ministers of A, B and C»,
 * «В переговорах приняли участие делегации A, B и C») are its sides. Texts written for these tests.
 */
final class AttendeesAsSidesTest {

  @Test
  void anEnglishChairsStatement_attendedByMinistersOfAList_givesTheListedStates() {
    // GIVEN a meeting chaired by one minister and attended by the ministers of four states
    Document doc = Parser.english().parse("en-test", "Chair's Statement of the Tenth Ministerial Meeting\n\n"
        + "1. The Tenth Ministerial Meeting was held in Bangkok on 3 May 2017. The Meeting was chaired by the"
        + " Minister of Foreign Affairs of Thailand and was attended by the Foreign Ministers of Cambodia, Laos,"
        + " Myanmar and Viet Nam.\n\n"
        + "2. The Ministers reviewed progress in cooperation on water resources and agreed to meet again next year.\n");
    // THEN the four listed states are the sides, the chair's state none of them
    assertEquals(List.of("KH", "LA", "MM", "VN"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishStatement_attendedByHeadsOfStateSlashGovernment_givesTheListedParties() {
    Document doc = Parser.english().parse("en-test", "Chairman's Statement of the Second Regional Summit\n\n"
        + "1. The Second Regional Summit was held on 2 June 2009 in Singapore and was attended by Heads of"
        + " State/Government of ASEAN, Australia, India and New Zealand. Russia was invited as a guest.\n\n"
        + "2. We had a useful exchange of views on the regional economy.\n");
    assertEquals(List.of("ASEAN", "AU", "IN", "NZ"), sorted(doc.signatories()));
  }

  @Test
  void aRussianText_delegationsTookPartInTheTalks_givesTheirStates() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление\n\n"
        + "В переговорах, которые прошли в Москве 5 июня 2021 года, приняли участие делегации Азербайджана,"
        + " Армении и России.\n\n"
        + "Стороны договорились продолжить консультации по вопросам транспорта и торговли.\n");
    assertEquals(List.of("AM", "AZ", "RU"), sorted(doc.signatories()));
  }
}
