package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.state.ThreadState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@code _subprocess}, the child processes the library's {@code subprocess} module is written over
 * (the role of Modules/_posixsubprocess.c and of the wait calls of Modules/posixmodule.c): a child
 * is started with the C library's {@code posix_spawn} ({@link ProcessCalls}) and waited for with
 * {@code waitpid}, so its return code is CPython's: the exit status, or {@code -N} when signal N
 * ended it. A child is named by its pid; this module keeps its state until {@code release(pid)}.
 *
 * <ul>
 *   <li>{@code spawn(executables, argv, env, cwd, stdin, stdout, stderr, pass_fds, close_fds,
 *       start_new_session, process_group, restore_signals)}: {@code executables} the paths to try
 *       in order (bytes; CPython's {@code executable_list}: an ENOENT or ENOTDIR goes on to the next,
 *       the first other error is the one reported), {@code argv} and {@code env} tuples of bytes
 *       ({@code env} the child's whole environment). Each standard stream is None (the
 *       parent's descriptor 0, 1 or 2), {@link #PIPE}, {@link #DEVNULL}, {@link #STDOUT} (stderr
 *       only) or a descriptor. Returns {@code (pid, p2cwrite, c2pread, errread)}: the parent's ends
 *       of the pipes made (-1 for none), or {@code (-errno, ...)} when no executable could be started.
 *       The child starts in the interpreter's working directory.</li>
 *   <li>{@code wait(pid, timeout_ns)}: the return code, or None when {@code timeout_ns} ({@code < 0}:
 *       none) passes first; {@code poll(pid)}: the return code or None while the child runs (or while
 *       another thread waits for it, as CPython's {@code _waitpid_lock} makes it);
 *       {@code signal(pid, sig)}: {@code kill(2)} unless the child was already waited for;
 *       {@code release(pid)}.</li>
 *   <li>{@code end_by_signal(n)}: the default action of a terminating signal the program sends
 *       itself: the process ends now, by signal {@code n} ({@link ProcessEnd}).</li>
 * </ul>
 *
 * <p>A descriptor the child is given must be one of the process: a pipe this module made, a file
 * (opened again by its name in the child: for writing at its end, for reading from its start), or
 * the null device. The interpreter's standard streams and the program's {@code os.pipe} ends are
 * Java streams and channels: a child's output to them goes through a kernel pipe that a thread of
 * this module copies to them as it comes (joined when the child has been waited for, so its output
 * is all there, as a child writing to the descriptor directly); the child's stdin of the standard
 * stream is the process's own descriptor 0. Blocking calls give the GIL up.
 */
final class SubprocessModule {
    private SubprocessModule() {
    }

    static final int PIPE = -1, STDOUT = -2, DEVNULL = -3;
    private static final int ENOENT = 2, ENOTDIR = 20, EBADF = 9;
    private static final byte[] DEV_NULL = "/dev/null".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** One child: its status once waited for, the lock that one waiter holds, the threads copying its output. */
    private static final class Child {
        final long pid;
        final ReentrantLock waiting = new ReentrantLock();
        /** The return code once waited for, else null. */
        volatile Integer returnCode;
        final List<Thread> pumps = new ArrayList<>();

        Child(long pid) {
            this.pid = pid;
        }

        /** Once the child ended: its output copied to the Java streams is all there. */
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

        /** Records what {@code waitpid} returned: {@code {pid, status}}, or {@code {-1, errno}}. */
        Integer reaped(int[] got) {
            if (got[0] == pid) {
                returnCode = ProcessCalls.returnCode(got[1]);
            } else if (got[0] < 0 && got[1] == ProcessCalls.ECHILD) {
                returnCode = 0; // waited for elsewhere (os.waitpid): CPython's Popen reports 0 then
            }
            return returnCode;
        }
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Map<Long, Child> children = new java.util.concurrent.ConcurrentHashMap<>();
        table.atClose(children::clear);
        SysModule.setInt(space, dict, "PIPE", PIPE);
        SysModule.setInt(space, dict, "STDOUT", STDOUT);
        SysModule.setInt(space, dict, "DEVNULL", DEVNULL);
        SysModule.function(space, module, dict, "spawn", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "spawn", a, n, kw).exactly(12);
            Spawn s = new Spawn(space, table.fds());
            try {
                List<byte[]> executables = byteStrings(space, c.get(0));
                List<byte[]> argv = byteStrings(space, c.get(1));
                List<byte[]> env = byteStrings(space, c.get(2));
                for (int target = 0; target < 3; target++) {
                    s.stream(target, c.get(4 + target));
                }
                for (int fd : ints(space, c.get(7))) {
                    s.inherit(fd);
                }
                if (!Abstract.isTrue(space, c.get(8))) {
                    for (int fd : table.fds().inheritableAbove2()) {
                        s.inherit(fd);
                    }
                }
                var attributes = new ProcessCalls.Attributes(Abstract.isTrue(space, c.get(9)),
                        (int) space.intType.longValue(c.get(10)), Abstract.isTrue(space, c.get(11)));
                // the interpreter's working directory is its own: the child is started there (or in cwd relative to it)
                java.nio.file.Path dir = c.get(3) == space.none ? table.cwd().current()
                        : table.cwd().resolve(new String(bytes(space, c.get(3)), java.nio.charset.StandardCharsets.UTF_8));
                byte[] cwd = dir.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                int highest = ProcessCalls.highestOpen();
                long pid = -ENOENT;
                int reported = 0;
                for (byte[] executable : executables) {
                    pid = blocking(space, () -> ProcessCalls.spawn(executable, argv, env, cwd, s.mappings, attributes, highest));
                    if (pid >= 0) {
                        break;
                    }
                    if (pid != -ENOENT && pid != -ENOTDIR && reported == 0) {
                        reported = (int) -pid;
                    }
                }
                if (pid < 0) {
                    s.closeAll();
                    return result(space, reported != 0 ? -reported : pid, -1, -1, -1);
                }
                s.closeChildEnds();
                Child child = new Child(pid);
                for (int[] pump : s.pumps) {
                    child.pumps.add(pump(pump[0], table.fds(), pump[1]));
                }
                children.put(pid, child);
                return result(space, pid, s.parentEnds[0], s.parentEnds[1], s.parentEnds[2]);
            } catch (RuntimeException e) {
                s.closeAll();
                throw e;
            }
        });
        SysModule.function(space, module, dict, "wait", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "wait", a, n, kw).exactly(2);
            Child ch = child(space, children, c.get(0));
            long timeout = space.intType.longValue(c.get(1));
            Integer code = blocking(space, () -> timeout < 0 ? waitFor(ch) : waitFor(ch, timeout));
            if (code == null) {
                return space.newNone();
            }
            blocking(space, () -> {
                ch.drain();
                return null;
            });
            return space.newInt(code);
        });
        SysModule.function(space, module, dict, "poll", (self, a, n, kw) -> {
            Child ch = child(space, children, new CallArgs(space, "poll", a, n, kw).exactly(1).get(0));
            Integer code = ch.returnCode;
            if (code == null && ch.waiting.tryLock()) {
                try {
                    code = ch.returnCode != null ? ch.returnCode : ch.reaped(ProcessCalls.waitpid(ch.pid, ProcessCalls.WNOHANG));
                } finally {
                    ch.waiting.unlock();
                }
            }
            if (code == null) {
                return space.newNone();
            }
            blocking(space, () -> {
                ch.drain();
                return null;
            });
            return space.newInt(code);
        });
        SysModule.function(space, module, dict, "signal", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "signal", a, n, kw).exactly(2);
            Child ch = child(space, children, c.get(0));
            int sig = dev.pyheap.runtime.objects.Args.cInt(space, c.get(1));
            if (ch.returnCode == null) { // never a signal to a pid the system may have given another process
                int errno = PosixSystem.kill(ch.pid, sig);
                if (errno != 0 && errno != 3) { // ESRCH: it ended meanwhile, as CPython's send_signal ignores
                    throw PosixModule.osError(space, errno, (String) null);
                }
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "end_by_signal", (self, a, n, kw) -> {
            int sig = dev.pyheap.runtime.objects.Args.cInt(space, new CallArgs(space, "end_by_signal", a, n, kw).exactly(1).get(0));
            throw new ProcessEnd(-sig);
        });
        SysModule.function(space, module, dict, "release", (self, a, n, kw) -> {
            long pid = space.intType.longValue(new CallArgs(space, "release", a, n, kw).exactly(1).get(0));
            children.remove(pid);
            return space.newNone();
        });
    }

    /** The descriptors of a child being set up; what the parent must close once it started (or failed). */
    private static final class Spawn {
        final ObjectSpace space;
        final FdTable fds;
        final List<ProcessCalls.Mapping> mappings = new ArrayList<>();
        /** Kernel descriptors of the parent the child got copies of (pipe ends), closed once it started. */
        final List<Integer> childEnds = new ArrayList<>();
        /** {kernel read end, parent's descriptor}: output of the child a thread copies to a Java stream. */
        final List<int[]> pumps = new ArrayList<>();
        /** The parent's descriptors of the pipes made for stdin, stdout, stderr (-1: none). */
        final int[] parentEnds = {-1, -1, -1};
        /** What the child's descriptor 1 is, for stderr=STDOUT. */
        ProcessCalls.Mapping stdout;

        Spawn(ObjectSpace space, FdTable fds) {
            this.space = space;
            this.fds = fds;
        }

        void stream(int target, long spec) {
            if (spec == space.none) {
                if (fds.isOpen(target)) {
                    given(target, target, true);
                }
                return;
            }
            int code = (int) space.intType.longValue(spec);
            switch (code) {
                case PIPE -> {
                    int[] ends = ProcessCalls.pipe();
                    boolean in = target == 0;
                    int childEnd = in ? ends[0] : ends[1], parentEnd = in ? ends[1] : ends[0];
                    childEnds.add(childEnd);
                    parentEnds[target] = fds.addKernelPipe(parentEnd, in ? FdTable.O_WRONLY : FdTable.O_RDONLY);
                    map(ProcessCalls.Mapping.dup(target, childEnd));
                }
                case DEVNULL -> map(ProcessCalls.Mapping.open(target, DEV_NULL, ProcessCalls.O_RDWR));
                case STDOUT -> {
                    if (stdout != null) {
                        map(new ProcessCalls.Mapping(2, stdout.source(), stdout.path(), stdout.flags()));
                    }
                }
                default -> {
                    if (code < 0) {
                        throw PosixModule.osError(space, EBADF, (String) null);
                    }
                    given(target, code, false);
                }
            }
        }

        /**
         * The child's {@code target} is the parent's descriptor {@code fd}. A file the child's output
         * goes to is opened again at its end when it was given ({@code stdout=f}: the parent flushed it,
         * and stdout and stderr into one file keep the order written); the parent's own descriptor
         * 1 or 2 made a file by {@code os.dup2} ({@code inherited}) is written through the parent's
         * descriptor instead, so its offset moves as the shared offset of a real one does.
         */
        private void given(int target, int fd, boolean inherited) {
            int kernel;
            try {
                kernel = fds.kernelFd(fd);
                if (kernel >= 0) {
                    map(ProcessCalls.Mapping.dup(target, kernel));
                    return;
                }
                java.nio.file.Path path = fds.path(fd);
                if (path != null && fds.isRegularFile(fd) && java.nio.file.Files.exists(path)
                        && !(inherited && target > 0 && target <= 2)) {
                    byte[] name = path.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    int mode = fds.statusFlags(fd) & FdTable.O_ACCMODE;
                    int flags = target == 0 ? ProcessCalls.O_RDONLY
                            : target <= 2 ? ProcessCalls.O_WRONLY | ProcessCalls.O_APPEND : mode | ProcessCalls.O_APPEND;
                    map(ProcessCalls.Mapping.open(target, name, flags));
                    return;
                }
                if (target == 0 && fds.isStandardStream(fd)) {
                    return; // the process's own descriptor 0, which the child keeps
                }
                if (target == 1 || target == 2) { // a Java stream or channel, or a file without a name any more
                    int[] ends = ProcessCalls.pipe();
                    childEnds.add(ends[1]);
                    pumps.add(new int[] {ends[0], fd});
                    map(ProcessCalls.Mapping.dup(target, ends[1]));
                    return;
                }
            } catch (FdTable.FdError e) {
                throw PosixModule.osError(space, e.errno, (String) null);
            }
            throw PosixModule.osError(space, EBADF, (String) null); // a Java channel cannot be handed to a child
        }

        /** pass_fds (and every inheritable descriptor with close_fds=False): the child's {@code fd} is the parent's. */
        void inherit(int fd) {
            if (mappings.stream().noneMatch(m -> m.target() == fd)) {
                given(fd, fd, false);
            }
        }

        private void map(ProcessCalls.Mapping m) {
            mappings.removeIf(old -> old.target() == m.target());
            mappings.add(m);
            if (m.target() == 1) {
                stdout = m;
            }
        }

        void closeChildEnds() {
            childEnds.forEach(ProcessCalls::close);
        }

        /** After a failed start: every descriptor made for the child closed, the parent's too. */
        void closeAll() {
            closeChildEnds();
            for (int[] p : pumps) {
                ProcessCalls.close(p[0]);
            }
            for (int fd : parentEnds) {
                if (fd >= 0) {
                    try {
                        fds.close(fd);
                    } catch (java.io.IOException | FdTable.FdError e) {
                        // already gone
                    }
                }
            }
        }
    }

    /** Blocks until the child ends; its return code. */
    private static Integer waitFor(Child ch) {
        ch.waiting.lock();
        try {
            return ch.returnCode != null ? ch.returnCode : ch.reaped(ProcessCalls.waitpid(ch.pid, 0));
        } finally {
            ch.waiting.unlock();
        }
    }

    /**
     * Waits at most {@code timeout} ns: CPython's {@code Popen._wait} with a timeout, a non-blocking
     * {@code waitpid} retried with a delay doubling from 0.5 ms to 50 ms; null when the time passed.
     */
    private static Integer waitFor(Child ch, long timeout) {
        long deadline = System.nanoTime() + timeout;
        long delay = 500_000;
        while (true) {
            if (ch.waiting.tryLock()) {
                try {
                    Integer code = ch.returnCode != null ? ch.returnCode : ch.reaped(ProcessCalls.waitpid(ch.pid, ProcessCalls.WNOHANG));
                    if (code != null) {
                        return code;
                    }
                } finally {
                    ch.waiting.unlock();
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            delay = Math.min(Math.min(delay * 2, left), 50_000_000);
            try {
                Thread.sleep(java.time.Duration.ofNanos(delay));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
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

    /** Copies a child's output from the kernel pipe {@code in} to descriptor {@code fd} of the parent until the child closes it. */
    private static Thread pump(int in, FdTable fds, int fd) {
        return Thread.ofPlatform().daemon().name("subprocess-output").start(() -> {
            try {
                for (byte[] got; (got = ProcessCalls.read(in, 8192)).length > 0; ) {
                    fds.write(fd, got);
                }
            } catch (java.io.IOException | FdTable.FdError e) {
                // the descriptor was closed: the rest is lost, as a child's write to a closed descriptor
            } finally {
                ProcessCalls.close(in);
            }
        });
    }

    private static long result(ObjectSpace space, long pid, int a, int b, int c) {
        return space.tupleType.createStealing(space.newInt(pid), space.newInt(a), space.newInt(b), space.newInt(c));
    }

    private static byte[] bytes(ObjectSpace space, long o) {
        if (!space.bytesType.check(o)) {
            throw new PyException("TypeError", "expected bytes, " + space.typeOf(o).name + " found");
        }
        return space.bytesType.value(o);
    }

    private static List<byte[]> byteStrings(ObjectSpace space, long tuple) {
        List<byte[]> out = new ArrayList<>();
        for (long i = 0, n = space.tupleType.size(tuple); i < n; i++) {
            out.add(bytes(space, space.tupleType.item(tuple, i)));
        }
        return out;
    }

    private static List<Integer> ints(ObjectSpace space, long tuple) {
        List<Integer> out = new ArrayList<>();
        for (long i = 0, n = space.tupleType.size(tuple); i < n; i++) {
            out.add(dev.pyheap.runtime.objects.Args.cInt(space, space.tupleType.item(tuple, i)));
        }
        return out;
    }
}
