package dev.pyheap.interpreter.builtins;

import java.nio.file.Path;

import dev.pyheap.runtime.PyException;

/**
 * The interpreter's current working directory: what {@code os.getcwd()} returns and what every
 * relative path the interpreter's modules touch is resolved against ({@code posix}'s file functions,
 * {@code open}, a child process's default directory, {@code sys.path} entries such as {@code ''}).
 *
 * <p>CPython's {@code os.chdir} changes the process's directory ({@code chdir(2)} in posixmodule.c).
 * The JVM cannot, and an embedded interpreter must not change it for the other heaps of its JVM, so
 * each interpreter keeps its own, starting at the JVM's directory. The path kept is absolute and real
 * (symbolic links resolved), as {@code getcwd(3)} reports it.
 */
final class WorkingDirectory {
    private Path current;

    WorkingDirectory() {
        Path start = Path.of("").toAbsolutePath();
        try {
            start = start.toRealPath();
        } catch (java.io.IOException e) {
            // the JVM's directory was removed under it: keep the name it started with
        }
        current = start;
    }

    Path current() {
        return current;
    }

    /**
     * {@code name} as the file system would find it from here: absolute names stay as they are. A NUL
     * cannot be in a C path: CPython's path converter refuses it ({@code path_converter} in
     * posixmodule.c) with the ValueError every caller (open, os.stat, os.remove...) raises.
     */
    Path resolve(String name) {
        if (name.indexOf('\0') >= 0) {
            throw new PyException("ValueError", "embedded null byte");
        }
        return current.resolve(name);
    }

    /** Moves here; the caller has checked that {@code directory} is an existing directory. */
    void change(Path directory) {
        current = directory;
    }
}
