package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Reference counts as CPython 3.11 reports them (facts §4). A handle is the argument reference
 * {@code sys.getrefcount} adds, so a variable plus a handle reads 2, as {@code p1} does in CPython.
 */
final class RefcountTest extends HeapTest {

    private long rc(Handle h) {
        return f.sys().getrefcount(h);
    }

    @Test
    void theFactsTableForAPersonHeldByAVariable() {
        PyFrame main = t.pushFrame("main", "s04_refcounts.py", 1);
        try (Handle person = t.newClass("Person"); Handle made = t.call(person)) {
            main.setLocal("p1", made);
        }
        try (Handle p1 = main.getLocal("p1")) {
            assertEquals(2, rc(p1), "p1 = Person()");
            main.setLocal("p2", p1);
            assertEquals(3, rc(p1), "p2 = p1");
            main.delLocal("p2");
            assertEquals(2, rc(p1), "del p2");

            PyFrame callee = t.pushFrame("f", "s04_refcounts.py", 10);
            callee.setLocal("obj", p1);
            assertEquals(3, rc(p1), "inside f(p1): global + parameter + argument");
            callee.setLocal("inner", p1);
            assertEquals(4, rc(p1), "inside g(obj) with inner = obj");
            t.popFrame();
            assertEquals(2, rc(p1), "the callee's locals are released on return");

            try (Handle list = t.newList(p1)) {
                main.setLocal("L", list);
            }
            assertEquals(3, rc(p1), "L = [p1]");
            try (Handle tuple = t.newTuple(p1)) {
                main.setLocal("t", tuple);
            }
            assertEquals(4, rc(p1), "t = (p1,)");
            try (Handle l2 = t.newList(p1, p1, p1)) {
                main.setLocal("L2", l2);
            }
            assertEquals(7, rc(p1), "L2 = [p1, p1, p1]");
            main.delLocal("L");
            main.delLocal("t");
            main.delLocal("L2");
            assertEquals(2, rc(p1), "del L, t, L2");

            t.setattr(p1, "me", p1);
            assertEquals(3, rc(p1), "p1.me = p1");
            t.delattr(p1, "me");
            try (Handle w = t.weakref(p1)) {
                assertEquals(2, rc(p1), "weakrefs never count");
                assertEquals(1, rc(w));
            }
        }
        t.popFrame();
    }

    @Test
    void aSelfReferencingListCountsItselfOnce() {
        try (Handle lst = t.newList()) {
            t.append(lst, lst);
            assertEquals(2, rc(lst));
            t.clear(lst);
            assertEquals(1, rc(lst));
        }
    }

    @Test
    void temporariesHaveOnlyTheArgumentReference() {
        try (Handle l = t.newList()) {
            assertEquals(1, rc(l), "getrefcount([]) == 1");
        }
    }

    @Test
    void storingIncrefsTheNewValueBeforeReleasingTheOld() {
        try (Handle l = t.newList(); Handle a = t.newList()) {
            t.append(l, a);
            t.setitem(l, 0, a); // same object: must survive the overwrite
            assertEquals(2, rc(a));
            t.setitem(l, 0, l);
            assertEquals(1, rc(a));
            assertEquals(2, rc(l));
            t.clear(l);
        }
    }

    @Test
    void listItemsAreReleasedLastToFirstAndAttributesInTheOrderSet() {
        List<String> died = new ArrayList<>();
        try (Handle cls = t.newClass("N", (thread, self) -> {
            try (Handle name = thread.getattr(self, "name")) {
                died.add((String) thread.javaValue(name));
            }
        })) {
            try (Handle list = t.newList()) {
                for (String name : new String[]{"a", "b", "c"}) {
                    try (Handle n = t.call(cls); Handle s = t.literal(name)) {
                        t.setattr(n, "name", s);
                        t.append(list, n);
                    }
                }
            }
            assertEquals(List.of("c", "b", "a"), died, "list items die last to first");
            died.clear();
            try (Handle owner = t.call(cls); Handle s = t.literal("owner")) {
                t.setattr(owner, "name", s);
                for (String name : new String[]{"x", "y", "z"}) {
                    try (Handle n = t.call(cls); Handle ns = t.literal(name)) {
                        t.setattr(n, "name", ns);
                        t.setattr(owner, name, n);
                    }
                }
            }
            assertEquals(List.of("owner", "x", "y", "z"), died, "the owner's finalizer first, then its attributes in order");
        }
    }

    @Test
    void misuseRaisesCPythonsMessages() {
        try (Handle one = t.newInt(1); Handle l = t.newList(); Handle cls = t.newClass("A"); Handle a = t.call(cls)) {
            assertEquals("TypeError: cannot create weak reference to 'int' object",
                    assertThrows(PyException.class, () -> t.weakref(one)).getMessage());
            assertEquals("TypeError: cannot create weak reference to 'list' object",
                    assertThrows(PyException.class, () -> t.weakref(l)).getMessage());
            assertEquals("IndexError: pop from empty list", assertThrows(PyException.class, () -> t.listPop(l)).getMessage());
            assertEquals("IndexError: list index out of range", assertThrows(PyException.class, () -> t.getitem(l, 0)).getMessage());
            assertEquals("AttributeError: 'A' object has no attribute 'v'",
                    assertThrows(PyException.class, () -> t.getattr(a, "v")).getMessage());
            t.setattr(a, "v", one);
            t.delattr(a, "v");
            assertEquals("AttributeError: 'A' object has no attribute 'v'",
                    assertThrows(PyException.class, () -> t.getattr(a, "v")).getMessage());
            assertEquals("TypeError: unhashable type: 'list'", assertThrows(PyException.class, () -> t.hash(l)).getMessage());
            PyFrame frame = t.pushFrame("f", "x.py", 1);
            assertEquals("UnboundLocalError: cannot access local variable 'y' where it is not associated with a value",
                    assertThrows(PyException.class, () -> frame.getLocal("y")).getMessage());
            t.popFrame();
        }
    }

    @Test
    void operationsWithoutTheGilAreRefused() {
        try (Handle l = t.newList()) {
            t.releaseGil();
            IllegalStateException e = assertThrows(IllegalStateException.class, t::newList);
            assertEquals("the calling thread does not hold the GIL: call acquireGil() first", e.getMessage());
            assertThrows(IllegalStateException.class, l::close);
            t.acquireGil();
        }
    }
}
