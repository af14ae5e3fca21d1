package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The object model as Python sees it, through the runtime's own entry points (no interpreter):
 * classes made by {@code type(name, bases, dict)} (C3 MRO, sizes, {@code __slots__}, {@code __eq__}
 * without {@code __hash__}), descriptors of the built-in types, constructors, formatting, range and
 * slice. Every expected value was recorded with CPython 3.11.7 ({@code python3 -c ...}).
 */
final class ObjectModelTest {
    private TestHeap h;
    private ObjectSpace space;
    private final List<Long> owned = new ArrayList<>();

    @BeforeEach
    void open() {
        h = new TestHeap();
        space = h.interp;
    }

    @AfterEach
    void close() {
        for (int i = owned.size() - 1; i >= 0; i--) {
            space.decref(owned.get(i));
        }
        h.close();
    }

    /** Keeps a new reference until the test ends. */
    private long own(long o) {
        owned.add(o);
        return o;
    }

    private long str(String s) {
        return own(space.strType.runtime(s));
    }

    private long tuple(long... items) {
        return own(space.tupleType.create(items));
    }

    private long call(long callable, long... args) {
        return own(Abstract.call(space, callable, args));
    }

    private String repr(long o) {
        return Abstract.repr(space, o);
    }

    /** {@code type(name, bases, ns)} with a namespace of str keys and values. */
    private long newClass(String name, long bases, String... keysAndValues) {
        long ns = own(space.dictType.create());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            space.dictType.setItem(ns, str(keysAndValues[i]), str(keysAndValues[i + 1]));
        }
        space.dictType.setItem(ns, str("__module__"), str("__main__"));
        return call(space.typeType.typeObject(), str(name), bases, ns);
    }

    private String message(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        e.release();
        return e.getMessage();
    }

    @Test
    void aListFromTheFreeListIsEmptyWhateverTheDeadListHeld() {
        ListType lists = space.listType;
        long one = own(space.newInt(1));
        // a list dying with items, and one dying with spare slots (one item appended: allocated 4)
        long full = lists.create(one, one, one);
        long grown = lists.allocate(0);
        lists.append(grown, one);
        assertEquals(4, lists.allocated(grown));
        for (long dead : new long[] {full, grown}) {
            assertTrue(lists.itemArray(dead) != 0);
            space.decref(dead);
            long fresh = lists.allocate(0); // PyList_New(0): the list just freed, from the free list
            assertEquals(dead, fresh);
            assertEquals(0, lists.size(fresh));
            assertEquals(0, lists.itemArray(fresh));
            assertEquals(0, lists.allocated(fresh));
            assertEquals("[]", repr(fresh));
            lists.append(fresh, one);
            assertEquals("[1]", repr(fresh));
            space.decref(fresh);
        }
    }

    @Test
    void classesGetTheirMroFromC3AndCPythonsError() {
        long a = newClass("A", tuple());
        long b = newClass("B", tuple(a));
        assertEquals("(<class '__main__.B'>, <class '__main__.A'>, <class 'object'>)",
                repr(own(Abstract.getAttr(space, b, "__mro__"))));
        assertEquals("<class '__main__.A'>", repr(own(Abstract.getAttr(space, b, "__base__"))));
        assertEquals("B", space.strType.value(own(Abstract.getAttr(space, b, "__qualname__"))));
        assertEquals("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B",
                message(() -> newClass("C", tuple(a, b))));
        assertEquals("TypeError: type 'bool' is not an acceptable base type",
                message(() -> newClass("D", tuple(space.boolType.typeObject()))));
        assertEquals("TypeError: type.__new__() argument 2 must be tuple, not int",
                message(() -> call(space.typeType.typeObject(), str("X"), own(space.newInt(1)), own(space.dictType.create()))));
        assertEquals("<class 'int'>", repr(call(space.typeType.typeObject(), own(space.newInt(5)))));
    }

    @Test
    void sizesOfClassesAndInstancesAreCPythons() {
        long plain = newClass("P", tuple());
        long slotted = newClass("S", tuple(), "__slots__", "a");
        assertEquals(1688, space.typeOf(plain).sizeof(plain));
        assertEquals(920, space.typeOf(slotted).sizeof(slotted));
        long p = call(plain);
        long s = call(slotted);
        assertEquals(56, space.typeOf(p).sizeof(p));
        assertEquals(40, space.typeOf(s).sizeof(s), "one slot, no dict, no weakref list");
        assertEquals("<member 'a' of 'S' objects>", repr(own(Abstract.getAttr(space, slotted, "a"))));
        assertEquals("AttributeError: 'S' object has no attribute 'a'", message(() -> Abstract.getAttr(space, s, "a")));
        long v = own(space.newInt(1000));
        Abstract.setAttr(space, s, "a", v);
        assertEquals(2, space.refcount(v), "the slot holds one reference");
        long got = Abstract.getAttr(space, s, "a");
        assertEquals(v, got);
        space.decref(got);
        Abstract.delAttr(space, s, "a");
        assertEquals(1, space.refcount(v));
        assertEquals("AttributeError: 'S' object has no attribute 'z'", message(() -> Abstract.setAttr(space, s, "z", v)));
    }

    @Test
    void objectsNewAndInitCheckTheirArgumentsAsCPython() {
        long c = newClass("C", tuple());
        long one = own(space.newInt(1));
        assertEquals("TypeError: C() takes no arguments", message(() -> call(c, one)));
        long object = space.objectType.typeObject();
        assertEquals("TypeError: object() takes no arguments", message(() -> call(object, one)));
        long init = own(Abstract.getAttr(space, object, "__init__"));
        assertEquals("<slot wrapper '__init__' of 'object' objects>", repr(init));
        assertEquals("TypeError: C.__init__() takes exactly one argument (the instance to initialize)",
                message(() -> call(init, call(c), one)), "object_init: the class overrides neither __init__ nor __new__");
        long newFn = own(Abstract.getAttr(space, object, "__new__"));
        assertEquals("TypeError: object.__new__(X): X is not a type object (int)", message(() -> call(newFn, one)));
        assertEquals("TypeError: object.__new__(int) is not safe, use int.__new__()",
                message(() -> call(newFn, space.intType.typeObject())));
        long repr = own(Abstract.getAttr(space, object, "__repr__"));
        assertEquals("TypeError: descriptor '__repr__' of 'object' object needs an argument", message(() -> call(repr)));
    }

    @Test
    void aClassDefiningEqWithoutHashIsUnhashable() {
        long c = newClass("H", tuple(), "__eq__", "not a function");
        assertEquals(space.none, own(Abstract.getAttr(space, c, "__hash__")));
        long o = call(c);
        assertEquals("TypeError: unhashable type: 'H'", message(() -> Abstract.hash(space, o)));
        assertEquals(space.none, own(Abstract.getAttr(space, space.listType.typeObject(), "__hash__")));
    }

    @Test
    void methodDescriptorsBindAndLoadMethodDoesNot() {
        long listType = space.listType.typeObject();
        long append = own(Abstract.getAttr(space, listType, "append"));
        assertEquals("<method 'append' of 'list' objects>", repr(append));
        long list = own(space.listType.create());
        long appendName = str("append");
        long m = Abstract.getMethod(space, list, appendName);
        assertEquals(Abstract.UNBOUND, m & Abstract.UNBOUND, "an unbound method descriptor: no bound method made");
        own(m & ~Abstract.UNBOUND);
        long bound = own(Abstract.getAttr(space, list, "append"));
        assertTrue(repr(bound).startsWith("<built-in method append of list object at 0x"), repr(bound));
        call(bound, own(space.newInt(7)));
        call(append, list, own(space.newInt(8)));
        assertEquals("[7, 8]", repr(list));
        assertEquals("TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
                message(() -> call(append, own(space.newInt(1)), list)));
        assertEquals("TypeError: unbound method list.append() needs an argument", message(() -> call(append)));
    }

    /**
     * The collectors' referent test reads whether an object has a GC header from its type object
     * ({@link ObjectSpace#isGc}); it must give {@link PyType#hasGcHeader}'s answer for every kind
     * of object: atoms, containers, built-in type objects (no header), classes (a header), their
     * instances, a class made by a metaclass, and an instance of a class with a built-in solid base.
     */
    @Test
    void isGcReadFromTheTypeObjectAgreesWithTheType() {
        long object = space.objectType.typeObject();
        long c = newClass("C", tuple(object));
        long meta = newClass("M", tuple(space.typeType.typeObject()));
        long byMeta = call(meta, str("W"), tuple(object), own(space.dictType.create()));
        long intSub = newClass("I", tuple(space.intType.typeObject()));
        long[] gc = {own(space.listType.create()), tuple(own(space.newInt(1))), own(space.dictType.create()),
                c, meta, byMeta, call(c), call(byMeta)};
        long[] notGc = {own(space.newInt(7)), str("s"), space.none, object, space.typeType.typeObject(),
                space.intType.typeObject(), space.listType.typeObject()};
        for (long o : gc) {
            assertTrue(space.typeOf(o).hasGcHeader(o), repr(o));
            assertTrue(space.isGc(o), repr(o));
        }
        for (long o : notGc) {
            assertTrue(!space.typeOf(o).hasGcHeader(o), repr(o));
            assertTrue(!space.isGc(o), repr(o));
        }
        long i = call(intSub, own(space.newInt(3)));
        assertEquals(space.typeOf(i).hasGcHeader(i), space.isGc(i));
    }

    /**
     * {@code getattr}/{@code setattr} by Java name keep a one-entry cache per class: a second set
     * releases the old value, and once the class gains a data descriptor of that name (and loses
     * it again) the cache must not bypass it. CPython 3.11.7: {@code c.x = 2} then
     * {@code C.x = property()}: "property of 'C' object has no setter" / "... no getter"; after
     * {@code del C.x}, {@code c.x} is 2 again.
     */
    @Test
    void attributesByJavaNameFollowTheClassWhenItChanges() {
        long c = newClass("C", tuple(space.objectType.typeObject()));
        long o = call(c);
        long one = own(space.newInt(1001));
        long two = own(space.newInt(1002));
        Abstract.setAttr(space, o, "x", one);
        Abstract.setAttr(space, o, "x", two);
        assertEquals(1, space.refcount(one));
        assertEquals(2, space.refcount(two));
        assertEquals(two, attributeX(o));
        Abstract.setAttr(space, c, "x", call(space.propertyType.typeObject()));
        assertEquals("AttributeError: property of 'C' object has no setter",
                message(() -> Abstract.setAttr(space, o, "x", one)));
        assertEquals("AttributeError: property of 'C' object has no getter",
                message(() -> Abstract.getAttr(space, o, "x")));
        assertEquals(1, space.refcount(one));
        Abstract.delAttr(space, c, "x");
        assertEquals(two, attributeX(o));
        Abstract.setAttr(space, o, "x", one);
        assertEquals(1, space.refcount(two));
        assertEquals(one, attributeX(o));
    }

    /**
     * The by-name cache holds a few names, replaced round-robin: more names than it holds, set
     * and read in turn on two instances of one class, each read gives that instance's own value,
     * and a class attribute added for one of the cached names takes over at once (CPython 3.11.7:
     * after {@code C.a3 = 7}, {@code o.a3} is still the instance's value, a plain class attribute
     * is no data descriptor; after {@code C.a4 = property()}, reading {@code o.a4} raises "property
     * of 'C' object has no getter").
     */
    @Test
    void attributesByJavaNameStayRightWithMoreNamesThanTheCacheHolds() {
        long c = newClass("C", tuple(space.objectType.typeObject()));
        long o = call(c);
        long p = call(c);
        String[] names = {"a0", "a1", "a2", "a3", "a4", "a5"};
        long[] values = new long[2 * names.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = own(space.newInt(5000 + i));
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < names.length; i++) {
                Abstract.setAttr(space, o, names[i], values[i]);
                Abstract.setAttr(space, p, names[i], values[names.length + i]);
            }
            for (int i = names.length - 1; i >= 0; i--) {
                assertEquals(values[i], attribute(o, names[i]));
                assertEquals(values[names.length + i], attribute(p, names[i]));
            }
        }
        for (long v : values) {
            assertEquals(2, space.refcount(v));
        }
        Abstract.setAttr(space, c, "a3", own(space.newInt(7)));
        assertEquals(values[3], attribute(o, "a3"));
        Abstract.setAttr(space, c, "a4", call(space.propertyType.typeObject()));
        assertEquals("AttributeError: property of 'C' object has no getter",
                message(() -> Abstract.getAttr(space, o, "a4")));
        assertEquals(values[5], attribute(o, "a5"));
    }

    /** {@code o.name}, its reference released at once (the object stays alive in {@code o}). */
    private long attribute(long o, String name) {
        long v = Abstract.getAttr(space, o, name);
        space.decref(v);
        return v;
    }

    /** {@code o.x}, its reference released at once (the object stays alive in {@code o}). */
    private long attributeX(long o) {
        long v = Abstract.getAttr(space, o, "x");
        space.decref(v);
        return v;
    }

    @Test
    void constructorsOfTheValueTypes() {
        long intT = space.intType.typeObject();
        assertEquals("31", repr(call(intT, str("0x1f"), own(space.newInt(16)))));
        assertEquals("1000", repr(call(intT, str(" 1_000 "))));
        assertEquals("ValueError: invalid literal for int() with base 10: 'abc'", message(() -> call(intT, str("abc"))));
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
                + "use sys.set_int_max_str_digits() to increase the limit", message(() -> call(intT, str("1".repeat(5000)))));
        assertEquals("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'",
                message(() -> call(intT, own(space.listType.create()))));
        long floatT = space.floatType.typeObject();
        assertEquals("10.5", repr(call(floatT, str("1_0.5"))));
        assertEquals("ValueError: could not convert string to float: 'x'", message(() -> call(floatT, str("x"))));
        assertEquals("TypeError: bool expected at most 1 argument, got 2",
                message(() -> call(space.boolType.typeObject(), own(space.newInt(1)), own(space.newInt(2)))));
        long pairs = own(space.listType.create(tuple(str("a"), own(space.newInt(1)))));
        assertEquals("{'a': 1}", repr(call(space.dictType.typeObject(), pairs)));
        assertEquals("TypeError: cannot convert dictionary update sequence element #0 to a sequence",
                message(() -> call(space.dictType.typeObject(), own(space.listType.create(own(space.newInt(1)))))));
    }

    @Test
    void rangeAndSlice() {
        long r = call(space.rangeType.typeObject(), own(space.newInt(1)), own(space.newInt(10)), own(space.newInt(2)));
        assertEquals("range(1, 10, 2)", repr(r));
        assertEquals(48, space.typeOf(r).sizeof(r));
        assertEquals(5, Abstract.length(space, r));
        assertTrue(Abstract.contains(space, r, own(space.newInt(9))));
        assertEquals("[1, 3, 5, 7, 9]", repr(own(Abstract.sequenceList(space, r))));
        assertEquals("ValueError: range() arg 3 must not be zero", message(() ->
                call(space.rangeType.typeObject(), own(space.newInt(1)), own(space.newInt(2)), own(space.newInt(0)))));
        long s = own(space.sliceType.create(own(space.newInt(2)), own(space.newInt(-1)), 0));
        assertEquals("slice(2, -1, None)", repr(s));
        long list = own(Abstract.sequenceList(space, call(space.rangeType.typeObject(), own(space.newInt(6)))));
        assertEquals("[2, 3, 4]", repr(own(Abstract.getItem(space, list, s))));
        assertEquals("range(5, 9, 2)", repr(own(Abstract.getItem(space, r, s))));
        assertEquals("'llo worl'", repr(own(Abstract.getItem(space, str("hello world"), s))));
    }

    @Test
    void formattingIsCPythons() {
        assertEquals("3.14", Formatter.format(space, own(space.floatType.create(3.14159)), ".2f"));
        assertEquals("1,234,567.89", Formatter.format(space, own(space.floatType.create(1234567.891)), ",.2f"));
        assertEquals("2", Formatter.format(space, own(space.floatType.create(2.5)), ".0f"), "half to even");
        assertEquals("0.333", Formatter.format(space, own(space.floatType.create(1.0 / 3)), ".3g"));
        assertEquals("0xff", Formatter.format(space, own(space.newInt(255)), "#x"));
        assertEquals("  ab  ", Formatter.format(space, str("ab"), "^6"));
        assertEquals("-    5", Formatter.format(space, own(space.newInt(-5)), "=+6"));
        assertEquals("ValueError: Unknown format code 's' for object of type 'int'",
                message(() -> Formatter.format(space, own(space.newInt(1)), "s")));
        long args = tuple(str("a"), own(space.newInt(42)), own(space.floatType.create(3.14159)), own(space.newInt(255)));
        assertEquals("a|   42|003.1|ff", space.strType.value(own(Formatter.percent(space, str("%s|%5d|%05.1f|%x"), args))));
        assertEquals("TypeError: not all arguments converted during string formatting",
                message(() -> Formatter.percent(space, str("%s"), tuple(str("a"), str("b")))));
        long word = str("word");
        assertEquals(word, own(Formatter.percent(space, str("%s"), word)), "a last %s of an exact str is the str itself");
        assertEquals(word, own(Formatter.percent(space, word, tuple())), "a format without % is the result");
        assertNotEquals(word, own(Formatter.percent(space, str("%5s"), word)), "padded: a new str");
        assertEquals("1e+16 1000000000000000.0 0.0001 1e-05 -0.0",
                String.join(" ", FloatType.repr(1e16), FloatType.repr(1e15), FloatType.repr(0.0001), FloatType.repr(1e-5),
                        FloatType.repr(-0.0)));
    }

    @Test
    void splitPreallocatesItsList() {
        long three = own(Abstract.callMethod(space, str("a b c"), "split", PyType.NO_ARGS));
        assertEquals(56 + 8 * 12, space.typeOf(three).sizeof(three), "PREALLOC_SIZE: 12 slots without a maxsplit");
        long one = own(Abstract.callMethod(space, str("a,b"), "split", new long[] {str(","), own(space.newInt(0))}));
        assertEquals(56 + 8, space.typeOf(one).sizeof(one), "maxsplit 0: one slot");
        long many = own(Abstract.callMethod(space, str("a b c d e f g h i j k l m"), "rsplit", PyType.NO_ARGS));
        assertEquals(56 + 8 * 20, space.typeOf(many).sizeof(many), "the 13th item appended past the 12 slots");
        long lines = own(Abstract.callMethod(space, str("a\nb"), "splitlines", PyType.NO_ARGS));
        assertEquals(56 + 8 * 4, space.typeOf(lines).sizeof(lines), "splitlines appends to an empty list");
    }

    @Test
    void floatFormatWithoutTypeSwitchesToExponentOneDigitSooner() {
        assertEquals("**-1.235e+03**", Formatter.formatFloat(-1234.5678, "*^14.4", space));
        assertEquals("1.23e+02 12.0 5e+00 0.5", String.join(" ", Formatter.formatFloat(123.0, ".3", space),
                Formatter.formatFloat(12.0, ".3", space), Formatter.formatFloat(5.0, ".1", space), Formatter.formatFloat(0.5, ".0", space)));
        assertEquals("1234", Formatter.formatFloat(1234.0, ".4g", space), "'g' keeps fixed notation up to the precision");
    }

    @Test
    void strMethods() {
        long s = str(" a b  c ");
        assertEquals("['a', 'b', 'c']", repr(own(Abstract.callMethod(space, s, "split", PyType.NO_ARGS))));
        assertEquals("['', 'a', 'b', '', 'c', '']", repr(own(Abstract.callMethod(space, s, "split", new long[] {str(" ")}))));
        assertEquals("'a-b'", repr(own(Abstract.callMethod(space, str("-"), "join",
                new long[] {own(space.listType.create(str("a"), str("b")))}))));
        assertEquals("'-00042'", repr(own(Abstract.callMethod(space, str("-42"), "zfill", new long[] {own(space.newInt(6))}))));
        assertEquals("\"They'Re\"", repr(own(Abstract.callMethod(space, str("they're"), "title", PyType.NO_ARGS))));
        assertEquals("ValueError: substring not found",
                message(() -> Abstract.callMethod(space, str("a"), "index", new long[] {str("z")})));
        assertEquals("TypeError: sequence item 0: expected str instance, int found",
                message(() -> Abstract.callMethod(space, str("a"), "join", new long[] {own(space.listType.create(own(space.newInt(1))))})));
    }

    @Test
    void superSkipsTheClassInTheMro() {
        long a = newClass("A", tuple(), "x", "from A");
        long b = newClass("B", tuple(a), "x", "from B");
        long o = call(b);
        long sup = own(space.superType.create(b, o));
        assertEquals("<super: <class 'B'>, <B object>>", repr(sup));
        assertEquals("'from A'", repr(own(Abstract.getAttr(space, sup, "x"))));
        assertEquals("'from B'", repr(own(Abstract.getAttr(space, o, "x"))));
        assertEquals("AttributeError: 'super' object has no attribute 'nope'", message(() -> Abstract.getAttr(space, sup, "nope")));
        assertNotEquals(0, Abstract.lookupAttr(space, sup, "__class__") & ~0L);
    }

    @Test
    void anIntOrFloatDiesThroughItsOwnTypeWordAndASubclassInstanceThroughItsClass() {
        long blocks = h.blocks();
        long big = space.intType.newMedium(1_000_000); // one digit, not a cached small int: a block of its own
        assertEquals(blocks + 1, h.blocks());
        space.decref(big);
        assertEquals(blocks, h.blocks(), "an exact int's death frees its block");

        long intSub = newClass("I", tuple(space.intType.typeObject()));
        long floatSub = newClass("F", tuple(space.floatType.typeObject()));
        long seven = own(space.newInt(7));
        long half = own(space.floatType.create(0.5));
        space.decref(Abstract.call(space, intSub, new long[] {seven})); // the classes' first instances may fill caches of their own
        space.decref(Abstract.call(space, floatSub, new long[] {half}));
        blocks = h.blocks();
        for (long cls : new long[] {intSub, floatSub}) {
            long o = Abstract.call(space, cls, new long[] {cls == intSub ? seven : half});
            assertEquals(cls, space.memory.getLong(o + Layout.OB_TYPE));
            assertTrue(space.isGc(o), "a heap subclass's instance has a GC header");
            assertTrue(blocks < h.blocks());
            space.decref(o);
            assertEquals(blocks, h.blocks(), "the class's tp_free gives back the whole block, pre-header included");
        }
        assertEquals("7 0.5", repr(seven) + " " + repr(half));
    }
}
