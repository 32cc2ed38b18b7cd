package org.mlgate.analysis.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.parquet.VersionParser;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.impl.ColumnReaderImpl;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.CompressionCodec;
import org.apache.parquet.format.ConvertedType;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.FieldRepetitionType;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.Util;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.data.ParquetChunk.ColumnPages;
import org.mlgate.analysis.data.ParquetChunk.RawPage;

/**
 * An Apache Parquet file ({@code .parquet}), as pandas (pyarrow) and Spark write it, read without Hadoop: the footer
 * and page headers with parquet-format's Thrift structures, the values with parquet-column's decoders (plain,
 * dictionary, RLE and bit-packed levels, delta and byte-stream-split encodings, data pages of version 1 and 2), the
 * pages by this class, positioned reads of the file, and {@link PageDecompression}.
 *
 * <p>Columns: every leaf of the schema outside a repeated field, a struct's fields named by their path
 * ({@code address.city}); lists and maps (repeated values) have no single cell and are left out, and so is the index
 * pandas stores as {@code __index_level_0__}; the notes name what was left out. Cells are text as a CSV export of the
 * same data would hold it ({@link ParquetCellKind}); a null is an empty cell.
 *
 * <p>Streaming: the reading thread cuts each row group into runs of rows ({@link ParquetChunk}, about the requested
 * bytes of decoded column data each) and reads, per column, only the pages that hold them, so that memory holds a few
 * pages per column however large a row group is (Spark writes 128 MB row groups, older pyarrow a single one); any
 * thread decompresses and decodes a chunk. A row's {@link CsvRow#line()} is its 1-based position in the file, and
 * messages say its row group as well ({@link #where}). The SHA-256 is of the file's bytes, computed once the last row
 * was read. The first rows are decoded on open, so that a file without rows, or one that cannot be decoded, is
 * reported before any work starts.
 */
public final class ParquetTable implements DataTable {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_FOOTER = 64 << 20;
    /** The largest page mlgate decompresses (writers cut pages at about 1 MB): a hostile size fills no heap. */
    private static final int MAX_PAGE = 64 << 20;
    private static final int SMALL_CHUNK = 1 << 15;
    private static final int MIN_CHUNK_ROWS = 1024;
    private static final int MAX_CHUNK_ROWS = 1 << 20;
    private static final String PANDAS_INDEX = "__index_level_";

    private final Path file;
    private final FileChannel channel;
    private final long size;
    private final FileMetaData metadata;
    private final VersionParser.ParsedVersion writer;
    private final List<ParquetColumn> columns;
    private final List<String> header;
    private final boolean[] textWanted;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final long[] groupStarts;
    private final List<String> notes = new ArrayList<>();
    private final ArrayDeque<CsvRow> ready = new ArrayDeque<>();
    private int group = -1;
    private long groupRow;
    private ColumnCursor[] cursors;
    private boolean exhausted;
    private String sha256;

    private ParquetTable(Path file, BadRows badRows, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        this.size = channel.size();
        this.metadata = footer();
        this.writer = writerVersion(metadata.getCreated_by());
        this.columns = columns(metadata.getSchema());
        List<String> names = new ArrayList<>();
        for (ParquetColumn column : columns) {
            if (columnIndex.putIfAbsent(column.name(), names.size()) != null) {
                throw new InputException("The data file " + file + " has two columns named '" + column.name()
                        + "' (a column and a field of a struct); rename one of them.");
            }
            names.add(column.name());
        }
        this.header = List.copyOf(names);
        this.textWanted = new boolean[header.size()];
        java.util.Arrays.fill(textWanted, true);
        if (header.isEmpty()) {
            throw new InputException("The data file " + file + " has no column with one value per row (only lists"
                    + " or maps); mlgate reads flat tables.");
        }
        List<RowGroup> groups = metadata.getRow_groups();
        this.groupStarts = new long[groups.size() + 1];
        for (int g = 0; g < groups.size(); g++) {
            groupStarts[g + 1] = groupStarts[g] + groups.get(g).getNum_rows();
        }
        badRows.namePositions("row");
        ParquetChunk first = nextChunk(SMALL_CHUNK);
        if (first == null) {
            throw new InputException("The data file " + file + " has columns but no rows; point the plugin at the"
                    + " file with the validation rows.");
        }
        ready.addAll(rows(first));
    }

