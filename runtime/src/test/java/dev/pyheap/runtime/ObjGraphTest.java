package dev.pyheap.runtime;

import dev.pyheap.runtime.objgraph.Chain;
import dev.pyheap.runtime.objgraph.GraphOptions;
import dev.pyheap.runtime.objgraph.Growth;
import dev.pyheap.runtime.objgraph.Node;
import dev.pyheap.runtime.objgraph.ObjGraph;
import dev.pyheap.runtime.objgraph.ObjectNode;
import dev.pyheap.runtime.objgraph.RootNode;
import dev.pyheap.runtime.objgraph.TypeCount;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * objgraph on small graphs with exact counts and exact chains. A fresh heap tracks one object,
 * {@code gc.garbage}'s list; the module's globals dict is tracked once it holds a container.
 */
final class ObjGraphTest extends HeapTest {

    ObjGraph og() {
        return f.heap.objgraph();
    }

    private Handle cls(String name) {
        return f.keep(t.newClass(name));
    }

    private Handle make(Handle cls) {
        return f.keep(t.call(cls));
    }

    private static Map<String, Long> stats(Object... nameCount) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < nameCount.length; i += 2) {
            m.put((String) nameCount[i], ((Number) nameCount[i + 1]).longValue());
        }
        return m;
    }

    // ------------------------------------------------------------------ counting

    @Test
    void countsSeeWhatGcGetObjectsSees() {
        assertEquals(stats("list", 1), og().typestats());
        Handle person = cls("Person");
        Handle dog = cls("Dog");
        for (int i = 0; i < 3; i++) {
            make(person);
        }
        make(dog);
        f.keep(t.newInt(1_000_000)); // ints are never tracked
        f.keep(t.newTuple(f.keep(t.newInt(1)))); // a tuple of atoms is tracked until a collection untracks it
        // Each class brings its namespace, its __bases__ and __mro__ tuples, its __dict__ and
        // __weakref__ getset descriptors and the weakref to it in object's tp_subclasses, as in CPython.
        assertEquals(stats("list", 1, "type", 2, "Person", 3, "Dog", 1, "tuple", 5, "getset_descriptor", 4, "dict", 2,
                "ReferenceType", 2), og().typestats());
        assertEquals(stats("builtins.list", 1, "builtins.type", 2, "__main__.Person", 3, "__main__.Dog", 1,
                "builtins.tuple", 5, "builtins.getset_descriptor", 4, "builtins.dict", 2, "weakref.ReferenceType", 2),
                og().typestats(false));
        assertEquals(3, og().count("Person"));
        assertEquals(3, og().count("__main__.Person"));
        assertEquals(0, og().count("builtins.Person"));
        assertEquals(0, og().count("int"));
        assertEquals(List.of(new TypeCount("tuple", 5), new TypeCount("getset_descriptor", 4), new TypeCount("Person", 3)),
                og().mostCommonTypes(3));
        assertEquals("""
                tuple             5
                getset_descriptor 4
                Person            3
                type              2
                dict              2
                ReferenceType     2
                list              1
                Dog               1
                """, og().showMostCommonTypes(0));
        List<Handle> people = og().byType("Person");
        assertEquals(3, people.size());
        for (Handle p : people) {
            assertEquals("Person", p.typeName());
            p.close();
        }
    }

    @Test
    void frozenObjectsAreNotCounted() {
        Handle person = cls("Person");
        make(person);
        f.gc().freeze();
        assertEquals(0, og().count("Person"));
        assertEquals(Map.of(), og().typestats());
        f.gc().unfreeze();
        assertEquals(1, og().count("Person"));
    }

    @Test
    void growthReportsTypesPastTheirPeak() {
        Handle person = cls("Person");
        make(person);
        assertEquals(List.of(new Growth("getset_descriptor", 2, 2), new Growth("list", 1, 1), new Growth("tuple", 1, 1),
                new Growth("type", 1, 1), new Growth("dict", 1, 1), new Growth("ReferenceType", 1, 1),
                new Growth("Person", 1, 1)), og().growth(0));
        assertEquals(List.of(), og().growth(0));
        make(person);
        make(person);
        Handle extra = t.newList();
        assertEquals("""
                Person        3        +2
                list          2        +1
                """, og().showGrowth(10));
        extra.close();
        assertEquals("", og().showGrowth(10), "below the peak: no growth");
        make(person);
        assertEquals(List.of(new Growth("Person", 4, 1)), og().growth(1));
    }

    @Test
    void leakingObjectsAreAliveWithoutAnyVisibleReferrer() {
        Handle node = cls("Node");
        Handle held = make(node);
        Handle lost = t.call(node);
        long lostId = lost.id();
        t.capi().incref(lostId); // a reference nobody can see: an address kept in Java
        lost.close();
        try (Handle inList = t.call(node); Handle list = t.newList(inList)) {
            t.setGlobal("list", list);
        }
        List<Handle> leaking = og().getLeakingObjects();
        assertEquals(1, leaking.size());
        assertEquals(lostId, leaking.get(0).id());
        leaking.get(0).close();
        assertTrue(held.isOpen());
        t.capi().decref(lostId);
        assertEquals(List.of(), og().getLeakingObjects());
    }

    // ------------------------------------------------------------------ chains

    private static final Predicate<Node> ROOT = n -> n instanceof RootNode;

    /** registry = [a, b, n]; n.data = leaf: the leaf is kept by the global through the list and the attribute. */
    @Test
    void aBackrefChainNamesTheGlobalTheIndexAndTheAttribute() {
        Handle nodeCls = cls("Node");
        Handle leafCls = cls("Leaf");
        Handle leaf = make(leafCls);
        try (Handle n = t.call(nodeCls); Handle a = t.newList(); Handle b = t.newDict();
             Handle registry = t.newList(a, b, n)) {
            t.setattr(n, "data", leaf);
            t.setGlobal("registry", registry);
        }
        Chain chain = og().findBackrefChain(leaf);
        assertTrue(chain.found());
        assertEquals("global 'registry' -> list[2] -> Node.data -> Leaf", chain.format());
        assertEquals(new RootNode(RootKind.GLOBAL, "global 'registry'"), chain.first());
        assertEquals(List.of("", "[2]", ".data"), chain.edges());
        assertEquals(new ObjectNode(leaf.id(), "Leaf", "<__main__.Leaf object at 0x" + Long.toHexString(leaf.id()) + ">"),
                chain.last());
    }

    @Test
    void aBackrefChainThroughALocalADictKeyAndATuple() {
        Handle leafCls = cls("Leaf");
        Handle leaf = make(leafCls);
        PyFrame frame = t.pushFrame("make_tree", "tree.py", 12);
        try (Handle root = t.newDict(); Handle kids = t.newTuple(f.keep(t.newInt(7)), leaf);
             Handle key = t.newStr("kids"); Handle five = t.newInt(5); Handle byNumber = t.newDict()) {
            t.setitem(byNumber, five, kids);
            t.setitem(root, key, byNumber);
            frame.setLocal("root", root);
        }
        assertEquals("local 'root' in make_tree (tree.py:12) -> dict['kids'] -> dict[5] -> tuple[1] -> Leaf",
                og().findBackrefChain(leaf).format());
        t.popFrame();
        Chain gone = og().findBackrefChain(leaf);
        assertFalse(gone.found(), "only the test's own handle holds it now");
        assertEquals(List.of(gone.last()), gone.nodes());
    }

    @Test
    void theShortestChainWinsAndTheDepthIsLimited() {
        Handle leafCls = cls("Leaf");
        Handle leaf = make(leafCls);
        try (Handle inner = t.newList(leaf); Handle deep = t.newList(inner); Handle deeper = t.newList(deep);
             Handle shallow = t.newList(leaf)) {
            t.setGlobal("deeper", deeper);
            t.setGlobal("shallow", shallow);
        }
        assertEquals("global 'shallow' -> list[0] -> Leaf", og().findBackrefChain(leaf).format());
        t.delGlobal("shallow");
        assertEquals("global 'deeper' -> list[0] -> list[0] -> list[0] -> Leaf", og().findBackrefChain(leaf).format());
        // Leaf <- list <- list <- list <- globals dict <- root: five references away
        assertFalse(og().findBackrefChain(leaf, ROOT, 4).found());
        assertTrue(og().findBackrefChain(leaf, ROOT, 5).found());
    }

    @Test
    void aPredicateStopsAtTheFirstMatchingReferrer() {
        Handle registryCls = cls("Registry");
        Handle leafCls = cls("Leaf");
        Handle leaf = make(leafCls);
        try (Handle reg = t.call(registryCls); Handle items = t.newList(leaf)) {
            t.setattr(reg, "items", items);
            t.setGlobal("reg", reg);
        }
        Chain chain = og().findBackrefChain(leaf, n -> n instanceof ObjectNode o && o.typeName().equals("Registry"), 20);
        assertEquals("Registry.items -> list[0] -> Leaf", chain.format());
    }

    @Test
    void otherHandlesOfTheCallerCanBeIgnored() {
        Handle leafCls = cls("Leaf");
        Handle leaf = make(leafCls);
        Handle holder = f.keep(t.newList(leaf));
        try (Handle registry = t.newList(holder)) {
            t.setGlobal("registry", registry);
        }
        assertEquals("handle -> list[0] -> Leaf", og().findBackrefChain(leaf).format());
        assertEquals("global 'registry' -> list[0] -> list[0] -> Leaf",
                og().findBackrefChain(leaf, ROOT, 20, List.of(holder)).format());
    }

    @Test
    void aRefChainLeadsForwardToTheFirstMatch() {
        Handle nodeCls = cls("Node");
        Handle leafCls = cls("Leaf");
        Handle start = f.keep(t.newList());
        try (Handle n = t.call(nodeCls); Handle leaf = t.call(leafCls); Handle s = t.newStr("x")) {
            t.append(start, s);
            t.append(start, n);
            t.setattr(n, "data", leaf);
        }
        assertEquals("list[1] -> Node.data -> Leaf", og().findRefChain(start,
                n -> n instanceof ObjectNode o && o.typeName().equals("Leaf"), 20).format());
        assertFalse(og().findRefChain(start, n -> n instanceof ObjectNode o && o.typeName().equals("Leaf"), 1).found());
    }

    // ------------------------------------------------------------------ graphs

    @Test
    void backrefsAreDrawnAsObjgraphDrawsThem() {
        Handle person = cls("Person");
        Handle p = make(person);
        long list;
        long globals;
        try (Handle l = t.newList(p)) {
            t.setGlobal("registry", l);
            list = l.id();
        }
        try (Handle g = t.globals()) {
            globals = g.id();
        }
        String hex = Long.toHexString(p.id());
        assertEquals("digraph ObjectGraph {\n"
                + "  node[shape=box, style=filled, fillcolor=white];\n"
                + "  o" + p.id() + "[fontcolor=red];\n"
                + "  o" + p.id() + "[label=\"Person\\n" + shortRepr("<__main__.Person object at 0x" + hex + ">")
                + "\", fillcolor=\"0,0,1\"];\n" // objgraph's short repr: the first 40 characters
                + "  o" + list + " -> o" + p.id() + " [label=\"[0]\"];\n"
                + "  o" + list + "[label=\"list\\n1 items\", fillcolor=\"0,0,0.766667\"];\n"
                + "  o" + globals + " -> o" + list + " [label=\"['registry']\"];\n"
                + "  o" + globals + "[label=\"dict\\n1 items\", fillcolor=\"0,0,0.533333\"];\n"
                + "  root0 -> o" + globals + ";\n"
                + "  root0[label=\"globals\", shape=ellipse, fillcolor=\"0.3,1,0.3\", fontcolor=white];\n"
                + "}\n", og().backrefsGraph(List.of(p), GraphOptions.DEFAULT));
    }

    @Test
    void tooManyReferencesAreSummed() {
        Handle l = f.keep(t.newList());
        for (int i = 0; i < 5; i++) {
            try (Handle d = t.newDict()) {
                t.append(l, d);
            }
        }
        String dot = og().refsGraph(List.of(l), GraphOptions.DEFAULT.withMaxDepth(1).withTooMany(2));
        assertEquals(2, dot.lines().filter(s -> s.startsWith("  o" + l.id() + " -> ")).count());
        assertTrue(dot.contains("  o" + l.id() + "->too_many_o" + l.id() + "[color=red,style=dotted,len=0.25,weight=10];\n"
                + "  too_many_o" + l.id() + "[label=\"3 more references\",shape=box,height=0.25,color=red,"
                + "fillcolor=\"0,1,0.3\",fontsize=6];\n"), dot);
    }

    /** objgraph's {@code _short_repr}: at most the first 40 characters. */
    private static String shortRepr(String repr) {
        return repr.substring(0, Math.min(40, repr.length()));
    }
}
