package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.Buffer;
import dev.pyheap.runtime.objects.BytesType;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.SlotWrappers;
import dev.pyheap.runtime.objects.StructType;


/**
 * {@code _io.BytesIO} (Modules/_io/bytesio.c): binary I/O in memory, over one bytes object that
 * holds the stream's data and room to grow.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 buf (a bytes object, owned; 0 once closed)  +24 pos  +32 string_size
 *   +40 __dict__ (made when first needed)  +48 weakreflist  +56 exports      64 bytes
 * </pre>
 *
 * <h2>The buffer</h2>
 * {@code buf} is at least {@code string_size} bytes long; what lies past {@code string_size} is
 * room, not data. A write past the buffer's end grows it as {@code resize_buffer} does:
 * <pre>
 *   size < alloc / 2          major downsize: alloc = size + 1
 *   size < alloc              room enough: nothing
 *   size <= alloc * 1.125     moderate upsize: alloc = size + size / 8 + (size < 9 ? 3 : 6)
 *   else                      major upsize: alloc = size + 1
 * </pre>
 * The buffer is <em>shared</em> when another reference to it exists ({@code SHARED_BUF}: its
 * refcount above 1): {@code BytesIO(b)} of an exact bytes object takes {@code b} itself,
 * {@code getvalue()} of the whole buffer (trimmed to the data first) and {@code read()} of all of
 * it hand the buffer out. A shared buffer is never written: a write copies it first
 * ({@code unshare_buffer}), so the bytes given out stay what they were. {@code __sizeof__} counts
 * the buffer only when it is not shared.
 *
 * <h2>Exports</h2>
 * {@code getbuffer()} is a memoryview of a {@code _io._BytesIOBuffer} ({@link ExportType}) that
 * holds the stream; while a view of it lives ({@code exports > 0}) nothing may move or free the
 * buffer: write, truncate, close, {@code __init__} and {@code __setstate__} raise
 * {@code BufferError}, and {@code getvalue()} copies instead of sharing.
 *
 * <p>The type's bases are the library's {@code _BufferedIOBase} and {@code _IOBase}
 * ({@code _io._memory_types} sets them, {@link #releaseLibrary} clears them), so the MRO is
 * CPython's and what this type does not define (the with statement, {@code readinto1},
 * {@code detach}) comes from there.
 */
final class BytesIOType extends MemoryStreamType {
    static final int BUF = 16, POS = 24, STRING_SIZE = 32, DICT = 40, WEAKLIST = 48, EXPORTS = 56, SIZE = 64;
    private static final String CLOSED = "I/O operation on closed file.";
    private static final String EXPORTED = "Existing exports of data: object cannot be re-sized";

    private final BytesType bytes;
    /** The type of {@code getbuffer()}'s exporter. */
    final ExportType exportType;

