package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.Arrays;

/**
 * {@code bytearray} (Objects/bytearrayobject.c): a mutable byte buffer.
 *
 * <pre>
 *   +0  ob_refcnt
 *   +8  ob_type
 *   +16 ob_size      bytes in use
 *   +24 ob_alloc     bytes allocated (0 while there is no buffer)
 *   +32 ob_bytes     the buffer (a pymalloc block of ob_alloc bytes), 0 when none
 *   +40 ob_start     where the contents begin inside the buffer (deleting from the front moves it)
 *   +48 ob_exports   buffer exports: the memoryviews alive over it (a resize meanwhile is a BufferError)
 * </pre>
 *
 * {@code sys.getsizeof} is {@code 56 + ob_alloc}. The buffer keeps a NUL after the contents, so a
 * non-empty bytearray always has {@code ob_alloc > ob_size}. Growth ({@link #resize}, CPython's
 * {@code PyByteArray_Resize}):
 * <ol>
 *   <li>the size does not change: nothing;</li>
 *   <li>the size (plus the logical offset and the NUL) fits: shrink to exactly {@code size + 1} when
 *       below half the allocation, otherwise only set the size;</li>
 *   <li>growing by at most 1/8 of the allocation over-allocates as a list does
 *       ({@code size + size/8 + (size < 9 ? 3 : 6)}); a larger step allocates exactly {@code size + 1};</li>
 *   <li>with a logical offset the contents move to a new buffer (the offset is dropped), otherwise
 *       the buffer is reallocated.</li>
 * </ol>
 * Never tracked by the collector (it refers to no objects).
 */
public final class ByteArrayType extends PyType {
    /** The slot structs CPython's static type declares: bytearray_as_number (%), bytearray_as_sequence, bytearray_as_mapping, bytearray_as_buffer. */
    @Override
    protected int ownSlotStructs() {
        return AS_NUMBER | AS_SEQUENCE | AS_MAPPING | AS_BUFFER;
    }

    static final int ALLOC = 24;
    static final int BYTES = 32;
    static final int START = 40;
    static final int EXPORTS = 48;
    static final int SIZE = 56;

