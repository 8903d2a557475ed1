package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title that names its meeting by a format, parties joined by dashes right before or after the
 * meeting's head word ("EU-Japan Summit", «совета Россия — НАТО»), names the sides that meet in it.
 * Every text is written for these tests.
 */
final class FormatInTheTitleTest {
  @Test
  void englishTitle_aFormatSummitBeforeTheKind_givesBothSides() {
    // GIVEN a title "<n>th A-B Summit — Joint Press Communiqué" over a body whose leaders are named in running words
    Document doc = Parser.english().parse("en-test", "21st Canada-Mexico Summit - Joint Press Communique\n\n"
        + "1. The leaders met in Ottawa on 3 May 2016 and reviewed the progress of the partnership.\n"
        + "2. They agreed to expand cooperation on trade and clean energy.\n");
    // THEN the format's two parties are the sides
    assertEquals(List.of("CA", "MX"), sorted(doc.signatories()));
  }

  @Test
  void englishTitle_anOrganisationFoundAlone_getsItsFormatPartner() {
    // GIVEN a chair's statement of an organisation's summit with one state, the body naming the organisation's leaders
    Document doc = Parser.english().parse("en-test", "Chairman's Statement of the Seventh ASEAN-India Summit\n\n"
        + "1. We, the Heads of State/Government of the Member States of the Association of Southeast Asian Nations,"
        + " met in Hanoi on 30 October 2010 with the Prime Minister of India.\n"
        + "2. We welcomed the growth of trade in goods.\n");
    // THEN the state the format joins to the organisation is a side too
    assertEquals(List.of("ASEAN", "IN"), sorted(doc.signatories()));
  }

  @Test
  void russianTitle_aFormatAfterTheMeeting_givesBothSides() {
    // GIVEN a heading «… по итогам саммита Россия — АСЕАН» and a body that names no side
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление по итогам саммита Россия — АСЕАН\n\n"
        + "1. Лидеры отметили рост товарооборота и договорились расширять сотрудничество в энергетике.\n"
        + "2. Следующая встреча пройдет в 2027 году.\n");
    // THEN the format's parties are the sides
    assertEquals(List.of("ASEAN", "RU"), sorted(doc.signatories()));
  }

  @Test
  void englishTitle_aFormatAsTheTopic_addsNoSide() {
    // GIVEN one state's ministry's statement on a body named by a format, the format right after "on the"
    Document doc = Parser.english().parse("en-test", "Statement of the Ministry of Foreign Affairs of Ethiopia on the"
        + " Ethiopia-Eritrea Boundary Commission\n\n"
        + "1. The Ministry takes note of the decision of the Commission.\n"
        + "2. It calls for dialogue.\n");
    // THEN the format's other party stays out of the sides
    assertEquals(List.of("ET"), sorted(doc.signatories()));
  }

  @Test
  void englishTitle_sidesOutsideTheFormat_areLeftAsFound() {
    // GIVEN two mediators that adopt a statement on a format's talks
    Document doc = Parser.english().parse("en-test", "Joint Statement on the Armenia-Azerbaijan Peace Talks\n\n"
        + "The Governments of France and the United States of America welcome the resumption of the talks.\n");
    // THEN the sides stay the mediators: the format's parties are what the text is about
    assertEquals(List.of("FR", "US"), sorted(doc.signatories()));
  }
}
