package dev.pyheap.runtime.internal;

import dagger.BindsInstance;
import dagger.Component;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Configuration;
import jakarta.inject.Singleton;

/**
 * One heap's object graph. Singleton scope is per component instance, so every heap gets its own
 * allocator; nothing is shared between heaps.
 */
@Singleton
@Component(modules = HeapModule.class)
public interface HeapComponent {

    Configuration configuration();

    Allocator allocator();

    /** Creates the graph from the configuration and the providers chosen from it. */
    static HeapComponent create(Configuration configuration, AllocatorProvider allocatorProvider) {
        return DaggerHeapComponent.factory().create(configuration, allocatorProvider);
    }

    /** Dagger's entry point. */
    @Component.Factory
    interface Factory {
        HeapComponent create(@BindsInstance Configuration configuration,
                             @BindsInstance AllocatorProvider allocatorProvider);
    }
}
