package org.mlgate.analysis.report;

/**
 * The build project an evaluation belongs to (Maven's coordinates and name), so that the reports of several modules
 * can be told apart: the JUnit suite is named after it, summary.md and index.html are headed with it.
 *
 * @param name the project's name for people; the artifactId when the POM gives none
 */
public record ProjectInfo(String groupId, String artifactId, String version, String name) {

    /** {@code name} if set, else the artifactId, else null. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return artifactId;
    }
}
