package dev.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.entente.model.TextFold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision, recall and F1 per concept against gold files, computed and printed exactly as
 * {@code shared/tools/score.py} does, so that {@code entente eval} and the independent scorer
 * agree to the last digit.
 */
final class Scorer {
  private static final Set<String> STOP = Set.of("в", "во", "на", "по", "и", "для", "с", "со", "о", "об",
      "от", "до", "к", "за", "из", "the", "of", "and", "for", "on", "in", "a", "an", "to", "формата",
      "формат", "г", "года", "годов", "гг");
  private static final Pattern WORD = Pattern.compile("[\\w+]+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final List<String> CONCEPTS = List.of("signatories", "states", "organizations",
      "participants", "initiatives", "mechanisms", "events");

  /** True positives, false positives and false negatives of one concept. */
  static final class Tally {
    int tp;
    int fp;
    int fn;

    double[] f1() {
      double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
      double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
      double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
      return new double[] {p, r, f};
    }
  }

  final Map<String, Tally> tallies = new LinkedHashMap<>();
  final Map<String, int[]> attributes = new TreeMap<>();
  final List<String> errors = new ArrayList<>();
  final List<String> verbose = new ArrayList<>();
  int documents;

  Scorer() {
    CONCEPTS.forEach(c -> tallies.put(c, new Tally()));
  }

