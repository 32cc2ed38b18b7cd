package org.mlgate.analysis.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The build project an evaluation belongs to (Maven's coordinates and name), so that the reports of several modules
 * can be told apart: the JUnit suite is named after it, summary.md and index.html are headed with it.
 *
 * @param name       the project's name for people; the artifactId when the POM gives none
 * @param evaluation the id of the evaluation among several of one build ({@code <evaluations>}), or null for the
 *                   only one; it joins the JUnit suite's name and the headings
 */
public record ProjectInfo(String groupId, String artifactId, String version, String name,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String evaluation) {

    /** A project with one evaluation. */
    public ProjectInfo(String groupId, String artifactId, String version, String name) {
        this(groupId, artifactId, version, name, null);
    }

    /** This project, for the evaluation {@code id} among several. */
    public ProjectInfo withEvaluation(String id) {
        return new ProjectInfo(groupId, artifactId, version, name, id);
    }

    /** {@code name} if set, else the artifactId, else null. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return artifactId;
    }
}
