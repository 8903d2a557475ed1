package dev.entente.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Act;
import dev.entente.model.Commitment;
import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.Initiative;
import dev.entente.model.InitiativeKind;
import dev.entente.model.Level;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import dev.entente.model.Statement;
import dev.entente.model.Strength;
import dev.entente.model.Topic;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The named conditions behind the query steps, for combining them with {@code and}, {@code or}
 * and {@code not}. Every phrase filter of a query is the same as {@code where} with the condition
 * of the same name here: {@code statements().by("KZ")} is
 * {@code statements().where(Where.by("KZ"))}. These conditions are answered from the corpus
 * indexes.
 *
 * <pre>{@code
 * import static dev.entente.query.Where.*;
 *
 * corpus.statements().where(by("KZ").or(by("UZ")).and(withAct(Act.OPPOSE).not())).toList();
 * corpus.events().where(at("Астана").or(at("Алматы"))).planned().toList();
 * }</pre>
 */
public final class Where {
  /**
   * The acts by which a statement's actors back what it mentions: {@code SUPPORT}, {@code WELCOME},
   * {@code APPRECIATE}, {@code READY}, {@code COMMIT}, {@code AGREE}, {@code INTEREST} and
   * {@code REAFFIRM}, when not negated.
   */
  public static final Set<Act> SUPPORTING_ACTS = ImmutableSet.of(Act.SUPPORT, Act.WELCOME,
      Act.APPRECIATE, Act.READY, Act.COMMIT, Act.AGREE, Act.INTEREST, Act.REAFFIRM);

  private Where() {}

  // ---- any kind with an id or a name ----

  /** Items whose id is {@code id} (initiatives, mechanisms, events, parties, documents). */
  public static <T> Condition<T> withId(String id) {
    checkNotNull(id, "id == null");
    return new Condition.Leaf<>("withId(" + id + ")",
        hit -> Items.id(hit.item()).map(id::equals).orElse(false),
        Condition.IndexLookup.field(Fields.ID, id));
  }

  /** Items whose name (a document's title) contains {@code part}, ignoring case and ё/е. */
  public static <T> Condition<T> named(String part) {
    checkNotNull(part, "part == null");
    return new Condition.Leaf<>("named(" + part + ")", hit -> Items.nameContains(hit.item(), part),
        null);
  }

  // ---- statements ----

  /** Statements whose actors include {@code party}. */
  public static Condition<Statement> by(String party) {
    String id = partyId(party);
    return item(Statement.class, "by(" + id + ")", Fields.ACTOR, id,
        s -> s.actorIds().contains(id));
  }

  /** Statements whose act is {@code act}. */
  public static Condition<Statement> withAct(Act act) {
    checkNotNull(act, "act == null");
    return item(Statement.class, "withAct(" + act + ")", Fields.ACT, act,
        s -> s.act().equals(Optional.of(act)));
  }

  /** Statements about {@code topic}. */
  public static Condition<Statement> about(Topic topic) {
    checkNotNull(topic, "topic == null");
    return item(Statement.class, "about(" + topic + ")", Fields.TOPIC, topic,
        s -> s.topics().contains(topic));
  }

  /** Statements that name {@code party}, as actor or otherwise. */
  public static Condition<Statement> mentioningParty(String party) {
    String id = partyId(party);
    return item(Statement.class, "mentioningParty(" + id + ")", Fields.PARTY, id,
        s -> s.partyIds().contains(id) || s.actorIds().contains(id));
  }

  /** Statements that mention the initiative with id {@code initiative}. */
  public static Condition<Statement> mentioningInitiative(String initiative) {
    checkNotNull(initiative, "initiative == null");
    return item(Statement.class, "mentioningInitiative(" + initiative + ")", Fields.INITIATIVE,
        initiative, s -> s.initiativeIds().contains(initiative));
  }

  /** Statements that mention the mechanism with id {@code mechanism}. */
  public static Condition<Statement> mentioningMechanism(String mechanism) {
    checkNotNull(mechanism, "mechanism == null");
    return item(Statement.class, "mentioningMechanism(" + mechanism + ")", Fields.MECHANISM,
        mechanism, s -> s.mechanismIds().contains(mechanism));
  }

