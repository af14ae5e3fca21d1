package dev.pyheap.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An instance's attributes are released in slot order when it dies, depth-first: an attribute
 * that dies with it is finished (finalizer, then its own attributes) before the next slot.
 */
final class AttributeReleaseTest {
    private HeapFixture f;
    private PyThreadState t;
    private final List<String> deaths = new ArrayList<>();
    private Handle node;

    @BeforeEach
    void open() {
        f = new HeapFixture();
        t = f.t;
        node = f.keep(t.newClass("Node", (thread, self) -> {
            try (Handle name = thread.getattr(self, "name")) {
                deaths.add((String) thread.javaValue(name));
            }
        }));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Handle newNode(String name) {
        Handle n = t.call(node);
        try (Handle s = t.newStr(name)) {
            t.setattr(n, "name", s);
        }
        return n;
    }

    /** Adds {@code names} to the class's shared keys (in this order), so the keys' strings exist before counting blocks. */
    private void knowKeys(String... names) {
        try (Handle probe = newNode("probe"); Handle none = t.none()) {
            for (String name : names) {
                t.setattr(probe, name, none);
            }
        }
        deaths.clear();
    }

    private void set(Handle obj, String attribute, Handle value) {
        t.setattr(obj, attribute, value);
        value.close();
    }

    @Test
    void aTreeOfOneClassDiesInSlotOrderDepthFirst() {
        knowKeys("child", "left", "right");
        long blocks = f.blocks();
        Handle root = newNode("root");
        Handle left = newNode("left");
        set(left, "child", newNode("leaf"));
        set(root, "left", left);
        set(root, "right", newNode("right"));
        root.close();
        assertEquals(List.of("root", "left", "leaf", "right"), deaths);
        assertEquals(blocks, f.blocks());
    }

    @Test
    void aChainOfOneClassDiesInOrder() {
        // Each level holds 5 slots, three of them unset between name and next.
        knowKeys("x", "y", "z", "next");
        long blocks = f.blocks();
        Handle head = newNode("n0");
        Handle last = head;
        for (int i = 1; i < 12; i++) {
            Handle next = newNode("n" + i);
            t.setattr(last, "next", next);
            if (last != head) {
                last.close();
            }
            last = next;
        }
        last.close();
        head.close();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            expected.add("n" + i);
        }
        assertEquals(expected, deaths);
        assertEquals(blocks, f.blocks());
    }
}
