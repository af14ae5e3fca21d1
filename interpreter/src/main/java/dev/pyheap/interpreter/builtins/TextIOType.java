package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.GetSetDescrType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * {@code _io.TextIOWrapper} (Modules/_io/textio.c), the one text stream type: {@code type(sys.stdout)
 * is io.TextIOWrapper}, and {@code open()} and programs make instances of it over any buffer.
 * An instance is one of two kinds, told by its index field:
 * <pre>
 *   index >= 0   a standard stream of the runtime: the Java paths below (a Stream of this type's list)
 *   index == -1  a text layer over a buffer: the library's methods (io.py's text layer, handed over
 *                by _io._text_layer), with their state in the FIELDS dict (what textio.c keeps in its
 *                struct) and the program's attributes in the instance's __dict__
 * </pre>
 * Each method the type defines runs the stream's Java path or the library's method by that kind;
 * what only the library defines is in the type's namespace, and the library's bases
 * ({@code _TextIOBase}, {@code _IOBase}) are the type's, as in CPython's MRO.
 *
 * <p>The standard streams, {@code sys.stdout} and {@code sys.stderr} as the program sees them: text streams with
 * {@code write} and {@code flush} (Modules/_io/textio.c's {@code TextIOWrapper}, reduced to what
 * programs call), writing to the runner's Java streams, with the descriptive attributes CPython's
 * give when the output is not a terminal: {@code name} ({@code <stdout>}), {@code mode} ({@code w}),
 * {@code encoding} ({@code utf-8}), {@code errors} ({@code surrogateescape}, as in the C.UTF-8 locale; {@code backslashreplace} for
 * stderr; {@code reconfigure} changes both: text the Java writer cannot carry, another codec's or lone
 * surrogates, is encoded by the codec and written as bytes), {@code fileno()}, {@code isatty()} (what the runner says its streams are),
 * {@code readable()}/{@code writable()}/{@code seekable()}, {@code closed}, {@code line_buffering},
 * {@code write_through}.
 *
 * <h2>The pending data ({@code pending_bytes})</h2>
 * What a write leaves in the heap is CPython's: {@code _io_TextIOWrapper_write_impl} does not hand
 * each text to the buffer but keeps it pending, so that programs measuring {@code gc.get_count()}
 * or {@code sys.getrefcount(s)} around a {@code print} see what they see under CPython:
 * <pre>
 *   b = the str itself (ASCII, at most CHUNK_SIZE long: one more reference to it)
 *       | the UTF-8 bytes of it (a new bytes object)
 *   pending == 0                      -> pending = b
 *   count + len(b) > CHUNK_SIZE       -> flush; pending = b
 *   pending is not a list             -> pending = [pending, b]   (a new list: +1 in gen 0 unless the
 *                                                                   list free list has one)
 *   else                              -> pending.append(b)
 *   count += len(b); flush when count >= CHUNK_SIZE, or a line-buffered stream wrote '\n' or '\r',
 *   or the stream writes through
 *   flush: pending dropped (the list back to its free list), count = 0
 * </pre>
 * The three buffering modes are CPython's: stdout to a pipe or file is block-buffered (the pending
 * list lives on between prints); stdout to a terminal and stderr are line-buffered; {@code -u} ({@code PYTHONUNBUFFERED})
 * writes through. The characters themselves go to the Java stream at once (it buffers on its own),
 * so only the heap objects model the pending data.
 * <pre>   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 the index of its Java stream (-1: a library text layer)
 *   +24 pending (owned: 0, str, bytes or list)  +32 pending_bytes_count  +40 buffer  +48 __dict__
 *   +56 weakref list  +64 the library's fields (a dict)  ... to 192, CPython's basic size</pre>
 */
final class TextIOType extends PyType {
    /** How a stream starts handing its pending data on (textio.c's {@code line_buffering} and {@code write_through}). */
    enum Buffering {
        /** Block-buffered: a pipe or a file (stdout when not a terminal). */
        BLOCK,
        /** Line-buffered: a terminal, and stderr always. */
        LINE,
        /** Every write handed on ({@code -u}, {@code PYTHONUNBUFFERED}). */
        WRITE_THROUGH
    }

