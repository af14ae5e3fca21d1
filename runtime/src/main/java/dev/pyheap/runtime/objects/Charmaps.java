package dev.pyheap.runtime.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The single-byte codecs of {@code Lib/encodings} ({@code cp1252}, {@code cp437}, the ISO 8859
 * family, {@code mac_roman}, {@code koi8_r}, ...), which CPython runs through the charmap codec of
 * {@code Objects/unicodeobject.c} with a decoding table and its inverse. The tables come from
 * {@code charmaps.txt}, recorded from CPython's codecs by {@code interpreter/src/test/python/gen_charmaps.py}:
 * for a codec that decodes 0x00..0x7F as ASCII only the upper half is stored, for the others (the
 * EBCDIC code pages) all 256 bytes. The file is read on the first use of any of them and shared
 * afterwards (immutable).
 */
final class Charmaps {
    private Charmaps() {
    }

    /**
     * One codec: the code point of each byte (-1 for none) and the inverse, where a character
     * decoded from several bytes encodes to the last of them, as CPython's encoding maps give it;
     * {@code asciiItself}: every ASCII character encodes to its own byte.
     */
    record Charmap(String name, int[] table, Map<Integer, Integer> encoding, boolean asciiItself) {
        /** The byte for {@code c}, or -1 when the codec has none. */
        int encode(int c) {
            if (c < 0x80 && asciiItself) {
                return c;
            }
            Integer b = encoding.get(c);
            return b == null ? -1 : b;
        }

        /** The code point of byte {@code b}, or -1. */
        int decode(int b) {
            return table[b];
        }
    }

    private static final class Table {
        static final Map<String, Charmap> BY_NAME = load();

        private static Map<String, Charmap> load() {
            Map<String, Charmap> byName = new HashMap<>();
            try (InputStream in = Charmaps.class.getResourceAsStream("charmaps.txt")) {
                if (in == null) {
                    throw new IllegalStateException("charmaps.txt is missing from the runtime's resources");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                String[] names = null;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("C ")) {
                        names = line.substring(2).split(" ");
                    } else if (line.startsWith("M ") && names != null) {
                        String[] cells = line.substring(2).split(" ");
                        int first = 256 - cells.length; // 128: the lower half is ASCII and not stored
                        int[] table = new int[256];
                        Map<Integer, Integer> encoding = new HashMap<>();
                        boolean asciiItself = first == 128;
                        for (int b = 0; b < 256; b++) {
                            table[b] = b < first ? b : cells[b - first].equals("-") ? -1 : Integer.parseInt(cells[b - first], 16);
                            if (table[b] >= 0) {
                                encoding.put(table[b], b);
                                asciiItself &= b < 0x80 || table[b] >= 0x80;
                            }
                        }
                        Charmap map = new Charmap(names[0], table, Map.copyOf(encoding), asciiItself);
                        for (int k = 1; k < names.length; k++) {
                            byName.put(names[k], map);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(byName);
        }
    }

    /**
     * The codec named {@code encoding}, or null: the name normalised as {@code codecs.lookup} does
     * (lower case, any run of other characters than letters, digits and {@code .} as one {@code _}).
     */
    static Charmap find(String encoding) {
        String lower = encoding.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.') {
                if (gap && !b.isEmpty()) {
                    b.append('_');
                }
                b.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        String key = b.toString();
        Charmap map = Table.BY_NAME.get(key);
        return map != null ? map : Table.BY_NAME.get(key.replace('.', '_'));
    }
}
