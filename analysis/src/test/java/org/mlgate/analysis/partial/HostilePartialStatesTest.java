package org.mlgate.analysis.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;

/**
 * State files arrive with pull requests: a damaged, foreign, truncated or mixed-up file ends the build with one
 * sentence that names it and says what to do, in a 512 MB heap (this test runs in its own JVM, see analysis/pom.xml),
 * never with a stack trace or an OutOfMemoryError.
 */
class HostilePartialStatesTest {
    @TempDir
    Path dir;
    private Path folder;
    private SplitStates.States states;
    private Path csv;

    private EvaluationRequest request(List<String> slices) {
        return new EvaluationRequest(SourceRequest.forPredictions(null).withLabelColumn("actual"),
                MetricOptions.defaults().withBootstrapReplicates(20), ErrorAnalysisOptions.defaults(),
                ChecksOptions.defaults(null, "actual"), null, List.of(), slices, BaselineOptions.none());
    }

    private Path data(String name, int rows, int seed) throws IOException {
        StringBuilder text = new StringBuilder("n,region,actual,predicted,p_a,p_b\n");
        for (int i = 0; i < rows; i++) {
            double p = ((i * 7919L + seed) % 100) / 100.0;
            text.append(String.format(Locale.ROOT, "%d,r%d,%s,%s,%.2f,%.2f%n", i, i % 4, i % 3 == 0 ? "a" : "b",
                    p >= 0.5 ? "a" : "b", p, 1 - p));
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @BeforeEach
    void writeStates() throws IOException {
        csv = data("data.csv", 16_000, 1);
        SplitStates split = new SplitStates(csv, request(List.of("region")));
        states = split.count(8_000, 8_000);
        folder = split.write(dir.resolve("states"), states);
    }

    private String failure() {
        InputException e = assertThrows(InputException.class,
                () -> PartialStates.evaluate(folder, request(List.of("region"))));
        return e.getMessage();
    }

    private Path part(int ordinal) {
        return folder.resolve(String.format(Locale.ROOT, "part-%05d.mlgstate", ordinal));
    }

    /** Puts a new trailer (length and CRC32C) on changed bytes, so that only the bounds of the reader can stop them. */
    private static byte[] resealed(byte[] state) {
        int content = state.length - StateFormat.TRAILER;
        CRC32C crc = new CRC32C();
        crc.update(state, 0, content);
        ByteBuffer.wrap(state, content, StateFormat.TRAILER).putLong(content).putInt((int) crc.getValue());
        return state;
    }

    /** The offset of the header's count of columns: after the version, kind, ordinal, rows, data and position word. */
    private int columnsCountOffset(byte[] state) {
        ByteBuffer buffer = ByteBuffer.wrap(state);
        int at = StateFormat.PREAMBLE;
        at += 4 + buffer.getInt(at); // mlgate version
        at += 1 + 4 + 8 + 8;         // kind, ordinal, first row, rows
        for (int text = 0; text < 3; text++) { // data name, SHA-256, position word
            int length = buffer.getInt(at);
            at += 4 + Math.max(0, length);
        }
        return at + 1;               // task
    }

    @Test
    void aTruncatedStateIsCutShort() throws IOException {
        byte[] state = Files.readAllBytes(part(1));
        Files.write(part(1), Arrays.copyOf(state, state.length / 2));
        String message = failure();
        assertTrue(message.startsWith("The partial state " + part(1) + " is damaged (its trailer records"), message);
        assertTrue(message.contains("it was cut short or extended); write it again"), message);
    }

    @Test
    void aFlippedByteFailsTheChecksum() throws IOException {
        byte[] state = Files.readAllBytes(part(0));
        state[state.length / 2] ^= 0x10;
        Files.write(part(0), state);
        assertEquals("The partial state " + part(0) + " is damaged (its CRC32C checksum does not match its content:"
                + " bytes were changed after it was written); write it again from the same rows, and check that it"
                + " was copied whole (a job that failed midway, or a transfer that changed its bytes, leaves such"
                + " files).", failure());
    }

    @Test
    void aHugeCountBeyondTheLimitIsRefusedBeforeAnythingIsAllocated() throws IOException {
        byte[] state = Files.readAllBytes(part(0));
        ByteBuffer.wrap(state).putInt(columnsCountOffset(state), Integer.MAX_VALUE);
        Files.write(part(0), resealed(state));
        String message = failure();
        assertTrue(message.startsWith("The partial state " + part(0) + " is damaged (its header declares 2147483647"
                + " columns, where at most 100000 can be)"), message);
    }

    @Test
    void aCountBeyondTheBytesLeftIsRefusedBeforeAnythingIsAllocated() throws IOException {
        byte[] state = Files.readAllBytes(part(0));
        ByteBuffer.wrap(state).putInt(columnsCountOffset(state), 99_999);
        Files.write(part(0), resealed(state));
        String message = failure();
        assertTrue(message.startsWith("The partial state " + part(0) + " is damaged (its header declares 99999"
                + " columns, more than its "), message);
    }

    /** Task codes are the format's (0 classification, 1 regression), not an enum's order: another code is refused. */
    @Test
    void aTaskCodeTheFormatDoesNotDefineIsRefused() throws IOException {
        assertEquals(0, StateFormat.taskCode(org.mlgate.analysis.Task.CLASSIFICATION));
        assertEquals(1, StateFormat.taskCode(org.mlgate.analysis.Task.REGRESSION));
        byte[] state = Files.readAllBytes(part(0));
        state[columnsCountOffset(state) - 1] = 7;
        Files.write(part(0), resealed(state));
        String message = failure();
        assertTrue(message.startsWith("The partial state " + part(0) + " is damaged (its header has 7 as the task)"),
                message);
    }

    @Test
    void anotherFormatVersionIsNamed() throws IOException {
        byte[] state = Files.readAllBytes(folder.resolve("template.mlgstate"));
        state[StateFormat.MAGIC.length + 1] = 2;
        Files.write(folder.resolve("template.mlgstate"), resealed(state));
        String message = failure();
        assertTrue(message.startsWith("The partial state " + folder.resolve("template.mlgstate") + " is in"
                + " partial-state format version 2, but this mlgate"), message);
        assertTrue(message.endsWith("reads version 1 only; write the states again with this version of mlgate, or"
                + " evaluate them with the version that wrote them."), message);
    }

    @Test
    void aForeignFileIsNotAState() throws IOException {
        Files.writeString(folder.resolve("notes.mlgstate"), "n,region,actual\n1,east,a\n", StandardCharsets.UTF_8);
        assertEquals("The partial state " + folder.resolve("notes.mlgstate") + " is not an mlgate partial state (it"
                + " does not start with the format's magic bytes); keep only the files that mlgate's partial-state"
                + " writer wrote in the folder.", failure());
    }

    @Test
    void aPartitionOfAnotherEvaluationIsRefusedWithWhatDiffers() throws IOException {
        Path other = data("other.csv", 16_000, 2);
        SplitStates split = new SplitStates(other, request(List.of()));
        Files.write(part(1), split.count(8_000, 8_000).partitions().get(1));
        String message = failure();
        assertTrue(message.startsWith("The partial state " + part(1) + " belongs to another evaluation than the"
                + " template's: data (" + csv + " here, " + other + " there); data SHA-256 ("), message);
        assertTrue(message.contains("slice columns ([region] here, [] there)"), message);
        assertTrue(message.endsWith("put the states of one evaluation, and only those, in one folder."), message);
    }

    @Test
    void aMissingPartitionIsNamed() throws IOException {
        Files.delete(part(1));
        assertEquals("The partial states in " + folder + " hold 1 of the 2 partitions their template was written"
                + " for; copy every partition's state (part-*.mlgstate) into the folder.", failure());
    }

    @Test
    void aPartitionTwiceIsNamed() throws IOException {
        Files.copy(part(1), folder.resolve("copy.mlgstate"));
        assertEquals("The partial states in " + folder + " have partition 1 twice, in " + folder.resolve(
                "copy.mlgstate") + " and " + part(1) + "; put the states of one evaluation, and only those, in one"
                + " folder.", failure());
    }

    @Test
    void anEmptyFolderSaysWhereTheStatesShouldBe() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        InputException e = assertThrows(InputException.class,
                () -> PartialStates.evaluate(empty, request(List.of("region"))));
        assertEquals("The partials folder " + empty + " holds no partial states (*.mlgstate); write them there"
                + " first, or set partials (ml.partials) to the folder that holds them.", e.getMessage());
    }

    @Test
    void aBuildThatCountsOtherwiseIsToldWhichSettingsDiffer() {
        EvaluationRequest build = request(List.of("n"));
        InputException e = assertThrows(InputException.class, () -> PartialStates.evaluate(folder,
                new EvaluationRequest(build.source(), build.metricOptions(), ErrorAnalysisOptions.defaults()
                        .withIdColumn("n"), build.checks().withColumns("n", null, null), null, List.of(),
                        List.of("n"), BaselineOptions.none())));
        assertEquals("The partial states in " + folder + " were counted with other settings than this build's:"
                + " idColumn is unset in the states but n here; sliceColumns is [region] in the states but [n] here."
                + " Set the same in the POM, or write the states again with this build's settings: what is counted"
                + " cannot change after the rows were read.", e.getMessage());
    }
}
