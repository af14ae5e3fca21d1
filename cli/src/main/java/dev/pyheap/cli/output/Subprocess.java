package dev.pyheap.cli.output;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs another program (CPython for {@code pyheap diff}) with stdin empty and collects what it printed. */
public final class Subprocess {
    private Subprocess() {
    }

    /** What the program printed and its exit code. */
    public record Result(byte[] out, byte[] err, int exit) {
    }

    /** Runs {@code command} in {@code directory} with {@code environment} replacing the variables it names. */
    public static Result run(List<String> command, Path directory, Map<String, String> environment, long timeoutSeconds)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
        pb.environment().putAll(environment);
        Process process = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("it ran longer than " + timeoutSeconds + " s");
            }
            return new Result(out.join(), err.join(), process.exitValue());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
