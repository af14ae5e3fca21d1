package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.state.ThreadState;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _socket}: the engine under the {@code socket} and {@code select} modules
 * (Modules/socketmodule.c, Modules/selectmodule.c), over java.nio's channels. The Python module
 * {@code socket} holds the socket objects, their timeouts, address parsing and name lookup; this
 * class holds the channels and does the system calls' work.
 *
 * <p>A socket is a {@link Slot} registered in the interpreter's descriptor table ({@link FdTable}),
 * so its {@code fileno()} is the lowest free descriptor, as the kernel would give it, and
 * {@code os.close} closes it. Java splits what POSIX keeps in one socket: a TCP socket is a
 * {@link ServerSocketChannel} once bound (Java's bind also listens, which a bound socket that is
 * never connected cannot tell apart) and becomes a {@link SocketChannel} when it connects (after a
 * bind, the client channel is bound to the same address). A UDP socket is a {@link DatagramChannel}
 * from the start.
 *
 * <p>Every channel is non-blocking. A call that would wait (the socket has a timeout, or none: the
 * timeout argument is then negative) waits on the slot's own {@link Selector} for the operation,
 * without the GIL (Py_BEGIN_ALLOW_THREADS), up to the timeout, as CPython's {@code sock_call}
 * polls; a timeout of 0 raises {@code BlockingIOError} at once. Java's exceptions become
 * {@code OSError}s with Linux's errno and message, which OSError's constructor turns into the
 * subclass ({@code ConnectionRefusedError}, ...). Addresses cross as {@code (ip bytes, port,
 * scope id)} tuples or, for AF_UNIX, str paths.
 */
final class SocketModule {
    private SocketModule() {
    }

    static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    static final int SOCK_STREAM = 1, SOCK_DGRAM = 2;
    static final int SOL_SOCKET = 1, SO_REUSEADDR = 2, SO_TYPE = 3, SO_ERROR = 4, SO_BROADCAST = 6,
            SO_SNDBUF = 7, SO_RCVBUF = 8, SO_KEEPALIVE = 9, SO_REUSEPORT = 15;
    static final int IPPROTO_TCP = 6, TCP_NODELAY = 1;

    static final int EBADF = 9, EAGAIN = 11, EINVAL = 22, EPIPE = 32, EADDRINUSE = 98, EADDRNOTAVAIL = 99,
            ENETUNREACH = 101, ECONNRESET = 104, EISCONN = 106, ENOTCONN = 107, ECONNREFUSED = 111,
            EINPROGRESS = 115, ENOENT = 2, EACCES = 13, EHOSTUNREACH = 113, ECONNABORTED = 103, ETIMEDOUT = 110;

    /** Linux's strerror texts for the errnos a socket call reports; Java's messages are these texts. */
    private static final Map<Integer, String> MESSAGES = Map.ofEntries(
            Map.entry(ENOENT, "No such file or directory"), Map.entry(EBADF, "Bad file descriptor"),
            Map.entry(EAGAIN, "Resource temporarily unavailable"), Map.entry(EACCES, "Permission denied"),
            Map.entry(EINVAL, "Invalid argument"), Map.entry(EPIPE, "Broken pipe"),
            Map.entry(EADDRINUSE, "Address already in use"), Map.entry(EADDRNOTAVAIL, "Cannot assign requested address"),
            Map.entry(ENETUNREACH, "Network is unreachable"), Map.entry(ECONNABORTED, "Software caused connection abort"),
            Map.entry(ECONNRESET, "Connection reset by peer"), Map.entry(EISCONN, "Transport endpoint is already connected"),
            Map.entry(ENOTCONN, "Transport endpoint is not connected"), Map.entry(ETIMEDOUT, "Connection timed out"),
            Map.entry(ECONNREFUSED, "Connection refused"), Map.entry(EHOSTUNREACH, "No route to host"),
            Map.entry(EINPROGRESS, "Operation now in progress"), Map.entry(89, "Destination address required"),
            Map.entry(95, "Operation not supported"), Map.entry(92, "Protocol not available"));

