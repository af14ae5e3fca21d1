package dev.pyheap.runtime.objects;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recorded Unicode 14.0 table and the ASCII fast paths beside it. */
class UnicodeCtypeTest {
    @Test
    void asciiFlagsAreThoseRecorded() {
        for (int c = 0; c < 128; c++) {
            assertEquals(UnicodeCtype.recordedFlags(c), UnicodeCtype.flags(c), "flags of U+" + Integer.toHexString(c));
        }
    }

    @Test
    void asciiMappingsAreThoseRecorded() {
        for (int c = 0; c < 128; c++) {
            for (int kind = 0; kind < 4; kind++) {
                StringBuilder fast = new StringBuilder();
                UnicodeCtype.appendMapping(fast, c, kind);
                assertEquals(UnicodeCtype.recordedMapping(c, kind), fast.toString(), "mapping " + kind + " of U+" + Integer.toHexString(c));
                assertEquals(UnicodeCtype.recordedMapping(c, kind), Character.toString(UnicodeCtype.simpleMapping(c, kind)));
            }
        }
    }

    @Test
    void unicode14NotTheJdks() {
        assertFalse(UnicodeCtype.isPrintable(0x897), "U+0897 is assigned after 14.0");
        assertFalse(UnicodeCtype.isAlpha(0x1E4D0), "Nag Mundari is assigned after 14.0");
        assertTrue(UnicodeCtype.isAlpha(0x00AA));
        assertEquals(3, UnicodeCtype.decimalValue(0x663));
        assertEquals(-1, UnicodeCtype.decimalValue(0xB2));
        assertTrue(UnicodeCtype.isDigit(0xB2));
        assertTrue(UnicodeCtype.isSpace(0x1C));
        assertFalse(UnicodeCtype.isSpace(0x200B));
    }

    @Test
    void fullCaseMappings() {
        assertEquals("SS", UnicodeCase.upper(new int[] {0xDF}));
        assertEquals("Ss", UnicodeCase.title(new int[] {0xDF}));
        assertEquals("\u02BCN", UnicodeCase.upper(new int[] {0x149}));
        assertEquals("\u01C5", UnicodeCase.title(new int[] {0x1C6}));
        assertEquals("\u03BF\u03C3\u03BF\u03C2 \u03C3", UnicodeCase.lower("ΟΣΟΣ Σ".codePoints().toArray()));
        assertEquals("ss", UnicodeCase.casefold(new int[] {0x1E9E}));
        assertEquals("hELLO", UnicodeCase.swapcase("Hello".codePoints().toArray()));
    }
}
