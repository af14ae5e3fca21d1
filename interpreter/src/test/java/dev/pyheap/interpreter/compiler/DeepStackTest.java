package dev.pyheap.interpreter.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.parser.NestingTooDeepError;
import dev.pyheap.interpreter.parser.PythonParser;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * CPython compiles 2,998 nested {@code not}s; so do we on a thread whose stack is far too small for
 * the passes' recursion (the compilation moves to a deep-stack thread), with the same code object;
 * one level more is still CPython's RecursionError.
 */
class DeepStackTest {
    private static Object onSmallStack(Mod.Module m) throws InterruptedException {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = Thread.ofPlatform().stackSize(256 << 10).unstarted(() -> {
            try {
                out.set(Analysis.of(m, "p", 0).code());
            } catch (RuntimeException | Error e) {
                out.set(e);
            }
        });
        t.start();
        t.join();
        return out.get();
    }

    @Test
    void deepNestingCompilesOnASmallStack() throws InterruptedException {
        Mod.Module m = PythonParser.parseModule("x = " + "not ".repeat(2998) + "y\n", "p");
        Code small = (Code) onSmallStack(m);
        Code main = Analysis.of(m, "p", 0).code();
        assertArrayEquals(main.code(), small.code());
        assertArrayEquals(main.linetable(), small.linetable());
        assertEquals(main.stacksize(), small.stacksize());
    }

    @Test
    void tooDeepIsStillRecursionError() throws InterruptedException {
        Mod.Module m = PythonParser.parseModule("x = " + "not ".repeat(2999) + "y\n", "p");
        NestingTooDeepError e = assertInstanceOf(NestingTooDeepError.class, onSmallStack(m));
        assertEquals("maximum recursion depth exceeded during compilation", e.getMessage());
    }
}
