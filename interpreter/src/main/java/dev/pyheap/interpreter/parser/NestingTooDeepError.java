package dev.pyheap.interpreter.parser;

/**
 * Source nested too deeply for the front end's stack. CPython raises {@code MemoryError} when its
 * parser's stack passes 6000 rules and {@code RecursionError: maximum recursion depth exceeded
 * during compilation} when the compiler's passes recurse too deep; {@link #pythonType()} says which
 * of the two this stands for. The depth at which it happens here is the JVM's stack, not CPython's
 * limits.
 */
public final class NestingTooDeepError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public NestingTooDeepError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** {@code MemoryError} (parser) or {@code RecursionError} (compiler passes). */
    public String pythonType() {
        return pythonType;
    }
}