    BytesIOType(ObjectSpace space) {
        super(space, "_io.BytesIO", SIZE, WEAKLIST, "buf", BUF, "dict", DICT);
        this.bytes = space.bytesType;
        this.exportType = space.register(new ExportType(space, this));
        defineMethod("getbuffer", (self, a) -> {
            Args.none("getbuffer", a);
            checkClosed(self);
            long exporter = exportType.create(self);
            try {
                return space.memoryViewType.fromObject(exporter);
            } finally {
                space.decref(exporter);
            }
        });
        defineMethod("getvalue", (self, a) -> {
            Args.none("getvalue", a);
            return getvalue(self);
        });
        defineMethod("isatty", (self, a) -> {
            Args.none("isatty", a);
            checkClosed(self);
            return space.newBool(false);
        });
        defineMethod("tell", (self, a) -> {
            Args.none("tell", a);
            checkClosed(self);
            return space.newInt(memory.getLong(self + POS));
        });
        defineMethod("read", (self, a) -> {
            Args.range("read", a, 0, 1);
            return read(self, a.length == 0 ? -1 : optionalSize(a[0]));
        });
        defineMethod("read1", (self, a) -> {
            Args.range("read1", a, 0, 1);
            return read(self, a.length == 0 ? -1 : optionalSize(a[0]));
        });
        defineMethod("readline", (self, a) -> {
            Args.range("readline", a, 0, 1);
            long size = a.length == 0 ? -1 : optionalSize(a[0]);
            checkClosed(self);
            return readBytes(self, scanEol(self, size));
        });
        defineMethod("readlines", (self, a) -> {
            Args.range("readlines", a, 0, 1);
            return readlines(self, a.length == 0 ? space.none : a[0]);
        });
        defineMethod("readinto", (self, a) -> {
            Args.one("readinto", a);
            return readinto(self, a[0]);
        });
        defineMethod("truncate", (self, a) -> {
            Args.range("truncate", a, 0, 1);
            long size = a.length == 0 || a[0] == space.none ? memory.getLong(self + POS) : optionalSize(a[0]);
            checkClosed(self);
            checkExports(self);
            if (size < 0) {
                throw new PyException("ValueError", "negative size value " + size);
            }
            if (size < memory.getLong(self + STRING_SIZE)) {
                memory.putLong(self + STRING_SIZE, size);
                resizeBuffer(self, size);
            }
            return space.newInt(size);
        });
        defineMethod("seek", (self, a) -> {
            Args.range("seek", a, 1, 2);
            long pos = space.intType.asSsize(a[0]);
            int whence = a.length < 2 ? 0 : Args.cInt(space, a[1]);
            checkClosed(self);
            if (pos < 0 && whence == 0) {
                throw new PyException("ValueError", "negative seek value " + pos);
            }
            if (whence == 1) {
                pos = addPosition(pos, memory.getLong(self + POS));
            } else if (whence == 2) {
                pos = addPosition(pos, memory.getLong(self + STRING_SIZE));
            } else if (whence != 0) {
                throw new PyException("ValueError", "invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            memory.putLong(self + POS, Math.max(pos, 0));
            return space.newInt(Math.max(pos, 0));
        });
        defineMethod("write", (self, a) -> {
            Args.one("write", a);
            return space.newInt(write(self, a[0]));
        });
        defineMethod("writelines", (self, a) -> {
            Args.one("writelines", a);
            checkClosed(self);
            long it = Abstract.getIter(space, a[0]);
            try {
                for (long item = Abstract.iterNext(space, it); item != 0; item = Abstract.iterNext(space, it)) {
                    try {
                        write(self, item);
                    } finally {
                        space.decref(item);
                    }
                }
            } finally {
                space.decref(it);
            }
            return space.newNone();
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            defineMethod(name, (self, a) -> {
                Args.none(name, a);
                checkClosed(self);
                return space.newBool(true);
            });
        }
        defineMethod("flush", (self, a) -> {
            Args.none("flush", a);
            checkClosed(self);
            return space.newNone();
        });
        defineMethod("close", (self, a) -> {
            Args.none("close", a);
            checkExports(self);
            setField(self, BUF, 0);
            return space.newNone();
        });
        defineMethod("__getstate__", (self, a) -> {
            Args.none("__getstate__", a);
            return getstate(self);
        });
        defineMethod("__setstate__", (self, a) -> {
            setstate(self, Args.one("__setstate__", a));
            return space.newNone();
        });
        defineMethod("__sizeof__", (self, a) -> {
            Args.none("__sizeof__", a);
            return space.newInt(space.typeOf(self).basicSize() + ownedBufferSize(self));
        });
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return java.util.EnumSet.of(SlotWrappers.Slot.TP_INIT, SlotWrappers.Slot.TP_ITER, SlotWrappers.Slot.TP_ITERNEXT);
    }

    @Override
    protected void fillDict() {
        putInDict("closed", space.getSetDescrType.create(this, "closed", o -> space.newBool(field(o, BUF) == 0), null));
        putDictGetSet();
        putInDict("__doc__", space.strType.runtime("Buffered I/O implementation using an in-memory bytes buffer."));
    }

    @Override
    public long dictOffset() {
        return DICT;
    }

    // ---------------------------------------------------------------- construction

    /** {@code bytesio_new}: position 0, no data, the buffer {@code b''}; tracked. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long o = allocateStruct(SIZE);
        memory.putLong(o + BUF, bytes.allocate(0));
        space.track(o);
        return subtype == this ? o : subtype.adopt(o);
    }

    /**
     * {@code _io_BytesIO___init___impl}: refused while exported; the stream emptied (even when then refused), then an exact
     * bytes {@code initial_bytes} becomes the buffer itself (shared with the caller), any other
     * buffer is written and the position goes back to 0.
     */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        long initial = clinicOne(args, kwargs, "BytesIO", "initial_bytes");
        // emptied before the export check, as 3.11's: a refused __init__ still leaves no data
        memory.putLong(self + STRING_SIZE, 0);
        memory.putLong(self + POS, 0);
        checkExports(self);
        if (initial != 0 && initial != space.none) {
            if (bytes.checkExact(initial)) {
                setField(self, BUF, initial);
                memory.putLong(self + STRING_SIZE, bytes.size(initial));
            } else {
                write(self, initial);
                memory.putLong(self + POS, 0);
            }
        }
    }

    /**
     * Argument Clinic's parser for an {@code __init__} of one optional positional-or-keyword
     * parameter, from the call's tuple and dict: the argument (borrowed) or 0.
     */
    private long clinicOne(long args, long kwargs, String function, String parameter) {
        int nargs = (int) space.tupleType.size(args);
        java.util.List<String> keywords = new java.util.ArrayList<>();
        if (kwargs != 0) {
            long keys = space.listType.fromKeys(kwargs);
            try {
                for (long i = 0, n = space.listType.size(keys); i < n; i++) {
                    keywords.add(space.strType.value(space.listType.item(keys, i)));
                }
            } finally {
                space.decref(keys);
            }
        }
        PyException refused = CallArguments.clinicError(function, 0, 0, 1, new String[] {parameter}, nargs, keywords);
        if (refused != null) {
            throw refused;
        }
        if (nargs == 1) {
            return space.tupleType.item(args, 0);
        }
        return keywords.isEmpty() ? 0 : space.dictType.getItemString(kwargs, parameter);
    }

    // ---------------------------------------------------------------- checks

    private void checkClosed(long o) {
        if (field(o, BUF) == 0) {
            throw new PyException("ValueError", CLOSED);
        }
    }

    private void checkExports(long o) {
        if (memory.getLong(o + EXPORTS) > 0) {
            throw new PyException("BufferError", EXPORTED);
        }
    }

    /** {@code SHARED_BUF}: another reference to the buffer exists, so it must not be written. */
    private boolean shared(long o) {
        return space.refcount(field(o, BUF)) > 1;
    }

    /** {@code Py_ssize_t(accept={int, NoneType})}: None is -1, an integer through {@code __index__}. */
    private long optionalSize(long arg) {
        if (arg == space.none) {
            return -1;
        }
        return optionalSize(space, arg);
    }

    /** {@code _Py_convert_optional_to_ssize_t}'s conversion of an argument that is not None. */
    static long optionalSize(ObjectSpace space, long arg) {
        long i = space.intType.check(arg) ? space.newRef(arg) : space.typeOf(arg).index(arg);
        if (i == 0) {
            throw new PyException("TypeError", "argument should be integer or None, not '" + space.typeOf(arg).name + "'");
        }
        try {
            return space.intType.asSsize(i);
        } finally {
            space.decref(i);
        }
    }

    private static long addPosition(long pos, long base) {
        if (pos > Long.MAX_VALUE - base) {
            throw new PyException("OverflowError", "new position too large");
        }
        return pos + base;
    }

    // ---------------------------------------------------------------- the buffer

    /** {@code unshare_buffer}: a private copy of the data, {@code size} bytes long. */
    private void unshareBuffer(long o, long size) {
        long old = field(o, BUF);
        long fresh = bytes.allocate(size);
        long keep = Math.min(memory.getLong(o + STRING_SIZE), size);
        if (keep > 0) {
            memory.copy(bytes.data(old), bytes.data(fresh), keep);
        }
        putField(o, BUF, fresh);
    }

    /** {@code resize_buffer}: room for {@code size} bytes, grown or shrunk by the rules above. */
    private void resizeBuffer(long o, long size) {
        long alloc = bytes.size(field(o, BUF));
        if (size < alloc / 2) {
            alloc = size + 1;
        } else if (size < alloc) {
            return;
        } else if (size <= alloc + (alloc >> 3)) {
            alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
        } else {
            alloc = size + 1;
        }
        if (shared(o)) {
            unshareBuffer(o, alloc);
        } else {
            memory.putLong(o + BUF, bytes.resize(field(o, BUF), alloc));
        }
    }

    /**
     * {@code write_bytes}: the bytes of a buffer object at the position, the gap up to it (after a
     * seek past the end) filled with NULs; the number of bytes written.
     */
    private long write(long o, long b) {
        checkClosed(o);
        checkExports(o);
        PyType t = space.typeOf(b);
        Buffer view = t.getBuffer(b);
        if (view == null) {
            throw new PyException("TypeError", "a bytes-like object is required, not '" + t.name + "'");
        }
        try {
            long len = view.len();
            if (len == 0) {
                return 0;
            }
            long pos = memory.getLong(o + POS);
            long end = pos + len;
            if (end > bytes.size(field(o, BUF))) {
                resizeBuffer(o, end);
            } else if (shared(o)) {
                unshareBuffer(o, Math.max(end, memory.getLong(o + STRING_SIZE)));
            }
            long data = bytes.data(field(o, BUF));
            long stringSize = memory.getLong(o + STRING_SIZE);
            if (pos > stringSize) {
                memory.fill(data + stringSize, pos - stringSize, (byte) 0);
            }
            if (contiguous(view)) {
                memory.copy(view.buf(), data + pos, len);
            } else {
                byte[] copy = view.toBytes(memory);
                memory.write(data + pos, copy, 0, copy.length);
            }
            memory.putLong(o + POS, end);
            if (stringSize < end) {
                memory.putLong(o + STRING_SIZE, end);
            }
            return len;
        } finally {
            t.releaseBuffer(b);
        }
    }

    private static boolean contiguous(Buffer view) {
        return view.shape().length == 0 || view.shape().length == 1 && view.strides()[0] == view.itemsize();
    }

    /**
     * {@code read_bytes}: {@code size} bytes from the position; the buffer itself when that is all
     * of it (more than one byte, from 0, nothing exported), as 3.11 hands it out.
     */
    private long readBytes(long o, long size) {
        long buf = field(o, BUF);
        long pos = memory.getLong(o + POS);
        if (size > 1 && pos == 0 && size == bytes.size(buf) && memory.getLong(o + EXPORTS) == 0) {
            memory.putLong(o + POS, size);
            return space.newRef(buf);
        }
        memory.putLong(o + POS, pos + size);
        return bytes.slice(buf, pos, pos + size);
    }

    /** {@code _io_BytesIO_read_impl}: at most {@code size} bytes (all the rest for a negative size). */
    private long read(long o, long size) {
        checkClosed(o);
        long n = memory.getLong(o + STRING_SIZE) - memory.getLong(o + POS);
        if (size < 0 || size > n) {
            size = Math.max(n, 0);
        }
        return readBytes(o, size);
    }

    /** {@code scan_eol}: the length of the next line from the position, at most {@code len} (negative: no limit). */
    private long scanEol(long o, long len) {
        long pos = memory.getLong(o + POS);
        long stringSize = memory.getLong(o + STRING_SIZE);
        if (pos >= stringSize) {
            return 0;
        }
        long maxlen = stringSize - pos;
        if (len < 0 || len > maxlen) {
            len = maxlen;
        }
        if (len > 0) {
            long buf = field(o, BUF);
            long at = bytes.indexOf(buf, (byte) '\n', pos, pos + len);
            if (at >= 0) {
                len = at - pos + 1;
            }
        }
        return len;
    }

    /** {@code _io_BytesIO_readlines_impl}: the lines to the end, or until their lengths reach a positive hint. */
    private long readlines(long o, long hint) {
        checkClosed(o);
        long maxsize;
        if (space.intType.check(hint)) {
            maxsize = space.intType.asSsize(hint);
        } else if (hint == space.none) {
            maxsize = -1;
        } else {
            throw new PyException("TypeError", "integer argument expected, got '" + space.typeOf(hint).name + "'");
        }
        long list = space.listType.create();
        try {
            long total = 0;
            for (long n = scanEol(o, -1); n != 0; n = scanEol(o, -1)) {
                long pos = memory.getLong(o + POS);
                long line = bytes.slice(field(o, BUF), pos, pos + n);
                memory.putLong(o + POS, pos + n);
                space.listType.append(list, line);
                space.decref(line);
                total += n;
                if (maxsize > 0 && total >= maxsize) {
                    break;
                }
            }
            return list;
        } catch (RuntimeException e) {
            space.decref(list);
            throw e;
        }
    }

    /** {@code _io_BytesIO_readinto_impl}: as many bytes as fit into a writable buffer; how many. */
    private long readinto(long o, long target) {
        PyType t = space.typeOf(target);
        Buffer view = t.getBuffer(target);
        if (view == null || view.readonly()) {
            if (view != null) {
                t.releaseBuffer(target);
            }
            throw new PyException("TypeError", "readinto() argument must be read-write bytes-like object, not " + t.name);
        }
        try {
            checkClosed(o);
            long pos = memory.getLong(o + POS);
            long len = Math.min(view.len(), Math.max(memory.getLong(o + STRING_SIZE) - pos, 0));
            if (len > 0) {
                if (contiguous(view)) {
                    memory.copy(bytes.data(field(o, BUF)) + pos, view.buf(), len);
                } else {
                    throw new PyException("BufferError", "underlying buffer is not C-contiguous");
                }
            }
            memory.putLong(o + POS, pos + len);
            return space.newInt(len);
        } finally {
            t.releaseBuffer(target);
        }
    }

    /**
     * {@code _io_BytesIO_getvalue_impl}: a copy for one byte or less and while exported; else the
     * buffer, trimmed to the data first (resized in place, or copied when shared), handed out.
     */
    private long getvalue(long o) {
        checkClosed(o);
        long stringSize = memory.getLong(o + STRING_SIZE);
        long buf = field(o, BUF);
        if (stringSize <= 1 || memory.getLong(o + EXPORTS) > 0) {
            return bytes.slice(buf, 0, stringSize);
        }
        if (stringSize != bytes.size(buf)) {
            if (shared(o)) {
                unshareBuffer(o, stringSize);
            } else {
                memory.putLong(o + BUF, bytes.resize(buf, stringSize));
            }
        }
        return space.newRef(field(o, BUF));
    }

    /** {@code bytesio_getstate}: {@code (getvalue(), pos, copy of __dict__ or None)}. */
    private long getstate(long o) {
        long value = getvalue(o);
        long dict = field(o, DICT);
        long d = dict == 0 ? space.newNone() : space.dictType.copy(dict);
        long pos = space.newInt(memory.getLong(o + POS));
        try {
            return space.tupleType.create(value, pos, d);
        } finally {
            space.decref(value);
            space.decref(pos);
            space.decref(d);
        }
    }

    /** {@code bytesio_setstate}: the data written anew, the position set, the dict updated (or taken). */
    private void setstate(long o, long state) {
        if (!space.tupleType.check(state) || space.tupleType.size(state) < 3) {
            throw new PyException("TypeError", space.typeOf(o).name + ".__setstate__ argument should be 3-tuple, got "
                    + space.typeOf(state).name);
        }
        checkExports(o);
        memory.putLong(o + STRING_SIZE, 0);
        memory.putLong(o + POS, 0);
        write(o, space.tupleType.item(state, 0));
        long position = space.tupleType.item(state, 1);
        if (!space.intType.check(position)) {
            throw new PyException("TypeError", "second item of state must be an integer, not " + space.typeOf(position).name);
        }
        long pos = space.intType.asSsize(position);
        if (pos < 0) {
            throw new PyException("ValueError", "position value cannot be negative");
        }
        memory.putLong(o + POS, pos);
        restoreDict(o, space.tupleType.item(state, 2), "third");
    }

    // ---------------------------------------------------------------- slots

    /**
     * The buffer's size when the object alone holds it ({@code bytesio_sizeof} adds it; shared with a
     * bytes object given out, it is that object's), else 0. Not part of {@link #instanceSize}, which
     * is the layout the allocator's block holds (what the sanity checker measures).
     */
    private long ownedBufferSize(long o) {
        long buf = field(o, BUF);
        return buf != 0 && space.refcount(buf) <= 1 ? space.typeOf(buf).sizeof(buf) : 0;
    }

    /** {@code sys.getsizeof}: {@code bytesio_sizeof} (the basic size and the buffer it owns) and the GC header. */
    @Override
    public long sizeof(long o) {
        return super.sizeof(o) + ownedBufferSize(o);
    }

    /** The memory the object's layout occupies (what the allocator and the checker measure): the basic size alone. */
    @Override
    public long smallestInstanceSize() {
        return SIZE;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public long iter(long o) {
        return space.newRef(o); // PyObject_SelfIter
    }

    /** {@code bytesio_iternext}: the next line, none at the end. */
    @Override
    public long iterNext(long o) {
        checkClosed(o);
        long n = scanEol(o, -1);
        return n == 0 ? 0 : readBytes(o, n);
    }

    /** {@code bytesio_dealloc}: the buffer and the {@code __dict__}. */
    @Override
    protected void releaseForDealloc(long o) {
        clearFields(o);
    }

    /** One export of {@code getbuffer()} taken: the buffer unshared first, so the view may write it. */
    Buffer export(long exporter, long o) {
        if (shared(o)) {
            unshareBuffer(o, memory.getLong(o + STRING_SIZE));
        }
        memory.putLong(o + EXPORTS, memory.getLong(o + EXPORTS) + 1);
        return Buffer.simple(exporter, bytes.data(field(o, BUF)), memory.getLong(o + STRING_SIZE), 1, false, "B");
    }

    /** One export of {@code getbuffer()} given back. */
    void unexport(long o) {
        memory.putLong(o + EXPORTS, memory.getLong(o + EXPORTS) - 1);
    }

    /**
     * {@code _io._BytesIOBuffer} (bytesio.c's {@code bytesiobuf}): what {@code getbuffer()}'s
     * memoryview exports from, holding the stream.
     * <pre>   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 source (the BytesIO, owned)      24 bytes</pre>
     */
    static final class ExportType extends StructType {
        private static final int SOURCE = 16, EXPORT_SIZE = 24;
        private final BytesIOType owner;

        ExportType(ObjectSpace space, BytesIOType owner) {
            super(space, "_io._BytesIOBuffer", null, HAVE_GC, EXPORT_SIZE, 0, 0, "source", SOURCE);
            this.owner = owner;
        }

        @Override
        protected java.util.Set<SlotWrappers.Slot> slots() {
            return java.util.EnumSet.noneOf(SlotWrappers.Slot.class);
        }

        /** A new exporter of {@code source}'s buffer. New reference. */
        long create(long source) {
            long o = allocateStruct(EXPORT_SIZE);
            memory.putLong(o + SOURCE, space.newRef(source));
            space.track(o);
            return o;
        }

        @Override
        public Buffer getBuffer(long o) {
            return owner.export(o, field(o, SOURCE));
        }

        @Override
        public void releaseBuffer(long o) {
            owner.unexport(field(o, SOURCE));
        }
    }
}
