package org.mlgate.analysis.data;

/**
 * Where the validation rows came from: report.json's {@code data}.
 *
 * @param rows        rows scored
 * @param skippedRows rows skipped as bad ({@code onBadRow=skip}); the notes say why
 */
public record DataInfo(String path, String sha256, long rows, long skippedRows) {
}
