package dev.entente.parser;

import dev.entente.model.Document;
import java.util.stream.Collectors;

/** A parsed document's participants as the parser tests read and print them. */
final class People {
  private People() {}

  /** Every participant as «name/party/role» («-» for what is missing), for assertion messages. */
  static String listed(Document doc) {
    return doc.participants().stream()
        .map(p -> p.name() + "/" + p.party().orElse("-") + "/" + p.role().orElse("-"))
        .collect(Collectors.joining("; "));
  }

  /** The party of the participant named {@code name}: «-» where it has none, «absent» where no one is so named. */
  static String partyOf(Document doc, String name) {
    return doc.participants().stream().filter(p -> p.name().equals(name)).findFirst()
        .map(p -> p.party().orElse("-")).orElse("absent");
  }
}
