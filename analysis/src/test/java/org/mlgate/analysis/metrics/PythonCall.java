package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scikit-learn call as recorded in {@code sklearn_edge_cases.json}, e.g.
 * {@code roc_auc_score([0, 1], [[0.2, 0.8], ...], multi_class='ovo')}: the function name, positional arguments and
 * keyword arguments, parsed from Python literals (lists, numbers, 'strings', None, True, False).
 */
record PythonCall(String function, List<Object> args, Map<String, Object> kwargs) {

    static PythonCall parse(String text) {
        Parser p = new Parser(text);
        String function = p.identifier();
        p.expect('(');
        List<Object> args = new ArrayList<>();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        while (p.peek() != ')') {
            int mark = p.pos;
            String name = Character.isLetter(p.peek()) ? p.identifier() : null;
            if (name != null && p.peek() == '=') {
                p.expect('=');
                kwargs.put(name, p.value());
            } else {
                p.pos = mark;
                args.add(p.value());
            }
            if (p.peek() == ',') {
                p.expect(',');
            }
        }
        return new PythonCall(function, args, kwargs);
    }

    /** Labels as the engine sees them: strings; integral numbers without a decimal point. */
    static String label(Object value) {
        if (value instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    List<Object> list(int position) {
        return (List<Object>) args.get(position);
    }

    private static final class Parser {
        private final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        char peek() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            return s.charAt(pos);
        }

        void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected " + c + " at " + pos + " in " + s);
            }
            pos++;
        }

        String identifier() {
            peek();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                    || s.charAt(pos) == '<' || s.charAt(pos) == '>')) {
                pos++;
            }
            return s.substring(start, pos);
        }

        Object value() {
            char c = peek();
            if (c == '[') {
                pos++;
                List<Object> list = new ArrayList<>();
                while (peek() != ']') {
                    list.add(value());
                    if (peek() == ',') {
                        pos++;
                    }
                }
                pos++;
                return list;
            }
            if (c == '\'' || c == '"') {
                int end = s.indexOf(c, pos + 1);
                String text = s.substring(pos + 1, end);
                pos = end + 1;
                return text;
            }
            if (Character.isLetter(c)) {
                String word = identifier();
                return switch (word) {
                    case "None" -> null;
                    case "True" -> Boolean.TRUE;
                    case "False" -> Boolean.FALSE;
                    case "nan" -> Double.NaN;
                    case "inf" -> Double.POSITIVE_INFINITY;
                    default -> throw new IllegalArgumentException("unknown word " + word);
                };
            }
            int start = pos;
            while (pos < s.length() && "+-.0123456789eE".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
            return Double.parseDouble(s.substring(start, pos));
        }
    }
}
