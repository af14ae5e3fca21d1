package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The object protocol through the types' slots (issue 12 item 1), seen through the embedding API:
 * what each operation does where a type has no slot for it, with the messages CPython 3.11.7
 * gives (recorded with {@code python3}: {@code len(1)}, {@code None[0]}, {@code (1,)[0] = 1}, ...),
 * iteration, the method tables called by name, and list and dict operations that cannot be
 * confused.
 */
final class ObjectProtocolTest {

    private static String error(Executable e) {
        return assertThrows(PyException.class, e).getMessage();
    }

    @Test
    void aMissingSlotRaisesWhatCPythonRaises() {
        try (HeapFixture f = new HeapFixture()) {
            PyThreadState t = f.t;
            Handle one = f.keep(t.newInt(1));
            Handle none = f.keep(t.none());
            Handle str = f.keep(t.newStr("ab"));
            Handle tuple = f.keep(t.newTuple(one));
            Handle list = f.keep(t.newList(one));
            Handle dict = f.keep(t.newDict());
            Handle set = f.keep(t.newSet());
            Handle cls = f.keep(t.newClass("C"));
            Handle c = f.keep(t.call(cls));
            Map<String, Executable> calls = new LinkedHashMap<>();
            calls.put("len(1)", () -> t.len(one));
            calls.put("len(None)", () -> t.len(none));
            calls.put("len(c)", () -> t.len(c));
            calls.put("1[0]", () -> t.getitem(one, 0));
            calls.put("None[0]", () -> t.getitem(none, one));
            calls.put("c[0]", () -> t.getitem(c, one));
            calls.put("(1,)[0] = 1", () -> t.setitem(tuple, 0, one));
            calls.put("del (1,)[0]", () -> t.delitem(tuple, 0));
            calls.put("[1]['ab']", () -> t.getitem(list, str));
            calls.put("(1,)['ab']", () -> t.getitem(tuple, str));
            calls.put("[1]['ab'] = 1", () -> t.setitem(list, str, one));
            calls.put("'ab'['ab']", () -> t.getitem(str, str));
            calls.put("'ab'[5]", () -> t.getitem(str, 5));
            calls.put("(1,)[5]", () -> t.getitem(tuple, 5));
            calls.put("[1][5]", () -> t.getitem(list, 5));
            calls.put("[1][5] = 1", () -> t.setitem(list, 5, one));
            calls.put("1 in 1", () -> t.contains(one, one));
            calls.put("1 in c", () -> t.contains(c, one));
            calls.put("1 in 'ab'", () -> t.contains(str, one));
            calls.put("hash([1])", () -> t.hash(list));
            calls.put("hash({})", () -> t.hash(dict));
            calls.put("hash(set())", () -> t.hash(set));
            calls.put("None()", () -> t.call(none));
            calls.put("[1]()", () -> t.call(list));
            calls.put("C(1)", () -> t.call(cls, one));
            calls.put("iter(1)", () -> t.iter(one));
            calls.put("iter(c)", () -> t.iter(c));
            calls.put("next([1])", () -> t.next(list));
            calls.put("[1].foo", () -> t.getattr(list, "foo"));
            calls.put("[1].foo = 1", () -> t.setattr(list, "foo", one));
            calls.put("[1].append = 1", () -> t.setattr(list, "append", one));
            calls.put("del [1].foo", () -> t.delattr(list, "foo"));
            calls.put("(1).x = 1", () -> t.setattr(one, "x", one));
            calls.put("None.foo", () -> t.getattr(none, "foo"));
            calls.put("c.x", () -> t.getattr(c, "x"));
            calls.put("del c.x", () -> t.delattr(c, "x"));
            calls.put("C.x", () -> t.getattr(cls, "x"));
            calls.put("[1].nomethod()", () -> t.callMethod(list, "nomethod"));
            List<String> messages = new ArrayList<>();
            calls.forEach((name, call) -> messages.add(name + " => " + error(call)));
            assertEquals(List.of(
                    "len(1) => TypeError: object of type 'int' has no len()",
                    "len(None) => TypeError: object of type 'NoneType' has no len()",
                    "len(c) => TypeError: object of type 'C' has no len()",
                    "1[0] => TypeError: 'int' object is not subscriptable",
                    "None[0] => TypeError: 'NoneType' object is not subscriptable",
                    "c[0] => TypeError: 'C' object is not subscriptable",
                    "(1,)[0] = 1 => TypeError: 'tuple' object does not support item assignment",
                    "del (1,)[0] => TypeError: 'tuple' object doesn't support item deletion",
                    "[1]['ab'] => TypeError: list indices must be integers or slices, not str",
                    "(1,)['ab'] => TypeError: tuple indices must be integers or slices, not str",
                    "[1]['ab'] = 1 => TypeError: list indices must be integers or slices, not str",
                    "'ab'['ab'] => TypeError: string indices must be integers, not 'str'",
                    "'ab'[5] => IndexError: string index out of range",
                    "(1,)[5] => IndexError: tuple index out of range",
                    "[1][5] => IndexError: list index out of range",
                    "[1][5] = 1 => IndexError: list assignment index out of range",
                    "1 in 1 => TypeError: argument of type 'int' is not iterable",
                    "1 in c => TypeError: argument of type 'C' is not iterable",
                    "1 in 'ab' => TypeError: 'in <string>' requires string as left operand, not int",
                    "hash([1]) => TypeError: unhashable type: 'list'",
                    "hash({}) => TypeError: unhashable type: 'dict'",
                    "hash(set()) => TypeError: unhashable type: 'set'",
                    "None() => TypeError: 'NoneType' object is not callable",
                    "[1]() => TypeError: 'list' object is not callable",
                    "C(1) => TypeError: C() takes no arguments",
                    "iter(1) => TypeError: 'int' object is not iterable",
                    "iter(c) => TypeError: 'C' object is not iterable",
                    "next([1]) => TypeError: 'list' object is not an iterator",
                    "[1].foo => AttributeError: 'list' object has no attribute 'foo'",
                    "[1].foo = 1 => AttributeError: 'list' object has no attribute 'foo'",
                    "[1].append = 1 => AttributeError: 'list' object attribute 'append' is read-only",
                    "del [1].foo => AttributeError: 'list' object has no attribute 'foo'",
                    "(1).x = 1 => AttributeError: 'int' object has no attribute 'x'",
                    "None.foo => AttributeError: 'NoneType' object has no attribute 'foo'",
                    "c.x => AttributeError: 'C' object has no attribute 'x'",
                    "del c.x => AttributeError: 'C' object has no attribute 'x'",
                    "C.x => AttributeError: type object 'C' has no attribute 'x'",
                    "[1].nomethod() => AttributeError: 'list' object has no attribute 'nomethod'"), messages);
        }
    }

