package dev.pyheap.driver.workloads;

import dev.pyheap.driver.Leak;
import dev.pyheap.driver.LoadContext;
import dev.pyheap.driver.Mutator;
import dev.pyheap.driver.MutatorContext;
import dev.pyheap.driver.Program;
import dev.pyheap.driver.Workload;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.tracemalloc.KeyType;
import dev.pyheap.runtime.tracemalloc.Snapshot;
import dev.pyheap.runtime.tracemalloc.Tracemalloc;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed articles' examples (five articles on CPython's memory management that the project started
 * from; they are not part of the repository), in the articles' order, as module-level
 * code: each statement is one operation, and the program prints what the articles print, each
 * preceded by a {@code #} line with the Python it stands for.
 * <ol>
 * <li>000: {@code x = 10; y = x} prints {@code x and y refer to the same object}; after
 *     {@code x += 1}, {@code x and y do not refer to the same object}.
 * <li>002: {@code l = ['a', 'b', myname]} prints {@code id(myname)} and {@code id(l[2])}, equal;
 *     {@code l1} and {@code l2} appended to each other print as {@code ['a', 'b', ['x', 'y', [...]]]};
 *     {@code del l1, l2; gc.collect()} (2 with a cycle collector).
 * <li>004: {@code num1 = 2; num2 = 2} print equal ids; {@code sys.getrefcount(p1)} prints
 *     {@code 2}, {@code 3} after {@code p2 = p1}, {@code 2} after {@code del p2}; for Person↔Dog,
 *     {@code objgraph.count} of each type before ({@code 1}, {@code 1}) and after {@code del p, d;
 *     gc.collect()}: {@code 0} and {@code 0} with a cycle collector ({@code 1} and {@code 1} under
 *     {@code refcount}, which never reclaims the cycle).
 * <li>003: around making Person and Dog, the article's tracemalloc comparison:
 *     {@code snapshot1 = take_snapshot()} before, {@code snapshot2} after, and
 *     {@code snapshot2.compare_to(snapshot1, 'lineno')[:3]} printed in CPython's format
 *     ({@code seeds.py:27: size=64 B (+64 B), count=1 (+1), average=64 B}), places whose size and
 *     count did not change left out. Tracing is started for it (one frame) and stopped after, unless
 *     it was already on ({@code pyheap run --tracemalloc}).
 * </ol>
 * The script runs in a frame {@code <module>} of file {@code seeds.py} whose line is the
 * statement's number (the first statement is line 1), so tracemalloc names statements.
 * The ids are this heap's addresses. The script runs on the first thread only (counts by type
 * would see the other threads' objects); the others end at once.
 *
 * <p>Left behind without a cycle collector: the two lists (4 blocks) and Person and Dog (4 blocks).
 */
public final class Seeds implements Workload {
    /** The file of the script's frame. */
    static final String FILE = "seeds.py";
    /** Every global the script binds; loading binds them to None so the run adds no name to the globals. */
    static final List<String> GLOBALS = List.of("x", "y", "a", "myname", "l", "l1", "l2", "num1", "num2", "p1", "p2",
            "p", "d");

    @Override
    public String name() {
        return "seeds";
    }

    @Override
    public String description() {
        return "the seed articles' examples: id() identity, getrefcount 2/3/2, list and Person<->Dog cycles";
    }

    @Override
    public long defaultOps() {
        return 0;
    }

    @Override
    public Program load(LoadContext context) {
        PyThreadState t = context.thread();
        Handle person = Classes.define(t, "Person", "pet");
        Handle dog = Classes.define(t, "Dog", "master");
        GLOBALS.forEach(name -> Classes.bindNone(t, name));
        return new Program() {
            private Script script;

            @Override
            public Mutator mutator(MutatorContext c) {
                if (c.index() > 0) {
                    return new Mutator() {
                        @Override
                        public boolean step() {
                            return false;
                        }

                        @Override
                        public void finish() {
                        }
                    };
                }
                script = new Script(c.thread(), c.out());
                return script;
            }

            @Override
            public void reset(PyThreadState thread) {
                GLOBALS.forEach(name -> Classes.bindNone(thread, name));
            }

            @Override
            public void unload(PyThreadState thread) {
                person.close();
                dog.close();
                GLOBALS.forEach(thread::delGlobal);
                thread.delGlobal("Person");
                thread.delGlobal("Dog");
            }
        };
    }

    /** The statements, one per step. */
    private static final class Script implements Mutator {
        private final PyThreadState t;
        private final PyHeap heap;
        private final PrintStream out;
        private final List<Runnable> statements = new ArrayList<>();
        private int next;
        private Leak left = Leak.NONE;
        private final dev.pyheap.runtime.PyFrame frame;
        private Snapshot snapshot1;
        private boolean tracingStartedHere;

        Script(PyThreadState t, PrintStream out) {
            this.t = t;
            this.heap = t.heap();
            this.out = out;
            this.frame = t.pushFrame("<module>", FILE, 1);
            seed000();
            seed002();
            seed004();
        }

        private void say(String line) {
            out.println(line);
        }

        private void assign(String name, Handle value) {
            try (value) {
                t.setGlobal(name, value);
            }
        }

        private Handle global(String name) {
            return t.getGlobal(name);
        }

        private void seed000() {
            statements.add(() -> {
                say("# 000 (geeksforgeeks): x = 10; y = x; if id(x) == id(y): print(...)");
                assign("x", t.newInt(10));
            });
            statements.add(() -> assign("y", global("x")));
            statements.add(() -> {
                try (Handle x = global("x"); Handle y = global("y")) {
                    if (x.id() == y.id()) {
                        say("x and y refer to the same object");
                    }
                }
            });
            statements.add(() -> {
                say("# x += 1; if id(x) != id(y): print(...)");
                try (Handle x = global("x")) {
                    assign("x", t.newInt((Long) t.javaValue(x) + 1));
                }
            });
            statements.add(() -> {
                try (Handle x = global("x"); Handle y = global("y")) {
                    if (x.id() != y.id()) {
                        say("x and y do not refer to the same object");
                    }
                }
            });
            statements.add(() -> {
                say("# a = [0] * 10");
                try (Handle zero = t.newInt(0)) {
                    Handle[] items = new Handle[10];
                    java.util.Arrays.fill(items, zero);
                    assign("a", t.newList(items));
                }
            });
        }

        private void seed002() {
            statements.add(() -> {
                say("# 002 (python-memory-management): myname = 'wfj'; l = ['a', 'b', myname]; print(id(myname), id(l[2]))");
                assign("myname", t.literal("wfj"));
            });
            statements.add(() -> {
                try (Handle a = t.literal("a"); Handle b = t.literal("b"); Handle myname = global("myname")) {
                    assign("l", t.newList(a, b, myname));
                }
            });
            statements.add(() -> {
                try (Handle myname = global("myname"); Handle l = global("l"); Handle item = t.getitem(l, 2)) {
                    say(myname.id() + " " + item.id());
                }
            });
            statements.add(() -> {
                say("# l1 = ['a', 'b']; l2 = ['x', 'y']; l1.append(l2); print(l1, id(l1[2]), id(l2))");
                try (Handle a = t.literal("a"); Handle b = t.literal("b")) {
                    assign("l1", t.newList(a, b));
                }
                try (Handle x = t.literal("x"); Handle y = t.literal("y")) {
                    assign("l2", t.newList(x, y));
                }
            });
            statements.add(() -> {
                try (Handle l1 = global("l1"); Handle l2 = global("l2")) {
                    t.append(l1, l2);
                    try (Handle item = t.getitem(l1, 2)) {
                        say(t.repr(l1) + " " + item.id() + " " + l2.id());
                    }
                }
            });
            statements.add(() -> {
                say("# l2.append(l1); print(l2, id(l2[2]), id(l1)); print(l1)");
                try (Handle l1 = global("l1"); Handle l2 = global("l2")) {
                    t.append(l2, l1);
                    try (Handle item = t.getitem(l2, 2)) {
                        say(t.repr(l2) + " " + item.id() + " " + l1.id());
                    }
                    say(t.repr(l1));
                }
                left = left.plus(Leak.of("list", 2, 4));
            });
            statements.add(() -> {
                t.delGlobal("l1");
                t.delGlobal("l2");
                long found = heap.gc().collect();
                say("# del l1, l2; gc.collect() -> " + found
                        + (found == 0 ? " (the refcount collector never reclaims cycles)" : ""));
            });
        }

        private void seed004() {
            statements.add(() -> {
                say("# 004 (how python manages memory): num1 = 2; num2 = 2; print(id(num1), id(num2))");
                assign("num1", t.newInt(2));
            });
            statements.add(() -> assign("num2", t.newInt(2)));
            statements.add(() -> {
                try (Handle a = global("num1"); Handle b = global("num2")) {
                    say(a.id() + " " + b.id());
                }
            });
            statements.add(() -> {
                say("# p1 = Person(); print(sys.getrefcount(p1))");
                try (Handle cls = global("Person")) {
                    assign("p1", t.call(cls));
                }
            });
            statements.add(() -> {
                try (Handle p1 = global("p1")) {
                    say(Long.toString(heap.sys().getrefcount(p1)));
                }
            });
            statements.add(() -> {
                say("# p2 = p1; print(sys.getrefcount(p1))");
                assign("p2", global("p1"));
            });
            statements.add(() -> {
                try (Handle p1 = global("p1")) {
                    say(Long.toString(heap.sys().getrefcount(p1)));
                }
            });
            statements.add(() -> {
                say("# del p2; print(sys.getrefcount(p1))");
                t.delGlobal("p2");
            });
            statements.add(() -> {
                try (Handle p1 = global("p1")) {
                    say(Long.toString(heap.sys().getrefcount(p1)));
                }
            });
            statements.add(() -> t.delGlobal("p1"));
            statements.add(() -> {
                say("# 003 (memory management in python): tracemalloc.start(); snapshot1 = tracemalloc.take_snapshot()");
                Tracemalloc tm = heap.tracemalloc();
                tracingStartedHere = !tm.isTracing();
                if (tracingStartedHere) {
                    tm.start(1);
                }
                snapshot1 = tm.takeSnapshot();
            });
            statements.add(() -> {
                say("# p = Person(); d = Dog(); p.pet = d; d.master = p");
                try (Handle cls = global("Person")) {
                    assign("p", t.call(cls));
                }
            });
            statements.add(() -> {
                try (Handle cls = global("Dog")) {
                    assign("d", t.call(cls));
                }
            });
            statements.add(() -> {
                try (Handle p = global("p"); Handle d = global("d")) {
                    t.setattr(p, "pet", d);
                }
            });
            statements.add(() -> {
                try (Handle p = global("p"); Handle d = global("d")) {
                    t.setattr(d, "master", p);
                }
                left = left.plus(Leak.of("Person", 1, 2)).plus(Leak.of("Dog", 1, 2));
            });
            statements.add(() -> {
                say("# snapshot2 = tracemalloc.take_snapshot(); for stat in snapshot2.compare_to(snapshot1, 'lineno')[:3]:"
                        + " print(stat)");
                Tracemalloc tm = heap.tracemalloc();
                Snapshot snapshot2 = tm.takeSnapshot();
                snapshot2.compareTo(snapshot1, KeyType.LINENO).stream()
                        .filter(d -> d.sizeDiff() != 0 || d.countDiff() != 0).limit(3)
                        .forEach(d -> say(d.toString()));
                snapshot1 = null;
                if (tracingStartedHere) {
                    tm.stop();
                }
            });
            statements.add(() -> {
                say("# print(objgraph.count('Person')); print(objgraph.count('Dog'))");
                say(Long.toString(heap.objgraph().count("Person")));
                say(Long.toString(heap.objgraph().count("Dog")));
            });
            statements.add(() -> {
                t.delGlobal("p");
                t.delGlobal("d");
                long found = heap.gc().collect();
                say("# del p; del d; gc.collect() -> " + found
                        + (found == 0 ? " (the refcount collector never reclaims cycles)" : "")
                        + "; print(objgraph.count('Person')); print(objgraph.count('Dog'))");
            });
            statements.add(() -> {
                say(Long.toString(heap.objgraph().count("Person")));
                say(Long.toString(heap.objgraph().count("Dog")));
            });
        }

        @Override
        public boolean step() {
            if (next == statements.size()) {
                return false;
            }
            frame.setLine(next + 1);
            statements.get(next++).run();
            return true;
        }

        @Override
        public void finish() {
            t.popFrame();
            if (tracingStartedHere && snapshot1 != null) {
                heap.tracemalloc().stop();
            }
            out.flush();
        }

        @Override
        public Leak leftBehind() {
            return left;
        }
    }
}
