package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Texts an organisation's organ adopts under the organ's bare name («The Security Council
 * condemns», «the Supreme Council held its session»): the organisation the text names is the
 * signatory. Every text is written for these tests.
 */
final class BareOrganAdoptsTest {
  @Test
  void theMembersOfTheSecurityCouncil_openingThePressStatement_makeItTheUnitedNations() {
    // GIVEN a press statement whose subject is the members of a bare organ, and the organisation named later
    Document doc = Parser.english().parse("en-test", "Press Statement on the Attack on Peacekeepers\n\n"
        + "The members of the Security Council condemned in the strongest terms the attack on a convoy of peacekeepers.\n\n"
        + "They reaffirmed their support for the work of the United Nations in the region.\n");
    // THEN the organisation adopts it
    assertEquals(List.of("UN"), sorted(doc.signatories()));
  }

  @Test
  void theSupremeCouncilHeldItsSession_afterAnInvitationClause_makesItTheOrganisations() {
    Document doc = Parser.english().parse("en-test", "Final Communiqué of the Supreme Council\n\n"
        + "At the kind invitation of the host country, the Supreme Council held its Fortieth Session in Muscat"
        + " on 3 December 2019.\n\n"
        + "The Council reviewed the progress of joint action within the Gulf Cooperation Council and commended"
        + " the achievements of the Gulf Cooperation Council in the economic field.\n");
    assertEquals(List.of("GCC"), sorted(doc.signatories()));
  }

  @Test
  void aRussianBareOrgan_withItsVerb_makesItTheOrganisations() {
    Document doc = Parser.russian().parse("Заявление для печати\n\n"
        + "Совет Безопасности решительно осуждает нападение на миротворцев в Судане.\n\n"
        + "Члены Совета подтвердили поддержку усилий Организации Объединённых Наций в регионе.\n");
    assertEquals(List.of("UN"), sorted(doc.signatories()));
  }

  @Test
  void anOrganOfAState_isNoBareOrgan() {
    // GIVEN a national security council followed by its state's name, and an organisation mentioned later
    Document doc = Parser.english().parse("en-test", "Press Release\n\n"
        + "The Security Council of the Republic of Kazakhstan met today to discuss border security.\n\n"
        + "It noted the cooperation with the United Nations.\n");
    // THEN the organisation is no signatory
    assertFalse(doc.signatories().contains("UN"), doc.signatories()::toString);
  }

  @Test
  void anOrganOnlyReferredTo_isNoSignatory() {
    Document doc = Parser.english().parse("en-test", "Press Release\n\n"
        + "On the sidelines of the session held by the Supreme Council, the delegation discussed trade.\n\n"
        + "It noted the work of the Gulf Cooperation Council.\n");
    assertFalse(doc.signatories().contains("GCC"), doc.signatories()::toString);
  }

  @Test
  void theGeneralAssembly_openingAResolutionUnderItsHeading_makesItTheUnitedNations() {
    // GIVEN a resolution's heading lines, then «The General Assembly,» in a paragraph of its own
    Document doc = Parser.english().parse("en-test", "United Nations\nA/RES/79/12\nGeneral Assembly\n"
        + "Distr.: General\n20 November 2024\n\nSeventy-ninth session\nAgenda item 21\n\n"
        + "Resolution adopted by the General Assembly on 18 November 2024\n\n79/12. Declaration on Mountain Regions\n\n"
        + "The General Assembly,\n\n"
        + "Recalling its earlier resolutions on sustainable mountain development and the work of the United Nations,\n\n"
        + "Adopts the following Declaration on Mountain Regions.\n");
    assertEquals(List.of("UN"), sorted(doc.signatories()));
  }

  @Test
  void aRussianBareOrganOnALineOfItsOwn_withItsVerbOpeningTheNext_makesItTheOrganisations() {
    // GIVEN «Генеральная Ассамблея» alone on its line, and the next line opening with its verb in lower case
    Document doc = Parser.russian().parse("Декларация о борьбе с опустыниванием\n\n"
        + "Генеральная Ассамблея\n\n"
        + "принимает следующую декларацию о борьбе с опустыниванием:\n\n"
        + "Мы, представители государств, собравшиеся в Организации Объединённых Наций, подтверждаем нашу решимость"
        + " остановить опустынивание.\n");
    // THEN the organisation the text names adopts it
    assertEquals(List.of("UN"), sorted(doc.signatories()));
  }

  @Test
  void aRussianBareOrganOnALineOfItsOwn_followedByACapitalisedLine_adoptsNothing() {
    // GIVEN the organ alone on its line, and the next line a new capitalised sentence that is not its verb
    Document doc = Parser.russian().parse("Информационное сообщение\n\n"
        + "Генеральная Ассамблея\n\n"
        + "Делегация Казахстана провела в Нью-Йорке встречу с представителями Организации Объединённых Наций.\n");
    // THEN the organisation is no signatory
    assertFalse(doc.signatories().contains("UN"), doc.signatories()::toString);
  }

  @Test
  void anOrganOnALineOfItsOwn_withItsVerbOpeningTheNextLine_makesItTheOrganisations() {
    // GIVEN a resolution whose bare organ stands alone on a line and whose verb opens the line below it (single breaks)
    Document doc = Parser.russian().parse("Итоговый документ конференции по водным ресурсам\n"
        + "Генеральная Ассамблея\n"
        + "принимает следующий итоговый документ конференции по водным ресурсам:\n"
        + "1. Мы подтверждаем приверженность целям Устава Организации Объединённых Наций.\n");
    // THEN the organisation the text names adopts it
    assertEquals(List.of("UN"), sorted(doc.signatories()));
  }
}
