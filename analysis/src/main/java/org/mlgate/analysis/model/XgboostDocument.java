package org.mlgate.analysis.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An XGBoost model file read into plain values, from either of XGBoost's formats: JSON ({@code save_model("m.json")})
 * or UBJSON ({@code "m.ubj"}, Universal Binary JSON, big-endian, with typed arrays). The values are
 * {@code Map<String, Object>}, {@code List<Object>}, {@code String}, {@code Double}, {@code Boolean}, null, and
 * {@code double[]} for every array of numbers (XGBoost's trees are such arrays: 8 bytes a number, where boxed values
 * would take 24 or more).
 *
 * <p>Numbers keep XGBoost's float32 values exactly: a JSON number with a fraction or exponent is read as a float
 * ({@code Float.parseFloat} of its text, correctly rounded, as XGBoost writes every float with the digits that give it
 * back) and widened, which is exact; UBJSON's float32 ({@code d}) is widened too. Whole JSON numbers are read as
 * longs (exact up to 2^53, refused beyond). A hostile file cannot make the reader take more than a few times its size:
 * nesting is limited, and a UBJSON count is checked against the bytes left before anything is allocated.
 */
final class XgboostDocument {

    /** XGBoost's documents are 6 levels deep (learner, gradient_booster, model, trees, a tree, tree_param). */
    static final int MAX_DEPTH = 32;
    private static final long MAX_EXACT_INTEGER = 1L << 53;

    private XgboostDocument() {
    }

    /** A document that is not what its format says, with the reason as a phrase. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String reason) {
            super(reason, null, false, false);
        }
    }

    /** True when the bytes start as UBJSON does (an object marker followed by a length marker or a count). */
    static boolean looksLikeUbjson(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == '{' && (bytes[1] == 'L' || bytes[1] == 'l' || bytes[1] == 'i'
                || bytes[1] == 'U' || bytes[1] == 'I' || bytes[1] == '#' || bytes[1] == '$' || bytes[1] == '}');
    }

    static Object parse(byte[] bytes) throws MalformedException {
        return looksLikeUbjson(bytes) ? new Ubjson(bytes).document() : json(bytes);
    }

    // ---------------------------------------------------------------- JSON

