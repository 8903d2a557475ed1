package dev.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entente.model.EntenteJson;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente sql}: one SQL statement over a store (read-only) or over Parquet files in memory. */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = {"Runs one SQL statement (DuckDB's dialect) and prints the result.",
        "DB is a store made by 'entente store' (opened read-only; the tables are in docs/relational-shape.md),",
        "or :memory: to query Parquet files, e.g. those of 'entente export', with read_parquet('DIR/statements.parquet').",
        "Example: entente sql corpus.duckdb \"SELECT act, count(*) AS n FROM statements GROUP BY act ORDER BY n DESC\""},
    exitCodeListHeading = Main.EXIT_CODES_HEADING,
    exitCodeList = {Main.EXIT_OK, "1:the database could not be opened or the statement failed",
        Main.EXIT_USAGE, Main.EXIT_INTERNAL})
final class SqlCommand implements Callable<Integer> {
  /** How the result is printed. */
  enum Format { table, csv, json }

  /** In the table format, longer values are cut (csv and json print them whole). */
  static final int TABLE_CELL = 60;

  @Parameters(index = "0", paramLabel = "DB", description = "A store file, or :memory:.")
  String db;

  @Parameters(index = "1", paramLabel = "SQL", description = "One SQL statement.")
  String sql;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table (default), csv or json (an array of objects).")
  Format format;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Connection connection;
    try {
      connection = connect(db);
    } catch (SQLException e) {
      err.println("entente: cannot open " + db + ": " + firstLine(e));
      return Main.INPUT_ERROR;
    } catch (IllegalArgumentException e) {
      err.println("entente: " + e.getMessage());
      return Main.INPUT_ERROR;
    } catch (NoClassDefFoundError e) {
      err.println("entente: " + new Stores.DriverMissing().getMessage());
      return Main.INPUT_ERROR;
    }
    try (Connection c = connection; Statement st = c.createStatement()) {
      if (!st.execute(sql)) {
        out.println("(" + st.getUpdateCount() + " rows changed)");
        out.flush();
        return Main.OK;
      }
      try (ResultSet rs = st.getResultSet()) {
        print(rs, out);
      }
      out.flush();
      return Main.OK;
    } catch (SQLException e) {
      err.println("entente: sql: " + firstLine(e));
      return Main.INPUT_ERROR;
    }
  }

  /** A connection to {@code db}: read-only to a file that must exist, or an empty in-memory one. */
  static Connection connect(String db) throws SQLException {
    if (db.equals(":memory:")) {
      return DriverManager.getConnection("jdbc:duckdb:");
    }
    Path file = Path.of(db);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no database at " + db + ": the file does not exist"
          + " (use :memory: to query Parquet files)");
    }
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
  }

  private void print(ResultSet rs, PrintWriter out) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    int columns = meta.getColumnCount();
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= columns; i++) {
      names.add(meta.getColumnLabel(i));
    }
    switch (format) {
      case csv -> {
        out.println(String.join(",", names.stream().map(SqlCommand::csv).toList()));
        while (rs.next()) {
          List<String> cells = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            Object value = rs.getObject(i);
            cells.add(value == null ? "" : csv(String.valueOf(value)));
          }
          out.println(String.join(",", cells));
        }
      }
      case json -> {
        ObjectMapper mapper = EntenteJson.mapper();
        ArrayNode array = mapper.createArrayNode();
        while (rs.next()) {
          ObjectNode row = array.addObject();
          for (int i = 1; i <= columns; i++) {
            put(row, names.get(i - 1), rs.getObject(i));
          }
        }
        out.println(EntenteJson.write(array, true));
      }
      default -> table(rs, names, out);
    }
  }

  private static void table(ResultSet rs, List<String> names, PrintWriter out) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    rows.add(names.toArray(new String[0]));
    boolean[] numeric = new boolean[names.size()];
    while (rs.next()) {
      String[] cells = new String[names.size()];
      for (int i = 0; i < cells.length; i++) {
        Object value = rs.getObject(i + 1);
        numeric[i] |= value instanceof Number;
        cells[i] = value == null ? "NULL" : shorten(String.valueOf(value));
      }
      rows.add(cells);
    }
    int[] widths = new int[names.size()];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String pad = " ".repeat(widths[i] - row[i].length());
        line.append(numeric[i] && row != rows.get(0) ? pad + row[i] : row[i] + pad);
        line.append(i == row.length - 1 ? "" : "  ");
      }
      out.println(line.toString().stripTrailing());
    }
    int n = rows.size() - 1;
    out.println("(" + n + (n == 1 ? " row)" : " rows)"));
  }

  private static void put(ObjectNode row, String name, Object value) {
    if (value == null) {
      row.putNull(name);
    } else if (value instanceof Boolean b) {
      row.put(name, b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      row.put(name, ((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      row.put(name, ((Number) value).doubleValue());
    } else if (value instanceof BigDecimal d) {
      row.put(name, d);
    } else if (value instanceof BigInteger i) {
      row.put(name, i);
    } else {
      row.put(name, String.valueOf(value));
    }
  }

  private static String csv(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static String shorten(String value) {
    String flat = value.replaceAll("\\s+", " ");
    return flat.length() > TABLE_CELL ? flat.substring(0, TABLE_CELL - 1) + "…" : flat;
  }

  static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