    /**
     * A stream object's descriptor in its interpreter's table (looked up when text is handed on: dup2
     * redirects it) and, when it {@code holds}, the text of its pending data: handed to the descriptor
     * only when the pending data is flushed, as CPython's buffer reaches the descriptor, so that what
     * goes to the descriptor directly ({@code os.write}, a child process) comes first.
     */
    static final class Stream {
        final FdTable fds;
        final int fd;
        /** textio.c's two flags, set from the mode the stream starts in; {@code reconfigure} changes each on its own. */
        volatile boolean lineBuffering, writeThrough;
        /** The codec, as {@code reconfigure} was given it, and whether it is UTF-8 (the Java streams' own). */
        volatile String encoding = "utf-8", errors;
        volatile boolean utf8 = true;
        final boolean holds;
        final boolean terminal;
        final StringBuilder held = new StringBuilder();
        /** What {@code buffer.write} left in the binary buffer under the text, when the stream holds. */
        final java.io.ByteArrayOutputStream heldBytes = new java.io.ByteArrayOutputStream();
        /** The read-ahead a reading stream (descriptor 0) takes its text from; null for the writers. */
        final StdinBuffer input;
        /** The binary buffer under {@link #input} ({@code buffer}'s); null for the writers. */
        final StdinBuffer binary;
        boolean closed;

        Stream(FdTable fds, int fd, Buffering buffering, boolean holds, boolean terminal, StdinBuffer binary) {
            this.fds = fds;
            this.fd = fd;
            this.lineBuffering = buffering == Buffering.LINE;
            // CPython's in the C.UTF-8 locale
            this.errors = fd == 2 ? "backslashreplace" : "surrogateescape";
            this.writeThrough = buffering == Buffering.WRITE_THROUGH;
            this.holds = holds;
            this.terminal = terminal;
            this.binary = binary;
            this.input = binary == null ? null : StdinBuffer.over(binary);
        }

        String name() {
            return switch (fd) {
                case 0 -> "<stdin>";
                case 1 -> "<stdout>";
                default -> "<stderr>";
            };
        }

        /** The binary buffer's bytes to the descriptor (its own flush: the text layer's pending text stays). */
        synchronized void handOnBytes() {
            if (heldBytes.size() > 0) {
                byte[] data = heldBytes.toByteArray();
                heldBytes.reset();
                try {
                    fds.write(fd, data);
                } catch (java.io.IOException | FdTable.FdError e) {
                    // the descriptor was closed under the stream: CPython's flush at exit is silent too
                }
            }
        }

        int fd() {
            return fd;
        }

        /** What the stream holds dropped, as a process that ends without flushing loses its buffers. */
        synchronized void drop() {
            heldBytes.reset();
            held.setLength(0);
        }

        /** The held text to the descriptor, and the Java stream behind it flushed. */
        synchronized void handOn() {
            handOnBytes();
            if (!held.isEmpty()) {
                fds.printText(fd, held.toString());
                held.setLength(0);
            }
            fds.flush(fd);
        }
    }

    /** {@code _PyIO_DEFAULT_BUFFER_SIZE}, the wrapper's {@code chunk_size}. */
    static final int CHUNK_SIZE = 8192;
    /** The layout's size is CPython's {@code sizeof(textio)}, so that {@code sys.getsizeof} agrees (208 with the GC header). */
    private static final int INDEX = 16, PENDING = 24, PENDING_COUNT = 32, BUFFER = 40, DICT = 48, WEAKLIST = 56, FIELDS = 64, SIZE = 192;

    /**
     * The text layer over any buffer, as the library writes it (io.py's class body, {@link #adoptLibrary}):
     * the functions and properties the type's methods run for an instance that is not a standard stream,
     * by name. Owned references.
     */
    private final java.util.Map<String, Long> library = new java.util.HashMap<>();
    /**
     * The names put into this type's namespace for the library's text layer ({@link #adoptLibrary},
     * {@link #putAdopted}): taken out again when the interpreter closes ({@link #releaseLibrary}).
     */
    private final List<String> adopted = new ArrayList<>();
    /** The names of the library's fields ({@code _fields}: kept in the instance's FIELDS dict, not its {@code __dict__}), as a dict's keys; 0 before the library. */
    private long fieldNames;
    /** Java paths for a file's methods, tried before the library's (the {@code _io} module's line reading). */
    final java.util.Map<String, dev.pyheap.runtime.objects.PyMethod> fileFast = new java.util.HashMap<>();
    /** Raises CPython's LookupError unless the name is a text codec (the codecs module is Python: the module table knows it). */
    java.util.function.Consumer<String> textCodec = encoding -> {
    };
    /** Imports the library (io.py), which hands its text layer over ({@link #adoptLibrary}). */
    Runnable loadLibrary = () -> {
    };

    private final List<Stream> streams = new ArrayList<>();

