package org.mlgate.analysis.partial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.ReportReader;

/**
 * A folder of partial states, as an engine leaves them for the build: {@code template.mlgstate}, one
 * {@code part-NNNNN.mlgstate} per partition and, when the writer found duplicate rows across partitions,
 * {@code examples.mlgstate}. Any other file is not read; the states are told apart by their headers, not their names.
 */
public final class PartialStates {

    private PartialStates() {
    }

    /** Writes a state into {@code folder} under the name its header gives it, and returns the file. */
    public static Path write(Path folder, byte[] state) {
        StateHeader header;
        try (StateReader reader = StateReader.open("a new state", state)) {
            header = reader.header();
        }
        String name = switch (header.kind()) {
            case TEMPLATE -> "template";
            case EXAMPLES -> "examples";
            case PARTITION -> String.format(Locale.ROOT, "part-%05d", header.ordinal());
        };
        Path file = folder.resolve(name + StateFormat.SUFFIX);
        try {
            Files.createDirectories(folder);
            Files.write(file, state);
        } catch (IOException e) {
            throw new InputException("The partial state " + file + " cannot be written (" + e.getMessage() + ");"
                    + " check that the folder is writable.", e);
        }
        return file;
    }

    /** The examples state of duplicate rows found after the states were written: their cells, by line. */
    public static byte[] examples(PartialTemplate template, int partitions, Map<Long, Map<String, String>> cells) {
        StateHeader header = new StateHeader(StateFormat.mlgateVersion(), StateHeader.Kind.EXAMPLES,
                template.shared().withPartitions(partitions), -1, 0, 0);
        return ExampleStates.write(header, cells);
    }

    /**
     * The report of the states in {@code folder} (what {@code ml:evaluate} with {@code <partials>} does): the
     * build's request is checked against the states' counting options, every state against the template, and the
     * partitions are merged in order.
     *
     * @throws InputException when the folder holds no states, or a state is damaged, foreign, missing or repeated
     */
    public static Report evaluate(Path folder, EvaluationRequest build) {
        requireNoRows(build);
        String states = "The partial states in " + folder;
        List<Path> files = stateFiles(folder);
        Path template = null;
        List<Path> examples = new ArrayList<>();
        TreeMap<Integer, Path> partitions = new TreeMap<>();
        for (Path file : files) {
            StateHeader header;
            try (StateReader reader = StateReader.open(file)) {
                header = reader.header();
            }
            switch (header.kind()) {
                case TEMPLATE -> {
                    if (template != null) {
                        throw new InputException(states + " have two templates, " + template + " and " + file
                                + "; put the states of one evaluation, and only those, in one folder.");
                    }
                    template = file;
                }
                case EXAMPLES -> examples.add(file);
                case PARTITION -> {
                    Path before = partitions.put(header.ordinal(), file);
                    if (before != null) {
                        throw new InputException(states + " have partition " + header.ordinal() + " twice, in "
                                + before + " and " + file + "; put the states of one evaluation, and only those, in"
                                + " one folder.");
                    }
                }
            }
        }
        if (template == null) {
            throw new InputException(states + " have no template (template.mlgstate), which every evaluation's"
                    + " states start from; copy it with the partitions' states.");
        }
        PartialMerger merger;
        try (StateReader reader = StateReader.open(template)) {
            merger = PartialMerger.of(reader, build, states);
        }
        for (Path file : examples) {
            try (StateReader reader = StateReader.open(file)) {
                merger.addExamples(reader);
            }
        }
        for (Path file : partitions.values()) {
            merger.add(file);
        }
        return merger.report();
    }

    /** Partial states replace the rows: the parameters that read rows of their own cannot be set with them. */
    private static void requireNoRows(EvaluationRequest build) {
        SourceRequest source = build.source();
        if (source.model() != null || source.validationData() != null || source.predictions() != null) {
            throw new InputException("Both partials and " + (source.predictions() != null ? "predictions"
                    : "model and validationData") + " are set; set partials alone to evaluate partial states, or"
                    + " leave it unset to read the rows.");
        }
        if (build.baseline().model() != null) {
            throw new InputException("baselineModel needs the validation rows to score it on, and partial states"
                    + " hold counts, not rows; compare with the baseline's report.json (baseline) instead.");
        }
        Path baseline = build.baseline().report();
        if (baseline != null && new ReportReader().read(baseline).rows() != null) {
            throw new InputException("The baseline report " + baseline + " stores its rows' outcomes for paired"
                    + " tests, which partial states cannot pair (they hold counts, not rows); compare with a"
                    + " baseline report written without storeRows, or evaluate the rows themselves.");
        }
        if (build.baseline().storeRows()) {
            throw new InputException("storeRows keeps every row's outcome, and partial states hold counts, not"
                    + " rows; turn storeRows off to evaluate partial states.");
        }
    }

    private static List<Path> stateFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException("The partials folder " + folder + " does not exist or is not a folder; set"
                    + " partials (ml.partials) to the folder the partial states were written to.");
        }
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> files = list.filter(f -> f.getFileName().toString().endsWith(StateFormat.SUFFIX)
                    && Files.isRegularFile(f)).sorted().toList();
            if (files.isEmpty()) {
                throw new InputException("The partials folder " + folder + " holds no partial states (*"
                        + StateFormat.SUFFIX + "); write them there first, or set partials (ml.partials) to the"
                        + " folder that holds them.");
            }
            return files;
        } catch (IOException e) {
            throw new InputException("The partials folder " + folder + " cannot be listed (" + e.getMessage()
                    + ").", e);
        }
    }
}
