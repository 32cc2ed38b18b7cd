package org.mlgate.analysis.partial;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.RowConsumers;
import org.mlgate.analysis.baseline.RowsDigest;
import org.mlgate.analysis.model.PredictionColumns;
import org.mlgate.analysis.report.Report;

/**
 * Merges the partitions' states into the template, strictly in partition order, and makes the report, the same as
 * the one pass over the same rows gives. Each state is checked before its counts are read: the same header as the
 * template's (data, columns, options, template digest), the next ordinal, and the rows right after the previous
 * partition's; one partition's counts are in memory at a time, besides the merged ones.
 *
 * <p>Duplicate rows: a partition knows which of its rows repeat one of its own or of the template, and keeps their
 * cells for the examples; a row whose earlier copy is in another partition is found here, and its cells come from an
 * examples state ({@link #addExamples}) or, after the merge, from {@link #fillExample}. Those still missing at the
 * report are shown by line only, with a note.
 */
public final class PartialMerger {
    private final PartialTemplate template;
    private final StateHeader.Shared shared;
    private final String states;
    private final RowAccount account = new RowAccount();
    private final RowsDigest digest;
    private final RowsDigest covered;
    private final Map<Long, Map<String, String>> examples = new HashMap<>();
    private final Map<Long, Map<String, String>> missing = new LinkedHashMap<>();
    private int merged;
    private long nextIndex;

    /**
     * Merges into a template counted or read here; the merged report uses the template's request (its rules,
     * intervals and result options).
     *
     * @param partitions how many partitions will be added
     * @param states     the states as the subject of a sentence, such as "The partial states in target/partials"
     */
    public PartialMerger(PartialTemplate template, int partitions, String states) {
        this.template = template;
        this.shared = template.shared().withPartitions(partitions);
        this.states = states;
        template.frozen(); // before any merge changes the template's consumers
        CountedRows counted = template.counted();
        account.merge(counted.account());
        digest = RowsDigest.parse(shared.featureColumns(), counted.digest().value());
        covered = new RowsDigest(shared.featureColumns());
        if (counted.account().scored + counted.account().skippedRows() != template.rows()) {
            throw new InputException(states + ": the template counted " + template.rows() + " rows but accounts for "
                    + (counted.account().scored + counted.account().skippedRows()) + "; write the states again.");
        }
    }

    /** Reads the template of a merge from a state; the build's request is checked against it first. */
    public static PartialMerger of(String name, byte[] templateState, EvaluationRequest build, String states) {
        try (StateReader reader = StateReader.open(name, templateState)) {
            return of(reader, build, states);
        }
    }

    static PartialMerger of(StateReader reader, EvaluationRequest build, String states) {
        EvaluationRequest request = Requests.forMerge(reader.header().shared(), build, states);
        PartialTemplate template = PartialTemplate.read(reader, request);
        return new PartialMerger(template, reader.header().shared().partitions(), states);
    }

    /** Adds the cells of duplicate rows that an examples state holds; before the partitions they belong to. */
    public void addExamples(String name, byte[] state) {
        try (StateReader reader = StateReader.open(name, state)) {
            addExamples(reader);
        }
    }

    void addExamples(StateReader reader) {
        check(reader, StateHeader.Kind.EXAMPLES);
        try {
            examples.putAll(ExampleStates.read(reader.sections()));
        } catch (StateRejection e) {
            throw StateReader.rejected(reader.name(), e);
        }
    }

    /** Merges the next partition's state (partition 0 first). */
    public void add(String name, byte[] state) {
        try (StateReader reader = StateReader.open(name, state)) {
            add(reader);
        }
    }

    /** Merges the next partition's state file. */
    public void add(Path file) {
        try (StateReader reader = StateReader.open(file)) {
            add(reader);
        }
    }

