package dev.pyheap.runtime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code sys.getsizeof} and {@code gc.is_tracked} against CPython 3.11.7's measured values
 * (facts §2.1, §2.3, §2.5) for every case the object model covers.
 */
final class SizesTest {
    private static HeapFixture f;

    @BeforeAll
    static void open() {
        f = new HeapFixture();
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static Arguments row(String python, long size, boolean tracked, Function<PyThreadState, Handle> make) {
        return Arguments.of(python, size, tracked, make);
    }

    static Stream<Arguments> facts() {
        return Stream.of(
                row("None", 16, false, PyThreadState::none),
                row("True", 28, false, t -> t.newBool(true)),
                row("0", 28, false, t -> t.newInt(0)),
                row("1", 28, false, t -> t.newInt(1)),
                row("-1", 28, false, t -> t.newInt(-1)),
                row("2**30-1", 28, false, t -> t.newInt((1L << 30) - 1)),
                row("2**30", 32, false, t -> t.newInt(1L << 30)),
                row("-(2**30)", 32, false, t -> t.newInt(-(1L << 30))),
                row("2**60-1", 32, false, t -> t.newInt((1L << 60) - 1)),
                row("2**60", 36, false, t -> t.newInt(1L << 60)),
                row("2**90", 40, false, t -> t.newInt(BigInteger.TWO.pow(90))),
                row("1.5", 24, false, t -> t.newFloat(1.5)),
                row("''", 49, false, t -> t.newStr("")),
                row("'a'", 50, false, t -> t.literal("a")),
                row("'abc'", 52, false, t -> t.literal("abc")),
                row("'a'*100", 149, false, t -> t.newStr("a".repeat(100))),
                row("'é'", 74, false, t -> t.literal("é")),
                row("'€'", 76, false, t -> t.literal("€")),
                row("'😀'", 80, false, t -> t.literal("😀")),
                row("b''", 33, false, t -> t.newBytes(new byte[0])),
                row("b'abc'", 36, false, t -> t.newBytes(new byte[]{'a', 'b', 'c'})),
                row("()", 40, false, PyThreadState::newTuple),
                row("(1,)", 48, true, t -> {
                    try (Handle one = t.newInt(1)) {
                        return t.newTuple(one);
                    }
                }),
                row("(1,2,3)", 64, true, t -> {
                    try (Handle a = t.newInt(1); Handle b = t.newInt(2); Handle c = t.newInt(3)) {
                        return t.newTuple(a, b, c);
                    }
                }),
                row("[]", 56, true, PyThreadState::newList),
                row("[0]*10", 136, true, t -> {
                    try (Handle zero = t.newInt(0)) {
                        Handle[] items = new Handle[10];
                        java.util.Arrays.fill(items, zero);
                        return t.newList(items);
                    }
                }),
                row("[1,2,3] literal (extend, rounded to even)", 88, true, t -> {
                    try (Handle a = t.newInt(1); Handle b = t.newInt(2); Handle c = t.newInt(3)) {
                        Handle l = t.newList();
                        t.extend(l, a, b, c);
                        return l;
                    }
                }),
                row("instance of an empty class", 56, true, t -> {
                    try (Handle cls = t.newClass("Empty")) {
                        return t.call(cls);
                    }
                }),
                row("instance with 3 attributes", 56, true, t -> {
                    try (Handle cls = t.newClass("Three"); Handle one = t.newInt(1)) {
                        Handle o = t.call(cls);
                        t.setattr(o, "a", one);
                        t.setattr(o, "b", one);
                        t.setattr(o, "c", one);
                        return o;
                    }
                }),
                row("class Empty: pass", 1688, true, t -> t.newClass("Empty")),
                row("weakref.ref(instance)", 80, true, t -> {
                    try (Handle cls = t.newClass("W"); Handle o = t.call(cls)) {
                        Handle r = t.weakref(o);
                        t.setattr(o, "keep", o); // keeps o alive after the handles close (a leaked self-cycle)
                        return r;
                    }
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void getsizeofAndIsTrackedMatchCPython(String python, long size, boolean tracked, Function<PyThreadState, Handle> make) {
        try (Handle h = make.apply(f.t)) {
            assertEquals(size, f.sys().getsizeof(h), "sys.getsizeof(" + python + ")");
            assertEquals(tracked, f.gc().isTracked(h), "gc.is_tracked(" + python + ")");
        }
    }

    static Stream<Arguments> appendGrowth() {
        // facts §2.3: appends 1..20 -> 88 (1-4), 120 (5-8), 184 (9-16), 248 (17-20)
        return Stream.of(Arguments.of(1, 88), Arguments.of(4, 88), Arguments.of(5, 120), Arguments.of(8, 120),
                Arguments.of(9, 184), Arguments.of(16, 184), Arguments.of(17, 248), Arguments.of(20, 248));
    }

    @ParameterizedTest(name = "{0} appends")
    @MethodSource("appendGrowth")
    void listAppendGrowthMatchesListResize(int appends, long size) {
        PyThreadState t = f.t;
        try (Handle l = t.newList(); Handle none = t.none()) {
            for (int i = 0; i < appends; i++) {
                t.append(l, none);
            }
            assertEquals(size, f.sys().getsizeof(l));
        }
    }
}
