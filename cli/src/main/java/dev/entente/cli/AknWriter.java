package dev.entente.cli;

import dev.entente.model.Clause;
import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.Segment;
import dev.entente.model.SegmentKind;
import dev.entente.model.Span;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A document as Akoma Ntoso 3.0: {@code <akomaNtoso><statement name="…">} with minimal FRBR
 * identification, TLC references for parties, participants, events, initiatives and mechanisms,
 * the title in the preface, the preamble paragraphs, and one {@code <paragraph>} per numbered
 * clause with its list items as a {@code <blockList>}. Mentions are marked inline
 * ({@code <organization>}, {@code <person>}, {@code <event>}, {@code <concept>}) where they do not
 * overlap. Valid against the OASIS schema (tested).
 */
final class AknWriter {
  static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
  private static final Pattern BULLET = Pattern.compile("\\A\\s*(--|—|–|-|•|·|\\*)\\s*");

  private AknWriter() {}

  static String write(Document doc) {
    try {
      StringWriter buffer = new StringWriter(doc.text().length() * 2 + 4096);
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
      new AknWriter.Run(doc, xml).document();
      xml.close();
      return buffer.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write Akoma Ntoso for " + doc.id() + ": " + e.getMessage(), e);
    }
  }

  /** The state of one document's writing. */
  private static final class Run {
    private final Document doc;
    private final XMLStreamWriter xml;
    private final List<Ref> refs;
    private int depth;

    Run(Document doc, XMLStreamWriter xml) {
      this.doc = doc;
      this.xml = xml;
      this.refs = refs(doc);
    }

    void document() throws XMLStreamException {
      xml.writeStartDocument("UTF-8", "1.0");
      start("akomaNtoso");
      xml.writeDefaultNamespace(NS);
      start("statement");
      xml.writeAttribute("name", statementName(doc));
      meta();
      preface();
      preamble();
      mainBody();
      end();
      end();
      xml.writeEndDocument();
    }

    private void meta() throws XMLStreamException {
      String country = doc.place().flatMap(p -> p.country())
          .or(() -> doc.signatories().stream().filter(s -> s.length() == 2).findFirst())
          .orElse("zz").toLowerCase(Locale.ROOT);
      Optional<EdtfDate> when = doc.date().or(doc::publicationDate);
      String date = when.map(d -> d.earliest().toString()).orElse("0001-01-01");
      String dateName = doc.date().isPresent() ? "adoption" : doc.publicationDate().isPresent() ? "publication" : "unknown";
      String lang = doc.language().equals("ru") ? "rus" : doc.language();
      String work = "/akn/" + country + "/statement/" + statementName(doc) + "/" + date + "/" + uriSafe(doc.id());
      start("meta");
      start("identification");
      xml.writeAttribute("source", "#entente");
      start("FRBRWork");
      value("FRBRthis", work + "/!main");
      value("FRBRuri", work);
      empty("FRBRdate", "date", date, "name", dateName);
      empty("FRBRauthor", "href", "#entente");
      value("FRBRcountry", country);
      end();
      start("FRBRExpression");
      value("FRBRthis", work + "/" + lang + "@/!main");
      value("FRBRuri", work + "/" + lang + "@");
      empty("FRBRdate", "date", date, "name", dateName);
      empty("FRBRauthor", "href", "#entente");
      empty("FRBRlanguage", "language", lang);
      end();
      start("FRBRManifestation");
      value("FRBRthis", work + "/" + lang + "@/main.xml");
      value("FRBRuri", work + "/" + lang + "@.akn");
      empty("FRBRdate", "date", date, "name", "transform");
      empty("FRBRauthor", "href", "#entente");
      end();
      end();
      start("references");
      xml.writeAttribute("source", "#entente");
      empty("TLCOrganization", "eId", "entente", "href", "/ontology/organization/entente", "showAs", "Entente");
      for (Ref ref : refs) {
        empty(ref.tlc, "eId", ref.eId, "href", ref.href, "showAs", clean(ref.showAs));
      }
      end();
      end();
    }

    private void preface() throws XMLStreamException {
      if (doc.title().isBlank()) {
        return;
      }
      start("preface");
      start("p");
      xml.writeStartElement("docTitle");
      xml.writeCharacters(clean(doc.title()));
      xml.writeEndElement();
      end();
      end();
    }

