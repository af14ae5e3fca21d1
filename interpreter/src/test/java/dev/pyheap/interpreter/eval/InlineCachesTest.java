package dev.pyheap.interpreter.eval;

import dev.pyheap.interpreter.compiler.Opcode;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inline caches' life cycle on real code: a hot site is specialized with what its type or
 * dicts say, a class change deoptimizes it (and starts the backoff), a rebound global refills the
 * global's entry; the program's output stays CPython's throughout.
 */
class InlineCachesTest {
    private static String withInterpreter(Consumer<EvalHarness.Session> body) {
        return EvalHarness.withInterpreter("generational", body).out();
    }

    /** The code unit of the first {@code opcode} in the code. */
    private static int unitOf(CodeInfo ci, int opcode) {
        for (int i = 0; i < ci.instructions.length / 2; i++) {
            if ((ci.instructions[2 * i] & 0xFF) == opcode) {
                return i;
            }
        }
        throw new AssertionError("no " + Opcode.name(opcode));
    }

    @Test
    void attributeSitesSpecializeAndDeoptimizeWhenAClassChanges() {
        String out = withInterpreter(s -> {
            s.run("""
                    class A:
                        def __init__(self, x):
                            self.x = x
                        def m(self):
                            return self.x
                    def get(o):
                        return o.x
                    def put(o, v):
                        o.x = v
                    def call(o):
                        return o.m()
                    a = A(1)
                    for i in range(10):
                        put(a, i)
                        get(a)
                        call(a)
                    print(get(a), call(a))
                    """);
            long typeA = s.global("A");
            for (String f : new String[] {"get", "put", "call"}) {
                CodeInfo ci = s.code(f);
                int op = f.equals("get") ? Opcode.LOAD_ATTR : f.equals("put") ? Opcode.STORE_ATTR : Opcode.LOAD_METHOD;
                int at = unitOf(ci, op);
                assertNotNull(ci.caches, f);
                assertEquals(typeA, ci.caches[at].key, f + ": specialized for A");
                assertNotNull(ci.caches[at].type, f);
            }
            CodeInfo get = s.code("get");
            int at = unitOf(get, Opcode.LOAD_ATTR);
            assertEquals(0, get.caches[at].index, "x is the first name of A's shared keys");
            s.run("""
                    A.x = property(lambda self: "property")
                    print(get(a))
                    """);
            assertEquals(0, get.caches[at].key, "the class change deoptimized the site");
            assertNull(get.caches[at].type);
            assertEquals(53, get.caches[at].backoff);
        });
        assertEquals("9 9\nproperty\n", out);
    }

    @Test
    void attributeSitesSurviveUnrelatedClassesAndFollowTheirBases() {
        String out = withInterpreter(s -> {
            s.run("""
                    class Base:
                        def m(self):
                            return "Base.m"
                    class A(Base):
                        def __init__(self, x):
                            self.x = x
                    def get(o):
                        return o.x
                    def call(o):
                        return o.m()
                    a = A(1)
                    for i in range(10):
                        get(a)
                        call(a)
                    """);
            CodeInfo get = s.code("get");
            CodeInfo call = s.code("call");
            int load = unitOf(get, Opcode.LOAD_ATTR);
            int method = unitOf(call, Opcode.LOAD_METHOD);
            long tag = get.caches[load].version;
            assertTrue(tag != 0, "specialized under A's version tag");
            assertEquals(tag, get.caches[load].type.versionTag());
            s.run("""
                    class Unrelated:
                        y = 1
                    Unrelated.y = 2
                    for i in range(3):
                        type("Made", (), {})
                    print(get(a), call(a))
                    """);
            assertEquals(s.global("A"), get.caches[load].key, "still specialized after unrelated classes changed");
            assertEquals(tag, get.caches[load].version);
            assertEquals(tag, get.caches[load].type.versionTag());
            assertEquals(0, get.caches[load].backoff, "no deoptimization happened");
            assertEquals(s.global("A"), call.caches[method].key);
            s.run("""
                    Base.m = lambda self: "new Base.m"
                    """);
            assertEquals(0, get.caches[load].type.versionTag(), "a base's change ends A's tag");
            s.run("""
                    print(call(a))
                    """);
            assertEquals(0, call.caches[method].key, "the method site deoptimized");
        });
        assertEquals("1 Base.m\nnew Base.m\n", out);
    }

