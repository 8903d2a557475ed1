package dev.entente.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Rows of one table, as {@link dev.entente.tables.DocumentRows} gives them, written straight to a
 * Parquet file with the types Spark's own Parquet writer gives the table's {@link StructType}
 * (string as UTF-8 binary, int as INT32, date as INT32 DATE, a non-nullable column as required),
 * so that Spark, DuckDB and any other Parquet reader see the same table as from {@code
 * Dataset.write().parquet}. Snappy-compressed, as Spark's default.
 */
final class ParquetRows implements AutoCloseable {
  private final ParquetWriter<List<Object>> writer;

  private ParquetRows(ParquetWriter<List<Object>> writer) {
    this.writer = writer;
  }

  /**
   * Creates {@code file} (it must not exist), and its folder, for rows of {@code schema}. On the
   * local file system through java.nio: Hadoop's local file system runs a {@code chmod} process
   * for every file and folder it creates (without its native library, as in a plain JVM).
   */
  static ParquetRows create(Path file, StructType schema, Configuration conf) throws IOException {
    FileSystem fs = file.getFileSystem(conf);
    OutputFile output;
    if (isLocal(fs)) {
      java.nio.file.Path local = local(fs, file);
      Files.createDirectories(local.getParent());
      output = new LocalOutputFile(local);
    } else {
      output = HadoopOutputFile.fromPath(file, conf);
    }
    return new ParquetRows(new Builder(output, schema)
        .withConf(conf)
        .withWriteMode(ParquetFileWriter.Mode.CREATE)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .build());
  }

  /** Whether {@code fs} is the local file system (Hadoop's checksummed one or its raw one). */
  static boolean isLocal(FileSystem fs) {
    return "file".equals(fs.getScheme());
  }

  /** The java.nio path of a path on the local file system {@code fs}. */
  static java.nio.file.Path local(FileSystem fs, Path file) {
    return Paths.get(fs.makeQualified(file).toUri());
  }

  /** Creates an empty file, and its folder, as {@link #create} does. */
  static void touch(Path file, Configuration conf) throws IOException {
    FileSystem fs = file.getFileSystem(conf);
    if (isLocal(fs)) {
      java.nio.file.Path local = local(fs, file);
      Files.createDirectories(local.getParent());
      Files.write(local, new byte[0]);
    } else {
      fs.create(file, true).close();
    }
  }

  void write(List<Object> row) throws IOException {
    writer.write(row);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  /** The Parquet schema of {@code schema}, as Spark writes it. */
  static MessageType messageType(StructType schema) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (StructField field : schema.fields()) {
      Type.Repetition repetition = field.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
      DataType type = field.dataType();
      if (type.equals(DataTypes.StringType)) {
        message.primitive(PrimitiveTypeName.BINARY, repetition).as(LogicalTypeAnnotation.stringType()).named(field.name());
      } else if (type.equals(DataTypes.IntegerType)) {
        message.primitive(PrimitiveTypeName.INT32, repetition).named(field.name());
      } else if (type.equals(DataTypes.LongType)) {
        message.primitive(PrimitiveTypeName.INT64, repetition).named(field.name());
      } else if (type.equals(DataTypes.BooleanType)) {
        message.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(field.name());
      } else if (type.equals(DataTypes.DateType)) {
        message.primitive(PrimitiveTypeName.INT32, repetition).as(LogicalTypeAnnotation.dateType()).named(field.name());
      } else {
        throw new IllegalArgumentException("no Parquet type for column " + field.name() + " of type " + type.simpleString());
      }
    }
    return message.named("spark_schema");
  }

  private static final class Builder extends ParquetWriter.Builder<List<Object>, Builder> {
    private final StructType schema;

    Builder(OutputFile file, StructType schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    @SuppressWarnings("deprecation") // abstract, and the Hadoop Configuration is what Spark's tasks have
    protected WriteSupport<List<Object>> getWriteSupport(Configuration conf) {
      return new RowWriteSupport(schema);
    }
  }

  /** One row: the values in column order, null for SQL NULL. */
  private static final class RowWriteSupport extends WriteSupport<List<Object>> {
    private static final int STRING = 0;
    private static final int INT = 1;
    private static final int LONG = 2;
    private static final int BOOLEAN = 3;
    private static final int DATE = 4;

    private final MessageType message;
    /** Per column, decided once here rather than per value: its name, kind and nullability. */
    private final String[] names;
    private final int[] kinds;
    private final boolean[] nullable;
    private RecordConsumer consumer;

    RowWriteSupport(StructType schema) {
      this.message = messageType(schema);
      StructField[] fields = schema.fields();
      names = new String[fields.length];
      kinds = new int[fields.length];
      nullable = new boolean[fields.length];
      for (int i = 0; i < fields.length; i++) {
        names[i] = fields[i].name();
        nullable[i] = fields[i].nullable();
        DataType type = fields[i].dataType();
        kinds[i] = type.equals(DataTypes.StringType) ? STRING
            : type.equals(DataTypes.IntegerType) ? INT
            : type.equals(DataTypes.LongType) ? LONG
            : type.equals(DataTypes.BooleanType) ? BOOLEAN
            : DATE;   // messageType refused every other type
      }
    }

    @Override
    @SuppressWarnings("deprecation") // the abstract one; its ParquetConfiguration twin calls it
    public WriteContext init(Configuration configuration) {
      return new WriteContext(message, new HashMap<>());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.consumer = recordConsumer;
    }

    @Override
    public void write(List<Object> row) {
      consumer.startMessage();
      for (int i = 0; i < kinds.length; i++) {
        Object value = row.get(i);
        if (value == null) {
          if (!nullable[i]) {
            throw new IllegalArgumentException("null in the non-null column " + names[i]);
          }
          continue;
        }
        consumer.startField(names[i], i);
        switch (kinds[i]) {
          case STRING:
            consumer.addBinary(Binary.fromString((String) value));
            break;
          case INT:
            consumer.addInteger((Integer) value);
            break;
          case LONG:
            consumer.addLong(((Number) value).longValue());
            break;
          case BOOLEAN:
            consumer.addBoolean((Boolean) value);
            break;
          default:
            consumer.addInteger(Math.toIntExact(((LocalDate) value).toEpochDay()));
        }
        consumer.endField(names[i], i);
      }
      consumer.endMessage();
    }
  }
}
