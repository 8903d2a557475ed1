package dev.entente.cli;

import dev.entente.model.Clause;
import dev.entente.model.Diagnostic;
import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import dev.entente.model.Mention;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.Segment;
import dev.entente.model.SegmentKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A document as one self-contained HTML page a person would rather read than JSON: what the
 * document commits to (its statements with actors, act and strength, coloured by strength and
 * filterable by party, act, topic and strength), the text with every mention highlighted by
 * concept (each concept can be switched off), clause numbers in the margin, wrapper text greyed,
 * a search box over statements and text (matches marked in the text), and a side panel of parties, participants, initiatives,
 * mechanisms and events (each linking to its mentions) with a timeline of the events. Hovering a
 * mention or an entry shows the rule that found it ({@code explain()}). No external assets;
 * everything from the input is escaped.
 *
 * <p>Anchors: mention {@code k} of item {@code i} of a concept is {@code m-CONCEPT-i-k} (concepts:
 * party, person, initiative, mechanism, event); the side-panel entry is {@code i-CONCEPT-i}; a
 * clause's first segment is {@code clause-N}; statement {@code n} (preamble first, in text order)
 * starts at the empty element {@code s-n} in the text and is listed as {@code st-n}.
 */
final class HtmlView {
  static final List<String> CONCEPTS = List.of("party", "person", "initiative", "mechanism", "event");

  private HtmlView() {}

  /** One highlighted stretch: a mention of item {@code item} of {@code concept}. */
  private record Mark(int start, int end, String concept, int item, int index, String title) {
    String id() {
      return "m-" + concept + "-" + item + "-" + index;
    }
  }

