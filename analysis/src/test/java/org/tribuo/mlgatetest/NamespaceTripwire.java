package org.tribuo.mlgatetest;

import org.mlgate.analysis.model.Tripwires;

/**
 * A tripwire in Tribuo's namespace, which the provenance and enum rules admit by name: only the check of its kind,
 * made without initialising it, may keep it out.
 */
public final class NamespaceTripwire {
    static {
        Tripwires.INITIALISED.add(NamespaceTripwire.class.getName());
    }

    private NamespaceTripwire() {
    }
}
