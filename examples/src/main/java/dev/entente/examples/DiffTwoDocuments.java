package dev.entente.examples;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import dev.entente.model.Party;
import dev.entente.query.DocumentDiff;
import dev.entente.query.Query;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed from the older of two documents to the newer?
 *
 * <p>Items are compared by id (also the parser's per-document ids like {@code mechanism-3}: a
 * known bug); stances (a side's acts on a topic) of the sides that signed both. Two files, or:
 *
 * <pre>
 * 004_cd7b265aefbc5060 (2025-04-23) → 000_c8f3a732433e8756 (2025-04-26)
 * + initiatives: TM_GREAT_SILK_ROAD_REVIVAL «Возрождение Великого Шелкового пути», …
 * - parties: AZ «Азербайджан», TW «Тайвань», …
 * stance: CN on WATER: [] → [SUPPORT]
 * </pre>
 */
public final class DiffTwoDocuments {
  private DiffTwoDocuments() {}

  public static void main(String[] args) throws IOException {
    List<Document> two = Samples.load(args).stream()
        .sorted(Comparator.comparing((Document d) -> d.date().orElseThrow())).collect(Collectors.toList());
    Document older = two.get(0);
    Document newer = two.get(1);
    DocumentDiff diff = Query.diff(older, newer);
    System.out.println(older.id() + " (" + older.date().get() + ") → " + newer.id() + " (" + newer.date().get() + ")");
    show("+ initiatives", diff.addedInitiatives(), newer.initiatives(), Initiative::id, Initiative::name);
    show("- initiatives", diff.droppedInitiatives(), older.initiatives(), Initiative::id, Initiative::name);
    show("+ mechanisms", diff.addedMechanisms(), newer.mechanisms(), Mechanism::id, Mechanism::name);
    show("- mechanisms", diff.droppedMechanisms(), older.mechanisms(), Mechanism::id, Mechanism::name);
    show("+ events", diff.addedEvents(), newer.events(), Event::id, Event::name);
    show("- events", diff.droppedEvents(), older.events(), Event::id, Event::name);
    show("+ parties", diff.addedParties(), newer.parties(), Party::id, Party::name);
    show("- parties", diff.droppedParties(), older.parties(), Party::id, Party::name);
    diff.stanceChanges().stream()
        .filter(c -> older.signatories().contains(c.party()) && newer.signatories().contains(c.party()))
        .forEach(change -> System.out.println("stance: " + change));
  }

  /** {@code label: id «name», …} for the {@code items} whose ids are in {@code ids}. */
  private static <T> void show(String label, Set<String> ids, List<T> items, Function<T, String> id,
      Function<T, String> name) {
    System.out.println(label + ": " + items.stream().filter(item -> ids.contains(id.apply(item)))
        .map(item -> id.apply(item) + " «" + name.apply(item) + "»").collect(Collectors.joining(", ")));
  }
}
