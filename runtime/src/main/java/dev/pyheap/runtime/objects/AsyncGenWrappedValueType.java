package dev.pyheap.runtime.objects;

/**
 * {@code async_generator_wrapped_value} ({@code _PyAsyncGenWrappedValue}, Objects/genobject.c):
 * the mark {@code ASYNC_GEN_WRAP} puts on a value an async generator yields, so that its
 * {@code asend}/{@code athrow} awaitables tell the generator's own yields (which end the await with
 * StopIteration) from what an {@code await} inside it passes up to the event loop. The value at +16.
 */
public final class AsyncGenWrappedValueType extends StructType {
    static final int VALUE = 16;

    AsyncGenWrappedValueType(ObjectSpace space) {
        super(space, "async_generator_wrapped_value", null, HAVE_GC | IMMUTABLETYPE, 24, 0, 0, "agw_val", VALUE);
    }

    /** {@code _PyAsyncGenValueWrapperNew(value)}, {@code value} borrowed. A new reference. */
    public long create(long value) {
        long w = allocateStruct(24);
        setField(w, VALUE, value);
        space.track(w);
        return w;
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /** The wrapped value, borrowed. */
    long value(long w) {
        return field(w, VALUE);
    }
}
