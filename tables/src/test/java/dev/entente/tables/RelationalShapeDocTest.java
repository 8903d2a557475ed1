package dev.entente.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/relational-shape.md must describe the tables the code makes. */
final class RelationalShapeDocTest {
  private static final Path DOC = Path.of("..", "docs", "relational-shape.md");

  @Test
  void ddlBlock_equalsTablesDdl() throws IOException {
    // GIVEN
    String doc = Files.readString(DOC);
    int start = doc.indexOf("```sql\nCREATE TABLE schema_version");
    assertTrue(start >= 0, "no DDL block in " + DOC);
    int end = doc.indexOf("```", start + 6);
    // WHEN
    String block = doc.substring(start + "```sql\n".length(), end);
    // THEN
    assertEquals(Tables.ddl().strip(), block.strip());
  }

  @Test
  void columnsSection_describesEveryColumn() throws IOException {
    String doc = Files.readString(DOC);
    assertTrue(doc.contains("(schema version " + Tables.SCHEMA_VERSION + ")"), "version in title");
    for (Table table : Tables.all()) {
      int at = doc.indexOf("### `" + table.name() + "`");
      assertTrue(at >= 0, "no section for " + table.name());
      for (Column c : table.columns()) {
        String line = "| `" + c.name() + "` | " + c.type() + " | " + (c.nullable() ? "yes" : "")
            + " | " + c.description() + " |";
        assertTrue(doc.indexOf(line, at) >= 0, "no line " + line);
      }
    }
  }
}
