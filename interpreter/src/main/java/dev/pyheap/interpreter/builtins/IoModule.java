package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyMethod;
import dev.pyheap.runtime.objects.PyType;

/**
 * The {@code _io} module: the per-line paths of the library's io classes, in Java as CPython has
 * them in C (Modules/_io/bufferedio.c's {@code _buffered_readline}, textio.c's
 * {@code _textiowrapper_readline} and {@code textiowrapper_iternext}). The classes themselves are
 * Python (lib/io.py); {@code _accelerate} puts these methods into their namespaces as method
 * descriptors, so {@code for line in f} and {@code f.readline()} run no Python frame per line.
 *
 * <p>Each method reads the stream's state where the Python methods keep it (the instance's
 * attributes) and takes the line from the chunk already read when a whole line is there:
 * <pre>
 *   buffered:  _rbuf (bytes), _rpos      line = _rbuf[_rpos : index of b'\n' + 1]
 *   text:      _decoded (str), _dpos     line = _decoded[_dpos : index of '\n' + 1]
 * </pre>
 * and reads the next chunk (the raw file's {@code read}, the text layer's {@code _read_chunk},
 * which decodes) when the line goes on past it. The text layer's fields are read from its own
 * storage ({@link TextIOType#field}), not through the attribute protocol. A file's text
 * {@code write} in the common case (UTF-8, nothing to translate, no line buffering) encodes in
 * Java and appends to the buffered writer's {@code _wbuf} while it has room. A size limit, a write pending, a stream that is not a
 * plain file, a newline mode other than universal or '\n', a closed file: the Python method
 * ({@code _readline}) then, which raises CPython's errors.
 */
final class IoModule {
    private IoModule() {
    }

    /**
     * The classes the fast paths recognise (the raw file, the buffered types over it that read,
     * those that write) and the names of the text layer's fields they read, interned once for the
     * heap's life.
     */
    private static final class Known {
        PyType fileIO;
        final java.util.Set<PyType> buffered = new java.util.HashSet<>();
        final java.util.Set<PyType> writers = new java.util.HashSet<>();
        final long buffer, decoded, dpos, readtranslate, readnl, telling, seekable, writeThrough, lineBuffering,
                encoderStarted, encoding, writetranslate, writenl, held;

