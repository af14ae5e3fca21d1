package dev.pyheap.runtime.objects;

/**
 * What the object layer needs of the thread state holding the GIL ({@link ObjectSpace#tstate}),
 * CPython's {@code PyThreadState} as {@code Objects/} sees it: its recursion depth, its argument area, and its frames,
 * so that embedder code that pushed frames and did not pop them is unwound after it returns
 * ({@link ObjectSpace#callOut}). The state layer's thread state implements it.
 */
public interface ThreadContext {

    /** The depth {@link Abstract#enterRecursiveCall} counts. */
    RecursionDepth recursion();

    /** Where Java code running in this thread puts the arguments of the calls it makes ({@link ObjectSpace#arguments()}). */
    ArgumentArea arguments();

    /** The containers whose repr this thread is building ({@link Abstract#reprEnter}). */
    ReprList reprs();

    /** Frames pushed, the module frame included. */
    int frameCount();

    /** Returns from every frame above the first {@code count} (as an exception unwinds them). */
    void popFramesTo(int count);
}
