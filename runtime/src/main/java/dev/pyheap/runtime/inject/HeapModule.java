package dev.pyheap.runtime.inject;

import dev.pyheap.runtime.objects.*;
import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.modules.*;
import dev.pyheap.runtime.sanity.*;

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
public abstract class HeapModule {
    private HeapModule() {
    }

    @Provides
    @Singleton
    public static Allocator allocator(AllocatorProvider provider, Configuration configuration) {
        return provider.create(configuration);
    }

    @Provides
    @Singleton
    public static Gil gil(Configuration configuration) {
        return Gil.create(configuration.get(Options.SWITCH_INTERVAL));
    }

    @Provides
    @Singleton
    public static HeapState heapState(Configuration configuration, Allocator allocator, CollectorProvider collectorProvider,
                               Gil gil) {
        gil.acquire(); // building the interpreter allocates, and the debug allocators check the GIL
        try {
            return new HeapState(configuration, allocator, collectorProvider, gil);
        } finally {
            gil.release();
        }
    }
}
