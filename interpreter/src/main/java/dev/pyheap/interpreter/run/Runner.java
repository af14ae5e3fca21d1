package dev.pyheap.interpreter.run;

import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.ast.Stmt;
import dev.pyheap.interpreter.builtins.ModuleTable;
import dev.pyheap.interpreter.builtins.ProcessEnd;
import dev.pyheap.interpreter.builtins.SyntaxErrors;
import dev.pyheap.interpreter.compiler.Analysis;
import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.interpreter.eval.Interpreter;
import dev.pyheap.interpreter.parser.CompileWarning;
import dev.pyheap.interpreter.parser.PythonParser;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BaseExceptionType;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The program runner (Python/pythonrun.c's {@code pyrun_file}, Modules/main.c's {@code pymain_run_*},
 * Python/pylifecycle.c's {@code Py_FinalizeEx}): compiles the program, runs it as {@code __main__}
 * on a thread attached to the heap, prints an uncaught exception as {@code sys.excepthook} does,
 * and gives CPython's exit code: 0, 1 for an uncaught exception, SystemExit's code, -2 for an
 * uncaught KeyboardInterrupt (CPython's process ends by SIGINT then).
 *
 * <p>While the main module runs, its constants are also held by the parser arena (one more
 * reference each), as CPython keeps them until {@code run_mod} returns.
 */
public final class Runner {
    /** What to run: a file's bytes and its name, {@code -c} text, or stdin. */
    public record Program(String filename, byte[] source, Path folder) {
        /**
         * {@code python -m NAME} (Modules/main.c's {@code pymain_run_module}, runpy's
         * {@code _get_module_details}): the module {@code NAME} found as an import finds it, first in
         * {@code folder} (which becomes {@code sys.path[0]}), then in the library; a package runs its
         * {@code __main__}. Its {@code filename} is the module's {@code __file__}, which is also
         * {@code sys.argv[0]}.
         *
         * @throws IllegalArgumentException with CPython's reason ({@code No module named NAME}) when there
         *                                  is no such module or it is a package without {@code __main__}
         */
        public static Program module(String name, Path folder) {
            String rel = name.replace('.', '/');
            try {
                if (!name.isEmpty() && Files.isRegularFile(folder.resolve(rel + ".py"))) {
                    Path file = folder.resolve(rel + ".py").toAbsolutePath().normalize();
                    return new Program(file.toString(), Files.readAllBytes(file), folder);
                }
                if (!name.isEmpty() && Files.isRegularFile(folder.resolve(rel + "/__init__.py"))) {
                    Path main = folder.resolve(rel + "/__main__.py").toAbsolutePath().normalize();
                    if (!Files.isRegularFile(main)) {
                        throw notRunnable(name);
                    }
                    return new Program(main.toString(), Files.readAllBytes(main), folder);
                }
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("can't read module " + name + ": " + e.getMessage());
            }
            var file = ModuleTable.librarySource(rel + ".py");
            if (file.isEmpty() && ModuleTable.librarySource(rel + "/__init__.py").isPresent()) {
                file = ModuleTable.librarySource(rel + "/__main__.py");
                if (file.isEmpty()) {
                    throw notRunnable(name);
                }
            }
            return file.map(f -> new Program(f.filename(), f.source(), folder))
                    .orElseThrow(() -> new IllegalArgumentException("No module named " + name));
        }

        /**
         * {@code python3 PATH} where {@code PATH} is a directory or a Zip archive (Modules/main.c's
         * {@code pymain_run_python} with a path importer for the path): its {@code __main__.py} runs as
         * the program with {@code PATH} as {@code sys.path[0]}; empty when {@code PATH} is a file that is
         * no archive (it runs as a script).
         *
         * @throws IllegalArgumentException with CPython's reason when there is no {@code __main__.py}
         */
        public static java.util.Optional<Program> main(Path path) throws java.io.IOException {
            String where = path.toString() + "/__main__.py";
            if (Files.isDirectory(path)) {
                Path main = path.resolve("__main__.py");
                if (!Files.isRegularFile(main)) {
                    throw noMain(path);
                }
                return java.util.Optional.of(new Program(where, Files.readAllBytes(main), path));
            }
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(path.toFile())) {
                java.util.zip.ZipEntry entry = zip.getEntry("__main__.py");
                if (entry == null) {
                    throw noMain(path);
                }
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    return java.util.Optional.of(new Program(where, in.readAllBytes(), path));
                }
            } catch (java.util.zip.ZipException e) {
                return java.util.Optional.empty();
            }
        }

        private static IllegalArgumentException noMain(Path path) {
            return new IllegalArgumentException("can't find '__main__' module in '" + path + "'");
        }

        private static IllegalArgumentException notRunnable(String name) {
            return new IllegalArgumentException("No module named " + name + ".__main__; '" + name
                    + "' is a package and cannot be directly executed");
        }
    }

    /**
     * What an embedder does around the program (the CLI's inspection options), on the running
     * thread with the GIL held: {@code started} once the modules are set up and before the
     * program's first instruction; {@code finished} when its code is done (its objects still
     * alive), before finalization; {@code exited} after finalization (atexit callbacks, the final
     * collection, the main module's dict cleared), while the imported modules are still alive.
     */
    public interface Observer {
        default void started(PyThreadState thread) {
        }

        default void finished(PyThreadState thread) {
        }

        default void exited(PyThreadState thread) {
        }
    }

    private static final Observer NO_OBSERVER = new Observer() {
    };

    private final PyHeap heap;
    private final PrintWriter out;
    private final PrintWriter err;
    private Observer observer = NO_OBSERVER;
    /** The type of the exception that ended the program (SystemExit included), or null. */
    private String endedWith;

    public Runner(PyHeap heap, PrintWriter out, PrintWriter err) {
        this.heap = heap;
        this.out = out;
        this.err = err;
    }

    /**
     * The type of the uncaught exception that ended the last program this runner ran (its module body),
     * named as its traceback names it ({@code ValueError}, {@code SystemExit}, {@code mod.Error}), or
     * null when the program ran to its end.
     */
    public String endedWith() {
        return endedWith;
    }

    /** Sets what runs around the program (see {@link Observer}). */
    public Runner observedBy(Observer observer) {
        this.observer = java.util.Objects.requireNonNull(observer, "observer");
        return this;
    }

    /**
     * The Java stack of the thread that runs a program. Python calls to Python functions need none
     * (the evaluator keeps their frames on the heap), but every call through a built-in or a special
     * method ({@code repr(self)} inside {@code __repr__}, {@code __eq__}, {@code __getattr__}) nests
     * the evaluator in Java: CPython's recursion limit of 1000 must be reached before the Java stack
     * ends. Reserved address space, not memory.
     */
    static final long PROGRAM_STACK_BYTES = 512L << 20;

    /**
     * Runs {@code program} with {@code sys.argv} = {@code argv}; the exit code. The program runs on a
     * thread of its own with a {@link #PROGRAM_STACK_BYTES} stack, which the caller waits for.
     */
    public int run(Program program, List<String> argv) {
        int[] exit = new int[1];
        Throwable[] failure = new Throwable[1];
        Thread runner = Thread.ofPlatform().name(Thread.currentThread().getName() + "-python").daemon(true)
                .stackSize(PROGRAM_STACK_BYTES).unstarted(() -> {
                    try {
                        exit[0] = runHere(program, argv);
                    } catch (Throwable t) {
                        failure[0] = t;
                    }
                });
        runner.start();
        try {
            runner.join();
        } catch (InterruptedException e) {
            runner.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the program ran", e);
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error r) {
            throw r;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        return exit[0];
    }

    private int runHere(Program program, List<String> argv) {
        try (PyThreadState thread = heap.attach(); var gil = thread.gil()) {
            Started started = start(thread, program, argv, false);
            return started.close();
        }
    }

    /**
     * Sets the program up and, unless it is to run in threads without a {@code main()}, runs its module
     * body: the first half of {@link #run}, for an embedder that then calls {@code main()} from threads
     * of its own ({@code pyheap run --threads N}). The calling thread must be attached to the heap and
     * hold the GIL; {@link Started#close} (on the same thread) finalizes.
     *
     * <p>With {@code threaded}: a program defining a module-level function {@code main} has its body run
     * now under the name {@code __mp_main__} (as {@code multiprocessing} imports the main module in a
     * child, so an {@code if __name__ == "__main__":} block does not run), and each thread then calls
     * {@code main()}; a program without one has its body run by each thread, as {@code __main__}, in
     * the one shared module namespace.
     *
     * @return the started program
     */
    public Started start(PyThreadState thread, Program program, List<String> argv, boolean threaded) {
        List<CompileWarning> warnings = new ArrayList<>();
        Code code = null;
        PythonSyntaxError syntaxError = null;
        boolean definesMain = false;
        try {
            Mod.Module module = (Mod.Module) PythonParser.parse(program.source(), program.filename(),
                    PythonParser.Mode.EXEC, warnings);
            definesMain = module.body().stream().anyMatch(st -> st instanceof Stmt.FunctionDef f
                    && f.name().equals("main"));
            code = Analysis.compile(module, program.filename(), 0, warnings);
        } catch (PythonSyntaxError e) {
            syntaxError = e;
        }
        return new Started(thread, argv, program, code, warnings, syntaxError, threaded, threaded && definesMain);
    }

    /**
     * Runs an interactive session ({@code pymain_run_stdin}'s {@code PyRun_InteractiveLoop}): the
     * heap is set up as for a program named {@code <stdin>} (its {@code __main__} has no
     * {@code __file__}), then {@code interaction} feeds statements to a {@link Console} on this
     * thread; afterwards the interpreter is finalized as after a program. The exit code is what
     * {@code interaction} returns.
     */
    public int interact(List<String> argv, Path folder, java.util.function.ToIntFunction<Console> interaction) {
        try (PyThreadState thread = heap.attach(); var gil = thread.gil()) {
            Started session = new Started(thread, argv, new Program(null, new byte[0], folder), null, List.of(), null,
                    false, false);
            session.exit = interaction.applyAsInt(new Console(heap, session.interp, session.dict,
                    (e, exit) -> exit ? exitCode(session.interp, session.table, e)
                            : printUncaught(session.interp, session.table, e, session.sources),
                    session.table::warnCompile, () -> flushOut(session.table)));
            return session.close();
        }
    }

    /**
     * A program set up on the heap, its interpreter open (see {@link #start}). {@link #runInThread}
     * may be called from other threads attached to the heap, holding the GIL; {@link #close} on the
     * thread that started it.
     */
    public final class Started {
        private final Interpreter interp;
        private final ObjectSpace space;
        private final ModuleTable table;
        private final Map<String, List<String>> sources = new HashMap<>();
        /** The main module, held through a handle, so that the sanity checker sees the reference while threads run. */
        private final Handle mainModule;
        private final long dict;
        /** Threads without a main(): the module's code, held through a handle once the compiler's arena is gone. */
        private Handle body;
        /** The compiled module, held while the body runs (CPython keeps it until {@code run_mod} returns). */
        private Interpreter.Loaded loaded;
        private final boolean callsMain;
        private final PyThreadState thread;
        private int exit;
        private boolean closed;
        /** Whether the program ended the process at once ({@link ProcessEnd}): nothing of the finalization runs. */
        private boolean endedNow;

        private Started(PyThreadState thread, List<String> argv, Program program, Code code,
                        List<CompileWarning> warnings, PythonSyntaxError syntaxError, boolean threaded,
                        boolean callsMain) {
            this.thread = thread;
            this.callsMain = callsMain;
            interp = new Interpreter(heap.interpreterState());
            if (endsProcess) {
                interp.haltProcessWith(end -> halt((ProcessEnd) end));
            }
            space = interp.space();
            table = new ModuleTable(interp, program.folder(), heap);
            if (workingDirectory != null) {
                table.setWorkingDirectory(workingDirectory);
            }
            table.setHoldsOutput(true);
            table.setUnbuffered(unbuffered);
            table.setTerminals(terminals[0], terminals[1]);
            table.setByteStreams(outBytes, errBytes);
            if (stdin != null) {
                table.setStdin(stdin, stdinTerminal);
            }
            table.setWarnOptions(warnOptions);
            table.setXOptions(xOptions);
            table.init(argv, out, err);
            heap.setGcDebugOutput(stderrLines(table, false), stderrLines(table, true));
            // CPython's tracebacks show source lines through linecache, which finds none for
            // "<string>" (-c) and "<stdin>"
            if (program.filename() != null && !program.filename().startsWith("<")) {
                sources.put(program.filename(), Arrays.asList(new String(program.source(), StandardCharsets.UTF_8)
                        .split("\n", -1)));
            }
            heap.setUnraisableHook(this::unraisable);
            table.writeUnraisable = (errMsg, object, exc) -> {
                flushOut(table);
                defaultUnraisable(errMsg, object, exc);
            };
            table.printException = e -> { // sys.excepthook's output
                long exc = space.exceptions.normalize(e);
                writeStderr(table, new TracebackPrinter(interp, sources).withSuggestions().print(exc), true);
                e.release();
            };
            table.formatter = new ModuleTable.ExceptionFormatter() {
                @Override
                public String exception(long exc) {
                    return new TracebackPrinter(interp, sources).withLinecache(f -> linecacheLines(table, f)).print(exc);
                }

                @Override
                public List<String> entries(long tb, long skip, long count) {
                    return new TracebackPrinter(interp, sources).withLinecache(f -> linecacheLines(table, f))
                            .entries(tb, skip, count);
                }
            };
            // CPython's __main__ for -c, stdin and the interactive prompt has BuiltinImporter as its
            // loader (its repr says built-in); -c and the prompt give it no __file__, stdin '<stdin>'
            boolean fromFile = program.filename() != null && !program.filename().startsWith("<");
            String mainName = callsMain ? "__mp_main__" : "__main__";
            long module = fromFile ? space.moduleType.create(mainName) : space.moduleType.createBuiltin(mainName);
            mainModule = heap.interpreterState().wrap(module);
            dict = space.moduleType.dict(module);
            // pylifecycle.c's add_main_module gives __main__ an empty __annotations__ and its
            // __builtins__; running a file (stdin too) adds __file__ and __cached__ after them, in that
            // order (pythonrun.c's _PyRun_SimpleFileObject): the dict's size and resize points are CPython's
            long annotations = space.dictType.create();
            setItem(space, dict, "__annotations__", annotations);
            space.decref(annotations);
            long b = space.dictType.getItemString(table.modules(), "builtins");
            setItem(space, dict, "__builtins__", b);
            if (program.filename() != null && !program.filename().equals("<string>")) {
                setText(space, dict, "__file__", program.filename());
                setItem(space, dict, "__cached__", space.none);
            }
            table.describeMain(module, fromFile ? program.filename() : null);
            setItem(space, table.modules(), "__main__", module);
            for (String x : xOptions) {
                // -X tracemalloc[=NFRAME]: tracing from the start, as PYTHONTRACEMALLOC (CPython's config)
                if (x.equals("tracemalloc") || x.startsWith("tracemalloc=")) {
                    int frames = 1;
                    try {
                        frames = x.equals("tracemalloc") ? 1 : Integer.parseInt(x.substring("tracemalloc=".length()));
                    } catch (NumberFormatException e) {
                        frames = -1;
                    }
                    if (frames < 1) {
                        throw new IllegalArgumentException("-X tracemalloc=NFRAME: invalid number of frames");
                    }
                    long tm = table.importModule("_tracemalloc");
                    long n = space.newInt(frames);
                    try {
                        space.decref(Abstract.callMethod(space, tm, "start", new long[] {n}));
                    } finally {
                        space.decref(n);
                    }
                }
            }
            if (!warnOptions.isEmpty()) {
                // CPython imports warnings at start-up when there are options: it applies them (and
                // reports a bad one) before the program's first line
                try {
                    table.importModule("warnings");
                } catch (PyException e) {
                    exit = uncaught(interp, table, e, sources);
                    return;
                }
            }
            if (callsMain) {
                setItem(space, table.modules(), "__mp_main__", module);
            }
            observer.started(thread);
            if (syntaxError != null) {
                exit = uncaught(interp, table, SyntaxErrors.toPython(space, syntaxError), sources);
                return;
            }
            if (code == null) { // interactive: the console runs the statements
                return;
            }
            startupCollection(); // before the program's code objects (and their constant tuples) exist
            loaded = interp.load(code, true);
            StartupFreeLists.apply(space);
            try {
                table.warnCompile(warnings); // the compiler's warnings, issued before the module runs
            } catch (PyException e) {
                exit = uncaught(interp, table, e, sources);
                dropCode();
                return;
            }
            if (!threaded || callsMain) {
                exit = runBody();
            } else {
                body = heap.interpreterState().wrap(space.newRef(loaded.code()));
            }
            // Threads run with the sanity checker looking: no reference the heap cannot see stays behind.
            dropCode();
        }

        /**
         * {@code PyErr_WriteUnraisable}'s end: an error that cannot propagate goes to
         * {@code sys.unraisablehook} as an {@code UnraisableHookArgs} when the program has set one
         * (an error in that hook is reported by the default hook as "Exception ignored in
         * sys.unraisablehook"), else the default hook prints {@code message} and the traceback. The
         * runtime's message is its first line: "Exception ignored in: REPR" (err_msg None, the
         * object) or "Exception ignored PLACE: REPR" (err_msg "Exception ignored PLACE"); other
         * messages (threading's "Exception in thread N:") are no unraisable and are printed as given.
         */
        private void unraisable(String message, Throwable error, long objectId) {
            flushOut(table);
            long del = 0;
            if (message.endsWith(".__del__>") && objectId != 0) { // the finalizer, as CPython shows it
                del = Abstract.lookupAttr(space, space.typeOf(objectId).typeObject(), "__del__");
                if (del != 0) {
                    message = "Exception ignored in: " + Abstract.repr(space, del);
                }
            }
            try {
                if (!(error instanceof PyException pe)) {
                    writeStderr(table, message + "\n" + error + "\n", true);
                    return;
                }
                long exc = space.exceptions.normalize(pe);
                if (message.startsWith("Exception ignored ")) {
                    addRunningFrame(exc);
                }
                try {
                    long hook = message.startsWith("Exception ignored ")
                            ? space.dictType.getItemString(table.sysDict(), "unraisablehook") : 0;
                    if (hook == 0 || hook == space.none || hook == table.defaultUnraisableHook) {
                        writeStderr(table, message + "\n" + new TracebackPrinter(interp, sources).withoutSourceWhen(table.isFinalizing()).printUnraisable(exc), true);
                        return;
                    }
                    int colon = message.indexOf(": ");
                    String errMsg = message.startsWith("Exception ignored in: ") || colon < 0 ? null : message.substring(0, colon);
                    callUnraisableHook(hook, errMsg, del != 0 ? del : objectId, exc);
                } finally {
                    pe.release();
                }
            } finally {
                space.xdecref(del);
            }
        }

        /**
         * An exception raised where no Python frame ran (a generator's close in its finalizer, say)
         * is reported with the frame running now as its traceback, as {@code _PyErr_WriteUnraisableMsg}
         * does: the line whose {@code del} or assignment freed the object.
         */
        private void addRunningFrame(long exc) {
            var base = space.exceptions.base();
            if (base.field(exc, BaseExceptionType.TRACEBACK) != 0) {
                return;
            }
            long frame;
            try {
                frame = interp.frameObjectAt(0);
            } catch (PyException noFrame) {
                noFrame.release();
                return;
            }
            try {
                long lasti = Abstract.getAttr(space, frame, "f_lasti");
                long lineno = Abstract.getAttr(space, frame, "f_lineno");
                try {
                    int line = space.intType.check(lineno) ? (int) space.intType.longValue(lineno) : -1;
                    base.putField(exc, BaseExceptionType.TRACEBACK,
                            space.tracebackType.create(0, frame, (int) space.intType.longValue(lasti), line));
                } finally {
                    space.decref(lasti);
                    space.decref(lineno);
                }
            } finally {
                space.decref(frame);
            }
        }

        /** Calls the program's {@code sys.unraisablehook}; its own error goes to the default hook. */
        private void callUnraisableHook(long hook, String errMsg, long object, long exc) {
            space.incref(hook);
            try {
                long args = table.unraisableHookArgs(exc, errMsg, object);
                try {
                    space.decref(Abstract.call(space, hook, new long[] {args}));
                } finally {
                    space.decref(args);
                }
            } catch (PyException hookError) {
                long hookExc = space.exceptions.normalize(hookError);
                try {
                    defaultUnraisable("Exception ignored in sys.unraisablehook", hook, hookExc);
                } finally {
                    hookError.release();
                }
            } finally {
                space.decref(hook);
            }
        }

        /**
         * The default {@code sys.unraisablehook}'s text ({@code write_unraisable_exc_file}): "ERR_MSG:
         * REPR" ("Exception ignored in" when no err_msg) when there is an object, "ERR_MSG:" when only
         * a message, then the traceback and the exception.
         */
        private void defaultUnraisable(String errMsg, long object, long exc) {
            StringBuilder text = new StringBuilder();
            if (object != 0 && object != space.none) {
                String repr;
                try {
                    repr = Abstract.repr(space, object);
                } catch (PyException e) {
                    e.release();
                    repr = "<object repr() failed>";
                }
                text.append(errMsg != null ? errMsg : "Exception ignored in").append(": ").append(repr).append('\n');
            } else if (errMsg != null) {
                text.append(errMsg).append(":\n");
            }
            if (exc != 0 && exc != space.none) {
                text.append(new TracebackPrinter(interp, sources).withoutSourceWhen(table.isFinalizing()).printUnraisable(exc));
            }
            writeStderr(table, text.toString(), true);
        }

        private int runBody() {
            try {
                space.decref(interp.evalCode(loaded.code(), dict, dict));
                return 0;
            } catch (PyException e) {
                return uncaught(interp, table, e, sources);
            } catch (ProcessEnd end) {
                return ended(end);
            }
        }

        /**
         * The process ends now ({@code os._exit}, a signal's default action): what the streams hold
         * is lost and no Python code runs any more, so {@link #close} does not finalize.
         */
        private int ended(ProcessEnd end) {
            endedNow = true;
            table.builtins().discardOutput();
            return end.status;
        }

        private void dropCode() {
            if (loaded != null) {
                loaded.close();
                loaded = null;
            }
        }

        /** The exit code so far: the module body's (0 when it ran to its end or has not run). */
        public int exit() {
            return exit;
        }

        /** Whether each thread calls the module's {@code main()} (else it runs the module body). */
        public boolean callsMain() {
            return callsMain;
        }

        /**
         * On the calling thread (attached, holding the GIL): {@code main()}, or the module body. An
         * uncaught exception is printed as {@code threading.excepthook} prints it ({@code Exception in
         * thread NAME:} and the traceback; nothing for SystemExit) and gives false.
         */
        public boolean runInThread(String threadName) {
            try {
                if (callsMain) {
                    long main = space.dictType.getItemString(dict, "main");
                    if (main == 0) {
                        throw new PyException("NameError", "name 'main' is not defined");
                    }
                    space.decref(Abstract.call(space, main, new long[0]));
                } else {
                    space.decref(interp.evalCode(heap.interpreterState().addressOf(body), dict, dict));
                }
                return true;
            } catch (PyException e) {
                if (Abstract.matches(space, e, "SystemExit")) {
                    e.release();
                    return true;
                }
                long exc = space.exceptions.normalize(e);
                writeStderr(table, "Exception in thread " + threadName + ":\n"
                        + new TracebackPrinter(interp, sources).withSuggestions().print(exc), true);
                e.release();
                return false;
            }
        }

        /** Drops the calling thread's evaluator state: the last call of a thread other than the starting one. */
        public void threadDone() {
            interp.threadDone();
        }

        /**
         * Finalizes as {@link #run} does (threading's shutdown, atexit, the final collection, the main
         * module's dict cleared) and drops the interpreter; on the starting thread.
         *
         * @return {@link #exit()}
         */
        public int close() {
            if (closed) {
                return exit;
            }
            closed = true;
            try {
                dropCode();
                observer.finished(thread);
                if (!endedNow && interp.pendingProcessEnd() instanceof ProcessEnd end) {
                    exit = ended(end); // os._exit in a thread while the main thread ended its body
                }
                if (!endedNow) {
                    finalizeMain(interp, table, mainModule, sources);
                }
            } catch (ProcessEnd end) { // os._exit in an atexit callback or a finalizer
                exit = ended(end);
            } finally {
                if (body != null) {
                    body.close();
                }
                mainModule.close();
            }
            observer.exited(thread);
            flushOut(table);
            err.flush();
            interp.threadDone();
            table.close();
            return exit;
        }
    }

    /**
     * A stream onto the program's stderr for gc's {@code DEBUG_*} lines (CPython writes them with
     * {@code PySys_WriteStderr}); {@code mayCallPython} when they are written outside the collector
     * proper, where a {@code sys.stderr} of the program's own may have its {@code write} called.
     */
    private PrintStream stderrLines(ModuleTable table, boolean mayCallPython) {
        return new PrintStream(new OutputStream() {
            private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

            @Override
            public void write(int b) {
                pending.write(b);
            }

            @Override
            public void flush() {
                String text = pending.toString(StandardCharsets.UTF_8);
                pending.reset();
                writeStderr(table, text, mayCallPython);
            }
        }, true, StandardCharsets.UTF_8);
    }

    /**
     * Text CPython writes to {@code sys.stderr} on the program's behalf: to the current
     * {@code sys.stderr} object ({@link dev.pyheap.interpreter.builtins.Builtins#writeStderr}), else
     * to the process's stderr; stdout is flushed first so that the two interleave as they were written.
     */
    private void writeStderr(ModuleTable table, String text, boolean mayCallPython) {
        flushOut(table);
        if (table == null || !table.builtins().writeStderr(text, mayCallPython)) {
            err.print(text);
        }
        err.flush();
    }

    private boolean unbuffered;

    /**
     * {@code python3 -u} / {@code PYTHONUNBUFFERED}: the program's sys.stdout and sys.stderr write
     * through, so its output reaches stdout before a child's that comes later (the default is
     * CPython's for a pipe or file: stdout block-buffered).
     */
    public Runner unbuffered(boolean unbuffered) {
        this.unbuffered = unbuffered;
        return this;
    }

    private boolean endsProcess;

    /**
     * Whether the program is this process (the command line, a spawned child), so that
     * {@code os._exit} or a signal's default action taken by a thread that is not the main one ends
     * the process at once, as it ends CPython's whatever the main thread is doing (sleeping, waiting
     * on a lock or a socket). The default (false) suits an embedder running programs inside its own
     * JVM: the main thread then ends the program at its next check point.
     */
    public Runner endsProcess(boolean endsProcess) {
        this.endsProcess = endsProcess;
        return this;
    }

    /**
     * {@code _exit(2)} from a thread: what was written to descriptors 1 and 2 reaches them (the Java
     * streams under them are flushed), what the program's text streams still buffer is lost, and no
     * Python code runs; an end by signal N is the signal's default action.
     */
    private void halt(ProcessEnd end) {
        out.flush();
        err.flush();
        try {
            if (outBytes != null) {
                outBytes.flush();
            }
            if (errBytes != null) {
                errBytes.flush();
            }
        } catch (java.io.IOException ignored) {
            // the stream is gone: nothing more can reach it
        }
        int status = end.status;
        if (status < 0) {
            ProcessSignals.raiseWithDefaultAction(-status);
            status = 128 - status;
        }
        Runtime.getRuntime().halt(status);
    }

    private final boolean[] terminals = new boolean[2];
    private java.io.InputStream stdin;
    private boolean stdinTerminal;
    private List<String> warnOptions = List.of();
    private List<String> xOptions = List.of();

    private Path workingDirectory;

    /**
     * The interpreter's working directory at start ({@code os.getcwd()}, relative file names,
     * children's directory), as a process started in {@code directory}; the default is the JVM's.
     * The directory must exist.
     */
    public Runner workingDirectory(Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    /** {@code -X} options ({@code name} or {@code name=value}) for {@code sys._xoptions}. */
    public Runner xOptions(List<String> options) {
        this.xOptions = List.copyOf(options);
        return this;
    }

    /**
     * What the program reads as descriptor 0 ({@code sys.stdin}, {@code input()}, {@code os.read(0, n)}),
     * and whether it is a terminal; the default is the process's stdin.
     */
    public Runner stdin(java.io.InputStream in, boolean terminal) {
        this.stdin = java.util.Objects.requireNonNull(in, "in");
        this.stdinTerminal = terminal;
        return this;
    }

    /**
     * {@code -W} options, then {@code PYTHONWARNINGS}'s entries, as CPython's {@code sys.warnoptions}
     * holds them (PYTHONWARNINGS first, then the options: the last one wins in the filters).
     */
    public Runner warnOptions(List<String> options) {
        this.warnOptions = List.copyOf(options);
        return this;
    }

    /**
     * Whether the streams the runner writes to are terminals: sys.stdout is then line-buffered and
     * {@code isatty()} answers True, as CPython's on a terminal (the default: neither is one).
     */
    public Runner terminals(boolean stdout, boolean stderr) {
        terminals[0] = stdout;
        terminals[1] = stderr;
        return this;
    }

    private java.io.OutputStream outBytes;
    private java.io.OutputStream errBytes;

    /**
     * The byte streams the runner's stdout and stderr writers write to (either may be null): bytes the
     * program writes to descriptor 1 or 2 ({@code sys.stdout.buffer}, {@code os.write}) then reach them
     * unchanged, as CPython's do; without them such bytes are decoded as UTF-8 onto the writers.
     */
    public Runner byteStreams(java.io.OutputStream out, java.io.OutputStream err) {
        this.outBytes = out;
        this.errBytes = err;
        return this;
    }

    /** The program's held stdout and stderr text handed on, then the Java stream flushed. */
    private void flushOut(ModuleTable table) {
        if (table != null) {
            table.builtins().flushOutput();
        }
        out.flush();
    }

    /**
     * {@code PyErr_Print}: SystemExit's exit code, or the traceback on stderr and 1; for a
     * KeyboardInterrupt -{@link #SIGINT} ({@code _Py_UnhandledKeyboardInterrupt}: CPython then ends
     * by the signal, see {@link #exitProcess}).
     */
    private int uncaught(Interpreter interp, ModuleTable table, PyException e, Map<String, List<String>> sources) {
        ObjectSpace space = interp.space();
        long exc = space.exceptions.normalize(e);
        endedWith = new TracebackPrinter(interp, sources).typeName(exc);
        boolean interrupt = space.exceptions.byName("KeyboardInterrupt").check(exc);
        int exit = exitCode(interp, table, e);
        if (exit >= 0) {
            return exit;
        }
        printUncaught(interp, table, e, sources);
        return interrupt ? -SIGINT : 1;
    }

    /** {@code SIGINT} on Linux. */
    static final int SIGINT = 2;

    /**
     * Ends the process with a program's exit code as CPython's process ends with it. A negative code
     * -N (-{@link #SIGINT} after an uncaught KeyboardInterrupt, as a parent process sees CPython's
     * end) ends it by signal N with the signal's default action, as {@code exit_sigint} does, so a
     * shell learns of the user's ^C; where that cannot be done, the status is 128 + N, CPython's own
     * fallback. Standard output and error are flushed first.
     */
    public static void exitProcess(int code) {
        System.out.flush();
        System.err.flush();
        if (code < 0) {
            ProcessSignals.raiseWithDefaultAction(-code);
            code = 128 - code;
        }
        System.exit(code);
    }

    /**
     * For a process that runs Python programs (the command line, not an embedder): SIGTERM and
     * SIGHUP end it by the signal, as they end CPython, whose start-up leaves them at their default
     * action, instead of the JVM's shutdown and an exit status of 128 + N.
     */
    public static void takeDefaultSignalActions() {
        ProcessSignals.restoreDefaultActions(SIGHUP, SIGTERM);
    }

    /** {@code SIGHUP} and {@code SIGTERM} on Linux. */
    static final int SIGHUP = 1, SIGTERM = 15;

    /**
     * {@code handle_system_exit}: SystemExit's exit code (its message printed when it is not an
     * int) with {@code e} released, or -1 when {@code e} is another exception (kept).
     */
    private int exitCode(Interpreter interp, ModuleTable table, PyException e) {
        ObjectSpace space = interp.space();
        long exc = space.exceptions.normalize(e);
        BaseExceptionType systemExit = space.exceptions.byName("SystemExit");
        if (!systemExit.check(exc)) {
            return -1;
        }
        try {
            long code = systemExit.field(exc, systemExit.offsetOf("code"));
            if (code == 0 || code == space.none) {
                return 0;
            }
            if (space.intType.check(code)) {
                return (int) (space.intType.longValue(code) & 0xFF); // the status the process exits with: sys.exit(258) is 2
            }
            writeStderr(table, Abstract.str(space, code) + "\n", true);
            return 1;
        } finally {
            e.release();
        }
    }

    /**
     * {@code _PyErr_PrintEx}: {@code sys.last_type}, {@code last_value} and {@code last_traceback}
     * set, then {@code sys.excepthook(type, value, traceback)} called (the built-in one prints the
     * traceback); a hook that raises has its own error printed after {@code Error in
     * sys.excepthook:}, then the original after {@code Original exception was:} (a hook of None
     * too: calling it fails); without the attribute, {@code sys.excepthook is missing} and the
     * original. {@code e} released.
     */
    private int printUncaught(Interpreter interp, ModuleTable table, PyException e, Map<String, List<String>> sources) {
        ObjectSpace space = interp.space();
        try {
            long exc = space.exceptions.normalize(e);
            long sys = space.dictType.getItemString(table.modules(), "sys");
            long hook = 0;
            if (sys != 0) {
                long type = space.typeOf(exc).typeObject();
                long tb = Abstract.getAttr(space, exc, "__traceback__");
                try {
                    Abstract.setAttr(space, sys, "last_type", type);
                    Abstract.setAttr(space, sys, "last_value", exc);
                    Abstract.setAttr(space, sys, "last_traceback", tb);
                    hook = Abstract.lookupAttr(space, sys, "excepthook");
                    if (hook != 0) {
                        space.decref(Abstract.call(space, hook, new long[] {type, exc, tb}));
                        return 1;
                    }
                } catch (PyException hookError) {
                    if (exitCode(interp, table, hookError) >= 0) {
                        return 1;
                    }
                    long second = space.exceptions.normalize(hookError);
                    writeStderr(table, "Error in sys.excepthook:\n"
                            + new TracebackPrinter(interp, sources).withSuggestions().print(second)
                            + "\nOriginal exception was:\n", true);
                    hookError.release();
                } finally {
                    space.decref(tb);
                    if (hook != 0) {
                        space.decref(hook);
                    }
                }
            }
            if (hook == 0) {
                writeStderr(table, "sys.excepthook is missing\n", true);
            }
            writeStderr(table, new TracebackPrinter(interp, sources).withSuggestions().print(exc), true);
            return 1;
        } finally {
            e.release();
        }
    }

    /** {@code wait_for_thread_shutdown}: {@code threading._shutdown()} when the program imported threading (it joins the non-daemon threads). */
    private static void waitForThreadShutdown(ObjectSpace space, ModuleTable table) {
        long threading = space.dictType.getItemString(table.modules(), "threading");
        if (threading == 0) {
            return;
        }
        space.incref(threading);
        try {
            long shutdown = Abstract.lookupAttr(space, threading, "_shutdown");
            if (shutdown != 0) {
                try {
                    space.decref(Abstract.call(space, shutdown, new long[0]));
                } finally {
                    space.decref(shutdown);
                }
            }
        } catch (PyException e) {
            space.reportUnraisable("Exception ignored in: " + Abstract.repr(space, threading), e, threading);
        } finally {
            space.decref(threading);
        }
    }

    /**
     * The part of {@code Py_FinalizeEx} a program sees: the threads joined, the atexit callbacks and
     * a full collection (cycles found at exit, their finalizers run), then {@code finalize_modules}
     * for the main module: it leaves {@code sys.modules} and is freed, so its dict, in a cycle with
     * the functions and classes defined in it, is garbage for the next full collection, whose
     * finalizers run in the collector's order (the first collection has already ordered the
     * generation as the globals reach the objects: those the dict holds directly first, then what
     * the containers among them hold). A main module something still holds is then cleared as
     * {@code _PyModule_ClearDict} does (names starting with one underscore first, then the others,
     * {@code __builtins__} kept), and collected again. The imported modules stay as they are. Under
     * the other collectors the main module's dict is cleared that way at once.
     */
    private void finalizeMain(Interpreter interp, ModuleTable table, Handle mainModule, Map<String, List<String>> sources) {
        ObjectSpace space = interp.space();
        table.onAtexitError = (f, e) -> {
            long exc = space.exceptions.normalize(e);
            String text = "Exception ignored in atexit callback: " + Abstract.repr(space, f) + "\n"
                    + new TracebackPrinter(interp, sources).print(exc);
            e.release();
            writeStderr(table, text, true);
        };
        waitForThreadShutdown(space, table);
        table.runAtexit(true);
        // _PyInterpreterState_SetFinalizing: the daemon threads still running are parked when they next ask for the GIL
        heap.interpreterState().startFinalizing();
        table.builtins().flushStdFiles();
        collectAll();
        table.startFinalizing();
        clearLastException(space, table);
        if (!heap.interpreterState().collector().ordersGarbageAsCPython()) {
            // without CPython's generation lists the collector's order would be no CPython order
            // (and reference counting alone never frees the dict's cycle): the dict is cleared
            // instead, so the objects no cycle holds go in the globals' order
            clearModuleDict(space, space.moduleType.dict(mainModule.id()));
            collectAll();
            space.reprs().clear();
            flushOut(table);
            return;
        }
        long module = mainModule.id();
        long ref = space.weakrefType.create(module, null);
        try {
            // finalize_remove_modules and finalize_clear_modules_dict, for the main module
            long modules = table.modules();
            List<Long> names = new ArrayList<>();
            space.dictType.forEach(modules, (k, v) -> {
                if (v == module) {
                    names.add(space.newRef(k));
                }
            });
            for (long name : names) {
                try {
                    space.dictType.delItem(modules, name);
                } catch (PyException e) {
                    e.release();
                } finally {
                    space.decref(name);
                }
            }
            mainModule.close();
            // finalize_modules' _PyGC_CollectNoFail: the main module's dict and what only it reached
            collectAll();
            long alive = space.weakrefType.referent(ref);
            if (alive != space.none) {
                // finalize_modules_clear_weaklist: a main module still alive has its globals cleared
                space.incref(alive);
                try {
                    clearModuleDict(space, space.moduleType.dict(alive));
                } finally {
                    space.decref(alive);
                }
                collectAll();
            }
        } finally {
            space.decref(ref);
        }
        // PyThreadState_Clear: the thread state's dict (Py_ReprEnter's list) goes with the interpreter
        space.reprs().clear();
        flushOut(table);
    }

    /**
     * {@code finalize_modules_delete_special}'s part a program can see: {@code sys.last_type},
     * {@code last_value} and {@code last_traceback} become None before the modules go, so an
     * uncaught exception's traceback no longer keeps the main module's frame and what its locals
     * hold (a suspended generator's {@code finally} still runs at exit).
     */
    private static void clearLastException(ObjectSpace space, ModuleTable table) {
        long sys = space.dictType.getItemString(table.modules(), "sys");
        if (sys == 0) {
            return;
        }
        for (String name : new String[] {"last_type", "last_value", "last_traceback"}) {
            try {
                long value = Abstract.lookupAttr(space, sys, name);
                if (value != 0) {
                    space.decref(value);
                    Abstract.setAttr(space, sys, name, space.none);
                }
            } catch (PyException e) {
                e.release();
            }
        }
    }

    /**
     * The generations as CPython's start-up leaves them. CPython allocates some 11,000 tracked objects
     * before a program's first line (site, encodings, io, the compiler's work), so its start-up
     * crosses generation 0's threshold many times and generation 1's twice: everything alive at
     * the end of start-up (the modules, their dicts, {@code __main__}'s dict) is in the oldest
     * generation, and only what the program makes is young. This interpreter's start-up makes far
     * fewer objects and crosses no threshold, so it makes the one collection of generation 1 that
     * puts its survivors where CPython's are: the program's objects are then the younger ones in
     * every list walk ({@code gc.get_objects}, {@code gc.get_referrers}) and in every collection's
     * order. It is a real collection, counted in {@code gc.get_stats()}. Only a collector with
     * CPython's generation lists has that order to keep.
     */
    private void startupCollection() {
        if (heap.interpreterState().collector().ordersGarbageAsCPython()) {
            try {
                heap.gc().collect(1);
            } catch (PyException e) {
                e.release();
            }
        }
    }

    /** A full collection; a callback's error was already reported. */
    private void collectAll() {
        try {
            heap.gc().collect(2);
        } catch (PyException e) {
            e.release();
        }
    }

    /** {@code _PyModule_ClearDict}: the values set to None, names with one leading underscore first, {@code __builtins__} kept. */
    private static void clearModuleDict(ObjectSpace space, long dict) {
        for (int pass = 0; pass < 2; pass++) {
            List<Long> keys = new ArrayList<>();
            int p = pass;
            space.dictType.forEach(dict, (k, v) -> {
                if (space.strType.check(k)) {
                    String s = space.strType.value(k);
                    boolean underscore = s.startsWith("_") && !s.startsWith("__");
                    if ((p == 0) == underscore && v != space.none && !s.equals("__builtins__")) {
                        keys.add(space.newRef(k));
                    }
                }
            });
            for (long k : keys) {
                try {
                    space.dictType.setItem(dict, k, space.none);
                } catch (PyException e) {
                    e.release();
                } finally {
                    space.decref(k);
                }
            }
        }
    }

    /**
     * {@code linecache.getlines(file)} when the program has imported linecache (the lines without
     * their ends), else none: what traceback.py shows for a file that is not on disk.
     */
    private static List<String> linecacheLines(ModuleTable table, String file) {
        ObjectSpace space = table.space();
        long module = space.dictType.getItemString(table.modules(), "linecache");
        if (module == 0) {
            return List.of();
        }
        long name = space.strType.runtime(file);
        long lines = 0;
        try {
            lines = Abstract.callMethod(space, module, "getlines", new long[] {name});
            if (!space.listType.check(lines)) {
                return List.of();
            }
            List<String> result = new ArrayList<>();
            for (int i = 0; i < space.listType.size(lines); i++) {
                long line = space.listType.item(lines, i);
                if (!space.strType.check(line)) {
                    return List.of();
                }
                String text = space.strType.value(line);
                result.add(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
            }
            return result;
        } catch (PyException e) {
            e.release();
            return List.of();
        } finally {
            space.decref(name);
            if (lines != 0) {
                space.decref(lines);
            }
        }
    }

    private static void setItem(ObjectSpace space, long dict, String key, long value) {
        long k = space.strType.literalName(key);
        try {
            space.dictType.setItem(dict, k, value);
        } finally {
            space.decref(k);
        }
    }

    private static void setText(ObjectSpace space, long dict, String key, String value) {
        long v = space.strType.runtime(value);
        try {
            setItem(space, dict, key, v);
        } finally {
            space.decref(v);
        }
    }
}
