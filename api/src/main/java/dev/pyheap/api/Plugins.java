package dev.pyheap.api;

import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.ConfigurationException;
import dev.pyheap.api.config.ConfigurationLoader;
import dev.pyheap.api.config.Option;
import dev.pyheap.api.config.Options;
import dev.pyheap.api.config.Source;
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

    /**
     * The allocator {@code configuration} names. An unknown name fails as {@link #allocator(String)}
     * does; when the name is the default, not chosen by anyone, the message says so and how to choose.
     */
    public static AllocatorProvider allocator(Configuration configuration) {
        return chosen(configuration, Options.ALLOCATOR, allocators(), AllocatorProvider::name, "allocator",
                "dev.pyheap.allocator");
    }

    /**
     * The collector {@code configuration} names. An unknown name fails as {@link #collector(String)}
     * does; when the name is the default ({@code generational}), not chosen by anyone, the message
     * says that its module is missing and how to name one of those present: an embedder with only
     * {@code dev.pyheap.gc.refcount} on the module path opens its heap with
     * {@code Configuration.of(Map.of("collector", "refcount"))}.
     */
    public static CollectorProvider collector(Configuration configuration) {
        String name = configuration.get(Options.COLLECTOR);
        return chosen(configuration, Options.COLLECTOR, collectors(), CollectorProvider::name, "collector",
                "dev.pyheap.gc." + name);
    }

    private static <P> P chosen(Configuration configuration, Option<String> option, List<P> providers,
                                Function<P, String> name, String kind, String defaultModule) {
        String wanted = configuration.get(option);
        boolean byDefault = configuration.setting(option.name()).map(s -> s.source() == Source.DEFAULT).orElse(true);
        if (!byDefault || providers.stream().anyMatch(p -> name.apply(p).equals(wanted))) {
            return byName(providers, name, wanted, kind);
        }
        List<String> names = providers.stream().map(name).toList();
        String message = "the default " + kind + " '" + wanted + "' is not on the module path (its module is "
                + defaultModule + ")";
        if (names.isEmpty()) {
            throw new ConfigurationException(message + ", and no other " + kind + " module is either");
        }
        String example = names.get(0);
        throw new ConfigurationException(message + "; available: " + String.join(", ", names) + ". Choose one: "
                + "Configuration.of(Map.of(\"" + option.name() + "\", \"" + example + "\")), or " + option.name() + "="
                + example + " in " + ConfigurationLoader.DEFAULT_FILE + ", or " + option.environmentVariable() + "="
                + example);
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
