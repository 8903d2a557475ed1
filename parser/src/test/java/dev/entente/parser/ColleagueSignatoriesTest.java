package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «президента A и его B-ского коллеги»: a colleague whom another state's adjective qualifies, joined by «и» to the
 * head of the one side found, is the head of the other side. Every text is written for these tests.
 */
final class ColleagueSignatoriesTest {
  private static final String HEADLINE = "Сенат Казахстана одобрил договор о союзничестве\n\n"
      + "Сенаторы одобрили закон о ратификации договора, сообщила пресс-служба палаты.\n\n";

  @Test
  void aColleagueOfTheOneSidesHead_namesTheOtherSide() {
    // GIVEN a page that reports a treaty signed at the talks of one state's president and his colleague of another
    Document doc = Parser.russian().parse(HEADLINE + "Договор подписан 5 мая 2024 года в Астане по итогам переговоров"
        + " президента Казахстана Касым-Жомарта Токаева и его монгольского коллеги Ухнаагийна Хурэлсуха.\n");
    // THEN the colleague's state is the other side
    assertEquals(List.of("KZ", "MN"), sorted(doc.signatories()));
  }

  @Test
  void colleaguesWhoOnlyBackTheHead_nameNoSide() {
    // GIVEN the same page, where the adjective qualifies colleagues in a clause about the head, not a second head
    Document doc = Parser.russian().parse(HEADLINE + "Договор подписан 5 мая 2024 года в Астане по итогам переговоров"
        + " президента Казахстана Касым-Жомарта Токаева, которого поддержали его монгольские коллеги по партии.\n");
    // THEN the one side stays alone
    assertEquals(List.of("KZ"), sorted(doc.signatories()));
  }
}
