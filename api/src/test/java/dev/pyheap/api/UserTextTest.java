package dev.pyheap.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Values quoted back in messages are one line and short (issue 11, item 7). */
class UserTextTest {
    @TempDir
    Path dir;

    @Test
    void shortValuesAreQuotedWhole() {
        assertEquals("'abc'", UserText.quote("abc"));
        assertEquals("''", UserText.quote(""));
        assertEquals("'" + "y".repeat(60) + "'", UserText.quote("y".repeat(60)));
    }

    @Test
    void longValuesKeepTheirStartAndSayTheirLength() {
        assertEquals("'" + "x".repeat(40) + "...' (10,000 characters)", UserText.quote("x".repeat(10_000)));
        assertEquals("'" + "y".repeat(40) + "...' (61 characters)", UserText.quote("y".repeat(61)));
        // characters, not UTF-16 units: an emoji is one
        assertEquals("'" + "😀".repeat(40) + "...' (100 characters)", UserText.quote("😀".repeat(100)));
    }

    @Test
    void controlCharactersAreEscapedSoTheMessageStaysOnOneLine() {
        assertEquals("'a\\nb\\tc\\u0007'", UserText.quote("a\nb\tc\u0007"));
    }

    @Test
    void reasonsAreWordsWithoutThePath() {
        assertEquals("permission denied", UserText.reason(new AccessDeniedException("/x")));
        assertEquals("no such file or directory", UserText.reason(new NoSuchFileException("/x")));
        assertEquals("file name too long", UserText.reason(new FileSystemException("/x", null, "File name too long")));
        assertEquals("disk full", UserText.reason(new IOException("disk full")));
    }

    @Test
    void kindsOfFiles() throws Exception {
        assertEquals("a directory", UserText.kindOf(dir));
        assertEquals("a regular file", UserText.kindOf(Files.writeString(dir.resolve("f"), "x")));
        assertEquals("missing", UserText.kindOf(dir.resolve("nothing")));
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        assertEquals("a FIFO (named pipe)", UserText.kindOf(fifo));
        assertEquals("a character device", UserText.kindOf(Path.of("/dev/null")));
    }
}
