package dev.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strings found by their UTF-8 bytes come back equal to the bytes' string, one instance each. */
final class SharedStringsTest {
  @Test
  void manyStrings_comeBackEqual_andOneInstanceAcrossTables() {
    // GIVEN more distinct strings than a table starts with, Latin and Cyrillic, at an offset
    SharedStrings shared = new SharedStrings();
    SharedStrings.Table one = shared.borrow();
    SharedStrings.Table other = shared.borrow();
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      strings.add(i % 2 == 0 ? "party-" + i : "Казахстан " + i);
    }
    // WHEN each is read twice from one table and once from another
    List<String> read = new ArrayList<>();
    for (String s : strings) {
      byte[] bytes = ("xy" + s).getBytes(StandardCharsets.UTF_8);
      String a = one.utf8(bytes, 2, bytes.length - 2);
      // THEN the string is the bytes', and every read gives the same instance
      assertEquals(s, a);
      assertSame(a, one.utf8(bytes.clone(), 2, bytes.length - 2));
      assertSame(a, other.utf8(bytes, 2, bytes.length - 2));
      read.add(a);
    }
    for (int i = 0; i < strings.size(); i++) {
      byte[] bytes = strings.get(i).getBytes(StandardCharsets.UTF_8);
      assertSame(read.get(i), one.utf8(bytes, 0, bytes.length), "found again after the table grew");
    }
  }

  @Test
  void prefixOfAString_isAnotherString() {
    SharedStrings.Table table = new SharedStrings().borrow();
    byte[] bytes = "ab".getBytes(StandardCharsets.UTF_8);
    String ab = table.utf8(bytes, 0, 2);
    String a = table.utf8(bytes, 0, 1);
    assertEquals("ab", ab);
    assertEquals("a", a);
    assertNotSame(ab, a);
    assertEquals("", table.utf8(bytes, 1, 0));
  }

  @Test
  void equalLists_areOneInstance_acrossTables_andTheGivenArrayStaysTheCallers() {
    // GIVEN more distinct lists than a table starts with, read into one reused array
    SharedStrings shared = new SharedStrings();
    SharedStrings.Table one = shared.borrow();
    SharedStrings.Table other = shared.borrow();
    String[] scratch = new String[3];
    List<List<String>> made = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      scratch[0] = "P" + i;
      scratch[1] = "KZ";
      scratch[2] = "Q" + (i % 7);
      int n = 1 + i % 3;
      // WHEN a list of the first n is asked for twice from one table and once from another
      List<String> list = one.list(scratch, n);
      // THEN it holds those elements, one instance per content, immutable
      assertEquals(List.of(scratch).subList(0, n), list);
      assertSame(list, one.list(scratch.clone(), n));
      assertSame(list, other.list(scratch, n));
      made.add(list);
    }
    scratch[0] = "changed";
    assertEquals("P0", made.get(0).get(0), "the array was reused, the list kept its elements");
    assertEquals(List.of(), one.list(scratch, 0));
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
        () -> made.get(5).set(0, "X"));
  }
}