    /** One socket: its kind, the channel it is now, and the options to give the channels it becomes. */
    private static final class Slot implements Channel {
        final int family, type;
        NetworkChannel channel;
        /** The slot's wait selector, made at the first wait. */
        Selector waiter;
        /** A connect under way on a non-blocking socket. */
        boolean connecting;
        boolean closed, outputShut;
        /** From socketpair: its addresses are unnamed. */
        boolean unnamed;
        final Map<Integer, Object> options = new HashMap<>();

        Slot(int family, int type) {
            this.family = family;
            this.type = type;
        }

        ProtocolFamily protocol() {
            return switch (family) {
                case AF_INET -> StandardProtocolFamily.INET;
                case AF_INET6 -> StandardProtocolFamily.INET6;
                default -> StandardProtocolFamily.UNIX;
            };
        }

        @Override
        public boolean isOpen() {
            return !closed;
        }

        @Override
        public synchronized void close() throws IOException {
            closed = true;
            if (waiter != null) {
                waiter.wakeup();
                waiter.close();
            }
            if (channel != null) {
                channel.close();
            }
        }

        /** Installs {@code c} (non-blocking, with the options set so far) as the socket's channel. */
        void adopt(NetworkChannel c) throws IOException {
            ((SelectableChannel) c).configureBlocking(false);
            for (var e : options.entrySet()) {
                apply(c, e.getKey(), e.getValue());
            }
            channel = c;
        }
    }

    /** The java.nio option for a (level, name) pair this module knows, else null. */
    @SuppressWarnings("unchecked")
    private static SocketOption<Object> option(int key) {
        SocketOption<?> o = switch (key) {
            case SOL_SOCKET << 16 | SO_REUSEADDR -> StandardSocketOptions.SO_REUSEADDR;
            case SOL_SOCKET << 16 | SO_REUSEPORT -> StandardSocketOptions.SO_REUSEPORT;
            case SOL_SOCKET << 16 | SO_KEEPALIVE -> StandardSocketOptions.SO_KEEPALIVE;
            case SOL_SOCKET << 16 | SO_BROADCAST -> StandardSocketOptions.SO_BROADCAST;
            case SOL_SOCKET << 16 | SO_SNDBUF -> StandardSocketOptions.SO_SNDBUF;
            case SOL_SOCKET << 16 | SO_RCVBUF -> StandardSocketOptions.SO_RCVBUF;
            case IPPROTO_TCP << 16 | TCP_NODELAY -> StandardSocketOptions.TCP_NODELAY;
            default -> null;
        };
        return (SocketOption<Object>) o;
    }

