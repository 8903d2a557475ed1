package dev.entente.query;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.entente.model.Document;
import dev.entente.model.Located;
import dev.entente.model.Mention;
import java.util.List;
import java.util.Objects;

/**
 * One result of a query: an item (a statement, event, party, …) together with the document it
 * came from, which a bare item cannot tell.
 *
 * <pre>{@code
 * for (Hit<Event> hit : corpus.events().planned().hits()) {
 *   System.out.println(hit.document().title() + ": " + hit.item().name());
 *   System.out.println(hit.explain());   // «6-я встреча …» [812..860) events.tsv:3
 * }
 * }</pre>
 *
 * <p>Two hits are equal when their documents and items are equal.
 *
 * @param <T> the item type
 */
public final class Hit<T> {
  private final Document document;
  private final T item;
  // The document's position in the corpus that produced the hit; not part of equality, so a hit
  // from a one-document query equals the same hit from a corpus.
  private final int documentOrdinal;

  Hit(Document document, T item, int documentOrdinal) {
    this.document = checkNotNull(document, "document == null");
    this.item = checkNotNull(item, "item == null");
    this.documentOrdinal = documentOrdinal;
  }

  /** A hit for {@code item} found in {@code document}. */
  public static <T> Hit<T> of(Document document, T item) {
    return new Hit<>(document, item, -1);
  }

  /** The document the item was found in. */
  public Document document() {
    return document;
  }

  /** The statement, event, party, … itself. */
  public T item() {
    return item;
  }

  /**
   * The text of the document that the item stands on: a statement's sentence, a clause's
   * paragraphs, or, for a named item (initiative, mechanism, event, party, participant), its first
   * mention; a document's title for a document. Empty for an item with no place in the text.
   */
  public String text() {
    if (item instanceof Located located) {
      return document.textOf(located);
    }
    if (item instanceof Document d) {
      return d.title();
    }
    List<Mention> mentions = Items.evidence(document, item);
    return mentions.isEmpty() ? "" : mentions.get(0).text();
  }

  int documentOrdinal() {
    return documentOrdinal;
  }

  /**
   * Why this item is in the model: the mentions in {@link Document#text()} that support it and the
   * parser rule recorded on it.
   */
  public Explanation explain() {
    return Explanation.of(document, item);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Hit)) {
      return false;
    }
    Hit<?> other = (Hit<?>) o;
    return item.equals(other.item) && document.equals(other.document);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document.id(), item);
  }

  /** The document id and a short name of the item, e.g. {@code doc-1/BRI} or {@code doc-1/[12..40)}. */
  @Override
  public String toString() {
    return document.id() + "/" + Items.shortName(item);
  }
}
