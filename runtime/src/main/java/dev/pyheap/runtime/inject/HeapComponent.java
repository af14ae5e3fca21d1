package dev.pyheap.runtime.inject;

import dev.pyheap.runtime.objects.*;
import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.modules.*;
import dev.pyheap.runtime.sanity.*;

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

    public Configuration configuration();

    public Allocator allocator();

    public HeapState heapState();

    /** Creates the graph from the configuration and the providers chosen from it. */
    public static HeapComponent create(Configuration configuration, AllocatorProvider allocatorProvider,
                                CollectorProvider collectorProvider) {
        return DaggerHeapComponent.factory().create(configuration, allocatorProvider, collectorProvider);
    }

    /** Dagger's entry point. */
    @Component.Factory
    public interface Factory {
        HeapComponent create(@BindsInstance Configuration configuration,
                             @BindsInstance AllocatorProvider allocatorProvider,
                             @BindsInstance CollectorProvider collectorProvider);
    }
}
