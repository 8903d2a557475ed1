package dev.entente.query;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Document;
import dev.entente.model.Mention;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The evidence for one result: the stretches of the original text that support it, and the rule
 * or lexicon entry the parser recorded when it found it (empty where the model keeps none, as for
 * parties and documents).
 *
 * <pre>{@code
 * Explanation why = corpus.initiatives().withId("BRI").hits().get(0).explain();
 * why.mentions();   // [«Пояс и путь» [340..353), …]
 * why.rule();       // initiatives.tsv:1
 * }</pre>
 */
public final class Explanation {
  private final Document document;
  private final ImmutableList<Mention> mentions;
  private final String rule;

  private Explanation(Document document, ImmutableList<Mention> mentions, String rule) {
    this.document = document;
    this.mentions = mentions;
    this.rule = rule;
  }

  static Explanation of(Document document, Object item) {
    return new Explanation(document, Items.evidence(document, item), Items.rule(item));
  }

  /** The document whose text the mentions point into. */
  public Document document() {
    return document;
  }

  /** The supporting spans, in text order; offsets are UTF-16 indices into the document's text. */
  public List<Mention> mentions() {
    return mentions;
  }

  /** The parser rule recorded on the item, or {@code ""}. */
  public String rule() {
    return rule;
  }

  /** One line per mention, {@code «text» [start..end)}, then the rule. */
  @Override
  public String toString() {
    List<String> lines = mentions.stream()
        .map(m -> "«" + m.text() + "» " + m.span())
        .collect(Collectors.toList());
    if (!rule.isEmpty()) {
      lines.add("rule: " + rule);
    }
    return String.join("\n", lines);
  }
}
