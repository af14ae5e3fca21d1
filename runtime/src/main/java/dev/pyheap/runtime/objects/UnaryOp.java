package dev.pyheap.runtime.objects;

/**
 * The unary operators of the number protocol ({@code nb_negative}, {@code nb_positive},
 * {@code nb_invert}, {@code nb_absolute}), with the symbol of CPython's message
 * ({@code bad operand type for unary -: 'str'}; {@code abs()} for the absolute value) and the
 * special method a class defines.
 */
public enum UnaryOp {
    NEGATIVE("unary -", "__neg__"),
    POSITIVE("unary +", "__pos__"),
    INVERT("unary ~", "__invert__"),
    ABSOLUTE("abs()", "__abs__");

    private final String symbol;
    public final String method;

    UnaryOp(String symbol, String method) {
        this.symbol = symbol;
        this.method = method;
    }

    /** {@code unary -}, as {@code bad operand type for unary -: 'str'} prints it. */
    public String symbol() {
        return symbol;
    }
}
