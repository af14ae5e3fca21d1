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
 * which decodes) when the line goes on past it. A size limit, a write pending, a stream that is not a
 * plain file, a newline mode other than universal or '\n', a closed file: the Python method
 * ({@code _readline}) then, which raises CPython's errors.
 */
final class IoModule {
    private IoModule() {
    }

    /** The classes the fast paths recognise: the raw file, and the buffered types over it. */
    private static final class Known {
        PyType fileIO;
        final java.util.Set<PyType> buffered = new java.util.HashSet<>();
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Known known = new Known();
        SysModule.function(space, module, dict, "_accelerate", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_io._accelerate", a, n, kw).keywords().range(2, 2);
            long cls = c.get(0);
            String kind = space.strType.value(c.get(1));
            PyType type = space.typeType.described(cls);
            switch (kind) {
                case "fileio" -> known.fileIO = type;
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
                            long line = textLine(space, known, s);
                            if (line != 0) {
                                return line;
                            }
                        }
                        return Abstract.callMethod(space, s, "_readline", args);
                    });
                    text.fileNext = s -> {
                        setFalse(space, s, "_telling");
                        // textiowrapper_iternext: a subclass's own readline is called
                        long line = space.typeOf(s) == type ? textLine(space, known, s) : 0;
                        if (line == 0) {
                            line = Abstract.callMethod(space, s, space.typeOf(s) == type ? "_readline" : "readline", new long[0]);
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
     * while no newline is found; 0 for the other streams and modes (the Python path's). New reference.
     */
    private static long textLine(ObjectSpace space, Known known, long self) {
        long buffer = Abstract.getAttr(space, self, "_buffer");
        try {
            if (!plainBuffer(space, known, buffer)) {
                return 0;
            }
        } finally {
            space.decref(buffer);
        }
        long translate = Abstract.getAttr(space, self, "_readtranslate");
        space.decref(translate);
        if (translate != space.trueObject) {
            long nl = Abstract.getAttr(space, self, "_readnl");
            try {
                if (!space.strType.check(nl) || !"\n".equals(space.strType.value(nl))) {
                    return 0;
                }
            } finally {
                space.decref(nl);
            }
        }
        StringBuilder parts = null;
        while (true) {
            long d = Abstract.getAttr(space, self, "_decoded");
            try {
                if (!space.strType.check(d)) {
                    return parts == null ? 0 : fail();
                }
                long pos = intAttr(space, self, "_dpos");
                long n = space.strType.length(d);
                if (pos >= 0 && pos < n) {
                    long i = space.strType.indexOf(d, '\n', pos, n);
                    long end = i < 0 ? n : i + 1;
                    if (i >= 0 && parts == null) {
                        setInt(space, self, "_dpos", end);
                        return space.strType.substring(d, pos, end);
                    }
                    if (parts == null) {
                        parts = new StringBuilder();
                    }
                    long piece = space.strType.substring(d, pos, end);
                    parts.append(space.strType.value(piece));
                    space.decref(piece);
                    setInt(space, self, "_dpos", end);
                    if (i >= 0) {
                        return space.strType.runtime(parts.toString());
                    }
                } else if (pos < 0) {
                    return parts == null ? 0 : fail();
                }
            } finally {
                space.decref(d);
            }
            if (parts == null) {
                parts = new StringBuilder();
            }
            long more = Abstract.callMethod(space, self, "_read_chunk", new long[0]);
            boolean going = Abstract.isTrue(space, more);
            space.decref(more);
            if (!going) {
                long rest = Abstract.getAttr(space, self, "_decoded");
                long left = space.typeOf(rest).length(rest);
                space.decref(rest);
                if (left == 0) {
                    return space.strType.runtime(parts.toString());
                }
            }
        }
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
