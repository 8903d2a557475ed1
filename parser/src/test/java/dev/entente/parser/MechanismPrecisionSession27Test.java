package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 27: classes of words the parser took for mechanisms that are none, on sentences written for these tests —
 * organs of the UN system, a conference or the EU, which count as their organisation; names that begin inside a
 * bracket or run into a quoted title. A standing body between the parties named beside them stays.
 */
final class MechanismPrecisionSession27Test {
  private static final Parser ENGLISH = Parser.english();

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static boolean named(Document doc, String fragment) {
    return mechanisms(doc).stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(fragment));
  }

  private static Document english(String body) {
    return ENGLISH.parse("en-mechanisms-27", "Joint Statement of Ghana and the Republic of Peru\n\nAccra, 4 February 2026\n\n"
        + body + "\n");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны выразили поддержку работе Совета по правам человека и Комиссии по положению женщин. | совет по правам | межправительственн
      Стороны приняли к сведению доклад Европейской комиссии и решения Экономического и Социального Совета. | европейск | межправительственн
      Стороны обсудили повестку сессии Комиссии ООН по предупреждению преступности и уголовному правосудию. | преступност | межправительственн
      """)
  void anOrganOfTheSystemIsNoMechanismInRussian(String clause, String organ, String body) {
    // GIVEN
    Document doc = OwnSentences.parse(clause,
        "Стороны высоко оценили работу Межправительственной комиссии по торгово-экономическому сотрудничеству.");
    // THEN
    assertFalse(named(doc, organ), "an organ of the system taken for a mechanism: " + mechanisms(doc));
    assertTrue(named(doc, body), "the parties' own commission lost: " + mechanisms(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      2. Both sides supported the work of the UN Human Rights Council and of the Peacebuilding Commission. | human rights council
      2. The Ministers welcomed the report of the Main Committee of the Conference and the decisions of the Commission on the Status of Women. | committee
      2. They took note of the proposals of the European Commission and of the Human Rights Council of the United Nations. | commission
      """)
  void anOrganOfTheSystemIsNoMechanismInEnglish(String clause, String organ) {
    // GIVEN
    Document doc = english("1. The two sides welcomed the work of the Ghana-Peru Joint Commission on Trade.\n" + clause);
    // THEN
    assertFalse(mechanisms(doc).stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(organ) && !n.contains("Ghana")),
        "an organ of the system taken for a mechanism: " + mechanisms(doc));
    assertTrue(named(doc, "joint commission"), "the parties' own commission lost: " + mechanisms(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '#', textBlock = """
      1. The meeting was attended by Ghana (Minister of Foreign Affairs) Summit was chaired by the President of Peru. # summit
      1. Ministers welcomed the theme of the Forum 'Blue Ocean and Green Growth' chosen by the hosts. # forum
      """)
  void aNameAcrossABracketOrIntoAQuoteIsNone(String clause, String head) {
    // GIVEN
    Document doc = english(clause + "\n2. The two sides welcomed the work of the Ghana-Peru Joint Commission on Trade.");
    // THEN
    assertFalse(named(doc, head), "a name begun in a bracket or cut in a quote: " + mechanisms(doc));
    assertTrue(named(doc, "joint commission"), "the parties' own commission lost: " + mechanisms(doc));
  }
}
