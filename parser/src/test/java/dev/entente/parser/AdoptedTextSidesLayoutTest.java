package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sides of an adopted text as its own words name them, in layouts the plain sentence rules miss: a
 * preamble that sets its parties one a line before «далее именуемые Сторонами», and a ministry's press
 * release under a title «about» its official. Every text
 * is written for these tests.
 */
final class AdoptedTextSidesLayoutTest {
  @Test
  void partiesOneALine_beforeHereinafter_areTheSides() {
    // GIVEN a preamble whose parties each stand on a line of their own, closed by a comma
    Document doc = Parser.russian().parse("Соглашение о сотрудничестве в области рыболовства\n\n"
        + "Республика Казахстан,\n"
        + "Кыргызская Республика,\n"
        + "Республика Узбекистан,\n"
        + "далее именуемые Сторонами,\n"
        + "стремясь к сохранению водных биологических ресурсов,\n"
        + "согласились о нижеследующем:\n\n"
        + "Статья 1\n\nСтороны сотрудничают в области рыболовства.\n");
    // THEN every party of the list is a side
    assertEquals(List.of("KG", "KZ", "UZ"), sorted(doc.signatories()));
  }

  @Test
  void theTreatiesFormula_highContractingParties_namesTheSides() {
    // GIVEN a treaty's preamble that calls its parties «Высокими Договаривающимися Сторонами»
    Document doc = Parser.russian().parse("Договор о дружбе и добрососедстве\n\n"
        + "Республика Армения и Грузия, в дальнейшем именуемые Высокими Договаривающимися Сторонами,\n"
        + "опираясь на исторические связи между народами,\n"
        + "договорились о нижеследующем:\n\n"
        + "Статья 1\n\nВысокие Договаривающиеся Стороны развивают отношения дружбы.\n");
    // THEN the parties before the formula are the sides
    assertEquals(List.of("AM", "GE"), sorted(doc.signatories()));
  }

  @Test
  void aLineBeforeTheList_thatEndsASentence_isNotPartOfIt() {
    // GIVEN a sentence naming another state above a one-a-line list
    Document doc = Parser.russian().parse("Соглашение о транзите\n\n"
        + "Подписано в Ташкенте при участии наблюдателя от Японии.\n"
        + "Республика Таджикистан,\n"
        + "Туркменистан,\n"
        + "далее именуемые Сторонами,\n"
        + "согласились о нижеследующем:\n\n"
        + "Статья 1\n\nСтороны обеспечивают транзит грузов.\n");
    assertEquals(List.of("TJ", "TM"), sorted(doc.signatories()));
  }

  @Test
  void aMinistrysPressRelease_aboutItsMinistersTalkWithAHead_speaksForTheMinistrysState() {
    // GIVEN a press release titled «О беседе» of a minister of A with the President of B
    Document doc = Parser.russian().parse("Главная\nО беседе Министра иностранных дел Российской Федерации"
        + " с Президентом Республики Сербии\n"
        + "СООБЩЕНИЕ ДЛЯ СМИ\n"
        + "15 марта в Белграде состоялась беседа Министра иностранных дел Российской Федерации с Президентом"
        + " Республики Сербии. Обсуждены вопросы двустороннего сотрудничества.\n");
    // THEN the side is the minister's state, not the head he met
    assertEquals(List.of("RU"), sorted(doc.signatories()));
  }

  @Test
  void aPressReleaseAboutADeputyMinistersPart_speaksForTheDeputysState() {
    Document doc = Parser.russian().parse("Об участии заместителя Министра иностранных дел Казахстана в заседании"
        + " Совета министров иностранных дел ОБСЕ\n"
        + "СООБЩЕНИЕ ДЛЯ СМИ\n"
        + "2 декабря в Вене заместитель Министра иностранных дел Казахстана принял участие в заседании Совета"
        + " министров ОБСЕ. Президент Австрии приветствовал участников.\n");
    assertEquals(List.of("KZ"), sorted(doc.signatories()));
  }

  @Test
  void aPressReleaseWhoseTitleIsNotAbout_isLeftToTheOtherRules() {
    // GIVEN a rubric under a title that names two ministers as subject
    Document doc = Parser.russian().parse("Министры иностранных дел Казахстана и Узбекистана провели переговоры\n"
        + "СООБЩЕНИЕ ДЛЯ СМИ\n"
        + "Министры иностранных дел Казахстана и Узбекистана провели переговоры в Ташкенте и приняли совместное"
        + " заявление.\n");
    assertEquals(List.of("KZ", "UZ"), sorted(doc.signatories()));
  }

  @Test
  void aPressReleaseAboutTheTalksOfTwoMinisters_speaksForBoth() {
    Document doc = Parser.russian().parse("О переговорах министров иностранных дел Беларуси и Вьетнама\n"
        + "СООБЩЕНИЕ ДЛЯ СМИ\n"
        + "10 июня в Минске состоялись переговоры министров иностранных дел. Стороны обсудили торговлю.\n");
    assertEquals(List.of("BY", "VN"), sorted(doc.signatories()));
  }
}
