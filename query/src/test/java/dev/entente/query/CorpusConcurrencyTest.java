package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Party;
import dev.entente.model.RandomDocuments;
import dev.entente.model.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One {@link Corpus} shared by 8 threads (issue 8): the same queries give exactly the results a
 * single thread gets on its own copy. The shared corpus is fresh, so its lazily built parts
 * (editions, indexes) are first touched by several threads at once.
 */
final class CorpusConcurrencyTest {
  private static final int THREADS = 8;

  @Test
  void sharedCorpus_eightThreads_giveTheSingleThreadResults() throws Exception {
    // GIVEN 400 random documents and 60 random queries
    Random random = new Random(8);
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      documents.add(RandomDocuments.document(random));
    }
    documents.add(documents.get(0));
    List<Function<Corpus, Object>> queries = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Condition<Statement> s = RandomConditions.statements(random, 3);
      Condition<Event> e = RandomConditions.events(random, 3);
      Condition<Party> p = RandomConditions.parties(random, 3);
      queries.add(c -> c.statements().where(s).hits());
      queries.add(c -> c.events().where(e).hits());
      queries.add(c -> c.parties().where(p).hits());
    }
    queries.add(Corpus::timeline);
    queries.add(Corpus::editions);
    queries.add(c -> c.distinct().size());
    queries.add(c -> c.lifecycle("m1").toString());
    queries.add(c -> c.initiatives().hits());
    queries.add(c -> c.mechanisms().hits());
    queries.add(c -> c.participants().hits());
    queries.add(c -> c.documents().stream().map(Document::id).collect(java.util.stream.Collectors.toList()));
    Corpus alone = Query.from(documents);
    List<Object> expected = new ArrayList<>();
    queries.forEach(q -> expected.add(q.apply(alone)));
    // WHEN 8 threads run every query, each in its own order, on one fresh corpus
    Corpus shared = Query.from(documents);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Object[]>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < queries.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          Object[] got = new Object[queries.size()];
          start.await();
          for (int i : order) {
            got[i] = queries.get(i).apply(shared);
          }
          return got;
        }));
      }
      start.countDown();
      // THEN every thread got the single-thread result of every query
      for (int t = 0; t < THREADS; t++) {
        Object[] got = results.get(t).get(120, TimeUnit.SECONDS);
        for (int i = 0; i < got.length; i++) {
          assertEquals(expected.get(i), got[i], "thread " + t + ", query " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
