package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news page that reports a document signed on a visit and names the sides only through the visit: the guest's
 * state (its head or official, or the state named with him) and the host (a state or a capital after «в»). Every
 * text is written for these tests.
 */
final class VisitOfAHeadTest {
  @Test
  void aHeadOnAVisitToAState_withADeclarationSigned_givesTheGuestAndTheHost() {
    // GIVEN a head named with no state, whom the directory knows, on a visit to a state where texts were signed
    Document doc = Parser.russian().parse("Новый этап\n\n"
        + "Президент Дмитрий Медведев находится с официальным визитом в Казахстане. Подписаны декларация о"
        + " партнёрстве и соглашение о транзите.\n");
    // THEN his state and the host are the sides
    assertEquals(List.of("KZ", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aHeadArrivingInACapital_givesTheCapitalsState() {
    // GIVEN a dated page whose guest arrives in a capital, the capital's state not named
    Document doc = Parser.russian().parse("Гость из Азии\n\n21 мая 2023 года\n\n"
        + "В Москву с официальным визитом прибыл президент Индонезии Джоко Видодо. По итогам визита была"
        + " подписана совместная декларация.\n");
    assertEquals(List.of("ID", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aHeadlineVisitWithNoGuest_leavesItToTheLead() {
    Document doc = Parser.russian().parse("Визит в Ханой\n\n"
        + "Премьер-министр России Михаил Мишустин прибыл во Вьетнам с официальным визитом. Стороны подписали"
        + " меморандум о сотрудничестве в энергетике.\n");
    assertEquals(List.of("RU", "VN"), sorted(doc.signatories()));
  }

  @Test
  void aVisitWithNoDocument_givesNoHost() {
    // GIVEN a page that tells of a visit and of talks, and of no text
    Document doc = Parser.russian().parse("Новый этап\n\n"
        + "Президент России Дмитрий Медведев находится с официальным визитом в Казахстане. Главы государств"
        + " обсудили торговлю и транзит.\n");
    // THEN the host is no side
    assertFalse(doc.signatories().contains("KZ"), doc.signatories()::toString);
  }

  @Test
  void aCapitalOnAPageOfAnotherMap_givesNoTodaysState() {
    // GIVEN a page of 1977 whose guest arrives in a capital whose state of then it does not name
    Document doc = Parser.russian().parse("Визит министра\n\n12 июня 1977 года\n\n"
        + "В Москву с визитом прибыл министр иностранных дел Египта И. Фахми. По итогам визита подписано"
        + " совместное коммюнике.\n");
    // THEN today's state of that capital is no side
    assertFalse(doc.signatories().contains("RU"), doc.signatories()::toString);
  }

  @Test
  void aDecisionTakenOnAVisit_isNoDocumentOfTheVisit() {
    Document doc = Parser.russian().parse("Новый этап\n\n"
        + "Президент России Дмитрий Медведев находится с официальным визитом в Казахстане. Стороны приняли решение"
        + " о создании рабочей группы.\n");
    assertFalse(doc.signatories().contains("KZ"), doc.signatories()::toString);
  }
}
