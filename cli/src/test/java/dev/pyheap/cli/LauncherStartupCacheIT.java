package dev.pyheap.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's start-up cache (JDK 25's AOT cache): {@code ./pyheap} with the packaged build, copied
 * into a folder of its own (the launcher, scripts/, cli/target) so the test can stand for a new build
 * by changing a jar. The first run trains the cache, later ones reuse it (and the JVM really maps it:
 * {@code PYHEAP_AOT=on} makes it refuse to start otherwise), a new jar gets a new cache, and a damaged
 * or stale cache file changes nothing the user sees: the program's output alone, nothing on stderr.
 * The same copy checks that {@code sys.executable} (the launcher's {@code scripts/pyheap-python})
 * runs a child pyheap. Runs after {@code package}, with {@code PYHEAP_NO_BUILD=1}.
 */
class LauncherStartupCacheIT {
    private static final String PROGRAM = "print(6 * 7)";

    @TempDir
    Path root;

    private Path cacheDir;

    private record Launch(int code, String out, String err) {
    }

    @BeforeEach
    void copyTheBuild() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        Path modules = Path.of(System.getProperty("pyheap.modules"));
        Path jar = Path.of(System.getProperty("pyheap.jar"));
        Files.copy(repository.resolve("pyheap"), root.resolve("pyheap"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(root.resolve("scripts"));
        for (String script : List.of("jdk.sh", "aot-training.py", "pyheap-python")) {
            Files.copy(repository.resolve("scripts").resolve(script), root.resolve("scripts").resolve(script),
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path target = Files.createDirectories(root.resolve("cli/target/modules"));
        try (Stream<Path> jars = Files.list(modules)) {
            for (Path j : jars.toList()) {
                Files.copy(j, target.resolve(j.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Files.copy(jar, root.resolve("cli/target").resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        cacheDir = root.resolve(".pyheap-build/aot");
    }

    private Launch launch(Map<String, String> environment) throws IOException, InterruptedException {
        return launch(environment, PROGRAM);
    }

    private Launch launch(Map<String, String> environment, String program) throws IOException, InterruptedException {
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("pyheap").toString(), "run", "-c", program)
                .directory(root.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("PYHEAP_") || k.equals("PYTHONMALLOC"));
        builder.environment().put("PYHEAP_NO_BUILD", "1");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./pyheap did not finish in 5 minutes");
        }
        return new Launch(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Launch launch() throws IOException, InterruptedException {
        return launch(Map.of());
    }

    private static void assertPlain(Launch launch) {
        assertEquals(new Launch(0, "42\n", ""), launch, "the program's output alone");
    }

    private List<Path> caches() throws IOException {
        if (!Files.isDirectory(cacheDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(p -> p.toString().endsWith(".aot")).sorted().toList();
        }
    }

    /** sys.executable is the launcher's scripts/pyheap-python, which runs a program as python3 does: in a child pyheap. */
    @Test
    void sysExecutableRunsAChildPyheap() throws Exception {
        Launch parent = launch(Map.of("PYHEAP_AOT", "off"), """
                import subprocess, sys
                r = subprocess.run([sys.executable, "-c", "import sys; print(6 * 7, sys.argv[1:]); 1/0", "x"],
                                   capture_output=True, text=True)
                print(sys.executable.endswith("/scripts/pyheap-python"), r.returncode, repr(r.stdout))
                print(r.stderr, end="")
                """);
        assertEquals(new Launch(0, """
                True 1 "42 ['x']\\n"
                Traceback (most recent call last):
                  File "<string>", line 1, in <module>
                ZeroDivisionError: division by zero
                """, ""), parent);
    }

    @Test
    void madeOnceReusedRemadeForANewBuildAndNeverInTheWay() throws Exception {
        assertPlain(launch());
        List<Path> first = caches();
        assertEquals(1, first.size(), "the first run trained one cache: " + first);
        Path cache = first.get(0);
        FileTime made = Files.getLastModifiedTime(cache);
        Object inode = Files.getAttribute(cache, "unix:ino");

        assertPlain(launch());
        assertPlain(launch(Map.of("PYHEAP_AOT", "on"))); // the JVM maps it, or refuses to start
        assertEquals(first, caches(), "reused, not made again");
        assertEquals(made, Files.getLastModifiedTime(cache));
        assertEquals(inode, Files.getAttribute(cache, "unix:ino"));

        // A new build: a jar with other contents (a later time is enough for the JVM to refuse the old cache).
        Path jar;
        try (Stream<Path> jars = Files.list(root.resolve("cli/target"))) {
            jar = jars.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertPlain(launch());
        List<Path> second = new ArrayList<>(caches());
        second.removeAll(first);
        assertEquals(1, second.size(), "a cache for the new build: " + caches());
        assertPlain(launch(Map.of("PYHEAP_AOT", "on")));

        // The old build's cache under the new one's name (stale), then a cut-short file, then garbage.
        Path current = second.get(0);
        Files.copy(cache, current, StandardCopyOption.REPLACE_EXISTING);
        assertPlain(launch());
        byte[] whole = Files.readAllBytes(cache);
        Files.write(current, java.util.Arrays.copyOf(whole, whole.length / 3));
        assertPlain(launch());
        Files.write(current, "not a cache".getBytes(StandardCharsets.UTF_8));
        assertPlain(launch());
        assertNotEquals(0, launch(Map.of("PYHEAP_AOT", "on")).code(), "PYHEAP_AOT=on refuses a cache the JVM cannot map");
    }

    @Test
    void offMakesNone() throws Exception {
        assertPlain(launch(Map.of("PYHEAP_AOT", "off")));
        assertEquals(List.of(), caches());
    }
}
