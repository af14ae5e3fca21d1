package dev.pyheap.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Launches the packaged command exactly as {@code ./pyheap} does ({@code java
 * --enable-native-access=dev.pyheap.allocator -p modules:cli.jar -m dev.pyheap.cli/dev.pyheap.cli.Main})
 * in a separate JVM; empty stderr proves the JVM printed no native-access warning. Runs in Maven's {@code integration-test}
 * phase, after {@code package} has filled {@code target/modules}. In-process tests cannot catch a
 * missing {@code opens} (surefire opens test packages) or a module that fails to resolve.
 */
class ModulePathLaunchIT {
    private static Path modules;
    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void locateTheBuild() {
        String m = System.getProperty("pyheap.modules");
        String j = System.getProperty("pyheap.jar");
        assertTrue(m != null && j != null, "run through Maven: surefire passes pyheap.modules and pyheap.jar");
        modules = Path.of(m);
        jar = Path.of(j);
        assertTrue(Files.isDirectory(modules), modules + " is missing: this test runs after package");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: this test runs after package");
    }

    private CliRun launch(String... args) throws IOException, InterruptedException {
        // As ./pyheap: native memory's restricted methods are granted to the allocator module.
        return launchWith(List.of("--enable-native-access=dev.pyheap.allocator"), args);
    }

    private CliRun launchWith(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return launchWithInput(jvmOptions, null, args);
    }

    /** As {@link #launchWith}, with the process's stdin read from {@code input} (null: the parent's). */
    private CliRun launchWithInput(List<String> jvmOptions, Path input, String... args)
            throws IOException, InterruptedException {
        return launchWithInput(jvmOptions, input, Map.of(), args);
    }

    /** As {@link #launch}, with {@code environment} added to the process's environment. */
    private CliRun launchWithEnvironment(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        return launchWithInput(List.of("--enable-native-access=dev.pyheap.allocator"), null, environment, args);
    }

