package dev.pyheap.gc.refcount;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.mechanism.GcState;

/** The {@code refcount} collector as a service: reference counting alone, cycles reported, never freed. */
public final class RefcountCollectorProvider implements CollectorProvider {

    /** For the service loader. */
    public RefcountCollectorProvider() {
    }

    @Override
    public String name() {
        return RefcountCollector.NAME;
    }

    @Override
    public String description() {
        return "reference counting only: cycles are never freed, they are reported";
    }

    @Override
    public Collector create(HeapBinding binding, GcState gc, Configuration configuration) {
        return new RefcountCollector(binding, gc);
    }
}
