package org.mlgate.analysis.diagnostics;

import java.nio.file.Path;
import org.mlgate.analysis.InputException;

/**
 * What the diagnostics of issue 12 need besides the rows.
 *
 * @param importance          compute feature importance (model mode) or the association of columns with errors
 *                            (predictions mode)
 * @param importanceRows      at most this many validation rows, drawn by a hash of their position, are permuted
 *                            and scored again per column; fewer when the table is wide (see
 *                            {@link PermutationImportance#WORK_BUDGET})
 * @param importanceRepeats   permutations per column
 * @param trainingPredictions predictions mode: a predictions file of the training rows, for the bias and variance
 *                            diagnosis; null for none (model mode scores {@code trainingData} instead)
 * @param targetError         the error the model could reach (human-level or best known), in the unit of the
 *                            diagnosis metric (error rate, or RMSE for regression); null = judge bias against the
 *                            majority class or the mean instead
 * @param foldColumn          predictions mode: the column holding each row's cross-validation fold; null for none
 * @param onInconclusive      what a limit that the data cannot decide does to the build
 */
public record DiagnosticsOptions(boolean importance, int importanceRows, int importanceRepeats,
                                 Path trainingPredictions, Double targetError, String foldColumn,
                                 Inconclusive onInconclusive) {

    public static final int DEFAULT_IMPORTANCE_ROWS = 2000;
    public static final int DEFAULT_IMPORTANCE_REPEATS = 3;
    public static final int MAX_IMPORTANCE_ROWS = 100_000;
    public static final int MAX_IMPORTANCE_REPEATS = 100;

    public DiagnosticsOptions {
        if (importanceRows < 10 || importanceRows > MAX_IMPORTANCE_ROWS) {
            throw new InputException("importanceRows (ml.importanceRows) is " + importanceRows + "; set it between 10"
                    + " and " + MAX_IMPORTANCE_ROWS + " (" + DEFAULT_IMPORTANCE_ROWS + " is the default).");
        }
        if (importanceRepeats < 1 || importanceRepeats > MAX_IMPORTANCE_REPEATS) {
            throw new InputException("importanceRepeats (ml.importanceRepeats) is " + importanceRepeats + "; set it"
                    + " between 1 and " + MAX_IMPORTANCE_REPEATS + " (" + DEFAULT_IMPORTANCE_REPEATS
                    + " is the default).");
        }
        if (targetError != null && !(targetError >= 0 && Double.isFinite(targetError))) {
            throw new InputException("targetError (ml.targetError) is " + targetError + "; set it to the error the"
                    + " model could reach (0 or more, in the unit of the error rate, or of RMSE for regression).");
        }
        foldColumn = foldColumn == null || foldColumn.isBlank() ? null : foldColumn.trim();
        onInconclusive = onInconclusive == null ? Inconclusive.ESTIMATE : onInconclusive;
    }

    /** Importance on, 2,000 rows, 3 repeats; no training predictions, target or folds; estimates decide. */
    public static DiagnosticsOptions defaults() {
        return new DiagnosticsOptions(true, DEFAULT_IMPORTANCE_ROWS, DEFAULT_IMPORTANCE_REPEATS, null, null, null,
                Inconclusive.ESTIMATE);
    }

    public DiagnosticsOptions withImportance(boolean on) {
        return new DiagnosticsOptions(on, importanceRows, importanceRepeats, trainingPredictions, targetError,
                foldColumn, onInconclusive);
    }

    public DiagnosticsOptions withTrainingPredictions(Path file) {
        return new DiagnosticsOptions(importance, importanceRows, importanceRepeats, file, targetError, foldColumn,
                onInconclusive);
    }

    public DiagnosticsOptions withTargetError(Double error) {
        return new DiagnosticsOptions(importance, importanceRows, importanceRepeats, trainingPredictions, error,
                foldColumn, onInconclusive);
    }

    public DiagnosticsOptions withFoldColumn(String column) {
        return new DiagnosticsOptions(importance, importanceRows, importanceRepeats, trainingPredictions, targetError,
                column, onInconclusive);
    }

    public DiagnosticsOptions withOnInconclusive(Inconclusive policy) {
        return new DiagnosticsOptions(importance, importanceRows, importanceRepeats, trainingPredictions, targetError,
                foldColumn, policy);
    }
}
