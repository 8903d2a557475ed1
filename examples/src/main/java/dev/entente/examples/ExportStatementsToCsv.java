package dev.entente.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.entente.model.Clause;
import dev.entente.model.Statement;
import dev.entente.query.Hit;
import dev.entente.query.Query;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How do I get the statements into a spreadsheet?
 *
 * <p>Writes every statement as one CSV record (RFC 4180: CRLF line ends; a field with a comma,
 * quote or line break is quoted, its quotes doubled): document, clause number (empty in the
 * preamble), actors, act, topics (lists separated by ';') and the text of the sentence. The first
 * argument, if it ends in {@code .csv}, is the output file; otherwise it goes to standard output.
 * Further arguments are the documents to read. On the samples:
 *
 * <pre>
 * document,clause,actors,act,topics,text
 * 000_c8f3a732433e8756,4,KZ;CN;KG;TJ;UZ,SUPPORT,,"Стороны поддерживают запуск Секретариата формата ""Китай-Центральная Азия"", …"
 * </pre>
 */
public final class ExportStatementsToCsv {
  private ExportStatementsToCsv() {}

  public static void main(String[] args) throws IOException {
    boolean toFile = args.length > 0 && args[0].endsWith(".csv");
    StringBuilder csv = new StringBuilder("document,clause,actors,act,topics,text\r\n");
    String[] files = toFile ? Arrays.copyOfRange(args, 1, args.length) : args;
    for (Hit<Statement> hit : Query.from(Samples.load(files)).statements().hits()) {
      Statement s = hit.item();
      String clause = hit.document().clauses().stream().filter(c -> c.statements().contains(s))
          .findFirst().flatMap(Clause::number).orElse("");
      String topics = s.topics().stream().map(Enum::name).collect(Collectors.joining(";"));
      csv.append(Stream.of(hit.document().id(), clause, String.join(";", s.actorIds()),
              s.act().map(Enum::name).orElse(""), topics, s.span().coveredText(hit.document().text()))
          .map(ExportStatementsToCsv::field).collect(Collectors.joining(",", "", "\r\n")));
    }
    if (toFile) {
      Files.writeString(Path.of(args[0]), csv, UTF_8);
    } else {
      System.out.print(csv);
    }
  }

  /** The value as an RFC 4180 field: quoted, with quotes doubled, when it needs to be. */
  static String field(String value) {
    return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
