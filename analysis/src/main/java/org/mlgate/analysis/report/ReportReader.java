package org.mlgate.analysis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.mlgate.analysis.InputException;

/** Reads a report.json back into a {@link Report}, for baselines and comparisons. */
public final class ReportReader {

    /** The keys without which a file is not a report, whatever else it holds. */
    private static final List<String> REQUIRED_KEYS = List.of("schemaVersion", "task", "metrics", "verdict");

    private final ObjectMapper mapper = ReportJson.mapper();

    /**
     * @throws InputException when the file cannot be read, is not JSON, is not an mlgate report, or was written
     *                        with a newer schema version than this mlgate reads
     */
    public Report read(Path file) {
        JsonNode tree = readTree(file);
        if (!tree.isObject() || REQUIRED_KEYS.stream().anyMatch(key -> !tree.has(key))) {
            throw new InputException(file + " is not an mlgate report (it lacks one of the keys "
                    + String.join(", ", REQUIRED_KEYS) + "); point to the report.json that mlgate wrote.");
        }
        JsonNode version = tree.get("schemaVersion");
        if (!version.canConvertToInt() || !version.isIntegralNumber() || version.intValue() < 1) {
            throw new InputException(file + " has schemaVersion " + version + ", which no mlgate writes; point to"
                    + " the report.json that mlgate wrote.");
        }
        if (version.intValue() > Report.SCHEMA_VERSION) {
            throw new InputException(file + " was written with report schema version " + version.intValue()
                    + ", newer than the version " + Report.SCHEMA_VERSION + " this mlgate reads; upgrade mlgate.");
        }
        try {
            return mapper.treeToValue(tree, Report.class);
        } catch (JsonProcessingException e) {
            throw new InputException(file + " is not a valid mlgate report: " + e.getOriginalMessage()
                    + "; point to the report.json that mlgate wrote.", e);
        }
    }

    private JsonNode readTree(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode tree = mapper.readTree(in);
            if (tree == null || tree.isMissingNode()) {
                throw new InputException(file + " is empty; point to the report.json that mlgate wrote.");
            }
            return tree;
        } catch (NoSuchFileException e) {
            throw new InputException(file + " does not exist; point to the report.json that mlgate wrote.", e);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new InputException(file + " is not JSON (" + line + e.getOriginalMessage()
                    + "); point to the report.json that mlgate wrote.", e);
        } catch (IOException e) {
            throw new InputException("Could not read " + file + ": " + e.getMessage() + ".", e);
        }
    }
}
