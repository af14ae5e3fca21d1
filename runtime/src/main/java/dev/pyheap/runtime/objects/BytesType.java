package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.function.LongConsumer;

/**
 * {@code bytes}: {@code ob_refcnt}, {@code ob_type}, {@code ob_size} (+16), {@code ob_shash} (+24,
 * -1 until computed), then the bytes and a NUL at +32. {@code sys.getsizeof} is {@code 33 + len}.
 * {@code b''} is one object, held by the space, and so is each one-byte bytes object: CPython 3.11
 * allocates those 257 statically ({@code _Py_SINGLETON(bytes_empty)} and {@code bytes_characters}),
 * and {@code PyBytes_FromStringAndSize} hands them out, so {@code bytes([97]) is b'a'} and making
 * one allocates no block. Never tracked.
 */
public final class BytesType extends PyType {
    /** The slot structs CPython's static type declares: bytes_as_number (%), bytes_as_sequence, bytes_as_mapping, bytes_as_buffer. */
    @Override
    protected int ownSlotStructs() {
        return AS_NUMBER | AS_SEQUENCE | AS_MAPPING | AS_BUFFER;
    }

    static final int HASH = 24;
    static final int DATA = 32;

    private long empty;
    private final long[] characters = new long[256];

    BytesType(ObjectSpace space) {
        // tp_basicsize counts the trailing NUL (PyBytesObject's ob_sval[1]); one more byte per item.
        super(space, "bytes", null, BASETYPE | IMMUTABLETYPE | BYTES_SUBCLASS | MATCH_SELF, DATA + 1, 1);
        BytesMethods.define(space, this, true, this::defineMethod);
        packsArguments(TextMethods.VARARGS);
        // bytes___bytes___impl: an exact bytes is itself, a subclass's instance gives its data as one
        defineMethod("__bytes__", (self, args) -> {
            Args.none("bytes.__bytes__", args);
            return space.typeOf(self) == this ? space.newRef(self) : of(value(self));
        });
        // bytes_getnewargs: the data as an exact bytes
        defineMethod("__getnewargs__", (self, args) -> {
            Args.none("bytes.__getnewargs__", args);
            long copy = of(value(self));
            try {
                return space.tupleType.create(copy);
            } finally {
                space.decref(copy);
            }
        });
    }

