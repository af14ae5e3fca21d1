package dev.pyheap.interpreter.run;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.runtime.PyHeap;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point of a {@code multiprocessing} child: a new JVM, started by the parent with the
 * command {@code _pyheap_multiprocessing.spawn_command()} makes, that opens a heap configured as
 * the parent's (the arguments, {@code name=value} each) and runs the library's
 * {@code multiprocessing.spawn.spawn_main()} as {@code python3 -c} would, which reads the task from
 * standard input. Its exit code is the program's.
 */
public final class SpawnMain {
    private SpawnMain() {
    }

    private static final String BOOTSTRAP = "from multiprocessing.spawn import spawn_main; spawn_main()\n";

    public static void main(String[] args) {
        Runner.takeDefaultSignalActions(); // Process.terminate() ends the child by SIGTERM: exitcode -15
        Map<String, String> settings = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                settings.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        int exit;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Path folder = Path.of("").toAbsolutePath();
        try (PyHeap heap = PyHeap.open(Configuration.of(settings))) {
            Runner runner = new Runner(heap, out, err).endsProcess(true)
                    .unbuffered(!System.getenv().getOrDefault("PYTHONUNBUFFERED", "").isEmpty());
            exit = runner.run(new Runner.Program("<string>", BOOTSTRAP.getBytes(StandardCharsets.UTF_8), folder), List.of("-c"));
            out.flush();
            err.flush();
        }
        Runner.exitProcess(exit); // an end by a signal (os.kill of itself, KeyboardInterrupt) by that signal
    }
}
