package org.mlgate.analysis.model;

import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputFilter.Status;
import java.util.concurrent.Callable;
import java.util.function.BinaryOperator;

/**
 * Confines Java deserialization to Tribuo's allow-list while a model file is being loaded on the current thread.
 *
 * <p>Why: Tribuo 4.3.2 stores most models as protobuf, but some (LibLinear, LibSVM) embed Java-serialized objects
 * that {@code Model.deserializeFromFile} reads with a plain {@code ObjectInputStream}. A model file is untrusted
 * input, so those streams must be filtered, and only during the load: other code in the same JVM (Maven, other
 * plugins) keeps whatever serialization policy it had.
 *
 * <p>How: the first load installs, once per JVM, a JEP 415 filter factory that adds {@link #ALLOW_LIST} to every
 * stream created on a thread inside {@link #during}, and otherwise returns exactly what the factory that was there
 * before returns. The JDK lets the factory be set only once and only before the first {@code ObjectInputStream}
 * of the JVM exists; when that is no longer possible (someone else set a factory, or a stream was already created)
 * the guard falls back to the JVM-wide filter, set to a filter that also acts only on threads inside
 * {@link #during} and is neutral ({@code UNDECIDED}) elsewhere. When neither can be set (another factory and a
 * JVM-wide filter are both in place), loading fails closed with an {@link IllegalStateException}: mlgate does not
 * deserialize an unguarded model file.
 *
 * <p>The JDK's filter configuration is global, so this class holds the one piece of static state the design needs:
 * whether the current thread is inside a guarded load.
 */
final class DeserializationGuard {

    /**
     * Tribuo's own JEP 290 filter ({@code docs/jep-290-filter.txt} in the Tribuo repository), with limits added so
     * that a crafted stream cannot exhaust memory or the stack: object graph depth, array length (a LibLinear weight
     * vector of 100M doubles is far beyond the models mlgate expects) and references.
     */
    static final String ALLOW_LIST = "maxdepth=64;maxarray=100000000;maxrefs=50000000;"
            + "org.tribuo.**;libsvm.svm_model;libsvm.svm_parameter;libsvm.svm_node;"
            + "de.bwaldvogel.liblinear.Model;de.bwaldvogel.liblinear.SolverType;java.util.**;java.lang.*;!*";

    private static final ObjectInputFilter PATTERN = ObjectInputFilter.Config.createFilter(ALLOW_LIST);

    /** The allow-list as one filter: patterns and limits, plus arrays of primitives, which patterns never match. */
    static final ObjectInputFilter ALLOWED_CLASSES = DeserializationGuard::checkAllowList;

    /** The load in progress on this thread, or null. */
    private static final ThreadLocal<Scope> LOADING = new ThreadLocal<>();
    private static final Object INSTALL_LOCK = new Object();
    private static volatile boolean installed;

    private DeserializationGuard() {
    }

    /**
     * Runs {@code load} with the allow-list applied to every Java deserialization it does on this thread.
     *
     * @throws RejectedClassException when the allow-list rejected a class, whatever the load made of that
     * @throws Exception              what {@code load} throws otherwise
     */
    static <T> T during(Callable<T> load) throws Exception {
        install();
        Scope outer = LOADING.get();
        Scope scope = new Scope();
        LOADING.set(scope);
        try {
            T result = load.call();
            if (scope.rejectedClass != null) {
                // The load swallowed the rejection; the file is still hostile.
                throw new RejectedClassException(scope.rejectedClass, null);
            }
            return result;
        } catch (Exception e) {
            if (scope.rejectedClass != null && !(e instanceof RejectedClassException)) {
                throw new RejectedClassException(scope.rejectedClass, e);
            }
            throw e;
        } finally {
            LOADING.set(outer);
        }
    }

    /** A class in the stream that the allow-list does not admit (named, unlike the JDK's own exception). */
    static final class RejectedClassException extends InvalidClassException {
        private static final long serialVersionUID = 1L;

        RejectedClassException(String className, Throwable cause) {
            super(className, "not in Tribuo's deserialization allow-list");
            initCause(cause);
        }
    }

    private static final class Scope {
        String rejectedClass;
    }

    private static Status checkAllowList(ObjectInputFilter.FilterInfo info) {
        Status status = PATTERN.checkInput(info);
        if (status != Status.UNDECIDED) {
            return status;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.UNDECIDED; // a limits-only check, and the limits passed
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        return type.isPrimitive() ? Status.ALLOWED : Status.REJECTED;
    }

    /** The allow-list inside a load, remembering the first class it rejected so that the error can name it. */
    private static Status checkScoped(ObjectInputFilter.FilterInfo info, Scope scope) {
        Status status = ALLOWED_CLASSES.checkInput(info);
        if (status == Status.REJECTED && scope.rejectedClass == null) {
            scope.rejectedClass = info.serialClass() == null ? "(a stream over the size limits)" : info.serialClass().getName();
        }
        return status;
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
        return scope == null ? Status.UNDECIDED : checkScoped(info, scope);
    }

    /** Adds the allow-list to streams created inside {@link #during}; elsewhere defers to the previous factory. */
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
                return info -> checkScoped(info, scope);
            }
            // Both must agree: the allow-list can only narrow what the JVM's own policy allows.
            return info -> {
                Status ours = checkScoped(info, scope);
                if (ours == Status.REJECTED) {
                    return Status.REJECTED;
                }
                Status theirs = chosen.checkInput(info);
                return theirs == Status.REJECTED ? Status.REJECTED : ours;
            };
        }
    }
}
