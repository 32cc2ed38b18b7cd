package org.mlgate.analysis.data;

import io.airlift.compress.Compressor;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes Parquet test files with parquet-java's own writer (parquet-hadoop, test scope only), the writer Spark uses,
 * with Spark's layouts (its {@code spark_schema} message, INT96 timestamps, three-level lists, structs) and every
 * encoding and page version it writes, without Hadoop: through {@link LocalOutputFile} and a codec factory of
 * pure-Java compressors. No Python writer of Parquet is available here (pyarrow is not packaged by Debian), so
 * pyarrow's layout is covered by the one file pandas' tests ship, written by pyarrow 0.17.1
 * ({@code src/test/resources/data/pyarrow-0.17.1-pandas-simple.parquet}).
 *
 * <p>The builder's Hadoop-free overloads are called by handle: javac would need Hadoop's classes to choose between
 * them and the Hadoop ones of the same arity.
 */
public final class ParquetFixtures {

    /** How a file is written. */
    public record Layout(CompressionCodecName codec, boolean dictionary, ParquetProperties.WriterVersion pages,
                  int rowsPerPage, long rowGroupBytes) {

        /** Spark's defaults: snappy, dictionary encoding, version 1 pages, one row group for small files. */
        public static Layout spark() {
            return new Layout(CompressionCodecName.SNAPPY, true, ParquetProperties.WriterVersion.PARQUET_1_0, 20_000,
                    128L << 20);
        }

        Layout withCodec(CompressionCodecName newCodec) {
            return new Layout(newCodec, dictionary, pages, rowsPerPage, rowGroupBytes);
        }

        /** Pages of {@code rows} rows at most and row groups of about 100 rows: many pages and groups to cross. */
        Layout small(int rows) {
            return new Layout(codec, dictionary, pages, rows, 1);
        }

        Layout version2() {
            return new Layout(codec, dictionary, ParquetProperties.WriterVersion.PARQUET_2_0, rowsPerPage,
                    rowGroupBytes);
        }

        Layout withGroupBytes(long bytes) {
            return new Layout(codec, dictionary, pages, rowsPerPage, bytes);
        }

        Layout plain() {
            return new Layout(codec, false, pages, rowsPerPage, rowGroupBytes);
        }
    }

    private ParquetFixtures() {
    }

    /** A writer of {@code schema} rows laid out as {@code layout}: for files too large to hold in memory. */
    public static ParquetWriter<Group> writer(Path file, MessageType schema, Layout layout) throws IOException {
        Files.deleteIfExists(file);
        return builder(file).withType(schema).withCompressionCodec(layout.codec())
                .withCodecFactory(new Compressors()).withDictionaryEncoding(layout.dictionary())
                .withWriterVersion(layout.pages()).withPageRowCountLimit(layout.rowsPerPage())
                .withRowGroupSize(layout.rowGroupBytes()).build();
    }

    /** Writes {@code rows} rows of {@code schema}, each filled by {@code fill(group, index)}. */
    static Path write(Path file, String schema, Layout layout, int rows, BiConsumer<Group, Integer> fill)
            throws IOException {
        MessageType type = MessageTypeParser.parseMessageType(schema);
        try (ParquetWriter<Group> writer = writer(file, type, layout)) {
            SimpleGroupFactory groups = new SimpleGroupFactory(type);
            for (int i = 0; i < rows; i++) {
                Group group = groups.newGroup();
                fill.accept(group, i);
                writer.write(group);
            }
        }
        return file;
    }

    private static ExampleParquetWriter.Builder builder(Path file) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            ExampleParquetWriter.Builder builder = (ExampleParquetWriter.Builder) lookup.findStatic(
                    ExampleParquetWriter.class, "builder",
                    MethodType.methodType(ExampleParquetWriter.Builder.class, OutputFile.class))
                    .invoke(new LocalOutputFile(file));
            lookup.findVirtual(ParquetWriter.Builder.class, "withConf",
                    MethodType.methodType(ParquetWriter.Builder.class, ParquetConfiguration.class))
                    .invoke(builder, new PlainParquetConfiguration());
            return builder;
        } catch (Throwable e) {
            throw new IllegalStateException("parquet-hadoop's writer builder changed: " + e, e);
        }
    }

    /** Pure-Java compressors for the writer; the reader under test has its own decompression. */
    private static final class Compressors implements CompressionCodecFactory {
        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) throws IOException {
                    byte[] input = bytes.toByteArray();
                    return switch (codec) {
                        case UNCOMPRESSED -> BytesInput.from(input);
                        case SNAPPY -> block(new SnappyCompressor(), input);
                        case ZSTD -> block(new ZstdCompressor(), input);
                        case LZ4_RAW -> block(new Lz4Compressor(), input);
                        case GZIP -> gzip(input);
                        default -> throw new IOException("no test compressor for " + codec);
                    };
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return codec;
                }

                @Override
                public void release() {
                }
            };
        }

        private static BytesInput block(Compressor compressor, byte[] input) {
            byte[] output = new byte[compressor.maxCompressedLength(input.length)];
            int n = compressor.compress(input, 0, input.length, output, 0, output.length);
            return BytesInput.from(output, 0, n);
        }

        private static BytesInput gzip(byte[] input) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(input);
            }
            return BytesInput.from(out.toByteArray());
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            throw new UnsupportedOperationException("the tests read with mlgate's reader");
        }

        @Override
        public void release() {
        }
    }

    /** All rows of a table, read row by row. */
    static List<CsvRow> readAll(DataTable table) {
        List<CsvRow> rows = new java.util.ArrayList<>();
        for (CsvRow row = table.next(); row != null; row = table.next()) {
            rows.add(row);
        }
        return rows;
    }
}
