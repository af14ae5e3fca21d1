package dev.pyheap.api.config;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.UserText;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a {@link Configuration} from its sources. The sources rank, whatever order the methods are
 * called in: defaults &lt; file ({@code pyheap.properties} or {@code --config FILE}) &lt;
 * environment (CPython's {@code PYTHONMALLOC} and {@code PYTHONHASHSEED} &lt; {@code PYHEAP_*}) &lt; command line
 * ({@code --set key=value}). Within one rank the later call wins.
 *
 * <p>Every value is checked where it enters, even when a stronger source has already set its option,
 * so a broken file or variable is reported whatever else is set: an unknown key names the nearest
 * valid key, an invalid value names the option, the value, its origin and the expected form.
 *
 * <p>A loader is a single-use, single-threaded builder; {@link #load()} may be called more than once.
 */
public final class ConfigurationLoader {
    /** The file read from the working directory when no {@code --config} is given. */
    public static final String DEFAULT_FILE = "pyheap.properties";

    /** CPython's variable that chooses the allocator. */
    public static final String PYTHONMALLOC = "PYTHONMALLOC";

    /** CPython's variable that sets the str/bytes hash secret ({@link Options#HASH_SEED}). */
    public static final String PYTHONHASHSEED = "PYTHONHASHSEED";

    /** The names {@code PYTHONMALLOC} accepts, as in CPython 3.11; {@code default} means {@code pymalloc}. */
    public static final List<String> PYTHONMALLOC_NAMES =
            List.of("default", "pymalloc", "malloc", "debug", "pymalloc_debug", "malloc_debug");

    /** Environment variables with the {@code PYHEAP_} prefix that belong to the launcher, not to options. */
    public static final Set<String> LAUNCHER_VARIABLES = Set.of("PYHEAP_JAVA_OPTS", "PYHEAP_NO_BUILD");

    private static final String PREFIX = "PYHEAP_";

    private final Map<String, Option<?>> options = new LinkedHashMap<>();
    private final Map<String, Option<?>> byVariable = new HashMap<>();
    private final Map<String, Setting<?>> chosen = new HashMap<>();
    /** The rank of each chosen setting (see {@link #rank}); a value of lower rank never replaces it. */
    private final Map<String, Integer> chosenRank = new HashMap<>();

    /**
     * A loader for exactly {@code declared}.
     *
     * @throws IllegalArgumentException if two options share a name or an environment variable, or an
     *                                  option's variable is one of the {@link #LAUNCHER_VARIABLES}
     */
    public ConfigurationLoader(Collection<? extends Option<?>> declared) {
        for (Option<?> o : declared) {
            Option<?> previous = options.putIfAbsent(o.name(), o);
            if (previous != null && previous != o) {
                throw new IllegalArgumentException("option declared twice: " + o.name());
            }
            if (previous != null) {
                continue;
            }
            String variable = o.environmentVariable();
            if (LAUNCHER_VARIABLES.contains(variable)) {
                throw new IllegalArgumentException("option " + o.name() + " would be set by the launcher's "
                        + variable);
            }
            Option<?> clash = byVariable.putIfAbsent(variable, o);
            if (clash != null) {
                throw new IllegalArgumentException("options " + clash.name() + " and " + o.name()
                        + " would both be set by " + variable);
            }
        }
    }

    /** A loader for the core options and those of every allocator and collector on the module path. */
    public static ConfigurationLoader withDeclaredOptions() {
        return new ConfigurationLoader(Plugins.declaredOptions());
    }

    /** The options this loader knows, in declaration order. */
    public Collection<Option<?>> options() {
        return Collections.unmodifiableCollection(options.values());
    }

    /**
     * Reads {@code pyheap.properties} from {@code directory} if it exists; does nothing otherwise.
     *
     * @throws ConfigurationException as {@link #file} does, also when something other than a regular
     *                                file (a directory, a FIFO) has that name
     */
    public ConfigurationLoader defaultFile(Path directory) {
        Path p = directory.resolve(DEFAULT_FILE);
        if (Files.exists(p)) {
            file(p);
        }
        return this;
    }

    /**
     * Reads a properties file ({@link Properties} syntax, UTF-8); it must exist and be a regular file.
     * Anything else is refused before it is opened: a directory, and a FIFO, socket or device, which
     * could block the reader forever or never end.
     *
     * @throws ConfigurationException if the file is missing, not a regular file or unreadable, or
     *                                holds an unknown key or an invalid value
     */
    public ConfigurationLoader file(Path path) {
        String name = UserText.quote(path.toString());
        if (!Files.isRegularFile(path)) {
            throw new ConfigurationException(notARegularFile(path, name));
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(path)) {
            props.load(r);
        } catch (CharacterCodingException e) {
            throw new ConfigurationException("cannot read configuration file " + name + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigurationException("cannot read configuration file " + name + ": " + UserText.reason(e));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("cannot read configuration file " + name + ": " + e.getMessage());
        }
        // Sorted, so that of two bad keys the same one is always reported.
        new TreeMap<>(props).forEach((k, v) -> {
            String key = k.toString().strip();
            put(known(key, path.toString()), v.toString(), Source.FILE, path.toString(), rank(Source.FILE, false));
        });
        return this;
    }

    /** Why {@code path}, which is not a regular file, cannot be read as the configuration. */
    private static String notARegularFile(Path path, String name) {
        String kind = UserText.kindOf(path);
        if (kind.equals("missing")) {
            return "configuration file not found: " + name;
        }
        return "configuration file " + name + " is " + kind + ", not a regular file";
    }

    /**
     * Takes {@code PYHEAP_<OPTION>} variables (dots become underscores, upper case:
     * {@code PYHEAP_HEAP_LIMIT}) and CPython's {@code PYTHONMALLOC} with CPython's names
     * ({@link #PYTHONMALLOC_NAMES}; {@code default} means {@code pymalloc}). {@code PYHEAP_ALLOCATOR}
     * wins over {@code PYTHONMALLOC}, also across calls; {@code PYTHONHASHSEED} sets
     * {@link Options#HASH_SEED} the same way. As in CPython, a variable set to the empty
     * string counts as unset. Other variables, and the launcher's {@link #LAUNCHER_VARIABLES}, are ignored.
     *
     * @throws ConfigurationException for an unknown {@code PYHEAP_*} variable (naming the nearest
     *                                valid one) or an invalid value
     */
    public ConfigurationLoader environment(Map<String, String> environment) {
        String pythonMalloc = environment.get(PYTHONMALLOC);
        Option<?> allocator = options.get(Options.ALLOCATOR.name());
        if (pythonMalloc != null && !pythonMalloc.isEmpty() && allocator != null) {
            if (!PYTHONMALLOC_NAMES.contains(pythonMalloc)) {
                throw allocator.invalid(pythonMalloc, PYTHONMALLOC, "one of " + String.join(", ", PYTHONMALLOC_NAMES));
            }
            String name = pythonMalloc.equals("default") ? "pymalloc" : pythonMalloc;
            put(allocator, name, Source.ENVIRONMENT, PYTHONMALLOC, rank(Source.ENVIRONMENT, true));
        }
        String pythonHashSeed = environment.get(PYTHONHASHSEED);
        Option<?> hashSeed = options.get(Options.HASH_SEED.name());
        if (pythonHashSeed != null && !pythonHashSeed.isEmpty() && hashSeed != null) {
            put(hashSeed, pythonHashSeed, Source.ENVIRONMENT, PYTHONHASHSEED, rank(Source.ENVIRONMENT, true));
        }
        new TreeMap<>(environment).forEach((variable, value) -> {
            if (!variable.startsWith(PREFIX) || LAUNCHER_VARIABLES.contains(variable) || value.isEmpty()) {
                return;
            }
            Option<?> o = byVariable.get(variable);
            if (o == null) {
                throw new ConfigurationException("unknown environment variable " + UserText.quote(variable)
                        + "; did you mean " + nearestVariable(variable) + "?");
            }
            put(o, value, Source.ENVIRONMENT, variable, rank(Source.ENVIRONMENT, false));
        });
        return this;
    }

    /**
     * A command-line {@code --set key=value}; the value may itself contain {@code =}.
     *
     * @throws ConfigurationException if there is no {@code =} or no key before it, or for an unknown key or invalid value
     */
    public ConfigurationLoader set(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0 || assignment.substring(0, eq).isBlank()) {
            throw new ConfigurationException("--set expects key=value, got " + UserText.quote(assignment));
        }
        return set(assignment.substring(0, eq).strip(), assignment.substring(eq + 1));
    }

    /** A command-line value for {@code key}. */
    public ConfigurationLoader set(String key, String value) {
        put(known(key, "--set"), value, Source.COMMAND_LINE, "--set", rank(Source.COMMAND_LINE, false));
        return this;
    }

    /** The configuration: every option with the value of its strongest source, or its default. */
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

    /**
     * Precedence as a number: the source first, then, inside the environment, {@code PYTHONMALLOC}
     * below the {@code PYHEAP_*} variables.
     */
    private static int rank(Source source, boolean cpythonVariable) {
        return source.ordinal() * 2 + (cpythonVariable ? 0 : 1);
    }

    private Option<?> known(String key, String origin) {
        Option<?> o = options.get(key);
        if (o == null) {
            throw new ConfigurationException("unknown option " + UserText.quote(key) + " (from " + origin
                    + "); did you mean '" + nearest(key).name() + "'?");
        }
        return o;
    }

    private void put(Option<?> o, String text, Source source, String origin, int rank) {
        Setting<?> setting = parse(o, text, source, origin); // validated even if a stronger source wins
        Integer previous = chosenRank.get(o.name());
        if (previous == null || previous <= rank) {
            chosen.put(o.name(), setting);
            chosenRank.put(o.name(), rank);
        }
    }

    private static <T> Setting<T> parse(Option<T> o, String text, Source source, String origin) {
        return new Setting<>(o, o.parse(text, origin), source, origin);
    }

    /** The declared option whose name is closest to {@code key} by edit distance (ties: declaration order). */
    Option<?> nearest(String key) {
        return closest(key.toLowerCase(Locale.ROOT), false);
    }

    /** The environment variable of the declared option closest to {@code variable}. */
    String nearestVariable(String variable) {
        return closest(variable, true).environmentVariable();
    }

    private Option<?> closest(String wanted, boolean byVariableName) {
        Option<?> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Option<?> o : options.values()) {
            int d = editDistance(wanted, byVariableName ? o.environmentVariable() : o.name());
            if (d < bestDistance) {
                best = o;
                bestDistance = d;
            }
        }
        if (best == null) {
            throw new ConfigurationException("unknown option " + UserText.quote(wanted) + ": no options are declared");
        }
        return best;
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
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
