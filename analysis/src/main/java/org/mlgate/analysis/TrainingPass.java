package org.mlgate.analysis;

import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.metrics.MetricResult;
import org.mlgate.analysis.metrics.TaskMetrics;
import org.mlgate.analysis.model.ScoredRowSources;
import org.mlgate.analysis.model.SourceRequest;

/**
 * The model on its training rows, for the fit diagnosis: in model mode the training file scored by the same model,
 * in predictions mode a predictions file of the training rows ({@code trainingPredictions}). Streamed through the
 * same row pass and accumulators as the validation rows, on every core, so its metrics and intervals are computed
 * exactly as theirs.
 *
 * <p>A training row that cannot be scored is skipped and counted, whatever {@code onBadRow} says: the training rows
 * serve a diagnosis, and a build that only named them for the leakage checks must not start failing on them.
 *
 * @param data    the file the rows came from
 * @param rows    rows scored
 * @param skipped rows that could not be scored
 * @param metrics their metrics, with intervals
 */
record TrainingPass(String data, long rows, long skipped, MetricResult metrics) {

    /**
     * @return null when the request names no training rows to score (model mode without trainingData, predictions
     *         mode without trainingPredictions)
     */
    static TrainingPass run(EvaluationRequest request, ScoredRowSource validation, MetricOptions options,
                            int chunkBytes) {
        SourceRequest source = request.source();
        SourceRequest training;
        if (validation.tribuoModel().isPresent() && source.model() != null && request.trainingData() != null) {
            training = new SourceRequest(source.model(), request.trainingData(), null, source.labelColumn(), null, null,
                    validation.task(), BadRowPolicy.SKIP, source.format());
        } else if (source.predictions() != null && request.diagnostics().trainingPredictions() != null) {
            training = new SourceRequest(null, null, request.diagnostics().trainingPredictions(), source.labelColumn(),
                    source.predictionColumn(), source.probabilityPrefix(), validation.task(), BadRowPolicy.SKIP,
                    source.format());
        } else {
            return null;
        }
        try (ScoredRowSource rows = ScoredRowSources.open(training)) {
            if (rows.task() != validation.task()) {
                throw new InputException("The training rows of " + rows.dataInfo().path() + " read as a "
                        + rows.task().jsonName() + " task, but the validation rows as " + validation.task().jsonName()
                        + "; give the training rows the same label column and kind of values.");
            }
            Metrics consumer = new Metrics(TaskMetrics.of(rows.task(), rows.probabilityLabels(),
                    options.maxClasses()));
            new RowPass<>(rows, null, consumer, request.threadCount(), chunkBytes).run();
            return new TrainingPass(rows.dataInfo().path(), consumer.metrics.rows(), rows.dataInfo().skippedRows(),
                    consumer.metrics.result(options));
        }
    }

    /** Only the metrics: the training rows need nothing else. */
    private static final class Metrics implements PassConsumer<Metrics> {
        private final TaskMetrics metrics;

        Metrics(TaskMetrics metrics) {
            this.metrics = metrics;
        }

        @Override
        public boolean decided() {
            return true;
        }

        @Override
        public Metrics fork() {
            return new Metrics(metrics.fork());
        }

        @Override
        public void add(ScoredBatch batch) {
            metrics.add(batch);
        }

        @Override
        public void merge(Metrics later) {
            metrics.merge(later.metrics);
        }
    }
}
