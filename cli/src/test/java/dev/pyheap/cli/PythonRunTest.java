package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pyheap run FILE.py [ARGS]}, {@code -c} and {@code -m}: the program's output on stdout and stderr,
 * CPython's exit codes, syntax outside the subset refused with one line and 2. The expected texts
 * are what {@code python3} 3.11.7 prints for the same programs.
 */
class PythonRunTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(Map.of(), dir, args);
    }

    @Test
    void aProgramGetsItsArgumentsAndPrints() throws IOException {
        Files.writeString(dir.resolve("prog.py"), "import sys\nprint(sys.argv, len('abc'))\n");
        CliRun r = run("run", "prog.py", "-x", "y");
        assertEquals("['prog.py', '-x', 'y'] 3\n", r.out(), r.toString());
        assertEquals("", r.err());
        assertEquals(0, r.code());
    }

    /** Runs {@code tty.py} with stdout and stderr going to one writer, both terminals or neither. */
    private String interleaved(boolean terminals) {
        java.io.StringWriter both = new java.io.StringWriter();
        java.io.PrintWriter w = new java.io.PrintWriter(both, true);
        int code = Main.run(new String[] {"run", "tty.py"}, new Context(w, w, Map.of(), dir, false, terminals, terminals));
        assertEquals(0, code, both.toString());
        return both.toString();
    }

    @Test
    void stdoutOnATerminalIsLineBufferedAsCPythons() throws IOException {
        Files.writeString(dir.resolve("tty.py"), """
                import sys
                print('a')
                print('b', end='')
                sys.stderr.write('e\\n')
                print(sys.stdout.isatty(), sys.stderr.isatty(), sys.stdout.line_buffering)
                """);
        // a terminal: each line of stdout goes out when it ends, before what stderr writes next
        assertEquals("a\ne\nbTrue True True\n", interleaved(true));
        // a pipe or a file: stdout's buffer goes out at exit, after stderr's line
        assertEquals("e\na\nbFalse False False\n", interleaved(false));
    }

    @Test
    void codeGivenWithDashC() {
        CliRun r = run("run", "--collector", "refcount", "-c", "import sys; print(sys.argv); sys.exit(3)", "a");
        assertEquals("['-c', 'a']\n", r.out(), r.toString());
        assertEquals(3, r.code());
    }

    @Test
    void aModuleOfTheWorkingDirectoryRunsAsMainWithDashM() throws IOException {
        Files.writeString(dir.resolve("mm.py"), "import sys\nprint(__name__, sys.argv[1:], sys.argv[0] == __file__)\n");
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/__init__.py"), "");
        Files.writeString(dir.resolve("pkg/__main__.py"), "import sys\nprint('pkg main', sys.argv[1:])\n");
        // everything after the module's name is the module's, options of run included
        CliRun r = run("run", "-m", "mm", "a", "--collector", "-c");
        assertEquals("__main__ ['a', '--collector', '-c'] True\n", r.out(), r.toString());
        assertEquals(0, r.code());
        r = run("run", "--collector", "refcount", "-m", "pkg", "x");
        assertEquals("pkg main ['x']\n", r.out(), r.toString());
    }

    @Test
    void aLibraryModuleRunsWithDashM() {
        CliRun r = run("run", "-m", "timeit", "-x");
        assertEquals("option -x not recognized\nuse -h/--help for command line help\n", r.out(), r.toString());
        assertEquals(2, r.code());
    }

    @Test
    void aMissingModuleWithDashMIsOneLineAndExit1() throws IOException {
        CliRun r = run("run", "-m", "no_such_module_here");
        assertEquals("pyheap: No module named no_such_module_here\n", r.err(), r.toString());
        assertEquals(1, r.code());
        r = run("run", "-m", "json");
        assertEquals("pyheap: No module named json.__main__; 'json' is a package and cannot be directly executed\n",
                r.err(), r.toString());
        assertEquals(1, r.code());
    }

    @Test
    void aZipArchiveOrADirectoryRunsItsMainAsCPythonDoes() throws IOException {
        Path archive = dir.resolve("app.pyz");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("__main__.py"));
            zip.write("""
                    import sys, helper
                    print(__name__, __file__.endswith('app.pyz/__main__.py'), sys.path[0].endswith('app.pyz'),
                          sys.argv, helper.VALUE, __loader__.archive.endswith('app.pyz'), __spec__.name)
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("helper.py"));
            zip.write("VALUE = 42\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        CliRun r = run("run", "app.pyz", "x");
        assertEquals("__main__ True True ['app.pyz', 'x'] 42 True __main__\n", r.out(), r.toString());
        assertEquals(0, r.code());
        Files.createDirectories(dir.resolve("folder"));
        Files.writeString(dir.resolve("folder/__main__.py"), "print(__name__, __spec__.origin.endswith('folder/__main__.py'))\n");
        r = run("run", "folder");
        assertEquals("__main__ True\n", r.out(), r.toString());
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(dir.resolve("nomain.zip")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("other.py"));
        }
        r = run("run", "nomain.zip");
        assertEquals("pyheap: can't find '__main__' module in '" + dir.resolve("nomain.zip").toAbsolutePath() + "'\n",
                r.err(), r.toString());
        assertEquals(1, r.code());
        Files.writeString(dir.resolve("script.pyz"), "print('a plain script')\n");
        assertEquals("a plain script\n", run("run", "script.pyz").out());
    }

    @Test
    void theHeapLimitRaisesMemoryErrorThatTheProgramCatchesAndGoesOn() throws IOException {
        Files.writeString(dir.resolve("fill.py"), """
                keep = []
                try:
                    while True:
                        keep.append("x" * 100000)
                except MemoryError as e:
                    print("caught", type(e).__name__, e.args, len(keep) > 10)
                keep = None
                again = ["y" * 100000 for _ in range(10)]
                print("after:", len(again), len(again[9]))
                """);
        CliRun r = run("run", "--set", "heap.limit=8m", "fill.py");
        assertEquals("caught MemoryError () True\nafter: 10 100000\n", r.out(), r.toString());
        assertEquals("", r.err());
        assertEquals(0, r.code());
    }

    @Test
    void anUncaughtMemoryErrorIsATraceback() throws IOException {
        Files.writeString(dir.resolve("fill.py"), "keep = []\nwhile True:\n    keep.append('x' * 100000)\n");
        CliRun r = run("run", "--set", "heap.limit=8m", "fill.py");
        String file = dir.resolve("fill.py").toAbsolutePath().toString();
        assertTrue(r.err().startsWith("Traceback (most recent call last):\n"
                + "  File \"" + file + "\", line 3, in <module>\n"
                + "    keep.append('x' * 100000)\n"), r.toString());
        assertTrue(r.err().endsWith("\nMemoryError\n"), r.toString());
        assertEquals(1, r.code());
    }

    @Test
    void anUncaughtExceptionPrintsCPythonsTracebackAndExitsWith1() throws IOException {
        Files.writeString(dir.resolve("boom.py"), "def f(x):\n    return x / 0\n\nf(1)\n");
        CliRun r = run("run", "boom.py");
        String file = dir.resolve("boom.py").toAbsolutePath().toString();
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + file + "\", line 4, in <module>\n"
                + "    f(1)\n"
                + "  File \"" + file + "\", line 2, in f\n"
                + "    return x / 0\n"
                + "           ~~^~~\n"
                + "ZeroDivisionError: division by zero\n", r.err(), r.toString());
        assertEquals(1, r.code());
    }

    @Test
    void exceptStarAndCoroutinesRun() throws IOException {
        Files.writeString(dir.resolve("prog.py"), "async def f(x):\n    return x * 2\n\n"
                + "try:\n    f(1).send(None)\nexcept StopIteration as e:\n    print(e.value)\n\n"
                + "try:\n    raise ExceptionGroup('g', [ValueError(1), KeyError(2)])\n"
                + "except* ValueError as e:\n    print(repr(e.exceptions))\n"
                + "except* KeyError as e:\n    print(repr(e.exceptions))\n");
        CliRun r = run("run", "prog.py");
        assertEquals("2\n(ValueError(1),)\n(KeyError(2),)\n", r.out(), r.toString());
        assertEquals("", r.err());
        assertEquals(0, r.code());
    }

    @Test
    void aSyntaxErrorIsReportedAsCPythonReportsIt() throws IOException {
        Files.writeString(dir.resolve("bad.py"), "x = (1,\n");
        CliRun r = run("run", "bad.py");
        String file = dir.resolve("bad.py").toAbsolutePath().toString();
        assertEquals("  File \"" + file + "\", line 1\n"
                + "    x = (1,\n"
                + "        ^\n"
                + "SyntaxError: '(' was never closed\n", r.err(), r.toString());
        assertEquals(1, r.code());
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRun r = run("run", "nowhere.py");
        assertEquals(2, r.code());
        assertEquals("pyheap: can't open file '" + dir.resolve("nowhere.py").toAbsolutePath()
                + "': [Errno 2] No such file or directory", r.singleErrorLine());
    }
}