        Known(ObjectSpace space) {
            buffer = space.strType.literalName("_buffer");
            decoded = space.strType.literalName("_decoded");
            dpos = space.strType.literalName("_dpos");
            readtranslate = space.strType.literalName("_readtranslate");
            readnl = space.strType.literalName("_readnl");
            telling = space.strType.literalName("_telling");
            seekable = space.strType.literalName("_seekable");
            writeThrough = space.strType.literalName("_write_through");
            lineBuffering = space.strType.literalName("_line_buffering");
            encoderStarted = space.strType.literalName("_encoder_started");
            encoding = space.strType.literalName("_encoding");
            writetranslate = space.strType.literalName("_writetranslate");
            writenl = space.strType.literalName("_writenl");
            held = space.strType.literalName("_held");
        }
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Known known = new Known(space);
        SysModule.function(space, module, dict, "_accelerate", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_io._accelerate", a, n, kw).keywords().range(2, 2);
            long cls = c.get(0);
            String kind = space.strType.value(c.get(1));
            PyType type = space.typeType.described(cls);
            switch (kind) {
                case "fileio" -> known.fileIO = type;
                case "writer" -> known.writers.add(type);
                case "buffered" -> {
                    known.buffered.add(type);
                    install(space, cls, type, "readline", (s, args) -> {
                        Args.range("readline", args, 0, 1);
                        long size = args.length == 0 ? -1 : sizeArg(space, args[0]);
                        if (size < 0) {
                            long line = bufferedLine(space, known, s);
                            if (line != 0) {
                                return line;
                            }
                        }
                        return Abstract.callMethod(space, s, "_readline", args);
                    });
                    install(space, cls, type, "__next__", (s, args) -> {
                        Args.none("__next__", args);
                        // buffered_iternext: a subclass's own readline is called
                        long line = space.typeOf(s) == type ? bufferedLine(space, known, s) : 0;
                        if (line == 0) {
                            line = Abstract.callMethod(space, s, space.typeOf(s) == type ? "_readline" : "readline", new long[0]);
                            if (!space.bytesType.check(line)) {
                                String t = space.typeOf(line).name;
                                space.decref(line);
                                throw new PyException("OSError", "readline() should have returned a bytes object, not '" + t + "'");
                            }
                        }
                        if (space.typeOf(line).length(line) == 0) {
                            space.decref(line);
                            throw new PyException("StopIteration", "");
                        }
                        return line;
                    });
                }
                case "text" -> {
                    // the text layer is the runtime's own type (the standard streams'): its methods
                    // take these paths for a file
                    TextIOType text = table.builtins.textIO;
                    if (type != text) {
                        throw new PyException("TypeError", "the text layer is " + text.name);
                    }
                    text.fileFast.put("readline", (s, args) -> {
                        Args.range("readline", args, 0, 1);
                        if (args.length == 0 || args[0] == space.none
                                || space.intType.check(args[0]) && space.intType.fitsLong(args[0]) && space.intType.longValue(args[0]) < 0) {
                            long line = textLine(space, known, text, s);
                            if (line != 0) {
                                return line;
                            }
                        }
                        return Abstract.callMethod(space, s, "_readline", args);
                    });
                    text.fileFast.put("write", (s, args) -> {
                        if (args.length == 1) {
                            long written = textWrite(space, known, text, s, args[0]);
                            if (written >= 0) {
                                return space.newInt(written);
                            }
                        }
                        return text.py("write", s, args);
                    });
                    text.fileNext = s -> {
                        boolean exact = space.typeOf(s) == type;
                        if (exact) {
                            if (text.field(s, known.telling) != space.falseObject) {
                                text.setField(s, known.telling, space.falseObject);
                            }
                        } else {
                            setFalse(space, s, "_telling");
                        }
                        // textiowrapper_iternext: a subclass's own readline is called
                        long line = exact ? textLine(space, known, text, s) : 0;
                        if (line == 0) {
                            line = Abstract.callMethod(space, s, exact ? "_readline" : "readline", new long[0]);
                            if (!space.strType.check(line)) {
                                String t = space.typeOf(line).name;
                                space.decref(line);
                                throw new PyException("OSError", "readline() should have returned a str object, not '" + t + "'");
                            }
                        }
                        if (space.typeOf(line).length(line) == 0) {
                            space.decref(line);
                            long seekable = Abstract.getAttr(space, s, "_seekable");
                            try {
                                Abstract.setAttr(space, s, "_telling", seekable);
                            } finally {
                                space.decref(seekable);
                            }
                            return 0;
                        }
                        return line;
                    };
                }
                default -> throw new PyException("ValueError", "unknown kind " + kind);
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "_text_layer", (self, a, n, kw) -> {
            // io.py's text layer becomes what _io.TextIOWrapper (the standard streams' type) runs for files
            CallArgs c = new CallArgs(space, "_io._text_layer", a, n, kw).keywords().range(1, 1);
            TextIOType text = table.builtins.textIO;
            text.adoptLibrary(c.get(0));
            return space.newRef(text.typeObject());
        });
    }

    private static void install(ObjectSpace space, long cls, PyType type, String name, PyMethod method) {
        long d = space.methodDescrType.createFor(type, name, method);
        try {
            Abstract.setAttr(space, cls, name, d);
        } finally {
            space.decref(d);
        }
    }

    /** A size argument that is an int (None is -1); other objects go to the Python path (-2: not the fast one). */
    private static long sizeArg(ObjectSpace space, long size) {
        if (size == space.none) {
            return -1;
        }
        if (space.intType.check(size) && space.intType.fitsLong(size)) {
            long v = space.intType.longValue(size);
            return v < 0 ? -1 : v;
        }
        return 0;
    }

    private static void setFalse(ObjectSpace space, long self, String name) {
        long v = Abstract.getAttr(space, self, name);
        space.decref(v);
        if (v != space.falseObject) {
            Abstract.setAttr(space, self, name, space.newBool(false));
        }
    }

    /** An int attribute of {@code o}, or -1 when it is not a plain int. */
    private static long intAttr(ObjectSpace space, long o, String name) {
        long v = Abstract.getAttr(space, o, name);
        try {
            return space.intType.check(v) && space.intType.fitsLong(v) ? space.intType.longValue(v) : -1;
        } finally {
            space.decref(v);
        }
    }

    /** Whether {@code raw} is an open plain file (a FileIO whose descriptor is set). */
    private static boolean openFile(ObjectSpace space, Known known, long raw) {
        return known.fileIO != null && space.typeOf(raw) == known.fileIO && intAttr(space, raw, "_fd") >= 0;
    }

    /** Whether the buffered stream {@code b} (one of the known types) reads an open file and holds no writes. */
    private static boolean plainBuffer(ObjectSpace space, Known known, long b) {
        if (!known.buffered.contains(space.typeOf(b))) {
            return false;
        }
        long raw = Abstract.getAttr(space, b, "_raw");
        try {
            if (!openFile(space, known, raw)) {
                return false;
            }
        } finally {
            space.decref(raw);
        }
        long wbuf = Abstract.getAttr(space, b, "_wbuf");
        try {
            return space.typeOf(wbuf).length(wbuf) == 0;
        } finally {
            space.decref(wbuf);
        }
    }

