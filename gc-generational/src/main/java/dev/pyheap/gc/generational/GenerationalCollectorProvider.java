package dev.pyheap.gc.generational;

import dev.pyheap.api.gc.CollectorKind;

import java.util.List;

/** The {@code generational} collector as a service: CPython 3.11's three-generation cycle collector. */
public final class GenerationalCollectorProvider extends CollectorKind {

    /** For the service loader. */
    public GenerationalCollectorProvider() {
        super(GenerationalCollector.NAME, "CPython 3.11's three-generation cycle collector (thresholds 700, 10, 10; freeze)",
                List.of(), (binding, gc, configuration) -> new GenerationalCollector(binding, gc));
    }
}
