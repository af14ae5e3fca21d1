package dev.pyheap.interpreter.ast;

/** An AST that Python/ast.c's validator rejects: CPython raises {@code pythonType} (ValueError or TypeError) with this message. */
public final class InvalidAstException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public InvalidAstException(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    public String pythonType() {
        return pythonType;
    }
}