    void add(StateReader reader) {
        StateHeader header = check(reader, StateHeader.Kind.PARTITION);
        if (header.ordinal() != merged) {
            throw StateReader.rejected(reader.name(), StateRejection.incompatible("is partition " + header.ordinal()
                    + ", but partition " + merged + " comes next; every partition of the template must be there,"
                    + " each once"));
        }
        if (header.firstIndex() != nextIndex) {
            throw StateReader.rejected(reader.name(), StateRejection.incompatible("starts at row " + header
                    .firstIndex() + ", but the partitions before it end at row " + nextIndex + "; the data gave"
                    + " other rows when this partition was counted (cache or checkpoint a Dataset that is not"
                    + " deterministic), or the partition comes from another run"));
        }
        RowConsumers fork = template.consumers().fork();
        CountedRows counted;
        try {
            counted = CountedRows.read(reader.sections(), fork, new PartContext(header, null, this::preview));
        } catch (StateRejection e) {
            throw StateReader.rejected(reader.name(), e);
        }
        RowAccount theirs = counted.account();
        if (theirs.failure != null) {
            throw new InputException(theirs.failure);
        }
        long counts = header.rows() - Math.max(0, Math.min(header.rows(), template.rows() - header.firstIndex()));
        if (theirs.scored + theirs.skippedRows() != counts) {
            throw StateReader.rejected(reader.name(), StateRejection.damaged("it accounts for "
                    + (theirs.scored + theirs.skippedRows()) + " rows of the " + counts + " it counted"));
        }
        try {
            template.consumers().merge(fork);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw StateReader.rejected(reader.name(), StateRejection.damaged("its counts do not merge with the"
                    + " template's: " + e.getMessage()));
        }
        account.merge(theirs);
        digest.merge(counted.digest());
        covered.merge(counted.covered());
        merged++;
        nextIndex += header.rows();
    }

    private StateHeader check(StateReader reader, StateHeader.Kind kind) {
        StateHeader header = reader.header();
        if (header.kind() != kind) {
            throw StateReader.rejected(reader.name(), StateRejection.incompatible("is a " + kind(header.kind())
                    + " state where a " + kind(kind) + " state belongs"));
        }
        List<String> differences = shared.differences(header.shared());
        if (!differences.isEmpty()) {
            throw StateReader.rejected(reader.name(), StateRejection.incompatible("belongs to another evaluation"
                    + " than the template's: " + String.join("; ", differences) + " (the template's first); put"
                    + " the states of one evaluation, and only those, in one folder"));
        }
        return header;
    }

    private static String kind(StateHeader.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A logged row's cells for a duplicate example: its own, the examples state's, or a place to fill in later. */
    private Supplier<Map<String, String>> preview(long line, Map<String, String> stored) {
        if (stored != null) {
            return () -> stored;
        }
        return () -> {
            Map<String, String> known = examples.get(line);
            return known != null ? known : missing.computeIfAbsent(line, l -> new LinkedHashMap<>());
        };
    }

    /** The lines of duplicate examples whose cells no state held (their earlier copy was in another partition). */
    public List<Long> missingExamples() {
        return missing.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** Fills in the cells of a duplicate example that no state held, as {@code ChecksState.preview} makes them. */
    public void fillExample(long line, Map<String, String> cells) {
        Map<String, String> placeholder = missing.get(line);
        if (placeholder != null && placeholder.isEmpty()) {
            placeholder.putAll(cells);
        }
    }

    /** The report of every row: once all partitions were added. */
    public Report report() {
        if (merged != shared.partitions()) {
            throw new InputException(states + " hold " + merged + " of the " + shared.partitions() + " partitions"
                    + " their template was written for; copy every partition's state (part-*.mlgstate) into the"
                    + " folder.");
        }
        if (merged > 0 && nextIndex < template.rows()) {
            throw new InputException(states + " cover " + nextIndex + " rows, fewer than the " + template.rows()
                    + " their template counted; write the states again from the same rows.");
        }
        if (merged > 0 && !covered.value().equals(template.counted().digest().value())) {
            throw new InputException(states + ": the partitions' first " + template.rows() + " rows are not those"
                    + " their template counted; the data gave other rows when the template was made (cache or"
                    + " checkpoint a Dataset that is not deterministic) and the states must be written again.");
        }
        PredictionColumns columns = Requests.columns(shared);
        columns.addCounts(account.renormalised, account.seenLabels);
        columns.requireProbabilityLabelsOccur(account.scored);
        List<String> notes = new ArrayList<>(template.counted().tableNotes());
        notes.addAll(columns.notes(account.badRows().note()));
        List<Long> lines = missingExamples();
        if (!lines.isEmpty()) {
            notes.add("The duplicate rows at line" + (lines.size() == 1 ? " " : "s ") + lines + " repeat rows of"
                    + " other partitions, whose cells no partial state holds, so their examples show no cells.");
        }
        MergedRows facts = new MergedRows(shared, account.scored, account.skippedRows(), notes);
        return Evaluation.ofCounted(template.request(), facts, template.consumers(),
                baseline -> baseline.mergeDigest(digest));
    }
}
