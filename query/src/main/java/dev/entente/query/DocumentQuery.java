package dev.entente.query;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;

/**
 * A query over the documents themselves, and the way into their contents: the plural-noun methods
 * ({@link #statements()}, {@link #events()}, …) continue with the items of the matching documents.
 *
 * <pre>{@code
 * corpus.documents().ofKind(DocumentKind.JOINT_STATEMENT).signedBy("KZ")
 *     .statements().about(Topic.WATER).toList();
 * }</pre>
 */
public final class DocumentQuery extends AbstractQuery<DocumentQuery, Document> {
  DocumentQuery(Corpus corpus, Condition<? super Document> condition,
      Comparator<? super Document> order, int limit) {
    super(corpus, corpus.documentIndex(), "documents", condition, order, limit);
  }

  @Override
  DocumentQuery copy(Condition<? super Document> condition, Comparator<? super Document> order,
      int limit) {
    return new DocumentQuery(corpus, condition, order, limit);
  }

  /** Documents of {@code kind}: {@code documents().ofKind(DocumentKind.COMMUNIQUE)}. */
  public DocumentQuery ofKind(DocumentKind kind) {
    return where(Where.ofKind(kind));
  }

  /** Documents with {@code party} among their signatories: {@code documents().withSignatory("KZ")}. */
  public DocumentQuery withSignatory(String party) {
    return where(Where.withSignatory(party));
  }

  /**
   * Documents that {@code party} signs.
   *
   * @deprecated the query API names signing by one word, the model's: use
   *     {@link #withSignatory(String)}
   */
  @Deprecated
  public DocumentQuery signedBy(String party) {
    return withSignatory(party);
  }

  /** Documents that name {@code party}: {@code documents().naming("AF")}. */
  public DocumentQuery naming(String party) {
    return where(Where.naming(party));
  }

  /** Documents adopted at a place or in a country: {@code documents().adoptedAt("Алматы")}. */
  public DocumentQuery adoptedAt(String place) {
    return where(Where.adoptedAt(place));
  }

  /**
   * Documents dated, at least in part, within {@code [from, to]}:
   * {@code documents().datedBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))}.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public DocumentQuery datedBetween(LocalDate from, LocalDate to) {
    return where(Where.datedBetween(from, to));
  }

  /** Documents whose text names {@code source}: {@code documents().publishedBy("Синьхуа")}. */
  public DocumentQuery publishedBy(String source) {
    return where(Where.publishedBy(source));
  }

  /** The document(s) with this id: {@code documents().withId("seed-000")}. */
  public DocumentQuery withId(String id) {
    return where(Where.withId(id));
  }

  /** Documents whose title contains {@code part}: {@code documents().named("совместное")}. */
  public DocumentQuery named(String part) {
    return where(Where.named(part));
  }

  /** The statements of the matching documents. */
  public StatementQuery statements() {
    return new StatementQuery(corpus, within(), null, -1);
  }

  /** The initiatives of the matching documents. */
  public InitiativeQuery initiatives() {
    return new InitiativeQuery(corpus, within(), null, -1);
  }

  /** The mechanisms of the matching documents. */
  public MechanismQuery mechanisms() {
    return new MechanismQuery(corpus, within(), null, -1);
  }

  /** The events of the matching documents. */
  public EventQuery events() {
    return new EventQuery(corpus, within(), null, -1);
  }

  /** The parties of the matching documents. */
  public PartyQuery parties() {
    return new PartyQuery(corpus, within(), null, -1, ImmutableSet.of());
  }

  /** The participants of the matching documents. */
  public ParticipantQuery participants() {
    return new ParticipantQuery(corpus, within(), null, -1);
  }

  /** The distinct ids of the results, in order of first result. */
  public Set<String> ids() {
    return stream().map(Document::id).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The items of exactly the documents this query finds (its limit included), as positions in
   * this corpus; the condition is internal and never leaves the corpus it was made for.
   */
  private <T> Condition<T> within() {
    if (condition.isAlways() && limitOrNegative() < 0) {
      return Condition.always();
    }
    int[] documents = hits().stream().mapToInt(Hit::documentOrdinal).sorted().toArray();
    String ids = hits().stream().map(h -> h.document().id()).limit(3)
        .reduce((a, b) -> a + ", " + b).orElse("") + (documents.length > 3 ? ", …" : "");
    return new Condition.Leaf<T>("inDocuments(" + ids + ")",
        hit -> Arrays.binarySearch(documents, hit.documentOrdinal()) >= 0,
        new Condition.IndexLookup() {
          @Override
          public int[] candidates(Corpus corpus, Index<?> index) {
            return index.forDocuments(documents);
          }

          @Override
          public boolean exactIn(Index<?> index) {
            return true;
          }
        });
  }
}
