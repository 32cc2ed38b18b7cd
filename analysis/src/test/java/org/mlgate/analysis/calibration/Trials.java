package org.mlgate.analysis.calibration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.mlgate.analysis.calibration.Dataset.Row;
import org.mlgate.analysis.calibration.Trial.PlantedSlice;
import org.mlgate.analysis.calibration.Trial.Spec;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;

/**
 * Builds the {@link Trial} of a {@link Spec}: a random 70/30 split of the dataset, then the plant. Everything is
 * seeded by (dataset, split number, purpose), so a trial is the same on every machine and in every thread, and
 * every plant of split {@code k} starts from the same training and validation rows as the clean run {@code k}
 * (the clean counterparts of groups and time use their own split, as they must).
 */
final class Trials {
    static final double VALIDATION_SHARE = 0.30;
    static final int GROUP_SIZE = 5;
    static final double NOISE_SHARE = 0.02;
    static final double COPIED_SHARE = 0.30;
    static final double IMBALANCE_RATIO = 0.01;
    static final double SHIFT_KEEP = 0.30;
    static final double SLICE_LIFT = 3.0;
    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    /** The smallest slice discovery tests by default: a planted slice smaller than this cannot be found. */
    static final int MIN_SLICE_ROWS = ErrorAnalysisOptions.defaults().minSliceSize();

    private static final int SPLIT_SALT = 0;
    private static final int GROUP_SALT = 1;
    private static final int TIME_SALT = 2;

    private Trials() {
    }

    static Trial build(Dataset data, Spec spec) {
        Plant plant = spec.plant();
        if (plant.classificationOnly() && !data.classification()) {
            return Trial.skipped(spec, data, "regression has no classes");
        }
        int n = data.rows().size();
        int validationSize = (int) Math.round(VALIDATION_SHARE * n);
        int[] order = shuffled(n, random(data, spec, SPLIT_SALT));
        int[] trainingIndex = Arrays.copyOfRange(order, 0, n - validationSize);
        int[] validationIndex = Arrays.copyOfRange(order, n - validationSize, n);
        SplittableRandom random = random(data, spec, 100 + plant.ordinal());
        List<String> columns = new ArrayList<>(data.features());
        String[] extra = null;
        String group = null;
        String time = null;
        switch (plant) {
            case EXACT_COPY -> {
                columns.add("planted_code");
                extra = labelCopy(data, 0, random);
            }
            case NOISY_COPY -> {
                columns.add("planted_code");
                extra = labelCopy(data, NOISE_SHARE, random);
            }
            case SORTED_ID -> {
                columns.add("row_id");
                extra = sortedId(data);
            }
            case SHARED_GROUP, GROUP_SPLIT -> {
                columns.add("planted_group");
                group = "planted_group";
                int[][] groups = groups(n, random(data, spec, GROUP_SALT));
                extra = groupIds(n, groups);
                if (plant == Plant.GROUP_SPLIT) {
                    int[][] sides = splitByGroup(groups, validationSize, random);
                    trainingIndex = sides[0];
                    validationIndex = sides[1];
                }
            }
            case TIME_LEAK, TIME_SPLIT -> {
                columns.add("planted_date");
                time = "planted_date";
                int[] byTime = shuffled(n, random(data, spec, TIME_SALT));
                extra = dates(byTime);
                if (plant == Plant.TIME_SPLIT) {
                    trainingIndex = Arrays.copyOfRange(byTime, 0, n - validationSize);
                    validationIndex = Arrays.copyOfRange(byTime, n - validationSize, n);
                    shuffle(trainingIndex, random);
                    shuffle(validationIndex, random);
                }
            }
            default -> {
            }
        }
        List<Row> training = rows(data, trainingIndex, extra);
        List<Row> validation = rows(data, validationIndex, extra);
        PlantedSlice slice = null;
        switch (plant) {
            case COPIED_ROWS -> copyTrainingRows(training, validation, random);
            case IMBALANCE -> validation = imbalance(data, validation, random);
            case LABEL_SHIFT -> validation = shift(data, validation, random);
            case NULL_SLICES -> permuteOutcomes(validation, random);
            case WEAK_SLICE -> {
                slice = WeakSlicePlanter.plant(data, validation, random);
                if (slice == null) {
                    return Trial.skipped(spec, data, "no column has a value or range of about 10% of the rows");
                }
                if (slice.rows() < MIN_SLICE_ROWS) {
                    return Trial.skipped(spec, data, "a slice of about 10% has " + slice.rows()
                            + " rows, fewer than the " + MIN_SLICE_ROWS + " weak-slice discovery tests (minSliceSize)");
                }
            }
            default -> {
            }
        }
        return new Trial(spec, data, List.copyOf(columns), List.copyOf(training), List.copyOf(validation), group,
                time, slice, null);
    }

