package org.mlgate.analysis.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.mlgate.analysis.InputException;

/**
 * A delimited text file with a header row, read one chunk of rows at a time (memory does not grow with the file).
 * Commas, or tabs when the name ends in {@code .tsv}; gzip when it ends in {@code .gz}. The SHA-256 of the file as
 * stored is computed while reading and is available once the last row was read.
 *
 * <p>Two ways to read: {@link #next()} and {@link #nextAny()} give one row at a time on the calling thread;
 * {@link #nextChunk} gives the raw bytes of whole rows ({@link CsvSplitter}) that any thread can turn into rows with
 * {@link #rows}, which is how the evaluation reads on every core. Cells are trimmed once, when tokenized
 * ({@link CsvTokenizer} has the quoting rules). {@link #next()} sends rows with another cell count than the header
 * to {@link BadRows} with their line number; {@link #nextAny()} and {@link #rows} return them, for a reader that
 * applies the policy later and in file order. Empty lines are skipped. The first data row is read on open, so that a
 * header-only file is reported before any work starts.
 */
public final class CsvTable implements DataTable {
    /** The reason {@link #next()} gives {@link BadRows} for a row with too few or too many cells. */
    public static final String WRONG_CELL_COUNT = "the wrong number of cells";
    /** Bytes a chunk read for {@link #next()} holds: a few hundred rows. */
    private static final int SMALL_CHUNK = 1 << 15;

    private final Path file;
    private final BadRows badRows;
    private final DigestInputStream digestStream;
    private final InputStream input;
    private final CsvSplitter splitter;
    private final CsvTokenizer tokenizer;
    private final List<String> header;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final ArrayDeque<CsvRow> ready = new ArrayDeque<>();
    private boolean exhausted;
    private String sha256;

    private final char separator;

    private CsvTable(Path file, BadRows badRows, DigestInputStream digestStream, InputStream input, char separator,
                     boolean decimalComma) {
        this.file = file;
        this.badRows = badRows;
        this.digestStream = digestStream;
        this.input = input;
        this.separator = separator;
        this.splitter = new CsvSplitter(input, file.toString(), separator);
        this.tokenizer = new CsvTokenizer(separator, decimalComma);
        CsvRow headerRow = null;
        while (headerRow == null) {
            CsvChunk line = splitter.next(1); // one row: the header (or a blank line before it)
            if (line == null) {
                throw new InputException("The data file " + file + " is empty; it needs a header row and at least"
                        + " one data row.");
            }
            List<CsvRow> rows = rows(line);
            headerRow = rows.isEmpty() ? null : rows.get(0);
        }
        this.header = List.of(headerRow.cells());
        splitter.restartOrdinals(); // the header is not a data row
        for (int i = 0; i < header.size(); i++) {
            if (columnIndex.putIfAbsent(header.get(i), i) != null) {
                throw new InputException("The data file " + file + " has the column '" + header.get(i)
                        + "' twice in its header; give every column a unique name.");
            }
        }
        CsvRow first = nextAny();
        if (first == null) {
            throw new InputException("The data file " + file + " has a header row but no data rows; point the "
                    + "plugin at the file with the validation rows.");
        }
        ready.addFirst(first);
    }

    /** Opens {@code file} and reads its header; the messages of the InputExceptions name the file. */
    public static CsvTable open(Path file, BadRows badRows) {
        return open(file, badRows, CsvFormat.detect());
    }

