package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pyheap repl} in process with piped input (as {@code python3 -i < file}): the heap commands
 * {@code :heap} and {@code :collector NAME}, and site's {@code exit}/{@code quit} ending the session.
 * {@link ReplTerminalIT} does the same through a pseudo-terminal.
 */
class ReplSessionTest {
    @TempDir
    Path dir;

    private record Session(int code, String out, String err) {
    }

    private Session repl(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context context = new Context(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), dir, false);
        int code = new CommandLine(new ReplCommand(context,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))).execute(args);
        return new Session(code, out.toString(), err.toString());
    }

    @Test
    void heapShowsTheArenasPoolsAndBlocksInUse() {
        Session s = repl("x = [[i] for i in range(2000)]\n:heap\n", "-q");
        assertEquals(0, s.code(), s::toString);
        assertTrue(s.out().matches("(?s)allocator pymalloc: \\d+ arenas? of 1,048,576 bytes \\(high water \\d+\\),"
                + " [\\d,]+ pools of 16,384 bytes in use, [\\d,]+ empty\\nblocks in use: [\\d,]+ \\([\\d,]+ bytes\\);.*"
                + "size classes in use \\(block size: pools, blocks\\): .*"), s::toString);
    }

    @Test
    void collectorOpensAFreshHeapWhereTheOldNamesAreGone() {
        Session s = repl("x = 1\n:collector refcount\nx\n:gc\n:collector nosuch\n", "-q");
        assertEquals(0, s.code(), s::toString);
        assertTrue(s.err().contains("a fresh heap: collector refcount, allocator pymalloc (the old heap and its names"
                + " are gone)"), s::toString);
        assertTrue(s.err().contains("NameError: name 'x' is not defined"), s::toString);
        assertTrue(s.out().contains("collector refcount"), s::toString);
        assertTrue(s.err().contains("unknown collector 'nosuch'"), s::toString);
    }

    @Test
    void exitShowsHowToLeaveAndExitNLeavesWithN() {
        Session s = repl("exit\nquit\nprint('still here')\nexit(4)\nprint('gone')\n", "-q");
        assertEquals(4, s.code(), s::toString);
        assertEquals("Use exit() or Ctrl-D (i.e. EOF) to exit\nUse quit() or Ctrl-D (i.e. EOF) to exit\nstill here\n",
                s.out());
        assertFalse(s.out().contains("gone"), s::toString);
    }

    @Test
    void quitEndsTheSessionWithZero() {
        Session s = repl("quit()\n1/0\n", "-q");
        assertEquals(0, s.code(), s::toString);
        assertFalse(s.err().contains("ZeroDivisionError"), s::toString);
    }
}
