package org.mlgate.analysis.data;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * One column of a Parquet file as mlgate reads it: a leaf of the schema outside any repeated field, named by its path
 * ({@code amount}, or {@code address.city} for a field of a struct).
 *
 * @param name       the column's name in the table: the path joined with dots
 * @param chunk      the index of its column chunk in every row group (the leaf's position in the schema)
 * @param descriptor what parquet-column's decoders need: path, physical type, definition level of a value
 * @param kind       how a value becomes a cell's text
 * @param scale      the scale of a decimal column
 * @param utc        a timestamp column holds instants
 */
record ParquetColumn(String name, int chunk, ColumnDescriptor descriptor, ParquetCellKind kind, int scale,
                     boolean utc) {

    static ParquetColumn of(String[] path, int chunk, SchemaElement leaf, int maxDefinition) {
        PrimitiveType.PrimitiveTypeName physical = switch (leaf.getType()) {
            case BYTE_ARRAY -> PrimitiveType.PrimitiveTypeName.BINARY;
            default -> PrimitiveType.PrimitiveTypeName.valueOf(leaf.getType().name());
        };
        Type.Repetition repetition = leaf.getRepetition_type() == null ? Type.Repetition.OPTIONAL
                : Type.Repetition.valueOf(leaf.getRepetition_type().name());
        int length = leaf.isSetType_length() ? leaf.getType_length() : 0;
        PrimitiveType type = new PrimitiveType(repetition, physical, length, path[path.length - 1]);
        return new ParquetColumn(String.join(".", path), chunk, new ColumnDescriptor(path, type, 0, maxDefinition),
                ParquetCellKind.of(leaf), ParquetCellKind.scale(leaf), ParquetCellKind.utc(leaf));
    }

    int maxDefinition() {
        return descriptor.getMaxDefinitionLevel();
    }

    /** A converter for one chunk of this column; {@code text} false for a column read as numbers only. */
    ParquetCellConverter converter(boolean text) {
        return new ParquetCellConverter(descriptor.getPrimitiveType().getPrimitiveTypeName(), kind, scale, utc,
                text);
    }
}
