package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news page that retells an organisation's text names its author by the organisation's members or
 * their heads («Государства — участники ОДКБ приняли …», «Главы МИД стран СНГ подчеркнули …»): the
 * organisation is the side. Every text is written for these tests.
 */
final class OrganisationMembersReportTest {
  @Test
  void agencyDateline_membersOfAnOrganisationAdoptedACommunique_givesTheOrganisation() {
    // GIVEN an agency's dateline, then the members of an organisation as the subject of the adoption
    Document doc = Parser.russian().parse("На заседании Совета министров иностранных дел ОДКБ принято заявление\n\n"
        + "ЕРЕВАН, 3 марта. /ТАСС/. Государства - участники Организации Договора о коллективной безопасности (ОДКБ)"
        + " приняли совместное заявление по итогам встречи министров.\n\n"
        + "Министры обсудили положение на внешних границах и вопросы миротворчества.\n");
    // THEN the organisation adopts it
    assertEquals(List.of("CSTO"), sorted(doc.signatories()));
  }

  @Test
  void newsLead_headsOfForeignMinistriesOfAnOrganisationsStates_giveTheOrganisation() {
    // GIVEN a news site's lead that names the heads of the foreign ministries of an organisation's states
    Document doc = Parser.russian().parse("Главы внешнеполитических ведомств стран СНГ подчеркнули важность"
        + " сотрудничества в борьбе с терроризмом.\n\n"
        + "По итогам встречи министры одобрили план совместных мероприятий на следующий год.\n");
    // THEN the organisation is the side
    assertEquals(List.of("CIS"), sorted(doc.signatories()));
  }

  @Test
  void newsLead_leadersOfAnOrganisationsStatesConsider_giveTheOrganisation() {
    Document doc = Parser.russian().parse("Лидеры стран ШОС считают недопустимым вмешательство во внутренние дела"
        + " суверенных государств.\n\n"
        + "Соответствующее заявление опубликовано на сайте организации.\n");
    assertEquals(List.of("SCO"), sorted(doc.signatories()));
  }

  @Test
  void newsLead_participantsOfAFormatOnAState_nameNoOrganisation() {
    // GIVEN the participants of a format named after the state it is about
    Document doc = Parser.russian().parse("Страны-участницы формата консультаций по Ираку призвали к диалогу.\n\n"
        + "По мнению участников встречи, урегулирование возможно только политическими средствами.\n");
    // THEN the state the format is about is no side
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void wrapperOnlyPage_headlineUnderARubricAndALink_leadersOfAnOrganisationAdopted_giveTheOrganisation() {
    // GIVEN a news page whose rubric and a link to another story stand above the headline, the headline naming
    // the leaders of an organisation's states, and whose every paragraph retells the agency's report
    Document doc = Parser.russian().parse("Рубрика:\n\nОДКБ обсуждает расширение состава\n\n"
        + "Лидеры стран ОДКБ подписали декларацию о защите внешних границ\n"
        + "Как сообщает РИА Новости, президенты на встрече в Минске одобрили декларацию о защите внешних границ.\n");
    // THEN the organisation is the side
    assertEquals(List.of("CSTO"), sorted(doc.signatories()));
  }
}
