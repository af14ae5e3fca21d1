package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.state.ThreadState;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.channels.Channel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * {@code _pyheap_socket}: the system calls under the {@code socket}, {@code select} and
 * {@code selectors} modules (Modules/socketmodule.c, Modules/selectmodule.c), made on the kernel's
 * own descriptors through the C library ({@link SocketCalls}). The Python module {@code socket}
 * holds the socket objects, their timeouts, address parsing and name lookup; this class holds the
 * descriptors and makes the calls.
 *
 * <p>A socket is a {@link Slot}: the kernel's descriptor from {@code socket(2)}, registered in the
 * interpreter's descriptor table ({@link FdTable}), so its {@code fileno()} is the lowest free
 * number of the table as the kernel would give it in CPython, and {@code os.close} closes it.
 * Every socket descriptor is O_NONBLOCK in the kernel, as CPython makes a socket with a timeout.
 * A call that would wait (the socket has a timeout, or none: the timeout argument is then negative)
 * gets EAGAIN and waits in {@code poll(2)} for the descriptor, without the GIL
 * (Py_BEGIN_ALLOW_THREADS), up to the deadline, then calls again: CPython's {@code sock_call}. A
 * timeout of 0 raises {@code BlockingIOError} at once; EINTR repeats the call.
 *
 * <p>Closing a socket that another thread is using (waiting in its accept, a listener stopped at
 * exit) must not free the kernel's number while that thread may still call with it: each call
 * counts itself in the slot's {@code users}, and the last one out closes the descriptor. A waiting
 * thread also polls the slot's {@code waker} (an eventfd), which the close signals.
 *
 * <p>{@code select}, {@code poll} and {@code epoll} are the kernel's: the table's numbers are
 * translated to the kernel's before the call and back after it ({@code epoll_event.data} holds the
 * table's number, as CPython's holds the descriptor). A regular file or a standard stream held by
 * the JVM has no kernel descriptor here: it is ready at once for reading and writing, as
 * {@code poll(2)} and {@code select(2)} report regular files, and {@code epoll_ctl} refuses it with
 * EPERM, as it refuses regular files. Errors are OSErrors with the kernel's errno and the C
 * library's message, which OSError's constructor turns into the subclass
 * ({@code ConnectionRefusedError}, ...). Addresses cross as {@code (ip bytes, port, scope id)}
 * tuples, or for AF_UNIX a str path (bytes for Linux's abstract names).
 */
final class SocketModule {
    private SocketModule() {
    }

    static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    private static final int EPERM = 1, EBADF = 9, EINVAL = 22, ENOTSOCK = 88, EISCONN = 106;
    /** Room for any {@code struct sockaddr} the kernel returns ({@code sockaddr_storage}). */
    private static final int SOCKADDR_ROOM = 128;
    /** {@code sizeof(sockaddr_un.sun_path)}. */
    private static final int SUN_PATH = 108;
    private static final int FD_SETSIZE = 1024, FD_SET_BYTES = FD_SETSIZE / 8;
    /** {@code struct epoll_event} on x86-64: packed, a 32-bit mask then the 64-bit data. */
    private static final int EPOLL_EVENT = 12;
    /** {@code struct pollfd}: int fd, short events, short revents. */
    private static final int POLLFD = 8;
    private static final int EPOLL_CLOEXEC = 0x80000, EFD_NONBLOCK = 0x800, EFD_CLOEXEC = 0x80000;
    /** What a regular file is always ready for ({@code DEFAULT_POLLMASK}). */
    private static final int FILE_READY = SocketCalls.POLLIN | SocketCalls.POLLOUT | SocketCalls.POLLRDNORM
            | SocketCalls.POLLWRNORM;
    private static final ValueLayout.OfShort NET_SHORT = JAVA_SHORT.withOrder(ByteOrder.BIG_ENDIAN);

    /** One socket: the kernel's descriptor, and the threads using it now. */
    private static final class Slot implements Channel, KernelFd {
        final int family;
        private final int fd;
        /** The calls under way with {@link #fd}; the last one out of a closed slot closes it. */
        private int users;
        private boolean closed;
        /** The eventfd a close signals to wake a waiting thread; made at the first wait. */
        private int waker = -1;

        Slot(int family, int fd) {
            this.family = family;
            this.fd = fd;
        }

        @Override
        public int kernelFd() {
            return fd;
        }

        synchronized int enter() {
            if (closed) {
                throw new FdTable.FdError(EBADF);
            }
            users++;
            return fd;
        }

        synchronized void leave() {
            if (--users == 0 && closed) {
                release();
            }
        }

        synchronized boolean isClosed() {
            return closed;
        }

        synchronized int waker() {
            if (waker < 0) {
                int[] errno = {0};
                waker = PosixSystem.callInt(SocketCalls.EVENTFD, errno, 0, EFD_NONBLOCK | EFD_CLOEXEC);
                if (waker < 0) {
                    throw new FdTable.FdError(errno[0]);
                }
            }
            return waker;
        }

        @Override
        public boolean isOpen() {
            return !isClosed();
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (users == 0) {
                release();
            } else if (waker >= 0) {
                try (Arena arena = Arena.ofConfined()) {
                    SocketCalls.write(waker, arena.allocateFrom(JAVA_LONG, 1L), 8);
                }
            }
        }

        private void release() {
            SocketCalls.close(fd);
            if (waker >= 0) {
                SocketCalls.close(waker);
                waker = -1;
            }
        }
    }

    private static final class TimedOut extends RuntimeException {
        TimedOut() {
            super("timed out", null, false, false);
        }
    }

    /** One try of a non-blocking call on the kernel's descriptor: its result, negative with errno set on failure. */
    private interface Attempt {
        long call(int fd, int[] errno);
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        FdTable fds = table.fds();
        SysModule.function(space, module, dict, "open", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "open", a, n, kw).exactly(3);
            int family = cInt(space, c.get(0)), type = cInt(space, c.get(1)), proto = cInt(space, c.get(2));
            return run(space, () -> {
                int[] errno = {0};
                int fd = PosixSystem.callInt(SocketCalls.SOCKET, errno, family,
                        type | SocketCalls.SOCK_NONBLOCK | SocketCalls.SOCK_CLOEXEC, proto);
                if (fd < 0) {
                    throw new FdTable.FdError(errno[0]);
                }
                return space.newInt(fds.add(new Slot(family, fd)));
            });
        });
        SysModule.function(space, module, dict, "pair", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "pair", a, n, kw).exactly(3);
            int family = cInt(space, c.get(0)), type = cInt(space, c.get(1)), proto = cInt(space, c.get(2));
            return run(space, () -> {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment sv = arena.allocate(JAVA_INT, 2);
                    int[] errno = {0};
                    if (PosixSystem.callInt(SocketCalls.SOCKETPAIR, errno, family,
                            type | SocketCalls.SOCK_NONBLOCK | SocketCalls.SOCK_CLOEXEC, proto, sv) < 0) {
                        throw new FdTable.FdError(errno[0]);
                    }
                    int left = fds.add(new Slot(family, sv.getAtIndex(JAVA_INT, 0)));
                    int right = fds.add(new Slot(family, sv.getAtIndex(JAVA_INT, 1)));
                    return space.tupleType.createStealing(space.newInt(left), space.newInt(right));
                }
            });
        });
        SysModule.function(space, module, dict, "close", (self, a, n, kw) -> {
            int fd = cInt(space, new CallArgs(space, "close", a, n, kw).exactly(1).get(0));
            return run(space, () -> {
                try {
                    fds.close(fd);
                } catch (IOException e) {
                    throw new FdTable.FdError(EBADF);
                }
                return space.newNone();
            });
        });
        SysModule.function(space, module, dict, "bind", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "bind", a, n, kw).exactly(2);
            Slot s = slot(space, fds, c.get(0));
            long address = c.get(1);
            return run(space, () -> {
                try (Arena arena = Arena.ofConfined()) {
                    Addr at = sockaddr(space, arena, s.family, address);
                    once(s, (fd, errno) -> PosixSystem.callInt(SocketCalls.BIND, errno, fd, at.at(), at.length()));
                    return space.newNone();
                }
            });
        });
        SysModule.function(space, module, dict, "listen", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "listen", a, n, kw).exactly(2);
            Slot s = slot(space, fds, c.get(0));
            int backlog = Math.max(0, cInt(space, c.get(1)));
            return run(space, () -> {
                once(s, (fd, errno) -> PosixSystem.callInt(SocketCalls.LISTEN, errno, fd, backlog));
                return space.newNone();
            });
        });
        SysModule.function(space, module, dict, "accept", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "accept", a, n, kw).exactly(2);
            Slot s = slot(space, fds, c.get(0));
            double timeout = space.floatType.value(c.get(1));
            return run(space, () -> {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment peer = arena.allocate(SOCKADDR_ROOM);
                    MemorySegment length = arena.allocate(JAVA_INT);
                    int got = (int) retry(space, s, SocketCalls.POLLIN, timeout, (fd, errno) -> {
                        length.set(JAVA_INT, 0, SOCKADDR_ROOM);
                        return PosixSystem.callInt(SocketCalls.ACCEPT4, errno, fd, peer, length,
                                SocketCalls.SOCK_NONBLOCK | SocketCalls.SOCK_CLOEXEC);
                    });
                    long f = space.newInt(fds.add(new Slot(s.family, got)));
                    return space.tupleType.createStealing(f, address(space, peer, length.get(JAVA_INT, 0)));
                }
            });
        });
        SysModule.function(space, module, dict, "connect", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "connect", a, n, kw).exactly(3);
            Slot s = slot(space, fds, c.get(0));
            long address = c.get(1);
            double timeout = space.floatType.value(c.get(2));
            return run(space, () -> {
                try (Arena arena = Arena.ofConfined()) {
                    connect(space, s, sockaddr(space, arena, s.family, address), timeout);
                    return space.newNone();
                }
            });
        });
        SysModule.function(space, module, dict, "send", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "send", a, n, kw).exactly(5);
            Slot s = slot(space, fds, c.get(0));
            byte[] data = space.bytesType.value(c.get(1));
            double timeout = space.floatType.value(c.get(2));
            boolean all = dev.pyheap.runtime.objects.Abstract.isTrue(space, c.get(3));
            int flags = cInt(space, c.get(4)) | SocketCalls.MSG_NOSIGNAL;
            return run(space, () -> {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment buf = arena.allocate(Math.max(1, data.length));
                    MemorySegment.copy(data, 0, buf, JAVA_BYTE, 0, data.length);
                    long deadline = deadline(timeout);
                    long sent = 0;
                    do {
                        long from = sent;
                        sent += retry(space, s, SocketCalls.POLLOUT, timeout, deadline, (fd, errno) ->
                                PosixSystem.callLong(SocketCalls.SEND, errno, fd, buf.asSlice(from), data.length - from,
                                        flags));
                    } while (all && sent < data.length);
                    return space.newInt(sent);
                }
            });
        });
        SysModule.function(space, module, dict, "sendto", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "sendto", a, n, kw).exactly(5);
            Slot s = slot(space, fds, c.get(0));
            byte[] data = space.bytesType.value(c.get(1));
            long address = c.get(2);
            double timeout = space.floatType.value(c.get(3));
            int flags = cInt(space, c.get(4)) | SocketCalls.MSG_NOSIGNAL;
            return run(space, () -> {
                try (Arena arena = Arena.ofConfined()) {
                    Addr to = sockaddr(space, arena, s.family, address);
                    MemorySegment buf = arena.allocate(Math.max(1, data.length));
                    MemorySegment.copy(data, 0, buf, JAVA_BYTE, 0, data.length);
                    return space.newInt(retry(space, s, SocketCalls.POLLOUT, timeout, (fd, errno) ->
                            PosixSystem.callLong(SocketCalls.SENDTO, errno, fd, buf, (long) data.length, flags,
                                    to.at(), to.length())));
                }
            });
        });
        SysModule.function(space, module, dict, "recv", (self, a, n, kw) -> receive(space, fds, "recv", a, n, kw, false));
        SysModule.function(space, module, dict, "recvfrom", (self, a, n, kw) -> receive(space, fds, "recvfrom", a, n, kw, true));
        SysModule.function(space, module, dict, "sockname", (self, a, n, kw) -> {
            Slot s = slot(space, fds, new CallArgs(space, "sockname", a, n, kw).exactly(1).get(0));
            return run(space, () -> name(space, s, SocketCalls.GETSOCKNAME));
        });
        SysModule.function(space, module, dict, "peername", (self, a, n, kw) -> {
            Slot s = slot(space, fds, new CallArgs(space, "peername", a, n, kw).exactly(1).get(0));
            return run(space, () -> name(space, s, SocketCalls.GETPEERNAME));
        });
        SysModule.function(space, module, dict, "shutdown", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "shutdown", a, n, kw).exactly(2);
            Slot s = slot(space, fds, c.get(0));
            int how = cInt(space, c.get(1));
            return run(space, () -> {
                once(s, (fd, errno) -> PosixSystem.callInt(SocketCalls.SHUTDOWN, errno, fd, how));
                return space.newNone();
            });
        });
        SysModule.function(space, module, dict, "setopt", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "setopt", a, n, kw).exactly(4);
            Slot s = slot(space, fds, c.get(0));
            int level = cInt(space, c.get(1)), option = cInt(space, c.get(2));
            long value = c.get(3);
            byte[] raw = space.bytesType.check(value) ? space.bytesType.value(value) : null;
            int number = raw == null ? cInt(space, value) : 0;
            return run(space, () -> {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment v = raw == null ? arena.allocateFrom(JAVA_INT, number)
                            : arena.allocate(Math.max(1, raw.length));
                    if (raw != null) {
                        MemorySegment.copy(raw, 0, v, JAVA_BYTE, 0, raw.length);
                    }
                    int length = raw == null ? 4 : raw.length;
                    once(s, (fd, errno) -> PosixSystem.callInt(SocketCalls.SETSOCKOPT, errno, fd, level, option, v, length));
                    return space.newNone();
                }
            });
        });
        SysModule.function(space, module, dict, "getopt", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "getopt", a, n, kw).exactly(4);
            Slot s = slot(space, fds, c.get(0));
            int level = cInt(space, c.get(1)), option = cInt(space, c.get(2)), buflen = cInt(space, c.get(3));
            if (buflen > 1024) {
                throw new PyException("OSError", "getsockopt buflen out of range");
            }
            return run(space, () -> {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment v = arena.allocate(Math.max(4, buflen));
                    MemorySegment length = arena.allocateFrom(JAVA_INT, buflen < 0 ? 4 : buflen);
                    once(s, (fd, errno) -> PosixSystem.callInt(SocketCalls.GETSOCKOPT, errno, fd, level, option, v, length));
                    if (buflen < 0) {
                        return space.newInt(v.get(JAVA_INT, 0));
                    }
                    return space.bytesType.of(v.asSlice(0, length.get(JAVA_INT, 0)).toArray(JAVA_BYTE));
                }
            });
        });
        SysModule.function(space, module, dict, "select", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "select", a, n, kw).exactly(4);
            int[][] lists = {ints(space, c.get(0)), ints(space, c.get(1)), ints(space, c.get(2))};
            double timeout = space.floatType.value(c.get(3));
            return run(space, () -> {
                int[][] ready = select(space, fds, lists, timeout);
                return space.tupleType.createStealing(intList(space, ready[0]), intList(space, ready[1]),
                        intList(space, ready[2]));
            });
        });
        SysModule.function(space, module, dict, "poll", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "poll", a, n, kw).exactly(3);
            int[] watched = ints(space, c.get(0)), events = ints(space, c.get(1));
            double timeout = space.floatType.value(c.get(2));
            return run(space, () -> intList(space, poll(space, fds, watched, events, timeout)));
        });
        SysModule.function(space, module, dict, "epoll_create", (self, a, n, kw) -> {
            new CallArgs(space, "epoll_create", a, n, kw).exactly(0);
            return run(space, () -> {
                int[] errno = {0};
                int ep = PosixSystem.callInt(SocketCalls.EPOLL_CREATE1, errno, EPOLL_CLOEXEC);
                if (ep < 0) {
                    throw new FdTable.FdError(errno[0]);
                }
                return space.newInt(fds.add(new KernelFile(ep, false)));
            });
        });
        SysModule.function(space, module, dict, "epoll_ctl", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "epoll_ctl", a, n, kw).exactly(4);
            int ep = cInt(space, c.get(0)), op = cInt(space, c.get(1)), fd = cInt(space, c.get(2));
            int events = (int) space.intType.longValue(c.get(3));
            return run(space, () -> {
                int kep = fds.kernelFd(ep), kfd = fds.kernelFd(fd);
                if (kep < 0) {
                    throw new FdTable.FdError(EINVAL);
                }
                if (kfd < 0) {
                    throw new FdTable.FdError(EPERM);
                }
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment event = arena.allocate(EPOLL_EVENT);
                    event.set(JAVA_INT, 0, events);
                    event.set(JAVA_LONG.withByteAlignment(1), 4, fd);
                    int[] errno = {0};
                    if (PosixSystem.callInt(SocketCalls.EPOLL_CTL, errno, kep, op, kfd, event) < 0) {
                        throw new FdTable.FdError(errno[0]);
                    }
                }
                return space.newNone();
            });
        });
        SysModule.function(space, module, dict, "epoll_wait", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "epoll_wait", a, n, kw).exactly(3);
            int ep = cInt(space, c.get(0));
            double timeout = space.floatType.value(c.get(1));
            int max = cInt(space, c.get(2));
            return run(space, () -> {
                int kep = fds.kernelFd(ep);
                if (kep < 0) {
                    throw new FdTable.FdError(EINVAL);
                }
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment events = arena.allocate((long) EPOLL_EVENT * max);
                    long deadline = deadline(timeout);
                    int got = waitInterrupted(space, timeout, deadline, ms -> {
                        int[] errno = {0};
                        int r = PosixSystem.callInt(SocketCalls.EPOLL_WAIT, errno, kep, events, max, ms);
                        return r < 0 ? -errno[0] : r;
                    });
                    long[] items = new long[got];
                    for (int i = 0; i < got; i++) {
                        long fd = events.get(JAVA_LONG.withByteAlignment(1), (long) i * EPOLL_EVENT + 4);
                        long mask = Integer.toUnsignedLong(events.get(JAVA_INT, (long) i * EPOLL_EVENT));
                        items[i] = space.tupleType.createStealing(space.newInt((int) fd), space.newInt(mask));
                    }
                    return stealList(space, items);
                }
            });
        });
        SysModule.function(space, module, dict, "resolve", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "resolve", a, n, kw).exactly(1);
            String host = space.strType.value(c.get(0));
            InetAddress[] found;
            var ts = (ThreadState) space.tstate;
            ts.releaseGil();
            try {
                found = InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                found = null;
            } finally {
                ts.acquireGil();
            }
            if (found == null) {
                return space.newNone();
            }
            long[] items = new long[found.length];
            for (int i = 0; i < found.length; i++) {
                items[i] = space.bytesType.of(found[i].getAddress());
            }
            return stealList(space, items);
        });
        SysModule.function(space, module, dict, "reverse", (self, a, n, kw) -> {
            // the name the resolver gives a packed address (getnameinfo), or None when it has none
            CallArgs c = new CallArgs(space, "reverse", a, n, kw).exactly(1);
            byte[] packed = space.bytesType.value(c.get(0));
            String name;
            var ts = (ThreadState) space.tstate;
            ts.releaseGil();
            try {
                InetAddress address = InetAddress.getByAddress(packed);
                name = address.getCanonicalHostName();
                if (name.equals(address.getHostAddress())) {
                    name = null;
                }
            } catch (UnknownHostException e) {
                name = null;
            } finally {
                ts.acquireGil();
            }
            return name == null ? space.newNone() : space.strType.runtime(name);
        });
        SysModule.function(space, module, dict, "hostname", (self, a, n, kw) -> {
            new CallArgs(space, "hostname", a, n, kw).exactly(0);
            String name;
            try {
                name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            } catch (IOException e) {
                try {
                    name = InetAddress.getLocalHost().getHostName();
                } catch (UnknownHostException unknown) {
                    throw PosixModule.osError(space, EINVAL, (String) null);
                }
            }
            return space.strType.runtime(name);
        });
    }

    /** connect(2) as {@code sock_connect} makes it: on EINPROGRESS, wait for writability, then SO_ERROR says how it went. */
    private static void connect(ObjectSpace space, Slot s, Addr to, double timeout) {
        int fd = s.enter();
        try {
            int[] errno = {0};
            int r = PosixSystem.callInt(SocketCalls.CONNECT, errno, fd, to.at(), to.length());
            if (r == 0) {
                return;
            }
            if (errno[0] != SocketCalls.EINPROGRESS && errno[0] != SocketCalls.EINTR || timeout == 0) {
                throw new FdTable.FdError(errno[0]);
            }
            await(space, s, fd, SocketCalls.POLLOUT, timeout, deadline(timeout));
            if (timeout < 0) {
                // a blocking connect(2) returns once the kernel has marked the socket connected, which
                // a second call does: 0, or the error the handshake met
                do {
                    r = PosixSystem.callInt(SocketCalls.CONNECT, errno, fd, to.at(), to.length());
                } while (r < 0 && errno[0] == SocketCalls.EINTR);
                if (r < 0 && errno[0] != EISCONN) {
                    throw new FdTable.FdError(errno[0]);
                }
                return;
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment error = arena.allocate(JAVA_INT);
                MemorySegment length = arena.allocateFrom(JAVA_INT, 4);
                if (PosixSystem.callInt(SocketCalls.GETSOCKOPT, errno, fd, SocketCalls.SOL_SOCKET, SocketCalls.SO_ERROR,
                        error, length) < 0) {
                    throw new FdTable.FdError(errno[0]);
                }
                if (error.get(JAVA_INT, 0) != 0) {
                    throw new FdTable.FdError(error.get(JAVA_INT, 0));
                }
            }
        } finally {
            s.leave();
        }
    }

    /** A call that does not wait: its result, or its errno raised. */
    private static long once(Slot s, Attempt attempt) {
        return retry(null, s, 0, 0, 0, attempt);
    }

    private static long retry(ObjectSpace space, Slot s, int events, double timeout, Attempt attempt) {
        return retry(space, s, events, timeout, deadline(timeout), attempt);
    }

    /**
     * {@code sock_call}: repeats {@code attempt} while it reports EINTR, and while it reports EAGAIN
     * after waiting for {@code events} as the timeout says (raising BlockingIOError for 0,
     * TimeoutError past the deadline).
     */
    private static long retry(ObjectSpace space, Slot s, int events, double timeout, long deadline, Attempt attempt) {
        int fd = s.enter();
        try {
            int[] errno = {0};
            while (true) {
                long r = attempt.call(fd, errno);
                if (r >= 0) {
                    return r;
                }
                if (errno[0] == SocketCalls.EINTR) {
                    continue;
                }
                if (errno[0] != SocketCalls.EAGAIN || events == 0) {
                    throw new FdTable.FdError(errno[0]);
                }
                await(space, s, fd, events, timeout, deadline);
            }
        } finally {
            s.leave();
        }
    }

    private static long deadline(double timeout) {
        return timeout > 0 ? System.nanoTime() + (long) (timeout * 1e9) : 0;
    }

    /** The milliseconds left before the deadline, rounded up (-1: no timeout); TimeoutError once past it. */
    private static int millisLeft(double timeout, long deadline) {
        if (timeout < 0) {
            return -1;
        }
        long left = deadline - System.nanoTime();
        if (timeout > 0 && left <= 0) {
            throw new TimedOut();
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, (left + 999_999) / 1_000_000));
    }

    /**
     * Waits without the GIL until the socket is ready for {@code events} or closed by another
     * thread (EBADF then); BlockingIOError for a timeout of 0, TimeoutError past the deadline.
     */
    private static void await(ObjectSpace space, Slot s, int fd, int events, double timeout, long deadline) {
        if (timeout == 0) {
            throw new FdTable.FdError(SocketCalls.EAGAIN);
        }
        int waker = s.waker();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment set = arena.allocate(2L * POLLFD);
            set.set(JAVA_INT, 0, fd);
            set.set(JAVA_SHORT, 4, (short) events);
            set.set(JAVA_INT, POLLFD, waker);
            set.set(JAVA_SHORT, POLLFD + 4, (short) SocketCalls.POLLIN);
            int r = waitInterrupted(space, timeout, deadline, ms -> {
                int[] errno = {0};
                int got = PosixSystem.callInt(SocketCalls.POLL, errno, set, 2L, ms);
                return got < 0 ? -errno[0] : got;
            });
            if (s.isClosed()) {
                throw new FdTable.FdError(EBADF);
            }
            if (r == 0) {
                throw new TimedOut();
            }
        }
    }

    /** One wait of the kernel's with a timeout in milliseconds: the count ready, or minus the errno. */
    private interface Wait {
        int call(int millis);
    }

    /**
     * Runs {@code wait} without the GIL, again with the time left after EINTR (PEP 475): the count
     * ready, 0 when the timeout passed.
     */
    private static int waitInterrupted(ObjectSpace space, double timeout, long deadline, Wait wait) {
        var ts = (ThreadState) space.tstate;
        while (true) {
            int ms;
            try {
                ms = millisLeft(timeout, deadline);
            } catch (TimedOut e) {
                ms = 0;
            }
            int finalMs = ms;
            int r;
            ts.releaseGil();
            try {
                r = wait.call(finalMs);
            } finally {
                ts.acquireGil();
            }
            if (r >= 0) {
                return r;
            }
            if (-r != SocketCalls.EINTR) {
                throw new FdTable.FdError(-r);
            }
        }
    }

    /**
     * select(2) on the kernel's descriptors behind {@code lists} (read, write, exceptional): each
     * list of the ready ones in the order asked, repeated as asked.
     */
    private static int[][] select(ObjectSpace space, FdTable fds, int[][] lists, double timeout) {
        int[][] kernel = new int[3][];
        boolean fileReady = false;
        int top = -1;
        for (int[] list : lists) {
            for (int fd : list) {
                if (fd >= FD_SETSIZE) {
                    throw new PyException("ValueError", "filedescriptor out of range in select()");
                }
            }
        }
        for (int g = 0; g < 3; g++) {
            kernel[g] = new int[lists[g].length];
            for (int i = 0; i < lists[g].length; i++) {
                int k = fds.kernelFd(lists[g][i]);
                if (k >= FD_SETSIZE) {
                    // the JVM's own descriptors pushed the kernel's number past what select(2) takes
                    throw new PyException("ValueError", "filedescriptor out of range in select()");
                }
                kernel[g][i] = k;
                fileReady |= k < 0 && g < 2;
                top = Math.max(top, k);
            }
        }
        int nfds = top + 1;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment sets = arena.allocate(3L * FD_SET_BYTES);
            MemorySegment tv = arena.allocate(16);
            double wait = fileReady ? 0 : timeout;
            long deadline = deadline(wait);
            waitInterrupted(space, wait, deadline, ms -> {
                sets.fill((byte) 0);
                for (int g = 0; g < 3; g++) {
                    for (int k : kernel[g]) {
                        if (k >= 0) {
                            long at = (long) g * FD_SET_BYTES + k / 8;
                            sets.set(JAVA_BYTE, at, (byte) (sets.get(JAVA_BYTE, at) | 1 << (k % 8)));
                        }
                    }
                }
                MemorySegment time = MemorySegment.NULL;
                if (wait >= 0) {
                    long left = wait == 0 ? 0 : Math.max(0, deadline - System.nanoTime());
                    tv.set(JAVA_LONG, 0, left / 1_000_000_000L);
                    tv.set(JAVA_LONG, 8, (left % 1_000_000_000L + 999) / 1000);
                    time = tv;
                }
                int[] errno = {0};
                int r = PosixSystem.callInt(SocketCalls.SELECT, errno, nfds, sets, sets.asSlice(FD_SET_BYTES),
                        sets.asSlice(2L * FD_SET_BYTES), time);
                return r < 0 ? -errno[0] : r;
            });
            int[][] ready = new int[3][];
            for (int g = 0; g < 3; g++) {
                int[] out = new int[lists[g].length];
                int count = 0;
                for (int i = 0; i < lists[g].length; i++) {
                    int k = kernel[g][i];
                    boolean set = k < 0 ? g < 2
                            : (sets.get(JAVA_BYTE, (long) g * FD_SET_BYTES + k / 8) & 1 << (k % 8)) != 0;
                    if (set) {
                        out[count++] = lists[g][i];
                    }
                }
                ready[g] = java.util.Arrays.copyOf(out, count);
            }
            return ready;
        }
    }

    /**
     * poll(2): for each descriptor {@code fds[i]} asked for {@code events[i]}, the events the kernel
     * reports; POLLNVAL for one that is not open, a file's always-ready events for one the JVM holds.
     */
    private static int[] poll(ObjectSpace space, FdTable table, int[] fds, int[] events, double timeout) {
        int[] revents = new int[fds.length];
        boolean anyReady = false;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment set = arena.allocate(Math.max(1, (long) POLLFD * fds.length));
            for (int i = 0; i < fds.length; i++) {
                int k;
                try {
                    k = table.kernelFd(fds[i]);
                } catch (FdTable.FdError e) {
                    k = -1;
                    revents[i] = SocketCalls.POLLNVAL;
                }
                if (k < 0 && revents[i] == 0) {
                    revents[i] = events[i] & FILE_READY;
                }
                anyReady |= revents[i] != 0;
                set.set(JAVA_INT, (long) i * POLLFD, k);
                set.set(JAVA_SHORT, (long) i * POLLFD + 4, k < 0 ? 0 : (short) events[i]);
            }
            double wait = anyReady ? 0 : timeout;
            waitInterrupted(space, wait, deadline(wait), ms -> {
                int[] errno = {0};
                int r = PosixSystem.callInt(SocketCalls.POLL, errno, set, (long) fds.length, ms);
                return r < 0 ? -errno[0] : r;
            });
            for (int i = 0; i < fds.length; i++) {
                if (set.get(JAVA_INT, (long) i * POLLFD) >= 0) {
                    revents[i] = Short.toUnsignedInt(set.get(JAVA_SHORT, (long) i * POLLFD + 6));
                }
            }
        }
        return revents;
    }

    /** A {@code struct sockaddr} and its length. */
    private record Addr(MemorySegment at, int length) {
    }

    /** The C address for the Python side's: a path (str or bytes) for AF_UNIX, else {@code (ip bytes, port, scope)}. */
    private static Addr sockaddr(ObjectSpace space, Arena arena, int family, long o) {
        MemorySegment sa = arena.allocate(SOCKADDR_ROOM);
        sa.set(JAVA_SHORT, 0, (short) family);
        if (family == AF_UNIX) {
            byte[] path = space.strType.check(o) ? space.strType.value(o).getBytes(StandardCharsets.UTF_8)
                    : space.bytesType.value(o);
            if (path.length > SUN_PATH) {
                throw new PyException("OSError", "AF_UNIX path too long");
            }
            MemorySegment.copy(path, 0, sa, JAVA_BYTE, 2, path.length);
            return new Addr(sa, 2 + path.length);
        }
        byte[] ip = space.bytesType.value(space.tupleType.item(o, 0));
        int port = cInt(space, space.tupleType.item(o, 1));
        int scope = cInt(space, space.tupleType.item(o, 2));
        sa.set(NET_SHORT, 2, (short) port);
        if (family == AF_INET6) {
            MemorySegment.copy(ip, 0, sa, JAVA_BYTE, 8, ip.length);
            sa.set(JAVA_INT, 24, scope);
            return new Addr(sa, 28);
        }
        MemorySegment.copy(ip, 0, sa, JAVA_BYTE, 4, ip.length);
        return new Addr(sa, 16);
    }

    /**
     * {@code makesockaddr}: None for no address, a path for AF_UNIX (str; bytes for an abstract
     * name; '' for an unnamed socket), else {@code (ip bytes, port, scope)}.
     */
    private static long address(ObjectSpace space, MemorySegment sa, int length) {
        if (length < 2) {
            return space.newNone();
        }
        int family = sa.get(JAVA_SHORT, 0);
        switch (family) {
            case AF_UNIX -> {
                int size = Math.min(length - 2, SUN_PATH);
                if (size > 0 && sa.get(JAVA_BYTE, 2) == 0) {
                    return space.bytesType.of(sa.asSlice(2, size).toArray(JAVA_BYTE));
                }
                int end = 0;
                while (end < size && sa.get(JAVA_BYTE, 2 + end) != 0) {
                    end++;
                }
                return space.strType.runtime(new String(sa.asSlice(2, end).toArray(JAVA_BYTE), StandardCharsets.UTF_8));
            }
            case AF_INET, AF_INET6 -> {
                boolean v6 = family == AF_INET6;
                long ip = space.bytesType.of(sa.asSlice(v6 ? 8 : 4, v6 ? 16 : 4).toArray(JAVA_BYTE));
                long port = space.newInt(Short.toUnsignedInt(sa.get(NET_SHORT, 2)));
                long scope = space.newInt(v6 ? Integer.toUnsignedLong(sa.get(JAVA_INT, 24)) : 0);
                return space.tupleType.createStealing(ip, port, scope);
            }
            default -> {
                return space.newNone();
            }
        }
    }

    /** getsockname(2) or getpeername(2), made into the Python side's address. */
    private static long name(ObjectSpace space, Slot s, java.lang.invoke.MethodHandle call) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment sa = arena.allocate(SOCKADDR_ROOM);
            MemorySegment length = arena.allocateFrom(JAVA_INT, SOCKADDR_ROOM);
            once(s, (fd, errno) -> PosixSystem.callInt(call, errno, fd, sa, length));
            return address(space, sa, length.get(JAVA_INT, 0));
        }
    }

    private static int cInt(ObjectSpace space, long o) {
        return (int) space.intType.longValue(o);
    }

    private static int[] ints(ObjectSpace space, long list) {
        int count = (int) space.listType.size(list);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = cInt(space, space.listType.item(list, i));
        }
        return out;
    }

    private static long intList(ObjectSpace space, int[] values) {
        long[] items = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = space.newInt(values[i]);
        }
        return stealList(space, items);
    }

    private static long stealList(ObjectSpace space, long[] items) {
        long l = space.listType.create(items);
        for (long x : items) {
            space.decref(x);
        }
        return l;
    }

    /** The socket behind descriptor {@code fd}; EBADF when it is closed or not a socket (ENOTSOCK's place). */
    /**
     * {@code recv} (the bytes) and {@code recvfrom} (the bytes and the sender's address): one
     * {@code recvfrom(2)}, given no address buffer for {@code recv}, as recv(2) is defined.
     */
    private static long receive(ObjectSpace space, FdTable fds, String name, long a, long n, long kw, boolean withAddress) {
        CallArgs c = new CallArgs(space, name, a, n, kw).exactly(4);
        Slot s = slot(space, fds, c.get(0));
        int size = cInt(space, c.get(1));
        double timeout = space.floatType.value(c.get(2));
        int flags = cInt(space, c.get(3));
        return run(space, () -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buf = arena.allocate(Math.max(1, size));
                MemorySegment from = withAddress ? arena.allocate(SOCKADDR_ROOM) : MemorySegment.NULL;
                MemorySegment length = withAddress ? arena.allocate(JAVA_INT) : MemorySegment.NULL;
                long got = retry(space, s, SocketCalls.POLLIN, timeout, (fd, errno) -> {
                    if (withAddress) {
                        length.set(JAVA_INT, 0, SOCKADDR_ROOM);
                    }
                    return PosixSystem.callLong(SocketCalls.RECVFROM, errno, fd, buf, (long) size, flags, from, length);
                });
                long data = space.bytesType.of(buf.asSlice(0, got).toArray(JAVA_BYTE));
                return withAddress ? space.tupleType.createStealing(data, address(space, from, length.get(JAVA_INT, 0))) : data;
            }
        });
    }

    private static Slot slot(ObjectSpace space, FdTable fds, long fd) {
        int number = cInt(space, fd);
        Channel c;
        try {
            c = fds.channel(number);
        } catch (FdTable.FdError e) {
            throw PosixModule.osError(space, EBADF, (String) null);
        }
        if (!(c instanceof Slot s) || s.isClosed()) {
            throw PosixModule.osError(space, c instanceof Slot ? EBADF : ENOTSOCK, (String) null);
        }
        return s;
    }

    /** Runs a socket step, turning its errno into CPython's exception. */
    private static <T> T run(ObjectSpace space, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (TimedOut e) {
            throw new PyException("TimeoutError", "timed out");
        } catch (FdTable.FdError e) {
            throw PosixModule.osError(space, e.errno, (String) null);
        }
    }
}
