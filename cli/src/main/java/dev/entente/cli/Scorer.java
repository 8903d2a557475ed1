package dev.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Precision, recall and F1 per concept against gold files, computed and printed exactly as
 * {@code shared/tools/score.py} does (its {@code -v} listing included), so that {@code entente eval}
 * and the independent scorer agree to the last character.
 */
final class Scorer {
  private static final Set<String> STOP = Set.of("в", "во", "на", "по", "и", "для", "с", "со", "о", "об",
      "от", "до", "к", "за", "из", "the", "of", "and", "for", "on", "in", "a", "an", "to", "формата",
      "формат", "г", "года", "годов", "гг");
  private static final List<String> CONCEPTS = List.of("signatories", "states", "organizations",
      "participants", "initiatives", "mechanisms", "events");
  private static final Map<String, List<String>> NAMED = new LinkedHashMap<>();

  static {
    NAMED.put("initiatives", List.of("proposer"));
    NAMED.put("mechanisms", List.of("status"));
    NAMED.put("events", List.of("date", "place", "status", "ordinal"));
  }

  /** True positives, false positives and false negatives of one concept. */
  static final class Tally {
    int tp;
    int fp;
    int fn;

    /** Precision, recall, F1; 1.0 each when there was nothing to find and nothing was found. */
    double[] f1() {
      if (tp + fp + fn == 0) {
        return new double[] {1.0, 1.0, 1.0};
      }
      double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
      double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
      double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
      return new double[] {p, r, f};
    }
  }

  /** A one-to-one matching of gold items to found items, and what each side left unmatched. */
  record Matching(List<int[]> pairs, List<Integer> unmatchedGold, List<Integer> unmatchedFound) {}

  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private final Map<String, int[]> attributes = new TreeMap<>();
  private final List<String> errors = new ArrayList<>();
  private final List<String> listing = new ArrayList<>();
  private int documents;

  Scorer() {
    CONCEPTS.forEach(c -> tallies.put(c, new Tally()));
  }

  /**
   * Scores one document. {@code found} is the parser's JSON tree, or null when the document failed
   * ({@code error} says why; every gold item then counts as missed). With {@code verbose}, what was
   * missed and extra is listed as score.py -v lists it.
   */
  void score(JsonNode gold, JsonNode found, String error, boolean verbose) {
    documents++;
    if (found == null) {
      errors.add(gold.path("document").asText() + ": " + error);
      found = NullNode.getInstance();
    }
    Map<String, String> miss = new LinkedHashMap<>();
    for (String k : List.of("kind", "date", "place")) {
      JsonNode gv = gold.get(k);
      if (gv == null || gv.isNull()) {
        continue;
      }
      Object g = k.equals("place") ? placeName(gv) : Py.value(gv);
      Object f = k.equals("place") ? placeName(found.get(k)) : Py.value(found.get(k));
      int[] a = attribute("document." + k);
      a[1]++;
      if (g != null && Py.str(g).toLowerCase(Locale.ROOT).equals(Py.str(f).toLowerCase(Locale.ROOT))) {
        a[0]++;
      } else if (verbose) {
        miss.put("document." + k, Py.repr(Py.tuple(g, f)));
      }
    }
    JsonNode parties = found.path("parties");
    if (gold.hasNonNull("signatories")) {
      List<String> foundSignatories = new ArrayList<>();
      found.path("signatories").forEach(x -> foundSignatories.add(asId(x)));
      miss.put("signatories", sets("signatories", ids(gold.get("signatories")), foundSignatories));
    }
    miss.put("states", sets("states", ids(gold.path("states")), kinds(parties, Set.of("STATE"))));
    miss.put("organizations", sets("organizations", ids(gold.path("organizations")),
        kinds(parties, Set.of("ORGANIZATION", "INTERNATIONAL_ORGANIZATION", "POLITICAL_PARTY"))));
    scorePeople(gold, found, verbose, miss);
    if (gold.hasNonNull("clauses")) {
      int numbered = 0;
      for (JsonNode c : found.path("clauses")) {
        if (c.isObject() && c.hasNonNull("number") && !Py.str(Py.value(c.get("number"))).isEmpty()) {
          numbered++;
        }
      }
      int[] a = attribute("clauses.count");
      a[1]++;
      if (numbered == gold.get("clauses").asInt()) {
        a[0]++;
      } else {
        miss.put("clauses.count", Py.repr(Py.tuple(gold.get("clauses").asLong(), (long) numbered)));
      }
    }
    for (Map.Entry<String, List<String>> concept : NAMED.entrySet()) {
      scoreNamed(concept.getKey(), concept.getValue(), gold, found, verbose, miss);
    }
    if (verbose) {
      listing.add("== " + gold.path("document").asText());
      miss.forEach((k, v) -> {
        if (!v.equals("[]") && !v.equals("([], [])")) {
          listing.add("  " + k + ": " + v);
        }
      });
    }
  }

