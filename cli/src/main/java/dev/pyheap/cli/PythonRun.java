package dev.pyheap.cli;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.interpreter.run.Runner;
import dev.pyheap.runtime.PyHeap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pyheap run FILE.py [ARGS]}, {@code -c CODE}, {@code -}: a Python program on a heap made
 * from the configuration, its output on the command's streams, its exit code the command's; the
 * inspection options ({@code --tracemalloc}, {@code --leaks}, {@code --graph}) observe it.
 */
final class PythonRun {
    private final Context context;

    PythonRun(Context context) {
        this.context = context;
    }

    /** @param observer what runs around the program (the inspection options), or null */
    int run(Configuration configuration, String code, List<String> program, Runner.Observer observer) {
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
            Runner runner = new Runner(heap, context.out(), context.err());
            if (observer != null) {
                runner.observedBy(observer);
            }
            int exit = runner.run(source, argv);
            context.out().flush();
            context.err().flush();
            return exit;
        }
    }
}
