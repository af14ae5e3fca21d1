package dev.pyheap.bench;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.interpreter.run.Session;
import dev.pyheap.runtime.GilScope;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;

/**
 * What the interpreter benchmarks run in: a generational heap, the benchmark thread attached and
 * holding the GIL, and a {@link Session} whose output is discarded. Closed in the reverse order.
 */
final class InterpreterHeap implements AutoCloseable {
    private final PyHeap heap;
    private final PyThreadState thread;
    private final GilScope gil;
    private final Session session;

    InterpreterHeap() {
        heap = PyHeap.open(Configuration.of(Map.of("collector", "generational")));
        thread = heap.attach();
        gil = thread.gil();
        session = new Session(heap, new PrintWriter(Writer.nullWriter()));
    }

    Session session() {
        return session;
    }

    @Override
    public void close() {
        session.close();
        gil.close();
        thread.close();
        heap.close();
    }
}
