package dev.entente.query;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.entente.model.Document;
import java.util.List;

/**
 * Where every query starts: a corpus made from one or many documents, then a plural noun for the
 * items to look at, phrase filters, and a terminal.
 *
 * <pre>{@code
 * Corpus corpus = Query.from(documents);
 * corpus.statements().by("KZ").withAct(Act.SUPPORT).about(Topic.ENERGY).toList();
 * Query.from(document).events().planned().at("Астана").first();
 * }</pre>
 */
public final class Query {
  private Query() {}

  /** A corpus of one document, so that the corpus steps work on it. */
  public static Corpus from(Document document) {
    checkNotNull(document, "document == null");
    return Corpus.of(List.of(document));
  }

  /**
   * An immutable, indexed corpus of {@code documents}; their order does not matter.
   *
   * @throws NullPointerException if {@code documents} or one of them is null
   */
  public static Corpus from(Iterable<? extends Document> documents) {
    return Corpus.of(documents);
  }

  /** What changed from {@code before} to {@code after}; see {@link DocumentDiff}. */
  public static DocumentDiff diff(Document before, Document after) {
    return DocumentDiff.between(before, after);
  }
}