    private void preamble() throws XMLStreamException {
      if (doc.preamble().isEmpty()) {
        return;
      }
      start("preamble");
      for (Clause c : doc.preamble()) {
        for (Span p : c.paragraphs().isEmpty() ? List.of(c.span()) : c.paragraphs()) {
          paragraph("p", p.start(), p.end());
        }
      }
      end();
    }

    private void mainBody() throws XMLStreamException {
      start("mainBody");
      List<Clause> numbered = new ArrayList<>();
      doc.clauses().stream().filter(c -> c.number().isPresent()).forEach(numbered::add);
      if (numbered.isEmpty()) {
        // No numbered points: the body text as paragraphs, so that nothing is lost.
        boolean any = false;
        for (Segment s : doc.segments()) {
          if (s.kind() == SegmentKind.CLAUSE) {
            paragraph("p", s.start(), s.end());
            any = true;
          }
        }
        if (!any) {
          start("p");
          end();
        }
      }
      Set<String> eIds = new HashSet<>();
      for (int i = 0; i < numbered.size(); i++) {
        Clause c = numbered.get(i);
        String number = c.number().get();
        String eId = "para_" + number.replaceAll("[^A-Za-z0-9]", "_");
        if (!eIds.add(eId)) {
          eId = eId + "_" + (i + 1);
          eIds.add(eId);
        }
        start("paragraph");
        xml.writeAttribute("eId", eId);
        start("num");
        xml.writeCharacters(clean(number) + ".");
        xml.writeEndElement();
        depth--;
        start("content");
        clauseBody(c, eId);
        end();
        end();
      }
      end();
    }

    /** The clause's paragraphs as {@code <p>}, runs of list items as one {@code <blockList>}. */
    private void clauseBody(Clause c, String eId) throws XMLStreamException {
      List<Span> parts = new ArrayList<>(c.paragraphs());
      parts.addAll(c.items());
      parts.sort(Comparator.comparingInt(Span::start));
      if (parts.isEmpty()) {
        parts.add(c.span());
      }
      Set<Span> items = new HashSet<>(c.items());
      int list = 0;
      int item = 0;
      boolean inList = false;
      boolean first = true;
      for (Span part : parts) {
        boolean isItem = items.contains(part);
        if (isItem && !inList) {
          start("blockList");
          xml.writeAttribute("eId", eId + "__list_" + (++list));
          inList = true;
          item = 0;
        } else if (!isItem && inList) {
          end();
          inList = false;
        }
        int from = part.start();
        if (first) {
          from = afterNumber(doc.text(), part, c.number().get());
          first = false;
        }
        if (isItem) {
          start("item");
          xml.writeAttribute("eId", eId + "__list_" + list + "__item_" + (++item));
          Matcher m = BULLET.matcher(doc.text()).region(from, part.end());
          paragraph("p", m.lookingAt() ? m.end() : from, part.end());
          end();
        } else {
          paragraph("p", from, part.end());
        }
      }
      if (inList) {
        end();
      }
    }

    /** Writes {@code <name>} with the text of {@code [from, to)} and its mentions marked inline. */
    private void paragraph(String name, int from, int to) throws XMLStreamException {
      String text = doc.text();
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      start(name);
      int cursor = from;
      for (Ref ref : refs) {
        for (Span m : ref.mentions) {
          if (m.start() >= from && m.end() <= to && m.end() > m.start()) {
            pending.add(new Inline(m.start(), m.end(), ref));
          }
        }
      }
      pending.sort(Comparator.comparingInt(Inline::start).thenComparing(Comparator.comparingInt(Inline::end).reversed()));
      for (Inline in : pending) {
        if (in.start < cursor) {
          continue; // overlaps the previous mention: AKN inlines nest, our mentions may cross
        }
        xml.writeCharacters(clean(text.substring(cursor, in.start)));
        xml.writeStartElement(in.ref.inline);
        xml.writeAttribute("refersTo", "#" + in.ref.eId);
        if (in.ref.inline.equals("person")) {
          xml.writeAttribute("as", "#participant");
        }
        xml.writeCharacters(clean(text.substring(in.start, in.end)));
        xml.writeEndElement();
        cursor = in.end;
      }
      pending.clear();
      xml.writeCharacters(clean(text.substring(cursor, to)));
      xml.writeEndElement();
      depth--;
    }

    private final List<Inline> pending = new ArrayList<>();

