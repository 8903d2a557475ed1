package dev.entente.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The batch job: parses a folder of files, or a Parquet table of texts, and writes one Parquet
 * dataset per table of the relational shape, plus {@code failures}, under the output folder.
 *
 * <pre>
 * java -jar spark/target/entente-spark-job.jar --master 'local[*]' --input texts/ --output tables/
 * spark-submit --class dev.entente.spark.EntenteSparkJob entente-spark-job.jar --input … --output …
 * </pre>
 *
 * <p>Run with no arguments or {@code --help} for the options. Bad files never fail the job: they
 * become rows of {@code failures}. The exit status is 0 when the tables were written, 2 for a
 * usage error, 1 when the job could not run.
 */
public final class EntenteSparkJob {
  static final String USAGE = String.join("\n",
      "usage: entente-spark-job --input DIR --output DIR [options]",
      "  --master URL          Spark master, e.g. local[2]; default: the one spark-submit sets, else local[*]",
      "  --input DIR           a folder of text files (read recursively and decoded as `entente parse` does;",
      "                        names starting with . or _ are skipped) or a Parquet table of texts",
      "  --output DIR          where to write DIR/<table>/*.parquet for each table and DIR/failures",
      "  --input-format F      files or parquet; default: parquet when DIR holds *.parquet files, else files",
      "  --id-column C         the id column of a Parquet input (default id)",
      "  --text-column C       the text column of a Parquet input, strings or bytes (default text)",
      "  --partitions N        spread the input over N partitions first (default: a folder's files in four",
      "                        runs of about equal bytes per core; a Parquet table as Spark reads it)",
      "  --overwrite           replace the tables of an existing output folder");

  private EntenteSparkJob() {}

  /** Runs the job; see the class comment. Exits with the job's status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** The job without exiting: returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("entente-spark-job: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (options.help) {
      out.println(USAGE);
      return 0;
    }
    SparkConf conf = new SparkConf().setAppName("entente");
    if (options.master != null) {
      conf.setMaster(options.master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      prepareParserInBackground();
    }
    // A folder of files needs no SQL: a bare SparkContext, as building a session (its SQL
    // configuration, function registry and their classes) costs about 3 CPU-seconds more. A Parquet
    // table is read through a session, made here, first: one made later over a running context
    // would warn that "some configuration may not take effect".
    Phases phases = new Phases(conf.get("spark.master").startsWith("local"));
    SparkContext context = isParquet(options, conf)
        ? SparkSession.builder().config(conf).getOrCreate().sparkContext()
        : SparkContext.getOrCreate(conf);
    phases.end("start");
    int status;
    try {
      status = run(context, options, err, phases);
    } catch (IOException | RuntimeException e) {
      err.println("entente-spark-job: " + e);
      status = 1;
    } finally {
      context.stop();
    }
    phases.end("stop");
    if (status == 0) {
      err.println("entente-spark-job: steps: " + phases);
    }
    return status;
  }

  /**
   * In local mode this JVM is also the executor: its parser loads its language data and
   * dictionaries on a thread of its own while Spark starts, on a second core when there is one,
   * rather than in the first task while the other task threads wait for it. A failure here is left
   * to the first document, which meets it again and reports it as parsing would.
   */
  private static void prepareParserInBackground() {
    Thread loader = new Thread(() -> {
      try {
        Parsers.get().prepare();
      } catch (RuntimeException | Error e) {
        // the first task meets the same problem and reports it
      }
    }, "entente-parser-loader");
    loader.setDaemon(true);
    loader.start();
  }

  /** Reads, parses and writes with an existing context. */
  static int run(SparkContext context, Options options, PrintStream err) throws IOException {
    return run(context, options, err, new Phases(context.isLocal()));
  }

  /**
   * {@link #run(SparkContext, Options, PrintStream)}, ending the steps "input", "tasks" and
   * "commit" in {@code phases}.
   */
  private static int run(SparkContext context, Options options, PrintStream err, Phases phases) throws IOException {
    long started = System.nanoTime();
    double startedCpu = Phases.processCpuSeconds();
    Configuration hadoop = context.hadoopConfiguration();
    Path input = new Path(options.input);
    FileSystem fs = input.getFileSystem(hadoop);
    if (!fs.exists(input)) {
      err.println("entente-spark-job: no such input: " + options.input);
      return 2;
    }
    Path output = new Path(options.output);
    if (output.getFileSystem(hadoop).exists(output) && !options.overwrite) {
      err.println("entente-spark-job: the output " + options.output
          + " exists; remove it or pass --overwrite");
      return 2;
    }
    java.nio.file.Path local = ParquetRows.isLocal(fs) ? localPath(options.input) : null;
    boolean parquet = options.inputFormat != null ? options.inputFormat.equals("parquet")
        : local != null ? isParquet(local) : isParquet(fs, input);
    try (ParsedTables tables = parquet
        ? EntenteSpark.parse(inputTable(options), options.idColumn, options.textColumn)
        : new ParsedTables(context, FileReader.files(context, input, options.partitions))) {
      phases.end("input");
      WriteCounts counts = tables.writeParquet(options.output,
          options.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists, phases);
      long rows = counts.documents() + counts.failures();
      double seconds = (System.nanoTime() - started) / 1e9;
      // In local mode this JVM does all the work, so its CPU time is the job's (threads, JIT and
      // collector included); on a cluster the executors' CPU is elsewhere and is not shown.
      String cpu = context.isLocal() && startedCpu >= 0
          ? String.format(Locale.ROOT, ", %.1f CPU-s", Phases.processCpuSeconds() - startedCpu) : "";
      err.println(String.format(Locale.ROOT,
          "entente-spark-job: %,d documents, %,d failures (see %s/failures) in %.1f s%s (%.1f rows/s) on %s",
          counts.documents(), counts.failures(), options.output, seconds, cpu, rows / seconds, context.master()));
    }
    return 0;
  }