    static SplittableRandom random(Dataset data, Spec spec, int purpose) {
        long h = 1125899906842597L;
        for (char c : data.name().toCharArray()) {
            h = 31 * h + c;
        }
        return new SplittableRandom(h * 0x9E3779B97F4A7C15L + spec.split() * 1_000_003L + purpose);
    }

    static int[] shuffled(int n, SplittableRandom random) {
        int[] order = IntStream.range(0, n).toArray();
        shuffle(order, random);
        return order;
    }

    static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    private static List<Row> rows(Dataset data, int[] index, String[] extra) {
        List<Row> rows = new ArrayList<>(index.length);
        for (int i : index) {
            Row row = data.rows().get(i);
            if (extra != null) {
                String[] cells = Arrays.copyOf(row.cells(), row.cells().length + 1);
                cells[cells.length - 1] = extra[i];
                row = row.withCells(cells);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The label's integer code (its position among the labels), or the regression target itself; noisy on request. */
    private static String[] labelCopy(Dataset data, double noiseShare, SplittableRandom random) {
        int n = data.rows().size();
        String[] copy = new String[n];
        for (int i = 0; i < n; i++) {
            Row row = data.rows().get(i);
            if (data.classification()) {
                copy[i] = Integer.toString(data.labels().indexOf(row.actual()));
            } else if (noiseShare == 0) {
                copy[i] = row.actual();
            } else {
                double value = Double.parseDouble(row.actual());
                copy[i] = significant(value * (1 + noiseShare * random.nextGaussian()));
            }
        }
        if (data.classification() && noiseShare > 0) {
            int classes = data.labels().size();
            int[] rows = shuffled(n, random);
            for (int k = 0; k < Math.round(noiseShare * n); k++) {
                int code = Integer.parseInt(copy[rows[k]]);
                copy[rows[k]] = Integer.toString((code + 1 + random.nextInt(classes - 1)) % classes);
            }
        }
        return copy;
    }

    /** 1..n in the order of the label (text order for classes, numeric for regression); ties keep file order. */
    private static String[] sortedId(Dataset data) {
        int n = data.rows().size();
        Comparator<Integer> byLabel = data.classification()
                ? Comparator.comparing(i -> data.rows().get(i).actual())
                : Comparator.comparingDouble(i -> Double.parseDouble(data.rows().get(i).actual()));
        Integer[] order = IntStream.range(0, n).boxed().sorted(byLabel).toArray(Integer[]::new);
        String[] id = new String[n];
        for (int rank = 0; rank < n; rank++) {
            id[order[rank]] = Integer.toString(rank + 1);
        }
        return id;
    }

    /** Groups of {@value #GROUP_SIZE} random rows: {@code groups[g]} holds the row indices of group g. */
    private static int[][] groups(int n, SplittableRandom random) {
        int[] order = shuffled(n, random);
        int count = (n + GROUP_SIZE - 1) / GROUP_SIZE;
        int[][] groups = new int[count][];
        for (int g = 0; g < count; g++) {
            groups[g] = Arrays.copyOfRange(order, g * GROUP_SIZE, Math.min(n, (g + 1) * GROUP_SIZE));
        }
        return groups;
    }

    /** Group g's id is a whole number from 1001 on, in the groups' random order (ids carry no signal). */
    private static String[] groupIds(int n, int[][] groups) {
        String[] id = new String[n];
        for (int g = 0; g < groups.length; g++) {
            for (int row : groups[g]) {
                id[row] = Integer.toString(1001 + g);
            }
        }
        return id;
    }

    /** Whole groups in random order to validation until it has {@code validationSize} rows, the rest to training. */
    private static int[][] splitByGroup(int[][] groups, int validationSize, SplittableRandom random) {
        int[] order = shuffled(groups.length, random);
        List<Integer> training = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        for (int g : order) {
            List<Integer> side = validation.size() < validationSize ? validation : training;
            for (int row : groups[g]) {
                side.add(row);
            }
        }
        int[] t = training.stream().mapToInt(Integer::intValue).toArray();
        int[] v = validation.stream().mapToInt(Integer::intValue).toArray();
        shuffle(t, random);
        shuffle(v, random);
        return new int[][] {t, v};
    }

    /**
     * ISO dates: the row at position j of {@code byTime} gets day floor(j * span / n) from 2015-01-01, with span =
     * min(n, 3650) days, so several rows share a day and the newest rows have the latest dates.
     */
    private static String[] dates(int[] byTime) {
        int n = byTime.length;
        int span = Math.min(n, 3650);
        String[] date = new String[n];
        for (int j = 0; j < n; j++) {
            date[byTime[j]] = FIRST_DAY.plusDays((long) j * span / n).toString();
        }
        return date;
    }

    private static void copyTrainingRows(List<Row> training, List<Row> validation, SplittableRandom random) {
        int copies = (int) Math.round(COPIED_SHARE * validation.size());
        int[] positions = shuffled(validation.size(), random);
        int[] sources = shuffled(training.size(), random);
        for (int k = 0; k < copies && k < sources.length; k++) {
            validation.set(positions[k], training.get(sources[k]));
        }
    }

    private static Map<String, List<Integer>> byClass(Dataset data, List<Row> rows) {
        Map<String, List<Integer>> byClass = new LinkedHashMap<>();
        data.labels().forEach(label -> byClass.put(label, new ArrayList<>()));
        for (int i = 0; i < rows.size(); i++) {
            byClass.get(rows.get(i).actual()).add(i);
        }
        byClass.values().removeIf(List::isEmpty);
        return byClass;
    }

    /** One class other than the majority (chosen at random) keeps max(1, round(1% of the majority's rows)). */
    private static List<Row> imbalance(Dataset data, List<Row> validation, SplittableRandom random) {
        Map<String, List<Integer>> byClass = byClass(data, validation);
        String majority = byClass.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                .orElseThrow().getKey();
        List<String> others = byClass.keySet().stream().filter(label -> !label.equals(majority)).toList();
        String rare = others.get(random.nextInt(others.size()));
        int keep = Math.max(1, (int) Math.round(IMBALANCE_RATIO * byClass.get(majority).size()));
        return keepOf(validation, byClass.get(rare), keep, random);
    }

    /** One class, chosen at random, keeps 30% of its validation rows. */
    private static List<Row> shift(Dataset data, List<Row> validation, SplittableRandom random) {
        Map<String, List<Integer>> byClass = byClass(data, validation);
        List<String> labels = new ArrayList<>(byClass.keySet());
        List<Integer> rows = byClass.get(labels.get(random.nextInt(labels.size())));
        return keepOf(validation, rows, (int) Math.round(SHIFT_KEEP * rows.size()), random);
    }

    /** The rows with {@code keep} of the class's rows {@code classRows} left, in their order. */
    private static List<Row> keepOf(List<Row> rows, List<Integer> classRows, int keep, SplittableRandom random) {
        int[] drop = classRows.stream().mapToInt(Integer::intValue).toArray();
        shuffle(drop, random);
        boolean[] dropped = new boolean[rows.size()];
        for (int k = keep; k < drop.length; k++) {
            dropped[drop[k]] = true;
        }
        List<Row> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!dropped[i]) {
                kept.add(rows.get(i));
            }
        }
        return kept;
    }

    /** Each row keeps its feature cells and gets the (actual, predicted, probabilities) of another row. */
    private static void permuteOutcomes(List<Row> validation, SplittableRandom random) {
        int[] from = shuffled(validation.size(), random);
        List<Row> original = List.copyOf(validation);
        for (int i = 0; i < from.length; i++) {
            Row other = original.get(from[i]);
            validation.set(i, original.get(i).withOutcome(other.actual(), other.predicted(), other.probabilities()));
        }
    }

    /** Six significant digits, no exponent (as the fixture script writes model outputs). */
    static String significant(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
