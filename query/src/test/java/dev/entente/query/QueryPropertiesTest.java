package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Party;
import dev.entente.model.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Invariants of queries over random corpora and random condition trees. */
final class QueryPropertiesTest {
  private static final int TRIES = Integer.getInteger("entente.property.tries", 300);

  @Test
  void corpusQueryEqualsTheSameQueryDocumentByDocument() {
    qt().withExamples(TRIES).forAll(longs().all()).checkAssert(seed -> {
      // GIVEN
      Random random = new Random(seed);
      List<Document> documents = RandomConditions.documents(random);
      Condition<Statement> statements = RandomConditions.statements(random, 3);
      Condition<Event> events = RandomConditions.events(random, 3);
      Condition<Party> parties = RandomConditions.parties(random, 3);
      Corpus corpus = Query.from(documents);
      List<Document> inOrder = new ArrayList<>(documents);
      inOrder.sort(Corpus.ORDER);
      // WHEN / THEN
      assertEquals(perDocument(inOrder, c -> c.statements().where(statements).hits()),
          corpus.statements().where(statements).hits(), statements::toString);
      assertEquals(perDocument(inOrder, c -> c.events().where(events).hits()),
          corpus.events().where(events).hits(), events::toString);
      assertEquals(perDocument(inOrder, c -> c.parties().where(parties).hits()),
          corpus.parties().where(parties).hits(), parties::toString);
    });
  }

  @Test
  void indexedQueryEqualsAScanOfEveryItem() {
    qt().withExamples(TRIES).forAll(longs().all()).checkAssert(seed -> {
      // GIVEN
      Random random = new Random(seed);
      Corpus corpus = Query.from(RandomConditions.documents(random));
      Condition<Statement> statements = RandomConditions.statements(random, 4);
      Condition<Event> events = RandomConditions.events(random, 4);
      Condition<Party> parties = RandomConditions.parties(random, 4);
      // WHEN / THEN
      assertEquals(scan(corpus.statements().hits(), statements),
          corpus.statements().where(statements).hits(), statements::toString);
      assertEquals(scan(corpus.events().hits(), events),
          corpus.events().where(events).hits(), events::toString);
      assertEquals(scan(corpus.parties().hits(), parties),
          corpus.parties().where(parties).hits(), parties::toString);
    });
  }

  @Test
  void countsFromTheIndexEqualCountsOfTheItems() {
    java.util.concurrent.atomic.AtomicLong mechanismsCounted = new java.util.concurrent.atomic.AtomicLong();
    qt().withExamples(TRIES).forAll(longs().all()).checkAssert(seed -> {
      // GIVEN
      Random random = new Random(seed);
      Corpus corpus = Query.from(RandomConditions.documents(random));
      Condition<Event> events = RandomConditions.events(random, 3);
      int limit = random.nextInt(5);
      // WHEN / THEN
      EventQuery query = corpus.events().where(events);
      assertEquals(query.countBy(Event::kind), query.countByKind(), events::toString);
      assertEquals(query.countBy(Event::status), query.countByStatus(), events::toString);
      assertEquals(query.limit(limit).countBy(Event::kind), query.limit(limit).countByKind());
      EventQuery sorted = query.sortedBy(java.util.Comparator.comparing(Event::id)).limit(limit);
      assertEquals(sorted.countBy(Event::kind), sorted.countByKind());
      for (dev.entente.model.MechanismStatus status : dev.entente.model.MechanismStatus.values()) {
        MechanismQuery mechanisms = corpus.mechanisms().withStatus(status);
        assertEquals(mechanisms.countBy(dev.entente.model.Mechanism::kind), mechanisms.countByKind());
        assertEquals(mechanisms.countBy(dev.entente.model.Mechanism::status), mechanisms.countByStatus());
        mechanismsCounted.addAndGet(mechanisms.count());
      }
    });
    assertTrue(mechanismsCounted.get() > 0, "the random corpora had no mechanisms to count");
  }

