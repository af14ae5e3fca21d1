package dev.pyheap.runtime;

/**
 * Receives exceptions that cannot propagate, as Python's {@code sys.unraisablehook}: those thrown by
 * finalizers, weakref callbacks and gc callbacks ({@link PyHeap#setUnraisableHook}). The default
 * logs a WARN line (logger {@code dev.pyheap.runtime.UnraisableHook}) where CPython prints to
 * stderr. An exception the hook throws is logged, with the original, as CPython's
 * {@code Exception ignored in sys.unraisablehook}; an Error propagates once the runtime finished
 * its work.
 */
@FunctionalInterface
public interface UnraisableHook {
    /**
     * @param message  CPython's first line, e.g. {@code Exception ignored in: <function Person.__del__>}
     * @param error    what was thrown
     * @param objectId the object concerned, or 0
     */
    void report(String message, RuntimeException error, long objectId);
}
