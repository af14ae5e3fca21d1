package dev.pyheap.interpreter.builtins;

import dev.pyheap.interpreter.parser.PythonSyntaxError;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.ObjectSpace;

/** The front end's syntax errors as Python {@code SyntaxError} objects (Python/pythonrun.c's view of them). */
public final class SyntaxErrors {
    private SyntaxErrors() {
    }

    /** A SyntaxError (or IndentationError, TabError) carrying msg, filename, lineno, offset, text, end positions. */
    public static PyException toPython(ObjectSpace space, PythonSyntaxError e) {
        String typeName = e.kind().name();
        var type = space.exceptions.byName(typeName);
        long msg = space.strType.runtime(e.msg());
        long filename = space.strType.runtime(e.filename());
        long lineno = space.newInt(e.lineno());
        long offset = e.offset() == PythonSyntaxError.NONE ? space.newNone() : space.newInt(e.offset());
        String line = e.text() != null ? e.text() : programText(e.filename(), e.lineno());
        long text = line == null ? space.newNone() : space.strType.runtime(line);
        long endLineno = e.endLineno() == PythonSyntaxError.NONE ? space.newNone() : space.newInt(e.endLineno());
        long endOffset = e.endOffset() == PythonSyntaxError.NONE ? space.newNone() : space.newInt(e.endOffset());
        long info = space.tupleType.create(filename, lineno, offset, text, endLineno, endOffset);
        long args = space.tupleType.create(msg, info);
        for (long o : new long[] {msg, filename, lineno, offset, text, endLineno, endOffset, info}) {
            space.decref(o);
        }
        long exc = type.create(args, true);
        return new PyException(typeName, e.msg(), exc, space::decref);
    }

    /**
     * PyErr_ProgramTextObject: the errors the compiler finds after parsing (future statements, the
     * symbol table) carry no source text, so CPython reads line {@code lineno} of the file the code
     * says it came from, when there is such a file; a missing file or line gives none.
     */
    private static String programText(String filename, int lineno) {
        if (filename == null || lineno < 1 || filename.startsWith("<")) {
            return null;
        }
        try {
            String source = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(filename)),
                    java.nio.charset.StandardCharsets.UTF_8);
            int start = 0;
            for (int line = 1; line < lineno; line++) {
                start = source.indexOf('\n', start) + 1;
                if (start == 0) {
                    return null;
                }
            }
            if (start >= source.length()) {
                return null;
            }
            int end = source.indexOf('\n', start);
            return end < 0 ? source.substring(start) : source.substring(start, end + 1);
        } catch (java.io.IOException | java.nio.file.InvalidPathException | SecurityException e) {
            return null;
        }
    }
}
