package org.mlgate.analysis.checks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.mlgate.analysis.InputException;

/**
 * Reads a time cell as a number that orders like the time: ISO dates ({@code 2024-05-01}) and date-times
 * (with or without offset, {@code Z}) become epoch milliseconds (local times read as UTC), plain numbers stay
 * as they are. A column must not mix the two kinds.
 */
final class TimeCells {
    enum Kind { NUMBER, DATE }

    private TimeCells() {
    }

    /** The cell's kind, or null when the cell is empty. */
    static Kind kindOf(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return Double.isNaN(NumberCells.parse(cell)) ? Kind.DATE : Kind.NUMBER;
    }

    /** The cell's time; NaN when empty; InputException naming the file, line and column when unreadable. */
    static double parse(String cell, String file, long line, String column) {
        if (cell == null || cell.isBlank()) {
            return Double.NaN;
        }
        String text = cell.trim();
        double number = NumberCells.parse(text);
        if (!Double.isNaN(number)) {
            return number;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                try {
                    return OffsetDateTime.parse(text).toInstant().toEpochMilli();
                } catch (DateTimeParseException e) {
                    return Instant.parse(text).toEpochMilli();
                }
            }
            return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new InputException(file + " line " + line + ": the time column '" + column + "' holds '" + text
                    + "', which is neither an ISO date or date-time (2024-05-01, 2024-05-01T10:15:00Z) nor a number;"
                    + " fix the cell or choose another time column.", e);
        }
    }
}
