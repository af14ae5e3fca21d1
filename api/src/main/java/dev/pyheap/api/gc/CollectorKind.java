package dev.pyheap.api.gc;

import dev.pyheap.api.PluginKind;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Option;
import dev.pyheap.api.gc.mechanism.GcState;

import java.util.List;

/**
 * A {@link CollectorProvider} that only names its collector: a name, a line of description, the
 * options it reads and how to make one. A gc module's public provider class (ServiceLoader needs a
 * public class with a public no-argument constructor) extends it and passes those to
 * {@link #CollectorKind}; nothing else.
 */
public abstract class CollectorKind extends PluginKind implements CollectorProvider {

    /** How a kind makes its collector: {@link CollectorProvider#create}'s arguments. */
    @FunctionalInterface
    public interface Factory {
        Collector create(HeapBinding binding, GcState gc, Configuration configuration);
    }

    private final List<Option<?>> options;
    private final Factory factory;

    protected CollectorKind(String name, String description, List<Option<?>> options, Factory factory) {
        super(name, description);
        this.options = List.copyOf(options);
        this.factory = factory;
    }

    @Override
    public final List<Option<?>> options() {
        return options;
    }

    @Override
    public final Collector create(HeapBinding binding, GcState gc, Configuration configuration) {
        return factory.create(binding, gc, configuration);
    }
}
