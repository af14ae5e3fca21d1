package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code tp_richcompare} of every type through {@link Abstract#richCompare} ({@code do_richcompare}:
 * reflected operations, NotImplemented, the identity fallback of {@code ==}), against CPython
 * 3.11.7's answers, recorded with {@code python3 -c "print(1 == 1.0)"} and the like.
 */
final class RichCompareTest extends TestHeapTest {
    private long i(long v) {
        return h.keep(t.newInt(v)).id();
    }

    private long big(BigInteger v) {
        return h.keep(t.newInt(v)).id();
    }

    private long f(double v) {
        return h.keep(t.newFloat(v)).id();
    }

    private long s(String v) {
        return h.str(v).id();
    }

    private long list(long... items) {
        Handle[] hs = handles(items);
        return h.keep(t.newList(hs)).id();
    }

    private long tuple(long... items) {
        return h.keep(t.newTuple(handles(items))).id();
    }

    private long set(long... items) {
        return h.keep(t.newSet(handles(items))).id();
    }

    private Handle[] handles(long[] items) {
        Handle[] hs = new Handle[items.length];
        for (int k = 0; k < items.length; k++) {
            hs[k] = h.keep(t.capi().toHandle(h.interp.newRef(items[k])));
        }
        return hs;
    }

    private long dict(long key, long value) {
        Handle d = h.keep(t.newDict());
        h.interp.dictType.setItem(d.id(), key, value);
        return d.id();
    }

    private String compare(String text, long a, CompareOp op, long b) {
        try {
            long r = Abstract.richCompare(h.interp, a, b, op);
            try {
                return text + " => " + h.interp.typeOf(r).repr(r);
            } finally {
                h.interp.decref(r);
            }
        } catch (PyException e) {
            return text + " => " + e.getMessage();
        }
    }

