package org.mlgate.analysis.checks;

import org.mlgate.analysis.stats.Distributions;

/**
 * How many validation rows a random split would put beside an identical training row, given how often the data
 * repeats rows, and whether the observed overlap exceeds that.
 *
 * <p>Why: data with natural duplicates (spambase 10% of rows, TIC 2000 20%) always shares rows between two random
 * halves, so "any overlap is leakage" fails every clean build on such data. Leakage (rows copied into the validation
 * set, a split done after augmentation) adds overlap beyond what the duplication itself explains.
 *
 * <p>The model: every distinct row (pattern) occurs m times in training and validation together; a random split puts
 * each copy in validation with probability v (the validation share of all rows) independently, so the number of
 * copies in validation is Binomial(m, v). A pattern's validation rows count as overlapping when at least one copy is
 * in training: {@code R = c_v [c_t >= 1]}, with {@code E[R] = m v - m v^m}. Given the observed multiplicities m of
 * every pattern (both tables are counted, so training-only duplicates, the "both copies went to training" outcome,
 * count too), each pattern's R has a known mean and variance. The test statistic is the sum of (R - E[R]) / m over the
 * patterns, against its variance, one-sided with a continuity correction. Why 1/m: a copied row adds about the same
 * excess (0.6 to 0.7 rows) to a pattern of any size, while the variance of R grows with m, so a clump of 50 copies
 * would otherwise drown the signal of a dozen copied rows in its noise; patterns are independent units, so the clump
 * counts once, not as 1,225 pairs.
 *
 * <p>Copying validation rows from training creates patterns of two copies that are always split, where a random split
 * splits only 2v(1-v) of them (42% for a 70/30 split), and no training-only pair stands against them.
 *
 * @param observed validation rows with a copy in training (in the common sample)
 * @param expected what a random split of the same patterns gives on average
 * @param pValue   P(overlap at least {@code observed}) under a random split
 * @param sampledRows validation rows in the common sample (all of them unless the tables sample)
 */
record ChanceOverlap(long observed, double expected, double pValue, long sampledRows) {

    /**
     * @param validation    validation row hashes and counts
     * @param training      training row hashes and counts
     * @param sampleBits    compare only the rows in the 1-in-2^bits hash sample (the sparser of the two tables)
     * @param validationShare validation rows / (validation rows + training rows), of all rows, not only the sample
     */
    static ChanceOverlap of(LongCounts validation, LongCounts training, int sampleBits, double validationShare) {
        double v = validationShare;
        Sums sums = new Sums();
        validation.forEachEntry((key, count, marks) -> {
            if (RowHashes.inSample(key, sampleBits)) {
                int inTraining = training.count(key);
                sums.add(count, inTraining, v);
                sums.rows += count;
            }
        });
        training.forEachEntry((key, count, marks) -> {
            if (RowHashes.inSample(key, sampleBits) && validation.count(key) == 0) {
                sums.add(0, count, v);
            }
        });
        double p;
        if (sums.variance > 0) {
            double z = (sums.weightedExcess - 0.5 * sums.smallestWeight) / Math.sqrt(sums.variance);
            p = z <= 0 ? 1.0 : Distributions.erfc(z / Math.sqrt(2)) / 2;
        } else {
            p = sums.observed > sums.expected + 1e-9 ? 0.0 : 1.0;
        }
        return new ChanceOverlap(sums.observed, sums.expected, p, sums.rows);
    }

    /** The running sums over patterns. */
    private static final class Sums {
        long observed;
        long rows;
        double expected;
        double weightedExcess;
        double variance;
        double smallestWeight = 0.5;

        void add(int inValidation, int inTraining, double v) {
            int overlapping = inTraining > 0 ? inValidation : 0;
            observed += overlapping;
            long m = (long) inValidation + inTraining;
            if (m < 2) {
                return; // a row that occurs once can never overlap
            }
            double allInValidation = Math.pow(v, m);
            double mean = m * v - m * allInValidation;
            double secondMoment = m * v * (1 - v) + (double) m * m * v * v - (double) m * m * allInValidation;
            double w = 1.0 / m;
            expected += mean;
            weightedExcess += w * (overlapping - mean);
            variance += w * w * Math.max(0, secondMoment - mean * mean);
        }
    }
}