    @Test
    void lengthItemsContainmentAndTruthFollowTheSlots() {
        try (HeapFixture f = new HeapFixture()) {
            PyThreadState t = f.t;
            Handle a = f.keep(t.newStr("a"));
            Handle ab = f.keep(t.newStr("ab"));
            Handle zero = f.keep(t.newInt(0));
            Handle bytes = f.keep(t.newBytes(new byte[]{97, 98}));
            Handle n97 = f.keep(t.newInt(97));
            assertEquals(2, t.len(ab));
            assertEquals(2, t.len(bytes));
            assertTrue(t.contains(ab, a), "'a' in 'ab'");
            assertTrue(t.contains(bytes, n97), "97 in b'ab'");
            assertEquals("ValueError: byte must be in range(0, 256)", error(() -> {
                try (Handle big = t.newInt(300)) {
                    t.contains(bytes, big);
                }
            }));
            try (Handle b = t.getitem(ab, 1); Handle last = t.getitem(ab, -1); Handle byte0 = t.getitem(bytes, 0)) {
                assertEquals("b", t.javaValue(b));
                assertTrue(t.is(b, last), "one-character latin-1 strings come from the cache");
                assertEquals(97L, t.javaValue(byte0));
            }
            assertFalse(t.isTrue(zero));
            assertFalse(t.isTrue(f.keep(t.newList())));
            assertFalse(t.isTrue(f.keep(t.none())));
            assertTrue(t.isTrue(ab));
            assertTrue(t.isTrue(f.keep(t.newFloat(0.5))));
            assertEquals("ab", t.str(ab));
            assertEquals("'ab'", t.repr(ab));
        }
    }

