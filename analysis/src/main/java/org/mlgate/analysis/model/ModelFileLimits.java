package org.mlgate.analysis.model;

import java.time.Duration;

/**
 * How much of a model file mlgate reads before it gives up: the defaults bound the time and memory a hostile file can
 * take, and admit every real model of the bundled families up to hundreds of megabytes.
 *
 * @param maxFileBytes the largest model file read at all (checked before reading)
 * @param maxMessages  the most protobuf messages in the file, counting those inside {@code Any} fields: each costs
 *                     Tribuo some tens of bytes of heap however small it is in the file
 * @param maxDepth     the deepest nesting of messages, counted through {@code Any} fields (the models of
 *                     every bundled family are 10 to 14 deep, a random forest the deepest; each wrapper, such as a
 *                     transformed model, adds 3)
 * @param loadTime     how long loading may take before mlgate stops waiting for it (a second line of defence: every
 *                     limit above already bounds the work)
 */
record ModelFileLimits(long maxFileBytes, long maxMessages, int maxDepth, Duration loadTime) {

    static final ModelFileLimits DEFAULT = new ModelFileLimits(256L * 1024 * 1024, 4_000_000, 32,
            Duration.ofSeconds(120));

    ModelFileLimits withLoadTime(Duration time) {
        return new ModelFileLimits(maxFileBytes, maxMessages, maxDepth, time);
    }
}
