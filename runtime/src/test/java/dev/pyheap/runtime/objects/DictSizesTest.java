package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.modules.*;
import dev.pyheap.runtime.sanity.*;
import dev.pyheap.runtime.inject.*;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyThreadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code sys.getsizeof} of dicts and sets against CPython 3.11.7 (facts §2.4, every other value
 * measured with python3.11 on the same operations).
 */
final class DictSizesTest {
    private static TestHeap h;

    @BeforeAll
    static void open() {
        h = new TestHeap();
    }

    @AfterAll
    static void close() {
        h.close();
    }

    /** Keys {@code 'k0', 'k1', ...} (str) or {@code 0, 1, ...} (int). */
    private static Handle key(PyThreadState t, boolean str, long i) {
        return str ? t.newStr("k" + i) : t.newInt(i);
    }

    private static void set(PyThreadState t, Handle d, boolean str, long i) {
        try (Handle k = key(t, str, i); Handle v = t.newInt(i)) {
            t.setitem(d, k, v);
        }
    }

    private static void del(PyThreadState t, Handle d, boolean str, long i) {
        try (Handle k = key(t, str, i)) {
            t.delitem(d, k);
        }
    }

    private static Handle filled(PyThreadState t, boolean str, int n) {
        Handle d = t.newDict();
        for (int i = 0; i < n; i++) {
            set(t, d, str, i);
        }
        return d;
    }

    private static Arguments row(String python, long size, Function<PyThreadState, Handle> make) {
        return Arguments.of(python, size, make);
    }

