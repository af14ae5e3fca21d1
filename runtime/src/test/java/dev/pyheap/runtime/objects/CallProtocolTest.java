package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evaluator's entry points of {@link Abstract}: attributes by heap str name, the vectorcall
 * convention with Java callers' {@link ArgumentArea}, {@code _PyObject_MakeTpCall}, and the
 * number protocol's errors, with CPython 3.11.7's messages (recorded with {@code python3 -c}).
 */
final class CallProtocolTest {
    private TestHeap h;
    private ObjectSpace space;

    @BeforeEach
    void open() {
        h = new TestHeap();
        space = h.interp;
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void attributesByHeapNameReachTheInstanceValues() {
        Handle cls = h.keep(h.t.newClass("C"));
        long o = h.keep(h.t.call(cls)).id();
        long name = space.strType.literalName("x");
        long v = space.newInt(5000);
        try {
            Abstract.setAttr(space, o, name, v);
            assertEquals(2, space.refcount(v), "the instance holds one reference");
            long got = Abstract.getAttr(space, o, name);
            assertEquals(v, got);
            space.decref(got);
            long viaJava = Abstract.lookupAttr(space, o, "x");
            assertEquals(v, viaJava, "the Java name finds the same slot");
            space.decref(viaJava);
            Abstract.delAttr(space, o, name);
            assertEquals(1, space.refcount(v));
            assertEquals(0, Abstract.lookupAttr(space, o, name));
            PyException e = assertThrows(PyException.class, () -> Abstract.getAttr(space, o, name));
            assertEquals("AttributeError: 'C' object has no attribute 'x'", e.getMessage());
            e = assertThrows(PyException.class, () -> Abstract.delAttr(space, o, name));
            assertEquals("AttributeError: 'C' object has no attribute 'x'", e.getMessage());
        } finally {
            space.decref(v);
            space.decref(name);
        }
    }

    @Test
    void builtinInstancesHaveNoAttributesToSet() {
        long one = h.integer(1).id();
        long list = h.keep(h.t.newList()).id();
        PyException e = assertThrows(PyException.class, () -> Abstract.setAttr(space, one, "x", one));
        assertEquals("AttributeError: 'int' object has no attribute 'x'", e.getMessage());
        e = assertThrows(PyException.class, () -> Abstract.setAttr(space, list, "append", one));
        assertEquals("AttributeError: 'list' object attribute 'append' is read-only", e.getMessage());
    }

    @Test
    void javaCallersPassArgumentsThroughTheArgumentArea() {
        Handle cls = h.keep(h.t.newClass("C"));
        long o = h.keep(h.t.call(cls)).id();
        long ref = space.weakrefType.create(o, null);
        try {
            assertTrue(Abstract.isCallable(space, ref));
            long got = Abstract.call(space, ref);
            assertEquals(o, got);
            space.decref(got);
            long one = h.integer(1).id();
            PyException e = assertThrows(PyException.class, () -> Abstract.call(space, ref, new long[] {one}));
            assertEquals("TypeError: weakref expected 0 arguments, got 1", e.getMessage());
            ArgumentArea area = space.arguments();
            assertEquals(area.mark(), area.mark());
            long before = area.mark();
            assertThrows(PyException.class, () -> Abstract.call(space, ref, new long[] {one}));
            assertEquals(before, area.mark(), "a failed call gives its arguments back");
        } finally {
            space.decref(ref);
        }
    }

    @Test
    void argumentAreaChunksNeverMove() {
        ArgumentArea area = space.arguments();
        long mark = area.mark();
        long first = area.reserve(50);
        long second = area.reserve(20); // does not fit the first chunk: a new one
        assertNotEquals(first + 8 * 50, second);
        long third = area.reserve(1000); // larger than a chunk
        space.memory.putLong(third + 8 * 999, 7);
        long inner = area.mark();
        area.reserve(1);
        area.release(inner);
        assertEquals(inner, area.mark(), "released slots are reused");
        long blocks = h.blocks();
        area.release(mark);
        assertEquals(blocks - 4, h.blocks(), "the outermost release frees the four chunks (the last one a push past the 1000-slot one made)");
        assertEquals(0, h.heap.checkSanity().problems().size(), h.heap.checkSanity().toString());
    }

    @Test
    void makeTpCallGivesTupleAndDictToTpCall() {
        Handle cls = h.keep(h.t.newClass("C"));
        long o = h.keep(h.t.call(cls)).id();
        long ref = space.weakrefType.create(o, null);
        long kw = space.strType.literalName("a");
        long kwnames = space.tupleType.create(kw);
        ArgumentArea area = space.arguments();
        long mark = area.mark();
        try {
            long at = area.push(new long[] {o});
            PyException e = assertThrows(PyException.class, () -> Abstract.makeTpCall(space, ref, at, 0, kwnames));
            assertEquals("TypeError: weakref() takes no keyword arguments", e.getMessage());
        } finally {
            area.release(mark);
            space.decref(kwnames);
            space.decref(kw);
            space.decref(ref);
        }
    }

    @Test
    void numberProtocolErrorsAreCPythons() {
        long s = h.str("a").id();
        long two = h.integer(2).id();
        long f = h.keep(h.t.newFloat(1.5)).id();
        long list = h.keep(h.t.newList()).id();
        assertEquals("TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'",
                assertThrows(PyException.class, () -> Abstract.binaryOp(space, s, two, BinaryOp.POWER)).getMessage());
        assertEquals("TypeError: unsupported operand type(s) for **=: 'str' and 'int'",
                assertThrows(PyException.class, () -> Abstract.inplaceOp(space, s, two, BinaryOp.POWER)).getMessage());
        assertEquals("TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'",
                assertThrows(PyException.class, () -> Abstract.power(space, s, two, two)).getMessage());
        assertEquals("TypeError: bad operand type for unary -: 'str'",
                assertThrows(PyException.class, () -> Abstract.unaryOp(space, s, UnaryOp.NEGATIVE)).getMessage());
        assertEquals("TypeError: bad operand type for abs(): 'str'",
                assertThrows(PyException.class, () -> Abstract.unaryOp(space, s, UnaryOp.ABSOLUTE)).getMessage());
        assertEquals("TypeError: unsupported operand type(s) for @: 'list' and 'float'",
                assertThrows(PyException.class, () -> Abstract.binaryOp(space, list, f, BinaryOp.MATRIX_MULTIPLY)).getMessage());
        assertEquals(BinaryOp.SUBTRACT, BinaryOp.ofOparg(10));
        assertEquals(BinaryOp.SUBTRACT, BinaryOp.ofOparg(23));
    }

    @Test
    void divmodIsItsOwnNumberSlot() {
        long seven = h.integer(7).id();
        long two = h.integer(2).id();
        long f = h.keep(h.t.newFloat(-7.5)).id();
        long zero = h.keep(h.t.newFloat(0.0)).id();
        for (long[] operands : new long[][] {{seven, two}, {f, two}, {two, f}}) {
            long r = Abstract.binaryOp(space, operands[0], operands[1], BinaryOp.DIVMOD);
            try {
                assertEquals(operands[0] == seven ? "(3, 1)" : operands[0] == f ? "(-4.0, 0.5)" : "(-1.0, -5.5)",
                        Abstract.repr(space, r));
            } finally {
                space.decref(r);
            }
        }
        assertEquals("ZeroDivisionError: float divmod()",
                assertThrows(PyException.class, () -> Abstract.binaryOp(space, seven, zero, BinaryOp.DIVMOD)).getMessage());
        long c = space.complexType.create(1, 0);
        try {
            assertEquals("TypeError: unsupported operand type(s) for divmod(): 'complex' and 'int'",
                    assertThrows(PyException.class, () -> Abstract.binaryOp(space, c, two, BinaryOp.DIVMOD)).getMessage());
        } finally {
            space.decref(c);
        }
    }
}
