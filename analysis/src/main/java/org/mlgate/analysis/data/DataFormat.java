package org.mlgate.analysis.data;

import java.nio.file.Path;
import java.util.Locale;

/** The formats mlgate reads data in, told apart by the file's name. */
public enum DataFormat {
    /** Delimited text with a header row: {@code .csv}, {@code .tsv}, any other name, and each of them {@code .gz}. */
    CSV("CSV"),
    /** Apache Parquet: {@code .parquet}, {@code .parq}, {@code .pq}. */
    PARQUET("Parquet"),
    /** One JSON object per line: {@code .jsonl}, {@code .ndjson}, and each of them {@code .gz}. */
    JSON_LINES("JSON Lines");

    private final String description;

    DataFormat(String description) {
        this.description = description;
    }

    /** The format a file's name says; CSV unless it ends in a Parquet or JSON Lines extension. */
    public static DataFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet") || name.endsWith(".parq") || name.endsWith(".pq")) {
            return PARQUET;
        }
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (plain.endsWith(".jsonl") || plain.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        return CSV;
    }

    /** The format's name for messages: CSV, Parquet, JSON Lines. */
    public String description() {
        return description;
    }
}
