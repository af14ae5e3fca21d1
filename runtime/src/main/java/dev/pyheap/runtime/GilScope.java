package dev.pyheap.runtime;

/**
 * The GIL held for a block ({@link PyThreadState#gil()}):
 * <pre>{@code
 * try (var gil = thread.gil()) {
 *     ... every heap operation of the block ...
 * }
 * }</pre>
 * Opening the scope takes the GIL unless the thread already holds it; closing it gives the GIL up
 * only if opening took it, so scopes nest and a scope inside code that already holds the GIL
 * changes nothing. Closing twice does nothing.
 */
public interface GilScope extends AutoCloseable {

    /** Whether opening this scope took the GIL (false: the thread held it already, and keeps it). */
    boolean acquired();

    /** Gives the GIL up if opening took it ({@link PyThreadState#releaseGil()}'s rules apply). */
    @Override
    void close();
}
