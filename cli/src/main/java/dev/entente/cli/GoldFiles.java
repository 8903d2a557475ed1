package dev.entente.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads gold files ({@code *.gold.json}, the shape of shared/gold/GUIDELINES.md) and refuses any
 * that is not valid JSON, repeats a key, or gives a field of the wrong type, naming the file and the
 * field, so that a typo in gold never turns into a silently wrong score.
 */
final class GoldFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Set<String> KINDS = Set.of("COMMUNIQUE", "JOINT_STATEMENT", "DECLARATION", "MEMORANDUM",
      "AGREEMENT", "PRESS_RELEASE", "OTHER");
  private static final Set<String> MECHANISM_STATUSES = Set.of("existing", "new", "proposed");
  private static final Set<String> EVENT_STATUSES = Set.of("held", "planned");
  private static final Pattern EDTF = Pattern.compile(
      "\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?");

  /** A gold file that cannot be used; the message names the file, and the field where there is one. */
  static final class BadGoldException extends Exception {
    private static final long serialVersionUID = 1L;

    BadGoldException(Path file, String problem) {
      super(file + ": " + problem);
    }
  }

  private GoldFiles() {}

  /** The {@code *.gold.json} files directly in {@code folder}, sorted by name. */
  static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".gold.json") && Files.isRegularFile(p))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    }
  }

  /** Reads and checks one gold file. */
  static JsonNode read(Path file) throws BadGoldException {
    JsonNode gold;
    try {
      gold = MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BadGoldException(file, "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
          + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadGoldException(file, "cannot be read: " + e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    check(gold, problems);
    if (!problems.isEmpty()) {
      throw new BadGoldException(file, String.join("; ", problems));
    }
    return gold;
  }

  private static void check(JsonNode gold, List<String> problems) {
    if (gold == null || !gold.isObject()) {
      problems.add("expected a JSON object, found " + describe(gold));
      return;
    }
    JsonNode document = gold.get("document");
    if (document == null || !document.isTextual() || document.asText().isBlank()) {
      problems.add("document: expected the text's file name, found " + describe(document));
    } else if (Path.of(document.asText()).isAbsolute() || Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)")
        .matcher(document.asText()).find()) {
      problems.add("document: must name a file inside TEXT_DIR, found " + describe(document));
    }
    optionalText(gold, "language", problems);
    optionalText(gold, "title", problems);
    JsonNode kind = gold.get("kind");
    if (isPresent(kind) && !(kind.isTextual() && KINDS.contains(kind.asText()))) {
      problems.add("kind: expected one of " + new java.util.TreeSet<>(KINDS) + " or null, found " + describe(kind));
    }
    date(gold, "date", "date", problems);
    place(gold, "place", "place", problems);
    JsonNode signatories = gold.get("signatories");
    if (isPresent(signatories)) {
      ids(signatories, "signatories", problems);
    }
    for (String field : List.of("states", "organizations")) {
      if (isPresent(gold.get(field))) {
        ids(gold.get(field), field, problems);
      }
    }
    JsonNode clauses = gold.get("clauses");
    if (isPresent(clauses) && !(clauses.isIntegralNumber() && clauses.canConvertToInt() && clauses.asInt() >= 0)) {
      problems.add("clauses: expected the number of numbered points (an integer ≥ 0) or null, found "
          + describe(clauses));
    }
    items(gold, "other_organizations", problems, (item, at) -> { });
    items(gold, "participants", problems, (item, at) -> {
      optionalText(item, "party", at, problems);
      optionalText(item, "role", at, problems);
    });
    items(gold, "initiatives", problems, (item, at) -> optionalText(item, "proposer", at, problems));
    items(gold, "mechanisms", problems, (item, at) -> status(item, at, MECHANISM_STATUSES, problems));
    items(gold, "events", problems, (item, at) -> {
      date(item, "date", at + ".date", problems);
      place(item, "place", at + ".place", problems);
      status(item, at, EVENT_STATUSES, problems);
      JsonNode ordinal = item.get("ordinal");
      if (isPresent(ordinal) && !(ordinal.isIntegralNumber() && ordinal.canConvertToInt())) {
        problems.add(at + ".ordinal: expected an integer or null, found " + describe(ordinal));
      }
    });
  }

  private interface ItemCheck {
    void check(JsonNode item, String at);
  }

  private static void items(JsonNode gold, String field, List<String> problems, ItemCheck more) {
    JsonNode list = gold.get(field);
    if (!isPresent(list)) {
      return;
    }
    if (!list.isArray()) {
      problems.add(field + ": expected a list, found " + describe(list));
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String at = field + "[" + i + "]";
      if (!item.isObject()) {
        problems.add(at + ": expected an object with a name, found " + describe(item));
        continue;
      }
      JsonNode name = item.get("name");
      if (name == null || !name.isTextual() || name.asText().isBlank()) {
        problems.add(at + ".name: expected a name, found " + describe(name));
      }
      JsonNode optional = item.get("optional");
      if (isPresent(optional) && !optional.isBoolean()) {
        problems.add(at + ".optional: expected true or false, found " + describe(optional));
      }
      more.check(item, at);
    }
  }

  private static void ids(JsonNode list, String field, List<String> problems) {
    if (!list.isArray()) {
      problems.add(field + ": expected a list of ids, found " + describe(list));
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode x = list.get(i);
      JsonNode id = x.isObject() ? x.get("id") : x;
      if (id == null || !id.isTextual() || id.asText().isBlank()) {
        problems.add(field + "[" + i + "]: expected an id such as \"KZ\" or \"SCO\", found " + describe(x));
      }
    }
  }

  private static void status(JsonNode item, String at, Set<String> allowed, List<String> problems) {
    JsonNode status = item.get("status");
    if (isPresent(status) && !(status.isTextual() && allowed.contains(status.asText()))) {
      problems.add(at + ".status: expected one of " + new java.util.TreeSet<>(allowed) + " or null, found "
          + describe(status));
    }
  }

  private static void date(JsonNode node, String field, String at, List<String> problems) {
    JsonNode date = node.get(field);
    if (isPresent(date) && !(date.isTextual() && EDTF.matcher(date.asText()).matches())) {
      problems.add(at + ": expected an ISO 8601/EDTF date such as \"2025-04-26\", \"2024-12\", \"2026\" or "
          + "\"2025-04-04/2025-04-05\", or null, found " + describe(date));
    }
  }

  private static void place(JsonNode node, String field, String at, List<String> problems) {
    JsonNode place = node.get(field);
    if (!isPresent(place) || place.isTextual()) {
      return;
    }
    if (!place.isObject() || !place.path("name").isTextual()) {
      problems.add(at + ": expected a city or country name, or null, found " + describe(place));
    }
  }

  private static void optionalText(JsonNode node, String field, List<String> problems) {
    optionalText(node, field, null, problems);
  }

  private static void optionalText(JsonNode node, String field, String at, List<String> problems) {
    JsonNode value = node.get(field);
    if (isPresent(value) && !value.isTextual()) {
      problems.add((at == null ? "" : at + ".") + field + ": expected text or null, found " + describe(value));
    }
  }

  private static boolean isPresent(JsonNode x) {
    return x != null && !x.isNull();
  }

  private static String describe(JsonNode x) {
    if (x == null || x.isMissingNode()) {
      return "nothing";
    }
    String text = x.toString();
    return text.length() > 60 ? text.substring(0, 57) + "…" : text;
  }
}
