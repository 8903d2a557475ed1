package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.MechanismStatus;
import org.junit.jupiter.api.Test;

/** Mechanisms and initiatives (session 19), on sentences written for these tests. */
final class MechanismSession19Test {

  /** «учредить к 2030 году механизм мониторинга»: a date between the cue of creation and the name leaves the cue in reach. */
  @Test
  void aCueBeforeADateStillCreatesTheNameAfterIt() {
    // GIVEN
    Document doc = parse("Стороны условились учредить к 2030 году механизм мониторинга.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertEquals("механизм мониторинга", doc.mechanisms().get(0).name(), dump(doc));
  }

  /** «учредить единый и постоянный механизм мониторинга»: describing words joined by «и» leave the cue in reach. */
  @Test
  void aCueBeforeCoordinatedDescribingWordsStillCreatesTheName() {
    // GIVEN
    Document doc = parse("Стороны условились учредить единый и независимый механизм мониторинга.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertEquals(MechanismStatus.NEW, doc.mechanisms().get(0).status(), dump(doc));
  }

  /** «отметили работу механизма мониторинга»: the same words with no cue of creation name no body. */
  @Test
  void theSameWordsWithoutACueNameNoMechanism() {
    // GIVEN
    Document doc = parse("Стороны отметили в 2030 году единый и независимый механизм мониторинга.");
    // THEN
    assertTrue(doc.mechanisms().isEmpty(), dump(doc));
  }

  private static final String TRUNCATED_TEXT = "Совместное заявление Республики Казахстан и Республики Узбекистан\n\n"
      + "15 марта 2024 года в г. Астане Республика Казахстан и Республика Узбекистан (далее -- Стороны) заявляют следующее:\n\n"
      + "1. Стороны отмечают, что создана и работает Межправительственная комиссия по торгово-экономическому сотрудниче";

  /** A text cut off mid-word inside a body's name still names the body, by the words it keeps. */
  @Test
  void aMechanismsNameCutOffByTheTextIsKept() {
    // GIVEN
    Document doc = OwnSentences.PARSER.parse(TRUNCATED_TEXT);
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertTrue(doc.mechanisms().get(0).name().startsWith("Межправительственная комиссия по"), dump(doc));
  }

  /** An initiative's name cut off so names no document: it is dropped, as before. */
  @Test
  void anInitiativesNameCutOffByTheTextIsDropped() {
    // GIVEN
    Document doc = OwnSentences.PARSER.parse(TRUNCATED_TEXT.replace("создана и работает Межправительственная комиссия",
        "принята Программа"));
    // THEN
    assertTrue(doc.initiatives().isEmpty(), dump(doc));
  }

  private static Document english(String body) {
    return Parser.english().parse("Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n" + body + "\n");
  }

  /** «the Canada-Chile Friendship Year», «Visit Chile Year»: a year that parties name is an initiative. */
  @Test
  void aYearThePartiesNameIsAnInitiative() {
    // GIVEN
    Document doc = english("1. The leaders welcomed the Canada-Chile Friendship Year and noted that 2024 was Visit Chile Year.");
    // THEN
    assertEquals(2, doc.initiatives().size(), doc.initiatives().toString());
    assertTrue(doc.initiatives().stream().anyMatch(i -> i.name().equals("Visit Chile Year")), doc.initiatives().toString());
  }

  /** «the Lunar New Year», «the Fiscal Year 2025»: a year no party or quote names is no initiative. */
  @Test
  void aYearNoPartyNamesIsNoInitiative() {
    // GIVEN
    Document doc = english("1. The leaders exchanged greetings on the Lunar New Year and reviewed the Fiscal Year 2025 budget.");
    // THEN
    assertTrue(doc.initiatives().isEmpty(), doc.initiatives().toString());
  }

  /** «fixed in consultation between the two Governments»: a bare consultation after «in» is how, not a body. */
  @Test
  void aConsultationAfterInIsAnIdiomOfManner() {
    // GIVEN
    Document doc = english("1. A date for the visit will be fixed in consultation between the two Governments.");
    // THEN
    assertTrue(doc.mechanisms().isEmpty(), doc.mechanisms().toString());
  }

  /** «hold regular consultation between the two Foreign Ministries»: the same head a verb holds stays a mechanism. */
  @Test
  void aConsultationHeldRegularlyStaysAMechanism() {
    // GIVEN
    Document doc = english("1. The two Governments agreed to hold regular consultation between the two Foreign Ministries.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), doc.mechanisms().toString());
  }

  /** «Cовместной комиссии» typed with a Latin «C» and «Совместной комиссии» are one body. */
  @Test
  void aNameTypedWithALatinLookAlikeIsTheSameBody() {
    // GIVEN
    Document doc = parse("Стороны высоко оценили работу Cовместной комиссии по торговле.",
        "Стороны поручили Совместной комиссии по торговле подготовить доклад.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
  }

  /** «a senior-level biennial policy dialogue»: senior officials are a level, and a dialogue at a level is a mechanism. */
  @Test
  void aDialogueAtTheSeniorLevelIsAMechanism() {
    // GIVEN
    Document doc = english("1. The sides will coordinate their aid through a senior-level biennial policy dialogue.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), doc.mechanisms().toString());
  }

  /** «диалог на уровне старших должностных лиц по вопросам …»: the same level in Russian. */
  @Test
  void aDialogueOfSeniorOfficialsIsAMechanism() {
    // GIVEN
    Document doc = parse("Стороны будут развивать диалог на уровне старших должностных лиц по вопросам безопасности.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
  }

  /** «учрежденного резолюцией 1540 (от 28 апреля 2004 года)»: a resolution named by its number is an initiative in Russian too. */
  @Test
  void aResolutionNamedByItsNumberIsAnInitiative() {
    // GIVEN
    Document doc = parse("Стороны поддерживают работу комитета, учрежденного резолюцией 1540 (от 28 апреля 2004 года).");
    // THEN
    assertEquals(1, doc.initiatives().size(), dump(doc));
    assertEquals("резолюция 1540", doc.initiatives().get(0).name(), dump(doc));
  }

  /** «резолюции 2023 года»: a year after the head dates a resolution, and names none. */
  @Test
  void aResolutionDatedByAYearIsNotNumbered() {
    // GIVEN
    Document doc = parse("Стороны напомнили о положениях резолюции 2023 года.");
    // THEN
    assertTrue(doc.initiatives().isEmpty(), dump(doc));
  }

  /** «the Canada-Chile Dialogue Forum»: a forum named with a dialogue's head inside is one body, not two. */
  @Test
  void aDialogueHeadInsideAForumsNameOpensNoBodyOfItsOwn() {
    // GIVEN
    Document doc = english("1. The leaders welcomed the consolidation of the Canada-Chile Dialogue Forum.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), doc.mechanisms().toString());
    assertEquals("Canada-Chile Dialogue Forum", doc.mechanisms().get(0).name(), doc.mechanisms().toString());
  }

  /** «Член Государственного совета, Министр …»: a body in a member's title is part of the title, no mechanism. */
  @Test
  void aBodyInAMembersTitleIsNoMechanism() {
    // GIVEN
    Document doc = parse("Член Государственного совета, Министр иностранных дел Китайской Народной Республики провел переговоры.");
    // THEN
    assertTrue(doc.mechanisms().isEmpty(), dump(doc));
  }
}
