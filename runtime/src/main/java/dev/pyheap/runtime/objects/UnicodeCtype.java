package dev.pyheap.runtime.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The character database str reads ({@code Objects/unicodectype.c} and the type records of
 * {@code Objects/unicodetype_db.h}) for Unicode 14.0.0, CPython 3.11's version: the JDK knows a later
 * Unicode, and Java's classes ({@code Character.isLetter}, {@code String.toUpperCase}) are not Python's.
 *
 * <p>The facts come from {@code unicodetype-14.0.txt}, recorded from CPython's own str by
 * {@code interpreter/src/test/python/gen_unicodetype.py}: for each code point a set of flags (the
 * predicates, the identifier classes, the Cased and Case_Ignorable properties the case mappings read,
 * and the decimal value) and the four full case mappings (upper, lower, title, folded). As in
 * CPython, code points share records: a mapping that is one code point is stored as its distance
 * from the code point, so the whole of {@code a..z} has one record, and 0x110000 code points need
 * about 300 records. The file lists the records, then the record of every code point as runs.
 *
 * <p>Loading folds the runs into a two-level index, CPython's {@code index1}/{@code index2}: the
 * code point's high bits select a block of {@value #BLOCK} record numbers (identical blocks, such as
 * the unassigned planes, stored once), its low bits the record in the block. The table is read on the first question about a non-ASCII character (the
 * holder class's initialisation) and is immutable afterwards, so every heap of the JVM shares it;
 * ASCII is answered from a small table built here, so programs that stay in ASCII never load it.
 */
public final class UnicodeCtype {
    private UnicodeCtype() {
    }

    static final int ALPHA = 1, DECIMAL = 1 << 1, DIGIT = 1 << 2, NUMERIC = 1 << 3, SPACE = 1 << 4, PRINTABLE = 1 << 5,
            LOWER = 1 << 6, UPPER = 1 << 7, TITLE = 1 << 8, ID_START = 1 << 9, ID_CONTINUE = 1 << 10, CASED = 1 << 11,
            CASE_IGNORABLE = 1 << 12;
    /** Where a decimal digit's value sits in the flags. */
    private static final int VALUE_SHIFT = 16;
    private static final int SHIFT = 7, BLOCK = 1 << SHIFT;

    /** The flags of the ASCII characters: Python's classes there are the C locale's. */
    private static final int[] ASCII = new int[128];

    static {
        for (int c = 0; c < 128; c++) {
            int f = 0;
            boolean upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
            if (upper || lower) {
                f |= ALPHA | CASED | ID_START | ID_CONTINUE | (upper ? UPPER : LOWER);
            }
            if (digit) {
                f |= DECIMAL | DIGIT | NUMERIC | ID_CONTINUE | (c - '0') << VALUE_SHIFT;
            }
            if (c == '_') {
                f |= ID_START | ID_CONTINUE;
            }
            if (c >= '\t' && c <= '\r' || c >= 0x1c && c <= ' ') {
                f |= SPACE;
            }
            if (c >= ' ' && c < 0x7f) {
                f |= PRINTABLE;
            }
            if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`') {
                f |= CASE_IGNORABLE;
            }
            ASCII[c] = f;
        }
    }

    /** The records and the two-level index of the 14.0 table. */
    private static final class Table {
        static final Table INSTANCE = load();

        final char[] index1;
        final char[] index2;
        final int[] flags;
        /** Per mapping kind (upper, lower, title, fold) and record: the distance, when the mapping is one code point. */
        final int[][] delta;
        /** Per mapping kind and record: the code points, when the mapping is several; else null. */
        final String[][] full;

        private Table(char[] index1, char[] index2, int[] flags, int[][] delta, String[][] full) {
            this.index1 = index1;
            this.index2 = index2;
            this.flags = flags;
            this.delta = delta;
            this.full = full;
        }

        int record(int c) {
            return index2[(index1[c >> SHIFT] << SHIFT) + (c & (BLOCK - 1))];
        }

        private static Table load() {
            List<String> records = new ArrayList<>();
            List<String> runs = new ArrayList<>();
            try (InputStream in = UnicodeCtype.class.getResourceAsStream("unicodetype-14.0.txt")) {
                if (in == null) {
                    throw new IllegalStateException("unicodetype-14.0.txt is missing from the runtime's resources");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("T ")) {
                        records.add(line.substring(2));
                    } else if (line.startsWith("R ")) {
                        runs.addAll(Arrays.asList(line.substring(2).split(" ")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int n = records.size();
            int[] flags = new int[n];
            int[][] delta = new int[4][n];
            String[][] full = new String[4][n];
            for (int i = 0; i < n; i++) {
                String[] f = records.get(i).split(" ");
                flags[i] = Integer.parseInt(f[0], 16);
                for (int k = 0; k < 4; k++) {
                    String m = f[k + 1];
                    if (m.startsWith("=")) {
                        StringBuilder b = new StringBuilder(4);
                        for (String cp : m.substring(1).split(",")) {
                            b.appendCodePoint(Integer.parseInt(cp, 16));
                        }
                        full[k][i] = b.toString();
                    } else {
                        delta[k][i] = Integer.parseInt(m);
                    }
                }
            }
            return new Table(new Indexer().index(runs), flags, delta, full);
        }

        private Table(char[][] index, int[] flags, int[][] delta, String[][] full) {
            this(index[0], index[1], flags, delta, full);
        }
    }

    /**
     * Folds the runs into the two-level index without expanding them: a block that lies inside one
     * run (the unassigned planes, the ideographs) is found by its record alone; only the blocks
     * where runs meet are built and compared.
     */
    private static final class Indexer {
        private final char[] index1 = new char[(Character.MAX_CODE_POINT + 1) >> SHIFT];
        private final StringBuilder index2 = new StringBuilder();
        private final Map<Integer, Character> uniform = new HashMap<>();
        private final Map<String, Character> mixed = new HashMap<>();
        private final char[] block = new char[BLOCK];
        private int blocks;

        char[][] index(List<String> runs) {
            int fill = 0;
            int at = 0;
            for (String token : runs) {
                int star = token.indexOf('*');
                char record = (char) Integer.parseInt(star < 0 ? token : token.substring(0, star));
                int count = star < 0 ? 1 : Integer.parseInt(token.substring(star + 1), 16);
                while (count > 0) {
                    if (fill == 0 && count >= BLOCK) {
                        char number = uniform.computeIfAbsent((int) record, k -> add(String.valueOf(record).repeat(BLOCK)));
                        int whole = count >> SHIFT;
                        Arrays.fill(index1, at, at + whole, number);
                        at += whole;
                        count -= whole << SHIFT;
                        continue;
                    }
                    int take = Math.min(count, BLOCK - fill);
                    Arrays.fill(block, fill, fill + take, record);
                    fill += take;
                    count -= take;
                    if (fill == BLOCK) {
                        index1[at++] = mixed.computeIfAbsent(new String(block), this::add);
                        fill = 0;
                    }
                }
            }
            if (at != index1.length || fill != 0) {
                throw new IllegalStateException("unicodetype-14.0.txt covers " + (at * BLOCK + fill) + " code points");
            }
            return new char[][] {index1, index2.toString().toCharArray()};
        }

        private char add(String content) {
            index2.append(content);
            return (char) blocks++;
        }
    }

    /** The flags of {@code c}, a code point. */
    static int flags(int c) {
        if (c < 128) {
            return ASCII[c];
        }
        Table t = Table.INSTANCE;
        return t.flags[t.record(c)];
    }

    /** The flags the table records for {@code c}, ASCII too (where {@link #flags} answers without the table). */
    static int recordedFlags(int c) {
        Table t = Table.INSTANCE;
        return t.flags[t.record(c)];
    }

    /** The mapping of the kind given the table records for {@code c}, ASCII too. */
    static String recordedMapping(int c, int kind) {
        Table t = Table.INSTANCE;
        int r = t.record(c);
        String full = t.full[kind][r];
        return full != null ? full : Character.toString(c + t.delta[kind][r]);
    }

    public static boolean isAlpha(int c) {
        return (flags(c) & ALPHA) != 0;
    }

    public static boolean isDecimal(int c) {
        return (flags(c) & DECIMAL) != 0;
    }

    public static boolean isDigit(int c) {
        return (flags(c) & DIGIT) != 0;
    }

    public static boolean isNumeric(int c) {
        return (flags(c) & NUMERIC) != 0;
    }

    /** {@code Py_UNICODE_ISALNUM}: alphabetic, decimal, digit or numeric. */
    public static boolean isAlnum(int c) {
        return (flags(c) & (ALPHA | DECIMAL | DIGIT | NUMERIC)) != 0;
    }

    /** {@code Py_UNICODE_ISSPACE}: what {@code split()}, {@code strip()} and {@code int()} take for white space. */
    public static boolean isSpace(int c) {
        return (flags(c) & SPACE) != 0;
    }

    public static boolean isPrintable(int c) {
        return (flags(c) & PRINTABLE) != 0;
    }

    public static boolean isLower(int c) {
        return (flags(c) & LOWER) != 0;
    }

    public static boolean isUpper(int c) {
        return (flags(c) & UPPER) != 0;
    }

    /** A title-case letter (category Lt). */
    public static boolean isTitle(int c) {
        return (flags(c) & TITLE) != 0;
    }

    static boolean isCased(int c) {
        return (flags(c) & CASED) != 0;
    }

    static boolean isCaseIgnorable(int c) {
        return (flags(c) & CASE_IGNORABLE) != 0;
    }

    /** {@code _PyUnicode_IsXidStart}, or {@code _}: what may start an identifier. */
    public static boolean isIdentifierStart(int c) {
        return (flags(c) & ID_START) != 0;
    }

    /** {@code _PyUnicode_IsXidContinue}: what may follow in an identifier. */
    public static boolean isIdentifierPart(int c) {
        return (flags(c) & ID_CONTINUE) != 0;
    }

    /** {@code Py_UNICODE_TODECIMAL}: the value of a decimal digit of any script, or -1. */
    public static int decimalValue(int c) {
        int f = flags(c);
        return (f & DECIMAL) != 0 ? f >>> VALUE_SHIFT & 0xF : -1;
    }

    static final int UPPER_MAP = 0, LOWER_MAP = 1, TITLE_MAP = 2, FOLD_MAP = 3;

    /** Appends {@code c}'s full mapping of the kind given ({@link #UPPER_MAP} ...): one, two or three code points. */
    static void appendMapping(StringBuilder b, int c, int kind) {
        if (c < 128) {
            b.append((char) switch (kind) {
                case LOWER_MAP, FOLD_MAP -> c >= 'A' && c <= 'Z' ? c + 32 : c;
                default -> c >= 'a' && c <= 'z' ? c - 32 : c;
            });
            return;
        }
        Table t = Table.INSTANCE;
        int r = t.record(c);
        String full = t.full[kind][r];
        if (full != null) {
            b.append(full);
        } else {
            b.appendCodePoint(c + t.delta[kind][r]);
        }
    }

    /** {@code c}'s simple mapping of the kind given when its full mapping is one code point, else {@code c}. */
    static int simpleMapping(int c, int kind) {
        if (c < 128) {
            return switch (kind) {
                case LOWER_MAP, FOLD_MAP -> c >= 'A' && c <= 'Z' ? c + 32 : c;
                default -> c >= 'a' && c <= 'z' ? c - 32 : c;
            };
        }
        Table t = Table.INSTANCE;
        int r = t.record(c);
        return t.full[kind][r] != null ? c : c + t.delta[kind][r];
    }
}
