package dev.pyheap.interpreter.builtins;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.interpreter.eval.Interpreter;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.SanityReport;
import dev.pyheap.runtime.objects.ObjectSpace;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sanity check while Python frames run accounts for every block and every reference: the
 * evaluator's data stack chunks (where the frames live) are declared as kept blocks, not reported
 * as leaks, and what the running calls hold (the frames' value stacks, the argument arrays a
 * {@code f(*args, **kwargs)} call owns) are roots, so an object only they hold is found even
 * when a collection untracked it.
 */
class DataStackSanityTest {

    @Test
    void sanityCheckDuringARunAccountsForTheDataStack() {
        List<SanityReport> reports = new ArrayList<>();
        StringWriter out = new StringWriter();
        try (PyHeap heap = PyHeap.open(Configuration.of(Map.of("collector", "generational")));
             PyThreadState thread = heap.attach(); var gil = thread.gil()) {
            Interpreter interp = new Interpreter(heap.interpreterState());
            ObjectSpace space = interp.space();
            ModuleTable table = new ModuleTable(interp, null, heap);
            table.init(List.of("test"), new PrintWriter(out), new PrintWriter(new StringWriter()));
            long builtins = space.moduleType.dict(space.dictType.getItemString(table.modules(), "builtins"));
            SysModule.function(space, 0, builtins, "check_sanity", (self, a, n, kw) -> {
                reports.add(heap.checkSanity());
                return space.newNone();
            });
            // what this test holds from Java it holds through handles, which the checker counts as roots
            var main = heap.interpreterState().wrap(space.moduleType.create("__main__"));
            long dict = space.moduleType.dict(heap.interpreterState().addressOf(main));
            SysModule.setItem(space, dict, "__builtins__", space.dictType.getItemString(table.modules(), "builtins"));
            // deep enough to need a second data stack chunk (16 KiB each), with automatic collection on;
            // at the bottom a collection untracks the calls' argument tuples (tuples of ints held only by
            // the running CALL_FUNCTION_EX instructions) and the keyword-names tuple of the f(**kw) call
            // (held only by that call, with the argument array _PyStack_UnpackDict made for it): the
            // checker finds them through the frames' value stacks and the thread's held arrays
            String source = """
                    import gc
                    def bottom(n, **kw):
                        gc.collect()
                        check_sanity()
                        return 0
                    def deep(n, *pad):
                        if n == 0:
                            return bottom(n, **{"first": [n], "second": "s"})
                        return deep(n - 1, *range(40)) + 1
                    print(deep(60), gc.isenabled())
                    """;
            try (Interpreter.Loaded loaded = interp.load(table.compile(source, "<test>"), false)) {
                space.decref(interp.evalCode(loaded.code(), dict, dict));
            }
            main.close();
            interp.threadDone();
            table.close();
        }
        assertEquals("60 True\n", out.toString());
        assertEquals(1, reports.size());
        SanityReport report = reports.get(0);
        // Every block is accounted for (the chunks of the data stack are claimed, none is a leak) and every
        // refcount is explained, also those of what only the running calls hold.
        assertTrue(report.ok(), report.format());
    }
}
