package dev.pyheap.runtime.objects;

import dev.pyheap.api.Memory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The algorithms {@code str}, {@code bytes} and {@code bytearray} share (Objects/stringlib/:
 * fastsearch.h, split.h, partition.h, transmogrify.h, and the strip, pad and tail-match helpers
 * of unicodeobject.c and bytes_methods.c), written once over code units: a str is its code
 * points, a bytes object its bytes as 0..255, each an {@code int[]}. What differs between the types
 * (which characters are white space or line breaks, how a result becomes an object, the argument
 * checks and messages) stays with {@link StrMethods} and {@link BytesMethods}.
 *
 * <p>Indices are code units, so {@code find} and {@code split} of a str count code points, as
 * CPython does. Ranges are half open, {@code [start, end)}, after {@link #adjust}.
 *
 * <p>The searches (find, count, the affix tests, split) also run over a {@link View}: the
 * receiver's code units read where the heap holds them, so a search of a large object reads the
 * units it passes over and copies nothing but the needle and the pieces it returns.
 */
final class Stringlib {
    private Stringlib() {
    }

    /** {@code ADJUST_INDICES}: slice-style start and end against {@code length}; {@code start} may exceed {@code end}. */
    static int[] adjust(long start, long end, int length) {
        if (end > length) {
            end = length;
        } else if (end < 0) {
            end = Math.max(0, end + length);
        }
        if (start < 0) {
            start = Math.max(0, start + length);
        }
        return new int[] {(int) Math.min(start, (long) length + 1), (int) end};
    }

    /**
     * Code units read in place: {@code length} units of {@code width} bytes (1, 2 or 4: a str's
     * kind, or 1 for a bytes-like object's bytes) from {@code address}. Valid while the object
     * neither dies nor resizes, so a method takes it after every argument that may run Python code.
     */
    record View(Memory memory, long address, int width, int length) {
        int at(int i) {
            long a = address + (long) i * width;
            return switch (width) {
                case 1 -> memory.getByte(a) & 0xFF;
                case 2 -> memory.getShort(a) & 0xFFFF;
                default -> memory.getInt(a);
            };
        }

        /** The first index of unit {@code c} in {@code [from, to)}, or -1; one loop per width, the hot part of every search. */
        int indexOf(int c, int from, int to) {
            switch (width) {
                case 1 -> {
                    if (c > 0xFF) {
                        return -1;
                    }
                    byte b = (byte) c;
                    for (int i = from; i < to; i++) {
                        if (memory.getByte(address + i) == b) {
                            return i;
                        }
                    }
                }
                case 2 -> {
                    if (c > 0xFFFF) {
                        return -1;
                    }
                    short h = (short) c;
                    for (int i = from; i < to; i++) {
                        if (memory.getShort(address + 2L * i) == h) {
                            return i;
                        }
                    }
                }
                default -> {
                    for (int i = from; i < to; i++) {
                        if (memory.getInt(address + 4L * i) == c) {
                            return i;
                        }
                    }
                }
            }
            return -1;
        }

        /** The last index of unit {@code c} in {@code [from, to)}, or -1. */
        int lastIndexOf(int c, int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                if (at(i) == c) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether {@code sub} is at {@code at} (which leaves room for it); its first unit already compared by the caller when {@code skip} is 1. */
        boolean matchesAt(int at, int[] sub, int skip) {
            for (int j = skip; j < sub.length; j++) {
                if (at(at + j) != sub[j]) {
                    return false;
                }
            }
            return true;
        }

        /** {@code find}: the first index of {@code sub} in {@code [start, end)}, or -1. */
        int find(int[] sub, int start, int end) {
            if (start > end) {
                return -1;
            }
            int m = sub.length;
            if (m == 0) {
                return start;
            }
            int limit = end - m + 1; // the first index too far for a match
            for (int i = start; i < limit; ) {
                int k = indexOf(sub[0], i, limit);
                if (k < 0) {
                    return -1;
                }
                if (matchesAt(k, sub, 1)) {
                    return k;
                }
                i = k + 1;
            }
            return -1;
        }

        /** {@code rfind}: the last index of {@code sub} in {@code [start, end)}, or -1. */
        int rfind(int[] sub, int start, int end) {
            if (start > end) {
                return -1;
            }
            int m = sub.length;
            if (m == 0) {
                return end;
            }
            for (int i = end - m; i >= start; ) {
                int k = lastIndexOf(sub[0], start, i + 1);
                if (k < 0) {
                    return -1;
                }
                if (matchesAt(k, sub, 1)) {
                    return k;
                }
                i = k - 1;
            }
            return -1;
        }

        /** {@code count}: non-overlapping occurrences in {@code [start, end)}, at most {@code max} (-1: all). */
        int count(int[] sub, int start, int end, long max) {
            if (start > end) {
                return 0;
            }
            if (sub.length == 0) {
                return (int) (max < 0 ? end - start + 1 : Math.min(max, end - start + 1));
            }
            int n = 0;
            for (int i = start; max < 0 || n < max; n++) {
                int k = find(sub, i, end);
                if (k < 0) {
                    break;
                }
                i = k + sub.length;
            }
            return n;
        }

        /** {@code tailmatch}: whether {@code [start, end)} starts ({@code fromEnd} false) or ends with {@code sub}. */
        boolean tailMatch(int[] sub, int start, int end, boolean fromEnd) {
            if (start > length || end - start < sub.length) {
                return false;
            }
            return matchesAt(fromEnd ? end - sub.length : start, sub, 0);
        }

        /** The pieces of {@code split} by a separator (not empty) as {@code [from, to)} pairs. */
        List<int[]> split(int[] sep, long maxsplit) {
            List<int[]> parts = new ArrayList<>();
            int i = 0;
            while (maxsplit < 0 || parts.size() < maxsplit) {
                int k = find(sep, i, length);
                if (k < 0) {
                    break;
                }
                parts.add(new int[] {i, k});
                i = k + sep.length;
            }
            parts.add(new int[] {i, length});
            return parts;
        }

        /** {@code rsplit} by a separator (not empty), from the right, as pairs in the text's order. */
        List<int[]> rsplit(int[] sep, long maxsplit) {
            List<int[]> parts = new ArrayList<>();
            int j = length;
            while (maxsplit < 0 || parts.size() < maxsplit) {
                int k = rfind(sep, 0, j);
                if (k < 0) {
                    break;
                }
                parts.add(new int[] {k + sep.length, j});
                j = k;
            }
            parts.add(new int[] {0, j});
            java.util.Collections.reverse(parts);
            return parts;
        }

        /**
         * {@code split_whitespace} as pairs: runs of non-space; after {@code maxsplit} splits, the
         * rest from its first non-space. A run found by the loop that is the whole text is the one
         * piece CPython answers with the receiver itself; the rest after the limit never is.
         */
        List<int[]> splitWhitespace(long maxsplit, IntPredicate space) {
            List<int[]> parts = new ArrayList<>();
            int i = 0;
            int n = length;
            while (true) {
                while (i < n && space.test(at(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (maxsplit >= 0 && parts.size() == maxsplit) {
                    parts.add(new int[] {i, n, REST});
                    break;
                }
                int j = i;
                while (j < n && !space.test(at(j))) {
                    j++;
                }
                parts.add(new int[] {i, j});
                i = j;
            }
            return parts;
        }

        /** {@code rsplit_whitespace} as pairs in the text's order. */
        List<int[]> rsplitWhitespace(long maxsplit, IntPredicate space) {
            List<int[]> parts = new ArrayList<>();
            int j = length;
            while (true) {
                while (j > 0 && space.test(at(j - 1))) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                if (maxsplit >= 0 && parts.size() == maxsplit) {
                    parts.add(new int[] {0, j, REST});
                    break;
                }
                int i = j;
                while (i > 0 && !space.test(at(i - 1))) {
                    i--;
                }
                parts.add(new int[] {i, j});
                j = i;
            }
            java.util.Collections.reverse(parts);
            return parts;
        }

        /** {@code splitlines} as pairs: lines ended by {@code lineBreak} units ({@code \r\n} is one break). */
        List<int[]> splitlines(boolean keepends, IntPredicate lineBreak) {
            List<int[]> lines = new ArrayList<>();
            int i = 0;
            while (i < length) {
                int j = i;
                while (j < length && !lineBreak.test(at(j))) {
                    j++;
                }
                int eol = j;
                if (j < length) {
                    j += at(j) == '\r' && j + 1 < length && at(j + 1) == '\n' ? 2 : 1;
                }
                lines.add(new int[] {i, keepends ? j : eol});
                i = j;
            }
            return lines;
        }

        /** {@code do_strip}/{@code do_argstrip}: the kept range {@code [i, j)}; {@code chars} null strips {@code space}. */
        int[] strip(int[] chars, IntPredicate space, boolean left, boolean right) {
            IntPredicate strip = chars == null ? space : c -> {
                for (int x : chars) {
                    if (x == c) {
                        return true;
                    }
                }
                return false;
            };
            int i = 0;
            int j = length;
            while (left && i < j && strip.test(at(i))) {
                i++;
            }
            while (right && j > i && strip.test(at(j - 1))) {
                j--;
            }
            return new int[] {i, j};
        }
    }

    /** Marks the piece of a whitespace split made of what was left after {@code maxsplit} splits. */
    static final int REST = 1;

    private static boolean matchesAt(int[] s, int at, int[] sub) {
        for (int j = 0; j < sub.length; j++) {
            if (s[at + j] != sub[j]) {
                return false;
            }
        }
        return true;
    }

    /** {@code find}: the first index of {@code sub} in {@code s[start, end)}, or -1. */
    static int find(int[] s, int[] sub, int start, int end) {
        if (start > end) {
            return -1;
        }
        for (int i = start; i + sub.length <= end; i++) {
            if (matchesAt(s, i, sub)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code replace}: at most {@code count} (negative: all) occurrences of {@code old}; an empty {@code old} inserts between units. */
    static int[] replace(int[] s, int[] old, int[] with, long count) {
        IntList out = new IntList(s.length);
        long done = 0;
        int i = 0;
        if (old.length == 0) {
            while (i <= s.length) {
                if (count >= 0 && done >= count) {
                    break;
                }
                out.addAll(with, 0, with.length);
                done++;
                if (i < s.length) {
                    out.add(s[i]);
                }
                i++;
            }
            if (i < s.length) {
                out.addAll(s, i, s.length);
            }
            return out.toArray();
        }
        while (count < 0 || done < count) {
            int k = find(s, old, i, s.length);
            if (k < 0) {
                break;
            }
            out.addAll(s, i, k);
            out.addAll(with, 0, with.length);
            i = k + old.length;
            done++;
        }
        out.addAll(s, i, s.length);
        return out.toArray();
    }

    /** {@code expandtabs}: tabs to spaces up to the next multiple of {@code tabsize}; the column restarts at {@code \n} and {@code \r}. */
    static int[] expandtabs(int[] s, long tabsize) {
        IntList out = new IntList(s.length);
        long column = 0;
        for (int c : s) {
            if (c == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - column % tabsize;
                    for (long k = 0; k < n; k++) {
                        out.add(' ');
                    }
                    column += n;
                }
            } else {
                out.add(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toArray();
    }

    /** {@code pad}: {@code left} and {@code right} copies of {@code fill} around {@code s}. */
    static int[] pad(int[] s, long left, long right, int fill) {
        int[] out = new int[(int) (s.length + left + right)];
        java.util.Arrays.fill(out, 0, (int) left, fill);
        System.arraycopy(s, 0, out, (int) left, s.length);
        java.util.Arrays.fill(out, (int) left + s.length, out.length, fill);
        return out;
    }

    /** The left padding of {@code center}: CPython's {@code marg / 2 + (marg & width & 1)}. */
    static long centerLeft(long margin, long width) {
        return margin / 2 + (margin & width & 1);
    }

    /** {@code zfill}: zeros to {@code width}, after a leading sign. */
    static int[] zfill(int[] s, long width) {
        int[] out = pad(s, width - s.length, 0, '0');
        if (out.length > s.length && s.length > 0 && (s[0] == '+' || s[0] == '-')) {
            out[0] = s[0];
            out[(int) (width - s.length)] = '0';
        }
        return out;
    }

    /** The case-changing methods over a case mapping of single units (bytes: ASCII only). */
    interface Cases {
        boolean isUpper(int c);

        boolean isLower(int c);

        int toUpper(int c);

        int toLower(int c);
    }

    /** {@code title}: upper case after an uncased character, lower case after a cased one. */
    static int[] title(int[] s, Cases cases) {
        int[] out = new int[s.length];
        boolean previousCased = false;
        for (int i = 0; i < s.length; i++) {
            int c = s[i];
            out[i] = previousCased ? cases.toLower(c) : cases.toUpper(c);
            previousCased = cases.isUpper(c) || cases.isLower(c);
        }
        return out;
    }

    /** {@code istitle}: cased characters only upper case after uncased ones, and at least one. */
    static boolean isTitle(int[] s, Cases cases) {
        boolean cased = false;
        boolean previousCased = false;
        for (int c : s) {
            if (cases.isUpper(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else if (cases.isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** A growable int array. */
    static final class IntList {
        private int[] a;
        private int n;

        IntList(int capacity) {
            a = new int[Math.max(4, capacity)];
        }

        void add(int c) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = c;
        }

        void addAll(int[] s, int from, int to) {
            if (n + to - from > a.length) {
                a = java.util.Arrays.copyOf(a, Math.max(a.length * 2, n + to - from));
            }
            System.arraycopy(s, from, a, n, to - from);
            n += to - from;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
