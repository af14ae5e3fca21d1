package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.GetSetDescrType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.util.function.LongConsumer;

/**
 * The {@code buffer} of {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}
 * (Modules/_io/bufferedio.c's {@code BufferedReader} and {@code BufferedWriter}): the binary layer
 * under the text stream, sharing its stream's state ({@link TextIOType.Stream}): the reader takes its
 * bytes from the binary buffer of descriptor 0, which the text layer (and {@code input()}) reads in
 * chunks through a read-ahead of its own, as CPython's layers do; the writer
 * keeps what it is given until it is flushed, by itself or by the text layer's flush, which hands the
 * text on after these bytes, as CPython's text layer writes its pending text into this buffer.
 * Two types of this class: {@code _io.BufferedReader} for the stream that reads, {@code _io.BufferedWriter} for the others.
 * Its {@code raw} is an {@code io.FileIO} over the descriptor ({@code closefd=False}), made when first asked.
 * <pre>   +0 ob_refcnt  +8 ob_type  +16 the index of its stream in the text type's table  +24 raw (owned, 0 until asked)
 *   +32 __dict__ (owned, 0 until an attribute is set)</pre>
 */
final class BufferedType extends PyType {
    private static final int INDEX = 16, RAW = 24, DICT = 32, SIZE = 40;
    private final TextIOType text;

