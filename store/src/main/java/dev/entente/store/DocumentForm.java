package dev.entente.store;

import dev.entente.model.Act;
import dev.entente.model.Clause;
import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.Initiative;
import dev.entente.model.InitiativeKind;
import dev.entente.model.Level;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.Mention;
import dev.entente.model.ModelInternals;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import dev.entente.model.Place;
import dev.entente.model.Segment;
import dev.entente.model.SegmentKind;
import dev.entente.model.Span;
import dev.entente.model.Statement;
import dev.entente.model.Strength;
import dev.entente.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compact binary form in which the store keeps a document exactly: every attribute of the
 * model in a fixed order, numbers as variable-length integers, and each distinct string once per
 * document (ids, enum names, rules and mention texts repeat many times), referred to by its
 * position. Reading it back builds the document through the model's builders (statements
 * through {@link ModelInternals}, which checks as the builder does), so every check a builder
 * makes runs. Reading it took a quarter of the CPU that reading the document's JSON did
 * (no field names, no number or escape parsing, no reflection), and it is less than half the
 * size of that JSON without the text (15.8 KB for a synthetic document of 59 statements, 7.7 KB
 * deflated, against about 40 KB of JSON).
 *
 * <p>Layout: the format byte {@link #FORMAT}; the string table (count, then each string as a
 * header {@code length << 1 | utf16} and its UTF-8 bytes, or its UTF-16 chars when the string has
 * a lone surrogate, which UTF-8 cannot hold); then the document, field by field in the order of
 * the Entente JSON. Enum constants are stored by name, never by ordinal, so that reordering an
 * enum cannot change a stored value. The text is not part of the form when it is kept apart
 * ({@code documents.text}); otherwise it is its last string.
 */
final class DocumentForm {
  /** The first byte of every form; a new layout takes a new number. */
  static final int FORMAT = 1;

  private DocumentForm() {}

  /**
   * The form of {@code document}; its text is left out when {@code textApart}. Equal documents
   * have equal forms.
   */
  static byte[] encode(Document document, boolean textApart) {
    return new Writer().document(document, textApart);
  }

  /**
   * The document whose form is {@code form}, with {@code text} as its text when the text was kept
   * apart ({@code null} otherwise).
   *
   * @throws IllegalStateException if the form is damaged, naming what is wrong
   */
  static Document decode(byte[] form, int length, String text) {
    return decode(form, length, text, null, null);
  }

  /**
   * The document whose form is {@code form}, as {@link #decode(byte[], int, String)} reads it,
   * with its short strings taken from {@code shared} (see {@link SharedStrings}): documents read
   * together then hold one copy of each id, name, rule and quoted mention text, however many of
   * them repeat it. {@code shared} may be null.
   *
   * @throws IllegalStateException if the form is damaged, naming what is wrong
   */
  static Document decode(byte[] form, int length, String text, SharedStrings shared) {
    SharedStrings.Table table = shared == null ? null : shared.borrow();
    try {
      return decode(form, length, text, shared, table);
    } finally {
      if (table != null) {
        shared.giveBack(table);
      }
    }
  }

  /**
   * The document whose form is {@code form}, its short strings taken from {@code table}, a table
   * of {@code shared} that the calling thread has borrowed; both may be null.
   *
   * @throws IllegalStateException if the form is damaged, naming what is wrong
   */
  static Document decode(byte[] form, int length, String text, SharedStrings shared,
      SharedStrings.Table table) {
    try {
      return new Reader(form, length, shared, table).document(text);
    } catch (IllegalStateException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalStateException("stored document is damaged: " + e, e);
    }
  }

  /** Writes the body while it collects the strings; the table goes in front of it at the end. */
  private static final class Writer {
    private final Map<String, Integer> strings = new HashMap<>();
    private final List<String> table = new ArrayList<>();
    private final Bytes body = new Bytes(4096);

