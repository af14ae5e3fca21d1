package dev.pyheap.interpreter.builtins;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.interpreter.eval.Interpreter;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.objects.ObjectSpace;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code _lsprof.Profiler}'s table of collectors: each live profiler has one, and a profiler that
 * goes (disabled then dropped, dropped when the hook is replaced, collected in a cycle, a
 * subclass's instance) gives its slot back, so profiling leaves nothing behind in the type.
 */
class ProfilerTypeTest {

    @Test
    void droppedProfilersLeaveNoCollectorBehind() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (PyHeap heap = PyHeap.open(Configuration.of(Map.of("collector", "generational")));
             PyThreadState thread = heap.attach(); var gil = thread.gil()) {
            Interpreter interp = new Interpreter(heap.interpreterState());
            ObjectSpace space = interp.space();
            ModuleTable table = new ModuleTable(interp, null, heap);
            table.init(List.of("test"), new PrintWriter(out), new PrintWriter(err));
            long builtins = space.moduleType.dict(space.dictType.getItemString(table.modules(), "builtins"));
            // live_collectors(p): how many collectors the type of the profiler p holds, p's own included
            SysModule.function(space, 0, builtins, "live_collectors", (self, a, n, kw) -> {
                long p = space.memory.getLong(a);
                ProfilerType type = (ProfilerType) space.typeOf(p);
                return space.newInt(type.liveCollectors());
            });
            long main = space.moduleType.create("__main__");
            long dict = space.moduleType.dict(main);
            SysModule.setItem(space, dict, "__builtins__", space.dictType.getItemString(table.modules(), "builtins"));
            String source = """
                    import _lsprof, cProfile, gc, sys
                    def live():
                        return live_collectors(_lsprof.Profiler()) - 1
                    def work():
                        return sorted([3, 1, 2])
                    print(live())
                    p = _lsprof.Profiler()
                    print(live())
                    p.enable(); work(); p.disable()
                    print(len(p.getstats()), live())
                    del p
                    print(live())
                    # enabled, then dropped when sys.setprofile replaces its hook (its dealloc
                    # cannot unset the hook meanwhile: an unraisable report, as in CPython)
                    q = cProfile.Profile()
                    q.enable(); work()
                    del q
                    print(live())
                    sys.setprofile(None)
                    print(live(), sys.getprofile())
                    # many profilers made and dropped reuse the slots
                    for i in range(50):
                        r = _lsprof.Profiler()
                        r.enable(); work(); r.disable()
                    del r
                    print(live())
                    # a subclass's instance in a cycle, collected
                    c = cProfile.Profile()
                    c.me = c
                    c.runcall(work)
                    del c
                    print(live())
                    gc.collect()
                    print(live())
                    """;
            try (Interpreter.Loaded loaded = interp.load(table.compile(source, "<test>"), false)) {
                space.decref(interp.evalCode(loaded.code(), dict, dict));
            }
            space.decref(main);
            interp.threadDone();
            table.close();
        }
        assertEquals("0\n1\n3 1\n0\n1\n0 None\n0\n1\n0\n", out.toString());
    }
}
