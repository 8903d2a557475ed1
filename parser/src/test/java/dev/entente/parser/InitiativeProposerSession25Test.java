package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.initiative;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session 25: whose an initiative is when several sides own it — a joint initiative, a pair of sides in its
 * name, a compound of two sides before it — and when a party in its name is only what it creates
 * (sentences written for the test); an instrument an organisation alone adopts is its own.
 */
final class InitiativeProposerSession25Test {

  private static Initiative found(Document doc, String fragment) {
    Optional<Initiative> i = initiative(doc, fragment);
    assertTrue(i.isPresent(), () -> dump(doc));
    return i.get();
  }

  @Test
  void jointInitiative_hasNoSingleProposer_evenWhenWellKnown() {
    Document doc = parse("Россия и Беларусь призвали партнёров поддержать их совместную инициативу по "
        + "«Евразийской хартии многообразия и многополярности».");
    assertEquals(Optional.empty(), found(doc, "хартия").proposer(), () -> dump(doc));
  }

  @Test
  void wellKnownInitiative_withoutAJointWord_keepsItsProposer() {
    Document doc = parse("Стороны обсудили работу над «Евразийской хартией многообразия и многополярности».");
    assertEquals(Optional.of("RU"), found(doc, "хартия").proposer(), () -> dump(doc));
  }

  @Test
  void pairOfSidesInTheName_makesNeitherTheProposer() {
    Document doc = parse("Министры одобрили План действий Форума партнёрства Россия – Латинская Америка на 2026-2028 годы.");
    assertEquals(Optional.empty(), found(doc, "План действий").proposer(), () -> dump(doc));
  }

  @Test
  void partyThatTheInitiativeCreates_isNotItsProposer() {
    Document doc = parse("Стороны высоко оценили Стратегию по созданию Евразийского экономического союза.");
    assertEquals(Optional.empty(), found(doc, "Стратеги").proposer(), () -> dump(doc));
  }

  @Test
  void partyNamedAsTheOwner_stillProposes() {
    Document doc = parse("Стороны высоко оценили Стратегию развития Евразийского экономического союза.");
    assertEquals(Optional.of("EAEU"), found(doc, "Стратеги").proposer(), () -> dump(doc));
  }

  @Test
  void compoundOfTwoSidesBefore_makesNeitherTheProposer() {
    Document doc = parse("Стороны отметили подъём российско-монгольских связей, о котором говорит выработка "
        + "Стратегии сотрудничества в XXI веке.");
    assertEquals(Optional.empty(), found(doc, "Стратеги").proposer(), () -> dump(doc));
  }

  @Test
  void instrumentAnOrganisationAloneAdopts_isProposedByIt() {
    Document doc = OwnSentences.PARSER.parse("Решение Совета глав государств Содружества Независимых Государств\n\n"
        + "Совет глав государств Содружества Независимых Государств решил:\n\n"
        + "1. Одобрить текст Декларации о принципах сотрудничества в области миграции.\n"
        + "2. Настоящее решение вступает в силу со дня его подписания.\n");
    assertEquals(Optional.of("CIS"), found(doc, "Декларация").proposer(), () -> dump(doc));
  }

  @Test
  void instrumentAnOrganisationOnlyMentions_hasNoProposer() {
    Document doc = OwnSentences.PARSER.parse("Решение Совета глав государств Содружества Независимых Государств\n\n"
        + "Совет глав государств Содружества Независимых Государств решил:\n\n"
        + "1. Продолжить выполнение Хартии о принципах сотрудничества в области миграции.\n"
        + "2. Настоящее решение вступает в силу со дня его подписания.\n");
    // A charter, not a declaration: a declaration only recalled is no initiative at all (RecalledDeclarationNotInitiativeTest).
    assertEquals(Optional.empty(), found(doc, "Хартия").proposer(), () -> dump(doc));
  }
}
