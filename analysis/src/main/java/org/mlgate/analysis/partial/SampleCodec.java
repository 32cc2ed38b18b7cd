package org.mlgate.analysis.partial;

import org.mlgate.analysis.metrics.MetricsState;
import org.mlgate.analysis.metrics.PredictionSample;

/**
 * The regression charts' row sample ({@link PredictionSample}): the rows it holds (each with the hashed index that
 * chose it) and its cut. A classification task's sample holds nothing.
 */
final class SampleCodec implements PartCodec<PredictionSample> {

    @Override
    public Class<PredictionSample> type() {
        return PredictionSample.class;
    }

    @Override
    public String section() {
        return "sample";
    }

    @Override
    public void write(PredictionSample sample, StateOutput out, PartContext context) {
        boolean active = MetricsState.sampling(sample);
        out.writeBoolean(active);
        if (!active) {
            return;
        }
        MetricsState.Sample s = MetricsState.sample(sample);
        out.writeLong(s.rows());
        out.writeLong(s.cut());
        out.writeInt(s.priority().length);
        for (int i = 0; i < s.priority().length; i++) {
            out.writeLong(s.priority()[i]);
            out.writeLong(s.index()[i]);
            out.writeDouble(s.actual()[i]);
            out.writeDouble(s.predicted()[i]);
        }
    }

    @Override
    public void read(StateInput in, PredictionSample target, PartContext context) {
        boolean active = in.readBoolean();
        if (active != MetricsState.sampling(target)) {
            throw StateRejection.damaged("its row sample is of another task than its header's");
        }
        if (!active) {
            return;
        }
        long rows = in.readLong("sampled rows", 0, context.rowBound());
        long cut = in.readLong();
        int n = in.readCount("rows of the sample", Math.min(rows, 2L * MetricsState.capacity(target) - 1), 32);
        long[] priority = new long[n];
        long[] index = new long[n];
        double[] actual = new double[n];
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            priority[i] = in.readLong("a sampled row's priority", 0, cut);
            index[i] = in.readLong("a sampled row's index", 0, Long.MAX_VALUE);
            actual[i] = in.readFinite("an actual value");
            predicted[i] = in.readFinite("a predicted value");
        }
        MetricsState.restore(target, new MetricsState.Sample(rows, cut, priority, index, actual, predicted));
    }
}
