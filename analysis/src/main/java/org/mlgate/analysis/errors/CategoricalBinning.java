package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One level per distinct cell value (as written, trimmed), up to {@code maxDistinctValues}, plus missing. */
final class CategoricalBinning implements ColumnBinning {

    private final String column;
    final int maxDistinctValues;
    private final Map<String, Integer> levels = new HashMap<>();
    final List<String> values = new ArrayList<>();

    CategoricalBinning(String column, int maxDistinctValues) {
        this.column = column;
        this.maxDistinctValues = maxDistinctValues;
        values.add(null); // level 0: missing
    }

    @Override
    public String column() {
        return column;
    }

    @Override
    public int capacity() {
        return maxDistinctValues + 1;
    }

    @Override
    public int level(String cell) {
        if (ColumnBinning.isMissing(cell)) {
            return 0;
        }
        Integer level = levels.get(cell);
        if (level != null) {
            return level;
        }
        String value = cell.strip();
        level = levels.get(value);
        if (level == null) {
            if (values.size() >= capacity()) {
                return -1;
            }
            level = values.size();
            values.add(value);
            levels.put(value, level);
        }
        if (!value.equals(cell)) {
            levels.put(cell, level); // remember the untrimmed spelling too, without using a level for it
        }
        return level;
    }

    /** The value of a level; null for missing and for levels not used yet. */
    String valueAt(int level) {
        return level > 0 && level < values.size() ? values.get(level) : null;
    }

    @Override
    public SliceCondition condition(LevelRange levels) {
        int level = levels.first();
        return level == 0 ? SliceCondition.missing(column) : SliceCondition.equalTo(column, values.get(level));
    }

    /** Missing, then each value seen so far. */
    @Override
    public List<LevelRange> parts() {
        List<LevelRange> parts = new ArrayList<>(values.size());
        for (int l = 0; l < values.size(); l++) {
            parts.add(LevelRange.of(l));
        }
        return parts;
    }

    @Override
    public List<LevelRange> tails() {
        return List.of();
    }

    @Override
    public int[] levelsOf(ColumnBinning other) {
        if (!(other instanceof CategoricalBinning theirs)) {
            return null;
        }
        int[] map = new int[theirs.capacity()]; // unused levels have no counts: mapping them to 0 adds nothing
        for (int l = 1; l < theirs.values.size(); l++) {
            map[l] = level(theirs.values.get(l));
            if (map[l] < 0) {
                return null;
            }
        }
        return map;
    }

    @Override
    public ColumnBinning copy() {
        CategoricalBinning copy = new CategoricalBinning(column, maxDistinctValues);
        for (int l = 1; l < values.size(); l++) {
            copy.level(values.get(l));
        }
        return copy;
    }

    @Override
    public boolean approximates(ColumnBinning other) {
        return false;
    }
}