    static Object json(byte[] bytes) throws MalformedException {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(64)
                        .maxStringLength(Math.max(1, bytes.length))
                        .maxNameLength(4096)
                        .build())
                .build();
        try (JsonParser parser = factory.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new MalformedException("it does not start with a JSON object");
            }
            Object document = jsonValue(parser, first);
            if (parser.nextToken() != null) {
                throw new MalformedException("it has data after its JSON object");
            }
            return document;
        } catch (IOException e) {
            throw new MalformedException("its JSON is damaged: " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw new MalformedException("its JSON cannot be read: " + firstLine(e.getMessage()));
        }
    }

    private static Object jsonValue(JsonParser parser, JsonToken token) throws IOException, MalformedException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    Object value = jsonValue(parser, parser.nextToken());
                    if (object.containsKey(name)) {
                        throw new MalformedException("its JSON object has the key '" + shorten(name) + "' twice");
                    }
                    object.put(name, value);
                }
                return object;
            }
            case START_ARRAY -> {
                return jsonArray(parser);
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return number(parser, token);
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new MalformedException("its JSON has an unexpected " + token);
        }
    }

    /** An array of numbers (and booleans, as 1 and 0) becomes a double[]; any other array a list. */
    private static Object jsonArray(JsonParser parser) throws IOException, MalformedException {
        double[] numbers = new double[16];
        int count = 0;
        JsonToken t = parser.nextToken();
        for (; t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            double value;
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                value = ((Number) number(parser, t)).doubleValue();
            } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                value = t == JsonToken.VALUE_TRUE ? 1 : 0;
            } else {
                break;
            }
            if (count == numbers.length) {
                numbers = Arrays.copyOf(numbers, count * 2);
            }
            numbers[count++] = value;
        }
        if (t == JsonToken.END_ARRAY) {
            return Arrays.copyOf(numbers, count);
        }
        List<Object> list = new ArrayList<>(count + 4);
        for (int i = 0; i < count; i++) {
            list.add(numbers[i]);
        }
        for (; t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            list.add(jsonValue(parser, t));
        }
        return list;
    }

    private static Object number(JsonParser parser, JsonToken token) throws IOException, MalformedException {
        String text = parser.getText();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            try {
                long value = Long.parseLong(text);
                if (Math.abs(value) <= MAX_EXACT_INTEGER) {
                    return (double) value;
                }
            } catch (NumberFormatException e) {
                // beyond a long: refused below
            }
            throw new MalformedException("its JSON has the whole number " + shorten(text) + ", larger than any count "
                    + "or index of a model");
        }
        return (double) Float.parseFloat(text);
    }

    // ---------------------------------------------------------------- UBJSON

    /** Universal Binary JSON as XGBoost writes it (big-endian; optimized containers with $ type and # count). */
    private static final class Ubjson {
        private final byte[] bytes;
        private int at;

        Ubjson(byte[] bytes) {
            this.bytes = bytes;
        }

        Object document() throws MalformedException {
            try {
                Object document = value(marker(), 1);
                if (at != bytes.length) {
                    throw new MalformedException("its UBJSON has data after its top-level object");
                }
                return document;
            } catch (ArrayIndexOutOfBoundsException e) {
                throw new MalformedException("its UBJSON is truncated");
            }
        }

        private byte marker() throws MalformedException {
            byte b = next();
            while (b == 'N') { // no-op
                b = next();
            }
            return b;
        }

        private byte next() throws MalformedException {
            if (at >= bytes.length) {
                throw new MalformedException("its UBJSON is truncated");
            }
            return bytes[at++];
        }

        private Object value(byte marker, int depth) throws MalformedException {
            if (depth > MAX_DEPTH) {
                throw new MalformedException("its UBJSON nests deeper than " + MAX_DEPTH + " levels");
            }
            return switch (marker) {
                case '{' -> object(depth);
                case '[' -> array(depth);
                case 'Z' -> null;
                case 'T' -> Boolean.TRUE;
                case 'F' -> Boolean.FALSE;
                case 'S' -> string();
                case 'C' -> String.valueOf((char) (next() & 0xff));
                case 'H' -> (double) Float.parseFloat(string());
                case 'i', 'U', 'I', 'l', 'L', 'd', 'D' -> number(marker);
                default -> throw new MalformedException("its UBJSON has the unknown type marker "
                        + describe(marker) + " at byte " + (at - 1));
            };
        }

        private double number(byte marker) throws MalformedException {
            return switch (marker) {
                case 'i' -> next();
                case 'U' -> next() & 0xff;
                case 'I' -> (short) ((next() & 0xff) << 8 | next() & 0xff);
                case 'l' -> int32();
                case 'L' -> {
                    long value = int64();
                    if (Math.abs(value) > MAX_EXACT_INTEGER) {
                        throw new MalformedException("its UBJSON has the whole number " + value + ", larger than "
                                + "any count or index of a model");
                    }
                    yield value;
                }
                case 'd' -> Float.intBitsToFloat(int32());
                case 'D' -> Double.longBitsToDouble(int64());
                default -> throw new MalformedException("its UBJSON has " + describe(marker)
                        + " where a number belongs, at byte " + (at - 1));
            };
        }

        private int int32() throws MalformedException {
            return (next() & 0xff) << 24 | (next() & 0xff) << 16 | (next() & 0xff) << 8 | next() & 0xff;
        }

        private long int64() throws MalformedException {
            return (long) int32() << 32 | int32() & 0xffffffffL;
        }

        /** A length or count: an integer of any width, at least 0, at most the bytes left over {@code bytesEach}. */
        private int count(int bytesEach) throws MalformedException {
            double value = number(next());
            long left = bytes.length - at;
            if (value < 0 || value * bytesEach > left) {
                throw new MalformedException("its UBJSON declares " + (long) value + " items with only " + left
                        + " bytes left");
            }
            return (int) value;
        }

        private String string() throws MalformedException {
            int length = count(1);
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        private Map<String, Object> object(int depth) throws MalformedException {
            Map<String, Object> object = new LinkedHashMap<>();
            byte type = 0;
            int count = -1;
            if (peek() == '$') {
                at++;
                type = next();
                if (peek() != '#') {
                    throw new MalformedException("its UBJSON has a typed object without a count");
                }
            }
            if (peek() == '#') {
                at++;
                count = count(1);
            }
            for (int i = 0; count < 0 ? peek() != '}' : i < count; i++) {
                String key = string();
                Object value = value(type != 0 ? type : marker(), depth + 1);
                if (object.containsKey(key)) {
                    throw new MalformedException("its UBJSON object has the key '" + shorten(key) + "' twice");
                }
                object.put(key, value);
            }
            if (count < 0) {
                at++; // '}'
            }
            return object;
        }

        private Object array(int depth) throws MalformedException {
            byte type = 0;
            int count = -1;
            if (peek() == '$') {
                at++;
                type = next();
                if (peek() != '#') {
                    throw new MalformedException("its UBJSON has a typed array without a count");
                }
            }
            if (peek() == '#') {
                at++;
                count = count(width(type));
            }
            if (isNumberType(type)) {
                double[] numbers = new double[count];
                for (int i = 0; i < count; i++) {
                    numbers[i] = number(type);
                }
                return numbers;
            }
            List<Object> list = new ArrayList<>(count < 0 ? 16 : Math.min(count, 1 << 16));
            boolean allNumbers = true;
            for (int i = 0; count < 0 ? peek() != ']' : i < count; i++) {
                byte marker = type != 0 ? type : marker();
                Object value = value(marker, depth + 1);
                allNumbers &= value instanceof Double;
                list.add(value);
            }
            if (count < 0) {
                at++; // ']'
            }
            if (allNumbers && !list.isEmpty()) {
                return list.stream().mapToDouble(v -> (Double) v).toArray();
            }
            return list;
        }

        private byte peek() throws MalformedException {
            if (at >= bytes.length) {
                throw new MalformedException("its UBJSON is truncated");
            }
            return bytes[at];
        }

        private static boolean isNumberType(byte type) {
            return type == 'i' || type == 'U' || type == 'I' || type == 'l' || type == 'L' || type == 'd'
                    || type == 'D';
        }

        /** The fewest bytes one item of the type takes, so that a count is checked before anything is allocated. */
        private static int width(byte type) {
            return switch (type) {
                case 'I' -> 2;
                case 'l', 'd' -> 4;
                case 'L', 'D' -> 8;
                default -> 1;
            };
        }

        private static String describe(byte marker) {
            return marker >= 32 && marker < 127 ? "'" + (char) marker + "'" : String.format("0x%02x", marker & 0xff);
        }
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static String firstLine(String message) {
        String line = String.valueOf(message).lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
