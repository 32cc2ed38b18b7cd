/**
 * Partial states: one evaluation counted on many machines and merged in one place, with the same report as one pass
 * over the same rows.
 *
 * <h2>The API an engine calls</h2>
 * <ol>
 *   <li><b>Template</b>, in one place (a Spark driver): {@link org.mlgate.analysis.partial.PartialTemplate#count}
 *       counts the data's first rows, in order, until every decision the one pass takes from them is taken (slice
 *       bins, the large-error threshold, the error {@code sliceError auto} compares: at most 10,000 rows, fewer in
 *       wide tables), and {@link org.mlgate.analysis.partial.PartialTemplate#write} gives its state. The rows are
 *       {@code CsvRow}s: the line (for messages and examples), the position in the whole data (the ordinal: it keys
 *       the bootstrap and the samples) and the cells as text, as a predictions file would hold them; a
 *       {@link org.mlgate.analysis.partial.PartialSpec} names the table, its columns and the evaluation's options.</li>
 *   <li><b>Partitions</b>, anywhere (a Spark task): {@link org.mlgate.analysis.partial.PartialTemplate#read} the
 *       template's state, {@link org.mlgate.analysis.partial.PartialTemplate#partition} a counter for partition
 *       {@code p} of {@code k}, starting at the position of its first row in the whole data, add its rows in order,
 *       {@link org.mlgate.analysis.partial.PartitionCounter#finish} its state. The rows the template counted are
 *       covered but not counted again. A bad row under {@code onBadRow=fail} is kept in the state and raised by the
 *       merge in row order, so the first bad row of the data is the one reported.</li>
 *   <li><b>Merge</b>, in one place: a {@link org.mlgate.analysis.partial.PartialMerger} adds the partitions' states
 *       strictly in order (the driver can merge each as soon as those before it are in), then
 *       {@link org.mlgate.analysis.partial.PartialMerger#report} gives the {@code Report}, which the usual writers
 *       turn into report.json, index.html, the JUnit XML and summary.md. Or the states go into a folder
 *       ({@link org.mlgate.analysis.partial.PartialStates#write}) and {@code ml:evaluate} with {@code <partials>}
 *       merges and gates them ({@link org.mlgate.analysis.partial.PartialStates#evaluate}).</li>
 *   <li><b>Duplicates across partitions</b>: "repeats an earlier row" is known only when the partitions' row hashes
 *       are replayed in order, at the merge; a partition keeps the cells of the rows it can tell are repeats (of its
 *       own rows or of the template's). When a merge finds an example whose earlier copy was in another partition,
 *       {@link org.mlgate.analysis.partial.PartialMerger#missingExamples} names its line; a writer that can reach
 *       the rows again adds their cells ({@link org.mlgate.analysis.partial.PartialTemplate#exampleCells},
 *       {@link org.mlgate.analysis.partial.PartialStates#examples}); otherwise the example shows its line alone and a
 *       note says why.</li>
 * </ol>
 * Result: report.json is that of one pass over the same rows: counts, texts and orders exactly; the few floating-point
 * sums kept as plain doubles (a confusion pair's mean confidence, a slice's error sum) may differ in their last bits,
 * as they already do between two chunk sizes of the one pass.
 *
 * <h2>The format (version 1)</h2>
 * Big-endian throughout. A string is a 4-byte length (-1 for null) and UTF-8; a list is a 4-byte count and its items.
 * <pre>
 * magic     8 bytes   0x89 'M' 'L' 'G' 'S' 'T' CR LF
 * version   2 bytes   1
 * header    4-byte length, then: mlgate version, kind (0 template, 1 partition, 2 examples), partition ordinal
 *                     (-1 for the template and examples), first row's position, rows covered; then what every state
 *                     of one evaluation shares: data name and SHA-256, position word ("Line"/"Row"), task, the table's
 *                     columns, actual column, predicted column, probability prefix, id, group and time columns,
 *                     feature columns, probability labels, slice columns, positive label, confidentMistakes,
 *                     largestResiduals, examplesPerPair, numericBins, maxDepth, maxDistinctValues, sliceError,
 *                     maxClasses, onBadRow, number of partitions, SHA-256 of the template's sections
 * sections  each a name, an 8-byte length and its content, in this order:
 *             account  rows scored, probabilities renormalised, labels seen, skipped rows per reason (count and
 *                      first lines), the first failure (or null), the notes of how the table was read
 *             digest   the rows' digest (report.json's data.rowsDigest), count-sum-xor of the rows' hashes
 *             metrics  confusion counts, log-loss, Brier and calibration sums (double-double, both parts), then per
 *                      row with probabilities its label code, bootstrap block and probabilities; regression: the
 *                      sums per bootstrap block, then per row its absolute error (the exact median)
 *             errors   confusion pairs and their examples, confident mistakes, largest residuals, residual
 *                      quantiles, weak-slice discovery's bins (edges or values), pair screen and counters;
 *                      regression: how sliceError was chosen and its first rows' scale
 *             checks   per-column counts, class counts in order, times, groups, the row sample; the template's table
 *                      of row hashes, or a partition's log of every row's hash and line, with the cells of its
 *                      certain repeats
 *             slices   per slice column its binning, each level's counts, and the level of every row
 *             sample   the regression charts' row sample
 *           (an examples state has one section, examples: lines and their cells)
 * trailer   8-byte length of everything before it, 4-byte CRC32C of it
 * </pre>
 *
 * <h2>Hostile input</h2>
 * States arrive with pull requests, so a reader trusts nothing: no Java serialization; the magic, version, length and
 * checksum are checked before the header is read; every count is checked against the most the header allows (columns,
 * labels up to maxClasses, rows covered) and against the bytes left in its section before anything is allocated for
 * it; every value is checked against the invariants its accumulator keeps (levels within a column's capacity,
 * counters as many as the bins make, ascending edges). A state that fails ends with one sentence that names it and says
 * what to do, never with a stack trace. The states of one merge must share their header (the same data, columns,
 * counting options and template) and follow one another (ordinals 0 to k-1, each partition starting where the previous
 * ended); the build's settings that change what is counted must be the states' own.
 */
package org.mlgate.analysis.partial;
