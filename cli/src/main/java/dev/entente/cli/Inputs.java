package dev.entente.cli;

import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the command line's files and folders into texts as archives hold them: UTF-8 with or
 * without BOM, UTF-16 with BOM, windows-1251 and KOI8-R (guessed), HTML pages (reduced to text).
 * Input that cannot be read at all becomes a {@link BadInputException} whose message is the one
 * line to print.
 */
final class Inputs {
  /** Files larger than this are refused unless {@code --max-size} raises it. */
  static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  static final Charset KOI8_R = Charset.forName("KOI8-R");

  /** The letters that make up about 60 % of Russian prose, all lower case. */
  private static final String COMMON_LOWER = "оеаинтсрвлкмдпуяы";
  private static final Pattern HTML_START = Pattern.compile(
      "(?is)\\A\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body|<meta|<title|<div|<p[\\s>])");
  private static final String BLOCKS =
      "p div br li ul ol tr table h1 h2 h3 h4 h5 h6 section article header footer nav blockquote pre dd dt title";

  private Inputs() {}

  /**
   * A file read as text, with what had to be done to read it.
   *
   * @param diagnostics to add to the document (DECODED, MARKUP)
   * @param notes lines for stderr that say what was guessed
   */
  record Input(Path file, String text, long bytes, List<Diagnostic> diagnostics, List<String> notes) {
    Input {
      diagnostics = List.copyOf(diagnostics);
      notes = List.copyOf(notes);
    }
  }

  private record Decoded(String charset, String text) {}

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