    private static void apply(NetworkChannel c, int key, Object value) throws IOException {
        SocketOption<Object> o = option(key);
        if (o != null && c.supportedOptions().contains(o)) {
            c.setOption(o, value);
        }
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        FdTable fds = table.fds();
        Map<Integer, Slot> slots = new HashMap<>();
        SysModule.function(space, module, dict, "open", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "open", a, n, kw).exactly(2);
            int family = (int) space.intType.longValue(c.get(0));
            int type = (int) space.intType.longValue(c.get(1));
            Slot s = new Slot(family, type);
            if (type == SOCK_DGRAM) {
                if (family == AF_UNIX) {
                    throw osError(space, EINVAL);
                }
                run(space, () -> {
                    s.adopt(DatagramChannel.open(s.protocol()));
                    return null;
                });
            }
            int fd = fds.add(s);
            slots.put(fd, s);
            return space.newInt(fd);
        });
        SysModule.function(space, module, dict, "pair", (self, a, n, kw) -> {
            new CallArgs(space, "pair", a, n, kw).exactly(0);
            Slot[] two = run(space, SocketModule::pair);
            int fa = fds.add(two[0]);
            slots.put(fa, two[0]);
            int fb = fds.add(two[1]);
            slots.put(fb, two[1]);
            long x = space.newInt(fa), y = space.newInt(fb);
            long t = space.tupleType.create(x, y);
            space.decref(x);
            space.decref(y);
            return t;
        });
        SysModule.function(space, module, dict, "close", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "close", a, n, kw).exactly(1);
            int fd = (int) space.intType.longValue(c.get(0));
            Slot s = slots.remove(fd);
            if (s != null && !s.closed) {
                run(space, () -> {
                    fds.close(fd);
                    return null;
                });
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "bind", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "bind", a, n, kw).exactly(2);
            Slot s = slot(space, slots, c.get(0));
            SocketAddress at = address(space, s, c.get(1));
            run(space, () -> {
                if (s.channel != null && s.channel.getLocalAddress() != null) {
                    throw new FixedErrno(EINVAL);
                }
                if (s.type == SOCK_DGRAM) {
                    s.channel.bind(at);
                } else {
                    ServerSocketChannel server = ServerSocketChannel.open(s.protocol());
                    try {
                        s.adopt(server);
                        server.bind(at, 128);
                    } catch (IOException e) {
                        server.close();
                        s.channel = null;
                        throw e;
                    }
                }
                return null;
            });
            return space.newNone();
        });
        SysModule.function(space, module, dict, "listen", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "listen", a, n, kw).exactly(2);
            Slot s = slot(space, slots, c.get(0));
            run(space, () -> {
                if (s.type != SOCK_STREAM) {
                    throw new FixedErrno(95);
                }
                if (s.channel == null) {
                    ServerSocketChannel server = ServerSocketChannel.open(s.protocol());
                    s.adopt(server);
                    server.bind(null, 128);
                } else if (!(s.channel instanceof ServerSocketChannel)) {
                    throw new FixedErrno(EINVAL);
                }
                return null;
            });
            return space.newNone();
        });
        SysModule.function(space, module, dict, "accept", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "accept", a, n, kw).exactly(2);
            Slot s = slot(space, slots, c.get(0));
            double timeout = space.floatType.value(c.get(1));
            Slot accepted = run(space, () -> {
                if (!(s.channel instanceof ServerSocketChannel server)) {
                    throw new FixedErrno(EINVAL);
                }
                long deadline = deadline(timeout);
                while (true) {
                    SocketChannel got = server.accept();
                    if (got != null) {
                        Slot t = new Slot(s.family, SOCK_STREAM);
                        t.adopt(got);
                        return t;
                    }
                    await(space, s, SelectionKey.OP_ACCEPT, timeout, deadline);
                }
            });
            int fd = fds.add(accepted);
            slots.put(fd, accepted);
            long f = space.newInt(fd);
            long peer = run(space, () -> sockAddr(space, accepted, accepted.channel instanceof SocketChannel sc
                    ? sc.getRemoteAddress() : null));
            long t = space.tupleType.create(f, peer);
            space.decref(f);
            space.decref(peer);
            return t;
        });
        SysModule.function(space, module, dict, "connect", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "connect", a, n, kw).exactly(3);
            Slot s = slot(space, slots, c.get(0));
            SocketAddress to = address(space, s, c.get(1));
            double timeout = space.floatType.value(c.get(2));
            run(space, () -> {
                connect(space, s, to, timeout);
                return null;
            });
            return space.newNone();
        });
        SysModule.function(space, module, dict, "send", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "send", a, n, kw).exactly(4);
            Slot s = slot(space, slots, c.get(0));
            ByteBuffer data = ByteBuffer.wrap(space.bytesType.value(c.get(1)));
            double timeout = space.floatType.value(c.get(2));
            boolean all = dev.pyheap.runtime.objects.Abstract.isTrue(space, c.get(3));
            int sent = run(space, () -> {
                if (s.outputShut) {
                    throw new FixedErrno(EPIPE);
                }
                if (!(s.channel instanceof java.nio.channels.WritableByteChannel w)
                        || s.channel instanceof DatagramChannel dc && !dc.isConnected()) {
                    throw new FixedErrno(s.type == SOCK_DGRAM ? 89 : EPIPE);
                }
                long deadline = deadline(timeout);
                int total = 0;
                while (true) {
                    total += w.write(data);
                    if (!data.hasRemaining() || total > 0 && !all) {
                        return total;
                    }
                    await(space, s, SelectionKey.OP_WRITE, timeout, deadline);
                }
            });
            return space.newInt(sent);
        });
        SysModule.function(space, module, dict, "recv", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "recv", a, n, kw).exactly(3);
            Slot s = slot(space, slots, c.get(0));
            int size = (int) space.intType.longValue(c.get(1));
            double timeout = space.floatType.value(c.get(2));
            byte[] got = run(space, () -> receive(space, s, size, timeout)).data();
            return space.bytesType.of(got);
        });
        SysModule.function(space, module, dict, "sendto", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "sendto", a, n, kw).exactly(4);
            Slot s = slot(space, slots, c.get(0));
            ByteBuffer data = ByteBuffer.wrap(space.bytesType.value(c.get(1)));
            SocketAddress to = address(space, s, c.get(2));
            double timeout = space.floatType.value(c.get(3));
            int sent = run(space, () -> {
                if (!(s.channel instanceof DatagramChannel dc)) {
                    throw new FixedErrno(s.channel == null ? EPIPE : EISCONN);
                }
                long deadline = deadline(timeout);
                while (true) {
                    int k = dc.send(data, to);
                    if (k > 0 || data.capacity() == 0) {
                        return k;
                    }
                    await(space, s, SelectionKey.OP_WRITE, timeout, deadline);
                }
            });
            return space.newInt(sent);
        });
        SysModule.function(space, module, dict, "recvfrom", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "recvfrom", a, n, kw).exactly(3);
            Slot s = slot(space, slots, c.get(0));
            int size = (int) space.intType.longValue(c.get(1));
            double timeout = space.floatType.value(c.get(2));
            Received got = run(space, () -> receive(space, s, size, timeout));
            long data = space.bytesType.of(got.data());
            long from = got.from() == null ? space.newNone() : sockAddr(space, s, got.from());
            long t = space.tupleType.create(data, from);
            space.decref(data);
            space.decref(from);
            return t;
        });
        SysModule.function(space, module, dict, "sockname", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "sockname", a, n, kw).exactly(1);
            Slot s = slot(space, slots, c.get(0));
            return run(space, () -> s.channel == null || s.unnamed ? space.newNone()
                    : sockAddr(space, s, s.channel.getLocalAddress()));
        });
        SysModule.function(space, module, dict, "peername", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "peername", a, n, kw).exactly(1);
            Slot s = slot(space, slots, c.get(0));
            return run(space, () -> {
                SocketAddress peer = switch (s.channel) {
                    case SocketChannel sc when sc.isConnected() -> sc.getRemoteAddress();
                    case DatagramChannel dc when dc.isConnected() -> dc.getRemoteAddress();
                    case null, default -> throw new FixedErrno(ENOTCONN);
                };
                return s.unnamed ? space.newNone() : sockAddr(space, s, peer);
            });
        });
        SysModule.function(space, module, dict, "shutdown", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "shutdown", a, n, kw).exactly(2);
            Slot s = slot(space, slots, c.get(0));
            int how = (int) space.intType.longValue(c.get(1));
            run(space, () -> {
                if (how < 0 || how > 2) {
                    throw new FixedErrno(EINVAL);
                }
                if (!(s.channel instanceof SocketChannel sc) || !sc.isConnected()) {
                    throw new FixedErrno(ENOTCONN);
                }
                if (how != 1) {
                    sc.shutdownInput();
                }
                if (how != 0) {
                    sc.shutdownOutput();
                    s.outputShut = true;
                }
                return null;
            });
            return space.newNone();
        });
        SysModule.function(space, module, dict, "setopt", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "setopt", a, n, kw).exactly(4);
            Slot s = slot(space, slots, c.get(0));
            int key = (int) space.intType.longValue(c.get(1)) << 16 | (int) space.intType.longValue(c.get(2));
            long v = space.intType.longValue(c.get(3));
            SocketOption<Object> o = option(key);
            if (o != null) {
                Object value = (Class<?>) o.type() == Boolean.class ? (Object) (v != 0) : (Object) (int) v;
                s.options.put(key, value);
                if (s.channel != null) {
                    run(space, () -> {
                        apply(s.channel, key, value);
                        return null;
                    });
                }
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "getopt", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "getopt", a, n, kw).exactly(3);
            Slot s = slot(space, slots, c.get(0));
            int key = (int) space.intType.longValue(c.get(1)) << 16 | (int) space.intType.longValue(c.get(2));
            if (key == (SOL_SOCKET << 16 | SO_TYPE)) {
                return space.newInt(s.type);
            }
            if (key == (SOL_SOCKET << 16 | SO_ERROR)) {
                return space.newInt(0);
            }
            SocketOption<Object> o = option(key);
            if (o == null) {
                throw osError(space, 92);
            }
            Object value = s.options.get(key);
            if (value == null && s.channel != null && s.channel.supportedOptions().contains(o)) {
                value = run(space, () -> s.channel.getOption(o));
            }
            return space.newInt(switch (value) {
                case Boolean b -> b ? 1 : 0;
                case Integer i -> i;
                case null, default -> 0;
            });
        });
        SysModule.function(space, module, dict, "select", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "select", a, n, kw).exactly(3);
            int[] reads = ints(space, c.get(0)), writes = ints(space, c.get(1));
            double timeout = space.floatType.value(c.get(2));
            int[][] ready = run(space, () -> select(space, slots, fds, reads, writes, timeout));
            long r = intList(space, ready[0]), w = intList(space, ready[1]);
            long t = space.tupleType.create(r, w);
            space.decref(r);
            space.decref(w);
            return t;
        });
        SysModule.function(space, module, dict, "poll", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "poll", a, n, kw).exactly(3);
            int[] watched = ints(space, c.get(0)), events = ints(space, c.get(1));
            double timeout = space.floatType.value(c.get(2));
            int[] revents = run(space, () -> poll(space, slots, fds, watched, events, timeout));
            return intList(space, revents);
        });
        SysModule.function(space, module, dict, "regular", (self, a, n, kw) -> {
            int fd = (int) space.intType.longValue(new CallArgs(space, "regular", a, n, kw).exactly(1).get(0));
            return run(space, () -> space.newBool(fds.isRegularFile(fd)));
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
                name = run(space, () -> InetAddress.getLocalHost().getHostName());
            }
            return space.strType.runtime(name);
        });
    }

    /** A connected pair of AF_UNIX stream sockets, made through a listening socket in a private folder. */
    private static Slot[] pair() throws IOException {
        Path dir = Files.createTempDirectory("pyheap-pair");
        Path at = dir.resolve("s");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(at));
            SocketChannel left = SocketChannel.open(UnixDomainSocketAddress.of(at));
            SocketChannel right = server.accept();
            Slot a = new Slot(AF_UNIX, SOCK_STREAM), b = new Slot(AF_UNIX, SOCK_STREAM);
            a.adopt(left);
            b.adopt(right);
            a.unnamed = b.unnamed = true;
            return new Slot[] {a, b};
        } finally {
            Files.deleteIfExists(at);
            Files.deleteIfExists(dir);
        }
    }

    private static void connect(ObjectSpace space, Slot s, SocketAddress to, double timeout) throws IOException {
        if (s.type == SOCK_DGRAM) {
            ((DatagramChannel) s.channel).connect(to);
            return;
        }
        SocketChannel sc;
        if (s.channel instanceof SocketChannel existing) {
            sc = existing;
            if (sc.isConnected()) {
                throw new FixedErrno(EISCONN);
            }
            if (!s.connecting) {
                throw new FixedErrno(EINVAL);
            }
        } else {
            SocketAddress local = null;
            if (s.channel instanceof ServerSocketChannel bound) {
                local = bound.getLocalAddress();
                bound.close();
                s.channel = null;
            }
            sc = SocketChannel.open(s.protocol());
            s.adopt(sc);
            if (local != null) {
                sc.bind(local);
            }
            s.connecting = true;
            if (sc.connect(to)) {
                s.connecting = false;
                return;
            }
        }
        long deadline = deadline(timeout);
        while (true) {
            try {
                if (sc.finishConnect()) {
                    s.connecting = false;
                    return;
                }
            } catch (IOException e) {
                // a refused connect leaves the socket unusable, as after connect(2) fails
                s.connecting = false;
                sc.close();
                s.channel = null;
                throw e;
            }
            if (timeout == 0) {
                throw new FixedErrno(EINPROGRESS);
            }
            await(space, s, SelectionKey.OP_CONNECT, timeout, deadline);
        }
    }

    /** What a receive gave: the bytes, and the sender (null for a stream socket). */
    private record Received(byte[] data, SocketAddress from) {
    }

    /**
     * recv/recvfrom: at most {@code size} bytes, waiting as the timeout says; a datagram socket
     * names its sender, a stream socket returns what it has (b'' at end of stream).
     */
    private static Received receive(ObjectSpace space, Slot s, int size, double timeout) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(size);
        long deadline = deadline(timeout);
        SocketAddress from;
        while (true) {
            if (s.channel instanceof DatagramChannel dc) {
                from = dc.receive(buf);
                if (from != null) {
                    break;
                }
            } else if (s.channel instanceof SocketChannel sc) {
                int r = size == 0 ? 0 : sc.read(buf);
                if (r != 0 || size == 0) {
                    from = null;
                    break;
                }
            } else {
                throw new FixedErrno(ENOTCONN);
            }
            await(space, s, SelectionKey.OP_READ, timeout, deadline);
        }
        byte[] out = new byte[buf.position()];
        buf.flip().get(out);
        return new Received(out, from);
    }

    private static long deadline(double timeout) {
        return timeout > 0 ? System.nanoTime() + (long) (timeout * 1e9) : 0;
    }

    /**
     * Waits without the GIL until the slot's channel is ready for {@code ops}: forever when the
     * timeout is negative, {@code BlockingIOError} when it is 0, {@code TimeoutError} past the deadline.
     */
    private static void await(ObjectSpace space, Slot s, int ops, double timeout, long deadline) throws IOException {
        if (timeout == 0) {
            throw new FixedErrno(EAGAIN);
        }
        long waitMillis = 0;
        if (timeout > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimedOut();
            }
            waitMillis = Math.max(1, left / 1_000_000);
        }
        Selector sel;
        synchronized (s) {
            if (s.closed) {
                throw new ClosedChannelException();
            }
            if (s.waiter == null) {
                s.waiter = Selector.open();
            }
            sel = s.waiter;
        }
        SelectionKey key = ((SelectableChannel) s.channel).register(sel, ops);
        var ts = (ThreadState) space.tstate;
        ts.releaseGil();
        try {
            sel.select(waitMillis);
            sel.selectedKeys().clear();
            if (key.isValid()) {
                key.interestOps(0);
            }
        } catch (java.nio.channels.ClosedSelectorException | java.nio.channels.CancelledKeyException e) {
            // another thread closed the socket while this one waited on it (a listener's accept at exit)
            throw new ClosedChannelException();
        } finally {
            ts.acquireGil();
        }
        if (s.closed) {
            throw new ClosedChannelException();
        }
    }

    /** {@code select(2)} over sockets: descriptors that are not sockets (files) are always ready. */
    static final int POLLIN = 1, POLLOUT = 4, POLLNVAL = 32;

    /**
     * select(2) over {@link #poll}: the readable and writable descriptors, each list in the order
     * asked; EBADF when one is not open.
     */
    private static int[][] select(ObjectSpace space, Map<Integer, Slot> slots, FdTable fds, int[] reads, int[] writes,
            double timeout) throws IOException {
        int[] all = new int[reads.length + writes.length];
        int[] events = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i < reads.length ? reads[i] : writes[i - reads.length];
            events[i] = i < reads.length ? POLLIN : POLLOUT;
        }
        int[] revents = poll(space, slots, fds, all, events, timeout);
        List<Integer> readyR = new ArrayList<>(), readyW = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            if ((revents[i] & POLLNVAL) != 0) {
                throw new FixedErrno(EBADF);
            }
            if (revents[i] != 0) {
                (i < reads.length ? readyR : readyW).add(all[i]);
            }
        }
        return new int[][] {order(readyR, reads), order(readyW, writes)};
    }

    /**
     * poll(2): for each descriptor {@code fds[i]} asked for {@code events[i]} (POLLIN, POLLOUT), the
     * events ready, POLLNVAL when it is not open. A socket or a pipe end is watched through a
     * {@link Selector}; a file or a standard stream is always ready, as poll(2) reports a regular
     * file. Waits (without the GIL) up to {@code timeout} seconds (negative: for ever) when none is
     * ready at once.
     */
    private static int[] poll(ObjectSpace space, Map<Integer, Slot> slots, FdTable table, int[] fds, int[] events,
            double timeout) throws IOException {
        int[] revents = new int[fds.length];
        boolean anyReady = false;
        try (Selector sel = Selector.open()) {
            Map<SelectableChannel, Integer> interest = new HashMap<>();
            Map<SelectableChannel, List<Integer>> askers = new HashMap<>();
            for (int i = 0; i < fds.length; i++) {
                int fd = fds[i];
                Slot s = slots.get(fd);
                SelectableChannel ch;
                int ops = 0;
                if (s != null) {
                    if (s.closed) {
                        revents[i] = POLLNVAL;
                        anyReady = true;
                        continue;
                    }
                    if (!(s.channel instanceof SelectableChannel c)) {
                        // an unconnected stream socket polls as hung up: readable and writable
                        revents[i] = events[i] & (POLLIN | POLLOUT);
                        anyReady |= revents[i] != 0;
                        continue;
                    }
                    ch = c;
                    if ((events[i] & POLLIN) != 0) {
                        ops |= ch instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
                    }
                    if ((events[i] & POLLOUT) != 0 && !(ch instanceof ServerSocketChannel)) {
                        ops |= s.connecting ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
                    }
                } else {
                    if (!table.isOpen(fd)) {
                        revents[i] = POLLNVAL;
                        anyReady = true;
                        continue;
                    }
                    ch = table.selectable(fd);
                    if (ch == null) {
                        revents[i] = events[i] & (POLLIN | POLLOUT);
                        anyReady |= revents[i] != 0;
                        continue;
                    }
                    // a pipe's read end is never writable nor its write end readable
                    ops = ch.validOps() & (((events[i] & POLLIN) != 0 ? SelectionKey.OP_READ : 0)
                            | ((events[i] & POLLOUT) != 0 ? SelectionKey.OP_WRITE : 0));
                }
                if (ops != 0) {
                    interest.merge(ch, ops, (x, y) -> x | y);
                    askers.computeIfAbsent(ch, k -> new ArrayList<>()).add(i);
                }
            }
            for (var e : interest.entrySet()) {
                e.getKey().register(sel, e.getValue(), askers.get(e.getKey()));
            }
            if (anyReady || timeout == 0) {
                sel.selectNow();
            } else {
                var ts = (ThreadState) space.tstate;
                ts.releaseGil();
                try {
                    if (timeout < 0) {
                        sel.select();
                    } else {
                        sel.select(Math.max(1, (long) Math.ceil(timeout * 1000)));
                    }
                } finally {
                    ts.acquireGil();
                }
            }
            for (SelectionKey k : sel.selectedKeys()) {
                int r = k.readyOps();
                @SuppressWarnings("unchecked")
                List<Integer> asked = (List<Integer>) k.attachment();
                for (int i : asked) {
                    if ((r & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
                        revents[i] |= events[i] & POLLIN;
                    }
                    if ((r & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
                        revents[i] |= events[i] & POLLOUT;
                    }
                }
            }
        }
        return revents;
    }

    /** The ready descriptors in the order the caller listed them. */
    private static int[] order(List<Integer> ready, int[] asked) {
        return java.util.Arrays.stream(asked).filter(ready::contains).distinct().toArray();
    }

    private static int[] ints(ObjectSpace space, long list) {
        int count = (int) space.listType.size(list);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = (int) space.intType.longValue(space.listType.item(list, i));
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

    private static Slot slot(ObjectSpace space, Map<Integer, Slot> slots, long fd) {
        Slot s = slots.get((int) space.intType.longValue(fd));
        if (s == null || s.closed) {
            throw osError(space, EBADF);
        }
        return s;
    }

    /** The Python side's address for the slot's family: a path (str) or {@code (ip bytes, port, scope)}. */
    private static SocketAddress address(ObjectSpace space, Slot s, long o) {
        if (s.family == AF_UNIX) {
            return UnixDomainSocketAddress.of(space.strType.value(o));
        }
        byte[] ip = space.bytesType.value(space.tupleType.item(o, 0));
        int port = (int) space.intType.longValue(space.tupleType.item(o, 1));
        int scope = (int) space.intType.longValue(space.tupleType.item(o, 2));
        try {
            InetAddress at = s.family == AF_INET6 ? Inet6Address.getByAddress(null, ip, scope) : InetAddress.getByAddress(ip);
            return new InetSocketAddress(at, port);
        } catch (UnknownHostException e) {
            throw osError(space, EINVAL);
        }
    }

    /** An address for Python: a str path for AF_UNIX, else {@code (ip bytes, port, scope)}; None for none. */
    private static long sockAddr(ObjectSpace space, Slot s, SocketAddress at) {
        return switch (at) {
            case UnixDomainSocketAddress u -> space.strType.runtime(u.getPath().toString());
            case InetSocketAddress i -> {
                InetAddress ip = i.getAddress();
                byte[] raw = ip.getAddress();
                if (s.family == AF_INET6 && raw.length == 4) {
                    byte[] mapped = new byte[16];
                    mapped[10] = mapped[11] = (byte) 0xff;
                    System.arraycopy(raw, 0, mapped, 12, 4);
                    raw = mapped;
                }
                long b = space.bytesType.of(raw);
                long p = space.newInt(i.getPort());
                long sc = space.newInt(ip instanceof Inet6Address v6 ? v6.getScopeId() : 0);
                yield space.tupleType.createStealing(new long[] {b, p, sc});
            }
            case null, default -> space.newNone();
        };
    }

    /** A failure with its errno decided here rather than read from Java's message. */
    private static final class FixedErrno extends IOException {
        final int errno;

        FixedErrno(int errno) {
            super(MESSAGES.getOrDefault(errno, "Unknown error " + errno));
            this.errno = errno;
        }
    }

    private static final class TimedOut extends IOException {
        TimedOut() {
            super("timed out");
        }
    }

    private interface Io<T> {
        T call() throws IOException;
    }

    /** Runs a socket step, turning Java's failures into CPython's exceptions. */
    private static <T> T run(ObjectSpace space, Io<T> step) {
        try {
            return step.call();
        } catch (TimedOut e) {
            throw new PyException("TimeoutError", "timed out");
        } catch (FixedErrno e) {
            throw osError(space, e.errno);
        } catch (FdTable.FdError e) {
            throw osError(space, e.errno);
        } catch (ClosedChannelException e) {
            throw osError(space, EBADF);
        } catch (IOException e) {
            throw osError(space, errno(e));
        } catch (NotYetConnectedException e) {
            throw osError(space, ENOTCONN);
        } catch (UnresolvedAddressException | java.nio.channels.UnsupportedAddressTypeException e) {
            throw osError(space, EINVAL);
        }
    }

    /** The errno whose Linux text Java's message carries (Java passes strerror through). */
    private static int errno(IOException e) {
        if (e instanceof java.net.ConnectException && e.getMessage() == null) {
            return ECONNREFUSED;
        }
        String m = String.valueOf(e.getMessage());
        for (var entry : MESSAGES.entrySet()) {
            if (m.contains(entry.getValue())) {
                return entry.getKey();
            }
        }
        return e instanceof java.net.ConnectException ? ECONNREFUSED : EINVAL;
    }

    /** {@code OSError(errno, strerror)}, which OSError's constructor turns into the errno's subclass. */
    static PyException osError(ObjectSpace space, int errno) {
        var os = space.exceptions.byName("OSError");
        long args = space.tupleType.createStealing(new long[] {space.newInt(errno),
            space.strType.runtime(MESSAGES.getOrDefault(errno, "Unknown error " + errno))});
        long e;
        try {
            e = os.tpNew(os, args, 0);
        } finally {
            space.decref(args);
        }
        return new PyException(space.typeOf(e).name, dev.pyheap.runtime.objects.Abstract.str(space, e), e, space::decref);
    }
}