    /**
     * {@code _buffered_readline} without a limit, for a buffered stream over an open plain file: the
     * line from the buffer, reading chunks of {@code _buffer_size} from the raw file while no newline
     * is found; 0 when the stream is not such a one (the Python path's then). New reference.
     */
    private static long bufferedLine(ObjectSpace space, Known known, long self) {
        if (!plainBuffer(space, known, self)) {
            return 0;
        }
        java.io.ByteArrayOutputStream parts = null;
        while (true) {
            long buf = Abstract.getAttr(space, self, "_rbuf");
            try {
                if (!space.bytesType.checkExact(buf)) {
                    return parts == null ? 0 : fail();
                }
                long pos = intAttr(space, self, "_rpos");
                long n = space.bytesType.length(buf);
                if (pos >= 0 && pos < n) {
                    long i = space.bytesType.indexOf(buf, (byte) '\n', pos, n);
                    long end = i < 0 ? n : i + 1;
                    if (i >= 0 && parts == null) {
                        setInt(space, self, "_rpos", end);
                        return space.bytesType.slice(buf, pos, end);
                    }
                    if (parts == null) {
                        parts = new java.io.ByteArrayOutputStream();
                    }
                    long piece = space.bytesType.slice(buf, pos, end);
                    parts.writeBytes(space.bytesType.value(piece));
                    space.decref(piece);
                    setInt(space, self, "_rpos", end);
                    if (i >= 0) {
                        return space.bytesType.of(parts.toByteArray());
                    }
                } else if (pos < 0) {
                    return parts == null ? 0 : fail();
                }
            } finally {
                space.decref(buf);
            }
            if (parts == null) {
                parts = new java.io.ByteArrayOutputStream();
            }
            long raw = Abstract.getAttr(space, self, "_raw");
            long size = Abstract.getAttr(space, self, "_buffer_size");
            long chunk;
            try {
                chunk = Abstract.callMethod(space, raw, "read", new long[] {size});
            } finally {
                space.decref(size);
                space.decref(raw);
            }
            try {
                if (!space.bytesType.checkExact(chunk) || space.bytesType.length(chunk) == 0) {
                    long empty = space.bytesType.of(new byte[0]);
                    Abstract.setAttr(space, self, "_rbuf", empty);
                    space.decref(empty);
                    setInt(space, self, "_rpos", 0);
                    return space.bytesType.of(parts.toByteArray());
                }
                Abstract.setAttr(space, self, "_rbuf", chunk);
                setInt(space, self, "_rpos", 0);
            } finally {
                space.decref(chunk);
            }
        }
    }

    private static long fail() {
        throw new PyException("SystemError", "the stream's buffer changed type while a line was read");
    }

    /**
     * {@code _textiowrapper_readline} without a limit, in the universal newline mode that translates
     * (newline None) or the one that ends lines at '\n' only (newline '\n'), over a buffered stream
     * of an open plain file: the line from the decoded chunk, decoding chunks ({@code _read_chunk})
     * while no newline is found; 0 for the other streams and modes (the Python path's). The layer's
     * fields are read from its own storage ({@link TextIOType#field}), so a line taken from the
     * chunk costs two lookups and the new str. New reference.
     */
    private static long textLine(ObjectSpace space, Known known, TextIOType text, long self) {
        if (space.typeOf(self) != text || !plainBuffer(space, known, text.field(self, known.buffer))) {
            return 0;
        }
        if (text.field(self, known.readtranslate) != space.trueObject) {
            long nl = text.field(self, known.readnl);
            if (nl == 0 || !space.strType.check(nl) || !space.strType.contentEquals(nl, "\n")) {
                return 0;
            }
        }
        StringBuilder parts = null;
        while (true) {
            long d = text.field(self, known.decoded);
            long p = text.field(self, known.dpos);
            if (d == 0 || !space.strType.check(d) || p == 0 || !space.intType.check(p) || !space.intType.fitsLong(p)) {
                return parts == null ? 0 : fail();
            }
            long pos = space.intType.longValue(p);
            long n = space.strType.length(d);
            if (pos >= 0 && pos < n) {
                long i = space.strType.indexOf(d, '\n', pos, n);
                long end = i < 0 ? n : i + 1;
                if (i >= 0 && parts == null) {
                    setField(space, text, self, known.dpos, end);
                    return space.strType.substring(d, pos, end);
                }
                if (parts == null) {
                    parts = new StringBuilder();
                }
                long piece = space.strType.substring(d, pos, end);
                parts.append(space.strType.value(piece));
                space.decref(piece);
                setField(space, text, self, known.dpos, end);
                if (i >= 0) {
                    return space.strType.runtime(parts.toString());
                }
            } else if (pos < 0) {
                return parts == null ? 0 : fail();
            }
            if (parts == null) {
                parts = new StringBuilder();
            }
            long more = Abstract.callMethod(space, self, "_read_chunk", new long[0]);
            boolean going = Abstract.isTrue(space, more);
            space.decref(more);
            if (!going) {
                long rest = text.field(self, known.decoded);
                if (rest == 0 || space.typeOf(rest).length(rest) == 0) {
                    return space.strType.runtime(parts.toString());
                }
            }
        }
    }

