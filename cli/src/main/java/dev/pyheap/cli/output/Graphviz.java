package dev.pyheap.cli.output;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a Graphviz DOT graph to a file: {@code .dot} / {@code .gv} as text, {@code .svg},
 * {@code .png} and {@code .pdf} rendered by Graphviz's {@code dot} program, which must be on the
 * {@code PATH} (Debian/Ubuntu: {@code apt install graphviz}; Fedora: {@code dnf install graphviz};
 * macOS: {@code brew install graphviz}). The DOT text comes from the runtime's objgraph, a pure
 * function of the heap; starting a process is the command's business, so it lives here.
 */
public final class Graphviz {
    /** What to print when {@code dot} is missing. */
    public static final String INSTALL_HINT = "install Graphviz (Debian/Ubuntu: apt install graphviz;"
            + " Fedora: dnf install graphviz; macOS: brew install graphviz) or write a .dot file instead";

    private final String searchPath;

    /** Looks for {@code dot} in {@code searchPath} (directories separated by {@link File#pathSeparator}). */
    public Graphviz(String searchPath) {
        this.searchPath = searchPath == null ? "" : searchPath;
    }

    /** The {@code dot} executable, when one is on the search path. */
    public Optional<Path> findDot() {
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path dot = Path.of(dir, "dot");
            if (Files.isRegularFile(dot) && Files.isExecutable(dot)) {
                return Optional.of(dot);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes {@code dotText} to {@code output}, rendering it when the extension asks for an image.
     *
     * @throws IllegalArgumentException when the extension is none of dot, gv, svg, png, pdf
     * @throws IllegalStateException    when an image is asked for and {@code dot} is not on the path,
     *                                  or {@code dot} fails
     * @throws IOException              when a file cannot be written
     */
    public void write(String dotText, Path output) throws IOException {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        switch (ext) {
            case "dot", "gv" -> Files.writeString(output, dotText, StandardCharsets.UTF_8);
            case "svg", "png", "pdf" -> render(dotText, output, ext);
            default -> throw new IllegalArgumentException("cannot write a graph to " + output
                    + ": the file name must end in .dot, .gv, .svg, .png or .pdf");
        }
    }

    private void render(String dotText, Path output, String format) throws IOException {
        Path program = findDot().orElseThrow(() -> new IllegalStateException("cannot render " + output
                + ": Graphviz's 'dot' program is not on the PATH; " + INSTALL_HINT));
        Path source = Files.createTempFile("objgraph-", ".dot");
        try {
            Files.writeString(source, dotText, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(program.toString(), "-T" + format, "-o" + output, source.toString())
                    .redirectErrorStream(true).start();
            String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int status = p.waitFor();
            if (status != 0) {
                throw new IllegalStateException("dot failed (exit code " + status + ") rendering " + output
                        + (messages.isEmpty() ? "" : ": " + messages));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while dot rendered " + output, e);
        } finally {
            Files.deleteIfExists(source);
        }
    }
}
