package org.mlgate.analysis.errors;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One condition of a slice: a categorical value, a numeric bin {@code (lower, upper]} (either end may be open,
 * i.e. null), or a missing cell.
 *
 * @param kind  "equals", "range" or "missing"
 * @param value the categorical value (kind "equals")
 * @param lower exclusive lower edge (kind "range"); null = unbounded
 * @param upper inclusive upper edge (kind "range"); null = unbounded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SliceCondition(String column, String kind, String value, Double lower, Double upper) {

    static SliceCondition equalTo(String column, String value) {
        return new SliceCondition(column, "equals", value, null, null);
    }

    static SliceCondition range(String column, Double lower, Double upper) {
        return new SliceCondition(column, "range", null, lower, upper);
    }

    static SliceCondition missing(String column) {
        return new SliceCondition(column, "missing", null, null, null);
    }

    /** Human-readable: {@code region = west}, {@code age <= 22}, {@code age in (40.5, 60]}, {@code age > 60}. */
    public String describe() {
        switch (kind) {
            case "equals":
                return column + " = " + value;
            case "missing":
                return column + " is missing";
            default:
                if (lower == null && upper == null) {
                    return column + " is any number";
                }
                if (lower == null) {
                    return column + " <= " + format(upper);
                }
                if (upper == null) {
                    return column + " > " + format(lower);
                }
                return column + " in (" + format(lower) + ", " + format(upper) + "]";
        }
    }

    static String format(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