  /** The Parquet table of texts, read in a session over the job's context. */
  private static Dataset<Row> inputTable(Options options) {
    Dataset<Row> texts = SparkSession.builder().getOrCreate().read().parquet(options.input);
    return options.partitions > 0 ? texts.repartition(options.partitions) : texts;
  }

  /**
   * Whether the input is to be read as a Parquet table, before Spark is up: the Hadoop settings
   * are the {@code spark.hadoop.*} ones of {@code conf}, as Spark's own. An input that cannot be
   * looked at counts as files; {@link #run(SparkContext, Options, PrintStream)} then reports it.
   */
  private static boolean isParquet(Options options, SparkConf conf) {
    if (options.inputFormat != null) {
      return options.inputFormat.equals("parquet");
    }
    java.nio.file.Path local = localPath(options.input);
    if (local != null) {
      return Files.exists(local) && isParquet(local);
    }
    Configuration hadoop = new Configuration();
    for (Tuple2<String, String> setting : conf.getAllWithPrefix("spark.hadoop.")) {
      hadoop.set(setting._1(), setting._2());
    }
    try {
      Path input = new Path(options.input);
      FileSystem fs = input.getFileSystem(hadoop);
      return fs.exists(input) && isParquet(fs, input);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The input as a local path when it names one (no scheme, or {@code file:}) where the name
   * separator is '/': then the format is decided through java.nio, before Spark starts and again
   * once it is up, without loading Hadoop's configuration or making a Hadoop file status per file
   * of the folder (on 2,000 files, almost half of the main thread's samples between Spark's start
   * and the first task). Null otherwise, and for a name that is no valid path.
   */
  private static java.nio.file.Path localPath(String input) {
    if (java.io.File.separatorChar != '/') {
      return null;
    }
    String name = input.startsWith("file:/") && !input.startsWith("file://") ? input.substring("file:".length()) : input;
    if (name.contains(":")) {
      return null;   // another scheme, or a name Hadoop would read as one
    }
    try {
      return Paths.get(name);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** {@link #isParquet(FileSystem, Path)} for a local path. */
  private static boolean isParquet(java.nio.file.Path input) {
    if (!Files.isDirectory(input)) {
      return input.getFileName() != null && input.getFileName().toString().endsWith(".parquet");
    }
    try (DirectoryStream<java.nio.file.Path> entries = Files.newDirectoryStream(input, "*.parquet")) {
      for (java.nio.file.Path entry : entries) {
        if (Files.isRegularFile(entry)) {
          return true;
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Parquet when the folder holds a {@code .parquet} file at its top, files otherwise. */
  private static boolean isParquet(FileSystem fs, Path input) throws IOException {
    if (fs.getFileStatus(input).isDirectory()) {
      for (FileStatus status : fs.listStatus(input)) {
        if (status.isFile() && status.getPath().getName().endsWith(".parquet")) {
          return true;
        }
      }
      return false;
    }
    return input.getName().endsWith(".parquet");
  }

  /** The command line, checked. */
  static final class Options {
    String master;
    String input;
    String output;
    String inputFormat;
    String idColumn = EntenteSpark.ID_COLUMN;
    String textColumn = EntenteSpark.TEXT_COLUMN;
    int partitions;
    boolean overwrite;
    boolean help;

    static Options parse(String[] args) {
      Options o = new Options();
      List<String> rest = new ArrayList<>(List.of(args));
      if (rest.isEmpty()) {
        o.help = true;
        return o;
      }
      while (!rest.isEmpty()) {
        String arg = rest.remove(0);
        switch (arg) {
          case "--help":
          case "-h":
            o.help = true;
            return o;
          case "--overwrite":
            o.overwrite = true;
            break;
          case "--master":
            o.master = value(arg, rest);
            break;
          case "--input":
            o.input = value(arg, rest);
            break;
          case "--output":
            o.output = value(arg, rest);
            break;
          case "--input-format":
            o.inputFormat = value(arg, rest).toLowerCase(Locale.ROOT);
            if (!o.inputFormat.equals("files") && !o.inputFormat.equals("parquet")) {
              throw new IllegalArgumentException("--input-format must be files or parquet: " + o.inputFormat);
            }
            break;
          case "--id-column":
            o.idColumn = value(arg, rest);
            break;
          case "--text-column":
            o.textColumn = value(arg, rest);
            break;
          case "--partitions":
            String n = value(arg, rest);
            try {
              o.partitions = Integer.parseInt(n);
            } catch (NumberFormatException e) {
              o.partitions = -1;
            }
            if (o.partitions <= 0) {
              throw new IllegalArgumentException("--partitions must be a positive number: " + n);
            }
            break;
          default:
            throw new IllegalArgumentException("unknown option: " + arg);
        }
      }
      if (o.input == null || o.output == null) {
        throw new IllegalArgumentException("--input and --output are required");
      }
      return o;
    }

    private static String value(String option, List<String> rest) {
      if (rest.isEmpty() || rest.get(0).startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return rest.remove(0);
    }
  }
}
