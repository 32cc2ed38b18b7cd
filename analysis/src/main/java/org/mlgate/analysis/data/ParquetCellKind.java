package org.mlgate.analysis.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.parquet.format.ConvertedType;
import org.apache.parquet.format.LogicalType;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.TimeUnit;
import org.apache.parquet.io.api.Binary;

/**
 * How a Parquet value becomes the text of a cell, from the column's physical type and its logical annotation, so
 * that a Parquet file gives the cells a CSV export of the same data (pandas' {@code to_csv}) would: numbers as
 * decimal text that reads back as the same double, strings trimmed, decimals in plain notation, dates and times in
 * ISO 8601 ({@code 2024-03-01}, {@code 2024-03-01T12:00:00Z} for an instant), booleans {@code true}/{@code false}.
 * A NaN double is an empty cell, as pandas reads it: a missing value.
 */
enum ParquetCellKind {
    BOOLEAN, INT, UNSIGNED_INT, LONG, UNSIGNED_LONG, FLOAT, DOUBLE, FLOAT16, TEXT, DECIMAL, DATE, TIME_MILLIS,
    TIME_MICROS, TIME_NANOS, TIMESTAMP_MILLIS, TIMESTAMP_MICROS, TIMESTAMP_NANOS, INT96_TIMESTAMP, UUID_BYTES, HEX;

    /** Julian day of 1970-01-01, the epoch of INT96 timestamps (Impala, Hive, Spark's default). */
    private static final long JULIAN_EPOCH_DAY = 2_440_588L;

    static ParquetCellKind of(SchemaElement leaf) {
        LogicalType logical = leaf.isSetLogicalType() ? leaf.getLogicalType() : null;
        ConvertedType converted = leaf.isSetConverted_type() ? leaf.getConverted_type() : null;
        boolean decimal = (logical != null && logical.isSetDECIMAL()) || converted == ConvertedType.DECIMAL;
        switch (leaf.getType()) {
            case BOOLEAN:
                return BOOLEAN;
            case INT32:
                if (decimal) {
                    return DECIMAL;
                }
                if ((logical != null && logical.isSetDATE()) || converted == ConvertedType.DATE) {
                    return DATE;
                }
                if ((logical != null && logical.isSetTIME()) || converted == ConvertedType.TIME_MILLIS) {
                    return TIME_MILLIS;
                }
                if ((logical != null && logical.isSetINTEGER() && !logical.getINTEGER().isIsSigned())
                        || converted == ConvertedType.UINT_32) {
                    return UNSIGNED_INT;
                }
                return INT;
            case INT64:
                if (decimal) {
                    return DECIMAL;
                }
                if (logical != null && logical.isSetTIMESTAMP()) {
                    return timestamp(logical.getTIMESTAMP().getUnit());
                }
                if (converted == ConvertedType.TIMESTAMP_MILLIS) {
                    return TIMESTAMP_MILLIS;
                }
                if (converted == ConvertedType.TIMESTAMP_MICROS) {
                    return TIMESTAMP_MICROS;
                }
                if (logical != null && logical.isSetTIME()) {
                    TimeUnit unit = logical.getTIME().getUnit();
                    return unit.isSetNANOS() ? TIME_NANOS : unit.isSetMILLIS() ? TIME_MILLIS : TIME_MICROS;
                }
                if (converted == ConvertedType.TIME_MICROS) {
                    return TIME_MICROS;
                }
                if ((logical != null && logical.isSetINTEGER() && !logical.getINTEGER().isIsSigned())
                        || converted == ConvertedType.UINT_64) {
                    return UNSIGNED_LONG;
                }
                return LONG;
            case INT96:
                return INT96_TIMESTAMP;
            case FLOAT:
                return FLOAT;
            case DOUBLE:
                return DOUBLE;
            case BYTE_ARRAY:
                if (decimal) {
                    return DECIMAL;
                }
                if ((logical != null && logical.isSetBSON()) || converted == ConvertedType.BSON) {
                    return HEX;
                }
                return TEXT; // STRING, ENUM, JSON, and plain binary, which older writers use for strings
            case FIXED_LEN_BYTE_ARRAY:
                if (decimal) {
                    return DECIMAL;
                }
                if (logical != null && logical.isSetUUID()) {
                    return UUID_BYTES;
                }
                if (logical != null && logical.isSetFLOAT16()) {
                    return FLOAT16;
                }
                return HEX;
            default:
                return HEX;
        }
    }

