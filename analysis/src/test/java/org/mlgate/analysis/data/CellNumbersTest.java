package org.mlgate.analysis.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CellNumbersTest {

    @Test
    void readsTrimmedDecimalAndScientificNumbers() {
        assertEquals(1.5, CellNumbers.parse(" 1.5 "));
        assertEquals(-2e-3, CellNumbers.parse("-2e-3"));
    }

    @Test
    void anythingElseIsNaNSoThatTheCallerReportsTheCell() {
        assertTrue(Double.isNaN(CellNumbers.parse("")));
        assertTrue(Double.isNaN(CellNumbers.parse("abc")));
        assertTrue(Double.isNaN(CellNumbers.parse("NaN")));
        assertTrue(Double.isNaN(CellNumbers.parse("Infinity")));
    }

    @Test
    void javaOnlyNumberSyntaxIsTextBecauseNoCsvToolWritesIt() {
        for (String cell : new String[] {"0x1p3", "1d", "2f", "1.5F", "0x10", "1e", "+", ".", "1.2.3", "1e5.5"}) {
            assertTrue(Double.isNaN(CellNumbers.parse(cell)), cell);
        }
    }

    @Test
    void plainDecimalsInEveryUsualShapeAreNumbers() {
        assertEquals(0.5, CellNumbers.parse(".5"));
        assertEquals(5.0, CellNumbers.parse("5."));
        assertEquals(-3.0, CellNumbers.parse("-3"));
        assertEquals(300.0, CellNumbers.parse("+3E2"));
    }

    @Test
    void theFastPathGivesExactlyWhatParseDoubleGives() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            String text = switch (i % 4) {
                case 0 -> Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(-8, 12)));
                case 1 -> String.format(java.util.Locale.ROOT, "%.6f", random.nextGaussian() * 1000);
                case 2 -> random.nextLong(-1_000_000_000_000_000L, 1_000_000_000_000_000L) + "e" + random.nextInt(-30, 30);
                default -> (random.nextBoolean() ? "-" : "") + random.nextInt(100_000) + "." + random.nextInt(1000);
            };
            double expected = Double.parseDouble(text);
            assertEquals(Double.isFinite(expected) ? expected : Double.NaN, CellNumbers.parse(text), text);
        }
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(CellNumbers.parse("-0")));
        assertEquals(0.1, CellNumbers.parse("0.1"));
        assertEquals(123456789012345.6, CellNumbers.parse("123456789012345.6")); // 16 digits: the general path
    }

    @Test
    void numbersBeyondTheDoubleRangeAreNaN() {
        assertTrue(Double.isNaN(CellNumbers.parse("1e999")));
    }

    @Test
    void theBytesOfACellParseAsItsStringDoes() {
        String[] cells = {" 1.5 ", "-2e-3", "", "abc", "NaN", "0x1p3", "1d", "\t7\t", "0.9782582927234342",
            "123456789012345.6", "1e999", "-0", "5.", ".5", "1\u00a0", "\u0661", "+3E2", "1e5.5"};
        for (String cell : cells) {
            byte[] bytes = ("x," + cell + ",y").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int to = bytes.length - 2;
            assertEquals(Double.doubleToLongBits(CellNumbers.parse(cell)),
                    Double.doubleToLongBits(CellNumbers.parse(bytes, 2, to)), cell);
        }
    }

    @Test
    void longCellsParseBeyondThePerThreadBuffers() {
        String digits = "1." + "0".repeat(100) + "1";
        assertEquals(Double.parseDouble(digits), CellNumbers.parse(digits));
        byte[] bytes = digits.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(Double.parseDouble(digits), CellNumbers.parse(bytes, 0, bytes.length));
    }
}
