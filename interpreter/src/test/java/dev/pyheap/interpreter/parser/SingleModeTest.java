package dev.pyheap.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyheap.interpreter.ast.AstDump;
import org.junit.jupiter.api.Test;

/**
 * {@code compile(src, '<s>', 'single', ast.PyCF_ONLY_AST)}: the expected dumps and errors are CPython
 * 3.11.7's for the same sources, run by hand with python3.
 */
class SingleModeTest {
    private static String single(String src) {
        try {
            return AstDump.dump(PythonParser.parse(src, "<s>", PythonParser.Mode.SINGLE), false);
        } catch (PythonSyntaxError e) {
            return e.msg() + " " + e.lineno() + " " + e.offset();
        }
    }

    @Test
    void oneStatement() {
        assertEquals("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])",
                single("x = 1"));
        assertEquals("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
                + "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))])", single("x = 1; y = 2"));
        assertEquals("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])",
                single("x = 1 # c\n# d\n"));
    }

    @Test
    void compoundStatementWithoutTrailingBlankLine() {
        assertEquals("Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], "
                + "orelse=[])])", single("if x:\n  y"));
    }

    @Test
    void errors() {
        assertEquals("multiple statements found while compiling a single statement 1 6", single("x = 1\ny = 2"));
        assertEquals("invalid syntax 1 0", single("\n"));
    }
}
