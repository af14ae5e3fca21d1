package dev.pyheap.api.config;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The effective configuration of one heap: every declared option with its value and source.
 * Immutable; build one with {@link ConfigurationLoader}.
 *
 * @param settings the settings by option name, in declaration order
 */
public record Configuration(Map<String, Setting<?>> settings) {

    public Configuration {
        settings.forEach((name, setting) -> {
            if (!setting.option().name().equals(name)) {
                throw new IllegalArgumentException("setting of option " + setting.option().name() + " filed under " + name);
            }
        });
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The effective value of {@code option}; its default when the option was declared but never set. */
    @SuppressWarnings("unchecked")
    public <T> T get(Option<T> option) {
        Setting<?> s = settings.get(option.name());
        if (s == null) {
            return option.defaultValue();
        }
        return (T) s.value();
    }

    /** The setting named {@code name}, if declared. */
    public java.util.Optional<Setting<?>> setting(String name) {
        return java.util.Optional.ofNullable(settings.get(name));
    }

    /** Every setting, in declaration order. */
    public Collection<Setting<?>> all() {
        return settings.values();
    }

    /**
     * A configuration with every declared option (core and plugins on the module path) at its default
     * and {@code overrides} applied as command-line values. Reads no file and no environment.
     *
     * @throws ConfigurationException for an unknown key or an invalid value
     */
    public static Configuration of(Map<String, String> overrides) {
        ConfigurationLoader loader = ConfigurationLoader.withDeclaredOptions();
        overrides.forEach(loader::set);
        return loader.load();
    }

    /** Every declared option at its default. */
    public static Configuration defaults() {
        return of(Map.of());
    }
}