  static String render(Document doc) {
    StringBuilder html = new StringBuilder(doc.text().length() * 3 + 8192);
    String title = doc.title().isBlank() ? doc.id() : doc.title();
    html.append("<!DOCTYPE html>\n<html lang=\"").append(esc(doc.language())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"entente\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    html.append("<header><h1>").append(esc(title)).append("</h1><p class=\"facts\">")
        .append(esc(facts(doc))).append("</p><p class=\"legend\">");
    for (String concept : CONCEPTS) {
      html.append("<span class=\"mention ").append(concept).append("\">").append(label(concept)).append("</span> ");
    }
    html.append("<span class=\"seg-wrapper\">site text around the document</span></p>\n");
    toolbar(html);
    html.append("</header>\n<div class=\"layout\">\n<main id=\"text\">\n");
    statements(doc, html);
    text(doc, html);
    html.append("</main>\n<aside id=\"panel\">\n");
    panel(doc, html);
    html.append("</aside>\n</div>\n<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void toolbar(StringBuilder html) {
    html.append("<div class=\"toolbar\"><input id=\"search\" type=\"search\" placeholder=\"Search statements and text…\">")
        .append(" <span id=\"search-count\"></span><span class=\"toggles\">Show:");
    for (String concept : CONCEPTS) {
      html.append(" <label><input type=\"checkbox\" class=\"concept-toggle\" value=\"").append(concept)
          .append("\" checked> ").append(concept.equals("party") ? "parties" : label(concept) + "s").append("</label>");
    }
    html.append("</span></div>\n");
  }

  /** The statements, preamble first, as a filterable list coloured by strength. */
  private static void statements(Document doc, StringBuilder html) {
    List<Clause> clauses = new ArrayList<>(doc.preamble());
    clauses.addAll(doc.clauses());
    java.util.Set<String> actors = new java.util.TreeSet<>();
    java.util.Set<String> acts = new java.util.TreeSet<>();
    java.util.Set<String> topics = new java.util.TreeSet<>();
    doc.statements().forEach(st -> {
      actors.addAll(st.actors());
      st.act().ifPresent(a -> acts.add(a.name()));
      st.topics().forEach(t -> topics.add(t.name()));
    });
    long count = doc.statements().size();
    html.append("<details id=\"statements\" open><summary>Statements <small id=\"st-count\">").append(count)
        .append("</small></summary>\n<div class=\"filters\"><select id=\"f-party\"><option value=\"\">any party</option>");
    for (String id : actors) {
      html.append("<option value=\"").append(esc(id)).append("\">").append(esc(id))
          .append(doc.party(id).map(p -> " — " + esc(p.name())).orElse("")).append("</option>");
    }
    html.append("</select> <select id=\"f-act\"><option value=\"\">any act</option>");
    acts.forEach(a -> html.append("<option>").append(a).append("</option>"));
    html.append("</select> <select id=\"f-topic\"><option value=\"\">any topic</option>");
    topics.forEach(t -> html.append("<option>").append(t).append("</option>"));
    html.append("</select> <select id=\"f-strength\"><option value=\"\">any strength</option>");
    for (dev.entente.model.Strength strength : dev.entente.model.Strength.values()) {
      html.append("<option>").append(strength.name()).append("</option>");
    }
    html.append("</select> <span class=\"scale\">weak");
    for (dev.entente.model.Strength strength : dev.entente.model.Strength.values()) {
      String name = strength.name().toLowerCase(Locale.ROOT);
      html.append(" <span class=\"strength s-").append(name).append("\">").append(name).append("</span>");
    }
    html.append(" strong</span></div>\n<ol class=\"statements\">\n");
    int n = 0;
    String text = doc.text();
    for (int c = 0; c < clauses.size(); c++) {
      Clause clause = clauses.get(c);
      String where = c < doc.preamble().size() ? "preamble" : clause.number().map(x -> "§ " + x).orElse("§ –");
      for (dev.entente.model.Statement st : clause.statements()) {
        String strength = st.strength().map(x -> x.name().toLowerCase(Locale.ROOT)).orElse("none");
        html.append("<li id=\"st-").append(n).append("\" class=\"stmt s-").append(strength)
            .append("\" data-actors=\" ").append(esc(String.join(" ", st.actors()))).append(" \" data-act=\"")
            .append(st.act().map(Enum::name).orElse("")).append("\" data-topics=\" ")
            .append(st.topics().stream().map(Enum::name).collect(Collectors.joining(" "))).append(" \" data-strength=\"")
            .append(st.strength().map(Enum::name).orElse("")).append("\" title=\"found by: ").append(esc(st.explain()))
            .append("\"><a class=\"where\" href=\"#s-").append(n).append("\">").append(esc(where)).append("</a> ")
            .append("<span class=\"strength s-").append(strength).append("\">").append(strength).append("</span> ")
            .append("<span class=\"act\">").append(st.negated() ? "not " : "")
            .append(st.act().map(Enum::name).orElse("–")).append("</span> <span class=\"actors\">")
            .append(esc(st.actors().isEmpty() ? "(no actor)" : String.join(", ", st.actors()))).append("</span>");
        if (!st.topics().isEmpty()) {
          html.append(" <span class=\"topics\">").append(st.topics().stream().map(Enum::name)
              .collect(Collectors.joining(", "))).append("</span>");
        }
        String sentence = text.substring(Math.min(st.start(), text.length()), Math.min(st.end(), text.length()));
        html.append("<div class=\"sentence\">").append(esc(Delimited.flat(sentence))).append("</div></li>\n");
        n++;
      }
    }
    if (n == 0) {
      html.append("<li class=\"none\">no statements found</li>\n");
    }
    html.append("</ol></details>\n");
  }

  private static String facts(Document doc) {
    List<String> facts = new ArrayList<>();
    facts.add(doc.kind().name());
    doc.date().ifPresent(d -> facts.add(d.toString()));
    doc.place().ifPresent(p -> facts.add(p.name() + p.country().map(c -> " (" + c + ")").orElse("")));
    doc.source().ifPresent(s -> facts.add("source: " + s));
    if (!doc.signatories().isEmpty()) {
      facts.add("signatories: " + String.join(", ", doc.signatories()));
    }
    facts.add(doc.clauses().size() + " clauses");
    return String.join(" · ", facts);
  }

  private static String label(String concept) {
    switch (concept) {
      case "party": return "party";
      case "person": return "participant";
      case "initiative": return "initiative";
      case "mechanism": return "mechanism";
      default: return "event";
    }
  }

  /** Every mention of the document as a mark, in text order, outer marks first. */
  static List<Mark> marks(Document doc) {
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < doc.parties().size(); i++) {
      Party p = doc.parties().get(i);
      add(marks, "party", i, p.mentions(), p.name() + " · " + p.id() + " · " + p.kind(), "");
    }
    for (int i = 0; i < doc.participants().size(); i++) {
      Participant p = doc.participants().get(i);
      add(marks, "person", i, p.mentions(), p.name() + p.party().map(x -> " · " + x).orElse("")
          + p.role().map(r -> " · " + r).orElse(""), p.rule());
    }
    for (int i = 0; i < doc.initiatives().size(); i++) {
      Initiative x = doc.initiatives().get(i);
      add(marks, "initiative", i, x.mentions(), x.name() + " · " + x.kind(), x.rule());
    }
    for (int i = 0; i < doc.mechanisms().size(); i++) {
      Mechanism x = doc.mechanisms().get(i);
      add(marks, "mechanism", i, x.mentions(), x.name() + " · " + x.kind() + " · " + x.status(), x.rule());
    }
    for (int i = 0; i < doc.events().size(); i++) {
      Event x = doc.events().get(i);
      add(marks, "event", i, x.mentions(), x.name() + " · " + x.kind() + " · " + x.status()
          + x.date().map(d -> " · " + d).orElse(""), x.rule());
    }
    marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed())
        .thenComparingInt(m -> CONCEPTS.indexOf(m.concept())));
    return marks;
  }

  /** Adds the marks of one item; each mark's title ends with why it was found (the item's explain() for it). */
  private static void add(List<Mark> marks, String concept, int item, List<Mention> mentions, String title,
      String rule) {
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (m.end() > m.start()) {
        String why = (rule.isEmpty() ? "(no rule recorded)" : rule) + " at «" + m.text() + "» " + m.span();
        marks.add(new Mark(m.start(), m.end(), concept, item, k, title + "\nfound by: " + why));
      }
    }
  }

  private static List<Segment> segments(Document doc) {
    return doc.segments().isEmpty() ? List.of(Segment.of(SegmentKind.CLAUSE, 0, doc.text().length())) : doc.segments();
  }

  /** The numbered clauses by the segment they start in (the first one, where several do). */
  private static java.util.Map<Segment, Integer> clauseStarts(Document doc, List<Segment> segments) {
    java.util.Map<Segment, Integer> starts = new java.util.HashMap<>();
    for (int i = 0; i < doc.clauses().size(); i++) {
      Clause c = doc.clauses().get(i);
      if (c.number().isPresent()) {
        for (Segment s : segments) {
          if (s.start() <= c.start() && c.start() < s.end()) {
            starts.putIfAbsent(s, i);
            break;
          }
        }
      }
    }
    return starts;
  }

  private static void text(Document doc, StringBuilder html) {
    String text = doc.text();
    List<Segment> segments = segments(doc);
    List<Mark> marks = marks(doc);
    int[] statementStarts = doc.statements().stream().mapToInt(st -> Math.min(st.start(), text.length())).toArray();
    Integer[] order = new Integer[statementStarts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt(i -> statementStarts[i]));
    Anchors anchors = new Anchors(text, order, statementStarts);
    java.util.Map<Segment, Integer> starts = clauseStarts(doc, segments);
    int next = 0;
    for (Segment segment : segments) {
      String kind = segment.kind().name().toLowerCase(Locale.ROOT);
      html.append("<div class=\"seg seg-").append(kind).append('"');
      Integer clause = starts.get(segment);
      if (clause != null) {
        String number = doc.clauses().get(clause).number().get();
        html.append(" id=\"clause-").append(clause).append("\" data-number=\"").append(esc(number)).append('"');
      }
      html.append('>');
      if (clause != null) {
        html.append("<span class=\"num\">").append(esc(doc.clauses().get(clause).number().get())).append("</span>");
      }
      while (next < marks.size() && marks.get(next).start() < segment.start()) {
        next++;
      }
      int from = next;
      while (next < marks.size() && marks.get(next).start() < segment.end()) {
        next++;
      }
      highlight(anchors, segment.start(), segment.end(), marks.subList(from, next), html);
      if (segment == segments.get(segments.size() - 1)) {
        anchors.rest(html);
      }
      html.append("</div>\n");
    }
  }

  /**
   * Writes the text escaped, with an empty {@code <span id="s-n">} where statement {@code n}
   * starts, so that the statement list can link into the text without breaking the nesting of
   * the mentions.
   */
  private static final class Anchors {
    private final String text;
    private final Integer[] order;
    private final int[] starts;
    private int next;

    /** {@code order}: the statements' indexes sorted by their {@code starts}. */
    Anchors(String text, Integer[] order, int[] starts) {
      this.text = text;
      this.order = order;
      this.starts = starts;
    }

    void write(int from, int to, StringBuilder html) {
      int cursor = from;
      while (next < order.length && starts[order[next]] < to) {
        int at = Math.max(cursor, starts[order[next]]);
        html.append(esc(text.substring(cursor, at))).append("<span class=\"st-anchor\" id=\"s-").append(order[next])
            .append("\"></span>");
        cursor = at;
        next++;
      }
      html.append(esc(text.substring(cursor, to)));
    }

    /** The anchors of statements that start at the very end of the text. */
    void rest(StringBuilder html) {
      for (; next < order.length; next++) {
        html.append("<span class=\"st-anchor\" id=\"s-").append(order[next]).append("\"></span>");
      }
    }
  }

  /**
   * Writes {@code text[start, end)} with the marks as nested spans. A mark that would cross the
   * end of the one it starts in is cut there, so the spans always nest.
   */
  private static void highlight(Anchors text, int start, int end, List<Mark> marks, StringBuilder html) {
    Deque<Integer> open = new ArrayDeque<>();
    int cursor = start;
    for (Mark m : marks) {
      while (!open.isEmpty() && open.peek() <= m.start()) {
        cursor = close(text, cursor, open.pop(), html);
      }
      int stop = Math.min(m.end(), open.isEmpty() ? end : open.peek());
      text.write(cursor, m.start(), html);
      cursor = m.start();
      html.append("<span class=\"mention ").append(m.concept()).append("\" id=\"").append(m.id())
          .append("\" data-item=\"").append(m.concept()).append('-').append(m.item())
          .append("\" title=\"").append(esc(m.title())).append("\">");
      open.push(stop);
    }
    while (!open.isEmpty()) {
      cursor = close(text, cursor, open.pop(), html);
    }
    text.write(cursor, end, html);
  }

  private static int close(Anchors text, int cursor, int stop, StringBuilder html) {
    text.write(cursor, stop, html);
    html.append("</span>");
    return stop;
  }

  private static void panel(Document doc, StringBuilder html) {
    html.append("<nav class=\"toc\">");
    for (int i : new java.util.TreeSet<>(clauseStarts(doc, segments(doc)).values())) {
      html.append("<a href=\"#clause-").append(i).append("\">")
          .append(esc(doc.clauses().get(i).number().get())).append("</a> ");
    }
    html.append("</nav>\n");
    section(html, "party", "Parties", doc.parties().stream()
        .map(p -> new Entry(p.name(), p.id() + " · " + p.kind().name().toLowerCase(Locale.ROOT), p.mentions(), ""))
        .collect(Collectors.toList()));
    section(html, "person", "Participants", doc.participants().stream()
        .map(p -> new Entry(p.name(), p.party().orElse("?") + p.role().map(r -> " · " + r).orElse(""), p.mentions(),
            p.explain()))
        .collect(Collectors.toList()));
    section(html, "initiative", "Initiatives", doc.initiatives().stream()
        .map(x -> new Entry(x.name(), x.kind() + x.proposer().map(p -> " · by " + p).orElse(""), x.mentions(),
            x.explain()))
        .collect(Collectors.toList()));
    section(html, "mechanism", "Mechanisms", doc.mechanisms().stream()
        .map(x -> new Entry(x.name(), x.kind() + " · " + x.status(), x.mentions(), x.explain()))
        .collect(Collectors.toList()));
    section(html, "event", "Events", doc.events().stream()
        .map(x -> new Entry(x.name(), x.kind() + " · " + x.status() + x.date().map(d -> " · " + d).orElse("")
            + x.place().map(p -> " · " + p.name()).orElse(""), x.mentions(), x.explain()))
        .collect(Collectors.toList()));
    timeline(doc, html);
    if (!doc.diagnostics().isEmpty()) {
      html.append("<section class=\"diagnostics\"><h2>Notes</h2><ul>");
      for (Diagnostic d : doc.diagnostics()) {
        html.append("<li><code>").append(d.code()).append("</code> ").append(esc(d.message())).append("</li>");
      }
      html.append("</ul></section>\n");
    }
  }

  /** A side-panel entry; {@code why} is the item's explain() (empty for parties, which keep no rule). */
  private record Entry(String name, String details, List<Mention> mentions, String why) {}

  private static void section(StringBuilder html, String concept, String heading, List<Entry> entries) {
    html.append("<section class=\"").append(concept).append("\"><h2>").append(heading)
        .append(" <small>").append(entries.size()).append("</small></h2>");
    if (entries.isEmpty()) {
      html.append("<p class=\"none\">none found</p></section>\n");
      return;
    }
    html.append("<ul>");
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      html.append("<li id=\"i-").append(concept).append('-').append(i).append("\" data-item=\"")
          .append(concept).append('-').append(i).append('"');
      if (!e.why().isEmpty()) {
        html.append(" title=\"found by: ").append(esc(e.why())).append('"');
      }
      html.append("><span class=\"mention ").append(concept)
          .append("\">").append(esc(e.name())).append("</span> <small>").append(esc(e.details())).append("</small>");
      if (!e.mentions().isEmpty()) {
        html.append(" <span class=\"refs\">");
        int shown = 0;
        for (int k = 0; k < e.mentions().size(); k++) {
          if (e.mentions().get(k).end() > e.mentions().get(k).start()) {
            html.append("<a href=\"#m-").append(concept).append('-').append(i).append('-').append(k).append("\">")
                .append(++shown).append("</a> ");
          }
        }
        html.append("</span>");
      }
      html.append("</li>");
    }
    html.append("</ul></section>\n");
  }

  private static void timeline(Document doc, StringBuilder html) {
    List<Integer> dated = new ArrayList<>();
    for (int i = 0; i < doc.events().size(); i++) {
      if (doc.events().get(i).date().isPresent()) {
        dated.add(i);
      }
    }
    dated.sort(Comparator.comparing(i -> doc.events().get(i).date().get()));
    html.append("<section class=\"timeline\"><h2>Timeline</h2>");
    if (dated.isEmpty()) {
      html.append("<p class=\"none\">no dated events</p></section>\n");
      return;
    }
    html.append("<ol>");
    for (int i : dated) {
      Event e = doc.events().get(i);
      String date = e.date().get().toString();
      html.append("<li class=\"").append(e.status().name().toLowerCase(Locale.ROOT)).append("\"><time datetime=\"")
          .append(esc(date)).append("\">").append(esc(date)).append("</time> <a href=\"#i-event-").append(i)
          .append("\">").append(esc(e.name())).append("</a> <small>")
          .append(e.status().name().toLowerCase(Locale.ROOT)).append(e.place().map(p -> " · " + esc(p.name())).orElse(""))
          .append("</small></li>");
    }
    html.append("</ol></section>\n");
  }

  /** Escapes text for HTML element content and double- or single-quoted attributes. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }

  private static final String CSS = String.join("\n",
      "body{margin:0;font:15px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;color:#1d2430;background:#f6f7f9}",
      "header{padding:14px 28px;background:#1f3a5f;color:#fff}",
      "header h1{margin:0 0 4px;font-size:20px;font-weight:600}",
      "header .facts{margin:0 0 8px;opacity:.85}",
      "header .legend .mention{margin-right:4px}",
      "header .legend .seg-wrapper{color:#ccd;font-style:italic}",
      ".layout{display:flex;gap:20px;padding:16px 28px;align-items:flex-start}",
      "main{flex:1 1 62%;background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:16px 22px 16px 56px}",
      "aside{flex:0 0 34%;position:sticky;top:10px;max-height:calc(100vh - 20px);overflow:auto;background:#fff;"
          + "border:1px solid #dde1e6;border-radius:6px;padding:8px 16px;font-size:13.5px}",
      ".seg{white-space:pre-wrap;position:relative}",
      ".seg-wrapper,.seg-dateline,.seg-blank{color:#9aa1ab}",
      ".seg-wrapper .mention,.seg-dateline .mention{opacity:.6}",
      ".seg-title{font-weight:600;font-size:17px}",
      ".seg-preamble{color:#333}",
      ".seg-clause[data-number]{border-top:1px dashed #e3e6ea;padding-top:2px}",
      ".num{position:absolute;left:-44px;width:36px;text-align:right;font-weight:700;color:#1f3a5f}",
      ".mention{border-radius:3px;padding:0 1px;border-bottom:2px solid}",
      ".mention.party{background:#dbe9ff;border-color:#3b7ddd}",
      ".mention.person{background:#dcf5e3;border-color:#2e9d55}",
      ".mention.initiative{background:#ffe8cc;border-color:#e0891a}",
      ".mention.mechanism{background:#eadcff;border-color:#8450d8}",
      ".mention.event{background:#ffdbe0;border-color:#d8405a}",
      "header .mention{color:#1d2430}",
      ".mention:target,.mention.hl{outline:2px solid #f5b700;background:#fff3b0}",
      "aside h2{font-size:14px;margin:14px 0 4px;text-transform:uppercase;letter-spacing:.04em;color:#1f3a5f}",
      "aside h2 small{color:#889;font-weight:400}",
      "aside ul,aside ol{margin:0;padding-left:18px}",
      "aside li{margin:3px 0}",
      "aside .refs a{font-size:11px;color:#3b6;text-decoration:none;padding:0 2px;border:1px solid #cde;border-radius:3px}",
      "aside .none{color:#99a;margin:0}",
      ".toc a{display:inline-block;min-width:20px;text-align:center;margin:2px;padding:1px 3px;border:1px solid #cdd;"
          + "border-radius:3px;text-decoration:none;color:#1f3a5f;font-size:12px}",
      ".timeline ol{list-style:none;padding-left:0;border-left:3px solid #d8405a;margin-left:6px}",
      ".timeline li{padding-left:10px;position:relative}",
      ".timeline li::before{content:'';position:absolute;left:-8px;top:7px;width:10px;height:10px;border-radius:50%;background:#d8405a}",
      ".timeline li.planned::before{background:#fff;border:2px solid #d8405a;width:6px;height:6px}",
      ".timeline time{font-family:ui-monospace,monospace;font-size:12px;color:#555}",
      ".diagnostics code{font-size:11px;background:#eef;padding:0 3px}",
      ".toolbar{margin-top:8px;display:flex;gap:14px;align-items:center;flex-wrap:wrap}",
      ".toolbar input[type=search]{width:300px;padding:3px 6px;border-radius:4px;border:0}",
      "#search-count{opacity:.85;min-width:60px}",
      ".toggles label{margin-left:8px;cursor:pointer}",
      "main details{margin-bottom:14px;border-bottom:2px solid #e3e6ea;padding-bottom:8px}",
      "main summary{font-weight:600;color:#1f3a5f;cursor:pointer;text-transform:uppercase;font-size:14px;letter-spacing:.04em}",
      "summary small{color:#889;font-weight:400}",
      ".filters{margin:6px 0;font-size:13px}.filters select{padding:1px}",
      ".scale{margin-left:10px;color:#667;font-size:12px}",
      "ol.statements{list-style:none;padding:0;margin:0;max-height:42vh;overflow:auto;font-size:13.5px}",
      ".stmt{border-left:5px solid #ccd;padding:3px 8px;margin:3px 0;background:#fafbfc}",
      ".stmt.hidden,.seg-hidden{display:none}",
      ".stmt .where{font-size:12px;color:#1f3a5f;text-decoration:none;font-weight:700;min-width:52px;display:inline-block}",
      ".stmt .act{font-weight:700}.stmt .actors{color:#234;font-weight:600}.stmt .topics{color:#667;font-size:12px}",
      ".stmt .sentence{color:#333}",
      ".strength{display:inline-block;padding:0 6px;border-radius:8px;font-size:11.5px;color:#1d2430}",
      ".s-none{border-color:#e0e3e8}.strength.s-none{background:#eceef1}",
      ".s-note{border-color:#c9ced6}.strength.s-note{background:#e4e7eb}",
      ".s-welcome{border-color:#9cc3ef}.strength.s-welcome{background:#d9e9fb}",
      ".s-support{border-color:#8fd0a0}.strength.s-support{background:#d3efdb}",
      ".s-ready{border-color:#56b870}.strength.s-ready{background:#b2e2be}",
      ".s-will{border-color:#2f9a52}.strength.s-will{background:#7fcf95}",
      ".s-agreed{border-color:#146c36}.strength.s-agreed{background:#2f8f4e;color:#fff}",
      ".seg.found{box-shadow:-6px 0 0 #f5b700}",
      "main mark{background:#ffe066;color:inherit;border-radius:2px}",
      ".st-anchor:target+*,.seg:target{outline:2px solid #f5b700}",
      "body.off-party main .mention.party,body.off-person main .mention.person,body.off-initiative main .mention.initiative,"
          + "body.off-mechanism main .mention.mechanism,body.off-event main .mention.event"
          + "{background:transparent;border-bottom-color:transparent}",
      "");

  /**
   * Hovering an entry of the side panel lights up all its mentions in the text; the concept
   * switches, the statement filters and the search box.
   */
  private static final String JS = String.join("\n",
      "document.querySelectorAll('aside li[data-item]').forEach(function(li){",
      "  var sel='main .mention[data-item=\"'+li.dataset.item+'\"]';",
      "  li.addEventListener('mouseenter',function(){document.querySelectorAll(sel).forEach(function(m){m.classList.add('hl')})});",
      "  li.addEventListener('mouseleave',function(){document.querySelectorAll(sel).forEach(function(m){m.classList.remove('hl')})});",
      "});",
      "document.querySelectorAll('.concept-toggle').forEach(function(box){",
      "  box.addEventListener('change',function(){document.body.classList.toggle('off-'+box.value,!box.checked)});",
      "});",
      "(function(){",
      "  var search=document.getElementById('search'),count=document.getElementById('search-count');",
      "  var f={party:document.getElementById('f-party'),act:document.getElementById('f-act'),",
      "    topic:document.getElementById('f-topic'),strength:document.getElementById('f-strength')};",
      "  var items=document.querySelectorAll('li.stmt'),segs=document.querySelectorAll('main .seg');",
      "  function mark(seg,q){",
      "    var walker=document.createTreeWalker(seg,NodeFilter.SHOW_TEXT),nodes=[],n;",
      "    while((n=walker.nextNode()))if(!n.parentNode.classList.contains('num'))nodes.push(n);",
      "    nodes.forEach(function(node){",
      "      var at=node.data.toLowerCase().indexOf(q);",
      "      while(at>=0){",
      "        var hit=node.splitText(at);node=hit.splitText(q.length);",
      "        var m=document.createElement('mark');hit.parentNode.replaceChild(m,hit);m.appendChild(hit);",
      "        at=node.data.toLowerCase().indexOf(q);",
      "      }",
      "    });",
      "  }",
      "  function unmark(){",
      "    document.querySelectorAll('main mark').forEach(function(m){var p=m.parentNode;p.replaceChild(m.firstChild,m);p.normalize();});",
      "  }",
      "  function apply(){",
      "    var q=search.value.trim().toLowerCase(),shown=0,found=0;",
      "    items.forEach(function(li){",
      "      var ok=(!f.party.value||li.dataset.actors.indexOf(' '+f.party.value+' ')>=0)",
      "        &&(!f.act.value||li.dataset.act===f.act.value)",
      "        &&(!f.topic.value||li.dataset.topics.indexOf(' '+f.topic.value+' ')>=0)",
      "        &&(!f.strength.value||li.dataset.strength===f.strength.value)",
      "        &&(!q||li.textContent.toLowerCase().indexOf(q)>=0);",
      "      li.classList.toggle('hidden',!ok);if(ok)shown++;",
      "    });",
      "    unmark();",
      "    segs.forEach(function(s){var hit=!!q&&s.textContent.toLowerCase().indexOf(q)>=0;s.classList.toggle('found',hit);if(hit){found++;mark(s,q);}});",
      "    document.getElementById('st-count').textContent=shown+' of '+items.length;",
      "    count.textContent=q?found+' passage'+(found===1?'':'s'):'';",
      "  }",
      "  [search,f.party,f.act,f.topic,f.strength].forEach(function(e){if(e){e.addEventListener('input',apply);e.addEventListener('change',apply);}});",
      "  search.addEventListener('keydown',function(ev){if(ev.key==='Enter'){var first=document.querySelector('main .seg.found');if(first)first.scrollIntoView({block:'center'});}});",
      "  apply();",
      "})();",
      "");
}
