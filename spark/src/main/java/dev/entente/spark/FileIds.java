package dev.entente.spark;

/**
 * Document ids for files, by the command line's rule ({@code entente parse} gives a file the same
 * id), so that the job's tables and the store's agree on them. A file below a subfolder of the
 * input takes its relative path, with '/' as '_', so that two files of the same name in different
 * folders keep different ids.
 */
final class FileIds {
  private static final int MAX_LENGTH = 128;

  private FileIds() {}

  /** The id of the file at {@code relativePath} ('/'-separated, relative to the input folder). */
  static String idOf(String relativePath) {
    String name = relativePath.replaceAll("[^A-Za-z0-9_.:-]", "_");
    if (name.isEmpty() || !Character.isLetterOrDigit(name.charAt(0))) {
      name = "f" + name;
    }
    return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
  }
}
