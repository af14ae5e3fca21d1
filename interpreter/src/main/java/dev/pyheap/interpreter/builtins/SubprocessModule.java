package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.state.ThreadState;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code _subprocess}, the child processes the library's {@code subprocess} module is written over
 * (the role of Modules/_posixsubprocess.c and of the pipe and wait calls of Modules/posixmodule.c,
 * in our own shape over {@link ProcessBuilder}). A child is named by its pid; this module keeps the
 * {@link Process} and its pipes in a table of the interpreter until {@code release(pid)}.
 *
 * <ul>
 *   <li>{@code spawn(args, cwd, env, stdin, stdout, stderr)}: {@code args} a tuple of str (the
 *       program first, looked up on PATH as execvp does), {@code cwd} a str or None, {@code env} a
 *       tuple of {@code "KEY=VALUE"} str (the child's whole environment), each stream one of
 *       {@link #INHERIT}, {@link #PIPE}, {@link #STDOUT} (stderr only), {@link #DEVNULL} or a str
 *       path to write ({@code "w:path"}, {@code "a:path"}) or read ({@code "r:path"}). Returns the pid.
 *       A program that cannot be run raises CPython's {@code OSError} subclass for its errno.</li>
 *   <li>{@code read(pid, fd, n)}: up to {@code n} bytes (all, to end of file, when {@code n < 0})
 *       of the child's stdout ({@code fd} 1) or stderr (2); {@code readline(pid, fd)}.</li>
 *   <li>{@code write(pid, data)}, {@code close(pid, fd)}: the child's stdin and closing a pipe.</li>
 *   <li>{@code communicate(pid, input, timeout_ns, out, err)}: writes {@code input} (bytes or None),
 *       closes stdin and collects the output pipes ({@code out}, {@code err}: whether stdout and
 *       stderr are pipes) to their end while the child runs; returns
 *       {@code (out, err)} (None for a stream that is not a pipe), or None when {@code timeout_ns}
 *       ({@code < 0}: none) passes first. Collection goes on in the background, so a later call
 *       returns everything, as CPython's communicate after a TimeoutExpired does.</li>
 *   <li>{@code wait(pid, timeout_ns)}: the return code, or None on timeout; {@code poll(pid)}:
 *       the return code or None while it runs; {@code signal(pid, sig)}: 15 terminates, 9 kills, others are sent with the C library's {@code kill};
 * {@code is_child(pid)}: whether {@code pid} is a running child of this module (os.kill signals those through it);
 *       {@code release(pid)}.</li>
 * </ul>
 * Every blocking call gives the GIL up while it waits ({@code Py_BEGIN_ALLOW_THREADS}). A child
 * killed by signal {@code s} this module sent reports {@code -s}, as CPython's waitpid decoding
 * does (the JVM reports {@code 128 + s}).
 */
final class SubprocessModule {
    private SubprocessModule() {
    }

    static final int INHERIT = 0, PIPE = -1, STDOUT = -2, DEVNULL = -3;

    /** One child: the process, the signal sent to it (0 if none) and the collectors communicate started. */
    private static final class Child {
        final Process process;
        final String program;
        int signalled;
        Collector out, err;
        boolean stdinClosed;
        /** The threads copying an inherited stdout/stderr to the parent's descriptor. */
        final List<Thread> pumps = new java.util.ArrayList<>();

        Child(Process process, String program) {
            this.process = process;
            this.program = program;
        }

        /** Once the child ended: its inherited output is all at the parent's descriptors, as a child writing to them directly. */
        void drain() {
            for (Thread t : pumps) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        int returnCode() {
            int code = process.exitValue();
            return signalled != 0 && code == 128 + signalled ? -signalled : code;
        }
    }

    /** Reads one pipe to its end on a daemon thread. */
    private static final class Collector {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final Thread thread;

        Collector(InputStream in) {
            thread = Thread.ofPlatform().daemon().name("subprocess-pipe").start(() -> {
                byte[] buf = new byte[8192];
                try (in) {
                    for (int got; (got = in.read(buf)) >= 0; ) {
                        synchronized (bytes) {
                            bytes.write(buf, 0, got);
                        }
                    }
                } catch (IOException e) {
                    // the pipe was closed under us: what was read is the output
                }
            });
        }

        byte[] taken() {
            synchronized (bytes) {
                return bytes.toByteArray();
            }
        }
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Map<Long, Child> children = new HashMap<>();
        table.atClose(() -> children.clear());
        SysModule.setInt(space, dict, "PIPE", PIPE);
        SysModule.setInt(space, dict, "STDOUT", STDOUT);
        SysModule.setInt(space, dict, "DEVNULL", DEVNULL);
        SysModule.function(space, module, dict, "spawn", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "spawn", a, n, kw).keywords().range(6, 6);
            List<String> command = strings(space, c.get(0));
            if (command.isEmpty()) {
                throw new PyException("IndexError", "list index out of range");
            }
            ProcessBuilder pb = new ProcessBuilder(command);
            // a child starts in the interpreter's working directory unless told otherwise
            pb.directory((c.get(1) != space.none ? table.cwd().resolve(str(space, c.get(1)))
                    : table.cwd().current()).toFile());
            if (c.get(2) != space.none) {
                Map<String, String> env = pb.environment();
                env.clear();
                for (String kv : strings(space, c.get(2))) {
                    int eq = kv.indexOf('=');
                    env.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            pb.redirectInput(redirect(space, c.get(3), true));
            // an inherited stdout/stderr is the parent's descriptor 1/2 wherever it points now (a file
            // after os.dup2, the runner's stream): the child's output is copied there as it comes
            int pumpOut = pumpedTo(space, c.get(4), 1), pumpErr = pumpedTo(space, c.get(5), 2);
            for (int fd : new int[] {pumpOut, pumpErr}) {
                if (fd != -1 && !table.fds().isOpen(fd)) {
                    throw PosixModule.osError(space, FdTable.EBADF, null);
                }
            }
            pb.redirectOutput(pumpOut >= 0 ? ProcessBuilder.Redirect.PIPE : redirect(space, c.get(4), false));
            if (isCode(space, c.get(5), STDOUT)) {
                pb.redirectErrorStream(true);
            } else {
                pb.redirectError(pumpErr >= 0 ? ProcessBuilder.Redirect.PIPE : redirect(space, c.get(5), false));
            }
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                throw spawnError(space, e, command.get(0), pb.directory());
            }
            Child child = new Child(p, command.get(0));
            if (pumpOut >= 0) {
                child.pumps.add(pump(p.getInputStream(), table.fds(), pumpOut));
            }
            if (pumpErr >= 0) {
                child.pumps.add(pump(p.getErrorStream(), table.fds(), pumpErr));
            }
            children.put(p.pid(), child);
            return space.newInt(p.pid());
        });
        SysModule.function(space, module, dict, "read", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "read", a, n, kw).exactly(3);
            InputStream in = output(child(space, children, c.get(0)), space.intType.longValue(c.get(1)));
            long size = space.intType.longValue(c.get(2));
            byte[] got = blocking(space, () -> {
                try {
                    if (size < 0) {
                        return in.readAllBytes();
                    }
                    byte[] buf = new byte[(int) Math.min(size, 1 << 20)];
                    int k = in.read(buf);
                    return k <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, k);
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            return space.bytesType.of(got);
        });
        SysModule.function(space, module, dict, "readline", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "readline", a, n, kw).exactly(2);
            InputStream in = output(child(space, children, c.get(0)), space.intType.longValue(c.get(1)));
            byte[] got = blocking(space, () -> {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                try {
                    for (int b; (b = in.read()) >= 0; ) {
                        line.write(b);
                        if (b == '\n') {
                            break;
                        }
                    }
                } catch (IOException e) {
                    // end of the pipe
                }
                return line.toByteArray();
            });
            return space.bytesType.of(got);
        });
        SysModule.function(space, module, dict, "write", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "write", a, n, kw).exactly(2);
            Child ch = child(space, children, c.get(0));
            byte[] data = bytes(space, c.get(1));
            OutputStream out = ch.process.getOutputStream();
            IOException failed = blocking(space, () -> {
                try {
                    out.write(data);
                    out.flush();
                    return null;
                } catch (IOException e) {
                    return e;
                }
            });
            if (failed != null) {
                throw PosixModule.osError(space, 32, null);
            }
            return space.newInt(data.length);
        });
        SysModule.function(space, module, dict, "close", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "close", a, n, kw).exactly(2);
            Child ch = child(space, children, c.get(0));
            try {
                switch ((int) space.intType.longValue(c.get(1))) {
                    case 0 -> {
                        ch.stdinClosed = true;
                        ch.process.getOutputStream().close();
                    }
                    case 1 -> ch.process.getInputStream().close();
                    default -> ch.process.getErrorStream().close();
                }
            } catch (IOException e) {
                // closing a broken pipe: nothing left to lose
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "communicate", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "communicate", a, n, kw).exactly(5);
            Child ch = child(space, children, c.get(0));
            byte[] input = c.get(1) == space.none ? null : bytes(space, c.get(1));
            long timeout = space.intType.longValue(c.get(2));
            boolean outPipe = dev.pyheap.runtime.objects.Abstract.isTrue(space, c.get(3)),
                    errPipe = dev.pyheap.runtime.objects.Abstract.isTrue(space, c.get(4));
            if (ch.out == null && outPipe) {
                ch.out = new Collector(ch.process.getInputStream());
            }
            if (ch.err == null && errPipe) {
                ch.err = new Collector(ch.process.getErrorStream());
            }
            boolean done = blocking(space, () -> {
                long deadline = System.nanoTime() + timeout;
                try {
                    if (!ch.stdinClosed) {
                        ch.stdinClosed = true;
                        try (OutputStream in = ch.process.getOutputStream()) {
                            if (input != null) {
                                in.write(input);
                            }
                        } catch (IOException e) {
                            // the child does not read its input (EPIPE is ignored, as in CPython)
                        }
                    }
                    for (Collector k : new Collector[] {ch.out, ch.err}) {
                        if (k == null) {
                            continue;
                        }
                        if (timeout < 0) {
                            k.thread.join();
                        } else if (!k.thread.join(java.time.Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                            return false;
                        }
                    }
                    if (timeout < 0) {
                        ch.process.waitFor();
                        return true;
                    }
                    return ch.process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            if (!done) {
                return space.newNone();
            }
            ch.drain();
            long out = ch.out == null ? space.newNone() : space.bytesType.of(ch.out.taken());
            long err = ch.err == null ? space.newNone() : space.bytesType.of(ch.err.taken());
            return space.tupleType.createStealing(out, err);
        });
        SysModule.function(space, module, dict, "wait", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "wait", a, n, kw).exactly(2);
            Child ch = child(space, children, c.get(0));
            long timeout = space.intType.longValue(c.get(1));
            boolean done = blocking(space, () -> {
                try {
                    if (timeout < 0) {
                        ch.process.waitFor();
                        return true;
                    }
                    return ch.process.waitFor(timeout, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            if (done) {
                ch.drain();
            }
            return done ? space.newInt(ch.returnCode()) : space.newNone();
        });
        SysModule.function(space, module, dict, "poll", (self, a, n, kw) -> {
            Child ch = child(space, children, new CallArgs(space, "poll", a, n, kw).exactly(1).get(0));
            if (ch.process.isAlive()) {
                return space.newNone();
            }
            ch.drain();
            return space.newInt(ch.returnCode());
        });
        SysModule.function(space, module, dict, "signal", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "signal", a, n, kw).exactly(2);
            Child ch = child(space, children, c.get(0));
            int sig = (int) space.intType.longValue(c.get(1));
            if (ch.process.isAlive()) {
                ch.signalled = sig;
                if (sig == 9) {
                    ch.process.destroyForcibly();
                } else if (sig == 15) {
                    ch.process.destroy();
                } else {
                    int errno = PosixSystem.kill(ch.process.pid(), sig);
                    if (errno != 0) {
                        ch.signalled = 0;
                        throw PosixModule.osError(space, errno, (String) null);
                    }
                }
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "is_child", (self, a, n, kw) -> {
            Child ch = children.get(space.intType.longValue(new CallArgs(space, "is_child", a, n, kw).exactly(1).get(0)));
            return space.newBool(ch != null && ch.process.isAlive());
        });
        SysModule.function(space, module, dict, "release", (self, a, n, kw) -> {
            long pid = space.intType.longValue(new CallArgs(space, "release", a, n, kw).exactly(1).get(0));
            Child ch = children.remove(pid);
            if (ch != null && !ch.process.isAlive()) {
                for (java.io.Closeable s : new java.io.Closeable[] {ch.process.getOutputStream(),
                        ch.process.getInputStream(), ch.process.getErrorStream()}) {
                    try {
                        s.close();
                    } catch (IOException e) {
                        // already broken
                    }
                }
            }
            return space.newNone();
        });
    }

    /** Runs {@code body} without the GIL (Py_BEGIN_ALLOW_THREADS ... Py_END_ALLOW_THREADS). */
    private static <T> T blocking(ObjectSpace space, Supplier<T> body) {
        var ts = (ThreadState) space.tstate;
        ts.releaseGil();
        try {
            return body.get();
        } finally {
            ts.acquireGil();
        }
    }

    private static Child child(ObjectSpace space, Map<Long, Child> children, long pid) {
        Child ch = children.get(space.intType.longValue(pid));
        if (ch == null) {
            throw new PyException("ValueError", "no child process " + space.intType.longValue(pid));
        }
        return ch;
    }

    private static InputStream output(Child ch, long fd) {
        return fd == 1 ? ch.process.getInputStream() : ch.process.getErrorStream();
    }

    /**
     * The parent's descriptor a child's output stream is copied to: {@code inherited} (1 or 2) for
     * {@link #INHERIT} ({@code None} in Popen), N for {@code "d:N"} (a descriptor given), else -1.
     */
    private static int pumpedTo(ObjectSpace space, long o, int inherited) {
        if (isCode(space, o, INHERIT)) {
            return inherited;
        }
        if (space.strType.check(o) && space.strType.value(o).startsWith("d:")) {
            int fd = Integer.parseInt(space.strType.value(o).substring(2));
            return fd < 0 ? Integer.MIN_VALUE : fd; // never a redirection to a file named "-5"
        }
        return -1;
    }

    /** Copies a child's output to descriptor {@code fd} of the parent until the child closes it. */
    private static Thread pump(InputStream in, FdTable fds, int fd) {
        return Thread.ofPlatform().daemon().name("subprocess-output").start(() -> {
            byte[] buf = new byte[8192];
            try (in) {
                for (int got; (got = in.read(buf)) >= 0; ) {
                    if (got > 0) {
                        fds.write(fd, java.util.Arrays.copyOf(buf, got));
                    }
                }
            } catch (IOException | FdTable.FdError e) {
                // the descriptor was closed: the rest is lost, as a child's write to a closed descriptor
            }
        });
    }

    private static boolean isCode(ObjectSpace space, long o, int code) {
        return space.intType.check(o) && space.intType.longValue(o) == code;
    }

    private static ProcessBuilder.Redirect redirect(ObjectSpace space, long o, boolean input) {
        if (space.strType.check(o)) {
            String spec = space.strType.value(o);
            File f = new File(spec.substring(2));
            return switch (spec.charAt(0)) {
                case 'r' -> ProcessBuilder.Redirect.from(f);
                case 'a' -> ProcessBuilder.Redirect.appendTo(f);
                default -> ProcessBuilder.Redirect.to(f);
            };
        }
        return switch ((int) space.intType.longValue(o)) {
            case PIPE -> ProcessBuilder.Redirect.PIPE;
            case DEVNULL -> input ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                    : ProcessBuilder.Redirect.DISCARD;
            default -> ProcessBuilder.Redirect.INHERIT;
        };
    }

    /**
     * The OSError CPython's child reports when exec fails: {@code [Errno 2] No such file or
     * directory: 'prog'} (the JVM says {@code error=2, No such file or directory}); a missing
     * working directory is named instead of the program, as _posixsubprocess's chdir failure is.
     */
    private static PyException spawnError(ObjectSpace space, IOException e, String program, File cwd) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("error=");
        int errno = 2;
        if (at >= 0) {
            int end = at + 6;
            while (end < m.length() && Character.isDigit(m.charAt(end))) {
                end++;
            }
            errno = Integer.parseInt(m.substring(at + 6, end));
        }
        if (cwd != null && !cwd.isDirectory()) {
            return PosixModule.osError(space, cwd.exists() ? 20 : 2, cwd.getPath());
        }
        return PosixModule.osError(space, errno, program);
    }

    private static String str(ObjectSpace space, long o) {
        if (!space.strType.check(o)) {
            throw new PyException("TypeError", "expected str, bytes or os.PathLike object, not " + space.typeOf(o).name);
        }
        return space.strType.value(o);
    }

    private static byte[] bytes(ObjectSpace space, long o) {
        if (!space.bytesType.check(o)) {
            throw new PyException("TypeError", "a bytes-like object is required, not '" + space.typeOf(o).name + "'");
        }
        return space.bytesType.value(o);
    }

    private static List<String> strings(ObjectSpace space, long tuple) {
        List<String> out = new ArrayList<>();
        for (long i = 0, n = space.tupleType.size(tuple); i < n; i++) {
            out.add(str(space, space.tupleType.item(tuple, i)));
        }
        return out;
    }
}
