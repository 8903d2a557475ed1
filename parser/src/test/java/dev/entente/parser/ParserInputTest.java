package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiagnosticCode;
import dev.entente.model.Document;
import dev.entente.parser.input.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 2: input belongs to the library. */
final class ParserInputTest {
  private static final String TEXT = Seeds.text(Seeds.JOINT_STATEMENT);

  @Test
  void issue14item2_parsePath_readsAWindows1251File_underItsFileName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Совместное заявление (2025).txt");
    Files.write(file, TEXT.getBytes(TextDecoder.WINDOWS_1251));
    Document doc = Seeds.PARSER.parse(file);
    Document expected = Seeds.parsed(Seeds.JOINT_STATEMENT);
    assertEquals(TEXT, doc.text());
    assertEquals(expected.signatories(), doc.signatories());
    assertEquals(expected.clauses(), doc.clauses());
    assertTrue(doc.id().startsWith("Совместное_заявление__2025_.txt-"), doc.id());
    assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.DECODED
        && d.message().contains("windows-1251")), doc.diagnostics()::toString);
  }

  @Test
  void issue14item2_parseBytesAndStream_equalParsePath() throws IOException {
    byte[] koi8 = TEXT.getBytes(TextDecoder.KOI8_R);
    Document fromBytes = Seeds.PARSER.parse(koi8, "Заявление.txt");
    Document fromStream = Seeds.PARSER.parse(new ByteArrayInputStream(koi8), "Заявление.txt");
    assertEquals(fromBytes, fromStream);
    assertEquals("Заявление.txt", fromBytes.id());
    assertEquals(TEXT, fromBytes.text());
  }

  @Test
  void issue14item2_parseStringWithAnyFileNameAsId_works() {
    Document doc = Seeds.PARSER.parse("Совместное заявление (2025).txt", "Стороны поддерживают сотрудничество.");
    assertEquals(doc.id(), dev.entente.parser.input.DocumentIds.of("Совместное заявление (2025).txt"));
  }

  @Test
  void issue19item14_aBadIdIsRefusedBeforeTheParse() {
    Parser small = Parser.builder().maxInputChars(10).build();
    // the id is checked first: an empty id is named even when the text is also too large
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> small.parse("", "x".repeat(100)));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> small.parse(new byte[100], ""));
  }

  @Test
  void issue14item2_binaryAndEmptyInput_areRefusedWithTheirReason() {
    EntenteException binary = assertThrows(EntenteException.class,
        () -> Seeds.PARSER.parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "x.png"));
    assertEquals(EntenteException.Reason.BINARY, binary.reason());
    EntenteException empty = assertThrows(EntenteException.class,
        () -> Seeds.PARSER.parse(" \n".getBytes(StandardCharsets.UTF_8), "x.txt"));
    assertEquals(EntenteException.Reason.EMPTY, empty.reason());
  }
}