  @Test
  void lazyResultsCountsAndFirstPagesEqualAPlainFilterOverEveryDocument() {
    qt().withExamples(TRIES / 3).forAll(longs().all()).checkAssert(seed -> {
      // GIVEN: corpora large enough for both dense keys (bitsets) and sparse ones (lists)
      Random random = new Random(seed);
      List<Document> documents = RandomConditions.manyDocuments(random);
      Corpus corpus = Query.from(documents);
      List<Document> inOrder = new ArrayList<>(documents);
      inOrder.sort(Corpus.ORDER);
      Condition<Statement> statements = RandomConditions.statements(random, 3);
      Condition<Event> events = RandomConditions.events(random, 3);
      int page = random.nextInt(25);
      // WHEN / THEN
      checkAgainstPlainFilter(corpus.statements().where(statements),
          plainFilter(inOrder, Document::statements, statements), page);
      checkAgainstPlainFilter(corpus.events().where(events),
          plainFilter(inOrder, Document::events, events), page);
      EventQuery query = corpus.events().where(events);
      assertEquals(query.countBy(Event::kind), query.countByKind(), events::toString);
      assertEquals(query.limit(page).countBy(Event::status), query.limit(page).countByStatus());
    });
  }

  @Test
  void atScale_lazyResultsCountsAndFirstPagesEqualAPlainFilterOverEveryDocument() {
    qt().withExamples(Math.max(2, TRIES / 100)).forAll(longs().all()).checkAssert(seed -> {
      // GIVEN: thousands of statements, so that keys of middling density get bitsets on demand
      Random random = new Random(seed);
      List<Document> documents = RandomConditions.documents(random, 3000);
      Corpus corpus = Query.from(documents);
      List<Document> inOrder = new ArrayList<>(documents);
      inOrder.sort(Corpus.ORDER);
      long statementCount = corpus.statements().count();
      long eventCount = corpus.events().count();
      assertTrue(statementCount >= 1024 && eventCount >= 1024,
          () -> "too few items for bitsets on demand: " + statementCount + ", " + eventCount);
      for (int query = 0; query < 10; query++) {
        Condition<Statement> statements = RandomConditions.statements(random, 3);
        Condition<Event> events = RandomConditions.events(random, 3);
        int page = random.nextInt(25);
        // WHEN / THEN
        checkAgainstPlainFilter(corpus.statements().where(statements),
            plainFilter(inOrder, Document::statements, statements), page);
        checkAgainstPlainFilter(corpus.events().where(events),
            plainFilter(inOrder, Document::events, events), page);
      }
    });
  }

  private static <T> List<Hit<T>> plainFilter(List<Document> documents,
      Function<Document, List<T>> items, Condition<T> condition) {
    List<Hit<T>> out = new ArrayList<>();
    for (Document document : documents) {
      for (T item : items.apply(document)) {
        if (condition.test(Hit.of(document, item))) {
          out.add(Hit.of(document, item));
        }
      }
    }
    return out;
  }

  private static <T> void checkAgainstPlainFilter(AbstractQuery<?, T> query, List<Hit<T>> expected,
      int page) {
    String name = query.toString();
    List<T> items = expected.stream().map(Hit::item).collect(Collectors.toList());
    assertEquals(expected, query.hits(), name);
    assertEquals(items, query.toList(), name);
    assertEquals(query.toList(), items, name);
    assertEquals(items.hashCode(), query.toList().hashCode(), name);
    assertEquals(expected.size(), query.count(), name);
    assertEquals(expected.isEmpty(), query.isEmpty(), name);
    assertEquals(items.stream().findFirst(), query.first(), name);
    List<Hit<T>> first = expected.subList(0, Math.min(page, expected.size()));
    assertEquals(first, query.limit(page).hits(), name);
    assertEquals(items.subList(0, first.size()), query.limit(page).toList(), name);
    assertEquals(first.size(), query.limit(page).count(), name);
  }

