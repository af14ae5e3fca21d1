package dev.pyheap.runtime.internal;

import dagger.Module;
import dagger.Provides;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Configuration;
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
}
