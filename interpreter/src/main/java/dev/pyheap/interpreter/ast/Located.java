package dev.pyheap.interpreter.ast;

/**
 * The four position attributes CPython gives statements, expressions, patterns, arguments,
 * keywords, aliases and exception handlers: 1-based lines, 0-based columns in UTF-8 bytes.
 */
public interface Located {
    int lineno();

    int col_offset();

    int end_lineno();

    int end_col_offset();
}
