package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Ten equal-width bins [0, 0.1), ..., [0.9, 1.0] of a predicted probability: per bin the number of rows, the sum of
 * the probabilities and the number of rows where the event happened. Probabilities outside [0, 1] go to the end
 * bins. Mergeable; the expected calibration error is the count-weighted mean of |mean probability - frequency|.
 */
final class CalibrationHistogram {
    static final int BINS = 10;

    final long[] count = new long[BINS];
    final long[] events = new long[BINS];
    final CompensatedSum[] probability = new CompensatedSum[BINS];

    CalibrationHistogram() {
        for (int b = 0; b < BINS; b++) {
            probability[b] = new CompensatedSum();
        }
    }

    void add(double p, boolean event) {
        int bin = (int) Math.floor(p * BINS);
        bin = Math.max(0, Math.min(BINS - 1, bin));
        count[bin]++;
        probability[bin].add(p);
        if (event) {
            events[bin]++;
        }
    }

    void merge(CalibrationHistogram other) {
        for (int b = 0; b < BINS; b++) {
            count[b] += other.count[b];
            events[b] += other.events[b];
            probability[b].add(other.probability[b]);
        }
    }

    double expectedCalibrationError() {
        long total = 0;
        double error = 0;
        for (int b = 0; b < BINS; b++) {
            total += count[b];
            if (count[b] > 0) {
                error += count[b] * Math.abs(probability[b].value() / count[b] - (double) events[b] / count[b]);
            }
        }
        return total == 0 ? Double.NaN : error / total;
    }

    List<CalibrationBin> bins() {
        List<CalibrationBin> bins = new ArrayList<>(BINS);
        for (int b = 0; b < BINS; b++) {
            boolean empty = count[b] == 0;
            bins.add(new CalibrationBin(b / (double) BINS, (b + 1) / (double) BINS, count[b],
                    empty ? null : probability[b].value() / count[b], empty ? null : (double) events[b] / count[b]));
        }
        return List.copyOf(bins);
    }
}