    /** Makes {@code io.UnsupportedOperation(message)} to raise (the io module is Python: the module table knows it). */
    java.util.function.Function<String, PyException> unsupported = m -> new PyException("OSError", m);
    /** Makes the {@code io.FileIO} under a stream's buffer (io is Python: the module table knows it). */
    interface RawFile {
        /** {@code io.FileIO(fd, mode, closefd=False)} named {@code name}. New reference. */
        long make(int fd, String name, String mode);
    }

    RawFile rawFile = (fd, name, mode) -> {
        throw new PyException("AttributeError", "'_io.BufferedWriter' object has no attribute 'raw'");
    };
    /** The type of the streams' {@code buffer} objects. */
    private final BufferedType readerType, writerType;

    TextIOType(ObjectSpace space) {
        super(space, "_io.TextIOWrapper", null, HAVE_GC | BASETYPE, SIZE, 0);
        readerType = space.register(new BufferedType(space, this, true));
        writerType = space.register(new BufferedType(space, this, false));
        defineBoth("write", (self, args) -> {
            Args.range("write", args, 1, 1);
            long s = args[0];
            if (!space.strType.check(s)) {
                throw new PyException("TypeError", "write() argument must be str, not " + space.typeOf(s).name);
            }
            return space.newInt(write(self, s));
        });
        defineBoth("writelines", (self, args) -> {
            // IOBase.writelines: self.write(line) for each line (a subclass's write included)
            Args.range("writelines", args, 1, 1);
            checkOpen(entry(self));
            long it = Abstract.getIter(space, args[0]);
            try {
                for (long line = Abstract.iterNext(space, it); line != 0; line = Abstract.iterNext(space, it)) {
                    try {
                        space.decref(Abstract.callMethod(space, self, "write", new long[] {line}));
                    } finally {
                        space.decref(line);
                    }
                }
            } finally {
                space.decref(it);
            }
            return space.newNone();
        });
        defineBoth("flush", (self, args) -> {
            Args.none("flush", args);
            checkOpen(entry(self));
            writeFlush(self);
            flushJava(self);
            return space.newNone();
        });
        defineBoth("close", (self, args) -> {
            Args.none("close", args);
            Stream s = entry(self);
            if (!s.closed) {
                writeFlush(self);
                flushJava(self);
                s.closed = true;
            }
            return space.newNone();
        });
        defineMethod("reconfigure", (dev.pyheap.runtime.objects.PyMethod.WithKeywords) (self, a) -> {
            if (!isStream(self)) {
                return pyCall("reconfigure", self, a);
            }
            // textio.c's reconfigure for what these streams can change: the buffering; the codec
            // and newline mode only to what they are
            if (a.nargs > 0) {
                throw new PyException("TypeError", "reconfigure() takes no positional arguments");
            }
            a.keywords("encoding", "errors", "newline", "line_buffering", "write_through");
            Stream s = entry(self);
            long encoding = a.keyword("encoding");
            long errors = a.keyword("errors");
            String newEncoding = null, newErrors = null;
            if (encoding != 0 && encoding != space.none) {
                newEncoding = textArgument(encoding, "encoding");
                newErrors = "strict";
            }
            if (errors != 0 && errors != space.none) {
                newErrors = textArgument(errors, "errors");
            }
            if (newEncoding != null || newErrors != null) {
                if (s.input != null) {
                    throw unsupported.apply("It is not possible to set the encoding or newline of stream after the first read");
                }
                String codec = newEncoding != null ? newEncoding : s.encoding;
                textCodec.accept(codec);
                writeFlush(self);
                flushJava(self);
                String normal = codec.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                s.encoding = codec;
                s.errors = newErrors;
                s.utf8 = normal.equals("utf-8") || normal.equals("utf8");
            }
            long lineBuffering = a.keyword("line_buffering");
            long writeThrough = a.keyword("write_through");
            if (s.input == null) {
                writeFlush(self);
                flushJava(self);
            }
            if (lineBuffering != 0 && lineBuffering != space.none) {
                s.lineBuffering = Abstract.isTrue(space, lineBuffering);
            }
            if (writeThrough != 0 && writeThrough != space.none) {
                s.writeThrough = Abstract.isTrue(space, writeThrough);
            }
            return space.newNone();
        });
        defineBoth("fileno", (self, args) -> {
            Args.none("fileno", args);
            checkRawOpen(entry(self));
            return space.newInt(fd(self));
        });
        defineBoth("isatty", (self, args) -> {
            Args.none("isatty", args);
            checkRawOpen(entry(self));
            return space.newBool(entry(self).terminal);
        });
        defineBoth("readable", (self, args) -> {
            Args.none("readable", args);
            checkOpen(entry(self));
            return space.newBool(entry(self).input != null);
        });
        defineBoth("writable", (self, args) -> {
            Args.none("writable", args);
            checkOpen(entry(self));
            return space.newBool(entry(self).input == null);
        });
        defineBoth("seekable", (self, args) -> {
            Args.none("seekable", args);
            checkOpen(entry(self));
            return space.newBool(false);
        });
        defineBoth("read", (self, args) -> {
            Args.range("read", args, 0, 1);
            long n = size(args);
            return decode(readable(self).readChars(n));
        });
        defineBoth("readline", (self, args) -> {
            Args.range("readline", args, 0, 1);
            // the text layer's readline takes an int only (Py_ssize_t): None is a TypeError here
            long n = args.length == 0 ? -1 : Abstract.index(space, args[0]);
            StdinBuffer in = readable(self);
            if (n < 0) {
                return decode(in.readLine(-1));
            }
            // a limit counts characters: the line's bytes taken one character at a time
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            for (long i = 0; i < n; i++) {
                byte[] c = in.readChars(1);
                line.writeBytes(c);
                if (c.length == 0 || c[0] == '\n') {
                    break;
                }
            }
            return decode(line.toByteArray());
        });
        defineBoth("readlines", (self, args) -> {
            Args.range("readlines", args, 0, 1);
            long hint = size(args);
            StdinBuffer in = readable(self);
            long list = space.listType.create();
            long total = 0;
            while (true) {
                byte[] line = in.readLine(-1);
                if (line.length == 0) {
                    break;
                }
                long s = decode(line);
                total += space.strType.value(s).codePointCount(0, space.strType.value(s).length());
                space.listType.append(list, s);
                space.decref(s);
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return list;
        });
    }

    /** A method whose standard-stream path is {@code stream}; a file runs the Java path of {@link #fileFast}, or the library's. */
    private void defineBoth(String name, dev.pyheap.runtime.objects.PyMethod stream) {
        defineMethod(name, (self, args) -> {
            if (isStream(self)) {
                return stream.call(self, args);
            }
            dev.pyheap.runtime.objects.PyMethod fast = fileFast.get(name);
            return fast != null ? fast.call(self, args) : py(name, self, args);
        });
    }

    /** Whether {@code o} is one of the runtime's standard streams (not a text layer the library runs). */
    boolean isStream(long o) {
        return memory.getLong(o + INDEX) >= 0;
    }

    /** The library's attribute {@code name} (borrowed). */
    private long library(String name) {
        Long f = library.get(name);
        if (f == null) {
            throw new PyException("AttributeError", "'_io.TextIOWrapper' object has no attribute '" + name + "'");
        }
        return f;
    }

    /** The library's method {@code name} called on {@code self} with {@code args}. New reference. */
    long py(String name, long self, long[] args) {
        long[] a = new long[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return Abstract.call(space, library(name), a);
    }

    /** The library's method {@code name} called with a call's positionals and keywords as they are. New reference. */
    private long pyCall(String name, long self, dev.pyheap.runtime.objects.CallArguments a) {
        long tuple = a.tuple();
        long kwargs = a.kwargsDict();
        try {
            return Abstract.callPrepend(space, library(name), self, tuple, kwargs);
        } finally {
            space.decref(tuple);
            space.xdecref(kwargs);
        }
    }

    /** The library's property {@code name} read on {@code o}. New reference. */
    private long pyGet(String name, long o) {
        return Abstract.callMethod(space, library(name), "__get__", new long[] {o, typeObject()});
    }

    /**
     * {@code _io._text_layer(cls)}: takes the library's text layer (the class {@code cls} and its
     * bases but object) as what this type runs for a file: {@code cls}'s base becomes this type's,
     * every attribute of {@code cls} the type does not define itself goes into its namespace, and
     * those it does define (the standard streams' Java methods) call the library's when the instance
     * is not a standard stream. The library calls it once.
     */
    void adoptLibrary(long cls) {
        if (!library.isEmpty()) {
            throw new PyException("RuntimeError", "the text layer was already given");
        }
        java.util.Set<String> skipped = java.util.Set.of("__module__", "__qualname__", "__dict__", "__weakref__", "__doc__",
                "__slots__", "__init_subclass__", "__subclasshook__", "__class__", "__new__");
        PyType given = space.typeType.described(cls);
        for (PyType t : given.mro()) {
            if (t == space.objectType) {
                continue;
            }
            long keys = space.listType.fromKeys(t.dict());
            try {
                for (long i = 0, n = space.listType.size(keys); i < n; i++) {
                    long key = space.listType.item(keys, i);
                    String name = space.strType.value(key);
                    if (skipped.contains(name) || library.containsKey(name)) {
                        continue;
                    }
                    long value = space.dictType.get(t.dict(), key);
                    library.put(name, space.newRef(value));
                    if (t == given && space.dictType.get(dict(), key) == 0) {
                        space.dictType.setItem(dict(), key, value);
                        adopted.add(name);
                    }
                }
            } finally {
                space.decref(keys);
            }
        }
        // the library's bases (_TextIOBase, _IOBase) become this type's, as in CPython's MRO
        setPythonBase(given.bases()[0]);
        long key = space.strType.literalName("_fields");
        long names = space.dictType.get(given.dict(), key);
        space.decref(key);
        if (names != 0) {
            fieldNames = space.dictType.create();
            long it = Abstract.getIter(space, names);
            try {
                for (long n = Abstract.iterNext(space, it); n != 0; n = Abstract.iterNext(space, it)) {
                    space.dictType.setItem(fieldNames, n, space.none);
                    space.decref(n);
                }
            } finally {
                space.decref(it);
            }
        }
        modified();
        space.classVersion++;
    }

    /** {@code name} (borrowed) set to {@code value} (borrowed) in this type's namespace until the interpreter closes. */
    void putAdopted(long name, long value) {
        space.dictType.setItem(dict(), name, value);
        String text = space.strType.value(name);
        if (!adopted.contains(text)) {
            adopted.add(text);
        }
        modified();
        space.classVersion++;
    }

    /**
     * What the type holds for the library outside any object (the library's functions and
     * properties by name, the field names' dict, which holds only str keys and None, so no
     * collector list has it): roots of the interpreter, as a module state's are.
     */
    void forEachHeld(LongConsumer visitor) {
        library.values().forEach(visitor::accept);
        if (fieldNames != 0) {
            visitor.accept(fieldNames);
        }
    }

    /**
     * The end of the interpreter that loaded the library: this type and its buffers' types (static
     * types, which outlive it) give the library back, as {@code _PyStaticType_Dealloc} clears a
     * static type: the adopted names leave the namespace, the bases are object again, the held
     * references are released and the Java paths forgotten. Without it the namespace's functions
     * would keep their module's globals, and through them every module the library imported, alive
     * after the interpreter's end. A file's text layer that dies later finds no library method
     * ({@link #finalize} then does nothing).
     */
    void releaseLibrary() {
        fileFast.clear();
        fileNext = null;
        for (String name : adopted) {
            long key = space.strType.runtime(name);
            try {
                if (space.dictType.get(dict(), key) != 0) {
                    space.dictType.delItem(dict(), key);
                }
            } finally {
                space.decref(key);
            }
        }
        adopted.clear();
        clearPythonBase();
        readerType.clearBase();
        writerType.clearBase();
        List<Long> owned = new ArrayList<>(library.values());
        library.clear();
        if (fieldNames != 0) {
            owned.add(fieldNames);
            fieldNames = 0;
        }
        owned.forEach(space::decref);
        modified();
        space.classVersion++;
    }

    /**
     * The library's field {@code name} of a file's text layer (an instance of this very type), read
     * from its FIELDS dict without the attribute protocol: no descriptor of the type stands for a
     * field. Borrowed, or 0.
     */
    long field(long o, long name) {
        long d = memory.getLong(o + FIELDS);
        return d == 0 ? 0 : space.dictType.get(d, name);
    }

    /** Stores the library's field {@code name} of a file's text layer (the dict takes its own reference). */
    void setField(long o, long name, long value) {
        setInOwnDict(o, FIELDS, name, value);
    }

    /** Where {@code o} keeps attribute {@code name}: FIELDS for the library's fields, else DICT. */
    private int home(long name) {
        return fieldNames != 0 && space.dictType.get(fieldNames, name) != 0 ? FIELDS : DICT;
    }

    /** {@code TextIOWrapper(buffer, ...)}: a text layer the library runs (its {@code __init__} fills it). */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (library.isEmpty()) {
            loadLibrary.run();
        }
        long o = space.newGcObject(this, SIZE, 0);
        memory.fill(o + dev.pyheap.runtime.objects.Layout.OBJECT_HEAD, SIZE - dev.pyheap.runtime.objects.Layout.OBJECT_HEAD, (byte) 0);
        memory.putLong(o + INDEX, -1);
        space.track(o);
        return subtype == this ? o : subtype.adopt(o);
    }

    @Override
    public void tpInit(long self, long args, long kwargs) {
        if (!isStream(self)) {
            space.decref(Abstract.callPrepend(space, library("__init__"), self, args, kwargs));
        }
    }

    @Override
    public long dictOffset() {
        return DICT;
    }

    /** {@code _PyObject_LookupAttr}: an AttributeError of the library's properties (a buffer without a name) is absence. */
    @Override
    public long lookupAttr(long o, long name) {
        try {
            return super.lookupAttr(o, name);
        } catch (PyException e) {
            if (!e.pythonType().equals("AttributeError")) {
                throw e;
            }
            e.release();
            return 0;
        }
    }

    @Override
    public int weaklistOffset() {
        return WEAKLIST;
    }

    @Override
    protected long instanceAttr(long o, long name) {
        long d = memory.getLong(o + home(name));
        return d == 0 ? 0 : space.dictType.get(d, name);
    }

    @Override
    protected boolean setInstanceAttr(long o, long name, long value) {
        setInOwnDict(o, home(name), name, value);
        return true;
    }

    /** {@code iobase_finalize}: a file's text layer is closed (through the library's {@code __del__}) when it dies open. */
    @Override
    public boolean hasFinalizer() {
        return true;
    }

    @Override
    public void finalize(long o) {
        if (!isStream(o) && library.containsKey("__del__")) {
            space.decref(py("__del__", o, new long[0]));
        }
    }

    @Override
    public void clear(long o) {
        for (int field : new int[] {DICT, FIELDS}) {
            long d = memory.getLong(o + field);
            if (d != 0) {
                memory.putLong(o + field, 0);
                space.decref(d);
            }
        }
    }

    /** A size argument: an int, or None or nothing for -1 ({@code _Py_convert_optional_to_ssize_t}). */
    long size(long[] args) {
        if (args.length == 0 || args[0] == space.none) {
            return -1;
        }
        try {
            return Abstract.index(space, args[0]);
        } catch (PyException e) {
            if (!e.pythonType().equals("TypeError")) {
                throw e;
            }
            e.release();
            throw new PyException("TypeError", "argument should be integer or None, not '" + space.typeOf(args[0]).name + "'");
        }
    }

    /** The input of a stream that reads, after the checks CPython makes: open, then readable. */
    private StdinBuffer readable(long self) {
        Stream s = entry(self);
        checkOpen(s);
        if (s.input == null) {
            throw unsupported.apply("not readable");
        }
        return s.input;
    }

    /** Text read from the input: UTF-8 with surrogateescape, as CPython's stdin in a UTF-8 locale. New reference. */
    long decode(byte[] data) {
        if (data.length == 0) {
            return space.strType.runtime("");
        }
        long b = space.bytesType.of(data);
        long encoding = space.strType.runtime("utf-8");
        long errors = space.strType.runtime("surrogateescape");
        try {
            return Abstract.callMethod(space, b, "decode", new long[] {encoding, errors});
        } finally {
            space.decref(b);
            space.decref(encoding);
            space.decref(errors);
        }
    }

    /** {@code CHECK_ATTACHED}/{@code CHECK_CLOSED}: the text layer's message. */
    static void checkOpen(Stream s) {
        if (s.closed) {
            throw new PyException("ValueError", "I/O operation on closed file.");
        }
    }

    /** What the raw file says when closed ({@code fileno}, {@code isatty}). */
    static void checkRawOpen(Stream s) {
        if (s.closed) {
            throw new PyException("ValueError", "I/O operation on closed file");
        }
    }

    @Override
    protected void fillDict() {
        GetSetDescrType gs = space.getSetDescrType;
        getter("name", o -> space.strType.runtime(entry(o).name()));
        getter("encoding", o -> space.strType.runtime(entry(o).encoding));
        getter("errors", o -> space.strType.runtime(entry(o).errors));
        getter("closed", o -> space.newBool(entry(o).closed));
        getter("newlines", o -> space.newNone());
        getter("buffer", o -> {
            if (library.isEmpty()) {
                // CPython's io is loaded at start-up: the buffer's type has its library base (_BufferedIOBase) by the time a program sees it
                loadLibrary.run();
            }
            return space.newRef(memory.getLong(o + BUFFER));
        });
        getter("line_buffering", o -> space.newBool(entry(o).lineBuffering));
        getter("write_through", o -> space.newBool(entry(o).writeThrough));
        putInDict("__dict__", gs.create(this, "__dict__", o -> space.newRef(ownDict(o, DICT)), (o, v) -> setOwnDict(o, DICT, v)));
    }

    /** A read-only attribute: {@code stream}'s value for a standard stream, the library's property for a file. */
    private void getter(String name, GetSetDescrType.Getter stream) {
        putInDict(name, space.getSetDescrType.create(this, name, o -> isStream(o) ? stream.get(o) : pyGet(name, o), null));
    }

    /**
     * A new stream object on file descriptor {@code fd} of {@code fds}: one that reads {@code input}
     * (descriptor 0's binary buffer, under a text read-ahead of its own), or, when that is null, one that writes; with {@code holds} its
     * text reaches the descriptor when its pending data is flushed (the program runner's streams),
     * otherwise at each write. Its {@code buffer} object is made with it. New reference.
     */
    long create(FdTable fds, int fd, Buffering buffering, boolean holds, boolean terminal, StdinBuffer input) {
        streams.add(new Stream(fds, fd, buffering, holds, terminal, input));
        // the reader of descriptor 0 has its text layer over input (see Stream)
        long o = space.newGcObject(this, SIZE, 0);
        memory.fill(o + dev.pyheap.runtime.objects.Layout.OBJECT_HEAD, SIZE - dev.pyheap.runtime.objects.Layout.OBJECT_HEAD, (byte) 0);
        memory.putLong(o + INDEX, streams.size() - 1);
        memory.putLong(o + BUFFER, (input != null ? readerType : writerType).create(streams.size() - 1));
        // create_stdio sets the mode as an attribute of the stream, as open() does of a file
        long mode = space.strType.runtime(input != null ? "r" : "w");
        long key = space.strType.literalName("mode");
        setInOwnDict(o, DICT, key, mode);
        space.decref(key);
        space.decref(mode);
        space.track(o);
        return o;
    }

    /** {@code _BufferedIOBase} of the library as the base of the standard streams' buffer types ({@link BufferedType#adoptBase}). */
    void bufferBase(PyType base) {
        readerType.adoptBase(base);
        writerType.adoptBase(base);
    }

    /** The stream behind index {@code i} (a buffer object's). */
    Stream stream(int i) {
        return streams.get(i);
    }

    /**
     * {@code _io_TextIOWrapper_write_impl}: {@code text} (a str, borrowed) goes to the Java stream and
     * is kept pending as the class comment shows. Returns the number of code points written.
     */
    long write(long self, long text) {
        String value = space.strType.value(text);
        Stream stream = entry(self);
        checkOpen(stream);
        if (stream.input != null) {
            throw unsupported.apply("not writable");
        }
        boolean ascii = space.strType.isAscii(text);
        boolean encodedHere = !stream.utf8 || !ascii && hasSurrogate(value);
        long b;
        long length;
        if (encodedHere) {
            // the stream's codec, or surrogates for its error handler: bytes the Java writer cannot make,
            // handed on at once after what the stream holds
            long[] codecArgs = {space.strType.runtime(stream.encoding), space.strType.runtime(stream.errors)};
            try {
                b = Abstract.callMethod(space, text, "encode", codecArgs);
            } finally {
                space.decref(codecArgs[0]);
                space.decref(codecArgs[1]);
            }
            byte[] encoded = space.bytesType.value(b);
            length = encoded.length;
            stream.handOn();
            try {
                stream.fds.write(stream.fd, encoded);
            } catch (java.io.IOException | FdTable.FdError e) {
                // a closed descriptor loses the text, as printText does
            }
        } else {
            if (!stream.holds) {
                stream.fds.printText(stream.fd, value);
            }
            if (ascii && value.length() <= CHUNK_SIZE) {
                b = space.newRef(text);
                length = value.length();
            } else {
                byte[] encoded = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                b = space.bytesType.of(encoded);
                length = encoded.length;
            }
        }
        long pending = memory.getLong(self + PENDING);
        if (pending == 0) {
            memory.putLong(self + PENDING_COUNT, 0);
            memory.putLong(self + PENDING, b);
        } else if (memory.getLong(self + PENDING_COUNT) + length > CHUNK_SIZE) {
            writeFlush(self);
            memory.putLong(self + PENDING, b);
        } else if (!space.listType.checkExact(pending)) {
            long list = space.listType.create(pending, b);
            space.decref(pending);
            space.decref(b);
            memory.putLong(self + PENDING, list);
        } else {
            space.listType.append(pending, b);
            space.decref(b);
        }
        if (stream.holds && !encodedHere) {
            synchronized (stream) {
                stream.held.append(value);
            }
        }
        long count = memory.getLong(self + PENDING_COUNT) + length;
        memory.putLong(self + PENDING_COUNT, count);
        boolean needFlush = stream.lineBuffering && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0);
        if (count >= CHUNK_SIZE || needFlush || stream.writeThrough) {
            writeFlush(self);
        }
        return value.codePointCount(0, value.length());
    }

