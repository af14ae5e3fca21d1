package dev.pyheap.cli;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/**
 * {@code --jfr FILE.jfr}: a flight recording of the run, written to the file when the run ends. It
 * holds the JDK's {@code default} settings (its low-overhead events: the JVM's GC, threads, CPU) and
 * every pyheap event (collections, arenas, MemoryError, GIL forced switches, allocation samples
 * while tracemalloc traces), which are on unless a setting turns them off. Open the file in JDK
 * Mission Control or read it with {@code jfr print --categories pyheap FILE.jfr}.
 */
final class FlightRecording implements AutoCloseable {
    private final Recording recording;

    private FlightRecording(Recording recording) {
        this.recording = recording;
    }

    /** Starts recording into {@code file}; a file that cannot be written is a usage error. */
    static FlightRecording start(Path file, CommandLine command) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CommandLine.ParameterException(command, "--jfr: no directory " + parent);
        }
        if (Files.isDirectory(file)) {
            throw new CommandLine.ParameterException(command, "--jfr: " + file + " is a directory");
        }
        Recording recording;
        try {
            recording = new Recording(Configuration.getConfiguration("default"));
        } catch (IOException | ParseException e) {
            recording = new Recording();
        }
        recording.setName("pyheap run");
        try {
            recording.setDestination(file);
        } catch (IOException e) {
            recording.close();
            throw new CommandLine.ParameterException(command, "--jfr: cannot write " + file + ": " + e.getMessage());
        }
        recording.start();
        return new FlightRecording(recording);
    }

    /** Stops the recording, which writes the file. */
    @Override
    public void close() {
        recording.stop();
        recording.close();
    }
}
