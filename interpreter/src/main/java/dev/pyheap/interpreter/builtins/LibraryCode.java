package dev.pyheap.interpreter.builtins;

import dev.pyheap.interpreter.compiler.Analysis;
import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.interpreter.compiler.CodeMarshal;
import dev.pyheap.interpreter.parser.CompileWarning;
import dev.pyheap.interpreter.parser.PythonParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Python library's modules compiled at build time (CPython's {@code __pycache__/*.pyc} and frozen
 * modules, in {@link CodeMarshal}'s format): next to each {@code lib/NAME.py} in the jar, a
 * {@code lib/NAME.py}{@value #SUFFIX} holding its code object, which the import system loads instead of
 * parsing and compiling the source on every start, as long as it was made from that very source (its
 * length and checksum are in the file). A missing, stale or damaged one is ignored and the source
 * compiled, as a {@code .pyc} that does not match is.
 *
 * <p>{@link #main} writes them: the build runs it on {@code target/classes} after compiling the
 * classes (interpreter/pom.xml). A module whose compilation gives a warning gets no file: its
 * warnings are issued when it is compiled at import, through the {@code warnings} module.
 */
final class LibraryCode {
    /** Where the library is, as a resource of this module. */
    static final String RESOURCES = "/dev/pyheap/interpreter/lib/";
    /**
     * The {@code __file__} of a library module, and the {@code co_filename} of its code unless CPython
     * freezes it ({@link #codeFilename}): this, then its path under lib/.
     */
    static final String FILENAME_PREFIX = "<pyheap>/lib/";
    /** The compiled form's file name is the source's with this added. */
    static final String SUFFIX = ".code";
    /**
     * The library files whose modules CPython 3.11 runs frozen (Tools/build/freeze_modules.py: the
     * import system's own and what start-up imports), by their module names: their code objects are
     * named {@code <frozen NAME>}, as CPython's are, so their traceback entries, warnings and
     * {@code inspect} read as CPython's; their {@code __file__} is still the file's path.
     */
    private static final Map<String, String> FROZEN = Map.ofEntries(
            Map.entry("_frozen_importlib.py", "importlib._bootstrap"),
            Map.entry("_frozen_importlib_external.py", "importlib._bootstrap_external"),
            Map.entry("zipimport.py", "zipimport"), Map.entry("abc.py", "abc"), Map.entry("codecs.py", "codecs"),
            Map.entry("io.py", "io"), Map.entry("_collections_abc.py", "_collections_abc"),
            Map.entry("_sitebuiltins.py", "_sitebuiltins"), Map.entry("genericpath.py", "genericpath"),
            Map.entry("ntpath.py", "ntpath"), Map.entry("posixpath.py", "posixpath"), Map.entry("os.py", "os"),
            Map.entry("site.py", "site"), Map.entry("stat.py", "stat"), Map.entry("importlib/util.py", "importlib.util"),
            Map.entry("importlib/machinery.py", "importlib.machinery"), Map.entry("runpy.py", "runpy"));

    private LibraryCode() {
    }

    /**
     * The compiled form shipped for the library file {@code path} (under lib/, e.g.
     * {@code json/__init__.py}) if it was made from {@code source}.
     */
    static Optional<Code> shipped(String path, byte[] source) {
        try (InputStream in = LibraryCode.class.getResourceAsStream(RESOURCES + path + SUFFIX)) {
            return in == null ? Optional.empty() : CodeMarshal.load(in.readAllBytes(), source);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * What this JVM has learnt of the library's files, by path under lib/: the shipped code of a file
     * that has one matching its source, or empty for a path the library has no file at. The library
     * is in the jar, so neither changes while the JVM runs; a {@link Code} is an immutable Java value
     * that each heap makes its own code objects of ({@code Interpreter.load}), so heaps share no
     * Python object through it. Without it every heap read both files from the jar and decoded and
     * checked the code again (CPython reads its frozen modules from the executable's data).
     * A file compiled at import (its compiler warnings must be issued in each heap) is not kept.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<Code>> KNOWN =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The shipped code of the library file {@code path}, empty when there is no such file, null when not known yet. */
    static Optional<Code> known(String path) {
        return KNOWN.get(path);
    }

    /** Keeps {@code code} as the shipped code of {@code path}, or (null) that the library has no such file. */
    static void remember(String path, Code code) {
        KNOWN.put(path, Optional.ofNullable(code));
    }

    /** The {@code co_filename} of the code of the library file {@code path} (under lib/). */
    static String codeFilename(String path) {
        String frozen = FROZEN.get(path);
        return frozen != null ? "<frozen " + frozen + ">" : FILENAME_PREFIX + path;
    }

    /** Compiles the library file {@code path}'s source; the warnings the compiler gave are added to {@code warnings}. */
    static Code compile(String path, String source, List<CompileWarning> warnings) {
        String filename = codeFilename(path);
        return Analysis.compile(PythonParser.parse(source, filename, PythonParser.Mode.EXEC, warnings), filename, 0,
                warnings);
    }

    /**
     * Writes {@code NAME.py}{@value #SUFFIX} beside every {@code NAME.py} under the folder {@code args[0]}
     * (the library in the build's output), replacing what is there; a module that does not compile
     * cleanly gets none (and any old one is deleted).
     */
    static void main(String[] args) throws IOException {
        Path lib = Path.of(args[0]);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(lib)) {
            sources = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        int written = 0;
        for (Path file : sources) {
            String path = lib.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            Path target = file.resolveSibling(file.getFileName() + SUFFIX);
            byte[] source = Files.readAllBytes(file);
            List<CompileWarning> warnings = new ArrayList<>();
            try {
                Code code = compile(path, new String(source, java.nio.charset.StandardCharsets.UTF_8), warnings);
                if (warnings.isEmpty()) {
                    Files.write(target, CodeMarshal.dump(code, source));
                    written++;
                    continue;
                }
                System.out.println("lib/" + path + ": compiled at import (the compiler warns: "
                        + warnings.get(0).message() + ")");
            } catch (RuntimeException e) {
                System.out.println("lib/" + path + ": compiled at import (" + e.getMessage() + ")");
            }
            Files.deleteIfExists(target);
        }
        System.out.println("lib: " + written + " of " + sources.size() + " modules compiled ahead");
    }
}
