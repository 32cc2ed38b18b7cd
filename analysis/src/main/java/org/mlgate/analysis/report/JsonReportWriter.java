package org.mlgate.analysis.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes report.json: pretty-printed UTF-8, keys in record component order and map insertion order.
 *
 * <p>A NaN or infinite number is refused: the metric engine turns undefined values into null with a note, so a
 * non-finite number here is a bug upstream, and writing it would produce a file that is not JSON.
 */
public final class JsonReportWriter implements ReportFileWriter {

    public static final String FILE_NAME = "report.json";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final ObjectMapper mapper = ReportJson.mapper();

    @Override
    public void warmUp() {
        // The first use of a mapper loads and introspects most of Jackson: do it off the evaluation's path.
        try {
            ReportJson.mapper().writeValueAsString(java.util.Map.of("warm", java.util.List.of(1.0, "up")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // nothing to warm, then
        }
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(Report report, Path file) throws IOException {
        JsonNode tree = toTree(report);
        try (OutputStream out = Files.newOutputStream(file)) {
            mapper.writer(ReportJson.prettyPrinter()).writeValue(out, tree);
        }
    }

    /** The report as report.json's text. */
    public String toJson(Report report) {
        try {
            return mapper.writer(ReportJson.prettyPrinter()).writeValueAsString(toTree(report));
        } catch (IOException e) {
            throw new IllegalStateException("Could not serialise the report: " + e.getMessage(), e);
        }
    }

    /**
     * The report as a JSON tree, checked to hold only finite numbers.
     *
     * @throws IllegalStateException naming the path of the first NaN or infinite number
     */
    JsonNode toTree(Report report) {
        JsonNode tree = mapper.valueToTree(report);
        requireFinite(tree, "");
        return tree;
    }

    private static void requireFinite(JsonNode node, String path) {
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            throw new IllegalStateException("report.json would contain " + node.asText() + " at "
                    + path + "; undefined values must be null with a note (a bug in the code that built the report).");
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                requireFinite(field.getValue(), childPath(path, field.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireFinite(node.get(i), path + "[" + i + "]");
            }
        }
    }

    private static String childPath(String parent, String key) {
        if (IDENTIFIER.matcher(key).matches()) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
}
