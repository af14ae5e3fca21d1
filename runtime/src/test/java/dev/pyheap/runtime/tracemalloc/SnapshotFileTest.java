package dev.pyheap.runtime.tracemalloc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link Snapshot#dump} / {@link Snapshot#load}: the documented file format, byte for byte. */
final class SnapshotFileTest {

    @Test
    void aSnapshotSurvivesDumpAndLoad(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s1.snapshot");
        CpythonFormatsTest.S1.dump(file);
        Snapshot loaded = Snapshot.load(file);
        assertEquals(CpythonFormatsTest.S1, loaded);
        assertEquals(3, loaded.tracebackLimit());
        assertEquals(7, loaded.traces().get(5).traceback().totalNframe().getAsInt());
        // A traceback several traces share is written once and read back shared.
        assertSame(loaded.traces().get(0).traceback(), loaded.traces().get(1).traceback());
        assertEquals(CpythonFormatsTest.S1.statistics(KeyType.TRACEBACK), loaded.statistics(KeyType.TRACEBACK));
    }

    @Test
    void theLayoutIsTheDocumentedOne() throws IOException {
        Traceback tb = Traceback.fromMostRecentFirst(List.of(new Frame("b.py", 7), new Frame("a.py", 3)), 2);
        Snapshot s = new Snapshot(List.of(new Trace(0, 40, tb), new Trace(2, 1L << 33, tb)), 5);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(expected);
        out.write("PYHEAPTM".getBytes(StandardCharsets.US_ASCII));
        out.writeInt(1);            // version
        out.writeInt(5);            // traceback_limit
        out.writeInt(2);            // file names, in order of first use (oldest frame first)
        out.writeInt(4);
        out.write("a.py".getBytes(StandardCharsets.UTF_8));
        out.writeInt(4);
        out.write("b.py".getBytes(StandardCharsets.UTF_8));
        out.writeInt(1);            // tracebacks
        out.writeInt(2);            //   total_nframe
        out.writeInt(2);            //   nframe
        out.writeInt(0);            //   a.py
        out.writeInt(3);
        out.writeInt(1);            //   b.py
        out.writeInt(7);
        out.writeInt(2);            // traces
        out.writeInt(0);
        out.writeLong(40);
        out.writeInt(0);
        out.writeInt(2);
        out.writeLong(1L << 33);
        out.writeInt(0);
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        s.write(actual);
        assertArrayEquals(expected.toByteArray(), actual.toByteArray());
        assertEquals(s, Snapshot.read(new ByteArrayInputStream(actual.toByteArray()), "memory"));
    }

    @Test
    void whatIsNotASnapshotIsRefusedClearly(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello, this is not a snapshot");
        IOException notOne = assertThrows(IOException.class, () -> Snapshot.load(text));
        assertEquals(text + " is not a pyheap tracemalloc snapshot (no PYHEAPTM header)", notOne.getMessage());

        ByteArrayOutputStream good = new ByteArrayOutputStream();
        CpythonFormatsTest.S1.write(good);
        byte[] bytes = good.toByteArray();
        IOException truncated = assertThrows(IOException.class, () ->
                Snapshot.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 3)), "cut.snapshot"));
        assertEquals("cut.snapshot ends in the middle of a snapshot", truncated.getMessage());

        byte[] future = bytes.clone();
        future[11] = 9;
        IOException version = assertThrows(IOException.class, () ->
                Snapshot.read(new ByteArrayInputStream(future), "new.snapshot"));
        assertEquals("new.snapshot is a snapshot of format version 9; this pyheap reads version 1", version.getMessage());
    }
}
