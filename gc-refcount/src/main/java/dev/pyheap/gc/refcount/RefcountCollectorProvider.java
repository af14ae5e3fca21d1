package dev.pyheap.gc.refcount;

import dev.pyheap.api.gc.CollectorKind;

import java.util.List;

/** The {@code refcount} collector as a service: reference counting alone, cycles reported, never freed. */
public final class RefcountCollectorProvider extends CollectorKind {

    /** For the service loader. */
    public RefcountCollectorProvider() {
        super(RefcountCollector.NAME, "reference counting only: cycles are never freed, they are reported", List.of(),
                (binding, gc, configuration) -> new RefcountCollector(binding, gc));
    }
}
