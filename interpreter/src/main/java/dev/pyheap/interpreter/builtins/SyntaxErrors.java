package dev.pyheap.interpreter.builtins;

import dev.pyheap.interpreter.parser.PythonParser;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import dev.pyheap.runtime.objects.Abstract;
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
        if (e.filename() == null) { // a file's decoding error: no location at all, printed as the message alone
            long msg = space.strType.runtime(e.msg());
            long args = space.tupleType.create(msg);
            space.decref(msg);
            return new PyException(typeName, e.msg(), type.create(args, true), space::decref);
        }
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
     * The SyntaxError of source that could not be turned into text before tokenizing
     * ({@code _PyPegen_raise_tokenizer_init_error}): the message of the codec's error, at line 0,
     * offset -1 of {@code filename}, no text.
     */
    static PyException undecodable(ObjectSpace space, String message, String filename) {
        long msg = space.strType.runtime(message);
        long file = space.strType.runtime(filename);
        long lineno = space.newInt(0);
        long offset = space.newInt(-1);
        long none = space.newNone();
        long info = space.tupleType.create(file, lineno, offset, none);
        long args = space.tupleType.create(msg, info);
        for (long o : new long[] {msg, file, lineno, offset, none, info}) {
            space.decref(o);
        }
        return new PyException("SyntaxError", message, space.exceptions.byName("SyntaxError").create(args, true), space::decref);
    }

    /**
     * Source bytes as {@code compile(bytes, ...)}, {@code exec} and the import system's loaders read
     * them (Parser/tokenizer.c's decode_str): the byte order mark skipped, the text decoded by the
     * codec a PEP 263 cookie names, else left to the tokenizer as UTF-8; a cookie that names no
     * codec, or that the bytes do not follow, is a SyntaxError with the codec's message.
     */
    static String decodeSource(ObjectSpace space, byte[] source, String filename) {
        PythonParser.Coding coding = PythonParser.coding(source);
        int start = coding.start();
        if (coding.cookie() == null || coding.normalName().equals("utf-8")) {
            return new String(source, start, source.length - start, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (coding.bom()) {
            throw undecodable(space, "encoding problem: " + coding.normalName() + " with BOM", filename);
        }
        long bytes = space.bytesType.of(java.util.Arrays.copyOfRange(source, start, source.length));
        long encoding = space.strType.runtime(coding.cookie());
        try {
            long text = Abstract.callMethod(space, bytes, "decode", new long[] {encoding});
            try {
                return space.strType.value(text);
            } finally {
                space.decref(text);
            }
        } catch (PyException e) {
            if (!Abstract.matches(space, e, "LookupError") && !Abstract.matches(space, e, "ValueError")) {
                throw e;
            }
            String message = Abstract.str(space, space.exceptions.normalize(e));
            e.release();
            throw undecodable(space, message, filename);
        } finally {
            space.decref(bytes);
            space.decref(encoding);
        }
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
