package dev.pyheap.runtime.objects;

import dev.pyheap.api.Memory;
import dev.pyheap.runtime.PyException;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared text algorithms ({@link Stringlib}) and the codecs ({@link Codecs}) without a heap,
 * against what CPython 3.11 gives for the same str or bytes (noted next to each case).
 */
class StringlibTest {
    private static int[] u(String s) {
        return s.codePoints().toArray();
    }

    private static String s(int[] u) {
        return new String(u, 0, u.length);
    }

    /** The units of {@code text} in the narrowest width that holds them, as a str's kind lays them out, read through a {@link Memory}. */
    private static Stringlib.View v(String text) {
        int[] u = u(text);
        int max = 0;
        for (int c : u) {
            max = Math.max(max, c);
        }
        int width = max > 0xFFFF ? 4 : max > 0xFF ? 2 : 1;
        ByteBuffer b = ByteBuffer.allocate(u.length * width + 8).order(ByteOrder.nativeOrder());
        for (int i = 0; i < u.length; i++) {
            switch (width) {
                case 1 -> b.put(i, (byte) u[i]);
                case 2 -> b.putShort(2 * i, (short) u[i]);
                default -> b.putInt(4 * i, u[i]);
            }
        }
        return new Stringlib.View(new BufferMemory(b), 0, width, u.length);
    }

    private static List<String> all(String text, List<int[]> parts) {
        return parts.stream().map(p -> s(java.util.Arrays.copyOfRange(u(text), p[0], p[1]))).toList();
    }

    /** Reads of a byte buffer at addresses from 0; what a View never does is refused. */
    private record BufferMemory(ByteBuffer b) implements Memory {
        public long getLong(long address) {
            return b.getLong((int) address);
        }

        public int getInt(long address) {
            return b.getInt((int) address);
        }

        public short getShort(long address) {
            return b.getShort((int) address);
        }

        public byte getByte(long address) {
            return b.get((int) address);
        }

        public void read(long address, byte[] target, int offset, int length) {
            b.get((int) address, target, offset, length);
        }

        public boolean isMapped(long address) {
            return address >= 0 && address < b.capacity();
        }

        public void putLong(long address, long value) {
            throw new UnsupportedOperationException();
        }

        public void putInt(long address, int value) {
            throw new UnsupportedOperationException();
        }

        public void putShort(long address, short value) {
            throw new UnsupportedOperationException();
        }

        public void putByte(long address, byte value) {
            throw new UnsupportedOperationException();
        }

        public void copy(long source, long target, long bytes) {
            throw new UnsupportedOperationException();
        }

        public void fill(long address, long bytes, byte value) {
            throw new UnsupportedOperationException();
        }

        public void write(long address, byte[] source, int offset, int length) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void indicesAreSliceIndices() {
        assertArrayEquals(new int[] {3, 5}, Stringlib.adjust(-2, Long.MAX_VALUE, 5));   // s[-2:]
        assertArrayEquals(new int[] {6, 5}, Stringlib.adjust(9, Long.MAX_VALUE, 5));    // start past the end: len + 1
        assertArrayEquals(new int[] {0, 0}, Stringlib.adjust(-9, -9, 5));
    }

    @Test
    void findAndCountCountCodeUnits() {
        Stringlib.View hello = v("héllo😀x");
        assertEquals(6, hello.find(u("x"), 0, hello.length()));                          // "héllo😀x".find("x") == 6
        assertEquals(5, hello.find(u("😀"), 0, hello.length()));
        assertEquals(-1, v("hello").find(u("é"), 0, 5));                                 // a unit wider than the text's
        assertEquals(1, v("a\u0100b").find(u("\u0100b"), 0, 3));                        // two-byte units
        assertEquals(5, v("hello").find(u(""), 5, 5));                                   // "hello".find("", 5) == 5
        assertEquals(-1, v("hello").find(u(""), 6, 5));                                  // "hello".find("", 6) == -1
        assertEquals(3, v("hello").rfind(u("l"), 0, 5));
        assertEquals(2, v("hello").rfind(u("ll"), 0, 5));
        assertEquals(-1, v("hello").rfind(u("ll"), 0, 3));                               // "hello".rfind("ll", 0, 3) == -1
        assertEquals(6, v("hello").count(u(""), 0, 5, -1));                              // "hello".count("") == 6
        assertEquals(2, v("aaaa").count(u("aa"), 0, 4, -1));                             // not overlapping
        assertTrue(v("hello").tailMatch(u(""), 5, 5, false));                            // "hello".startswith("", 5)
        assertFalse(v("hello").tailMatch(u(""), 6, 5, false));                           // "hello".startswith("", 6)
        assertTrue(v("hello").tailMatch(u("ll"), 0, 4, true));                           // "hello".endswith("ll", 0, 4)
    }

