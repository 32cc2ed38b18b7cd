package org.mlgate.analysis.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlgate.analysis.calibration.Trial.Spec;

/**
 * Which runs the suite makes. Per dataset, {@link #splits} random splits; on each split the clean run and every
 * plant (each plant starts from that split's rows); null-slice runs on {@link #nullRuns} splits; model mode on the
 * clean splits of the three all-numeric classification sets. Large datasets get fewer splits so that the suite
 * stays within about two minutes on two cores; they are planned first so that the two threads finish together.
 */
final class CalibrationPlan {
    /** The all-numeric classification sets a Tribuo logistic regression is trained on (model mode). */
    static final Set<String> MODEL_MODE = Set.of("iris", "wine", "breast_cancer");

    private CalibrationPlan() {
    }

    /** 10 splits up to 5,000 rows, 5 up to 30,000 (TIC, letter, CPS 1988), 4 for diamonds. */
    static int splits(Dataset data) {
        int rows = data.rows().size();
        return rows <= 5_000 ? 10 : rows <= 30_000 ? 5 : 4;
    }

    /**
     * Null-slice runs: 20 on the sets of 1,000 to 5,000 rows (cheap, and with enough rows to test many slices),
     * 8 on the large ones, 5 on the four small ones (under 1,000 rows, where few slices reach 30 rows).
     */
    static int nullRuns(Dataset data) {
        int rows = data.rows().size();
        return rows < 1_000 ? 5 : rows <= 5_000 ? 20 : 8;
    }

    /**
     * The runs to make; a developer tuning a rule can narrow them with {@code -Dcalibration.datasets=iris,wine} and
     * {@code -Dcalibration.plants=CLEAN,NOISY_COPY} (the assertions then judge only what ran).
     */
    static List<Spec> of(Map<String, Dataset> data) {
        Set<String> datasets = listed("calibration.datasets");
        Set<String> plants = listed("calibration.plants");
        return all(data).stream()
                .filter(spec -> datasets == null || datasets.contains(spec.dataset()))
                .filter(spec -> plants == null || plants.contains(spec.plant().name()))
                .toList();
    }

    private static Set<String> listed(String property) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? null : Set.of(value.split(","));
    }

    private static List<Spec> all(Map<String, Dataset> data) {
        List<Dataset> bySize = data.values().stream()
                .sorted(Comparator.comparingInt((Dataset d) -> d.rows().size()).reversed()).toList();
        List<Spec> specs = new ArrayList<>();
        for (Dataset dataset : bySize) {
            for (int split = 0; split < splits(dataset); split++) {
                for (Plant plant : Plant.values()) {
                    if (plant != Plant.NULL_SLICES && plant != Plant.MODEL_CLEAN) {
                        specs.add(new Spec(dataset.name(), plant, split));
                    }
                }
                if (MODEL_MODE.contains(dataset.name())) {
                    specs.add(new Spec(dataset.name(), Plant.MODEL_CLEAN, split));
                }
            }
            for (int split = 0; split < nullRuns(dataset); split++) {
                specs.add(new Spec(dataset.name(), Plant.NULL_SLICES, split));
            }
        }
        return specs;
    }
}
