package dev.pyheap.interpreter.builtins;

import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.interpreter.compiler.CodeMarshal;
import dev.pyheap.interpreter.compiler.CodeShape;
import dev.pyheap.interpreter.parser.CompileWarning;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library's modules compiled at build time: each one the build wrote is the code object the
 * source compiles to now, field for field and constant for constant, and one made from other bytes is
 * not used.
 */
class LibraryCodeTest {
    /** The library in the build's output (the tests run on target/classes), every .py under it, by path under lib/. */
    private static List<String> modules() throws IOException, URISyntaxException {
        Path lib = lib();
        try (Stream<Path> files = Files.walk(lib)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted()
                    .map(p -> lib.relativize(p).toString().replace(java.io.File.separatorChar, '/')).toList();
        }
    }

    private static Path lib() throws URISyntaxException {
        return Path.of(LibraryCode.class.getResource(LibraryCode.RESOURCES).toURI());
    }

    private static byte[] source(String path) throws IOException, URISyntaxException {
        return Files.readAllBytes(lib().resolve(path));
    }

    private static Code fresh(String path) throws IOException, URISyntaxException {
        List<CompileWarning> warnings = new ArrayList<>();
        Code code = LibraryCode.compile(path, new String(source(path), StandardCharsets.UTF_8), warnings);
        assertEquals(List.of(), warnings, path);
        return code;
    }

    @Test
    void everyModuleShippedIsTheCodeItsSourceCompilesTo() throws Exception {
        List<String> modules = modules();
        assertTrue(modules.size() > 15 && modules.contains("json/__init__.py") && modules.contains("collections/__init__.py"),
                modules::toString);
        for (String path : modules) {
            Optional<Code> shipped = LibraryCode.shipped(path, source(path));
            assertTrue(shipped.isPresent(), path + ": the build wrote no compiled form matching its source");
            Code code = fresh(path);
            assertEquals(CodeShape.of(code), CodeShape.of(shipped.get()), path);
            assertEquals(CodeShape.dis(code), CodeShape.dis(shipped.get()), path);
            assertEquals(LibraryCode.codeFilename(path), shipped.get().filename());
        }
    }

    @Test
    void theModulesCPythonFreezesNameTheirCodeAsFrozen() throws Exception {
        assertEquals("<frozen os>", LibraryCode.codeFilename("os.py"));
        assertEquals("<frozen importlib.util>", LibraryCode.codeFilename("importlib/util.py"));
        assertEquals("<frozen importlib._bootstrap>", LibraryCode.codeFilename("_frozen_importlib.py"));
        assertEquals("<frozen posixpath>", LibraryCode.shipped("posixpath.py", source("posixpath.py")).orElseThrow().filename());
        assertEquals("<pyheap>/lib/json/__init__.py", LibraryCode.codeFilename("json/__init__.py"));
        assertEquals("<pyheap>/lib/re/_parser.py", LibraryCode.codeFilename("re/_parser.py"));
    }

    @Test
    void everyModuleRoundTrips() throws Exception {
        for (String path : modules()) {
            Code code = fresh(path);
            Code loaded = CodeMarshal.load(CodeMarshal.dump(code, source(path)), source(path)).orElseThrow();
            assertEquals(CodeShape.of(code), CodeShape.of(loaded), path);
        }
    }

    @Test
    void aShippedFormIsNotUsedForAnotherSource() throws Exception {
        byte[] source = source("json/__init__.py");
        assertTrue(LibraryCode.shipped("json/__init__.py", source).isPresent());
        byte[] edited = source.clone();
        edited[edited.length - 1] ^= 1;
        assertFalse(LibraryCode.shipped("json/__init__.py", edited).isPresent(), "a stale compiled form falls back to the source");
        assertFalse(LibraryCode.shipped("no_such_module.py", source).isPresent());
    }

    @Test
    void theWriterReplacesDamagedFilesAndSkipsNothingThatCompiles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib.resolve("pkg"));
        Files.writeString(lib.resolve("a.py"), "x = 1\n");
        Files.writeString(lib.resolve("pkg/__init__.py"), "def f():\n    return 'y'\n");
        Files.writeString(lib.resolve("warns.py"), "assert (1, 'always true')\n"); // a SyntaxWarning: compiled at import
        Files.write(lib.resolve("a.py" + LibraryCode.SUFFIX), new byte[] {1, 2, 3});
        Files.write(lib.resolve("warns.py" + LibraryCode.SUFFIX), new byte[] {1, 2, 3});
        LibraryCode.main(new String[] {lib.toString()});
        for (String path : List.of("a.py", "pkg/__init__.py")) {
            byte[] source = Files.readAllBytes(lib.resolve(path));
            assertTrue(CodeMarshal.load(Files.readAllBytes(lib.resolve(path + LibraryCode.SUFFIX)), source).isPresent(), path);
        }
        assertFalse(Files.exists(lib.resolve("warns.py" + LibraryCode.SUFFIX)), "a module with warnings has no compiled form");
    }
}
