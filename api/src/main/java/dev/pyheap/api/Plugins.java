package dev.pyheap.api;

import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.ConfigurationException;
import dev.pyheap.api.config.Option;
import dev.pyheap.api.config.Options;
import dev.pyheap.api.gc.CollectorProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Finds allocator and collector implementations by name. They are JPMS services (and, on the class
 * path, {@code META-INF/services} entries); the lookup lives here because {@link ServiceLoader}
 * checks {@code uses} against the calling module, and only {@code dev.pyheap.api} declares it.
 *
 * <p>Nothing is cached: each call asks the service loader again, so there is no static state.
 */
public final class Plugins {
    private Plugins() {
    }

    /** Every allocator provider found, by name. */
    public static List<AllocatorProvider> allocators() {
        return load(AllocatorProvider.class, AllocatorProvider::name);
    }

    /** Every collector provider found, by name. */
    public static List<CollectorProvider> collectors() {
        return load(CollectorProvider.class, CollectorProvider::name);
    }

    /**
     * The allocator provider named {@code name}.
     *
     * @throws ConfigurationException listing the names that exist when none has this name
     */
    public static AllocatorProvider allocator(String name) {
        return byName(allocators(), AllocatorProvider::name, name, "allocator");
    }

    /**
     * The collector provider named {@code name}.
     *
     * @throws ConfigurationException listing the names that exist when none has this name
     */
    public static CollectorProvider collector(String name) {
        return byName(collectors(), CollectorProvider::name, name, "collector");
    }

    /** The core options followed by every provider's own, each once. */
    public static List<Option<?>> declaredOptions() {
        Map<String, Option<?>> all = new LinkedHashMap<>();
        Options.core().forEach(o -> all.put(o.name(), o));
        allocators().forEach(p -> p.options().forEach(o -> all.putIfAbsent(o.name(), o)));
        collectors().forEach(p -> p.options().forEach(o -> all.putIfAbsent(o.name(), o)));
        return List.copyOf(all.values());
    }

    private static <P> List<P> load(Class<P> type, Function<P, String> name) {
        Map<String, P> byName = new LinkedHashMap<>();
        for (P p : ServiceLoader.load(type, Plugins.class.getClassLoader())) {
            P previous = byName.putIfAbsent(name.apply(p), p);
            if (previous != null && previous.getClass() != p.getClass()) {
                throw new ConfigurationException("two " + type.getSimpleName() + "s are named '" + name.apply(p)
                        + "': " + previous.getClass().getName() + " and " + p.getClass().getName());
            }
        }
        List<P> result = new ArrayList<>(byName.values());
        result.sort(Comparator.comparing(name));
        return List.copyOf(result);
    }

    private static <P> P byName(List<P> providers, Function<P, String> name, String wanted, String kind) {
        for (P p : providers) {
            if (name.apply(p).equals(wanted)) {
                return p;
            }
        }
        List<String> names = providers.stream().map(name).toList();
        throw new ConfigurationException("unknown " + kind + " " + UserText.quote(wanted) + "; available: "
                + (names.isEmpty() ? "none (no " + kind + " module on the module path)" : String.join(", ", names)));
    }
}
