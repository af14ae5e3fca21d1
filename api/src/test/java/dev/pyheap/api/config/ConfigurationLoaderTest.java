package dev.pyheap.api.config;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The loader with a test-local option list (some core options plus a few of the shapes plugins
 * will declare), so nothing depends on which plugins are on the module path.
 */
class ConfigurationLoaderTest {

    static final Option<List<Long>> GC_THRESHOLD = Options.GC_THRESHOLD;
    static final Option<Boolean> VERIFY = Option.of("verify", OptionType.bool(), false,
            "run the sanity checker after every collection");
    static final Option<Long> THREADS = Option.of("driver.threads", OptionType.integer(1, 64), 1L,
            "mutator threads");
    static final Option<Double> SWITCH_INTERVAL = Option.of("switchinterval", OptionType.positiveDecimal(), 0.005,
            v -> v <= 1.0, "a number of seconds above 0 and at most 1, e.g. 0.005", "GIL switch interval in seconds");

    static final List<Option<?>> OPTIONS = List.of(Options.ALLOCATOR, Options.HEAP_LIMIT, GC_THRESHOLD, VERIFY,
            THREADS, SWITCH_INTERVAL);

    static final String BYTES_FORM =
            "a number of bytes with an optional k/m/g suffix (e.g. 512m, 2g, 1048576) or 'unlimited'";

    @TempDir
    Path dir;

