package dev.pyheap.interpreter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyheap.interpreter.Cases;
import dev.pyheap.interpreter.ast.ConstantRepr;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.parser.PythonParser;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Programs that parse but that CPython's compiler rejects (future.c, symtable.c, compile.c): the
 * parser accepts them, and {@link Analysis} raises the SyntaxError {@code compile(src, 'prog.py',
 * 'exec')} raised when record_parser_cases.py ran (stage {@code compiler}), with its class, message and
 * positions.
 */
class CompileErrorCorpusTest {
    private static final List<Cases.Case> CASES = Cases.load("errors").stream()
            .filter(c -> c.expected().getFirst().equals("stage=compiler")).toList();

    @Test
    void corpusIsLargeEnough() {
        assertTrue(CASES.size() >= 40, "compiler error corpus has " + CASES.size() + " cases");
    }

    @TestFactory
    Stream<DynamicTest> errorsEqualCpython() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Mod.Module m = PythonParser.parseModule(c.source(), "prog.py");
            PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> Analysis.of(m, "prog.py", 0), c.source());
            String pos = e.lineno() + " " + e.offset() + " " + (e.endLineno() == PythonSyntaxError.NONE ? "None" : e.endLineno())
                    + " " + (e.endOffset() == PythonSyntaxError.NONE ? "None" : e.endOffset());
            String actual = String.join("\n", "stage=compiler", "class=" + e.kind(), "msg=" + e.msg(), "position=" + pos,
                    "text=" + (e.text() == null ? "None" : ConstantRepr.strRepr(e.text())));
            assertEquals(String.join("\n", c.expected()), actual, c.source());
        }));
    }
}