    /** As {@link #open(Path, BadRows)}, written as {@code format} says. */
    public static CsvTable open(Path file, BadRows badRows, CsvFormat format) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A pipe or a device would block the build on its first read, a folder fail with a system message.
            throw new InputException("The data file " + file + " is not a regular file (a folder, a pipe or a device);"
                    + " point the plugin at a CSV file.");
        }
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
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        String plainName = gzip ? name.substring(0, name.length() - 3) : name;
        try {
            InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(digestStream, 64 * 1024)
                    : digestStream, 64 * 1024);
            char separator = format.delimiterFor(plainName, firstLine(in));
            return new CsvTable(file, badRows, digestStream, in, separator, format.decimalComma());
        } catch (IOException e) {
            closeQuietly(digestStream);
            throw new InputException("The data file " + file + " cannot be read as " + (gzip ? "gzip-compressed " : "")
                    + "text (" + e.getMessage() + "); check its format.", e);
        } catch (RuntimeException e) {
            closeQuietly(digestStream);
            throw e;
        }
    }

    @Override
    public Path file() {
        return file;
    }

    /**
     * A hint for a message about a missing column: when the header is one cell holding another likely delimiter,
     * the file is probably separated by that one; empty otherwise.
     */
    @Override
    public String delimiterHint() {
        if (header.size() != 1) {
            return "";
        }
        for (char c : new char[] {';', '\t', '|', ','}) {
            if (c != separator && header.get(0).indexOf(c) >= 0) {
                return " The header is one column that holds " + CsvFormat.describe(c) + "s: set the delimiter"
                        + " (ml.delimiter) to " + (c == '\t' ? "tab" : "'" + c + "'") + ", or leave it unset to detect it.";
            }
        }
        return "";
    }

    /** The cell separator, as configured or detected from the header. */
    public char separator() {
        return separator;
    }

    /** The bytes of the file up to its first line end (at most 64 KB), left unread in {@code in}. */
    private static byte[] firstLine(InputStream in) throws IOException {
        in.mark(64 * 1024);
        byte[] head = in.readNBytes(64 * 1024 - 1);
        in.reset();
        int end = 0;
        while (end < head.length && head[end] != '\n' && head[end] != '\r') {
            end++;
        }
        return java.util.Arrays.copyOf(head, end);
    }

    /** The column names, trimmed, in file order. */
    @Override
    public List<String> header() {
        return header;
    }

    /** The index of a column, or -1 when the header has no such column. */
    @Override
    public int column(String name) {
        return columnIndex.getOrDefault(name, -1);
    }

    /** The next data row with as many cells as the header, or null at the end of the file. */
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

    /** The next data row, whatever its cell count, or null at the end of the file. */
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

    /**
     * The next whole rows as raw bytes, at least {@code targetBytes} of them unless the file ends first (rows read
     * already by {@link #nextAny()} come first, tokenized); null at the end. Reading thread only.
     */
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
        try {
            CsvChunk chunk = splitter.next(targetBytes);
            if (chunk == null) {
                exhausted = true;
                finish();
            }
            return chunk;
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException("The data file " + file + " could not be read to the end (" + e.getMessage()
                    + "); check that it is complete.", e);
        }
    }

    /** The rows of a chunk of this file, any of them malformed; safe on any thread. */
    @Override
    public List<CsvRow> rows(RowChunk rowChunk) {
        CsvChunk chunk = (CsvChunk) rowChunk;
        if (chunk.ready() != null) {
            return chunk.ready();
        }
        return tokenizer.tokenize(chunk.bytes(), 0, chunk.bytes().length, chunk.firstLine(), chunk.firstOrdinal());
    }

    /** Parses these columns' cells straight from the file's bytes, without a String per cell (see the interface). */
    @Override
    public void numbersOnly(int[] columns) {
        tokenizer.numbersOnly(columns, header.size());
    }

    @Override
    public boolean hasAllCells(CsvRow row) {
        return row.problem() == null && row.cells().length == header.size();
    }

    /** The sentence for a row with another cell count than the header. */
    @Override
    public String wrongCellCount(CsvRow row) {
        return where(row.line()) + " has " + row.cells().length + " cells but the header has "
                + header.size() + ".";
    }

    @Override
    public String where(long line) {
        return "Line " + line + " of " + file;
    }

    /** The SHA-256 of the file as stored (compressed, for .gz), once {@link #next()} has returned null. */
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
            // The reader may stop before the last bytes (a gzip trailer): hash the whole file.
            byte[] rest = new byte[8192];
            while (digestStream.read(rest) >= 0) {
                // draining only
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
