package dev.pyheap.api;

/**
 * What every plugin provider says about itself, kept once: the name configuration chooses it by and
 * the line {@code pyheap list} shows. The providers of a module extend a kind of their SPI
 * ({@link dev.pyheap.api.gc.CollectorKind}, the allocator module's own), whose final
 * {@code name()} and {@code description()} these are.
 */
public abstract class PluginKind {
    private final String name;
    private final String description;

    protected PluginKind(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** The name used in configuration, e.g. {@code pymalloc} or {@code generational}. */
    public final String name() {
        return name;
    }

    /** One line for {@code pyheap list}. */
    public final String description() {
        return description;
    }
}
