package dev.entente.parser;

import dev.entente.model.Document;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sentences written for a party test, parsed as the body of a joint statement («Совместное заявление», "Joint
 * Statement"), and the ids of the parties found in them: the one shape the gazetteer's tests share.
 */
final class PartyTexts {
  private static final Parser ENGLISH = Parser.english();

  private PartyTexts() {
  }

  /** {@code body} under an English joint statement's title, parsed. */
  static Document english(String body) {
    return ENGLISH.parse("en-test", "Joint Statement\n\n" + body + "\n");
  }

  /** {@code body} under a Russian joint statement's title, parsed. */
  static Document russian(String body) {
    return Seeds.PARSER.parse("own.txt", "Совместное заявление\n\n" + body + "\n");
  }

  /** The ids of the document's parties, in the order found. */
  static List<String> parties(Document doc) {
    return doc.parties().stream().map(Party::id).collect(Collectors.toList());
  }
}
