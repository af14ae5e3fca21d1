package dev.pyheap.interpreter.builtins;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The C library's socket, pipe and readiness calls that {@code Modules/socketmodule.c} and
 * {@code Modules/selectmodule.c} make: {@code socket}, {@code socketpair}, {@code bind},
 * {@code listen}, {@code accept4}, {@code connect}, {@code send}/{@code sendto},
 * {@code recv}/{@code recvfrom}, {@code getsockname}/{@code getpeername}, {@code shutdown},
 * {@code setsockopt}/{@code getsockopt}, {@code poll}, {@code select}, the {@code epoll_*} family,
 * {@code eventfd}, {@code pipe2}, {@code read}, {@code write}, {@code fcntl} and {@code close}, each
 * bound once through {@code java.lang.foreign} with errno captured with the call
 * ({@link PosixSystem#call}); null where native code may not be called, and a call then raises
 * {@code OSError: [Errno 38] Function not implemented}.
 */
final class SocketCalls {
    private SocketCalls() {
    }

    static final int EINTR = 4, EAGAIN = 11, EINPROGRESS = 115;
    static final int SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000, MSG_NOSIGNAL = 0x4000;
    static final int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLNVAL = 32, POLLRDNORM = 64, POLLWRNORM = 256;
    static final int F_GETFL = 3, F_SETFL = 4, O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000;
    static final int SOL_SOCKET = 1, SO_ERROR = 4;

    static final MethodHandle SOCKET = find("socket", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    static final MethodHandle SOCKETPAIR = find("socketpair",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    static final MethodHandle BIND = find("bind", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    static final MethodHandle LISTEN = find("listen", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    static final MethodHandle ACCEPT4 = find("accept4",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    static final MethodHandle CONNECT = find("connect", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    static final MethodHandle SEND = find("send", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    static final MethodHandle SENDTO = find("sendto",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    static final MethodHandle RECVFROM = find("recvfrom",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS));
    static final MethodHandle GETSOCKNAME = find("getsockname", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    static final MethodHandle GETPEERNAME = find("getpeername", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    static final MethodHandle SHUTDOWN = find("shutdown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    static final MethodHandle SETSOCKOPT = find("setsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    static final MethodHandle GETSOCKOPT = find("getsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    static final MethodHandle POLL = find("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    static final MethodHandle SELECT = find("select",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    static final MethodHandle EPOLL_CREATE1 = find("epoll_create1", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    static final MethodHandle EPOLL_CTL = find("epoll_ctl",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    static final MethodHandle EPOLL_WAIT = find("epoll_wait",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    static final MethodHandle EVENTFD = find("eventfd", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    static final MethodHandle PIPE2 = find("pipe2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    static final MethodHandle READ = find("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    static final MethodHandle WRITE = find("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    static final MethodHandle CLOSE = find("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    /** {@code fcntl(fd, cmd, int)}: variadic after the command, as its C declaration says. */
    static final MethodHandle FCNTL = PosixSystem.Native.lookup("fcntl",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
            Linker.Option.captureCallState("errno"), Linker.Option.firstVariadicArg(2));

    private static MethodHandle find(String name, FunctionDescriptor d) {
        return PosixSystem.Native.find(name, d);
    }

    /** Whether the calls are bound (native access granted). */
    static boolean available() {
        return CLOSE != null;
    }

    /** {@code fcntl(fd, F_SETFL)} with O_NONBLOCK set or cleared; the errno, 0 when done. */
    static int setNonBlocking(int fd, boolean on) {
        int[] errno = {0};
        int flags = PosixSystem.callInt(FCNTL, errno, fd, F_GETFL, 0);
        if (flags < 0) {
            return errno[0];
        }
        int wanted = on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK;
        if (wanted != flags && PosixSystem.callInt(FCNTL, errno, fd, F_SETFL, wanted) < 0) {
            return errno[0];
        }
        return 0;
    }

    /** {@code close(fd)}, its errno ignored: the descriptor is gone either way on Linux. */
    static void close(int fd) {
        PosixSystem.callInt(CLOSE, new int[1], fd);
    }

    /** {@code read(fd, buf, len)}: the count, or minus the errno. */
    static long read(int fd, MemorySegment buf, long len) {
        int[] errno = {0};
        long n = PosixSystem.callLong(READ, errno, fd, buf, len);
        return n < 0 ? -errno[0] : n;
    }

    /** {@code write(fd, buf, len)}: the count, or minus the errno. */
    static long write(int fd, MemorySegment buf, long len) {
        int[] errno = {0};
        long n = PosixSystem.callLong(WRITE, errno, fd, buf, len);
        return n < 0 ? -errno[0] : n;
    }
}
