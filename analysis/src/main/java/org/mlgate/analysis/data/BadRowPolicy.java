package org.mlgate.analysis.data;

/** What to do with a validation row that cannot be scored (a bad cell, a wrong cell count, an empty actual). */
public enum BadRowPolicy {
    /** Stop with an {@link org.mlgate.analysis.InputException} naming the file, the line and the cell (default). */
    FAIL,
    /** Leave the row out, count it by reason, and say so in the notes and in {@link DataInfo#skippedRows()}. */
    SKIP
}
