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
 * from the configuration, its output on the command's streams, its exit code the command's.
 */
final class PythonRun {
    private final Context context;

    PythonRun(Context context) {
        this.context = context;
    }

    int run(Configuration configuration, String code, List<String> program, boolean inspection) {
        return run(configuration, code, program, inspection, false);
    }

    /**
     * With {@code verify}, or for a workload named instead of a file ({@code pyheap run gcbench}: a
     * program of the jar's workloads folder when no such file exists), the run ends with the sanity
     * checker and the leak check ({@link ProgramRun}), reported on stderr; a failed check makes the
     * exit code 1 when the program's was 0.
     */
    int run(Configuration configuration, String code, List<String> program, boolean inspection, boolean verify) {
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
        } else if (bundledWorkload(program.get(0)).isPresent()) {
            Bundled.Program workload = bundledWorkload(program.get(0)).orElseThrow();
            argv.add(workload.fileName());
            argv.addAll(program.subList(1, program.size()));
            source = new Runner.Program(workload.fileName(), workload.source(), context.workingDirectory());
            verify = true;
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
        if (verify) {
            return checked(configuration, source, argv);
        }
        try (PyHeap heap = PyHeap.open(configuration)) {
            int exit = new Runner(heap, context.out(), context.err()).run(source, argv);
            context.out().flush();
            context.err().flush();
            return exit;
        }
    }

    /** A bundled workload named {@code name} when no file of that name exists. */
    private java.util.Optional<Bundled.Program> bundledWorkload(String name) {
        if (Files.exists(context.workingDirectory().resolve(name))) {
            return java.util.Optional.empty();
        }
        return Bundled.find(Bundled.WORKLOADS, name);
    }

    private int checked(Configuration configuration, Runner.Program source, List<String> argv) {
        ProgramRun.Result result;
        try {
            result = ProgramRun.run(configuration, source, argv, context.out(), context.err());
        } catch (IllegalArgumentException e) { // a malformed leak declaration
            context.err().println("pyheap: " + e.getMessage());
            context.err().flush();
            return ErrorReporter.USAGE;
        }
        ProgramRun.describe(result.checks()).forEach(line -> context.err().println("pyheap: " + line));
        context.err().flush();
        return result.exit() == 0 && !result.checks().passed() ? ErrorReporter.RUN_FAILED : result.exit();
    }
}
