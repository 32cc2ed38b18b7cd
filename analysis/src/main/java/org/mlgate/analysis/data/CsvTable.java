package org.mlgate.analysis.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.mlgate.analysis.InputException;

/**
 * A delimited text file with a header row, read one row at a time (memory does not grow with the file). Commas,
 * or tabs when the name ends in {@code .tsv}; gzip when it ends in {@code .gz}. The SHA-256 of the file as stored
 * is computed while reading and is available once the last row was read.
 *
 * <p>Cells are trimmed once, here, so that no consumer trims them again. {@link #next()} sends rows with another cell
 * count than the header to {@link BadRows} with their line number; {@link #nextAny()} returns them, for a reader that
 * applies the policy later and in file order. Empty lines are skipped. The first data row is read on open, so that a
 * header-only file is reported before any work starts.
 */
public final class CsvTable implements AutoCloseable {

    private final Path file;
    private final BadRows badRows;
    private final DigestInputStream digestStream;
    private final InputStream input;
    private final JsonParser parser;
    private final List<String> header;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private CsvRow pending;
    private boolean exhausted;
    private long ordinal;
    private String sha256;

    private CsvTable(Path file, BadRows badRows, DigestInputStream digestStream, InputStream input, JsonParser parser) {
        this.file = file;
        this.badRows = badRows;
        this.digestStream = digestStream;
        this.input = input;
        this.parser = parser;
        CsvRow headerRow = readRaw();
        if (headerRow == null) {
            throw new InputException("The data file " + file + " is empty; it needs a header row and at least one data row.");
        }
        this.header = List.of(headerRow.cells());
        this.ordinal = 0; // the header is not a data row
        for (int i = 0; i < header.size(); i++) {
            if (columnIndex.putIfAbsent(header.get(i), i) != null) {
                throw new InputException("The data file " + file + " has the column '" + header.get(i)
                        + "' twice in its header; give every column a unique name.");
            }
        }
        this.pending = nextAny();
        if (pending == null) {
            throw new InputException("The data file " + file + " has a header row but no data rows; point the "
                    + "plugin at the file with the validation rows.");
        }
    }

    /** Opens {@code file} and reads its header; the messages of the InputExceptions name the file. */
    public static CsvTable open(Path file, BadRows badRows) {
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
        char separator = plainName.endsWith(".tsv") ? '\t' : ',';
        try {
            InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(digestStream, 64 * 1024) : digestStream, 64 * 1024);
            CsvMapper mapper = CsvMapper.builder()
                    .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                    .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                    // Keep the file open at the end of the rows: finish() still hashes any bytes the parser left.
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .build();
            JsonParser parser = mapper.getFactory().createParser(in);
            ((CsvParser) parser).setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            return new CsvTable(file, badRows, digestStream, in, parser);
        } catch (IOException e) {
            closeQuietly(digestStream);
            throw new InputException("The data file " + file + " cannot be read as " + (gzip ? "gzip-compressed " : "")
                    + "text (" + e.getMessage() + "); check its format.", e);
        } catch (RuntimeException e) {
            closeQuietly(digestStream);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The column names, trimmed, in file order. */
    public List<String> header() {
        return header;
    }

    /** The index of a column, or -1 when the header has no such column. */
    public int column(String name) {
        return columnIndex.getOrDefault(name, -1);
    }

    /** The next data row with as many cells as the header, or null at the end of the file. */
    public CsvRow next() {
        for (CsvRow row = nextAny(); row != null; row = nextAny()) {
            if (hasAllCells(row)) {
                return row;
            }
            badRows.reject(row.line(), WRONG_CELL_COUNT, wrongCellCount(row));
        }
        return null;
    }

    /** The next data row, whatever its cell count, or null at the end of the file. */
    public CsvRow nextAny() {
        if (pending != null) {
            CsvRow row = pending;
            pending = null;
            return row;
        }
        CsvRow row = readRaw();
        if (row == null) {
            finish();
        }
        return row;
    }

    /** The reason {@link #next()} gives {@link BadRows} for a row with too few or too many cells. */
    public static final String WRONG_CELL_COUNT = "the wrong number of cells";

    public boolean hasAllCells(CsvRow row) {
        return row.cells().length == header.size();
    }

    /** The sentence for a row with another cell count than the header. */
    public String wrongCellCount(CsvRow row) {
        return "Line " + row.line() + " of " + file + " has " + row.cells().length + " cells but the header has "
                + header.size() + ".";
    }

    /** The SHA-256 of the file as stored (compressed, for .gz), once {@link #next()} has returned null. */
    public String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException("The digest of " + file + " is known only after the last row was read.");
        }
        return sha256;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Closing a file we only read cannot lose data; nothing to report.
        }
        closeQuietly(input);
    }

    private CsvRow readRaw() {
        if (exhausted) {
            return null;
        }
        try {
            List<String> cells = new ArrayList<>();
            long line = -1;
            boolean inRow = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    inRow = true;
                    cells.clear();
                    line = -1;
                } else if (token == JsonToken.END_ARRAY && inRow) {
                    inRow = false;
                    if (!cells.isEmpty()) { // the parser reports an empty file as one row without cells
                        return new CsvRow(line, ordinal++, cells.toArray(String[]::new));
                    }
                } else if (inRow && token.isScalarValue()) {
                    if (cells.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText().trim());
                }
            }
            exhausted = true;
            return null;
        } catch (StreamReadException e) {
            throw new InputException("The data file " + file + " is not valid CSV near line "
                    + e.getLocation().getLineNr() + " (" + e.getOriginalMessage() + "); fix the quoting there.", e);
        } catch (IOException e) {
            throw new InputException("The data file " + file + " could not be read to the end (" + e.getMessage()
                    + "); check that it is complete.", e);
        }
    }

    private void finish() {
        if (sha256 != null) {
            return;
        }
        try {
            // The parser may stop before the last bytes (a gzip trailer, buffered input): hash the whole file.
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
            // see close()
        }
    }
}
