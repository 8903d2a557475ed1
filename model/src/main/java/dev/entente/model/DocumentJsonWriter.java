package dev.entente.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link Document} as JSON through jackson-core's streaming generator alone, character
 * for character what {@link EntenteJson}'s databind mapper writes, so that a program that only
 * writes documents never loads databind or introspects the model types.
 */
final class DocumentJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator json;

  private DocumentJsonWriter(JsonGenerator json) {
    this.json = json;
  }

  /** The document as one line of JSON, or indented like databind's default pretty printer. */
  static String write(Document document, boolean pretty) {
    StringWriter out = new StringWriter(document.text().length() + 1024);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      if (pretty) {
        json.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      new DocumentJsonWriter(json).document(document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Document as JSON", e);
    }
    return out.toString();
  }

  private void document(Document d) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", d.id());
    json.writeStringField("title", d.title());
    name("kind", d.kind());
    json.writeStringField("language", d.language());
    optional("date", d.date());
    optional("place", d.place());
    optional("source", d.source());
    optional("publicationDate", d.publicationDate());
    list("signatories", d.signatories());
    list("parties", d.parties());
    list("participants", d.participants());
    list("segments", d.segments());
    list("preamble", d.preamble());
    list("clauses", d.clauses());
    list("initiatives", d.initiatives());
    list("mechanisms", d.mechanisms());
    list("events", d.events());
    list("diagnostics", d.diagnostics());
    json.writeStringField("text", d.text());
    json.writeEndObject();
  }

  private void party(Party p) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", p.id());
    name("kind", p.kind());
    json.writeStringField("name", p.name());
    optional("nameEn", p.nameEn());
    list("mentions", p.mentions());
    json.writeEndObject();
  }

  private void participant(Participant p) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", p.name());
    optional("party", p.party());
    optional("role", p.role());
    list("mentions", p.mentions());
    json.writeStringField("rule", p.rule());
    json.writeEndObject();
  }

  private void segment(Segment s) throws IOException {
    json.writeStartObject();
    name("kind", s.kind());
    json.writeNumberField("start", s.start());
    json.writeNumberField("end", s.end());
    json.writeEndObject();
  }

  private void clause(Clause c) throws IOException {
    json.writeStartObject();
    optional("number", c.number());
    json.writeNumberField("start", c.start());
    json.writeNumberField("end", c.end());
    list("paragraphs", c.paragraphs());
    list("items", c.items());
    list("statements", c.statements());
    json.writeEndObject();
  }

  private void statement(Statement s) throws IOException {
    json.writeStartObject();
    json.writeNumberField("start", s.start());
    json.writeNumberField("end", s.end());
    list("actors", s.actorIds());
    optional("act", s.act());
    optional("strength", s.strength());
    optional("cameo", s.cameo());
    json.writeBooleanField("negated", s.negated());
    list("topics", s.topics());
    list("parties", s.partyIds());
    list("initiatives", s.initiativeIds());
    list("mechanisms", s.mechanismIds());
    list("events", s.eventIds());
    json.writeStringField("rule", s.rule());
    json.writeEndObject();
  }

  private void initiative(Initiative i) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", i.id());
    json.writeStringField("name", i.name());
    name("kind", i.kind());
    optional("proposer", i.proposer());
    optional("period", i.period());
    list("mentions", i.mentions());
    json.writeStringField("rule", i.rule());
    json.writeEndObject();
  }

  private void mechanism(Mechanism m) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", m.id());
    json.writeStringField("name", m.name());
    name("kind", m.kind());
    optional("level", m.level());
    name("status", m.status());
    list("mentions", m.mentions());
    json.writeStringField("rule", m.rule());
    json.writeEndObject();
  }

  private void event(Event e) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", e.id());
    json.writeStringField("name", e.name());
    name("kind", e.kind());
    optional("ordinal", e.ordinal());
    optional("date", e.date());
    optional("place", e.place());
    name("status", e.status());
    optional("mechanism", e.mechanism());
    list("mentions", e.mentions());
    json.writeStringField("rule", e.rule());
    json.writeEndObject();
  }

  private void diagnostic(Diagnostic d) throws IOException {
    json.writeStartObject();
    name("code", d.code());
    json.writeStringField("message", d.message());
    optional("span", d.span());
    json.writeEndObject();
  }

  private void place(Place p) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", p.name());
    optional("country", p.country());
    json.writeEndObject();
  }

  private void mention(Mention m) throws IOException {
    json.writeStartObject();
    json.writeNumberField("start", m.start());
    json.writeNumberField("end", m.end());
    json.writeStringField("text", m.text());
    json.writeEndObject();
  }

  private void span(Span s) throws IOException {
    json.writeStartObject();
    json.writeNumberField("start", s.start());
    json.writeNumberField("end", s.end());
    json.writeEndObject();
  }

  private void name(String field, Enum<?> constant) throws IOException {
    json.writeStringField(field, constant.name());
  }

  private void optional(String field, Optional<?> value) throws IOException {
    json.writeFieldName(field);
    if (value.isPresent()) {
      value(value.get());
    } else {
      json.writeNull();
    }
  }

  private void list(String field, List<?> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (Object value : values) {
      value(value);
    }
    json.writeEndArray();
  }

  /**
   * An element of a list or the content of an optional, dispatched on its type: a lambda per call
   * site would cost a cold JVM one generated class each.
   */
  private void value(Object value) throws IOException {
    if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Enum<?> e) {
      json.writeString(e.name());
    } else if (value instanceof EdtfDate d) {
      json.writeString(d.toString());
    } else if (value instanceof Integer n) {
      json.writeNumber(n.intValue());
    } else if (value instanceof Mention m) {
      mention(m);
    } else if (value instanceof Span s) {
      span(s);
    } else if (value instanceof Place p) {
      place(p);
    } else if (value instanceof Segment s) {
      segment(s);
    } else if (value instanceof Statement s) {
      statement(s);
    } else if (value instanceof Clause c) {
      clause(c);
    } else if (value instanceof Party p) {
      party(p);
    } else if (value instanceof Participant p) {
      participant(p);
    } else if (value instanceof Initiative i) {
      initiative(i);
    } else if (value instanceof Mechanism m) {
      mechanism(m);
    } else if (value instanceof Event e) {
      event(e);
    } else if (value instanceof Diagnostic d) {
      diagnostic(d);
    } else {
      throw new IllegalArgumentException("not a part of a document: " + value.getClass().getName());
    }
  }
}
