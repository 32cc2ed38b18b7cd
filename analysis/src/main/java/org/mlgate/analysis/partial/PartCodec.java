package org.mlgate.analysis.partial;

/**
 * Writes one part of {@code RowConsumers} into a section of a state, and reads it back into the same part of empty
 * consumers (a fresh template, or a fork of the template). One codec per part's class: {@link PartCodecs} lists them.
 */
interface PartCodec<T> {

    /** The class of the part this codec writes. */
    Class<T> type();

    /** The name of the part's section in a state. */
    String section();

    void write(T part, StateOutput out, PartContext context);

    /** Restores the part from {@code in} into {@code target}, which has counted nothing. */
    void read(StateInput in, T target, PartContext context);
}
