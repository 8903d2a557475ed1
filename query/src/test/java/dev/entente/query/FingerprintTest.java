package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class FingerprintTest {
  private final Document a = Fixtures.a();
  private final Document b = Fixtures.b();
  private final Document republished = Fixtures.aRepublished();

  @Test
  void of_republicationWithOtherWrapper_isTheSameText() {
    // WHEN
    Fingerprint original = Fingerprint.of(a);
    Fingerprint copy = Fingerprint.of(republished);
    // THEN
    assertTrue(original.isSameTextAs(copy), original.similarity(copy) + "");
    assertTrue(original.similarity(copy) < 1);
  }

  @Test
  void of_differentDocuments_areNotTheSameText() {
    // THEN
    assertFalse(Fingerprint.of(a).isSameTextAs(Fingerprint.of(b)));
  }

  @Test
  void ofText_ignoresCasePunctuationAndYo() {
    // THEN
    assertEquals(Fingerprint.ofText("Стороны приветствуют «Пояс и путь»!"),
        Fingerprint.ofText("стороны  приветствуют \"пояс и путь\""));
    assertEquals(Fingerprint.ofText("ещё"), Fingerprint.ofText("ЕЩЕ"));
  }

  @Test
  void ofText_noWords_matchesNothing() {
    // GIVEN
    Fingerprint empty = Fingerprint.ofText(" — … ");
    // THEN
    assertTrue(empty.isEmpty());
    assertEquals(0, empty.similarity(empty));
  }

  @Test
  void ofText_longText_oneEditedWordStaysAboveTheThreshold() {
    // GIVEN 40 words, one of them changed
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      words.add("слово" + i);
    }
    String original = String.join(" ", words);
    words.set(20, "другое");
    // WHEN
    double similarity = Fingerprint.ofText(original).similarity(
        Fingerprint.ofText(String.join(" ", words)));
    // THEN 37 shared bigrams of 41
    assertEquals(37.0 / 41, similarity, 1e-9);
  }

  @Test
  void editions_groupRepublications() {
    // GIVEN
    Corpus corpus = Query.from(List.of(republished, b, a));
    // WHEN
    List<List<String>> editions = corpus.editions().stream()
        .map(g -> g.stream().map(Document::id).collect(Collectors.toList()))
        .collect(Collectors.toList());
    // THEN
    assertEquals(List.of(List.of("a-2025", "a-azertag"), List.of("b-2026")), editions);
  }

  @Test
  void distinct_countsARepublishedTextOnce() {
    // GIVEN
    Corpus corpus = Query.from(List.of(republished, b, a));
    // WHEN
    Corpus distinct = corpus.distinct();
    // THEN
    assertEquals(3, corpus.documents().count());
    assertEquals(List.of("a-2025", "b-2026"), distinct.documents().ids().stream().collect(Collectors.toList()));
    assertEquals(1, distinct.documents().ofKind(DocumentKind.JOINT_STATEMENT).count());
  }

  @Test
  void distinct_nothingRepublished_isTheSameCorpus() {
    // GIVEN
    Corpus corpus = Query.from(List.of(a, b));
    // THEN
    assertSame(corpus, corpus.distinct());
  }

  @Test
  void cluster_isTransitive() {
    // GIVEN x ~ y and y ~ z, by shared words, while x and z are further apart
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      words.add("w" + i);
    }
    String x = String.join(" ", words);
    words.set(30, "a");
    words.set(31, "b");
    words.set(32, "c");
    words.set(33, "d");
    words.set(34, "e");
    words.set(35, "f");
    String y = String.join(" ", words);
    words.set(60, "g");
    words.set(61, "h");
    words.set(62, "i");
    words.set(63, "j");
    words.set(64, "k");
    words.set(65, "l");
    String z = String.join(" ", words);
    List<Fingerprint> prints = List.of(Fingerprint.ofText(x), Fingerprint.ofText(y),
        Fingerprint.ofText(z), Fingerprint.ofText("совсем другой текст из нескольких слов"));
    // WHEN
    int[] groups = Fingerprint.cluster(prints);
    // THEN
    assertEquals(List.of(0, 0, 0, 3), java.util.Arrays.stream(groups).boxed()
        .collect(Collectors.toList()));
  }
}
