package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.ObjectSpace;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The read-ahead buffer of descriptor 0 (Modules/_io/bufferedio.c's {@code BufferedReader} under
 * {@code sys.stdin}): what {@code sys.stdin}, {@code sys.stdin.buffer} and {@code input()} read
 * comes from here, so they share one position in the input. A read that finds the buffer empty asks
 * the descriptor for one chunk of {@link #CHUNK} bytes (without the GIL when it may wait), as
 * CPython's buffer does; what the buffer holds is therefore gone for an {@code os.read(0, n)}
 * afterwards, as in CPython.
 * <pre>
 *   ahead: [ consumed ... | pos ... unread ... | ahead.length ]
 *   fill(): ahead = read(0, CHUNK), pos = 0      (only when pos == ahead.length)
 * </pre>
 * Two per interpreter: the binary buffer over the descriptor, and the text layer's over that one.
 */
final class StdinBuffer {
    /** {@code io.DEFAULT_BUFFER_SIZE}: what one fill asks for. */
    static final int CHUNK = 8192;

    /** Where a fill's bytes come from: a read of the descriptor, or of the buffer below (empty at the end). */
    private final java.util.function.Supplier<byte[]> source;
    private byte[] ahead = new byte[0];
    private int pos;

    private StdinBuffer(java.util.function.Supplier<byte[]> source) {
        this.source = source;
    }

    /** The binary buffer over descriptor 0 of {@code fds} ({@code sys.stdin.buffer}'s). */
    static StdinBuffer overDescriptor(ObjectSpace space, FdTable fds) {
        return new StdinBuffer(() -> PosixModule.blocking(space, fds, 0, () -> fds.read(0, CHUNK)));
    }

    /**
     * The text layer's own read-ahead over {@code below}: each fill takes {@code below.read1(CHUNK)},
     * as textio.c's {@code textiowrapper_read_chunk} does, so what the text layer has taken is no
     * longer there for {@code sys.stdin.buffer}, as in CPython.
     */
    static StdinBuffer over(StdinBuffer below) {
        return new StdinBuffer(() -> below.read1(CHUNK));
    }

    /** One read of the descriptor when nothing is left ahead; false at the end of the input. */
    private boolean fill() {
        if (pos < ahead.length) {
            return true;
        }
        ahead = source.get();
        pos = 0;
        return ahead.length > 0;
    }

    /** {@code readline(limit)}: the bytes up to and including the next {@code \n}, at most {@code limit} (negative: no limit). */
    byte[] readLine(long limit) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while ((limit < 0 || line.size() < limit) && fill()) {
            int end = pos;
            long room = limit < 0 ? Long.MAX_VALUE : limit - line.size();
            while (end < ahead.length && end - pos < room && ahead[end] != '\n') {
                end++;
            }
            boolean newline = end < ahead.length && end - pos < room && ahead[end] == '\n';
            if (newline) {
                end++;
            }
            line.write(ahead, pos, end - pos);
            pos = end;
            if (newline) {
                break;
            }
        }
        return line.toByteArray();
    }

    /** {@code read(n)}: {@code n} bytes unless the input ends first; negative {@code n}: all that is left. */
    byte[] read(long n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while ((n < 0 || out.size() < n) && fill()) {
            int take = (int) Math.min(ahead.length - pos, n < 0 ? Integer.MAX_VALUE : n - out.size());
            out.write(ahead, pos, take);
            pos += take;
        }
        return out.toByteArray();
    }

    /** {@code read1(n)}: what the buffer holds (after at most one read of the descriptor), at most {@code n} bytes. */
    byte[] read1(long n) {
        if (n == 0 || !fill()) {
            return new byte[0];
        }
        int take = (int) Math.min(ahead.length - pos, n < 0 ? Integer.MAX_VALUE : n);
        byte[] r = Arrays.copyOfRange(ahead, pos, pos + take);
        pos += take;
        return r;
    }

    /** {@code peek()}: what the buffer holds, filled once when empty, not consumed. */
    byte[] peek() {
        fill();
        return Arrays.copyOfRange(ahead, pos, ahead.length);
    }

    /**
     * The bytes of the next {@code n} characters of UTF-8 text (negative: all that is left): whole
     * sequences, a byte that starts none counting as one character (surrogateescape decodes it so).
     */
    byte[] readChars(long n) {
        if (n < 0) {
            return read(-1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long chars = 0; chars < n && fill(); chars++) {
            int lead = ahead[pos] & 0xff;
            int length = lead < 0xc2 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 1;
            out.write(ahead[pos++]);
            for (int i = 1; i < length && fill(); i++) {
                if ((ahead[pos] & 0xc0) != 0x80) {
                    break; // a broken sequence: its bytes decode one by one
                }
                out.write(ahead[pos++]);
            }
        }
        return out.toByteArray();
    }
}
