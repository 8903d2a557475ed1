package dev.entente.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The folder of {@code --out}: one file per document at the input's place in the input tree
 * ({@code a/sub/x.txt} → {@code OUT/sub/x.txt.json}), each written whole or not at all.
 *
 * <p>A file is written to a hidden temporary file beside its final name and then renamed, so
 * that its final name never holds a partial file: not after a full disk, a kill, SIGTERM or
 * SIGINT (the JVM's shutdown hook deletes the temporary files of writes in progress), nor when two
 * runs write one folder (each file is one run's, whole). Links inside the folder are never
 * followed: a link where a file or a subfolder would go is refused. An existing file is kept, and
 * its document reported as not written, unless {@code force}; without it the final rename cannot
 * replace a file another run made in the meantime (a hard link, which fails if the name exists).
 */
final class OutputFolder {
  /** The longest file name, in bytes, that common file systems (ext4, APFS, NTFS) accept. */
  static final int MAX_NAME_BYTES = 255;
  private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();
  /** Guards {@link #stopping} and the making of temporary files against the shutdown hook. */
  private static final Object LOCK = new Object();
  private static boolean stopping;

  static {
    // The other threads keep running while the hook runs: after it, no temporary file is made.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      synchronized (LOCK) {
        stopping = true;
        for (Path temporary : IN_PROGRESS) {
          try {
            Files.deleteIfExists(temporary);
          } catch (IOException | RuntimeException e) {
            // nothing more can be done while the JVM stops
          }
        }
      }
    }, "entente-out-cleanup"));
  }

  /** Why {@code --out} cannot be used at all; the message is the line to print. */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  private final Path root;
  private final String extension;
  private final boolean force;
  private final Set<Path> written = new HashSet<>();

  private OutputFolder(Path root, String extension, boolean force) {
    this.root = root;
    this.extension = extension;
    this.force = force;
  }

  /**
   * The folder, made if missing.
   *
   * @throws Unusable if it is a file, or cannot be made or written
   */
  static OutputFolder open(Path dir, String extension, boolean force) throws Unusable {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new Unusable("--out " + Inputs.display(dir) + ": exists and is not a folder");
    }
    try {
      Files.createDirectories(dir);
      Path root = dir.toRealPath();
      if (!Files.isWritable(root)) {
        throw new Unusable("--out " + Inputs.display(dir) + ": the folder cannot be written");
      }
      return new OutputFolder(root, extension, force);
    } catch (IOException | SecurityException e) {
      throw new Unusable("--out " + Inputs.display(dir) + ": cannot make the folder: "
          + (e instanceof IOException io ? Inputs.reason(io) : e.getMessage()));
    }
  }

  /** The folder, as a real path (a walk leaves it out). */
  Path root() {
    return root;
  }

  /**
   * Writes the output of the input whose name (its path under its folder argument, with '/') is
   * {@code name}, and returns where.
   *
   * @throws IOException with the line to print if it cannot be written
   */
  Path write(String name, String content) throws IOException {
    String[] parts = name.split("/");
    Path dir = root;
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].isEmpty() || parts[i].equals(".") || parts[i].equals("..")) {
        continue;
      }
      dir = dir.resolve(shorten(parts[i], ""));
      if (Files.isSymbolicLink(dir)) {
        throw new IOException(Inputs.display(dir) + ": is a link; links in the output folder are not followed");
      }
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectory(dir);
      }
    }
    Path target = dir.resolve(shorten(parts[parts.length - 1], "." + extension));
    for (int n = 2; !written.add(target); n++) {
      target = dir.resolve(shorten(parts[parts.length - 1] + "-" + n, "." + extension));
    }
    refuseToReplace(target, force);
    Path temporary;
    synchronized (LOCK) {
      if (stopping) {
        throw new IOException("not written: the run is stopping (a signal)");
      }
      temporary = Files.createTempFile(dir, ".entente-", ".tmp");
      IN_PROGRESS.add(temporary);
    }
    try {
      // without CREATE: a temporary file the shutdown hook deleted is not made again
      Files.write(temporary, content.getBytes(StandardCharsets.UTF_8), StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
      if (force) {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        place(temporary, target);
      }
      return target;
    } finally {
      Files.deleteIfExists(temporary);
      IN_PROGRESS.remove(temporary);
    }
  }

  /** Gives the temporary file its final name, failing if that name exists by now. */
  private static void place(Path temporary, Path target) throws IOException {
    try {
      Files.createLink(target, temporary);
    } catch (FileAlreadyExistsException e) {
      throw new IOException(Inputs.display(target) + ": exists (written by another run meanwhile?)");
    } catch (UnsupportedOperationException | IOException e) {
      // no hard links here (some network and FAT file systems): a plain rename, checked just before
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /**
   * {@code name + suffix}, its name part cut and marked with a hash of the whole when the result
   * would pass {@value #MAX_NAME_BYTES} bytes in UTF-8.
   */
  static String shorten(String name, String suffix) {
    String whole = name + suffix;
    if (whole.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
      return whole;
    }
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    String mark = String.format(Locale.ROOT, "-%08x", crc.getValue()) + suffix;
    int budget = MAX_NAME_BYTES - mark.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder cut = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > budget) {
        break;
      }
      cut.appendCodePoint(cp);
      bytes += size;
      i += Character.charCount(cp);
    }
    return cut + mark;
  }

  /**
   * Refuses an output file that is a link, is not a regular file, or exists and {@code force} is
   * off, with the line to print.
   */
  static void refuseToReplace(Path target, boolean force) throws IOException {
    if (Files.isSymbolicLink(target)) {
      throw new IOException(Inputs.display(target) + ": is a link; links in the output folder are not followed");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(Inputs.display(target) + ": exists and is not a file");
      }
      if (!force) {
        throw new IOException(Inputs.display(target) + ": exists (give --force to overwrite)");
      }
    }
  }
}
