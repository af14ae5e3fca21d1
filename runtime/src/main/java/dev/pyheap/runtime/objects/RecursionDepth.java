package dev.pyheap.runtime.objects;

/**
 * A thread state's Python-level nesting, CPython's {@code tstate} recursion depth: its frames (the
 * module frame counts one) plus the recursive object operations under way. Counted by
 * {@link Abstract#enterRecursiveCall} against {@link ObjectSpace#recursionLimit()}.
 *
 * <p>A plain field, not a method: {@link Abstract#leaveRecursiveCall} is a decrement with no call,
 * so it runs even in the {@code finally} of a frame whose callee overflowed the Java stack.
 */
public final class RecursionDepth {
    /** Levels in use; 1 for a thread state with only its module frame. */
    public int depth = 1;
}
