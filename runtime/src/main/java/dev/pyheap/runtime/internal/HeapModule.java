package dev.pyheap.runtime.internal;

import dagger.Module;
import dagger.Provides;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Options;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.runtime.gil.Gil;
import jakarta.inject.Singleton;

@Module
abstract class HeapModule {
    private HeapModule() {
    }

    @Provides
    @Singleton
    static Allocator allocator(AllocatorProvider provider, Configuration configuration) {
        return provider.create(configuration);
    }

    @Provides
    @Singleton
    static Gil gil(Configuration configuration) {
        return Gil.create(configuration.get(Options.SWITCH_INTERVAL));
    }

    @Provides
    @Singleton
    static HeapState heapState(Configuration configuration, Allocator allocator, CollectorProvider collectorProvider,
                               Gil gil) {
        gil.acquire(); // building the interpreter allocates, and the debug allocators check the GIL
        try {
            return new HeapState(configuration, allocator, collectorProvider, gil);
        } finally {
            gil.release();
        }
    }
}
