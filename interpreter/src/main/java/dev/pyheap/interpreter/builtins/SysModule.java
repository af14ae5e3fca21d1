package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BuiltinFunctionType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.StructSeqType;

/**
 * The {@code sys} module as programs see it (Python/sysmodule.c): {@code getrefcount},
 * {@code getsizeof}, {@code intern}, the recursion limit, the switch interval,
 * {@code getallocatedblocks}, {@code _debugmallocstats}, {@code exit}, {@code exc_info}, and the
 * constants. The numbers come from the heap itself, as the runtime's {@code PySys} facade computes
 * them, without a handle in between (a handle would be one more reference).
 */
final class SysModule {
    private SysModule() {
    }

    static void setItem(ObjectSpace space, long dict, String key, long value) {
        long k = space.strType.literalName(key);
        try {
            space.dictType.setItem(dict, k, value);
        } finally {
            space.decref(k);
        }
    }

    static void setText(ObjectSpace space, long dict, String key, String value) {
        long v = space.strType.runtime(value);
        try {
            setItem(space, dict, key, v);
        } finally {
            space.decref(v);
        }
    }

    static void setInt(ObjectSpace space, long dict, String key, long value) {
        long v = space.newInt(value);
        try {
            setItem(space, dict, key, v);
        } finally {
            space.decref(v);
        }
    }

    static void function(ObjectSpace space, long module, long dict, String name, BuiltinFunctionType.Body body) {
        long f = space.builtinFunctionType.createInModule(new BuiltinFunctionType.Def(name, body, null), module);
        try {
            setItem(space, dict, name, f);
        } finally {
            space.decref(f);
        }
    }

