package dev.pyheap.interpreter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyheap.interpreter.Cases;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.parser.PythonParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every block and every symbol of each snippet has the flags Python's {@code symtable} module
 * reports (is_referenced, is_imported, is_parameter, is_global, is_nonlocal, is_declared_global,
 * is_local, is_annotated, is_free, is_assigned, is_namespace), recorded by record_parser_cases.py.
 */
class SymtableCorpusTest {
    private static final List<Cases.Case> CASES = Cases.load("symtable");

    /** The tables in record_parser_cases.py's format. */
    static List<String> describe(SymtableEntry top) {
        List<String> out = new ArrayList<>();
        walk(top, 0, out);
        return out;
    }

    private static void walk(SymtableEntry t, int depth, List<String> out) {
        String pad = "  ".repeat(depth);
        String type = switch (t.type()) {
            case MODULE -> "module";
            case FUNCTION -> "function";
            case CLASS -> "class";
            case ANNOTATION -> "annotation";
        };
        out.add(pad + "table " + type + " " + t.name() + " line=" + t.lineno() + " optimized="
                + (t.isOptimized() ? "True" : "False") + " nested=" + (t.isNested() ? "True" : "False"));
        for (Symbol s : t.symbols().stream().sorted(Comparator.comparing(Symbol::name)).toList()) {
            List<String> flags = new ArrayList<>();
            if (s.isReferenced()) {
                flags.add("referenced");
            }
            if (s.isImported()) {
                flags.add("imported");
            }
            if (s.isParameter()) {
                flags.add("parameter");
            }
            if (s.isGlobal()) {
                flags.add("global");
            }
            if (s.isNonlocal()) {
                flags.add("nonlocal");
            }
            if (s.isDeclaredGlobal()) {
                flags.add("declared_global");
            }
            if (s.isLocal()) {
                flags.add("local");
            }
            if (s.isAnnotated()) {
                flags.add("annotated");
            }
            if (s.isFree()) {
                flags.add("free");
            }
            if (s.isAssigned()) {
                flags.add("assigned");
            }
            if (s.isNamespace()) {
                flags.add("namespace");
            }
            out.add(pad + "  " + s.name() + ": " + String.join(" ", flags));
        }
        for (SymtableEntry c : t.children()) {
            walk(c, depth + 1, out);
        }
    }

    @TestFactory
    Stream<DynamicTest> tablesEqualCpython() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Mod.Module m = PythonParser.parseModule(c.source(), "prog.py");
            Symtable st = Symtable.build(m, "prog.py", Future.fromModule(m, "prog.py").annotations());
            assertEquals(String.join("\n", c.expected()), String.join("\n", describe(st.top())), c.source());
        }));
    }
}
