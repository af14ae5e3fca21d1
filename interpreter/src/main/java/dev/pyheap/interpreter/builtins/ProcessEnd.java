package dev.pyheap.interpreter.builtins;

/**
 * The process ending now, as {@code os._exit(n)} ends it or a signal's default action
 * ({@code os.kill(os.getpid(), SIGTERM)}, {@code signal.raise_signal}): no Python code runs any more
 * (no {@code except} or {@code finally} block, no atexit callback, no flush of the streams'
 * buffers). Thrown through the evaluator, which lets everything but a {@code PyException} pass;
 * the program's runner catches it and reports {@link #status}, so an embedder running programs
 * inside its own JVM survives it, while the command line ends its process with it.
 */
public final class ProcessEnd extends Error {
    /** The exit status (0-255), or {@code -N} for an end by signal N. */
    public final int status;

    public ProcessEnd(int status) {
        super(null, null, false, false);
        this.status = status;
    }
}