    @Test
    void everyTypeComparesAsCPython() {
        ObjectSpace space = h.interp;
        long none = space.none;
        long nan = f(Double.NaN);
        List<String> results = new ArrayList<>();
        results.add(compare("1 < 2", i(1), CompareOp.LT, i(2)));
        results.add(compare("2 <= 1", i(2), CompareOp.LE, i(1)));
        results.add(compare("1 == 1.0", i(1), CompareOp.EQ, f(1.0)));
        results.add(compare("True == 1", space.trueObject, CompareOp.EQ, i(1)));
        results.add(compare("2**70 > 1.5", big(BigInteger.TWO.pow(70)), CompareOp.GT, f(1.5)));
        results.add(compare("1.5 < 2**70", f(1.5), CompareOp.LT, big(BigInteger.TWO.pow(70))));
        results.add(compare("-0.0 == 0", f(-0.0), CompareOp.EQ, i(0)));
        results.add(compare("nan == nan", nan, CompareOp.EQ, f(Double.NaN)));
        results.add(compare("nan != nan", nan, CompareOp.NE, f(Double.NaN)));
        results.add(compare("inf > 2**100", f(Double.POSITIVE_INFINITY), CompareOp.GT, big(BigInteger.TWO.pow(100))));
        results.add(compare("'a' < 'b'", s("a"), CompareOp.LT, s("b")));
        results.add(compare("'é' > 'z'", s("é"), CompareOp.GT, s("z")));
        results.add(compare("'ab' < 'abc'", s("ab"), CompareOp.LT, s("abc")));
        results.add(compare("b'a' < b'b'", h.keep(t.newBytes(new byte[]{'a'})).id(), CompareOp.LT,
                h.keep(t.newBytes(new byte[]{'b'})).id()));
        results.add(compare("(1, 2) < (1, 3)", tuple(i(1), i(2)), CompareOp.LT, tuple(i(1), i(3))));
        results.add(compare("(1,) < (1, 2)", tuple(i(1)), CompareOp.LT, tuple(i(1), i(2))));
        results.add(compare("[1, 2] == [1, 2]", list(i(1), i(2)), CompareOp.EQ, list(i(1), i(2))));
        results.add(compare("[1] != [1, 2]", list(i(1)), CompareOp.NE, list(i(1), i(2))));
        results.add(compare("[2] > [1, 5]", list(i(2)), CompareOp.GT, list(i(1), i(5))));
        results.add(compare("{1} < {1, 2}", set(i(1)), CompareOp.LT, set(i(1), i(2))));
        results.add(compare("{1, 2} <= {1, 2}", set(i(1), i(2)), CompareOp.LE, set(i(1), i(2))));
        results.add(compare("{1, 2} < {1, 2}", set(i(1), i(2)), CompareOp.LT, set(i(1), i(2))));
        results.add(compare("{1, 3} > {1}", set(i(1), i(3)), CompareOp.GT, set(i(1))));
        results.add(compare("{1: 1} == {1: 1}", dict(i(1), i(1)), CompareOp.EQ, dict(i(1), i(1))));
        results.add(compare("{1: 1} == {1: 2}", dict(i(1), i(1)), CompareOp.EQ, dict(i(1), i(2))));
        results.add(compare("[] == ()", list(), CompareOp.EQ, tuple()));
        results.add(compare("None == None", none, CompareOp.EQ, none));
        results.add(compare("None == 0", none, CompareOp.EQ, i(0)));
        results.add(compare("{} < {}", h.keep(t.newDict()).id(), CompareOp.LT, h.keep(t.newDict()).id()));
        results.add(compare("1 < 'a'", i(1), CompareOp.LT, s("a")));
        results.add(compare("[] < ()", list(), CompareOp.LT, tuple()));
        results.add(compare("None < None", none, CompareOp.LT, none));
        results.add(compare("1.5 >= True", f(1.5), CompareOp.GE, space.trueObject));
        assertEquals(List.of(
                "1 < 2 => True", "2 <= 1 => False", "1 == 1.0 => True", "True == 1 => True", "2**70 > 1.5 => True",
                "1.5 < 2**70 => True", "-0.0 == 0 => True", "nan == nan => False", "nan != nan => True",
                "inf > 2**100 => True", "'a' < 'b' => True", "'é' > 'z' => True", "'ab' < 'abc' => True",
                "b'a' < b'b' => True", "(1, 2) < (1, 3) => True", "(1,) < (1, 2) => True", "[1, 2] == [1, 2] => True",
                "[1] != [1, 2] => True", "[2] > [1, 5] => True", "{1} < {1, 2} => True", "{1, 2} <= {1, 2} => True",
                "{1, 2} < {1, 2} => False", "{1, 3} > {1} => True", "{1: 1} == {1: 1} => True", "{1: 1} == {1: 2} => False",
                "[] == () => False", "None == None => True", "None == 0 => False",
                "{} < {} => TypeError: '<' not supported between instances of 'dict' and 'dict'",
                "1 < 'a' => TypeError: '<' not supported between instances of 'int' and 'str'",
                "[] < () => TypeError: '<' not supported between instances of 'list' and 'tuple'",
                "None < None => TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'",
                "1.5 >= True => True"), results);
        assertTrue(Abstract.richCompareBool(space, nan, nan, CompareOp.EQ), "identity first: nan in [nan]");
        try (Handle l = t.newList(h.keep(t.capi().toHandle(space.newRef(nan))))) {
            try (Handle n = t.capi().toHandle(space.newRef(nan))) {
                assertTrue(t.contains(l, n), "nan in [nan], as CPython");
            }
        }
    }

    @Test
    void instancesCompareByIdentityAndRefuseOrderings() {
        Handle cls = h.keep(t.newClass("C"));
        long a = h.keep(t.call(cls)).id();
        long b = h.keep(t.call(cls)).id();
        ObjectSpace space = h.interp;
        assertTrue(Abstract.richCompareBool(space, a, a, CompareOp.EQ));
        assertTrue(Abstract.richCompareBool(space, a, b, CompareOp.NE));
        assertEquals("TypeError: '<' not supported between instances of 'C' and 'C'",
                assertThrows(PyException.class, () -> Abstract.richCompare(space, a, b, CompareOp.LT)).getMessage());
        long ni = space.notImplemented;
        long r = space.typeOf(a).richCompare(a, b, CompareOp.LT);
        assertEquals(ni, r, "object's tp_richcompare leaves orderings to the other operand");
        space.decref(r);
        assertEquals("NotImplemented", Abstract.repr(space, ni));
    }
}
