package org.mlgate.analysis.checks;

import java.util.List;

/**
 * The rows of the training file, read once by {@link DataChecks#result} for the checks that compare validation
 * with training rows (overlap, group overlap, time order, the split of a shared file): {@link FileTrainingRows}
 * reads a file in any format mlgate reads; tests use {@link InMemoryTrainingRows}.
 *
 * <p>{@link #forEachRow} must visit every data row of the file in file order: the position of a row is how the
 * train part of a recorded {@code TrainTestSplitter} split is found.
 */
public interface TrainingRows {

    /** The file, for messages. */
    String source();

    /** The column names, in the order of the cells. */
    List<String> columns();

    /** The label column among {@link #columns()}. */
    String labelColumn();

    /** Calls the visitor with every row, in file order; may throw InputException naming the file and line. */
    void forEachRow(RowVisitor visitor);

    /** Receives one training row. */
    @FunctionalInterface
    interface RowVisitor {
        /**
         * @param line  1-based line in the file, for messages
         * @param cells the raw cells, aligned with {@link TrainingRows#columns()}
         */
        void row(long line, String[] cells);
    }
}