    /**
     * {@code bytes_new}: {@code bytes()}, {@code bytes(str, encoding[, errors])}, {@code x.__bytes__()},
     * {@code bytes(count)}, {@code bytes(bytes-like)}, {@code bytes(iterable of ints)}.
     */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        Constructors.onlyKeywords(space, kwargs, "bytes", "source", "encoding", "errors");
        long n = Constructors.argCount(space, args);
        if (n > 3) {
            throw new PyException("TypeError", "bytes() takes at most 3 arguments (" + n + " given)");
        }
        long source = n > 0 ? space.tupleType.item(args, 0) : Constructors.keyword(space, kwargs, "source");
        long encoding = n > 1 ? space.tupleType.item(args, 1) : Constructors.keyword(space, kwargs, "encoding");
        long errors = n > 2 ? space.tupleType.item(args, 2) : Constructors.keyword(space, kwargs, "errors");
        byte[] data = null;
        if (source != 0 && encoding == 0 && errors == 0 && !space.strType.check(source)
                && space.typeOf(source).lookup("__bytes__") != 0) {
            long r = Abstract.callMethod(space, source, "__bytes__", NO_ARGS);
            if (!check(r)) {
                String type = space.typeOf(r).name;
                space.decref(r);
                throw new PyException("TypeError", "__bytes__ returned non-bytes (type " + type + ")");
            }
            if (subtype == this) {
                return r;
            }
            data = value(r);
            space.decref(r);
        }
        boolean copied = false;
        if (data == null) {
            data = Constructors.bytesFrom(space, source, encoding, errors, "bytes", "bytes must be in range(0, 256)");
            // a count, a buffer or a tuple is copied into PyBytes_FromStringAndSize(NULL, n): one byte is a new object
            copied = data != null && source != 0 && !space.strType.check(source) && !space.listType.checkExact(source);
        }
        if (data == null) {
            long it = Constructors.bytesSourceIter(space, source, "bytes");
            try {
                data = ByteArrayType.fromIterator(space, it, "bytes must be in range(0, 256)");
            } finally {
                space.decref(it);
            }
        }
        return subtype == this && (!copied || data.length == 0) ? of(data) : create(data);
    }

    void createCaches() {
        empty = create(new byte[0]);
        for (int c = 0; c < characters.length; c++) {
            characters[c] = create(new byte[] {(byte) c});
        }
    }

    void forEachCached(LongConsumer visitor) {
        visitor.accept(empty);
        for (long b : characters) {
            visitor.accept(b);
        }
    }

    /** {@code PyBytes_CheckExact}. */
    public boolean checkExact(long o) {
        return space.typeOf(o) == this;
    }

    /** {@code fromhex} (a class method) and {@code maketrans} (a static method). */
    @Override
    protected void fillDict() {
        BytesMethods.fillDict(space, this, this::of, this::putInDict);
    }

    /** {@code bytes % args} ({@code _PyBytes_Format}). */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        if (op == BinaryOp.REMAINDER && check(v)) {
            return of(Formatter.percentBytes(space, value(v), w));
        }
        return space.newNotImplemented();
    }

    /** {@code bytes_buffer_getbuffer}: the bytes themselves, read-only. */
    @Override
    public Buffer getBuffer(long o) {
        return Buffer.simple(o, o + DATA, memory.getLong(o + Layout.OB_SIZE), 1, true, "B");
    }

    /** {@code PyBytes_Check}. */
    public boolean check(long o) {
        return space.typeOf(o).hasFlag(BYTES_SUBCLASS);
    }

    /** {@code PyBytes_FromStringAndSize}: {@code b''} and the one-byte objects are singletons. New reference. */
    public long of(byte[] value) {
        return switch (value.length) {
            case 0 -> space.newRef(empty);
            case 1 -> space.newRef(characters[value[0] & 0xff]);
            default -> create(value);
        };
    }

    /**
     * {@code PyBytes_FromStringAndSize(NULL, n)} then filled: a new object whatever its length but
     * 0 ({@code b''} stays the singleton), as the results of a stepped slice, {@code replace} and
     * {@code *} are. New reference.
     */
    long fresh(byte[] value) {
        return value.length == 0 ? space.newRef(empty) : create(value);
    }

    /**
     * {@code PyBytes_FromStringAndSize(NULL, n)}: a new object of {@code n} bytes (their contents
     * unset; the NUL after them written), {@code b''} for 0. For an owner that fills it in place
     * ({@code io.BytesIO}'s buffer). New reference.
     */
    public long allocate(long n) {
        if (n == 0) {
            return space.newRef(empty);
        }
        long o = space.newObject(this, DATA + n + 1L);
        memory.putLong(o + Layout.OB_SIZE, n);
        memory.putLong(o + HASH, -1);
        memory.putByte(o + DATA + n, (byte) 0);
        return o;
    }

    /**
     * {@code _PyBytes_Resize}: {@code o}, which its caller holds the only reference to and which
     * nothing has hashed, made {@code n} bytes long in place (the block reallocated, so it may
     * move; the bytes kept up to the shorter length). {@code n == 0} gives {@code b''} and frees
     * {@code o}. Returns the object to use from now on.
     */
    public long resize(long o, long n) {
        if (o == empty || memory.getLong(o + Layout.OB_SIZE) == 0) {
            space.decref(o);
            return allocate(n);
        }
        if (n == 0) {
            space.decref(o);
            return space.newRef(empty);
        }
        long moved = space.reallocate(o, DATA + n + 1L);
        memory.putLong(moved + Layout.OB_SIZE, n);
        memory.putLong(moved + HASH, -1);
        memory.putByte(moved + DATA + n, (byte) 0);
        return moved;
    }

    /** {@code PyBytes_AS_STRING}: the address of the first byte of {@code o}'s data. */
    public long data(long o) {
        return o + DATA;
    }

    /** {@code PyBytes_GET_SIZE}. */
    public long size(long o) {
        return memory.getLong(o + Layout.OB_SIZE);
    }

    private long create(byte[] value) {
        long o = space.newObject(this, DATA + value.length + 1L);
        memory.putLong(o + Layout.OB_SIZE, value.length);
        memory.putLong(o + HASH, -1);
        memory.write(o + DATA, value, 0, value.length);
        memory.putByte(o + DATA + value.length, (byte) 0);
        return o;
    }

    /** Where byte {@code b} first is in {@code o[from:to]}, or -1 (read in place: no copy of the object). */
    public long indexOf(long o, byte b, long from, long to) {
        long at = o + DATA;
        for (long i = from; i < to; i++) {
            if (memory.getByte(at + i) == b) {
                return i;
            }
        }
        return -1;
    }

    /** {@code o[start:end]} as a new bytes object (the singletons for 0 and 1 bytes). New reference. */
    public long slice(long o, long start, long end) {
        byte[] v = new byte[(int) (end - start)];
        memory.read(o + DATA + start, v, 0, v.length);
        return of(v);
    }

    public byte[] value(long o) {
        byte[] v = new byte[(int) memory.getLong(o + Layout.OB_SIZE)];
        memory.read(o + DATA, v, 0, v.length);
        return v;
    }

    @Override
    public void dealloc(long o) {
        space.typeOf(o).tpFree(o);
    }

    @Override
    public long hash(long o) {
        long h = memory.getLong(o + HASH);
        if (h == -1) {
            h = Hashing.ofBytes(space.hashSecret, value(o));
            memory.putLong(o + HASH, h);
        }
        return h;
    }

    /** {@code bytes_richcompare}: against any bytes-like object, byte by byte (unsigned), then by length. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        return BytesMethods.compare(space, value(a), b, op);
    }

    @Override
    public long length(long o) {
        return memory.getLong(o + Layout.OB_SIZE);
    }

    /** Sized: {@code PyObject_LengthHint} is the length ({@code list(x)} and {@code extend} preallocate from it). */
    @Override
    public long lengthHint(long o) {
        return length(o);
    }

    @Override
    public boolean isTrue(long o) {
        return length(o) != 0;
    }

    /** {@code b[i]}: the byte as an int. */
    @Override
    public long sequenceItem(long o, long index) {
        long i = checkedIndex(index, length(o), "index out of range");
        return space.newInt(memory.getByte(o + DATA + i) & 0xFF);
    }

    @Override
    public long getItem(long o, long key) {
        if (space.sliceType.check(key)) {
            long length = length(o);
            long[] s = space.sliceType.indices(key, length);
            if (s[0] == 0 && s[2] == 1 && s[3] == length && space.typeOf(o) == this) {
                return space.newRef(o); // bytes_subscript: the whole of an exact bytes is itself
            }
            byte[] part = BytesMethods.slice(space, o, key);
            return s[2] == 1 ? of(part) : fresh(part);
        }
        PyType kt = space.typeOf(key);
        if (!BytesMethods.indexCheck(space, key)) {
            throw new PyException("TypeError", "byte indices must be integers or slices, not " + kt.name);
        }
        return sequenceItem(o, BytesMethods.asIndex(space, key));
    }

    @Override
    public long iter(long o) {
        return space.bytesIterType.create(o);
    }

    /** {@code bytes_contains}: an int in 0..255 as a byte, or a bytes-like object as a substring. */
    @Override
    public boolean contains(long o, long v) {
        return BytesMethods.contains(space, o, v);
    }

    @Override
    public long concat(long a, long b) {
        byte[] result = BytesMethods.concat(space, a, b);
        // bytes_concat's end cases: an empty operand gives back the other when it is exactly bytes
        if (space.typeOf(b) == this && length(b) == result.length) {
            return space.newRef(b);
        }
        if (space.typeOf(a) == this && length(a) == result.length) {
            return space.newRef(a);
        }
        return of(result);
    }

    @Override
    public boolean hasRepeat() {
        return true;
    }

    /**
     * {@code bytes_repeat}: an exact bytes whose length would not change ({@code b * 1}, {@code b'' * n})
     * comes back itself; any other result is a new object, never one of the singletons
     * ({@code b'ab' * 0} is a fresh empty bytes).
     */
    @Override
    public long repeat(long a, long count) {
        byte[] data = value(a);
        long n = Math.max(count, 0);
        if (n > 0 && data.length > Long.MAX_VALUE / n) {
            throw new PyException("OverflowError", "repeated bytes are too long");
        }
        if (data.length * n == data.length && space.typeOf(a) == this) {
            return space.newRef(a);
        }
        return create(BytesMethods.repeat(data, n));
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        // bytes_str: the repr (it warns only under -b, which this interpreter does not take)
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.NB_REMAINDER, SlotWrappers.Slot.TP_STR));
    }

    /** {@code bytes_str}: its own repr, whatever {@code __repr__} a subclass defines. */
    @Override
    public String str(long o) {
        return repr(o);
    }

    @Override
    public String repr(long o) {
        return BytesMethods.repr("", value(o), "");
    }

    @Override
    public Object javaValue(long o) {
        return value(o);
    }
}
