package dev.pyheap.api.config;

import java.util.Objects;

/**
 * An option's effective value and where it came from.
 *
 * @param option the option
 * @param value  the parsed value
 * @param source which kind of source set it
 * @param origin the exact place: a file path, an environment variable, {@code --set}, or {@code default}
 * @param <T>    the value's type
 */
public record Setting<T>(Option<T> option, T value, Source source, String origin) {
    public Setting {
        Objects.requireNonNull(option);
        Objects.requireNonNull(value);
        Objects.requireNonNull(source);
        Objects.requireNonNull(origin);
    }

    /** The value as text, in the option's own format. */
    public String valueText() {
        return option.type().format(value);
    }
}
