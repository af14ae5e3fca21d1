package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code async_generator_athrow} ({@code PyAsyncGenAThrow}, Objects/genobject.c): the awaitable of
 * {@code agen.athrow(...)} and, with no arguments, of {@code agen.aclose()}. The first step throws
 * into the generator (GeneratorExit for aclose); later steps send. For aclose, a generator that
 * yields a value again is a RuntimeError, and its end (StopAsyncIteration or GeneratorExit) ends
 * the await quietly. {@code agt_gen} +16, {@code agt_args} +24 (0 for aclose), {@code agt_state} +32.
 */
public final class AsyncGenAThrowType extends StructType {
    /** The slot structs CPython's static type declares: async_gen_athrow_as_async. */
    @Override
    protected int ownSlotStructs() {
        return AS_ASYNC;
    }

    static final int GEN = 16, ARGS = 24, STATE = 32;

    AsyncGenAThrowType(ObjectSpace space) {
        super(space, "async_generator_athrow", null, HAVE_GC | IMMUTABLETYPE, 40, 0, 0, "agt_gen", GEN, "agt_args", ARGS);
        defineMethod("send", (self, args) -> {
            Args.range("send", args, 1, 1);
            return send(self, args[0]);
        });
        defineMethod("throw", (self, args) -> {
            Args.range("throw", args, 1, 3);
            return throwIn(self, space.asyncGenType.exceptionOf(args));
        });
        defineMethod("close", (self, args) -> {
            Args.none("close", args);
            setState(self, AsyncGenASendType.CLOSED);
            return space.newNone();
        });
        defineMethod("__await__", (self, args) -> {
            Args.none("__await__", args);
            return space.newRef(self);
        });
    }

    /** {@code async_gen_athrow_new(gen, args)}: {@code gen} borrowed, {@code args} (a tuple, or 0 for aclose) taken. */
    long create(long gen, long args) {
        long o = allocateStruct(40);
        setField(o, GEN, gen);
        memory.putLong(o + ARGS, args);
        memory.putInt(o + STATE, AsyncGenASendType.INIT);
        space.track(o);
        return o;
    }

    private int state(long o) {
        return memory.getInt(o + STATE);
    }

    private void setState(long o, int state) {
        memory.putInt(o + STATE, state);
    }

    private boolean isClose(long o) {
        return field(o, ARGS) == 0;
    }

    /** {@code async_gen_athrow_send}. */
    private long send(long o, long arg) {
        GeneratorType agt = space.asyncGenType;
        long gen = field(o, GEN);
        if (state(o) == AsyncGenASendType.CLOSED) {
            throw new PyException("RuntimeError", "cannot reuse already awaited aclose()/athrow()");
        }
        if (agt.state(gen) >= GeneratorType.COMPLETED) {
            setState(o, AsyncGenASendType.CLOSED);
            throw new PyException("StopIteration", "");
        }
        long retval;
        try {
            if (state(o) == AsyncGenASendType.INIT) {
                if (agt.runningAsync(gen)) {
                    setState(o, AsyncGenASendType.CLOSED);
                    throw new PyException("RuntimeError", (isClose(o) ? "aclose()" : "athrow()")
                            + ": asynchronous generator is already running");
                }
                if (agt.closed(gen)) {
                    setState(o, AsyncGenASendType.CLOSED);
                    throw new PyException("StopAsyncIteration", "");
                }
                if (arg != space.none) {
                    throw new PyException("RuntimeError", "can't send non-None value to a just-started coroutine");
                }
                setState(o, AsyncGenASendType.ITER);
                agt.setRunningAsync(gen, true);
                if (isClose(o)) {
                    agt.setClosed(gen);
                    long exc = space.exceptions.byName("GeneratorExit").create(space.tupleType.create(), true);
                    retval = agt.throwInto(gen, exc, false);
                } else {
                    long t = field(o, ARGS);
                    long[] a = new long[(int) space.tupleType.size(t)];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = space.tupleType.item(t, i);
                    }
                    retval = agt.throwInto(gen, agt.exceptionOf(a), false);
                    return space.asyncGenASendType.unwrap(gen, retval);
                }
            } else {
                retval = agt.finish(gen, space.frameEvaluator.resume(gen, arg, null));
                if (!isClose(o)) {
                    return space.asyncGenASendType.unwrap(gen, retval);
                }
            }
        } catch (PyException e) {
            throw checkError(o, gen, e);
        }
        return closeResult(o, gen, retval);
    }

    /** aclose's step result: a value the generator yields is an error; what it awaits goes up. */
    private long closeResult(long o, long gen, long retval) {
        if (space.asyncGenWrappedValueType.check(retval)) {
            space.decref(retval);
            space.asyncGenType.setRunningAsync(gen, false);
            setState(o, AsyncGenASendType.CLOSED);
            throw new PyException("RuntimeError", "async generator ignored GeneratorExit");
        }
        return retval;
    }

    /** The {@code check_error} path: the await is over; for aclose the generator's end is a quiet StopIteration. */
    private PyException checkError(long o, long gen, PyException e) {
        if (state(o) == AsyncGenASendType.CLOSED) {
            return e;
        }
        space.asyncGenType.setRunningAsync(gen, false);
        setState(o, AsyncGenASendType.CLOSED);
        if (isClose(o) && (Abstract.matches(space, e, "StopAsyncIteration") || Abstract.matches(space, e, "GeneratorExit"))) {
            e.release();
            return new PyException("StopIteration", "");
        }
        if (Abstract.matches(space, e, "StopAsyncIteration") || Abstract.matches(space, e, "GeneratorExit")) {
            space.asyncGenType.setClosed(gen);
        }
        return e;
    }

    /** {@code async_gen_athrow_throw}. */
    private long throwIn(long o, long exc) {
        GeneratorType agt = space.asyncGenType;
        long gen = field(o, GEN);
        if (state(o) == AsyncGenASendType.CLOSED) {
            space.decref(exc);
            throw new PyException("RuntimeError", "cannot reuse already awaited aclose()/athrow()");
        }
        long retval;
        try {
            retval = agt.throwInto(gen, exc, false);
        } catch (PyException e) {
            throw checkError(o, gen, e);
        }
        if (!isClose(o)) {
            return space.asyncGenASendType.unwrap(gen, retval);
        }
        return closeResult(o, gen, retval);
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public long iterNext(long o) {
        return send(o, space.none);
    }
}
