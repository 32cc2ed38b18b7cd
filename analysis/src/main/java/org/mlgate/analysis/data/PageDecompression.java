package org.mlgate.analysis.data;

import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.format.CompressionCodec;

/**
 * Decompresses the pages of a Parquet column chunk, in pure Java: snappy (pyarrow's and Spark's default), zstd, LZ4
 * (raw, and the Hadoop framing of the older LZ4 codec) with aircompressor, gzip with java.util.zip. Stateless: any
 * thread, any page. Brotli and LZO are refused by {@link #supports} with the file's name.
 */
final class PageDecompression {
    private PageDecompression() {
    }

    static boolean supports(CompressionCodec codec) {
        return switch (codec) {
            case UNCOMPRESSED, SNAPPY, GZIP, ZSTD, LZ4, LZ4_RAW -> true;
            default -> false;
        };
    }

    /** The page's bytes, {@code size} of them once decompressed. */
    static byte[] decompress(CompressionCodec codec, byte[] input, int size) throws IOException {
        if (codec == CompressionCodec.UNCOMPRESSED) {
            return input;
        }
        byte[] output = new byte[size];
        int written = switch (codec) {
            case SNAPPY -> block(new SnappyDecompressor(), input, 0, input.length, output, 0, size);
            case ZSTD -> block(new ZstdDecompressor(), input, 0, input.length, output, 0, size);
            case LZ4_RAW -> block(new Lz4Decompressor(), input, 0, input.length, output, 0, size);
            case LZ4 -> hadoopLz4(input, output);
            case GZIP -> gzip(input, output);
            default -> throw new IOException("pages compressed with " + codec + " cannot be read");
        };
        if (written != size) {
            throw new IOException("a page holds " + written + " bytes once decompressed, but its header says " + size);
        }
        return output;
    }

    private static int block(Decompressor decompressor, byte[] input, int from, int length, byte[] output, int at,
                             int room) throws IOException {
        try {
            return decompressor.decompress(input, from, length, output, at, room);
        } catch (RuntimeException e) {
            throw new IOException("a page is not valid compressed data (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The LZ4 codec as Hadoop frames it (what parquet-mr wrote as LZ4): blocks of a big-endian uncompressed length and
     * then chunks of a big-endian compressed length and raw LZ4 data. Files that pyarrow wrote with plain LZ4 frames
     * under this codec name are read as one raw block when the framing does not fit.
     */
    private static int hadoopLz4(byte[] input, byte[] output) throws IOException {
        int in = 0;
        int out = 0;
        try {
            while (in + 8 <= input.length) {
                int blockSize = bigEndianInt(input, in);
                in += 4;
                int blockEnd = out + blockSize;
                if (blockSize < 0 || blockEnd > output.length) {
                    throw new IOException("not Hadoop-framed");
                }
                while (out < blockEnd) {
                    int chunk = bigEndianInt(input, in);
                    in += 4;
                    if (chunk < 0 || in + chunk > input.length) {
                        throw new IOException("not Hadoop-framed");
                    }
                    out += new Lz4Decompressor().decompress(input, in, chunk, output, out, output.length - out);
                    in += chunk;
                }
            }
            if (in != input.length) {
                throw new IOException("not Hadoop-framed");
            }
            return out;
        } catch (IOException | RuntimeException notFramed) {
            return block(new Lz4Decompressor(), input, 0, input.length, output, 0, output.length);
        }
    }

    private static int bigEndianInt(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | (bytes[at + 3] & 0xff);
    }

    private static int gzip(byte[] input, byte[] output) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(input), 8192)) {
            int n = in.readNBytes(output, 0, output.length);
            if (in.read() >= 0) {
                throw new IOException("a gzip page holds more bytes than its header says");
            }
            return n;
        }
    }
}
