package dev.pyheap.interpreter.parser;

/**
 * Source nested too deeply for the front end's stack. CPython raises {@code MemoryError} when its
 * parser's stack passes 6000 rules and {@code RecursionError: maximum recursion depth exceeded
 * during compilation} when the compiler's passes recurse too deep; {@link #pythonType()} says which
 * of the two this stands for. The symbol table counts CPython's compiler limit (3000 nested statements
 * and expressions) exactly; the parser's MemoryError, and either error on a thread whose Java stack
 * runs out first, come from the JVM's stack instead (run the front end on a thread with a deep stack,
 * 64 MB or more, for CPython's limits).
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
