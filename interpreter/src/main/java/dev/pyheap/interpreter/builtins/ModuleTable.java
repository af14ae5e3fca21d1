package dev.pyheap.interpreter.builtins;

import dev.pyheap.interpreter.compiler.Analysis;
import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.interpreter.eval.Interpreter;
import dev.pyheap.interpreter.parser.CompileWarning;
import dev.pyheap.interpreter.parser.PythonParser;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The module table and the import system (Python/import.c, Python/sysmodule.c's
 * {@code sys.modules}): {@code import name} finds the module in {@code sys.modules}, else makes it
 * from the table of modules written in Java (one line each: name and the class filling its dict),
 * else compiles and runs a module written in Python, from the library shipped with the
 * interpreter ({@code dev/pyheap/interpreter/lib/}) or from the program's folder; else it raises
 * CPython's {@code ModuleNotFoundError}. A library module's code object comes from its compiled form
 * in the jar ({@link LibraryCode}) when that matches its source, else from compiling the source;
 * either way it is kept for the heap's later imports of it.
 */
public final class ModuleTable implements Interpreter.Importer {
    /** Fills the dict of a module written in Java. */
    @FunctionalInterface
    public interface ModuleInit {
        void fill(ModuleTable table, long module, long dict);
    }

    private final Interpreter interp;
    private final ObjectSpace space;
    private final Map<String, ModuleInit> table = new LinkedHashMap<>();
    private final Map<String, Code> compiled = new HashMap<>();
    private final ModuleImportLocks importLocks = new ModuleImportLocks();
    final Builtins builtins;
    private long builtinsModule;
    private long sysModule;
    /** {@code sys.modules} (borrowed: the sys module's dict holds it). */
    private long modules;
    /** Where modules of the program are looked for ({@code sys.path[0]}), or null. */
    private final Path programFolder;

    final dev.pyheap.runtime.PyHeap heap;

    /** The interpreter this table's modules belong to. */
    Interpreter interp() {
        return interp;
    }

    public ModuleTable(Interpreter interp, Path programFolder, dev.pyheap.runtime.PyHeap heap) {
        this.heap = heap;
        this.interp = interp;
        this.space = interp.space();
        this.programFolder = programFolder;
        space.floatType.useLibmPow(Libm.binary("pow", Math::pow));
        this.builtins = new Builtins(interp);
        table.put("sys", SysModule::fill);
        table.put("gc", (t, m, d) -> GcModuleFunctions.fill(t, m, d, heap));
        table.put("builtins", (t, m, d) -> { });
        table.put("_weakref", WeakrefModule::fill);
        table.put("time", SmallModules::time);
        table.put("math", MathModule::fill);
        table.put("atexit", SmallModules::atexit);
        table.put("_abc", SmallModules::abc);
        table.put("_random", RandomModule::fill);
        table.put("_heapq", HeapqModule::fill);
        table.put("_functools", FunctoolsModule::fill);
        table.put("_operator", OperatorModule::fill);
        table.put("_json", JsonModule::fill);
        table.put("_struct", StructModule::fill);
        table.put("itertools", ItertoolsModule::fill);
        table.put("_collections", CollectionsModule::fill);
        table.put("_pyheap_ctypes", CtypesModule::fill);
        table.put("array", ArrayModule::fill);
        table.put("_thread", ThreadModule::fill);
        table.put("posix", PosixModule::fill);
        table.put("_io", IoModule::fill);
        table.put("resource", ResourceModule::fill);
        table.put("fcntl", FcntlModule::fill);
        table.put("pwd", PwdModule::fillPwd);
        table.put("grp", PwdModule::fillGrp);
        table.put("_traceback", SmallModules::traceback);
        table.put("_warnings", SmallModules::warnings);
        table.put("_tracemalloc", (t, m, d) -> TracemallocFunctions.fill(t, m, d, heap));
        table.put("_re", ReModule::fill);
        table.put("_hashlib", HashlibModule::fill);
        table.put("_subprocess", SubprocessModule::fill);
        table.put("_mmap", MmapModule::fill);
        table.put("_pyheap_multiprocessing", (t, m, d) -> MultiprocessingModule.fill(t, m, d, heap));
        table.put("_opcode", OpcodeModule::fill);
        table.put("_pyheap_ast", AstModule::fill);
        table.put("_pyheap_c", StandsForCModule::fill);
        table.put("_pyheap_pickle", (t, m, d) -> SysModule.setItem(t.space(), d, "PickleBuffer",
                t.space().register(new PickleBufferType(t.space())).typeObject()));
        table.put("_pyheap_symtable", SymtableModule::fill);
        table.put("_crypt", CryptSyslogModules::crypt);
        table.put("syslog", CryptSyslogModules::syslog);
        table.put("_pyheap_spwd", PwdModule::fillSpwd);
        table.put("_pyheap_cjkcodecs", CjkCodecsModule::fill);
        table.put("_zlib", ZlibModule::fill);
        table.put("_lzma", LzmaModule::fill);
        table.put("_pyheap_bz2", Bz2Module::fill);
        table.put("_pyheap_blake2", Blake2Module::fill);
        table.put("_pyheap_expat", ExpatModule::fill);
        table.put("_pyheap_sqlite3", SqliteModule::fill);
        table.put("_pyheap_socket", SocketModule::fill);
        table.put("unicodedata", UnicodedataModule::fill);
        table.put("_imp", ImpModule::fill);
        table.put("_pyheap_marshal", MarshalSupport::fill);
        table.put("_lsprof", LsprofModule::fill);
        table.put("_objgraph", (t, m, d) -> ObjgraphModule.fill(t, m, d, heap));
    }

    /**
     * The modules CPython 3.11 builds into its executable that the library writes in Python: each is
     * imported from the library alone (a program's file of the same name never shadows it, as
     * BuiltinImporter comes first in CPython's {@code sys.meta_path}) and described as built-in (no
     * {@code __file__}, origin {@code 'built-in'}, BuiltinImporter its loader), so it looks as
     * CPython's does to {@code repr}, {@code inspect} and {@code from M import missing}.
     */
    private static final java.util.Set<String> BUILT_IN_LIBRARY_MODULES =
            java.util.Set.of("_ast", "_codecs", "_symtable", "errno", "faulthandler", "marshal");

    /** Whether {@code name} is a built-in module: written in Java or one of {@link #BUILT_IN_LIBRARY_MODULES}. */
    boolean isBuiltin(String name) {
        return table.containsKey(name) || BUILT_IN_LIBRARY_MODULES.contains(name);
    }

    /** {@code sys.builtin_module_names}: the modules written in Java and the built-in ones of the library, sorted. */
    java.util.List<String> builtinModuleNames() {
        return java.util.stream.Stream.concat(table.keySet().stream(), BUILT_IN_LIBRARY_MODULES.stream())
                .sorted().toList();
    }

    public ObjectSpace space() {
        return space;
    }

    public Interpreter interpreter() {
        return interp;
    }

