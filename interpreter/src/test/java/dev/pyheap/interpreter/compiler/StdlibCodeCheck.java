package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.StdlibCheck;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.parser.PythonParser;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The developer-run standard-library check of the bytecode compiler (src/test/python/stdlib_code_check.py
 * runs it): compiles each file of a manifest of (path, CPython's digests per field group) and
 * reports, per field group, how many files give CPython's code objects; lists the files that
 * differ (with {@code -v}); then times parse + compile of the file nearest 5,000 lines and of the
 * largest one (best and mean of 20 runs after 30 warm-up runs, in this JVM). Not a unit test: the
 * standard library is not part of the repository.
 */
public final class StdlibCodeCheck {
    private StdlibCodeCheck() {}

    private static final String[] GROUPS = {"co_code", "co_consts", "co_exceptiontable", "co_linetable", "other", "dis"};

    public static void main(String[] args) throws Exception {
        boolean verbose = List.of(args).contains("-v");
        List<String> rows = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int[] ok = new int[GROUPS.length];
        int files = 0;
        int allOk = 0;
        int keyOk = 0;
        Map<String, List<String>> differing = new LinkedHashMap<>();
        Path near5000 = null;
        int bestDistance = Integer.MAX_VALUE;
        Path largest = null;
        long largestSize = -1;
        for (String row : rows) {
            if (row.isBlank()) {
                continue;
            }
            String[] cols = row.split("\t");
            Path path = Path.of(cols[0]);
            byte[] src = Files.readAllBytes(path);
            files++;
            List<String> lines;
            try {
                Mod.Module m = (Mod.Module) PythonParser.parse(src, path.toString(), PythonParser.Mode.EXEC);
                Code co = Analysis.of(m, path.toString(), 0).code();
                lines = new ArrayList<>();
                CodeCorpus.describe(co, lines);
            } catch (PythonSyntaxError e) {
                lines = List.of("error " + e.kind() + ": " + e.msg());
            } catch (RuntimeException | StackOverflowError e) {
                lines = List.of("crash " + e);
            }
            if (cols[1].startsWith("error ")) {
                boolean same = lines.size() == 1 && lines.getFirst().equals(cols[1]);
                if (same) {
                    allOk++;
                    keyOk++;
                    for (int g = 0; g < GROUPS.length; g++) {
                        ok[g]++;
                    }
                } else {
                    differing.computeIfAbsent("error", k -> new ArrayList<>()).add(path + ": CPython " + cols[1]
                            + ", ours " + (lines.size() == 1 ? lines.getFirst() : "compiled"));
                }
                continue;
            }
            String[] ours = digests(lines);
            boolean all = true;
            boolean key = true;
            for (int g = 0; g < GROUPS.length; g++) {
                if (ours[g].equals(cols[1 + g])) {
                    ok[g]++;
                } else {
                    all = false;
                    if (g < 4) {
                        key = false;
                    }
                    differing.computeIfAbsent(GROUPS[g], k -> new ArrayList<>()).add(path.toString());
                }
            }
            allOk += all ? 1 : 0;
            keyOk += key ? 1 : 0;
            if (lines.size() > 1) {
                int distance = Math.abs(lineCount(src) - 5000);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    near5000 = path;
                }
                if (src.length > largestSize) {
                    largestSize = src.length;
                    largest = path;
                }
            }
        }
        if (verbose) {
            differing.forEach((g, l) -> l.forEach(p -> System.out.println(g + " differs: " + p)));
        }
        for (int g = 0; g < GROUPS.length; g++) {
            System.out.printf("%-18s %5d / %5d files  %6.2f%%%n", GROUPS[g], ok[g], files, 100.0 * ok[g] / files);
        }
        System.out.printf("co_code+co_consts+co_exceptiontable+co_linetable identical: %d / %d files (%.2f%%)%n", keyOk,
                files, 100.0 * keyOk / files);
        System.out.printf("every field identical: %d / %d files (%.2f%%)%n", allOk, files, 100.0 * allOk / files);
        if (near5000 != null) {
            time(near5000);
        }
        if (largest != null) {
            time(largest);
        }
        System.exit(keyOk == files ? 0 : 1);
    }

    static String[] digests(List<String> lines) throws Exception {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (String g : GROUPS) {
            parts.put(g, new ArrayList<>());
        }
        for (String line : lines) {
            String f = CodeCorpus.field(line);
            if (f.equals("code")) {
                continue;
            }
            String g = parts.containsKey(f) ? f : "other";
            parts.get(g).add(line);
        }
        String[] out = new String[GROUPS.length];
        for (int g = 0; g < GROUPS.length; g++) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest(String.join("\n", parts.get(GROUPS[g])).getBytes(StandardCharsets.UTF_8));
            out[g] = HexFormat.of().formatHex(d).substring(0, 16);
        }
        return out;
    }

    private static int lineCount(byte[] src) {
        return StdlibCheck.lineCount(src);
    }

    private static void time(Path file) throws Exception {
        byte[] src = Files.readAllBytes(file);
        String name = file.toString();
        StdlibCheck.time("parse+compile", file, () -> Analysis.of(
                (Mod.Module) PythonParser.parse(src, name, PythonParser.Mode.EXEC), name, 0));
        Mod.Module parsed = (Mod.Module) PythonParser.parse(src, name, PythonParser.Mode.EXEC);
        StdlibCheck.time("compile (future, ast_opt, symtable, codegen, assembler)", file,
                () -> Analysis.of(parsed, name, 0));
    }
}
