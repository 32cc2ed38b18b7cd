package org.mlgate.analysis.data;

/**
 * Where the validation rows came from: report.json's {@code data}.
 *
 * @param path        the data file as the user gave it
 * @param sha256      the file's SHA-256 as stored (compressed, for .gz), computed while reading; null until the
 *                    source is exhausted
 * @param rows        rows scored
 * @param skippedRows rows skipped as bad ({@code onBadRow=skip}); the notes say why
 * @param rowsDigest  the identity of the rows (actual values and feature cells), independent of their order and of
 *                    the file's bytes, so that a later report can tell whether a baseline saw the same rows; null
 *                    from the sources, filled in by the evaluation (see {@code baseline.RowsDigest})
 */
public record DataInfo(String path, String sha256, long rows, long skippedRows, String rowsDigest) {

    /** This information with the rows' digest set. */
    public DataInfo withRowsDigest(String digest) {
        return new DataInfo(path, sha256, rows, skippedRows, digest);
    }
}
