package dev.entente.parser;

import dev.entente.model.DiagnosticCode;
import dev.entente.model.Document;
import dev.entente.parser.input.DecodedText;
import dev.entente.parser.input.DocumentIds;
import dev.entente.parser.input.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * Turns the text of a diplomatic document into a {@link Document}. A parser is immutable and
 * thread-safe: build it once, keep it in a {@code static final} field, and call it from any
 * number of threads.
 *
 * <pre>{@code
 * Parser parser = Parser.russian();
 * Document doc = parser.parse(text);
 * doc.signatories();   // [KZ, CN, KG, TJ, UZ]
 * }</pre>
 *
 * <p>Text that is odd but readable (no numbered clauses, not in the parser's language, markup left in) gives a
 * document with {@link Document#diagnostics()}; only input larger than the limit is refused, with
 * an {@link EntenteException}.
 */
public final class Parser {
  /** 64 Mi chars: a 100 MB archive page is refused unless the caller raises the limit. */
  static final int DEFAULT_MAX_INPUT_CHARS = 64 * 1024 * 1024;

  private final List<Language> languages;
  /**
   * One pipeline per language read, in the order of {@link #languages}, each made when a text in
   * its language first comes: a detecting parser loads only the data of the languages it reads.
   */
  private final AtomicReferenceArray<Pipeline> pipelines;
  /** What tells the languages apart, in the same order; read by the detecting parser's guess. */
  private final List<LanguageSigns> signs;
  private final boolean detecting;
  private final int maxInputChars;

  private Parser(Builder builder) {
    this.detecting = builder.detecting;
    if (detecting) {
      this.languages = List.of(Language.forCode("ru"), Language.forCode("en"));
    } else {
      this.languages = List.of(builder.language != null ? builder.language : Language.forCode("ru"));
    }
    this.signs = languages.stream().map(LanguageSigns::of).collect(Collectors.toUnmodifiableList());
    this.pipelines = new AtomicReferenceArray<>(languages.size());
    if (!detecting) {
      pipeline(0);
    }
    this.maxInputChars = builder.maxInputChars;
  }

  /** The pipeline of the {@code index}-th language, its data loaded (once per language, for every parser) on first use. */
  private Pipeline pipeline(int index) {
    Pipeline pipeline = pipelines.get(index);
    return pipeline != null ? pipeline : makePipeline(index);
  }

  /** Whether the pipeline of the {@code index}-th language is made (its data loaded). */
  boolean loaded(int index) {
    return pipelines.get(index) != null;
  }

  /** Locked, so that threads that meet a language at once wait for one pipeline rather than each make theirs. */
  private synchronized Pipeline makePipeline(int index) {
    Pipeline pipeline = pipelines.get(index);
    if (pipeline == null) {
      pipeline = new Pipeline(LanguageData.of(languages.get(index)));
      pipelines.set(index, pipeline);
    }
    return pipeline;
  }

  /** A parser for Russian with the default limits. */
  public static Parser russian() {
    return builder().build();
  }

  /** A parser for English with the default limits. */
  public static Parser english() {
    return builder().language(new English()).build();
  }

  /**
   * A parser that reads each document in the language it is written in, Russian or English, with
   * the default limits: {@link Document#language()} says which. A text in neither gets an {@code
   * UNKNOWN_LANGUAGE} diagnostic naming the letters and words found.
   */
  public static Parser detecting() {
    return builder().detectLanguage().build();
  }

  /**
   * A parser for {@code language} with the default limits.
   *
   * @throws NullPointerException if {@code language} is null
   */
  public static Parser forLanguage(Language language) {
    return builder().language(language).build();
  }

  /** A builder for a parser of another language or with other limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses {@code text}; the document's id is derived from the text.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws EntenteException with {@link EntenteException.Reason#TOO_LARGE} above the limit
   */
  public Document parse(String text) {
    Objects.requireNonNull(text, "text == null");
    return parse(idOf(text), text);
  }

  /**
   * Parses {@code text} under the id of the given name (a file name, an archive key): the name
   * itself when it is letters and digits of any script, '_', '.', ':' or '-', else the id that
   * {@link DocumentIds#of} makes of it ({@code "Совместное заявление (2025).txt"} is fine).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is empty
   * @throws EntenteException with {@link EntenteException.Reason#TOO_LARGE} above the limit
   */
  public Document parse(String id, String text) {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(text, "text == null");
    String documentId = DocumentIds.of(id);
    if (text.length() > maxInputChars) {
      throw new EntenteException(EntenteException.Reason.TOO_LARGE, String.format(
          "input of %,d chars is larger than the limit of %,d chars (raise it with Parser.builder().maxInputChars(\u2026))",
          text.length(), maxInputChars));
    }
    if (!detecting) {
      return pipeline(0).run(documentId, text);
    }
    LanguageGuess guess = LanguageGuess.guess(text, signs);
    return pipeline(guess.index).run(documentId, text, guess.diagnostic);
  }

  /**
   * Reads and parses a file as archives hold them (UTF-8 with or without BOM, UTF-16, windows-1251,
   * KOI8-R, HTML pages: see {@link TextDecoder}); the id is made of the file name by
   * {@link DocumentIds#of}, and what the reading decided is among the document's diagnostics.
   *
   * @throws IOException if the file cannot be read
   * @throws EntenteException EMPTY, BINARY, BROKEN_ENCODING or TOO_LARGE when it holds no text to parse
   */
  public Document parse(Path file) throws IOException {
    Path name = file.getFileName();
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, name == null ? file.toString() : name.toString());
    }
  }

  /**
   * Parses bytes as {@link #parse(Path)} reads a file's.
   *
   * @throws EntenteException EMPTY, BINARY, BROKEN_ENCODING or TOO_LARGE when they hold no text to parse
   */
  public Document parse(byte[] bytes, String id) {
    Objects.requireNonNull(bytes, "bytes == null");
    Objects.requireNonNull(id, "id == null");
    DocumentIds.of(id);
    if (bytes.length > maxInputBytes()) {
      throw new EntenteException(EntenteException.Reason.TOO_LARGE, String.format(
          "input of %,d bytes cannot fit the limit of %,d chars", bytes.length, maxInputChars));
    }
    return parse(TextDecoder.decode(bytes), id);
  }

  /**
   * Reads a stream to its end (it is not closed) and parses it as {@link #parse(Path)} reads a
   * file; binary data is refused from its first 64 KiB, without reading the rest.
   *
   * @throws IOException if the stream cannot be read
   * @throws EntenteException EMPTY, BINARY, BROKEN_ENCODING or TOO_LARGE when it holds no text to parse
   */
  public Document parse(InputStream in, String id) throws IOException {
    Objects.requireNonNull(in, "in == null");
    Objects.requireNonNull(id, "id == null");
    DocumentIds.of(id);
    return parse(TextDecoder.read(in, maxInputBytes()), id);
  }

  private Document parse(DecodedText decoded, String id) {
    Document doc = parse(id, decoded.text());
    if (decoded.diagnostics().isEmpty()) {
      return doc;
    }
    // The reader's diagnostics say where the U+FFFD come from; the pipeline's guess is dropped.
    boolean explained = decoded.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.REPLACEMENT_CHARACTERS
        || d.code() == DiagnosticCode.TRUNCATED);
    return Document.builder().from(doc)
        .diagnostics(doc.diagnostics().stream()
            .filter(d -> !explained || d.code() != DiagnosticCode.REPLACEMENT_CHARACTERS).toList())
        .addAllDiagnostics(decoded.diagnostics()).build();
  }

  /** The most bytes that can decode to {@code maxInputChars}: 3 per UTF-16 char, and a BOM. */
  private long maxInputBytes() {
    return 3L * maxInputChars + 3;
  }

  /**
   * Loads now what this parser otherwise loads when its first document needs it — each language's
   * data, on the calling thread, and at the same time each language's dictionary, on a thread of
   * its own — so that a program can do it on a spare thread while it reads its input. Returns when
   * both are loaded. Parsing does not need it; returns this parser. A language's data that cannot
   * be read throws here as it would at the first parse; a dictionary that cannot be read is reported
   * by the first parse that needs it.
   */
  public Parser prepare() {
    return prepare(languages);
  }

  /**
   * As {@link #prepare()}, for texts in {@code language} only: a program that expects texts in one
   * of a detecting parser's languages loads that one now and the others when a text in them comes.
   *
   * @throws IllegalArgumentException when this parser does not read {@code language} (one of
   *     {@link #languages()}, the same object)
   */
  public Parser prepare(Language language) {
    if (!languages.contains(language)) {
      throw new IllegalArgumentException("this parser does not read " + language + "; it reads " + languages);
    }
    return prepare(List.of(language));
  }

  private Parser prepare(List<Language> these) {
    List<Thread> dictionaries = new java.util.ArrayList<>(these.size());
    for (Language language : these) {
      Thread thread = new Thread(language::loadOnDemandData, "entente-" + language.code() + "-dictionary");
      thread.setDaemon(true);
      thread.start();
      dictionaries.add(thread);
    }
    for (Language language : these) {
      pipeline(languages.indexOf(language));
    }
    try {
      for (Thread thread : dictionaries) {
        thread.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return this;
  }

  /** The languages this parser reads: one, or every shipped language when it detects them. */
  public List<Language> languages() {
    return languages;
  }

  /** A stable id for a text: {@code doc-} and 16 hex digits of its hash. */
  static String idOf(String text) {
    return "doc-" + Murmur3.hex64(text);
  }

  /** Configures a {@link Parser}; the builder is mutable, what it builds is not. */
  public static final class Builder {
    /** Null until set: Russian, made only when the parser is built. */
    private Language language;
    private boolean detecting;
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;

    private Builder() {}

    /**
     * The language to read, by its ISO 639-1 code: {@code ru} (the default) or {@code en}.
     *
     * @throws IllegalArgumentException if no language has that code
     */
    public Builder language(String code) {
      Objects.requireNonNull(code, "language == null");
      this.language = Language.forCode(code);
      this.detecting = false;
      return this;
    }

    /**
     * Reads each document in the language it is written in (Russian or English) instead of one
     * language; the last of this and {@link #language} called wins.
     */
    public Builder detectLanguage() {
      this.detecting = true;
      this.language = null;
      return this;
    }

    /**
     * The language to read (the default is {@link Russian}).
     *
     * @throws NullPointerException if {@code language} is null
     */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language == null");
      this.detecting = false;
      return this;
    }

    /**
     * The largest input, in chars, that {@link #parse} accepts.
     *
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public Builder maxInputChars(int max) {
      if (max <= 0) {
        throw new IllegalArgumentException("maxInputChars must be positive: " + max);
      }
      this.maxInputChars = max;
      return this;
    }

    /**
     * The parser. A parser of one language loads that language's data now (once: every parser of
     * the language shares it); a detecting parser loads each language's when the first text in it
     * comes.
     */
    public Parser build() {
      return new Parser(this);
    }
  }
}
