package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: what a hostile run of the command line broke, one test per item. */
final class ReliabilityTest {
  @TempDir
  Path dir;

  private static String seed() throws IOException {
    return Files.readString(Cli.SEED_000);
  }

  /**
   * How many files a run that is still writing has left under {@code root}; a temporary file renamed while the tree is
   * walked counts as none seen this time, rather than failing the walk.
   */
  private static int filesSeenWhileWritten(Path root) throws IOException {
    try {
      return filesUnder(root).size();
    } catch (NoSuchFileException | UncheckedIOException renamedDuringTheWalk) {
      return 0;
    }
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void item2_out_mirrorsTheInputTree_soNoFileIsLost() throws IOException {
    Path in = Files.createDirectories(dir.resolve("a/sub"));
    Files.writeString(dir.resolve("a/x.txt"), seed());
    Files.writeString(in.resolve("x.txt"), seed());
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("parse", "--out", out.toString(), dir.resolve("a").toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(List.of(out.resolve("sub/x.txt.json"), out.resolve("x.txt.json")), filesUnder(out));
    assertEquals("x.txt", EntenteJson.fromJson(Files.readString(out.resolve("x.txt.json"))).id());
    assertEquals("sub:x.txt", EntenteJson.fromJson(Files.readString(out.resolve("sub/x.txt.json"))).id());
  }

  @Test
  void item2_out_keepsExistingFilesUnlessForce_andSaysSo() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path existing = Files.writeString(out.resolve("000_c8f3a732433e8756.txt.json"), "keep me");
    Cli.Result r = Cli.run("parse", "--out", out.toString(), Cli.SEED_000.toString());
    assertEquals(Main.OUTPUT_ERROR, r.code(), r::toString);
    assertEquals("keep me", Files.readString(existing));
    assertTrue(r.err().contains("exists (give --force to overwrite)"), r::toString);
    assertTrue(r.err().contains("0 failed, 1 not written"), r::toString);
    Cli.Result forced = Cli.run("parse", "--force", "--out", out.toString(), Cli.SEED_000.toString());
    assertEquals(0, forced.code(), forced::toString);
    assertEquals("000_c8f3a732433e8756.txt", EntenteJson.fromJson(Files.readString(existing)).id());
    assertEquals(List.of(existing), filesUnder(out), "no temporary file left");
  }

  @Test
  void item2_out_neverFollowsALinkInTheOutputFolder() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve("000_c8f3a732433e8756.txt.json"), victim);
    Files.createDirectories(dir.resolve("elsewhere"));
    Path in = Files.createDirectories(dir.resolve("in/sub"));
    Files.copy(Cli.SEED_000, in.resolve("y.txt"));
    Files.createSymbolicLink(out.resolve("sub"), dir.resolve("elsewhere"));
    for (String force : new String[] {"--force", null}) {
      List<String> args = new ArrayList<>(List.of("parse", "--out", out.toString()));
      if (force != null) {
        args.add(force);
      }
      args.addAll(List.of(Cli.SEED_000.toString(), dir.resolve("in").toString()));
      Cli.Result r = Cli.run(args);
      assertEquals(Main.OUTPUT_ERROR, r.code(), r::toString);
      assertEquals("precious", Files.readString(victim));
      assertTrue(Files.isSymbolicLink(out.resolve("000_c8f3a732433e8756.txt.json")));
      assertEquals(List.of(), filesUnder(dir.resolve("elsewhere")), r::toString);
      assertTrue(r.err().contains("is a link; links in the output folder are not followed"), r::toString);
    }
  }

  @Test
  void item9_outOnAFileOrUnderProc_saysSoWithoutInternalError() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Cli.Result r = Cli.run("parse", "--out", file.toString(), Cli.SEED_000.toString());
    assertEquals(Main.OUTPUT_ERROR, r.code(), r::toString);
    assertEquals(List.of("entente: --out " + file + ": exists and is not a folder"), r.err().lines().toList());
    Path proc = Path.of("/proc/entente-test");
    assumeTrue(Files.isDirectory(Path.of("/proc")), "no /proc here");
    Cli.Result p = Cli.run("parse", "--out", proc.toString(), Cli.SEED_000.toString());
    assertEquals(Main.OUTPUT_ERROR, p.code(), p::toString);
    assertTrue(p.err().startsWith("entente: --out /proc/entente-test: cannot make the folder: "), p::toString);
    assertFalse(p.err().contains("internal error"), p::toString);
  }

  @Test
  void item3_ids_keepCyrillicLetters_andAreUniqueWithinARun() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    for (String name : List.of("Заявление.txt", "Коммюнике.txt", "a b.txt", "a_b.txt", "x.txt")) {
      Files.writeString(a.resolve(name), seed());
    }
    Files.writeString(b.resolve("x.txt"), seed());
    Cli.Result r = Cli.run("parse", "--format", "jsonl", a.toString(), b.toString());
    assertEquals(0, r.code(), r::toString);
    List<String> ids = r.out().lines().map(l -> EntenteJson.fromJson(l).id()).toList();
    assertEquals(6, ids.size());
    assertEquals(6, new HashSet<>(ids).size(), ids::toString);
    assertTrue(ids.containsAll(List.of("Заявление.txt", "Коммюнике.txt", "a_b.txt", "x.txt", "x.txt-2")), ids::toString);
  }

  @Test
  void item7_aLinkedFolderAsTheArgument_isWalked() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.copy(Cli.SEED_000, real.resolve("x.txt"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    Cli.Result r = Cli.run("parse", "--format", "jsonl", link.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("x.txt", EntenteJson.fromJson(r.out().strip()).id());
  }

  @Test
  void item7_anUnreadableSubfolder_isReportedAndTheOthersComeOut() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder: run as a user to test this");
    Path root = Files.createDirectories(dir.resolve("walk"));
    Files.copy(Cli.SEED_000, root.resolve("a.txt"));
    Path locked = Files.createDirectories(root.resolve("locked"));
    Files.copy(Cli.SEED_004, locked.resolve("b.txt"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Cli.Result r = Cli.run("parse", "--format", "jsonl", root.toString());
      assertEquals(Main.INPUT_ERROR, r.code(), r::toString);
      assertEquals("a.txt", EntenteJson.fromJson(r.out().strip()).id());
      assertTrue(r.err().contains("locked: cannot be read"), r::toString);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void item9_walk_leavesOutGitHiddenFilesImagesAndOwnOutputs() throws IOException {
    Path root = Files.createDirectories(dir.resolve("archive"));
    Files.copy(Cli.SEED_000, root.resolve("x.txt"));
    Files.createDirectories(root.resolve(".git"));
    Files.copy(Cli.SEED_000, root.resolve(".git/HEAD"));
    Files.copy(Cli.SEED_000, root.resolve(".hidden.txt"));
    Files.write(root.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
    Cli.Result first = Cli.run("parse", "--format", "jsonl", root.toString());
    Files.writeString(root.resolve("x.txt.json"), first.out());
    Files.writeString(root.resolve("x.txt.html"), "<!DOCTYPE html><html><body><p>Совместное заявление</p></body></html>");
    Cli.Result r = Cli.run("parse", "--format", "jsonl", root.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(List.of("x.txt"), r.out().lines().map(l -> EntenteJson.fromJson(l).id()).toList());
  }

  @Test
  void item9_fileNamesAreEscapedOnStderr() {
    String name = "forged\nentente: all good\u001b[32m.txt";
    Cli.Result r = Cli.run("parse", dir.resolve(name).toString());
    assertEquals(Main.INPUT_ERROR, r.code(), r::toString);
    assertEquals(2, r.err().lines().count(), r::toString);
    assertTrue(r.err().contains("forged\\nentente: all good\\x1b[32m.txt: no such file"), r::toString);
  }

  @Test
  void item9_jsonLines_escapeLineAndParagraphSeparators() throws IOException {
    Path file = Files.writeString(dir.resolve("ls.txt"), seed().replaceFirst("\n", "\u2028") + "\u2029");
    Cli.Result r = Cli.run("parse", "--format", "jsonl", file.toString());
    assertEquals(0, r.code(), r::toString);
    assertFalse(r.out().contains("\u2028") || r.out().contains("\u2029"), "raw separators in JSON Lines");
    assertEquals(1, r.out().lines().count());
    assertTrue(EntenteJson.fromJson(r.out().strip()).text().contains("\u2028"));
  }

  /** A writer that fails like a closed pipe after {@code limit} chars. */
  private static final class ClosingWriter extends Writer {
    private final StringBuilder taken = new StringBuilder();
    private final int limit;

    ClosingWriter(int limit) {
      this.limit = limit;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      if (taken.length() + len > limit) {
        throw new IOException("Broken pipe");
      }
      taken.append(chars, off, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void item10_aClosedPipe_stopsTheRunWithExit4() throws IOException {
    Path many = Files.createDirectories(dir.resolve("many"));
    for (int i = 0; i < 40; i++) {
      Files.copy(Cli.SEED_000, many.resolve(String.format("%02d.txt", i)));
    }
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new ClosingWriter(100_000)), new PrintWriter(err), "parse", "--format",
        "jsonl", many.toString());
    assertEquals(Main.OUTPUT_ERROR, code, err::toString);
    assertTrue(err.toString().contains("stopped: standard output could not be written"), err::toString);
    assertFalse(err.toString().contains("parsed 40 files"), err::toString);
  }

  @Test
  void item10_everyCommandChecksItsWrites() {
    for (String[] args : new String[][] {{"schema"}, {"demo"}, {"query", Cli.SEED_004.toString(), "--kind", "parties"}}) {
      StringWriter err = new StringWriter();
      int code = Main.run(new PrintWriter(new ClosingWriter(10)), new PrintWriter(err), args);
      assertEquals(Main.OUTPUT_ERROR, code, () -> String.join(" ", args) + ": " + err);
      assertTrue(err.toString().contains("the output could not be written"), err::toString);
    }
  }

  @Test
  void item10_devFull_failsTheRun() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
    Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "parse", Cli.SEED_000.toString())
        .redirectOutput(new java.io.File("/dev/full")).redirectErrorStream(false).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(Main.OUTPUT_ERROR, p.waitFor(), err);
    assertTrue(err.contains("could not be written"), err);
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void item11_sigtermDuringOut_leavesOnlyWholeFilesAndNoTemporaryOnes() throws Exception {
    Path many = Files.createDirectories(dir.resolve("signal"));
    String big = seed().repeat(40);
    for (int i = 0; i < 60; i++) {
      Files.writeString(many.resolve(String.format("%02d.txt", i)), big);
    }
    Path out = dir.resolve("out");
    Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "parse", "--format", "html", "--out", out.toString(), many.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline && (!Files.isDirectory(out) || filesSeenWhileWritten(out) < 3)) {
      Thread.sleep(20);
    }
    p.destroy(); // SIGTERM
    int code = p.waitFor();
    assertNotEquals(0, code, "the run was cut short");
    List<Path> left = filesUnder(out);
    assertFalse(left.isEmpty());
    for (Path file : left) {
      assertFalse(file.getFileName().toString().startsWith("."), "temporary file left: " + file);
      assertTrue(Files.readString(file).strip().endsWith("</html>"), "cut file: " + file);
    }
  }

  @Test
  void item13_aLongInputName_givesAWritableOutputName() throws IOException {
    String name = "Совместное заявление ".repeat(6) + "x".repeat(255 - ("Совместное заявление ".repeat(6)).getBytes(
        StandardCharsets.UTF_8).length - 4) + ".txt";
    assertEquals(255, name.getBytes(StandardCharsets.UTF_8).length);
    Path in = Files.createDirectories(dir.resolve("long"));
    Files.copy(Cli.SEED_000, in.resolve(name));
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("parse", "--out", out.toString(), in.toString());
    assertEquals(0, r.code(), r::toString);
    List<Path> written = filesUnder(out);
    assertEquals(1, written.size());
    String outName = written.get(0).getFileName().toString();
    assertTrue(outName.getBytes(StandardCharsets.UTF_8).length <= 255 && outName.endsWith(".json"), outName);
    Document doc = EntenteJson.fromJson(Files.readString(written.get(0)));
    assertTrue(doc.id().length() <= 128, doc.id());
  }

  @Test
  void item13_htmlPage_ofAHugeText_isRefusedWithOneLine_theOthersComeOut() throws IOException {
    Path in = Files.createDirectories(dir.resolve("pages"));
    Files.copy(Cli.SEED_000, in.resolve("a.txt"));
    String seed = seed();
    Files.writeString(in.resolve("b.txt"), seed.repeat(ParseCommand.MAX_PAGE_CHARS / seed.length() + 1));
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("parse", "--format", "html", "--out", out.toString(), in.toString());
    assertEquals(Main.INPUT_ERROR, r.code(), r::toString);
    assertEquals(List.of(out.resolve("a.txt.html"), out.resolve("index.html")), filesUnder(out), "and the corpus page");
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.errLines().get(0).contains("b.txt: too large for an HTML page"), r::toString);
  }

  @Test
  void item14_query_refusesANonPositiveMaxSize_asParseDoes() {
    for (String size : new String[] {"0", "-5"}) {
      Cli.Result q = Cli.run("query", "--max-size", size, Cli.SEED_000.toString());
      Cli.Result p = Cli.run("parse", "--max-size", size, Cli.SEED_000.toString());
      assertEquals(Main.USAGE_ERROR, q.code(), q::toString);
      assertEquals(Main.USAGE_ERROR, p.code(), p::toString);
    }
  }

  @Test
  void item9_launcher_letsAUserCollectorReplaceTheSerialOne() throws Exception {
    Path launcher = Path.of("src/main/sh/entente");
    assumeTrue(Files.isRegularFile(launcher) && Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell");
    Path home = Files.createDirectories(dir.resolve("jdk/bin"));
    Path fakeJava = Files.writeString(home.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    fakeJava.toFile().setExecutable(true);
    Path copy = Files.copy(launcher, dir.resolve("entente"));
    for (String[] opts : new String[][] {{"-XX:+UseParallelGC", "-XX:+UseParallelGC"}, {"-Xmx1g", "-XX:+UseSerialGC"}}) {
      ProcessBuilder pb = new ProcessBuilder("/bin/sh", copy.toString(), "--version");
      pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
      pb.environment().put("ENTENTE_JAVA_OPTS", opts[0]);
      Process p = pb.redirectErrorStream(true).start();
      List<String> args = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertEquals(0, p.waitFor());
      Set<String> collectors = args.stream().filter(a -> a.matches("-XX:\\+Use\\w+GC")).collect(Collectors.toSet());
      assertEquals(Set.of(opts[1]), collectors, args::toString);
    }
  }

  @Test
  void item6_aFileTooLargeForTheHeap_failsAlone_theOthersComeOut() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("heap"));
    Files.copy(Cli.SEED_000, folder.resolve("a.txt"));
    Files.writeString(folder.resolve("b.txt"), seed().repeat(20));
    Files.copy(Cli.SEED_004, folder.resolve("c.txt"));
    StringWriter err = new StringWriter();
    long budget = Files.size(folder.resolve("a.txt")) * Batch.HEAP_PER_INPUT_BYTE * 3;
    Batch batch = new Batch(ParseCommand.parser(), Inputs.DEFAULT_MAX_BYTES, EntenteJson::toJson,
        new PrintWriter(err, true), false, budget);
    List<String> ids = new ArrayList<>();
    Batch.Summary summary = batch.run(Inputs.walk(List.of(folder), null), o -> {
      if (!o.failed()) {
        ids.add(o.document().id());
      }
    });
    assertEquals(List.of("a.txt", "c.txt"), ids);
    assertEquals(1, summary.failed());
    List<String> lines = err.toString().lines().toList();
    assertEquals(2, lines.size(), err::toString);
    assertTrue(lines.get(0).contains("b.txt: too large for this JVM's heap"), err::toString);
  }

  @Test
  void item6_aParseThatRunsOutOfMemory_isTriedAlone_andFailsAloneWithOneLine() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("oom"));
    for (String name : List.of("a.txt", "b.txt", "c.txt", "d.txt")) {
      Files.copy(Cli.SEED_000, folder.resolve(name));
    }
    Set<String> triedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
    StringWriter err = new StringWriter();
    Batch batch = new Batch(ParseCommand.parser(), Inputs.DEFAULT_MAX_BYTES, doc -> {
      if (doc.id().equals("d.txt") || doc.id().equals("b.txt") && triedOnce.add("b")) {
        throw new OutOfMemoryError("Java heap space (simulated)");
      }
      return doc.id();
    }, new PrintWriter(err, true), false);
    List<String> written = new ArrayList<>();
    Batch.Summary summary = batch.run(Inputs.walk(List.of(folder), null), o -> {
      if (!o.failed()) {
        written.add(o.rendered());
      }
    });
    assertEquals(List.of("a.txt", "b.txt", "c.txt"), written, "b.txt ran out once and came out when tried alone");
    assertEquals(1, summary.failed());
    List<String> lines = err.toString().lines().toList();
    assertEquals(2, lines.size(), err::toString);
    assertTrue(lines.get(0).contains("d.txt: out of memory while parsing it, even alone"), err::toString);
  }

  @Test
  void item6_summaryAndJsonStillValid_afterAFailure() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("json"));
    Files.copy(Cli.SEED_000, folder.resolve("a.txt"));
    Files.write(folder.resolve("b.txt"), new byte[0]);
    Cli.Result r = Cli.run("parse", folder.toString(), Cli.SEED_004.toString());
    JsonNode array = EntenteJson.mapper().readTree(r.out());
    assertEquals(2, array.size());
    assertEquals(Main.INPUT_ERROR, r.code());
  }
}
