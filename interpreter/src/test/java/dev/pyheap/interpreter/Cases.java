package dev.pyheap.interpreter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The test corpus: {@code *.cases} files of {@code ### name} blocks under src/test/resources, and
 * the {@code *.expected} files src/test/python/record_parser_cases.py writes from CPython 3.11.
 */
public final class Cases {
    public static final Path RESOURCES = Path.of("src", "test", "resources");

    /** One case: its file, name, source, and CPython's recorded lines. */
    public record Case(String file, String name, String source, List<String> expected) {
        @Override
        public String toString() {
            return file + ":" + name;
        }
    }

    private Cases() {}

    /** Every case of every {@code .cases} file in {@code folder}, with its expected lines. */
    public static List<Case> load(String folder) {
        Path dir = RESOURCES.resolve(folder);
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".cases")).sorted().toList()) {
                Map<String, String> sources = blocks(Files.readString(p, StandardCharsets.UTF_8));
                Path exp = Path.of(p.toString().replaceFirst("\\.cases$", ".expected"));
                Map<String, String> expected = blocks(Files.readString(exp, StandardCharsets.UTF_8));
                for (Map.Entry<String, String> e : sources.entrySet()) {
                    String rec = expected.get(e.getKey());
                    if (rec == null) {
                        throw new IllegalStateException(p + ": no recorded result for " + e.getKey()
                                + " (run record_parser_cases.py)");
                    }
                    List<String> lines = List.of(rec.split("\n", -1));
                    lines = lines.subList(0, lines.size() - 1);
                    out.add(new Case(p.getFileName().toString(), e.getKey(), e.getValue(), lines));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, String> blocks(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    out.put(name, sb.toString());
                }
                name = line.substring(4).strip();
                sb.setLength(0);
            } else {
                sb.append(line);
            }
        }
        if (name != null) {
            out.put(name, sb.toString());
        }
        return out;
    }
}
