package org.mlgate.analysis.partial;

/**
 * Why a partial state cannot be used, as the rest of the sentence that names it: "The partial state F
 * {@link #getMessage()}". Thrown while a state is read; {@link StateReader} turns it into an InputException that names
 * the file, so that a damaged or foreign file ends the build with a sentence, never a stack trace.
 */
final class StateRejection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private StateRejection(String sentence) {
        super(sentence, null, false, false);
    }

    /** The bytes do not hold what the format says they must (a count beyond the file, a value out of range). */
    static StateRejection damaged(String what) {
        return new StateRejection("is damaged (" + what + "); write it again from the same rows, and check that it"
                + " was copied whole (a job that failed midway, or a transfer that changed its bytes, leaves such"
                + " files)");
    }

    /** A state file that is whole but does not fit the others or this build. */
    static StateRejection incompatible(String sentence) {
        return new StateRejection(sentence);
    }
}
