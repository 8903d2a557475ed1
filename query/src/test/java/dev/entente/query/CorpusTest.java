package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.entente.model.Act;
import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.Initiative;
import dev.entente.model.InitiativeKind;
import dev.entente.model.Level;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.Mention;
import dev.entente.model.Participant;
import dev.entente.model.PartyKind;
import dev.entente.model.Statement;
import dev.entente.model.Strength;
import dev.entente.model.Topic;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class CorpusTest {
  private final Document a = Fixtures.a();
  private final Document b = Fixtures.b();
  private final Corpus corpus = Query.from(List.of(b, a));

  // ---- entry points ----

  @Test
  void from_documentsInAnyOrder_keepsThemById() {
    // WHEN
    ImmutableList<String> ids = corpus.documents().stream().map(Document::id)
        .collect(ImmutableList.toImmutableList());
    // THEN
    assertEquals(List.of("a-2025", "b-2026"), ids);
    assertEquals(2, corpus.size());
    assertEquals("Corpus[a-2025, b-2026]", corpus.toString());
  }

  @Test
  void from_oneDocument_offersTheSameSteps() {
    // WHEN
    List<Statement> statements = Query.from(a).statements().by("AZ").toList();
    // THEN
    assertEquals(2, statements.size());
  }

  @Test
  void from_nullDocument_namesTheArgument() {
    // WHEN
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Query.from(java.util.Arrays.asList(a, null)));
    // THEN
    assertEquals("documents must not contain null", e.getMessage());
  }

  @Test
  void plus_addsDocumentsToANewCorpus() {
    // GIVEN
    Corpus one = Query.from(a);
    // WHEN
    Corpus two = one.plus(List.of(b));
    // THEN
    assertEquals(1, one.size());
    assertEquals(2, two.size());
  }

  // ---- statements ----

  @Test
  void statements_byWithActAbout_combinesFilters() {
    // WHEN
    List<Statement> found = corpus.statements().by("KZ").withAct(Act.SUPPORT).about(Topic.ENERGY)
        .toList();
    // THEN
    assertEquals(1, found.size());
    assertEquals(List.of("KZ", "CN"), found.get(0).actorIds());
  }

  @Test
  void statements_filtersInAnyOrder_giveTheSameResult() {
    // WHEN
    List<Statement> one = corpus.statements().about(Topic.ENERGY).withAct(Act.SUPPORT).by("KZ")
        .toList();
    List<Statement> other = corpus.statements().by("KZ").withAct(Act.SUPPORT).about(Topic.ENERGY)
        .toList();
    // THEN
    assertEquals(one, other);
  }

  @Test
  void statements_mentioning_findsByIds() {
    // THEN
    assertEquals(3, corpus.statements().mentioningInitiative("BRI").count());
    assertEquals(3, corpus.statements().mentioningMechanism("council").count());
    assertEquals(1, corpus.statements().mentioningEvent("council-8").count());
    assertEquals(4, corpus.statements().mentioningParty("CN").count());
  }

  @Test
  void statements_negatedAndAffirmed_splitTheStatements() {
    // WHEN
    long negated = corpus.statements().negated().count();
    long affirmed = corpus.statements().affirmed().count();
    // THEN
    assertEquals(1, negated);
    assertEquals(7, affirmed);
    assertEquals(corpus.statements().count(), negated + affirmed);
  }

  @Test
  void statements_atLeast_needsAKnownStrength() {
    // GIVEN the fixtures record no strength
    // THEN
    assertTrue(corpus.statements().atLeast(Strength.NOTE).isEmpty());
  }

  // ---- initiatives ----

  @Test
  void initiatives_proposedBySupportedBy_followsSupportingStatements() {
    // WHEN
    List<Hit<Initiative>> found = corpus.initiatives().proposedBy("CN").supportedBy("AZ").hits();
    // THEN
    assertEquals(1, found.size());
    assertEquals("a-2025", found.get(0).document().id());
    assertEquals("BRI", found.get(0).item().id());
  }

  @Test
  void initiatives_supportedBy_ignoresNegatedStatements() {
    // GIVEN b-2026: «Узбекистан не поддерживает инициативу «Пояс и путь»»
    // THEN
    assertTrue(corpus.initiatives().supportedBy("UZ").isEmpty());
    assertEquals(List.of("GDI"), corpus.initiatives().supportedBy("KZ").withId("GDI").ids().stream().collect(Collectors.toList()));
  }

  @Test
  void initiatives_withIdNamedOfKind_findEach() {
    // THEN
    assertEquals(2, corpus.initiatives().withId("BRI").count());
    assertEquals(List.of("GDI"), corpus.initiatives().named("развития").ids().stream().collect(Collectors.toList()));
    assertEquals(3, corpus.initiatives().ofKind(InitiativeKind.INITIATIVE).count());
    assertTrue(corpus.initiatives().ofKind(InitiativeKind.TREATY).isEmpty());
  }

  // ---- mechanisms ----

  @Test
  void mechanisms_withStatus_countByKind() {
    // WHEN
    Map<MechanismKind, Long> counts = corpus.mechanisms()
        .withStatus(MechanismStatus.NEW).countBy(Mechanism::kind);
    // THEN
    assertEquals(Map.of(MechanismKind.COUNCIL, 1L), counts);
  }

  @Test
  void mechanisms_atLevelOfKindNamed_findEach() {
    // THEN
    assertEquals(2, corpus.mechanisms().atLevel(Level.MINISTERS).ofKind(MechanismKind.COUNCIL)
        .named("совет").count());
    assertEquals(List.of("council"), corpus.mechanisms().withId("council").ids().stream().collect(Collectors.toList()));
  }

  // ---- events ----

  @Test
  void events_plannedBetweenAt_readsLikeTheQuestion() {
    // WHEN
    List<Event> found = corpus.events().planned()
        .between(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 12, 31)).at("Астана").toList();
    // THEN
    assertEquals(List.of("council-6"), found.stream().map(Event::id).collect(Collectors.toList()));
  }

  @Test
  void events_at_matchesCountryAndIgnoresCase() {
    // THEN
    assertEquals(2, corpus.events().at("kz").count());
    assertEquals(2, corpus.events().at("АСТАНА").count());
    assertEquals(List.of("council-6b"), corpus.events().at("UZ").ids().stream().collect(Collectors.toList()));
  }

  @Test
  void events_heldDuringOfKindOrdinal_findEach() {
    // THEN
    assertEquals(List.of("council-6b"), corpus.events().held().during(Year.of(2026)).ids().stream().collect(Collectors.toList()));
    assertEquals(2, corpus.events().withOrdinal(6).count());
    assertEquals(3, corpus.events().ofKind(EventKind.MEETING).ofMechanism("council").count());
    assertEquals(List.of("council-8"), corpus.events().named("8-я").ids().stream().collect(Collectors.toList()));
  }

  @Test
  void events_between_rejectsAnInvertedRange() {
    // WHEN
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> corpus.events().between(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)));
    // THEN
    assertEquals("range must not end before it starts: 2026-01-01..2025-01-01", e.getMessage());
  }

  @Test
  void timeline_ordersDatedEventsByDate() {
    // WHEN
    List<String> ids = corpus.timeline().stream().map(h -> h.item().id())
        .collect(Collectors.toList());
    // THEN council-8 has no date
    assertEquals(List.of("council-6", "council-6b"), ids);
  }

  @Test
  void timeline_overridesAnEarlierOrder() {
    // WHEN
    List<String> ids = corpus.events().sortedBy(Comparator.comparing(Event::id).reversed())
        .timeline().stream().map(h -> h.item().id()).collect(Collectors.toList());
    // THEN
    assertEquals(List.of("council-6", "council-6b"), ids);
  }

  // ---- parties and participants ----

  @Test
  void parties_coMentionedWith_ranksByStatements() {
    // WHEN
    Map<String, Long> ranked = corpus.parties().coMentionedWith("CN").ranked();
    // THEN KZ shares statements 1, 3 and 4 of a-2025 with CN; AZ shares 2 and 3
    assertEquals(ImmutableList.of("KZ", "AZ"), ranked.keySet().stream().collect(Collectors.toList()));
    assertEquals(ImmutableMap.of("KZ", 3L, "AZ", 2L), ranked);
  }

  @Test
  void parties_thatSignOfKindWithId_findEach() {
    // THEN
    assertEquals(5, corpus.parties().signatories().count());
    assertEquals(5, corpus.parties().ofKind(PartyKind.STATE).count());
    assertTrue(corpus.parties().ofKind(PartyKind.ORGANIZATION).isEmpty());
    assertEquals(2, corpus.parties().withId("KZ").count());
    assertEquals(List.of("KZ", "CN", "AZ", "UZ"), corpus.parties().ids().stream().collect(Collectors.toList()));
    assertEquals(List.of("UZ"), corpus.parties().named("узбек").ids().stream().collect(Collectors.toList()));
  }

  @Test
  void parties_ranked_countsStatementsNamingEachParty() {
    // THEN
    assertEquals(ImmutableMap.of("KZ", 5L, "CN", 4L, "AZ", 2L, "UZ", 2L),
        corpus.parties().ranked());
  }

  @Test
  void participants_representingWithRoleNamed_findEach() {
    // WHEN
    List<Participant> found = corpus.participants().representing("CN").withRole("МИНИСТР")
        .named("ван").toList();
    // THEN
    assertEquals(1, found.size());
    assertTrue(corpus.participants().representing("KZ").isEmpty());
  }

  // ---- documents and navigation ----

  @Test
  void documents_filters_findEach() {
    // THEN
    assertEquals(List.of("b-2026"), corpus.documents().ofKind(DocumentKind.COMMUNIQUE).ids().stream().collect(Collectors.toList()));
    assertEquals(List.of("a-2025"), corpus.documents().withSignatory("AZ").ids().stream().collect(Collectors.toList()));
    assertEquals(List.of("a-2025"), corpus.documents().naming("CN").ids().stream().collect(Collectors.toList()));
    assertEquals(List.of("a-2025"), corpus.documents().adoptedAt("Алматы").ids().stream().collect(Collectors.toList()));
    assertEquals(List.of("b-2026"), corpus.documents()
        .datedBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).ids().stream().collect(Collectors.toList()));
    assertEquals(List.of("b-2026"), corpus.documents().named("коммюнике").ids().stream().collect(Collectors.toList()));
    assertTrue(corpus.documents().publishedBy("Синьхуа").isEmpty());
  }

  @Test
  void documents_navigation_keepsItemsOfTheMatchingDocuments() {
    // WHEN
    List<Hit<Statement>> found = corpus.documents().withSignatory("UZ").statements().by("KZ").hits();
    // THEN
    assertEquals(2, found.size());
    assertTrue(found.stream().allMatch(h -> h.document().id().equals("b-2026")));
    assertEquals(2, corpus.documents().withSignatory("UZ").initiatives().count());
    assertEquals(1, corpus.documents().withSignatory("UZ").mechanisms().count());
    assertEquals(2, corpus.documents().withSignatory("UZ").events().count());
    assertEquals(2, corpus.documents().withSignatory("UZ").parties().count());
    assertTrue(corpus.documents().withSignatory("UZ").participants().isEmpty());
  }

  @Test
  void documents_navigationAfterLimit_keepsOnlyTheLimitedDocuments() {
    // WHEN
    long events = corpus.documents().limit(1).events().count();
    // THEN
    assertEquals(1, events);
  }

  // ---- terminals ----

  @Test
  void single_twoMatches_showsASample() {
    // WHEN
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> corpus.initiatives().withId("BRI").single());
    // THEN
    assertEquals("expected one of initiatives where withId(BRI) but found 2: "
        + "<a-2025/BRI, b-2026/BRI>", e.getMessage());
  }

  @Test
  void single_noMatch_saysWhatWasSought() {
    // WHEN
    NoSuchElementException e = assertThrows(NoSuchElementException.class,
        () -> corpus.events().at("Париж").single());
    // THEN
    assertEquals("expected one of events where at(Париж) but found none", e.getMessage());
  }

  @Test
  void single_oneMatch_returnsIt() {
    // THEN
    assertEquals("GDI", corpus.initiatives().named("развития").single().id());
    assertEquals("b-2026", corpus.initiatives().named("развития").singleHit().document().id());
  }

  @Test
  void first_emptyOrNot_isOptional() {
    // THEN
    assertTrue(corpus.events().at("Париж").first().isEmpty());
    assertEquals("council-6", corpus.events().first().orElseThrow().id());
    assertEquals("a-2025", corpus.events().firstHit().orElseThrow().document().id());
  }

  @Test
  void sortedByAndLimit_orderThenCut() {
    // WHEN
    List<String> ids = corpus.events().sortedBy(Comparator.comparing(Event::id).reversed())
        .limit(2).stream().map(Event::id).collect(Collectors.toList());
    // THEN
    assertEquals(List.of("council-8", "council-6b"), ids);
  }

  @Test
  void sortedBy_twice_addsATieBreaker() {
    // WHEN
    List<String> ids = corpus.events()
        .sortedBy(Comparator.comparing((Event e) -> e.ordinal().orElse(0)))
        .sortedBy(Comparator.comparing(Event::id).reversed())
        .stream().map(Event::id).collect(Collectors.toList());
    // THEN
    assertEquals(List.of("council-6b", "council-6", "council-8"), ids);
  }

  @Test
  void limit_beforeOrAfterFilters_isTheSame() {
    // THEN
    assertEquals(corpus.statements().by("KZ").limit(2).toList(),
        corpus.statements().limit(2).by("KZ").toList());
    assertEquals(0, corpus.statements().limit(0).count());
  }

  @Test
  void limit_negative_isRefused() {
    // WHEN
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> corpus.statements().limit(-1));
    // THEN
    assertEquals("limit must not be negative: -1", e.getMessage());
  }

  @Test
  void collect_takesAnyJdkCollector() {
    // WHEN
    Map<Act, Long> acts = corpus.statements().by("KZ")
        .collect(Collectors.groupingBy(s -> s.act().orElseThrow(), Collectors.counting()));
    // THEN
    assertEquals(Map.of(Act.SUPPORT, 2L, Act.AGREE, 1L, Act.NOTE, 1L, Act.DECIDE, 1L), acts);
  }

  @Test
  void groupBy_keepsItemsUnderTheirKey() {
    // WHEN
    var byStatus = corpus.events().groupBy(Event::status);
    // THEN
    assertEquals(2, byStatus.get(dev.entente.model.EventStatus.PLANNED).size());
    assertEquals(1, byStatus.get(dev.entente.model.EventStatus.HELD).size());
  }

  @Test
  void where_predicate_filtersItems() {
    // THEN
    assertEquals(1, corpus.events().where(e -> e.name().startsWith("8")).count());
    assertTrue(corpus.events().anyMatch(e -> e.ordinal().orElse(0) == 8));
    assertFalse(corpus.events().anyMatch(e -> e.ordinal().orElse(0) == 7));
  }

  @Test
  void where_onHit_seesTheDocument() {
    // WHEN
    long inSignatoryState = corpus.events().where(Condition.<Event>onHit(hit -> hit.item().place()
        .flatMap(p -> p.country()).map(hit.document().signatories()::contains).orElse(false)))
        .count();
    // THEN all three take place in a signatory's country
    assertEquals(3, inSignatoryState);
  }

  @Test
  void steps_areImmutable() {
    // GIVEN
    StatementQuery byKz = corpus.statements().by("KZ");
    // WHEN
    StatementQuery narrower = byKz.about(Topic.WATER);
    // THEN
    assertEquals(5, byKz.count());
    assertEquals(1, narrower.count());
  }

  @Test
  void toString_readsAsThePhrase() {
    // THEN
    assertEquals("statements where (by(KZ) and about(ENERGY)) limit 3",
        corpus.statements().by("KZ").about(Topic.ENERGY).limit(3).toString());
    assertEquals("events", corpus.events().toString());
  }

  // ---- explanations ----

  @Test
  void explain_statement_givesSentenceActorsAndRule() {
    // GIVEN
    Hit<Statement> hit = corpus.statements().by("AZ").withAct(Act.WELCOME).singleHit();
    // WHEN
    Explanation why = hit.explain();
    // THEN
    assertEquals("acts.tsv:" + Act.WELCOME.ordinal(), why.rule());
    List<String> texts = why.mentions().stream().map(Mention::text).collect(Collectors.toList());
    assertEquals(List.of("2. Азербайджан приветствует инициативу «Пояс и путь» и участие Китая.",
        "Азербайджан"), texts);
    for (Mention m : why.mentions()) {
      assertEquals(m.text(), m.span().coveredText(hit.document().text()));
    }
  }

  @Test
  void explain_initiative_givesMentionsAndRule() {
    // WHEN
    Explanation why = corpus.initiatives().withId("BRI").firstHit().orElseThrow().explain();
    // THEN
    assertEquals(2, why.mentions().size());
    assertEquals("initiatives.tsv:1", why.rule());
    assertTrue(why.toString().startsWith("«Пояс и путь» ["), why.toString());
    assertTrue(why.toString().endsWith("rule: initiatives.tsv:1"), why.toString());
  }

  @Test
  void explain_query_explainsEveryResult() {
    // WHEN
    List<Explanation> all = corpus.events().planned().explain();
    // THEN
    assertEquals(List.of("events:ordinal", ""),
        all.stream().map(Explanation::rule).collect(Collectors.toList()));
    assertEquals("6-ю встречу Совета министров", all.get(0).mentions().get(0).text());
  }

  @Test
  void hit_equality_ignoresWhichCorpusFoundIt() {
    // GIVEN
    Hit<Event> inCorpus = corpus.events().withId("council-6").singleHit();
    Hit<Event> alone = Query.from(a).events().withId("council-6").singleHit();
    // THEN
    assertEquals(inCorpus, alone);
    assertEquals(inCorpus.hashCode(), alone.hashCode());
    assertEquals(Hit.of(a, a.events().get(0)), alone);
    assertEquals("a-2025/council-6", alone.toString());
  }
}
