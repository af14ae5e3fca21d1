package dev.pyheap.interpreter.run;

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
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An interactive session in one {@code __main__} (Python/pythonrun.c's {@code PyRun_InteractiveLoop},
 * Lib/code.py's {@code InteractiveConsole}): lines are pushed one at a time; once they make a whole
 * statement ({@link Codeop}) it is compiled in {@code 'single'} mode, so an expression statement's
 * value goes to {@code sys.displayhook}, and run; an exception prints its traceback
 * ({@code File "<stdin>", line 1, in <module>}) and the session goes on; SystemExit ends it.
 *
 * <p>Made by {@link Runner#interact}, which owns the heap's set-up and finalization. Every method
 * runs on the thread that called {@code interact}, which holds the GIL between statements unless
 * it waits for input inside {@link #withoutGil}; {@link #interrupt} may be called from any thread.
 */
public final class Console {
    /** The file name statements are compiled with. */
    public static final String FILENAME = "<stdin>";

    /** What a pushed line did. */
    public enum Result {
        /** The statement is not complete yet: show the {@code ...} prompt. */
        MORE,
        /** A statement ran (or failed, its traceback printed): show the {@code >>>} prompt. */
        DONE,
        /** SystemExit was raised: the session ends with {@link #exitStatus()}. */
        EXIT
    }

    /** How the runner reports an exception: SystemExit's exit code (or -1 for another exception), or its traceback. */
    interface Errors {
        /** With {@code exit}: the exit code of a SystemExit (e released) or -1 (e kept); else prints e's traceback and releases it. */
        int report(PyException e, boolean exit);
    }

    private final PyHeap heap;
    private final Interpreter interp;
    private final ObjectSpace space;
    private final long mainDict;
    private final Errors errors;
    private final Consumer<List<CompileWarning>> warnings;
    /** {@code flush_io}: sys.stdout's and sys.stderr's buffered text handed on after each statement. */
    private final Runnable flushIo;
    private final List<String> buffer = new ArrayList<>();
    private int exitStatus;

    Console(PyHeap heap, Interpreter interp, long mainDict, Errors errors, Consumer<List<CompileWarning>> warnings,
            Runnable flushIo) {
        this.flushIo = flushIo;
        this.heap = heap;
        this.interp = interp;
        this.space = interp.space();
        this.mainDict = mainDict;
        this.errors = errors;
        this.warnings = warnings;
    }

    /** The heap the session runs on. */
    public PyHeap heap() {
        return heap;
    }

    /** Adds one line (without its newline); runs the statement when the lines make a whole one. */
    public Result push(String line) {
        buffer.add(line);
        Codeop.Input input = Codeop.compileCommand(String.join("\n", buffer), FILENAME);
        if (input instanceof Codeop.Incomplete) {
            return Result.MORE;
        }
        buffer.clear();
        return execute(input);
    }

    /** Whether lines of an unfinished statement are waiting. */
    public boolean pending() {
        return !buffer.isEmpty();
    }

    /** Forgets the lines of an unfinished statement (Ctrl-C at the {@code ...} prompt). */
    public void resetBuffer() {
        buffer.clear();
    }

    /** At the end of the input: runs the lines of an unfinished statement as they are (the end closes its blocks). */
    public Result finish() {
        if (buffer.isEmpty()) {
            return Result.DONE;
        }
        String source = String.join("\n", buffer);
        buffer.clear();
        return execute(Codeop.compile(source, FILENAME));
    }

    /** The exit code after {@link Result#EXIT}. */
    public int exitStatus() {
        return exitStatus;
    }

    private Result execute(Codeop.Input input) {
        try {
            return run(input);
        } finally {
            flushIo.run();
        }
    }

    private Result run(Codeop.Input input) {
        try {
            switch (input) {
                case Codeop.Invalid(var error) -> throw SyntaxErrors.toPython(space, error);
                case Codeop.Complete(var code, var compileWarnings) -> {
                    warnings.accept(compileWarnings);
                    try (Interpreter.Loaded loaded = interp.load(code, true)) {
                        space.decref(interp.evalCode(loaded.code(), mainDict, mainDict));
                    }
                }
                case Codeop.Incomplete() -> throw new IllegalStateException("an incomplete statement cannot run");
            }
            return Result.DONE;
        } catch (PyException e) {
            return report(e);
        }
    }

    private Result report(PyException e) {
        int exit = errors.report(e, true);
        if (exit >= 0) {
            exitStatus = exit;
            return Result.EXIT;
        }
        errors.report(e, false);
        return Result.DONE;
    }

    /**
     * {@code gc.get_referrers(eval(expression))} for a reader: one line per referrer, its type's name
     * and a short repr. An error in the expression prints its traceback and gives null.
     */
    public List<String> referrers(String expression, int reprWidth) {
        List<String> lines = new ArrayList<>();
        Code code;
        try {
            var mod = PythonParser.parse(expression.strip(), FILENAME, PythonParser.Mode.EVAL);
            code = Analysis.compile(mod, FILENAME, 0, null);
        } catch (PythonSyntaxError e) {
            report(SyntaxErrors.toPython(space, e));
            return null;
        }
        try (Interpreter.Loaded loaded = interp.load(code, false)) {
            long value = interp.evalCode(loaded.code(), mainDict, mainDict);
            try (Handle h = heap.interpreterState().wrap(value)) {
                for (Handle r : heap.gc().getReferrers(h)) {
                    try (r) {
                        long o = heap.interpreterState().addressOf(r);
                        lines.add(space.typeOf(o).name + "  " + shorten(Abstract.repr(space, o), reprWidth));
                    }
                }
            }
        } catch (PyException e) {
            report(e);
            return null;
        }
        return lines;
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 3)) + "...";
    }

    /**
     * Runs {@code waiting} (reading the next line) with the GIL given up, so the session's Python
     * threads run meanwhile, as CPython releases the GIL while it reads from the terminal.
     */
    public <T> T withoutGil(Supplier<T> waiting) {
        var thread = heap.interpreterState().threadStateOfThisThread().orElse(null);
        if (thread == null || !thread.holdsGil()) {
            return waiting.get();
        }
        thread.releaseGil();
        try {
            return waiting.get();
        } finally {
            thread.acquireGil();
        }
    }

    /** Ctrl-C while a statement runs: it raises KeyboardInterrupt at its next check point. Any thread. */
    public void interrupt() {
        interp.interrupt();
    }

    /** Ctrl-C at the prompt, handled there: a pending {@link #interrupt} must not hit the next statement. */
    public void clearInterrupt() {
        interp.clearInterrupt();
    }
}
