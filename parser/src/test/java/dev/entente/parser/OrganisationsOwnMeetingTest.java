package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text whose opening tells that leaders held a session of an organisation's organ («held the 30th
 * ordinary session of the Assembly of the African Union»), or that opens as a resolution of an organ
 * of an organisation («The Council of the League … at its 20th Session, ⏎ Recalling …»), and names no
 * sides otherwise is the organisation's. Texts written for these tests.
 */
final class OrganisationsOwnMeetingTest {

  @Test
  void anEnglishOpening_leadersHeldTheSessionOfAnOrganOfAnOrganisation_givesTheOrganisation() {
    // GIVEN a heading line naming a state as the place, then leaders who held a session of the Union's Assembly
    Document doc = Parser.english().parse("en-test", "Declaration of the Assembly\n\nAddis Ababa – Ethiopia\n\n"
        + "Upon the kind invitation of the host, the African leaders held the 30th ordinary session of the Assembly"
        + " of the African Union in Addis Ababa on 28 January 2018.\n\n"
        + "We reaffirm our commitment to silencing the guns on the continent by the year 2020.\n");
    // THEN the Union adopts the text
    assertEquals(List.of("AFRICAN_UNION"), sorted(doc.signatories()));
  }

  @Test
  void aRussianOpening_leadersHeldTheSessionOfTheCouncilOfTheLeague_givesTheLeague() {
    Document doc = Parser.russian().parse("ru-test", "Декларация\n\n"
        + "По любезному приглашению хозяев лидеры арабских стран провели 32-ю сессию Совета Лиги арабских государств"
        + " на высшем уровне в Джидде 19 мая 2023 года.\n\n"
        + "Мы подтверждаем важность совместных арабских действий и солидарности.\n");
    assertEquals(List.of("LAS"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishOpening_statesMeetingOnTheSidelinesOfASession_keepTheirStates() {
    // GIVEN two ministers who met on the sidelines of the UN General Assembly's session
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "On the sidelines of the 78th session of the United Nations General Assembly in New York, the Foreign"
        + " Ministers of India and Brazil held talks on 20 September 2023.\n\n"
        + "The Ministers agreed to deepen cooperation in trade.\n");
    // THEN the states are the sides, not the organisation whose session it was
    assertEquals(List.of("BR", "IN"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishResolution_openedByTheCouncilOfAnOrganisationOnWrappedLines_givesTheOrganisation() {
    // GIVEN a resolution whose subject, the League's Council at its session, ends in a comma at the end of a line
    // and is followed by gerunds line by line, all wrapped at a fixed width
    Document doc = Parser.english().parse("en-test", "Resolution on Regional Water Security\n"
        + "The Council of the League of Arab States at the Summit\n"
        + "Level at its 20th Ordinary Session,\n"
        + "Recalling the principles of the Charter of the League\n"
        + "and its earlier resolutions on water security,\n"
        + "Noting with concern the decline of river flows in the region,\n\n"
        + "1. Calls upon the member states to share hydrological data.\n\n"
        + "2. Decides to keep the matter under review.\n");
    // THEN the League adopts it
    assertEquals(List.of("LAS"), sorted(doc.signatories()));
  }
}
