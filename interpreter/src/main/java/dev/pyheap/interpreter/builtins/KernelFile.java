package dev.pyheap.interpreter.builtins;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.ClosedChannelException;

/**
 * A descriptor the kernel gave and the interpreter's descriptor table names ({@link FdTable}): a
 * pipe end from {@code pipe2(2)} or an epoll instance. Reads and writes are {@code read(2)} and
 * {@code write(2)} on it, so a pipe blocks, reports EAGAIN and ends as the kernel says, and
 * {@code poll}, {@code select} and {@code epoll} watch it as CPython's do. A read that would wait on
 * a non-blocking descriptor raises EAGAIN; a write that would wait returns 0 (the table turns that
 * into EAGAIN or a partial write).
 */
final class KernelFile implements ByteChannel, KernelFd {
    private final int fd;
    private final boolean pipe;
    private volatile boolean open = true;

    KernelFile(int fd, boolean pipe) {
        this.fd = fd;
        this.pipe = pipe;
    }

    @Override
    public int kernelFd() {
        return fd;
    }

    /** Whether this is a pipe end ({@code F_GETPIPE_SZ} answers for it). */
    boolean isPipe() {
        return pipe;
    }

    /** O_NONBLOCK of the kernel's open file description, as {@code os.set_blocking} sets it. */
    void setNonBlocking(boolean on) {
        int errno = SocketCalls.setNonBlocking(fd, on);
        if (errno != 0) {
            throw new FdTable.FdError(errno);
        }
    }

    @Override
    public int read(ByteBuffer dst) throws ClosedChannelException {
        check();
        int want = dst.remaining();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, want));
            long n;
            do {
                n = SocketCalls.read(fd, buf, want);
            } while (n == -SocketCalls.EINTR);
            if (n < 0) {
                throw new FdTable.FdError((int) -n);
            }
            if (n == 0) {
                return want == 0 ? 0 : -1;
            }
            dst.put(buf.asSlice(0, n).asByteBuffer());
            return (int) n;
        }
    }

    @Override
    public int write(ByteBuffer src) throws ClosedChannelException {
        check();
        int len = src.remaining();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, len));
            buf.asByteBuffer().put(src.duplicate());
            long n;
            do {
                n = SocketCalls.write(fd, buf, len);
            } while (n == -SocketCalls.EINTR);
            if (n == -SocketCalls.EAGAIN) {
                return 0;
            }
            if (n < 0) {
                throw new FdTable.FdError((int) -n);
            }
            src.position(src.position() + (int) n);
            return (int) n;
        }
    }

    private void check() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public synchronized void close() {
        if (open) {
            open = false;
            SocketCalls.close(fd);
        }
    }
}
