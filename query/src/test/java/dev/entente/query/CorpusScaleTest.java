package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.Event;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 19 items 12 and 13: editions, distinct and the corpus order at scale, counted rather than timed. */
final class CorpusScaleTest {
  private static final String[] WORDS = ("стороны подтвердили приверженность принципам добрососедства и"
      + " сотрудничества в области энергетики торговли транспорта культуры образования науки туризма").split(" ");

  private static String text(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      s.append(WORDS[random.nextInt(WORDS.length)]).append(i % 12 == 11 ? ".\n" : " ");
    }
    return s.toString();
  }

  /** A text of random words: unrelated to every other. */
  private static String other(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      for (int k = 3 + random.nextInt(6); k > 0; k--) {
        s.append((char) ('а' + random.nextInt(32)));
      }
      s.append(' ');
    }
    return s.toString();
  }

  private static Document doc(String id, String text) {
    return Document.builder().id(id).title("").kind(DocumentKind.OTHER).language("ru").text(text).build();
  }

  @Test
  void item12_clusteringCopiesAndNearCopies_comparesLinearlyOften() {
    Random random = new Random(12);
    String base = text(random, 300);
    List<Fingerprint> prints = new ArrayList<>();
    int n = 6_000;
    for (int i = 0; i < n; i++) {
      String[] words = base.split(" ");
      if (i % 2 == 1) {
        words[random.nextInt(words.length)] = "изменено" + i;   // a near copy
      }
      prints.add(Fingerprint.ofText(i % 3 == 2 ? other(random, 300) : String.join(" ", words)));
    }
    long[] comparisons = new long[1];
    int[] group = Fingerprint.cluster(prints, comparisons);
    assertTrue(comparisons[0] < 40L * n, () -> comparisons[0] + " similarity computations for " + n + " texts");
    for (int i = 0; i < n; i++) {
      if (i % 3 != 2) {
        assertEquals(0, group[i], "copy " + i + " joins the first text's edition");
      }
    }
  }

  @Test
  void item12_exactCopiesWithAnEmptyFingerprint_areOneEdition() {
    Corpus corpus = Query.from(List.of(doc("a", "— … —"), doc("b", "— … —"), doc("c", "«»"), doc("d", "")));
    assertTrue(Fingerprint.of(corpus.documents().toList().get(0)).isEmpty());
    assertEquals(List.of(List.of("a", "b"), List.of("c"), List.of("d")), corpus.editions().stream()
        .map(g -> g.stream().map(Document::id).toList()).toList());
    assertEquals(3, corpus.distinct().size());
  }

  @Test
  void item12_manyDocumentsWithOneIdAndText_sortWithOneJsonEach() {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      docs.add(Document.builder().from(doc("same", "Стороны поддерживают.")).title("t" + (i * 7919 % 2_000)).build());
    }
    Corpus corpus = Query.from(docs);
    List<Document> expected = new ArrayList<>(docs);
    expected.sort(Corpus.ORDER);
    assertEquals(expected, corpus.documents().toList());
  }

  @Test
  void runsOfOneIdAndText_amongOthers_sortAsTheOrderSays() {
    // GIVEN ids and texts interleaved, each (id, text) pair repeated with different titles
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String id = "id" + (i % 7);
      String text = (i % 3 == 0 ? "Стороны поддерживают." : "Стороны приветствуют.");
      docs.add(Document.builder().from(doc(id, text)).title("t" + (i * 7919 % 600)).build());
    }
    // WHEN
    Corpus corpus = Query.from(docs);
    // THEN the order is ORDER's: id, then text, then the JSON of tied documents
    List<Document> expected = new ArrayList<>(docs);
    expected.sort(Corpus.ORDER);
    assertEquals(expected, corpus.documents().toList());
  }

  @Test
  void item13_lifecycle_anOrdinalOfIntegerMax_listsTheFirstGapsOnly() {
    Mechanism m = Mechanism.builder().id("m").name("совет").kind(MechanismKind.COUNCIL)
        .status(MechanismStatus.EXISTING).build();
    Document doc = Document.builder().from(doc("x", "Встреча."))
        .addMechanism(m)
        .addEvent(Event.builder().id("e1").name("1-я встреча").kind(EventKind.MEETING).ordinal(1)
            .status(EventStatus.HELD).mechanism("m").build())
        .addEvent(Event.builder().id("e2").name("встреча").kind(EventKind.MEETING).ordinal(Integer.MAX_VALUE)
            .status(EventStatus.HELD).mechanism("m").build())
        .build();
    List<Integer> gaps = Query.from(List.of(doc)).lifecycle("m").gaps();
    assertEquals(Lifecycle.MAX_GAPS, gaps.size());
    assertEquals(2, gaps.get(0));
  }
}
