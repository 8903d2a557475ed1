package dev.entente.bench;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Document;
import dev.entente.model.Segment;
import dev.entente.model.SegmentKind;
import dev.entente.parser.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed texts the benchmarks parse (copies of {@code parser/src/test/resources/seeds}), named by
 * their three-digit prefix ({@code 000}, {@code 004}), and the inputs made from them; and input
 * {@code en}, an English statement written for Entente (not a real document; a copy of the CLI's
 * English demo sample), parsed by the English parser.
 */
final class Seeds {
  private static final String ROOT = "/dev/entente/bench/";

  /** Every seed, in file-name order. */
  static final ImmutableList<Seed> ALL = load();

  /** The name of the English input. */
  static final String ENGLISH = "en";

  /** The English input's resource, beside the seeds. */
  static final String ENGLISH_FILE = "english/kz_cn_written_sample_en.txt";

  private static final String ENGLISH_TEXT = read(ROOT + ENGLISH_FILE);

  private Seeds() {}

  /** One seed text: its file name and contents. */
  static final class Seed {
    final String file;
    final String text;

    Seed(String file, String text) {
      this.file = file;
      this.text = text;
    }

    /** The name benchmarks use: the three-digit prefix of the file. */
    String name() {
      return file.substring(0, 3);
    }

    /** The document id the benchmarks parse it under. */
    String id() {
      return "seed-" + name();
    }
  }

  /** The seed whose name is {@code name}. */
  static Seed named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("no seed named '" + name + "'; available: "
            + ALL.stream().map(Seed::name).collect(ImmutableList.toImmutableList())));
  }

  /**
   * The texts of input {@code name}: one seed, every seed for {@code mixed} (one operation
   * parses them all, so throughput is over the whole mix), or the English text for {@code en}.
   */
  static ImmutableList<String> texts(String name) {
    if (name.equals(ENGLISH)) {
      return ImmutableList.of(ENGLISH_TEXT);
    }
    if (name.equals("mixed")) {
      return ALL.stream().map(s -> s.text).collect(ImmutableList.toImmutableList());
    }
    return ImmutableList.of(named(name).text);
  }

  /** The parser of input {@code name}'s language: English for {@code en}, Russian for the seeds. */
  static Parser parserFor(String name) {
    return name.equals(ENGLISH) ? Parser.english() : Parser.russian();
  }

  /** UTF-8 bytes that one operation over input {@code name} reads. */
  static long inputBytes(String name) {
    return texts(name).stream().mapToLong(Seeds::utf8Bytes).sum();
  }

  /** Characters (UTF-16 units) that one operation over input {@code name} reads. */
  static long inputChars(String name) {
    return texts(name).stream().mapToLong(String::length).sum();
  }

  static long utf8Bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The seed {@code name} written {@code times} times, a blank line between copies. */
  static String repeated(String name, int times) {
    return String.join("\n\n", Collections.nCopies(times, named(name).text));
  }

  /**
   * The seed {@code name} with its numbered clauses written {@code times} times, numbered on
   * (1–23, 24–46, …), between one title and preamble and one site footer: a single long document
   * that the parser must read in full. (The plain concatenation of {@link #repeated} is not that:
   * the parser takes everything after the first copy's footer for site wrapper and skips most of
   * it.)
   */
  static String clausesRepeated(String name, int times) {
    String text = named(name).text;
    Document document = Parser.russian().parse("body", text);
    int from = document.segments().stream().filter(s -> s.kind() == SegmentKind.CLAUSE)
        .mapToInt(Segment::start).min().orElseThrow(() -> new IllegalStateException(
            "seed " + name + " has no clause segment"));
    int to = document.segments().stream().filter(s -> s.kind() == SegmentKind.CLAUSE)
        .mapToInt(Segment::end).max().getAsInt();
    int last = document.clauses().stream().flatMap(c -> c.number().stream())
        .mapToInt(Integer::parseInt).max().orElse(0);
    String clauses = text.substring(from, to);
    StringBuilder out = new StringBuilder(text.length() + clauses.length() * (times - 1));
    out.append(text, 0, from);
    for (int copy = 0; copy < times; copy++) {
      Matcher m = CLAUSE_NUMBER.matcher(clauses);
      while (m.find()) {
        m.appendReplacement(out, (Integer.parseInt(m.group(1)) + copy * last) + ". ");
      }
      m.appendTail(out);
    }
    return out.append(text, to, text.length()).toString();
  }

  private static final Pattern CLAUSE_NUMBER = Pattern.compile("(?m)^(\\d+)\\. ");

  private static ImmutableList<Seed> load() {
    ImmutableList.Builder<Seed> seeds = ImmutableList.builder();
    for (String file : read(ROOT + "seeds.txt").split("\n")) {
      if (!file.isBlank()) {
        seeds.add(new Seed(file.strip(), read(ROOT + "seeds/" + file.strip())));
      }
    }
    return seeds.build();
  }

  private static String read(String resource) {
    try (InputStream in = Seeds.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static List<String> names() {
    return ALL.stream().map(Seed::name).collect(ImmutableList.toImmutableList());
  }
}
