package dev.entente.spark;

import dev.entente.parser.input.DocumentIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.spark.api.java.function.Function;
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

  static final StructType SCHEMA = new StructType()
      .add(EntenteSpark.ID_COLUMN, DataTypes.StringType, false)
      .add(EntenteSpark.TEXT_COLUMN, DataTypes.BinaryType, true)
      .add("reason", DataTypes.StringType, true)
      .add("message", DataTypes.StringType, true);

  private FileReader() {}

  /**
   * The files below {@code root} (or {@code root} itself, when it is a file), read in {@code
   * partitions} partitions, or four per core of the cluster when that is 0.
   */
  static JavaRDD<Row> files(SparkContext context, Path root, int partitions) throws IOException {
    Configuration conf = context.hadoopConfiguration();
    FileSystem fs = root.getFileSystem(conf);
    Path qualified = fs.makeQualified(root);
    String rootPath = qualified.toUri().getPath();
    String prefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
    List<String[]> found = new ArrayList<>();
    walk(fs, qualified, prefix, found);
    // The command line's ids: its walk's order (relative paths, by name) and its one id function.
    found.sort((a, b) -> a[0].compareTo(b[0]));
    DocumentIds.Run ids = new DocumentIds.Run();
    List<Row> listed = new ArrayList<>();
    for (String[] file : found) {
      listed.add(RowFactory.create(ids.next(file[0]), file[1], Long.parseLong(file[2])));
    }
    int slices = partitions > 0 ? partitions
        : Math.max(1, Math.min(listed.size(), context.defaultParallelism() * 4));
    Map<String, String> settings = new HashMap<>();
    conf.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
    return JavaSparkContext.fromSparkContext(context)
        .parallelize(listed, slices)
        .map(new Read(settings));
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

  private static boolean isHidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** Reads one listed file (id, path, length) on an executor. */
  private static final class Read implements Function<Row, Row> {
    private static final long serialVersionUID = 1L;
    /** The driver's Hadoop settings (credentials, file system options); Configuration is not serialisable. */
    private final HashMap<String, String> settings;
    private transient Configuration conf;

    Read(Map<String, String> settings) {
      this.settings = new HashMap<>(settings);
    }

    @Override
    public Row call(Row file) {
      String id = file.getString(0);
      Path path = new Path(file.getString(1));
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
     * system looks for a {@code .crc} file beside every file it opens.
     */
    private InputStream open(Path path) throws IOException {
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
