package dev.pyheap.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.pyheap.api.UserText;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.runtime.PyHeap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code pyheap diff PROGRAM}: the program under CPython ({@code python3}) and on pyheap, side by
 * side: stdout and stderr line by line, the exit codes, each differing line marked and, where the
 * reason is known (addresses, ids, timings), explained; lines that print memory facts (gc counts and
 * collections, {@code gc.collect()} results, tracemalloc statistics, sizes, reference counts) are
 * labelled so. The program runs as the corpus runs programs: in its folder, stdin empty,
 * {@code PYTHONHASHSEED=0}.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Run a Python program under CPython (python3) and on pyheap, and show where they differ.",
        description = {
            "Both runs happen in the program's folder with stdin empty, PYTHONHASHSEED=0 and UTF-8 output. Then"
                    + " stdout and stderr are shown side by side (CPython left, pyheap right): '=' same line,"
                    + " '~' a difference explained and not counted (an address, an id, a timing), '!' a difference,"
                    + " '<' / '>' a line only one of them printed. Lines printing memory facts (gc, sizes,"
                    + " reference counts, tracemalloc) are labelled.",
            "Needs python3 on the PATH (or --python); CPython 3.11 is the reference."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the same output and exit code (explained differences aside)",
            "1:they differ",
            "2:usage error, or no python3 to compare with"
        })
final class DiffCommand implements Callable<Integer> {
    /** An address as a repr or hex(id()) prints it. */
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{6,}");
    /** A decimal id: an address in base 10. */
    private static final Pattern ID = Pattern.compile("\\b\\d{9,}\\b");
    /** A number with a fraction, as timings print. */
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+(e-?\\d+)?");
    private static final Pattern TIMING_WORDS = Pattern.compile("(?i)\\b(time|took|elapsed|seconds?|secs?|ms|us|ns|s)\\b");
    private static final Pattern TRACEMALLOC = Pattern.compile("size=\\d.* count=\\d");
    private static final int WIDTH = 48;
    private static final long TIMEOUT_SECONDS = 120;

    private final Context context;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private ConfigurationOptions configuration;

    @Option(names = "--collector", paramLabel = "NAME", description = "pyheap's collector (same as --set collector=NAME).")
    private String collector;

    @Option(names = "--allocator", paramLabel = "NAME", description = "pyheap's allocator (same as --set allocator=NAME).")
    private String allocator;

    @Option(names = "--python", paramLabel = "PROGRAM", defaultValue = "python3",
            description = "The CPython to compare with: a name looked up on the PATH, or a path (default: ${DEFAULT-VALUE}).")
    private String python;

    @Parameters(arity = "1..*", paramLabel = "FILE.py [ARGS]", description = "The program and its arguments.")
    private List<String> program;

    DiffCommand(Context context) {
        this.context = context;
    }

    /** What one run printed and returned. */
    record Outcome(List<String> out, List<String> err, int exit) {
    }

    /** A marked row of the side-by-side. */
    enum Mark {
        SAME("="), EXPLAINED("~"), DIFFERENT("!"), ONLY_CPYTHON("<"), ONLY_PYHEAP(">");

        final String symbol;

        Mark(String symbol) {
            this.symbol = symbol;
        }
    }

    record Row(Mark mark, String cpython, String pyheap, String note) {
    }

