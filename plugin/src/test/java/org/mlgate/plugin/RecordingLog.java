package org.mlgate.plugin;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven log that keeps every line, as {@code [level] message}, for tests to read. */
final class RecordingLog implements Log {
    private final List<String> lines = new ArrayList<>();

    List<String> lines() {
        return lines;
    }

    private void add(String level, CharSequence message) {
        lines.add("[" + level + "] " + message);
    }

    @Override public boolean isDebugEnabled() { return false; }
    @Override public void debug(CharSequence content) { }
    @Override public void debug(CharSequence content, Throwable error) { }
    @Override public void debug(Throwable error) { }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence content) { add("info", content); }
    @Override public void info(CharSequence content, Throwable error) { add("info", content); }
    @Override public void info(Throwable error) { add("info", error.toString()); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence content) { add("warn", content); }
    @Override public void warn(CharSequence content, Throwable error) { add("warn", content); }
    @Override public void warn(Throwable error) { add("warn", error.toString()); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence content) { add("error", content); }
    @Override public void error(CharSequence content, Throwable error) { add("error", content); }
    @Override public void error(Throwable error) { add("error", error.toString()); }
}
