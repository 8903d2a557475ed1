package dev.entente.cli;

import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Document;
import dev.entente.parser.EntenteException;
import dev.entente.parser.Parser;
import dev.entente.parser.input.DocumentIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Parses many files on a fixed pool of one thread per core and hands the results back in input
 * order, so that the output of a run never depends on scheduling. The calling thread reads the
 * files ahead and writes the results (the sink), so that the pool only parses and renders; the
 * output streams out as the files are done, in order. Bad files are reported
 * on stderr, one line each, and do not stop the others; a summary line closes the run.
 *
 * <p>Memory is bounded per input: a file is started only when {@value #HEAP_PER_INPUT_BYTE} bytes
 * of heap per byte of it fit in half the JVM's maximum heap beside the files still in flight (read,
 * parsed, rendered, waiting to be written); a file larger than that fails alone, with one line,
 * before it is read. A parse that still runs out of memory (an input far denser in structure than
 * prose, e.g. megabytes of «1.» lines) is tried once more with nothing else in flight, and fails
 * alone with one line if it runs out again; the other files come out.
 */
final class Batch {
  /** How many files per thread may be read ahead of the one being printed. */
  private static final int AHEAD_PER_THREAD = 4;
  /**
   * Heap a file is assumed to need while in flight, per byte of it: the text (up to 2 bytes a
   * char), the parse's working set, the model (1.7–2.2× the text) and its rendering (JSON is 3–5×
   * the input). Measured on the seeds and the corpus at 20–40; prose never came near 64.
   */
  static final int HEAP_PER_INPUT_BYTE = 64;

  /** What became of one file: a document and its rendering, or the line that says why not. */
  record Outcome(Path file, String name, long bytes, Document document, String rendered, String error,
      boolean internal, List<String> notes, boolean outOfMemory) {
    boolean failed() {
      return error != null;
    }
  }

  /**
   * Counts of a finished run.
   *
   * @param unwritten documents parsed but not written (each had its line on stderr)
   * @param stopped why the run stopped before its end (its output could not be written), or null
   */
  record Summary(int files, int failed, int internal, int unwritten, long bytes, double seconds, String stopped) {
    String line() {
      return String.format(Locale.ROOT, "parsed %d file%s (%.1f MB) in %.1f s, %d failed%s%s",
          files, files == 1 ? "" : "s", bytes / 1e6, seconds, failed,
          unwritten > 0 ? ", " + unwritten + " not written" : "",
          stopped != null ? "; stopped: " + stopped : "");
    }

    int exitCode() {
      return internal > 0 ? Main.INTERNAL_ERROR : unwritten > 0 || stopped != null ? Main.OUTPUT_ERROR
          : failed > 0 ? Main.INPUT_ERROR : Main.OK;
    }
  }

