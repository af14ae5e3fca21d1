package dev.pyheap.runtime.inject;

import dagger.Module;
import dagger.Provides;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Options;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.runtime.gc.Binding;
import dev.pyheap.runtime.gc.CollectionRunner;
import dev.pyheap.runtime.gil.Gil;
import dev.pyheap.runtime.jfr.HeapName;
import dev.pyheap.runtime.modules.GcModule;
import dev.pyheap.runtime.modules.ObjGraphModule;
import dev.pyheap.runtime.modules.SysModule;
import dev.pyheap.runtime.modules.TracemallocModule;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.state.InterpreterState;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/**
 * How a heap is made, bottom up, each layer from the ones below it:
 * <ol>
 * <li>the allocator (from its provider) and the GIL;
 * <li>the objects ({@link ObjectSpace}: built-in types, singletons, caches), then the interpreter
 *     state around them;
 * <li>the binding, then the shared GC state ({@link GcState}) with the collector its provider
 *     makes for it, attached to the objects (the first GC-capable objects come after it);
 * <li>the collection runner, which starts the gc state ({@code gc.garbage}) and becomes the
 *     thread states' check-point hook;
 * <li>the modules: gc, sys, tracemalloc, objgraph.
 * </ol>
 * Steps that allocate hold the GIL: the debug allocators check it, as CPython's debug hooks do.
 */
@Module
abstract class HeapModule {
    private HeapModule() {
    }

    /** Runs a start-up step with the GIL (no thread state exists yet to hold it). */
    private static <T> T booting(Gil gil, Supplier<T> step) {
        gil.acquire();
        try {
            return step.get();
        } finally {
            gil.release();
        }
    }

    @Provides
    @Singleton
    static Allocator allocator(AllocatorProvider provider, Configuration configuration) {
        return provider.create(configuration);
    }

    @Provides
    @Singleton
    static HeapName name() {
        return HeapName.next();
    }

    @Provides
    @Singleton
    static Gil gil(Configuration configuration, HeapName name) {
        return Gil.create(configuration.get(Options.SWITCH_INTERVAL), name.value());
    }

    @Provides
    @Singleton
    static ObjectSpace space(Allocator allocator, Gil gil, Configuration configuration) {
        // the str/bytes hash secret: per heap, as CPython's is per process (PYTHONHASHSEED)
        String seed = configuration.get(Options.HASH_SEED);
        long[] secret = seed.equals("random")
                ? new java.security.SecureRandom().longs(2).toArray()
                : ObjectSpace.hashSecretOf(Long.parseLong(seed));
        return booting(gil, () -> new ObjectSpace(allocator, secret));
    }

    @Provides
    @Singleton
    static InterpreterState interpreterState(ObjectSpace space, Gil gil, HeapName name) {
        return new InterpreterState(space, gil, name);
    }

    @Provides
    @Singleton
    static Binding binding(InterpreterState state) {
        return booting(state.gil(), () -> new Binding(state));
    }

    @Provides
    @Singleton
    static GcState gcState(CollectorProvider provider, Binding binding, Configuration configuration, ObjectSpace space,
                           Gil gil) {
        return booting(gil, () -> {
            GcState gcState = GcState.open(binding, configuration, provider);
            space.attachCollector(gcState);
            return gcState;
        });
    }

    @Provides
    @Singleton
    static CollectionRunner runner(InterpreterState state, Binding binding, GcState attached, Configuration configuration) {
        int debug = (int) (long) configuration.get(Options.GC_DEBUG);
        return booting(state.gil(), () -> new CollectionRunner(state, binding, debug));
    }

    @Provides
    @Singleton
    static GcModule gc(InterpreterState state, CollectionRunner runner) {
        return new GcModule(state, runner);
    }

    @Provides
    @Singleton
    static SysModule sys(InterpreterState state) {
        return new SysModule(state);
    }

    @Provides
    @Singleton
    static TracemallocModule tracemalloc(InterpreterState state, GcState attached) {
        return new TracemallocModule(state);
    }

    @Provides
    @Singleton
    static ObjGraphModule objgraph(InterpreterState state, Binding binding, GcModule gc) {
        return new ObjGraphModule(state, binding, gc);
    }
}