    private static void setField(ObjectSpace space, TextIOType text, long self, long name, long value) {
        long v = space.newInt(value);
        try {
            text.setField(self, name, v);
        } finally {
            space.decref(v);
        }
    }

    /**
     * {@code _io_TextIOWrapper_write_impl} for the common case of a file's text layer: UTF-8, no
     * newline to translate, neither line buffering nor writing through, nothing read ahead, the
     * encoder past its start, over a buffered writer of an open plain file whose buffer has room:
     * the text's UTF-8 bytes go into the buffer's {@code _wbuf} as {@code _Buffered.write} would put
     * them. Returns the characters written, or -1 when the case is another (the library's path then,
     * which raises CPython's errors).
     */
    private static long textWrite(ObjectSpace space, Known known, TextIOType text, long self, long s) {
        if (space.typeOf(self) != text || space.typeOf(s) != space.strType) {
            return -1;
        }
        long buffer = text.field(self, known.buffer);
        if (buffer == 0 || !known.writers.contains(space.typeOf(buffer))
                || text.field(self, known.writeThrough) != space.falseObject
                || text.field(self, known.lineBuffering) != space.falseObject
                || text.field(self, known.encoderStarted) != space.trueObject) {
            return -1;
        }
        long encoding = text.field(self, known.encoding);
        if (encoding == 0 || !space.strType.check(encoding) || !utf8(space.strType.value(encoding))) {
            return -1;
        }
        long decoded = text.field(self, known.decoded);
        long held = text.field(self, known.held);
        if (decoded == 0 || space.typeOf(decoded).length(decoded) != 0 || held == 0 || space.typeOf(held).length(held) != 0) {
            return -1;
        }
        long length = space.strType.length(s);
        if (space.strType.indexOf(s, '\n', 0, length) >= 0 && text.field(self, known.writetranslate) != space.falseObject) {
            long nl = text.field(self, known.writenl);
            if (nl == 0 || !space.strType.check(nl) || !space.strType.contentEquals(nl, "\n")) {
                return -1;
            }
        }
        byte[] data = utf8Bytes(space, s);
        if (data == null) {
            return -1;
        }
        long raw = Abstract.getAttr(space, buffer, "_raw");
        try {
            if (!openFile(space, known, raw)) {
                return -1;
            }
        } finally {
            space.decref(raw);
        }
        long rbuf = Abstract.getAttr(space, buffer, "_rbuf");
        long wbuf = Abstract.getAttr(space, buffer, "_wbuf");
        try {
            long size = intAttr(space, buffer, "_buffer_size");
            if (space.typeOf(rbuf).length(rbuf) != 0 || space.typeOf(wbuf) != space.byteArrayType
                    || space.byteArrayType.length(wbuf) + data.length > size) {
                return -1;
            }
            long b = space.bytesType.of(data);
            try {
                space.decref(space.byteArrayType.inplaceConcat(wbuf, b));
            } finally {
                space.decref(b);
            }
        } finally {
            space.decref(rbuf);
            space.decref(wbuf);
        }
        return length;
    }

    private static boolean utf8(String encoding) {
        return switch (encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "utf-8", "utf8", "u8" -> true;
            default -> false;
        };
    }

    /** The UTF-8 bytes of {@code s}, or null when it has a lone surrogate (the codec's error handler decides then). */
    private static byte[] utf8Bytes(ObjectSpace space, long s) {
        String v = space.strType.value(s);
        if (space.strType.isAscii(s)) {
            return v.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return null;
            }
        }
        return v.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void setInt(ObjectSpace space, long self, String name, long value) {
        long v = space.newInt(value);
        try {
            Abstract.setAttr(space, self, name, v);
        } finally {
            space.decref(v);
        }
    }
}