    byte[] document(Document d, boolean textApart) {
      string(d.id());
      string(d.title());
      name(d.kind());
      string(d.language());
      date(d.date());
      optional(d.place().isPresent());
      d.place().ifPresent(this::place);
      optionalString(d.source());
      date(d.publicationDate());
      strings(d.signatories());
      body.varint(d.parties().size());
      for (Party p : d.parties()) {
        string(p.id());
        name(p.kind());
        string(p.name());
        optionalString(p.nameEn());
        mentions(p.mentions());
      }
      body.varint(d.participants().size());
      for (Participant p : d.participants()) {
        string(p.name());
        optionalString(p.party());
        optionalString(p.role());
        mentions(p.mentions());
        string(p.rule());
      }
      body.varint(d.segments().size());
      for (Segment s : d.segments()) {
        name(s.kind());
        body.varint(s.start());
        body.varint(s.end());
      }
      clauses(d.preamble());
      clauses(d.clauses());
      body.varint(d.initiatives().size());
      for (Initiative i : d.initiatives()) {
        string(i.id());
        string(i.name());
        name(i.kind());
        optionalString(i.proposer());
        date(i.period());
        mentions(i.mentions());
        string(i.rule());
      }
      body.varint(d.mechanisms().size());
      for (Mechanism m : d.mechanisms()) {
        string(m.id());
        string(m.name());
        name(m.kind());
        optionalName(m.level());
        name(m.status());
        mentions(m.mentions());
        string(m.rule());
      }
      body.varint(d.events().size());
      for (Event e : d.events()) {
        string(e.id());
        string(e.name());
        name(e.kind());
        optional(e.ordinal().isPresent());
        e.ordinal().ifPresent(body::varint);
        date(e.date());
        optional(e.place().isPresent());
        e.place().ifPresent(this::place);
        name(e.status());
        optionalString(e.mechanism());
        mentions(e.mentions());
        string(e.rule());
      }
      body.varint(d.diagnostics().size());
      for (Diagnostic g : d.diagnostics()) {
        name(g.code());
        string(g.message());
        optional(g.span().isPresent());
        g.span().ifPresent(this::span);
      }
      optional(!textApart);
      if (!textApart) {
        string(d.text());
      }
      Bytes out = new Bytes(body.length() + 16 * table.size() + 16);
      out.write(FORMAT);
      out.varint(table.size());
      for (String s : table) {
        out.string(s);
      }
      out.write(body.array(), body.length());
      return out.toArray();
    }

    private void clauses(List<Clause> clauses) {
      body.varint(clauses.size());
      for (Clause c : clauses) {
        optionalString(c.number());
        body.varint(c.start());
        body.varint(c.end());
        spans(c.paragraphs());
        spans(c.items());
        body.varint(c.statements().size());
        for (Statement s : c.statements()) {
          statement(s);
        }
      }
    }

    private void statement(Statement s) {
      body.varint(s.start());
      body.varint(s.end());
      strings(s.actors());
      optionalName(s.act());
      optionalName(s.strength());
      optionalString(s.cameo());
      body.write(s.negated() ? 1 : 0);
      body.varint(s.topics().size());
      for (Topic t : s.topics()) {
        name(t);
      }
      strings(s.parties());
      strings(s.initiatives());
      strings(s.mechanisms());
      strings(s.events());
      string(s.rule());
    }

    private void mentions(List<Mention> mentions) {
      body.varint(mentions.size());
      for (Mention m : mentions) {
        body.varint(m.start());
        body.varint(m.end());
        string(m.text());
      }
    }

    private void spans(List<Span> spans) {
      body.varint(spans.size());
      for (Span s : spans) {
        span(s);
      }
    }

    private void span(Span s) {
      body.varint(s.start());
      body.varint(s.end());
    }

    private void place(Place p) {
      string(p.name());
      optionalString(p.country());
    }

    private void date(Optional<EdtfDate> date) {
      optionalString(date.map(EdtfDate::toString));
    }