  /**
   * Scores the participants, matched by name; with {@code verbose}, lists those missed, those extra and those found
   * with another party (score.py -v does not list participants; the listing adds them in its words).
   */
  private void scorePeople(JsonNode gold, JsonNode found, boolean verbose, Map<String, String> miss) {
    List<JsonNode> goldPeople = new ArrayList<>();
    gold.path("participants").forEach(goldPeople::add);
    List<JsonNode> foundPeople = new ArrayList<>();
    found.path("participants").forEach(p -> {
      if (p.isObject()) {
        foundPeople.add(p);
      }
    });
    Matching m = match(names(goldPeople), names(foundPeople), 0.99);
    Tally t = tallies.get("participants");
    t.tp += m.pairs().size();
    t.fn += m.unmatchedGold().size();
    t.fp += m.unmatchedFound().size();
    List<Object> otherParty = new ArrayList<>();
    for (int[] pair : m.pairs()) {
      int[] a = attribute("participants.party");
      a[1]++;
      Object g = Py.value(goldPeople.get(pair[0]).get("party"));
      Object f = asId(foundPeople.get(pair[1]).get("party"));
      if (Objects.equals(g, f)) {
        a[0]++;
      } else {
        otherParty.add(Py.tuple(Py.slice(goldPeople.get(pair[0]).path("name").asText(), 50), g, f));
      }
    }
    if (verbose) {
      miss.put("participants.party", Py.repr(otherParty));
      List<Object> missed = new ArrayList<>();
      m.unmatchedGold().forEach(i -> missed.add(Py.value(goldPeople.get(i).get("name"))));
      List<Object> extra = new ArrayList<>();
      m.unmatchedFound().forEach(j -> extra.add(Py.value(foundPeople.get(j).get("name"))));
      miss.put("participants.missed", Py.repr(missed));
      miss.put("participants.extra", Py.repr(extra));
    }
  }

  private void scoreNamed(String concept, List<String> attrs, JsonNode gold, JsonNode found, boolean verbose,
      Map<String, String> miss) {
    List<JsonNode> goldItems = new ArrayList<>();
    gold.path(concept).forEach(goldItems::add);
    List<JsonNode> foundItems = new ArrayList<>();
    found.path(concept).forEach(x -> {
      if (x.isObject()) {
        foundItems.add(x);
      }
    });
    Matching m = match(names(goldItems), names(foundItems), 0.6);
    Tally t = tallies.get(concept);
    Map<String, List<Object>> wrong = new LinkedHashMap<>();
    for (int[] pair : m.pairs()) {
      JsonNode g = goldItems.get(pair[0]);
      JsonNode f = foundItems.get(pair[1]);
      if (g.path("optional").asBoolean(false)) {
        continue;
      }
      t.tp++;
      for (String k : attrs) {
        Object gv;
        Object fv;
        if (k.equals("place")) {
          gv = placeName(g.get(k));
          fv = placeName(f.get(k));
        } else if (k.equals("proposer")) {
          gv = Py.value(g.get(k));
          fv = asId(f.get(k));
        } else {
          gv = Py.value(g.get(k));
          fv = Py.value(f.get(k));
        }
        int[] a = attribute(concept + "." + k);
        a[1]++;
        if ((gv == null && fv == null)
            || (gv != null && Py.str(gv).toLowerCase(Locale.ROOT).equals(Py.str(fv).toLowerCase(Locale.ROOT)))) {
          a[0]++;
        } else if (verbose) {
          wrong.computeIfAbsent(concept + "." + k, x -> new ArrayList<>())
              .add(Py.tuple(Py.slice(g.get("name").asText(), 50), gv, fv));
        }
      }
    }
    List<Object> missed = new ArrayList<>();
    for (int i : m.unmatchedGold()) {
      if (!goldItems.get(i).path("optional").asBoolean(false)) {
        t.fn++;
        missed.add(goldItems.get(i).get("name").asText());
      }
    }
    List<Object> extra = new ArrayList<>();
    for (int j : m.unmatchedFound()) {
      t.fp++;
      extra.add(Py.value(foundItems.get(j).get("name")));
    }
    if (verbose) {
      wrong.forEach((k, v) -> miss.put(k, Py.repr(v)));
      miss.put(concept + ".missed", Py.repr(missed));
      miss.put(concept + ".extra", Py.repr(extra));
    }
  }

