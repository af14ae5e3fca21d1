package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dropping very deep structures frees everything without a StackOverflowError (CPython's trashcan). */
final class DeepStructuresTest {
    static final int DEPTH = 1_000_000;

    @Test
    void aMillionLongChainOfInstancesIsFreedIteratively() {
        try (HeapFixture f = new HeapFixture()) {
            PyThreadState t = f.t;
            long classBlocks;
            try (Handle cls = t.newClass("Node")) {
                classBlocks = f.blocks();
                CApi c = t.capi();
                long head = c.call(c.address(cls));
                for (int i = 1; i < DEPTH; i++) {
                    long node = c.call(c.address(cls));
                    c.setattr(node, "next", head);
                    c.decref(head);
                    head = node;
                }
                assertEquals(classBlocks + 2L * DEPTH + 1, f.blocks(),
                        "each node: the instance and its values array; the class: the interned key 'next'");
                c.decref(head);
                assertEquals(classBlocks + 1, f.blocks());
            }
            assertEquals(classBlocks + 1, f.blocks(), "the class lives on in its cycle with __mro__ (no cycle collector here)");
        }
    }

    @Test
    void aMillionDeepNestedListIsFreedIteratively() {
        try (HeapFixture f = new HeapFixture(Map.of("allocator", "malloc"))) {
            CApi c = f.t.capi();
            long blocks = f.blocks();
            c.decref(HeapFixture.nestedList(c, DEPTH - 1));
            // The free list keeps up to 80 list objects; their item arrays are freed.
            assertEquals(blocks + 80, f.blocks());
        }
    }
}
