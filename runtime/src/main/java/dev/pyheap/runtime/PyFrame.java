package dev.pyheap.runtime;

/**
 * A frame of a thread state ({@code PyFrameObject}): a function, its file and current line, and its
 * local variables, each a counted reference. Locals are slots in the order first assigned;
 * returning releases them in that order, as CPython does. The module frame (the bottom one)
 * stores its variables in the module's globals dict.
 */
public interface PyFrame {

    String function();

    String file();

    int line();

    /** Moves the frame to another line (what tracebacks and tracemalloc report). */
    void setLine(int line);

    /** {@code name = value}: the new value is counted before the old one is released. */
    void setLocal(String name, Handle value);

    /** {@code name}: a new handle. Raises UnboundLocalError (NameError in the module frame) when unbound. */
    Handle getLocal(String name);

    /** {@code del name}. Raises as {@link #getLocal} when unbound. */
    void delLocal(String name);

    /** Whether {@code name} is bound. */
    boolean hasLocal(String name);
}
