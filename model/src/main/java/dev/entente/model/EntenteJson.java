package dev.entente.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.UncheckedIOException;

/**
 * Reads and writes the model as the JSON of the SPEC: field names as the accessors, enums by
 * name, absent values as {@code null}, empty lists as {@code []}.
 *
 * <pre>{@code
 * String json = EntenteJson.toJson(document);
 * Document back = EntenteJson.fromJson(json);   // equals document
 * }</pre>
 *
 * <p>JSON is untrusted input: a document that breaks an invariant (a span past the text, an id of
 * the wrong shape) is refused with an {@link IllegalArgumentException} naming the field, never
 * half-built.
 */
public final class EntenteJson {
  /** Deeper than any document needs; guards against stack exhaustion on hostile input. */
  private static final int MAX_NESTING = 64;

  private EntenteJson() {}

  /**
   * Holds the databind mapper, built on first use: writing documents goes through
   * {@link DocumentJsonWriter} and never loads databind.
   */
  private static final class Databind {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .addModule(new Jdk8Module())
        // untrusted JSON: "kind": 5, 254.7 for an int, "3" for a number and a repeated key are refused
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();

    static {
      // The JSON is a String already in memory, so no string in it can be longer than it: Jackson's
      // 20,000,000-char default would only refuse the text of a large document the CLI wrote.
      MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING).maxStringLength(Integer.MAX_VALUE).build());
      // A null inside a list is refused with the list's path, not as a bare NullPointerException.
      MAPPER.configOverride(java.util.List.class).setSetterInfo(
          com.fasterxml.jackson.annotation.JsonSetter.Value.forContentNulls(com.fasterxml.jackson.annotation.Nulls.FAIL));
    }
  }

  /** The configured mapper, for callers that stream or embed documents in their own JSON. */
  public static ObjectMapper mapper() {
    return Databind.MAPPER.copy();
  }

  /** The document as one line of JSON. */
  public static String toJson(Document document) {
    return write(document, false);
  }

  /** The document as indented JSON. */
  public static String toPrettyJson(Document document) {
    return write(document, true);
  }

  /**
   * Reads a document back.
   *
   * @throws IllegalArgumentException naming the field and the problem if {@code json} is not a
   *     valid document
   */
  public static Document fromJson(String json) {
    return read(json, Document.class);
  }

  /** Writes any model value (a party, an event, a list of documents). */
  public static String write(Object value, boolean pretty) {
    if (value instanceof Document document) {
      return DocumentJsonWriter.write(document, pretty);
    }
    return writeWithDatabind(value, pretty);
  }

  /**
   * Writes {@code value} through the databind mapper, documents included: the output that
   * {@link DocumentJsonWriter} matches.
   */
  static String writeWithDatabind(Object value, boolean pretty) {
    try {
      return pretty
          ? Databind.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value)
          : Databind.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Reads any model value; a document is also checked for the invariants that tie its parts
   * together (ids it names exist, statements inside their clause, clauses not overlapping).
   *
   * @throws IllegalArgumentException naming the field and the problem
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      T value = Databind.MAPPER.readValue(json, type);
      if (value == null) {
        throw new IllegalArgumentException("not a valid " + type.getSimpleName() + " in JSON: the JSON is null");
      }
      return value instanceof Document doc ? type.cast(checked(doc)) : value;
    } catch (JsonProcessingException e) {
      throw invalid(type, e);
    }
  }

  private static Document checked(Document doc) {
    try {
      Consistency.check(doc);
      return doc;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid Document in JSON: " + e.getMessage(), e);
    }
  }

  private static IllegalArgumentException invalid(Class<?> type, JsonProcessingException e) {
    return new IllegalArgumentException(
        "not a valid " + type.getSimpleName() + " in JSON: " + e.getOriginalMessage()
            + " (at " + e.getLocation() + ", path " + pathOf(e) + ")", e);
  }

  private static String pathOf(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException) {
      return ((com.fasterxml.jackson.databind.JsonMappingException) e).getPathReference();
    }
    return "?";
  }
}
