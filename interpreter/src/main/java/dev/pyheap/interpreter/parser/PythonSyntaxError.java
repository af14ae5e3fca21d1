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

    /**
     * This error with its offsets counted in UTF-8 bytes of its {@link #text}: CPython 3.11's
     * parser leaves the tokenizer's byte offsets unconverted when the source came as bytes without a
     * coding cookie or byte order mark (a file, {@code compile(bytes)}: {@code tok->encoding} is
     * NULL in {@code _PyPegen_raise_error_known_location}), so a line with non-ASCII text before the
     * error reports a larger offset than its characters count.
     */
    public PythonSyntaxError inUtf8Offsets() {
        if (text == null || (offset < 1 && endOffset < 1)) {
            return this;
        }
        return new PythonSyntaxError(kind, msg, filename, lineno, utf8Offset(offset), endLineno, utf8Offset(endOffset),
                text);
    }

    private int utf8Offset(int charOffset) {
        if (charOffset < 1) { // NONE among them
            return charOffset;
        }
        int chars = Math.min(charOffset - 1, text.codePointCount(0, text.length()));
        int end = text.offsetByCodePoints(0, chars);
        return text.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1
                + (charOffset - 1 - chars);
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
