package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One {@link Parser} shared by 8 threads (issue 8) gives exactly the documents a single thread
 * gives, over 1,000 inputs: the two seed documents, perturbed excerpts of them, document-like text
 * and adversarial text. The shared parser is fresh, so its first parses run concurrently.
 */
final class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int DOCUMENTS = 1_000;

  @Test
  void sharedParser_eightThreads_giveTheSingleThreadDocuments() throws Exception {
    // GIVEN 1,000 inputs and what one thread makes of them
    List<String> inputs = inputs(new Random(1_000));
    Parser alone = Parser.russian();
    List<Document> expected = new ArrayList<>();
    for (String text : inputs) {
      expected.add(alone.parse("d", text));
    }
    // WHEN a fresh parser is shared by 8 threads that start together, each taking every 8th input
    Parser shared = Parser.russian();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Document>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        results.add(pool.submit(() -> {
          start.await();
          List<Document> got = new ArrayList<>();
          for (int i = first; i < inputs.size(); i += THREADS) {
            got.add(shared.parse("d", inputs.get(i)));
          }
          return got;
        }));
      }
      start.countDown();
      // THEN every document equals the single-thread one
      for (int t = 0; t < THREADS; t++) {
        List<Document> got = results.get(t).get(300, TimeUnit.SECONDS);
        for (int k = 0; k < got.size(); k++) {
          int i = t + k * THREADS;
          assertEquals(expected.get(i), got.get(k), "input " + i + " parsed on thread " + t);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Seeds whole, perturbed excerpts of them, document-like and adversarial text. */
  static List<String> inputs(Random random) {
    List<String> seeds = List.of(Seeds.text(Seeds.COMMUNIQUE), Seeds.text(Seeds.JOINT_STATEMENT));
    List<String> inputs = new ArrayList<>(seeds);
    while (inputs.size() < DOCUMENTS) {
      switch (inputs.size() % 3) {
        case 0:
          inputs.add(perturb(random, seeds.get(random.nextInt(2))));
          break;
        case 1:
          inputs.add(DocumentLikeText.generate(random));
          break;
        default:
          String adversarial = AdversarialText.generate(random);
          inputs.add(adversarial.substring(0, Math.min(adversarial.length(), 4_000)));
      }
    }
    return inputs;
  }

  /** An excerpt of 1–6 Ki chars with a few characters deleted, duplicated or replaced. */
  static String perturb(Random random, String seed) {
    int length = Math.min(seed.length(), 1_024 + random.nextInt(5 * 1_024));
    int from = random.nextInt(seed.length() - length + 1);
    StringBuilder text = new StringBuilder(seed.substring(from, from + length));
    for (int i = random.nextInt(8); i > 0 && text.length() > 1; i--) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(3)) {
        case 0:
          text.deleteCharAt(at);
          break;
        case 1:
          text.insert(at, text.charAt(at));
          break;
        default:
          text.setCharAt(at, "\n.«»1 -".charAt(random.nextInt(7)));
      }
    }
    return text.toString();
  }
}
