package dev.entente.spark;

import dev.entente.parser.input.DocumentIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The files below a folder as rows (id, bytes, reason, message), for {@link ParsedTables}, with the
 * ids {@code entente parse} gives them ({@link DocumentIds.Run} over the paths relative to the
 * folder, in name order: {@code sub/a.txt} is {@code sub:a.txt}). The
 * driver lists the files and the executors read them, rather than Spark's {@code binaryFile}
 * source, because that source silently skips empty files and fails the whole job on a file of
 * 2 GB or more; here both become failures. Names beginning with '.' or '_' (Spark's and
 * Hadoop's marker files) are skipped, in the folder and below.
 */
final class FileReader {
  /** The command line's default limit: a larger file is a failure, TOO_LARGE, and is not read. */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  /**
   * Whether local paths are read through java.nio by their path names: where the name separator is
   * '/', so that a local Hadoop path's text is {@code file:} and the file system path.
   */
  private static final boolean LOCAL_PATHS = java.io.File.separatorChar == '/';
  private static final String LOCAL_SCHEME = "file:";

  static final StructType SCHEMA = new StructType()
      .add(EntenteSpark.ID_COLUMN, DataTypes.StringType, false)
      .add(EntenteSpark.TEXT_COLUMN, DataTypes.BinaryType, true)
      .add("reason", DataTypes.StringType, true)
      .add("message", DataTypes.StringType, true);

  private FileReader() {}

  /**
   * The files below {@code root} (or {@code root} itself, when it is a file), read in {@code
   * partitions} partitions, or four per core of the cluster when that is 0, each a run of files of
   * about the same bytes (see {@link #slices}).
   */
  static JavaRDD<Row> files(SparkContext context, Path root, int partitions) throws IOException {
    Configuration conf = context.hadoopConfiguration();
    FileSystem fs = root.getFileSystem(conf);
    List<String[]> found = list(fs, root, ParquetRows.isLocal(fs) && LOCAL_PATHS);
    DocumentIds.Run ids = new DocumentIds.Run();
    List<Row> listed = new ArrayList<>();
    for (String[] file : found) {
      listed.add(RowFactory.create(ids.next(file[0]), file[1], Long.parseLong(file[2])));
    }
    int slices = partitions > 0 ? partitions
        : Math.max(1, Math.min(listed.size(), context.defaultParallelism() * 4));
    Map<String, String> settings = new HashMap<>();
    conf.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
    // One element per partition, its run of files: Spark cuts a list into slices of equal counts.
    List<List<Row>> runs = slices(listed, slices);
    return JavaSparkContext.fromSparkContext(context)
        .parallelize(runs, runs.size())
        .flatMap(new Read(settings));
  }

  /**
   * The listed files (rows of id, path, length) cut into {@code count} runs, in order, of about the
   * same work each: their bytes plus {@link #FILE_WEIGHT} per file, as parsing takes time in
   * proportion to the text plus a little per document. Equal numbers of files per partition, as
   * Spark would cut them, leave a partition of long documents running alone at the end while the
   * other cores wait. No run is empty while there are files left for it.
   */
  static List<List<Row>> slices(List<Row> listed, int count) {
    long total = 0;
    for (Row file : listed) {
      total += weight(file);
    }
    List<List<Row>> slices = new ArrayList<>();
    int next = 0;
    long done = 0;
    for (int k = 0; k < count; k++) {
      List<Row> slice = new ArrayList<>();
      long target = k == count - 1 ? Long.MAX_VALUE : (long) ((double) total * (k + 1) / count);
      int later = count - k - 1;   // runs after this one, each to get a file while there are files
      while (next < listed.size() && (slice.isEmpty()
          || next < listed.size() - later && done + weight(listed.get(next)) / 2 <= target)) {
        done += weight(listed.get(next));
        slice.add(listed.get(next++));
      }
      slices.add(slice);
    }
    return slices;
  }

  /** A document's fixed share of the work, in bytes of text: its reading, set-up and rows. */
  static final long FILE_WEIGHT = 2_000;

  /** A file's share of the work; one over {@link #MAX_FILE_BYTES} is not read, only refused. */
  private static long weight(Row file) {
    long length = file.getLong(2);
    return length > MAX_FILE_BYTES ? FILE_WEIGHT : length + FILE_WEIGHT;
  }

  /**
   * {relative path, path, length} of every file below {@code root} (or of {@code root}, a file), in
   * the command line's walk order (relative paths, by name), through java.nio when {@code
   * viaJavaNio} (a local file system only) or else through {@code fs}: both give the same rows.
   */
  static List<String[]> list(FileSystem fs, Path root, boolean viaJavaNio) throws IOException {
    Path qualified = fs.makeQualified(root);
    String rootPath = qualified.toUri().getPath();
    String prefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
    List<String[]> found = new ArrayList<>();
    if (viaJavaNio) {
      walkLocal(ParquetRows.local(fs, qualified), prefix, found);
    } else {
      walk(fs, qualified, prefix, found);
    }
    found.sort((a, b) -> a[0].compareTo(b[0]));
    return found;
  }

  /**
   * Adds {relative path, path, length} of every file below {@code path} to {@code found}. Not
   * {@code FileSystem.listFiles}: on the local file system its LocatedFileStatus runs an {@code ls
   * -ld} process per file for the permissions, which nothing here needs.
   */
  private static void walk(FileSystem fs, Path path, String prefix, List<String[]> found) throws IOException {
    for (FileStatus status : fs.listStatus(path)) {
      String full = status.getPath().toUri().getPath();
      String relative = full.startsWith(prefix) ? full.substring(prefix.length()) : status.getPath().getName();
      if (isHidden(relative)) {
        continue;
      }
      if (status.isDirectory()) {
        walk(fs, status.getPath(), prefix, found);
      } else {
        found.add(new String[] {relative, status.getPath().toString(), Long.toString(status.getLen())});
      }
    }
  }

  /**
   * {@link #walk} on the local file system through java.nio: the same rows, with the path in the
   * form a local Hadoop path prints ({@code file:/dir/name}), without making a Hadoop Path, URI and
   * file status per file (on 2,000 files, a tenth of the driver's own CPU before the first task).
   */
  private static void walkLocal(java.nio.file.Path path, String prefix, List<String[]> found) throws IOException {
    if (!Files.isDirectory(path)) {
      String name = path.getFileName().toString();
      if (!isHidden(name)) {
        found.add(new String[] {name, LOCAL_SCHEME + path, Long.toString(Files.size(path))});
      }
      return;
    }
    try (DirectoryStream<java.nio.file.Path> entries = Files.newDirectoryStream(path)) {
      for (java.nio.file.Path entry : entries) {
        String full = entry.toString();
        String relative = full.startsWith(prefix) ? full.substring(prefix.length()) : entry.getFileName().toString();
        if (isHidden(relative)) {
          continue;
        }
        if (Files.isDirectory(entry)) {
          walkLocal(entry, prefix, found);
        } else {
          found.add(new String[] {relative, LOCAL_SCHEME + full, Long.toString(Files.size(entry))});
        }
      }
    }
  }

  private static boolean isHidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** Reads a run of listed files (id, path, length) on an executor, one at a time. */
  private static final class Read implements FlatMapFunction<List<Row>, Row> {
    private static final long serialVersionUID = 1L;
    /** The driver's Hadoop settings (credentials, file system options); Configuration is not serialisable. */
    private final HashMap<String, String> settings;
    private transient Configuration conf;

    Read(Map<String, String> settings) {
      this.settings = new HashMap<>(settings);
    }

    @Override
    public Iterator<Row> call(List<Row> files) {
      return files.stream().map(this::read).iterator();
    }

    private Row read(Row file) {
      String id = file.getString(0);
      String path = file.getString(1);
      long length = file.getLong(2);
      if (length > MAX_FILE_BYTES) {
        return RowFactory.create(id, null, "TOO_LARGE", String.format(Locale.ROOT,
            "%s: too large: %,d bytes, the limit is %,d", path, length, MAX_FILE_BYTES));
      }
      try (InputStream in = open(path)) {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
          return RowFactory.create(id, null, "TOO_LARGE",
              path + ": too large: it grew past the limit of " + MAX_FILE_BYTES + " bytes while being read");
        }
        return RowFactory.create(id, bytes, null, null);
      } catch (IOException e) {
        return RowFactory.create(id, null, Failure.UNREADABLE.name(), path + ": cannot be read: " + e);
      }
    }

    /**
     * The file's bytes; on the local file system through java.nio, because Hadoop's local file
     * system looks for a {@code .crc} file beside every file it opens. A path listed locally
     * ({@code file:/…}) is opened by its name, without a Hadoop Path.
     */
    private InputStream open(String name) throws IOException {
      if (LOCAL_PATHS && name.startsWith(LOCAL_SCHEME + "/") && !name.startsWith(LOCAL_SCHEME + "//")) {
        return Files.newInputStream(Paths.get(name.substring(LOCAL_SCHEME.length())));
      }
      Path path = new Path(name);
      FileSystem fs = path.getFileSystem(conf());
      return ParquetRows.isLocal(fs) ? Files.newInputStream(ParquetRows.local(fs, path)) : fs.open(path);
    }

    private Configuration conf() {
      if (conf == null) {
        conf = new Configuration(false);
        settings.forEach(conf::set);
      }
      return conf;
    }
  }
}
