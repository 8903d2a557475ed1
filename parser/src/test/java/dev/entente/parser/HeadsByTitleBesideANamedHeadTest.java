package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An opening that names one head by name and the others by title alone («приняли участие Президент
 * A, Президент B и Президент C Имя Фамилия»): every head's state adopts the text. Every text is
 * written for these tests.
 */
final class HeadsByTitleBesideANamedHeadTest {
  @Test
  void headsNamedByTitle_besideOneNamedHead_areAllSides() {
    // GIVEN a meeting's statement whose opening names three presidents, only the last by name
    Document doc = Parser.russian().parse("Совместное заявление участников встречи глав государств\n\n"
        + "12 марта 2021 года в городе Душанбе состоялась встреча глав государств, в которой приняли участие"
        + " Президент Республики Таджикистан, Президент Республики Беларусь и Президент Российской Федерации"
        + " Владимир Путин.\n\n"
        + "Участники встречи договорились о следующем:\n\n"
        + "1. Развивать сотрудничество в сфере торговли.\n");
    // THEN all three states adopt it
    assertEquals(List.of("BY", "RU", "TJ"), sorted(doc.signatories()));
  }

  @Test
  void aHeadNamedByName_withAnotherStateOnlyMentioned_staysTheOnlySide() {
    Document doc = Parser.russian().parse("Заявление\n\n"
        + "Президент Российской Федерации Владимир Путин заявил о поддержке усилий Республики Таджикистан"
        + " по укреплению границы.\n");
    assertEquals(List.of("RU"), sorted(doc.signatories()));
  }
}
