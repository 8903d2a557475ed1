package dev.entente.model;

import java.util.List;
import java.util.stream.Collectors;

/** Formats the provenance of an extracted item: the rule that found it and where. */
final class Explanations {
  private Explanations() {}

  static String of(String rule, List<Mention> mentions) {
    String where = mentions.stream()
        .map(m -> "«" + m.text() + "» " + m.span())
        .collect(Collectors.joining(", "));
    return (rule.isEmpty() ? "(no rule recorded)" : rule) + (where.isEmpty() ? "" : " at " + where);
  }
}
