package dev.pyheap.runtime.objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link PyType#traverseForCollector}, the collectors' one dispatch per object: a type that
 * traverses selectively (dict) is traversed by its {@code traverse}, every other type straight
 * through {@code forEachReferent}; either way the GC-capable referents, in order, are those of
 * {@code traverse} ({@code tp_traverse}), so a collection finds the same objects.
 */
final class TraverseForCollectorTest {
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

    private List<Long> collectorVisits(long o) {
        List<Long> seen = new ArrayList<>();
        space.typeOf(o).traverseForCollector(o, seen::add);
        return seen;
    }

    private List<Long> traverseVisits(long o) {
        List<Long> seen = new ArrayList<>();
        space.typeOf(o).traverse(o, seen::add);
        return seen;
    }

    private List<Long> gcOnly(List<Long> referents) {
        return referents.stream().filter(space::isGc).toList();
    }

    @Test
    void aStrKeyedDictIsTraversedWithoutItsKeys() {
        long d = space.dictType.create();
        long a = space.strType.literalName("a");
        long b = space.strType.literalName("b");
        long inner = space.listType.create();
        long one = space.newInt(1);
        try {
            space.dictType.setItem(d, a, inner);
            space.dictType.setItem(d, b, one);
            assertEquals(List.of(inner, one), collectorVisits(d), "{'a': [], 'b': 1}: the values only, as dict_traverse");
            assertEquals(traverseVisits(d), collectorVisits(d));
            List<Long> all = new ArrayList<>();
            space.dictType.forEachReferent(d, all::add);
            assertEquals(4, all.size(), "forEachReferent also visits the two keys, which the collectors skip");
        } finally {
            space.decref(a);
            space.decref(b);
            space.decref(inner);
            space.decref(one);
            space.decref(d);
        }
    }

    @Test
    void aListIsTraversedThroughForEachReferentWithTheSameGcReferents() {
        long inner = space.listType.create();
        long text = space.strType.literalName("x");
        long tuple = space.tupleType.create(inner);
        long list = space.listType.create(inner, text, tuple);
        try {
            List<Long> visits = collectorVisits(list);
            List<Long> referents = new ArrayList<>();
            space.listType.forEachReferent(list, referents::add);
            assertEquals(referents, visits, "a type that does not traverse selectively: forEachReferent, atoms included");
            assertEquals(3, visits.size());
            assertEquals(gcOnly(traverseVisits(list)), gcOnly(visits), "the GC-capable referents of tp_traverse, in order");
            assertEquals(2, gcOnly(visits).size(), "the inner list and the tuple");
        } finally {
            space.decref(list);
            space.decref(tuple);
            space.decref(text);
            space.decref(inner);
        }
    }

    @Test
    void aDictWithOtherKeysVisitsValueThenKeyEitherWay() {
        long d = space.dictType.create();
        long inner = space.listType.create();
        long one = space.newInt(1);
        long key = space.tupleType.create(one);
        try {
            space.dictType.setItem(d, key, inner);
            assertEquals(List.of(inner, key), collectorVisits(d), "{(1,): []}, a general table: the value, then its key");
            assertEquals(traverseVisits(d), collectorVisits(d));
        } finally {
            space.decref(key);
            space.decref(one);
            space.decref(inner);
            space.decref(d);
        }
    }
}
