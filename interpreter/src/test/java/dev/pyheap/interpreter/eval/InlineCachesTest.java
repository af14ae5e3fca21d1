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
                assertEquals(typeA, ci.caches.key[at], f + ": specialized for A");
                assertNotNull(ci.caches.type[at], f);
            }
            CodeInfo get = s.code("get");
            int at = unitOf(get, Opcode.LOAD_ATTR);
            assertEquals(0, get.caches.index[at], "x is the first name of A's shared keys");
            s.run("""
                    A.x = property(lambda self: "property")
                    print(get(a))
                    """);
            assertEquals(0, get.caches.key[at], "the class change deoptimized the site");
            assertNull(get.caches.type[at]);
            assertEquals(53, get.caches.backoff[at]);
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
            long tag = get.caches.version[load];
            assertTrue(tag != 0, "specialized under A's version tag");
            assertEquals(tag, get.caches.type[load].versionTag());
            s.run("""
                    class Unrelated:
                        y = 1
                    Unrelated.y = 2
                    for i in range(3):
                        type("Made", (), {})
                    print(get(a), call(a))
                    """);
            assertEquals(s.global("A"), get.caches.key[load], "still specialized after unrelated classes changed");
            assertEquals(tag, get.caches.version[load]);
            assertEquals(tag, get.caches.type[load].versionTag());
            assertEquals(0, get.caches.backoff[load], "no deoptimization happened");
            assertEquals(s.global("A"), call.caches.key[method]);
            s.run("""
                    Base.m = lambda self: "new Base.m"
                    """);
            assertEquals(0, get.caches.type[load].versionTag(), "a base's change ends A's tag");
            s.run("""
                    print(call(a))
                    """);
            assertEquals(0, call.caches.key[method], "the method site deoptimized");
        });
        assertEquals("1 Base.m\nnew Base.m\n", out);
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
            long first = ci.caches.key[at];
            assertTrue(first != 0);
            assertEquals(0, ci.caches.aux[at], "found in the globals: the builtins are not checked");
            assertEquals(s.global("counter"), ci.caches.value[at]);
            s.run("""
                    counter = 2
                    print(read())
                    """);
            assertTrue(ci.caches.key[at] != first, "refilled under the new version");
            assertEquals(s.global("counter"), ci.caches.value[at]);
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
            assertEquals(c, get.caches.aux[load], "LOAD_ATTR_CLASS: the class object");
            assertTrue(get.caches.version[load] != 0);
            assertEquals(get.caches.version[load], get.caches.type[load].versionTag());
            CodeInfo call = s.code("call");
            int method = unitOf(call, Opcode.LOAD_METHOD);
            assertEquals(c, call.caches.aux[method], "LOAD_METHOD_CLASS: the class object");
            CodeInfo add = s.code("add");
            int append = unitOf(add, Opcode.LOAD_METHOD);
            assertNotNull(add.caches.type[append], "LOAD_METHOD_NO_DICT: list's own type");
            assertEquals("list", add.caches.type[append].name);
            assertEquals(0, add.caches.backoff[append]);
            s.run("""
                    C.x = "changed"
                    print(get(C), len(l))
                    """);
            assertEquals(0, get.caches.key[load], "the class change deoptimized the site");
            assertEquals(53, get.caches.backoff[load]);
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
                InlineCaches c = site.getKey().caches;
                int at = site.getValue();
                assertEquals(typeS, c.key[at], "specialized for S");
                assertEquals(-4, c.index[at], "a slot entry");
                assertTrue(c.aux[at] > 0, "the member's offset");
                assertEquals(c.version[at], c.type[at].versionTag());
            }
            assertEquals(get.caches.aux[load], put.caches.aux[store], "one member, one offset");
            s.run("""
                    print(get(o))
                    S.b = property(lambda self: "property")
                    print(get(o))
                    """);
            assertEquals(0, get.caches.key[load], "the replaced descriptor deoptimized the site");
            assertEquals(53, get.caches.backoff[load]);
        });
        assertEquals("9\nproperty\n", out);
    }
}
