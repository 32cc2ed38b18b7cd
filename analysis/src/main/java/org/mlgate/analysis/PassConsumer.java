package org.mlgate.analysis;

import org.mlgate.analysis.data.ScoredBatch;

/**
 * What the row pass feeds: counts batches of scored rows in forks, one per chunk, and merges the forks back in file
 * order, with the same result as one instance fed every row in order.
 *
 * @param <C> the consumer's own type, which its forks have
 */
interface PassConsumer<C extends PassConsumer<C>> {

    /** True once every decision taken from the first rows is taken, so that forks count exactly as this instance. */
    boolean decided();

    /** Empty consumers for a chunk of rows; reads this instance only, so forks of a template may run in parallel. */
    C fork();

    void add(ScoredBatch batch);

    /** Adds a fork's rows as if they came after this instance's rows. */
    void merge(C later);
}
