package org.mlgate.analysis.report;

import java.math.BigDecimal;

/**
 * A JSON scalar as people read it in a table cell or a chip: whole numbers without ".0", other numbers through
 * {@link NumberText}, booleans as yes/no, null as an empty string.
 */
final class CellText {

    private CellText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Number number) {
            return number instanceof Double || number instanceof Float || number instanceof BigDecimal
                    ? NumberText.of(number.doubleValue())
                    : number.toString();
        }
        return value.toString();
    }
}