    @Test
    void iteratorsYieldTheItemsThenNullAndStayExhausted() {
        try (HeapFixture f = new HeapFixture()) {
            PyThreadState t = f.t;
            Handle one = f.keep(t.newInt(1));
            Handle two = f.keep(t.newInt(2));
            Handle list = f.keep(t.newList(one, two));
            assertEquals(List.of(1L, 2L), drain(t, list));
            assertEquals(List.of(1L, 2L), drain(t, f.keep(t.newTuple(one, two))));
            assertEquals(List.of("h", "é"), drain(t, f.keep(t.newStr("hé"))));
            assertEquals(List.of(104L, 105L), drain(t, f.keep(t.newBytes(new byte[]{104, 105}))));
            Handle dict = f.keep(t.newDict());
            t.setitem(dict, two, one);
            t.setitem(dict, one, two);
            assertEquals(List.of(2L, 1L), drain(t, dict), "a dict's keys in insertion order");
            assertEquals(2, drain(t, f.keep(t.newSet(one, two))).size());
            try (Handle it = t.iter(list)) {
                try (Handle again = t.iter(it)) {
                    assertTrue(t.is(it, again), "iter(iterator) is the iterator");
                }
                t.next(it).close();
                t.append(list, one); // a list iterator sees items added meanwhile
                assertEquals(List.of(2L, 1L), rest(t, it));
                assertNull(t.next(it), "exhausted for good");
            }
        }
    }

    private static List<Object> drain(PyThreadState t, Handle iterable) {
        try (Handle it = t.iter(iterable)) {
            return rest(t, it);
        }
    }

    private static List<Object> rest(PyThreadState t, Handle it) {
        List<Object> items = new ArrayList<>();
        for (Handle item = t.next(it); item != null; item = t.next(it)) {
            items.add(t.javaValue(item));
            item.close();
        }
        return items;
    }

    @Test
    void iteratorsAreCPythonsObjects() {
        try (HeapFixture f = new HeapFixture()) {
            PyThreadState t = f.t;
            record Row(String name, long size, Handle iterable) {
            }
            List<Row> rows = List.of(new Row("list_iterator", 48, f.keep(t.newList())),
                    new Row("tuple_iterator", 48, f.keep(t.newTuple(f.keep(t.none())))),
                    new Row("str_ascii_iterator", 48, f.keep(t.newStr("a"))),
                    new Row("str_iterator", 48, f.keep(t.newStr("é"))),
                    new Row("bytes_iterator", 48, f.keep(t.newBytes(new byte[]{1}))),
                    new Row("dict_keyiterator", 72, f.keep(t.newDict())),
                    new Row("set_iterator", 64, f.keep(t.newSet())));
            for (Row r : rows) {
                try (Handle it = t.iter(r.iterable())) {
                    assertEquals(r.name(), it.typeName());
                    assertEquals(r.size(), f.sys().getsizeof(it), r.name());
                    assertTrue(f.gc().isTracked(it), r.name() + " is tracked, as in CPython");
                }
            }
        }
    }

    @Test
    void changingADictOrASetDuringIterationRaisesAndKeepsRaising() {
        try (HeapFixture f = new HeapFixture()) {
            PyThreadState t = f.t;
            Handle one = f.keep(t.newInt(1));
            Handle two = f.keep(t.newInt(2));
            Handle dict = f.keep(t.newDict());
            t.setitem(dict, one, one);
            try (Handle it = t.iter(dict)) {
                t.setitem(dict, two, two);
                assertEquals("RuntimeError: dictionary changed size during iteration", error(() -> t.next(it)));
                t.delitem(dict, two);
                assertEquals("RuntimeError: dictionary changed size during iteration", error(() -> t.next(it)));
            }
            Handle set = f.keep(t.newSet(one));
            try (Handle it = t.iter(set)) {
                t.add(set, two);
                assertEquals("RuntimeError: Set changed size during iteration", error(() -> t.next(it)));
            }
        }
    }

