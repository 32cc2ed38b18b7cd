package org.mlgate.analysis.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;
import org.mlgate.analysis.InputException;

/**
 * A JSON Lines file ({@code .jsonl}, {@code .ndjson}, gzip with {@code .gz}): one JSON object per line, as pandas'
 * {@code to_json(orient="records", lines=True)} and Spark's {@code write.json} write them. Each key is a column and
 * each value a cell: a string as it is (trimmed), a number as written, {@code true}/{@code false}, and null or an
 * absent key as an empty cell (Spark leaves null values out of the object).
 *
 * <p>The columns are the keys of the first rows, read on open (at least the first {@value #SCAN_ROWS} data rows), in
 * the order they first appear, so that a key that is null, and so absent, in the first object is still a column. A
 * key that appears only later is left out, counted, and named in the notes. Nested values (an object or an array)
 * have no single cell: in the first rows they refuse the file with a sentence saying how to flatten them; in a later
 * row they make the row bad ({@link BadRows}), as does a line that is not a JSON object. Blank lines are skipped.
 *
 * <p>Streaming as {@link CsvTable}: the reading thread only cuts the file at line ends ({@link LineSplitter}); any
 * thread parses a chunk's lines with Jackson's streaming parser ({@link #rows}). Lines are numbered from 1.
 */
public final class JsonLinesTable implements DataTable {
    /** The reason a {@link BadRows} note gives for a line that is not a flat JSON object. */
    static final String UNREADABLE = "a line that is not a flat JSON object";
    /** Data rows read on open to find the columns, at least. */
    static final int SCAN_ROWS = 1000;
    private static final int SMALL_CHUNK = 1 << 15;
    private static final String FLATTEN = "; mlgate reads flat objects, one value per key: flatten nested values into"
            + " keys of their own (pandas.json_normalize, or selecting the fields of a struct in Spark) or leave the"
            + " key out.";

    private final Path file;
    private final BadRows badRows;
    private final DigestInputStream digestStream;
    private final InputStream input;
    private final LineSplitter splitter;
    private final JsonFactory json;
    private final List<String> header;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final ArrayDeque<CsvRow> ready = new ArrayDeque<>();
    private final Map<String, Long> lateKeys = new ConcurrentHashMap<>();
    private final LongAdder rowsWithLateKeys = new LongAdder();
    private boolean exhausted;
    private String sha256;

    private JsonLinesTable(Path file, BadRows badRows, DigestInputStream digestStream, InputStream input) {
        this.file = file;
        this.badRows = badRows;
        this.digestStream = digestStream;
        this.input = input;
        this.splitter = new LineSplitter(input, file.toString());
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
        List<CsvChunk> firstChunks = new ArrayList<>();
        long rowsSeen = 0;
        while (rowsSeen < SCAN_ROWS) {
            CsvChunk chunk = splitter.next(SMALL_CHUNK);
            if (chunk == null) {
                break;
            }
            firstChunks.add(chunk);
            rowsSeen += countRows(chunk.bytes());
        }
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (CsvChunk chunk : firstChunks) {
            scanKeys(chunk, keys);
        }
        if (keys.isEmpty()) {
            throw new InputException("The data file " + file + " has no data rows (no line holds a JSON object with"
                    + " a key); point the plugin at the JSON Lines file with the validation rows.");
        }
        this.header = List.copyOf(keys);
        for (int i = 0; i < header.size(); i++) {
            columnIndex.put(header.get(i), i);
        }
        for (CsvChunk chunk : firstChunks) {
            ready.addAll(rows(chunk));
        }
    }

