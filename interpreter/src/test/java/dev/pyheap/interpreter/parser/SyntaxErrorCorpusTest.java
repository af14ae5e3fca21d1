package dev.pyheap.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyheap.interpreter.Cases;
import dev.pyheap.interpreter.ast.ConstantRepr;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Invalid programs the parser rejects raise CPython 3.11.7's SyntaxError exactly: class, message,
 * lineno, offset, end_lineno, end_offset and the source line, as {@code compile(src, 'prog.py',
 * 'exec')} raised them when record_parser_cases.py ran (stage {@code parser}).
 */
class SyntaxErrorCorpusTest {
    private static final List<Cases.Case> CASES = Cases.load("errors").stream()
            .filter(c -> c.expected().getFirst().equals("stage=parser")).toList();

    @Test
    void corpusIsLargeEnough() {
        assertTrue(CASES.size() >= 80, "parser error corpus has " + CASES.size() + " cases");
    }

    /** The recorded lines for an error, in record_parser_cases.py's format. */
    static List<String> describe(String stage, PythonSyntaxError e) {
        String pos = e.lineno() + " " + e.offset() + " " + (e.endLineno() == PythonSyntaxError.NONE ? "None" : e.endLineno()) + " "
                + (e.endOffset() == PythonSyntaxError.NONE ? "None" : e.endOffset());
        return List.of("stage=" + stage, "class=" + e.kind(), "msg=" + e.msg(), "position=" + pos,
                "text=" + (e.text() == null ? "None" : ConstantRepr.strRepr(e.text())));
    }

    @TestFactory
    Stream<DynamicTest> errorsEqualCpython() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            PythonSyntaxError e = assertThrows(PythonSyntaxError.class,
                    () -> PythonParser.parse(c.source(), "prog.py", PythonParser.Mode.EXEC), c.source());
            assertEquals(String.join("\n", c.expected()), String.join("\n", describe("parser", e)), c.source());
        }));
    }
}
