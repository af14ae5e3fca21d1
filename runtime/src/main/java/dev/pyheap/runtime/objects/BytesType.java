package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.modules.*;
import dev.pyheap.runtime.sanity.*;
import dev.pyheap.runtime.inject.*;

import java.util.function.LongConsumer;

/**
 * {@code bytes}: {@code ob_refcnt}, {@code ob_type}, {@code ob_size} (+16), {@code ob_shash} (+24,
 * -1 until computed), then the bytes and a NUL at +32. {@code sys.getsizeof} is {@code 33 + len}.
 * {@code b''} is one object, held by the interpreter. Never tracked.
 */
public final class BytesType extends PyType {
    public static final int HASH = 24;
    public static final int DATA = 32;

    private long empty;

    public BytesType(ObjectSpace interp) {
        super(interp, "bytes", false);
    }

    public void createCaches() {
        empty = create(new byte[0]);
    }

    public void forEachCached(LongConsumer visitor) {
        visitor.accept(empty);
    }

    /** {@code bytes(value)}: {@code b''} is the singleton. New reference. */
    public long of(byte[] value) {
        return value.length == 0 ? interp.newRef(empty) : create(value);
    }

    private long create(byte[] value) {
        long o = interp.newObject(this, DATA + value.length + 1L);
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
    public long sizeof(long o) {
        return DATA + memory.getLong(o + Layout.OB_SIZE) + 1;
    }

    @Override
    public void dealloc(long o) {
        interp.freeObject(o);
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
            h = Hashing.ofCodePoints(interp.hashSeed, points);
            memory.putLong(o + HASH, h);
        }
        return h;
    }

    @Override
    public boolean equal(long a, long b) {
        return a == b || (interp.typeOf(b) == this && java.util.Arrays.equals(value(a), value(b)));
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
}
