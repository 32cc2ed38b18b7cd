package org.mlgate.analysis.gate;

/** What a rule applies to, as in JaCoCo's {@code <element>}. */
public enum Element {
    /** The model's overall metrics (report.json {@code metrics}). */
    MODEL,
    /** One class's metrics, one-vs-rest (report.json {@code classes}); selected by includes. */
    CLASS,
    /** A slice of the validation rows (a column value or bin); selected by includes such as {@code region=west}. */
    SLICE
}
