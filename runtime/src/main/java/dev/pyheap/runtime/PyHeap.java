package dev.pyheap.runtime;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Options;
import dev.pyheap.runtime.internal.HeapComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private heap. Open one from a {@link Configuration}; the implementations it names are looked
 * up by name (an unknown name fails here, listing the names that exist) and wired together.
 * Any number of heaps, with different allocators and collectors, live side by side in one JVM.
 *
 * <p>This first cut holds the configuration and the allocator; the runtime issue adds objects,
 * reference counting, roots, the GIL and the collector.
 */
public final class PyHeap implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PyHeap.class);

    private final HeapComponent component;

    private PyHeap(HeapComponent component) {
        this.component = component;
    }

    /**
     * Opens a heap.
     *
     * @throws dev.pyheap.api.config.ConfigurationException when the configuration names an implementation that does not exist
     */
    public static PyHeap open(Configuration configuration) {
        var allocatorProvider = Plugins.allocator(configuration.get(Options.ALLOCATOR));
        if (LOG.isDebugEnabled()) {
            configuration.all().forEach(s -> LOG.debug("{} = {} ({})", s.option().name(), s.valueText(), s.origin()));
        }
        return new PyHeap(HeapComponent.create(configuration, allocatorProvider));
    }

    public Configuration configuration() {
        return component.configuration();
    }

    public Allocator allocator() {
        return component.allocator();
    }

    @Override
    public void close() {
        component.allocator().close();
    }
}
