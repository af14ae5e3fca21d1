package dev.pyheap.interpreter.run;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.runtime.PyHeap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The differential suite: every program of {@code src/test/resources/programs/} runs under each
 * collector its header declares, and its stdout, stderr and exit code must be CPython's recorded
 * ones (or the collector's hand-written files), after the normalisations of the folder's README.
 * A program listed in {@code PENDING.txt} runs too and must still fail: when it passes, the test
 * fails until the line is removed, so the list only shrinks.
 */
class ProgramsTest {
    static final Path ROOT = Path.of("src/test/resources/programs");
    static final List<String> COLLECTORS = List.of("generational", "marksweep", "refcount");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]+(?=[>;])");
    /**
     * A traceback entry in a library module (ours under {@code <pyheap>/lib}, CPython's in its
     * {@code lib/python3.11}) with its source and marker lines: the module and the function are
     * compared, not the line, which is our library's own.
     */
    static final Pattern LIBRARY_FRAME = Pattern.compile(
            "(?m)^  File \"(?:<pyheap>/lib|/[^\"]*/lib/python3\\.11)/([^\"]+)\", line \\d+, in (.*)\n(?:    .*\n)*");
    /** A traceback entry in a module CPython runs frozen ({@code <frozen os>}): compared as a library frame. */
    static final Pattern FROZEN_FRAME = Pattern.compile(
            "(?m)^  File \"<frozen ([^\">]+)>\", line \\d+, in (.*)\n(?:    .*\n)*");

    /** A program's header directives. */
    record Header(List<String> collectors, Map<String, List<String>> expect, List<String> args, String memory) {
    }

    static Header header(Path program) throws IOException {
        List<String> collectors = COLLECTORS;
        Map<String, List<String>> expect = new LinkedHashMap<>();
        List<String> args = List.of();
        String memory = null;
        for (String line : Files.readAllLines(program, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1).trim();
            int colon = body.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = body.substring(0, colon).trim();
            String value = body.substring(colon + 1).trim();
            switch (key) {
                case "collectors" -> collectors = value.equals("all") ? COLLECTORS : List.of(value.split("\\s+"));
                case "args" -> args = List.of(value.split("\\s+"));
                case "memory" -> memory = value;
                case "refcount", "marksweep" -> {
                    if (value.startsWith("expect ")) {
                        expect.put(key, List.of(value.substring(7).trim().split("\\s+")));
                    }
                }
                default -> {
                }
            }
        }
        return new Header(collectors, expect, args, memory);
    }

    static Map<String, String> pending() throws IOException {
        Map<String, String> pending = new LinkedHashMap<>();
        Path file = ROOT.resolve("PENDING.txt");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split("\\s+", 2);
                pending.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return pending;
    }

    /** What a run printed and returned. */
    record Outcome(String out, String err, int exit) {
    }

    static Outcome run(Path program, String collector, List<String> args) throws IOException {
        StringWriter out = new StringWriter(), err = new StringWriter();
        Path abs = program.toAbsolutePath().normalize();
        List<String> argv = new ArrayList<>();
        argv.add(program.getFileName().toString());
        argv.addAll(args);
        int exit;
        // checked memory: a program the interpreter gets wrong fails with an error naming the address,
        // never with a crash of the test JVM (PROGRAMS_MEMORY=native runs them on native memory)
        // PYTHONHASHSEED=0 as the recording: sets and dicts of strings iterate in CPython's order
        // a program whose header says "# memory: native" (it gives heap addresses to C code) always runs there
        String memory = header(program).memory();
        Map<String, String> settings = new java.util.HashMap<>(Map.of("collector", collector, "memory",
                memory != null ? memory : System.getenv().getOrDefault("PROGRAMS_MEMORY", "checked"), "hashseed", "0"));
        // PROGRAMS_ALLOCATOR=pymalloc_debug: freed blocks poisoned and held back, so a use after free is an error
        String allocator = System.getenv("PROGRAMS_ALLOCATOR");
        if (allocator != null && !allocator.isBlank()) {
            settings.put("allocator", allocator);
        }
        try (PyHeap heap = PyHeap.open(Configuration.of(settings));
             PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            // stdin: NAME.in when there is one, else empty (the recording's /dev/null), never the test JVM's
            Path input = abs.resolveSibling(abs.getFileName().toString().replaceFirst("\\.py$", ".in"));
            byte[] stdin = Files.exists(input) ? Files.readAllBytes(input) : new byte[0];
            // the program's folder as working directory, as record_programs.py runs CPython there
            exit = new Runner(heap, o, e).stdin(new java.io.ByteArrayInputStream(stdin), false)
                    .workingDirectory(abs.getParent())
                    .run(new Runner.Program(abs.toString(), Files.readAllBytes(abs), abs.getParent()), argv);
        }
        String folder = abs.getParent().toString() + "/";
        return new Outcome(out.toString().replace(folder, ""),
                libraryFrames(ADDRESS.matcher(err.toString().replace(folder, "")).replaceAll(Matcher.quoteReplacement("0x..."))),
                exit);
    }

    /** The third normalisation of the README: library frames named by module and function only. */
    static String libraryFrames(String stderr) {
        String text = LIBRARY_FRAME.matcher(stderr).replaceAll("  File \"<stdlib>/$1\", in $2\n");
        return FROZEN_FRAME.matcher(text).replaceAll("  File \"<frozen $1>\", in $2\n");
    }

    static Outcome expected(Path program, String collector, Header header) throws IOException {
        String base = program.getFileName().toString().replaceFirst("\\.py$", "");
        Path dir = program.getParent();
        List<String> own = header.expect().getOrDefault(collector, List.of());
        String out = read(dir, own.contains(base + "." + collector + ".out") ? base + "." + collector + ".out" : base + ".out");
        String err = read(dir, own.contains(base + "." + collector + ".err") ? base + "." + collector + ".err" : base + ".err");
        String exit = read(dir, own.contains(base + "." + collector + ".exit") ? base + "." + collector + ".exit"
                : base + ".exit");
        return new Outcome(out, err, exit.isBlank() ? 0 : Integer.parseInt(exit.strip()));
    }

    private static String read(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    /**
     * The programs this run checks: all of them, or those whose name (e.g. {@code gc/collect_list.py})
     * matches the regular expression in the environment variable {@code PROGRAMS} (a development aid).
     */
    static List<Path> selected() throws IOException {
        String filter = System.getenv("PROGRAMS");
        if (filter == null || filter.isBlank()) {
            return programs();
        }
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(filter);
        return programs().stream().filter(p -> pattern.matcher(name(p)).find()).toList();
    }

    static String name(Path program) {
        return ROOT.relativize(program).toString();
    }

    /**
     * How many programs run at once: the environment variable {@code PROGRAMS_THREADS} (a positive
     * number), else the number of processors the JVM sees, at most four (each run's heap and its
     * checked memory live in the test JVM's 2 GB at the same time). Each run has its own heap, and a heap
     * shares nothing with another (no static mutable state; the working directory, {@code os.environ},
     * signals and the standard streams are each interpreter's own), so programs may run side by
     * side; the collectors of one program run one after the other on one thread, since a program may
     * write files in its folder. {@code PROGRAMS_THREADS=1} runs everything on JUnit's thread, as
     * before, in the order of the report.
     */
    static int threads() {
        String value = System.getenv("PROGRAMS_THREADS");
        if (value == null || value.isBlank()) {
            return Math.min(4, Runtime.getRuntime().availableProcessors());
        }
        int n = Integer.parseInt(value.strip());
        if (n < 1) {
            throw new IllegalArgumentException("PROGRAMS_THREADS must be a positive number: " + value);
        }
        return n;
    }

    /** A run's outcome, or what it threw (a failed assertion of the timeout among them). */
    record Result(Outcome outcome, Throwable thrown) {
        Outcome get() throws Throwable {
            if (thrown != null) {
                throw thrown;
            }
            return outcome;
        }
    }

    /** Runs the program under each collector in turn, each with the 30 s limit. */
    static List<Result> runAll(Path program, Header header) {
        List<Result> results = new ArrayList<>();
        for (String collector : header.collectors()) {
            try {
                results.add(new Result(assertTimeoutPreemptively(Duration.ofSeconds(30),
                        () -> run(program, collector, header.args())), null));
            } catch (Throwable t) {
                results.add(new Result(null, t));
            }
        }
        return results;
    }

    @TestFactory
    Stream<DynamicTest> programsMatchCPython() throws IOException {
        Map<String, String> pending = pending();
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> selected = selected();
        int threads = Math.min(threads(), Math.max(1, selected.size()));
        // with more than one thread, a pool runs the programs ahead of the report (one task per
        // program, its collectors in turn) and each test waits for its program's results; its daemon
        // threads let the JVM end if a run never returns
        java.util.concurrent.ExecutorService pool = threads == 1 ? null
                : java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "programs-" + System.identityHashCode(r));
                    t.setDaemon(true);
                    return t;
                });
        Map<Path, java.util.concurrent.Future<List<Result>>> runs = new java.util.HashMap<>();
        if (pool != null) {
            for (Path program : selected) {
                Header header = header(program);
                runs.put(program, pool.submit(() -> runAll(program, header)));
            }
            pool.shutdown();
        }
        for (Path program : selected) {
            String name = name(program);
            Header header = header(program);
            var future = runs.get(program);
            java.util.function.IntFunction<Result> result = i -> {
                try {
                    return future.get().get(i);
                } catch (java.util.concurrent.ExecutionException e) {
                    return new Result(null, e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Result(null, e);
                }
            };
            if (pending.containsKey(name)) {
                // a pending program must still fail under at least one of its collectors
                tests.add(DynamicTest.dynamicTest(name + " (pending: " + pending.get(name) + ")", () -> {
                    List<String> collectors = header.collectors();
                    for (int i = 0; i < collectors.size(); i++) {
                        String collector = collectors.get(i);
                        Outcome actual;
                        try {
                            actual = future != null ? result.apply(i).get()
                                    : assertTimeoutPreemptively(Duration.ofSeconds(30),
                                            () -> run(program, collector, header.args()));
                        } catch (Throwable t) {
                            return;
                        }
                        if (!expected(program, collector, header).equals(actual)) {
                            return;
                        }
                    }
                    fail(name + " passes under " + header.collectors() + ": remove it from PENDING.txt");
                }));
                continue;
            }
            List<String> collectors = header.collectors();
            for (int i = 0; i < collectors.size(); i++) {
                String collector = collectors.get(i);
                int index = i;
                tests.add(DynamicTest.dynamicTest(name + " [" + collector + "]", () -> {
                    Outcome expected = expected(program, collector, header);
                    Outcome actual = future != null ? result.apply(index).get()
                            : assertTimeoutPreemptively(Duration.ofSeconds(30),
                                    () -> run(program, collector, header.args()));
                    // a stdout that differs is most often explained by what the program wrote to stderr
                    assertEquals(expected.out(), actual.out(), () -> name + " stdout under " + collector
                            + (actual.err().equals(expected.err()) ? "" : "; its stderr ended with:\n"
                            + actual.err().substring(Math.max(0, actual.err().length() - 3000))));
                    assertEquals(expected.err(), actual.err(), name + " stderr under " + collector);
                    assertEquals(expected.exit(), actual.exit(), name + " exit code under " + collector);
                }));
            }
        }
        List<String> unknown = new ArrayList<>(pending.keySet());
        unknown.removeAll(programs().stream().map(ProgramsTest::name).toList());
        if (!unknown.isEmpty()) {
            tests.add(DynamicTest.dynamicTest("PENDING.txt names existing programs", () ->
                    fail("PENDING.txt names programs that do not exist: " + unknown)));
        }
        return tests.stream();
    }

    /** Prints which programs pass under which collector (a development aid: {@code main}). */
    public static void main(String[] args) throws Throwable {
        List<Path> list = args.length == 0 ? programs() : Arrays.stream(args).map(ROOT::resolve).toList();
        int passed = 0, total = 0;
        for (Path program : list) {
            Header header = header(program);
            List<String> failing = new ArrayList<>();
            for (String collector : header.collectors()) {
                total++;
                Outcome expected = expected(program, collector, header);
                Outcome actual;
                try {
                    var pool = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                        Thread th = new Thread(r);
                        th.setDaemon(true);
                        return th;
                    });
                    try {
                        actual = pool.submit(() -> run(program, collector, header.args()))
                                .get(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw e.getCause();
                    } finally {
                        pool.shutdownNow();
                    }
                } catch (Throwable t) {
                    if (System.getenv("PROGRAMS_VERBOSE") != null) {
                        t.printStackTrace(System.out);
                    }
                    failing.add(collector + ": " + t);
                    continue;
                }
                if (System.getenv("PROGRAMS_VERBOSE") != null) {
                    System.out.println("--- " + collector + " exit " + actual.exit() + "\n" + actual.out() + "--- err\n" + actual.err());
                }
                if (expected.equals(actual)) {
                    passed++;
                } else {
                    String tail = actual.err().strip();
                    tail = tail.substring(tail.lastIndexOf('\n') + 1);
                    failing.add(collector + ": " + firstDifference(expected, actual) + (tail.isEmpty() ? "" : "  {" + tail + "}"));
                }
            }
            System.out.println((failing.isEmpty() ? "PASS " : "FAIL ") + name(program)
                    + (failing.isEmpty() ? "" : "  " + failing.get(0)));
        }
        System.out.println(passed + " of " + total + " runs pass");
    }

    static String firstDifference(Outcome e, Outcome a) {
        if (!e.out().equals(a.out())) {
            return "stdout " + diff(e.out(), a.out());
        }
        if (!e.err().equals(a.err())) {
            return "stderr " + diff(e.err(), a.err());
        }
        return "exit " + e.exit() + " != " + a.exit();
    }

    private static String diff(String e, String a) {
        String[] el = e.split("\n", -1), al = a.split("\n", -1);
        for (int i = 0; i < Math.max(el.length, al.length); i++) {
            String x = i < el.length ? el[i] : "<none>", y = i < al.length ? al[i] : "<none>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ": expected [" + x + "] got [" + y + "]";
            }
        }
        return "?";
    }
}
