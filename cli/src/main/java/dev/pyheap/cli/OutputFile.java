package dev.pyheap.cli;

import dev.pyheap.api.UserText;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file an option names for the command to write ({@code --graph}, {@code --report},
 * {@code --map}), checked before the work starts, so that a long run is not wasted on a file that
 * cannot be written: an existing, writable directory, and no directory, FIFO or other non-regular
 * file already at that name (a FIFO would block the writer until someone reads it). Failures are
 * usage errors (exit 2).
 */
final class OutputFile {
    private OutputFile() {
    }

    /**
     * Checks that {@code file} can be written.
     *
     * @param shown the option and the name as given, for the message ({@code --graph 'g.svg'})
     */
    static void check(CommandLine commandLine, String shown, Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw usage(commandLine, shown + ": it is " + UserText.kindOf(file) + "; give the name of a file to write");
        }
        Path directory = file.toAbsolutePath().normalize().getParent();
        if (directory == null || !Files.exists(directory)) {
            throw usage(commandLine, shown + ": the directory " + UserText.quote(String.valueOf(directory))
                    + " does not exist");
        }
        if (!Files.isDirectory(directory)) {
            throw usage(commandLine, shown + ": " + UserText.quote(directory.toString()) + " is "
                    + UserText.kindOf(directory) + ", not a directory");
        }
        if (Files.exists(file)) {
            if (!Files.isWritable(file)) {
                throw usage(commandLine, shown + ": the file exists and cannot be written: permission denied");
            }
            return;
        }
        // A file that does not exist yet: create it and take it away again, which finds what access()
        // cannot (a name too long, a read-only file system) with the system's own reason.
        try {
            Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            Files.delete(file);
        } catch (IOException e) {
            throw usage(commandLine, shown + ": cannot create it: " + UserText.reason(e));
        }
    }

    private static CommandLine.ParameterException usage(CommandLine commandLine, String message) {
        return new CommandLine.ParameterException(commandLine, message);
    }
}
