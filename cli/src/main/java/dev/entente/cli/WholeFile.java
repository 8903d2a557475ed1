package dev.entente.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one file that {@code --out DIR} gets for formats that hold every document in one stream
 * (JSON Lines, CSV, TSV): written as the documents come to a hidden temporary file beside it, and
 * given its name only when the run went through, so that the name never holds a partial file.
 */
final class WholeFile {
  private final Path target;
  private final Path temporary;
  private final BufferedWriter writer;
  private final boolean force;

  private WholeFile(Path target, Path temporary, BufferedWriter writer, boolean force) {
    this.target = target;
    this.temporary = temporary;
    this.writer = writer;
    this.force = force;
  }

  /**
   * Starts the file {@code target}.
   *
   * @throws IOException with the line to print when it exists (without {@code force}), is a link
   *     or not a file, or its folder cannot be written
   */
  static WholeFile open(Path target, boolean force) throws IOException {
    OutputFolder.refuseToReplace(target, force);
    Path temporary = Files.createTempFile(target.getParent(), ".entente-", ".tmp");
    try {
      // a temporary file is made private (0600); the output is a plain file others may read
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its default permissions stand
    }
    return new WholeFile(target, temporary, Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), force);
  }

  Path target() {
    return target;
  }

  void append(String text) throws IOException {
    writer.write(text);
  }

  /** Closes the file and gives it its name. */
  void commit() throws IOException {
    writer.close();
    if (force) {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } else {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Closes and deletes the temporary file; the target is left as it was. */
  void abandon() {
    try {
      writer.close();
    } catch (IOException e) {
      // the file goes anyway
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // nothing more to do: a hidden .entente-*.tmp stays behind
    }
  }
}
