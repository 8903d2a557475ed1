package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Well-known programmes, agendas and processes that statements name without a head the rules read as a name
 * («the Contadora process», «Australia Awards», «the Doha trade negotiations», «Дохийские переговоры»), or under a
 * name a broken or long title hides: each is found as the known initiative of {@code initiatives.tsv}, in either
 * language, in whatever case form. Sentences written for the test.
 */
final class WellKnownProgrammesTest {

  private static List<String> rules(Parser parser, String sentence) {
    Document doc = parser.parse("known", "Joint Statement\n\n1. " + sentence + "\n\nCanberra, 5 May 2011\n");
    return doc.initiatives().stream().map(Initiative::rule).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The Ministers expressed support for the Contadora process in Central America.|CONTADORA_PROCESS",
      "Australia will offer fifty Australia Awards to students from the region.|AUSTRALIA_AWARDS",
      "They called for an early conclusion of the Doha trade negotiations.|DOHA_ROUND",
      "Both sides welcomed the Australian Youth Ambassadors for Development working in the provinces.|AYAD",
      "The leaders welcomed the Extraordinary Revenue Acceleration (ERA) Loans for Ukraine agreed last month.|ERA_LOANS",
      "The two sides will advance the Women, Peace and Security agenda in the region.|WPS_AGENDA",
      "The Prime Minister outlined the Clean Energy Future package to the President.|CLEAN_ENERGY_FUTURE",
      "The Quad Cyber Challenge will raise awareness of cyber threats.|QUAD_CYBER_CHALLENGE",
      "They reaffirmed the goals of the South Pacific Nuclear Free Zone.|RAROTONGA_TREATY",
      "The sides noted the New Partnership for Africa';s Development (NEPAD) recently launched.|NEPAD",
      "Both sides support the Fulbright Program and student exchanges.|FULBRIGHT_PROGRAM",
      "The Ministers agreed to make the Chiang Mai Initiative Multilateralisation more effective.|CMIM",
      "They will work together to achieve Sustainable Development Goal 14 on life below water.|SDG_14",
      "The sides discussed the renewal of the African Growth and Opportunity Act (AGOA).|AGOA",
      "They support the establishment of a zone free of weapons of mass destruction in the Middle East.|ME_WMDFZ",
  })
  void english_namesTheKnownInitiative(String sentence, String id) {
    List<String> found = rules(Parser.english(), sentence);
    assertTrue(found.contains("initiatives.tsv:" + id), found::toString);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Стороны поддерживают Контадорский процесс урегулирования в Центральной Америке.|CONTADORA_PROCESS",
      "Стороны выступают за скорейшее завершение Дохийских переговоров.|DOHA_ROUND",
      "Стороны будут продвигать повестку дня «Женщины, мир и безопасность».|WPS_AGENDA",
      "Стороны приветствовали продвижение Инициативы прозрачности добывающих отраслей.|EITI",
      "Стороны подтвердили приверженность Повестке дня на XXI век.|AGENDA_21",
      "Стороны будут содействовать достижению Цели устойчивого развития 6.|SDG_6",
      "Стороны приветствовали укрепление Многосторонней Чиангмайской инициативы.|CMIM",
      "Стороны выступают за создание зоны, свободной от оружия массового уничтожения, на Ближнем Востоке.|ME_WMDFZ",
      "Стороны отметили роль Пула условных валютных резервов БРИКС.|BRICS_CRA",
      "Главы государств одобрили ход реализации Концепции дальнейшего развития СНГ.|CIS_DEVELOPMENT_CONCEPT",
  })
  void russian_namesTheKnownInitiative(String sentence, String id) {
    List<String> found = rules(Parser.russian(), sentence);
    assertTrue(found.contains("initiatives.tsv:" + id), found::toString);
  }
}
