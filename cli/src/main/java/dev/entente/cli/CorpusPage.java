package dev.entente.cli;

import static dev.entente.cli.HtmlView.esc;

import dev.entente.model.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The corpus page, {@code OUT/index.html} of {@code parse DIR --format html --out OUT}: every
 * document with kind, date, place and signatories in a table that sorts by any column and filters
 * by kind, signatory and free text; a timeline of the dated events of all documents; and the
 * mechanisms' lifecycle, each mechanism with its status in every document that names it, in date
 * order. Documents without a date come last. Each document links to its own page. One file, no external resource.
 *
 * <p>Only a small summary of each document is kept while the run goes on ({@link #entry}), not
 * the documents.
 */
final class CorpusPage {
  private CorpusPage() {}

  /** What the corpus page shows of one document; {@code href} is its page, relative to the index. */
  record Entry(String href, String id, String title, String kind, String date, String place,
      List<String> signatories, int statements, List<EventLine> events, List<MechanismLine> mechanisms) {}

  /** An event of a document. */
  record EventLine(String name, String kind, String date, String status, String place) {}

  /** A mechanism as one document names it; {@code key} groups the same mechanism across documents. */
  record MechanismLine(String key, String name, String kind, String status) {}

  /** The summary of {@code doc}, whose page is at {@code page} relative to the index. */
  static Entry entry(Document doc, Path page) {
    String href = href(page.toString().replace(page.getFileSystem().getSeparator(), "/"));
    List<EventLine> events = doc.events().stream()
        .map(e -> new EventLine(e.name(), lower(e.kind()), e.date().map(Object::toString).orElse(""), lower(e.status()),
            e.place().map(p -> p.name()).orElse("")))
        .collect(Collectors.toList());
    List<MechanismLine> mechanisms = doc.mechanisms().stream()
        .map(m -> new MechanismLine(key(m.name()), m.name(), lower(m.kind()), lower(m.status())))
        .collect(Collectors.toList());
    return new Entry(href, doc.id(), doc.title().isBlank() ? doc.id() : doc.title(), lower(doc.kind()),
        doc.date().map(Object::toString).orElse(""), doc.place().map(p -> p.name()).orElse(""),
        doc.signatories(), doc.statements().size(), events, mechanisms);
  }

  /** A relative path as a link: characters that end or break a URL path ({@code # ? %} spaces) escaped. */
  static String href(String path) {
    try {
      return new java.net.URI(null, null, path, null).toString();
    } catch (java.net.URISyntaxException e) {
      return path;
    }
  }

  /**
   * Mechanisms are the same across documents when their names are, folded as the model's
   * {@code TextFold} folds (case, ё), quotes and spacing aside.
   */
  static String key(String name) {
    return dev.entente.model.TextFold.fold(Delimited.flat(name)).replaceAll("[«»\"“”„]", "");
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** The whole page. */
  static String render(List<Entry> entries) {
    List<Entry> docs = new ArrayList<>(entries);
    docs.sort(Comparator.comparing((Entry e) -> e.date().isEmpty()).thenComparing(Entry::date).thenComparing(Entry::id));
    StringBuilder html = new StringBuilder(8192 + docs.size() * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"entente\">\n<title>Corpus: ").append(docs.size())
        .append(" documents</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    html.append("<header><h1>Corpus: ").append(docs.size()).append(docs.size() == 1 ? " document" : " documents")
        .append("</h1><p class=\"facts\">").append(docs.stream().mapToInt(Entry::statements).sum())
        .append(" statements · ").append(docs.stream().mapToInt(e -> e.events().size()).sum()).append(" events · ")
        .append(lifecycle(docs).size()).append(" mechanisms</p>")
        .append("<nav><a href=\"#documents\">Documents</a> <a href=\"#timeline\">Timeline</a> ")
        .append("<a href=\"#mechanisms\">Mechanisms</a></nav></header>\n<main>\n");
    documents(docs, html);
    timeline(docs, html);
    mechanisms(docs, html);
    html.append("</main>\n<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void documents(List<Entry> docs, StringBuilder html) {
    html.append("<section id=\"documents\"><h2>Documents</h2>\n<div class=\"filters\">")
        .append("<input id=\"doc-search\" type=\"search\" placeholder=\"Filter: title, place, id…\">")
        .append(" <select id=\"doc-kind\"><option value=\"\">any kind</option>");
    for (String kind : new TreeSet<>(docs.stream().map(Entry::kind).collect(Collectors.toList()))) {
      html.append("<option>").append(esc(kind)).append("</option>");
    }
    html.append("</select> <select id=\"doc-party\"><option value=\"\">any signatory</option>");
    for (String party : new TreeSet<>(docs.stream().flatMap(e -> e.signatories().stream()).collect(Collectors.toList()))) {
      html.append("<option>").append(esc(party)).append("</option>");
    }
    html.append("</select> <span id=\"doc-count\"></span></div>\n<table id=\"doc-table\" class=\"sortable\"><thead><tr>")
        .append("<th data-type=\"text\">Document</th><th data-type=\"text\">Kind</th><th data-type=\"text\">Date</th>")
        .append("<th data-type=\"text\">Place</th><th data-type=\"text\">Signatories</th>")
        .append("<th data-type=\"number\">Statements</th><th data-type=\"number\">Events</th>")
        .append("<th data-type=\"number\">Mechanisms</th></tr></thead>\n<tbody>\n");
    for (Entry e : docs) {
      html.append("<tr data-kind=\"").append(esc(e.kind())).append("\" data-parties=\" ")
          .append(esc(String.join(" ", e.signatories()))).append(" \"><td><a href=\"").append(esc(e.href()))
          .append("\">").append(esc(e.title())).append("</a> <small>").append(esc(e.id())).append("</small></td><td>")
          .append(esc(e.kind())).append("</td><td>").append(esc(e.date())).append("</td><td>").append(esc(e.place()))
          .append("</td><td>").append(esc(String.join(", ", e.signatories()))).append("</td><td>")
          .append(e.statements()).append("</td><td>").append(e.events().size()).append("</td><td>")
          .append(e.mechanisms().size()).append("</td></tr>\n");
    }
    html.append("</tbody></table></section>\n");
  }

  private static void timeline(List<Entry> docs, StringBuilder html) {
    record Dated(EventLine event, Entry doc) {}
    List<Dated> dated = new ArrayList<>();
    for (Entry d : docs) {
      for (EventLine e : d.events()) {
        if (!e.date().isEmpty()) {
          dated.add(new Dated(e, d));
        }
      }
    }
    dated.sort(Comparator.comparing((Dated x) -> x.event().date()).thenComparing(x -> x.doc().id()));
    html.append("<section id=\"timeline\"><h2>Timeline <small>").append(dated.size())
        .append(" dated events</small></h2>\n");
    if (dated.isEmpty()) {
      html.append("<p class=\"none\">no dated events</p></section>\n");
      return;
    }
    html.append("<ol class=\"timeline\">\n");
    for (Dated x : dated) {
      EventLine e = x.event();
      html.append("<li class=\"").append(esc(e.status())).append("\"><time>").append(esc(e.date()))
          .append("</time> ").append(esc(e.name())).append(" <small>").append(esc(e.kind())).append(" · ")
          .append(esc(e.status())).append(e.place().isEmpty() ? "" : " · " + esc(e.place()))
          .append(" · in <a href=\"").append(esc(x.doc().href())).append("\">").append(esc(x.doc().id()))
          .append("</a></small></li>\n");
    }
    html.append("</ol></section>\n");
  }

  /** One mechanism across the corpus: its name as first seen, and what each document says of it. */
  private record Lifecycle(String name, String kind, List<Map.Entry<Entry, MechanismLine>> seen) {}

  private static List<Lifecycle> lifecycle(List<Entry> docs) {
    Map<String, Lifecycle> byKey = new LinkedHashMap<>();
    for (Entry d : docs) {
      for (MechanismLine m : d.mechanisms()) {
        Lifecycle l = byKey.computeIfAbsent(m.key(), k -> new Lifecycle(m.name(), m.kind(), new ArrayList<>()));
        if (l.seen().stream().noneMatch(s -> s.getKey() == d)) {
          l.seen().add(Map.entry(d, m));
        }
      }
    }
    List<Lifecycle> all = new ArrayList<>(byKey.values());
    all.sort(Comparator.comparing((Lifecycle l) -> -l.seen().size()).thenComparing(Lifecycle::name));
    return all;
  }

  private static void mechanisms(List<Entry> docs, StringBuilder html) {
    List<Lifecycle> all = lifecycle(docs);
    html.append("<section id=\"mechanisms\"><h2>Mechanisms <small>").append(all.size())
        .append("</small></h2>\n<p class=\"hint\">Each mechanism with its status in every document that names it,")
        .append(" oldest document first (same mechanism = same name, case and quotes aside).</p>\n");
    if (all.isEmpty()) {
      html.append("<p class=\"none\">no mechanisms</p></section>\n");
      return;
    }
    html.append("<table id=\"mech-table\" class=\"sortable\"><thead><tr><th data-type=\"text\">Mechanism</th>")
        .append("<th data-type=\"text\">Kind</th><th data-type=\"number\">Documents</th>")
        .append("<th data-type=\"text\">Lifecycle</th></tr></thead>\n<tbody>\n");
    for (Lifecycle l : all) {
      html.append("<tr><td>").append(esc(l.name())).append("</td><td>").append(esc(l.kind())).append("</td><td>")
          .append(l.seen().size()).append("</td><td>");
      for (Map.Entry<Entry, MechanismLine> s : l.seen()) {
        Entry d = s.getKey();
        html.append("<a class=\"status ").append(esc(s.getValue().status())).append("\" href=\"").append(esc(d.href()))
            .append("\" title=\"").append(esc(d.title())).append("\">").append(esc(d.date().isEmpty() ? d.id() : d.date()))
            .append(" · ").append(esc(s.getValue().status())).append("</a> ");
      }
      html.append("</td></tr>\n");
    }
    html.append("</tbody></table></section>\n");
  }

  private static final String CSS = String.join("\n",
      "body{margin:0;font:14px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;color:#1d2430;background:#f6f7f9}",
      "header{padding:14px 28px;background:#1f3a5f;color:#fff}",
      "header h1{margin:0 0 4px;font-size:20px;font-weight:600}",
      "header .facts{margin:0 0 6px;opacity:.85}",
      "header nav a{color:#cfe0ff;margin-right:14px}",
      "main{padding:12px 28px}",
      "section{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:10px 18px;margin-bottom:16px}",
      "h2{font-size:15px;text-transform:uppercase;letter-spacing:.04em;color:#1f3a5f;margin:6px 0 8px}",
      "h2 small{color:#889;font-weight:400;text-transform:none}",
      ".filters{margin-bottom:8px}.filters input{width:280px;padding:3px 6px}.filters select{padding:2px}",
      "#doc-count{color:#667;margin-left:8px}",
      "table{border-collapse:collapse;width:100%}",
      "th,td{border-bottom:1px solid #e6e9ed;padding:4px 8px;text-align:left;vertical-align:top}",
      "th{background:#eef2f7;cursor:pointer;user-select:none;white-space:nowrap}",
      "th.asc::after{content:' ▲'}th.desc::after{content:' ▼'}",
      "td small{color:#889}",
      "td:nth-child(3){white-space:nowrap}",
      "tr.hidden{display:none}",
      ".timeline{list-style:none;padding-left:0;border-left:3px solid #d8405a;margin-left:6px}",
      ".timeline li{padding-left:10px;position:relative;margin:3px 0}",
      ".timeline li::before{content:'';position:absolute;left:-8px;top:7px;width:10px;height:10px;border-radius:50%;background:#d8405a}",
      ".timeline li.planned::before{background:#fff;border:2px solid #d8405a;width:6px;height:6px}",
      ".timeline time{font-family:ui-monospace,monospace;font-size:12px;color:#555}",
      ".status{display:inline-block;margin:1px 2px;padding:0 5px;border-radius:3px;font-size:12px;text-decoration:none;color:#1d2430}",
      ".status.existing{background:#dbe9ff}.status.new{background:#c8f0d2}.status.proposed{background:#ffe8cc}",
      ".hint{color:#667;margin:0 0 6px}.none{color:#99a}",
      "");

  /** Sorting by a header click; filtering the documents table by text, kind and signatory. */
  private static final String JS = String.join("\n",
      "document.querySelectorAll('table.sortable').forEach(function(table){",
      "  table.querySelectorAll('th').forEach(function(th,col){",
      "    th.addEventListener('click',function(){",
      "      var asc=!th.classList.contains('asc');",
      "      table.querySelectorAll('th').forEach(function(h){h.classList.remove('asc','desc')});",
      "      th.classList.add(asc?'asc':'desc');",
      "      var num=th.dataset.type==='number';",
      "      var body=table.tBodies[0];",
      "      var rows=Array.prototype.slice.call(body.rows);",
      "      rows.sort(function(a,b){",
      "        var x=a.cells[col].textContent.trim(),y=b.cells[col].textContent.trim();",
      "        var c=num?(parseFloat(x)||0)-(parseFloat(y)||0):x.localeCompare(y);",
      "        return asc?c:-c;",
      "      });",
      "      rows.forEach(function(r){body.appendChild(r)});",
      "    });",
      "  });",
      "});",
      "(function(){",
      "  var search=document.getElementById('doc-search'),kind=document.getElementById('doc-kind'),",
      "      party=document.getElementById('doc-party'),count=document.getElementById('doc-count');",
      "  function apply(){",
      "    var q=search.value.trim().toLowerCase(),shown=0,rows=document.querySelectorAll('#doc-table tbody tr');",
      "    rows.forEach(function(r){",
      "      var ok=(!q||r.textContent.toLowerCase().indexOf(q)>=0)&&(!kind.value||r.dataset.kind===kind.value)",
      "        &&(!party.value||r.dataset.parties.indexOf(' '+party.value+' ')>=0);",
      "      r.classList.toggle('hidden',!ok);if(ok)shown++;",
      "    });",
      "    count.textContent=shown+' of '+rows.length+' shown';",
      "  }",
      "  [search,kind,party].forEach(function(e){e.addEventListener('input',apply);e.addEventListener('change',apply)});",
      "  apply();",
      "})();",
      "");
}
