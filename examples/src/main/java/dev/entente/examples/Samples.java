package dev.entente.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.entente.model.Document;
import dev.entente.model.Mention;
import dev.entente.parser.Parser;
import dev.entente.query.Hit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the examples share: the documents they read (the sample documents on the class path, or
 * the files named on the command line) and how they show a result together with its text.
 */
final class Samples {
  /**
   * The sample documents: a China–Central Asia foreign ministers' communiqué (Almaty, 26 April
   * 2025) and the Azerbaijan–China joint statement on comprehensive strategic partnership
   * (Beijing, 23 April 2025).
   */
  static final List<String> NAMES = List.of("000_c8f3a732433e8756.txt", "004_cd7b265aefbc5060.txt");

  // A parser is immutable and thread-safe: one for all examples; it reads Russian and English.
  private static final Parser PARSER = Parser.detecting();
  // Parsing is the slow part, and documents are immutable: the samples are parsed once.
  private static List<Document> samples;

  private Samples() {}

  /**
   * The documents in the files {@code paths}, each with its file name (without extension) as
   * id; the sample documents if there are no paths.
   */
  static List<Document> load(String... paths) throws IOException {
    if (paths.length == 0) {
      return samples();
    }
    List<Document> documents = new ArrayList<>();
    for (String path : paths) {
      Path file = Path.of(path);
      // parse(bytes, id) reads any encoding archives hold (windows-1251, KOI8-R, UTF-16, HTML), not only UTF-8
      documents.add(PARSER.parse(Files.readAllBytes(file), idOf(file.getFileName().toString())));
    }
    return documents;
  }

  private static synchronized List<Document> samples() throws IOException {
    if (samples == null) {
      List<Document> documents = new ArrayList<>();
      for (String name : NAMES) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
          if (in == null) {
            throw new IOException("sample " + name + " is not on the class path");
          }
          documents.add(PARSER.parse(idOf(name), new String(in.readAllBytes(), UTF_8)));
        }
      }
      samples = List.copyOf(documents);
    }
    return samples;
  }

  /** The name of the file without its extension, with characters a document id cannot hold as '_'. */
  private static String idOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[^\\p{L}\\p{N}_.:-]", "_");
  }

  /**
   * The first stretch of text that supports {@code hit}, as {@code «Казахстан» [120..129)}: the
   * text with runs of white space shown as one space, and its UTF-16 offsets into the document.
   */
  static String quote(Hit<?> hit) {
    List<Mention> mentions = hit.explain().mentions();
    if (mentions.isEmpty()) {
      throw new IllegalStateException("no text supports " + hit);
    }
    return quote(mentions.get(0));
  }

  /** {@code «Казахстан» [120..129)}. */
  static String quote(Mention mention) {
    return "«" + mention.text().replaceAll("\\s+", " ") + "» " + mention.span();
  }
}
