package dev.entente.cli;

import dev.entente.parser.EntenteException;
import dev.entente.parser.input.DecodedText;
import dev.entente.parser.input.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command line's files: folders walked (hidden entries, non-text files and Entente's own
 * outputs left out), and each file opened for the parser, whose {@code dev.entente.parser.input}
 * package decodes it. A file that cannot be read becomes a {@link BadInputException} whose
 * message is the one line to print.
 */
final class Inputs {
  /** Files larger than this are refused unless {@code --max-size} raises it. */
  static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  /** Extensions of files a folder walk leaves out: not text, or Entente's own JSON output. */
  private static final Set<String> NOT_TEXT = Set.of("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp",
      "ico", "svg", "heic", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "rtf", "zip", "gz",
      "tgz", "bz2", "xz", "7z", "rar", "jar", "class", "exe", "dll", "so", "o", "a", "bin", "iso", "dmg", "mp3",
      "mp4", "m4a", "avi", "mov", "mkv", "wav", "ogg", "flac", "woff", "woff2", "ttf", "otf", "eot", "db", "sqlite",
      "parquet", "duckdb", "json", "jsonl", "jsa", "tmp");
  /** The pages Entente writes under {@code --out}: an input's name plus .html or .xml. */
  private static final Pattern OWN_PAGE = Pattern.compile("(?i).*\\.(txt|text|htm|html)\\.(html|xml)");

  /** The path {@code -}, which stands for standard input, read as a document named "stdin". */
  static final Path STDIN = Path.of("-");

  private Inputs() {}

