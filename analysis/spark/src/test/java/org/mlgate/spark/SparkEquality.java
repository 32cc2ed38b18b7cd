package org.mlgate.spark;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Two report.json texts agree: the same keys in the same order, the same strings, counts and booleans, and numbers
 * within 1e-12 relative (sums of plain doubles, such as a confusion pair's mean confidence, depend in their last bits
 * on where the rows were cut into chunks or partitions).
 */
final class SparkEquality {
    private static final double TOLERANCE = 1e-12;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SparkEquality() {
    }

    static void assertSameReport(String expected, String actual) {
        List<String> differences = new ArrayList<>();
        try {
            compare("", MAPPER.readTree(expected), MAPPER.readTree(actual), differences);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        if (!differences.isEmpty()) {
            fail(differences.size() + " differences, the first: "
                    + differences.subList(0, Math.min(5, differences.size())));
        }
    }

    /** The report as if the file's SHA-256 (model.sha256, data.sha256) were unknown, as a Dataset's is. */
    static String withoutFileDigest(String json) {
        try {
            ObjectNode report = (ObjectNode) MAPPER.readTree(json);
            if (report.get("model") instanceof ObjectNode model) {
                model.remove("sha256"); // the writer leaves out a model's unknown digest
            }
            if (report.get("data") instanceof ObjectNode data) {
                data.putNull("sha256"); // and writes the data's as null, in its place
            }
            return MAPPER.writeValueAsString(report);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void compare(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a.isNumber() && b.isNumber()) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            if (Math.abs(x - y) > TOLERANCE * Math.max(1, Math.max(Math.abs(x), Math.abs(y)))) {
                out.add(path + ": " + a + " vs " + b);
            }
            return;
        }
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
            out.add(path + ": " + shortly(a) + " vs " + shortly(b));
            return;
        }
        if (a.isObject()) {
            Iterator<String> names = a.fieldNames();
            Iterator<String> others = b.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String other = others.next();
                if (!name.equals(other)) {
                    out.add(path + ": key " + name + " vs " + other);
                    return;
                }
                compare(path + "." + name, a.get(name), b.get(name), out);
            }
        } else if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                compare(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + a + " vs " + b);
        }
    }

    private static String shortly(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