    private CliRun launchWithInput(List<String> jvmOptions, Path input, Map<String, String> environment,
                                   String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-p", modules + java.io.File.pathSeparator + jar,
                "-m", "dev.pyheap.cli/dev.pyheap.cli.Main"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        // The developer's own settings must not leak into the run.
        builder.environment().keySet().removeIf(k -> k.startsWith("PYHEAP_") || k.equals("PYTHONMALLOC"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("pyheap " + String.join(" ", args) + " did not finish in 2 minutes");
        }
        return new CliRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void sysStdinReadsTheProcessStdinAsCPythonDoes() throws Exception {
        // CPython 3.11.7 on the same program and input: sys.stdin's repr, readline and input() sharing
        // one position, iteration, the binary buffer finding nothing (the text layer read the whole
        // input ahead), then the text that is left
        Files.writeString(dir.resolve("prog.py"), "import sys\n"
                + "print(repr(sys.stdin), sys.stdin.isatty())\n"
                + "first = sys.stdin.readline()\nprint(repr(first), repr(input()))\n"
                + "for line in sys.stdin:\n    print('>', line.rstrip('\\n'))\n"
                + "    if line.startswith('b'):\n        break\n"
                + "print(sys.stdin.buffer.read())\nprint(repr(sys.stdin.read()))\n");
        Files.writeString(dir.resolve("in.txt"), "one\ntw\u00f6\nalpha\nbeta\ngamma\n", StandardCharsets.UTF_8);
        CliRun r = launchWithInput(List.of("--enable-native-access=dev.pyheap.allocator"), dir.resolve("in.txt"),
                "run", "prog.py");
        assertEquals("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'> False\n"
                + "'one\\n' 'tw\u00f6'\n> alpha\n> beta\nb''\n'gamma\\n'\n", r.out(), r::toString);
        assertEquals("", r.err(), r::toString);
        assertEquals(0, r.code(), r::toString);
    }

    @Test
    void osExitInAThreadEndsTheProcessWhileTheMainThreadWaitsOnALock() throws Exception {
        // CPython 3.11.7 on the same program: exit status 4 at once, the line written to descriptor 1
        // kept, the one sys.stdout still buffers lost, no finally block run. The in-process runner
        // waits for the main thread's next check point instead, which this program never reaches.
        Files.writeString(dir.resolve("prog.py"), "import os, sys, threading, time\n"
                + "sys.stdout.reconfigure(write_through=False)\n"
                + "print('main: start', flush=True)\nprint('buffered, never written')\n"
                + "lock = threading.Lock()\nlock.acquire()\n"
                + "def watchdog():\n    time.sleep(0.1)\n    os.write(1, b'watchdog: giving up\\n')\n    os._exit(4)\n"
                + "threading.Thread(target=watchdog).start()\n"
                + "try:\n    lock.acquire()\nfinally:\n    print('finally never runs')\n");
        CliRun r = launch("run", "prog.py");
        assertEquals("main: start\nwatchdog: giving up\n", r.out(), r::toString);
        assertEquals("", r.err(), r::toString);
        assertEquals(4, r.code(), r::toString);
    }

    @Test
    void programFromStdinStillRuns() throws Exception {
        // 'run -' reads the program from stdin; what it reads next is then at its end
        Files.writeString(dir.resolve("in.txt"), "import sys\nprint('from stdin', repr(sys.stdin.read()))\n");
        CliRun r = launchWithInput(List.of("--enable-native-access=dev.pyheap.allocator"), dir.resolve("in.txt"),
                "run", "-");
        assertEquals("from stdin ''\n", r.out(), r::toString);
        assertEquals(0, r.code(), r::toString);
    }

    @Test
    void warnOptionsReachSysWarnoptionsAndTheFilters() throws Exception {
        // CPython 3.11.7 (in the same folder): python3 -W error::DeprecationWarning -W ignore::UserWarning -W bogus -X dev=1
        // -X frozen_modules=off prog.py, with PYTHONWARNINGS=always::RuntimeWarning: -X dev puts 'default'
        // first, the environment's entries come before the options, a bad option is reported at start-up
        Files.writeString(dir.resolve("prog.py"), "import sys, warnings\n"
                + "print(sys.warnoptions, sys._xoptions)\n"
                + "warnings.warn('quiet', UserWarning)\n"
                + "try:\n    warnings.warn('loud', DeprecationWarning)\n"
                + "except DeprecationWarning as e:\n    print('raised', e)\n"
                + "warnings.warn('shown', RuntimeWarning)\n");
        CliRun r = launchWithEnvironment(Map.of("PYTHONWARNINGS", "always::RuntimeWarning"),
                "run", "-W", "error::DeprecationWarning", "-W", "ignore::UserWarning", "-W", "bogus", "-X", "dev=1",
                "-X", "frozen_modules=off", "prog.py");
        assertEquals("['default', 'always::RuntimeWarning', 'error::DeprecationWarning', 'ignore::UserWarning',"
                + " 'bogus'] {'dev': '1', 'frozen_modules': 'off'}\nraised loud\n", r.out(), r::toString);
        // the warning names the program by its absolute path, as CPython's __file__
        assertEquals("Invalid -W option ignored: invalid action: 'bogus'\n"
                + dir.resolve("prog.py").toAbsolutePath().normalize() + ":8: RuntimeWarning: shown\n"
                + "  warnings.warn('shown', RuntimeWarning)\n", r.err(), r::toString);
        assertEquals(0, r.code(), r::toString);
    }

    @Test
    void inputReadsTheProcessStdinOneLineAtATime() throws Exception {
        // CPython 3.11.7 on the same program and input: the prompts, the lines without their newline
        // (UTF-8 decoded), os.read(0) finding nothing (sys.stdin's buffer read the rest ahead), the
        // buffered last line, then EOFError at the end of the input.
        Files.writeString(dir.resolve("prog.py"), "import os\n"
                + "a = input('name? ')\nprint(repr(a))\nprint(repr(input()))\n"
                + "print(os.read(0, 100))\nprint(repr(input('more: ')))\ninput('end: ')\n");
        Files.writeString(dir.resolve("in.txt"), "bob\ns\u00e9cond\nrest\n", StandardCharsets.UTF_8);
        CliRun r = launchWithInput(List.of("--enable-native-access=dev.pyheap.allocator"), dir.resolve("in.txt"),
                "run", "prog.py");
        assertEquals("name? 'bob'\n's\u00e9cond'\nb''\nmore: 'rest'\nend: ", r.out(), r::toString);
        assertTrue(r.err().endsWith("EOFError: EOF when reading a line\n"), r::toString);
        assertEquals(1, r.code(), r::toString);
    }

    @Test
    void versionAndListWork() throws Exception {
        CliRun version = launch("--version");
        assertEquals(0, version.code(), version::toString);
        assertEquals("pyheap " + System.getProperty("pyheap.expected.version"), version.outLines().get(0));
        assertEquals("", version.err(), "nothing on stderr (no logging noise)");

        CliRun list = launch("list");
        assertEquals(0, list.code(), list::toString);
        assertTrue(list.outLines().stream().anyMatch(l -> l.startsWith("  pymalloc ")), list::toString);
        assertTrue(list.outLines().stream().anyMatch(l -> l.startsWith("  malloc ")), list::toString);
    }

    @Test
    void theNativeAccessGrantIsWhatKeepsStderrEmpty() throws Exception {
        CliRun granted = launch("stats", "--pattern", "free32", "--ops", "1000");
        assertEquals(0, granted.code(), granted::toString);
        assertEquals("", granted.err(), "no warning with the grant");
        CliRun bare = launchWith(List.of(), "stats", "--pattern", "free32", "--ops", "1000");
        assertEquals(0, bare.code(), bare::toString);
        assertTrue(bare.err().contains("WARNING: A restricted method in java.lang.foreign"), bare::toString);
        assertTrue(bare.err().contains("--enable-native-access=dev.pyheap.allocator"), bare::toString);

        CliRun checked = launchWith(List.of(), "stats", "--set", "memory=checked", "--pattern", "free32", "--ops", "1000");
        assertEquals(0, checked.code(), checked::toString);
        assertEquals("", checked.err(), "checked memory calls no restricted method");

        CliRun denied = launchWith(List.of("--illegal-native-access=deny"), "stats", "--pattern", "free32", "--ops", "1000");
        assertEquals(2, denied.code(), denied::toString);
        assertTrue(denied.singleErrorLine().startsWith("pyheap: error: memory=native needs native access for module"
                + " dev.pyheap.allocator: run java with --enable-native-access=dev.pyheap.allocator, or set"
                + " memory=checked ("), denied::toString);
    }

    @Test
    void statsRunsAPatternAndConfigReadsTheWorkingDirectory() throws Exception {
        Files.writeString(dir.resolve("pyheap.properties"), "allocator=malloc\n");
        CliRun config = launch("config");
        assertEquals(0, config.code(), config::toString);
        assertTrue(config.out().contains("file (" + dir.resolve("pyheap.properties") + ")"), config::toString);

        CliRun stats = launch("stats", "--allocator", "pymalloc", "--pattern", "shuffle", "--ops", "20000");
        assertEquals(0, stats.code(), stats::toString);
        assertTrue(stats.outLines().get(0).startsWith("pattern=shuffle allocator=pymalloc ops=20000 "),
                stats::toString);
        assertTrue(stats.out().contains("=== at end ==="), stats::toString);
        assertEquals("", stats.err());
    }

    @Test
    void errorsAreOneLineWithTheRightExitCode() throws Exception {
        CliRun usage = launch("stats", "--set", "heap.limt=1m");
        assertEquals(2, usage.code(), usage::toString);
        assertTrue(usage.singleErrorLine().startsWith("pyheap: error: unknown option 'heap.limt'"), usage::toString);

        CliRun failed = launch("stats", "--set", "heap.limit=1m", "--pattern", "lifo", "--ops", "100000");
        assertEquals(1, failed.code(), failed::toString);
        assertTrue(failed.singleErrorLine().startsWith("pyheap: MemoryError: "), failed::toString);
    }

    @Test
    void demoRunsTheSeedExamplesFromTheJarAndSaysTheExpectedLeakIsFine() throws Exception {
        CliRun demo = launch("demo");
        assertEquals(0, demo.code(), demo::toString);
        assertEquals("", demo.err(), "nothing on stderr: no progress bar off a terminal, no close report");
        assertTrue(demo.outLines().contains("x and y refer to the same object"), demo::toString);
        assertTrue(demo.outLines().contains("x and y do not refer to the same object"), demo::toString);
        assertTrue(demo.out().contains("== s004_person_and_dog.py: article 004, "), demo::toString);
        assertTrue(demo.out().contains("\n2\n3\n2\n"), demo::toString);
        assertTrue(demo.out().contains("  s004_person_and_dog: ok; leaks: ok, nothing left behind\n"), demo::toString);

        CliRun refcount = launch("demo", "--collector", "refcount", "--only", "s004_person_and_dog");
        assertEquals(0, refcount.code(), refcount::toString);
        assertTrue(refcount.out().contains("Person objects: 1\nDog objects: 1\n"), refcount::toString);
        assertTrue(refcount.out().contains("  s004_person_and_dog: ok; leaks: ok, left behind as declared without a"
                + " cycle collector: 1 Dog, 1 Person (1 cycle of 2 objects: Dog 1, Person 1)\n"), refcount::toString);
    }

    @Test
    void runJsonAndCompareWork() throws Exception {
        CliRun run = launch("run", "--workload", "churn", "--ops", "20000", "--threads", "4", "--verify", "--json");
        assertEquals(0, run.code(), run::toString);
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("{\n  \"schema_version\" : 2,\n  \"kind\" : \"run\",\n"), run::toString);
        assertTrue(run.out().contains("\n  \"ops\" : 20000,\n"), run::toString);

        CliRun compare = launch("compare", "--workload", "cycles", "--ops", "5000");
        assertEquals(0, compare.code(), compare::toString);
        assertEquals("", compare.err());
        assertTrue(compare.outLines().get(0).startsWith("cycles on pymalloc, 1 thread, seed 0x5eed"), compare::toString);

        CliRun usage = launch("run", "--ops", "0");
        assertEquals(2, usage.code(), usage::toString);
        assertEquals("pyheap: error: --ops must be at least 1, got 0 (see pyheap run --help)", usage.singleErrorLine());

        CliRun memory = launch("run", "--workload", "leaky", "--set", "heap.limit=2m", "--ops", "10000000");
        assertEquals(1, memory.code(), memory::toString);
        assertTrue(memory.singleErrorLine().startsWith("pyheap: MemoryError: heap limit reached: "), memory::toString);
    }
}
