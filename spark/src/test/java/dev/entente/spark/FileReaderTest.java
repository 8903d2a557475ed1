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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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

  @Test
  void slices_longDocumentsLast_runsOfAboutTheSameWork() {
    // GIVEN ten short files, then two long ones, listed in name order
    List<Row> listed = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      listed.add(RowFactory.create("s" + i, "file:/in/s" + i, 1_000L));
    }
    listed.add(RowFactory.create("t0", "file:/in/t0", 12_000L));
    listed.add(RowFactory.create("t1", "file:/in/t1", 12_000L));

    // WHEN they are cut into two runs
    List<List<Row>> slices = FileReader.slices(listed, 2);

    // THEN the short files make one run and the long ones the other (cut by count, six and six, the
    // second run would have 40 KB to the first's 18 KB, counting 2 KB a file), in their order
    assertEquals(List.of(10, 2), slices.stream().map(List::size).toList());
    List<Row> joined = new ArrayList<>();
    slices.forEach(joined::addAll);
    assertEquals(listed, joined);
  }

  @Test
  void slices_fewerFilesThanRuns_oneFileARunAndEmptyRunsLast() {
    // GIVEN two files of very different lengths
    List<Row> listed = List.of(RowFactory.create("a", "file:/in/a", 10_000_000L), RowFactory.create("b", "file:/in/b", 1L));

    // WHEN they are cut into three runs
    List<List<Row>> slices = FileReader.slices(listed, 3);

    // THEN each file has a run of its own
    assertEquals(List.of(1, 1, 0), slices.stream().map(List::size).toList());
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