  /** The files named, folders walked in name order. A missing path is kept, to fail on its own. */
  static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          files.addAll(walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList()));
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** The text of a file, or an exception whose message is the one line to print. */
  static String read(Path file, long maxBytes) throws BadInputException {
    return load(file, maxBytes).text();
  }

  /** The file as text, with the diagnostics of its decoding. */
  static Input load(Path file, long maxBytes) throws BadInputException {
    if (!Files.exists(file)) {
      throw new BadInputException(Problem.MISSING, file + ": no such file");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new BadInputException(Problem.UNREADABLE, file + ": cannot be read (not a readable file)");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new BadInputException(Problem.TOO_LARGE, String.format(Locale.ROOT,
            "%s: too large: %,d bytes, the limit is %,d (raise it with --max-size)", file, size, maxBytes));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(Problem.UNREADABLE, file + ": cannot be read: " + e.getMessage());
    }
    return decode(file, bytes);
  }

  /** Decodes bytes as found in archives; {@code file} only names the input in messages. */
  static Input decode(Path file, byte[] bytes) throws BadInputException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (bytes.length == 0 || isBlank(bytes)) {
      throw new BadInputException(Problem.EMPTY, file + ": empty: no text to parse");
    }
    String text;
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      boolean le = bytes[0] == (byte) 0xFF;
      if (bytes.length % 2 != 0) {
        throw new BadInputException(Problem.TRUNCATED,
            file + ": truncated: UTF-16 text with an odd number of bytes ends inside a character");
      }
      text = strict(le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, bytes, 2, file);
      diagnostics.add(Diagnostic.of(DiagnosticCode.DECODED,
          "decoded from UTF-16" + (le ? "LE" : "BE") + " (byte order mark)"));
    } else {
      if (looksBinary(bytes)) {
        throw new BadInputException(Problem.BINARY, file + ": binary data, not text");
      }
      int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      text = utf8(bytes, offset, file);
      if (text == null) {
        Decoded decoded = legacy(bytes, file);
        String charset = decoded.charset();
        text = decoded.text();
        notes.add(file + ": not UTF-8; decoded as " + charset);
        diagnostics.add(Diagnostic.of(DiagnosticCode.DECODED,
            "not UTF-8; decoded as " + charset + ", the Cyrillic encoding that read best"));
      }
    }
    if (HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).lookingAt()) {
      text = htmlText(text);
      diagnostics.add(Diagnostic.of(DiagnosticCode.MARKUP,
          "an HTML page: the text was extracted from its markup, and offsets point into that text"));
      if (text.isBlank()) {
        throw new BadInputException(Problem.EMPTY, file + ": empty: an HTML page without text");
      }
    }
    return new Input(file, text, bytes.length, diagnostics, notes);
  }

  private static String strict(Charset charset, byte[] bytes, int offset, Path file) throws BadInputException {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(Problem.UNKNOWN_ENCODING, file + ": not valid " + charset.name() + " text");
    }
  }

  /**
   * The UTF-8 text, null when the bytes are not UTF-8; a file cut inside its last character is
   * refused as truncated rather than guessed to be in another encoding.
   */
  private static String utf8(byte[] bytes, int offset, Path file) throws BadInputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      if (isCut(bytes, in.position()) && isNonAscii(bytes, offset, in.position())) {
        throw new BadInputException(Problem.TRUNCATED, String.format(Locale.ROOT,
            "%s: truncated: the file ends inside a UTF-8 character after %,d bytes", file, bytes.length));
      }
      return null;
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** Whether the bytes from {@code at} are the start of a UTF-8 sequence that the file's end cuts. */
  private static boolean isCut(byte[] bytes, int at) {
    int lead = bytes[at] & 0xFF;
    int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (need == 0 || bytes.length - at >= need) {
      return false;
    }
    for (int i = at + 1; i < bytes.length; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether the prefix holds multi-byte UTF-8 (so a bad last byte means a cut, not a legacy file). */
  private static boolean isNonAscii(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decodes a file that is not UTF-8 as windows-1251 or KOI8-R, whichever reads more like Russian:
   * Russian prose is mostly lower case, and either encoding read as the other swaps the cases.
   */
  private static Decoded legacy(byte[] bytes, Path file) throws BadInputException {
    String cp1251 = new String(bytes, WINDOWS_1251);
    String koi8 = new String(bytes, KOI8_R);
    double a = russianScore(cp1251);
    double b = russianScore(koi8);
    if (Math.max(a, b) < 0.3) {
      throw new BadInputException(Problem.UNKNOWN_ENCODING,
          file + ": not text in UTF-8, UTF-16, windows-1251 or KOI8-R");
    }
    return b > a ? new Decoded("KOI8-R", koi8) : new Decoded("windows-1251", cp1251);
  }

  /** The share of the text's Cyrillic letters that are common lower-case letters. */
  static double russianScore(String text) {
    int cyrillic = 0;
    int common = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0400' && c <= '\u04FF') {
        cyrillic++;
        if (COMMON_LOWER.indexOf(c) >= 0) {
          common++;
        }
      }
    }
    return cyrillic == 0 ? 0 : (double) common / cyrillic;
  }


  /** NUL bytes, or many control characters, in the first 8 KiB. */
  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    return controls * 20 > n;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The text of an HTML page with one line per block element, scripts and styles dropped. */
  static String htmlText(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    page.select("script, style, noscript, template, svg").remove();
    StringBuilder text = new StringBuilder();
    Element root = page.body() != null ? page.body() : page;
    String title = page.title();
    if (!title.isBlank() && root.select("h1").isEmpty()) {
      text.append(title.strip()).append('\n');
    }
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode) {
          String s = ((TextNode) node).getWholeText().replaceAll("[ \\t\\r\\n\\u00A0]+", " ");
          if (text.length() == 0 || text.charAt(text.length() - 1) == '\n') {
            s = s.stripLeading();
          }
          text.append(s);
        } else if (node instanceof Element && isBlock((Element) node)) {
          newline(text);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element && isBlock((Element) node)) {
          newline(text);
        }
      }
    });
    return text.toString().strip() + "\n";
  }

  private static boolean isBlock(Element element) {
    return (" " + BLOCKS + " ").contains(" " + element.normalName() + " ");
  }

  private static void newline(StringBuilder text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    text.setLength(end);
    if (end > 0 && text.charAt(end - 1) != '\n') {
      text.append('\n');
    }
  }
}
