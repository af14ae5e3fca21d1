package dev.pyheap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one invocation of the command sees of the outside world. Passed to every command instead of
 * reading {@code System.out}, {@code System.getenv()} or the working directory directly, so tests
 * can run the whole command in-process.
 *
 * @param out              reports and tables
 * @param err              errors and notes
 * @param environment      the environment variables ({@code PYHEAP_*}, {@code PYTHONMALLOC})
 * @param workingDirectory where {@code pyheap.properties} is looked for and relative paths start
 * @param terminal         whether stderr is a terminal (progress bars are drawn only there)
 * @param stdoutTerminal   whether {@code out} writes to a terminal (a Python program's stdout is
 *                         then line-buffered, as CPython's)
 * @param stderrTerminal   whether {@code err} writes to a terminal (what a program's
 *                         {@code sys.stderr.isatty()} answers)
 * @param outBytes         the byte stream {@code out} writes to, or null: what a Python program writes
 *                         to its stdout as bytes goes there unchanged
 * @param errBytes         the same for {@code err}
 * @param ownsProcess      whether the command is this process ({@link Main#main}): a program's
 *                         {@code os._exit} in a thread then ends it at once, as CPython's
 */
record Context(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory,
               boolean terminal, boolean stdoutTerminal, boolean stderrTerminal,
               java.io.OutputStream outBytes, java.io.OutputStream errBytes, boolean ownsProcess) {
    Context {
        environment = Map.copyOf(environment);
        workingDirectory = workingDirectory.toAbsolutePath();
    }

    /** A context inside a JVM the command does not own (tests, an embedder): a program's os._exit in a thread leaves the JVM running. */
    Context(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory,
            boolean terminal, boolean stdoutTerminal, boolean stderrTerminal,
            java.io.OutputStream outBytes, java.io.OutputStream errBytes) {
        this(out, err, environment, workingDirectory, terminal, stdoutTerminal, stderrTerminal, outBytes, errBytes, false);
    }

    /** A context whose writers' byte streams are not known (bytes a program writes are decoded as UTF-8). */
    Context(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory,
            boolean terminal, boolean stdoutTerminal, boolean stderrTerminal) {
        this(out, err, environment, workingDirectory, terminal, stdoutTerminal, stderrTerminal, null, null);
    }

    /** A context whose streams are not terminals as far as Python programs are concerned. */
    Context(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory, boolean terminal) {
        this(out, err, environment, workingDirectory, terminal, false, false);
    }
}