    static Stream<Arguments> dicts() {
        return Stream.of(
                row("{}", 64, PyThreadState::newDict),
                row("1 str key", 184, t -> filled(t, true, 1)),
                row("5 str keys", 184, t -> filled(t, true, 5)),
                row("6 str keys", 272, t -> filled(t, true, 6)),
                row("10 str keys", 272, t -> filled(t, true, 10)),
                row("11 str keys", 464, t -> filled(t, true, 11)),
                row("21 str keys", 464, t -> filled(t, true, 21)),
                row("22 str keys", 832, t -> filled(t, true, 22)),
                row("42 str keys", 832, t -> filled(t, true, 42)),
                row("43 str keys", 1584, t -> filled(t, true, 43)),
                row("86 str keys", 3328, t -> filled(t, true, 86)),
                row("1000 str keys (2-byte index)", 26032, t -> filled(t, true, 1000)),
                row("1 int key", 224, t -> filled(t, false, 1)),
                row("5 int keys", 224, t -> filled(t, false, 5)),
                row("6 int keys", 352, t -> filled(t, false, 6)),
                row("10 int keys", 352, t -> filled(t, false, 10)),
                row("11 int keys", 632, t -> filled(t, false, 11)),
                row("22 int keys", 1168, t -> filled(t, false, 22)),
                row("43 int keys", 2264, t -> filled(t, false, 43)),
                row("86 int keys", 4688, t -> filled(t, false, 86)),
                row("1000 int keys", 36952, t -> filled(t, false, 1000)),
                row("100000 int keys (4-byte index)", 5242960, t -> filled(t, false, 100_000)),
                row("5 str keys, all deleted (usable is not given back)", 184, t -> {
                    Handle d = filled(t, true, 5);
                    for (int i = 0; i < 5; i++) {
                        del(t, d, true, i);
                    }
                    return d;
                }),
                row("5 str keys, all deleted, one added (resize to used*3 = 0 -> 8 slots)", 184, t -> {
                    Handle d = filled(t, true, 5);
                    for (int i = 0; i < 5; i++) {
                        del(t, d, true, i);
                    }
                    set(t, d, true, 99);
                    return d;
                }),
                row("5 str keys, one deleted, one added (used*3 = 12 -> 16 slots)", 272, t -> {
                    Handle d = filled(t, true, 5);
                    del(t, d, true, 0);
                    set(t, d, true, 99);
                    return d;
                }),
                row("8 str keys, all deleted, 3 added", 272, t -> {
                    Handle d = filled(t, true, 8);
                    for (int i = 0; i < 8; i++) {
                        del(t, d, true, i);
                    }
                    for (int i = 0; i < 3; i++) {
                        set(t, d, true, i);
                    }
                    return d;
                }),
                row("10 int keys, clear()", 64, t -> {
                    Handle d = filled(t, false, 10);
                    t.clear(d);
                    return d;
                }),
                row("10 int keys, clear(), one int added", 224, t -> {
                    Handle d = filled(t, false, 10);
                    t.clear(d);
                    set(t, d, false, 1);
                    return d;
                }),
                row("{'a': 1}.pop('a')", 184, t -> {
                    Handle d = filled(t, true, 1);
                    try (Handle k = key(t, true, 0); Handle v = t.dictPop(d, k)) {
                        return d;
                    }
                }),
                row("{'a': 1} then an int key (unicode -> general, 16 slots)", 352, t -> {
                    Handle d = filled(t, true, 1);
                    set(t, d, false, 1);
                    return d;
                }),
                row("11 str keys then an int key", 1168, t -> {
                    Handle d = filled(t, true, 11);
                    set(t, d, false, 1);
                    return d;
                }),
                row("100 int keys, all deleted, one added", 4688, t -> {
                    Handle d = filled(t, false, 100);
                    for (int i = 0; i < 100; i++) {
                        del(t, d, false, i);
                    }
                    set(t, d, false, 1);
                    return d;
                }),
                row("10000 int keys, every 3rd deleted, 5000 added", 589912, t -> {
                    Handle d = filled(t, false, 10_000);
                    for (int i = 0; i < 10_000; i += 3) {
                        del(t, d, false, i);
                    }
                    for (int i = 10_000; i < 15_000; i++) {
                        set(t, d, false, i);
                    }
                    return d;
                }),
                row("10000 str keys, every 3rd deleted, 5000 added", 415152, t -> {
                    Handle d = filled(t, true, 10_000);
                    for (int i = 0; i < 10_000; i += 3) {
                        del(t, d, true, i);
                    }
                    for (int i = 10_000; i < 15_000; i++) {
                        set(t, d, true, i);
                    }
                    return d;
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dicts")
    void dictGetsizeofMatchesCPython(String python, long size, Function<PyThreadState, Handle> make) {
        try (Handle d = make.apply(h.t)) {
            assertEquals(size, h.sizeof(d), "sys.getsizeof(" + python + ")");
        }
    }

    private static long[] growth(boolean str, int n) {
        long[] sizes = new long[n + 1];
        try (Handle d = h.t.newDict()) {
            sizes[0] = h.sizeof(d);
            for (int i = 0; i < n; i++) {
                set(h.t, d, str, i);
                sizes[i + 1] = h.sizeof(d);
            }
        }
        return sizes;
    }

    /** {@code [sizes for n in 0..90]}, each step's boundary as python3.11 printed it. */
    private static long[] steps(long[] boundaries, long[] sizes, int n) {
        long[] out = new long[n + 1];
        for (int i = 0, s = 0; i <= n; i++) {
            while (s + 1 < boundaries.length && i >= boundaries[s + 1]) {
                s++;
            }
            out[i] = sizes[s];
        }
        return out;
    }

    @Test
    void everySizeFromZeroToNinetyStrKeys() {
        assertArrayEquals(steps(new long[]{0, 1, 6, 11, 22, 43, 86}, new long[]{64, 184, 272, 464, 832, 1584, 3328}, 90),
                growth(true, 90));
    }

    @Test
    void everySizeFromZeroToNinetyIntKeys() {
        assertArrayEquals(steps(new long[]{0, 1, 6, 11, 22, 43, 86}, new long[]{64, 224, 352, 632, 1168, 2264, 4688}, 90),
                growth(false, 90));
    }

    static Stream<Arguments> sets() {
        return Stream.of(
                row("set()", 216, PyThreadState::newSet),
                row("set of 4", 216, t -> filledSet(t, 4)),
                row("set of 5 (the 5th add resizes to 32 slots)", 728, t -> filledSet(t, 5)),
                row("set of 18", 728, t -> filledSet(t, 18)),
                row("set of 19 (128 slots)", 2264, t -> filledSet(t, 19)),
                row("set of 76", 2264, t -> filledSet(t, 76)),
                row("set of 77", 8408, t -> filledSet(t, 77)),
                row("set of 60000 (used*2 past 50000)", 2097368, t -> filledSet(t, 60_000)),
                row("set of 100000", 4194520, t -> filledSet(t, 100_000)),
                row("set of 100, all discarded", 8408, t -> {
                    Handle s = filledSet(t, 100);
                    for (int i = 0; i < 100; i++) {
                        discard(t, s, i);
                    }
                    return s;
                }),
                row("set of 100, clear()", 216, t -> {
                    Handle s = filledSet(t, 100);
                    t.clear(s);
                    return s;
                }),
                row("5 added, 5 discarded", 728, t -> {
                    Handle s = filledSet(t, 5);
                    for (int i = 0; i < 5; i++) {
                        discard(t, s, i);
                    }
                    return s;
                }),
                row("{0}, then add i, discard i for i in 2..19 (dummies fill the smalltable)", 472, t -> {
                    Handle s = filledSet(t, 1);
                    for (int i = 2; i < 20; i++) {
                        try (Handle v = t.newInt(i)) {
                            t.add(s, v);
                        }
                        discard(t, s, i);
                    }
                    return s;
                }),
                row("10000 ints, every 3rd discarded, 5000 added", 524504, t -> {
                    Handle s = filledSet(t, 10_000);
                    for (int i = 0; i < 10_000; i += 3) {
                        discard(t, s, i);
                    }
                    for (int i = 10_000; i < 15_000; i++) {
                        try (Handle v = t.newInt(i)) {
                            t.add(s, v);
                        }
                    }
                    return s;
                }));
    }

    private static Handle filledSet(PyThreadState t, int n) {
        Handle s = t.newSet();
        for (int i = 0; i < n; i++) {
            try (Handle v = t.newInt(i)) {
                t.add(s, v);
            }
        }
        return s;
    }

    private static void discard(PyThreadState t, Handle s, long i) {
        try (Handle v = t.newInt(i)) {
            t.discard(s, v);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void setGetsizeofMatchesCPython(String python, long size, Function<PyThreadState, Handle> make) {
        try (Handle s = make.apply(h.t)) {
            assertEquals(size, h.sizeof(s), "sys.getsizeof(" + python + ")");
        }
    }

    @Test
    void everySetSizeFromZeroToNinety() {
        long[] sizes = new long[91];
        try (Handle s = h.t.newSet()) {
            sizes[0] = h.sizeof(s);
            for (int i = 0; i < 90; i++) {
                try (Handle v = h.t.newInt(i)) {
                    h.t.add(s, v);
                }
                sizes[i + 1] = h.sizeof(s);
            }
        }
        assertArrayEquals(steps(new long[]{0, 5, 19, 77}, new long[]{216, 728, 2264, 8408}, 90), sizes);
    }
}
