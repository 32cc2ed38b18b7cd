package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.InputException;

class ReportReaderTest {

    @TempDir
    Path dir;

    private final ReportReader reader = new ReportReader();

    private InputException readFailure(String content) throws Exception {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, content);
        InputException e = assertThrows(InputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        return e;
    }

    @Test
    void jsonThatIsNotAReportIsRefused() throws Exception {
        InputException e = readFailure("{\"name\": \"my-app\", \"version\": \"1.0\"}");

        assertTrue(e.getMessage().contains("is not an mlgate report"), e.getMessage());
    }

    @Test
    void jsonArrayIsRefused() throws Exception {
        InputException e = readFailure("[1, 2, 3]");

        assertTrue(e.getMessage().contains("is not an mlgate report"), e.getMessage());
    }

    @Test
    void newerSchemaVersionIsRefusedWithAnUpgradeHint() throws Exception {
        String json = new JsonReportWriter().toJson(ReportFixtures.binary())
                .replaceFirst("\"schemaVersion\": 1", "\"schemaVersion\": 2");

        InputException e = readFailure(json);

        assertTrue(e.getMessage().contains("schema version 2"), e.getMessage());
        assertTrue(e.getMessage().contains("upgrade mlgate"), e.getMessage());
    }

    @Test
    void malformedJsonIsRefusedWithItsLine() throws Exception {
        InputException e = readFailure("{\n  \"schemaVersion\": 1,\n  \"task\": \n}");

        assertTrue(e.getMessage().contains("is not JSON (line 4"), e.getMessage());
    }

    @Test
    void wrongTypeOfAKeyIsRefused() throws Exception {
        String json = new JsonReportWriter().toJson(ReportFixtures.binary())
                .replaceFirst("\"metrics\": \\{", "\"metrics\": [], \"unused\": {");

        InputException e = readFailure(json);

        assertTrue(e.getMessage().contains("is not a valid mlgate report"), e.getMessage());
    }

    @Test
    void missingFileIsAnInputException() {
        Path file = dir.resolve("nowhere.json");

        InputException e = assertThrows(InputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void unknownKeysOfTheSameSchemaAreIgnored() throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, new JsonReportWriter().toJson(ReportFixtures.regression())
                .replaceFirst("\\{", "{\"addedLater\": true,"));

        assertEquals("pass", reader.read(file).verdict());
    }
}