  /**
   * Standard input, up to {@code maxBytes}.
   *
   * @throws BadInputException when it is longer, or cannot be read
   */
  static byte[] readStdin(java.io.InputStream in, long maxBytes) throws BadInputException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new BadInputException(Problem.TOO_LARGE, String.format(Locale.ROOT,
            "standard input: too large: more than %,d bytes (raise the limit with --max-size)", maxBytes));
      }
      return bytes;
    } catch (IOException e) {
      throw new BadInputException(Problem.UNREADABLE, "standard input: cannot be read: " + reason(e));
    }
  }

  /**
   * A file to parse.
   *
   * @param name the path under the folder argument it was found in, with '/' (the file name for a
   *     file named on the command line): the input of its id and of its place under {@code --out}
   */
  record InputFile(Path file, String name) {}

  /**
   * What the command line's paths hold.
   *
   * @param problems one line each for folders that could not be read
   * @param skipped files and folders a walk left out
   */
  record Walk(List<InputFile> files, List<String> problems, int skipped) {}

  /** Why a file could not be read; each gets its own line and exit status 1. */
  enum Problem { MISSING, UNREADABLE, EMPTY, TOO_LARGE, BINARY, TRUNCATED, UNKNOWN_ENCODING, NOT_RUSSIAN, NOT_PARSED }

  /** A file that cannot be parsed; the message is the line to print. */
  static final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;
    final Problem problem;

    BadInputException(Problem problem, String message) {
      super(message);
      this.problem = problem;
    }
  }

  /** The files named (kept even when missing, to fail on their own) and the folders' files, in name order. */
  static List<Path> expand(List<Path> paths) {
    return walk(paths, null).files().stream().map(InputFile::file).toList();
  }

  /**
   * Walks the command line's paths. A folder given as an argument is followed even when it is a
   * link; links to folders inside it are not (no cycles); links to files are. Hidden files and
   * folders, {@code skip} (the output folder), files whose extension says they are not text, and
   * Entente's own outputs ({@code .json}, {@code .jsonl}, {@code NAME.txt.html}, {@code NAME.txt.xml})
   * are left out of walks; a file named on the command line is always read.
   */
  static Walk walk(List<Path> paths, Path skip) {
    List<InputFile> files = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int[] skipped = {0};
    Path skipReal = realOrNull(skip);
    for (Path path : paths) {
      if (path.equals(STDIN)) {
        files.add(new InputFile(STDIN, "stdin"));
        continue;
      }
      if (!Files.isDirectory(path)) {
        Path name = path.getFileName();
        files.add(new InputFile(path, name == null ? path.toString() : name.toString()));
        continue;
      }
      Path root;
      try {
        root = path.toRealPath();
      } catch (IOException e) {
        problems.add(display(path) + ": cannot be read: " + reason(e));
        continue;
      }
      List<InputFile> found = new ArrayList<>();
      try {
        Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && (isHidden(dir) || dir.equals(skipReal))) {
                  skipped[0]++;
                  return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isHidden(file) || isNotText(file) || !Files.isRegularFile(file)) {
                  skipped[0]++;
                } else {
                  found.add(new InputFile(path.resolve(root.relativize(file)), slashed(root.relativize(file))));
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(display(path.resolve(root.relativize(file))) + ": cannot be read: " + reason(e));
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        problems.add(display(path) + ": cannot be walked: " + reason(e));
      }
      found.sort(Comparator.comparing(InputFile::name));
      files.addAll(found);
    }
    return new Walk(files, problems, skipped[0]);
  }

  private static Path realOrNull(Path path) {
    try {
      return path == null ? null : path.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }

  private static String slashed(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  private static boolean isHidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  private static boolean isNotText(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && NOT_TEXT.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT)) || OWN_PAGE.matcher(name).matches();
  }

  /**
   * Checks that {@code file} is a readable regular file within the size limit, and opens it.
   *
   * @return the file's size in bytes
   */
  static long check(Path file, long maxBytes) throws BadInputException {
    if (!Files.exists(file)) {
      throw new BadInputException(Problem.MISSING, display(file) + ": no such file");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new BadInputException(Problem.UNREADABLE, display(file) + ": cannot be read (not a readable file)");
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new BadInputException(Problem.TOO_LARGE, String.format(Locale.ROOT,
            "%s: too large: %,d bytes, the limit is %,d (raise it with --max-size)", display(file), size, maxBytes));
      }
      return size;
    } catch (IOException e) {
      throw new BadInputException(Problem.UNREADABLE, display(file) + ": cannot be read: " + reason(e));
    }
  }

  /** The text of a file, or an exception whose message is the one line to print. */
  static String read(Path file, long maxBytes) throws BadInputException {
    return load(file, maxBytes).text();
  }

  /** The file decoded as the parser's input package decodes it. */
  static DecodedText load(Path file, long maxBytes) throws BadInputException {
    check(file, maxBytes);
    try (InputStream in = Files.newInputStream(file)) {
      return TextDecoder.read(in, maxBytes);
    } catch (IOException e) {
      throw new BadInputException(Problem.UNREADABLE, display(file) + ": cannot be read: " + reason(e));
    } catch (EntenteException e) {
      throw bad(file, e);
    }
  }

  /** The line for input the parser refused. */
  static BadInputException bad(Path file, EntenteException e) {
    Problem problem = switch (e.reason()) {
      case EMPTY -> Problem.EMPTY;
      case BINARY -> Problem.BINARY;
      case TOO_LARGE -> Problem.TOO_LARGE;
      default -> Problem.UNKNOWN_ENCODING;
    };
    return new BadInputException(problem, display(file) + ": " + e.getMessage());
  }

  static String reason(IOException e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase(Locale.ROOT);
    if (e instanceof java.nio.file.FileSystemException fs) {
      return fs.getReason() != null ? fs.getReason() : kind;
    }
    return message == null ? kind : message;
  }

  /**
   * A path as it may be printed on a terminal: control characters, line and paragraph separators
   * and bidirectional overrides escaped ({@code \n}, {@code \x1b}, {@code \u202e}), so that a file
   * name cannot forge lines or colours.
   */
  static String display(Object path) {
    if (STDIN.equals(path)) {
      return "standard input";
    }
    String s = String.valueOf(path);
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean unsafe = c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029'
          || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\\';
      if (unsafe && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (!unsafe) {
          out.append(c);
        } else if (c == '\n') {
          out.append("\\n");
        } else if (c == '\\') {
          out.append("\\\\");
        } else if (c < 0x100) {
          out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
        } else {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
      }
    }
    return out == null ? s : out.toString();
  }
}
