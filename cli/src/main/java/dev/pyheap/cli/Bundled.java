package dev.pyheap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Python programs shipped inside the cli jar (or its classes folder when run from the build):
 * the seed articles' examples ({@code examples/seeds/} in the repository, copied by the build) and
 * the Python workloads ({@code src/main/resources/dev/pyheap/cli/python/workloads/}).
 */
final class Bundled {
    /** Where they are, relative to the jar's root. */
    private static final String ROOT = "dev/pyheap/cli/python/";

    /** The seed examples' folder. */
    static final String EXAMPLES = "examples/seeds";

    /** The workloads' folder. */
    static final String WORKLOADS = "workloads";

    private Bundled() {
    }

    /** One bundled program: its name without {@code .py}, its file name shown in tracebacks, its source. */
    record Program(String name, String fileName, byte[] source) {
        /** The source's lines. */
        List<String> lines() {
            return Arrays.asList(new String(source, StandardCharsets.UTF_8).split("\n", -1));
        }

        /**
         * The text of header comment lines starting with {@code # KEY:} and the comment lines after it
         * up to the next {@code # Key:} line, joined by spaces; empty when there is none.
         */
        String headerText(String key) {
            StringBuilder text = new StringBuilder();
            boolean in = false;
            for (String line : lines()) {
                if (!line.startsWith("#")) {
                    break;
                }
                String body = line.substring(1).strip();
                boolean keyLine = body.matches("[A-Za-z][A-Za-z -]*:.*");
                if (keyLine) {
                    in = body.startsWith(key + ":");
                    if (in) {
                        text.append(body.substring(key.length() + 1).strip());
                    }
                } else if (in) {
                    text.append(' ').append(body);
                }
            }
            return text.toString();
        }
    }

    /** The programs of {@code folder}, by name. */
    static List<Program> list(String folder) {
        return withRoot(root -> {
            Path dir = root.resolve(ROOT + folder);
            if (!Files.isDirectory(dir)) {
                return List.<Program>of();
            }
            List<Program> programs = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".py")).sorted().toList()) {
                    programs.add(read(folder, p));
                }
            }
            return programs;
        });
    }

    /**
     * The programs of {@code folder} its {@code PENDING.txt} names (they do not give CPython's output
     * on pyheap yet), by name without {@code .py}, with the reason; empty when there is no such file.
     */
    static java.util.Map<String, String> pending(String folder) {
        java.util.Map<String, String> pending = new java.util.LinkedHashMap<>();
        try (InputStream in = Bundled.class.getResourceAsStream("/" + ROOT + folder + "/PENDING.txt")) {
            if (in == null) {
                return pending;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    String[] parts = t.split("\\s+", 2);
                    pending.put(parts[0].replaceFirst("\\.py$", ""), parts.length > 1 ? parts[1] : "");
                }
            }
            return pending;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The program {@code name} (without {@code .py}) of {@code folder}. */
    static Optional<Program> find(String folder, String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            return Optional.empty();
        }
        try (InputStream in = Bundled.class.getResourceAsStream("/" + ROOT + folder + "/" + name + ".py")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Program(name, "<pyheap>/" + folder + "/" + name + ".py", in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Program read(String folder, Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - 3);
        return new Program(name, "<pyheap>/" + folder + "/" + fileName, Files.readAllBytes(file));
    }

    private interface Lister<T> {
        T list(Path root) throws IOException;
    }

    /** Runs {@code lister} on the jar's file system, or on the classes folder when there is no jar. */
    private static <T> T withRoot(Lister<T> lister) {
        try {
            Path location = Path.of(Bundled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return lister.list(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return lister.list(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
