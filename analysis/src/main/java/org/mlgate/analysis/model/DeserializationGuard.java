package org.mlgate.analysis.model;

import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputFilter.Status;
import java.util.concurrent.Callable;
import java.util.function.BinaryOperator;

/**
 * Confines Java deserialization, while a model file is being loaded on the current thread, to exactly what the
 * model's format contains ({@link JavaSerializedFormat}).
 *
 * <p>Why: Tribuo 4.3.2 stores LibLinear models as Java-serialized objects inside the protobuf, and reads them with a
 * plain {@code ObjectInputStream} that mlgate cannot reach. A model file is untrusted input, so those streams must be
 * filtered, and only during the load: other code in the same JVM (Maven, other plugins) keeps whatever serialization
 * policy it had.
 *
 * <p>How: the first load installs, once per JVM, a JEP 415 filter factory that adds the load's filter to every
 * stream created on a thread inside {@link #during}, and otherwise returns exactly what the factory that was there
 * before returns. The JDK lets the factory be set only once and only before the first {@code ObjectInputStream}
 * of the JVM exists; when that is no longer possible (someone else set a factory, or a stream was already created)
 * the guard falls back to the JVM-wide filter, set to a filter that also acts only on threads inside
 * {@link #during} and is neutral ({@code UNDECIDED}) elsewhere. When neither can be set (another factory and a
 * JVM-wide filter are both in place), loading fails closed with an {@link IllegalStateException}: mlgate does not
 * deserialize an unguarded model file.
 *
 * <p>The JDK's filter configuration is global, so this class holds the one piece of static state the design needs:
 * the scope of the load in progress on the current thread.
 */
final class DeserializationGuard {

    /** The load in progress on this thread, or null. */
    private static final ThreadLocal<Scope> LOADING = new ThreadLocal<>();
    private static final Object INSTALL_LOCK = new Object();
    private static volatile boolean installed;

    private DeserializationGuard() {
    }

    /**
     * A scope for one load that admits nothing until {@link Scope#allow} says what the file's format may contain. A
     * scope that {@link Scope#expire}s refuses everything from then on, on whichever thread still uses it.
     */
    static Scope scope() {
        return new Scope();
    }

    /** A scope that admits streams of {@code format}, none longer than {@code maxStreamBytes}. */
    static Scope scope(JavaSerializedFormat format, long maxStreamBytes) {
        Scope scope = new Scope();
        scope.allow(format, maxStreamBytes);
        return scope;
    }

    /**
     * Runs {@code load} with {@code scope}'s filter applied to every Java deserialization it does on this thread.
     *
     * @throws RefusedStreamException when the filter refused something, whatever the load made of that
     * @throws Exception              what {@code load} throws otherwise
     */
    static <T> T during(Scope scope, Callable<T> load) throws Exception {
        install();
        Scope outer = LOADING.get();
        LOADING.set(scope);
        try {
            T result = load.call();
            if (scope.refused != null) {
                // The load swallowed the refusal; the file is still hostile.
                throw new RefusedStreamException(scope.format, scope.refused, null);
            }
            return result;
        } catch (Exception e) {
            if (scope.refused != null && !(e instanceof RefusedStreamException)) {
                throw new RefusedStreamException(scope.format, scope.refused, e);
            }
            throw e;
        } finally {
            LOADING.set(outer);
        }
    }

    /** What the filter refused in a stream, in words (unlike the JDK's own exception, which names nothing). */
    static final class RefusedStreamException extends InvalidClassException {
        private static final long serialVersionUID = 1L;
        private final transient JavaSerializedFormat format;
        private final String refused;

        RefusedStreamException(JavaSerializedFormat format, String refused, Throwable cause) {
            super(refused + " (" + format.name() + ")");
            this.format = format;
            this.refused = refused;
            initCause(cause);
        }

        /** The format whose filter refused the stream. */
        JavaSerializedFormat format() {
            return format;
        }

        /** What was refused: "the class java.util.HashSet", "an array of ... elements ...". */
        String refused() {
            return refused;
        }
    }

    /** One load's filter; the first thing it refused is kept so that the error can name it. */
    static final class Scope {
        private volatile JavaSerializedFormat format = JavaSerializedFormat.NONE;
        private volatile long maxStreamBytes;
        private volatile String refused;
        private volatile boolean expired;

        private Scope() {
        }

        /** Admits streams of {@code format}, none longer than {@code maxStreamBytes}. */
        void allow(JavaSerializedFormat format, long maxStreamBytes) {
            this.format = format;
            this.maxStreamBytes = maxStreamBytes;
        }

        /** From now on every check fails: an abandoned load cannot deserialize anything more. */
        void expire() {
            expired = true;
        }

        Status check(ObjectInputFilter.FilterInfo info) {
            JavaSerializedFormat.Verdict verdict = expired
                    ? JavaSerializedFormat.Verdict.rejected("anything, after the load ran out of time")
                    : format.filter(info, maxStreamBytes);
            if (verdict.status() == Status.REJECTED && refused == null) {
                refused = verdict.reason();
            }
            return verdict.status();
        }
    }

    private static void install() {
        if (installed) {
            return;
        }
        synchronized (INSTALL_LOCK) {
            if (installed) {
                return;
            }
            BinaryOperator<ObjectInputFilter> previous = ObjectInputFilter.Config.getSerialFilterFactory();
            if (previous instanceof ScopedFactory) {
                installed = true;
                return;
            }
            try {
                ObjectInputFilter.Config.setSerialFilterFactory(new ScopedFactory(previous));
                installed = true;
                return;
            } catch (IllegalStateException factoryAlreadyFixed) {
                // fall through to the JVM-wide filter
            }
            if (ObjectInputFilter.Config.getSerialFilter() == null) {
                try {
                    ObjectInputFilter.Config.setSerialFilter(DeserializationGuard::checkWhileLoading);
                    installed = true;
                    return;
                } catch (IllegalStateException filterAlreadySet) {
                    // fall through
                }
            }
            throw new IllegalStateException("mlgate cannot guard model deserialization in this JVM: a serialization "
                    + "filter factory (" + previous.getClass().getName() + ") and a JVM-wide serialization filter "
                    + "are already installed. Run mlgate in a JVM without them, or use a predictions file.");
        }
    }

    private static Status checkWhileLoading(ObjectInputFilter.FilterInfo info) {
        Scope scope = LOADING.get();
        return scope == null ? Status.UNDECIDED : scope.check(info);
    }

    /** Adds the load's filter to streams created inside {@link #during}; elsewhere defers to the previous factory. */
    private static final class ScopedFactory implements BinaryOperator<ObjectInputFilter> {
        private final BinaryOperator<ObjectInputFilter> previous;

        ScopedFactory(BinaryOperator<ObjectInputFilter> previous) {
            this.previous = previous;
        }

        @Override
        public ObjectInputFilter apply(ObjectInputFilter current, ObjectInputFilter requested) {
            ObjectInputFilter chosen = previous.apply(current, requested);
            Scope scope = LOADING.get();
            if (scope == null) {
                return chosen;
            }
            if (chosen == null) {
                return scope::check;
            }
            // Both must agree: the load's filter can only narrow what the JVM's own policy allows.
            return info -> {
                Status ours = scope.check(info);
                if (ours == Status.REJECTED) {
                    return Status.REJECTED;
                }
                Status theirs = chosen.checkInput(info);
                return theirs == Status.REJECTED ? Status.REJECTED : ours;
            };
        }
    }
}
