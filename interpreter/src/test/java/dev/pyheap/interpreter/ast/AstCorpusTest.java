package dev.pyheap.interpreter.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyheap.interpreter.Cases;
import dev.pyheap.interpreter.parser.PythonParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus snippet parses to the AST CPython 3.11.7 gives: {@code ast.dump(ast.parse(src),
 * include_attributes=True)} recorded by record_parser_cases.py, compared byte for byte.
 */
class AstCorpusTest {
    private static final List<Cases.Case> CASES = Cases.load("corpus");

    @Test
    void corpusIsLargeEnough() {
        assertEquals(true, CASES.size() >= 300, "corpus has " + CASES.size() + " cases");
    }

    @TestFactory
    Stream<DynamicTest> dumpsEqualCpython() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Mod.Module m = PythonParser.parseModule(c.source(), "<unknown>");
            assertEquals(c.expected().getFirst(), AstDump.dump(m, true), c.source());
        }));
    }
}