    static ConfigurationLoader loader() {
        return new ConfigurationLoader(OPTIONS);
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** One line per option: name, value as text, source and origin. */
    static List<String> describe(Configuration c) {
        List<String> lines = new ArrayList<>();
        c.all().forEach(s -> lines.add(s.option().name() + "=" + s.valueText() + " (" + s.source().label() + ", "
                + s.origin() + ")"));
        return lines;
    }

    static void assertMessage(String expected, Executable action) {
        ConfigurationException e = assertThrows(ConfigurationException.class, action);
        assertEquals(expected, e.getMessage());
    }

    @Test
    void withNoSourceEveryOptionHasItsDefault() {
        assertEquals(List.of(
                "allocator=pymalloc (default, default)",
                "heap.limit=unlimited (default, default)",
                "gc.threshold=700,10,10 (default, default)",
                "verify=false (default, default)",
                "driver.threads=1 (default, default)",
                "switchinterval=0.005 (default, default)"), describe(loader().load()));
    }

    @Nested
    class Precedence {

        static Stream<Arguments> callOrders() {
            List<List<String>> orders = new ArrayList<>();
            permute(new ArrayList<>(List.of("file", "pythonmalloc", "pyheap-env", "set")), 0, orders);
            return orders.stream().map(Arguments::of);
        }

        private static void permute(List<String> items, int k, List<List<String>> out) {
            if (k == items.size()) {
                out.add(List.copyOf(items));
                return;
            }
            for (int i = k; i < items.size(); i++) {
                java.util.Collections.swap(items, k, i);
                permute(items, k + 1, out);
                java.util.Collections.swap(items, k, i);
            }
        }

        @Test
        void allTwentyFourOrdersAreTried() {
            assertEquals(24, callOrders().map(a -> a.get()[0]).distinct().count());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("callOrders")
        void strongerSourcesWinWhateverTheCallOrder(List<String> order) throws IOException {
            Path file = write("pyheap.properties", String.join("\n",
                    "allocator=malloc",
                    "heap.limit=1g",
                    "gc.threshold=100",
                    "verify=true",
                    "switchinterval=0.01"));
            Map<String, Consumer<ConfigurationLoader>> calls = Map.of(
                    "file", l -> l.file(file),
                    "pythonmalloc", l -> l.environment(Map.of("PYTHONMALLOC", "malloc_debug")),
                    "pyheap-env", l -> l.environment(Map.of(
                            "PYHEAP_ALLOCATOR", "pymalloc_debug",
                            "PYHEAP_HEAP_LIMIT", "2g",
                            "PYHEAP_GC_THRESHOLD", "200,20")),
                    "set", l -> l.set("gc.threshold=300,30,3").set("switchinterval", "0.002"));
            ConfigurationLoader loader = loader();
            order.forEach(step -> calls.get(step).accept(loader));

            assertEquals(List.of(
                    "allocator=pymalloc_debug (environment, PYHEAP_ALLOCATOR)",
                    "heap.limit=2g (environment, PYHEAP_HEAP_LIMIT)",
                    "gc.threshold=300,30,3 (command line, --set)",
                    "verify=true (file, " + file + ")",
                    "driver.threads=1 (default, default)",
                    "switchinterval=0.002 (command line, --set)"), describe(loader.load()));
        }

        @Test
        void withinOneSourceTheLaterCallWins() throws IOException {
            Path first = write("first.properties", "driver.threads=2\nverify=yes\n");
            Path second = write("second.properties", "driver.threads=3\n");
            Configuration c = loader()
                    .set("heap.limit=1m").set("heap.limit=2m")
                    .file(first).file(second)
                    .environment(Map.of("PYHEAP_GC_THRESHOLD", "1")).environment(Map.of("PYHEAP_GC_THRESHOLD", "2"))
                    .load();
            assertEquals(2L << 20, c.get(Options.HEAP_LIMIT));
            assertEquals(3L, c.get(THREADS));
            assertEquals(second.toString(), c.setting("driver.threads").orElseThrow().origin());
            assertEquals(true, c.get(VERIFY));
            assertEquals(first.toString(), c.setting("verify").orElseThrow().origin());
            assertEquals(List.of(2L), c.get(GC_THRESHOLD));
        }

        @Test
        void aWeakerSourceIsStillCheckedAfterAStrongerOneSetTheOption() throws IOException {
            Path file = write("bad.properties", "heap.limit=lots\n");
            ConfigurationLoader loader = loader().set("heap.limit=1g");
            assertMessage("invalid value 'lots' for option heap.limit (from " + file + "): expected " + BYTES_FORM,
                    () -> loader.file(file));
            assertMessage("invalid value '1x' for option heap.limit (from PYHEAP_HEAP_LIMIT): expected " + BYTES_FORM,
                    () -> loader.environment(Map.of("PYHEAP_HEAP_LIMIT", "1x")));
            assertEquals(1L << 30, loader.load().get(Options.HEAP_LIMIT));
        }

        @Test
        void loadingTwiceGivesEqualConfigurations() {
            ConfigurationLoader loader = loader().set("verify=on");
            assertEquals(loader.load(), loader.load());
        }
    }

    @Nested
    class PythonHashSeed {
        private ConfigurationLoader loader() {
            return new ConfigurationLoader(List.of(Options.HASH_SEED));
        }

        @ParameterizedTest
        @CsvSource({"0", "1", "42", "4294967295"})
        void takesCPythonsNumbers(String variable) {
            Setting<?> s = loader().environment(Map.of("PYTHONHASHSEED", variable)).load()
                    .setting("hashseed").orElseThrow();
            assertEquals(variable, s.value());
            assertEquals("PYTHONHASHSEED", s.origin());
        }

        @ParameterizedTest
        @CsvSource({"4294967296", "-1", "abc", "12345678901"})
        void refusesWhatCPythonRefuses(String variable) {
            assertMessage("invalid value '" + variable + "' for option hashseed (from PYTHONHASHSEED): expected "
                            + "'random' or a whole number from 0 to 4294967295",
                    () -> loader().environment(Map.of("PYTHONHASHSEED", variable)));
        }

        @Test
        void randomByDefaultAndThePyheapVariableWins() {
            assertEquals("random", loader().load().get(Options.HASH_SEED));
            assertEquals("7", loader().environment(Map.of("PYTHONHASHSEED", "0", "PYHEAP_HASHSEED", "7")).load()
                    .get(Options.HASH_SEED));
        }
    }

    @Nested
    class PythonMalloc {

        @ParameterizedTest
        @CsvSource({
                "default, pymalloc",
                "pymalloc, pymalloc",
                "malloc, malloc",
                "debug, debug",
                "pymalloc_debug, pymalloc_debug",
                "malloc_debug, malloc_debug",
        })
        void mapsCPythonNames(String variable, String allocator) {
            Setting<?> s = loader().environment(Map.of("PYTHONMALLOC", variable)).load()
                    .setting("allocator").orElseThrow();
            assertEquals(allocator, s.value());
            assertEquals(Source.ENVIRONMENT, s.source());
            assertEquals("PYTHONMALLOC", s.origin());
        }

        @ParameterizedTest
        @CsvSource({"mimalloc", "PYMALLOC", "Default", "' malloc'", "pymalloc-debug"})
        void refusesOtherNamesAsCPythonDoes(String variable) {
            assertMessage("invalid value '" + variable + "' for option allocator (from PYTHONMALLOC): expected one of "
                            + "default, pymalloc, malloc, debug, pymalloc_debug, malloc_debug",
                    () -> loader().environment(Map.of("PYTHONMALLOC", variable)));
        }

        @Test
        void pyheapAllocatorWinsInOneEnvironment() {
            Setting<?> s = loader().environment(Map.of("PYTHONMALLOC", "malloc", "PYHEAP_ALLOCATOR", "pymalloc_debug"))
                    .load().setting("allocator").orElseThrow();
            assertEquals("pymalloc_debug", s.value());
            assertEquals("PYHEAP_ALLOCATOR", s.origin());
        }

        @Test
        void pyheapAllocatorWinsAcrossCallsInEitherOrder() {
            Map<String, String> cpython = Map.of("PYTHONMALLOC", "malloc");
            Map<String, String> pyheap = Map.of("PYHEAP_ALLOCATOR", "debug");
            assertEquals("debug", loader().environment(cpython).environment(pyheap).load().get(Options.ALLOCATOR));
            assertEquals("debug", loader().environment(pyheap).environment(cpython).load().get(Options.ALLOCATOR));
        }

        @Test
        void itBeatsTheFileAndLosesToTheCommandLine() throws IOException {
            Path file = write("pyheap.properties", "allocator=pymalloc\n");
            Map<String, String> env = Map.of("PYTHONMALLOC", "malloc");
            assertEquals("malloc", loader().environment(env).file(file).load().get(Options.ALLOCATOR));
            assertEquals("pymalloc_debug",
                    loader().set("allocator=pymalloc_debug").environment(env).load().get(Options.ALLOCATOR));
        }

        @Test
        void emptyMeansUnset() {
            assertEquals(loader().load(), loader().environment(Map.of("PYTHONMALLOC", "")).load());
        }

        @Test
        void isIgnoredWhenNoAllocatorOptionIsDeclared() {
            Configuration c = new ConfigurationLoader(List.of(VERIFY))
                    .environment(Map.of("PYTHONMALLOC", "anything")).load();
            assertEquals(List.of("verify=false (default, default)"), describe(c));
        }
    }

    @Nested
    class Environment {

        @Test
        void variablesAreOptionNamesInUpperCaseWithUnderscores() {
            Configuration c = loader().environment(Map.of(
                    "PYHEAP_HEAP_LIMIT", "64m",
                    "PYHEAP_DRIVER_THREADS", "8",
                    "PYHEAP_SWITCHINTERVAL", "0.001",
                    "PYHEAP_VERIFY", "1")).load();
            assertEquals(64L << 20, c.get(Options.HEAP_LIMIT));
            assertEquals(8L, c.get(THREADS));
            assertEquals(0.001, c.get(SWITCH_INTERVAL));
            assertEquals(true, c.get(VERIFY));
            assertEquals("PYHEAP_DRIVER_THREADS", c.setting("driver.threads").orElseThrow().origin());
        }

        @Test
        void launcherAndForeignVariablesAreIgnored() {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("PYHEAP_JAVA_OPTS", "-Xmx1g");
            env.put("PYHEAP_NO_BUILD", "1");
            env.put("PATH", "/usr/bin");
            env.put("HOME", "/root");
            env.put("PYTHONPATH", "/tmp");
            env.put("PYTHONTRACEMALLOC", "5");
            env.put("pyheap_heap_limit", "1g");
            env.put("XPYHEAP_VERIFY", "1");
            assertEquals(loader().load(), loader().environment(env).load());
        }

        @Test
        void emptyVariablesMeanUnset() {
            assertEquals(loader().load(), loader().environment(Map.of("PYHEAP_HEAP_LIMIT", "", "PYHEAP_NOPE", ""))
                    .load());
        }

        @Test
        void anUnknownVariableNamesTheNearestOne() {
            assertMessage("unknown environment variable 'PYHEAP_HEAP_LIMT'; did you mean PYHEAP_HEAP_LIMIT?",
                    () -> loader().environment(Map.of("PYHEAP_HEAP_LIMT", "1g")));
            assertMessage("unknown environment variable 'PYHEAP_SWITCH_INTERVAL'; did you mean PYHEAP_SWITCHINTERVAL?",
                    () -> loader().environment(Map.of("PYHEAP_SWITCH_INTERVAL", "0.1")));
            assertMessage("unknown environment variable 'PYHEAP_GCTHRESHOLD'; did you mean PYHEAP_GC_THRESHOLD?",
                    () -> loader().environment(Map.of("PYHEAP_GCTHRESHOLD", "700")));
        }

        @Test
        void anInvalidValueNamesTheVariable() {
            assertMessage("invalid value '700,10,10,10' for option gc.threshold (from PYHEAP_GC_THRESHOLD): expected "
                            + "1 to 3 comma-separated whole numbers, each at least 0",
                    () -> loader().environment(Map.of("PYHEAP_GC_THRESHOLD", "700,10,10,10")));
            assertMessage("invalid value '0' for option driver.threads (from PYHEAP_DRIVER_THREADS): expected "
                            + "a whole number from 1 to 64",
                    () -> loader().environment(Map.of("PYHEAP_DRIVER_THREADS", "0")));
        }
    }

    @Nested
    class CommandLine {

        @Test
        void setTakesKeyEqualsValue() {
            Configuration c = loader().set("heap.limit=512m").set(" verify = off ").set("allocator=a=b").load();
            assertEquals(512L << 20, c.get(Options.HEAP_LIMIT));
            assertEquals(false, c.get(VERIFY));
            assertEquals(Source.COMMAND_LINE, c.setting("verify").orElseThrow().source());
            assertEquals("a=b", c.get(Options.ALLOCATOR)); // only the first '=' splits
        }

        @ParameterizedTest
        @CsvSource(value = {"heap.limit", "''", "=1g", "'  =1g'", "heap.limit 1g"}, quoteCharacter = '\'')
        void setWithoutKeyEqualsValueIsRefused(String assignment) {
            assertMessage("--set expects key=value, got '" + assignment + "'", () -> loader().set(assignment));
        }

        @Test
        void anUnknownKeyNamesTheNearestOne() {
            assertMessage("unknown option 'heap.limt' (from --set); did you mean 'heap.limit'?",
                    () -> loader().set("heap.limt=1g"));
            assertMessage("unknown option 'Heap.Limit' (from --set); did you mean 'heap.limit'?",
                    () -> loader().set("Heap.Limit", "1g"));
            assertMessage("unknown option 'alocator' (from --set); did you mean 'allocator'?",
                    () -> loader().set("alocator=malloc"));
            assertMessage("unknown option 'switch.interval' (from --set); did you mean 'switchinterval'?",
                    () -> loader().set("switch.interval=0.1"));
        }

        @Test
        void anInvalidValueNamesOptionValueOriginAndForm() {
            assertMessage("invalid value 'lots' for option heap.limit (from --set): expected " + BYTES_FORM,
                    () -> loader().set("heap.limit=lots"));
            assertMessage("invalid value '' for option heap.limit (from --set): expected " + BYTES_FORM,
                    () -> loader().set("heap.limit="));
            assertMessage("invalid value '-5m' for option heap.limit (from --set): expected " + BYTES_FORM,
                    () -> loader().set("heap.limit=-5m"));
            assertMessage("invalid value '0' for option heap.limit (from --set): expected a positive number of bytes "
                    + "(e.g. 64m) or 'unlimited'", () -> loader().set("heap.limit=0"));
            assertMessage("invalid value '2' for option switchinterval (from --set): expected a number of seconds "
                    + "above 0 and at most 1, e.g. 0.005", () -> loader().set("switchinterval=2"));
            assertMessage("invalid value 'maybe' for option verify (from --set): expected true or false",
                    () -> loader().set("verify=maybe"));
            assertMessage("invalid value ' ' for option allocator (from --set): expected a non-empty string",
                    () -> loader().set("allocator= "));
        }
    }

    @Nested
    class FileSource {

        @Test
        void propertiesSyntaxIsRead() throws IOException {
            Path file = write("pyheap.properties", String.join("\n",
                    "# a comment",
                    "! another comment",
                    "",
                    "heap.limit = 64m",
                    "allocator:malloc",
                    "verify   yes",
                    "gc.threshold = 700, \\",
                    "    10, 10",
                    "driver.threads=\\u0034",
                    "switchinterval=0.01   ",
                    "  "));
            assertEquals(List.of(
                    "allocator=malloc (file, " + file + ")",
                    "heap.limit=64m (file, " + file + ")",
                    "gc.threshold=700,10,10 (file, " + file + ")",
                    "verify=true (file, " + file + ")",
                    "driver.threads=4 (file, " + file + ")",
                    "switchinterval=0.01 (file, " + file + ")"), describe(loader().file(file).load()));
        }

        @Test
        void theLastDuplicateKeyWins() throws IOException {
            Path file = write("dup.properties", "driver.threads=2\ndriver.threads=5\n");
            assertEquals(5L, loader().file(file).load().get(THREADS));
        }

        @Test
        void defaultFileIsReadFromTheDirectoryWhenPresent() throws IOException {
            assertEquals(loader().load(), loader().defaultFile(dir).load());
            Path file = write("pyheap.properties", "verify=true\n");
            Setting<?> s = loader().defaultFile(dir).load().setting("verify").orElseThrow();
            assertEquals(true, s.value());
            assertEquals(file.toString(), s.origin());
            assertEquals(Source.FILE, s.source());
        }

        @Test
        void anExplicitFileMustExist() throws IOException {
            Path missing = dir.resolve("nope.properties");
            assertMessage("configuration file not found: '" + missing + "'", () -> loader().file(missing));
            Path sub = Files.createDirectory(dir.resolve("sub.properties"));
            assertMessage("configuration file '" + sub + "' is a directory, not a regular file",
                    () -> loader().file(sub));
        }

        /** A FIFO is refused before it is opened: opening one to read blocks until a writer comes. */
        @Test
        @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
        void aFifoOrADirectoryIsSaidSoAndNothingWaits() throws Exception {
            Path fifo = mkfifo(dir.resolve("fifo.properties"));
            assertMessage("configuration file '" + fifo + "' is a FIFO (named pipe), not a regular file",
                    () -> loader().file(fifo));
            // The file read by default, when something else has its name, is an error too (not silently skipped).
            Path elsewhere = Files.createDirectory(dir.resolve("cwd"));
            mkfifo(elsewhere.resolve(ConfigurationLoader.DEFAULT_FILE));
            assertMessage("configuration file '" + elsewhere.resolve(ConfigurationLoader.DEFAULT_FILE)
                    + "' is a FIFO (named pipe), not a regular file", () -> loader().defaultFile(elsewhere));
            Path other = Files.createDirectory(dir.resolve("other"));
            Files.createDirectory(other.resolve(ConfigurationLoader.DEFAULT_FILE));
            assertMessage("configuration file '" + other.resolve(ConfigurationLoader.DEFAULT_FILE)
                    + "' is a directory, not a regular file", () -> loader().defaultFile(other));
            Path none = Files.createDirectory(dir.resolve("none"));
            assertEquals(Source.DEFAULT, loader().defaultFile(none).load().setting("switchinterval").orElseThrow().source());
        }

        private static Path mkfifo(Path path) throws Exception {
            Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            assertEquals(0, p.waitFor(), "mkfifo " + path);
            return path;
        }

        @Test
        void anUnknownKeyNamesTheFileAndTheNearestKey() throws IOException {
            Path file = write("pyheap.properties", "gc.treshold=700\nverfy=true\n");
            // keys are checked in sorted order, so the first bad one reported is always the same
            assertMessage("unknown option 'gc.treshold' (from " + file + "); did you mean 'gc.threshold'?",
                    () -> loader().file(file));
        }

        @Test
        void anInvalidValueNamesTheFile() throws IOException {
            Path file = write("pyheap.properties", "verify=maybe\n");
            assertMessage("invalid value 'maybe' for option verify (from " + file + "): expected true or false",
                    () -> loader().file(file));
            Path comment = write("comment.properties", "heap.limit=64m  # no inline comments in properties\n");
            assertMessage("invalid value '64m  # no inline comments in properties' for option heap.limit (from "
                    + comment + "): expected " + BYTES_FORM, () -> loader().file(comment));
        }

        @Test
        void unreadableFilesAreReported() throws IOException {
            Path escape = write("escape.properties", "allocator=\\uZZZZ\n");
            assertMessage("cannot read configuration file '" + escape + "': Malformed \\uxxxx encoding.",
                    () -> loader().file(escape));
            Path latin1 = Files.write(dir.resolve("latin1.properties"), new byte[]{'a', '=', (byte) 0xE9, '\n'});
            assertMessage("cannot read configuration file '" + latin1 + "': not UTF-8 text",
                    () -> loader().file(latin1));
        }
    }

    @Nested
    class Declarations {

        @Test
        void anOptionDeclaredTwiceIsRefused() {
            Option<Boolean> other = Option.of("verify", OptionType.bool(), true, "another verify");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ConfigurationLoader(List.of(VERIFY, other)));
            assertEquals("option declared twice: verify", e.getMessage());
            assertEquals(1, new ConfigurationLoader(List.of(VERIFY, VERIFY)).options().size());
        }

        @Test
        void twoOptionsWithOneVariableAreRefused() {
            Option<Boolean> a = Option.of("gc.debug_stats", OptionType.bool(), false, "a");
            Option<Boolean> b = Option.of("gc.debug.stats", OptionType.bool(), false, "b");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ConfigurationLoader(List.of(a, b)));
            assertEquals("options gc.debug_stats and gc.debug.stats would both be set by PYHEAP_GC_DEBUG_STATS",
                    e.getMessage());
        }

        @Test
        void anOptionSetByALauncherVariableIsRefused() {
            Option<String> javaOpts = Option.of("java.opts", OptionType.text(), "-Xss1m", "JVM options");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ConfigurationLoader(List.of(javaOpts)));
            assertEquals("option java.opts would be set by the launcher's PYHEAP_JAVA_OPTS", e.getMessage());
        }