    private static ParquetCellKind timestamp(TimeUnit unit) {
        return unit.isSetMILLIS() ? TIMESTAMP_MILLIS : unit.isSetNANOS() ? TIMESTAMP_NANOS : TIMESTAMP_MICROS;
    }

    /** The scale of a decimal column, 0 for the others. */
    static int scale(SchemaElement leaf) {
        if (leaf.isSetLogicalType() && leaf.getLogicalType().isSetDECIMAL()) {
            return leaf.getLogicalType().getDECIMAL().getScale();
        }
        return leaf.isSetScale() ? leaf.getScale() : 0;
    }

    /** Whether a timestamp column holds instants (UTC-adjusted), written with a {@code Z}. */
    static boolean utc(SchemaElement leaf) {
        if (leaf.isSetLogicalType() && leaf.getLogicalType().isSetTIMESTAMP()) {
            return leaf.getLogicalType().getTIMESTAMP().isIsAdjustedToUTC();
        }
        return true; // the legacy TIMESTAMP_MILLIS/MICROS annotations and INT96 are instants
    }

    String ofInt(int value, int scale) {
        return switch (this) {
            case DECIMAL -> BigDecimal.valueOf(value, scale).toPlainString();
            case DATE -> LocalDate.ofEpochDay(value).toString();
            case TIME_MILLIS -> LocalTime.ofNanoOfDay(value * 1_000_000L).toString();
            case UNSIGNED_INT -> Integer.toUnsignedString(value);
            default -> Integer.toString(value);
        };
    }

    String ofLong(long value, int scale, boolean utc) {
        return switch (this) {
            case DECIMAL -> BigDecimal.valueOf(value, scale).toPlainString();
            case UNSIGNED_LONG -> Long.toUnsignedString(value);
            case TIME_MICROS -> LocalTime.ofNanoOfDay(value * 1_000L).toString();
            case TIME_NANOS -> LocalTime.ofNanoOfDay(value).toString();
            case TIME_MILLIS -> LocalTime.ofNanoOfDay(value * 1_000_000L).toString();
            case TIMESTAMP_MILLIS -> timestamp(value, 1_000L, utc);
            case TIMESTAMP_MICROS -> timestamp(value, 1_000_000L, utc);
            case TIMESTAMP_NANOS -> timestamp(value, 1_000_000_000L, utc);
            default -> Long.toString(value);
        };
    }

    String ofBinary(Binary value, int scale) {
        return switch (this) {
            case DECIMAL -> new BigDecimal(new BigInteger(value.getBytes()), scale).toPlainString();
            case INT96_TIMESTAMP -> int96(value);
            case UUID_BYTES -> uuid(value.getBytes());
            case FLOAT16 -> DoubleText.of(float16(value.getBytes()));
            case HEX -> HexFormat.of().formatHex(value.getBytes());
            default -> value.toStringUsingUTF8().trim();
        };
    }

    /** A timestamp of {@code perSecond} units a second since the epoch. */
    private static String timestamp(long units, long perSecond, boolean utc) {
        return instant(Math.floorDiv(units, perSecond), Math.floorMod(units, perSecond) * (1_000_000_000L / perSecond),
                utc);
    }

    private static String instant(long seconds, long nanos, boolean utc) {
        if (utc) {
            return Instant.ofEpochSecond(seconds, nanos).toString();
        }
        return LocalDateTime.ofEpochSecond(seconds, (int) nanos, ZoneOffset.UTC).toString();
    }

    /** Eight bytes of nanoseconds in the day, then four of the Julian day, both little-endian. */
    private static String int96(Binary value) {
        ByteBuffer bytes = value.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = bytes.getLong(bytes.position());
        long julianDay = bytes.getInt(bytes.position() + 8);
        long seconds = Math.multiplyExact(julianDay - JULIAN_EPOCH_DAY, 86_400L)
                + Math.floorDiv(nanosOfDay, 1_000_000_000L);
        return Instant.ofEpochSecond(seconds, Math.floorMod(nanosOfDay, 1_000_000_000L)).toString();
    }

    private static String uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }

    /** IEEE 754 half precision, little-endian, as a double. */
    static double float16(byte[] bytes) {
        int bits = (bytes[0] & 0xff) | (bytes[1] & 0xff) << 8;
        int sign = (bits >> 15) == 0 ? 1 : -1;
        int exponent = (bits >> 10) & 0x1f;
        int fraction = bits & 0x3ff;
        if (exponent == 0) {
            return sign * Math.scalb((double) fraction, -24);
        }
        if (exponent == 31) {
            return fraction == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        return sign * Math.scalb((double) (fraction | 0x400), exponent - 25);
    }
}
