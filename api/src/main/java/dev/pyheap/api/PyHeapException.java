package dev.pyheap.api;

/** The root of every exception pyheap throws on purpose. Unchecked, like Python's exceptions. */
public class PyHeapException extends RuntimeException {
    public PyHeapException(String message) {
        super(message);
    }

    public PyHeapException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception that records its Java stack trace only when {@code writableStackTrace}. */
    protected PyHeapException(String message, boolean writableStackTrace) {
        super(message, null, true, writableStackTrace);
    }
}