  /** Scores one document; {@code found} is its JSON tree, or null when it failed. */
  void score(JsonNode gold, JsonNode found, String error, boolean beVerbose) {
    documents++;
    if (found == null) {
      errors.add(gold.path("document").asText() + ": " + error);
      found = NullNode.getInstance();
    }
    Map<String, Object> miss = new LinkedHashMap<>();
    for (String k : List.of("kind", "date", "place")) {
      JsonNode gv = gold.get(k);
      if (gv == null || gv.isNull()) {
        continue;
      }
      String g;
      String f;
      if (k.equals("place")) {
        g = placeName(gv);
        f = placeName(found.get(k));
      } else {
        g = str(gv);
        f = str(found.get(k));
      }
      int[] a = attributes.computeIfAbsent("document." + k, x -> new int[2]);
      a[1]++;
      if (g != null && g.toLowerCase(Locale.ROOT).equals(String.valueOf(f).toLowerCase(Locale.ROOT))) {
        a[0]++;
      } else if (beVerbose) {
        miss.put("document." + k, "(" + g + ", " + f + ")");
      }
    }
    JsonNode parties = found.path("parties");
    if (gold.has("signatories") && !gold.get("signatories").isNull()) {
      miss.put("signatories", sets(tallies.get("signatories"), ids(gold.get("signatories")),
          ids(found.path("signatories")), Set.of()));
    }
    miss.put("states", sets(tallies.get("states"), ids(gold.path("states")),
        kinds(parties, Set.of("STATE")), Set.of()));
    miss.put("organizations", sets(tallies.get("organizations"), ids(gold.path("organizations")),
        kinds(parties, Set.of("ORGANIZATION", "INTERNATIONAL_ORGANIZATION", "POLITICAL_PARTY")), Set.of()));
    List<JsonNode> goldPeople = list(gold.path("participants"));
    List<JsonNode> foundPeople = new ArrayList<>();
    found.path("participants").forEach(p -> {
      if (p.isObject()) {
        foundPeople.add(p);
      }
    });
    int[][] people = match(goldPeople, foundPeople, 0.99);
    Tally t = tallies.get("participants");
    t.tp += people.length;
    t.fn += goldPeople.size() - people.length;
    t.fp += foundPeople.size() - people.length;
    for (int[] pair : people) {
      int[] a = attributes.computeIfAbsent("participants.party", x -> new int[2]);
      a[1]++;
      String g = text(goldPeople.get(pair[0]).get("party"));
      String f = asId(foundPeople.get(pair[1]).get("party"));
      if (java.util.Objects.equals(g, f)) {
        a[0]++;
      }
    }
    if (gold.has("clauses") && !gold.get("clauses").isNull()) {
      int numbered = 0;
      for (JsonNode c : found.path("clauses")) {
        if (c.isObject() && c.hasNonNull("number") && !c.get("number").asText().isEmpty()) {
          numbered++;
        }
      }
      int[] a = attributes.computeIfAbsent("clauses.count", x -> new int[2]);
      a[1]++;
      if (numbered == gold.get("clauses").asInt()) {
        a[0]++;
      } else {
        miss.put("clauses.count", "(" + gold.get("clauses").asInt() + ", " + numbered + ")");
      }
    }
    Map<String, List<String>> attrs = new LinkedHashMap<>();
    attrs.put("initiatives", List.of("proposer"));
    attrs.put("mechanisms", List.of("status"));
    attrs.put("events", List.of("date", "place", "status", "ordinal"));
    for (Map.Entry<String, List<String>> concept : attrs.entrySet()) {
      List<JsonNode> goldItems = list(gold.path(concept.getKey()));
      List<JsonNode> foundItems = new ArrayList<>();
      found.path(concept.getKey()).forEach(x -> {
        if (x.isObject()) {
          foundItems.add(x);
        }
      });
      int[][] pairs = match(goldItems, foundItems, 0.6);
      Tally tally = tallies.get(concept.getKey());
      Set<Integer> matchedGold = new HashSet<>();
      Set<Integer> matchedFound = new HashSet<>();
      List<String> wrong = new ArrayList<>();
      for (int[] pair : pairs) {
        matchedGold.add(pair[0]);
        matchedFound.add(pair[1]);
        JsonNode g = goldItems.get(pair[0]);
        JsonNode f = foundItems.get(pair[1]);
        if (g.path("optional").asBoolean(false)) {
          continue;
        }
        tally.tp++;
        for (String k : concept.getValue()) {
          String gv;
          String fv;
          if (k.equals("place")) {
            gv = placeName(g.get(k));
            fv = placeName(f.get(k));
          } else if (k.equals("proposer")) {
            gv = text(g.get(k));
            fv = asId(f.get(k));
          } else {
            gv = text(g.get(k));
            fv = text(f.get(k));
          }
          int[] a = attributes.computeIfAbsent(concept.getKey() + "." + k, x -> new int[2]);
          a[1]++;
          if ((gv == null && fv == null)
              || (gv != null && gv.toLowerCase(Locale.ROOT).equals(String.valueOf(fv).toLowerCase(Locale.ROOT)))) {
            a[0]++;
          } else {
            wrong.add(k + ": " + shorten(g.path("name").asText()) + " gold=" + gv + " found=" + fv);
          }
        }
      }
      List<String> missed = new ArrayList<>();
      for (int i = 0; i < goldItems.size(); i++) {
        if (!matchedGold.contains(i) && !goldItems.get(i).path("optional").asBoolean(false)) {
          tally.fn++;
          missed.add(goldItems.get(i).path("name").asText());
        }
      }
      List<String> extra = new ArrayList<>();
      for (int j = 0; j < foundItems.size(); j++) {
        if (!matchedFound.contains(j)) {
          tally.fp++;
          extra.add(foundItems.get(j).path("name").asText());
        }
      }
      if (beVerbose) {
        miss.put(concept.getKey() + ".attributes", wrong);
        miss.put(concept.getKey() + ".missed", missed);
        miss.put(concept.getKey() + ".extra", extra);
      }
    }
    if (beVerbose) {
      verbose.add("== " + gold.path("document").asText());
      miss.forEach((k, v) -> {
        String s = String.valueOf(v);
        if (!s.equals("[]") && !s.equals("[[], []]")) {
          verbose.add("  " + k + ": " + s);
        }
      });
    }
  }

  /** The report, line for line as score.py prints it. */
  List<String> report() {
    List<String> lines = new ArrayList<>(verbose);
    lines.add("documents: " + documents + ", failed: " + errors.size());
    errors.forEach(e -> lines.add("  error: " + (e.length() > 300 ? e.substring(0, 300) : e)));
    lines.add(String.format(Locale.ROOT, "%-16s %6s %6s %6s   tp/fp/fn", "concept", "P", "R", "F1"));
    double macro = 0;
    for (String c : CONCEPTS) {
      Tally t = tallies.get(c);
      double[] prf = t.f1();
      macro += prf[2];
      lines.add(String.format(Locale.ROOT, "%-16s %6s %6s %6s   %d/%d/%d", c, fixed(prf[0]), fixed(prf[1]),
          fixed(prf[2]), t.tp, t.fp, t.fn));
    }
    attributes.forEach((k, a) -> lines.add(String.format(Locale.ROOT, "%-28s %d/%d = %s", k, a[0], a[1],
        fixed(a[1] > 0 ? (double) a[0] / a[1] : 0.0))));
    lines.add("macro-F1 " + fixed(macro / CONCEPTS.size()));
    return lines;
  }

