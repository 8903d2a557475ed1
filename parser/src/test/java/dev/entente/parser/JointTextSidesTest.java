package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A joint statement or communiqué has two sides or more: where the title gives one state alone, the
 * head of the other side named in the opening is the other. Every text is written for these tests,
 * in the house style of scanned press releases of a head of government's office.
 */
final class JointTextSidesTest {
  private static final String RELEASE = "JOINT STATEMENT WITH THE RT HON ANDREW CARROW, PRIME MINISTER OF NEW ZEALAND\n\n"
      + "Prime Minister: Fielding, Thomas\n"
      + "Release Date: 03/05/1994\n"
      + "Release Type: Media Release\n"
      + "Transcript ID: 4411\n\n"
      + "a\n"
      + "FOR MEDIA 3 MAY 1994\n"
      + "JOINT STATEMENT WITH THE RT HON ANDREW CARROW, PRIME MINISTER\n"
      + "OF NEW ZEALAND\n";

  @Test
  void aScannedJointStatementWithOneHeadInItsTitle_givesTheOtherHeadsStateToo() {
    // GIVEN a release whose title names the guest alone, and whose opening (broken by the scan) names both heads
    Document doc = Parser.english().parse("en-test", RELEASE
        + "The Prime Minister of Australia, the Hon Thomas Fielding, and the.\n"
        + "Prime Minister of New Zealand, the Rt Hon Andrew Carrow, today\n"
        + "jointly announced their Governments' agreement to an agenda\n"
        + "for the review of the trade agreement.\n"
        + "The two Governments will ask officials to report on the removal\n"
        + "of remaining barriers to trade in services.\n");
    // THEN both states are its sides
    assertEquals(List.of("AU", "NZ"), sorted(doc.signatories()));
  }

  @Test
  void aJointStatementWhoseOpeningNamesHeadsOfTwoOtherStates_keepsTheOneSide() {
    // GIVEN heads of two other states in the opening: which of them adopts is not told
    Document doc = Parser.english().parse("en-test", RELEASE
        + "The Prime Minister of Canada, the Hon Peter Lowell, and the.\n"
        + "President of Chile, Mr Marco Ibarra, today welcomed\n"
        + "the review of the trade agreement.\n");
    // THEN no other side is added
    assertEquals(List.of("NZ"), sorted(doc.signatories()));
  }

  @Test
  void aHeadTheMeetingWasAttendedBy_isNoSide() {
    // GIVEN an opening that says the meeting «was attended by» the one other head
    Document doc = Parser.english().parse("en-test", RELEASE
        + "The Prime Minister of New Zealand, the Rt Hon Andrew Carrow, met business leaders in Wellington.\n"
        + "The meeting was attended by the President of Chile, Mr Marco Ibarra, and by officials of both countries.\n"
        + "The leaders welcomed the review of the trade agreement.\n");
    // THEN the attending head's state is not added as a side
    assertEquals(List.of("NZ"), sorted(doc.signatories()));
  }

  @Test
  void aHeadNamedOnlyAfterTheOpening_isNoSide() {
    // GIVEN the one other head named in the ninth sentence, well past the opening
    StringBuilder text = new StringBuilder(RELEASE);
    for (int i = 1; i <= 8; i++) {
      text.append("The officials reviewed item ").append(i).append(" of the trade agenda.\n");
    }
    text.append("The President of Chile, Mr Marco Ibarra, sent his greetings.\n");
    Document doc = Parser.english().parse("en-test", text.toString());
    // THEN the title's one state stays the only side
    assertEquals(List.of("NZ"), sorted(doc.signatories()));
  }

  @Test
  void leadersNamedInAMeetingsName_areNotTheSubject() {
    // GIVEN a guest's visit «for the Annual Summit of the Prime Ministers at the invitation of» the host, then both heads
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "1. The Prime Minister of India, H.E. Mr. Arvind Kulkarni, is on an Official Working Visit to Japan on 3-5 May"
        + " for the Annual Summit of the Prime Ministers at the invitation of the Prime Minister of Japan, H.E. Mr. Kenji"
        + " Morimoto. The two Prime Ministers held talks on bilateral and regional issues in Tokyo.\n\n"
        + "2. The two Prime Ministers welcomed the growth of trade between the two countries.\n");
    // THEN the host named after the meeting's leaders is not the only side: both heads' states are
    assertEquals(List.of("IN", "JP"), sorted(doc.signatories()));
  }

  @Test
  void aSummitOfTheHeadsOfAnOrganisation_givesTheOrganisation() {
    // GIVEN a communiqué whose first point tells that the summit of an organisation's heads was held
    Document doc = Parser.english().parse("en-test", "1. The Ordinary Summit of the Heads of State and Government of the"
        + " Economic Community of West African States (ECOWAS) was held in Abuja, Federal Republic of Nigeria, on 9 July"
        + " 2019.\n\n"
        + "2. Summit was chaired by the President of the Republic of Niger.\n");
    // THEN the organisation adopts it
    assertEquals(List.of("ECOWAS"), sorted(doc.signatories()));
  }

  @Test
  void aTitlesAuthorsEndBeforeItsOccasion() {
    // GIVEN a title whose authors (two organisations' secretaries) are followed by the occasion «в связи с …» naming a third
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление Генерального секретаря ОДКБ и Генерального"
        + " секретаря СНГ в связи с 75-летием образования Организации Объединенных Наций\n\n"
        + "В год юбилея Организации мы отмечаем ее центральную роль в поддержании международного мира и безопасности.\n\n"
        + "Мы выступаем за укрепление сотрудничества между нашими организациями.\n");
    // THEN the two authors' organisations are the sides, the occasion's is not
    assertEquals(List.of("CIS", "CSTO"), sorted(doc.signatories()));
  }
}
