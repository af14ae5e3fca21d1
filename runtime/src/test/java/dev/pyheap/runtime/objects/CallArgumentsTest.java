package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link CallArguments#unpack} and {@link CallArguments#clinic}: Argument Clinic's parsing with
 * CPython 3.11's messages, in its order of checks.
 */
final class CallArgumentsTest {
    private TestHeap h;
    private ObjectSpace space;
    private long one, two, three;

    @BeforeEach
    void open() {
        h = new TestHeap();
        space = h.interp;
        one = space.newInt(1);
        two = space.newInt(2);
        three = space.newInt(3);
    }

    @AfterEach
    void close() {
        space.decref(one);
        space.decref(two);
        space.decref(three);
        h.close();
    }

    /** Unpacks {@code positional} then {@code keywords} (names for the last values) as method {@code collections.OrderedDict.pop(key, default)}. */
    private long[] unpack(long[] values, String... keywords) {
        return parse(a -> a.unpack(1, "key", "default"), values, keywords);
    }

    /** Parses as {@code bytes.translate(table, /, delete=b'')}: one positional-only parameter. */
    private long[] translate(long[] values, String... keywords) {
        return parse(a -> a.clinic(1, 1, 2, "table", "delete"), values, keywords);
    }

    /** Parses as {@code list.sort(*, key=None, reverse=False)}: keyword-only parameters. */
    private long[] sort(long[] values, String... keywords) {
        return parse(a -> a.clinic(0, 0, 0, "key", "reverse"), values, keywords);
    }

    private long[] parse(java.util.function.Function<CallArguments, long[]> parser, long[] values, String... keywords) {
        ArgumentArea area = space.arguments();
        long mark = area.mark();
        long kwnames = 0;
        try {
            long at = area.reserve(Math.max(1, values.length));
            for (int i = 0; i < values.length; i++) {
                space.memory.putLong(at + 8L * i, values[i]);
            }
            if (keywords.length > 0) {
                long[] names = new long[keywords.length];
                for (int i = 0; i < names.length; i++) {
                    names[i] = space.strType.literalName(keywords[i]);
                }
                kwnames = space.tupleType.create(names);
                for (long n : names) {
                    space.decref(n);
                }
            }
            return parser.apply(new CallArguments(space, "collections.OrderedDict.pop", at, values.length - keywords.length, kwnames));
        } finally {
            space.xdecref(kwnames);
            area.release(mark);
        }
    }

    private String error(long[] values, String... keywords) {
        return assertThrows(PyException.class, () -> unpack(values, keywords)).getMessage();
    }

    @Test
    void byPositionOrByName() {
        assertArrayEquals(new long[] {one, 0}, unpack(new long[] {one}));
        assertArrayEquals(new long[] {one, two}, unpack(new long[] {one, two}));
        assertArrayEquals(new long[] {one, two}, unpack(new long[] {one, two}, "default"));
        assertArrayEquals(new long[] {one, two}, unpack(new long[] {two, one}, "default", "key"));
        assertArrayEquals(new long[] {one, 0}, unpack(new long[] {one}, "key"));
    }

    @Test
    void clinicsMessagesNameTheBareFunction() {
        assertEquals("TypeError: pop() missing required argument 'key' (pos 1)", error(new long[] {}));
        assertEquals("TypeError: pop() missing required argument 'key' (pos 1)", error(new long[] {two}, "default"));
        assertEquals("TypeError: pop() takes at most 2 arguments (3 given)", error(new long[] {one, two, three}));
        assertEquals("TypeError: pop() takes at most 2 keyword arguments (3 given)", error(new long[] {one, two, three}, "a", "b", "c"));
        assertEquals("TypeError: argument for pop() given by name ('key') and position (1)", error(new long[] {one, two}, "key"));
        assertEquals("TypeError: 'x' is an invalid keyword argument for pop()", error(new long[] {one, two}, "x"));
    }

    @Test
    void positionalOnlyParametersAreCountedBeforeAnyName() {
        assertArrayEquals(new long[] {one, 0}, translate(new long[] {one}));
        assertArrayEquals(new long[] {one, two}, translate(new long[] {one, two}, "delete"));
        assertEquals("TypeError: pop() takes at least 1 positional argument (0 given)",
                assertThrows(PyException.class, () -> translate(new long[] {one}, "table")).getMessage());
        assertEquals("TypeError: 'table' is an invalid keyword argument for pop()",
                assertThrows(PyException.class, () -> translate(new long[] {one, two}, "table")).getMessage());
        assertEquals("TypeError: pop() takes at most 2 arguments (3 given)",
                assertThrows(PyException.class, () -> translate(new long[] {one, two, three}, "zz")).getMessage());
    }

    @Test
    void keywordOnlyParametersRefusePositionalsAfterTheTotalCount() {
        assertArrayEquals(new long[] {0, one}, sort(new long[] {one}, "reverse"));
        assertEquals("TypeError: pop() takes no positional arguments",
                assertThrows(PyException.class, () -> sort(new long[] {one, two}, "zz")).getMessage());
        assertEquals("TypeError: pop() takes at most 2 arguments (3 given)",
                assertThrows(PyException.class, () -> sort(new long[] {one, two, three}, "zz")).getMessage());
        assertEquals("TypeError: 'zz' is an invalid keyword argument for pop()",
                assertThrows(PyException.class, () -> sort(new long[] {one}, "zz")).getMessage());
    }

    @Test
    void aWrongTypeIsNamedAsClinicNamesIt() {
        assertEquals("TypeError: encode() argument 'encoding' must be str, not None",
                CallArguments.badArgument(space, "str.encode", "argument 'encoding'", "str", space.none).getMessage());
        assertEquals("TypeError: encode() argument 1 must be str, not int",
                CallArguments.badArgument(space, "encode", "argument 1", "str", one).getMessage());
    }
}