    @Override
    public Integer call() {
        Path file = context.workingDirectory().resolve(program.get(0)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), UserText.quote(program.get(0))
                    + " is not a file");
        }
        Optional<Path> interpreter = findPython();
        if (interpreter.isEmpty()) {
            context.err().println("pyheap: diff: " + UserText.quote(python)
                    + " is not on the PATH, so there is no CPython to compare with (install CPython 3.11 or give --python)");
            context.err().flush();
            return ErrorReporter.USAGE;
        }
        Configuration effective = Runner.configuration(configuration, context, allocator, collector);
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            context.err().println("pyheap: diff: cannot read " + UserText.quote(file.toString()) + ": " + UserText.reason(e));
            return ErrorReporter.USAGE;
        }
        Outcome cpython;
        try {
            cpython = runCPython(interpreter.get(), file);
        } catch (IOException e) {
            context.err().println("pyheap: diff: cannot run " + interpreter.get() + ": " + UserText.reason(e));
            return ErrorReporter.USAGE;
        }
        Outcome pyheap = runPyheap(effective, file, source);
        PrintWriter out = context.out();
        out.println("pyheap diff " + file.getFileName() + ": CPython (" + interpreter.get() + ") on the left, pyheap ("
                + effective.get(dev.pyheap.api.config.Options.COLLECTOR) + ") on the right");
        int differences = section(out, "stdout", cpython.out(), pyheap.out());
        differences += section(out, "stderr", cpython.err(), pyheap.err());
        boolean sameExit = cpython.exit() == pyheap.exit();
        out.println("exit code: " + (sameExit ? "= " : "! ") + cpython.exit() + " | " + pyheap.exit());
        if (!sameExit) {
            differences++;
        }
        out.println(differences == 0 ? "result: the same" : "result: " + differences + " difference"
                + (differences == 1 ? "" : "s"));
        out.flush();
        return differences == 0 ? ErrorReporter.OK : ErrorReporter.RUN_FAILED;
    }

    /** Prints one stream's side-by-side; the number of unexplained differences. */
    static int section(PrintWriter out, String name, List<String> cpython, List<String> pyheap) {
        List<Row> rows = rows(cpython, pyheap);
        long differences = rows.stream().filter(r -> r.mark() != Mark.SAME && r.mark() != Mark.EXPLAINED).count();
        if (cpython.isEmpty() && pyheap.isEmpty()) {
            out.println(name + ": = (empty)");
            return 0;
        }
        out.println(name + ":" + (differences == 0 ? " the same" : ""));
        for (Row r : rows) {
            String fact = fact(r.cpython() != null ? r.cpython() : r.pyheap());
            String note = r.note() == null ? fact == null ? "" : "  [" + fact + "]"
                    : "  (" + r.note() + (fact == null ? "" : "; " + fact) + ")";
            out.println(r.mark().symbol + " " + fit(r.cpython()) + " | " + (r.pyheap() == null ? "" : r.pyheap()) + note);
        }
        return (int) differences;
    }

    /** The rows: the lines aligned by a line diff, changed lines paired up in order. */
    static List<Row> rows(List<String> cpython, List<String> pyheap) {
        Patch<String> patch = DiffUtils.diff(cpython, pyheap);
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int at = delta.getSource().getPosition();
            for (; i < at; i++) {
                rows.add(new Row(Mark.SAME, cpython.get(i), cpython.get(i), null));
            }
            List<String> left = delta.getSource().getLines();
            List<String> right = delta.getTarget().getLines();
            for (int k = 0; k < Math.max(left.size(), right.size()); k++) {
                String l = k < left.size() ? left.get(k) : null;
                String r = k < right.size() ? right.get(k) : null;
                if (l == null) {
                    rows.add(new Row(Mark.ONLY_PYHEAP, null, r, null));
                } else if (r == null) {
                    rows.add(new Row(Mark.ONLY_CPYTHON, l, null, null));
                } else {
                    String why = explain(l, r);
                    rows.add(new Row(why == null ? Mark.DIFFERENT : Mark.EXPLAINED, l, r, why));
                }
            }
            i += left.size();
        }
        for (; i < cpython.size(); i++) {
            rows.add(new Row(Mark.SAME, cpython.get(i), cpython.get(i), null));
        }
        return rows;
    }

    /** Why two lines differ when the reason is known and harmless, else null. */
    static String explain(String cpython, String pyheap) {
        if (mask(ADDRESS, cpython).equals(mask(ADDRESS, pyheap))) {
            return "addresses differ from run to run";
        }
        if (mask(ID, mask(ADDRESS, cpython)).equals(mask(ID, mask(ADDRESS, pyheap)))) {
            return "ids are addresses, which differ from run to run";
        }
        if (TIMING_WORDS.matcher(cpython).find() && mask(DECIMAL, cpython).equals(mask(DECIMAL, pyheap))) {
            return "timings differ from run to run";
        }
        return null;
    }

    private static String mask(Pattern p, String s) {
        return p.matcher(s).replaceAll("#");
    }

    /** The kind of memory fact a line seems to print, or null. */
    static String fact(String line) {
        if (line == null) {
            return null;
        }
        String l = line.toLowerCase(java.util.Locale.ROOT);
        if (TRACEMALLOC.matcher(line).find()) {
            return "tracemalloc";
        }
        if (l.contains("refcount") || l.contains("reference count")) {
            return "reference count";
        }
        if (l.contains("gc") || l.contains("collect")) {
            return "gc";
        }
        if (l.contains("size")) {
            return "size";
        }
        return null;
    }

    private static String fit(String s) {
        String t = s == null ? "" : s;
        return t.length() > WIDTH ? t.substring(0, WIDTH - 1) + "…" : t + " ".repeat(WIDTH - t.length());
    }

    /** {@code --python}: a path as given, or the first executable of that name on the PATH. */
    private Optional<Path> findPython() {
        if (python.contains("/")) {
            Path p = context.workingDirectory().resolve(python);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = context.environment().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path p = Path.of(dir, python);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private Outcome runCPython(Path interpreter, Path file) throws IOException {
        List<String> command = new ArrayList<>(List.of(interpreter.toString(), file.getFileName().toString()));
        command.addAll(program.subList(1, program.size()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(file.getParent().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PYTHON"));
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.put("LC_ALL", "C.UTF-8");
        Process process = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("it ran longer than " + TIMEOUT_SECONDS + " s");
            }
            return new Outcome(lines(out.join(), file), lines(err.join(), file), process.exitValue());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private Outcome runPyheap(Configuration configuration, Path file, byte[] source) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> argv = new ArrayList<>();
        argv.add(file.getFileName().toString());
        argv.addAll(program.subList(1, program.size()));
        int exit;
        try (PyHeap heap = PyHeap.open(configuration); PrintWriter o = new PrintWriter(out);
             PrintWriter e = new PrintWriter(err)) {
            exit = new dev.pyheap.interpreter.run.Runner(heap, o, e).run(
                    new dev.pyheap.interpreter.run.Runner.Program(file.toString(), source, file.getParent()), argv);
        }
        return new Outcome(lines(out.toString().getBytes(StandardCharsets.UTF_8), file),
                lines(err.toString().getBytes(StandardCharsets.UTF_8), file), exit);
    }

    /** The lines of {@code bytes}, the program's folder taken out of paths (CPython names the script by its absolute path). */
    private static List<String> lines(byte[] bytes, Path file) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace(file.getParent() + "/", "");
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