    /** Opens a JSON Lines file and reads its first rows; the messages of the InputExceptions name the file. */
    public static JsonLinesTable open(Path file, BadRows badRows) {
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InputException("The data file " + file + " does not exist; check the path (relative paths "
                    + "are resolved against the project directory).", e);
        } catch (IOException | RuntimeException e) {
            throw new InputException("The data file " + file + " cannot be read (" + e.getMessage()
                    + "); check that it is a readable file.", e);
        }
        DigestInputStream digestStream = new DigestInputStream(raw, Sha256.newDigest());
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try {
            InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(digestStream, 64 * 1024)
                    : digestStream, 64 * 1024);
            return new JsonLinesTable(file, badRows, digestStream, in);
        } catch (IOException e) {
            closeQuietly(digestStream);
            throw new InputException("The data file " + file + " cannot be read as gzip-compressed text ("
                    + e.getMessage() + "); check its format.", e);
        } catch (RuntimeException e) {
            closeQuietly(digestStream);
            throw e;
        }
    }

    /** Lines with more than white space, as {@link LineSplitter} counts them. */
    private static long countRows(byte[] bytes) {
        long rows = 0;
        boolean content = false;
        for (byte b : bytes) {
            if (b == '\n') {
                rows += content ? 1 : 0;
                content = false;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                content = true;
            }
        }
        return rows + (content ? 1 : 0);
    }

    /** Adds the keys of the chunk's objects, in order; refuses the file at a nested value or a line not an object. */
    private void scanKeys(CsvChunk chunk, LinkedHashSet<String> keys) {
        byte[] bytes = chunk.bytes();
        long line = chunk.firstLine();
        for (int pos = 0; pos < bytes.length; line++) {
            int eol = lineEnd(bytes, pos);
            if (hasContent(bytes, pos, eol)) {
                try (JsonParser parser = json.createParser(bytes, pos, eol - pos)) {
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        throw notJsonLines(line, "is not a JSON object");
                    }
                    for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME;
                         token = parser.nextToken()) {
                        String key = parser.currentName().trim();
                        JsonToken value = parser.nextToken();
                        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                            throw new InputException("Line " + line + " of " + file + " has "
                                    + (value == JsonToken.START_OBJECT ? "an object" : "an array") + " in '" + key
                                    + "'" + FLATTEN);
                        }
                        keys.add(key);
                    }
                } catch (JsonProcessingException e) {
                    throw notJsonLines(line, "is not valid JSON (" + e.getOriginalMessage() + ")");
                } catch (IOException e) {
                    throw notJsonLines(line, "cannot be read (" + e.getMessage() + ")");
                }
            }
            pos = eol + 1;
        }
    }

    private InputException notJsonLines(long line, String what) {
        return new InputException("Line " + line + " of " + file + " " + what + "; a JSON Lines file holds one JSON"
                + " object per line (pandas: to_json(orient=\"records\", lines=True)).");
    }

    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    private static boolean hasContent(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public int column(String name) {
        return columnIndex.getOrDefault(name, -1);
    }

    @Override
    public CsvRow next() {
        for (CsvRow row = nextAny(); row != null; row = nextAny()) {
            if (hasAllCells(row)) {
                return row;
            }
            malformed(row).applyTo(badRows);
        }
        return null;
    }

    @Override
    public CsvRow nextAny() {
        while (ready.isEmpty()) {
            CsvChunk chunk = nextChunk(SMALL_CHUNK);
            if (chunk == null) {
                return null;
            }
            ready.addAll(rows(chunk));
        }
        return ready.poll();
    }

    @Override
    public CsvChunk nextChunk(int targetBytes) {
        if (!ready.isEmpty()) {
            CsvChunk rows = CsvChunk.ofRows(List.copyOf(ready));
            ready.clear();
            return rows;
        }
        if (exhausted) {
            return null;
        }
        CsvChunk chunk = splitter.next(targetBytes);
        if (chunk == null) {
            exhausted = true;
            finish();
        }
        return chunk;
    }

    /** The rows of a chunk: each line parsed on the calling thread, any thread. */
    @Override
    public List<CsvRow> rows(RowChunk rowChunk) {
        CsvChunk chunk = (CsvChunk) rowChunk;
        if (chunk.ready() != null) {
            return chunk.ready();
        }
        byte[] bytes = chunk.bytes();
        List<CsvRow> rows = new ArrayList<>();
        long line = chunk.firstLine();
        long ordinal = chunk.firstOrdinal();
        for (int pos = 0; pos < bytes.length; line++) {
            int eol = lineEnd(bytes, pos);
            if (hasContent(bytes, pos, eol)) {
                rows.add(row(bytes, pos, eol, line, ordinal++));
            }
            pos = eol + 1;
        }
        return rows;
    }

    private CsvRow row(byte[] bytes, int from, int to, long line, long ordinal) {
        String[] cells = new String[header.size()];
        Arrays.fill(cells, "");
        boolean lateKey = false;
        try (JsonParser parser = json.createParser(bytes, from, to - from)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return CsvRow.unreadable(line, ordinal, "is not a JSON object; a JSON Lines file holds one object"
                        + " per line.");
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String key = parser.currentName().trim();
                JsonToken value = parser.nextToken();
                Integer column = columnIndex.get(key);
                if (column == null) {
                    lateKey = true;
                    lateKeys.merge(key, line, Math::min);
                    parser.skipChildren();
                    continue;
                }
                switch (value) {
                    case START_OBJECT, START_ARRAY -> {
                        return CsvRow.unreadable(line, ordinal, "has " + (value == JsonToken.START_OBJECT
                                ? "an object" : "an array") + " in '" + key + "'" + FLATTEN);
                    }
                    case VALUE_STRING -> cells[column] = parser.getText().trim();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> cells[column] = parser.getText();
                    case VALUE_TRUE -> cells[column] = "true";
                    case VALUE_FALSE -> cells[column] = "false";
                    default -> cells[column] = ""; // null
                }
            }
            if (parser.nextToken() != null) {
                return CsvRow.unreadable(line, ordinal, "holds more than one JSON value; a JSON Lines file holds"
                        + " one object per line.");
            }
        } catch (JsonProcessingException e) {
            return CsvRow.unreadable(line, ordinal, "is not valid JSON (" + e.getOriginalMessage() + ").");
        } catch (IOException e) {
            return CsvRow.unreadable(line, ordinal, "cannot be read (" + e.getMessage() + ").");
        }
        if (lateKey) {
            rowsWithLateKeys.increment();
        }
        return new CsvRow(line, ordinal, cells);
    }

    @Override
    public boolean hasAllCells(CsvRow row) {
        return row.problem() == null && row.cells().length == header.size();
    }

    @Override
    public String wrongCellCount(CsvRow row) {
        return where(row.line()) + " has " + row.cells().length + " cells but the file has " + header.size()
                + " columns.";
    }

    @Override
    public String where(long line) {
        return "Line " + line + " of " + file;
    }

    @Override
    public List<String> notes() {
        if (lateKeys.isEmpty()) {
            return List.of();
        }
        TreeMap<String, Long> keys = new TreeMap<>(lateKeys);
        List<String> named = keys.entrySet().stream().limit(10)
                .map(e -> "'" + e.getKey() + "' (first on line " + e.getValue() + ")").toList();
        long rows = rowsWithLateKeys.sum();
        return List.of((keys.size() == 1 ? "The key " : keys.size() + " keys, ") + String.join(", ", named)
                + (keys.size() > 10 ? " and " + (keys.size() - 10) + " more," : "") + " of " + file
                + (keys.size() == 1 ? " is" : " are") + " in none of the first rows, which give the columns; "
                + (keys.size() == 1 ? "its" : "their") + " values in " + rows + (rows == 1 ? " row were" : " rows were")
                + " left out. Write every key on the first line (null where there is no value) to keep them.");
    }

    @Override
    public String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException("The digest of " + file + " is known only after the last row was read.");
        }
        return sha256;
    }

    @Override
    public void close() {
        closeQuietly(input);
        closeQuietly(digestStream);
    }

    private void finish() {
        if (sha256 != null) {
            return;
        }
        try {
            byte[] rest = new byte[8192];
            while (digestStream.read(rest) >= 0) {
                // draining only: the gzip trailer
            }
        } catch (IOException e) {
            throw new InputException("The data file " + file + " could not be read to the end (" + e.getMessage()
                    + "); check that it is complete.", e);
        }
        sha256 = Sha256.hex(digestStream.getMessageDigest());
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Closing a file we only read cannot lose data; nothing to report.
        }
    }
}
