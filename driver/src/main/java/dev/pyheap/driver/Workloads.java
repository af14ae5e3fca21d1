package dev.pyheap.driver;

import dev.pyheap.api.UserText;
import dev.pyheap.api.config.ConfigurationException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds {@link Workload}s by name: the JPMS services of every module on the module path (this
 * module's own eight among them), or {@code META-INF/services} entries on the class path. Nothing
 * is cached.
 */
public final class Workloads {
    private Workloads() {
    }

    /** Every workload found, by name. */
    public static List<Workload> all() {
        Map<String, Workload> byName = new LinkedHashMap<>();
        for (Workload w : ServiceLoader.load(Workload.class, Workloads.class.getClassLoader())) {
            Workload previous = byName.putIfAbsent(w.name(), w);
            if (previous != null && previous.getClass() != w.getClass()) {
                throw new ConfigurationException("two workloads are named '" + w.name() + "': "
                        + previous.getClass().getName() + " and " + w.getClass().getName());
            }
        }
        List<Workload> result = new ArrayList<>(byName.values());
        result.sort(Comparator.comparing(Workload::name));
        return List.copyOf(result);
    }

    /**
     * The workload named {@code name}.
     *
     * @throws ConfigurationException naming the workloads that exist when none has this name
     */
    public static Workload named(String name) {
        List<Workload> all = all();
        for (Workload w : all) {
            if (w.name().equals(name)) {
                return w;
            }
        }
        throw new ConfigurationException("unknown workload " + UserText.quote(name) + "; available: "
                + String.join(", ", all.stream().map(Workload::name).toList()));
    }
}