  /** Statements that mention the event with id {@code event}. */
  public static Condition<Statement> mentioningEvent(String event) {
    checkNotNull(event, "event == null");
    return item(Statement.class, "mentioningEvent(" + event + ")", Fields.EVENT, event,
        s -> s.eventIds().contains(event));
  }

  /** Statements whose act is negated («не поддерживают»). */
  public static Condition<Statement> negated() {
    return item(Statement.class, "negated()", Fields.NEGATED, true, Statement::negated);
  }

  /**
   * Statements that back the initiative with id {@code initiative}: one of
   * {@link #SUPPORTING_ACTS}, not negated, mentioning it.
   */
  public static Condition<Statement> supporting(String initiative) {
    checkNotNull(initiative, "initiative == null");
    return new Condition.Leaf<Statement>("supporting(" + initiative + ")",
        hit -> supports(hit.item()) && hit.item().initiativeIds().contains(initiative),
        Condition.IndexLookup.anyOf(Fields.INITIATIVE, index -> List.of(initiative), false));
  }

  /** Statements whose commitment is known and at least {@code commitment}. */
  public static Condition<Statement> atLeast(Commitment commitment) {
    checkNotNull(commitment, "commitment == null");
    return atLeast(commitment.strength());
  }

  /** Statements whose strength is known and at least {@code strength}. */
  public static Condition<Statement> atLeast(Strength strength) {
    checkNotNull(strength, "strength == null");
    List<Object> stronger = Arrays.stream(Strength.values())
        .filter(s -> s.compareTo(strength) >= 0)
        .collect(Collectors.toList());
    return new Condition.Leaf<Statement>("atLeast(" + strength + ")",
        hit -> hit.item().strength().map(s -> s.compareTo(strength) >= 0).orElse(false),
        Condition.IndexLookup.anyOf(Fields.STRENGTH, index -> stronger, true));
  }

  // ---- initiatives ----

  /** Initiatives that {@code party} proposes, leads or owns. */
  public static Condition<Initiative> proposedBy(String party) {
    String id = partyId(party);
    return item(Initiative.class, "proposedBy(" + id + ")", Fields.PROPOSER, id,
        i -> i.proposer().equals(Optional.of(id)));
  }

  /**
   * Initiatives that some statement of the same document, with one of the
   * {@link #SUPPORTING_ACTS} and {@code party} among its actors, mentions by id.
   */
  public static Condition<Initiative> supportedBy(String party) {
    String id = partyId(party);
    return new Condition.Leaf<Initiative>("supportedBy(" + id + ")",
        hit -> supporters(hit.document(), hit.item().id()).contains(id),
        Condition.IndexLookup.field(Fields.SUPPORTER, id));
  }

  /** Initiatives of {@code kind}. */
  public static Condition<Initiative> ofKind(InitiativeKind kind) {
    checkNotNull(kind, "kind == null");
    return item(Initiative.class, "ofKind(" + kind + ")", Fields.KIND, kind,
        i -> i.kind() == kind);
  }

  // ---- mechanisms ----

  /** Mechanisms with {@code status}. */
  public static Condition<Mechanism> withStatus(MechanismStatus status) {
    checkNotNull(status, "status == null");
    return item(Mechanism.class, "withStatus(" + status + ")", Fields.STATUS, status,
        m -> m.status() == status);
  }

  /** Mechanisms of {@code kind}. */
  public static Condition<Mechanism> ofKind(MechanismKind kind) {
    checkNotNull(kind, "kind == null");
    return item(Mechanism.class, "ofKind(" + kind + ")", Fields.KIND, kind,
        m -> m.kind() == kind);
  }

  /** Mechanisms that meet at {@code level}. */
  public static Condition<Mechanism> atLevel(Level level) {
    checkNotNull(level, "level == null");
    return item(Mechanism.class, "atLevel(" + level + ")", Fields.LEVEL, level,
        m -> m.level().equals(Optional.of(level)));
  }

