package dev.pyheap.interpreter.run;

import dev.pyheap.interpreter.builtins.ModuleTable;
import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.interpreter.eval.Interpreter;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * An interpreter kept open on a heap, for code that runs Python repeatedly in one namespace (the
 * benchmarks): the module table, a {@code __main__} dict, and compiled code run in it. Every call
 * needs the calling thread attached to the heap with the GIL held; {@link #close} before the heap.
 */
public final class Session implements AutoCloseable {
    private final Interpreter interp;
    private final ModuleTable table;
    private final ObjectSpace space;
    private final long main;

    public Session(PyHeap heap, PrintWriter out) {
        this.interp = new Interpreter(heap.interpreterState());
        this.space = interp.space();
        this.table = new ModuleTable(interp, null, heap);
        table.init(List.of("session"), out, new PrintWriter(Writer.nullWriter()));
        main = space.moduleType.create("__main__");
        long b = space.dictType.getItemString(table.modules(), "builtins");
        long key = space.strType.literalName("__builtins__");
        space.dictType.setItem(space.moduleType.dict(main), key, b);
        space.decref(key);
    }

    /** Compiled code ready to run in this session's {@code __main__} namespace. */
    public final class Compiled implements AutoCloseable {
        private final Interpreter.Loaded loaded;

        private Compiled(Interpreter.Loaded loaded) {
            this.loaded = loaded;
        }

        /** Runs the code; a Python exception propagates as a PyException. */
        public void run() {
            long dict = space.moduleType.dict(main);
            space.decref(interp.evalCode(loaded.code(), dict, dict));
        }

        @Override
        public void close() {
            loaded.close();
        }
    }

    /** Compiles {@code source} (module code) for this session. */
    public Compiled compile(String source) {
        Code code = table.compile(source, "<session>");
        return new Compiled(interp.load(code, false));
    }

    /** Compiles and runs {@code source} once. */
    public void exec(String source) {
        try (Compiled c = compile(source)) {
            c.run();
        }
    }

    @Override
    public void close() {
        space.decref(main);
        interp.threadDone();
        table.close();
    }
}
