package dev.entente.store;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The exact form in which a document is kept: its Entente JSON, deflated, without the text when the
 * text can be put back from {@code documents.text} (it is the JSON's last field), so that the text
 * is stored once. Decoding gives a document equal to the one encoded.
 */
final class DocumentCodec {
  private static final String TEXT_FIELD = "\"text\":";

  /** What is stored for one document. */
  record Encoded(String contentHash, String textHash, byte[] json, int jsonBytes) {
    /** Whether the stored JSON lacks its text, which then comes from {@code documents.text}. */
    boolean textApart() {
      return textHash != null;
    }
  }

  private DocumentCodec() {}

  static Encoded encode(Document document) {
    String json = EntenteJson.toJson(document);
    String contentHash = sha256(json);
    String tail = tail(document.text());
    String kept = json;
    String textHash = null;
    // A text with a lone surrogate has no UTF-8 form: documents.text cannot hold it exactly, so it
    // stays in the JSON, where it is escaped.
    if (json.endsWith(tail) && json.length() > tail.length() && wellFormed(document.text())) {
      kept = json.substring(0, json.length() - tail.length());
      textHash = sha256(document.text());
    }
    byte[] bytes = escapeLoneSurrogates(kept).getBytes(StandardCharsets.UTF_8);
    return new Encoded(contentHash, textHash, deflate(bytes), bytes.length);
  }

  /**
   * The document stored as {@code json} ({@link Encoded#json()}), with {@code text} put back when
   * it was kept apart ({@code null} otherwise).
   */
  static Document decode(byte[] json, int jsonBytes, String text) {
    String kept = new String(inflate(json, jsonBytes), StandardCharsets.UTF_8);
    return EntenteJson.fromJson(text == null ? kept : kept + tail(text));
  }

  /** As {@link #decode}, with the text's {@link #tail} made once for all documents that share it. */
  static Document decodeWithTail(byte[] json, int jsonBytes, String tail) {
    return EntenteJson.fromJson(new String(inflate(json, jsonBytes), StandardCharsets.UTF_8) + tail);
  }

  /** The JSON of the text field as the document's JSON ends: {@code "text":"…"}}. */
  static String tail(String text) {
    char[] quoted = JsonStringEncoder.getInstance().quoteAsString(text);
    return new StringBuilder(quoted.length + TEXT_FIELD.length() + 3)
        .append(TEXT_FIELD).append('"').append(quoted).append('"').append('}').toString();
  }

  /** Whether {@code s} has no lone surrogate, so that UTF-8 holds it exactly. */
  static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code json} with each lone surrogate written as a JSON escape ({@code \ud800}), which reads
   * back as the same char; UTF-8 would turn it into {@code ?}. Pairs are left as they are.
   */
  static String escapeLoneSurrogates(String json) {
    if (wellFormed(json)) {
      return json;
    }
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
        out.append(c).append(json.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String sha256(String s) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static byte[] deflate(byte[] bytes) {
    // Level 1: a third of the text's size already, at several times the speed of the default level.
    Deflater deflater = new Deflater(1);
    try {
      deflater.setInput(bytes);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
      byte[] buffer = new byte[16 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static byte[] inflate(byte[] bytes, int length) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(bytes);
      byte[] out = new byte[length];
      int n = 0;
      while (n < length && !inflater.finished()) {
        int got = inflater.inflate(out, n, length - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += got;
      }
      if (n != length) {
        throw new IllegalStateException("stored JSON is damaged: " + n + " of " + length + " bytes inflated");
      }
      return out;
    } catch (DataFormatException e) {
      throw new IllegalStateException("stored JSON is damaged: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }
}
