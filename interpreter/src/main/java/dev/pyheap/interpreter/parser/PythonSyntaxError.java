package dev.pyheap.interpreter.parser;

/**
 * A SyntaxError as CPython raises it (Objects/exceptions.c's SyntaxError_init): the class
 * ({@code SyntaxError}, {@code IndentationError} or {@code TabError}), the message, and the location
 * with 1-based lines and 1-based offsets in characters ({@code end_offset} 0 when unknown; the end
 * positions {@link #NONE} where CPython has None, as for a bad coding declaration), and the source line
 * ({@code text}, null when CPython has none). An error about the file's encoding has no location at
 * all: filename null and every position {@link #NONE}, and CPython prints only its message.
 */
public final class PythonSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An end position CPython leaves as None. */
    public static final int NONE = Integer.MIN_VALUE;

    /** The Python class of the error. */
    public enum Kind {
        SyntaxError, IndentationError, TabError
    }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PythonSyntaxError(Kind kind, String msg, String filename, int lineno, int offset, int endLineno,
            int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public Kind kind() {
        return kind;
    }

    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    public String text() {
        return text;
    }

    /** {@code str(err)}: {@code msg (filename, line N)}. */
    @Override
    public String toString() {
        return msg + " (" + filename + ", line " + lineno + ")";
    }
}
