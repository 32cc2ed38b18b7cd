package org.mlgate.analysis.data;

/**
 * Where the validation rows came from: report.json's {@code data}.
 *
 * @param path        the data file as the user gave it
 * @param sha256      the file's SHA-256 as stored (compressed, for .gz), computed while reading; null until the
 *                    source is exhausted
 * @param rows        rows scored
 * @param skippedRows rows skipped as bad ({@code onBadRow=skip}); the notes say why
 */
public record DataInfo(String path, String sha256, long rows, long skippedRows) {
}
