package dev.pyheap.interpreter.ast;

/** The constant singletons {@code None} and {@code ...} (booleans are {@link Boolean}). */
public enum PySingleton {
    None, Ellipsis
}
