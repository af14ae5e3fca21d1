package dev.pyheap.interpreter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyheap.interpreter.Cases;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.parser.CompileWarning;
import dev.pyheap.interpreter.parser.PythonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The warnings of reading a program (tokenizer, string parser, compiler) are CPython's, in CPython's
 * order: those {@code compile(src, 'prog.py', 'exec')} issued with every warning shown, recorded by
 * record_parser_cases.py.
 */
class WarningsCorpusTest {
    @TestFactory
    Stream<DynamicTest> warningsEqualCpython() {
        return Cases.load("warnings").stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            List<CompileWarning> warnings = new ArrayList<>();
            Mod.Module m = (Mod.Module) PythonParser.parse(c.source(), "prog.py", PythonParser.Mode.EXEC, warnings);
            Analysis.of(m, "prog.py", 0, warnings);
            List<String> actual = warnings.stream().map(w -> w.category() + " " + w.lineno() + " " + w.message()).toList();
            assertEquals(String.join("\n", c.expected()), String.join("\n", actual), c.source());
        }));
    }
}
