package dev.entente.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hottest methods of a JFR recording's execution samples: by self time (top frame) and by
 * inclusive time (anywhere on the stack, counted once per sample), and library methods by the
 * nearest caller of ours, as percentages of all samples.
 * Pure JDK ({@code jdk.jfr.consumer}), so profiles can be read on any machine with a JDK.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.entente.bench.JfrTop FILE.jfr [rows] [prefix]}; only
 * methods whose class starts with {@code prefix} (default {@code dev.entente.parser}) are listed
 * in the inclusive table.
 */
public final class JfrTop {
  private JfrTop() {}

  public static void main(String[] args) throws IOException {
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    String prefix = args.length > 2 ? args[2] : "dev.entente.parser";
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    // For each JDK method that is hot by itself, which method of ours called it.
    Map<String, Integer> callers = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = stack.getFrames();
      String top = name(frames.get(0));
      self.merge(top, 1, Integer::sum);
      if (!top.startsWith(prefix)) {
        frames.stream().map(JfrTop::name).filter(n -> n.startsWith(prefix)).findFirst()
            .ifPresent(caller -> callers.merge(top + "  <-  " + caller, 1, Integer::sum));
      }
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String name = name(frame);
        if (name.startsWith(prefix) && seen.add(name)) {
          inclusive.merge(name, 1, Integer::sum);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%,d execution samples%n%nself (top frame):%n", samples);
    print(self, samples, rows);
    System.out.printf(Locale.ROOT, "%ninclusive (%s.*):%n", prefix);
    print(inclusive, samples, rows);
    System.out.printf(Locale.ROOT, "%nlibrary methods by their nearest caller in %s.*:%n", prefix);
    print(callers, samples, rows);
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static void print(Map<String, Integer> counts, int samples, int rows) {
    counts.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
        .limit(rows)
        .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n",
            100.0 * e.getValue() / samples, e.getKey()));
  }
}
