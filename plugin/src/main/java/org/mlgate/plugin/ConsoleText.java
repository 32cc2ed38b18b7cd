package org.mlgate.plugin;

/**
 * Data as it may be printed to a build log. A label, a path or a message read from the data can hold a line break
 * followed by {@code ::error file=pom.xml::...} (a GitHub Actions workflow command), an ANSI escape that rewrites the
 * terminal, or a bidirectional override that reorders what the reader sees; every such character is written as a
 * visible escape ({@code \n}, {@code \u001B}), so one logged line stays one line of plain text.
 */
final class ConsoleText {
    private ConsoleText() {
    }

    static String escape(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                boolean unsafe = Character.isISOControl(c) // C0, DEL and C1 (NEL among them)
                        || c == '\u2028' || c == '\u2029' // line and paragraph separators
                        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') // bidi overrides
                        || c == '\u200E' || c == '\u200F' || c == '\u061C'; // direction marks
                return unsafe ? String.format("\\u%04X", (int) c) : null;
        }
    }
}