  @Test
  void andOrNotObeyTheirLaws() {
    qt().withExamples(TRIES).forAll(longs().all()).checkAssert(seed -> {
      // GIVEN
      Random random = new Random(seed);
      Corpus corpus = Query.from(RandomConditions.documents(random));
      Condition<Statement> a = RandomConditions.statements(random, 2);
      Condition<Statement> b = RandomConditions.statements(random, 2);
      Condition<Statement> c = RandomConditions.statements(random, 2);
      List<Hit<Statement>> all = corpus.statements().hits();
      Function<Condition<Statement>, List<Hit<Statement>>> run =
          x -> corpus.statements().where(x).hits();
      String names = a + " | " + b + " | " + c;
      // THEN: and, or and not are conjunction, disjunction and complement
      assertEquals(filter(all, h -> a.test(h) && b.test(h)), run.apply(a.and(b)), names);
      assertEquals(filter(all, h -> a.test(h) || b.test(h)), run.apply(a.or(b)), names);
      assertEquals(filter(all, h -> !a.test(h)), run.apply(a.not()), names);
      // identities, complements, involution
      assertEquals(run.apply(a), run.apply(a.and(Condition.always())), names);
      assertEquals(run.apply(a), run.apply(Condition.<Statement>never().or(a)), names);
      assertEquals(all, run.apply(a.or(Condition.always())), names);
      assertTrue(run.apply(a.and(Condition.never())).isEmpty(), names);
      assertTrue(run.apply(a.and(a.not())).isEmpty(), names);
      assertEquals(all, run.apply(a.or(a.not())), names);
      assertEquals(run.apply(a), run.apply(a.not().not()), names);
      // commutativity, associativity, De Morgan, distributivity
      assertEquals(run.apply(a.and(b)), run.apply(b.and(a)), names);
      assertEquals(run.apply(a.or(b)), run.apply(b.or(a)), names);
      assertEquals(run.apply(a.and(b).and(c)), run.apply(a.and(b.and(c))), names);
      assertEquals(run.apply(a.or(b).or(c)), run.apply(a.or(b.or(c))), names);
      assertEquals(run.apply(a.and(b).not()), run.apply(a.not().or(b.not())), names);
      assertEquals(run.apply(a.or(b).not()), run.apply(a.not().and(b.not())), names);
      assertEquals(run.apply(a.and(b.or(c))), run.apply(a.and(b).or(a.and(c))), names);
      assertEquals(run.apply(a.or(b.and(c))), run.apply(a.or(b).and(a.or(c))), names);
      // chained where is and
      assertEquals(run.apply(a.and(b)), corpus.statements().where(a).where(b).hits(), names);
    });
  }

  @Test
  void resultsDoNotDependOnTheOrderDocumentsWereAdded() {
    qt().withExamples(TRIES).forAll(longs().all()).checkAssert(seed -> {
      // GIVEN
      Random random = new Random(seed);
      List<Document> documents = RandomConditions.documents(random);
      Condition<Statement> statements = RandomConditions.statements(random, 3);
      Condition<Event> events = RandomConditions.events(random, 3);
      List<Document> shuffled = new ArrayList<>(documents);
      Collections.shuffle(shuffled, random);
      int half = shuffled.size() / 2;
      // WHEN
      Corpus one = Query.from(documents);
      Corpus other = Query.from(shuffled.subList(0, half)).plus(shuffled.subList(half, shuffled.size()));
      // THEN
      assertEquals(one.statements().where(statements).hits(),
          other.statements().where(statements).hits());
      assertEquals(one.events().where(events).hits(), other.events().where(events).hits());
      assertEquals(one.timeline(), other.timeline());
      assertEquals(one.parties().coMentionedWith("CN").ranked(),
          other.parties().coMentionedWith("CN").ranked());
      assertEquals(one.initiatives().supportedBy("KZ").hits(),
          other.initiatives().supportedBy("KZ").hits());
      assertEquals(one.mechanisms().countBy(m -> m.kind()), other.mechanisms().countBy(m -> m.kind()));
      assertEquals(one.editions(), other.editions());
      assertEquals(one.lifecycle("m1").events(), other.lifecycle("m1").events());
    });
  }

  @Test
  void everyExplanationCoversItsText() {
    qt().withExamples(TRIES).forAll(longs().all()).checkAssert(seed -> {
      // GIVEN
      Corpus corpus = Query.from(RandomConditions.documents(new Random(seed)));
      // WHEN
      List<Hit<?>> hits = new ArrayList<>();
      hits.addAll(corpus.statements().hits());
      hits.addAll(corpus.events().hits());
      hits.addAll(corpus.initiatives().hits());
      hits.addAll(corpus.parties().hits());
      hits.addAll(corpus.participants().hits());
      hits.addAll(corpus.documents().hits());
      // THEN
      for (Hit<?> hit : hits) {
        hit.explain().mentions().forEach(m ->
            assertEquals(m.text(), m.span().coveredText(hit.document().text())));
      }
    });
  }

  private static <T> List<Hit<T>> perDocument(List<Document> documents,
      Function<Corpus, List<Hit<T>>> query) {
    return documents.stream().flatMap(d -> query.apply(Query.from(d)).stream())
        .collect(Collectors.toList());
  }

  private static <T> List<Hit<T>> scan(List<Hit<T>> all, Condition<T> condition) {
    return filter(all, condition::test);
  }

  private static <T> List<Hit<T>> filter(List<Hit<T>> all, java.util.function.Predicate<Hit<T>> p) {
    return all.stream().filter(p).collect(Collectors.toList());
  }
}