  /** The report, line for line as score.py prints it (the -v listing first, when asked for). */
  List<String> report() {
    List<String> lines = new ArrayList<>(listing);
    lines.add("documents: " + documents + ", failed: " + errors.size());
    errors.forEach(e -> lines.add("  error: " + Py.slice(e, 300)));
    lines.add(String.format(Locale.ROOT, "%-16s %6s %6s %6s   tp/fp/fn", "concept", "P", "R", "F1"));
    for (String c : CONCEPTS) {
      Tally t = tallies.get(c);
      double[] prf = t.f1();
      lines.add(String.format(Locale.ROOT, "%-16s %6s %6s %6s   %d/%d/%d", c, fixed(prf[0]), fixed(prf[1]),
          fixed(prf[2]), t.tp, t.fp, t.fn));
    }
    attributes.forEach((k, a) -> lines.add(String.format(Locale.ROOT, "%-28s %d/%d = %s", k, a[0], a[1],
        fixed(a[1] > 0 ? (double) a[0] / a[1] : 0.0))));
    lines.add("macro-F1 " + fixed(macroF1()));
    return lines;
  }

  /** F1 of a concept. */
  double f1(String concept) {
    return tallies.get(concept).f1()[2];
  }

  /** Accuracy of an attribute such as {@code events.date}; 0 when it was never compared. */
  double accuracy(String attribute) {
    int[] a = attributes.getOrDefault(attribute, new int[2]);
    return a[1] > 0 ? (double) a[0] / a[1] : 0.0;
  }

  /** The mean F1 of the seven concepts. */
  double macroF1() {
    double sum = 0;
    for (String c : CONCEPTS) {
      sum += f1(c);
    }
    return sum / CONCEPTS.size();
  }

  /** Documents that could not be parsed, with why. */
  List<String> errors() {
    return List.copyOf(errors);
  }

