package dev.pyheap.runtime;

import dev.pyheap.api.PyHeapException;

import java.util.function.LongConsumer;

/**
 * A Python-level error raised by a heap operation, carrying CPython's exception type and message:
 * {@code TypeError: cannot create weak reference to 'int' object}. The heap is unchanged by the
 * failed operation.
 *
 * <p>Inside the heap it is also CPython's "current exception" ({@code tstate->curexc_*}) in one of
 * two forms: unnormalized, a type name and a message as {@code PyErr_SetString} leaves it
 * ({@link #exception()} is 0), or normalized, with an owned reference to the exception object in
 * the heap. Whoever catches one and does not rethrow it calls {@link #release()}; the embedding API
 * releases it at its boundary, so a user of the API sees only the type and the message.
 */
public final class PyException extends PyHeapException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final String pythonMessage;
    /** The exception object (an owned reference), or 0 when unnormalized. */
    private transient long exception;
    /** Drops the reference to {@link #exception} (the heap's decref). */
    private transient LongConsumer releaser;

    /**
     * Whether a Python error records the Java stack where it was made ({@code -Dpyheap.javaStackTraces=true},
     * for debugging the runtime). Off by default: programs raise and catch errors in their loops, and
     * walking the interpreter's deep Java stack for each cost more than the rest of the raise; the
     * Python traceback is the frames' own and does not come from it.
     */
    private static final boolean JAVA_STACK_TRACES = Boolean.getBoolean("pyheap.javaStackTraces");

    public PyException(String pythonType, String message) {
        // String.concat, not +: a RecursionError is made where the Java stack may be nearly used
        // up, and the first + of a call site links an invokedynamic, which needs stack and, failing,
        // fails that call site for good.
        super(message.isEmpty() ? pythonType : pythonType.concat(": ").concat(message), JAVA_STACK_TRACES);
        this.pythonType = pythonType;
        this.pythonMessage = message;
    }

    /**
     * A raised exception object: takes over the reference to {@code exception}, which
     * {@code releaser} drops. {@code message} is its {@code str()} as far as the caller knows it.
     */
    public PyException(String pythonType, String message, long exception, LongConsumer releaser) {
        this(pythonType, message);
        this.exception = exception;
        this.releaser = releaser;
    }

    /** The Python exception type, e.g. {@code TypeError}. */
    public String pythonType() {
        return pythonType;
    }

    /** The message without the type, as {@code str(e)} gives it in Python. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /** The exception object (borrowed), or 0 while unnormalized. */
    public long exception() {
        return exception;
    }

    /** Normalizes: this error now owns {@code exception} (a new reference the caller gives up), which {@code releaser} drops. */
    public void attach(long exception, LongConsumer releaser) {
        if (this.exception != 0) {
            throw new IllegalStateException("already normalized");
        }
        this.exception = exception;
        this.releaser = releaser;
    }

    /** Hands the owned exception object to the caller (a new reference for it), leaving this error unnormalized. */
    public long take() {
        long e = exception;
        exception = 0;
        return e;
    }

    /** Drops the reference to the exception object, if any ({@code PyErr_Clear}). */
    public void release() {
        long e = exception;
        if (e != 0) {
            exception = 0;
            releaser.accept(e);
        }
    }
}