    /** Whether {@code value} has a lone surrogate (a pair is one astral character). */
    private static boolean hasSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A codec name or error handler given to {@code reconfigure}: a str. */
    private String textArgument(long value, String name) {
        if (!space.strType.check(value)) {
            throw new PyException("TypeError", "reconfigure() argument '" + name + "' must be str or None, not "
                    + space.typeOf(value).name);
        }
        return space.strType.value(value);
    }

    /** {@code _textiowrapper_writeflush}: the pending data handed on (its text to the descriptor, the objects dropped). */
    void writeFlush(long self) {
        entry(self).handOn();
        long pending = memory.getLong(self + PENDING);
        memory.putLong(self + PENDING, 0);
        memory.putLong(self + PENDING_COUNT, 0);
        space.xdecref(pending);
    }

    /** Whether {@code o} is a standard stream itself (not a file, not a subclass's instance). */
    boolean check(long o) {
        return space.typeOf(o) == this && isStream(o);
    }

    /** Writes {@code text} where the stream's descriptor points now, after what it holds, and hands it on at once (stderr's own way). */
    void printNow(long o, String text) {
        Stream s = entry(o);
        s.handOn();
        s.fds.printText(s.fd, text);
        s.fds.flush(s.fd);
    }

    /** What the Java stream behind the descriptor buffers, handed on. */
    void flushJava(long o) {
        Stream s = entry(o);
        s.fds.flush(s.fd);
    }

