package dev.entente.parser.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 19 item 3 and issue 14 item 2: one id function for every file name. */
final class DocumentIdsTest {
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}_.:-]{0,127}");

  @Test
  void item3_cyrillicNames_keepTheirLetters_andStayApart() {
    assertEquals("Заявление.txt", DocumentIds.of("Заявление.txt"));
    assertEquals("Коммюнике.txt", DocumentIds.of("Коммюнике.txt"));
    assertEquals("004_cd7b265aefbc5060.txt", DocumentIds.of("004_cd7b265aefbc5060.txt"));
  }

  @Test
  void item3_aSpaceAndAnUnderscore_giveTwoIds() {
    assertNotEquals(DocumentIds.of("a b.txt"), DocumentIds.of("a_b.txt"));
    assertEquals("a_b.txt", DocumentIds.of("a_b.txt"));
    assertTrue(DocumentIds.of("a b.txt").startsWith("a_b.txt-"));
  }

  @Test
  void issue14item2_anyFileName_givesAValidStableId() {
    String[] names = {"Совместное заявление (2025).txt", ".hidden", "-x", "a\nb", "\u001b[31mred", "日本語.txt",
        "x".repeat(300), "Й.txt", "e\u0301.txt", "😀.txt", "sub/x.txt", " "};
    Set<String> ids = new HashSet<>();
    for (String name : names) {
      String id = DocumentIds.of(name);
      assertTrue(ID.matcher(id).matches(), () -> name + " -> " + id);
      assertEquals(id, DocumentIds.of(name));
      assertEquals(id, DocumentIds.of(id), "an id is its own id");
      ids.add(id);
    }
    assertEquals(names.length, ids.size(), ids::toString);
    assertEquals("sub:x.txt", DocumentIds.of("sub/x.txt"));
    assertEquals("é.txt", DocumentIds.of("e\u0301.txt"), "composed and decomposed spellings are one name");
    assertThrows(IllegalArgumentException.class, () -> DocumentIds.of(""));
  }

  @Test
  void item3_run_makesRepeatedNamesUnique_inInputOrder() {
    DocumentIds.Run run = new DocumentIds.Run();
    assertEquals("x.txt", run.next("x.txt"));
    assertEquals("x.txt-2", run.next("x.txt"));
    assertEquals("x.txt-3", run.next("x.txt"));
    assertEquals("x.txt-2-2", run.next("x.txt-2"));
    String longName = "y".repeat(200);
    String first = run.next(longName);
    String second = run.next(longName);
    assertNotEquals(first, second);
    assertTrue(second.length() <= DocumentIds.MAX_LENGTH, second);
  }
}
