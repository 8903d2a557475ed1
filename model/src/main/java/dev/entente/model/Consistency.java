package dev.entente.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The invariants that tie a document's parts together, which no single value can check alone and
 * a parsed document always satisfies: ids unique within their list; every party, initiative,
 * mechanism and event id a part names is one the document holds (except party ids the parser
 * knows without a mention of its own, which need only be party ids: an initiative's proposer, known
 * for well-known initiatives, and the signatories and a statement's actors and parties, which a group
 * such as «главы государств Центральной Азии» expands to — the parties are the states and
 * organisations the text mentions, and a group is no mention of its members); participants' parties
 * must be among the parties; statements, paragraphs and items
 * inside their clause; clauses (preamble first) in text order without overlap. {@link EntenteJson}
 * checks them on every document it reads, so that JSON from elsewhere cannot give a document the
 * parser could never produce.
 */
final class Consistency {
  private Consistency() {}

  /**
   * Checks {@code doc}.
   *
   * @throws IllegalArgumentException naming the JSON path of the first offending field
   */
  static void check(Document doc) {
    Set<String> parties = unique(doc.parties(), Party::id, "$.parties");
    Set<String> initiatives = unique(doc.initiatives(), Initiative::id, "$.initiatives");
    Set<String> mechanisms = unique(doc.mechanisms(), Mechanism::id, "$.mechanisms");
    Set<String> events = unique(doc.events(), Event::id, "$.events");
    for (int i = 0; i < doc.participants().size(); i++) {
      known(doc.participants().get(i).party(), parties, "$.participants[" + i + "].party", "party");
    }
    for (int i = 0; i < doc.events().size(); i++) {
      known(doc.events().get(i).mechanism(), mechanisms, "$.events[" + i + "].mechanism", "mechanism");
    }
    int previousEnd = 0;
    String previous = null;
    for (String list : new String[] {"preamble", "clauses"}) {
      List<Clause> clauses = list.equals("preamble") ? doc.preamble() : doc.clauses();
      for (int c = 0; c < clauses.size(); c++) {
        Clause clause = clauses.get(c);
        String path = "$." + list + "[" + c + "]";
        if (clause.start() < previousEnd) {
          throw new IllegalArgumentException(String.format(
              "%s: clause %s overlaps %s or comes before it (clauses are in text order and do not overlap)",
              path, clause.span(), previous));
        }
        previousEnd = clause.end();
        previous = path + " " + clause.span();
        inside(clause.paragraphs(), clause, path + ".paragraphs");
        inside(clause.items(), clause, path + ".items");
        for (int s = 0; s < clause.statements().size(); s++) {
          Statement st = clause.statements().get(s);
          String at = path + ".statements[" + s + "]";
          if (!clause.span().encloses(st.span())) {
            throw new IllegalArgumentException(String.format(
                "%s: statement %s lies outside its clause %s", at, st.span(), clause.span()));
          }
          known(st.initiatives(), initiatives, at + ".initiatives", "initiative");
          known(st.mechanisms(), mechanisms, at + ".mechanisms", "mechanism");
          known(st.events(), events, at + ".events", "event");
        }
      }
    }
  }

  private static <T> Set<String> unique(List<T> items, Function<T, String> id, String path) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      if (!ids.add(id.apply(items.get(i)))) {
        throw new IllegalArgumentException(String.format(
            "%s[%d].id: '%s' is the id of an earlier item too (ids are unique)", path, i, id.apply(items.get(i))));
      }
    }
    return ids;
  }

  private static void known(List<String> ids, Set<String> known, String path, String what) {
    for (int i = 0; i < ids.size(); i++) {
      if (!known.contains(ids.get(i))) {
        throw new IllegalArgumentException(String.format(
            "%s[%d]: '%s' names no %s of the document", path, i, ids.get(i), what));
      }
    }
  }

  private static void known(Optional<String> id, Set<String> known, String path, String what) {
    if (id.isPresent() && !known.contains(id.get())) {
      throw new IllegalArgumentException(String.format("%s: '%s' names no %s of the document", path, id.get(), what));
    }
  }

  private static void inside(List<Span> spans, Clause clause, String path) {
    for (int i = 0; i < spans.size(); i++) {
      if (!clause.span().encloses(spans.get(i))) {
        throw new IllegalArgumentException(String.format(
            "%s[%d]: %s lies outside its clause %s", path, i, spans.get(i), clause.span()));
      }
    }
  }
}