    BufferedType(ObjectSpace space, TextIOType text, boolean reads) {
        super(space, reads ? "_io.BufferedReader" : "_io.BufferedWriter", null, 0, SIZE, 0);
        this.text = text;
        defineMethod("read", (self, args) -> {
            Args.range("read", args, 0, 1);
            return space.bytesType.of(reader(self).read(text.size(args)));
        });
        defineMethod("read1", (self, args) -> {
            Args.range("read1", args, 0, 1);
            return space.bytesType.of(reader(self).read1(text.size(args)));
        });
        defineMethod("peek", (self, args) -> {
            Args.range("peek", args, 0, 1);
            return space.bytesType.of(reader(self).peek());
        });
        defineMethod("readline", (self, args) -> {
            Args.range("readline", args, 0, 1);
            return space.bytesType.of(reader(self).readLine(text.size(args)));
        });
        defineMethod("readlines", (self, args) -> {
            Args.range("readlines", args, 0, 1);
            long hint = text.size(args);
            StdinBuffer in = reader(self);
            long list = space.listType.create();
            long total = 0;
            for (byte[] line = in.readLine(-1); line.length > 0; line = in.readLine(-1)) {
                long b = space.bytesType.of(line);
                space.listType.append(list, b);
                space.decref(b);
                total += line.length;
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return list;
        });
        defineMethod("write", (self, args) -> {
            Args.range("write", args, 1, 1);
            TextIOType.Stream s = stream(self);
            if (s.closed) {
                throw new PyException("ValueError", "write to closed file");
            }
            if (s.input != null) {
                throw text.unsupported.apply("write");
            }
            byte[] data = bytesLike(args[0]);
            synchronized (s) {
                s.heldBytes.writeBytes(data);
            }
            if (!s.holds || s.writeThrough || s.heldBytes.size() >= TextIOType.CHUNK_SIZE) {
                s.handOnBytes();
                s.fds.flush(s.fd);
            }
            return space.newInt(data.length);
        });
        defineMethod("flush", (self, args) -> {
            Args.none("flush", args);
            TextIOType.Stream s = stream(self);
            if (s.closed) {
                throw new PyException("ValueError", "flush of closed file");
            }
            s.handOnBytes();
            s.fds.flush(s.fd);
            return space.newNone();
        });
        defineMethod("fileno", (self, args) -> {
            Args.none("fileno", args);
            TextIOType.checkRawOpen(stream(self));
            return space.newInt(stream(self).fd);
        });
        defineMethod("isatty", (self, args) -> {
            Args.none("isatty", args);
            TextIOType.checkRawOpen(stream(self));
            return space.newBool(stream(self).terminal);
        });
        defineMethod("readable", (self, args) -> {
            Args.none("readable", args);
            TextIOType.checkRawOpen(stream(self));
            return space.newBool(stream(self).input != null);
        });
        defineMethod("writable", (self, args) -> {
            Args.none("writable", args);
            TextIOType.checkRawOpen(stream(self));
            return space.newBool(stream(self).input == null);
        });
        defineMethod("seekable", (self, args) -> {
            Args.none("seekable", args);
            TextIOType.checkRawOpen(stream(self));
            return space.newBool(false);
        });
        defineMethod("close", (self, args) -> {
            Args.none("close", args);
            TextIOType.Stream s = stream(self);
            if (!s.closed) {
                s.handOnBytes();
                s.closed = true;
            }
            return space.newNone();
        });
    }

    @Override
    protected void fillDict() {
        GetSetDescrType gs = space.getSetDescrType;
        putInDict("name", gs.create(this, "name", o -> space.strType.runtime(stream(o).name()), null));
        putInDict("mode", gs.create(this, "mode", o -> space.strType.runtime(stream(o).input != null ? "rb" : "wb"), null));
        putInDict("closed", gs.create(this, "closed", o -> space.newBool(stream(o).closed), null));
        putInDict("raw", gs.create(this, "raw", o -> {
            long raw = memory.getLong(o + RAW);
            if (raw == 0) {
                TextIOType.Stream s = stream(o);
                raw = text.rawFile.make(s.fd(), s.name(), s.input != null ? "rb" : "wb");
                memory.putLong(o + RAW, raw);
            }
            return space.newRef(raw);
        }, null));
        putInDict("__dict__", gs.create(this, "__dict__", o -> space.newRef(ownDict(o, DICT)), (o, v) -> setOwnDict(o, DICT, v)));
    }

    /** A new buffer object for the text type's stream {@code index}. New reference. */
    long create(int index) {
        long o = space.newObject(this, SIZE);
        memory.putLong(o + INDEX, index);
        memory.putLong(o + RAW, 0);
        memory.putLong(o + DICT, 0);
        return o;
    }

    @Override
    public long dictOffset() {
        return DICT;
    }

    @Override
    protected long instanceAttr(long o, long name) {
        long d = memory.getLong(o + DICT);
        return d == 0 ? 0 : space.dictType.get(d, name);
    }

    @Override
    protected boolean setInstanceAttr(long o, long name, long value) {
        setInOwnDict(o, DICT, name, value);
        return true;
    }

    private TextIOType.Stream stream(long o) {
        return text.stream((int) memory.getLong(o + INDEX));
    }

    private StdinBuffer reader(long o) {
        TextIOType.Stream s = stream(o);
        if (s.closed) {
            throw new PyException("ValueError", "read of closed file");
        }
        if (s.binary == null) {
            throw text.unsupported.apply("read");
        }
        return s.binary;
    }

    /** A bytes-like argument's bytes: bytes, bytearray, or any object with the buffer protocol (a memoryview, an array). */
    private byte[] bytesLike(long o) {
        if (space.bytesType.check(o)) {
            return space.bytesType.value(o);
        }
        if (space.byteArrayType.check(o)) {
            return space.byteArrayType.value(o);
        }
        long view;
        try {
            view = space.memoryViewType.fromObject(o);
        } catch (PyException e) {
            if (!e.pythonType().equals("TypeError")) {
                throw e;
            }
            e.release();
            throw new PyException("TypeError", "a bytes-like object is required, not '" + space.typeOf(o).name + "'");
        }
        try {
            long b = dev.pyheap.runtime.objects.Abstract.callMethod(space, view, "tobytes", new long[0]);
            try {
                return space.bytesType.value(b);
            } finally {
                space.decref(b);
            }
        } finally {
            space.decref(view);
        }
    }

    /**
     * The library's {@code _BufferedIOBase} becomes this type's base (io.py hands it over when it
     * loads): the MRO is CPython's, {@code (BufferedWriter, _BufferedIOBase, _IOBase, object)}, and
     * the methods the standard streams' buffers do not define themselves ({@code readinto},
     * {@code writelines}, {@code __enter__}...) are the library's.
     */
    void adoptBase(PyType base) {
        setPythonBase(base);
    }

    /** The library's base given back at the interpreter's end ({@link TextIOType#releaseLibrary}). */
    void clearBase() {
        clearPythonBase();
    }

    @Override
    public String repr(long o) {
        TextIOType.Stream s = stream(o);
        return "<" + name + " name='" + s.name() + "'>";
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public long iter(long o) {
        TextIOType.checkOpen(stream(o));
        return space.newRef(o);
    }

    @Override
    public long iterNext(long o) {
        byte[] line = reader(o).readLine(-1);
        return line.length == 0 ? 0 : space.bytesType.of(line);
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        for (int field : new int[] {RAW, DICT}) {
            long v = memory.getLong(o + field);
            if (v != 0) {
                visitor.accept(v);
            }
        }
    }

    @Override
    public void dealloc(long o) {
        space.xdecref(memory.getLong(o + RAW));
        space.xdecref(memory.getLong(o + DICT));
        space.typeOf(o).tpFree(o);
    }
}
