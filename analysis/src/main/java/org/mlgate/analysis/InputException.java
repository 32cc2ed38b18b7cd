package org.mlgate.analysis;

/**
 * Bad input from the user (a file, a column, a parameter). The message is one or two sentences that name the
 * file and, where known, the line or column, and say what to do; it is shown to the user as it is, without a
 * stack trace.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
