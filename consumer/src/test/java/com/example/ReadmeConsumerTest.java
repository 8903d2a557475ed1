package com.example;

import static dev.entente.query.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Act;
import dev.entente.model.Commitment;
import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.model.EventStatus;
import dev.entente.model.Mention;
import dev.entente.model.Statement;
import dev.entente.parser.Parser;
import dev.entente.query.Corpus;
import dev.entente.query.EntenteSoftAssertions;
import dev.entente.query.Hit;
import dev.entente.query.Query;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java quick start, line for line, against the installed artifacts. */
class ReadmeConsumerTest {
  private static final Parser PARSER = Parser.russian();   // immutable, thread-safe
  private static final Path SAMPLE = Path.of("src/test/resources/004_cd7b265aefbc5060.txt");

  @Test
  void quickStart() throws Exception {
    Document doc = PARSER.parse(SAMPLE);                                // decodes the file itself
    assertThat(doc.signatories()).containsExactly("AZ", "CN");
    Mention first = doc.party("az").orElseThrow().mentions().get(0);    // ids in any case
    assertThat(first.text()).isEqualTo("Азербайджанской Республикой");
    assertThat(doc.textOf(first)).isEqualTo(first.text());
    List<Statement> statements = doc.statements();                      // a List like every plural
    assertThat(statements).isNotEmpty();
    assertThat(doc.initiative("GDI")).isPresent();
    assertThat(doc.events().stream().filter(e -> e.status() == EventStatus.PLANNED)).isNotEmpty();
    String json = EntenteJson.toJson(doc);                              // with Jackson 2.17 pinned
    assertThat(EntenteJson.fromJson(json)).isEqualTo(doc);
  }

  @Test
  void queriesAndEvidence() throws Exception {
    Corpus corpus = Query.from(List.of(PARSER.parse(SAMPLE)));
    assertThat(corpus.statements().by("az").withAct(Act.SUPPORT).toList()).isNotEmpty();
    List<Hit<Statement>> why = corpus.initiatives().supportedBy("AZ").evidence();
    assertThat(why).isNotEmpty();
    Hit<Statement> first = why.get(0);                                   // «Стороны условились …»
    assertThat(first.text()).isNotBlank().isEqualTo(first.document().textOf(first.item()));
    assertThat(first.item().actorIds()).contains("AZ");
    assertThat(corpus.documents().withSignatory("CN").count()).isEqualTo(1);
    assertThat(corpus.statements().atLeast(Commitment.AGREEMENT).count()).isPositive();
  }

  @Test
  void inputInAnyEncodingAndAnyFileName(@TempDir Path dir) throws Exception {
    String text = Files.readString(SAMPLE);
    Path cp1251 = dir.resolve("Совместное заявление (2025).txt");
    Files.write(cp1251, text.getBytes(Charset.forName("windows-1251")));
    Document fromFile = PARSER.parse(cp1251);                           // Files.readString would throw
    assertThat(fromFile.signatories()).containsExactly("AZ", "CN");
    assertThat(fromFile.text()).isEqualTo(text);
    Document fromBytes = PARSER.parse(text.getBytes(StandardCharsets.UTF_8), "Совместное заявление (2025).txt");
    assertThat(fromBytes.signatories()).containsExactly("AZ", "CN");
    Document fromStream = PARSER.parse(new ByteArrayInputStream(
        text.getBytes(Charset.forName("KOI8-R"))), "koi8.txt");
    assertThat(fromStream.text()).isEqualTo(text);
  }

  @Test
  void assertionsForOurTests() throws Exception {
    Document doc = PARSER.parse(SAMPLE);
    assertThat(doc).as("the Beijing statement")
        .hasSignatories("CN", "AZ")                  // exactly these, in any order
        .hasPartiesContaining("SCO", "UN")           // these among others
        .hasInitiative("GDI");
    assertThat(doc).statementBy("AZ").hasActorsContaining("AZ");
    assertThat(doc).hasSignatories("AZ", "CN")       // as the README shows it
        .hasInitiative("GDI").event("визит Председателя").isPlanned();
    EntenteSoftAssertions softly = new EntenteSoftAssertions();
    softly.assertThat(doc).hasSignatories("AZ");      // CN signed too: collected, not thrown
    softly.assertThat(doc).hasClauses(-1);
    assertThat(softly.errorsCollected()).hasSize(2);
  }

  @Test
  void theApplicationRuns() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.out;
    System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      WhoSigned.main(new String[] {SAMPLE.toString()});
    } finally {
      System.setOut(old);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("JOINT_STATEMENT\tAZ, CN");
  }
}
