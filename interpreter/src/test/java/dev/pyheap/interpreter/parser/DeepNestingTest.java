package dev.pyheap.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyheap.interpreter.compiler.Analysis;
import dev.pyheap.interpreter.ast.Mod;
import org.junit.jupiter.api.Test;

/**
 * Nesting deeper than the stack is a Python error, never a JVM StackOverflowError; 200 parentheses
 * is the tokenizer's limit, as in CPython ("too many nested parentheses" at the 201st).
 */
class DeepNestingTest {
    @Test
    void parserTooDeepIsMemoryError() {
        String src = "x = " + "not ".repeat(200_000) + "y\n";
        NestingTooDeepError e = assertThrows(NestingTooDeepError.class, () -> PythonParser.parseModule(src, "p"));
        assertEquals("MemoryError", e.pythonType());
    }

    @Test
    void compilerTooDeepIsRecursionError() {
        String src = "x = " + "-".repeat(20_000) + "1\n";
        Mod.Module m;
        try {
            m = PythonParser.parseModule(src, "p");
        } catch (NestingTooDeepError e) {
            return; // this JVM's stack stopped the parser first: also a Python error
        }
        Mod.Module parsed = m;
        NestingTooDeepError e = assertThrows(NestingTooDeepError.class, () -> Analysis.of(parsed, "p", 0));
        assertEquals("RecursionError", e.pythonType());
    }

    /**
     * CPython 3.11.7 running a file: 2998 nested {@code not} compile, 2999 are a RecursionError. The
     * front end needs a deep Java stack for that depth, as the evaluator's threads will have.
     */
    @Test
    void compilerRecursionLimitIsCpythons() throws Exception {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                Analysis.of(PythonParser.parseModule("x = " + "not ".repeat(2998) + "y\n", "p"), "p", 0);
                NestingTooDeepError e = assertThrows(NestingTooDeepError.class,
                        () -> Analysis.of(PythonParser.parseModule("x = " + "not ".repeat(2999) + "y\n", "p"), "p", 0));
                assertEquals("RecursionError: maximum recursion depth exceeded during compilation",
                        e.pythonType() + ": " + e.getMessage());
            } catch (Throwable x) {
                failure[0] = x;
            }
        }, "deep-stack", 256L << 20);
        t.start();
        t.join();
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }

    @Test
    void parenthesesLimit() {
        PythonParser.parseModule("x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\n", "p");
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class,
                () -> PythonParser.parseModule("x = " + "(".repeat(201) + "1" + ")".repeat(201) + "\n", "p"));
        assertEquals("too many nested parentheses 1 205", e.msg() + " " + e.lineno() + " " + e.offset());
    }
}
