package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A multilateral statement of a consultation format names its sides in a list: in apposition to the
 * collective subject («Участники встречи — представители A, B и C — обсудили …»), or, on a news page
 * whose subject is the format's participants, where it lists who took part, however far down. Every text is written
 * for these tests.
 */
final class FormatParticipantsTest {
  @Test
  void newsRetelling_participantsOfAMeetingRepresentatives_areTheSides() {
    // GIVEN the participants of a meeting named in apposition by the states their representatives speak for
    Document doc = Parser.russian().parse("Участники встречи — представители Азербайджана, Грузии и Турции —"
        + " обсудили развитие транспортного коридора.\n\n"
        + "Они договорились ускорить строительство железной дороги.\n");
    // THEN every state listed is a side, the first one too
    assertEquals(List.of("AZ", "GE", "TR"), sorted(doc.signatories()));
  }

  @Test
  void newsRetelling_formatsParticipantsAndALaterListOfWhoTookPart_giveTheListedSides() {
    // GIVEN a news page whose subject is the participants of a format named after one country, and a
    // paragraph far below that lists the representatives who took part
    Document doc = Parser.russian().parse("Страны-участницы формата консультаций по Сирии призвали к диалогу"
        + " между всеми политическими силами страны и к прекращению насилия.\n\n"
        + "По мнению участников, кризис в Сирии не имеет военного решения, а политический процесс должен вестись"
        + " самими сирийцами.\n\n"
        + "Участники также обсудили гуманитарную ситуацию и призвали мировое сообщество увеличить помощь"
        + " пострадавшему населению.\n\n"
        + "Они выступили за скорейшее восстановление экономики страны и возвращение беженцев в места постоянного"
        + " проживания.\n\n"
        + "Встреча прошла в Женеве. В ней приняли участие представители России, Ирана, Турции и Иордании.\n");
    // THEN the states listed are the sides, and the country the format is about is not one of them by itself
    assertEquals(List.of("IR", "JO", "RU", "TR"), sorted(doc.signatories()));
  }

  @Test
  void newsRetelling_forumsParticipants_haveNoSides() {
    // GIVEN the participants of a forum, whose statement no named party adopts
    Document doc = Parser.russian().parse("Участники форума по вопросам энергетики призвали к сотрудничеству.\n\n"
        + "Форум прошел в Баку. В нем приняли участие представители России, Ирана, Турции и Казахстана.\n");
    // THEN the attendees are no sides
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void legalDatabaseHeading_membersOfAnOrganisationAfterADash_areNoListInApposition() {
    // GIVEN a heading block, then a subject whose dash joins the heads to the organisation they are members of
    Document doc = Parser.russian().parse("Совместное заявление\n(Астана, 4 июля 2024 года)\n\n"
        + "Главы государств — членов ШОС и Туркменистана, собравшись в Астане, заявляют о следующем.\n\n"
        + "1. Стороны договорились развивать сотрудничество.\n");
    // THEN the organisation and the state the subject names are the sides, as the subject reads
    assertEquals(List.of("SCO", "TM"), sorted(doc.signatories()));
  }

  @Test
  void newsRetelling_formatsParticipantsAndAMeetingHeldWithTheirParticipation_giveTheListedSides() {
    // GIVEN a news page whose subject is the participants of a format's meeting, and a later sentence saying
    // the meeting was held with the participation of envoys from a list of states
    Document doc = Parser.russian().parse("Участники встречи «женевского формата» в итоговом коммюнике"
        + " призвали стороны к сдержанности.\n\n"
        + "Как сообщает агентство, очередная встреча женевского формата прошла во вторник с участием"
        + " специальных посланников и экспертов из Армении, Грузии, Ирана и Турции.\n");
    // THEN the states listed after «с участием» are the sides
    assertEquals(List.of("AM", "GE", "IR", "TR"), sorted(doc.signatories()));
  }

  @Test
  void newsRetelling_forumHeldWithTheParticipationOfStates_hasNoSides() {
    // GIVEN the participants of a forum and a forum held with the participation of envoys of several states
    Document doc = Parser.russian().parse("Участники форума по вопросам водных ресурсов призвали к сотрудничеству.\n\n"
        + "Форум прошел в Душанбе с участием делегаций Таджикистана, Узбекистана и Киргизии.\n");
    // THEN the attendees are no sides
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void englishNewsRetelling_formatsParticipantsAndAMeetingWithTheParticipationOf_giveTheListedSides() {
    // GIVEN an English page whose subject is the participants of a format's meeting, held with the
    // participation of the envoys of a list of states
    Document doc = Parser.english().parse("Participants of the consultation format on Libya called for a ceasefire.\n\n"
        + "The meeting took place in Rome on Tuesday with the participation of envoys from Italy, Egypt, Tunisia and Algeria.\n");
    // THEN the states listed are the sides
    assertEquals(List.of("DZ", "EG", "IT", "TN"), sorted(doc.signatories()));
  }
}
