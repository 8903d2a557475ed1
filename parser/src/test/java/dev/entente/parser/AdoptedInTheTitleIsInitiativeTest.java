package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Совместное заявление … о принятии Российско-Индонезийского плана действий»: a plan that the title says
 * the document adopts is a text of its own that the sides launch, while a declaration named by the title
 * alone is the document itself. Texts written for the test, in the style of joint statements and summit
 * declarations.
 */
final class AdoptedInTheTitleIsInitiativeTest {

  private static List<String> initiatives(String text) {
    Document doc = Parser.russian().parse("title", text);
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  @Test
  void aPlanTheTitleAdopts_isAnInitiative() {
    List<String> found = initiatives("Совместное заявление Президента Российской Федерации и Президента Республики Индонезии "
        + "о принятии Российско-Индонезийского плана действий\n\n"
        + "Президент Российской Федерации и Президент Республики Индонезии, встретившись в Москве, договорились о следующем.\n\n"
        + "Стороны будут развивать сотрудничество в торговле, энергетике и образовании.\n\n"
        + "Москва, 21 апреля 2003 года\n");
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Российско-Индонезийск")), found::toString);
  }

  @Test
  void aDeclarationNamedByTheTitleAlone_isTheDocument() {
    List<String> found = initiatives("Душанбинская декларация глав государств Центральной Азии\n\n"
        + "Главы государств Центральной Азии, собравшись в Душанбе, заявляют о следующем.\n\n"
        + "Стороны будут развивать сотрудничество в торговле, энергетике и образовании.\n\n"
        + "Душанбе, 14 сентября 2023 года\n");
    assertTrue(found.isEmpty(), found::toString);
  }
}