        @Test
        void withNoOptionsEveryKeyIsUnknown() {
            assertMessage("unknown option 'verify': no options are declared",
                    () -> new ConfigurationLoader(List.of()).set("verify=1"));
        }

        @Test
        void theOptionListIsReadOnlyAndInDeclarationOrder() {
            ConfigurationLoader loader = loader();
            assertEquals(OPTIONS, List.copyOf(loader.options()));
            assertThrows(UnsupportedOperationException.class, () -> loader.options().clear());
        }

        @Test
        void nearestUsesEditDistanceAndDeclarationOrderOnTies() {
            assertEquals(3, ConfigurationLoader.editDistance("kitten", "sitting"));
            assertEquals(0, ConfigurationLoader.editDistance("verify", "verify"));
            assertEquals(6, ConfigurationLoader.editDistance("", "verify"));
            ConfigurationLoader loader = new ConfigurationLoader(List.of(
                    Option.of("ab", OptionType.bool(), false, "first"),
                    Option.of("ac", OptionType.bool(), false, "second")));
            assertEquals("ab", loader.nearest("ax").name());
        }
    }

    @Nested
    class OptionDeclaration {

        @Test
        void namesAreDottedLowerCaseWords() {
            for (String bad : List.of("Heap.Limit", "heap..limit", "heap.limit.", ".heap", "1heap", "heap-limit",
                    "heap limit", "", "heap.1limit")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> Option.of(bad, OptionType.bool(), false, "doc"), bad);
                assertEquals("option names are dotted lower-case words: " + bad, e.getMessage());
            }
        }

        @Test
        void theDocIsOneLine() {
            for (String bad : List.of("", "  ", "two\nlines")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> Option.of("verify", OptionType.bool(), false, bad));
                assertEquals("option verify needs a one-line doc", e.getMessage());
            }
        }

        @Test
        void theDefaultMustPassTheValidator() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Option.of("heap.min", OptionType.bytesOrUnlimited(), 0L, v -> v > 0,
                            "a positive number of bytes", "smallest heap"));
            assertEquals("default of option heap.min fails its own check: a positive number of bytes", e.getMessage());
        }

        @Test
        void theDefaultMustSurvivePrintingAndReading() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Option.of("name", OptionType.text(), "", "a name"));
            assertEquals("default of option name prints as '', which its type cannot read back", e.getMessage());
            OptionType<String> lossy = OptionType.of("anything", s -> s, s -> s + "!");
            e = assertThrows(IllegalArgumentException.class, () -> Option.of("odd", lossy, "a", "an odd option"));
            assertEquals("default of option odd prints as 'a!', which reads back as a!", e.getMessage());
        }

        @Test
        void variableAndDefaultText() {
            assertEquals("PYHEAP_HEAP_LIMIT", Options.HEAP_LIMIT.environmentVariable());
            assertEquals("PYHEAP_ALLOCATOR", Options.ALLOCATOR.environmentVariable());
            assertEquals("PYHEAP_GC_THRESHOLD", GC_THRESHOLD.environmentVariable());
            assertEquals("unlimited", Options.HEAP_LIMIT.defaultText());
            assertEquals("700,10,10", GC_THRESHOLD.defaultText());
        }

        @Test
        void parseNamesTheOrigin() {
            assertEquals(64L << 20, Options.HEAP_LIMIT.parse("64m", "somewhere"));
            assertMessage("invalid value 'x' for option driver.threads (from somewhere): expected a whole number "
                    + "from 1 to 64", () -> THREADS.parse("x", "somewhere"));
        }
    }

    @Nested
    class Configurations {

        @Test
        void getReturnsTheValueOrTheDefaultOfAnUndeclaredOption() {
            Configuration c = new ConfigurationLoader(List.of(VERIFY)).set("verify=true").load();
            assertEquals(true, c.get(VERIFY));
            assertEquals(8L, c.get(Option.of("other", OptionType.integer(0, 10), 8L, "not declared")));
            assertEquals(java.util.Optional.empty(), c.setting("other"));
        }

        @Test
        void settingsAreReadOnlyAndFiledByName() {
            Configuration c = loader().load();
            assertThrows(UnsupportedOperationException.class, () -> c.settings().clear());
            Setting<Boolean> s = new Setting<>(VERIFY, true, Source.COMMAND_LINE, "--set");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Configuration(Map.of("verfy", s)));
            assertEquals("setting of option verify filed under verfy", e.getMessage());
        }

        @Test
        void settingPrintsItsValueInTheOptionsFormat() {
            Setting<?> s = loader().set("heap.limit=65536k").load().setting("heap.limit").orElseThrow();
            assertEquals("64m", s.valueText());
            assertSame(Options.HEAP_LIMIT, s.option());
        }

        /** The api module's own tests have no plugin on the module path: only the core options exist. */
        @Test
        void defaultsAndOfUseTheDeclaredOptions() {
            List<String> gcDefaults = List.of("collector=generational (default, default)",
                    "gc.threshold=700,10,10 (default, default)", "gc.enabled=true (default, default)",
                    "gc.debug=0 (default, default)", "switchinterval=0.005 (default, default)",
                    "hashseed=random (default, default)");
            List<String> expected = new ArrayList<>(List.of("allocator=pymalloc (default, default)",
                    "memory=native (default, default)", "memory.retained_arenas=16 (default, default)",
                    "heap.limit=unlimited (default, default)"));
            expected.addAll(gcDefaults);
            assertEquals(expected, describe(Configuration.defaults()));
            Configuration c = Configuration.of(Map.of("heap.limit", "64m"));
            expected.set(3, "heap.limit=64m (command line, --set)");
            assertEquals(expected, describe(c));
            assertMessage("unknown option 'heap.limt' (from --set); did you mean 'heap.limit'?",
                    () -> Configuration.of(Map.of("heap.limt", "64m")));
        }
    }
}
