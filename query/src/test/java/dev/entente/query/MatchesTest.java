package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link Matches} over an index of a few hundred thousand items, so that its bitsets span several
 * blocks of words, against a plain filter of every item. The items are numbers with four keyed
 * fields of random spread: dense keys get bitsets, keys of middling density get them on demand,
 * sparse keys are lists, so that every way of intersecting (two or three single bitsets ANDed and
 * counted in one pass, unions, lists probed) is met.
 */
final class MatchesTest {
  private static final String[] FIELDS = {"a", "b", "c", "d"};
  /** Values per field: 2 to 5 make dense keys, 40 middling ones, 400 sparse ones. */
  private static final int[] SPREADS = {2, 3, 5, 40, 400};
  /** Positions in one block of bitset words. */
  private static final int BLOCK_POSITIONS = 2048 * 32;

  @Test
  void countsAndPositionsOfConjoinedKeysEqualAPlainFilter_overSeveralBlocksOfBits() {
    qt().withExamples(8).forAll(longs().all()).checkAssert(seed -> {
      // GIVEN: items in runs of equal values, as items of one document share keys
      Random random = new Random(seed);
      int size = 2 * BLOCK_POSITIONS + random.nextInt(BLOCK_POSITIONS);
      int[][] values = new int[FIELDS.length][size];
      for (int[] field : values) {
        int spread = SPREADS[random.nextInt(SPREADS.length)];
        for (int from = 0; from < size; ) {
          int run = 1 + random.nextInt(random.nextBoolean() ? 3 : 300);
          Arrays.fill(field, from, Math.min(size, from + run), random.nextInt(spread));
          from += run;
        }
      }
      Index<Integer> index = index(values, size);
      Corpus corpus = Query.from(List.of());
      for (int query = 0; query < 8; query++) {
        Condition<Integer> condition = key(random, values);
        for (int k = random.nextInt(3); k >= 0; k--) {
          condition = condition.and(key(random, values));
        }
        int max = random.nextInt(3) == 0 ? random.nextInt(5000) : Integer.MAX_VALUE;
        // WHEN
        Matches matches = Matches.of(corpus, index, condition);
        // THEN
        Condition<Integer> c = condition;
        int[] expected = IntStream.range(0, size).filter(p -> c.test(index.hit(p))).toArray();
        int[] first = Arrays.copyOf(expected, Math.min(max, expected.length));
        assertEquals(first.length, matches.count(max), condition::toString);
        assertArrayEquals(first, matches.positions(max), condition::toString);
      }
    });
  }

  /** A key of one field, a union of two keys of one field, or (rarely) a test of the item. */
  private static Condition<Integer> key(Random random, int[][] values) {
    int f = random.nextInt(FIELDS.length);
    int[] field = values[f];
    int v = field[random.nextInt(field.length)];
    switch (random.nextInt(5)) {
      case 0: {
        int w = field[random.nextInt(field.length)];
        return new Condition.Leaf<>(FIELDS[f] + " in {" + v + ", " + w + "}",
            hit -> field[hit.item()] == v || field[hit.item()] == w,
            Condition.IndexLookup.anyOf(FIELDS[f], index -> List.of(v, w), true));
      }
      case 1:
        return Condition.of(item -> item % 7 != 0);
      default:
        return new Condition.Leaf<>(FIELDS[f] + " = " + v, hit -> field[hit.item()] == v,
            Condition.IndexLookup.field(FIELDS[f], v));
    }
  }

  /** Items {@code 0 .. size - 1} of one document, keyed by their values. */
  private static Index<Integer> index(int[][] values, int size) {
    List<Integer> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(i);
    }
    Index.Keys<Integer> keys = (document, item, sink) -> {
      for (int f = 0; f < FIELDS.length; f++) {
        sink.accept(FIELDS[f], values[f][item]);
      }
    };
    return Index.build(List.of(Fixtures.a()), document -> items, ImmutableSet.copyOf(FIELDS), () -> keys);
  }
}