    /** Makes builtins and sys and installs the importer. */
    public void init(List<String> argv, java.io.PrintWriter out, java.io.PrintWriter err) {
        builtinsModule = builtins.create();
        interp.setBuiltins(builtins.dict());
        sysModule = space.moduleType.createBuiltin("sys");
        long sysDict = space.moduleType.dict(sysModule);
        modules = space.dictType.create();
        SysModule.setItem(space, sysDict, "modules", modules);
        space.decref(modules);
        builtins.sysDict = sysDict;
        interp.setSysDict(sysDict);
        SysModule.fill(this, sysModule, sysDict);
        builtins.addSiteBuiltins();
        fds = new FdTable(out, err, stdin, outBytes, errBytes);
        long stdinObject = builtins.newInputStream(fds, StdinBuffer.overDescriptor(space, fds), stdinTerminal);
        for (String n : new String[] {"stdin", "__stdin__"}) {
            SysModule.setItem(space, sysDict, n, stdinObject);
        }
        space.decref(stdinObject);
        builtins.textIO.unsupported = this::unsupportedOperation;
        builtins.textIO.rawFile = this::standardRaw;
        builtins.textIO.loadLibrary = () -> importModule("io");
        builtins.textIO.textCodec = this::checkTextCodec;
        long stdout = builtins.newTextStream(fds, 1, unbuffered, holdsOutput, terminals[0]);
        long stderr = builtins.newTextStream(fds, 2, unbuffered, holdsOutput, terminals[1]);
        for (String n : new String[] {"stdout", "__stdout__"}) {
            SysModule.setItem(space, sysDict, n, stdout);
        }
        for (String n : new String[] {"stderr", "__stderr__"}) {
            SysModule.setItem(space, sysDict, n, stderr);
        }
        space.decref(stdout);
        space.decref(stderr);
        long[] items = new long[argv.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = space.strType.runtime(argv.get(i));
        }
        long argvList = space.listType.create(items);
        for (long x : items) {
            space.decref(x);
        }
        SysModule.setItem(space, sysDict, "argv", argvList);
        space.decref(argvList);
        long path = programFolder == null ? space.listType.create() : list(programFolder.toString());
        SysModule.setItem(space, sysDict, "path", path);
        space.decref(path);
        SysModule.setItem(space, modules, "sys", sysModule);
        SysModule.setItem(space, modules, "builtins", builtinsModule);
        // The interpreter's own references (interp->modules, interp->sysdict, interp->builtins): roots.
        space.incref(modules);
        interp.addRoots(visitor -> {
            if (!closed) {
                visitor.accept(sysModule);
                visitor.accept(builtinsModule);
                visitor.accept(modules);
                builtins.printKeywords.forEachRoot(visitor);
                // atexit's registered calls (CPython's interp->atexit.callbacks)
                for (long[] entry : atexit.entries) {
                    for (long o : entry) {
                        if (o != 0) {
                            visitor.accept(o);
                        }
                    }
                }
            }
        });
        builtins.function("__import__", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "__import__", a, n, kw).keywords("globals", "locals", "fromlist", "level");
            if (n < 1) {
                throw new PyException("TypeError", "__import__() missing required argument 'name' (pos 1)");
            }
            long fromlist = n > 3 ? c.get(3) : c.keyword("fromlist");
            long level = n > 4 ? c.get(4) : c.keyword("level");
            // Argument Clinic's `i` for level, then PyImport_ImportModuleLevelObject's checks in its order
            int levelValue = level == 0 ? 0 : dev.pyheap.runtime.objects.Args.cInt(space, level);
            if (!space.strType.check(c.get(0))) {
                throw new PyException("TypeError", "module name must be a string");
            }
            if (levelValue < 0) {
                throw new PyException("ValueError", "level must be >= 0");
            }
            // any non-empty sequence asks for the submodule itself, as _handle_fromlist takes it (a list, often)
            long names = fromlist == 0 || fromlist == space.none || !Abstract.isTrue(space, fromlist) ? space.newNone()
                    : Abstract.sequenceTuple(space, fromlist);
            try {
                return importName(space.strType.value(c.get(0)), interp.currentGlobals(), names, levelValue);
            } finally {
                space.decref(names);
            }
        });
        CoreFunctions.define(this);
        interp.setImporter(this);
        bootstrap();
    }

    private long list(String item) {
        long s = space.strType.runtime(item);
        long l = space.listType.create(s);
        space.decref(s);
        return l;
    }

    private boolean closed;
    /** What {@code atexit.register} took. */
    final SmallModules.Atexit atexit = new SmallModules.Atexit();

    /**
     * {@code atexit._run_exitfuncs}: calls the registered functions, last first; an exception is
     * printed as CPython's {@code Exception ignored in atexit callback} (when {@code run}), then the
     * list is empty.
     */
    public void runAtexit(boolean run) {
        while (!atexit.entries.isEmpty()) {
            long[] e = atexit.entries.remove(atexit.entries.size() - 1);
            try {
                if (run) {
                    space.decref(interp.call(e[0], e[1], e[2]));
                }
            } catch (PyException ex) {
                onAtexitError.accept(e[0], ex);
            } finally {
                space.decref(e[0]);
                space.decref(e[1]);
                space.xdecref(e[2]);
            }
        }
    }

    /** How {@code sys.excepthook} prints an exception and its traceback to stderr (the runner prints it; the consumer releases it). */
    public java.util.function.Consumer<PyException> printException = PyException::release;

    /** The default {@code sys.unraisablehook}'s printing: err_msg (or null), the object (or 0/None), the exception. */
    public interface UnraisableWriter {
        void write(String errMsg, long object, long exc);
    }

    /** How the default {@code sys.unraisablehook} writes to stderr (the runner sets it). */
    public UnraisableWriter writeUnraisable = (errMsg, object, exc) -> {
    };

    /** {@code sys.__unraisablehook__} (borrowed; the sys module keeps it), so the runner knows when the program replaced it. */
    public long defaultUnraisableHook;

    /** {@code sys.UnraisableHookArgs}, made with the sys module. */
    dev.pyheap.runtime.objects.StructSeqType unraisableHookArgsType;

    /**
     * {@code make_unraisable_hook_args}: the struct sequence a program's {@code sys.unraisablehook}
     * receives (exc_type, exc_value, exc_traceback, err_msg, object); borrowed arguments, a new reference.
     */
    public long unraisableHookArgs(long exc, String errMsg, long object) {
        long tb = space.exceptions.base().field(exc, dev.pyheap.runtime.objects.BaseExceptionType.TRACEBACK);
        long msg = errMsg == null ? space.newNone() : space.strType.runtime(errMsg);
        try {
            return unraisableHookArgsType.create(space.typeOf(exc).typeObject(), exc, tb == 0 ? space.none : tb, msg,
                    object == 0 ? space.none : object);
        } finally {
            space.decref(msg);
        }
    }

    /** What the runner's traceback printer gives the {@code traceback} module. */
    public interface ExceptionFormatter {
        /** The text {@code sys.excepthook} prints for the exception object {@code exc}, its chain first. */
        String exception(long exc);

        /**
         * The entries of the traceback {@code tb} from its {@code skip}-th, at most {@code count}:
         * a string per frame (with its source line and markers) and per collapsed repeat.
         */
        List<String> entries(long tb, long skip, long count);
    }

    /** The traceback printer's text, for {@code traceback} (the runner sets it). */
    public ExceptionFormatter formatter = new ExceptionFormatter() {
        @Override
        public String exception(long exc) {
            return "";
        }

        @Override
        public List<String> entries(long tb, long skip, long count) {
            return List.of();
        }
    };

    /** How an exception in an atexit function is reported (the runner prints it). */
    public java.util.function.BiConsumer<Long, PyException> onAtexitError = (f, e) -> e.release();

    /** The interpreter's file descriptors (made by {@link #init}: 0 to 2 are the runner's streams). */
    private FdTable fds;

    FdTable fds() {
        return fds;
    }

    /** The interpreter's working directory ({@code os.chdir}/{@code os.getcwd}). */
    private final WorkingDirectory cwd = new WorkingDirectory();

    WorkingDirectory cwd() {
        return cwd;
    }

    /** Starts the interpreter in {@code directory} (an existing directory), as a process started there. */
    public void setWorkingDirectory(Path directory) {
        Path start = directory.toAbsolutePath().normalize();
        try {
            start = start.toRealPath();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("no such directory: " + directory, e);
        }
        cwd.change(start);
    }

    /**
     * {@code -u} / {@code PYTHONUNBUFFERED}: sys.stdout and sys.stderr write through (CPython's
     * {@code write_through}), so what a program prints reaches its descriptor before a child's output.
     */
    private boolean unbuffered;

    /** Asks for unbuffered streams ({@code -u}); before {@link #init}. */
    public void setUnbuffered(boolean unbuffered) {
        this.unbuffered = unbuffered;
    }

    /** {@code sys.warnoptions} and {@code sys._xoptions}'s entries, as the command line gave them. */
    List<String> warnOptions = List.of();
    List<String> xOptions = List.of();

    /** {@code -W} options (PYTHONWARNINGS's entries first) for {@code sys.warnoptions}; before {@link #init}. */
    public void setWarnOptions(List<String> options) {
        this.warnOptions = List.copyOf(options);
    }

    /** {@code -X} options for {@code sys._xoptions}; before {@link #init}. */
    public void setXOptions(List<String> options) {
        this.xOptions = List.copyOf(options);
    }

    /** What descriptor 0 reads: the process's stdin unless the runner gives another stream. */
    private InputStream stdin = System.in;
    private boolean stdinTerminal;

    /** Gives descriptor 0 (sys.stdin, input(), os.read(0)) the stream {@code in}, and says whether it is a terminal; before {@link #init}. */
    public void setStdin(InputStream in, boolean terminal) {
        this.stdin = java.util.Objects.requireNonNull(in, "in");
        this.stdinTerminal = terminal;
    }

    /** {@code io.UnsupportedOperation(message)} to raise: the class lives in the io module, imported if need be. */
    /** {@code io._standard_raw(fd, name, mode)}: the FileIO under a standard stream's buffer. New reference. */
    private long standardRaw(int fd, String name, String mode) {
        long make = Abstract.getAttr(space, importModule("io"), "_standard_raw");
        long[] args = {space.newInt(fd), space.strType.runtime(name), space.strType.runtime(mode)};
        try {
            return Abstract.call(space, make, args);
        } finally {
            space.decref(make);
            for (long x : args) {
                space.decref(x);
            }
        }
    }

    /** {@code _PyCodec_LookupTextEncoding(encoding, "codecs.open()")}: raises LookupError unless {@code encoding} is a text codec. */
    private void checkTextCodec(String encoding) {
        long codecs = importModule("codecs");
        long check = Abstract.getAttr(space, codecs, "_text_info");
        long[] args = {space.strType.runtime(encoding), space.strType.runtime("open")};
        try {
            space.decref(Abstract.call(space, check, args));
        } finally {
            space.decref(check);
            space.decref(args[0]);
            space.decref(args[1]);
        }
    }

    private PyException unsupportedOperation(String message) {
        long io = importModule("io");
        long type = Abstract.getAttr(space, io, "UnsupportedOperation");
        long text = space.strType.runtime(message);
        long exc;
        try {
            exc = Abstract.call(space, type, new long[] {text});
        } finally {
            space.decref(type);
            space.decref(text);
        }
        return new PyException("UnsupportedOperation", message, exc, space::decref);
    }

    /** Whether the runner's stdout and stderr are terminals: sys.stdout is then line-buffered, as CPython's. */
    private final boolean[] terminals = new boolean[2];

    private java.io.OutputStream outBytes;
    private java.io.OutputStream errBytes;

    /**
     * The byte streams under the runner's stdout and stderr writers (either may be null), so bytes
     * written to descriptors 1 and 2 reach them as they are; before {@link #init}.
     */
    public void setByteStreams(java.io.OutputStream out, java.io.OutputStream err) {
        outBytes = out;
        errBytes = err;
    }

    /** Says which of the runner's stdout and stderr are terminals; before {@link #init}. */
    public void setTerminals(boolean stdout, boolean stderr) {
        terminals[0] = stdout;
        terminals[1] = stderr;
    }

    /**
     * Whether sys.stdout's and sys.stderr's text waits in their buffer until it is flushed, as
     * CPython's does (the program runner's streams: the order of a program's output and its
     * children's is CPython's); otherwise it reaches the Java streams at each write.
     */
    private boolean holdsOutput;

    /** Streams that hold their text as CPython's buffers do ({@link #holdsOutput}); before {@link #init}. */
    public void setHoldsOutput(boolean holds) {
        this.holdsOutput = holds;
    }

    /** What a module's state releases when the interpreter is torn down, last registered first. */
    private final java.util.ArrayDeque<Runnable> atClose = new java.util.ArrayDeque<>();

    /** Runs {@code release} at {@link #close()} (a module's interpreter-wide state, as CPython's *_Fini steps). */
    void atClose(Runnable release) {
        atClose.push(release);
    }

    /**
     * Drops the interpreter's references to sys, builtins and sys.modules and the modules' own
     * interpreter-wide state (the end of finalization).
     */
    public void close() {
        if (!closed) {
            closed = true;
            while (!atClose.isEmpty()) {
                atClose.pop().run();
            }
            builtins.printKeywords.release();
            builtins.sysDict = 0;
            space.clearTypeCache(); // _PyType_Fini: the names the type attribute cache holds
            space.decref(modules);
            space.decref(sysModule);
            space.decref(builtinsModule);
            if (fds != null) {
                builtins.flushOutput();
                fds.closeAll();
            }
        }
    }

    /** The sys module's dict (borrowed). */
    public long sysDict() {
        return space.moduleType.dict(sysModule);
    }

    /** The builtins' functions and streams. */
    public Builtins builtins() {
        return builtins;
    }

    /** {@code sys.modules} (borrowed). */
    public long modules() {
        return modules;
    }

    /**
     * Set when finalization starts removing the modules ({@code finalize_modules}): from then on an
     * import fails, as CPython's does once {@code sys.modules} holds None for every module.
     */
    private boolean finalizing;

    /** Imports fail from now on (the interpreter is finalizing its modules). */
    public void startFinalizing() {
        finalizing = true;
    }

    /** Whether {@link #startFinalizing} was called. */
    public boolean isFinalizing() {
        return finalizing;
    }

    @Override
    public long runtimeModule(String name) {
        boolean was = finalizing;
        finalizing = false;
        try {
            return importName(name, 0, 0, 0);
        } finally {
            finalizing = was;
        }
    }

    @Override
    public long importName(String name, long globals, long fromlist, int level) {
        if (finalizing) {
            throw new PyException("ImportError", "import of " + name + " halted; None in sys.modules");
        }
        if (level > 0) {
            name = resolveRelative(name, globals, level);
        } else if (name.isEmpty()) {
            throw new PyException("ValueError", "Empty module name");
        }
        String[] parts = name.split("\\.");
        long top = 0;
        String full = "";
        long last = 0;
        for (int i = 0; i < parts.length; i++) {
            full = i == 0 ? parts[0] : full + "." + parts[i];
            last = importModule(full);
            if (i == 0) {
                top = last;
            }
        }
        boolean hasFromlist = fromlist != 0 && fromlist != space.none && space.tupleType.check(fromlist)
                && space.tupleType.size(fromlist) > 0;
        if (hasFromlist && space.dictType.getItemString(space.moduleType.dict(last), "__path__") != 0) {
            // _handle_fromlist: names of a package that are not attributes yet are its submodules
            for (int i = 0; i < space.tupleType.size(fromlist); i++) {
                long item = space.tupleType.item(fromlist, i);
                String sub = space.strType.check(item) ? space.strType.value(item) : "*";
                if (!sub.equals("*") && space.dictType.getItemString(space.moduleType.dict(last), sub) == 0) {
                    try {
                        importModule(full + "." + sub);
                    } catch (PyException e) {
                        if (!e.pythonType().equals("ModuleNotFoundError")) {
                            throw e;
                        }
                        e.release();
                    }
                }
            }
        }
        return space.newRef(hasFromlist ? last : top);
    }

    /**
     * importlib's {@code _calc___package__} and {@code _resolve_name}: the absolute name of a
     * relative import ({@code from .sub import x} at {@code level} dots) made from the module
     * whose globals are {@code globals}: its {@code __package__}, else its {@code __name__} (a
     * package) or the name's parent (a module).
     */
    private String resolveRelative(String name, long globals, int level) {
        String pkg = "";
        if (globals != 0 && space.dictType.check(globals)) {
            long p = space.dictType.getItemString(globals, "__package__");
            if (p != 0 && p != space.none) {
                if (!space.strType.check(p)) {
                    throw new PyException("TypeError", "package must be a string");
                }
                pkg = space.strType.value(p);
            } else {
                long n = space.dictType.getItemString(globals, "__name__");
                if (n != 0 && space.strType.check(n)) {
                    pkg = space.strType.value(n);
                    if (space.dictType.getItemString(globals, "__path__") == 0) {
                        int dot = pkg.lastIndexOf('.');
                        pkg = dot < 0 ? "" : pkg.substring(0, dot);
                    }
                }
            }
        }
        if (pkg.isEmpty()) {
            throw new PyException("ImportError", "attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw new PyException("ImportError", "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /**
     * Where an import looks, in order: the str entries of {@code sys.path} as the program has it now
     * (each searched through its path entry finder, see {@link #entryFinder}), with the library's
     * place right after the program's own folder, where CPython's standard library directories
     * follow the script's: a folder the program inserts before it shadows the library, one it
     * appends comes after.
     */
    private List<Place> searchFolders() {
        List<Place> folders = new ArrayList<>();
        long path = space.dictType.getItemString(sysDict(), "path");
        boolean libraryPlaced = false;
        if (path != 0 && space.listType.check(path)) {
            for (long i = 0; i < space.listType.size(path); i++) {
                long entry = space.listType.item(path, i);
                if (!space.strType.check(entry)) {
                    continue;
                }
                String text = space.strType.value(entry);
                Place place = Place.entry(cwd, text);
                if (place != null) {
                    folders.add(place);
                }
                if (!libraryPlaced && programFolder != null && text.equals(programFolder.toString())) {
                    folders.add(Place.LIBRARY);
                    libraryPlaced = true;
                }
            }
        }
        if (!libraryPlaced) {
            folders.add(programFolder == null || folders.isEmpty() ? 0 : 1, Place.LIBRARY);
        }
        return folders;
    }

    /**
     * A place where modules are looked for: a {@code sys.path} or {@code __path__} entry ({@code entry},
     * its text), or a folder of the library in the jar ({@code library}: its path under lib/ with a
     * trailing '/', or "" for lib/ itself; {@code entry} null: the library's folders are no entries
     * of {@code sys.path} here, so they are searched without the path hooks).
     */
    private record Place(String library, String entry) {
        static final Place LIBRARY = new Place("", null);

        /** The place of a {@code sys.path} or {@code __path__} entry (one naming a library folder is that folder). */
        static Place entry(WorkingDirectory cwd, String text) {
            String prefix = LibraryCode.FILENAME_PREFIX;
            if (text.startsWith(prefix) || text.equals(prefix.substring(0, prefix.length() - 1))) {
                String under = text.length() <= prefix.length() ? "" : text.substring(prefix.length());
                return new Place(under.isEmpty() || under.endsWith("/") ? under : under + "/", null);
            }
            return new Place(null, text);
        }

        /** The directory an entry names, or null when it names none. */
        static java.nio.file.Path folder(WorkingDirectory cwd, String text) {
            try {
                java.nio.file.Path folder = cwd.resolve(text);
                return Files.isDirectory(folder) ? folder : null;
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }

        /**
         * Whether an entry names a Zip archive (or a folder in one): its longest existing leading part
         * is a file, as for zipimport's zipimporter (before the path hooks exist).
         */
        static boolean archive(WorkingDirectory cwd, String text) {
            try {
                for (java.nio.file.Path p = cwd.resolve(text); p != null && !text.isEmpty(); p = p.getParent()) {
                    if (Files.exists(p)) {
                        return Files.isRegularFile(p);
                    }
                }
                return false;
            } catch (java.nio.file.InvalidPathException e) {
                return false;
            }
        }
    }

    /** How {@link #search} searches with a path entry finder. */
    private enum FinderKind {
        /** A FileFinder the default hook made: the folder searched here. */
        FOLDER,
        /** zipimport's zipimporter: asked through zipimport's own functions. */
        ARCHIVE,
        /** Any other finder (a program's): asked for a spec, which importlib's _load_unlocked runs. */
        OTHER
    }

    /**
     * importlib's {@code PathFinder._path_importer_cache}: the path entry finder of {@code entry} (a new
     * reference), or 0 for None: the one {@code sys.path_importer_cache} holds, else the first a hook of
     * {@code sys.path_hooks} makes (a hook raising ImportError passes), cached there (None too). The
     * entry '' stands for the current directory. -1 before start-up made the hooks (the entry is then
     * searched as a folder or archive).
     */
    private long entryFinder(String entry) {
        long sys = sysDict();
        long hooks = space.dictType.getItemString(sys, "path_hooks");
        long cache = space.dictType.getItemString(sys, "path_importer_cache");
        if (!bootstrapped || !hooksInstalled || hooks == 0 || cache == 0 || !space.dictType.check(cache)) {
            return -1;
        }
        String key = entry.isEmpty() ? cwd.current().toString() : entry;
        long keyText = space.strType.runtime(key);
        try {
            long finder = space.dictType.get(cache, keyText);
            if (finder == 0) {
                finder = pathHooks(hooks, keyText);
                space.dictType.setItem(cache, keyText, finder);
            } else {
                space.incref(finder);
            }
            if (finder == space.none) {
                space.decref(finder);
                return 0;
            }
            return finder;
        } finally {
            space.decref(keyText);
        }
    }

    /** importlib's {@code PathFinder._path_hooks}: the finder the first accepting hook makes, else None (new references). */
    private long pathHooks(long hooks, long entry) {
        if (hooks != space.none && !Abstract.isTrue(space, hooks)) {
            warnImport("sys.path_hooks is empty");
        }
        long list = Abstract.sequenceTuple(space, hooks);
        try {
            for (int i = 0; i < space.tupleType.size(list); i++) {
                try {
                    return Abstract.call(space, space.tupleType.item(list, i), new long[] {entry});
                } catch (PyException e) {
                    if (!Abstract.matches(space, e, "ImportError")) {
                        throw e;
                    }
                    e.release();
                }
            }
        } finally {
            space.decref(list);
        }
        return space.newNone();
    }

    /** Whether start-up has put its hooks on {@code sys.path_hooks} (after that, every entry is searched through them). */
    private boolean hooksInstalled;

    private FinderKind finderKind(long finder) {
        long external = space.dictType.getItemString(modules, "_frozen_importlib_external");
        long type = space.typeOf(finder).typeObject();
        if (external != 0) {
            long dict = space.moduleType.dict(external);
            if (type == space.dictType.getItemString(dict, "FileFinder")) {
                long own = Abstract.lookupAttr(space, finder, "_loaders");
                try {
                    if (own != 0 && own == space.dictType.getItemString(dict, "_DEFAULT_LOADERS")) {
                        return FinderKind.FOLDER;
                    }
                } finally {
                    if (own != 0) {
                        space.decref(own);
                    }
                }
                return FinderKind.OTHER;
            }
        }
        long zipimport = space.dictType.getItemString(modules, "zipimport");
        if (zipimport != 0 && space.moduleType.check(zipimport)
                && type == space.dictType.getItemString(space.moduleType.dict(zipimport), "zipimporter")) {
            return FinderKind.ARCHIVE;
        }
        return FinderKind.OTHER;
    }

    /**
     * A program's path entry finder: its spec for {@code name} ({@code PathFinder._entry_spec}: its
     * find_spec, else the legacy find_loader/find_module), run by importlib's {@code _load_unlocked}
     * when it has a loader. The module (borrowed from sys.modules); 0 when the finder has no spec,
     * with a namespace portion's folders added to {@code portions}.
     */
    private long loadThroughEntryFinder(long finder, String name, int dot, List<String> portions, boolean viaProtocol) {
        long bootstrap = space.dictType.getItemString(modules, "_frozen_importlib");
        long external = space.dictType.getItemString(modules, "_frozen_importlib_external");
        space.decref(Abstract.callMethod(space, bootstrap, "_install_protocol", new long[0]));
        long pathFinder = space.dictType.getItemString(space.moduleType.dict(external), "PathFinder");
        long text = space.strType.runtime(name);
        long spec;
        try {
            spec = Abstract.callMethod(space, pathFinder, "_entry_spec", new long[] {finder, text});
        } finally {
            space.decref(text);
        }
        try {
            if (spec == space.none) {
                return 0;
            }
            long loader = Abstract.getAttr(space, spec, "loader");
            boolean hasLoader = loader != space.none;
            space.decref(loader);
            if (!hasLoader) {
                long locations = Abstract.getAttr(space, spec, "submodule_search_locations");
                try {
                    if (locations == space.none) {
                        throw new PyException("ImportError", "spec missing loader");
                    }
                    long items = Abstract.sequenceTuple(space, locations);
                    for (int i = 0; i < space.tupleType.size(items); i++) {
                        long item = space.tupleType.item(items, i);
                        if (space.strType.check(item)) {
                            portions.add(space.strType.value(item));
                        }
                    }
                    space.decref(items);
                } finally {
                    space.decref(locations);
                }
                return 0;
            }
            return loadSpec(bootstrap, spec, name, dot, viaProtocol);
        } finally {
            space.decref(spec);
        }
    }

    /**
     * Set while {@code zipimport} is imported or looks for a module in an archive: the imports it makes
     * then (its own modules, {@code io} for {@code open}) pass over the archives on the path, as
     * CPython's frozen zipimport needs no import to read one.
     */
    private boolean inArchiveHook;

    /**
     * The module {@code name} imported from the Zip archive a path entry names, borrowed; 0 when the
     * archive has no such module or the entry names no archive. {@code zipimport._find_spec} finds it
     * (CPython's path hook for the entry, then its finder), {@code zipimport._load} makes and runs it.
     */
    private long importFromArchive(String entry, String name) {
        if (inArchiveHook) {
            return 0;
        }
        long spec;
        inArchiveHook = true;
        try {
            long zipimport = importModule("zipimport");
            long e = space.strType.runtime(entry);
            long n = space.strType.runtime(name);
            try {
                spec = Abstract.callMethod(space, zipimport, "_find_spec", new long[] {e, n});
            } finally {
                space.decref(e);
                space.decref(n);
            }
        } finally {
            inArchiveHook = false;
        }
        try {
            if (spec == space.none) {
                return 0;
            }
            space.decref(Abstract.callMethod(space, importModule("zipimport"), "_load", new long[] {spec}));
        } finally {
            space.decref(spec);
        }
        return space.dictType.getItemString(modules, name);
    }

    /**
     * Gives a module this import system made CPython's attributes through the Python side's
     * {@code _frozen_importlib._describe} ({@code __spec__}, {@code __loader__}, {@code __package__},
     * {@code __path__}, {@code __file__}, {@code __cached__}); false when that module is not loaded
     * yet (while it and what it needs are imported at start-up, see {@link #bootstrap}).
     */
    private boolean describe(long module, String kind, String filename, boolean isPackage) {
        if (filename == null) {
            return describeWith(module, kind, space.none, isPackage);
        }
        long text = space.strType.runtime(filename);
        try {
            return describeWith(module, kind, text, isPackage);
        } finally {
            space.decref(text);
        }
    }

    private boolean describeWith(long module, String kind, long filename, boolean isPackage) {
        long bootstrap = modules == 0 ? 0 : space.dictType.getItemString(modules, "_frozen_importlib");
        if (bootstrap == 0 || !bootstrapped) {
            if (!bootstrapped) {
                String name = space.moduleType.moduleName(module);
                undescribed.add(name);
            }
            return false;
        }
        long k = space.strType.runtime(kind);
        long p = space.newBool(isPackage);
        try {
            space.decref(Abstract.callMethod(space, bootstrap, "_describe", new long[] {module, k, filename, p}));
        } finally {
            space.decref(k);
            space.decref(p);
        }
        return true;
    }

    /** Whether the import system's Python side is loaded (and {@link #describe} works). */
    private boolean bootstrapped;
    /** The modules made before it was: described once it is. */
    private final List<String> undescribed = new ArrayList<>();

    /**
     * Loads the import system's Python side (CPython's frozen importlib._bootstrap and
     * _bootstrap_external), then describes the modules made before it: sys, builtins, _imp and those
     * two, as CPython's _install does for the modules it finds in sys.modules.
     */
    private void bootstrap() {
        importModule("_frozen_importlib");
        importModule("_frozen_importlib_external");
        // sys.meta_path as CPython's _install makes it; sys.path_hooks (zipimporter and FileFinder's hook)
        // once zipimport is imported below
        long bootstrap = space.dictType.getItemString(modules, "_frozen_importlib");
        long external = space.dictType.getItemString(modules, "_frozen_importlib_external");
        long metaPath = space.listType.create(
                space.dictType.getItemString(space.moduleType.dict(bootstrap), "BuiltinImporter"),
                space.dictType.getItemString(space.moduleType.dict(bootstrap), "FrozenImporter"),
                space.dictType.getItemString(space.moduleType.dict(external), "PathFinder"));
        SysModule.setItem(space, sysDict(), "meta_path", metaPath);
        space.decref(metaPath);
        long hooks = space.listType.create();
        SysModule.setItem(space, sysDict(), "path_hooks", hooks);
        space.decref(hooks);
        long cache = space.dictType.create();
        SysModule.setItem(space, sysDict(), "path_importer_cache", cache);
        space.decref(cache);
        bootstrapped = true;
        undescribed.addAll(0, List.of("sys", "builtins"));
        for (String name : undescribed) {
            long module = space.dictType.getItemString(modules, name);
            if (module == 0) {
                continue;
            }
            long file = space.dictType.getItemString(space.moduleType.dict(module), "__file__");
            if (isBuiltin(name)) {
                describe(module, "builtin", null, false);
            } else if (file != 0 && space.strType.check(file)) {
                String filename = space.strType.value(file);
                describe(module, "source", filename, filename.endsWith("/__init__.py"));
            }
        }
        undescribed.clear();
        space.decref(Abstract.callMethod(space, external, "_install_path_hooks", new long[0]));
        hooksInstalled = true;
    }

    /**
     * {@code __main__}'s loader, as CPython's pymain sets it: a SourceFileLoader for a program read
     * from a file, BuiltinImporter for {@code -c}, stdin and the prompt; its {@code __spec__} stays None.
     */
    public void describeMain(long module, String filename) {
        long machinery = space.dictType.getItemString(modules,
                filename == null ? "_frozen_importlib" : "_frozen_importlib_external");
        if (machinery == 0) {
            return;
        }
        if (filename != null && programFolder != null && filename.equals(programFolder + "/__main__.py")) {
            describeMainOfPath(module, filename);
            return;
        }
        long loader;
        if (filename == null) {
            loader = Abstract.getAttr(space, machinery, "BuiltinImporter");
        } else {
            long cls = Abstract.getAttr(space, machinery, "SourceFileLoader");
            long name = space.strType.runtime("__main__");
            long path = space.strType.runtime(filename);
            try {
                loader = Abstract.call(space, cls, new long[] {name, path});
            } finally {
                space.decref(cls);
                space.decref(name);
                space.decref(path);
            }
        }
        SysModule.setItem(space, space.moduleType.dict(module), "__loader__", loader);
        space.decref(loader);
    }

    /**
     * The {@code __main__} of a directory or Zip archive run as the program gets the spec its path's
     * importer finds for it (a SourceFileLoader's, or the archive's zipimporter's) and that spec's loader.
     */
    private void describeMainOfPath(long module, String filename) {
        long spec;
        if (Files.isRegularFile(programFolder)) {
            long archive = space.strType.runtime(programFolder.toString());
            try {
                spec = Abstract.callMethod(space, importModule("zipimport"), "_main_spec", new long[] {archive});
            } finally {
                space.decref(archive);
            }
        } else {
            long name = space.strType.runtime("__main__");
            long path = space.strType.runtime(filename);
            try {
                spec = Abstract.callMethod(space, importModule("_frozen_importlib_external"), "spec_from_file",
                        new long[] {name, path});
            } finally {
                space.decref(name);
                space.decref(path);
            }
        }
        try {
            long dict = space.moduleType.dict(module);
            SysModule.setItem(space, dict, "__spec__", spec);
            if (spec != space.none) {
                long loader = Abstract.getAttr(space, spec, "loader");
                SysModule.setItem(space, dict, "__loader__", loader);
                space.decref(loader);
            }
        } finally {
            space.decref(spec);
        }
    }

    public long importModule(String name) {
        return importModule(name, true);
    }

    /**
     * importlib's {@code _find_and_load_unlocked} less its parent handling (done by the caller): the
     * module {@code name}, imported under its lock if sys.modules lacks it, or 0 when no finder of
     * sys.meta_path finds it. Borrowed.
     */
    long findAndLoad(String name) {
        protocolCall = true;
        try {
            return importModule(name, false);
        } finally {
            protocolCall = false;
        }
    }

    private long importModule(String name, boolean mustFind) {
        long m = space.dictType.getItemString(modules, name);
        if (m == space.none) { // importlib's _find_and_load: a None entry blocks the import
            throw moduleNotFound(name, "import of " + name + " halted; None in sys.modules");
        }
        if (m != 0 && !importLocks.importedElsewhere(name)) {
            return m;
        }
        if (!importLocks.acquire(name, (dev.pyheap.runtime.state.ThreadState) space.tstate)) {
            // waiting would deadlock: the module as far as it has run, as CPython gives it
            m = space.dictType.getItemString(modules, name);
            if (m != 0) {
                return m;
            }
            return load(name, mustFind);
        }
        try {
            m = space.dictType.getItemString(modules, name);
            return m != 0 ? m : load(name, mustFind);
        } finally {
            importLocks.release(name);
        }
    }

    /**
     * importlib's {@code _find_spec} and {@code _load_unlocked} for the module {@code name} (not in
     * sys.modules), under its import lock: the finders of {@code sys.meta_path} in order, where
     * BuiltinImporter, FrozenImporter and PathFinder stand for this class's own search (done once, at
     * the first of them) and any other finder is asked for a spec that importlib's
     * {@code _load_unlocked} then runs. Borrowed; 0 when nothing finds it and {@code mustFind} is false.
     */
    private long load(String name, boolean mustFind) {
        // whether importlib's _find_and_load_unlocked (Python) asked: its frames are then on the stack
        boolean viaProtocol = protocolCall;
        protocolCall = false;
        long metaPath = bootstrapped ? space.dictType.getItemString(sysDict(), "meta_path") : 0;
        if (metaPath == 0 || ownFinders(metaPath)) {
            return search(name, mustFind, viaProtocol);
        }
        if (metaPath == space.none) {
            throw new PyException("ImportError", "sys.meta_path is None, Python is likely shutting down");
        }
        long finders = Abstract.sequenceTuple(space, metaPath); // a snapshot: a finder may change the list
        try {
            int count = (int) space.tupleType.size(finders);
            if (count == 0) {
                warnImport("sys.meta_path is empty");
            }
            boolean searched = false;
            for (int i = 0; i < count; i++) {
                long finder = space.tupleType.item(finders, i);
                if (isOwnFinder(finder)) {
                    if (!searched) {
                        searched = true;
                        long module = search(name, false, viaProtocol);
                        if (module != 0) {
                            return module;
                        }
                    }
                    continue;
                }
                long module = loadThroughFinder(finder, name, viaProtocol);
                if (module != 0) {
                    return module;
                }
            }
        } finally {
            space.decref(finders);
        }
        if (!mustFind) {
            return 0;
        }
        throw moduleNotFound(name, "No module named '" + name + "'");
    }

    /** Whether {@code metaPath} is the list start-up made: the three finders this class stands for. */
    private boolean ownFinders(long metaPath) {
        if (!space.listType.checkExact(metaPath) || space.listType.size(metaPath) != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (!isOwnFinder(space.listType.item(metaPath, i))) {
                return false;
            }
        }
        return true;
    }

    private boolean isOwnFinder(long finder) {
        long bootstrap = space.dictType.getItemString(modules, "_frozen_importlib");
        long external = space.dictType.getItemString(modules, "_frozen_importlib_external");
        return bootstrap != 0 && (finder == space.dictType.getItemString(space.moduleType.dict(bootstrap), "BuiltinImporter")
                || finder == space.dictType.getItemString(space.moduleType.dict(bootstrap), "FrozenImporter"))
                || external != 0 && finder == space.dictType.getItemString(space.moduleType.dict(external), "PathFinder");
    }

    /**
     * A program's finder: its spec for {@code name} (importlib's {@code _spec_from_finder}, with the
     * parent package's {@code __path__}), run by {@code _load_unlocked}; the module, borrowed from
     * sys.modules, or 0 when the finder has no spec.
     */
    private long loadThroughFinder(long finder, String name, boolean viaProtocol) {
        long bootstrap = space.dictType.getItemString(modules, "_frozen_importlib");
        space.decref(Abstract.callMethod(space, bootstrap, "_install_protocol", new long[0]));
        int dot = name.lastIndexOf('.');
        long path = space.none;
        if (dot > 0) {
            long parent = space.dictType.getItemString(modules, name.substring(0, dot));
            long p = parent == 0 ? 0 : Abstract.lookupAttr(space, parent, "__path__");
            path = p == 0 ? space.newNone() : p;
        } else {
            space.incref(path);
        }
        long text = space.strType.runtime(name);
        long spec;
        try {
            // from an import statement, through functions that leave _find_and_load's frames in a traceback
            spec = Abstract.callMethod(space, bootstrap, viaProtocol ? "_spec_from_finder" : "_find_found",
                    new long[] {finder, text, path});
        } finally {
            space.decref(path);
            space.decref(text);
        }
        try {
            if (spec == space.none) {
                return 0;
            }
            return loadSpec(bootstrap, spec, name, dot, viaProtocol);
        } finally {
            space.decref(spec);
        }
    }

    /**
     * Runs a found spec's loader ({@code bootstrap}'s {@code _load_unlocked}, or {@code _load_found}
     * outside the protocol) and gives the module it left in sys.modules (borrowed), bound to its
     * package.
     */
    private long loadSpec(long bootstrap, long spec, String name, int dot, boolean viaProtocol) {
        space.decref(Abstract.callMethod(space, bootstrap, viaProtocol ? "_load_unlocked" : "_load_found",
                new long[] {spec}));
        long module = space.dictType.getItemString(modules, name);
        if (module == 0) {
            throw new PyException("KeyError", "'" + name + "'");
        }
        bindToPackage(name, dot, module);
        return module;
    }

    /** Set by {@link #findAndLoad} for the {@link #load} it leads to. */
    private boolean protocolCall;

    private void warnImport(String message) {
        long warnings = importModule("_warnings");
        long text = space.strType.runtime(message);
        long category = space.exceptions.byName("ImportWarning").typeObject();
        try {
            space.decref(Abstract.callMethod(space, warnings, "warn", new long[] {text, category}));
        } finally {
            space.decref(text);
        }
    }

    /** This import system's own search (the three default finders' part) and the running of what it finds. */
    private long search(String name, boolean mustFind, boolean viaProtocol) {
        ModuleInit init = table.get(name);
        if (init != null) {
            long module = space.moduleType.createBuiltin(name);
            try {
                SysModule.setItem(space, modules, name, module);
                init.fill(this, module, space.moduleType.dict(module));
                describe(module, "builtin", null, false);
            } finally {
                space.decref(module);
            }
            return module;
        }
        String filename = null;
        boolean isPackage = false;
        Code code = null;
        String rel = name.replace('.', '/');
        boolean builtIn = BUILT_IN_LIBRARY_MODULES.contains(name);
        List<Place> places = builtIn ? List.of(Place.LIBRARY) : searchFolders();
        int dot = name.lastIndexOf('.');
        List<Place> parentPath = dot > 0 ? packagePath(name.substring(0, dot)) : List.of();
        if (!parentPath.isEmpty()) {
            // a submodule is looked for in its package's __path__ (the library's folder for a package of
            // the library)
            rel = name.substring(dot + 1);
            places = parentPath;
        }
        List<String> namespacePortions = new ArrayList<>();
        search:
        for (Place place : places) {
            if (place.library() != null) { // a folder of the library, in the jar
                for (String candidate : new String[] {place.library() + rel + ".py", place.library() + rel + "/__init__.py"}) {
                    code = library(candidate);
                    if (code != null) {
                        filename = LibraryCode.FILENAME_PREFIX + candidate;
                        isPackage = candidate.endsWith("__init__.py");
                        break search;
                    }
                }
                continue;
            }
            long finder = entryFinder(place.entry());
            FinderKind kind;
            if (finder == -1) { // start-up, before the hooks: a folder, or an archive for zipimport
                kind = Place.archive(cwd, place.entry()) ? FinderKind.ARCHIVE : FinderKind.FOLDER;
            } else if (finder == 0) {
                continue;
            } else {
                try {
                    kind = finderKind(finder);
                    if (kind == FinderKind.OTHER) {
                        long module = loadThroughEntryFinder(finder, name, dot, namespacePortions, viaProtocol);
                        if (module != 0) {
                            return module;
                        }
                        continue;
                    }
                } finally {
                    space.decref(finder);
                }
            }
            if (kind == FinderKind.ARCHIVE) {
                long module = importFromArchive(place.entry(), name);
                if (module != 0) {
                    bindToPackage(name, dot, module);
                    return module;
                }
                continue;
            }
            java.nio.file.Path folder = Place.folder(cwd, place.entry());
            if (folder == null) {
                continue;
            }
            // FileFinder's order in one folder: a package before a module of the same name, and a
            // folder without __init__.py only a portion of a namespace package (PEP 420), which any
            // regular package or module found later on the path still wins over
            for (String candidate : new String[] {rel + "/__init__.py", rel + ".py"}) {
                java.nio.file.Path file = folder.resolve(candidate);
                if (Files.isRegularFile(file)) {
                    byte[] source;
                    try {
                        filename = file.toString();
                        source = Files.readAllBytes(file);
                    } catch (IOException e) {
                        throw new PyException("ImportError", "cannot read " + candidate + ": " + e.getMessage());
                    }
                    isPackage = candidate.endsWith("__init__.py");
                    code = compiled.get(filename);
                    if (code == null) {
                        try {
                            code = compile(SyntaxErrors.decodeSource(space, source, filename), filename,
                                    PythonParser.offsetsInBytes(source));
                        } catch (PythonSyntaxError e) {
                            // the importer's source_to_code raises the SyntaxError at the import
                            throw SyntaxErrors.toPython(space, e);
                        }
                        compiled.put(filename, code);
                    }
                    break search;
                }
            }
            java.nio.file.Path portion = folder.resolve(rel);
            if (Files.isDirectory(portion)) {
                namespacePortions.add(portion.toString());
            }
        }
        if (code == null) {
            if (!namespacePortions.isEmpty()) {
                return namespacePackage(name, dot, namespacePortions);
            }
            long parent = dot > 0 ? space.dictType.getItemString(modules, name.substring(0, dot)) : 0;
            if (parent != 0 && space.moduleType.check(parent)
                    && space.dictType.getItemString(space.moduleType.dict(parent), "__path__") == 0) {
                throw moduleNotFound(name, "No module named '" + name + "'; '" + name.substring(0, dot) + "' is not a package");
            }
            if (!mustFind) {
                return 0;
            }
            throw moduleNotFound(name, "No module named '" + name + "'");
        }
        long module = space.moduleType.create(name);
        long dict = space.moduleType.dict(module);
        try {
            if (builtIn) {
                if (!describe(module, "builtin", null, false)) {
                    SysModule.setText(space, dict, "__package__", "");
                }
            } else if (!describe(module, "source", filename, isPackage)) {
                // before the import system's Python side exists: what _describe would set, less the spec
                SysModule.setText(space, dict, "__package__", isPackage ? name : dot > 0 ? name.substring(0, dot) : "");
                if (isPackage) {
                    long path = list(filename.substring(0, filename.lastIndexOf('/')));
                    SysModule.setItem(space, dict, "__path__", path);
                    space.decref(path);
                }
                SysModule.setText(space, dict, "__file__", filename);
            }
            SysModule.setItem(space, dict, "__builtins__", builtinsModule);
            SysModule.setItem(space, modules, name, module);
            // _load_unlocked marks the spec while the body runs: `from M import x` of a missing x
            // in a module still initializing blames a circular import (_PyModuleSpec_IsInitializing)
            markInitializing(dict, true);
            try (Interpreter.Loaded loaded = interp.load(code, false)) {
                if (viaProtocol && !builtIn) {
                    // importlib.import_module's traceback shows the loader's frames, as CPython's:
                    // _load_unlocked, exec_module, _call_with_frames_removed
                    long bootstrap = space.dictType.getItemString(modules, "_frozen_importlib");
                    space.decref(Abstract.callMethod(space, bootstrap, "_run_found", new long[] {loaded.code(), dict}));
                } else {
                    space.decref(interp.evalCode(loaded.code(), dict, dict));
                }
            } catch (RuntimeException e) {
                space.dictType.delItemString(modules, name);
                throw e;
            } finally {
                markInitializing(dict, false);
            }
            bindToPackage(name, dot, module);
        } finally {
            space.decref(module);
        }
        return space.dictType.getItemString(modules, name);
    }

    /** {@code spec._initializing = flag} on the module's {@code __spec__} (none before the import system is up). */
    private void markInitializing(long dict, boolean flag) {
        long spec = space.dictType.getItemString(dict, "__spec__");
        if (spec != 0 && spec != space.none) {
            Abstract.setAttr(space, spec, "_initializing", flag ? space.trueObject : space.falseObject);
        }
    }

    /** A submodule becomes an attribute of its package (when the package is imported). */
    private void bindToPackage(String name, int dot, long module) {
        if (dot > 0) {
            long parent = space.dictType.getItemString(modules, name.substring(0, dot));
            if (parent != 0) {
                SysModule.setItem(space, space.moduleType.dict(parent), name.substring(dot + 1), module);
            }
        }
    }

    /**
     * A namespace package (PEP 420): no code, {@code __file__} None, {@code __path__} the folders that
     * make it up, so its submodules are looked for there.
     */
    private long namespacePackage(String name, int dot, List<String> portions) {
        long module = space.moduleType.create(name);
        long dict = space.moduleType.dict(module);
        try {
            long path = space.listType.create();
            for (String portion : portions) {
                long text = space.strType.runtime(portion);
                space.listType.append(path, text);
                space.decref(text);
            }
            try {
                if (!describeWith(module, "namespace", path, true)) {
                    SysModule.setText(space, dict, "__package__", name);
                    SysModule.setItem(space, dict, "__file__", space.none);
                    SysModule.setItem(space, dict, "__path__", path);
                }
            } finally {
                space.decref(path);
            }
            SysModule.setItem(space, modules, name, module);
            bindToPackage(name, dot, module);
        } finally {
            space.decref(module);
        }
        return space.dictType.getItemString(modules, name);
    }

    /**
     * The code of the library file {@code path} (under lib/), or null when the library has no such file:
     * the heap's own copy, else the compiled form shipped in the jar when it matches the source (read
     * and checked once per JVM, {@link LibraryCode#known}), else the source compiled (its warnings
     * issued).
     */
    private Code library(String path) {
        String filename = LibraryCode.FILENAME_PREFIX + path;
        Code code = compiled.get(filename);
        if (code != null) {
            return code;
        }
        java.util.Optional<Code> known = LibraryCode.known(path);
        if (known != null) { // read once in this JVM: no such file, or its shipped code
            if (known.isEmpty()) {
                return null;
            }
            compiled.put(filename, known.get());
            return known.get();
        }
        LibraryFile file = librarySource(path).orElse(null);
        if (file == null) {
            LibraryCode.remember(path, null);
            return null;
        }
        byte[] source = file.source();
        code = LibraryCode.shipped(path, source).orElse(null);
        if (code != null) {
            LibraryCode.remember(path, code);
        } else { // compiled here, its warnings issued in each heap that imports it
            List<CompileWarning> warnings = new ArrayList<>();
            code = LibraryCode.compile(path, new String(source, java.nio.charset.StandardCharsets.UTF_8), warnings);
            warnCompile(warnings);
        }
        compiled.put(filename, code);
        return code;
    }

    /** The places the package's {@code __path__} (a list of str) names, else an empty list. */
    private List<Place> packagePath(String parent) {
        long module = space.dictType.getItemString(modules, parent);
        if (module == 0 || !space.moduleType.check(module)) {
            return List.of();
        }
        long path = space.dictType.getItemString(space.moduleType.dict(module), "__path__");
        if (path == 0 || !space.listType.check(path)) {
            return List.of();
        }
        List<Place> places = new ArrayList<>();
        for (long i = 0; i < space.listType.size(path); i++) {
            long item = space.listType.item(path, i);
            if (space.strType.check(item)) {
                places.add(Place.entry(cwd, space.strType.value(item)));
            }
        }
        return places;
    }

    /** A file of the library: its {@code __file__} and its bytes. */
    public record LibraryFile(String filename, byte[] source) {
    }

    /** The library file {@code path} (under lib/, e.g. {@code timeit.py}), or empty when there is none. */
    public static java.util.Optional<LibraryFile> librarySource(String path) {
        try (InputStream in = ModuleTable.class.getResourceAsStream(LibraryCode.RESOURCES + path)) {
            return in == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new LibraryFile(LibraryCode.FILENAME_PREFIX + path, in.readAllBytes()));
        } catch (IOException e) {
            throw new PyException("ImportError", "cannot read " + path + ": " + e.getMessage());
        }
    }

    private PyException moduleNotFound(String name, String message) {
        var type = space.exceptions.byName("ModuleNotFoundError");
        long msg = space.strType.runtime(message);
        long args = space.tupleType.create(msg);
        space.decref(msg);
        long e = type.create(args, true);
        long n = space.strType.runtime(name);
        type.setField(e, type.offsetOf("name"), n);
        space.decref(n);
        return new PyException("ModuleNotFoundError", message, e, space::decref);
    }

    /** Compiles module source (exec mode), issuing its warnings: CPython's SyntaxError is the caller's to report. */
    public Code compile(String source, String filename) {
        return compile(source, filename, false);
    }

    /** The same for text decoded from bytes: {@code offsetsInBytes}, the parser's errors count bytes ({@link PythonParser#offsetsInBytes}). */
    Code compile(String source, String filename, boolean offsetsInBytes) {
        List<CompileWarning> warnings = new ArrayList<>();
        dev.pyheap.interpreter.ast.Mod mod;
        try {
            mod = PythonParser.parse(source, filename, PythonParser.Mode.EXEC, warnings);
        } catch (PythonSyntaxError e) {
            throw offsetsInBytes ? e.inUtf8Offsets() : e;
        }
        Code code = Analysis.compile(mod, filename, 0, warnings);
        warnCompile(warnings);
        return code;
    }

    /**
     * Runs the Python part of a built-in module ({@code source}, named {@code filename} in its code
     * objects) in the module's namespace {@code dict}.
     */
    void runPythonPart(String source, String filename, long dict) {
        var code = compile(source, filename);
        try (var loaded = interpreter().load(code, false)) {
            space.decref(interpreter().evalCode(loaded.code(), dict, dict));
        }
    }

    /**
     * Issues the front end's warnings as CPython's compiler does ({@code PyErr_WarnExplicitObject}
     * with no module and no registry): through {@code warnings.warn_explicit}, so the filters
     * decide and the text shown is the warnings module's, with the source line. A warning the
     * filters turn into an exception of its category is replaced by the SyntaxError it carries
     * (the callers' "more accurate error report"); any other exception is raised as it is.
     */
    public void warnCompile(List<CompileWarning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        long warn = Abstract.getAttr(space, importModule("warnings"), "warn_explicit");
        try {
            for (CompileWarning w : warnings) {
                long message = space.strType.runtime(w.message());
                long filename = space.strType.runtime(w.filename());
                long lineno = space.newInt(w.lineno());
                try {
                    long category = space.exceptions.byName(w.category()).typeObject();
                    space.decref(Abstract.call(space, warn, new long[] {message, category, filename, lineno}));
                } catch (PyException e) {
                    if (w.error() == null || !Abstract.matches(space, e, w.category())) {
                        throw e;
                    }
                    e.release();
                    throw SyntaxErrors.toPython(space, w.error());
                } finally {
                    space.decref(message);
                    space.decref(filename);
                    space.decref(lineno);
                }
            }
        } finally {
            space.decref(warn);
        }
    }
}
