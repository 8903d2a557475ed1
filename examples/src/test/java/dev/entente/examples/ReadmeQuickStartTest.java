package dev.entente.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Act;
import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.model.EventStatus;
import dev.entente.model.Statement;
import dev.entente.parser.Parser;
import dev.entente.query.Corpus;
import dev.entente.query.Query;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's «Java quick start», line for line, so that it cannot go stale. */
final class ReadmeQuickStartTest {
  @Test
  void quickStart_runsAsTheReadmeSays() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/dev/entente/examples/004_cd7b265aefbc5060.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // The README's lines:
    Parser parser = Parser.russian();
    Document doc = parser.parse(text);
    assertEquals(List.of("AZ", "CN"), doc.signatories());
    assertEquals("Азербайджанской Республикой", doc.party("AZ").orElseThrow().mentions().get(0).text());
    assertFalse(doc.initiatives().isEmpty());
    List<String> planned = doc.events().stream().filter(e -> e.status() == EventStatus.PLANNED)
        .map(e -> e.name()).collect(Collectors.toList());
    assertTrue(planned.stream().anyMatch(name -> name.startsWith("визит")), planned.toString());
    String json = EntenteJson.toJson(doc);
    assertEquals(doc, EntenteJson.fromJson(json));
    Corpus corpus = Query.from(List.of(doc));
    List<Statement> supporting = corpus.statements().by("AZ").withAct(Act.SUPPORT).toList();
    assertFalse(supporting.isEmpty());
  }
}
