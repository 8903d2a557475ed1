package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who adopts an English text whose subject stands on a line of its own before the preamble, on
 * sentences written for these tests (none is taken from a real document): a subject line ending in
 * a colon names the sides as one ending in a comma does; a line of those who attend names none; a
 * verb's participle that qualifies the members («the 57 participating States of …») does not end
 * the subject before its organisation; heads named in the body a guest attends («attended the
 * meeting of the Council of Heads of State of …») speak for no one; every state whose office
 * holder is named before the verb of meeting in a hard-wrapped list of heads is a side, even one
 * whose holder the heads' rule misses; a subject may open after the comma that closes a long
 * introductory phrase.
 */
final class EnglishSubjectLinesTest {
  private static final Parser PARSER = Parser.english();

  @Test
  void aSubjectLineEndingInAColon_namesTheSides() {
    Document doc = PARSER.parse("en-test", "The Nairobi Declaration\n\n"
        + "The Prime Ministers of the Republic of Ghana and the Republic of Kenya:\n\n"
        + "Sharing a vision of prosperity for their peoples;\n\n"
        + "Recognising the importance of trade between the two countries;\n\n"
        + "Have agreed that their respective Governments:\n\n"
        + "shall intensify their dialogue on trade.\n");
    assertEquals(List.of("GH", "KE"), doc.signatories());
  }

  @Test
  void aLineOfThoseWhoAttend_endingInAColon_namesNoSides() {
    Document doc = PARSER.parse("en-test", "Final Communique of the Summit\n\n"
        + "The Summit was attended by the Prime Ministers of the Republic of Ghana and the Republic of Kenya:\n\n"
        + "The Summit reviewed the situation in the region.\n");
    assertEquals(List.of(), doc.signatories().stream().filter(s -> s.equals("GH") || s.equals("KE")).toList());
  }

  @Test
  void aParticipleQualifyingTheMembers_doesNotEndTheSubject() {
    Document doc = PARSER.parse("en-test", "Vienna Commemorative Declaration\n\n"
        + "1. We, the Heads of State or Government of the 57 participating States of the OSCE, have come together "
        + "in Vienna to renew our commitment to common security.\n\n"
        + "2. We reaffirm our adherence to the principles of the Helsinki Final Act.\n");
    assertEquals(List.of("OSCE"), doc.signatories());
  }

  @Test
  void headsNamingTheBodyAGuestAttends_doNotMakeItsOrganisationASide() {
    Document doc = PARSER.parse("en-test", "Joint Statement of the Republic of Kazakhstan and the Republic of Korea\n\n"
        + "At the invitation of the President of the Republic of Kazakhstan Arman Seitov, President Min-ho Park of the"
        + " Republic of Korea paid a state visit to Kazakhstan and attended the 5th meeting of the Council of Heads"
        + " of State of the Shanghai Cooperation Organisation.\n\n"
        + "The two heads of state held talks in a friendly atmosphere.\n");
    assertEquals(List.of(), doc.signatories().stream().filter(s -> s.equals("SCO")).toList(), doc.signatories()::toString);
  }

  @Test
  void everyStateOfAListOfHeadsBeforeTheVerbOfMeeting_isASide() {
    Document doc = PARSER.parse("en-test", "Declaration of the Fifteenth Summit\n\n12/05/2024\n"
        + "The President of the Islamic Republic of Mauritania, His Excellency Mr.\nAhmed Ould Salem; the Chief"
        + " Adviser of the Government of the People's Republic\nof Bangladesh, His Excellency Dr. Karim Rahman; the"
        + " Prime Minister of\nthe Kingdom of Bhutan, His Excellency Lyonpo Dorji Wangdi; the Prime\nMinister of"
        + " Nepal, Rt. Hon'ble Mr. Ram Prasad Thapa; and the President\nof the Republic of Maldives, His Excellency"
        + " Mr. Ahmed Naseem, met at the\nFifteenth Summit held in Thimphu on May 11-12, 2024.\n"
        + "2. The Heads of State or Government reviewed their cooperation.\n");
    assertEquals(Set.of("MR", "BD", "BT", "NP", "MV"), Set.copyOf(doc.signatories()));
  }

  @Test
  void aSubjectAfterALongIntroductoryPhrase_namesTheSides() {
    Document doc = PARSER.parse("en-test", "Joint Statement\n\nToday, on the margins of the Partnership for Global"
        + " Infrastructure and Investment (PGII) event at the G20 in India, the United States of America and the"
        + " European Union welcomed the recent commitment by Angola and Zambia to develop the corridor.\n\n"
        + "The partners will continue to work together.\n");
    assertEquals(Set.of("US", "EU"), Set.copyOf(doc.signatories()));
  }
}
