package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 34: narrow columns (legal databases, scans) break lines inside the names of states and inside the list of
 * the sides: a name runs on past a bare line break, and the list of sides goes back over the lines its first party's
 * name or «и» wraps onto. Sentences written for the test.
 */
final class PartyNarrowColumnTest {
  private static List<String> parties(Document doc) {
    return doc.parties().stream().map(Party::id).collect(Collectors.toList());
  }

  @Test
  void russian_aStatesNameBrokenByALine_isTheState_notTheAdjectiveBeforeTheBreak() {
    // GIVEN an agreement whose preamble breaks the RSFSR's official name after «Советской»
    Document doc = Seeds.PARSER.parse("own.txt", "Соглашение о торговле\n\nРоссийская Советская Федеративная\n"
        + "Социалистическая Республика и Республика Польша,\nжелая развивать торговлю,\nдоговорились о нижеследующем:\n"
        + "Статья 1\nСтороны развивают торговлю.\n");
    // THEN the name is read whole, the RSFSR (Russia), and no «Советской» names the USSR
    assertFalse(parties(doc).contains("SU"));
    assertEquals(List.of("RU", "PL"), doc.signatories());
  }

  @Test
  void russian_theSubjectsFirstPartyWrappedOverTwoLines_isASide() {
    // GIVEN a narrow column that wraps the USSR's name and then the list of the two governments
    Document doc = Seeds.PARSER.parse("own.txt", "Соглашение о сотрудничестве\n\nПравительство Союза Советских\n"
        + "Социалистических Республик и\nПравительство Итальянской Республики,\nстремясь расширять связи,\n"
        + "согласились о нижеследующем:\nСтатья 1\nСтороны сотрудничают.\n");
    // THEN both governments' states sign
    assertEquals(List.of("SU", "IT"), doc.signatories());
  }

  @Test
  void russian_aLineOpeningWithAnd_goesOnWithTheListNamedHereinafter() {
    // GIVEN a list of the sides whose second line opens with «и»
    Document doc = Seeds.PARSER.parse("own.txt", "Соглашение о культурном обмене\n\nПравительство Российской Федерации\n"
        + "и Правительство Королевства Непал,\nименуемые далее Сторонами,\nжелая укреплять дружбу,\n"
        + "согласились о нижеследующем:\nСтатья 1\nСтороны обмениваются делегациями.\n");
    // THEN both are sides
    assertEquals(List.of("RU", "NP"), doc.signatories());
  }
}
