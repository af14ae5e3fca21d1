package dev.pyheap.gc.generational;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.mechanism.GcState;

/** The {@code generational} collector as a service: CPython 3.11's three-generation cycle collector. */
public final class GenerationalCollectorProvider implements CollectorProvider {

    /** For the service loader. */
    public GenerationalCollectorProvider() {
    }

    @Override
    public String name() {
        return GenerationalCollector.NAME;
    }

    @Override
    public String description() {
        return "CPython 3.11's three-generation cycle collector (thresholds 700, 10, 10; freeze)";
    }

    @Override
    public Collector create(HeapBinding binding, GcState gc, Configuration configuration) {
        return new GenerationalCollector(binding, gc);
    }
}