  /** F1 of a concept, for tests. */
  double f1(String concept) {
    return tallies.get(concept).f1()[2];
  }

  /** Accuracy of an attribute, for tests. */
  double accuracy(String attribute) {
    int[] a = attributes.getOrDefault(attribute, new int[2]);
    return a[1] > 0 ? (double) a[0] / a[1] : 0.0;
  }

  double macroF1() {
    return CONCEPTS.stream().mapToDouble(this::f1).sum() / CONCEPTS.size();
  }

  /** Python's {@code f"{x:.3f}"}: the exact binary value rounded half to even. */
  static String fixed(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  static Set<String> words(String name) {
    String lower = TextFold.fold(name == null ? "" : name);
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(lower);
    while (m.find()) {
      String t = m.group();
      if (!STOP.contains(t)) {
        words.add(t.codePointCount(0, t.length()) > 5 ? t.substring(0, t.offsetByCodePoints(0, 5)) : t);
      }
    }
    return words;
  }

  static double nameMatch(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0.0;
    }
    Set<String> shared = new HashSet<>(wa);
    shared.retainAll(wb);
    return (double) shared.size() / Math.min(wa.size(), wb.size());
  }

  /** Greedy one-to-one matching by name score, best first, as score.py's match_items. */
  private static int[][] match(List<JsonNode> gold, List<JsonNode> found, double threshold) {
    List<double[]> candidates = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < found.size(); j++) {
        double s = nameMatch(text(gold.get(i).get("name")), text(found.get(j).get("name")));
        if (s >= threshold) {
          candidates.add(new double[] {s, i, j});
        }
      }
    }
    candidates.sort(Comparator.<double[]>comparingDouble(c -> c[0]).thenComparingDouble(c -> c[1])
        .thenComparingDouble(c -> c[2]).reversed());
    Set<Integer> usedGold = new HashSet<>();
    Set<Integer> usedFound = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (!usedGold.contains(i) && !usedFound.contains(j)) {
        usedGold.add(i);
        usedFound.add(j);
        pairs.add(new int[] {i, j});
      }
    }
    return pairs.toArray(new int[0][]);
  }

  private static String sets(Tally t, Set<String> gold, Set<String> found, Set<String> optional) {
    Set<String> g = new HashSet<>(gold);
    g.removeAll(optional);
    Set<String> f = new HashSet<>(found);
    f.removeAll(optional);
    Set<String> tp = new HashSet<>(g);
    tp.retainAll(f);
    Set<String> missed = new java.util.TreeSet<>(g);
    missed.removeAll(f);
    Set<String> extra = new java.util.TreeSet<>(f);
    extra.removeAll(g);
    t.tp += tp.size();
    t.fp += extra.size();
    t.fn += missed.size();
    return "(" + missed + ", " + extra + ")";
  }

  private static Set<String> ids(JsonNode array) {
    Set<String> ids = new HashSet<>();
    array.forEach(x -> ids.add(asId(x)));
    return ids;
  }

  private static Set<String> kinds(JsonNode parties, Set<String> kinds) {
    Set<String> ids = new HashSet<>();
    parties.forEach(p -> {
      if (p.isObject() && kinds.contains(p.path("kind").asText("").toUpperCase(Locale.ROOT))) {
        ids.add(asId(p));
      }
    });
    return ids;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  private static String asId(JsonNode x) {
    if (x == null || x.isNull()) {
      return null;
    }
    return x.isObject() ? text(x.get("id")) : text(x);
  }

  private static String text(JsonNode x) {
    return x == null || x.isNull() ? null : x.asText();
  }

  /** Python's str(): None for null. */
  private static String str(JsonNode x) {
    return x == null || x.isNull() ? "None" : x.asText();
  }

  private static String placeName(JsonNode p) {
    if (p != null && p.isObject()) {
      p = p.get("name");
    }
    String name = p == null || p.isNull() ? "" : p.asText();
    name = TextFold.fold(name);
    if (name.isEmpty()) {
      return null;
    }
    return name.codePointCount(0, name.length()) > 5 ? name.substring(0, name.offsetByCodePoints(0, 5)) : name;
  }

  private static String shorten(String s) {
    return s.length() > 50 ? s.substring(0, 50) : s;
  }
}
