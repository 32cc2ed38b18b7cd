package org.mlgate.analysis.data;

import java.math.BigDecimal;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Receives the values of one column of one chunk from parquet-column's reader and keeps the current one as a cell:
 * its text ({@link ParquetCellKind}) and, for a numeric column, its number, so that nobody parses the text again.
 * A column read as numbers only ({@link DataTable#numbersOnly}) gets no text. A dictionary-encoded column (pyarrow
 * and Spark encode most columns so) turns each dictionary entry into a cell once, however many rows repeat it. One per
 * column and chunk: not shared by threads.
 */
final class ParquetCellConverter extends PrimitiveConverter {
    private final PrimitiveTypeName physical;
    private final ParquetCellKind kind;
    private final int scale;
    private final boolean utc;
    private final boolean text;
    private Dictionary dictionary;
    private String[] dictionaryText;
    private double[] dictionaryNumber;
    private boolean[] decoded;
    private String value;
    private double number;

    ParquetCellConverter(PrimitiveTypeName physical, ParquetCellKind kind, int scale, boolean utc, boolean text) {
        this.physical = physical;
        this.kind = kind;
        this.scale = scale;
        this.utc = utc;
        this.text = text;
    }

    /** The text of the value written last; null for a column read as numbers only. */
    String value() {
        return value;
    }

    /** The number of the value written last; NaN when the column does not store numbers. */
    double number() {
        return number;
    }

    @Override
    public boolean hasDictionarySupport() {
        return true;
    }

    @Override
    public void setDictionary(Dictionary newDictionary) {
        dictionary = newDictionary;
        dictionaryText = new String[newDictionary.getMaxId() + 1];
        dictionaryNumber = new double[dictionaryText.length];
        decoded = new boolean[dictionaryText.length];
    }

    @Override
    public void addValueFromDictionary(int id) {
        if (decoded[id]) {
            value = dictionaryText[id];
            number = dictionaryNumber[id];
            return;
        }
        switch (physical) {
            case BOOLEAN -> addBoolean(dictionary.decodeToBoolean(id));
            case INT32 -> addInt(dictionary.decodeToInt(id));
            case INT64 -> addLong(dictionary.decodeToLong(id));
            case FLOAT -> addFloat(dictionary.decodeToFloat(id));
            case DOUBLE -> addDouble(dictionary.decodeToDouble(id));
            default -> addBinary(dictionary.decodeToBinary(id));
        }
        dictionaryText[id] = value;
        dictionaryNumber[id] = number;
        decoded[id] = true;
    }

    @Override
    public void addBinary(Binary binary) {
        value = kind.ofBinary(binary, scale);
        // Text that holds a number ("3.5") is one for every reader; a dictionary parses each entry once.
        number = kind == ParquetCellKind.HEX || kind == ParquetCellKind.UUID_BYTES
                || kind == ParquetCellKind.INT96_TIMESTAMP ? Double.NaN : CellNumbers.parse(value);
    }

    @Override
    public void addBoolean(boolean bool) {
        value = bool ? "true" : "false";
        number = Double.NaN;
    }

    @Override
    public void addDouble(double newNumber) {
        number = Double.isInfinite(newNumber) ? Double.NaN : newNumber; // inf is text for CellNumbers too
        value = text || Double.isNaN(number) ? DoubleText.of(newNumber) : null;
    }

    @Override
    public void addFloat(float newNumber) {
        // The float's own shortest text (0.1f is "0.1"), as pandas writes a float32 column to CSV, and its number.
        value = DoubleText.of(Double.parseDouble(Float.toString(newNumber)));
        number = CellNumbers.parse(value);
    }

    @Override
    public void addInt(int newNumber) {
        switch (kind) {
            case INT -> {
                number = newNumber;
                value = text ? Integer.toString(newNumber) : null;
            }
            case DECIMAL -> {
                value = BigDecimal.valueOf(newNumber, scale).toPlainString();
                number = CellNumbers.parse(value);
            }
            case UNSIGNED_INT -> {
                number = Integer.toUnsignedLong(newNumber);
                value = Integer.toUnsignedString(newNumber);
            }
            default -> {
                value = kind.ofInt(newNumber, scale);
                number = Double.NaN;
            }
        }
    }

    @Override
    public void addLong(long newNumber) {
        switch (kind) {
            case LONG -> {
                number = newNumber;
                value = text ? Long.toString(newNumber) : null;
            }
            case DECIMAL, UNSIGNED_LONG -> {
                value = kind.ofLong(newNumber, scale, utc);
                number = CellNumbers.parse(value);
            }
            default -> {
                value = kind.ofLong(newNumber, scale, utc);
                number = Double.NaN;
            }
        }
    }
}