  /** Python's {@code f"{x:.3f}"}: the exact binary value rounded half to even. */
  static String fixed(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A name's words as score.py sees them: lower case, ё as е, cut to five letters, function words dropped. */
  static Set<String> words(String name) {
    String lower = pyLower(name == null ? "" : name);
    Set<String> words = new HashSet<>();
    int i = 0;
    while (i < lower.length()) {
      int cp = lower.codePointAt(i);
      if (!Py.isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < lower.length() && Py.isWordChar(lower.codePointAt(i))) {
        i += Character.charCount(lower.codePointAt(i));
      }
      String token = lower.substring(start, i);
      if (!STOP.contains(token)) {
        words.add(Py.slice(token, 5));
      }
    }
    return words;
  }

  /** The share of the shorter name's words that the other name has too. */
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

  static double jaccard(String a, String b) {
    Set<String> union = new HashSet<>(words(a));
    union.addAll(words(b));
    if (union.isEmpty()) {
      return 0.0;
    }
    Set<String> shared = new HashSet<>(words(a));
    shared.retainAll(words(b));
    return (double) shared.size() / union.size();
  }

  /**
   * score.py's match_items: candidate pairs with a name score of at least {@code threshold}, taken
   * best first (name score, then Jaccard similarity of the word sets, then gold order, then found
   * order), then grown by augmenting paths to a maximum matching. The unmatched indices come in the
   * order Python's set difference iterates them, so that the -v listing is the same.
   */
  static Matching match(List<String> gold, List<String> found, double threshold) {
    record Candidate(double score, double jaccard, int gold, int found) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < found.size(); j++) {
        double s = nameMatch(gold.get(i), found.get(j));
        if (s >= threshold) {
          candidates.add(new Candidate(s, jaccard(gold.get(i), found.get(j)), i, j));
        }
      }
    }
    candidates.sort((x, y) -> {
      int c = Double.compare(y.score(), x.score());
      if (c == 0) {
        c = Double.compare(y.jaccard(), x.jaccard());
      }
      if (c == 0) {
        c = Integer.compare(x.gold(), y.gold());
      }
      return c != 0 ? c : Integer.compare(x.found(), y.found());
    });
    Map<Integer, List<Integer>> adjacent = new TreeMap<>();
    for (Candidate c : candidates) {
      adjacent.computeIfAbsent(c.gold(), x -> new ArrayList<>()).add(c.found());
    }
    Map<Integer, Integer> ofGold = new HashMap<>();
    Map<Integer, Integer> ofFound = new HashMap<>();
    for (Candidate c : candidates) {
      if (!ofGold.containsKey(c.gold()) && !ofFound.containsKey(c.found())) {
        ofGold.put(c.gold(), c.found());
        ofFound.put(c.found(), c.gold());
      }
    }
    for (int i : adjacent.keySet()) {
      if (!ofGold.containsKey(i)) {
        augment(i, new HashSet<>(), adjacent, ofGold, ofFound);
      }
    }
    List<int[]> pairs = new ArrayList<>();
    new TreeMap<>(ofGold).forEach((i, j) -> pairs.add(new int[] {i, j}));
    return new Matching(pairs, Py.rangeMinus(gold.size(), ofGold.keySet()),
        Py.rangeMinus(found.size(), ofFound.keySet()));
  }

  private static boolean augment(int i, Set<Integer> seen, Map<Integer, List<Integer>> adjacent,
      Map<Integer, Integer> ofGold, Map<Integer, Integer> ofFound) {
    for (int j : adjacent.getOrDefault(i, List.of())) {
      if (!seen.add(j)) {
        continue;
      }
      Integer holder = ofFound.get(j);
      if (holder == null || augment(holder, seen, adjacent, ofGold, ofFound)) {
        ofGold.put(i, j);
        ofFound.put(j, i);
        return true;
      }
    }
    return false;
  }

  private int[] attribute(String name) {
    return attributes.computeIfAbsent(name, x -> new int[2]);
  }

  private String sets(String concept, Set<String> gold, java.util.Collection<String> found) {
    Tally t = tallies.get(concept);
    Set<String> f = new HashSet<>(found);
    Set<String> missed = new TreeSet<>(gold);
    missed.removeAll(f);
    Set<String> extra = new HashSet<>(f);
    extra.removeAll(gold);
    t.tp += gold.size() - missed.size();
    t.fp += extra.size();
    t.fn += missed.size();
    extra.remove(null);
    extra = new TreeSet<>(extra);
    return Py.repr(Py.tuple(new ArrayList<Object>(missed), new ArrayList<Object>(extra)));
  }

  private static Set<String> kinds(JsonNode parties, Set<String> kinds) {
    List<String> ids = new ArrayList<>();
    parties.forEach(p -> {
      String kind = p.has("kind") ? Py.str(Py.value(p.get("kind"))) : "";
      if (p.isObject() && kinds.contains(kind.toUpperCase(Locale.ROOT))) {
        ids.add(asId(p));
      }
    });
    return new HashSet<>(ids);
  }

  private static Set<String> ids(JsonNode array) {
    Set<String> ids = new HashSet<>();
    array.forEach(x -> ids.add(asId(x)));
    return ids;
  }

  private static List<String> names(List<JsonNode> items) {
    List<String> names = new ArrayList<>();
    items.forEach(x -> names.add(x.hasNonNull("name") ? x.get("name").asText() : null));
    return names;
  }

  private static String asId(JsonNode x) {
    if (x == null || x.isNull()) {
      return null;
    }
    JsonNode id = x.isObject() ? x.get("id") : x;
    return id == null || id.isNull() ? null : id.asText();
  }

  /**
   * Python's {@code lower()} with «ё» as «е»: the whole-string case mapping (which, unlike a fold
   * char by char, turns «İ» into two code points), so that names cut to five letters as in score.py.
   */
  private static String pyLower(String s) {
    return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /** score.py's place_name: a place (or its name) lower-cased, ё as е, cut to five letters; null if empty. */
  private static String placeName(JsonNode p) {
    if (p != null && p.isObject()) {
      p = p.get("name");
    }
    String name = p == null || p.isNull() ? "" : p.asText();
    name = Py.slice(pyLower(name), 5);
    return name.isEmpty() ? null : name;
  }
}
