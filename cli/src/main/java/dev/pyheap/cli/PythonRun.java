package dev.pyheap.cli;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.interpreter.run.Runner;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pyheap run FILE.py [ARGS]}, {@code -c CODE}, {@code -}: a Python program on a heap made
 * from the configuration, its output on the command's streams, its exit code the command's.
 */
final class PythonRun {
    private final Context context;

    PythonRun(Context context) {
        this.context = context;
    }

    /**
     * Runs the program; with a {@code recorder} ({@code --report}) the heap is recorded from its opening
     * to the program's end (its interpreter torn down).
     */
    int run(Configuration configuration, String code, List<String> program, boolean inspection,
            ReportRecorder recorder) {
        if (inspection) {
            context.err().println("pyheap: --tracemalloc, --leaks and --graph are not supported with a Python program yet");
            return 2;
        }
        List<String> argv = new ArrayList<>();
        Runner.Program source;
        if (code != null) {
            argv.add("-c");
            argv.addAll(program);
            source = new Runner.Program("<string>", code.getBytes(StandardCharsets.UTF_8), context.workingDirectory());
        } else if (program.get(0).equals("-")) {
            argv.addAll(program);
            try {
                source = new Runner.Program("<stdin>", System.in.readAllBytes(), context.workingDirectory());
            } catch (IOException e) {
                context.err().println("pyheap: cannot read stdin: " + e.getMessage());
                return 2;
            }
        } else {
            argv.addAll(program);
            Path file = context.workingDirectory().resolve(program.get(0)).toAbsolutePath().normalize();
            try {
                source = new Runner.Program(file.toString(), Files.readAllBytes(file), file.getParent());
            } catch (IOException e) {
                context.err().println("pyheap: can't open file '" + file + "': [Errno 2] No such file or directory");
                return 2;
            }
        }
        try (PyHeap heap = PyHeap.open(configuration)) {
            if (recorder != null) {
                withGil(heap, () -> recorder.start(heap));
            }
            int exit = new Runner(heap, context.out(), context.err()).run(source, argv);
            if (recorder != null) {
                withGil(heap, () -> recorder.end(heap));
            }
            context.out().flush();
            context.err().flush();
            return exit;
        }
    }

    /** Runs {@code action} on a thread state of this thread, holding the GIL. */
    private static void withGil(PyHeap heap, Runnable action) {
        try (PyThreadState thread = heap.attach(); var gil = thread.gil()) {
            action.run();
        }
    }
}
