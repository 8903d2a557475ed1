package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 38: a name organizations.tsv marks as an organisation's own (a short or former name with a head word of
 * a body: «Тюркский совет», «Совет сотрудничества тюркоязычных государств», «Форум островов Тихого океана») names
 * the organisation, no mechanism; an organ the gazetteer lists unmarked («Совет глав государств СНГ», «Высший
 * Евразийский экономический совет») stays a mechanism. Sentences written for the test.
 */
final class OrganisationsOwnNameNoMechanismTest {
  private static final Parser PARSER = Parser.russian();

  private static Document parse(String body) {
    return PARSER.parse("ru-test", "Декларация\n\nг. Баку, 14 мая 2025 года\n\n" + body + "\n");
  }

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1. Стороны высоко оценили вклад Тюркского совета в развитие транспортных связей.|OTS|совет",
      "1. Министры отметили роль Совета сотрудничества тюркоязычных государств в укреплении торговли.|OTS|совет",
      "1. Стороны приветствовали решения Форума островов Тихого океана по вопросам рыболовства.|PIF|форум",
  })
  void recognize_organisationsOwnName_namesTheOrganisationAndNoMechanism(String sentence, String party, String head) {
    // GIVEN a declaration whose one point names an organisation by a short or former name with a body's head word
    // WHEN it is parsed
    Document doc = parse(sentence);
    // THEN the organisation is a party and no mechanism is named with that head
    assertTrue(doc.parties().stream().anyMatch(p -> p.id().equals(party)), doc.parties().toString());
    assertFalse(mechanisms(doc).stream().anyMatch(n -> n.toLowerCase().contains(head)), mechanisms(doc)::toString);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1. Стороны приветствовали решение Высшего Евразийского экономического совета о снижении тарифов.|Высш",
      "1. Министры одобрили проект, внесённый на рассмотрение Совета глав государств СНГ.|Совет глав государств",
  })
  void recognize_organUnmarkedInTheGazetteer_staysAMechanism(String sentence, String mechanism) {
    // GIVEN a declaration whose one point names an organ the gazetteer lists under its organisation, unmarked
    // WHEN it is parsed
    Document doc = parse(sentence);
    // THEN the organ is a mechanism
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.startsWith(mechanism)), mechanisms(doc)::toString);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "OTS|Тюркский совет",
      "GCC|Совет сотрудничества стран Залива",
  })
  void load_nameMarkedOwn_isTheOrganisationsName(String id, String name) {
    // GIVEN the Russian gazetteer, which marks the name as the organisation's own
    LanguageData data = LanguageData.of("ru");
    // WHEN the name is read as text
    Tokens t = data.tokenizer.tokenize(data.normalizer.normalize(name));
    PhraseMatcher.Match<PartyInfo> own = data.ownNames.longestAt(t, 0, t.size);
    // THEN it is found whole among the own names, as the organisation, the mark stripped
    assertTrue(own != null && own.last == t.size && own.value.id.equals(id), String.valueOf(own));
    assertTrue(data.parties.longestAt(t, 0, t.size) != null);
  }
}
