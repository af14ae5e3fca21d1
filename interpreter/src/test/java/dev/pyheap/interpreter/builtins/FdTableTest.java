package dev.pyheap.interpreter.builtins;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interpreter's descriptor table: numbering, sharing by dup, dup2's redirection, pipes, errors. */
class FdTableTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final FdTable fds = new FdTable(new PrintWriter(out), new PrintWriter(err),
            new ByteArrayInputStream("typed\n".getBytes(StandardCharsets.UTF_8)), null, null);

    private FileChannel file(Path p) throws IOException {
        return FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    }

    @Test
    void newDescriptorsTakeTheLowestFreeNumber(@TempDir Path dir) throws IOException {
        assertEquals(3, fds.add(file(dir.resolve("a"))));
        assertEquals(4, fds.add(file(dir.resolve("b"))));
        fds.close(3);
        assertEquals(3, fds.dup(4));
        assertEquals(5, fds.dup(1));
    }

    @Test
    void dup2RedirectsTextOfTheStandardStreamsUntilPutBack(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("captured");
        int fd = fds.add(file(p));
        int saved = fds.dup(2);
        assertEquals(2, fds.dup2(fd, 2));
        assertTrue(fds.printText(2, "into the file\n"));
        fds.write(2, "bytes too\n".getBytes(StandardCharsets.UTF_8));
        fds.dup2(saved, 2);
        fds.close(saved);
        fds.close(fd);
        assertTrue(fds.printText(2, "back\n"));
        fds.flush(2);
        assertEquals("into the file\nbytes too\n", Files.readString(p));
        assertEquals("back\n", err.toString());
    }

    @Test
    void bytesReachTheByteStreamUnchangedAfterTheTextBeforeThem() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        PrintWriter text = new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        FdTable table = new FdTable(text, new PrintWriter(err), new ByteArrayInputStream(new byte[0]), bytes, null);
        assertTrue(table.printText(1, "\u00e9:"));
        assertEquals(3, table.write(1, new byte[] {(byte) 0xff, (byte) 0xfe, '\n'}));
        assertArrayEquals(new byte[] {(byte) 0xc3, (byte) 0xa9, ':', (byte) 0xff, (byte) 0xfe, '\n'}, bytes.toByteArray());
    }

    @Test
    void withoutAByteStreamASequenceSplitBetweenWritesIsDecodedWhole() throws IOException {
        byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);
        fds.write(1, new byte[] {'a', euro[0]});
        fds.write(1, new byte[] {euro[1]});
        assertEquals("a", out.toString());
        fds.write(1, new byte[] {euro[2], (byte) 0xff, 'b'});
        assertEquals("a\u20ac\ufffdb", out.toString());
    }

    @Test
    void aDuplicateKeepsTheFileOpenAfterTheOriginalCloses(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("shared");
        int fd = fds.add(file(p));
        int copy = fds.dup(fd);
        fds.close(fd);
        assertFalse(fds.isOpen(fd));
        fds.write(copy, new byte[] {'o', 'k'});
        assertEquals("ok", Files.readString(p));
        fds.close(copy);
        assertEquals(FdTable.EBADF, assertThrows(FdTable.FdError.class, () -> fds.write(copy, new byte[1])).errno);
    }

    @Test
    void pipesCarryBytesAndEndWhenTheWriteEndCloses() throws IOException {
        int[] ends = fds.pipe();
        assertTrue(fds.mayBlock(ends[0]));
        assertEquals(5, fds.write(ends[1], "hello".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals("hel".getBytes(StandardCharsets.UTF_8), fds.read(ends[0], 3));
        fds.close(ends[1]);
        assertArrayEquals("lo".getBytes(StandardCharsets.UTF_8), fds.read(ends[0], 10));
        assertEquals(0, fds.read(ends[0], 10).length);
        assertEquals(FdTable.ESPIPE, assertThrows(FdTable.FdError.class, () -> fds.file(ends[0])).errno);
    }

    @Test
    void theStandardStreamsReadAndWriteTheRunnersStreams() throws IOException {
        assertArrayEquals("typed".getBytes(StandardCharsets.UTF_8), fds.read(0, 5));
        fds.write(1, "out\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("out\n", out.toString());
        assertEquals(FdTable.EBADF, assertThrows(FdTable.FdError.class, () -> fds.read(1, 1)).errno);
        fds.close(1);
        assertFalse(fds.printText(1, "lost"));
        assertEquals(FdTable.EBADF, assertThrows(FdTable.FdError.class, () -> fds.dup(1)).errno);
    }
}