    @Test
    void methodsAreCalledByNameWithCPythonsArgumentChecks() {
        try (HeapFixture f = new HeapFixture()) {
            PyThreadState t = f.t;
            Handle one = f.keep(t.newInt(1));
            Handle two = f.keep(t.newInt(2));
            Handle a = f.keep(t.newStr("a"));
            Handle list = f.keep(t.newList());
            Handle dict = f.keep(t.newDict());
            Handle set = f.keep(t.newSet());
            t.callMethod(list, "append", one).close();
            t.callMethod(list, "insert", one, two).close();
            assertEquals("[1, 2]", t.repr(list));
            try (Handle i = t.callMethod(list, "index", two); Handle n = t.callMethod(list, "count", one)) {
                assertEquals(1L, t.javaValue(i));
                assertEquals(1L, t.javaValue(n));
            }
            try (Handle popped = t.callMethod(list, "pop", one)) {
                assertEquals(2L, t.javaValue(popped));
            }
            t.callMethod(list, "remove", one).close();
            assertEquals(0, t.len(list));
            try (Handle none = t.callMethod(dict, "get", a); Handle dflt = t.callMethod(dict, "get", a, two)) {
                assertEquals(null, t.javaValue(none));
                assertEquals(2L, t.javaValue(dflt));
            }
            try (Handle v = t.callMethod(dict, "setdefault", a, one)) {
                assertEquals(1L, t.javaValue(v));
            }
            try (Handle v = t.callMethod(dict, "pop", a, two); Handle d = t.callMethod(dict, "pop", a, two)) {
                assertEquals(1L, t.javaValue(v));
                assertEquals(2L, t.javaValue(d), "absent: the default");
            }
            t.callMethod(set, "add", one).close();
            t.callMethod(set, "discard", one).close();
            Map<String, Executable> calls = new LinkedHashMap<>();
            calls.put("[].append()", () -> t.callMethod(list, "append"));
            calls.put("[].append(1, 2)", () -> t.callMethod(list, "append", one, two));
            calls.put("[].pop(1, 2)", () -> t.callMethod(list, "pop", one, two));
            calls.put("[].pop('a')", () -> t.callMethod(list, "pop", a));
            calls.put("[].pop()", () -> t.callMethod(list, "pop"));
            calls.put("[].insert(1)", () -> t.callMethod(list, "insert", one));
            calls.put("[].clear(1)", () -> t.callMethod(list, "clear", one));
            calls.put("[].remove(1)", () -> t.callMethod(list, "remove", one));
            calls.put("[].index(1)", () -> t.callMethod(list, "index", one));
            calls.put("{}.pop()", () -> t.callMethod(dict, "pop"));
            calls.put("{}.pop(1, 2, 1)", () -> t.callMethod(dict, "pop", one, two, one));
            calls.put("{}.pop(1)", () -> t.callMethod(dict, "pop", one));
            calls.put("{}.get()", () -> t.callMethod(dict, "get"));
            calls.put("{}.clear(1)", () -> t.callMethod(dict, "clear", one));
            calls.put("set().add()", () -> t.callMethod(set, "add"));
            calls.put("set().remove(1)", () -> t.callMethod(set, "remove", one));
            calls.put("{}.add(1)", () -> t.callMethod(dict, "add", one));
            List<String> messages = new ArrayList<>();
            calls.forEach((name, call) -> messages.add(name + " => " + error(call)));
            assertEquals(List.of(
                    "[].append() => TypeError: list.append() takes exactly one argument (0 given)",
                    "[].append(1, 2) => TypeError: list.append() takes exactly one argument (2 given)",
                    "[].pop(1, 2) => TypeError: pop expected at most 1 argument, got 2",
                    "[].pop('a') => TypeError: 'str' object cannot be interpreted as an integer",
                    "[].pop() => IndexError: pop from empty list",
                    "[].insert(1) => TypeError: insert expected 2 arguments, got 1",
                    "[].clear(1) => TypeError: list.clear() takes no arguments (1 given)",
                    "[].remove(1) => ValueError: list.remove(x): x not in list",
                    "[].index(1) => ValueError: 1 is not in list",
                    "{}.pop() => TypeError: pop expected at least 1 argument, got 0",
                    "{}.pop(1, 2, 1) => TypeError: pop expected at most 2 arguments, got 3",
                    "{}.pop(1) => KeyError: 1",
                    "{}.get() => TypeError: get expected at least 1 argument, got 0",
                    "{}.clear(1) => TypeError: dict.clear() takes no arguments (1 given)",
                    "set().add() => TypeError: set.add() takes exactly one argument (0 given)",
                    "set().remove(1) => KeyError: 1",
                    "{}.add(1) => AttributeError: 'dict' object has no attribute 'add'"), messages);
        }
    }

