package org.mlgate.analysis.partial;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An examples state: the cells of duplicate rows whose earlier copy was in another partition, by line, which a
 * writer that saw every partition's rows found after the states were written (mlgate's Spark writer does).
 */
final class ExampleStates {
    /** As many examples as the duplicate check shows. */
    static final int MAX = 5;

    private ExampleStates() {
    }

    static byte[] write(StateHeader header, Map<Long, Map<String, String>> cells) {
        StateOutput content = new StateOutput();
        content.writeInt(cells.size());
        cells.forEach((line, row) -> {
            content.writeLong(line);
            ChecksCodec.writePreview(row, content);
        });
        StateOutput sections = new StateOutput();
        sections.writeSection("examples", content);
        return StateWriter.bytes(header, sections);
    }

    static Map<Long, Map<String, String>> read(StateInput in) {
        StateInput section = in.section("examples");
        int n = section.readCount("examples", MAX, 12);
        Map<Long, Map<String, String>> cells = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            cells.put(section.readLong("an example's line", 0, Long.MAX_VALUE), ChecksCodec.readPreview(section));
        }
        section.end();
        in.end();
        return cells;
    }
}