  // ---- events ----

  /** Events that lie ahead of their document. */
  public static Condition<Event> planned() {
    return item(Event.class, "planned()", Fields.STATUS, EventStatus.PLANNED,
        e -> e.status() == EventStatus.PLANNED);
  }

  /** Events that took place before their document, or are its occasion. */
  public static Condition<Event> held() {
    return item(Event.class, "held()", Fields.STATUS, EventStatus.HELD,
        e -> e.status() == EventStatus.HELD);
  }

  /**
   * Events with a known date of which some day lies in {@code [from, to]}: {@code 2026} and
   * {@code 2026-03} both lie between 2026-01-01 and 2026-06-30.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Condition<Event> between(LocalDate from, LocalDate to) {
    checkRange(from, to);
    return new Condition.Leaf<Event>("between(" + from + ", " + to + ")",
        hit -> Dates.overlaps(hit.item().date(), from, to),
        Condition.IndexLookup.dateRange(from, to, item -> ((Event) item).date()));
  }

  /** Events whose place is named {@code place} («Астана»), or lies in the country {@code place} ({@code KZ}). */
  public static Condition<Event> at(String place) {
    checkNotNull(place, "place == null");
    String key = Items.normalize(place);
    return item(Event.class, "at(" + place + ")", Fields.PLACE, key,
        e -> Items.placeMatchesNormalized(e.place(), key));
  }

  /** Events of {@code kind}. */
  public static Condition<Event> ofKind(EventKind kind) {
    checkNotNull(kind, "kind == null");
    return item(Event.class, "ofKind(" + kind + ")", Fields.KIND, kind, e -> e.kind() == kind);
  }

  /** Events that are meetings of the mechanism with id {@code mechanism}. */
  public static Condition<Event> ofMechanism(String mechanism) {
    checkNotNull(mechanism, "mechanism == null");
    return item(Event.class, "ofMechanism(" + mechanism + ")", Fields.MECHANISM, mechanism,
        e -> e.mechanism().equals(Optional.of(mechanism)));
  }

  /** Events whose name carries the ordinal {@code ordinal} («6-я встреча» has 6). */
  public static Condition<Event> withOrdinal(int ordinal) {
    return item(Event.class, "withOrdinal(" + ordinal + ")", Fields.ORDINAL, ordinal,
        e -> e.ordinal().equals(Optional.of(ordinal)));
  }

  // ---- parties and participants ----

  /** Parties of {@code kind}. */
  public static Condition<Party> ofKind(PartyKind kind) {
    checkNotNull(kind, "kind == null");
    return item(Party.class, "ofKind(" + kind + ")", Fields.KIND, kind, p -> p.kind() == kind);
  }

  /** Parties that are signatories of their document. */
  public static Condition<Party> signatory() {
    return new Condition.Leaf<Party>("signatory()",
        hit -> hit.document().signatories().contains(hit.item().id()),
        Condition.IndexLookup.field(Fields.SIGNATORY, true));
  }

  /** Parties other than {@code party} named in one statement together with it. */
  public static Condition<Party> coMentionedWith(String party) {
    String id = partyId(party);
    return new Condition.Leaf<Party>("coMentionedWith(" + id + ")",
        hit -> !hit.item().id().equals(id)
            && coMentions(hit.document(), hit.item().id(), id) > 0,
        Condition.IndexLookup.field(Fields.COMENTION, id));
  }

  /** Participants who represent {@code party}. */
  public static Condition<Participant> representing(String party) {
    String id = partyId(party);
    return item(Participant.class, "representing(" + id + ")", Fields.PARTY, id,
        p -> p.party().equals(Optional.of(id)));
  }

  /** Participants whose role contains {@code part}, ignoring case and ё/е. */
  public static Condition<Participant> withRole(String part) {
    checkNotNull(part, "part == null");
    String wanted = Items.normalize(part);
    return new Condition.Leaf<Participant>("withRole(" + part + ")",
        hit -> hit.item().role().map(r -> Items.normalize(r).contains(wanted)).orElse(false),
        null);
  }

