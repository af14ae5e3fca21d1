package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyMethod;
import dev.pyheap.runtime.objects.PyType;

import java.util.function.LongConsumer;

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
     * those that write), the library's own {@code read} of each buffered type that reads, and the
     * names of the text layer's fields they read, interned once: the module's state (CPython's
     * {@code _PyIO_State} with its interned names), whose references are the interpreter's roots
     * while it lives and are given back when it closes ({@link #release}, {@code _io}'s m_free).
     */
    private static final class Known {
        PyType fileIO;
        final java.util.Set<PyType> buffered = new java.util.HashSet<>();
        final java.util.Set<PyType> writers = new java.util.HashSet<>();
        /** The library's {@code read} each buffered type that reads had before its Java one (owned). */
        final java.util.Map<PyType, Long> libraryReads = new java.util.HashMap<>();
        /** The interned names below (owned). */
        private final java.util.List<Long> names = new java.util.ArrayList<>();
        private final ObjectSpace space;
        final long buffer, decoded, dpos, readtranslate, readnl, telling, seekable, writeThrough, lineBuffering,
                encoderStarted, encoding, writetranslate, writenl, held, kind, errors, snap, chunkCr,
                readuniversal, seennl, b2cratio, snapshot, hasRead1;

        Known(ObjectSpace space) {
            this.space = space;
            buffer = name("_buffer");
            decoded = name("_decoded");
            dpos = name("_dpos");
            readtranslate = name("_readtranslate");
            readnl = name("_readnl");
            telling = name("_telling");
            seekable = name("_seekable");
            writeThrough = name("_write_through");
            lineBuffering = name("_line_buffering");
            encoderStarted = name("_encoder_started");
            encoding = name("_encoding");
            writetranslate = name("_writetranslate");
            writenl = name("_writenl");
            held = name("_held");
            kind = name("_kind");
            errors = name("_errors");
            snap = name("_snap");
            chunkCr = name("_chunk_cr");
            readuniversal = name("_readuniversal");
            seennl = name("_seennl");
            b2cratio = name("_b2cratio");
            snapshot = name("_snapshot");
            hasRead1 = name("_has_read1");
        }

        private long name(String text) {
            long n = space.strType.literalName(text);
            names.add(n);
            return n;
        }

        /** The module state's references ({@code _io}'s m_traverse): roots of the interpreter. */
        void forEachHeld(LongConsumer visitor) {
            names.forEach(visitor::accept);
            libraryReads.values().forEach(visitor::accept);
        }

        /**
         * {@code _io}'s m_free: every reference given back. The types are forgotten too, so a fast path
         * still reachable from a library class (which dies in the collection after the end) finds no
         * stream it recognises and takes the library's path; the names are then never read again.
         */
        void release() {
            fileIO = null;
            buffered.clear();
            writers.clear();
            java.util.List<Long> owned = new java.util.ArrayList<>(names);
            owned.addAll(libraryReads.values());
            names.clear();
            libraryReads.clear();
            owned.forEach(space::decref);
        }
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Known known = new Known(space);
        TextIOType textIO = table.builtins.textIO;
        // the module state and what the library handed to the runtime's types: roots while the
        // interpreter lives, given back at its end (before sys.modules goes, which frees the library)
        table.interpreter().addRoots(visitor -> {
            known.forEachHeld(visitor);
            textIO.forEachHeld(visitor);
        });
        table.atClose(() -> {
            textIO.releaseLibrary();
            table.builtins.bytesIO.releaseLibrary();
            table.builtins.stringIO.releaseLibrary();
            known.release();
        });
        SysModule.function(space, module, dict, "_memory_types", (self, a, n, kw) -> {
            // the in-memory streams are the runtime's types; the library's bases become theirs, as in
            // CPython's MRO: (BytesIO, _BufferedIOBase, _IOBase, object), (StringIO, _TextIOBase, _IOBase, object)
            CallArgs c = new CallArgs(space, "_io._memory_types", a, n, kw).keywords().range(2, 2);
            BytesIOType bytesIO = table.builtins.bytesIO;
            StringIOType stringIO = table.builtins.stringIO;
            bytesIO.adoptBase(space.typeType.described(c.get(0)));
            stringIO.adoptBase(space.typeType.described(c.get(1)));
            return space.tupleType.create(bytesIO.typeObject(), stringIO.typeObject());
        });
        SysModule.function(space, module, dict, "_accelerate", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_io._accelerate", a, n, kw).keywords().range(2, 2);
            long cls = c.get(0);
            String kind = space.strType.value(c.get(1));
            PyType type = space.typeType.described(cls);
            switch (kind) {
                case "fileio" -> known.fileIO = type;
                case "bufferedbase" -> table.builtins.textIO.bufferBase(type);
                case "writer" -> known.writers.add(type);
                case "buffered" -> {
                    known.buffered.add(type);
                    // read(n) served from the buffer in Java; the library's read (kept) otherwise
                    long readName = space.strType.literalName("read");
                    long libraryRead = space.dictType.get(type.dict(), readName);
                    space.decref(readName);
                    if (libraryRead == 0) {
                        throw new PyException("TypeError", type.name + " defines no read");
                    }
                    Long previous = known.libraryReads.put(type, space.newRef(libraryRead));
                    space.xdecref(previous == null ? 0 : previous);
                    install(space, cls, type, "read", (s, args) -> {
                        if (args.length == 1 && space.typeOf(s) == type && space.intType.checkExact(args[0])
                                && space.intType.fitsLong(args[0]) && space.intType.longValue(args[0]) >= 0) {
                            long got = bufferedRead(space, known, s, space.intType.longValue(args[0]));
                            if (got != 0) {
                                return got;
                            }
                        }
                        Long read = known.libraryReads.get(type);
                        if (read == null) { // the interpreter has ended
                            throw new PyException("AttributeError", "'" + type.name + "' object has no attribute 'read'");
                        }
                        long[] all = new long[args.length + 1];
                        all[0] = s;
                        System.arraycopy(args, 0, all, 1, args.length);
                        return Abstract.call(space, read, all);
                    });
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
                    text.fileFast.put("read", (s, args) -> {
                        if (args.length <= 1) {
                            long size = args.length == 0 || args[0] == space.none ? -1
                                    : space.intType.check(args[0]) && space.intType.fitsLong(args[0]) ? space.intType.longValue(args[0])
                                    : Long.MIN_VALUE;
                            if (size != Long.MIN_VALUE) {
                                long got = textRead(space, known, text, s, size);
                                if (got != 0) {
                                    return got;
                                }
                            }
                        }
                        return text.py("read", s, args);
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
                    // tell() and seek(cookie) of the stateless codecs: the library's methods stay for the rest
                    long tellName = space.strType.literalName("tell");
                    long seekName = space.strType.literalName("seek");
                    long tell = space.methodDescrType.createFor(type, "tell", (s, args) -> {
                        if (args.length == 0) {
                            long cookie = textTell(space, known, table.fds(), text, s);
                            if (cookie != 0) {
                                return cookie;
                            }
                        }
                        return text.py("tell", s, args);
                    });
                    long seek = space.methodDescrType.createFor(type, "seek", (s, args) -> {
                        if ((args.length == 1 || args.length == 2 && space.intType.checkExact(args[1])
                                && space.intType.fitsLong(args[1]) && space.intType.longValue(args[1]) == 0)
                                && space.intType.checkExact(args[0])) {
                            long done = textSeek(space, known, table.fds(), text, s, args[0]);
                            if (done != 0) {
                                return done;
                            }
                        }
                        return text.py("seek", s, args);
                    });
                    try {
                        text.putAdopted(tellName, tell);
                        text.putAdopted(seekName, seek);
                    } finally {
                        space.decref(tell);
                        space.decref(seek);
                        space.decref(tellName);
                        space.decref(seekName);
                    }
                    space.classVersion++;
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

    /**
     * {@code _Buffered.read(size)} when the buffer of a plain buffered reader already holds {@code size}
     * bytes: them, the position moved on; 0 otherwise (the library's method reads the raw file). New reference.
     */
    private static long bufferedRead(ObjectSpace space, Known known, long self, long size) {
        if (!plainBuffer(space, known, self)) {
            return 0;
        }
        long buf = Abstract.getAttr(space, self, "_rbuf");
        try {
            if (!space.bytesType.checkExact(buf)) {
                return 0;
            }
            long pos = intAttr(space, self, "_rpos");
            if (pos < 0 || pos + size > space.bytesType.length(buf)) {
                return 0;
            }
            setInt(space, self, "_rpos", pos + size);
            return space.bytesType.slice(buf, pos, pos + size);
        } finally {
            space.decref(buf);
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
            boolean going = readChunkOrLibrary(space, known, text, self);
            if (!going) {
                long rest = text.field(self, known.decoded);
                if (rest == 0 || space.typeOf(rest).length(rest) == 0) {
                    return space.strType.runtime(parts.toString());
                }
            }
        }
    }

    /**
     * Whether the text layer {@code self} (a file's, of the exact type) decodes in Java: a stateless
     * codec of the 'utf-8' or 'byte' kind (io.py's {@code _codec_kind}) over a buffered reader of an
     * open plain file with no writes pending, its chunk fields of the types the library keeps.
     */
    private static boolean javaChunks(ObjectSpace space, Known known, TextIOType text, long self) {
        if (space.typeOf(self) != text) {
            return false;
        }
        long kind = text.field(self, known.kind);
        if (kind == 0 || !space.strType.check(kind)
                || !space.strType.contentEquals(kind, "utf-8") && !space.strType.contentEquals(kind, "byte")) {
            return false;
        }
        long encoding = text.field(self, known.encoding);
        long errors = text.field(self, known.errors);
        long held = text.field(self, known.held);
        long decoded = text.field(self, known.decoded);
        long dpos = text.field(self, known.dpos);
        return encoding != 0 && (space.typeOf(encoding) == space.strType) && errors != 0 && (space.typeOf(errors) == space.strType)
                && held != 0 && space.bytesType.checkExact(held) && decoded != 0 && (space.typeOf(decoded) == space.strType)
                && dpos != 0 && space.intType.checkExact(dpos) && text.field(self, known.hasRead1) == space.trueObject
                && plainBuffer(space, known, text.field(self, known.buffer));
    }

    /** The next chunk decoded (io.py's {@code _read_chunk}): in Java when {@link #javaChunks} allows, else the library's. */
    private static boolean readChunkOrLibrary(ObjectSpace space, Known known, TextIOType text, long self) {
        if (javaChunks(space, known, text, self)) {
            boolean more = readChunk(space, known, text, self, 0);
            long decoded = text.field(self, known.decoded);
            if (!more && (decoded == 0 || space.typeOf(decoded).length(decoded) == 0)) {
                text.setField(self, known.snapshot, space.none);
            }
            return more;
        }
        long more = Abstract.callMethod(space, self, "_read_chunk", new long[0]);
        try {
            return Abstract.isTrue(space, more);
        } finally {
            space.decref(more);
        }
    }

    /**
     * io.py's {@code _next_chunk} for the stateless codecs (textio.c's {@code textiowrapper_read_chunk}):
     * {@code _CHUNK_SIZE} bytes from the buffer ({@code read1}), more when {@code sizeHint}
     * characters need more, fed to the decoder ({@link #feed}); the chunk's bytes per character
     * kept for tell(). False at the end of the stream.
     */
    private static boolean readChunk(ObjectSpace space, Known known, TextIOType text, long self, long sizeHint) {
        long buffer = text.field(self, known.buffer);
        long want = intAttr(space, self, "_CHUNK_SIZE");
        if (want < 0) {
            want = TextIOType.CHUNK_SIZE;
        }
        if (sizeHint > 0) {
            long ratioObj = text.field(self, known.b2cratio);
            double ratio = ratioObj != 0 && space.typeOf(ratioObj) == space.floatType ? space.floatType.value(ratioObj) : 0.0;
            want = Math.max(want, (long) (Math.max(ratio, 1.0) * sizeHint));
        }
        byte[] fresh = read1(space, buffer, want);
        boolean eof = fresh.length == 0;
        feed(space, known, text, self, fresh, eof);
        long chars = space.strType.length(text.field(self, known.decoded));
        long ratio = space.floatType.create(chars > 0 ? (double) fresh.length / chars : 0.0);
        text.setField(self, known.b2cratio, ratio);
        space.decref(ratio);
        return !eof;
    }

    /**
     * io.py's {@code _feed}: the bytes held back from before and {@code fresh} decoded into
     * {@code _decoded}; a partial UTF-8 character and, with universal newlines, a last '\r' (whose
     * '\n' may follow) held back again unless at the end.
     */
    private static void feed(ObjectSpace space, Known known, TextIOType text, long self, byte[] fresh, boolean eof) {
        byte[] held = space.bytesType.value(text.field(self, known.held));
        boolean chunkCr = held.length > 0 && held[0] == '\r';
        byte[] data = fresh;
        if (held.length > 0) {
            data = new byte[held.length + fresh.length];
            System.arraycopy(held, 0, data, 0, held.length);
            System.arraycopy(fresh, 0, data, held.length, fresh.length);
        }
        byte[] keep = new byte[0];
        if (!eof) {
            boolean utf8 = space.strType.contentEquals(text.field(self, known.kind), "utf-8");
            int n = utf8 ? utf8Complete(data) : data.length;
            if (n > 0 && data[n - 1] == '\r' && text.field(self, known.readuniversal) == space.trueObject) {
                n--;
            }
            if (n < data.length) {
                keep = java.util.Arrays.copyOfRange(data, n, data.length);
                data = java.util.Arrays.copyOf(data, n);
            }
        }
        // a decoding error leaves the state as it was (C's decoder keeps what it held)
        long decoded = data.length > 0 ? decode(space, known, text, self, data) : space.strType.runtime("");
        try {
            setBool(space, text, self, known.chunkCr, chunkCr);
            setBytes(space, text, self, known.held, keep);
            setBytes(space, text, self, known.snap, data);
            text.setField(self, known.decoded, decoded);
            setField(space, text, self, known.dpos, 0);
        } finally {
            space.decref(decoded);
        }
    }

    /**
     * {@code _Buffered.read1(size)} of a plain buffered reader: what its buffer holds (up to size),
     * else one read of the raw file of at least the buffer's size, the excess kept in the buffer.
     */
    private static byte[] read1(ObjectSpace space, long buffer, long size) {
        long rbuf = Abstract.getAttr(space, buffer, "_rbuf");
        try {
            long pos = intAttr(space, buffer, "_rpos");
            long n = space.typeOf(rbuf).length(rbuf);
            if (space.bytesType.checkExact(rbuf) && pos >= 0 && pos < n) {
                long end = Math.min(n, pos + size);
                setInt(space, buffer, "_rpos", end);
                long piece = space.bytesType.slice(rbuf, pos, end);
                try {
                    return space.bytesType.value(piece);
                } finally {
                    space.decref(piece);
                }
            }
        } finally {
            space.decref(rbuf);
        }
        if (size == 0) {
            return new byte[0];
        }
        long raw = Abstract.getAttr(space, buffer, "_raw");
        long bufferSize = intAttr(space, buffer, "_buffer_size");
        long chunk;
        long ask = space.newInt(Math.max(size, bufferSize));
        try {
            chunk = Abstract.callMethod(space, raw, "read", new long[] {ask});
        } finally {
            space.decref(ask);
            space.decref(raw);
        }
        try {
            byte[] got = space.bytesType.check(chunk) ? space.bytesType.value(chunk) : new byte[0];
            if (got.length > size) {
                Abstract.setAttr(space, buffer, "_rbuf", chunk);
                setInt(space, buffer, "_rpos", size);
                return java.util.Arrays.copyOf(got, (int) size);
            }
            long empty = space.bytesType.of(new byte[0]);
            Abstract.setAttr(space, buffer, "_rbuf", empty);
            space.decref(empty);
            setInt(space, buffer, "_rpos", 0);
            return got;
        } finally {
            space.decref(chunk);
        }
    }

    /** How many leading bytes of {@code data} end on a whole UTF-8 character (io.py's {@code _utf8_complete}). */
    private static int utf8Complete(byte[] data) {
        return utf8Complete(data, 0, data.length);
    }

    /**
     * Where the bytes {@code data[from:to]} stop ending on a whole UTF-8 character (an index of
     * data): a last sequence that can still become a valid character is left out, as CPython's
     * incremental decoder holds it back.
     */
    private static int utf8Complete(byte[] data, int from, int to) {
        for (int i = to - 1, stop = Math.max(from, to - 3); i >= stop; i--) {
            int c = data[i] & 0xFF;
            if (c < 0x80) {
                return to;
            }
            if (c >= 0xC0) {
                return to - i < 4 && utf8Width(data, i, to, true) > to - i ? i : to;
            }
        }
        return to;
    }

    /**
     * io.py's {@code _decode(data, final)}: the bytes decoded (UTF-8, latin-1 and ASCII in Java when
     * the bytes are valid; otherwise, and for the other codecs, {@code bytes.decode}, whose error
     * handler and errors are the codec's), the newline kinds seen counted and, in the translating
     * mode, '\r\n' and '\r' made '\n'. New reference.
     */
    private static long decode(ObjectSpace space, Known known, TextIOType text, long self, byte[] data) {
        String encoding = space.strType.value(text.field(self, known.encoding)).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String decoded = decodeBytes(encoding, data);
        long result;
        if (decoded == null) {
            long b = space.bytesType.of(data);
            long e = space.strType.runtime(space.strType.value(text.field(self, known.encoding)));
            try {
                result = Abstract.callMethod(space, b, "decode", new long[] {e, text.field(self, known.errors)});
            } finally {
                space.decref(b);
                space.decref(e);
            }
            if (!(space.typeOf(result) == space.strType)) {
                return result;
            }
            if (text.field(self, known.readuniversal) != space.trueObject) {
                return result;
            }
            decoded = space.strType.value(result);
            String translated = newlines(space, known, text, self, decoded);
            if (translated == decoded) {
                return result;
            }
            space.decref(result);
            return space.strType.runtime(translated);
        }
        if (text.field(self, known.readuniversal) == space.trueObject) {
            decoded = newlines(space, known, text, self, decoded);
        }
        return space.strType.runtime(decoded);
    }

    /** {@code data} decoded by the codec {@code encoding} (normalised) in Java, or null when it is another codec or the bytes are not valid for it. */
    private static String decodeBytes(String encoding, byte[] data) {
        return switch (encoding) {
            case "utf-8", "utf8", "u8" -> {
                if (ascii(data)) {
                    yield new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
                }
                try {
                    yield java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                            .decode(java.nio.ByteBuffer.wrap(data)).toString();
                } catch (java.nio.charset.CharacterCodingException e) {
                    yield null;
                }
            }
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1" -> new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
            case "ascii", "us-ascii" -> ascii(data) ? new String(data, java.nio.charset.StandardCharsets.ISO_8859_1) : null;
            default -> null;
        };
    }

    private static boolean ascii(byte[] data) {
        for (byte b : data) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The universal newline step of io.py's {@code _decode}: the kinds seen ('\n' 1, '\r' 2,
     * '\r\n' 4) added to {@code _seennl}; with {@code _readtranslate}, both kinds of line end made
     * '\n'. One pass; the same String when nothing changes.
     */
    private static String newlines(ObjectSpace space, Known known, TextIOType text, long self, String s) {
        int cr = 0, lf = 0, crlf = 0;
        int n = s.length();
        int i = s.indexOf('\r');
        int j = s.indexOf('\n');
        if (i < 0 && j < 0) {
            return s;
        }
        if (i < 0) {
            lf = 1; // no '\r': the count does not matter, only that one is there
        } else {
            for (int k = Math.min(i, j < 0 ? i : j); k < n; k++) {
                char c = s.charAt(k);
                if (c == '\r') {
                    if (k + 1 < n && s.charAt(k + 1) == '\n') {
                        crlf++;
                        k++;
                    } else {
                        cr++;
                    }
                } else if (c == '\n') {
                    lf++;
                }
            }
        }
        long seen = text.field(self, known.seennl);
        long old = seen != 0 && space.intType.check(seen) && space.intType.fitsLong(seen) ? space.intType.longValue(seen) : 0;
        long now = old | (lf > 0 ? 1 : 0) | (cr > 0 ? 2 : 0) | (crlf > 0 ? 4 : 0);
        if (now != old || seen == 0) {
            setField(space, text, self, known.seennl, now);
        }
        if (i < 0 || text.field(self, known.readtranslate) != space.trueObject) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c == '\r') {
                out.append('\n');
                if (k + 1 < n && s.charAt(k + 1) == '\n') {
                    k++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * io.py's {@code read(size)} for a file's text layer that {@link #javaChunks} allows: {@code size}
     * characters from the decoded chunks (decoding more in Java while short), or with a negative size
     * the rest of the stream read from the buffer at once and decoded. 0 when the layer is not such
     * a one (the library's method then). New reference.
     */
    private static long textRead(ObjectSpace space, Known known, TextIOType text, long self, long size) {
        if (!javaChunks(space, known, text, self)) {
            return 0;
        }
        if (size < 0) {
            long d = text.field(self, known.decoded);
            long length = space.strType.length(d);
            long pos = Math.max(0, Math.min(space.intType.longValue(text.field(self, known.dpos)), length));
            long restObj = space.strType.substring(d, pos, length);
            String rest = space.strType.value(restObj);
            space.decref(restObj);
            byte[] held = space.bytesType.value(text.field(self, known.held));
            long all = Abstract.callMethod(space, text.field(self, known.buffer), "read", new long[0]);
            byte[] more;
            try {
                more = space.bytesType.check(all) ? space.bytesType.value(all) : new byte[0];
            } finally {
                space.decref(all);
            }
            byte[] data = more;
            if (held.length > 0) {
                data = new byte[held.length + more.length];
                System.arraycopy(held, 0, data, 0, held.length);
                System.arraycopy(more, 0, data, held.length, more.length);
            }
            resetRead(space, known, text, self);
            if (data.length == 0) {
                return space.strType.runtime(rest);
            }
            long tail = decode(space, known, text, self, data);
            if (rest.isEmpty()) {
                return tail;
            }
            try {
                return space.strType.runtime(rest + space.strType.value(tail));
            } finally {
                space.decref(tail);
            }
        }
        StringBuilder parts = null;
        long need = size;
        while (need > 0) {
            long d = text.field(self, known.decoded);
            long pos = space.intType.longValue(text.field(self, known.dpos));
            long take = Math.min(need, space.strType.length(d) - pos);
            if (take > 0) {
                if (parts == null && take == need) {
                    setField(space, text, self, known.dpos, pos + take);
                    return space.strType.substring(d, pos, pos + take);
                }
                if (parts == null) {
                    parts = new StringBuilder();
                }
                long piece = space.strType.substring(d, pos, pos + take);
                parts.append(space.strType.value(piece));
                space.decref(piece);
                setField(space, text, self, known.dpos, pos + take);
                need -= take;
            }
            if (need > 0) {
                boolean more = readChunk(space, known, text, self, need);
                long now = text.field(self, known.decoded);
                if (!more && space.strType.length(now) == 0) {
                    break;
                }
            }
        }
        return space.strType.runtime(parts == null ? "" : parts.toString());
    }

    /**
     * Whether {@link #textTell}/{@link #textSeek} may run for {@code self}: a layer {@link #javaChunks}
     * allows, over a reader (not a BufferedRandom, whose flush gives its read-ahead back), with a
     * strict UTF-8, latin-1 or ASCII codec (no BOM to skip), positions on, and the buffer's read-ahead
     * in its usual fields. The descriptor of its raw file, or -1.
     */
    private static int positionFd(ObjectSpace space, Known known, TextIOType text, long self) {
        if (!javaChunks(space, known, text, self) || text.field(self, known.seekable) != space.trueObject
                || !space.strType.contentEquals(text.field(self, known.errors), "strict")) {
            return -1;
        }
        String encoding = space.strType.value(text.field(self, known.encoding)).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (decodeBytes(encoding, new byte[0]) == null) {
            return -1;
        }
        long buffer = text.field(self, known.buffer);
        if (known.writers.contains(space.typeOf(buffer))) {
            return -1;
        }
        long raw = Abstract.getAttr(space, buffer, "_raw");
        try {
            long fd = intAttr(space, raw, "_fd");
            return fd >= 0 && fd <= Integer.MAX_VALUE ? (int) fd : -1;
        } finally {
            space.decref(raw);
        }
    }

    /** The raw file's position ({@code lseek(fd, 0, SEEK_CUR)}), or -1 when the descriptor is not a file's. */
    private static long rawPosition(FdTable fds, int fd) {
        try {
            return fds.file(fd).position();
        } catch (FdTable.FdError | java.io.IOException e) {
            return -1;
        }
    }

    /**
     * io.py's {@code tell()} (textio.c's {@code _io_TextIOWrapper_tell_impl}) for a stateless codec,
     * where {@link #positionFd} allows: the buffer's position from its raw file's and its read-ahead,
     * then the cookie of the chunk's bytes as the library's {@code _cookie} finds it. 0 when the
     * case is another (the library's method then: telling disabled by iteration, a first chunk whose
     * tell() also recounts the newline kinds seen, bytes the codec would reject). New reference.
     */
    private static long textTell(ObjectSpace space, Known known, FdTable fds, TextIOType text, long self) {
        int fd = positionFd(space, known, text, self);
        if (fd < 0 || text.field(self, known.telling) != space.trueObject) {
            return 0;
        }
        long buffer = text.field(self, known.buffer);
        long rbuf = Abstract.getAttr(space, buffer, "_rbuf");
        long ahead;
        try {
            long rpos = intAttr(space, buffer, "_rpos");
            if (!space.bytesType.checkExact(rbuf) || rpos < 0) {
                return 0;
            }
            ahead = space.bytesType.length(rbuf) - rpos;
        } finally {
            space.decref(rbuf);
        }
        long raw = rawPosition(fds, fd);
        if (raw < 0) {
            return 0;
        }
        long position = raw - ahead;
        long d = text.field(self, known.decoded);
        long heldObj = text.field(self, known.held);
        long dLength = space.strType.length(d);
        long heldLength = space.bytesType.length(heldObj);
        if (dLength == 0 && heldLength == 0) {
            return space.newInt(position);
        }
        long snapObj = text.field(self, known.snap);
        long ratioObj = text.field(self, known.b2cratio);
        if (snapObj == 0 || !space.bytesType.checkExact(snapObj) || ratioObj == 0 || space.typeOf(ratioObj) != space.floatType) {
            return 0;
        }
        boolean chunkCr = text.field(self, known.chunkCr) == space.trueObject;
        byte[] snap = space.bytesType.value(snapObj);
        byte[] held = space.bytesType.value(heldObj);
        int from = chunkCr ? 1 : 0;
        byte[] data = new byte[snap.length + held.length - from];
        if (snap.length >= from) {
            System.arraycopy(snap, from, data, 0, snap.length - from);
            System.arraycopy(held, 0, data, snap.length - from, held.length);
        } else {
            System.arraycopy(held, from - snap.length, data, 0, held.length - (from - snap.length));
        }
        long used = space.intType.longValue(text.field(self, known.dpos));
        boolean universal = text.field(self, known.readuniversal) == space.trueObject;
        if (used > 0 && universal && position == data.length && !chunkCr) {
            // C's tell() resets its decoder to replay a chunk from the stream's start: the
            // newline kinds seen are then those of the bytes replayed (the library's path)
            return 0;
        }
        boolean utf8 = space.strType.contentEquals(text.field(self, known.kind), "utf-8");
        String encoding = space.strType.value(text.field(self, known.encoding)).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        Codec codec = new Codec(utf8, !utf8 && encoding.contains("ascii"), universal,
                text.field(self, known.readtranslate) == space.trueObject);
        java.math.BigInteger cookie = textCookie(data, position - data.length, chunkCr ? 1 : 0, used,
                space.floatType.value(ratioObj), codec);
        return cookie == null ? 0 : space.intType.newInt(cookie);
    }

    /** How the decoder under a text layer reads: UTF-8 or one byte a character (ASCII: only below 0x80), its newline modes. */
    private record Codec(boolean utf8, boolean ascii, boolean universal, boolean translate) {
    }

    /**
     * What the decoder the library's {@code tell()} replays a stateless codec's chunk through (its
     * {@code _ChunkDecoder}, under an {@code IncrementalNewlineDecoder} with universal newlines) makes
     * of {@code data[from:to]} from the state {@code pendingcr}, packed as
     * {@code characters << 3 | bytes held back << 1 | the '\r' it holds}; -1 when the strict codec
     * would reject the bytes (the library's path raises its error then).
     */
    private static long newlineDecode(byte[] data, int from, int to, int pendingcr, boolean fin, Codec codec) {
        int used = to;
        if (codec.utf8 && !fin) {
            used = utf8Complete(data, from, to);
        }
        long chars = 0;
        long crlf = 0;
        for (int i = from; i < used; ) {
            int c = data[i] & 0xFF;
            int width = 1;
            if (c >= 0x80) {
                if (codec.ascii) {
                    return -1;
                }
                if (codec.utf8) {
                    width = utf8Width(data, i, used);
                    if (width < 0) {
                        return -1;
                    }
                }
            } else if (c == '\r' && i + 1 < used && data[i + 1] == '\n') {
                crlf++;
            }
            chars++;
            i += width;
        }
        if (!codec.universal) {
            return chars << 3 | (long) (to - used) << 1;
        }
        boolean lastCr = used > from && data[used - 1] == '\r';
        if (pendingcr != 0 && (chars > 0 || fin)) {
            if (used > from && data[from] == '\n') {
                crlf++;
            }
            if (chars == 0) {
                lastCr = true;
            }
            chars++;
            pendingcr = 0;
        }
        if (lastCr && !fin) {
            chars--;
            pendingcr = 1;
        }
        long n = codec.translate ? chars - crlf : chars;
        return n << 3 | (long) (to - used) << 1 | pendingcr;
    }

    /** The length of the well-formed UTF-8 sequence at {@code data[i]} ending by {@code end}, or -1 (what the strict decoder rejects). */
    private static int utf8Width(byte[] data, int i, int end) {
        return utf8Width(data, i, end, false);
    }

    /**
     * The length of the UTF-8 sequence at {@code data[i]}, or -1 when the strict decoder rejects it;
     * with {@code truncated}, a sequence cut by {@code end} whose bytes so far are right counts whole.
     */
    private static int utf8Width(byte[] data, int i, int end, boolean truncated) {
        int c = data[i] & 0xFF;
        int width;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            width = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            width = 3;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            width = 4;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        int stop = i + width;
        if (stop > end) {
            if (!truncated) {
                return -1;
            }
            stop = end;
        }
        if (i + 1 < stop) {
            int second = data[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return -1;
            }
        }
        for (int k = i + 2; k < stop; k++) {
            if ((data[k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return width;
    }

    /**
     * io.py's {@code _cookie} for a stateless codec: the cookie of the chunk {@code data} read from
     * {@code start} in decoder state {@code flags}, {@code used} characters of it read. null when the
     * codec would reject the bytes. See the library's function for the steps.
     */
    private static java.math.BigInteger textCookie(byte[] data, long start, int flags, long used, double ratio, Codec codec) {
        if (used == 0) {
            return pack(start, flags, 0, 0, 0);
        }
        long skip = (long) (ratio * used);
        if (skip > data.length) {
            // a guess past the bytes (after a seek): the library's path, which reads on as C's does
            return null;
        }
        long back = 1;
        boolean found = false;
        // the guesses only go down from the first: the prefixes' counts found in one pass
        int[][] prefix = skip > 0 ? prefixCounts(data, (int) Math.min(skip, data.length), codec) : null;
        if (skip > 0 && prefix == null) {
            return null;
        }
        while (skip > 0) {
            long r = prefixDecode(data, prefix, (int) Math.min(skip, data.length), flags, codec);
            if (r < 0) {
                return null;
            }
            long n = r >>> 3;
            long held = r >> 1 & 3;
            if (n <= used) {
                if (held == 0) {
                    flags = (int) (r & 1);
                    used -= n;
                    found = true;
                    break;
                }
                skip -= held;
                back = 1;
            } else {
                skip -= back;
                back *= 2;
            }
        }
        if (!found) {
            skip = 0;
        }
        start += skip;
        if (used == 0) {
            return pack(start, flags, 0, 0, 0);
        }
        int cr = flags;
        int partFrom = 0;
        int partTo = 0;
        long decoded = 0;
        long fed = 0;
        int eof = 0;
        boolean broke = false;
        for (long i = skip; i < data.length; i++) {
            if (partTo == partFrom) {
                partFrom = (int) i;
            }
            partTo = (int) i + 1;
            long r = newlineDecode(data, partFrom, partTo, cr, false, codec);
            if (r < 0) {
                return null;
            }
            long held = r >> 1 & 3;
            cr = (int) (r & 1);
            partFrom = held != 0 ? partTo - (int) held : partTo;
            decoded += r >>> 3;
            fed++;
            if (partFrom == partTo && decoded <= used) {
                start += fed;
                used -= decoded;
                flags = cr;
                fed = 0;
                decoded = 0;
            }
            if (decoded >= used) {
                broke = true;
                break;
            }
        }
        if (!broke) {
            long r = newlineDecode(data, partFrom, partTo, cr, true, codec);
            if (r < 0) {
                return null;
            }
            decoded += r >>> 3;
            eof = 1;
            if (decoded < used) {
                throw new PyException("OSError", "can't reconstruct logical file position");
            }
        }
        return pack(start, flags, fed, used, eof);
    }

    /**
     * For each {@code i} up to {@code limit} where a character of {@code data} starts: the characters
     * before it and the '\r\n' pairs among them ({@code [0][i]}, {@code [1][i]}; -1 where no character
     * starts). null when the strict codec would reject a byte.
     */
    private static int[][] prefixCounts(byte[] data, int limit, Codec codec) {
        int[] chars = new int[limit + 1];
        int[] pairs = new int[limit + 1];
        java.util.Arrays.fill(chars, -1);
        int i = 0;
        int n = 0;
        int crlf = 0;
        while (i <= limit) {
            chars[i] = n;
            pairs[i] = crlf;
            if (i == limit) {
                break;
            }
            int c = data[i] & 0xFF;
            int width = 1;
            if (c >= 0x80) {
                if (codec.ascii) {
                    return null;
                }
                if (codec.utf8) {
                    width = utf8Width(data, i, Math.min(data.length, i + 4), true);
                    if (width < 0) {
                        return null;
                    }
                }
            } else if (c == '\n' && i > 0 && data[i - 1] == '\r') {
                crlf++;
            }
            n++;
            i += width;
        }
        return new int[][] {chars, pairs};
    }

    /** {@link #newlineDecode} of {@code data[0:k]} (not final) from the counts of {@link #prefixCounts}. */
    private static long prefixDecode(byte[] data, int[][] prefix, int k, int pendingcr, Codec codec) {
        int used = k;
        while (prefix[0][used] < 0) {
            used--;
        }
        long chars = prefix[0][used];
        long crlf = prefix[1][used];
        long held = k - used;
        if (!codec.universal) {
            return chars << 3 | held << 1;
        }
        boolean lastCr = used > 0 && data[used - 1] == '\r';
        if (pendingcr != 0 && chars > 0) {
            if (data[0] == '\n') {
                crlf++;
            }
            chars++;
            pendingcr = 0;
        }
        if (lastCr) {
            chars--;
            pendingcr = 1;
        }
        long n = codec.translate ? chars - crlf : chars;
        return n << 3 | held << 1 | pendingcr;
    }

    /** A text cookie: {@code start | flags << 64 | bytes << 96 | chars << 128 | eof << 160} (C's cookie struct). */
    private static java.math.BigInteger pack(long start, long flags, long fed, long chars, long eof) {
        java.math.BigInteger c = java.math.BigInteger.valueOf(start);
        if (flags != 0) {
            c = c.or(java.math.BigInteger.valueOf(flags).shiftLeft(64));
        }
        if (fed != 0) {
            c = c.or(java.math.BigInteger.valueOf(fed).shiftLeft(96));
        }
        if (chars != 0) {
            c = c.or(java.math.BigInteger.valueOf(chars).shiftLeft(128));
        }
        if (eof != 0) {
            c = c.or(java.math.BigInteger.valueOf(eof).shiftLeft(160));
        }
        return c;
    }

    /**
     * io.py's {@code seek(cookie)} (whence 0) for a stateless codec, where {@link #positionFd} allows:
     * the buffer moved to the cookie's start (its read-ahead kept when the start lies within it, as
     * {@code _io__Buffered_seek_impl} keeps it), the read state reset, a held '\r' restored from the
     * cookie's flags, and with characters to skip a chunk decoded and that many of it read. 0 when
     * the case is another (the library's method then, which raises CPython's errors). New reference.
     */
    private static long textSeek(ObjectSpace space, Known known, FdTable fds, TextIOType text, long self, long cookieObj) {
        java.math.BigInteger cookie = space.intType.bigValue(cookieObj);
        if (cookie.signum() < 0 || cookie.bitLength() > 192) {
            return 0;
        }
        int fd = positionFd(space, known, text, self);
        if (fd < 0) {
            return 0;
        }
        long start = cookie.longValue();
        long flags = cookie.shiftRight(64).longValue() & 0xFFFFFFFFL;
        long fed = cookie.shiftRight(96).longValue() & 0xFFFFFFFFL;
        long skip = cookie.shiftRight(128).longValue() & 0xFFFFFFFFL;
        boolean eof = (cookie.shiftRight(160).longValue() & 0xFF) != 0;
        if (start < 0) {
            return 0;
        }
        long buffer = text.field(self, known.buffer);
        long rbuf = Abstract.getAttr(space, buffer, "_rbuf");
        try {
            long rpos = intAttr(space, buffer, "_rpos");
            if (!space.bytesType.checkExact(rbuf) || rpos < 0) {
                return 0;
            }
            long raw = rawPosition(fds, fd);
            if (raw < 0) {
                return 0;
            }
            // text flush: positions on again; the reader's flush has nothing to do
            text.setField(self, known.telling, space.trueObject);
            long length = space.bytesType.length(rbuf);
            long first = raw - length;
            if (length > 0 && start >= first && start <= raw) {
                setInt(space, buffer, "_rpos", start - first);
            } else {
                try {
                    fds.file(fd).position(start);
                } catch (FdTable.FdError | java.io.IOException e) {
                    return 0;
                }
                long empty = space.bytesType.of(new byte[0]);
                try {
                    Abstract.setAttr(space, buffer, "_rbuf", empty);
                } finally {
                    space.decref(empty);
                }
                setInt(space, buffer, "_rpos", 0);
            }
        } finally {
            space.decref(rbuf);
        }
        resetRead(space, known, text, self);
        if (start == 0 && flags == 0) {
            setField(space, text, self, known.seennl, 0);
        }
        if ((flags & 1) != 0 && text.field(self, known.readuniversal) == space.trueObject) {
            setBytes(space, text, self, known.held, new byte[] {'\r'});
            setBool(space, text, self, known.chunkCr, true);
        }
        if (skip != 0) {
            // as C's seek: only the bytes to feed are read, and decoded with the end signalled if the cookie says
            long ask = space.newInt(fed);
            long got;
            try {
                got = Abstract.callMethod(space, text.field(self, known.buffer), "read", new long[] {ask});
            } finally {
                space.decref(ask);
            }
            try {
                feed(space, known, text, self, space.bytesType.check(got) ? space.bytesType.value(got) : new byte[0], eof);
            } finally {
                space.decref(got);
            }
            long n = space.strType.length(text.field(self, known.decoded));
            if (n < skip) {
                throw new PyException("OSError", "can't restore logical file position");
            }
            setField(space, text, self, known.dpos, skip);
        }
        setBool(space, text, self, known.encoderStarted, start != 0 || flags != 0);
        return space.newRef(cookieObj);
    }

    /** io.py's {@code _reset_read}. */
    private static void resetRead(ObjectSpace space, Known known, TextIOType text, long self) {
        long empty = space.strType.runtime("");
        text.setField(self, known.decoded, empty);
        space.decref(empty);
        setField(space, text, self, known.dpos, 0);
        setBytes(space, text, self, known.snap, new byte[0]);
        setBytes(space, text, self, known.held, new byte[0]);
        setBool(space, text, self, known.chunkCr, false);
        text.setField(self, known.snapshot, space.none);
    }

    private static void setBool(ObjectSpace space, TextIOType text, long self, long name, boolean value) {
        text.setField(self, name, value ? space.trueObject : space.falseObject);
    }

    private static void setBytes(ObjectSpace space, TextIOType text, long self, long name, byte[] value) {
        long b = space.bytesType.of(value);
        try {
            text.setField(self, name, b);
        } finally {
            space.decref(b);
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
