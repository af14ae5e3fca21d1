package dev.pyheap.interpreter.builtins;

import dev.pyheap.interpreter.eval.Interpreter;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BinaryOp;
import dev.pyheap.runtime.objects.BuiltinFunctionType;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.FloatType;
import dev.pyheap.runtime.objects.IntType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.RecursionDepth;
import dev.pyheap.runtime.objects.PyType;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * The {@code builtins} module (Python/bltinmodule.c): the builtin functions as
 * {@code builtin_function_or_method} objects whose {@code __self__} is the module, the built-in
 * types and exceptions by name, and the constants.
 */
public final class Builtins {
    /** The names under which registered built-in types appear in builtins. */
    private static final Set<String> TYPE_NAMES = Set.of("int", "bool", "float", "str", "bytes", "tuple", "list",
            "dict", "set", "frozenset", "object", "type", "range", "slice", "complex", "bytearray", "property",
            "classmethod", "staticmethod", "super", "memoryview");

    private final ObjectSpace space;
    private final Interpreter interp;
    private final BuiltinIterType enumerateType, zipType, mapType, filterType, reversedType, callIterType;
    final TextIOType textIO;
    /** {@code _io.BytesIO} and {@code _io.StringIO}: static types, their bases the library's ({@code _io._memory_types}). */
    final BytesIOType bytesIO;
    final StringIOType stringIO;
    private final QuitterType quitterType;
    private final PrinterType printerType;
    private final HelperType helperType;
    /** The module and its dict (the module holds the dict; the module table holds the module). */
    private long module;
    private long dict;
    /** {@code print}'s Argument Clinic parser. */
    final ArgParser printKeywords;
    /** Where {@code print} finds {@code sys.stdout}: the sys module's dict (borrowed), set by the module table. */
    long sysDict;

    /** The terminal columns of {@code text[0:end)}: East Asian wide characters take two (unicodedata's table). */
    public static int displayWidth(String text, int end) {
        return UnicodedataModule.displayWidth(text, end);
    }

    public Builtins(Interpreter interp) {
        this.interp = interp;
        this.space = interp.space();
        BuiltinIterType.Calls calls = (f, args) -> callWith(f, args);
        this.enumerateType = space.register(new BuiltinIterType(space, BuiltinIterType.Kind.ENUMERATE, calls));
        this.zipType = space.register(new BuiltinIterType(space, BuiltinIterType.Kind.ZIP, calls));
        this.mapType = space.register(new BuiltinIterType(space, BuiltinIterType.Kind.MAP, calls));
        this.filterType = space.register(new BuiltinIterType(space, BuiltinIterType.Kind.FILTER, calls));
        this.reversedType = space.register(new BuiltinIterType(space, BuiltinIterType.Kind.REVERSED, calls));
        this.callIterType = space.register(new BuiltinIterType(space, BuiltinIterType.Kind.CALLABLE, calls));
        this.textIO = space.register(new TextIOType(space));
        this.bytesIO = space.register(new BytesIOType(space));
        this.stringIO = space.register(new StringIOType(space));
        this.quitterType = space.register(new QuitterType(space, this));
        this.printerType = space.register(new PrinterType(space, this));
        this.helperType = space.register(new HelperType(space, this));
        this.printKeywords = new ArgParser(space, "sep", "end", "file", "flush");
        interp.setInstanceCheck(this::isInstance);
    }

    /**
     * A new stream object ({@code sys.stdout}, fd 1; {@code sys.stderr}, fd 2) writing to descriptor
     * {@code fd} of {@code fds}: stdout block-buffered, stderr line-buffered, both writing through when
     * {@code unbuffered} ({@code -u}, {@code PYTHONUNBUFFERED}). New reference.
     */
    long newTextStream(FdTable fds, int fd, boolean unbuffered, boolean holds, boolean terminal) {
        return textIO.create(fds, fd, unbuffered ? TextIOType.Buffering.WRITE_THROUGH
                : fd == 2 || terminal ? TextIOType.Buffering.LINE : TextIOType.Buffering.BLOCK, holds, terminal, null);
    }

    /** {@code sys.stdin}: a text stream reading descriptor 0 through {@code input}, the read-ahead it shares. New reference. */
    long newInputStream(FdTable fds, StdinBuffer input, boolean terminal) {
        return textIO.create(fds, 0, TextIOType.Buffering.BLOCK, false, terminal, input);
    }

    /** The text sys.stdout and sys.stderr hold, handed to their descriptors (the runner's flush points). */
    public void flushOutput() {
        textIO.handOnAll();
    }

    /** What the standard streams hold dropped, unwritten: the process ends without flushing them ({@code os._exit}). */
    public void discardOutput() {
        textIO.dropAll();
    }

    /**
     * Calls {@code f} with Java-held arguments (borrowed), through a heap argument vector: a vectorcall
     * ({@code PyObject_CallOneArg} of a key function, map's and filter's calls), so no argument tuple
     * is made where CPython makes none.
     */
    long callWith(long f, long[] args) {
        return Abstract.call(space, f, args);
    }

    /** Makes the builtins module (a new reference) and fills its dict. */
    public long create() {
        module = space.moduleType.createBuiltin("builtins");
        dict = space.moduleType.dict(module);
        for (int i = 0; i < space.typeCount(); i++) {
            PyType t = space.typeAt(i);
            if (t != null && !t.hasFlag(PyType.HEAPTYPE) && TYPE_NAMES.contains(t.name)) {
                put(t.name, t.typeObject());
            }
        }
        for (var e : space.exceptions.all()) {
            put(e.name, e.typeObject());
        }
        put("EnvironmentError", space.exceptions.byName("OSError").typeObject());
        put("IOError", space.exceptions.byName("OSError").typeObject());
        for (BuiltinIterType t : List.of(enumerateType, zipType, mapType, filterType, reversedType)) {
            put(t.name, t.typeObject()); // built-in types: their tp_new and tp_vectorcall construct
        }
        put("None", space.none);
        put("True", space.trueObject);
        put("False", space.falseObject);
        put("NotImplemented", space.notImplemented);
        put("Ellipsis", space.ellipsis);
        put("__debug__", space.trueObject);
        defineFunctions();
        return module;
    }

