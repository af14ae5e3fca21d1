package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code async_generator_asend} ({@code PyAsyncGenASend}, Objects/genobject.c): the awaitable of
 * {@code agen.asend(v)} and {@code agen.__anext__()}. Awaiting it runs the generator to its next
 * yield: a wrapped value ends the await (StopIteration carrying the value), anything else the
 * generator awaits passes through to the event loop, and the generator's end is
 * StopAsyncIteration. {@code ags_gen} +16, {@code ags_sendval} +24, {@code ags_state} +32 (int).
 */
public final class AsyncGenASendType extends StructType {
    /** The slot structs CPython's static type declares: async_gen_asend_as_async. */
    @Override
    protected int ownSlotStructs() {
        return AS_ASYNC;
    }

    static final int GEN = 16, SENDVAL = 24, STATE = 32;
    static final int INIT = 0, ITER = 1, CLOSED = 2;

    AsyncGenASendType(ObjectSpace space) {
        super(space, "async_generator_asend", null, HAVE_GC | IMMUTABLETYPE, 40, 0, 0, "ags_gen", GEN,
                "ags_sendval", SENDVAL);
        defineMethod("send", (self, args) -> {
            Args.range("send", args, 1, 1);
            return send(self, args[0]);
        });
        defineMethod("throw", (self, args) -> {
            Args.range("throw", args, 1, 3);
            if (state(self) == CLOSED) {
                throw new PyException("RuntimeError", "cannot reuse already awaited __anext__()/asend()");
            }
            long gen = field(self, GEN);
            try {
                return unwrap(gen, space.asyncGenType.throwInto(gen, space.asyncGenType.exceptionOf(args), true));
            } catch (PyException e) {
                unwrapError(gen, e);
                setState(self, CLOSED);
                throw e;
            }
        });
        defineMethod("close", (self, args) -> {
            Args.none("close", args);
            setState(self, CLOSED);
            return space.newNone();
        });
        defineMethod("__await__", (self, args) -> {
            Args.none("__await__", args);
            return space.newRef(self);
        });
    }

    /** {@code async_gen_asend_new(gen, sendval)}, both borrowed ({@code sendval} 0 for None). A new reference. */
    long create(long gen, long sendval) {
        long o = allocateStruct(40);
        setField(o, GEN, gen);
        setField(o, SENDVAL, sendval);
        memory.putInt(o + STATE, INIT);
        space.track(o);
        return o;
    }

    private int state(long o) {
        return memory.getInt(o + STATE);
    }

    private void setState(long o, int state) {
        memory.putInt(o + STATE, state);
    }

    /** {@code async_gen_asend_send}. */
    private long send(long o, long arg) {
        if (state(o) == CLOSED) {
            throw new PyException("RuntimeError", "cannot reuse already awaited __anext__()/asend()");
        }
        GeneratorType agt = space.asyncGenType;
        long gen = field(o, GEN);
        if (state(o) == INIT) {
            if (agt.runningAsync(gen)) {
                throw new PyException("RuntimeError", "anext(): asynchronous generator is already running");
            }
            if (arg == 0 || arg == space.none) {
                arg = field(o, SENDVAL) != 0 ? field(o, SENDVAL) : space.none;
            }
            setState(o, ITER);
        }
        if (arg == 0) {
            arg = space.none;
        }
        agt.setRunningAsync(gen, true);
        try {
            return unwrap(gen, agt.finish(gen, space.frameEvaluator.resume(gen, arg, null)));
        } catch (PyException e) {
            unwrapError(gen, e);
            setState(o, CLOSED);
            throw e;
        }
    }

    /**
     * {@code async_gen_unwrap} for a step that did not raise: a wrapped value (the generator's own
     * yield) becomes StopIteration(value); anything else the generator awaits goes up unchanged.
     */
    long unwrap(long gen, long result) {
        AsyncGenWrappedValueType wt = space.asyncGenWrappedValueType;
        if (!wt.check(result)) {
            return result;
        }
        space.asyncGenType.setRunningAsync(gen, false);
        long v = wt.value(result);
        long args = v == space.none ? space.tupleType.create() : space.tupleType.create(v);
        space.decref(result);
        long e = space.exceptions.byName("StopIteration").create(args, true);
        throw new PyException("StopIteration", "", e, space::decref);
    }

    /** {@code async_gen_unwrap}'s error half: the generator's end or close marks it closed; it no longer runs. */
    void unwrapError(long gen, PyException e) {
        if (Abstract.matches(space, e, "StopAsyncIteration") || Abstract.matches(space, e, "GeneratorExit")) {
            space.asyncGenType.setClosed(gen);
        }
        space.asyncGenType.setRunningAsync(gen, false);
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public long iterNext(long o) {
        return send(o, 0);
    }
}