    ByteArrayType(ObjectSpace space) {
        super(space, "bytearray", null, BASETYPE | MATCH_SELF, SIZE, 0);
        BytesMethods.define(space, this, false, this::defineMethod);
        packsArguments(TextMethods.VARARGS);
        defineMethod("append", (self, args) -> {
            int v = byteValue(space, Args.one("bytearray.append", args), "byte must be in range(0, 256)");
            long n = length(self);
            resize(self, n + 1);
            memory.putByte(start(self) + n, (byte) v);
            return space.newNone();
        });
        defineMethod("extend", (self, args) -> {
            long source = Args.one("bytearray.extend", args);
            byte[] more = BytesMethods.bufferOf(space, source);
            if (more == null) {
                long it;
                try {
                    it = Abstract.getIter(space, source);
                } catch (PyException e) {
                    if (!Abstract.matches(space, e, "TypeError")) {
                        throw e;
                    }
                    e.release();
                    throw new PyException("TypeError", "can't extend bytearray with " + space.typeOf(source).name);
                }
                try {
                    more = fromIterator(space, it, "byte must be in range(0, 256)");
                } finally {
                    space.decref(it);
                }
            }
            append(self, more);
            return space.newNone();
        });
        defineMethod("pop", (self, args) -> {
            Args.range("pop", args, 0, 1);
            long n = length(self);
            if (n == 0) {
                throw new PyException("IndexError", "pop from empty bytearray");
            }
            long i = args.length == 0 ? n - 1 : Abstract.ssize(space, args[0]);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw new PyException("IndexError", "pop index out of range");
            }
            int v = memory.getByte(start(self) + i) & 0xFF;
            deleteAt(self, i);
            return space.newInt(v);
        });
        defineMethod("insert", (self, args) -> {
            Args.range("insert", args, 2, 2);
            long n = length(self);
            long i = Abstract.ssize(space, args[0]);
            int v = byteValue(space, args[1], "byte must be in range(0, 256)");
            i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
            replace(self, i, i, new byte[] {(byte) v});
            return space.newNone();
        });
        defineMethod("remove", (self, args) -> {
            int v = byteValue(space, Args.one("bytearray.remove", args), "byte must be in range(0, 256)");
            byte[] data = value(self);
            for (int i = 0; i < data.length; i++) {
                if ((data[i] & 0xFF) == v) {
                    deleteAt(self, i);
                    return space.newNone();
                }
            }
            throw new PyException("ValueError", "value not found in bytearray");
        });
        defineMethod("clear", (self, args) -> {
            Args.none("bytearray.clear", args);
            resize(self, 0);
            return space.newNone();
        });
        defineMethod("reverse", (self, args) -> {
            Args.none("bytearray.reverse", args);
            byte[] data = value(self);
            for (int i = 0; i < data.length; i++) {
                memory.putByte(start(self) + i, data[data.length - 1 - i]);
            }
            return space.newNone();
        });
        // bytearray___sizeof__: the instance's type's basic size and the buffer's allocation
        defineMethod("__reduce__", (self, args) -> {
            Args.none("bytearray.__reduce__", args);
            return commonReduce(self, 2);
        });
        defineMethod("__reduce_ex__", (self, args) -> {
            Args.range("__reduce_ex__", args, 0, 1);
            return commonReduce(self, args.length == 0 ? 0 : (int) Math.clamp(space.intType.asSsize(args[0]), Integer.MIN_VALUE, Integer.MAX_VALUE));
        });
        defineMethod("__sizeof__", (self, args) -> {
            Args.none("bytearray.__sizeof__", args);
            return space.newInt(space.typeOf(self).basicSize() + memory.getLong(self + ALLOC));
        });
        defineMethod("__alloc__", (self, args) -> {
            Args.none("bytearray.__alloc__", args);
            return space.newInt(memory.getLong(self + ALLOC));
        });
        defineMethod("copy", (self, args) -> {
            Args.none("bytearray.copy", args);
            return create(value(self));
        });
    }

    /** {@code fromhex} (a class method) and {@code maketrans} (a static method). */
    @Override
    protected void fillDict() {
        BytesMethods.fillDict(space, this, this::create, this::putInDict);
    }

    /** {@code bytearray % args}: a new bytearray ({@code bytearray_mod}). */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        if (op == BinaryOp.REMAINDER && check(v)) {
            return create(Formatter.percentBytes(space, value(v), w));
        }
        return space.newNotImplemented();
    }

    /** {@code PyByteArray_Check}. */
    public boolean check(long o) {
        return space.typeOf(o).isSubtypeOf(this);
    }

    /** {@code PyByteArray_FromStringAndSize}: a new bytearray holding {@code value}, its buffer exactly {@code len + 1}. */
    public long create(byte[] value) {
        long o = space.newObject(this, SIZE);
        memory.fill(o + Layout.OB_SIZE, SIZE - Layout.OB_SIZE, (byte) 0);
        if (value.length > 0) {
            long buffer = space.allocate(value.length + 1L);
            memory.write(buffer, value, 0, value.length);
            memory.putByte(buffer + value.length, (byte) 0);
            memory.putLong(o + BYTES, buffer);
            memory.putLong(o + START, buffer);
            memory.putLong(o + ALLOC, value.length + 1L);
            memory.putLong(o + Layout.OB_SIZE, value.length);
        }
        return o;
    }

    /** {@code bytearray.__new__}: an empty bytearray ({@code __init__} fills it). */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        return create(new byte[0]);
    }

    /** {@code bytearray.__init__(source, encoding, errors)}: empties the bytearray, then fills it from the source. */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        Constructors.onlyKeywords(space, kwargs, "bytearray", "source", "encoding", "errors");
        long n = Constructors.argCount(space, args);
        if (n > 3) {
            throw new PyException("TypeError", "bytearray() takes at most 3 arguments (" + n + " given)");
        }
        long source = n > 0 ? space.tupleType.item(args, 0) : Constructors.keyword(space, kwargs, "source");
        long encoding = n > 1 ? space.tupleType.item(args, 1) : Constructors.keyword(space, kwargs, "encoding");
        long errors = n > 2 ? space.tupleType.item(args, 2) : Constructors.keyword(space, kwargs, "errors");
        resize(self, 0);
        byte[] data = Constructors.bytesFrom(space, source, encoding, errors, "bytearray", "byte must be in range(0, 256)");
        if (data != null) {
            resize(self, data.length);
            memory.write(start(self), data, 0, data.length);
        } else {
            if ((space.listType.checkExact(source) || space.tupleType.checkExact(source)) && space.typeOf(source).length(source) > 0) {
                // the fast path for a list or tuple sized the buffer before it met an item that is not an exact int
                resize(self, space.typeOf(source).length(source));
                resize(self, 0);
            }
            // an iterable: appended one byte at a time, as bytearray_init's slow path grows it
            long it = Constructors.bytesSourceIter(space, source, "bytearray");
            try {
                for (long item = space.typeOf(it).iterNext(it); item != 0; item = space.typeOf(it).iterNext(it)) {
                    int v;
                    try {
                        v = byteValue(space, item, "byte must be in range(0, 256)");
                    } finally {
                        space.decref(item);
                    }
                    long size = length(self);
                    if (size + 1 < memory.getLong(self + ALLOC)) {
                        memory.putLong(self + Layout.OB_SIZE, size + 1);
                        memory.putByte(start(self) + size + 1, (byte) 0);
                    } else {
                        resize(self, size + 1);
                    }
                    memory.putByte(start(self) + size, (byte) v);
                }
            } finally {
                space.decref(it);
            }
        }
    }

    /** An int item of a bytes source as a byte: {@code _getbytevalue} (TypeError for a non-int, ValueError out of range). */
    static int byteValue(ObjectSpace space, long item, String rangeMessage) {
        long i = Abstract.numberIndex(space, item);
        try {
            IntType ints = space.intType;
            long v = ints.fitsLong(i) ? ints.longValue(i) : -1;
            if (v < 0 || v > 255) {
                throw new PyException("ValueError", rangeMessage);
            }
            return (int) v;
        } finally {
            space.decref(i);
        }
    }

    /** The bytes an iterable of ints yields. */
    static byte[] fromIterable(ObjectSpace space, long iterable, String rangeMessage) {
        long it = Abstract.getIter(space, iterable);
        try {
            return fromIterator(space, it, rangeMessage);
        } finally {
            space.decref(it);
        }
    }

    /** The bytes an iterator of ints yields (the iterator borrowed). */
    static byte[] fromIterator(ObjectSpace space, long it, String rangeMessage) {
        byte[] out = new byte[16];
        int n = 0;
        for (long item = space.typeOf(it).iterNext(it); item != 0; item = space.typeOf(it).iterNext(it)) {
                int v;
                try {
                    v = byteValue(space, item, rangeMessage);
                } finally {
                    space.decref(item);
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = (byte) v;
        }
        return Arrays.copyOf(out, n);
    }

    // ------------------------------------------------------------------ the buffer

    long start(long o) {
        return memory.getLong(o + START);
    }

    public byte[] value(long o) {
        byte[] v = new byte[(int) length(o)];
        if (v.length > 0) {
            memory.read(start(o), v, 0, v.length);
        }
        return v;
    }

    /**
     * {@code _canresize}: a shrinking edit checks this before it moves any byte, so a refused resize
     * leaves the contents as they were.
     */
    private void checkResizable(long o) {
        if (memory.getLong(o + EXPORTS) != 0) {
            throw new PyException("BufferError", "Existing exports of data: object cannot be re-sized");
        }
    }

    /** {@code PyByteArray_Resize}: see the class comment. */
    void resize(long o, long requested) {
        long size = length(o);
        if (requested == size) {
            return;
        }
        checkResizable(o);
        long alloc = memory.getLong(o + ALLOC);
        long bytes = memory.getLong(o + BYTES);
        long offset = start(o) - bytes;
        if (requested + offset + 1 <= alloc) {
            if (requested < alloc / 2) {
                alloc = requested + 1;
            } else {
                memory.putLong(o + Layout.OB_SIZE, requested);
                memory.putByte(start(o) + requested, (byte) 0);
                return;
            }
        } else if (requested <= alloc * 1.125) {
            alloc = requested + (requested >> 3) + (requested < 9 ? 3 : 6);
        } else {
            alloc = requested + 1;
        }
        long buffer;
        if (offset > 0) {
            buffer = space.allocate(alloc);
            memory.copy(start(o), buffer, Math.min(requested, size));
            space.free(bytes);
        } else {
            buffer = bytes == 0 ? space.allocate(alloc) : space.reallocate(bytes, alloc);
        }
        memory.putLong(o + BYTES, buffer);
        memory.putLong(o + START, buffer);
        memory.putLong(o + Layout.OB_SIZE, requested);
        memory.putLong(o + ALLOC, alloc);
        memory.putByte(buffer + requested, (byte) 0);
    }

    /** Appends {@code more} ({@code bytearray_iconcat}). */
    void append(long o, byte[] more) {
        long n = length(o);
        resize(o, n + more.length);
        if (more.length > 0) {
            memory.write(start(o) + n, more, 0, more.length);
        }
    }

    /**
     * {@code bytearray_setslice_linear}: replaces {@code [lo, hi)} by {@code with}. Deleting from the
     * front only moves {@code ob_start} (while the rest stays at least half the allocation).
     */
    void replace(long o, long lo, long hi, byte[] with) {
        long size = length(o);
        long growth = with.length - (hi - lo);
        if (growth < 0) {
            checkResizable(o);
            if (lo == 0) {
                // shrinking at the front: advance the logical start instead of moving the rest
                memory.putLong(o + START, start(o) - growth);
            } else {
                memory.copy(start(o) + hi, start(o) + lo + with.length, size - hi);
            }
            resize(o, size + growth);
        } else if (growth > 0) {
            resize(o, size + growth);
            memory.copy(start(o) + hi, start(o) + hi + growth, size - hi);
        }
        if (with.length > 0) {
            memory.write(start(o) + lo, with, 0, with.length);
        }
    }

    /** {@code pop} and {@code remove}: the rest moves down one byte, then the size shrinks (no logical-offset trick). */
    private void deleteAt(long o, long i) {
        long n = length(o);
        checkResizable(o);
        memory.copy(start(o) + i + 1, start(o) + i, n - i - 1);
        resize(o, n - 1);
    }

    /**
     * {@code _common_reduce}: {@code (type(self), args, state)}, the state what {@code __getstate__}
     * answers; before protocol 3 the data travels as a latin-1 str (Python 2's pickles read it), from
     * 3 on as bytes.
     */
    private long commonReduce(long self, int proto) {
        long state = Abstract.callMethod(space, self, "__getstate__", new long[0]);
        long cls = space.typeOf(self).typeObject();
        try {
            byte[] data = value(self);
            long args;
            if (data.length == 0) {
                args = space.tupleType.create();
            } else if (proto < 3) {
                long text = space.strType.create(new String(data, java.nio.charset.StandardCharsets.ISO_8859_1));
                long encoding = space.strType.create("latin-1");
                try {
                    args = space.tupleType.create(text, encoding);
                } finally {
                    space.decref(text);
                    space.decref(encoding);
                }
            } else {
                long b = space.bytesType.of(data);
                try {
                    args = space.tupleType.create(b);
                } finally {
                    space.decref(b);
                }
            }
            try {
                return space.tupleType.create(cls, args, state);
            } finally {
                space.decref(args);
            }
        } finally {
            space.decref(state);
        }
    }

    // ------------------------------------------------------------------ slots

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        // bytearray_str: the repr (it warns only under -b, which this interpreter does not take)
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.NB_REMAINDER, SlotWrappers.Slot.TP_STR));
    }

    @Override
    public void dealloc(long o) {
        long bytes = memory.getLong(o + BYTES);
        if (bytes != 0) {
            space.free(bytes);
        }
        space.typeOf(o).tpFree(o);
    }

    /** {@code bytearray_getbuffer}: the contents, writable; counted in {@code ob_exports}. */
    @Override
    public Buffer getBuffer(long o) {
        memory.putLong(o + EXPORTS, memory.getLong(o + EXPORTS) + 1);
        return Buffer.simple(o, start(o), length(o), 1, false, "B");
    }

    @Override
    public void releaseBuffer(long o) {
        memory.putLong(o + EXPORTS, memory.getLong(o + EXPORTS) - 1);
    }

    @Override
    public long sizeof(long o) {
        return SIZE + memory.getLong(o + ALLOC);
    }

    @Override
    public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
        long bytes = memory.getLong(o + BYTES);
        long alloc = memory.getLong(o + ALLOC);
        long size = length(o);
        if (size < 0 || (bytes == 0 ? alloc != 0 || size != 0 : size + start(o) - bytes >= alloc)) {
            return visitor.damaged("ob_size " + size + ", ob_alloc " + alloc + " and buffer " + dev.pyheap.api.Addresses.hex(bytes)
                    + " are inconsistent");
        }
        return bytes == 0 || visitor.owned(bytes, alloc);
    }

    @Override
    protected boolean hashIsNone() {
        return true;
    }

    @Override
    public long hash(long o) {
        throw unhashable();
    }

    @Override
    public long length(long o) {
        return memory.getLong(o + Layout.OB_SIZE);
    }

    @Override
    public boolean isTrue(long o) {
        return length(o) != 0;
    }

    @Override
    public long sequenceItem(long o, long index) {
        long i = checkedIndex(index, length(o), "bytearray index out of range");
        return space.newInt(memory.getByte(start(o) + i) & 0xFF);
    }

    @Override
    public long getItem(long o, long key) {
        if (space.sliceType.check(key)) {
            return create(BytesMethods.slice(space, o, key));
        }
        if (!space.typeOf(key).hasFlag(LONG_SUBCLASS)) {
            throw new PyException("TypeError", "bytearray indices must be integers or slices, not " + space.typeOf(key).name);
        }
        return sequenceItem(o, BytesMethods.asIndex(space, key));
    }

    /** {@code bytearray_ass_subscript}: an index takes an int in 0..255; a slice takes bytes-like or an iterable of ints. */
    @Override
    public void setItem(long o, long key, long value) {
        long n = length(o);
        if (space.sliceType.check(key)) {
            long[] s = space.sliceType.indices(key, n);
            byte[] with;
            if (value == 0) {
                with = new byte[0];
            } else if (value == o) {
                with = value(o);
            } else {
                with = BytesMethods.bufferOf(space, value);
                if (with == null) {
                    if (space.strType.check(value) || space.typeOf(value).hasFlag(LONG_SUBCLASS)) {
                        throw new PyException("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                    }
                    with = fromIterable(space, value, "byte must be in range(0, 256)");
                }
            }
            long start = s[0];
            long step = s[2];
            long count = s[3];
            if (step == 1) {
                long stop = Math.max(start, s[1]);
                replace(o, start, stop, with);
                return;
            }
            if (with.length == 0) {
                // CPython deletes the extended slice for an empty value too, and checks first
                checkResizable(o);
                if (count == 0) {
                    return;
                }
                boolean[] gone = new boolean[(int) n];
                for (long k = 0; k < count; k++) {
                    gone[(int) (start + k * step)] = true;
                }
                byte[] data = value(o);
                byte[] kept = new byte[(int) (n - count)];
                int j = 0;
                for (int i = 0; i < n; i++) {
                    if (!gone[i]) {
                        kept[j++] = data[i];
                    }
                }
                memory.write(start(o), kept, 0, kept.length);
                resize(o, kept.length);
                return;
            }
            if (with.length != count) {
                throw new PyException("ValueError", "attempt to assign bytes of size " + with.length
                        + " to extended slice of size " + count);
            }
            for (long k = 0; k < count; k++) {
                memory.putByte(start(o) + start + k * step, with[(int) k]);
            }
            return;
        }
        PyType kt = space.typeOf(key);
        if (!BytesMethods.indexCheck(space, key)) {
            throw new PyException("TypeError", "bytearray indices must be integers or slices, not " + kt.name);
        }
        long i = checkedIndex(BytesMethods.asIndex(space, key), n, "bytearray index out of range");
        if (value == 0) {
            replace(o, i, i + 1, new byte[0]);
        } else {
            memory.putByte(start(o) + i, (byte) byteValue(space, value, "byte must be in range(0, 256)"));
        }
    }

    @Override
    public long iter(long o) {
        return space.byteArrayIterType.create(o);
    }

    @Override
    public boolean contains(long o, long v) {
        return BytesMethods.contains(space, o, v);
    }

    @Override
    public long richCompare(long a, long b, CompareOp op) {
        return BytesMethods.compare(space, value(a), b, op);
    }

    @Override
    public long concat(long a, long b) {
        return create(BytesMethods.concat(space, a, b));
    }

    /** {@code bytearray_iconcat}: {@code a += b} grows {@code a} in place. */
    @Override
    public long inplaceConcat(long a, long b) {
        byte[] more = BytesMethods.bufferOf(space, b);
        if (more == null) {
            throw new PyException("TypeError", "can't concat " + space.typeOf(b).name + " to " + name);
        }
        append(a, more);
        return space.newRef(a);
    }

    @Override
    public boolean hasRepeat() {
        return true;
    }

    @Override
    public long repeat(long a, long count) {
        return create(BytesMethods.repeat(value(a), count));
    }

    /** {@code bytearray_irepeat}: {@code a *= n} in place. */
    @Override
    public long inplaceRepeat(long a, long count) {
        byte[] data = value(a);
        byte[] all = BytesMethods.repeat(data, count);
        resize(a, all.length);
        if (all.length > 0) {
            memory.write(start(a), all, 0, all.length);
        }
        return space.newRef(a);
    }

    /** {@code bytearray_str}: its own repr, whatever {@code __repr__} a subclass defines. */
    @Override
    public String str(long o) {
        return repr(o);
    }

    /** {@code bytearray(b'...')}, with the class name for a subclass. */
    @Override
    public String repr(long o) {
        return BytesMethods.repr(space.typeOf(o).name + "(", value(o), ")");
    }

    @Override
    public Object javaValue(long o) {
        return value(o);
    }
}
