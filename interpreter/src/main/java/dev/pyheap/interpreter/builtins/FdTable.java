package dev.pyheap.interpreter.builtins;


import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The file descriptors of one interpreter: the process's descriptor table as {@code posix} and
 * {@code sys.stdout}/{@code sys.stderr} see it.
 *
 * <pre>
 *   descriptor (int) ──► OpenFile (the kernel's "open file description": shared by dup'ed descriptors)
 *     0, 1, 2 at start ──► Std: the runner's stdin, stdout, stderr (Java streams: the terminal, a pipe,
 *                               or a test's buffer)
 *     os.open, os.pipe, ──► Chan: a FileChannel, a kernel descriptor (a pipe end, a socket, an epoll
 *     Popen's PIPEs,            instance: {@link KernelFd}, which a child can be given), or one end of
 *     sockets, epoll            a java.nio Pipe where native code may not be called
 * </pre>
 * Invariants: an OpenFile's {@code shares} is the number of descriptors naming it; it is closed when
 * that reaches 0. New descriptors are the lowest free number, as POSIX gives them, so closing 3
 * makes the next {@code os.open} return 3 again.
 *
 * {@code sys.stdout} and {@code sys.stderr} write to descriptor 1 and 2 through {@link #printText}:
 * they look the descriptor up at each write, so {@code os.dup2(fd, 1)} redirects what they write
 * (and what the interpreter writes to stderr for the program: tracebacks, {@code sys._debugmallocstats})
 * until the saved descriptor is put back, as in CPython, where the streams write to the descriptor
 * number. What a Std stream receives as bytes ({@code os.write(1, b)}, {@code sys.stdout.buffer}) goes
 * to the process's byte stream unchanged when the runner has one (any bytes, as CPython writes them);
 * a runner with character streams only gets them decoded as UTF-8, a sequence split between two
 * writes kept until its end arrives.
 * Reads and writes of a pipe can block: the caller gives the GIL up around them.
 */
final class FdTable {
    /** What descriptors refer to; {@code shares} counts them. */
    private abstract static sealed class OpenFile permits Std, Chan {
        int shares;

        abstract void close() throws IOException;
    }

    /**
     * One of the runner's standard streams: {@code out} for 1 and 2 (with {@code bytes}, the byte stream
     * under it, when the runner has one), {@code in} for 0.
     */
    private static final class Std extends OpenFile {
        final PrintWriter out;
        final java.io.OutputStream bytes;
        final InputStream in;
        /** Without {@code bytes}: the UTF-8 decoder that keeps an unfinished sequence between writes. */
        private final java.nio.charset.CharsetDecoder decoder;

        Std(PrintWriter out, java.io.OutputStream bytes, InputStream in) {
            this.out = out;
            this.bytes = bytes;
            this.in = in;
            this.decoder = out == null || bytes != null ? null : StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        }

        /** {@code write(2)} on the stream: the characters written before go first. */
        synchronized void writeBytes(byte[] data) throws IOException {
            if (bytes != null) {
                out.flush();
                bytes.write(data);
                bytes.flush();
                return;
            }
            java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(pending.length + data.length);
            in.put(pending).put(data).flip();
            java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(in.remaining());
            decoder.decode(in, chars, false);
            pending = new byte[in.remaining()];
            in.get(pending);
            out.write(chars.flip().toString());
            out.flush();
        }

        private byte[] pending = new byte[0];

        @Override
        void close() {
            if (out != null) {
                out.flush(); // the Java stream belongs to the runner: it stays open
            }
        }
    }

    /** A file or a pipe end. */
    private static final class Chan extends OpenFile {
        final Channel channel;
        /** O_APPEND on a file also open for reading (a channel cannot be both): each write goes to the end. */
        final boolean append;
        /** The file's absolute name when opened ({@code fchdir}, {@code futimens} find it by it); null for a pipe. */
        final java.nio.file.Path path;
        /**
         * O_NONBLOCK as the program set it. A pipe end's channel is always in Java's non-blocking
         * mode, so that a selector can watch it at any time; a read or write of a blocking
         * descriptor waits for the channel itself ({@link #awaitReady}).
         */
        boolean nonBlocking;

        /** The status flags {@code fcntl(F_GETFL)} reports: the access mode, O_APPEND, O_LARGEFILE (O_NONBLOCK is {@link #nonBlocking}). */
        int statusFlags;
        /** The record locks this open file description holds ({@code flock} and {@code lockf}); null when none. */
        java.util.List<java.nio.channels.FileLock> locks;

        Chan(Channel channel, boolean append, java.nio.file.Path path, int statusFlags) {
            this.channel = channel;
            this.append = append;
            this.path = path;
            this.statusFlags = statusFlags;
        }

        @Override
        void close() throws IOException {
            channel.close(); // the locks go with it, as the last close of a description drops them
        }
    }

    /** An errno for the caller to raise as CPython's OSError subclass. */
    static final class FdError extends RuntimeException {
        final int errno;

        FdError(int errno) {
            super(null, null, false, false);
            this.errno = errno;
        }
    }

    static final int EBADF = 9, EAGAIN = 11, EINVAL = 22, ESPIPE = 29;
    static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3, O_APPEND = 0x400, O_NONBLOCK = 0x800,
            O_LARGEFILE = 0x8000;

    private final Map<Integer, OpenFile> open = new HashMap<>();
    /** The descriptors with FD_CLOEXEC cleared: 0-2 at start, and what dup2 or set_inheritable made so (PEP 446). */
    private final java.util.Set<Integer> inheritable = new java.util.HashSet<>(java.util.List.of(0, 1, 2));

    /** {@code outBytes} and {@code errBytes}, each null when the runner has none: the byte streams under {@code out} and {@code err}. */
    FdTable(PrintWriter out, PrintWriter err, InputStream in, java.io.OutputStream outBytes, java.io.OutputStream errBytes) {
        install(0, new Std(null, null, in));
        install(1, new Std(out, outBytes, null));
        install(2, new Std(err, errBytes, null));
    }

    private synchronized void install(int fd, OpenFile f) {
        f.shares++;
        open.put(fd, f);
        if (fd > 2) {
            inheritable.remove(fd);
        }
    }

    private synchronized OpenFile get(int fd) {
        OpenFile f = open.get(fd);
        if (f == null) {
            throw new FdError(EBADF);
        }
        return f;
    }

    private synchronized int lowestFree() {
        int fd = 0;
        while (open.containsKey(fd)) {
            fd++;
        }
        return fd;
    }

    /** A new descriptor for {@code channel} (the lowest free number). */
    synchronized int add(Channel channel) {
        return add(channel, false, null);
    }

    /**
     * A new descriptor for {@code channel}, whose writes go to the file's end when {@code append};
     * {@code path} is the file's absolute name (null for none).
     */
    synchronized int add(Channel channel, boolean append, java.nio.file.Path path) {
        return add(channel, append, path, O_RDWR);
    }

    /** {@link #add(Channel, boolean, Path)} with the status flags {@code open(2)} was given (access mode, O_APPEND). */
    synchronized int add(Channel channel, boolean append, java.nio.file.Path path, int openFlags) {
        int flags = openFlags & (O_ACCMODE | O_APPEND);
        if (channel instanceof FileChannel) {
            flags |= O_LARGEFILE; // a 64-bit kernel adds it to every regular file it opens
        }
        Chan c = new Chan(channel, append, path, flags);
        c.nonBlocking = (openFlags & O_NONBLOCK) != 0;
        int fd = lowestFree();
        install(fd, c);
        return fd;
    }

    /** A new descriptor for the kernel's pipe end {@code kernelFd}, open for {@code accessMode} (O_RDONLY, O_WRONLY). */
    synchronized int addKernelPipe(int kernelFd, int accessMode) {
        return add(new KernelFile(kernelFd, true), false, null, accessMode);
    }

    /** The absolute name of the file {@code fd} was opened on (EBADF when closed); null for a pipe or a standard stream. */
    java.nio.file.Path path(int fd) {
        return get(fd) instanceof Chan c ? c.path : null;
    }

    /**
     * {@code os.pipe()}: {@code [read end, write end]}, the kernel's own pipe ({@code pipe2(2)} with
     * O_CLOEXEC) where native code may be called, else a java.nio pipe.
     */
    synchronized int[] pipe() throws IOException {
        if (SocketCalls.available()) {
            int[] ends = ProcessCalls.pipe();
            return new int[] {addKernelPipe(ends[0], O_RDONLY), addKernelPipe(ends[1], O_WRONLY)};
        }
        Pipe p = Pipe.open();
        p.source().configureBlocking(false);
        p.sink().configureBlocking(false);
        int r = add(p.source(), false, null, O_RDONLY);
        int w = add(p.sink(), false, null, O_WRONLY);
        return new int[] {r, w};
    }

    /** {@code os.dup(fd)}: the lowest free descriptor, naming what {@code fd} names. */
    synchronized int dup(int fd) {
        OpenFile f = get(fd);
        int copy = lowestFree();
        install(copy, f);
        return copy;
    }

    /** {@code os.dup2(fd, fd2)}: {@code fd2} names what {@code fd} names (what it named before is closed). */
    synchronized int dup2(int fd, int fd2) throws IOException {
        OpenFile f = get(fd);
        if (fd2 < 0) {
            throw new FdError(EBADF);
        }
        if (fd == fd2) {
            return fd2;
        }
        OpenFile old = open.get(fd2);
        install(fd2, f);
        inheritable.add(fd2);
        if (old != null) {
            release(old);
        }
        return fd2;
    }

    /** {@code os.close(fd)}. */
    synchronized void close(int fd) throws IOException {
        OpenFile f = get(fd);
        open.remove(fd);
        release(f);
    }

    private void release(OpenFile f) throws IOException {
        if (--f.shares == 0) {
            f.close();
        }
    }

    /** Whether {@code fd} is open ({@code fstat}'s question). */
    synchronized boolean isOpen(int fd) {
        return open.containsKey(fd);
    }

    /** Whether a read or write of {@code fd} can wait for another thread (a pipe). */
    boolean mayBlock(int fd) {
        OpenFile f = get(fd);
        return f instanceof Chan c && !(c.channel instanceof FileChannel);
    }

    /** {@code os.write(fd, data)}: the bytes written. */
    int write(int fd, byte[] data) throws IOException {
        switch (get(fd)) {
            case Std s -> {
                if (s.out == null) {
                    throw new FdError(EBADF);
                }
                s.writeBytes(data);
                return data.length;
            }
            case Chan c -> {
                if (!(c.channel instanceof WritableByteChannel w)) {
                    throw new FdError(EBADF);
                }
                ByteBuffer buf = ByteBuffer.wrap(data);
                int written = 0;
                try {
                    if (c.append && w instanceof FileChannel f) {
                        f.position(f.size());
                    }
                    do {
                        int step = w.write(buf);
                        written += step;
                        if (step == 0 && w instanceof KernelFile) {
                            if (written == 0) {
                                throw new FdError(EAGAIN);
                            }
                            break; // write(2) on a full non-blocking pipe: a partial write
                        }
                        if (step == 0 && w instanceof SelectableChannel ch && !ch.isBlocking()) {
                            if (c.nonBlocking) {
                                if (written == 0) {
                                    throw new FdError(EAGAIN);
                                }
                                break; // a partial write, as write(2) on a full non-blocking pipe
                            }
                            awaitReady(ch, SelectionKey.OP_WRITE);
                        }
                    } while (buf.hasRemaining() && !(w instanceof FileChannel));
                } catch (java.nio.channels.NonWritableChannelException e) {
                    throw new FdError(EBADF); // a file open for reading only
                }
                return written;
            }
        }
    }

    /** {@code os.read(fd, n)}: up to {@code n} bytes, none at the end of the file. */
    byte[] read(int fd, int n) throws IOException {
        switch (get(fd)) {
            case Std s -> {
                if (s.in == null) {
                    throw new FdError(EBADF);
                }
                byte[] buf = new byte[n];
                int got = n == 0 ? 0 : s.in.read(buf, 0, n);
                return java.util.Arrays.copyOf(buf, Math.max(got, 0));
            }
            case Chan c -> {
                if (!(c.channel instanceof ReadableByteChannel r)) {
                    throw new FdError(EBADF);
                }
                ByteBuffer buf = ByteBuffer.allocate(n);
                int got;
                try {
                    got = n == 0 ? 0 : r.read(buf);
                    while (got == 0 && r instanceof SelectableChannel ch && !ch.isBlocking()) {
                        if (c.nonBlocking) {
                            throw new FdError(EAGAIN);
                        }
                        awaitReady(ch, SelectionKey.OP_READ);
                        got = r.read(buf);
                    }
                } catch (java.nio.channels.NonReadableChannelException e) {
                    throw new FdError(EBADF); // a file open for writing only
                }
                byte[] out = new byte[Math.max(got, 0)];
                buf.flip();
                buf.get(out);
                return out;
            }
        }
    }

    /** Waits (the caller has given the GIL up) until {@code channel} is ready for {@code op}. */
    private static void awaitReady(SelectableChannel channel, int op) throws IOException {
        try (Selector selector = Selector.open()) {
            channel.register(selector, op);
            selector.select();
        }
    }

    /**
     * The kernel's descriptor behind {@code fd} (a Popen pipe, a socket, an os.pipe end, an epoll
     * instance), so a child can be given it and select/poll/epoll can watch it; -1 for a file or a
     * standard stream the JVM holds; EBADF when {@code fd} is closed.
     */
    int kernelFd(int fd) {
        return switch (get(fd)) {
            case Chan c when c.channel instanceof KernelFd k -> k.kernelFd();
            default -> -1;
        };
    }

    /** The channel behind {@code fd} (a socket's, a file's, a pipe end's), null for a standard stream; EBADF when closed. */
    Channel channel(int fd) {
        return get(fd) instanceof Chan c ? c.channel : null;
    }

    /** Whether {@code fd} is a pipe end (EBADF when closed). */
    boolean isPipe(int fd) {
        return get(fd) instanceof Chan c && (c.channel instanceof KernelFile k ? k.isPipe()
                : c.channel instanceof Pipe.SourceChannel || c.channel instanceof Pipe.SinkChannel);
    }

    /** The pipe end behind {@code fd}, for a selector to watch; null for a file or a standard stream; EBADF when closed. */
    SelectableChannel selectable(int fd) {
        return get(fd) instanceof Chan c && c.channel instanceof SelectableChannel s ? s : null;
    }

    /** EBADF unless {@code fd} is open: the first check of a call that needs nothing else of it. */
    void requireOpen(int fd) {
        get(fd);
    }

    /** Whether {@code fd} names one of the runner's standard streams (EBADF when closed). */
    boolean isStandardStream(int fd) {
        return get(fd) instanceof Std;
    }

    /** Whether {@code fd} names a regular file (EBADF when closed). */
    boolean isRegularFile(int fd) {
        return get(fd) instanceof Chan c && c.channel instanceof FileChannel;
    }

    /** {@code os.get_blocking(fd)}. */
    boolean blocking(int fd) {
        return !(get(fd) instanceof Chan c && c.nonBlocking);
    }

    /** {@code os.set_blocking(fd, blocking)}: O_NONBLOCK is a flag of the open file description, shared by dup'ed descriptors. */
    void setBlocking(int fd, boolean blocking) {
        if (get(fd) instanceof Chan c) {
            if (c.channel instanceof KernelFile k) {
                k.setNonBlocking(!blocking);
            }
            c.nonBlocking = !blocking;
        }
    }

    /** {@code fcntl(fd, F_GETFL)}: the status flags of the open file description. */
    int statusFlags(int fd) {
        return switch (get(fd)) {
            case Std s -> s.out != null ? O_WRONLY : O_RDONLY;
            case Chan c -> c.statusFlags | (c.nonBlocking ? O_NONBLOCK : 0);
        };
    }

    /** {@code fcntl(fd, F_SETFL, flags)}: only O_APPEND and O_NONBLOCK can change, as in Linux's fcntl. */
    void setStatusFlags(int fd, int flags) {
        if (get(fd) instanceof Chan c) {
            if (c.channel instanceof KernelFile k) {
                k.setNonBlocking((flags & O_NONBLOCK) != 0);
            }
            c.nonBlocking = (flags & O_NONBLOCK) != 0;
            c.statusFlags = (c.statusFlags & ~O_APPEND) | (flags & O_APPEND);
        }
    }

    /** {@code fcntl(fd, F_DUPFD, lowest)}: the lowest free descriptor not below {@code lowest}, not inheritable. */
    synchronized int dupFrom(int fd, int lowest) {
        OpenFile f = get(fd);
        if (lowest < 0) {
            throw new FdError(EINVAL);
        }
        int copy = lowest;
        while (open.containsKey(copy)) {
            copy++;
        }
        install(copy, f);
        inheritable.remove(copy);
        return copy;
    }

    /**
     * Takes ({@code kind} 1 shared, 2 exclusive) or drops (0) the lock of bytes {@code [start,
     * start+length)} of the file behind {@code fd}: {@code flock} locks the whole file
     * ({@code wholeFile}), {@code lockf} a range. The Java record locks are kept by the open file
     * description, the same for every descriptor dup'ed from it. Another process's lock makes a
     * non-waiting request fail with EAGAIN; a waiting one waits (the caller gave the GIL up). Within
     * this process, flock's locks conflict between descriptions, as flock(2)'s do, while lockf's
     * never conflict, as POSIX record locks belong to the process. A lock on a pipe or stream does
     * nothing, as flock(2) allows it there.
     */
    void lock(int fd, int kind, boolean wait, long start, long length, boolean wholeFile) throws IOException {
        if (!(get(fd) instanceof Chan c) || !(c.channel instanceof FileChannel file)) {
            return;
        }
        synchronized (c) {
            if (c.locks != null) {
                for (var it = c.locks.iterator(); it.hasNext();) {
                    var held = it.next();
                    if (held.overlaps(start, length)) {
                        held.release();
                        it.remove();
                    }
                }
            }
            if (kind == 0) {
                return;
            }
        }
        boolean shared = kind == 1;
        while (true) {
            java.nio.channels.FileLock got;
            try {
                got = wait ? file.lock(start, length, shared) : file.tryLock(start, length, shared);
            } catch (java.nio.channels.OverlappingFileLockException e) {
                if (!wholeFile) {
                    return; // lockf's locks belong to the process, which never conflicts with itself
                }
                got = null; // flock's belong to the open file description: another one in this process holds it
                if (wait) {
                    try {
                        Thread.sleep(5); // Java reports the conflict at once instead of waiting for its release
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                        throw new FdError(4);
                    }
                    continue;
                }
            } catch (java.nio.channels.NonWritableChannelException | java.nio.channels.NonReadableChannelException e) {
                throw new FdError(EBADF); // fcntl(2)'s answer for a lock the open mode does not allow
            }
            if (got == null) {
                throw new FdError(EAGAIN);
            }
            synchronized (c) {
                if (c.locks == null) {
                    c.locks = new java.util.ArrayList<>();
                }
                c.locks.add(got);
            }
            return;
        }
    }

    /** The open descriptors from 3 up with FD_CLOEXEC cleared, in order: what a child started with close_fds=False inherits. */
    synchronized java.util.List<Integer> inheritableAbove2() {
        return inheritable.stream().filter(fd -> fd > 2 && open.containsKey(fd)).sorted().toList();
    }

    /** {@code os.get_inheritable(fd)}: a flag of the descriptor itself (FD_CLOEXEC cleared). */
    synchronized boolean inheritable(int fd) {
        get(fd);
        return inheritable.contains(fd);
    }

    /** {@code os.set_inheritable(fd, inheritable)}. */
    synchronized void setInheritable(int fd, boolean value) {
        get(fd);
        if (value) {
            inheritable.add(fd);
        } else {
            inheritable.remove(fd);
        }
    }

    /** The file behind {@code fd} for seeking; ESPIPE for a stream or a pipe. */
    FileChannel file(int fd) {
        if (get(fd) instanceof Chan c && c.channel instanceof FileChannel f) {
            return f;
        }
        throw new FdError(ESPIPE);
    }

    /**
     * What {@code sys.stdout} or {@code sys.stderr} writes (text) to descriptor {@code fd}, wherever it
     * points now: a Java stream gets the characters, a file or pipe their UTF-8 bytes. False when
     * the descriptor is closed (the text is lost, as a write to a closed descriptor fails).
     */
    boolean printText(int fd, String text) {
        OpenFile f;
        synchronized (this) {
            f = open.get(fd);
        }
        switch (f) {
            case null -> {
                return false;
            }
            case Std s -> {
                if (s.out == null) {
                    return false;
                }
                s.out.print(text);
                return true;
            }
            case Chan _ -> {
                try {
                    write(fd, text.getBytes(StandardCharsets.UTF_8));
                    return true;
                } catch (IOException | FdError e) {
                    return false;
                }
            }
        }
    }

    /** Hands on what the Java stream behind {@code fd} buffers (nothing to do for a file or pipe). */
    void flush(int fd) {
        OpenFile f;
        synchronized (this) {
            f = open.get(fd);
        }
        if (f instanceof Std s && s.out != null) {
            s.out.flush();
        }
    }

    /** At the interpreter's end: every file and pipe closed; the runner's streams flushed and left open. */
    synchronized void closeAll() {
        for (OpenFile f : open.values()) {
            try {
                f.shares = 0;
                f.close();
            } catch (IOException ignored) {
                // the interpreter is going away: nothing to report to
            }
        }
        open.clear();
    }
}
