package dev.pyheap.interpreter.parser;

/**
 * A warning the front end issues while reading a program, as CPython's PyErr_WarnExplicitObject
 * calls in the tokenizer, the string parser and the compiler do: the category
 * ({@code SyntaxWarning}, {@code DeprecationWarning}), the message, and the file and line.
 * {@code python3 FILE} prints the SyntaxWarnings (the default filters hide the DeprecationWarnings).
 * {@code error} is the SyntaxError at the warning's place that replaces it when the filters turn
 * the warning into an exception of its category, as each of those callers does.
 */
public record CompileWarning(String category, String message, String filename, int lineno, PythonSyntaxError error) {}
