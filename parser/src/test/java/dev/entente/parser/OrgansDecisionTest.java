package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organ of an organisation that decides («Высший Совет … решил:», «… ПОСТАНОВЛЯЕТ:») or that opens the
 * text in lower-case words before its organisation («Генеральная конференция ЮНЕСКО …, собравшаяся»): the
 * organisation adopts the text, whatever sides an annex names after the decision. Every text is written
 * for these tests.
 */
final class OrgansDecisionTest {
  @Test
  void aCouncilsDecision_beforeAnAnnexWithSides_isTheOrganisations() {
    // GIVEN a decision of an organ of the Union State that approves a plan whose text names two sides
    Document doc = Parser.russian().parse("РЕШЕНИЕ ВЫСШЕГО ГОСУДАРСТВЕННОГО СОВЕТА СОЮЗНОГО ГОСУДАРСТВА\n"
        + "О плане совместных мероприятий в области культуры\n"
        + "Высший Государственный Совет Союзного государства ПОСТАНОВЛЯЕТ:\n"
        + "1. Утвердить план совместных мероприятий (прилагается).\n"
        + "2. Настоящее постановление вступает в силу со дня его подписания.\n"
        + "ПЛАН\n"
        + "Министерства культуры Российской Федерации и Республики Беларусь (далее именуемые Сторонами),\n"
        + "стремясь к развитию связей между народами, договорились о нижеследующем.\n");
    // THEN the organisation adopts it, not the two ministries' states
    assertEquals(List.of("UNION_STATE"), sorted(doc.signatories()));
  }

  @Test
  void aCouncilsDecision_inLowerCase_isTheOrganisations() {
    Document doc = Parser.russian().parse("Решение о программе сотрудничества в области спорта\n"
        + "Совет глав государств Содружества Независимых Государств решил:\n"
        + "1. Утвердить программу сотрудничества в области спорта на 2030 год.\n"
        + "2. Государства — участники Содружества (далее — Стороны) примут меры к её выполнению.\n");
    assertEquals(List.of("CIS"), sorted(doc.signatories()));
  }

  @Test
  void aCouncilMentionedWithoutDeciding_leavesTheSidesOfTheText() {
    // GIVEN a treaty whose parties are named before «далее — Стороны», and a council named later without a decision
    Document doc = Parser.russian().parse("Соглашение о сотрудничестве\n"
        + "Российская Федерация и Республика Беларусь, далее — Стороны, руководствуясь решениями Высшего"
        + " Государственного Совета Союзного государства, согласились о нижеследующем:\n"
        + "Статья 1. Стороны развивают сотрудничество.\n");
    assertEquals(List.of("BY", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aGeneralConference_beforeItsOrganisation_adoptsTheDeclaration() {
    // GIVEN a declaration opened by an organ in lower-case words, its organisation, and a participle of meeting
    Document doc = Parser.russian().parse("Декларация о сотрудничестве в области науки\n"
        + "Генеральная конференция Организации Объединенных Наций по вопросам образования, науки и культуры,"
        + " собравшаяся в Париже на свою двадцатую сессию,\n"
        + "признавая значение науки для мира,\n"
        + "провозглашает настоящую Декларацию.\n");
    assertEquals(List.of("UNESCO"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishGeneralConference_beforeItsOrganisation_adoptsTheResolution() {
    Document doc = Parser.english().parse("en-test", "Resolution on Nuclear Safety\n\n"
        + "The General Conference of the International Atomic Energy Agency, meeting in Vienna at its regular session,\n\n"
        + "Recalling the importance of nuclear safety,\n\n"
        + "Adopts the following resolution.\n");
    assertEquals(List.of("IAEA"), sorted(doc.signatories()));
  }
}
