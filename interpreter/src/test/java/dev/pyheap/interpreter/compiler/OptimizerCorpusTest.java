package dev.pyheap.interpreter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyheap.interpreter.Cases;
import dev.pyheap.interpreter.ast.Comprehension;
import dev.pyheap.interpreter.ast.ConstantRepr;
import dev.pyheap.interpreter.ast.Expr;
import dev.pyheap.interpreter.ast.Keyword;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.ast.PySingleton;
import dev.pyheap.interpreter.parser.PythonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The optimizer folds what CPython 3.11's folds, and nothing more: for each expression, the
 * constants left in the optimized AST, listed in the order CPython's compiler adds them to
 * {@code co_consts} (each code object of a lambda or comprehension with its own constants), equal
 * the {@code co_consts} recorded from {@code compile(src, 'prog.py', 'eval')}.
 */
class OptimizerCorpusTest {
    private static final List<Cases.Case> CASES = Cases.load("optimizer");

    /** One code object's constants, deduplicated by type and value as the compiler's const cache. */
    private static final class Consts {
        final String name;
        final Map<String, String> byKey = new LinkedHashMap<>();

        Consts(String name) {
            this.name = name;
        }

        void add(Object value) {
            String repr = ConstantRepr.repr(value);
            byKey.putIfAbsent(value.getClass().getSimpleName() + ":" + repr, repr);
        }

        void addCode(Consts code) {
            byKey.put("code:" + byKey.size(), code.render());
        }

        String render() {
            List<String> parts = new ArrayList<>(byKey.values());
            String inner = String.join(", ", parts) + (parts.size() == 1 ? "," : "");
            return name == null ? "(" + inner + ")" : "code:" + name + "(" + inner + ")";
        }
    }

    private static void collect(Expr e, Consts c) {
        switch (e) {
            case Expr.Constant k -> c.add(k.value());
            case Expr.BoolOp b -> b.values().forEach(x -> collect(x, c));
            case Expr.BinOp b -> {
                collect(b.left(), c);
                collect(b.right(), c);
            }
            case Expr.UnaryOp u -> collect(u.operand(), c);
            case Expr.IfExp i -> {
                collect(i.test(), c);
                collect(i.body(), c);
                collect(i.orelse(), c);
            }
            case Expr.Dict d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    collect(d.keys().get(i), c);
                    collect(d.values().get(i), c);
                }
            }
            case Expr.Set s -> s.elts().forEach(x -> collect(x, c));
            case Expr.List l -> l.elts().forEach(x -> collect(x, c));
            case Expr.Tuple t -> t.elts().forEach(x -> collect(x, c));
            case Expr.Compare cmp -> {
                collect(cmp.left(), c);
                cmp.comparators().forEach(x -> collect(x, c));
            }
            case Expr.Call call -> {
                collect(call.func(), c);
                call.args().forEach(x -> collect(x, c));
                for (Keyword k : call.keywords()) {
                    collect(k.value(), c);
                }
            }
            case Expr.Subscript s -> {
                collect(s.value(), c);
                collect(s.slice(), c);
            }
            case Expr.Attribute a -> collect(a.value(), c);
            case Expr.Starred s -> collect(s.value(), c);
            case Expr.Lambda l -> {
                l.args().defaults().forEach(x -> collect(x, c));
                Consts inner = new Consts("<lambda>");
                inner.add(PySingleton.None);
                collect(l.body(), inner);
                c.addCode(inner);
            }
            case Expr.ListComp lc -> comprehension("<listcomp>", lc.generators(), List.of(lc.elt()), false, c);
            case Expr.SetComp sc -> comprehension("<setcomp>", sc.generators(), List.of(sc.elt()), false, c);
            case Expr.DictComp dc -> comprehension("<dictcomp>", dc.generators(), List.of(dc.key(), dc.value()), false, c);
            case Expr.GeneratorExp g -> comprehension("<genexpr>", g.generators(), List.of(g.elt()), true, c);
            default -> {
            }
        }
    }

    private static void comprehension(String name, List<Comprehension> gens, List<Expr> elts, boolean genexp, Consts c) {
        Consts inner = new Consts(name);
        for (int i = 0; i < gens.size(); i++) {
            if (i > 0) {
                collect(gens.get(i).iter(), inner);
            }
            gens.get(i).ifs().forEach(x -> collect(x, inner));
        }
        elts.forEach(x -> collect(x, inner));
        if (genexp) {
            inner.add(PySingleton.None);
        }
        c.addCode(inner);
        collect(gens.getFirst().iter(), c);
    }

    @TestFactory
    Stream<DynamicTest> constantsEqualCpython() {
        return CASES.stream().map(k -> DynamicTest.dynamicTest(k.toString(), () -> {
            Mod.Expression parsed = (Mod.Expression) PythonParser.parse(k.source().strip(), "prog.py",
                    PythonParser.Mode.EVAL);
            Mod.Expression optimized = AstOptimizer.optimize(parsed, 0, false);
            Consts consts = new Consts(null);
            collect(optimized.body(), consts);
            assertEquals(k.expected().getFirst(), consts.render(), k.source());
        }));
    }
}
