package org.mlgate.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void aForgedWorkflowCommandStaysOnTheLoggedLine() {
        String label = "spam\n::error file=pom.xml,line=1::forged";
        String escaped = ConsoleText.escape(label);
        assertEquals("spam\\n::error file=pom.xml,line=1::forged", escaped);
        assertFalse(escaped.contains("\n"));
    }

    @Test
    void terminalEscapesCarriageReturnsAndBidiOverridesAreVisible() {
        assertEquals("a\\u001B[31mb\\rc\\u202Ed\\u2028e\\u0085f",
                ConsoleText.escape("a\u001B[31mb\rc\u202Ed\u2028e\u0085f"));
    }

    @Test
    void plainTextIsUnchanged() {
        String plain = "Rule violated for CLASS 'é @x': recall is 0.66";
        assertEquals(plain, ConsoleText.escape(plain));
    }
}
