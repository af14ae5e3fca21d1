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
        long text = e.text() == null ? space.newNone() : space.strType.runtime(e.text());
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
}
