package dev.entente.parser;

import dev.entente.model.Document;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import java.util.List;
import java.util.stream.Collectors;

/** Party ids of a parsed document in sorted order, as the parser tests compare them. */
final class Ids {
  private Ids() {}

  /** {@code ids} sorted, for comparing sets of ids as lists. */
  static List<String> sorted(List<String> ids) {
    return ids.stream().sorted().collect(Collectors.toList());
  }

  /** The ids of the states among the document's parties, sorted. */
  static List<String> states(Document doc) {
    return doc.parties().stream().filter(p -> p.kind() == PartyKind.STATE).map(Party::id).sorted()
        .collect(Collectors.toList());
  }
}
