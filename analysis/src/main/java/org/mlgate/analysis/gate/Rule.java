package org.mlgate.analysis.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mlgate.analysis.InputException;

/**
 * A rule of the gate, as Maven fills it from the POM (JaCoCo's shape):
 * <pre>{@code
 * <rule><element>CLASS</element><includes><include>fraud</include></includes>
 *   <limits><limit><metric>recall</metric><minimum>80%</minimum></limit></limits></rule>
 * }</pre>
 * Includes are names with the wildcards {@code *} and {@code ?}; no includes means every class (or slice).
 */
public class Rule {
    /** As the POM has it; read by {@link #getElement()}, so that Maven's configurator never sees an exception. */
    private String element = Element.MODEL.name();
    private List<String> includes = new ArrayList<>();
    private List<Limit> limits = new ArrayList<>();
    private int minSliceSize = 30;

    public Rule() {
    }

    public Rule(Element element, List<String> includes, List<Limit> limits) {
        this.element = element.name();
        this.includes = new ArrayList<>(includes);
        this.limits = new ArrayList<>(limits);
    }

    /**
     * @throws InputException when the POM names no element of {@link Element}
     */
    public Element getElement() {
        try {
            return Element.valueOf(element.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InputException("A <rule> has <element>" + element
                    + "</element>; use MODEL, CLASS or SLICE.");
        }
    }

    public void setElement(String element) {
        this.element = element;
    }

    public List<String> getIncludes() {
        return includes;
    }

    public void setIncludes(List<String> includes) {
        this.includes = includes == null ? new ArrayList<>() : new ArrayList<>(includes);
    }

    public List<Limit> getLimits() {
        return limits;
    }

    public void setLimits(List<Limit> limits) {
        this.limits = limits == null ? new ArrayList<>() : new ArrayList<>(limits);
    }

    /** For SLICE rules: slices with fewer rows are not checked (too small to judge). */
    public int getMinSliceSize() {
        return minSliceSize;
    }

    public void setMinSliceSize(int minSliceSize) {
        this.minSliceSize = minSliceSize;
    }

    /** True when {@code name} matches one of the includes (all names match when there are none). */
    public boolean includes(String name) {
        return includes.isEmpty() || includes.stream().anyMatch(pattern -> Wildcard.matches(pattern.trim(), name));
    }

    /**
     * True when one of the includes matches any of the names a thing is known by (a slice's {@code name}, such as
     * {@code charDollar=(-inf, 0]}, and its description as the report shows it, {@code charDollar <= 0}). In an
     * include without wildcards spaces do not count, so {@code charDollar<=0} matches too; a wildcard include matches
     * the names as they are, so that {@code region=*} keeps meaning the values of the column region (and not every
     * discovered slice whose description starts with it).
     */
    public boolean includesAny(String... names) {
        if (includes.isEmpty()) {
            return true;
        }
        for (String pattern : includes) {
            String trimmed = pattern.trim();
            boolean wildcard = trimmed.contains("*") || trimmed.contains("?");
            for (String name : names) {
                if (name != null && (Wildcard.matches(trimmed, name)
                        || (!wildcard && withoutSpaces(trimmed).equals(withoutSpaces(name))))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }
}