  // ---- documents ----

  /** Documents of {@code kind}. */
  public static Condition<Document> ofKind(DocumentKind kind) {
    checkNotNull(kind, "kind == null");
    return item(Document.class, "ofKind(" + kind + ")", Fields.KIND, kind, d -> d.kind() == kind);
  }

  /** Documents with {@code party} among their signatories. */
  public static Condition<Document> withSignatory(String party) {
    String id = partyId(party);
    return item(Document.class, "withSignatory(" + id + ")", Fields.SIGNATORY, id,
        d -> d.signatories().contains(id));
  }

  /**
   * Documents that {@code party} signs.
   *
   * @deprecated the query API names signing by one word, the model's: use
   *     {@link #withSignatory(String)}
   */
  @Deprecated
  public static Condition<Document> signedBy(String party) {
    return withSignatory(party);
  }

  /** Documents that name {@code party} (among their parties or signatories). */
  public static Condition<Document> naming(String party) {
    String id = partyId(party);
    return item(Document.class, "naming(" + id + ")", Fields.PARTY, id,
        d -> d.signatories().contains(id) || d.party(id).isPresent());
  }

  /** Documents adopted at the place named {@code place}, or in the country {@code place}. */
  public static Condition<Document> adoptedAt(String place) {
    checkNotNull(place, "place == null");
    String key = Items.normalize(place);
    return item(Document.class, "adoptedAt(" + place + ")", Fields.PLACE, key,
        d -> Items.placeMatchesNormalized(d.place(), key));
  }

  /**
   * Documents with a known date of which some day lies in {@code [from, to]}.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Condition<Document> datedBetween(LocalDate from, LocalDate to) {
    checkRange(from, to);
    return new Condition.Leaf<Document>("datedBetween(" + from + ", " + to + ")",
        hit -> Dates.overlaps(hit.item().date(), from, to),
        Condition.IndexLookup.dateRange(from, to, item -> ((Document) item).date()));
  }

  /** Documents whose text names {@code source} as its agency or site («Синьхуа»). */
  public static Condition<Document> publishedBy(String source) {
    checkNotNull(source, "source == null");
    return item(Document.class, "publishedBy(" + source + ")", Fields.SOURCE,
        Items.normalize(source),
        d -> d.source().map(s -> Items.normalize(s).equals(Items.normalize(source))).orElse(false));
  }

  // ---- helpers shared with the index ----

  /** The parties that back initiative {@code initiative} in {@code document}; see {@link #supportedBy}. */
  static ImmutableSet<String> supporters(Document document, String initiative) {
    return document.statements().stream()
        .filter(Where::supports)
        .filter(s -> s.initiativeIds().contains(initiative))
        .flatMap(s -> s.actorIds().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  static boolean supports(Statement statement) {
    return !statement.negated() && statement.act().map(SUPPORTING_ACTS::contains).orElse(false);
  }

  /** The number of statements of {@code document} that name both parties. */
  static long coMentions(Document document, String a, String b) {
    return document.statements().stream().filter(s -> names(s, a) && names(s, b)).count();
  }

  static boolean names(Statement statement, String party) {
    return statement.partyIds().contains(party) || statement.actorIds().contains(party);
  }

  /**
   * A party id as the model stores it: upper case, so {@code by("kz")} finds what {@code by("KZ")}
   * does, as {@code at("kz")} finds events in Kazakhstan.
   */
  static String partyId(String id) {
    checkNotNull(id, "party == null");
    return id.toUpperCase(Locale.ROOT);
  }

  private static void checkRange(LocalDate from, LocalDate to) {
    checkNotNull(from, "from == null");
    checkNotNull(to, "to == null");
    checkArgument(!to.isBefore(from), "range must not end before it starts: %s..%s", from, to);
  }

  private static <T> Condition<T> item(Class<T> type, String description, String field,
      Object value, Predicate<? super T> test) {
    return new Condition.Leaf<T>(description, hit -> test.test(type.cast(hit.item())),
        Condition.IndexLookup.field(field, value));
  }
}