  /**
   * Thrown by a sink to stop the run: its output cannot be written (a closed pipe, a full disk).
   * The message says what could not be written.
   */
  static final class OutputFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputFailed(String message) {
      super(message);
    }
  }

  private final Parser parser;
  private final long maxBytes;
  private final Function<Document, String> render;
  private final PrintWriter err;
  private final boolean progress;
  private final long budget;
  private int threads = Runtime.getRuntime().availableProcessors();
  private long inFlight;
  private int unwritten;

  /**
   * @param render turns a document into its output, on the worker thread; may return null
   * @param progress whether to draw a progress bar on {@code err} (only on a terminal)
   */
  Batch(Parser parser, long maxBytes, Function<Document, String> render, PrintWriter err, boolean progress) {
    this(parser, maxBytes, render, err, progress, Runtime.getRuntime().maxMemory() / 2);
  }

  /** As above, with the heap that files in flight may take (tests give a small one). */
  Batch(Parser parser, long maxBytes, Function<Document, String> render, PrintWriter err, boolean progress,
      long budget) {
    this.parser = parser;
    this.maxBytes = maxBytes;
    this.render = render;
    this.err = err;
    this.progress = progress;
    this.budget = budget;
  }

  /** Parses on {@code threads} threads instead of one per core; the output is the same. */
  Batch threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive: " + threads);
    }
    this.threads = threads;
    return this;
  }

  /** Counts a document the sink could not write (it printed its own line): the run goes on, and fails. */
  void notWritten() {
    unwritten++;
  }

  /** Parses the files, giving each outcome to {@code sink} in input order on this thread. */
  Summary run(List<Path> files, Consumer<Outcome> sink) throws InterruptedException {
    List<Inputs.InputFile> named = new ArrayList<>();
    for (Path file : files) {
      Path name = file.getFileName();
      named.add(new Inputs.InputFile(file, name == null ? file.toString() : name.toString()));
    }
    return run(new Inputs.Walk(named, List.of(), 0), sink);
  }

  /**
   * Parses a walk's files, giving each outcome to {@code sink} in input order on this thread; the
   * walk's problems are reported first and count as failed files.
   *
   * <p>A sink that throws {@link OutputFailed} stops the run: the workers are stopped and the
   * summary says why.
   */
  Summary run(Inputs.Walk walk, Consumer<Outcome> sink) throws InterruptedException {
    long started = System.nanoTime();
    walk.problems().forEach(p -> err.println("entente: " + p));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "entente-parse");
      t.setDaemon(true);
      return t;
    });
    List<Inputs.InputFile> files = walk.files();
    bar = progress && files.size() > 1 ? new Progress(err, files.size(), files.stream()
        .mapToLong(f -> need(f.file(), Long.MAX_VALUE) / HEAP_PER_INPUT_BYTE).sum()) : null;
    int failed = walk.problems().size();
    int internal = 0;
    long bytes = 0;
    DocumentIds.Run ids = new DocumentIds.Run();
    String stopped = null;
    int processed = 0;
    try {
      Deque<Pending> pending = new ArrayDeque<>();
      int next = 0;
      for (int done = 0; done < files.size(); done++) {
        while (next < files.size() && pending.size() < threads * AHEAD_PER_THREAD) {
          Inputs.InputFile file = files.get(next);
          long need = need(file.file(), maxBytes);
          if (inFlight + need > budget && !pending.isEmpty()) {
            break;
          }
          next++;
          String id = ids.next(file.name());
          inFlight += need;
          pending.add(new Pending(file, id, need, need > budget ? null : submit(pool, file, id)));
        }
        Pending head = pending.removeFirst();
        Outcome outcome = head.future() == null ? tooLargeForHeap(head.file()) : get(head.future());
        if (outcome.outOfMemory()) {
          outcome = alone(pending, head);
        }
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
        processed++;
        try {
          sink.accept(outcome);
        } catch (OutputFailed e) {
          stopped = e.getMessage() + String.format(Locale.ROOT, " after %d of %d files", done, files.size());
          break;
        } finally {
          inFlight -= head.need();
        }
        drawProgress(done + 1, files.size(), bytes);
      }
    } finally {
      pool.shutdownNow();
    }
    clearProgress();
    Summary summary = new Summary(processed + walk.problems().size(), failed, internal, unwritten, bytes,
        (System.nanoTime() - started) / 1e9, stopped);
    err.println(summary.line());
    err.flush();
    return summary;
  }

  private record Pending(Inputs.InputFile file, String id, long need, Future<Outcome> future) {}

  /** The heap a file is assumed to need in flight; 1 for one that will be refused before it is read. */
  private static long need(Path file, long maxBytes) {
    try {
      long size = Files.size(file);
      return size > maxBytes ? 1 : Math.max(1, size) * HEAP_PER_INPUT_BYTE;
    } catch (IOException | SecurityException e) {
      return 1;
    }
  }

  private Outcome tooLargeForHeap(Inputs.InputFile file) {
    long size = need(file.file(), Long.MAX_VALUE) / HEAP_PER_INPUT_BYTE;
    return failure(file, size, String.format(Locale.ROOT,
        "%s: too large for this JVM's heap: %,d bytes may need %,d MB in flight, %,d MB are available (raise -Xmx"
            + " with ENTENTE_JAVA_OPTS, or split the file)",
        Inputs.display(file.file()), size, size * HEAP_PER_INPUT_BYTE >> 20, budget >> 20), false, false);
  }

  /** Parses a file that ran out of memory once more, with every other file in flight finished first. */
  private Outcome alone(Deque<Pending> pending, Pending head) throws InterruptedException {
    for (Pending other : pending) {
      if (other.future() != null) {
        try {
          other.future().get();
        } catch (ExecutionException e) {
          // reported when its turn comes
        }
      }
    }
    System.gc();
    Outcome again = process(head.file(), head.id());
    if (!again.outOfMemory()) {
      return again;
    }
    return failure(head.file(), again.bytes(), String.format(Locale.ROOT,
        "%s: out of memory while parsing it, even alone (%,d MB of heap): its structure is too dense for this"
            + " heap (raise -Xmx with ENTENTE_JAVA_OPTS, or split the file)",
        Inputs.display(head.file().file()), Runtime.getRuntime().maxMemory() >> 20), false, false);
  }

  private static Outcome get(Future<Outcome> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("a parse task failed outside its own error handling", cause);
    }
  }

  private static Outcome failure(Inputs.InputFile file, long bytes, String error, boolean internal,
      boolean outOfMemory) {
    return new Outcome(file.file(), file.name(), bytes, null, null, error, internal, List.of(), outOfMemory);
  }

  /**
   * Reads the file on this thread, the one that writes the output, and parses it on the pool, so
   * that the parsing threads never wait for a disk.
   */
  private Future<Outcome> submit(ExecutorService pool, Inputs.InputFile file, String id) {
    Object read = read(file);
    if (read instanceof Outcome failed) {
      return CompletableFuture.completedFuture(failed);
    }
    return pool.submit(() -> parse(file, id, (byte[]) read));
  }

  /** Reads and parses one file, on this thread; never throws for bad input. */
  Outcome process(Inputs.InputFile input, String id) {
    Object read = read(input);
    return read instanceof Outcome failed ? failed : parse(input, id, (byte[]) read);
  }

  /** The file's bytes, or the outcome that says why it cannot be read. */
  private Object read(Inputs.InputFile input) {
    Path file = input.file();
    try {
      if (file.equals(Inputs.STDIN)) {
        return Inputs.readStdin(System.in, maxBytes);
      }
      long size = Inputs.check(file, maxBytes);
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        return failure(input, size, Inputs.display(file) + ": cannot be read: " + Inputs.reason(e), false, false);
      } catch (OutOfMemoryError e) {
        return failure(input, size, Inputs.display(file) + ": out of memory", false, true);
      }
    } catch (Inputs.BadInputException e) {
      return failure(input, 0, e.getMessage(), false, false);
    }
  }

  /** Parses and renders the bytes of one file; never throws for bad input. */
  private Outcome parse(Inputs.InputFile input, String id, byte[] bytes) {
    Path file = input.file();
    long size = bytes.length;
    List<String> notes = List.of();
    try {
      Document doc = parser.parse(bytes, id);
      notes = notes(file, doc);
      Optional<Diagnostic> notRead = doc.diagnostics().stream()
          .filter(d -> d.code() == DiagnosticCode.NOT_RUSSIAN || d.code() == DiagnosticCode.UNKNOWN_LANGUAGE)
          .findFirst();
      if (notRead.isPresent()) {
        // One definition of the languages read, the parser's; the command line refuses what it flags.
        return new Outcome(file, input.name(), size, null, null, Inputs.display(file) + ": not Russian or English: "
            + notRead.get().message() + " (Entente reads Russian and English documents)", false, notes, false);
      }
      return new Outcome(file, input.name(), size, doc, render.apply(doc), null, false, notes, false);
    } catch (EntenteException e) {
      return new Outcome(file, input.name(), size, null, null, Inputs.bad(file, e).getMessage(), false, notes, false);
    } catch (OutOfMemoryError e) {
      return failure(input, size, Inputs.display(file) + ": out of memory", false, true);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours, not the input's fault: say so plainly, keep going with the other files.
      return new Outcome(file, input.name(), size, null, null,
          Inputs.display(file) + ": internal error while parsing (please report it): " + e, true, notes, false);
    }
  }

  /** The lines for stderr of what reading the file had to guess or repair. */
  private static List<String> notes(Path file, Document doc) {
    List<String> notes = new ArrayList<>();
    for (Diagnostic d : doc.diagnostics()) {
      boolean guessed = d.code() == DiagnosticCode.DECODED && !d.message().endsWith("(byte order mark)");
      if (guessed || d.code() == DiagnosticCode.TRUNCATED
          || d.code() == DiagnosticCode.REPLACEMENT_CHARACTERS && d.message().contains("byte offset")) {
        notes.add(Inputs.display(file) + ": " + d.message());
      }
    }
    return notes;
  }

  private Progress bar;

  private void drawProgress(int done, int total, long bytes) {
    if (bar != null) {
      bar.update(done, bytes);
    }
  }

  private void clearProgress() {
    if (bar != null) {
      bar.clear();
    }
  }
}
