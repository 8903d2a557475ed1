package dev.entente.parser.input;

import dev.entente.model.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * Bytes read as text, with what had to be done to read them.
 *
 * @param text the text the parser reads; every offset of the document points into it
 * @param charset the encoding the bytes were read in ({@code UTF-8}, {@code windows-1251}, …;
 *     for a mixed file the main one)
 * @param bytes how many bytes were read
 * @param diagnostics what the reader decided or repaired (DECODED, REPLACEMENT_CHARACTERS,
 *     TRUNCATED, MARKUP), to add to the document
 */
public record DecodedText(String text, String charset, long bytes, List<Diagnostic> diagnostics) {
  /** Copies the diagnostics, so that the record is immutable. */
  public DecodedText {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(charset, "charset == null");
    diagnostics = List.copyOf(diagnostics);
  }
}
