package dev.pyheap.runtime.internal;

import dagger.BindsInstance;
import dagger.Component;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.CollectorProvider;
import jakarta.inject.Singleton;

/**
 * One heap's object graph: configuration, allocator, GIL, and the heap state (interpreter,
 * collector, roots). Singleton scope is per component instance, so nothing is shared between heaps.
 */
@Singleton
@Component(modules = HeapModule.class)
public interface HeapComponent {

    Configuration configuration();

    Allocator allocator();

    HeapState heapState();

    /** Creates the graph from the configuration and the providers chosen from it. */
    static HeapComponent create(Configuration configuration, AllocatorProvider allocatorProvider,
                                CollectorProvider collectorProvider) {
        return DaggerHeapComponent.factory().create(configuration, allocatorProvider, collectorProvider);
    }

    /** Dagger's entry point. */
    @Component.Factory
    interface Factory {
        HeapComponent create(@BindsInstance Configuration configuration,
                             @BindsInstance AllocatorProvider allocatorProvider,
                             @BindsInstance CollectorProvider collectorProvider);
    }
}
