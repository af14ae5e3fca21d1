package dev.pyheap.interpreter.builtins;

import dev.pyheap.interpreter.ast.Alias;
import dev.pyheap.interpreter.ast.Arg;
import dev.pyheap.interpreter.ast.Arguments;
import dev.pyheap.interpreter.ast.AstValidator;
import dev.pyheap.interpreter.ast.Boolop;
import dev.pyheap.interpreter.ast.Cmpop;
import dev.pyheap.interpreter.ast.Complex;
import dev.pyheap.interpreter.ast.Comprehension;
import dev.pyheap.interpreter.ast.ConstantFrozenset;
import dev.pyheap.interpreter.ast.ConstantTuple;
import dev.pyheap.interpreter.ast.ExceptHandler;
import dev.pyheap.interpreter.ast.Expr;
import dev.pyheap.interpreter.ast.ExprContext;
import dev.pyheap.interpreter.ast.InvalidAstException;
import dev.pyheap.interpreter.ast.Keyword;
import dev.pyheap.interpreter.ast.MatchCase;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.ast.Operator;
import dev.pyheap.interpreter.ast.Pattern;
import dev.pyheap.interpreter.ast.PySingleton;
import dev.pyheap.interpreter.ast.Stmt;
import dev.pyheap.interpreter.ast.TypeIgnore;
import dev.pyheap.interpreter.ast.Unaryop;
import dev.pyheap.interpreter.ast.WithItem;
import dev.pyheap.interpreter.compiler.Analysis;
import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.interpreter.eval.Interpreter;
import dev.pyheap.interpreter.parser.CompileWarning;
import dev.pyheap.interpreter.parser.PythonParser;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _pyheap_ast}, the bridge between the parser's tree ({@link dev.pyheap.interpreter.ast}) and
 * the node objects of the library's {@code _ast} and {@code ast} modules (CPython's
 * Python/Python-ast.c, {@code ast2obj_mod} and {@code obj2ast_mod}). The tree crosses as plain
 * objects: a node is a tuple whose first item is its class name and whose other items are its fields
 * then its position attributes, in Python.asdl's order (the order of the records' components); an
 * operator or context is a one-item tuple; a sequence is a list; an absent optional field is None.
 * {@code _ast} turns these tuples into node objects and back, with CPython's type checks and
 * messages; this side only reads and writes them, so the conversion is one reflective walk over the
 * records rather than a hand-written case per node:
 * <ul>
 * <li>{@code parse(source, filename, mode)}: the tree of {@code source} (str or bytes) as tuples,
 *     CPython's SyntaxError when it is not Python;</li>
 * <li>{@code compile(tree, filename, mode, optimize)}: the code object of a tree of tuples, after
 *     {@code _PyAST_Validate}'s checks (ValueError or TypeError with its messages).</li>
 * </ul>
 */
final class AstModule {
    /** The record or enum class of each node name of Python.asdl. */
    private static final Map<String, Class<?>> NODES = nodes();
    private static final Map<Class<?>, String> PRODUCT_NAMES = Map.of(Arguments.class, "arguments", Arg.class, "arg",
            Keyword.class, "keyword", Alias.class, "alias", WithItem.class, "withitem", MatchCase.class, "match_case",
            Comprehension.class, "comprehension");

    private AstModule() {
    }

