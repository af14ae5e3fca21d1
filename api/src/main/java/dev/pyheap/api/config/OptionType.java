package dev.pyheap.api.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How an option's text is parsed, checked and printed. Each type states the form it expects, which
 * is what an error message quotes back to the user.
 *
 * @param <T> the Java type of the value
 */
public final class OptionType<T> {
    private static final Pattern DECIMAL = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final String expectedForm;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;

    private OptionType(String expectedForm, Function<String, T> parser, Function<T, String> formatter) {
        this.expectedForm = expectedForm;
        this.parser = parser;
        this.formatter = formatter;
    }

    /** The form a value must have, as quoted in error messages ("a whole number of bytes, e.g. 512m"). */
    public String expectedForm() {
        return expectedForm;
    }

    /**
     * A value of the right form that is refused all the same, with a reason worth showing the user
     * as it is (CPython's {@code switch interval must be strictly positive}); an option's error
     * message gives that reason instead of the expected form.
     */
    public static final class InvalidValueException extends IllegalArgumentException {
        public InvalidValueException(String reason) {
            super(reason);
        }
    }

    /**
     * Parses {@code text}; throws {@link IllegalArgumentException} with a short reason when it does
     * not fit ({@link InvalidValueException} when the reason is for the user).
     */
    public T parse(String text) {
        return parser.apply(text.strip());
    }

    public String format(T value) {
        return formatter.apply(value);
    }

    /** A type with its own parser and printer. */
    public static <T> OptionType<T> of(String expectedForm, Function<String, T> parser, Function<T, String> formatter) {
        return new OptionType<>(expectedForm, parser, formatter);
    }

    /** Any non-empty text. */
    public static OptionType<String> text() {
        return new OptionType<>("a non-empty string", s -> {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            return s;
        }, s -> s);
    }

    /** {@code true/false}, also {@code yes/no}, {@code on/off}, {@code 1/0}. */
    public static OptionType<Boolean> bool() {
        return new OptionType<>("true or false", s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> Boolean.TRUE;
            case "false", "no", "off", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        }, String::valueOf);
    }

    /** A whole number in {@code [min, max]}; {@code _} may group digits ({@code 1_000_000}). */
    public static OptionType<Long> integer(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range: " + min + " > " + max);
        }
        String form = max == Long.MAX_VALUE ? "a whole number of at least " + min
                : "a whole number from " + min + " to " + max;
        return new OptionType<>(form, s -> {
            long v = Long.parseLong(s.replace("_", ""));
            if (v < min || v > max) {
                throw new IllegalArgumentException("out of range");
            }
            return v;
        }, String::valueOf);
    }

    /**
     * A decimal number strictly greater than zero, in plain or exponent notation ({@code 0.005},
     * {@code 5e-3}). Java's other float syntaxes ({@code 1d}, hex, {@code NaN}) are refused.
     */
    public static OptionType<Double> positiveDecimal() {
        return new OptionType<>("a decimal number greater than 0, e.g. 0.005", s -> {
            if (!DECIMAL.matcher(s).matches()) {
                throw new IllegalArgumentException("not a decimal number");
            }
            double v = Double.parseDouble(s);
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("not positive");
            }
            return v;
        }, String::valueOf);
    }

    /**
     * A switch interval in seconds, as {@code sys.setswitchinterval} takes it: Python's float syntax,
     * refused as CPython refuses it ({@link SwitchInterval}).
     */
    public static OptionType<Double> switchInterval() {
        return new OptionType<>("a number of seconds greater than 0, e.g. 0.005", SwitchInterval::parse,
                String::valueOf);
    }

    /**
     * A byte count with an optional binary suffix {@code k}, {@code m}, {@code g} (KiB, MiB, GiB;
     * {@code kb}/{@code kib} and the like are accepted too), or {@code unlimited}, which is stored as
     * {@code -1}.
     */
    public static OptionType<Long> bytesOrUnlimited() {
        return new OptionType<>("a number of bytes with an optional k/m/g suffix (e.g. 512m, 2g, 1048576) or 'unlimited'",
                OptionType::parseBytes, OptionType::formatBytes);
    }

    /**
     * A comma-separated list of 1 to {@code maxItems} whole numbers, each at least {@code min}, as
     * {@code gc.threshold=700,10,10} (CPython's {@code gc.set_threshold} takes one to three).
     */
    public static OptionType<List<Long>> integerList(int maxItems, long min) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1: " + maxItems);
        }
        String count = maxItems == 1 ? "1 whole number" : "1 to " + maxItems + " comma-separated whole numbers";
        return new OptionType<>(count + ", each at least " + min, s -> {
            String[] parts = s.split(",", -1);
            if (parts.length > maxItems) {
                throw new IllegalArgumentException("too many items");
            }
            List<Long> values = new ArrayList<>(parts.length);
            for (String part : parts) {
                long v = Long.parseLong(part.strip().replace("_", ""));
                if (v < min) {
                    throw new IllegalArgumentException("below " + min);
                }
                values.add(v);
            }
            return List.copyOf(values);
        }, l -> String.join(",", l.stream().map(String::valueOf).toList()));
    }

    /** One of {@code names}, exactly as written (names are case-sensitive, like provider names). */
    public static OptionType<String> choice(String... names) {
        List<String> allowed = List.of(names);
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("a choice needs at least one name");
        }
        return new OptionType<>("one of " + String.join(", ", allowed), s -> {
            if (!allowed.contains(s)) {
                throw new IllegalArgumentException("not a choice");
            }
            return s;
        }, s -> s);
    }

    static long parseBytes(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("_", "");
        if (t.equals("unlimited") || t.equals("none")) {
            return -1;
        }
        int end = t.length();
        while (end > 0 && Character.isLetter(t.charAt(end - 1))) {
            end--;
        }
        String digits = t.substring(0, end).strip(); // "512 MiB" reads like "512MiB"
        String suffix = t.substring(end);
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a whole number of bytes"); // signs, blanks, fractions
        }
        long shift = switch (suffix) {
            case "", "b" -> 0;
            case "k", "kb", "kib" -> 10;
            case "m", "mb", "mib" -> 20;
            case "g", "gb", "gib" -> 30;
            case "t", "tb", "tib" -> 40;
            default -> throw new IllegalArgumentException("unknown suffix");
        };
        long number = Long.parseLong(digits);
        if (number < 0 || number > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("out of range");
        }
        return number << shift;
    }

    static String formatBytes(Long value) {
        long v = Objects.requireNonNull(value);
        if (v < 0) {
            return "unlimited";
        }
        String[] suffixes = {"", "k", "m", "g", "t"};
        int i = 0;
        while (i < suffixes.length - 1 && v != 0 && (v & 1023) == 0) {
            v >>= 10;
            i++;
        }
        return v + suffixes[i];
    }
}