    private void strings(List<String> list) {
      body.varint(list.size());
      for (String s : list) {
        string(s);
      }
    }

    private void string(String s) {
      Integer index = strings.get(s);
      if (index == null) {
        index = table.size();
        strings.put(s, index);
        table.add(s);
      }
      body.varint(index);
    }

    /** An absent string is 0, a present one its table position + 1. */
    private void optionalString(Optional<String> s) {
      if (s.isPresent()) {
        Integer index = strings.get(s.get());
        if (index == null) {
          index = table.size();
          strings.put(s.get(), index);
          table.add(s.get());
        }
        body.varint(index + 1);
      } else {
        body.varint(0);
      }
    }

    private void name(Enum<?> constant) {
      string(constant.name());
    }

    private void optionalName(Optional<? extends Enum<?>> constant) {
      optionalString(constant.map(Enum::name));
    }

    private void optional(boolean present) {
      body.write(present ? 1 : 0);
    }
  }

  /** Reads a form front to back. */
  private static final class Reader {
    /** Per enum, an {@link Optional} of each of its constants, by ordinal. */
    private static final ClassValue<Optional<?>[]> OPTIONALS = new ClassValue<>() {
      @Override
      protected Optional<?>[] computeValue(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        Optional<?>[] optionals = new Optional<?>[constants.length];
        for (int i = 0; i < constants.length; i++) {
          optionals[i] = Optional.of(constants[i]);
        }
        return optionals;
      }
    };

    private final byte[] in;
    private final int end;
    private int at;
    private final SharedStrings shared;
    private final SharedStrings.Table sharedTable;
    private String[] table;
    /** The enum constants that strings of {@link #table} named so far, at the strings' indexes. */
    private Object[] constants;
    /** The optional strings made so far, at the strings' indexes. */
    private Optional<?>[] optionals;
    private final String[] stringScratch = new String[16];
    private final Topic[] topicScratch = new Topic[16];

    Reader(byte[] in, int length, SharedStrings shared, SharedStrings.Table sharedTable) {
      this.in = in;
      this.end = length;
      this.shared = shared;
      this.sharedTable = sharedTable;
    }

    Document document(String text) {
      int format = in[at++];
      if (format != FORMAT) {
        throw new IllegalStateException("stored document has form " + format + ", this Entente reads form " + FORMAT);
      }
      table = new String[count()];
      for (int i = 0; i < table.length; i++) {
        table[i] = stringEntry();
      }
      if (sharedTable != null) {
        constants = sharedTable.constants(table.length);
        optionals = sharedTable.optionals(table.length);
      } else {
        constants = new Object[table.length];
        optionals = new Optional<?>[table.length];
      }
      // Built through ModelInternals, which runs the builders' checks but keeps the immutable
      // lists it is given: a builder copied every list twice, through a list of its own.
      String id = string();
      String title = string();
      DocumentKind kind = constant(DocumentKind.class);
      String language = string();
      Optional<EdtfDate> date = date();
      Optional<Place> place = present() ? Optional.of(place()) : Optional.empty();
      Optional<String> source = optionalString();
      Optional<EdtfDate> publicationDate = date();
      List<String> signatories = strings();
      Party[] parties = new Party[count()];
      for (int i = 0; i < parties.length; i++) {
        parties[i] = party();
      }
      Participant[] participants = new Participant[count()];
      for (int i = 0; i < participants.length; i++) {
        participants[i] = participant();
      }
      Segment[] segments = new Segment[count()];
      for (int i = 0; i < segments.length; i++) {
        segments[i] = Segment.of(constant(SegmentKind.class), varint(), varint());
      }
      List<Clause> preamble = clauses();
      List<Clause> clauses = clauses();
      Initiative[] initiatives = new Initiative[count()];
      for (int i = 0; i < initiatives.length; i++) {
        initiatives[i] = initiative();
      }
      Mechanism[] mechanisms = new Mechanism[count()];
      for (int i = 0; i < mechanisms.length; i++) {
        mechanisms[i] = mechanism();
      }
      Event[] events = new Event[count()];
      for (int i = 0; i < events.length; i++) {
        events[i] = event();
      }
      Diagnostic[] diagnostics = new Diagnostic[count()];
      for (int i = 0; i < diagnostics.length; i++) {
        DiagnosticCode code = constant(DiagnosticCode.class);
        String message = string();
        diagnostics[i] = present() ? Diagnostic.of(code, message, span()) : Diagnostic.of(code, message);
      }
      if (present()) {
        text = string();
      } else if (text == null) {
        throw new IllegalStateException("stored document " + table[0] + " keeps its text apart, but none was given");
      }
      if (at != end) {
        throw new IllegalStateException("stored document is damaged: " + (end - at) + " bytes left over");
      }
      return ModelInternals.document(id, title, kind, language, date, place, source,
          publicationDate, signatories, List.of(parties), List.of(participants), List.of(segments),
          preamble, clauses, List.of(initiatives), List.of(mechanisms), List.of(events),
          List.of(diagnostics), text);
    }

