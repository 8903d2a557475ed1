package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FileReaderTest {
  @TempDir Path dir;

  @Test
  void list_localFolder_javaNioGivesTheRowsOfHadoopsWalk() throws IOException {
    // GIVEN a folder with nested, hidden and oddly named files
    Path root = Files.createDirectories(dir.resolve("in put"));
    write(root.resolve("b.txt"), "bb");
    write(root.resolve("a b%20c.txt"), "a");
    write(root.resolve("x:y.txt"), "colon");
    write(root.resolve(".hidden.txt"), "h");
    write(root.resolve("_SUCCESS"), "");
    write(Files.createDirectories(root.resolve("sub/deeper")).resolve("c.txt"), "ccc");
    write(Files.createDirectories(root.resolve("_temporary")).resolve("d.txt"), "d");
    write(Files.createDirectories(root.resolve(".git")).resolve("e.txt"), "e");
    write(root.resolve("sub/ünï.txt"), "u");
    FileSystem fs = FileSystem.getLocal(new Configuration());
    org.apache.hadoop.fs.Path hadoopRoot = new org.apache.hadoop.fs.Path(root.toString());

    // WHEN both walks list it, and a single file
    List<List<String>> hadoop = rows(FileReader.list(fs, hadoopRoot, false));
    List<List<String>> javaNio = rows(FileReader.list(fs, hadoopRoot, true));
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(root.resolve("sub/deeper/c.txt").toString());

    // THEN they give the same relative paths, path names and lengths, in the same order
    assertEquals(List.of("a b%20c.txt", "b.txt", "sub/deeper/c.txt", "sub/ünï.txt", "x:y.txt"),
        hadoop.stream().map(row -> row.get(0)).toList());
    assertEquals(hadoop, javaNio);
    assertEquals(rows(FileReader.list(fs, file, false)), rows(FileReader.list(fs, file, true)));
  }

  private static void write(Path file, String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<List<String>> rows(List<String[]> found) {
    List<List<String>> rows = new ArrayList<>();
    found.forEach(row -> rows.add(List.of(row)));
    return rows;
  }
}
