package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 19 item 8: eval tells the truth about bad gold and bad arguments instead of scoring zeros. */
final class EvalCommandTest {
  private static final String GOOD = "{\"document\": \"a.txt\", \"kind\": \"OTHER\", \"states\": [\"KZ\"], \"clauses\": 0}";

  private static Path folderWith(Path root, String name, String... files) throws Exception {
    Path folder = Files.createDirectories(root.resolve(name));
    for (int i = 0; i < files.length; i += 2) {
      Files.writeString(folder.resolve(files[i]), files[i + 1]);
    }
    return folder;
  }

  @Test
  void eval_brokenGoldFile_namesTheFileAndScoresNothing(@TempDir Path tmp) throws Exception {
    // GIVEN one good gold file and one cut off mid-way
    Path gold = folderWith(tmp, "gold", "a.gold.json", GOOD, "b.gold.json", "{\"document\": \"b.txt\", \"states\": [");
    Path texts = folderWith(tmp, "texts", "a.txt", "Казахстан заявляет.");
    // WHEN
    Cli.Result r = Cli.run("eval", gold.toString(), texts.toString());
    // THEN the broken file is named with where it breaks, and no table is printed
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.err().contains("b.gold.json: not valid JSON at line 1"), r::toString);
    assertTrue(r.err().contains("1 of 2 gold files refused; nothing was scored"), r::toString);
    assertEquals("", r.out());
    assertTrue(!r.err().contains("internal error"), r::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "clauses 254.7        | {'document': 'a.txt', 'clauses': 254.7}                  | clauses: expected the number of numbered points",
      "kind a number        | {'document': 'a.txt', 'kind': 5}                          | kind: expected one of",
      "unknown kind         | {'document': 'a.txt', 'kind': 'JOINT'}                    | kind: expected one of",
      "states not a list    | {'document': 'a.txt', 'states': 'KZ'}                     | states: expected a list of ids",
      "state id a number    | {'document': 'a.txt', 'states': ['KZ', 7]}                | states[1]: expected an id",
      "ordinal as text      | {'document': 'a.txt', 'events': [{'name': 'x', 'ordinal': '6'}]} | events[0].ordinal: expected an integer",
      "date not EDTF        | {'document': 'a.txt', 'date': '26.04.2025'}               | date: expected an ISO 8601/EDTF date",
      "event status unknown | {'document': 'a.txt', 'events': [{'name': 'x', 'status': 'done'}]} | events[0].status: expected one of",
      "party a number       | {'document': 'a.txt', 'participants': [{'name': 'x', 'party': 3}]} | participants[0].party: expected text",
      "item without name    | {'document': 'a.txt', 'mechanisms': [{'status': 'new'}]}  | mechanisms[0].name: expected a name",
      "optional as text     | {'document': 'a.txt', 'initiatives': [{'name': 'x', 'optional': 'yes'}]} | initiatives[0].optional: expected true or false",
      "no document          | {'states': ['KZ']}                                        | document: expected the text's file name",
      "document escapes     | {'document': '../secret.txt'}                             | document: must name a file inside TEXT_DIR",
      "duplicate key        | {'document': 'a.txt', 'states': [], 'states': ['KZ']}     | Duplicate field 'states'",
      "not an object        | ['a.txt']                                                 | expected a JSON object"})
  void eval_wrongTypedGoldField_isRefusedWithItsPath(String title, String goldJson, String message,
      @TempDir Path tmp) throws Exception {
    Path gold = folderWith(tmp, "gold", "x.gold.json", goldJson.replace('\'', '"'));
    Path texts = folderWith(tmp, "texts", "a.txt", "Казахстан заявляет.");
    Cli.Result r = Cli.run("eval", gold.toString(), texts.toString());
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.err().contains("x.gold.json: ") && r.err().contains(message), r::toString);
  }

  @Test
  void eval_emptyGoldFolder_saysSoAndFails(@TempDir Path tmp) throws Exception {
    Path gold = folderWith(tmp, "gold");
    Path texts = folderWith(tmp, "texts", "a.txt", "Казахстан заявляет.");
    Cli.Result r = Cli.run("eval", gold.toString(), texts.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("no *.gold.json files in " + gold), r::toString);
  }

  @Test
  void eval_swappedArguments_saysWhichWayRound(@TempDir Path tmp) throws Exception {
    Path gold = folderWith(tmp, "gold", "a.gold.json", GOOD);
    Path texts = folderWith(tmp, "texts", "a.txt", "Казахстан заявляет.");
    Cli.Result r = Cli.run("eval", texts.toString(), gold.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("are GOLD_DIR and TEXT_DIR swapped?"), r::toString);
  }

  @Test
  void eval_textFolderWithoutTheTexts_saysNoneIsThere(@TempDir Path tmp) throws Exception {
    Path gold = folderWith(tmp, "gold", "a.gold.json", GOOD);
    Path texts = folderWith(tmp, "texts", "other.txt", "Казахстан заявляет.");
    Cli.Result r = Cli.run("eval", gold.toString(), texts.toString());
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.err().contains("none of the 1 documents the gold files name is in " + texts), r::toString);
  }

  @Test
  void eval_corpusWithoutItsTexts_namesTheFileThatSaysWhereTheyComeFrom(@TempDir Path tmp) throws Exception {
    Path gold = folderWith(tmp, "gold", "a.gold.json", GOOD);
    Path sources = Files.writeString(tmp.resolve("SOURCES.md"), "# where the texts come from");
    Cli.Result r = Cli.run("eval", gold.toString(), tmp.resolve("texts").toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains(sources + " says where the texts come from"), r::toString);
  }

  @Test
  void eval_oneTextMissing_scoresItAsFailedAndExitsOne(@TempDir Path tmp) throws Exception {
    Path gold = folderWith(tmp, "gold", "a.gold.json", GOOD,
        "b.gold.json", "{\"document\": \"b.txt\", \"states\": [\"CN\"]}");
    Path texts = folderWith(tmp, "texts", "a.txt", "Казахстан и Кыргызстан заявляют о поддержке.");
    Cli.Result r = Cli.run("eval", gold.toString(), texts.toString());
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.out().startsWith("documents: 2, failed: 1\n  error: b.txt: "), r::toString);
  }

  @Test
  void evalVerbose_listsPerDocumentWhatWasMissedAndExtra(@TempDir Path tmp) throws Exception {
    // GIVEN gold that expects China, for a text that names Kazakhstan and Kyrgyzstan
    Path gold = folderWith(tmp, "gold", "a.gold.json",
        "{\"document\": \"a.txt\", \"states\": [\"KZ\", \"CN\"], \"clauses\": 0}");
    Path texts = folderWith(tmp, "texts", "a.txt", "Казахстан и Кыргызстан заявляют о поддержке.");
    // WHEN
    Cli.Result r = Cli.run("eval", "-v", gold.toString(), texts.toString());
    // THEN the listing comes first and names the missed and the extra state
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("== a.txt\n  states: (['CN'], ['KG'])\n"), r::toString);
  }
}