    private static Map<String, Class<?>> nodes() {
        Map<String, Class<?>> m = new HashMap<>();
        for (Class<?> sum : List.of(Mod.class, Stmt.class, Expr.class, Pattern.class)) {
            for (Class<?> c : sum.getPermittedSubclasses()) {
                m.put(c.getSimpleName(), c);
            }
        }
        m.putAll(Map.of("arguments", Arguments.class, "arg", Arg.class, "keyword", Keyword.class, "alias", Alias.class,
                "withitem", WithItem.class, "match_case", MatchCase.class, "comprehension", Comprehension.class));
        m.put("ExceptHandler", ExceptHandler.class);
        m.put("TypeIgnore", TypeIgnore.class);
        for (Class<? extends Enum<?>> e : List.of(ExprContext.class, Boolop.class, Operator.class, Unaryop.class, Cmpop.class)) {
            for (Enum<?> constant : e.getEnumConstants()) {
                m.put(constant.name(), e);
            }
        }
        return Map.copyOf(m);
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Interpreter interp = table.interpreter();
        SysModule.function(space, module, dict, "parse", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "parse", a, n, kw).exactly(3);
            PythonParser.Mode mode = mode(space, c.get(2));
            String filename = space.strType.check(c.get(1)) ? space.strType.value(c.get(1)) : Abstract.str(space, c.get(1));
            String text = CoreFunctions.sourceText(space, c.get(0), "compile", PythonParser.Mode.EXEC, filename);
            Mod mod;
            List<CompileWarning> warnings = new ArrayList<>();
            try {
                mod = PythonParser.parse(text, filename, mode, warnings);
            } catch (PythonSyntaxError e) {
                throw SyntaxErrors.toPython(space, e);
            }
            table.warnCompile(warnings);
            return new ToObjects(space).node(mod);
        });
        SysModule.function(space, module, dict, "compile", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "compile", a, n, kw).exactly(4);
            String filename = space.strType.check(c.get(1)) ? space.strType.value(c.get(1)) : Abstract.str(space, c.get(1));
            Mod mod = (Mod) new FromObjects(space).value(c.get(0), Mod.class);
            try {
                AstValidator.validate(mod);
            } catch (InvalidAstException e) {
                throw new PyException(e.pythonType(), e.getMessage());
            } catch (NullPointerException e) {
                // a node missing where _ast and the validator let it through: an error, not a crash
                throw new PyException("SystemError", "invalid AST: a required node is None");
            }
            List<CompileWarning> warnings = new ArrayList<>();
            Code code;
            try {
                code = Analysis.compile(mod, filename, 0, warnings);
            } catch (PythonSyntaxError e) {
                throw SyntaxErrors.toPython(space, e);
            }
            table.warnCompile(warnings);
            try (Interpreter.Loaded loaded = interp.load(code, false)) {
                return space.newRef(loaded.code());
            }
        });
    }

    private static PythonParser.Mode mode(ObjectSpace space, long mode) {
        return switch (space.strType.value(mode)) {
            case "exec" -> PythonParser.Mode.EXEC;
            case "eval" -> PythonParser.Mode.EVAL;
            case "single" -> PythonParser.Mode.SINGLE;
            case "func_type" -> throw new PyException("NotImplementedError", "compile() mode 'func_type' is not supported");
            default -> throw new PyException("ValueError", "compile() mode must be 'exec', 'eval' or 'single'");
        };
    }

    /** The parser's tree as tuples (ast2obj). Each method returns a new reference. */
    private record ToObjects(ObjectSpace space) {
        long node(Object node) {
            if (node instanceof Enum<?> e) {
                long name = space.strType.literalName(e.name());
                try {
                    return space.tupleType.create(name);
                } finally {
                    space.decref(name);
                }
            }
            RecordComponent[] components = node.getClass().getRecordComponents();
            long[] items = new long[components.length + 1];
            try {
                items[0] = space.strType.literalName(name(node.getClass()));
                for (int i = 0; i < components.length; i++) {
                    Object v;
                    try {
                        v = components[i].getAccessor().invoke(node);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    items[i + 1] = components[i].getName().equals("value") && !(v instanceof Expr)
                            ? constant(v) : value(v);
                }
                return space.tupleType.create(items);
            } finally {
                for (long o : items) {
                    space.xdecref(o);
                }
            }
        }

        private long value(Object v) {
            return switch (v) {
                case null -> space.newNone();
                case Integer i -> space.newInt(i);
                case String s -> space.strType.literal(s);
                case List<?> list -> {
                    long[] items = new long[list.size()];
                    try {
                        for (int i = 0; i < items.length; i++) {
                            items[i] = value(list.get(i));
                        }
                        yield space.listType.create(items);
                    } finally {
                        for (long o : items) {
                            space.xdecref(o);
                        }
                    }
                }
                default -> node(v);
            };
        }

        /** A constant's value as the heap object the compiler would make of it. */
        private long constant(Object v) {
            return switch (v) {
                case null -> space.newNone();
                case PySingleton s -> space.newRef(s == PySingleton.None ? space.none : space.ellipsis);
                case Boolean b -> space.newRef(b ? space.trueObject : space.falseObject);
                case Long l -> space.newInt(l);
                case Integer i -> space.newInt(i);
                case BigInteger b -> b.bitLength() < 64 ? space.newInt(b.longValue()) : space.intType.createFromBig(b);
                case Double d -> space.floatType.create(d);
                case String s -> space.strType.literal(s);
                case byte[] b -> space.bytesType.of(b);
                case Complex c -> space.complexType.create(c.real(), c.imag());
                case ConstantTuple t -> items(t.elts(), false);
                case ConstantFrozenset f -> items(f.elts(), true);
                default -> throw new PyException("SystemError", "unexpected constant " + v.getClass().getSimpleName());
            };
        }

        private long items(List<Object> elts, boolean frozen) {
            long[] items = new long[elts.size()];
            try {
                for (int i = 0; i < items.length; i++) {
                    items[i] = constant(elts.get(i));
                }
                if (!frozen) {
                    return space.tupleType.create(items);
                }
                long set = space.frozenSetType.create();
                for (long item : items) {
                    space.frozenSetType.add(set, item);
                }
                return set;
            } finally {
                for (long o : items) {
                    space.xdecref(o);
                }
            }
        }
    }

    /** The Python.asdl name of a record class: its simple name, but for the product types, which are lower case. */
    private static String name(Class<?> c) {
        return c.getEnclosingClass() == null && c != ExceptHandler.class && c != TypeIgnore.class
                ? PRODUCT_NAMES.get(c) : c.getSimpleName();
    }

    /**
     * A tree of tuples back as records (obj2ast), reading what {@code _ast} checked: the node names,
     * the number of items, the kinds of the fields. What it did not check (a constant's type) is
     * reported as CPython's validator does.
     */
    private record FromObjects(ObjectSpace space) {
        Object value(long o, Type type) {
            if (type instanceof ParameterizedType p) { // a List<X>
                Type element = p.getActualTypeArguments()[0];
                long n = space.listType.size(o);
                List<Object> list = new ArrayList<>((int) n);
                for (long i = 0; i < n; i++) {
                    list.add(value(space.listType.item(o, i), element));
                }
                return java.util.Collections.unmodifiableList(list);
            }
            if (o == space.none) {
                return type == int.class ? (Object) 0 : null; // an absent optional int (ImportFrom's level) is 0
            }
            if (type == int.class) {
                return (int) space.intType.longValue(o);
            }
            if (type == String.class) {
                return space.strType.value(o);
            }
            if (type == Object.class) {
                return constant(o);
            }
            String name = space.strType.value(space.tupleType.item(o, 0));
            Class<?> c = NODES.get(name);
            if (c.isEnum()) {
                for (Object constant : c.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(name)) {
                        return constant;
                    }
                }
            }
            RecordComponent[] components = c.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                long item = space.tupleType.item(o, i + 1);
                args[i] = components[i].getName().equals("value") && components[i].getType() == Object.class
                        ? constant(item) : value(item, components[i].getGenericType());
            }
            try {
                Constructor<?> k = c.getDeclaredConstructor(types);
                return k.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private Object constant(long o) {
            if (o == space.none) {
                return PySingleton.None;
            }
            if (o == space.ellipsis) {
                return PySingleton.Ellipsis;
            }
            if (o == space.trueObject || o == space.falseObject) {
                return o == space.trueObject;
            }
            if (space.intType.check(o)) {
                return space.intType.fitsLong(o) ? (Object) space.intType.longValue(o) : space.intType.bigValue(o);
            }
            if (space.floatType.check(o)) {
                return space.floatType.value(o);
            }
            if (space.complexType.check(o)) {
                return new Complex(space.complexType.real(o), space.complexType.imag(o));
            }
            if (space.strType.check(o)) {
                return space.strType.value(o);
            }
            if (space.bytesType.check(o)) {
                return space.bytesType.value(o);
            }
            boolean frozen = space.frozenSetType.check(o);
            if (space.tupleType.check(o) || frozen) {
                long t = frozen ? Abstract.sequenceTuple(space, o) : space.newRef(o);
                try {
                    List<Object> elts = new ArrayList<>();
                    for (long i = 0; i < space.tupleType.size(t); i++) {
                        elts.add(constant(space.tupleType.item(t, i)));
                    }
                    return frozen ? new ConstantFrozenset(elts) : new ConstantTuple(elts);
                } finally {
                    space.decref(t);
                }
            }
            throw new PyException("TypeError", "got an invalid type in Constant: " + space.typeOf(o).name);
        }
    }
}
