package org.mlgate.spark;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.spark.sql.Row;

/**
 * A Spark row as the text cells a predictions file would hold: what mlgate's predictions reader scores, so that a
 * Dataset is judged exactly as the same rows in a file. A null is an empty cell; numbers are written as Java writes
 * them ({@code 0.25}, {@code 3.0}, {@code 17}); dates and times in ISO form ({@code 2024-01-31},
 * {@code 2024-01-31T12:00}); text is trimmed, as a file's cells are.
 */
final class RowCells {

    private RowCells() {
    }

    static String[] of(Row row) {
        String[] cells = new String[row.length()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = text(row.get(i));
        }
        return cells;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s.strip();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof Instant) {
            return value.toString();
        }
        return value.toString().strip();
    }
}