    private void start(String name) throws XMLStreamException {
      nl();
      xml.writeStartElement(name);
      depth++;
    }

    private void end() throws XMLStreamException {
      depth--;
      nl();
      xml.writeEndElement();
    }

    private void value(String name, String value) throws XMLStreamException {
      empty(name, "value", value);
    }

    private void empty(String name, String... attributes) throws XMLStreamException {
      nl();
      xml.writeEmptyElement(name);
      for (int i = 0; i < attributes.length; i += 2) {
        xml.writeAttribute(attributes[i], attributes[i + 1]);
      }
    }

    private void nl() throws XMLStreamException {
      xml.writeCharacters("\n" + "  ".repeat(Math.max(0, depth)));
    }
  }

  /** A TLC reference and the mentions to mark with its inline element. */
  private record Ref(String tlc, String inline, String eId, String href, String showAs, List<Span> mentions) {}

  private record Inline(int start, int end, Ref ref) {}

  private static List<Ref> refs(Document doc) {
    List<Ref> refs = new ArrayList<>();
    for (Party p : doc.parties()) {
      refs.add(new Ref("TLCOrganization", "organization", "party_" + eIdSafe(p.id()),
          "/ontology/organization/" + uriSafe(p.id().toLowerCase(Locale.ROOT)), p.name(), spans(p.mentions())));
    }
    for (int i = 0; i < doc.participants().size(); i++) {
      Participant p = doc.participants().get(i);
      refs.add(new Ref("TLCPerson", "person", "person_" + (i + 1), "/ontology/person/" + uriSafe(p.name()),
          p.name(), spans(p.mentions())));
    }
    if (!doc.participants().isEmpty()) {
      refs.add(new Ref("TLCRole", null, "participant", "/ontology/role/participant", "participant", List.of()));
    }
    for (Event e : doc.events()) {
      refs.add(new Ref("TLCEvent", "event", "event_" + eIdSafe(e.id()), "/ontology/event/" + uriSafe(e.id()),
          e.name(), spans(e.mentions())));
    }
    for (Initiative x : doc.initiatives()) {
      refs.add(new Ref("TLCConcept", "concept", "initiative_" + eIdSafe(x.id()),
          "/ontology/concept/initiative/" + uriSafe(x.id()), x.name(), spans(x.mentions())));
    }
    for (Mechanism x : doc.mechanisms()) {
      refs.add(new Ref("TLCConcept", "concept", "mechanism_" + eIdSafe(x.id()),
          "/ontology/concept/mechanism/" + uriSafe(x.id()), x.name(), spans(x.mentions())));
    }
    // Ids are unique per kind in the model; keep eIds unique even if the parser repeats one.
    Set<String> seen = new HashSet<>();
    List<Ref> unique = new ArrayList<>();
    for (Ref r : refs) {
      String eId = r.eId;
      for (int n = 2; !seen.add(eId); n++) {
        eId = r.eId + "_" + n;
      }
      unique.add(eId.equals(r.eId) ? r : new Ref(r.tlc, r.inline, eId, r.href, r.showAs, r.mentions));
    }
    return unique;
  }

  private static List<Span> spans(List<? extends dev.entente.model.Located> located) {
    List<Span> spans = new ArrayList<>();
    located.forEach(l -> spans.add(l.span()));
    return spans;
  }

  /** The AKN name of the statement, from the document kind: {@code communique}, {@code jointStatement}. */
  static String statementName(Document doc) {
    String[] words = doc.kind().name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }

  /** Where the clause's text begins after its number and the number's punctuation. */
  private static int afterNumber(String text, Span first, String number) {
    int i = first.start();
    while (i < first.end() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int at = text.indexOf(number, i);
    if (at < 0 || at - i > 2 || at + number.length() > first.end()) {
      return first.start();
    }
    int j = at + number.length();
    while (j < first.end() && (".)]:".indexOf(text.charAt(j)) >= 0)) {
      j++;
    }
    return j;
  }

  private static String eIdSafe(String id) {
    return id.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static String uriSafe(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') {
        out.append(c);
      } else {
        out.append('_');
      }
    }
    return out.length() == 0 ? "_" : out.toString();
  }

  /** The text with characters that XML 1.0 forbids replaced by U+FFFD. */
  static String clean(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
          || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
      if (!ok && out == null) {
        out = new StringBuilder(s.substring(0, i));
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? s : out.toString();
  }
}
