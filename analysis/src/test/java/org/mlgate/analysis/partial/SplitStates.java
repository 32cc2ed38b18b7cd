package org.mlgate.analysis.partial;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.BadRows;
import org.mlgate.analysis.data.CsvFormat;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.CsvTable;
import org.mlgate.analysis.data.Sha256;
import org.mlgate.analysis.model.ValueKinds;

/**
 * Plays an engine in tests: reads a predictions file's rows, cuts them into partitions of given sizes, counts the
 * template and every partition (each from the template's bytes, as an executor would) and writes the states into a
 * folder, with the examples state that a writer who can reach every row adds.
 */
final class SplitStates {
    final List<String> header;
    final List<CsvRow> rows;
    final PartialSpec spec;

    SplitStates(Path csv, EvaluationRequest request) throws IOException {
        List<CsvRow> read = new ArrayList<>();
        try (CsvTable table = CsvTable.open(csv, new BadRows(BadRowPolicy.SKIP), CsvFormat.detect())) {
            header = table.header();
            for (CsvRow row = table.nextAny(); row != null; row = table.nextAny()) {
                read.add(row);
            }
        }
        rows = List.copyOf(read);
        spec = new PartialSpec(csv.toString(), Sha256.ofFile(csv), header, request, "Line");
    }

    /** What an engine would scan for the task: every actual and predicted cell. */
    ValueKinds kinds() {
        ValueKinds.Scan scan = new ValueKinds.Scan();
        int actual = header.indexOf(spec.request().source().labelColumn());
        int predicted = header.indexOf("predicted");
        for (CsvRow row : rows) {
            for (int column : new int[] {actual, predicted}) {
                if (column >= 0 && column < row.cells().length) {
                    scan.add(row.cells()[column]);
                }
            }
        }
        return scan.kinds();
    }

    /** The template's state and each partition's, partition p holding {@code sizes[p]} rows (the last the rest). */
    States count(int... sizes) {
        PartialTemplate template = PartialTemplate.count(spec, this::kinds, rows.iterator());
        byte[] templateState = template.write(sizes.length);
        List<byte[]> partitions = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < sizes.length; p++) {
            int to = p == sizes.length - 1 ? rows.size() : Math.min(rows.size(), from + sizes[p]);
            PartitionCounter counter = PartialTemplate.read("template", templateState, null)
                    .partition(p, sizes.length, from);
            rows.subList(from, to).forEach(counter::add);
            partitions.add(counter.finish());
            from = to;
        }
        return new States(template, templateState, partitions);
    }

    /** What an engine writes: the template, the partitions, and the examples they could not tell. */
    record States(PartialTemplate template, byte[] templateState, List<byte[]> partitions) {
    }

    /** Writes the states into {@code folder}, with the examples state for duplicates across partitions. */
    Path write(Path folder, States states) {
        PartialStates.write(folder, states.templateState());
        states.partitions().forEach(state -> PartialStates.write(folder, state));
        PartialMerger trial = new PartialMerger(PartialTemplate.read("template", states.templateState(),
                spec.request()), states.partitions().size(), "The states");
        for (int p = 0; p < states.partitions().size(); p++) {
            trial.add("part " + p, states.partitions().get(p));
        }
        Map<Long, Map<String, String>> cells = new LinkedHashMap<>();
        for (long line : trial.missingExamples()) {
            CsvRow row = rows.stream().filter(r -> r.line() == line).findFirst().orElseThrow();
            cells.put(line, states.template().exampleCells(row));
        }
        if (!cells.isEmpty()) {
            PartialStates.write(folder, PartialStates.examples(states.template(), states.partitions().size(), cells));
        }
        return folder;
    }
}