    @Test
    void everyCachedInstructionHasItsEntryAnExtendedArgOneToo() {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            names.append("o.n").append(i).append(", ");
        }
        String out = withInterpreter(s -> {
            s.run("class A:\n    def __init__(self):\n        self.x = 'x'\n"
                    + "def get(o):\n    if o is None:\n        return (" + names + ")\n    return o.x\n"
                    + "a = A()\nfor i in range(10):\n    get(a)\nprint(get(a))\n");
            CodeInfo ci = s.code("get");
            assertNotNull(ci.caches);
            int last = -1; // o.x: its name's index is 300, so an EXTENDED_ARG comes before it
            for (int i = 0; i < ci.instructions.length / 2; i++) {
                int op = ci.instructions[2 * i] & 0xFF;
                boolean cached = op == Opcode.LOAD_ATTR || op == Opcode.LOAD_GLOBAL || op == Opcode.STORE_ATTR
                        || op == Opcode.LOAD_METHOD || op == Opcode.BINARY_OP;
                assertEquals(cached, ci.caches[i] != null, "unit " + i + ", " + Opcode.name(op));
                if (op == Opcode.LOAD_ATTR) {
                    last = i;
                }
            }
            assertEquals(Opcode.EXTENDED_ARG, ci.instructions[2 * last - 2] & 0xFF);
            assertEquals(s.global("A"), ci.caches[last].key, "the prefixed site specialized for A");
            assertEquals(0, ci.caches[last].index, "x is the first name of A's shared keys");
        });
        assertEquals("x\n", out);
    }

    @Test
    void globalSitesFollowTheGlobalsVersion() {
        String out = withInterpreter(s -> {
            s.run("""
                    counter = 1
                    def read():
                        return counter
                    for i in range(3):
                        read()
                    """);
            CodeInfo ci = s.code("read");
            int at = unitOf(ci, Opcode.LOAD_GLOBAL);
            assertNotNull(ci.caches);
            long first = ci.caches[at].key;
            assertTrue(first != 0);
            assertEquals(0, ci.caches[at].aux, "found in the globals: the builtins are not checked");
            assertEquals(s.global("counter"), ci.caches[at].value);
            s.run("""
                    counter = 2
                    print(read())
                    """);
            assertTrue(ci.caches[at].key != first, "refilled under the new version");
            assertEquals(s.global("counter"), ci.caches[at].value);
        });
        assertEquals("2\n", out);
    }
    @Test
    void classAttributeAndBuiltinMethodSitesSpecialize() {
        String out = withInterpreter(s -> {
            s.run("""
                    class C:
                        x = "C.x"
                        def f(v):
                            return v
                    def get(cls):
                        return cls.x
                    def call(cls):
                        return cls.f(1)
                    def add(l, v):
                        l.append(v)
                    l = []
                    for i in range(10):
                        get(C)
                        call(C)
                        add(l, i)
                    """);
            long c = s.global("C");
            CodeInfo get = s.code("get");
            int load = unitOf(get, Opcode.LOAD_ATTR);
            assertEquals(c, get.caches[load].aux, "LOAD_ATTR_CLASS: the class object");
            assertTrue(get.caches[load].version != 0);
            assertEquals(get.caches[load].version, get.caches[load].type.versionTag());
            CodeInfo call = s.code("call");
            int method = unitOf(call, Opcode.LOAD_METHOD);
            assertEquals(c, call.caches[method].aux, "LOAD_METHOD_CLASS: the class object");
            CodeInfo add = s.code("add");
            int append = unitOf(add, Opcode.LOAD_METHOD);
            assertNotNull(add.caches[append].type, "LOAD_METHOD_NO_DICT: list's own type");
            assertEquals("list", add.caches[append].type.name);
            assertEquals(0, add.caches[append].backoff);
            s.run("""
                    C.x = "changed"
                    print(get(C), len(l))
                    """);
            assertEquals(0, get.caches[load].key, "the class change deoptimized the site");
            assertEquals(53, get.caches[load].backoff);
        });
        assertEquals("changed 10\n", out);
    }

    @Test
    void slotMemberSitesSpecializeAndDeoptimizeWhenTheDescriptorIsReplaced() {
        String out = withInterpreter(s -> {
            s.run("""
                    class S:
                        __slots__ = ("a", "b")
                    def get(o):
                        return o.b
                    def put(o, v):
                        o.b = v
                    o = S()
                    for i in range(10):
                        put(o, i)
                        get(o)
                    """);
            long typeS = s.global("S");
            CodeInfo get = s.code("get");
            CodeInfo put = s.code("put");
            int load = unitOf(get, Opcode.LOAD_ATTR);
            int store = unitOf(put, Opcode.STORE_ATTR);
            for (var site : java.util.List.of(java.util.Map.entry(get, load), java.util.Map.entry(put, store))) {
                InlineCache[] c = site.getKey().caches;
                int at = site.getValue();
                assertEquals(typeS, c[at].key, "specialized for S");
                assertEquals(-4, c[at].index, "a slot entry");
                assertTrue(c[at].aux > 0, "the member's offset");
                assertEquals(c[at].version, c[at].type.versionTag());
            }
            assertEquals(get.caches[load].aux, put.caches[store].aux, "one member, one offset");
            s.run("""
                    print(get(o))
                    S.b = property(lambda self: "property")
                    print(get(o))
                    """);
            assertEquals(0, get.caches[load].key, "the replaced descriptor deoptimized the site");
            assertEquals(53, get.caches[load].backoff);
        });
        assertEquals("9\nproperty\n", out);
    }
}
