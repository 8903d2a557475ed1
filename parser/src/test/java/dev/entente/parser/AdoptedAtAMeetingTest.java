package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news page that retells a declaration may name its sides only through the meeting that adopted it
 * («говорится в декларации, принятой по итогам заседания Совета глав государств — членов A», "according
 * to the declaration adopted at the summit of A"): the organisation whose meeting it was is the side.
 * Every text is written for these tests.
 */
final class AdoptedAtAMeetingTest {
  @Test
  void aRussianAgencyRetelling_ofADeclarationAdoptedAtAnOrgansMeeting_isTheOrganisations() {
    // GIVEN an agency's dateline with a country in brackets, then a sentence citing the declaration by the meeting that adopted it
    Document doc = Parser.russian().parse("Региональная безопасность остается приоритетом\n\n"
        + "АСТАНА (Казахстан), 4 июля – ИА Новости. Страны ШОС выступают за укрепление региональной безопасности,"
        + " говорится в Астанинской декларации, принятой по итогам 24-го заседания Совета глав государств-членов ШОС."
        + " \"Государства-члены подтвердили приверженность борьбе с терроризмом, сепаратизмом и экстремизмом\","
        + " - говорится в документе.\n");
    // THEN the organisation adopts it
    assertEquals(List.of("SCO"), sorted(doc.signatories()));
  }

  @Test
  void aRussianAgencyRetelling_ofADeclarationAdoptedAtASummit_isTheOrganisations() {
    Document doc = Parser.russian().parse("Терроризм осужден\n\n"
        + "МИНСК (Белоруссия), 23 ноября – ИА Новости. Государства-члены решительно осуждают терроризм во всех его"
        + " формах, отмечается в декларации, принятой на саммите Организации Договора о коллективной безопасности."
        + " \"Государства-члены призывают мировое сообщество объединить усилия\", - говорится в документе.\n");
    assertEquals(List.of("CSTO"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishAgencyRetelling_ofADeclarationAdoptedAtASummit_isTheOrganisations() {
    Document doc = Parser.english().parse("en-test", "Regional security remains a priority\n\n"
        + "ASTANA (Kazakhstan), July 4 (News Agency) - Member states support greater regional connectivity, according"
        + " to the declaration adopted at the 24th summit of the Shanghai Cooperation Organisation. \"The member states"
        + " reaffirmed their commitment to fighting terrorism,\" the document says.\n");
    assertEquals(List.of("SCO"), sorted(doc.signatories()));
  }

  @Test
  void aDeclarationCitedInABilateralText_leavesTheTitlesSides() {
    // GIVEN a joint statement of two states whose preamble cites a declaration adopted at an organisation's summit
    Document doc = Parser.russian().parse("Совместное заявление Российской Федерации и Республики Казахстан\n\n"
        + "Руководствуясь положениями декларации, принятой на саммите Шанхайской организации сотрудничества в 2019 году,"
        + " стороны заявляют о намерении углублять сотрудничество.\n");
    // THEN the sides are the two states
    assertEquals(List.of("KZ", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aRussianAgencyRetelling_ofADeclarationAdoptedAtTheLeadersSummit_isTheOrganisations() {
    // GIVEN a declaration adopted at a summit named by its leaders before the organisation
    Document doc = Parser.russian().parse("Лидеры договорились о торговле\n\n"
        + "Страны ШОС выступают за расширение торговли в национальных валютах. Как сообщает агентство, об этом"
        + " говорится в Тяньцзиньской декларации, принятой по итогам 25-го саммита лидеров ШОС.\n");
    // THEN the organisation adopts it
    assertEquals(List.of("SCO"), sorted(doc.signatories()));
  }

  @Test
  void aRussianAgencyRetelling_ofADeclarationAdoptedAtTheHeadsOfStateMeeting_isTheOrganisations() {
    Document doc = Parser.russian().parse("Саммит завершился\n\n"
        + "Участники поддержали развитие транспортных коридоров, говорится в декларации, принятой на заседании"
        + " глав государств СНГ в Душанбе.\n");
    assertEquals(List.of("CIS"), sorted(doc.signatories()));
  }
}
