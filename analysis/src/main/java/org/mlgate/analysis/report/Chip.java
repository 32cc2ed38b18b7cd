package org.mlgate.analysis.report;

/** One {@code name=value} pair shown as a small tag that wraps with its neighbours: a feature cell, a count. */
public record Chip(String name, String value) {
}
