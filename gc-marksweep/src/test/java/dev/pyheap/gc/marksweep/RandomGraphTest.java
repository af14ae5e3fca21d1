package dev.pyheap.gc.marksweep;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.testkit.HeapFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded random graphs of lists, mutated through handles with a check point after every operation
 * (automatic collections at a low threshold), against a model that knows refcounting and
 * reachability: every collection, automatic or explicit, must collect exactly the lists the model
 * finds unreachable and not freed by refcounting, and the heap must stay sane.
 */
final class RandomGraphTest {

    /** A list in the model: its items in order and the references to it (items of live lists plus handles). */
    private static final class Node {
        final List<Node> items = new ArrayList<>();
        int refcount;
    }

    /** The model heap. */
    private static final class Model {
        final List<Node> live = new ArrayList<>();
        final Map<Handle, Node> handles = new IdentityHashMap<>();

        Node add(Handle h) {
            Node n = new Node();
            n.refcount = 1;
            live.add(n);
            handles.put(h, n);
            return n;
        }

        void decref(Node n) {
            ArrayDeque<Node> dying = new ArrayDeque<>();
            if (--n.refcount == 0) {
                dying.push(n);
            }
            while (!dying.isEmpty()) {
                Node d = dying.pop();
                live.remove(d);
                for (Node item : d.items) {
                    if (--item.refcount == 0) {
                        dying.push(item);
                    }
                }
                d.items.clear();
            }
        }

        /** What a collection frees: the live nodes no handle reaches. */
        long collect() {
            Map<Node, Boolean> reached = new IdentityHashMap<>();
            ArrayDeque<Node> work = new ArrayDeque<>(handles.values());
            while (!work.isEmpty()) {
                Node n = work.pop();
                if (reached.put(n, Boolean.TRUE) == null) {
                    work.addAll(n.items);
                }
            }
            List<Node> garbage = live.stream().filter(n -> !reached.containsKey(n)).toList();
            live.removeAll(garbage);
            for (Node g : garbage) {
                for (Node item : g.items) {
                    item.refcount--; // items that stay alive are reachable, so they keep a reference
                }
            }
            return garbage.size();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyCollectionFreesExactlyTheUnreachableCycles(long seed) {
        try (HeapFixture h = new HeapFixture("marksweep", Map.of("gc.threshold", "25", "gc.marksweep.growth", "0.1"))) {
            PyThreadState t = h.t;
            h.collect();
            long baseLists = h.countByType("list");
            Model model = new Model();
            List<String> mismatches = new ArrayList<>();
            long[] collections = {0};
            h.gc().callbacks().add((phase, generation, collected, uncollectable) -> {
                if (phase.equals("stop")) {
                    collections[0]++;
                    long expected = model.collect();
                    if (collected != expected || uncollectable != 0) {
                        mismatches.add("collection " + collections[0] + ": collected " + collected + ", expected " + expected);
                    }
                }
            });
            Random random = new Random(seed);
            List<Handle> held = new ArrayList<>();
            for (int op = 0; op < 3000; op++) {
                int kind = random.nextInt(10);
                if (held.isEmpty() || kind < 4) {
                    Handle l = t.newList();
                    model.add(l);
                    held.add(l);
                } else if (kind < 7) {
                    Handle a = held.get(random.nextInt(held.size()));
                    Handle b = held.get(random.nextInt(held.size()));
                    t.append(a, b);
                    Node nb = model.handles.get(b);
                    model.handles.get(a).items.add(nb);
                    nb.refcount++;
                } else if (kind < 9) {
                    Handle a = held.get(random.nextInt(held.size()));
                    Node na = model.handles.get(a);
                    if (!na.items.isEmpty()) {
                        Handle item = t.listPop(a);
                        Node ni = na.items.remove(na.items.size() - 1);
                        model.handles.put(item, ni); // the edge's reference became the handle's
                        held.add(item);
                    }
                } else {
                    Handle a = held.remove(random.nextInt(held.size()));
                    Node na = model.handles.remove(a);
                    a.close();
                    model.decref(na);
                }
                t.checkpoint();
                if (op % 500 == 499) {
                    h.collect();
                }
                assertEquals(List.of(), mismatches);
            }
            assertEquals(baseLists + model.live.size(), h.countByType("list"), "the live lists");
            held.forEach(x -> {
                Node n = model.handles.remove(x);
                x.close();
                model.decref(n);
            });
            h.collect();
            assertEquals(List.of(), mismatches);
            assertEquals(baseLists, h.countByType("list"));
            assertEquals(0, model.live.size());
            long automatic = collections[0] - 7; // 6 at every 500th operation, 1 at the end
            assertTrue(automatic >= 15, "the run must exercise automatic collections: " + automatic);
        }
    }
}