    /** Every stream's held text handed on (the runner's flush points, the interpreter's end), whatever sys.stdout is now. */
    void handOnAll() {
        for (Stream s : streams) {
            s.handOn();
        }
    }

    /** Every standard stream's held data dropped ({@code os._exit}, an end by signal). */
    void dropAll() {
        for (Stream s : streams) {
            s.drop();
        }
    }

    Stream entry(long o) {
        return streams.get((int) memory.getLong(o + INDEX));
    }

    private int fd(long o) {
        return entry(o).fd();
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        for (int field : new int[] {PENDING, BUFFER, DICT, FIELDS}) {
            long v = memory.getLong(o + field);
            if (v != 0) {
                visitor.accept(v);
            }
        }
    }

    @Override
    public String repr(long o) {
        if (!isStream(o)) {
            long r = py("__repr__", o, new long[0]);
            try {
                return space.strType.value(r);
            } finally {
                space.decref(r);
            }
        }
        Stream s = entry(o);
        return "<_io.TextIOWrapper name='" + s.name() + "' mode='" + (s.input != null ? "r" : "w") + "' encoding='utf-8'>";
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public long iter(long o) {
        if (!isStream(o)) {
            return py("__iter__", o, new long[0]);
        }
        checkOpen(entry(o));
        return space.newRef(o);
    }

    /** The next line of a file ({@code textiowrapper_iternext}), 0 at its end; set by the {@code _io} module. */
    java.util.function.LongUnaryOperator fileNext;

    @Override
    public long iterNext(long o) {
        if (!isStream(o)) {
            if (fileNext != null) {
                return fileNext.applyAsLong(o);
            }
            try {
                return py("__next__", o, new long[0]);
            } catch (PyException e) {
                if (!e.pythonType().equals("StopIteration")) {
                    throw e;
                }
                e.release();
                return 0;
            }
        }
        byte[] line = readable(o).readLine(-1);
        return line.length == 0 ? 0 : decode(line);
    }

    @Override
    public void dealloc(long o) {
        space.untrack(o);
        if (!isStream(o)) {
            space.track(o);
            if (!space.callFinalizerFromDealloc(o)) {
                return; // resurrected
            }
            space.untrack(o);
        }
        if (memory.getLong(o + WEAKLIST) != 0) {
            space.clearWeakrefs(o);
        }
        if (isStream(o)) {
            writeFlush(o);
        }
        clear(o);
        space.xdecref(memory.getLong(o + BUFFER));
        space.typeOf(o).tpFree(o);
    }
}