    private Party party() {
      String id = string();
      PartyKind kind = constant(PartyKind.class);
      String name = string();
      Optional<String> nameEn = optionalString();
      return ModelInternals.party(id, kind, name, nameEn, mentions());
    }

    private Participant participant() {
      String name = string();
      Optional<String> party = optionalString();
      Optional<String> role = optionalString();
      List<Mention> mentions = mentions();
      return ModelInternals.participant(name, party, role, mentions, string());
    }

    private Initiative initiative() {
      String id = string();
      String name = string();
      InitiativeKind kind = constant(InitiativeKind.class);
      Optional<String> proposer = optionalString();
      Optional<EdtfDate> period = date();
      List<Mention> mentions = mentions();
      return ModelInternals.initiative(id, name, kind, proposer, period, mentions, string());
    }

    private Mechanism mechanism() {
      String id = string();
      String name = string();
      MechanismKind kind = constant(MechanismKind.class);
      Optional<Level> level = optionalConstantOf(Level.class);
      MechanismStatus status = constant(MechanismStatus.class);
      List<Mention> mentions = mentions();
      return ModelInternals.mechanism(id, name, kind, level, status, mentions, string());
    }

    private Event event() {
      String id = string();
      String name = string();
      EventKind kind = constant(EventKind.class);
      Optional<Integer> ordinal = present() ? Optional.of(varint()) : Optional.empty();
      Optional<EdtfDate> date = date();
      Optional<Place> place = present() ? Optional.of(place()) : Optional.empty();
      EventStatus status = constant(EventStatus.class);
      Optional<String> mechanism = optionalString();
      List<Mention> mentions = mentions();
      return ModelInternals.event(id, name, kind, ordinal, date, place, status, mechanism, mentions,
          string());
    }

    private List<Clause> clauses() {
      Clause[] clauses = new Clause[count()];
      for (int i = 0; i < clauses.length; i++) {
        Optional<String> number = optionalString();
        int start = varint();
        int end = varint();
        List<Span> paragraphs = spans();
        List<Span> items = spans();
        Statement[] statements = new Statement[count()];
        for (int s = 0; s < statements.length; s++) {
          statements[s] = statement();
        }
        clauses[i] = ModelInternals.clause(number, start, end, paragraphs, items, List.of(statements));
      }
      return List.of(clauses);
    }

