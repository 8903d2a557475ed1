package dev.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entente.model.Act;
import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.Statement;
import dev.entente.query.Condition;
import dev.entente.query.Query;
import dev.entente.query.Where;
import dev.entente.model.Topic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente query}: parses files and lists the statements, parties, participants,
 * initiatives, mechanisms, events or documents that match {@code --party}, {@code --act} and
 * {@code --topic}, as a table, JSON, CSV or TSV.
 *
 * <p>The filtering here is deliberately small and self-contained; the fluent {@code entente-query}
 * module will replace {@link #select}.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Parses documents and lists what matches the filters.",
        "Statements match when --party is among their actors, their act is --act and --topic is among",
        "their topics. Initiatives, mechanisms and events match when a matching statement mentions them",
        "(all of them when no filter is given). A party matches when its id is --party and, with --act or",
        "--topic, it is an actor of a matching statement. A participant matches when --party is its party",
        "and its document has a matching statement; a document when it has a matching statement",
        "(all documents when no filter is given). Enum values may be given in any case.",
        "Example: entente query --kind statements --party KZ --act SUPPORT --topic ENERGY docs/",
        "With --db corpus.duckdb the documents of a store are queried instead (see 'entente store')."},
    exitCodeListHeading = Main.EXIT_CODES_HEADING,
    exitCodeList = {Main.EXIT_OK, Main.EXIT_INPUT, Main.EXIT_USAGE, Main.EXIT_INTERNAL, Main.EXIT_OUTPUT})
final class QueryCommand implements Callable<Integer> {
  /** What the query lists. */
  enum Kind {
    statements("statement"), parties("party"), participants("participant"), initiatives("initiative"),
    mechanisms("mechanism"), events("event"), documents("document");

    final String singular;

    Kind(String singular) {
      this.singular = singular;
    }
  }

