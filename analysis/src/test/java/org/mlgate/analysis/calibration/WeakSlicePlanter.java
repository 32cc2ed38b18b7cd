package org.mlgate.analysis.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mlgate.analysis.calibration.Dataset.Row;
import org.mlgate.analysis.calibration.Trial.PlantedSlice;

/**
 * Plants a weak slice in the validation rows of a real dataset: picks one of the dataset's own columns and a value
 * or range of it that covers about 10% of the rows, then makes predictions there wrong until the slice's error
 * rate is {@value Trials#SLICE_LIFT} times the rate of the other rows (regression: scales the slice's residuals
 * so that its mean absolute error is that multiple of the others').
 *
 * <p>Numeric column: a range [q(u), q(u + 0.1)] of the validation values for a random u in [0, 0.9], accepted when
 * it covers 7% to 15% of the rows (ties can make it larger). Text column: a random level with 5% to 20% of the
 * rows. Up to 200 random tries; none fits on, e.g., a dataset whose columns are all constant.
 *
 * <p>A classification row made wrong predicts the most probable other class, and the probabilities of the true
 * and the new class are swapped, so that the predicted class stays the most probable one.
 */
final class WeakSlicePlanter {
    static final int TRIES = 200;

    private WeakSlicePlanter() {
    }

    /** Changes {@code validation} in place; null when no slice of about 10% was found (nothing changed). */
    static PlantedSlice plant(Dataset data, List<Row> validation, SplittableRandom random) {
        int n = validation.size();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            int column = random.nextInt(data.features().size());
            String name = data.features().get(column);
            double[] values = new double[n];
            boolean numeric = true;
            for (int i = 0; i < n && numeric; i++) {
                values[i] = number(validation.get(i).cells()[column]);
                numeric = !Double.isNaN(values[i]);
            }
            List<Integer> members = new ArrayList<>();
            String condition;
            Double rangeLow = null;
            Double rangeHigh = null;
            String level = null;
            if (numeric) {
                double[] sorted = values.clone();
                Arrays.sort(sorted);
                double u = random.nextDouble() * 0.9;
                double low = sorted[(int) Math.floor(u * (n - 1))];
                double high = sorted[(int) Math.floor((u + 0.1) * (n - 1))];
                for (int i = 0; i < n; i++) {
                    if (values[i] >= low && values[i] <= high) {
                        members.add(i);
                    }
                }
                condition = low == high ? name + " = " + text(low)
                        : name + " in [" + text(low) + ", " + text(high) + "]";
                rangeLow = low;
                rangeHigh = high;
                if (members.size() < 0.07 * n || members.size() > 0.15 * n) {
                    continue;
                }
            } else {
                Map<String, List<Integer>> levels = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    levels.computeIfAbsent(validation.get(i).cells()[column], k -> new ArrayList<>()).add(i);
                }
                List<String> fitting = levels.entrySet().stream()
                        .filter(e -> e.getValue().size() >= 0.05 * n && e.getValue().size() <= 0.20 * n)
                        .map(Map.Entry::getKey).toList();
                if (fitting.isEmpty()) {
                    continue;
                }
                level = fitting.get(random.nextInt(fitting.size()));
                members = levels.get(level);
                condition = name + " = " + level;
            }
            if (members.size() < 2 || members.size() > n - 2) {
                continue;
            }
            Where where = new Where(name, condition, rangeLow, rangeHigh, level);
            return data.classification()
                    ? misclassify(data, validation, members, where, random)
                    : inflateResiduals(validation, members, where);
        }
        return null;
    }

    /** The chosen column and its value or range. */
    private record Where(String column, String condition, Double low, Double high, String level) {
        PlantedSlice planted(int rows, double sliceValue, double restValue, int changedRows, double oracleZ) {
            return new PlantedSlice(column, condition, low, high, level, rows, sliceValue, restValue, changedRows,
                    oracleZ);
        }
    }

    private static PlantedSlice misclassify(Dataset data, List<Row> validation, List<Integer> members, Where where,
                                            SplittableRandom random) {
        boolean[] inSlice = new boolean[validation.size()];
        members.forEach(i -> inSlice[i] = true);
        long restErrors = 0;
        long sliceErrors = 0;
        List<Integer> correct = new ArrayList<>();
        for (int i = 0; i < validation.size(); i++) {
            boolean wrong = validation.get(i).wrong();
            if (!inSlice[i]) {
                restErrors += wrong ? 1 : 0;
            } else if (wrong) {
                sliceErrors++;
            } else {
                correct.add(i);
            }
        }
        int sliceRows = members.size();
        int restRows = validation.size() - sliceRows;
        double restRate = (double) restErrors / restRows;
        long target = Math.min(sliceRows, Math.round(Trials.SLICE_LIFT * restRate * sliceRows));
        int[] order = correct.stream().mapToInt(Integer::intValue).toArray();
        Trials.shuffle(order, random);
        int changed = 0;
        for (int k = 0; k < order.length && sliceErrors + changed < target; k++) {
            validation.set(order[k], wrongPrediction(data, validation.get(order[k]), random));
            changed++;
        }
        long errors = sliceErrors + changed;
        double z = twoProportionZ(errors, sliceRows, restErrors, restRows);
        return where.planted(sliceRows, (double) errors / sliceRows, restRate, changed, z);
    }

    private static Row wrongPrediction(Dataset data, Row row, SplittableRandom random) {
        List<String> labels = data.labels();
        int actual = labels.indexOf(row.actual());
        int other = -1;
        double best = -1;
        String[] p = row.probabilities();
        for (int j = 0; j < labels.size(); j++) {
            double value = number(p[j]);
            if (j != actual && value > best) {
                best = value;
                other = j;
            }
        }
        if (other < 0) {
            other = (actual + 1 + random.nextInt(labels.size() - 1)) % labels.size();
        }
        String[] swapped = p.clone();
        swapped[actual] = p[other];
        swapped[other] = p[actual];
        return row.withOutcome(row.actual(), labels.get(other), swapped);
    }

    private static PlantedSlice inflateResiduals(List<Row> validation, List<Integer> members, Where where) {
        boolean[] inSlice = new boolean[validation.size()];
        members.forEach(i -> inSlice[i] = true);
        double restSum = 0;
        double sliceSum = 0;
        for (int i = 0; i < validation.size(); i++) {
            double error = absoluteError(validation.get(i));
            if (inSlice[i]) {
                sliceSum += error;
            } else {
                restSum += error;
            }
        }
        int sliceRows = members.size();
        int restRows = validation.size() - sliceRows;
        double restMae = restSum / restRows;
        double factor = sliceSum == 0 ? 0 : Trials.SLICE_LIFT * restMae / (sliceSum / sliceRows);
        for (int i : members) {
            Row row = validation.get(i);
            double actual = number(row.actual());
            double residual = number(row.predicted()) - actual;
            double scaled = sliceSum == 0 ? Trials.SLICE_LIFT * restMae : factor * residual;
            validation.set(i, row.withOutcome(row.actual(), Trials.significant(actual + scaled), row.probabilities()));
        }
        double[] slice = new double[sliceRows];
        double[] rest = new double[restRows];
        int s = 0;
        int r = 0;
        for (int i = 0; i < validation.size(); i++) {
            double error = absoluteError(validation.get(i));
            if (inSlice[i]) {
                slice[s++] = error;
            } else {
                rest[r++] = error;
            }
        }
        return where.planted(sliceRows, mean(slice), restMae, sliceRows, welchZ(slice, rest));
    }

    private static double absoluteError(Row row) {
        return Math.abs(number(row.predicted()) - number(row.actual()));
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** z of the pooled two-proportion test, positive when the first group errs more; 0 when undefined. */
    static double twoProportionZ(double errors1, long n1, double errors2, long n2) {
        double pooled = (errors1 + errors2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        return se == 0 ? 0 : (errors1 / n1 - errors2 / n2) / se;
    }

    /** Welch's t of the first group against the second (read as z: slices have 30 rows or more). */
    static double welchZ(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double va = Arrays.stream(a).map(x -> (x - ma) * (x - ma)).sum() / (a.length - 1);
        double vb = Arrays.stream(b).map(x -> (x - mb) * (x - mb)).sum() / (b.length - 1);
        double se = Math.sqrt(va / a.length + vb / b.length);
        return se == 0 ? 0 : (ma - mb) / se;
    }

    /** P(|Z| >= |z|), from erfc with relative error below 1.2e-7 (Numerical Recipes' erfcc). */
    static double normalTwoSided(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * x);
        return t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
    }

    static double number(String cell) {
        try {
            return cell == null || cell.isBlank() ? Double.NaN : Double.parseDouble(cell.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String text(double value) {
        return Trials.significant(value);
    }
}
