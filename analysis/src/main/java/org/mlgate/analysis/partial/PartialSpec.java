package org.mlgate.analysis.partial;

import java.util.List;
import java.util.Objects;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.model.SourceRequest;

/**
 * What an engine counts, and how: the table of predictions (its name, its columns) and the evaluation's roles and
 * options. The roles are those of a predictions file: {@code request.source()} names the actual column (default
 * {@code actual}), the predicted column, the probability prefix, the task (null to infer it) and the bad-row policy;
 * the request's metric, error, check and slice options say what is counted. Its rules, baseline and training data
 * are not read here: they are the merger's.
 *
 * @param dataName     the data as the report names it (report.json's data.path and model.path)
 * @param dataSha256   the data's SHA-256 when it is one file, else null
 * @param columns      the table's columns, in order; a row's cells follow them
 * @param positionWord how messages name a row's {@code line}: "Line" for a text file whose header is line 1, "Row"
 *                     for a 1-based position among the rows
 */
public record PartialSpec(String dataName, String dataSha256, List<String> columns, EvaluationRequest request,
                          String positionWord) {

    public PartialSpec {
        columns = List.copyOf(columns);
        SourceRequest source = request.source();
        String actual = source.labelColumn() == null || source.labelColumn().isBlank() ? "actual"
                : source.labelColumn().trim(); // the predictions-file default
        ChecksOptions checks = request.checks();
        if (!Objects.equals(checks.idColumn(), request.errors().idColumn())) {
            throw new IllegalArgumentException("the checks and the error analysis name different id columns: "
                    + checks.idColumn() + " and " + request.errors().idColumn());
        }
        request = new EvaluationRequest(source.withLabelColumn(actual), request.metricOptions(), request.errors(),
                new ChecksOptions(dataSha256, checks.labelColumn() == null ? actual : checks.labelColumn(),
                        checks.idColumn(), checks.groupColumn(), checks.timeColumn(), checks.minorityRatio(),
                        checks.severities()),
                request.trainingData(), request.rules(), request.sliceColumns(), request.baseline(),
                request.threads(), request.diagnostics());
    }

    /** Where a row is, as the start of a sentence: {@code Line 12 of data.csv}. */
    String place(long line) {
        return positionWord + " " + line + " of " + dataName;
    }
}