    /**
     * {@code sys.displayhook(o)} (sysmodule.c's sys_displayhook): nothing for None; otherwise
     * {@code builtins._} is None while {@code repr(o)} and a newline go to {@code sys.stdout}, then
     * {@code builtins._} is {@code o}.
     */
    private static void displayhook(ModuleTable table, long sysDict, long o) {
        ObjectSpace space = table.space();
        if (o == space.none) {
            return;
        }
        long builtinsDict = table.builtins().dict();
        setItem(space, builtinsDict, "_", space.none);
        long out = space.dictType.getItemString(sysDict, "stdout");
        if (out == 0 || out == space.none) {
            throw new PyException("RuntimeError", "lost sys.stdout");
        }
        space.incref(out);
        try {
            table.builtins().write(out, Abstract.repr(space, o));
            table.builtins().write(out, "\n");
        } finally {
            space.decref(out);
        }
        setItem(space, builtinsDict, "_", o);
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        var interp = table.interpreter();
        for (String hook : new String[] {"excepthook", "__excepthook__"}) {
            function(space, module, dict, hook, (self, a, n, kw) -> {
                CallArgs c = new CallArgs(space, "excepthook", a, n, kw).exactly(3);
                long value = c.get(1);
                if (!space.exceptions.isException(value)) {
                    throw new PyException("TypeError", "print_exception(): Exception expected for value, "
                            + space.typeOf(value).name + " found");
                }
                table.printException.accept(new PyException(space.typeOf(value).name, "", space.newRef(value), space::decref));
                return space.newNone();
            });
        }
        long displayhook = space.builtinFunctionType.createInModule(new BuiltinFunctionType.Def("displayhook", (self, a, n, kw) -> {
            displayhook(table, dict, new CallArgs(space, "displayhook", a, n, kw).exactly(1).get(0));
            return space.newNone();
        }, null), module);
        try {
            setItem(space, dict, "displayhook", displayhook);
            setItem(space, dict, "__displayhook__", displayhook); // the same object, as in CPython
        } finally {
            space.decref(displayhook);
        }
        function(space, module, dict, "getrefcount", (self, a, n, kw) ->
                space.newInt(space.refcount(new CallArgs(space, "sys.getrefcount", a, n, kw).exactly(1).get(0))));
        function(space, module, dict, "getsizeof", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "getsizeof", a, n, kw).keywords("default").range(1, 2);
            long o = c.get(0);
            long dflt = c.nargs > 1 ? c.get(1) : c.keyword("default");
            try {
                return space.newInt(space.typeOf(o).sizeof(o));
            } catch (PyException e) {
                if (dflt == 0 || !Abstract.matches(space, e, "TypeError")) {
                    throw e;
                }
                e.release();
                return space.newRef(dflt);
            }
        });
        function(space, module, dict, "intern", (self, a, n, kw) ->
                space.strType.sysIntern(new CallArgs(space, "sys.intern", a, n, kw).exactly(1).get(0)));
        function(space, module, dict, "get_int_max_str_digits", (self, a, n, kw) -> {
            new CallArgs(space, "sys.get_int_max_str_digits", a, n, kw).keywords().exactly(0);
            return space.newInt(space.intType.maxStrDigits());
        });
        function(space, module, dict, "set_int_max_str_digits", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "set_int_max_str_digits", a, n, kw).keywords("maxdigits").range(0, 1);
            long v = n >= 1 ? c.get(0) : c.keyword("maxdigits");
            if (v == 0) {
                throw new PyException("TypeError", "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
            }
            if (!space.intType.check(v)) {
                throw new PyException("TypeError", "'" + space.typeOf(v).name + "' object cannot be interpreted as an integer");
            }
            space.intType.setMaxStrDigits(space.intType.fitsLong(v) ? space.intType.longValue(v) : Long.MAX_VALUE);
            return space.newNone();
        });
        function(space, module, dict, "getrecursionlimit", (self, a, n, kw) -> space.newInt(space.recursionLimit()));
        function(space, module, dict, "setrecursionlimit", (self, a, n, kw) -> {
            long v = new CallArgs(space, "sys.setrecursionlimit", a, n, kw).exactly(1).get(0);
            if (!space.intType.check(v)) {
                throw new PyException("TypeError", "'" + space.typeOf(v).name + "' object cannot be interpreted as an integer");
            }
            if (space.intType.longValue(v) < 1) {
                throw new PyException("ValueError", "recursion limit must be greater or equal than 1");
            }
            space.setRecursionLimit(space.intType.longValue(v), 1);
            return space.newNone();
        });
        for (String name : new String[] {"getdefaultencoding", "getfilesystemencoding"}) {
            function(space, module, dict, name, (self, a, n, kw) -> {
                if (n != 0 || kw != 0) {
                    throw new PyException("TypeError", "sys." + name + "() takes no arguments (" + (n + (kw == 0 ? 0
                            : space.tupleType.size(kw))) + " given)");
                }
                return space.strType.literal("utf-8");
            });
        }
        function(space, module, dict, "getallocatedblocks", (self, a, n, kw) ->
                space.newInt(space.allocator.statistics().allocatedBlocks()));
        function(space, module, dict, "exit", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "exit", a, n, kw).keywords().range(0, 1);
            var type = space.exceptions.byName("SystemExit");
            long args = n == 0 ? space.tupleType.create() : space.tupleType.create(c.get(0));
            long e = type.create(args, true);
            throw new PyException("SystemExit", "", e, space::decref);
        });
        function(space, module, dict, "exc_info", (self, a, n, kw) -> interp.excInfo());
        function(space, module, dict, "exception", (self, a, n, kw) -> interp.exception());
        function(space, module, dict, "getswitchinterval", (self, a, n, kw) ->
                space.floatType.create(table.heap.sys().getswitchinterval()));
        function(space, module, dict, "setswitchinterval", (self, a, n, kw) -> {
            table.heap.sys().setswitchinterval(SmallModules.toDouble(space,
                    new CallArgs(space, "setswitchinterval", a, n, kw).exactly(1).get(0)));
            return space.newNone();
        });
        function(space, module, dict, "_debugmallocstats", (self, a, n, kw) -> {
            table.builtins.write(space.dictType.getItemString(dict, "stderr"), table.heap.sys().debugmallocstats());
            return space.newNone();
        });
        function(space, module, dict, "_getframe", (self, a, n, kw) -> {
            new CallArgs(space, "sys._getframe", a, n, kw).keywords();
            CallArgs c = new CallArgs(space, "_getframe", a, n, kw).range(0, 1);
            if (n == 0) {
                return interp.frameObjectAt(0);
            }
            long depth = c.get(0);
            long index = Abstract.numberIndex(space, depth); // _PyLong_AsInt: __index__, then the C int range
            try {
                if (!space.intType.fitsLong(index) || space.intType.longValue(index) != (int) space.intType.longValue(index)) {
                    throw new PyException("OverflowError", "Python int too large to convert to C int");
                }
                return interp.frameObjectAt((int) space.intType.longValue(index));
            } finally {
                space.decref(index);
            }
        });
        function(space, module, dict, "settrace", (self, a, n, kw) -> {
            interp.setTrace(new CallArgs(space, "sys.settrace", a, n, kw).keywords().exactly(1).get(0));
            return space.newNone();
        });
        function(space, module, dict, "setprofile", (self, a, n, kw) -> {
            interp.setProfile(new CallArgs(space, "sys.setprofile", a, n, kw).keywords().exactly(1).get(0));
            return space.newNone();
        });
        function(space, module, dict, "gettrace", (self, a, n, kw) -> {
            new CallArgs(space, "sys.gettrace", a, n, kw).keywords().exactly(0);
            return interp.getTrace();
        });
        function(space, module, dict, "getprofile", (self, a, n, kw) -> {
            new CallArgs(space, "sys.getprofile", a, n, kw).keywords().exactly(0);
            return interp.getProfile();
        });
        function(space, module, dict, "_current_frames", (self, a, n, kw) -> {
            new CallArgs(space, "sys._current_frames", a, n, kw).exactly(0);
            return interp.currentFrames();
        });
        moduleNames(table, dict);
        long warnoptions = space.listType.create();
        for (String option : table.warnOptions) {
            long o = space.strType.runtime(option);
            space.listType.append(warnoptions, o);
            space.decref(o);
        }
        setItem(space, dict, "warnoptions", warnoptions);
        space.decref(warnoptions);
        // -X name=value: the value as a str; -X name: True (CPython's _xoptions)
        long xoptions = space.dictType.create();
        for (String option : table.xOptions) {
            int eq = option.indexOf('=');
            long value = eq < 0 ? space.newBool(true) : space.strType.runtime(option.substring(eq + 1));
            long key = space.strType.runtime(eq < 0 ? option : option.substring(0, eq));
            space.dictType.setItem(xoptions, key, value);
            space.decref(key);
            space.decref(value);
        }
        setItem(space, dict, "_xoptions", xoptions);
        space.decref(xoptions);
        setInt(space, dict, "maxsize", Long.MAX_VALUE);
        setText(space, dict, "platform", "linux");
        // The command that runs a Python program as this interpreter does (the launcher passes
        // scripts/pyheap-python); empty when unknown, as CPython's is.
        setText(space, dict, "executable", System.getProperty("pyheap.executable", ""));
        setText(space, dict, "byteorder", "little");
        setText(space, dict, "version", "3.11.7 (pyheap)");
        setInt(space, dict, "hexversion", 0x030B07F0);
        structSeq(space, dict, "version_info", false, "major", 3L, "minor", 11L, "micro", 7L, "releaselevel", "final",
                "serial", 0L);
        structSeq(space, dict, "float_info", true, "max", Double.MAX_VALUE, "max_exp", 1024L, "max_10_exp", 308L,
                "min", Double.MIN_NORMAL, "min_exp", -1021L, "min_10_exp", -307L, "dig", 15L, "mant_dig", 53L,
                "epsilon", Math.ulp(1.0), "radix", 2L, "rounds", 1L);
        structSeq(space, dict, "int_info", true, "bits_per_digit", 30L, "sizeof_digit", 4L, "default_max_str_digits", 4300L,
                "str_digits_check_threshold", 640L);
        structSeq(space, dict, "hash_info", true, "width", 64L, "modulus", (1L << 61) - 1, "inf", 314159L, "nan", 0L,
                "imag", 1000003L, "algorithm", "siphash13", "hash_bits", 64L, "seed_bits", 128L, "cutoff", 0L);
        structSeq(space, dict, "flags", false, "debug", 0L, "inspect", 0L, "interactive", 0L, "optimize", 0L,
                "dont_write_bytecode", 1L, "no_user_site", 0L, "no_site", 0L, "ignore_environment", 0L, "verbose", 0L,
                "bytes_warning", 0L, "quiet", 0L, "hash_randomization", 1L, "isolated", 0L, "dev_mode", false,
                "utf8_mode", 0L, "warn_default_encoding", 0L, "safe_path", false, "int_max_str_digits", -1L);
    }

    /**
     * {@code sys.builtin_module_names} (a sorted tuple of the modules written in Java) and
     * {@code sys.stdlib_module_names} (a frozenset of CPython 3.11's standard library's top-level
     * names, from {@code stdlib_module_names.txt}), both made at start-up as {@code _PySys_InitCore} does.
     */
    private static void moduleNames(ModuleTable table, long dict) {
        ObjectSpace space = table.space();
        java.util.List<String> builtin = table.builtinModuleNames();
        long[] names = new long[builtin.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = space.strType.runtime(builtin.get(i));
        }
        long tuple = space.tupleType.create(names);
        for (long n : names) {
            space.decref(n);
        }
        setItem(space, dict, "builtin_module_names", tuple);
        space.decref(tuple);
        long stdlib = space.frozenSetType.create();
        try (var in = SysModule.class.getResourceAsStream("stdlib_module_names.txt")) {
            if (in == null) {
                throw new IllegalStateException("stdlib_module_names.txt is missing from the interpreter's resources");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    long n = space.strType.runtime(line);
                    try {
                        space.frozenSetType.add(stdlib, n);
                    } finally {
                        space.decref(n);
                    }
                }
            }
        } catch (java.io.IOException e) {
            space.decref(stdlib);
            throw new java.io.UncheckedIOException(e);
        }
        setItem(space, dict, "stdlib_module_names", stdlib);
        space.decref(stdlib);
    }

    /**
     * {@code sys.<key>}: an instance of a new struct sequence type {@code sys.<key>} with the fields
     * and values of {@code pairs} (name, then a Long, Double, Boolean or String).
     */
    private static void structSeq(ObjectSpace space, long dict, String key, boolean constructible, Object... pairs) {
        String[] names = new String[pairs.length / 2];
        long[] values = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = (String) pairs[2 * i];
            values[i] = switch (pairs[2 * i + 1]) {
                case Long l -> space.newInt(l);
                case Double d -> space.floatType.create(d);
                case Boolean b -> space.newBool(b);
                case String t -> space.strType.literal(t);
                default -> throw new IllegalArgumentException(key + ": " + pairs[2 * i + 1]);
            };
        }
        StructSeqType type = space.register(new StructSeqType(space, "sys." + key, constructible, names));
        long o = type.create(values);
        try {
            setItem(space, dict, key, o);
        } finally {
            space.decref(o);
            for (long v : values) {
                space.decref(v);
            }
        }
    }
}
