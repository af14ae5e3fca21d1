package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * {@code bytes}: {@code ob_refcnt}, {@code ob_type}, {@code ob_size} (+16), {@code ob_shash} (+24,
 * -1 until computed), then the bytes and a NUL at +32. {@code sys.getsizeof} is {@code 33 + len}.
 * {@code b''} is one object, held by the space. Never tracked.
 */
public final class BytesType extends PyType {
    static final int HASH = 24;
    static final int DATA = 32;

    private long empty;

    BytesType(ObjectSpace space) {
        // tp_basicsize counts the trailing NUL (PyBytesObject's ob_sval[1]); one more byte per item.
        super(space, "bytes", null, BASETYPE | IMMUTABLETYPE | BYTES_SUBCLASS, DATA + 1, 1);
    }

    void createCaches() {
        empty = create(new byte[0]);
    }

    void forEachCached(LongConsumer visitor) {
        visitor.accept(empty);
    }

    /** {@code PyBytes_Check}. */
    public boolean check(long o) {
        return space.typeOf(o).hasFlag(BYTES_SUBCLASS);
    }

    /** {@code bytes(value)}: {@code b''} is the singleton. New reference. */
    public long of(byte[] value) {
        return value.length == 0 ? space.newRef(empty) : create(value);
    }

    private long create(byte[] value) {
        long o = space.newObject(this, DATA + value.length + 1L);
        memory.putLong(o + Layout.OB_SIZE, value.length);
        memory.putLong(o + HASH, -1);
        memory.write(o + DATA, value, 0, value.length);
        memory.putByte(o + DATA + value.length, (byte) 0);
        return o;
    }

    public byte[] value(long o) {
        byte[] v = new byte[(int) memory.getLong(o + Layout.OB_SIZE)];
        memory.read(o + DATA, v, 0, v.length);
        return v;
    }

    @Override
    public void dealloc(long o) {
        space.freeObject(o);
    }

    @Override
    public long hash(long o) {
        long h = memory.getLong(o + HASH);
        if (h == -1) {
            byte[] v = value(o);
            int[] points = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                points[i] = v[i] & 0xFF;
            }
            h = Hashing.ofCodePoints(space.hashSeed, points);
            memory.putLong(o + HASH, h);
        }
        return h;
    }

    /** {@code bytes_richcompare}: bytes against bytes, byte by byte (unsigned), then by length. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (!check(b)) {
            return space.newNotImplemented();
        }
        return space.newBool(op.holds(a == b ? 0 : Arrays.compareUnsigned(value(a), value(b))));
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
            long[] s = space.sliceType.indices(key, length(o));
            byte[] out = new byte[(int) s[3]];
            for (int k = 0; k < s[3]; k++) {
                out[k] = memory.getByte(o + DATA + s[0] + k * s[2]);
            }
            return of(out);
        }
        if (!space.typeOf(key).hasFlag(LONG_SUBCLASS)) {
            throw new PyException("TypeError", "byte indices must be integers or slices, not " + space.typeOf(key).name);
        }
        return sequenceItem(o, Abstract.index(space, key));
    }

    @Override
    public long iter(long o) {
        return space.bytesIterType.create(o);
    }

    /** {@code bytes_contains}: an int in 0..255 as a byte, or a bytes object as a substring. */
    @Override
    public boolean contains(long o, long v) {
        byte[] haystack = value(o);
        if (space.typeOf(v).hasFlag(LONG_SUBCLASS)) {
            long b = Abstract.index(space, v);
            if (b < 0 || b > 255) {
                throw new PyException("ValueError", "byte must be in range(0, 256)");
            }
            for (byte x : haystack) {
                if ((x & 0xFF) == b) {
                    return true;
                }
            }
            return false;
        }
        if (!check(v)) {
            throw new PyException("TypeError", "a bytes-like object is required, not '" + space.typeOf(v).name + "'");
        }
        byte[] needle = value(v);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    protected java.util.List<String> slotWrappers() {
        return SlotWrappers.container("__getitem__");
    }

    @Override
    public String repr(long o) {
        StringBuilder s = new StringBuilder("b'");
        for (byte x : value(o)) {
            int c = x & 0xFF;
            if (c == '\'' || c == '\\') {
                s.append('\\').append((char) c);
            } else if (c >= 32 && c < 127) {
                s.append((char) c);
            } else {
                s.append(String.format("\\x%02x", c));
            }
        }
        return s.append('\'').toString();
    }

    @Override
    public Object javaValue(long o) {
        return value(o);
    }
}