    @Test
    void splitKeepsTheRestAsItIs() {
        assertEquals(List.of("a", "b c "), all(" a b c ", v(" a b c ").splitWhitespace(1, StrMethods::isUnicodeSpace)));
        assertEquals(List.of(" a b", "c"), all(" a b c ", v(" a b c ").rsplitWhitespace(1, StrMethods::isUnicodeSpace)));
        assertEquals(List.of("a", "b", "", "c"), all("a,b,,c", v("a,b,,c").split(u(","), -1)));
        assertEquals(List.of("a,b,", "c"), all("a,b,,c", v("a,b,,c").rsplit(u(","), 1)));
        assertEquals(List.of("abc"), all("abc", v("abc").split(u("b"), 0)));
        assertEquals(List.of("x\r\n", "y\n"), all("x\r\ny\n", v("x\r\ny\n").splitlines(true, c -> c == '\n' || c == '\r')));
        assertArrayEquals(new int[] {2, 4}, v("xxabxx").strip(u("x"), StrMethods::isUnicodeSpace, true, true));
    }

    @Test
    void replaceWithAnEmptyOldInsertsBetweenUnits() {
        assertEquals("-a-b-c-", s(Stringlib.replace(u("abc"), u(""), u("-"), -1)));
        assertEquals("-a-bc", s(Stringlib.replace(u("abc"), u(""), u("-"), 2)));
        assertEquals("bba", s(Stringlib.replace(u("aaa"), u("a"), u("b"), 2)));
    }

    @Test
    void paddingAndCases() {
        assertEquals(3, Stringlib.centerLeft(5, 7));                                      // "ab".center(7, "*") == "***ab**"
        assertEquals(2, Stringlib.centerLeft(4, 6));                                      // "ab".center(6, "*") == "**ab**"
        assertEquals("-00042", s(Stringlib.zfill(u("-42"), 6)));
        assertEquals("a   b", s(Stringlib.expandtabs(u("a\tb"), 4)));
        assertEquals("Hello World'S", s(Stringlib.title(u("hello world's"), BytesMethods.ASCII)));
        assertTrue(Stringlib.isTitle(u("Hello World"), BytesMethods.ASCII));
        assertFalse(Stringlib.isTitle(u("HELLO World"), BytesMethods.ASCII));
        assertFalse(Stringlib.isTitle(u(""), BytesMethods.ASCII));
    }

    @Test
    void utf16AndUtf32WithAndWithoutByteOrderMarks() {
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x3D, (byte) 0xD8, 0x00, (byte) 0xDE},
                Codecs.encode(u("a😀"), "utf-16", "strict"));
        assertArrayEquals(new byte[] {0, 'a'}, Codecs.encode(u("a"), "UTF_16BE", "strict"));
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0}, Codecs.encode(u("a"), "utf-32", "strict"));
        assertEquals("a", Codecs.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}, "utf-16", "strict"));
        assertEquals("\uFEFFa", Codecs.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, "utf-16-le", "strict"));
        PyException e = assertThrows(PyException.class, () -> Codecs.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, 0}, "utf-16", "strict"));
        assertEquals("'utf-16-be' codec can't decode byte 0x00 in position 2: truncated data", e.pythonMessage());
    }

    @Test
    void utf8ErrorsHaveCPythonsRangesAndReasons() {
        PyException e = assertThrows(PyException.class, () -> Codecs.decode(new byte[] {(byte) 0xE2, (byte) 0x82, '('}, "utf-8", "strict"));
        assertEquals("UnicodeDecodeError", e.pythonType());
        assertEquals("'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte", e.pythonMessage());
        e = assertThrows(PyException.class, () -> Codecs.decode(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, "utf-8", "strict"));
        assertEquals("'utf-8' codec can't decode bytes in position 0-2: unexpected end of data", e.pythonMessage());
        assertEquals("\uFFFD(", Codecs.decode(new byte[] {(byte) 0xE2, (byte) 0x82, '('}, "utf-8", "replace"));
        assertEquals("\\xed\\xa0\\x80", Codecs.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "utf-8", "backslashreplace"));
    }

    @Test
    void surrogateescapeRoundTripsAndHandlersAreLookedUpOnlyOnError() {
        byte[] raw = {'a', (byte) 0xFF, (byte) 0x80, 'b'};
        String text = Codecs.decode(raw, "utf-8", "surrogateescape");
        assertEquals("a\uDCFF\uDC80b", text);
        assertArrayEquals(raw, Codecs.encode(text.chars().toArray(), "utf-8", "surrogateescape"));
        assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), Codecs.encode(u("abc"), "ascii", "bogus"));
        PyException e = assertThrows(PyException.class, () -> Codecs.encode(u("é"), "ascii", "bogus"));
        assertEquals("LookupError: unknown error handler name 'bogus'", e.getMessage());
        e = assertThrows(PyException.class, () -> Codecs.encode(u("😀é"), "ascii", "strict"));
        assertEquals("'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)", e.pythonMessage());
        e = assertThrows(PyException.class, () -> Codecs.encode(u("x"), "nope", "strict"));
        assertEquals("LookupError: unknown encoding: nope", e.getMessage());
    }
}
