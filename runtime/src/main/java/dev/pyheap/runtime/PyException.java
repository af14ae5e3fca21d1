package dev.pyheap.runtime;

import dev.pyheap.api.PyHeapException;

/**
 * A Python-level error raised by a heap operation, carrying CPython's exception type and message:
 * {@code TypeError: cannot create weak reference to 'int' object}. The heap is unchanged by the
 * failed operation.
 */
public final class PyException extends PyHeapException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final String pythonMessage;

    public PyException(String pythonType, String message) {
        // String.concat, not +: a RecursionError is made where the Java stack may be nearly used
        // up, and the first + of a call site links an invokedynamic, which needs stack and, failing,
        // fails that call site for good.
        super(message.isEmpty() ? pythonType : pythonType.concat(": ").concat(message));
        this.pythonType = pythonType;
        this.pythonMessage = message;
    }

    /** The Python exception type, e.g. {@code TypeError}. */
    public String pythonType() {
        return pythonType;
    }

    /** The message without the type, as {@code str(e)} gives it in Python. */
    public String pythonMessage() {
        return pythonMessage;
    }
}
