package dev.pyheap.api.config;

import dev.pyheap.api.UserText;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One configuration option, declared once: its name, type, default, validator and one-line doc.
 * Core options live in {@link Options}; allocator and collector providers declare their own.
 *
 * @param name         dotted lower-case name, as written in {@code pyheap.properties} and {@code --set}
 * @param type         how values are parsed and printed
 * @param defaultValue the value when no source sets it
 * @param validator    extra check after parsing (the type already checks the form)
 * @param requirement  what the validator requires, for error messages ({@code ""} when none)
 * @param doc          one line, shown by {@code pyheap config}
 * @param <T>          the value's Java type
 */
public record Option<T>(String name, OptionType<T> type, T defaultValue, Predicate<T> validator,
                        String requirement, String doc) {

    public Option {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(defaultValue);
        Objects.requireNonNull(validator);
        Objects.requireNonNull(requirement);
        Objects.requireNonNull(doc);
        if (!name.matches("[a-z][a-z0-9]*(\\.[a-z][a-z0-9_]*)*")) {
            throw new IllegalArgumentException("option names are dotted lower-case words: " + name);
        }
        if (doc.isBlank() || doc.contains("\n")) {
            throw new IllegalArgumentException("option " + name + " needs a one-line doc");
        }
        // A default the option itself would refuse, or one that does not survive being printed by
        // `pyheap config` and read back, is a declaration bug: fail where it is declared.
        if (!validator.test(defaultValue)) {
            throw new IllegalArgumentException("default of option " + name + " fails its own check: " + requirement);
        }
        String text = type.format(defaultValue);
        Object reread;
        try {
            reread = type.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("default of option " + name + " prints as '" + text
                    + "', which its type cannot read back", e);
        }
        if (!reread.equals(defaultValue)) {
            throw new IllegalArgumentException("default of option " + name + " prints as '" + text
                    + "', which reads back as " + reread);
        }
    }

    /** An option with no check beyond its type. */
    public static <T> Option<T> of(String name, OptionType<T> type, T defaultValue, String doc) {
        return new Option<>(name, type, defaultValue, v -> true, "", doc);
    }

    /** An option whose values must also satisfy {@code validator}, described by {@code requirement}. */
    public static <T> Option<T> of(String name, OptionType<T> type, T defaultValue, Predicate<T> validator,
                                   String requirement, String doc) {
        return new Option<>(name, type, defaultValue, validator, requirement, doc);
    }

    /** The environment variable that sets this option: {@code heap.limit} is {@code PYHEAP_HEAP_LIMIT}. */
    public String environmentVariable() {
        return "PYHEAP_" + name.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** The default value as text. */
    public String defaultText() {
        return type.format(defaultValue);
    }

    /**
     * Parses and validates {@code text}.
     *
     * @param origin where the text came from ("--set", "pyheap.properties", "PYHEAP_HEAP_LIMIT"), for the message
     * @throws ConfigurationException naming the option, the value, the origin and the expected form
     */
    public T parse(String text, String origin) {
        T value;
        try {
            value = type.parse(text);
        } catch (OptionType.InvalidValueException e) {
            throw refused(text, origin, e.getMessage());
        } catch (RuntimeException e) {
            throw invalid(text, origin, type.expectedForm());
        }
        if (!validator.test(value)) {
            throw invalid(text, origin, requirement.isEmpty() ? type.expectedForm() : requirement);
        }
        return value;
    }

    /**
     * The message every invalid value gets: the value (quoted, shortened when long), the option,
     * where it came from, the expected form.
     */
    ConfigurationException invalid(String text, String origin, String expected) {
        return refused(text, origin, "expected " + expected);
    }

    private ConfigurationException refused(String text, String origin, String reason) {
        return new ConfigurationException("invalid value " + UserText.quote(text) + " for option " + name + " (from "
                + origin + "): " + reason);
    }
}
