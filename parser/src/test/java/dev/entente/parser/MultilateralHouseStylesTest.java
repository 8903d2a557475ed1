package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Who adopts the texts of councils and conferences: a subject that lists its members after a
 * colon, a council of heads that is the organisation's organ, a heading that names the organisation
 * under a kind alone, an organ's heading over a body that opens with its head word, a signature
 * block of states, a verb set letter by letter. Every text is written for these tests.
 */
final class MultilateralHouseStylesTest {
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aSubjectThatListsItsMembersAfterAColon_namesTheOrganisationAndTheStates() {
    // GIVEN heads of the members of an organisation, listed after a colon
    Document doc = RUSSIAN.parse("Заявление\n\nМы, главы государств – участников Содружества Независимых Государств:"
        + " Республики Армения, Республики Беларусь и Российской Федерации,\n\nстремясь к миру,\n\nзаявляем о следующем.\n");
    // THEN the organisation and the states listed are the sides
    assertEquals(List.of("AM", "BY", "CIS", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aCouncilOfHeadsThatIsTheOrganisationsOrgan_adoptsForIt_andTheSignatureBlockSignsBeside() {
    // GIVEN a council's decision, its verb set letter by letter, and a signature block in two columns
    Document doc = RUSSIAN.parse("Совет глав государств Содружества Независимых Государств\nр е ш и л:\n"
        + "установить, что председательство осуществляется Республикой Молдова.\n"
        + "Совершено в городе Москве 1 марта 2004 года.\n"
        + "За Республику Армения За Республику Молдова\nЗа Республику Беларусь За Российскую Федерацию\n");
    // THEN the organisation adopts it and the states of the block sign it
    assertEquals(List.of("AM", "BY", "CIS", "MD", "RU"), sorted(doc.signatories()));
    // AND the verb is no part of the council's name
    assertTrue(doc.mechanisms().stream().noneMatch(m -> m.name().contains(" р ")),
        () -> doc.mechanisms().toString());
  }

  @Test
  void oneStateAfterFor_inASentence_isNoSignatureBlock() {
    // GIVEN «За» before a state once, in the body
    Document doc = RUSSIAN.parse("Совместное заявление\n\nГлавы государств — членов ШОС заявляют о следующем.\n"
        + "За Российскую Федерацию проголосовали все.\n");
    // THEN only the subject adopts the text
    assertEquals(List.of("SCO"), doc.signatories());
  }

  @Test
  void aHeadingUnderAKindAloneThatNamesNoState_namesTheOrganisationThatSpeaks() {
    // GIVEN an appeal whose heading names the heads of the members of an organisation, and a body with no subject
    Document doc = RUSSIAN.parse("ОБРАЩЕНИЕ\nглав государств – участников Содружества Независимых Государств\n"
        + "к народам государств – участников Содружества и мировой общественности\n"
        + "Семь десятилетий отделяют нас от Победы. Этот день навсегда останется символом героизма.\n");
    // THEN the organisation speaks
    assertEquals(List.of("CIS"), doc.signatories());
  }

  @Test
  void anOrgansHeadingOverABodyThatOpensWithItsHeadWord_isTheOrganisationsText() {
    // GIVEN a ministers' council in capitals over a numbered body whose first point opens with «Совет»
    Document doc = RUSSIAN.parse("СОВЕТ МИНИСТРОВ ИНОСТРАННЫХ ДЕЛ ОБСЕ\nОСНОВНЫЕ НАПРАВЛЕНИЯ РАБОТЫ\n"
        + "(Вена, 2 декабря 1998 года)\n1. Совет министров убежден, что безопасность неделима.\n"
        + "2. Совет напоминает о принятых обязательствах.\n");
    // THEN the organisation adopts it
    assertEquals(List.of("OSCE"), doc.signatories());
  }

  @Test
  void aWordSetLetterByLetter_isOneWord_butShortRunsOfOneLetterWordsAreNot() {
    // GIVEN a verb set letter by letter, and three one-letter words in a row
    Document doc = RUSSIAN.parse("Главы государств — членов ШОС\nп о с т а н о в и л и:\n"
        + "поддержать проект и в с т о й же целью развивать связи с Республикой Казахстан.\n");
    // THEN the spaced verb ends the subject, and the organisation adopts the text
    assertEquals(List.of("SCO"), doc.signatories());
  }

  @Test
  void aMeetingsHeadThatOpensAnOrganisationsName_isNoMeeting() {
    // GIVEN the old name of an organisation, which opens with a meeting's head
    Document doc = RUSSIAN.parse("Декларация\n\n1. Мы, главы государств и правительств государств - участников"
        + " Совещания по безопасности и сотрудничеству в Европе, собрались в Будапеште.\n");
    // THEN it is the organisation, and no meeting
    assertEquals(List.of("OSCE"), doc.signatories());
    assertTrue(doc.events().stream().noneMatch(e -> e.name().startsWith("Совещание")), () -> doc.events().toString());
  }

  @Test
  void aDatelineThatGivesTheDateFirst_thenTheStateAndThePlace_placesTheText() {
    // GIVEN a dateline: the date, the state, then a place the gazetteer may lack
    Document doc = RUSSIAN.parse("8 июля 2009 года, Италия, Аквила\nОтветственное руководство\n"
        + "Мы, лидеры стран «Группы восьми» на встрече в Аквиле, выражаем приверженность обеспечению роста."
        + " Эти вызовы требуют безотлагательных действий, и мы будем содействовать развитию мировой экономики.\n");
    // THEN the place is the last name of the line, in the state before it
    assertEquals("Аквила", doc.place().map(p -> p.name()).orElse(null));
    assertEquals("IT", doc.place().flatMap(p -> p.country()).orElse(null));
  }

  @Test
  void tensWrittenAsACardinalBeforeAnOrdinal_numberTheSession() {
    // GIVEN a session numbered «шестьдесят девятой»
    Document doc = RUSSIAN.parse("Обращение\n\nТекст распространен в качестве документа шестьдесят девятой сессии"
        + " Генеральной Ассамблеи ООН.\n");
    // THEN the session is the 69th
    assertEquals(List.of(69), doc.events().stream().map(e -> e.ordinal().orElse(0)).collect(Collectors.toList()));
  }

  @Test
  void aMeetingNamedByItsCitysAdjective_isOneMeetingThere_theTextsOwnWhereTheTextIsDatedThere() {
    // GIVEN a statement dated in Bishkek by the participants of «the Bishkek meeting»
    Document doc = RUSSIAN.parse("ЗАЯВЛЕНИЕ\nГЛАВ ГОСУДАРСТВ РЕСПУБЛИКИ КАЗАХСТАН И КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n"
        + "(Бишкек, 20 августа 2000 года)\nМы, участники Бишкекской встречи, выражаем серьезную обеспокоенность"
        + " расширением вооруженных акций.\n");
    // THEN the meeting is in Bishkek, on the text's day, held
    var meeting = doc.events().stream().filter(e -> e.name().startsWith("Бишкекская")).findFirst().orElseThrow();
    assertEquals("Бишкек", meeting.place().map(p -> p.name()).orElse(null));
    assertEquals("2000-08-20", meeting.date().map(Object::toString).orElse(null));
    assertEquals("HELD", meeting.status().name());
  }

  @Test
  void aSummitNamedByItsCitysAdjective_isAnEvent_andTheGatheringThereIsTheSame() {
    // GIVEN a declaration of «the Budapest summit meeting» whose heads «gathered in Budapest»
    Document doc = RUSSIAN.parse("ДЕКЛАРАЦИЯ\nБУДАПЕШТСКОЙ ВСТРЕЧИ НА ВЫСШЕМ УРОВНЕ\n(Будапешт, 6 декабря 1994 года)\n"
        + "1. Мы, главы государств и правительств, собрались в Будапеште, чтобы оценить прошлое.\n");
    // THEN one meeting, and no mechanism
    assertEquals(1, doc.events().size(), () -> doc.events().toString());
    assertEquals(List.of(), doc.mechanisms().stream().map(m -> m.name()).collect(Collectors.toList()));
  }

  @Test
  void aBareProcessOfAnAction_isNoMechanism_aNamedProcessIs() {
    // GIVEN «процесс формирования» and «переговорный процесс»
    Document doc = RUSSIAN.parse("Совместное заявление\n\n1. Стороны направляют процесс формирования новой Европы"
        + " и поддерживают переговорный процесс по трансформации СВМДА.\n");
    // THEN only the named process is a mechanism
    assertEquals(List.of("переговорный процесс по трансформации СВМДА"),
        doc.mechanisms().stream().map(m -> m.name()).collect(Collectors.toList()));
  }
}
