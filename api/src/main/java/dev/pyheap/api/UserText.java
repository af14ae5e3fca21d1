package dev.pyheap.api;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Text a user gave, quoted back in an error message: on one line and bounded, so that a mistyped
 * 10,000-character value makes a readable message instead of a screenful.
 */
public final class UserText {
    /** Characters of a value quoted in full; a longer one is cut to its first {@link #KEPT} and its length. */
    public static final int MAX_QUOTED = 60;
    /** Characters kept from a value longer than {@link #MAX_QUOTED}. */
    public static final int KEPT = 40;

    private UserText() {
    }

    /**
     * {@code 'value'}; past {@value #MAX_QUOTED} characters {@code 'its first 40 characters...' (10,000
     * characters)}. Line breaks, tabs and other control characters are shown escaped ({@code \n},
     * {@code \t}, {@code \u0007}), so the message stays on one line.
     */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        int length = value.codePointCount(0, value.length());
        if (length <= MAX_QUOTED) {
            return "'" + escape(value) + "'";
        }
        String start = value.substring(0, value.offsetByCodePoints(0, KEPT));
        return "'" + escape(start) + "...' (" + String.format(Locale.ROOT, "%,d", length) + " characters)";
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * What {@code path} is, in words, for a message about a path that is not what was expected:
     * {@code a directory}, {@code a FIFO (named pipe)}, {@code a socket}, {@code a character device},
     * {@code a block device}, {@code a regular file}, {@code a special file} when the file system does
     * not say, or {@code missing}.
     */
    public static String kindOf(Path path) {
        if (Files.isDirectory(path)) {
            return "a directory";
        }
        if (Files.isRegularFile(path)) {
            return "a regular file";
        }
        if (!Files.exists(path)) {
            return "missing";
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & 0170000) { // S_IFMT
                case 0010000 -> "a FIFO (named pipe)";
                case 0140000 -> "a socket";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file"; // no unix view of this file system
        }
    }

    /**
     * Why an I/O operation failed, in words: {@code permission denied}, {@code no such file or
     * directory}, or the file system's own reason, without repeating the path (the caller names it).
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
