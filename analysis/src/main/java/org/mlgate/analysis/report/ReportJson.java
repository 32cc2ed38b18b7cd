package org.mlgate.analysis.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for report.json, shared by the writer, the reader and the HTML data model so that
 * the template sees exactly the keys of the file.
 */
final class ReportJson {

    private ReportJson() {
    }

    /** A new mapper: each writer owns its own, so no mutable state is shared between threads. */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                // Key order is the record component order and the maps' insertion order: diffs of two reports
                // line up, and people read the file top-down as GUIDE section 2 lists it.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                // A later schema-1 writer may add keys (GUIDE: "model { path, sha256, type, ... }"); a baseline
                // reader must not break on them. Newer schema versions are refused by ReportReader instead.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Two-space indent, "\n" line ends on every platform, {@code "key": value}. */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