    /**
     * What CPython's {@code site} adds to builtins at start-up (setquit, setcopyright, sethelper):
     * {@code exit}, {@code quit}, {@code copyright} ({@code sys.copyright}), {@code credits},
     * {@code license} (the first of LICENSE.txt and LICENSE found beside the library's folder, in it
     * or in the current directory, else a pointer to the PSF's page) and {@code help}. Called once
     * sys exists.
     */
    public void addSiteBuiltins() {
        for (int which = 0; which < 2; which++) {
            long quitter = quitterType.create(which);
            put(quitterType.nameOf(quitter), quitter);
            space.decref(quitter);
        }
        long copyright = space.dictType.getItemString(sysDict, "copyright");
        String[] none = {};
        putNew("copyright", printerType.create("copyright", space.strType.value(copyright), none, none));
        putNew("credits", printerType.create("credits",
                "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                + "    for supporting Python development.  See www.python.org for more information.", none, none));
        String here = LibraryCode.FILENAME_PREFIX.substring(0, LibraryCode.FILENAME_PREFIX.length() - 1);
        putNew("license", printerType.create("license", "See https://www.python.org/psf/license/",
                new String[] {"LICENSE.txt", "LICENSE"}, new String[] {here + "/..", here, "."}));
        putNew("help", helperType.create());
    }

    private void putNew(String name, long value) {
        try {
            put(name, value);
        } finally {
            space.decref(value);
        }
    }

    /** The module {@code name}, imported by the runtime. New reference. */
    /** {@code PyCallIter_New}: {@code iter(callable, sentinel)}. New reference. */
    long callIterator(long callable, long sentinel) {
        return callIterType.create(callable, sentinel, 0);
    }

    long importModule(String name) {
        return interp.importModule(name);
    }

    /** The builtin {@code name} (as a module's global lookup falls back to it). New reference. */
    long lookup(String name) {
        long v = space.dictType.getItemString(dict, name);
        if (v == 0) {
            throw new PyException("NameError", "name '" + name + "' is not defined");
        }
        return space.newRef(v);
    }

    /** The builtins dict (borrowed). */
    public long dict() {
        return dict;
    }

    private void put(String name, long value) {
        long k = space.strType.literalName(name);
        try {
            space.dictType.setItem(dict, k, value);
        } finally {
            space.decref(k);
        }
    }

    /** Adds a builtin function bound to the module. */
    /**
     * A function CPython declares {@code METH_VARARGS} ({@code min}, {@code max} with {@code METH_KEYWORDS};
     * {@code dir}, {@code vars}): it
     * has no vectorcall, so {@code _PyObject_MakeTpCall} packs the positionals into a tuple and the
     * keywords into a dict before the call, which {@code gc.get_count()} shows; {@code body} reads
     * the same values from the call's vector.
     */
    private BuiltinFunctionType.Body packsArguments(String name, BuiltinFunctionType.Body body) {
        return (self, a, n, kw) -> {
            CallArguments packed = new CallArguments(space, name, a, n, kw);
            long tuple = packed.tuple();
            long kwargs = packed.kwargsDict();
            try {
                return body.call(self, a, n, kw);
            } finally {
                space.xdecref(kwargs);
                space.decref(tuple);
            }
        };
    }

    void function(String name, BuiltinFunctionType.Body body) {
        long f = space.builtinFunctionType.createInModule(SysModule.def(space, dict, name, body), module);
        try {
            put(name, f);
        } finally {
            space.decref(f);
        }
    }

    /**
     * {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
     * opener=None)}: the arguments parsed as {@code _io.open}'s, then the layered file objects made by
     * {@code io._open} (FileIO, a buffer over it, a TextIOWrapper over that: the library's io module).
     */
    private long open(long self, long a, long n, long kw) {
        CallArgs c = new CallArgs(space, "open", a, n, kw)
                .keywords("file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener").range(0, 8);
        String[] names = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
        long[] args = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            args[i] = i < n ? c.get(i) : c.keyword(names[i]);
        }
        if (args[0] == 0) {
            throw new PyException("TypeError", "open() missing required argument 'file' (pos 1)");
        }
        long io = interp.importModule("io");
        try {
            long opener = Abstract.getAttr(space, io, "_open");
            try {
                long[] call = new long[names.length];
                long minusOne = space.newInt(-1);
                long r = space.strType.runtime("r");
                try {
                    for (int i = 0; i < names.length; i++) {
                        call[i] = args[i] != 0 ? args[i]
                                : i == 1 ? r : i == 2 ? minusOne : i == 6 ? space.trueObject : space.none;
                    }
                    return Abstract.call(space, opener, call);
                } finally {
                    space.decref(r);
                    space.decref(minusOne);
                }
            } finally {
                space.decref(opener);
            }
        } finally {
            space.decref(io);
        }
    }

    // ------------------------------------------------------------------ the functions

    private void defineFunctions() {
        function("print", this::print);
        function("input", this::input);
        function("open", this::open);
        function("len", (self, a, n, kw) -> space.newInt(Abstract.length(space, args("len", a, n, kw, 1).get(0))));
        function("repr", (self, a, n, kw) -> Abstract.reprObject(space, args("repr", a, n, kw, 1).get(0)));
        function("ascii", (self, a, n, kw) -> space.strType.runtime(
                Abstract.ascii(space, args("ascii", a, n, kw, 1).get(0))));
        function("id", (self, a, n, kw) -> space.newInt(args("id", a, n, kw, 1).get(0)));
        function("hash", (self, a, n, kw) -> space.newInt(Abstract.hash(space, args("hash", a, n, kw, 1).get(0))));
        function("callable", (self, a, n, kw) -> space.newBool(Abstract.isCallable(space,
                args("callable", a, n, kw, 1).get(0))));
        function("hex", (self, a, n, kw) -> radix(args("hex", a, n, kw, 1).get(0), 16, "0x"));
        function("oct", (self, a, n, kw) -> radix(args("oct", a, n, kw, 1).get(0), 8, "0o"));
        function("bin", (self, a, n, kw) -> radix(args("bin", a, n, kw, 1).get(0), 2, "0b"));
        function("chr", (self, a, n, kw) -> {
            // Argument Clinic's `i` (_PyLong_AsInt): outside a C int is an OverflowError
            long i = dev.pyheap.runtime.objects.Args.cInt(space, args("chr", a, n, kw, 1).get(0));
            if (i < 0 || i > 0x10FFFF) {
                throw new PyException("ValueError", "chr() arg not in range(0x110000)");
            }
            return space.strType.runtime(new String(Character.toChars((int) i)));
        });
        function("ord", (self, a, n, kw) -> {
            long o = args("ord", a, n, kw, 1).get(0);
            if (space.strType.check(o)) {
                String s = space.strType.value(o);
                int len = s.codePointCount(0, s.length());
                if (len != 1) {
                    throw new PyException("TypeError", "ord() expected a character, but string of length " + len
                            + " found");
                }
                return space.newInt(s.codePointAt(0));
            }
            if (space.bytesType.check(o)) {
                byte[] b = space.bytesType.value(o);
                if (b.length != 1) {
                    throw new PyException("TypeError", "ord() expected a character, but string of length " + b.length
                            + " found");
                }
                return space.newInt(b[0] & 0xFF);
            }
            throw new PyException("TypeError", "ord() expected string of length 1, but " + space.typeOf(o).name
                    + " found");
        });
        function("isinstance", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "isinstance", a, n, kw).keywords().range(2, 2);
            return space.newBool(isInstance(c.get(0), c.get(1)));
        });
        function("issubclass", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "issubclass", a, n, kw).keywords().range(2, 2);
            return space.newBool(isSubclass(c.get(0), c.get(1)));
        });
        function("getattr", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "getattr", a, n, kw).keywords().range(2, 3);
            long name = attrName(c.get(1));
            if (n == 2) {
                try {
                    return Abstract.getAttr(space, c.get(0), name);
                } catch (PyException e) {
                    throw space.exceptions.attributeErrorContext(e, c.get(0), name);
                }
            }
            long v = Abstract.lookupAttr(space, c.get(0), name);
            return v != 0 ? v : space.newRef(c.get(2));
        });
        function("hasattr", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "hasattr", a, n, kw).keywords().range(2, 2);
            long v = Abstract.lookupAttr(space, c.get(0), attrName(c.get(1)));
            space.xdecref(v);
            return space.newBool(v != 0);
        });
        function("setattr", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "setattr", a, n, kw).keywords().range(3, 3);
            Abstract.setAttr(space, c.get(0), attrName(c.get(1)), c.get(2));
            return space.newNone();
        });
        function("delattr", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "delattr", a, n, kw).keywords().range(2, 2);
            Abstract.delAttr(space, c.get(0), attrName(c.get(1)));
            return space.newNone();
        });
        function("iter", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "iter", a, n, kw).keywords().range(1, 2);
            if (n == 2) {
                if (!Abstract.isCallable(space, c.get(0))) {
                    throw new PyException("TypeError", "iter(v, w): v must be callable");
                }
                return callIterType.create(c.get(0), c.get(1), 0);
            }
            return Abstract.getIter(space, c.get(0));
        });
        function("aiter", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "aiter", a, n, kw).exactly(1); // METH_O
            long o = c.get(0);
            long it = space.typeOf(o).amAiter(o);
            if (it == 0) {
                throw new PyException("TypeError", "'" + space.typeOf(o).name + "' object is not an async iterable");
            }
            if (space.typeOf(it).lookup("__anext__") == 0) {
                String name = space.typeOf(it).name;
                space.decref(it);
                throw new PyException("TypeError", "aiter() returned not an async iterator of type '" + name + "'");
            }
            return it;
        });
        function("breakpoint", (self, a, n, kw) -> {
            // bltinmodule.c's builtin_breakpoint: whatever sys.breakpointhook is now, with the arguments
            long sys = space.frameEvaluator.importModule("sys");
            long hook;
            try {
                hook = Abstract.getAttr(space, sys, "breakpointhook");
            } catch (PyException e) {
                if (!Abstract.matches(space, e, "AttributeError")) {
                    throw e;
                }
                e.release();
                throw new PyException("RuntimeError", "lost sys.breakpointhook");
            } finally {
                space.decref(sys);
            }
            try {
                return Abstract.vectorcall(space, hook, a, n, kw);
            } finally {
                space.decref(hook);
            }
        });
        function("anext", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "anext", a, n, kw).keywords().range(1, 2);
            long it = c.get(0);
            long awaitable = space.typeOf(it).amAnext(it);
            if (awaitable == 0) {
                throw new PyException("TypeError", "'" + space.typeOf(it).name + "' object is not an async iterator");
            }
            if (n == 1) {
                return awaitable;
            }
            // anext(it, default): an awaitable that gives the default at StopAsyncIteration (a coroutine here)
            long module = space.frameEvaluator.importModule("_pyheap_async");
            try {
                long helper = Abstract.getAttr(space, module, "anext_default");
                try {
                    return Abstract.call(space, helper, new long[] {awaitable, c.get(1)});
                } finally {
                    space.decref(helper);
                }
            } finally {
                space.decref(module);
                space.decref(awaitable);
            }
        });
        function("next", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "next", a, n, kw).keywords().range(1, 2);
            long it = c.get(0);
            if (!space.typeOf(it).isIterator()) {
                throw new PyException("TypeError", "'" + space.typeOf(it).name + "' object is not an iterator");
            }
            if (space.generatorType.check(it)) { // gen_iternext: a returned value travels in StopIteration
                try {
                    return Abstract.callMethod(space, it, "send", new long[] {space.none});
                } catch (PyException e) {
                    if (n == 2 && e.pythonType().equals("StopIteration")) {
                        e.release();
                        return space.newRef(c.get(1));
                    }
                    throw e;
                }
            }
            long v;
            try {
                // the StopIteration a class's __next__ raises propagates as it was made (its value, args)
                v = space.typeOf(it).iterNextRaising(it);
            } catch (PyException e) {
                // a type's tp_iternext may end with StopIteration set (coroutine_wrapper, the async generator awaitables)
                if (n == 2 && Abstract.matches(space, e, "StopIteration")) {
                    e.release();
                    return space.newRef(c.get(1));
                }
                throw e;
            }
            if (v != 0) {
                return v;
            }
            if (n == 2) {
                return space.newRef(c.get(1));
            }
            throw new PyException("StopIteration", "");
        });
        function("sorted", (self, a, n, kw) -> {
            if (n != 1) {
                throw new PyException("TypeError", "sorted expected 1 argument, got " + n);
            }
            // builtin_sorted: the new list first, then list.sort given the keywords as they came
            return sortedList(space.memory.getLong(a), new CallArguments(space, "sort", a + 8, 0, kw));
        });
        function("sum", (self, a, n, kw) -> {
            long[] v = new CallArguments(space, "sum", a, n, kw).clinic(1, 1, 2, "iterable", "start");
            long start = v[1];
            // builtin_sum_impl: the iterator first (sum(1, 'a') is "not iterable"), then the start's checks
            long it = Abstract.getIter(space, v[0]);
            if (start != 0 && space.strType.check(start)) {
                space.decref(it);
                throw new PyException("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
            }
            if (start != 0 && (space.bytesType.check(start) || space.byteArrayType.check(start))) {
                String kind = space.bytesType.check(start) ? "bytes" : "bytearray";
                space.decref(it);
                throw new PyException("TypeError", "sum() can't sum " + kind + " [use b''.join(seq) instead]");
            }
            long acc = start == 0 ? space.newInt(0) : space.newRef(start);
            try {
                long owned = acc;
                acc = 0; // the fast paths release the total before anything can raise
                Sum partial = sumFloats(sumInts(new Sum(owned, false), it), it);
                acc = partial.acc();
                if (partial.finished()) {
                    return acc;
                }
                for (long x = Abstract.iterNext(space, it); x != 0; x = Abstract.iterNext(space, it)) {
                    long r;
                    try {
                        r = interp.binaryOp(acc, x, 0);
                    } finally {
                        space.decref(x);
                    }
                    space.decref(acc);
                    acc = r;
                }
            } catch (RuntimeException e) {
                space.xdecref(acc);
                throw e;
            } finally {
                space.decref(it);
            }
            return acc;
        });
        function("min", packsArguments("min", (self, a, n, kw) -> minMax(a, n, kw, "min", CompareOp.LT)));
        function("max", packsArguments("max", (self, a, n, kw) -> minMax(a, n, kw, "max", CompareOp.GT)));
        function("abs", (self, a, n, kw) -> {
            long o = args("abs", a, n, kw, 1).get(0);
            try {
                return Abstract.unaryOp(space, o, dev.pyheap.runtime.objects.UnaryOp.ABSOLUTE);
            } catch (PyException e) {
                if (space.intType.check(o) || space.typeOf(o) == space.floatType) {
                    e.release();
                    boolean negative = space.intType.check(o) ? space.intType.bigValue(o).signum() < 0
                            : space.floatType.value(o) < 0 || 1 / space.floatType.value(o) < 0;
                    return negative ? interp.unaryOp(o, 11) : interp.unaryOp(o, 10);
                }
                throw e;
            }
        });
        function("divmod", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "divmod", a, n, kw).keywords().range(2, 2);
            return Abstract.binaryOp(space, c.get(0), c.get(1), BinaryOp.DIVMOD);
        });
        function("pow", (self, a, n, kw) -> {
            long[] v = new CallArguments(space, "pow", a, n, kw).clinic(0, 2, 3, "base", "exp", "mod");
            if (v[2] != 0 && v[2] != space.none) {
                return Abstract.power(space, v[0], v[1], v[2]);
            }
            return interp.binaryOp(v[0], v[1], 8);
        });
        function("round", (self, a, n, kw) -> {
            long[] v = new CallArguments(space, "round", a, n, kw).clinic(0, 1, 2, "number", "ndigits");
            long x = v[0];
            long nd = v[1];
            if (space.intType.check(x)) {
                return space.intType.round(x, nd == 0 ? space.none : nd);
            }
            if (space.typeOf(x) == space.floatType) {
                return space.floatType.round(x, nd == 0 ? space.none : nd);
            }
            long m = Abstract.lookupAttr(space, x, "__round__");
            if (m == 0) {
                throw new PyException("TypeError", "type " + space.typeOf(x).name + " doesn't define __round__ method");
            }
            try {
                return callWith(m, nd == 0 ? new long[0] : new long[] {nd});
            } finally {
                space.decref(m);
            }
        });
        function("any", (self, a, n, kw) -> anyAll(args("any", a, n, kw, 1).get(0), true));
        function("all", (self, a, n, kw) -> anyAll(args("all", a, n, kw, 1).get(0), false));
        function("globals", (self, a, n, kw) -> {
            args("globals", a, n, kw, 0);
            return space.newRef(interp.currentGlobals());
        });
        function("locals", (self, a, n, kw) -> {
            args("locals", a, n, kw, 0);
            return space.newRef(interp.currentLocals());
        });
        function("vars", packsArguments("vars", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "vars", a, n, kw).keywords().range(0, 1);
            if (n == 0) {
                return space.newRef(interp.currentLocals());
            }
            long d = Abstract.lookupAttr(space, c.get(0), "__dict__");
            if (d == 0) {
                throw new PyException("TypeError", "vars() argument must have __dict__ attribute");
            }
            return d;
        }));
        function("dir", packsArguments("dir", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "dir", a, n, kw).keywords().range(0, 1);
            long keysOf;
            if (n == 0) {
                keysOf = space.newRef(interp.currentLocals());
            } else {
                // _dir_object: __dir__ looked up on the type (_PyObject_LookupSpecial), bound, called
                long o = c.get(0);
                PyType t = space.typeOf(o);
                long descr = t.lookup("__dir__");
                if (descr == 0) {
                    throw new PyException("TypeError", "object does not provide __dir__");
                }
                PyType dt = space.typeOf(descr);
                long m = dt.hasDescrGet() ? dt.descrGet(descr, o, t.typeObject()) : space.newRef(descr);
                try {
                    keysOf = callWith(m, new long[0]);
                } finally {
                    space.decref(m);
                }
            }
            try {
                return sortedList(keysOf, null);
            } finally {
                space.decref(keysOf);
            }
        }));
        function("format", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "format", a, n, kw).keywords().range(1, 2);
            if (n > 1 && !space.strType.check(c.get(1))) { // builtin_format's clinic converter: format_spec is a str
                throw new PyException("TypeError", "format() argument 2 must be str, not " + space.typeOf(c.get(1)).name);
            }
            return interp.format(c.get(0), n > 1 ? c.get(1) : 0);
        });
    }

    /**
     * {@code input([prompt])}: {@code builtin_input_impl} when stdin is not a terminal. stderr is flushed,
     * the prompt written to {@code sys.stdout} as {@code str(prompt)} and stdout flushed, then one line
     * is read with {@code sys.stdin.readline()} (the interpreter's own stdin reads its read-ahead
     * directly), without its newline; EOFError at the end of the input.
     */
    private long input(long self, long a, long n, long kw) {
        CallArgs c = new CallArgs(space, "input", a, n, kw).keywords().range(0, 1);
        long in = space.dictType.getItemString(sysDict, "stdin");
        if (in == 0 || in == space.none) {
            throw new PyException("RuntimeError", "input(): lost sys.stdin");
        }
        long out = space.dictType.getItemString(sysDict, "stdout");
        if (out == 0 || out == space.none) {
            throw new PyException("RuntimeError", "input(): lost sys.stdout");
        }
        long err = space.dictType.getItemString(sysDict, "stderr");
        if (err == 0 || err == space.none) {
            throw new PyException("RuntimeError", "input(): lost sys.stderr");
        }
        space.incref(in);
        space.incref(out);
        try {
            try {
                space.decref(Abstract.callMethod(space, err, "flush", new long[0]));
            } catch (PyException ignored) {
                ignored.release(); // CPython ignores a failing flush of stderr here too
            }
            if (n == 1) {
                long prompt = Abstract.strObject(space, c.get(0));
                try {
                    writeObject(out, prompt, null);
                } finally {
                    space.decref(prompt);
                }
            }
            try {
                space.decref(Abstract.callMethod(space, out, "flush", new long[0]));
            } catch (PyException ignored) {
                ignored.release();
            }
            long line = Abstract.callMethod(space, in, "readline", new long[0]);
            if (!space.strType.check(line) && !space.bytesType.check(line)) {
                space.decref(line);
                throw new PyException("TypeError", "object.readline() returned non-string");
            }
            String text = space.strType.check(line) ? space.strType.value(line) : null;
            if (text == null || text.isEmpty() || !text.endsWith("\n")) {
                if ((text != null && text.isEmpty()) || (text == null && space.bytesType.value(line).length == 0)) {
                    space.decref(line);
                    throw new PyException("EOFError", "EOF when reading a line");
                }
                return line;
            }
            space.decref(line);
            return space.strType.runtime(text.substring(0, text.length() - 1));
        } finally {
            space.decref(in);
            space.decref(out);
        }
    }

    private CallArgs args(String name, long a, long n, long kw, int exactly) {
        CallArgs c = new CallArgs(space, name, a, n, kw);
        if (exactly == 0) {
            c.keywords();
            if (n != 0) {
                throw new PyException("TypeError", name + "() takes no arguments (" + n + " given)");
            }
            return c;
        }
        return c.exactly(exactly);
    }

    /**
     * {@code builtin_print} as Argument Clinic calls it: the positionals are packed into a tuple first
     * ({@code _PyArg_UnpackKeywordsWithVararg}: a new tuple for one or more, from the tuple free list
     * when it has one), and the first call makes the parser's keyword tuple ({@code parser_init}),
     * which lives as long as the interpreter; both count in {@code gc.get_count()} as in CPython.
     * Each item's {@code str()} then goes to {@code file.write}.
     */
    private long print(long self, long a, long n, long kw) {
        CallArgs c = new CallArgs(space, "print", a, n, kw).keywords("sep", "end", "file", "flush");
        printKeywords.init();
        long sep = c.keyword("sep"), end = c.keyword("end"), file = c.keyword("file"), flush = c.keyword("flush");
        long[] items = new long[(int) n];
        for (int i = 0; i < n; i++) {
            items[i] = c.get(i);
        }
        long varargs = space.tupleType.create(items);
        try {
            boolean doFlush = flush != 0 && Abstract.isTrue(space, flush);
            for (long[] p : new long[][] {{sep, 0}, {end, 1}}) {
                if (p[0] != 0 && p[0] != space.none && !space.strType.check(p[0])) {
                    throw new PyException("TypeError", (p[1] == 0 ? "sep" : "end") + " must be None or a string, not "
                            + space.typeOf(p[0]).name);
                }
            }
            if (file == 0 || file == space.none) {
                file = space.dictType.getItemString(sysDict, "stdout");
                if (file == 0 || file == space.none) {
                    return space.newNone();
                }
            }
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    writeObject(file, sep == 0 || sep == space.none ? 0 : sep, " ");
                }
                long s = Abstract.strObject(space, items[i]);
                try {
                    writeObject(file, s, null);
                } finally {
                    space.decref(s);
                }
            }
            writeObject(file, end == 0 || end == space.none ? 0 : end, "\n");
            if (doFlush) {
                long r = Abstract.callMethod(space, file, "flush", new long[0]);
                space.decref(r);
            }
            return space.newNone();
        } finally {
            space.decref(varargs);
        }
    }

    /**
     * What CPython writes to {@code sys.stderr} on the program's behalf (the default
     * {@code sys.excepthook} and {@code sys.unraisablehook}, {@code PySys_WriteStderr}: gc's
     * {@code DEBUG_*} lines) goes to the current {@code sys.stderr} object, whatever the program set
     * it to: one of the interpreter's streams is written directly (the text flushed at once, as
     * stderr is line-buffered); another object's {@code write} is called when {@code mayCallPython}.
     * Returns false when the text is not written (no {@code sys.stderr}, or an object that cannot be
     * called now): the caller writes it to the process's stderr, as CPython falls back on C's
     * {@code stderr}. {@code None} drops the text.
     */
    public boolean writeStderr(String text, boolean mayCallPython) {
        long f = sysDict == 0 ? 0 : space.dictType.getItemString(sysDict, "stderr");
        if (f == 0) {
            return false;
        }
        if (f == space.none) {
            return true;
        }
        if (textIO.check(f)) {
            textIO.printNow(f, text);
            return true;
        }
        if (!mayCallPython) {
            return false;
        }
        try {
            write(f, text);
            return true;
        } catch (PyException e) {
            e.release();
            return false;
        }
    }

    /**
     * {@code flush_std_files} at finalization: {@code sys.stdout}'s and {@code sys.stderr}'s pending data
     * handed on (when they are still the interpreter's streams), before the final collection.
     */
    public void flushStdFiles() {
        for (String name : new String[] {"stdout", "stderr"}) {
            long f = space.dictType.getItemString(sysDict, name);
            if (f != 0 && textIO.check(f)) {
                textIO.writeFlush(f);
                textIO.flushJava(f);
            }
        }
    }

    /** {@code PyFile_WriteString}: {@code file.write(text)}. */
    void write(long file, String text) {
        writeObject(file, 0, text);
    }

    /** {@code PyFile_WriteObject} of the str {@code s} (borrowed), or when it is 0 {@code PyFile_WriteString(text)}. */
    private void writeObject(long file, long s, String text) {
        long str = s != 0 ? space.newRef(s) : space.strType.runtime(text);
        try {
            if (textIO.check(file)) {
                textIO.write(file, str);
                return;
            }
            long w = Abstract.getAttr(space, file, "write");
            try {
                space.decref(callWith(w, new long[] {str}));
            } finally {
                space.decref(w);
            }
        } finally {
            space.decref(str);
        }
    }

    private long radix(long o, int radix, String prefix) {
        long i = Abstract.numberIndex(space, o); // PyNumber_ToBase: through __index__
        BigInteger v;
        try {
            v = space.intType.bigValue(i);
        } finally {
            space.decref(i);
        }
        String digits = v.abs().toString(radix);
        return space.strType.runtime((v.signum() < 0 ? "-" : "") + prefix + digits);
    }

    /** 3.11's check of getattr/hasattr/setattr/delattr, one message for the four. */
    private long attrName(long name) {
        if (!space.strType.check(name)) {
            throw new PyException("TypeError", "attribute name must be string, not '" + space.typeOf(name).name + "'");
        }
        return name;
    }

    private PyType typeOf(long cls, String message) {
        PyType t = space.typeType.check(cls) ? space.typeType.described(cls) : null;
        if (t == null) {
            throw new PyException("TypeError", message);
        }
        return t;
    }

    private boolean isInstance(long o, long cls) {
        long members = space.unionArgs(cls); // int | str stands for (int, str)
        if (members != 0) {
            cls = members;
        }
        if (space.tupleType.check(cls)) {
            for (int i = 0; i < space.tupleType.size(cls); i++) {
                if (isInstance(o, space.tupleType.item(cls, i))) {
                    return true;
                }
            }
            return false;
        }
        if (space.typeOf(o).typeObject() != cls && space.typeOf(cls) != space.typeType) {
            int answer = metaclassCheck(cls, "__instancecheck__", o);
            if (answer >= 0) {
                return answer == 1;
            }
        }
        if (!space.typeType.check(cls)) { // object_isinstance for a class-like object: its __class__ against cls's __bases__
            checkClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union");
            long icls = Abstract.lookupAttr(space, o, "__class__");
            if (icls == 0) {
                return false;
            }
            try {
                return abstractIsSubclass(icls, cls);
            } finally {
                space.decref(icls);
            }
        }
        PyType t = typeOf(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return isSubtype(space.typeOf(o), t) || Abstract.objectIsInstance(space, o, t);
    }

    /** {@code abstract_get_bases}: {@code o.__bases__} when it is a tuple (a new reference), else 0. */
    private long abstractBases(long o) {
        long bases = Abstract.lookupAttr(space, o, "__bases__");
        if (bases != 0 && !space.tupleType.check(bases)) {
            space.decref(bases);
            return 0;
        }
        return bases;
    }

    /** {@code check_class}: a class, or any object with a tuple {@code __bases__}; TypeError {@code message} otherwise. */
    private void checkClass(long o, String message) {
        long bases = abstractBases(o);
        if (bases == 0) {
            throw new PyException("TypeError", message);
        }
        space.decref(bases);
    }

    /** {@code abstract_issubclass}: {@code derived} is {@code cls} or has it among its {@code __bases__}, searched depth first. */
    private boolean abstractIsSubclass(long derived, long cls) {
        if (derived == cls) {
            return true;
        }
        long bases = abstractBases(derived);
        if (bases == 0) {
            return false;
        }
        RecursionDepth d = null;
        try {
            d = Abstract.enterRecursiveCall(space, " in __issubclass__");
            for (int i = 0; i < space.tupleType.size(bases); i++) {
                if (abstractIsSubclass(space.tupleType.item(bases, i), cls)) {
                    return true;
                }
            }
            return false;
        } finally {
            Abstract.leaveRecursiveCall(d);
            space.decref(bases);
        }
    }

    /**
     * {@code recursive_issubclass}: two classes by their MROs; otherwise both must pass
     * {@code check_class} and {@code derived}'s {@code __bases__} are searched.
     */
    private boolean recursiveIsSubclass(long derived, long cls) {
        if (space.typeType.check(cls) && space.typeType.check(derived)) {
            return isSubtype(space.typeType.described(derived), space.typeType.described(cls));
        }
        checkClass(derived, "issubclass() arg 1 must be a class");
        checkClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return abstractIsSubclass(derived, cls);
    }

    /**
     * {@code PyObject_IsInstance}/{@code PyObject_IsSubclass}'s hook: the metaclass's
     * {@code __instancecheck__}/{@code __subclasscheck__} ({@code _PyObject_LookupSpecial} on
     * {@code type(cls)}) called with {@code arg}: 1 or 0 by the truth of its answer, -1 when the
     * metaclass has none.
     */
    private int metaclassCheck(long cls, String special, long arg) {
        PyType meta = space.typeOf(cls);
        long f = meta.lookup(special);
        if (f == 0) {
            return -1;
        }
        PyType ft = space.typeOf(f);
        long bound = ft.hasDescrGet() ? ft.descrGet(f, cls, meta.typeObject()) : space.newRef(f);
        long r;
        RecursionDepth d = null;
        try {
            d = Abstract.enterRecursiveCall(space, special.equals("__instancecheck__") ? " in __instancecheck__" : " in __subclasscheck__");
            r = Abstract.call(space, bound, new long[] {arg});
        } finally {
            Abstract.leaveRecursiveCall(d);
            space.decref(bound);
        }
        try {
            return Abstract.isTrue(space, r) ? 1 : 0;
        } finally {
            space.decref(r);
        }
    }

    /** {@code PyObject_IsSubclass}: a tuple's items, a metaclass's {@code __subclasscheck__}, else {@link #recursiveIsSubclass}. */
    private boolean isSubclass(long derived, long cls) {
        if (space.typeOf(cls) == space.typeType) {
            return derived == cls || recursiveIsSubclass(derived, cls);
        }
        long members = space.unionArgs(cls); // int | str stands for (int, str)
        if (members != 0) {
            cls = members;
        }
        if (space.tupleType.check(cls)) {
            for (int i = 0; i < space.tupleType.size(cls); i++) {
                if (isSubclass(derived, space.tupleType.item(cls, i))) {
                    return true;
                }
            }
            return false;
        }
        int answer = metaclassCheck(cls, "__subclasscheck__", derived);
        if (answer >= 0) {
            return answer == 1;
        }
        return recursiveIsSubclass(derived, cls);
    }

    private static boolean isSubtype(PyType t, PyType of) {
        for (PyType m : t.mro()) {
            if (m == of) {
                return true;
            }
        }
        return of.name.equals("object") && of.base == null && !of.hasFlag(PyType.HEAPTYPE);
    }

    private long anyAll(long iterable, boolean any) {
        long it = Abstract.getIter(space, iterable);
        try {
            for (long x = Abstract.iterNext(space, it); x != 0; x = Abstract.iterNext(space, it)) {
                boolean t;
                try {
                    t = Abstract.isTrue(space, x);
                } finally {
                    space.decref(x);
                }
                if (t == any) {
                    return space.newBool(any);
                }
            }
            return space.newBool(!any);
        } finally {
            space.decref(it);
        }
    }

    /**
     * {@code PySequence_List} then {@code list.sort} with {@code sortArguments} (null: {@code PyList_Sort}):
     * the items of {@code iterable} as a new sorted list.
     */
    private long sortedList(long iterable, CallArguments sortArguments) {
        long list = Abstract.sequenceList(space, iterable);
        try {
            if (sortArguments == null) {
                space.listType.sort(list, 0, false);
            } else {
                // builtin_sorted calls the list's bound sort method, whose vectorcall counts a level
                RecursionDepth d = Abstract.enterRecursiveCall(space, Abstract.IN_CALL);
                try {
                    space.listType.sort(list, sortArguments);
                } finally {
                    Abstract.leaveRecursiveCall(d);
                }
            }
        } catch (RuntimeException e) {
            space.decref(list);
            throw e;
        }
        return list;
    }

    /** The accumulator of {@code sum()} (a new reference) and whether the iterator is exhausted. */
    private record Sum(long acc, boolean finished) {
    }

    /**
     * {@code builtin_sum_impl}'s int path: while the total and the items are ints (or bools) that fit
     * a C long, they are added as Java longs and no intermediate int is made; the first item that
     * does not fit or is no int is added to the total made an object again, as CPython does.
     */
    private Sum sumInts(Sum sum, long it) {
        IntType ints = space.intType;
        long acc = sum.acc();
        if (sum.finished() || !ints.checkExact(acc) || !ints.fitsLong(acc)) {
            return sum;
        }
        long total = ints.longValue(acc);
        space.decref(acc);
        for (;;) {
            long x = Abstract.iterNext(space, it);
            if (x == 0) {
                return new Sum(space.newInt(total), true);
            }
            PyType type = space.typeOf(x);
            if ((type == ints || type == space.boolType) && ints.fitsLong(x)) {
                long b = ints.longValue(x);
                if (total >= 0 ? b <= Long.MAX_VALUE - total : b >= Long.MIN_VALUE - total) {
                    total += b;
                    space.decref(x);
                    continue;
                }
            }
            return new Sum(addItem(space.newInt(total), x), false);
        }
    }

    /**
     * The float path that follows: a float total takes float items and ints that fit a C long
     * (subclasses included, by value) without making intermediate floats.
     */
    private Sum sumFloats(Sum sum, long it) {
        FloatType floats = space.floatType;
        long acc = sum.acc();
        if (sum.finished() || !floats.checkExact(acc)) {
            return sum;
        }
        double total = floats.value(acc);
        space.decref(acc);
        for (;;) {
            long x = Abstract.iterNext(space, it);
            if (x == 0) {
                return new Sum(floats.create(total), true);
            }
            if (floats.checkExact(x)) {
                total += floats.value(x);
                space.decref(x);
                continue;
            }
            if (space.intType.check(x) && space.intType.fitsLong(x)) {
                total += (double) space.intType.longValue(x);
                space.decref(x);
                continue;
            }
            return new Sum(addItem(floats.create(total), x), false);
        }
    }

    /** {@code PyNumber_Add(total, item)}, both references consumed. */
    private long addItem(long total, long item) {
        try {
            return interp.binaryOp(total, item, 0);
        } finally {
            space.decref(total);
            space.decref(item);
        }
    }

    /**
     * {@code min_max}: one pass over the iterable (or the positional arguments), each item's key
     * computed as it arrives, so that an iterator's and the key function's side effects interleave
     * as in CPython; only the best item and its key are held.
     */
    private long minMax(long a, long n, long kw, String name, CompareOp op) {
        if (n == 0) { // the positional count is checked before the keywords are parsed
            throw new PyException("TypeError", name + " expected at least 1 argument, got 0");
        }
        int keywordCount = kw == 0 ? 0 : (int) space.tupleType.size(kw);
        if (keywordCount > 2) { // PyArg_ParseTupleAndKeywords(emptytuple, kwds, "|$OO:min", ...)
            throw new PyException("TypeError", name + "() takes at most 2 keyword arguments (" + keywordCount + " given)");
        }
        CallArgs c = new CallArgs(space, name, a, n, kw).keywords("key", "default");
        long key = c.keyword("key"), dflt = c.keyword("default");
        if (key == space.none) {
            key = 0;
        }
        if (n == 0) {
            throw new PyException("TypeError", name + " expected at least 1 argument, got 0");
        }
        if (n > 1 && dflt != 0) {
            throw new PyException("TypeError", "Cannot specify a default for " + name + "() with multiple "
                    + "positional arguments");
        }
        long it = n == 1 ? Abstract.getIter(space, c.get(0)) : 0;
        long best = 0, bestKey = 0;
        try {
            for (long i = 0; ; i++) {
                long x;
                if (it != 0) {
                    x = Abstract.iterNext(space, it);
                } else {
                    x = i < n ? space.newRef(c.get((int) i)) : 0;
                }
                if (x == 0) {
                    break;
                }
                long k;
                try {
                    k = key == 0 ? space.newRef(x) : callWith(key, new long[] {x});
                } catch (RuntimeException e) {
                    space.decref(x);
                    throw e;
                }
                boolean better;
                try {
                    better = best == 0 || Abstract.richCompareBool(space, k, bestKey, op);
                } catch (RuntimeException e) {
                    space.decref(k);
                    space.decref(x);
                    throw e;
                }
                if (better) {
                    space.xdecref(bestKey);
                    space.xdecref(best);
                    best = x;
                    bestKey = k;
                } else {
                    space.decref(x);
                    space.decref(k);
                }
            }
            if (best == 0) {
                if (dflt == 0) {
                    throw new PyException("ValueError", name + "() arg is an empty sequence");
                }
                best = space.newRef(dflt);
            } else {
                space.decref(bestKey);
            }
            bestKey = 0;
        } catch (RuntimeException e) {
            space.xdecref(bestKey);
            space.xdecref(best);
            throw e;
        } finally {
            if (it != 0) {
                space.decref(it);
            }
        }
        return best;
    }
}
