package dev.pyheap.runtime.inject;

import dagger.BindsInstance;
import dagger.Component;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.runtime.gc.Binding;
import dev.pyheap.runtime.modules.GcModule;
import dev.pyheap.runtime.modules.ObjGraphModule;
import dev.pyheap.runtime.modules.SysModule;
import dev.pyheap.runtime.modules.TracemallocModule;
import dev.pyheap.runtime.state.InterpreterState;
import jakarta.inject.Singleton;

/**
 * One heap's object graph ({@link HeapModule} says how each part is made, in which order): the
 * configuration, the allocator, the interpreter state with its objects and GIL, the binding the
 * collector sees, and the Python-level modules. Singleton scope is per component instance, so
 * nothing is shared between heaps.
 */
@Singleton
@Component(modules = HeapModule.class)
public interface HeapComponent {

    Configuration configuration();

    Allocator allocator();

    InterpreterState interpreterState();

    Binding binding();

    GcModule gc();

    SysModule sys();

    TracemallocModule tracemalloc();

    ObjGraphModule objgraph();

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
