package org.mlgate.analysis.data;

/**
 * Numbers written with a decimal comma ({@code -3,14}, {@code 2,5e-3}), read as the same number with a point, so that
 * every consumer parses one notation. Only a cell that is such a number changes: text keeps its commas.
 */
final class DecimalComma {
    private DecimalComma() {
    }

    static String toPoint(String cell) {
        int comma = cell.indexOf(',');
        if (comma < 0 || cell.indexOf(',', comma + 1) >= 0 || cell.indexOf('.') >= 0) {
            return cell;
        }
        String withPoint = cell.substring(0, comma) + '.' + cell.substring(comma + 1);
        return CellNumbers.isPlainDecimal(withPoint) ? withPoint : cell;
    }
}
