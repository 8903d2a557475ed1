package dev.entente.store;

import dev.entente.model.Document;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process of {@link InterruptedWriteTest}: adds documents {@code 0 .. count-1} of {@link
 * #document(int)} to a store, in groups, printing {@code committed N} after each commit and a
 * closing {@code done added=… unchanged=…}.
 */
final class StoreWriter {
  private StoreWriter() {}

  static Document document(int i) {
    return CorpusStoreTest.random(7_000_000L + i, "doc-" + i);
  }

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    int group = Integer.parseInt(args[2]);
    int added = 0;
    int unchanged = 0;
    try (CorpusStore store = CorpusStore.open(file)) {
      for (int start = 0; start < count; start += group) {
        List<Document> docs = new java.util.ArrayList<>();
        for (int i = start; i < Math.min(count, start + group); i++) {
          docs.add(document(i));
        }
        for (CorpusStore.Outcome outcome : store.addAll(docs)) {
          added += outcome == CorpusStore.Outcome.ADDED ? 1 : 0;
          unchanged += outcome == CorpusStore.Outcome.UNCHANGED ? 1 : 0;
        }
        System.out.println("committed " + Math.min(count, start + group));
        System.out.flush();
      }
    }
    System.out.println("done added=" + added + " unchanged=" + unchanged);
  }
}
