package dev.entente.cli;

import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Document;
import dev.entente.parser.EntenteException;
import dev.entente.parser.Parser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads and parses many files on a fixed pool of one thread per core, and hands the results back
 * in input order, so that the output of a run never depends on scheduling. At most a few results
 * per thread wait in memory at a time. Bad files are reported on stderr, one line each, and do not
 * stop the others; a summary line closes the run.
 */
final class Batch {
  /** How many files per thread may be read ahead of the one being printed. */
  private static final int AHEAD_PER_THREAD = 4;

  /** What became of one file: a document and its rendering, or the line that says why not. */
  record Outcome(Path file, long bytes, Document document, String rendered, String error,
      boolean internal, List<String> notes) {
    boolean failed() {
      return error != null;
    }
  }

  /** Counts of a finished run. */
  record Summary(int files, int failed, int internal, long bytes, double seconds) {
    String line() {
      return String.format(Locale.ROOT, "parsed %d file%s (%.1f MB) in %.1f s, %d failed",
          files, files == 1 ? "" : "s", bytes / 1e6, seconds, failed);
    }

    int exitCode() {
      return internal > 0 ? Main.INTERNAL_ERROR : failed > 0 ? Main.INPUT_ERROR : Main.OK;
    }
  }

  private final Parser parser;
  private final long maxBytes;
  private final Function<Document, String> render;
  private final PrintWriter err;
  private final boolean progress;

  /**
   * @param render turns a document into its output, on the worker thread; may return null
   * @param progress whether to draw a progress bar on {@code err} (only on a terminal)
   */
  Batch(Parser parser, long maxBytes, Function<Document, String> render, PrintWriter err, boolean progress) {
    this.parser = parser;
    this.maxBytes = maxBytes;
    this.render = render;
    this.err = err;
    this.progress = progress;
  }

  /** Parses {@code files}, giving each outcome to {@code sink} in input order on this thread. */
  Summary run(List<Path> files, Consumer<Outcome> sink) throws InterruptedException {
    long started = System.nanoTime();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "entente-parse");
      t.setDaemon(true);
      return t;
    });
    int failed = 0;
    int internal = 0;
    long bytes = 0;
    try {
      Deque<Future<Outcome>> pending = new ArrayDeque<>();
      int next = 0;
      for (int done = 0; done < files.size(); done++) {
        while (next < files.size() && pending.size() < threads * AHEAD_PER_THREAD) {
          Path file = files.get(next++);
          pending.add(pool.submit(() -> process(file)));
        }
        Outcome outcome = get(pending.removeFirst());
        if (outcome.failed() || !outcome.notes().isEmpty()) {
          clearProgress();
        }
        outcome.notes().forEach(n -> err.println("entente: " + n));
        if (outcome.failed()) {
          err.println("entente: " + outcome.error());
          failed++;
          internal += outcome.internal() ? 1 : 0;
        }
        bytes += outcome.bytes();
        sink.accept(outcome);
        drawProgress(done + 1, files.size());
      }
    } finally {
      pool.shutdownNow();
    }
    clearProgress();
    Summary summary = new Summary(files.size(), failed, internal, bytes, (System.nanoTime() - started) / 1e9);
    err.println(summary.line());
    err.flush();
    return summary;
  }

  private static Outcome get(Future<Outcome> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // process() catches everything it can; an Error (out of memory) ends the run.
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("a parse task failed outside its own error handling", cause);
    }
  }

  /** Reads, parses and renders one file; never throws for bad input. */
  Outcome process(Path file) {
    Inputs.Input input;
    try {
      input = Inputs.load(file, maxBytes);
    } catch (Inputs.BadInputException e) {
      return new Outcome(file, 0, null, null, e.getMessage(), false, List.of());
    }
    try {
      Document doc = parser.parse(ParseCommand.idOf(file), input.text());
      java.util.Optional<Diagnostic> notRead = doc.diagnostics().stream()
          .filter(d -> d.code() == DiagnosticCode.NOT_RUSSIAN || d.code() == DiagnosticCode.UNKNOWN_LANGUAGE)
          .findFirst();
      if (notRead.isPresent()) {
        // One definition of the languages read, the parser's; the command line refuses what it flags.
        return new Outcome(file, input.bytes(), null, null,
            file + ": not Russian or English: " + notRead.get().message()
                + " (Entente reads Russian and English documents)", false, input.notes());
      }
      if (!input.diagnostics().isEmpty()) {
        doc = Document.builder().from(doc).addAllDiagnostics(input.diagnostics()).build();
      }
      return new Outcome(file, input.bytes(), doc, render.apply(doc), null, false, input.notes());
    } catch (EntenteException e) {
      return new Outcome(file, input.bytes(), null, null, file + ": " + e.getMessage(), false, input.notes());
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours, not the input's fault: say so plainly, keep going with the other files.
      return new Outcome(file, input.bytes(), null, null,
          file + ": internal error while parsing (please report it): " + e, true, input.notes());
    }
  }

  private int drawn = -1;

  private void drawProgress(int done, int total) {
    if (!progress || total < 2) {
      return;
    }
    int percent = done * 100 / total;
    if (percent == drawn && done != total) {
      return;
    }
    drawn = percent;
    int width = 30;
    int filled = done * width / total;
    err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + " files");
    err.flush();
  }

  private void clearProgress() {
    if (progress && drawn >= 0) {
      err.print("\r" + " ".repeat(60) + "\r");
      drawn = -1;
    }
  }
}