    /** Opens a Parquet file, reads its footer and decodes its first rows; the messages name the file. */
    public static ParquetTable open(Path file, BadRows badRows) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new InputException("The data file " + file + " does not exist; check the path (relative paths "
                    + "are resolved against the project directory).", e);
        } catch (IOException | RuntimeException e) {
            throw new InputException("The data file " + file + " cannot be read (" + e.getMessage()
                    + "); check that it is a readable file.", e);
        }
        try {
            return new ParquetTable(file, badRows, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new InputException("The data file " + file + " cannot be read (" + e.getMessage()
                    + "); check that it is a complete Parquet file.", e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // The footer and the schema

    private FileMetaData footer() throws IOException {
        if (size < 12) {
            throw notParquet("it is " + size + " bytes long, shorter than any Parquet file");
        }
        ByteBuffer tail = read(size - 8, 8);
        byte[] magic = new byte[4];
        tail.get(4, magic);
        if (new String(magic, StandardCharsets.US_ASCII).equals("PARE")) {
            throw new InputException("The data file " + file + " is an encrypted Parquet file, which mlgate does not"
                    + " read; evaluate a copy written without encryption.");
        }
        ByteBuffer head = read(0, 4);
        if (!java.util.Arrays.equals(magic, MAGIC) || !java.util.Arrays.equals(head.array(), MAGIC)) {
            throw notParquet("it does not start and end with PAR1");
        }
        int length = tail.order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(0);
        if (length <= 0 || length > size - 12 || length > MAX_FOOTER) {
            throw notParquet("its footer length, " + length + " bytes, does not fit the file");
        }
        try {
            byte[] footer = read(size - 8 - length, length).array();
            FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(footer));
            if (meta.getSchema() == null || meta.getSchema().isEmpty() || meta.getRow_groups() == null) {
                throw notParquet("its footer has no schema");
            }
            return meta;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException input) {
                throw input;
            }
            throw notParquet("its footer cannot be read: " + e.getMessage());
        }
    }

    private InputException notParquet(String why) {
        return new InputException("The data file " + file + " is not a Parquet file (" + why + "); check that it is"
                + " complete, or name it .csv or .jsonl if it is text.");
    }

    private static VersionParser.ParsedVersion writerVersion(String createdBy) {
        try {
            return createdBy == null ? null : VersionParser.parse(createdBy);
        } catch (VersionParser.VersionParseException | RuntimeException e) {
            return null; // only parquet-mr's own versions matter to the decoders (PARQUET-246)
        }
    }

    /** The leaves outside repeated fields, in schema order; the notes say what was left out. */
    private List<ParquetColumn> columns(List<SchemaElement> schema) {
        List<ParquetColumn> out = new ArrayList<>();
        LinkedHashSet<String> nested = new LinkedHashSet<>();
        List<String> index = new ArrayList<>();
        int[] leaves = {0};
        SchemaElement root = schema.get(0);
        int next = 1;
        for (int c = 0; c < root.getNum_children(); c++) {
            next = visit(schema, next, new ArrayList<>(), 0, null, out, nested, leaves);
        }
        List<ParquetColumn> kept = new ArrayList<>();
        for (ParquetColumn column : out) {
            if (column.name().startsWith(PANDAS_INDEX)) {
                index.add(column.name());
            } else {
                kept.add(column);
            }
        }
        if (!nested.isEmpty()) {
            notes.add((nested.size() == 1 ? "The column " : "The columns ") + quoted(nested) + " of " + file
                    + (nested.size() == 1 ? " is a list or map" : " are lists or maps")
                    + " (repeated values), which no single cell holds; left out.");
        }
        if (!index.isEmpty()) {
            notes.add("The column " + quoted(index) + " of " + file + " is the index pandas stored with to_parquet;"
                    + " left out.");
        }
        return kept;
    }

    private int visit(List<SchemaElement> schema, int at, List<String> path, int definition, String repeatedIn,
                      List<ParquetColumn> out, LinkedHashSet<String> nested, int[] leaves) {
        if (at >= schema.size()) {
            throw notParquet("its schema ends inside a group");
        }
        SchemaElement element = schema.get(at);
        List<String> here = new ArrayList<>(path);
        here.add(element.getName());
        FieldRepetitionType repetition = element.getRepetition_type();
        int level = definition + (repetition == FieldRepetitionType.REQUIRED ? 0 : 1);
        boolean repeated = repetition == FieldRepetitionType.REPEATED || listOrMap(element);
        String inside = repeatedIn != null ? repeatedIn : repeated ? String.join(".", here) : null;
        if (element.isSetNum_children() && element.getNum_children() > 0) {
            int next = at + 1;
            for (int c = 0; c < element.getNum_children(); c++) {
                next = visit(schema, next, here, level, inside, out, nested, leaves);
            }
            return next;
        }
        if (!element.isSetNum_children() && !element.isSetType()) {
            throw notParquet("its schema has a field '" + element.getName() + "' without a type");
        }
        int chunk = leaves[0]++;
        if (element.isSetNum_children()) {
            return at + 1; // an empty group: no column chunk
        }
        if (inside != null) {
            nested.add(inside);
        } else {
            out.add(ParquetColumn.of(here.toArray(String[]::new), chunk, element, level));
        }
        return at + 1;
    }

    private static boolean listOrMap(SchemaElement element) {
        if (element.isSetLogicalType()
                && (element.getLogicalType().isSetLIST() || element.getLogicalType().isSetMAP())) {
            return true;
        }
        ConvertedType converted = element.isSetConverted_type() ? element.getConverted_type() : null;
        return converted == ConvertedType.LIST || converted == ConvertedType.MAP
                || converted == ConvertedType.MAP_KEY_VALUE;
    }

    private static String quoted(java.util.Collection<String> names) {
        List<String> shown = names.stream().limit(10).map(n -> "'" + n + "'").toList();
        return String.join(", ", shown) + (names.size() > 10 ? " and " + (names.size() - 10) + " more" : "");
    }

    // -------------------------------------------------------------------------------------------------------------
    // The table

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
        return nextAny(); // every row of a Parquet file has a cell for every column
    }

    @Override
    public CsvRow nextAny() {
        while (ready.isEmpty()) {
            ParquetChunk chunk = nextChunk(SMALL_CHUNK);
            if (chunk == null) {
                return null;
            }
            ready.addAll(rows(chunk));
        }
        return ready.poll();
    }

    @Override
    public ParquetChunk nextChunk(int targetBytes) {
        if (!ready.isEmpty()) {
            ParquetChunk rows = ParquetChunk.ofRows(List.copyOf(ready));
            ready.clear();
            return rows;
        }
        if (exhausted) {
            return null;
        }
        try {
            while (group < 0 || groupRow >= rowsIn(group)) {
                if (!startGroup(group + 1)) {
                    exhausted = true;
                    finish();
                    return null;
                }
            }
            long from = groupRow;
            long to = Math.min(rowsIn(group), from + rowsPerChunk(targetBytes));
            List<ColumnPages> pages = new ArrayList<>(columns.size());
            for (ColumnCursor cursor : cursors) {
                pages.add(cursor.pagesFor(from, to));
            }
            groupRow = to;
            return new ParquetChunk(groupStarts[group] + from, (int) (to - from), pages, null);
        } catch (IOException e) {
            throw new InputException("The data file " + file + " could not be read to the end (" + e.getMessage()
                    + "); check that it is complete.", e);
        }
    }

    private long rowsIn(int g) {
        return groupStarts[g + 1] - groupStarts[g];
    }

    /**
     * Rows of about {@code targetBytes} of column data, as CSV chunks are about that many bytes of text: by the row
     * group's uncompressed sizes, but at least 8 bytes a cell, since a dictionary-encoded cell takes a few bits in the
     * file and a whole string in memory.
     */
    private long rowsPerChunk(int targetBytes) {
        RowGroup rowGroup = metadata.getRow_groups().get(group);
        long bytes = 0;
        for (ParquetColumn column : columns) {
            bytes += rowGroup.getColumns().get(column.chunk()).getMeta_data().getTotal_uncompressed_size();
        }
        long perRow = Math.max(8L * columns.size(), bytes / Math.max(1, rowGroup.getNum_rows()));
        return Math.max(MIN_CHUNK_ROWS, Math.min(MAX_CHUNK_ROWS, targetBytes / perRow));
    }

    /** Positions a cursor on each column of row group {@code g}; false past the last. */
    private boolean startGroup(int g) throws IOException {
        group = g;
        groupRow = 0;
        if (g >= metadata.getRow_groups().size()) {
            return false;
        }
        RowGroup rowGroup = metadata.getRow_groups().get(g);
        cursors = new ColumnCursor[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            ParquetColumn column = columns.get(c);
            if (rowGroup.getColumns() == null || column.chunk() >= rowGroup.getColumns().size()) {
                throw notParquet("row group " + g + " has no column chunk for '" + column.name() + "'");
            }
            ColumnChunk chunk = rowGroup.getColumns().get(column.chunk());
            ColumnMetaData meta = chunk.getMeta_data();
            if (chunk.isSetFile_path() || meta == null) {
                throw new InputException("The data file " + file + " keeps the column '" + column.name() + "' in"
                        + " another file (" + chunk.getFile_path() + "); mlgate reads self-contained Parquet files.");
            }
            if (!meta.getPath_in_schema().equals(List.of(column.descriptor().getPath()))) {
                throw notParquet("row group " + g + " holds '" + String.join(".", meta.getPath_in_schema())
                        + "' where the schema has '" + column.name() + "'");
            }
            if (!PageDecompression.supports(meta.getCodec())) {
                throw new InputException("The data file " + file + " is compressed with " + meta.getCodec()
                        + ", which mlgate does not read; write it with snappy, zstd, gzip or lz4 (pyarrow's"
                        + " compression='zstd', Spark's parquet.compression).");
            }
            long start = meta.getData_page_offset();
            if (meta.isSetDictionary_page_offset() && meta.getDictionary_page_offset() > 0
                    && meta.getDictionary_page_offset() < start) {
                start = meta.getDictionary_page_offset();
            }
            long end = start + meta.getTotal_compressed_size();
            if (start < 4 || end > size - 8 || end < start) {
                throw notParquet("the column chunk of '" + column.name() + "' in row group " + g
                        + " lies outside the file");
            }
            cursors[c] = new ColumnCursor(column, meta.getCodec(), start, end, rowGroup.getNum_rows());
        }
        return true;
    }

    /** The reading thread's place in one column chunk: the next page's position and first row. */
    private final class ColumnCursor {
        private final ParquetColumn column;
        private final CompressionCodec codec;
        private final long end;
        private final long rows;
        private long position;
        private long nextRow;
        private DictionaryPage dictionary;
        private RawPage carry;

        ColumnCursor(ParquetColumn column, CompressionCodec codec, long start, long end, long rows) {
            this.column = column;
            this.codec = codec;
            this.position = start;
            this.end = end;
            this.rows = rows;
        }

        /** The pages that hold rows {@code [from, to)} of the row group; the last may hold more. */
        ColumnPages pagesFor(long from, long to) throws IOException {
            List<RawPage> pages = new ArrayList<>();
            if (carry != null) {
                pages.add(carry);
                carry = null;
            }
            while (nextRow < to) {
                pages.add(nextDataPage());
            }
            RawPage last = pages.get(pages.size() - 1);
            if (last.firstRow() + last.rows() > to) {
                carry = last;
            }
            return new ColumnPages(codec, dictionary, List.copyOf(pages), from - pages.get(0).firstRow());
        }

        private RawPage nextDataPage() throws IOException {
            while (true) {
                if (position >= end) {
                    throw notParquet("the column '" + column.name() + "' of row group " + group + " ends after "
                            + nextRow + " of its " + rows + " rows");
                }
                PageStream in = new PageStream(position, end);
                PageHeader header = Util.readPageHeader(in);
                position += in.consumed();
                int stored = header.getCompressed_page_size();
                if (stored < 0 || stored > end - position || header.getUncompressed_page_size() < 0
                        || header.getUncompressed_page_size() > MAX_PAGE) {
                    throw notParquet("a page of '" + column.name() + "' in row group " + group
                            + " has sizes that do not fit the file");
                }
                PageType type = header.getType();
                if (type == PageType.DATA_PAGE || type == PageType.DATA_PAGE_V2) {
                    byte[] bytes = read(position, stored).array();
                    position += stored;
                    int pageRows = type == PageType.DATA_PAGE ? header.getData_page_header().getNum_values()
                            : header.getData_page_header_v2().getNum_rows();
                    RawPage page = new RawPage(header, bytes, nextRow, pageRows);
                    nextRow += pageRows;
                    return page;
                }
                if (type == PageType.DICTIONARY_PAGE) {
                    if (dictionary != null || nextRow > 0) {
                        throw notParquet("the column '" + column.name() + "' of row group " + group
                                + " has a dictionary page after its data");
                    }
                    int entries = header.getDictionary_page_header().getNum_values();
                    if (entries < 0 || entries > header.getUncompressed_page_size() + 1) {
                        throw notParquet("the dictionary of '" + column.name() + "' in row group " + group
                                + " claims " + entries + " entries in " + header.getUncompressed_page_size()
                                + " bytes");
                    }
                    byte[] bytes = PageDecompression.decompress(codec, read(position, stored).array(),
                            header.getUncompressed_page_size());
                    dictionary = new DictionaryPage(BytesInput.from(bytes), header.getUncompressed_page_size(),
                            entries,
                            Encoding.valueOf(header.getDictionary_page_header().getEncoding().name()));
                }
                position += stored; // a dictionary page read above, or an index page: no rows
            }
        }
    }

    /** Reads a Thrift page header from the file at a position, counting the bytes it took. */
    private final class PageStream extends InputStream {
        private final ByteBuffer buffer = ByteBuffer.allocate(4096);
        private final long end;
        private long position;
        private long consumed;

        PageStream(long position, long end) {
            this.position = position;
            this.end = end;
            buffer.limit(0);
        }

        long consumed() {
            return consumed;
        }

        @Override
        public int read() throws IOException {
            if (!buffer.hasRemaining() && !fill()) {
                return -1;
            }
            consumed++;
            return buffer.get() & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!buffer.hasRemaining() && !fill()) {
                return -1;
            }
            int n = Math.min(length, buffer.remaining());
            buffer.get(bytes, offset, n);
            consumed += n;
            return n;
        }

        private boolean fill() throws IOException {
            if (position >= end) {
                return false;
            }
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), end - position));
            int n = channel.read(buffer, position);
            buffer.flip();
            if (n <= 0) {
                return false;
            }
            position += n;
            return true;
        }
    }

    private ByteBuffer read(long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file ends at byte " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }

    // -------------------------------------------------------------------------------------------------------------
    // Decoding, on any thread

    /** Columns read as numbers only: their cells have no text. Set before reading. */
    @Override
    public void numbersOnly(int[] columns) {
        for (int column : columns) {
            if (column >= 0 && column < textWanted.length) {
                textWanted[column] = false;
            }
        }
    }

    /** The rows of a chunk: each column's pages decompressed and decoded here, any thread. */
    @Override
    public List<CsvRow> rows(RowChunk rowChunk) {
        ParquetChunk chunk = (ParquetChunk) rowChunk;
        if (chunk.ready() != null) {
            return chunk.ready();
        }
        int width = columns.size();
        String[][] texts = new String[width][chunk.rows()];
        double[][] numbers = new double[width][chunk.rows()];
        for (int c = 0; c < width; c++) {
            try {
                decode(columns.get(c), chunk.columns().get(c), textWanted[c], texts[c], numbers[c]);
            } catch (IOException | RuntimeException e) {
                throw new InputException(where(chunk.firstRow() + 1) + " starts a run of rows whose column '"
                        + columns.get(c).name() + "' cannot be decoded (" + e.getMessage() + "); check that the file"
                        + " is complete.", e);
            }
        }
        List<CsvRow> rows = new ArrayList<>(chunk.rows());
        for (int i = 0; i < chunk.rows(); i++) {
            String[] cells = new String[width];
            double[] values = new double[width];
            for (int c = 0; c < width; c++) {
                cells[c] = texts[c][i];
                values[c] = numbers[c][i];
            }
            long ordinal = chunk.firstRow() + i;
            rows.add(new CsvRow(ordinal + 1, ordinal, cells, null, values));
        }
        return rows;
    }

    /** Decodes a chunk's rows of one column into its texts (null when not wanted) and numbers (NaN when none). */
    private void decode(ParquetColumn column, ColumnPages pages, boolean text, String[] texts, double[] numbers)
            throws IOException {
        ParquetCellConverter converter = column.converter(text);
        ColumnReaderImpl reader = new ColumnReaderImpl(column.descriptor(), new ChunkPages(pages), converter, writer);
        int defined = column.maxDefinition();
        for (long k = 0; k < pages.skip(); k++) {
            if (reader.getCurrentDefinitionLevel() == defined) {
                reader.skip();
            }
            reader.consume();
        }
        for (int i = 0; i < texts.length; i++) {
            if (reader.getCurrentDefinitionLevel() == defined) {
                reader.writeCurrentValueToConverter();
                texts[i] = converter.value();
                numbers[i] = converter.number();
            } else {
                texts[i] = "";
                numbers[i] = Double.NaN;
            }
            reader.consume();
        }
    }

    /** A chunk's pages of one column for parquet-column's reader, decompressed as it asks for them. */
    private static final class ChunkPages implements PageReader {
        private final ColumnPages pages;
        private final long values;
        private int next;

        ChunkPages(ColumnPages pages) {
            this.pages = pages;
            this.values = pages.pages().stream().mapToLong(RawPage::rows).sum();
        }

        @Override
        public DictionaryPage readDictionaryPage() {
            return pages.dictionary();
        }

        @Override
        public long getTotalValueCount() {
            return values;
        }

        @Override
        public DataPage readPage() {
            if (next >= pages.pages().size()) {
                return null;
            }
            RawPage page = pages.pages().get(next++);
            try {
                return page.header().getType() == PageType.DATA_PAGE ? version1(page) : version2(page);
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        private DataPage version1(RawPage page) throws IOException {
            DataPageHeader header = page.header().getData_page_header();
            int size = page.header().getUncompressed_page_size();
            byte[] bytes = PageDecompression.decompress(pages.codec(), page.bytes(), size);
            return new DataPageV1(BytesInput.from(bytes), header.getNum_values(), size, statistics(),
                    encoding(header.getRepetition_level_encoding()), encoding(header.getDefinition_level_encoding()),
                    encoding(header.getEncoding()));
        }

        private DataPage version2(RawPage page) throws IOException {
            DataPageHeaderV2 header = page.header().getData_page_header_v2();
            int repetition = header.getRepetition_levels_byte_length();
            int definition = header.getDefinition_levels_byte_length();
            byte[] stored = page.bytes();
            int levels = repetition + definition;
            if (repetition < 0 || definition < 0 || levels > stored.length) {
                throw new IOException("a page's levels are longer than the page");
            }
            byte[] data = java.util.Arrays.copyOfRange(stored, levels, stored.length);
            boolean compressed = !header.isSetIs_compressed() || header.isIs_compressed();
            if (compressed) {
                data = PageDecompression.decompress(pages.codec(), data,
                        page.header().getUncompressed_page_size() - levels);
            }
            return DataPageV2.uncompressed(header.getNum_rows(), header.getNum_nulls(), header.getNum_values(),
                    BytesInput.from(stored, 0, repetition), BytesInput.from(stored, repetition, definition),
                    encoding(header.getEncoding()), BytesInput.from(data), statistics());
        }

        private Statistics<?> statistics() {
            return null; // statistics serve filtering, which mlgate does not do (and they need jts-core)
        }

        private static Encoding encoding(org.apache.parquet.format.Encoding encoding) {
            return Encoding.valueOf(encoding.name());
        }
    }

    // -------------------------------------------------------------------------------------------------------------

    @Override
    public boolean hasAllCells(CsvRow row) {
        return row.problem() == null && row.cells().length == header.size();
    }

    @Override
    public String wrongCellCount(CsvRow row) {
        return where(row.line()) + " has " + row.cells().length + " cells but the file has " + header.size()
                + " columns.";
    }

    /** {@code Row 1234 of data.parquet (row group 1, row 233 in it, both counted from 0)}. */
    @Override
    public String where(long line) {
        long ordinal = line - 1;
        int g = 0;
        while (g + 1 < groupStarts.length - 1 && groupStarts[g + 1] <= ordinal) {
            g++;
        }
        return "Row " + line + " of " + file + " (row group " + g + ", row " + (ordinal - groupStarts[g])
                + " in it, both counted from 0)";
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException("The digest of " + file + " is known only after the last row was read.");
        }
        return sha256;
    }

    private void finish() {
        if (sha256 != null) {
            return;
        }
        try {
            sha256 = Sha256.ofFile(file);
        } catch (IOException e) {
            throw new InputException("The data file " + file + " could not be read to the end (" + e.getMessage()
                    + "); check that it is complete.", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing a file we only read cannot lose data; nothing to report.
        }
    }
}
