package org.mlgate.analysis.metrics;

/**
 * The median of values held in {@link DoubleChunks}, found in place by quickselect (no copy of the rows), averaging
 * the two middle values for an even count as numpy does.
 */
final class MedianSelector {
    private MedianSelector() {
    }

    static double median(DoubleChunks values) {
        long n = values.size();
        if (n == 0) {
            return Double.NaN;
        }
        double upper = select(values, 0, n - 1, n / 2);
        if (n % 2 == 1) {
            return upper;
        }
        // After selecting n/2, everything left of it is <= it: the lower middle is the maximum of that part.
        double lower = Double.NEGATIVE_INFINITY;
        for (long i = 0; i < n / 2; i++) {
            lower = Math.max(lower, values.get(i));
        }
        return (lower + upper) / 2;
    }

    private static double select(DoubleChunks a, long left, long right, long k) {
        long seed = 0x2545F4914F6CDD1DL;
        while (left < right) {
            seed = Bootstrap.mix(seed + left + right);
            long pivotIndex = left + Math.floorMod(seed, right - left + 1);
            double pivot = a.get(pivotIndex);
            // Three-way partition: [left, lt) < pivot, [lt, gt] == pivot, (gt, right] > pivot.
            long lt = left;
            long gt = right;
            long i = left;
            while (i <= gt) {
                double v = a.get(i);
                if (v < pivot) {
                    swap(a, lt++, i++);
                } else if (v > pivot) {
                    swap(a, i, gt--);
                } else {
                    i++;
                }
            }
            if (k < lt) {
                right = lt - 1;
            } else if (k > gt) {
                left = gt + 1;
            } else {
                return pivot;
            }
        }
        return a.get(k);
    }

    private static void swap(DoubleChunks a, long i, long j) {
        double t = a.get(i);
        a.set(i, a.get(j));
        a.set(j, t);
    }
}
