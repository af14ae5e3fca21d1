package dev.pyheap.interpreter.builtins;

import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.compiler.Future;
import dev.pyheap.interpreter.compiler.Symtable;
import dev.pyheap.interpreter.compiler.SymtableEntry;
import dev.pyheap.interpreter.parser.CompileWarning;
import dev.pyheap.interpreter.parser.PythonParser;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code _pyheap_symtable}: the compiler's own symbol table ({@link Symtable}, Python/symtable.c) of a
 * source text, for the library's {@code _symtable} and {@code symtable} modules. As CPython's
 * {@code _Py_SymtableStringObjectFlags}, the source is parsed and its future statements read, and the
 * table is built on the tree as parsed (the AST optimizer does not run first).
 *
 * <p>{@code build(source, filename, mode)}: {@code source} a str or bytes, {@code mode} 'exec',
 * 'eval' or 'single' (the caller checked both). Each block crosses as a tuple {@code (name, type,
 * lineno, nested, symbols, varnames, children)}: {@code type} symtable.h's _Py_block_ty number,
 * {@code symbols} a dict of each name's flags (the DEF_* bits and the scope from bit 11) in the order
 * the names were first seen, {@code varnames} the parameters, {@code children} the nested blocks'
 * tuples in source order. A source that is not Python raises CPython's SyntaxError.
 */
final class SymtableModule {
    private SymtableModule() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        SysModule.function(space, module, dict, "build", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "build", a, n, kw).exactly(3);
            String filename = space.strType.value(c.get(1));
            PythonParser.Mode mode = switch (space.strType.value(c.get(2))) {
                case "eval" -> PythonParser.Mode.EVAL;
                case "single" -> PythonParser.Mode.SINGLE;
                default -> PythonParser.Mode.EXEC;
            };
            String text = CoreFunctions.sourceText(space, c.get(0), "symtable", PythonParser.Mode.EXEC, filename);
            List<CompileWarning> warnings = new ArrayList<>();
            Symtable st;
            try {
                Mod mod = PythonParser.parse(text, filename, mode, warnings);
                st = Symtable.build(mod, filename, Future.of(mod, filename).annotations());
            } catch (PythonSyntaxError e) {
                throw SyntaxErrors.toPython(space, e);
            }
            table.warnCompile(warnings);
            return block(space, st.top());
        });
    }

    /** The tuple of one block and, inside it, its children's (a new reference). */
    private static long block(ObjectSpace space, SymtableEntry ste) {
        long symbols = space.dictType.create();
        long varnames = space.listType.create();
        long children = space.listType.create();
        long name = space.strType.runtime(ste.name());
        long type = space.newInt(switch (ste.type()) {
            case FUNCTION -> 0;
            case CLASS -> 1;
            case MODULE -> 2;
            case ANNOTATION -> 3;
        });
        long lineno = space.newInt(ste.lineno());
        long nested = space.newInt(ste.isNested() ? 1 : 0);
        try {
            for (String n : ste.names()) {
                long key = space.strType.runtime(n);
                long flags = space.newInt(ste.lookup(n).flags());
                space.dictType.setItem(symbols, key, flags);
                space.decref(key);
                space.decref(flags);
            }
            for (String v : ste.varnames()) {
                long text = space.strType.runtime(v);
                space.listType.append(varnames, text);
                space.decref(text);
            }
            for (SymtableEntry child : ste.children()) {
                long t = block(space, child);
                space.listType.append(children, t);
                space.decref(t);
            }
            return space.tupleType.create(name, type, lineno, nested, symbols, varnames, children);
        } finally {
            for (long o : new long[] {name, type, lineno, nested, symbols, varnames, children}) {
                space.decref(o);
            }
        }
    }
}
