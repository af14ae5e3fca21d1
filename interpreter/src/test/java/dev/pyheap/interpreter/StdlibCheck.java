package dev.pyheap.interpreter;

import dev.pyheap.interpreter.ast.AstDump;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.parser.PythonParser;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The developer-run standard-library check (src/test/python/stdlib_check.py runs it): parses each
 * file of a manifest of (path, CPython's answer) and reports how many give CPython's AST (by the
 * SHA-256 of the dump) or CPython's SyntaxError; then times tokenizing + parsing of the file nearest 5,000 lines and of the largest file
 * (best and mean of 20 runs after 30 warm-up runs, in this JVM).
 * Not a unit test: the standard library is not part of the repository.
 */
public final class StdlibCheck {
    private StdlibCheck() {}

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int ok = 0;
        List<String> failures = new ArrayList<>();
        Path largest = null;
        long largestSize = -1;
        Path near5000 = null;
        int bestDistance = Integer.MAX_VALUE;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            Path path = Path.of(line.substring(0, tab));
            String expected = line.substring(tab + 1);
            byte[] src = Files.readAllBytes(path);
            String actual;
            try {
                Mod m = PythonParser.parse(src, path.toString(), PythonParser.Mode.EXEC);
                actual = HexFormat.of().formatHex(sha.digest(AstDump.dump(m, true).getBytes(StandardCharsets.UTF_16LE)));
                if (expected.length() == 64 && src.length > largestSize) {
                    largestSize = src.length;
                    largest = path;
                }
                int distance = Math.abs(lineCount(src) - 5000);
                if (expected.length() == 64 && distance < bestDistance) {
                    bestDistance = distance;
                    near5000 = path;
                }
            } catch (PythonSyntaxError e) {
                actual = String.format("error %s: %s (%d, %d, %s, %s)", e.kind(), e.msg(), e.lineno(), e.offset(),
                        e.endLineno() == PythonSyntaxError.NONE ? "None" : e.endLineno(), e.endOffset() == PythonSyntaxError.NONE ? "None" : e.endOffset());
            } catch (RuntimeException | StackOverflowError e) {
                actual = "crash " + e;
            }
            if (actual.equals(expected)) {
                ok++;
            } else {
                failures.add(path + "\n    CPython: " + expected + "\n    ours:    " + actual);
            }
        }
        failures.forEach(System.out::println);
        System.out.printf("%d of %d files give CPython's answer (%d differ)%n", ok, ok + failures.size(), failures.size());
        if (near5000 != null) {
            time(near5000);
        }
        if (largest != null) {
            time(largest);
        }
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** Lines of a source (its newlines). */
    public static int lineCount(byte[] src) {
        int n = 0;
        for (byte b : src) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Times {@code run} on {@code file}: best and mean of 20 runs after 30 warm-up runs, in this JVM. */
    public static void time(String what, Path file, Runnable run) throws Exception {
        int lineCount = lineCount(Files.readAllBytes(file));
        for (int i = 0; i < 30; i++) {
            run.run();
        }
        int runs = 20;
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            run.run();
            long dt = System.nanoTime() - t0;
            best = Math.min(best, dt);
            total += dt;
        }
        System.out.printf("%s %s (%d lines) after 30 warm-up runs: best %.2f ms, mean %.2f ms of %d%n", what, file,
                lineCount, best / 1e6, total / 1e6 / runs, runs);
    }

    private static void time(Path file) throws Exception {
        byte[] src = Files.readAllBytes(file);
        time("tokenize+parse", file, () -> PythonParser.parse(src, file.toString(), PythonParser.Mode.EXEC));
    }
}
