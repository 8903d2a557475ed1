package dev.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The progress bar a run draws on stderr when a person watches it (stderr is a terminal): files
 * done of all, MB/s so far and the time left at that rate, redrawn in place at most ten times a
 * second and wiped before any other line and at the end.
 */
final class Progress {
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final int totalFiles;
  private final long totalBytes;
  private final long started = System.nanoTime();
  private long drawnAt;
  private int drawnLength;

  Progress(PrintWriter err, int totalFiles, long totalBytes) {
    this.err = err;
    this.totalFiles = totalFiles;
    this.totalBytes = totalBytes;
  }

  /**
   * Whether stderr is a terminal. Java 17 has no isatty: on Linux the link {@code /proc/self/fd/2}
   * names the terminal device; elsewhere a console (stdin and stdout both terminals) is taken as
   * the sign. {@code TERM=dumb} turns the bar off.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String device = Files.readSymbolicLink(fd).toString();
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // no /proc: fall back on the console below
    }
    return System.console() != null;
  }

  /** Redraws the bar after {@code done} files of {@code bytesDone} bytes, unless it was drawn just now. */
  void update(int done, long bytesDone) {
    long now = System.nanoTime();
    if (done < totalFiles && now - drawnAt < REDRAW_NANOS && drawnLength > 0) {
      return;
    }
    drawnAt = now;
    String line = line(done, totalFiles, bytesDone, totalBytes, (now - started) / 1e9);
    err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
    err.flush();
    drawnLength = line.length();
  }

  /** Wipes the bar, so that the next line starts on a clean line. */
  void clear() {
    if (drawnLength > 0) {
      err.print("\r" + " ".repeat(drawnLength) + "\r");
      err.flush();
      drawnLength = 0;
      drawnAt = 0;
    }
  }

  /** The bar's text, e.g. {@code [######......] 12/48 files  3.1 MB/s  0:07 left}. */
  static String line(int done, int totalFiles, long bytesDone, long totalBytes, double seconds) {
    int filled = totalFiles == 0 ? BAR_WIDTH : (int) ((long) done * BAR_WIDTH / totalFiles);
    StringBuilder b = new StringBuilder().append('[').append("#".repeat(filled))
        .append(".".repeat(BAR_WIDTH - filled)).append("] ").append(done).append('/').append(totalFiles)
        .append(" files");
    if (seconds > 0 && bytesDone > 0) {
      double rate = bytesDone / seconds;
      b.append(String.format(Locale.ROOT, "  %.1f MB/s", rate / 1e6));
      if (totalBytes > bytesDone && done < totalFiles) {
        long left = Math.round((totalBytes - bytesDone) / rate);
        b.append(String.format(Locale.ROOT, "  %d:%02d left", left / 60, left % 60));
      }
    }
    return b.toString();
  }
}