  /** How the result is printed. */
  enum Output { table, json, csv, tsv }

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-",
      description = "Text or HTML files, folders to walk, or - for standard input.")
  List<Path> paths = List.of();

  @Option(names = "--db", paramLabel = "FILE",
      description = "Query the documents of a store made by 'entente store' instead of parsing files.")
  Path db;

  @Option(names = "--kind", defaultValue = "statements", paramLabel = "KIND",
      description = "statements (default), parties, participants, initiatives, mechanisms, events or documents.")
  Kind kind;

  @Option(names = "--party", paramLabel = "ID", description = "A party id: KZ, CN, SCO, …")
  String party;

  @Option(names = "--act", paramLabel = "ACT", description = "An act: ${COMPLETION-CANDIDATES}.")
  Act act;

  @Option(names = "--topic", paramLabel = "TOPIC", description = "A topic: ENERGY, TRADE, SECURITY, …")
  Topic topic;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "table (default), json, csv or tsv (RFC 4180 CSV; statements in the columns of"
          + " parse --format csv, other kinds in the table's columns).")
  Output format;

  /** The flag's name before 0.2; still read, with a note on stderr. */
  @Option(names = "--output", paramLabel = "FORMAT", hidden = true)
  Output output;

  @Option(names = "--max-size", defaultValue = "" + Inputs.DEFAULT_MAX_BYTES, paramLabel = "BYTES",
      description = "Refuse files larger than this (default ${DEFAULT-VALUE}).")
  long maxBytes;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * One result: the document it is from, the matched item, and for statements their text and the
   * name of their clause (as in {@link Delimited#statementCells}).
   */
  record Row(String document, Object item, String text, String clause) {
    Row(String document, Object item) {
      this(document, item, null, null);
    }
  }

  /** The filters of one query; null means "any". */
  record Filter(Kind kind, String party, Act act, Topic topic) {
    /** The same filters as the fluent API's steps: the command line mirrors {@code entente-query}. */
    Condition<Statement> condition() {
      Condition<Statement> c = Condition.always();
      if (party != null) {
        c = c.and(Where.by(party));
      }
      if (act != null) {
        c = c.and(Where.withAct(act));
      }
      return topic == null ? c : c.and(Where.about(topic));
    }

    boolean unfiltered() {
      return party == null && act == null && topic == null;
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxBytes <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-size must be positive: " + maxBytes);
    }
    if (format != null && output != null && format != output) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--output is the old name of --format; give one of them: --format " + format + " --output " + output);
    }
    if (output != null) {
      err.println("entente: --output is deprecated; use --format " + output);
    }
    Output shape = format != null ? format : output != null ? output : Output.table;
    Filter filter = new Filter(kind, party == null ? null : party.toUpperCase(Locale.ROOT), act, topic);
    List<Row> rows = new ArrayList<>();
    if (db != null) {
      return queryStore(filter, rows, shape, out, err);
    }
    if (paths.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing FILE|DIR|-, or --db FILE");
    }
    Inputs.Walk files = Inputs.walk(paths, null);
    Batch batch = new Batch(ParseCommand.parser(maxBytes), maxBytes, d -> null, err, Progress.stderrIsTerminal());
    Batch.Summary summary = batch.run(files, outcome -> {
      if (!outcome.failed()) {
        rows.addAll(select(outcome.document(), filter));
      }
    });
    print(rows, shape, out);
    return summary.exitCode();
  }

  /** The same query over the documents of a store, which are read back, not parsed again. */
  private int queryStore(Filter filter, List<Row> rows, Output shape, PrintWriter out, PrintWriter err) {
    if (!paths.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give FILE|DIR or --db, not both");
    }
    try (dev.entente.store.CorpusStore store = Stores.open(db, true)) {
      for (Document doc : store.documents()) {
        rows.addAll(select(doc, filter));
      }
    } catch (dev.entente.store.StoreException | Stores.DriverMissing e) {
      err.println("entente: " + e.getMessage());
      return Main.INPUT_ERROR;
    }
    print(rows, shape, out);
    return Main.OK;
  }

  private void print(List<Row> rows, Output shape, PrintWriter out) {
    switch (shape) {
      case json:
        out.println(json(rows, kind));
        break;
      case csv:
      case tsv:
        Delimited.Dialect dialect = shape == Output.csv ? Delimited.Dialect.CSV : Delimited.Dialect.TSV;
        cells(rows, kind, true).forEach(line -> out.print(Delimited.line(dialect, line)));
        break;
      default:
        table(rows, kind).forEach(out::println);
    }
    out.flush();
  }

  /** The rows of one document that match the filter, in document order. */
  static List<Row> select(Document doc, Filter f) {
    List<Statement> matching = Query.from(doc).statements().where(f.condition()).toList();
    switch (f.kind()) {
      case statements: {
        java.util.Map<Statement, String> clauses = clauseNames(doc);
        return matching.stream()
            .map(s -> new Row(doc.id(), s, doc.text().substring(s.start(), Math.min(s.end(), doc.text().length())),
                clauses.getOrDefault(s, "-")))
            .collect(Collectors.toList());
      }
      case participants:
        return rows(doc, doc.participants(), p -> (f.party() == null || p.party().orElse("").equals(f.party()))
            && (f.unfiltered() || !matching.isEmpty()));
      case documents:
        return f.unfiltered() || !matching.isEmpty() ? List.of(new Row(doc.id(), summary(doc, matching.size())))
            : List.of();
      case parties: {
        Set<String> actors = matching.stream().flatMap(s -> s.actorIds().stream()).collect(Collectors.toSet());
        boolean throughStatements = f.act() != null || f.topic() != null;
        return rows(doc, doc.parties(), p -> (f.party() == null || p.id().equals(f.party()))
            && (!throughStatements || actors.contains(p.id())));
      }
      case initiatives:
        return items(doc, f, doc.initiatives(), Initiative::id, matching, Statement::initiativeIds);
      case mechanisms:
        return items(doc, f, doc.mechanisms(), Mechanism::id, matching, Statement::mechanismIds);
      default:
        return items(doc, f, doc.events(), Event::id, matching, Statement::eventIds);
    }
  }

  private static <T> List<Row> items(Document doc, Filter f, List<T> all, Function<T, String> id,
      List<Statement> matching, Function<Statement, List<String>> mentioned) {
    Set<String> ids = matching.stream().flatMap(s -> mentioned.apply(s).stream()).collect(Collectors.toSet());
    return rows(doc, all, x -> f.unfiltered() || ids.contains(id.apply(x)));
  }

  private static <T> List<Row> rows(Document doc, List<T> all, java.util.function.Predicate<T> keep) {
    return all.stream().filter(keep).map(x -> new Row(doc.id(), x)).collect(Collectors.toList());
  }

  /** Each statement's clause as the statement table names it, by identity (one pass, not a search per statement). */
  private static java.util.Map<Statement, String> clauseNames(Document doc) {
    java.util.Map<Statement, String> names = new java.util.IdentityHashMap<>();
    doc.preamble().forEach(c -> c.statements().forEach(s -> names.put(s, "preamble")));
    doc.clauses().forEach(c -> c.statements().forEach(s -> names.put(s, Delimited.clauseName(c))));
    return names;
  }

  /** What {@code --kind documents} lists of a document (not the whole document, whose text may be long). */
  record DocumentSummary(String id, String kind, String date, String place, List<String> signatories,
      int statements, String title) {}

  private static DocumentSummary summary(Document doc, int statements) {
    return new DocumentSummary(doc.id(), doc.kind().name(), doc.date().map(Object::toString).orElse(""),
        doc.place().map(p -> p.name()).orElse(""), doc.signatories(), statements, doc.title());
  }

  /**
   * The rows as a JSON array of {@code {"document": id, "<kind>": item}} objects ({@code --kind
   * documents}: of the documents' summaries).
   */
  static String json(List<Row> rows, Kind kind) {
    ObjectMapper mapper = EntenteJson.mapper();
    String field = kind.singular;
    ArrayNode array = mapper.createArrayNode();
    for (Row row : rows) {
      if (kind == Kind.documents) {
        array.add(mapper.valueToTree(row.item()));
        continue;
      }
      ObjectNode node = array.addObject();
      node.put("document", row.document());
      node.set(field, mapper.valueToTree(row.item()));
      if (row.text() != null) {
        node.put("text", row.text());
      }
    }
    return EntenteJson.write(array, true);
  }

  /**
   * The rows' cells, a header first: for a table (short sentences, upper-case headers) or, with
   * {@code whole}, for CSV and TSV (statements in the columns of {@code parse --format csv}).
   */
  static List<List<String>> cells(List<Row> rows, Kind kind, boolean whole) {
    List<String[]> cells = new ArrayList<>();
    switch (kind) {
      case statements:
        if (whole) {
          List<List<String>> lines = new ArrayList<>();
          lines.add(Delimited.STATEMENT_COLUMNS);
          for (Row r : rows) {
            lines.add(Delimited.statementCells(r.document(), r.clause(), (Statement) r.item(), r.text()));
          }
          return lines;
        }
        cells.add(new String[] {"DOCUMENT", "SPAN", "ACTORS", "ACT", "TOPICS", "TEXT"});
        for (Row r : rows) {
          Statement s = (Statement) r.item();
          cells.add(new String[] {r.document(), s.span().toString(), String.join(",", s.actorIds()),
              s.act().map(Enum::name).orElse("-") + (s.negated() ? " (negated)" : ""),
              s.topics().stream().map(Enum::name).collect(Collectors.joining(",")), shorten(r.text(), 70)});
        }
        break;
      case participants:
        cells.add(new String[] {"DOCUMENT", "PARTY", "ROLE", "MENTIONS", "NAME"});
        for (Row r : rows) {
          Participant p = (Participant) r.item();
          cells.add(new String[] {r.document(), p.party().orElse("-"), p.role().orElse("-"),
              "" + p.mentions().size(), p.name()});
        }
        break;
      case documents:
        cells.add(new String[] {"DOCUMENT", "KIND", "DATE", "PLACE", "SIGNATORIES", "STATEMENTS", "TITLE"});
        for (Row r : rows) {
          DocumentSummary d = (DocumentSummary) r.item();
          cells.add(new String[] {d.id(), d.kind(), d.date().isEmpty() ? "-" : d.date(),
              d.place().isEmpty() ? "-" : d.place(), String.join(",", d.signatories()), "" + d.statements(),
              whole ? d.title() : shorten(d.title(), 60)});
        }
        break;
      case parties:
        cells.add(new String[] {"DOCUMENT", "ID", "KIND", "MENTIONS", "NAME"});
        for (Row r : rows) {
          Party p = (Party) r.item();
          cells.add(new String[] {r.document(), p.id(), p.kind().name(), "" + p.mentions().size(), p.name()});
        }
        break;
      case initiatives:
        cells.add(new String[] {"DOCUMENT", "ID", "KIND", "PROPOSER", "NAME"});
        for (Row r : rows) {
          Initiative x = (Initiative) r.item();
          cells.add(new String[] {r.document(), x.id(), x.kind().name(), x.proposer().orElse("-"), x.name()});
        }
        break;
      case mechanisms:
        cells.add(new String[] {"DOCUMENT", "ID", "KIND", "STATUS", "NAME"});
        for (Row r : rows) {
          Mechanism x = (Mechanism) r.item();
          cells.add(new String[] {r.document(), x.id(), x.kind().name(), x.status().name(), x.name()});
        }
        break;
      default:
        cells.add(new String[] {"DOCUMENT", "ID", "KIND", "DATE", "STATUS", "NAME"});
        for (Row r : rows) {
          Event x = (Event) r.item();
          cells.add(new String[] {r.document(), x.id(), x.kind().name(), x.date().map(Object::toString).orElse("-"),
              x.status().name(), x.name()});
        }
    }
    List<List<String>> lines = new ArrayList<>();
    for (String[] line : cells) {
      lines.add(List.of(line));
    }
    if (whole) {
      lines.set(0, lines.get(0).stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toList()));
    }
    return lines;
  }

  /** The rows as a plain text table with a header line. */
  static List<String> table(List<Row> rows, Kind kind) {
    List<String[]> cells = cells(rows, kind, false).stream().map(l -> l.toArray(new String[0]))
        .collect(Collectors.toList());
    int[] widths = new int[cells.get(0).length];
    for (String[] line : cells) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (String[] line : cells) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        b.append(i == line.length - 1 ? line[i] : String.format(Locale.ROOT, "%-" + widths[i] + "s  ", line[i]));
      }
      lines.add(b.toString().stripTrailing());
    }
    lines.add("(" + rows.size() + " " + (rows.size() == 1 ? kind.singular : kind.name()) + ")");
    return lines;
  }

  private static String shorten(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() > max ? flat.substring(0, max - 1) + "…" : flat;
  }
}
