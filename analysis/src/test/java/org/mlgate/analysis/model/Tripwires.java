package org.mlgate.analysis.model;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Classes whose static initialiser records that it ran: a hostile model file names them where a class belongs, and
 * the tests check that loading the file never initialised them.
 */
public final class Tripwires {

    /** The names of the tripwire classes whose initialiser ran in this JVM. */
    public static final Set<String> INITIALISED = ConcurrentHashMap.newKeySet();

    private Tripwires() {
    }

    /** Named in hostile files; no guarded load may initialise it. */
    static final class Tripwire {
        static {
            INITIALISED.add(Tripwire.class.getName());
        }

        private Tripwire() {
        }
    }

    /** Named only in the test that shows what Tribuo does without the guard. */
    static final class UnguardedTripwire {
        static {
            INITIALISED.add(UnguardedTripwire.class.getName());
        }

        private UnguardedTripwire() {
        }
    }
}