    /**
     * A statement, built through {@link ModelInternals#statement} with its lists of ids and of
     * topics taken from the lists the load holds already (see {@link SharedStrings.Table#list}):
     * most statements repeat lists that others have, and a load builds millions of statements.
     */
    private Statement statement() {
      int start = varint();
      int end = varint();
      List<String> actors = stringList();
      Optional<Act> act = optionalConstantOf(Act.class);
      Optional<Strength> strength = optionalConstantOf(Strength.class);
      Optional<String> cameo = optionalString();
      boolean negated = present();
      int topicCount = count();
      Topic[] topics = topicCount <= topicScratch.length ? topicScratch : new Topic[topicCount];
      for (int i = 0; i < topicCount; i++) {
        topics[i] = constant(Topic.class);
      }
      List<Topic> topicList = list(topics, topicCount);
      List<String> parties = stringList();
      List<String> initiatives = stringList();
      List<String> mechanisms = stringList();
      List<String> events = stringList();
      return ModelInternals.statement(start, end, actors, act, strength, cameo, negated, topicList,
          parties, initiatives, mechanisms, events, string());
    }

    /** A list of strings, the load's own instance of it when there is one. */
    private List<String> stringList() {
      int n = count();
      if (n == 0) {
        return List.of();
      }
      String[] strings = n <= stringScratch.length ? stringScratch : new String[n];
      for (int i = 0; i < n; i++) {
        strings[i] = string();
      }
      return list(strings, n);
    }

    private <T> List<T> list(T[] elements, int n) {
      return sharedTable != null ? sharedTable.list(elements, n) : List.of(Arrays.copyOf(elements, n));
    }

    /** Immutable, so that the model keeps it (one or two mentions: no array at all). */
    private List<Mention> mentions() {
      int n = count();
      switch (n) {
        case 0:
          return List.of();
        case 1:
          return List.of(Mention.of(varint(), varint(), string()));
        case 2:
          Mention first = Mention.of(varint(), varint(), string());
          return List.of(first, Mention.of(varint(), varint(), string()));
        default:
          Mention[] mentions = new Mention[n];
          for (int i = 0; i < n; i++) {
            mentions[i] = Mention.of(varint(), varint(), string());
          }
          return List.of(mentions);
      }
    }

    /** Immutable, so that the model keeps it. */
    private List<Span> spans() {
      int n = count();
      switch (n) {
        case 0:
          return List.of();
        case 1:
          return List.of(span());
        case 2:
          Span first = span();
          return List.of(first, span());
        default:
          Span[] spans = new Span[n];
          for (int i = 0; i < n; i++) {
            spans[i] = span();
          }
          return List.of(spans);
      }
    }

    private Span span() {
      return Span.of(varint(), varint());
    }

    private Place place() {
      String name = string();
      String country = optionalStringOrNull();
      return sharedTable == null ? Place.of(name, Optional.ofNullable(country))
          : sharedTable.place(name, country);
    }

    private Optional<EdtfDate> date() {
      String date = optionalStringOrNull();
      if (date == null) {
        return Optional.empty();
      }
      return Optional.of(sharedTable == null ? EdtfDate.parse(date) : sharedTable.date(date));
    }

    /**
     * The constant of {@code type} named by the next string. A document names a few constants
     * many times (a topic, an act per statement): each string is looked up once per document.
     */
    private <E extends Enum<E>> E constant(Class<E> type) {
      return constant(type, varint());
    }

    /** As {@link #constant(Class)}, or null for an absent one. */
    private <E extends Enum<E>> E optionalConstant(Class<E> type) {
      int index = varint();
      return index == 0 ? null : constant(type, index - 1);
    }

    private <E extends Enum<E>> E constant(Class<E> type, int index) {
      Object known = constants[index];
      if (known != null && known.getClass() == type) {
        return type.cast(known);
      }
      E constant = Enum.valueOf(type, table[index]);
      constants[index] = constant;
      return constant;
    }

    private List<String> strings() {
      String[] strings = new String[count()];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = string();
      }
      return List.of(strings);
    }

    private String string() {
      return table[varint()];
    }

