package dev.pyheap.runtime.objects;

/**
 * {@code coroutine_wrapper} ({@code PyCoroWrapper}, Objects/genobject.c): what
 * {@code coroutine.__await__()} returns, an iterator that drives its coroutine
 * ({@code cw_coroutine} at +16), so code that only knows iterators ({@code yield from}, a
 * hand-written event loop calling {@code send}) can run it. GC-capable; 24 bytes.
 */
public final class CoroWrapperType extends StructType {
    static final int COROUTINE = 16;

    CoroWrapperType(ObjectSpace space) {
        super(space, "coroutine_wrapper", null, HAVE_GC | IMMUTABLETYPE, 24, 0, 0, "cw_coroutine", COROUTINE);
        defineMethod("send", (self, args) -> {
            Args.range("send", args, 1, 1);
            long c = field(self, COROUTINE);
            return space.coroutineType.finish(c, space.frameEvaluator.resume(c, args[0], null));
        });
        defineMethod("throw", (self, args) -> {
            Args.range("throw", args, 1, 3);
            return space.coroutineType.throwInto(field(self, COROUTINE), space.coroutineType.exceptionOf(args), true);
        });
        defineMethod("close", (self, args) -> {
            Args.none("close", args);
            space.coroutineType.close(field(self, COROUTINE));
            return space.newNone();
        });
    }

    /** The wrapper of {@code coro} (borrowed). A new reference. */
    long create(long coro) {
        long w = allocateStruct(24);
        setField(w, COROUTINE, coro);
        space.track(w);
        return w;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    /** {@code coro_wrapper_iternext}: one step of the coroutine; its return raises StopIteration with the value. */
    @Override
    public long iterNext(long w) {
        long c = field(w, COROUTINE);
        return space.coroutineType.finish(c, space.frameEvaluator.resume(c, space.none, null));
    }
}
