package dev.pyheap.interpreter.eval;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.interpreter.builtins.ModuleTable;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.SanityReport;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An interpreter on a fresh heap for the evaluator's tests: a {@code __main__} namespace in which
 * sources run, with access to its globals and to a function's {@link CodeInfo}; what the programs
 * print, and the heap's sanity report once the namespace is cleared and the interpreter closed.
 */
final class EvalHarness {
    private EvalHarness() {
    }

    interface Session {
        void run(String source);

        long global(String name);

        CodeInfo code(String function);
    }

    record Result(String out, SanityReport sanity) {
    }

    /**
     * Runs {@code source} under {@code collector} and checks that it printed {@code expected} and left
     * the heap sane once its namespace was cleared.
     */
    static void assertRuns(String collector, String source, String expected) {
        Result r = withInterpreter(collector, s -> s.run(source));
        org.junit.jupiter.api.Assertions.assertEquals(expected, r.out());
        org.junit.jupiter.api.Assertions.assertTrue(r.sanity().ok(), r.sanity().format());
    }

    static Result withInterpreter(String collector, Consumer<Session> body) {
        StringWriter out = new StringWriter();
        try (PyHeap heap = PyHeap.open(Configuration.of(Map.of("collector", collector)));
             PyThreadState thread = heap.attach(); var gil = thread.gil()) {
            Interpreter interp = new Interpreter(heap.interpreterState());
            ObjectSpace space = interp.space();
            ModuleTable table = new ModuleTable(interp, null, heap);
            table.init(List.of("test"), new PrintWriter(out), new PrintWriter(new StringWriter()));
            long main = space.moduleType.create("__main__");
            long dict = space.moduleType.dict(main);
            long b = space.dictType.getItemString(table.modules(), "builtins");
            long key = space.strType.literalName("__builtins__");
            space.dictType.setItem(dict, key, b);
            space.decref(key);
            body.accept(new Session() {
                @Override
                public void run(String source) {
                    try (Interpreter.Loaded loaded = interp.load(table.compile(source, "<test>"), false)) {
                        space.decref(interp.evalCode(loaded.code(), dict, dict));
                    }
                }

                @Override
                public long global(String name) {
                    return space.dictType.getItemString(dict, name);
                }

                @Override
                public CodeInfo code(String function) {
                    return interp.infoOfFunction(global(function));
                }
            });
            space.dictType.clear(dict);
            space.decref(main);
            interp.threadDone();
            table.close();
            return new Result(out.toString(), heap.checkSanity());
        }
    }
}
