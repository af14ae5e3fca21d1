package dev.pyheap.api.config;

import dev.pyheap.api.Plugins;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a {@link Configuration} from its sources. Later calls win over earlier ones within a
 * source, and the sources rank, whatever the call order:
 * defaults &lt; file ({@code pyheap.properties} or {@code --config FILE}) &lt; environment
 * ({@code PYHEAP_*}, and CPython's {@code PYTHONMALLOC}) &lt; command line ({@code --set key=value}).
 *
 * <p>Every value is checked where it enters, so an error names its origin: an unknown key names the
 * nearest valid key, an invalid value names the option, the value and the expected form.
 */
public final class ConfigurationLoader {
    /** The file read from the working directory when no {@code --config} is given. */
    public static final String DEFAULT_FILE = "pyheap.properties";

    /** Environment variables with the {@code PYHEAP_} prefix that belong to the launcher, not to options. */
    public static final Set<String> LAUNCHER_VARIABLES = Set.of("PYHEAP_JAVA_OPTS", "PYHEAP_NO_BUILD");

    private final Map<String, Option<?>> options = new LinkedHashMap<>();
    private final Map<String, Setting<?>> chosen = new LinkedHashMap<>();

    /** A loader for exactly {@code declared}. */
    public ConfigurationLoader(Collection<? extends Option<?>> declared) {
        for (Option<?> o : declared) {
            Option<?> previous = options.putIfAbsent(o.name(), o);
            if (previous != null && previous != o) {
                throw new IllegalArgumentException("option declared twice: " + o.name());
            }
        }
    }

    /** A loader for the core options and those of every allocator and collector on the module path. */
    public static ConfigurationLoader withDeclaredOptions() {
        return new ConfigurationLoader(Plugins.declaredOptions());
    }

    /** The options this loader knows, in declaration order. */
    public Collection<Option<?>> options() {
        return options.values();
    }

    /** Reads {@code pyheap.properties} from {@code directory} if it exists. */
    public ConfigurationLoader defaultFile(Path directory) {
        Path p = directory.resolve(DEFAULT_FILE);
        if (Files.isRegularFile(p)) {
            file(p);
        }
        return this;
    }

    /** Reads a properties file; it must exist. */
    public ConfigurationLoader file(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ConfigurationException("configuration file not found: " + path);
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(path)) {
            props.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("cannot read configuration file " + path + ": " + e.getMessage());
        }
        // Sorted, so that of two bad keys the same one is always reported.
        new TreeMap<>(props).forEach((k, v) -> put(k.toString().strip(), v.toString(), Source.FILE, path.toString()));
        return this;
    }

    /**
     * Takes {@code PYHEAP_<OPTION>} variables (dots become underscores: {@code PYHEAP_HEAP_LIMIT}) and
     * CPython's {@code PYTHONMALLOC} (its names, {@code default} meaning {@code pymalloc}). When both
     * {@code PYTHONMALLOC} and {@code PYHEAP_ALLOCATOR} are set, the latter wins.
     */
    public ConfigurationLoader environment(Map<String, String> environment) {
        Map<String, Option<?>> byVariable = new LinkedHashMap<>();
        options.values().forEach(o -> byVariable.put(o.environmentVariable(), o));
        String pythonMalloc = environment.get("PYTHONMALLOC");
        if (pythonMalloc != null && !pythonMalloc.isBlank() && options.containsKey(Options.ALLOCATOR.name())) {
            String name = pythonMalloc.strip().toLowerCase(Locale.ROOT);
            put(Options.ALLOCATOR.name(), name.equals("default") ? "pymalloc" : name, Source.ENVIRONMENT, "PYTHONMALLOC");
        }
        new TreeMap<>(environment).forEach((variable, value) -> {
            if (!variable.startsWith("PYHEAP_") || LAUNCHER_VARIABLES.contains(variable)) {
                return;
            }
            Option<?> o = byVariable.get(variable);
            if (o == null) {
                String guess = variable.substring("PYHEAP_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
                throw new ConfigurationException("unknown environment variable " + variable + " (did you mean "
                        + nearest(guess).environmentVariable() + "?)");
            }
            put(o.name(), value, Source.ENVIRONMENT, variable);
        });
        return this;
    }

    /** A command-line {@code --set key=value}. */
    public ConfigurationLoader set(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new ConfigurationException("--set expects key=value, got '" + assignment + "'");
        }
        return set(assignment.substring(0, eq).strip(), assignment.substring(eq + 1));
    }

    /** A command-line value for {@code key}. */
    public ConfigurationLoader set(String key, String value) {
        put(key, value, Source.COMMAND_LINE, "--set");
        return this;
    }

    /** The configuration: defaults for everything no source set. */
    public Configuration load() {
        Map<String, Setting<?>> result = new LinkedHashMap<>();
        for (Option<?> o : options.values()) {
            Setting<?> s = chosen.get(o.name());
            result.put(o.name(), s != null ? s : defaultSetting(o));
        }
        return new Configuration(result);
    }

    private static <T> Setting<T> defaultSetting(Option<T> o) {
        return new Setting<>(o, o.defaultValue(), Source.DEFAULT, "default");
    }

    private void put(String key, String text, Source source, String origin) {
        Option<?> o = options.get(key);
        if (o == null) {
            throw new ConfigurationException("unknown option '" + key + "' (from " + origin + "); did you mean '"
                    + nearest(key).name() + "'?");
        }
        Setting<?> previous = chosen.get(key);
        if (previous != null && previous.source().compareTo(source) > 0) {
            parse(o, text, source, origin); // still validated, but a stronger source already set it
            return;
        }
        chosen.put(key, parse(o, text, source, origin));
    }

    private static <T> Setting<T> parse(Option<T> o, String text, Source source, String origin) {
        return new Setting<>(o, o.parse(text, origin), source, origin);
    }

    /** The declared option whose name is closest to {@code key} by edit distance (ties: declaration order). */
    Option<?> nearest(String key) {
        Option<?> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Option<?> o : options.values()) {
            int d = editDistance(key.toLowerCase(Locale.ROOT), o.name());
            if (d < bestDistance) {
                best = o;
                bestDistance = d;
            }
        }
        if (best == null) {
            throw new ConfigurationException("unknown option '" + key + "': no options are declared");
        }
        return best;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitution, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