    /**
     * The next optional string; a string of the table is wrapped once per document, however many
     * statements give it (a CAMEO code, a party of a participant).
     */
    private Optional<String> optionalString() {
      int index = varint();
      if (index == 0) {
        return Optional.empty();
      }
      @SuppressWarnings("unchecked") // only strings are put here
      Optional<String> known = (Optional<String>) optionals[index - 1];
      if (known == null) {
        known = Optional.of(table[index - 1]);
        optionals[index - 1] = known;
      }
      return known;
    }

    /** As {@link #optionalConstant(Class)}, wrapped: the one {@link Optional} of each constant. */
    private <E extends Enum<E>> Optional<E> optionalConstantOf(Class<E> type) {
      E constant = optionalConstant(type);
      return constant == null ? Optional.empty() : optional(constant);
    }

    @SuppressWarnings("unchecked") // OPTIONALS of an enum holds Optionals of its constants
    private static <E extends Enum<E>> Optional<E> optional(E constant) {
      return (Optional<E>) OPTIONALS.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    private String optionalStringOrNull() {
      int index = varint();
      return index == 0 ? null : table[index - 1];
    }

    private boolean present() {
      byte flag = in[at++];
      if (flag != 0 && flag != 1) {
        throw new IllegalStateException("stored document is damaged: flag " + flag + " at byte " + (at - 1));
      }
      return flag == 1;
    }

    /** A string-table entry; a short one is taken from the shared strings when there are some. */
    private String stringEntry() {
      int header = varint();
      int length = header >>> 1;
      if (length > end - at || (header & 1) == 1 && 2L * length > end - at) {
        throw new IllegalStateException("stored document is damaged: a string of " + length
            + " at byte " + at + " runs past the end");
      }
      String s;
      if ((header & 1) == 0) {
        s = sharedTable != null && length <= SharedStrings.MAX_BYTES
            ? sharedTable.utf8(in, at, length)
            : new String(in, at, length, StandardCharsets.UTF_8);
        at += length;
        return s;
      }
      char[] chars = new char[length];
      for (int i = 0; i < length; i++) {
        chars[i] = (char) (((in[at] & 0xff) << 8) | (in[at + 1] & 0xff));
        at += 2;
      }
      s = new String(chars);
      return shared != null && 2 * length <= SharedStrings.MAX_BYTES ? shared.instance(s) : s;
    }

    /** A count of things that follow, each at least one byte: larger than what is left means damage. */
    private int count() {
      int n = varint();
      if (n > end - at + 1) {
        throw new IllegalStateException("stored document is damaged: a list of " + n + " at byte " + at);
      }
      return n;
    }

    private int varint() {
      int value = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        byte b = in[at++];
        value |= (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalStateException("stored document is damaged: a number longer than 5 bytes at byte " + at);
    }
  }

  /** A growable byte array. */
  private static final class Bytes {
    private byte[] bytes;
    private int length;

    Bytes(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    int length() {
      return length;
    }

    byte[] array() {
      return bytes;
    }

    byte[] toArray() {
      return Arrays.copyOf(bytes, length);
    }

    void write(int b) {
      ensure(1);
      bytes[length++] = (byte) b;
    }

    void write(byte[] b, int n) {
      ensure(n);
      System.arraycopy(b, 0, bytes, length, n);
      length += n;
    }

    void varint(int value) {
      ensure(5);
      while ((value & ~0x7f) != 0) {
        bytes[length++] = (byte) ((value & 0x7f) | 0x80);
        value >>>= 7;
      }
      bytes[length++] = (byte) value;
    }

    /** A string-table entry: UTF-8 unless the string has a lone surrogate, then UTF-16. */
    void string(String s) {
      if (DocumentCodec.wellFormed(s)) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        varint(utf8.length << 1);
        write(utf8, utf8.length);
      } else {
        varint(s.length() << 1 | 1);
        ensure(2 * s.length());
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          bytes[length++] = (byte) (c >>> 8);
          bytes[length++] = (byte) c;
        }
      }
    }

    private void ensure(int more) {
      if (length + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
      }
    }
  }
}
