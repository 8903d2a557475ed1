package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Russian house styles read for issue 20 in session 10: the document named in its own body by an
 * adjective and its kind, the sides as the subject that follows a name, heads who sign an
 * organisation's text, a gerund's phrase between the sides and their verb, and adjectives of
 * languages in a list. Every text is written for these tests.
 */
final class RussianUnseenStylesTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final String POINT = "1. Стороны подчеркнули важность сотрудничества в области культуры и образования"
      + " и отметили, что это отвечает интересам народов двух стран.\n";

  private static List<String> sorted(List<String> ids) {
    return ids.stream().sorted().collect(Collectors.toList());
  }

  private static List<String> states(Document doc) {
    return doc.parties().stream().filter(p -> p.kind() == PartyKind.STATE).map(Party::id).sorted()
        .collect(Collectors.toList());
  }

  @Test
  void theDocumentNamedByAnAdjectiveBeforeItsKind_isNoInitiative() {
    // GIVEN a declaration named after a city that the body calls «настоящая … декларация»
    Document doc = RUSSIAN.parse("Ереванская декларация министров культуры\n\nМинистры культуры, собравшись в Ереване,"
        + " приняли настоящую Ереванскую декларацию.\n" + POINT
        + "2. Министры поддерживают Стратегию культурного сотрудничества на 2025–2030 годы.\n");
    // THEN only the strategy is an initiative, not the document itself
    assertEquals(List.of("Стратегия культурного сотрудничества"),
        doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList()));
  }

  @Test
  void theSidesAfterAName_areNoPartOfIt() {
    // GIVEN «в рамках <council> стороны продолжат …»
    Document doc = RUSSIAN.parse("Совместное заявление\n\n" + POINT
        + "2. В рамках Совета сотрудничества по вопросам образования стороны продолжат обмен опытом.\n");
    // THEN the council's name ends before «стороны»
    assertEquals(List.of("Совет сотрудничества по вопросам образования"),
        doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void headsWhoSignAnOrganisationsText_signForTheirStates() {
    // GIVEN heads of an organisation's members as the subject, and the heads' roles and names under the text
    Document doc = RUSSIAN.parse("Заявление глав государств – участников Содружества Независимых Государств\n\n"
        + "Главы государств – участников Содружества Независимых Государств заявляют о следующем:\n" + POINT
        + "Президент Республики Армения А.Иванян\nПрезидент Республики Молдова Б.Петреску\n");
    // THEN the organisation and the states of those who sign adopt it
    assertEquals(List.of("AM", "CIS", "MD"), sorted(doc.signatories()));
  }

  @Test
  void aGerundsPhraseBetweenTheStatesAndTheirVerb_leavesThemTheSides() {
    // GIVEN two states as the subject, a gerund's phrase between commas, then the verb of adopting
    Document doc = RUSSIAN.parse("Совместная декларация\n\nМонголия и Республика Корея, являясь близкими соседями"
        + " и партнерами, заявляют о следующем:\n" + POINT);
    // THEN the two states adopt it
    assertEquals(List.of("KR", "MN"), sorted(doc.signatories()));
  }

  @Test
  void adjectivesOfLanguagesInAList_areNoMentionsOfStates() {
    // GIVEN a closing formula that lists the languages of the copies
    Document doc = RUSSIAN.parse("Заявление\n" + POINT + "2. Совершено в двух экземплярах, каждый на русском, французском,"
        + " испанском и португальском языках, а также на английском языке.\n");
    // THEN no state is found
    assertEquals(List.of(), states(doc));
  }

  @Test
  void anAdjectiveOfAStateBeforeAnotherStatesName_stillNamesTheState() {
    // GIVEN a state's adjective in a list that ends in a noun that is not geographic
    Document doc = RUSSIAN.parse("Заявление\n" + POINT + "2. Армянская, монгольская и китайская делегации"
        + " обсудили ситуацию в Индийском и Тихом океанах.\n");
    // THEN the states of the delegations count, no state of an ocean
    assertEquals(List.of("AM", "CN", "MN"), states(doc));
  }
}
