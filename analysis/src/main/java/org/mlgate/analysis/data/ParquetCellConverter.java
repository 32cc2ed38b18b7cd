package org.mlgate.analysis.data;

import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Receives the values of one column of one chunk from parquet-column's reader and keeps the current one as a cell's
 * text ({@link ParquetCellKind}). A dictionary-encoded column (pyarrow and Spark encode most columns so) turns each
 * dictionary entry into text once, however many rows repeat it. One per column and chunk: not shared by threads.
 */
final class ParquetCellConverter extends PrimitiveConverter {
    private final PrimitiveTypeName physical;
    private final ParquetCellKind kind;
    private final int scale;
    private final boolean utc;
    private Dictionary dictionary;
    private String[] dictionaryText;
    private String value;

    ParquetCellConverter(PrimitiveTypeName physical, ParquetCellKind kind, int scale, boolean utc) {
        this.physical = physical;
        this.kind = kind;
        this.scale = scale;
        this.utc = utc;
    }

    /** The text of the value written last. */
    String value() {
        return value;
    }

    @Override
    public boolean hasDictionarySupport() {
        return true;
    }

    @Override
    public void setDictionary(Dictionary newDictionary) {
        dictionary = newDictionary;
        dictionaryText = new String[newDictionary.getMaxId() + 1];
    }

    @Override
    public void addValueFromDictionary(int id) {
        String text = dictionaryText[id];
        if (text == null) {
            text = switch (physical) {
                case BOOLEAN -> Boolean.toString(dictionary.decodeToBoolean(id));
                case INT32 -> kind.ofInt(dictionary.decodeToInt(id), scale);
                case INT64 -> kind.ofLong(dictionary.decodeToLong(id), scale, utc);
                case FLOAT -> floatText(dictionary.decodeToFloat(id));
                case DOUBLE -> DoubleText.of(dictionary.decodeToDouble(id));
                default -> kind.ofBinary(dictionary.decodeToBinary(id), scale);
            };
            dictionaryText[id] = text;
        }
        value = text;
    }

    /** A float's own shortest text (0.1f is "0.1"), as pandas writes a float32 column to CSV. */
    private static String floatText(float number) {
        return DoubleText.of(Double.parseDouble(Float.toString(number)));
    }

    @Override
    public void addBinary(Binary binary) {
        value = kind.ofBinary(binary, scale);
    }

    @Override
    public void addBoolean(boolean bool) {
        value = bool ? "true" : "false";
    }

    @Override
    public void addDouble(double number) {
        value = DoubleText.of(number);
    }

    @Override
    public void addFloat(float number) {
        value = floatText(number);
    }

    @Override
    public void addInt(int number) {
        value = kind.ofInt(number, scale);
    }

    @Override
    public void addLong(long number) {
        value = kind.ofLong(number, scale, utc);
    }
}