    /** {@code listPop} is {@code list.pop(l)}, {@code dictPop} is {@code dict.pop(d, k)}: never one for the other. */
    @Test
    void listAndDictOperationsCannotBeConfused() {
        try (HeapFixture f = new HeapFixture()) {
            PyThreadState t = f.t;
            Handle one = f.keep(t.newInt(1));
            Handle list = f.keep(t.newList(one));
            Handle dict = f.keep(t.newDict());
            t.setitem(dict, one, one);
            Map<String, Executable> calls = new LinkedHashMap<>();
            calls.put("list.pop(d)", () -> t.listPop(dict));
            calls.put("list.pop(d, 0)", () -> t.listPop(dict, 0));
            calls.put("dict.pop(l, 1)", () -> t.dictPop(list, one));
            calls.put("list.append(d, 1)", () -> t.append(dict, one));
            calls.put("list.insert(d, 0, 1)", () -> t.insert(dict, 0, one));
            calls.put("list.extend(d, [1])", () -> t.extend(dict, one));
            calls.put("set.add(l, 1)", () -> t.add(list, one));
            calls.put("set.discard(l, 1)", () -> t.discard(list, one));
            List<String> messages = new ArrayList<>();
            calls.forEach((name, call) -> messages.add(name + " => " + error(call)));
            assertEquals(List.of(
                    "list.pop(d) => TypeError: descriptor 'pop' for 'list' objects doesn't apply to a 'dict' object",
                    "list.pop(d, 0) => TypeError: descriptor 'pop' for 'list' objects doesn't apply to a 'dict' object",
                    "dict.pop(l, 1) => TypeError: descriptor 'pop' for 'dict' objects doesn't apply to a 'list' object",
                    "list.append(d, 1) => TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'dict' object",
                    "list.insert(d, 0, 1) => TypeError: descriptor 'insert' for 'list' objects doesn't apply to a 'dict' object",
                    "list.extend(d, [1]) => TypeError: descriptor 'extend' for 'list' objects doesn't apply to a 'dict' object",
                    "set.add(l, 1) => TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'list' object",
                    "set.discard(l, 1) => TypeError: descriptor 'discard' for 'set' objects doesn't apply to a 'list' object"),
                    messages);
            assertEquals(1, t.len(list), "nothing changed");
            assertEquals(1, t.len(dict), "nothing changed");
            try (Handle v = t.dictPop(dict, one); Handle item = t.listPop(list)) {
                assertEquals(1L, t.javaValue(v));
                assertEquals(1L, t.javaValue(item));
            }
        }
    }

    /**
     * {@code list.extend} sizes the item array as CPython 3.11's {@code list_extend}: recorded with
     * {@code python3}, {@code (sys.getsizeof(l) - 56) // 8} after extending {@code []} or
     * {@code [1, 2, 3]} (4 slots) with a list, a dict and a list iterator of n items.
     */
    @Test
    void extendGrowsTheItemArrayAsCPython() {
        long[][] recorded = { // n, from a list into [], a dict into [], an iterator into [], a dict into [1, 2, 3]
                {0, 0, 0, 0, 4}, {1, 2, 2, 2, 4}, {2, 2, 2, 2, 8}, {3, 4, 4, 4, 12}, {5, 6, 6, 6, 8}, {9, 10, 10, 10, 12}};
        try (HeapFixture f = new HeapFixture()) {
            PyThreadState t = f.t;
            for (long[] row : recorded) {
                int n = (int) row[0];
                Handle[] items = new Handle[n];
                try (Handle source = t.newList(); Handle dict = t.newDict()) {
                    for (int i = 0; i < n; i++) {
                        items[i] = f.keep(t.newInt(i + 1000));
                        t.append(source, items[i]);
                        t.setitem(dict, items[i], items[i]);
                    }
                    assertEquals(row[1], slotsAfterExtend(f, t.newList(), source), "[] from a list of " + n);
                    assertEquals(row[2], slotsAfterExtend(f, t.newList(), dict), "[] from a dict of " + n);
                    try (Handle it = t.iter(source)) {
                        assertEquals(row[3], slotsAfterExtend(f, t.newList(), it), "[] from an iterator of " + n);
                    }
                    try (Handle x = t.newInt(1)) {
                        Handle three = t.newList();
                        t.extend(three, x, x, x);
                        assertEquals(row[4], slotsAfterExtend(f, three, dict), "[1, 2, 3] from a dict of " + n);
                    }
                }
            }
        }
    }

    private static long slotsAfterExtend(HeapFixture f, Handle list, Handle iterable) {
        try (list) {
            f.t.callMethod(list, "extend", iterable).close();
            return (f.sys().getsizeof(list) - 56) / 8;
        }
    }
}
