package dev.entente.query;

import dev.entente.model.Act;
import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import dev.entente.model.RandomDocuments;
import dev.entente.model.Statement;
import dev.entente.model.Strength;
import dev.entente.model.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Random corpora and random condition trees for the property tests. The leaves use the values
 * that {@link RandomDocuments} puts into its documents, so conditions often match, and include
 * un-indexed predicates so that indexed and scanned evaluation meet in one tree.
 */
final class RandomConditions {
  private RandomConditions() {}

  static List<Document> documents(Random random) {
    int count = random.nextInt(7);
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      documents.add(RandomDocuments.document(random));
    }
    return documents;
  }

  /** 20 to 80 documents: enough items for keys both dense and sparse in one index. */
  static List<Document> manyDocuments(Random random) {
    return documents(random, 20 + random.nextInt(61));
  }

  /** {@code count} random documents. */
  static List<Document> documents(Random random, int count) {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      documents.add(RandomDocuments.document(random));
    }
    return documents;
  }

  static Condition<Statement> statements(Random random, int depth) {
    return tree(random, depth, RandomConditions::statementLeaf);
  }

  static Condition<Event> events(Random random, int depth) {
    return tree(random, depth, RandomConditions::eventLeaf);
  }

  static Condition<Party> parties(Random random, int depth) {
    return tree(random, depth, RandomConditions::partyLeaf);
  }

  private static <T> Condition<T> tree(Random random, int depth,
      Function<Random, Condition<T>> leaf) {
    if (depth == 0 || random.nextInt(3) == 0) {
      return leaf.apply(random);
    }
    switch (random.nextInt(3)) {
      case 0:
        return tree(random, depth - 1, leaf).and(tree(random, depth - 1, leaf));
      case 1:
        return tree(random, depth - 1, leaf).or(tree(random, depth - 1, leaf));
      default:
        return tree(random, depth - 1, leaf).not();
    }
  }

  private static Condition<Statement> statementLeaf(Random random) {
    switch (random.nextInt(12)) {
      case 0:
        return Where.by(random.nextBoolean() ? "KZ" : "CN");
      case 1:
        return Where.mentioningParty(random.nextBoolean() ? "KZ" : "CN");
      case 2:
        return Where.withAct(pick(random, Act.values()));
      case 3:
        return Where.about(pick(random, Topic.values()));
      case 4:
        return Where.negated();
      case 5:
        return Where.atLeast(pick(random, Strength.values()));
      case 6:
        return Where.mentioningInitiative(random.nextBoolean() ? "BRI" : "GDI");
      case 7:
        return Where.mentioningEvent("e1");
      case 8:
        return Condition.of(s -> s.cameo().isPresent());
      case 9:
        return Condition.always();
      case 10:
        return Condition.never();
      default:
        return Where.mentioningMechanism("m1");
    }
  }

  private static Condition<Event> eventLeaf(Random random) {
    switch (random.nextInt(10)) {
      case 0:
        return Where.planned();
      case 1:
        return Where.held();
      case 2:
        return Where.at(random.nextBoolean() ? "астана" : "KZ");
      case 3: {
        LocalDate from = LocalDate.of(1900 + random.nextInt(220), 1 + random.nextInt(12), 1);
        return Where.between(from, from.plusDays(random.nextInt(20_000)));
      }
      case 4:
        return Where.ofKind(pick(random, EventKind.values()));
      case 5:
        return Where.withOrdinal(random.nextInt(100));
      case 6:
        return Where.ofMechanism("m1");
      case 7:
        return Where.withId(random.nextBoolean() ? "e1" : "e2");
      case 8:
        return Where.named("встреча");
      default:
        return Condition.of(e -> e.mentions().size() > 1);
    }
  }

  private static Condition<Party> partyLeaf(Random random) {
    switch (random.nextInt(5)) {
      case 0:
        return Where.ofKind(pick(random, PartyKind.values()));
      case 1:
        return Where.signatory();
      case 2:
        return Where.coMentionedWith(random.nextBoolean() ? "KZ" : "CN");
      case 3:
        return Where.withId("KZ" + random.nextInt(4));
      default:
        return Condition.of(p -> p.nameEn().isPresent());
    }
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
