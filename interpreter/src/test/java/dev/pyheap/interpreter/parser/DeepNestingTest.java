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

    @Test
    void parenthesesLimit() {
        PythonParser.parseModule("x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\n", "p");
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class,
                () -> PythonParser.parseModule("x = " + "(".repeat(201) + "1" + ")".repeat(201) + "\n", "p"));
        assertEquals("too many nested parentheses 1 205", e.msg() + " " + e.lineno() + " " + e.offset());
    }
}
