package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyMethod;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.state.ThreadState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code _thread} (Modules/_threadmodule.c): real Java threads attached to the heap, each running
 * its function in its own thread state under the heap's GIL (the evaluator's check points hand the
 * GIL over at the switch interval), and the locks, whose blocking acquires give the GIL up while
 * they wait.
 *
 * <ol>
 * <li>{@code start_new_thread(func, args, kwargs)} holds the three (counted), starts a Java thread
 *     and returns its ident. The thread attaches a thread state, takes the GIL, calls the function;
 *     an exception other than SystemExit is reported as CPython's
 *     {@code Exception ignored in thread started by: ...}; then the thread's evaluator state is
 *     dropped, the locks it got from {@code _set_sentinel()} are released (join() waits on them)
 *     and the thread state is closed, giving the GIL back. Once the interpreter finalizes, a thread
 *     asking for the GIL is parked for good instead (CPython's daemon threads at exit: see
 *     {@code InterpreterState}).
 * <li>Each thread's Java stack is the program thread's ({@link #DEFAULT_JAVA_STACK}, as
 *     {@code Runner} gives the main program): a Python call through a built-in or a special method
 *     nests the evaluator in Java, and CPython's recursion limit must be reached before the Java
 *     stack ends. {@code stack_size(n)} asks for a stack {@code n / 8 MiB} of CPython's default
 *     thread stack; the thread gets that share of the Java default.
 * <li>A lock is a {@link Semaphore} with one permit (any thread may release it, as in CPython).
 *     {@code acquire} first tries without waiting; to wait it releases the GIL, waits (with the
 *     timeout), then takes the GIL again.
 * </ol>
 */
final class ThreadModule {
    /** A thread's Java stack when {@code stack_size()} is 0: the program thread's (reserved address space, not memory). */
    static final long DEFAULT_JAVA_STACK = 512L << 20;
    /** The stack a thread of CPython gets on Linux when {@code stack_size()} is 0 (the pthread default). */
    private static final long CPYTHON_DEFAULT_STACK = 8L << 20;
    /** {@code THREAD_STACK_MIN}: the smallest size {@code stack_size()} accepts. */
    private static final long STACK_MIN = 0x8000;

    private final ModuleTable table;
    /** {@code stack_size()}'s setting for threads started from now on, in CPython's bytes (0: the default). */
    private volatile long stackSize;
    private final ObjectSpace space;
    private final LockType lockType;
    private final LockType rlockType;
    private final AtomicInteger running = new AtomicInteger();
    /** The sentinel locks each thread acquired ({@code _set_sentinel}), released when it ends (owned references). */
    private final Map<Thread, List<Long>> sentinels = new HashMap<>();
    /**
     * What each thread asked to be called when it ends ({@code _at_thread_end}; owned references): the
     * thread-local data it stored, which CPython drops with the thread state's dict
     * ({@code PyThreadState_Clear}) before the sentinel lock lets {@code join()} return.
     */
    private final Map<Thread, List<Long>> atEnd = new HashMap<>();

    private ThreadModule(ModuleTable table) {
        this.table = table;
        this.space = table.space();
        this.lockType = space.register(new LockType(space, false));
        this.rlockType = space.register(new LockType(space, true));
    }

    static void fill(ModuleTable table, long module, long dict) {
        ThreadModule thread = new ThreadModule(table);
        thread.fill(module, dict);
        table.interpreter().addRoots(visitor -> { // the sentinels' owned references, as a thread state's lock list
            synchronized (thread.sentinels) {
                thread.sentinels.values().forEach(locks -> locks.forEach(visitor::accept));
            }
            synchronized (thread.atEnd) {
                thread.atEnd.values().forEach(calls -> calls.forEach(visitor::accept));
            }
        });
        table.atClose(thread::releaseSentinels);
    }

    /**
     * At the interpreter's end: the sentinel locks of threads this module did not start (the main
     * thread's, taken when {@code threading} made its {@code _MainThread}), which no thread end released.
     */
    private void releaseSentinels() {
        List<Long> locks = new ArrayList<>();
        synchronized (sentinels) {
            sentinels.values().forEach(locks::addAll);
            sentinels.clear();
        }
        locks.forEach(space::decref);
        List<Long> calls = new ArrayList<>();
        synchronized (atEnd) { // the main thread's (and the driver's threads'): their data goes with the interpreter
            atEnd.values().forEach(calls::addAll);
            atEnd.clear();
        }
        calls.forEach(space::decref);
    }

    /** Calls what the ending thread registered with {@code _at_thread_end}, in order; an error is reported as unraisable. */
    private void runAtEnd() {
        List<Long> calls;
        synchronized (atEnd) {
            calls = atEnd.remove(Thread.currentThread());
        }
        if (calls == null) {
            return;
        }
        for (long f : calls) {
            try {
                space.decref(Abstract.call(space, f));
            } catch (PyException e) {
                space.reportUnraisable("Exception ignored at the end of a thread in: " + Abstract.repr(space, f), e, f);
            } finally {
                space.decref(f);
            }
        }
    }

    private void fill(long module, long dict) {
        SysModule.setItem(space, dict, "LockType", lockType.typeObject());
        SysModule.setItem(space, dict, "RLock", rlockType.typeObject());
        long error = space.exceptions.byName("RuntimeError").typeObject();
        SysModule.setItem(space, dict, "error", error);
        long timeoutMax = space.floatType.create(9223372036.0);
        SysModule.setItem(space, dict, "TIMEOUT_MAX", timeoutMax);
        space.decref(timeoutMax);
        SysModule.function(space, module, dict, "allocate_lock", (self, a, n, kw) -> {
            new CallArgs(space, "allocate_lock", a, n, kw).keywords().range(0, 0);
            return lockType.create();
        });
        SysModule.function(space, module, dict, "get_ident", (self, a, n, kw) -> {
            new CallArgs(space, "get_ident", a, n, kw).keywords().range(0, 0);
            return space.newInt(Thread.currentThread().threadId());
        });
        SysModule.function(space, module, dict, "interrupt_main", (self, a, n, kw) -> {
            // interrupt_main(signum=SIGINT, /): as if Ctrl-C reached the process; the main thread raises
            // KeyboardInterrupt at its next check point (only SIGINT has a Python-level handler here)
            CallArgs c = new CallArgs(space, "interrupt_main", a, n, kw).keywords().range(0, 1);
            if (n > 0 && (!space.intType.check(c.get(0)) || space.intType.longValue(c.get(0)) != 2)) {
                throw new PyException("ValueError", "signal number out of range");
            }
            table.interp().interrupt();
            return space.newNone();
        });
        SysModule.function(space, module, dict, "get_native_id", (self, a, n, kw) -> {
            new CallArgs(space, "get_native_id", a, n, kw).keywords().range(0, 0);
            return space.newInt(Thread.currentThread().threadId());
        });
        SysModule.function(space, module, dict, "_count", (self, a, n, kw) -> {
            new CallArgs(space, "_count", a, n, kw).keywords().range(0, 0);
            return space.newInt(running.get());
        });
        SysModule.function(space, module, dict, "stack_size", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "stack_size", a, n, kw).keywords().range(0, 1);
            // no argument sets the default, as in CPython ("|n": the size defaults to 0)
            long size = n == 1 ? Abstract.index(space, c.get(0)) : 0;
            if (size < 0) {
                throw new PyException("ValueError", "size must be 0 or a positive value");
            }
            if (size != 0 && size < STACK_MIN) {
                throw new PyException("ValueError", "size not valid: " + size + " bytes");
            }
            long old = stackSize;
            stackSize = size;
            return space.newInt(old);
        });
        SysModule.function(space, module, dict, "_set_sentinel", (self, a, n, kw) -> {
            new CallArgs(space, "_set_sentinel", a, n, kw).keywords().range(0, 0);
            long lock = lockType.create(); // acquired by the Thread object, released when this thread ends
            synchronized (sentinels) {
                sentinels.computeIfAbsent(Thread.currentThread(), t -> new ArrayList<>()).add(space.newRef(lock));
            }
            return lock;
        });
        SysModule.function(space, module, dict, "_at_thread_end", (self, a, n, kw) -> {
            long f = new CallArgs(space, "_at_thread_end", a, n, kw).keywords().exactly(1).get(0);
            synchronized (atEnd) {
                atEnd.computeIfAbsent(Thread.currentThread(), t -> new ArrayList<>()).add(space.newRef(f));
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "start_new_thread", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "start_new_thread", a, n, kw).keywords().range(2, 3);
            long func = c.get(0), args = c.get(1), kwargs = n > 2 ? c.get(2) : 0;
            if (!Abstract.isCallable(space, func)) {
                throw new PyException("TypeError", "first arg must be callable");
            }
            if (!space.tupleType.check(args)) {
                throw new PyException("TypeError", "2nd arg must be a tuple");
            }
            if (kwargs != 0 && !space.dictType.check(kwargs)) {
                throw new PyException("TypeError", "optional 3rd arg must be a dictionary");
            }
            return space.newInt(start(space.newRef(func), space.newRef(args), kwargs == 0 ? 0 : space.newRef(kwargs)));
        });
        SysModule.function(space, module, dict, "_excepthook", (self, a, n, kw) -> {
            excepthook(new CallArgs(space, "_excepthook", a, n, kw).exactly(1).get(0));
            return space.newNone();
        });
        table.runPythonPart(PYTHON_PART, "<pyheap>/_thread", dict);
    }

    /**
     * {@code threading.excepthook(args)} ({@code thread_excepthook}): {@code Exception in thread NAME:} and
     * the traceback, as an unraisable exception is reported; nothing for SystemExit.
     */
    private void excepthook(long args) {
        long type = Abstract.getAttr(space, args, "exc_type");
        long value = Abstract.getAttr(space, args, "exc_value");
        long thread = Abstract.getAttr(space, args, "thread");
        try {
            if (type == space.exceptions.byName("SystemExit").typeObject()) {
                return;
            }
            String name;
            if (thread != space.none) {
                long n = Abstract.getAttr(space, thread, "name");
                try {
                    name = Abstract.str(space, n);
                } finally {
                    space.decref(n);
                }
            } else {
                name = Long.toString(Thread.currentThread().threadId());
            }
            if (value == space.none) {
                throw new PyException("TypeError", "exc_value is None");
            }
            var pe = new PyException(space.typeOf(value).name, "", space.newRef(value), space::decref);
            space.reportUnraisable("Exception in thread " + name + ":", pe, 0);
        } finally {
            space.decref(type);
            space.decref(value);
            space.decref(thread);
        }
    }

    /** Starts the thread that calls {@code func(*args, **kwargs)} (owned references, dropped by the thread). */
    private long start(long func, long args, long kwargs) {
        var heap = table.heap;
        running.incrementAndGet();
        long asked = stackSize;
        long javaStack = asked == 0 ? DEFAULT_JAVA_STACK
                : Math.max(STACK_MIN, (long) ((double) asked / CPYTHON_DEFAULT_STACK * DEFAULT_JAVA_STACK));
        Thread thread = Thread.ofPlatform().stackSize(javaStack).unstarted(() -> {
            var attached = heap.interpreterState().attachInterpreterThread(heap);
            if (attached.isEmpty()) { // the interpreter finalizes: as a CPython thread that never gets the GIL, it ends unrun
                return;
            }
            try (PyThreadState ts = attached.get()) {
                ts.acquireGil();
                try {
                    space.decref(table.interpreter().call(func, args, kwargs));
                } catch (PyException e) {
                    reportUncaught(func, e);
                } catch (ProcessEnd end) {
                    table.interpreter().endProcess(end);
                } finally {
                    space.decref(func);
                    space.decref(args);
                    space.xdecref(kwargs);
                    runAtEnd();
                    table.interpreter().threadDone();
                    List<Long> locks;
                    synchronized (sentinels) {
                        locks = sentinels.remove(Thread.currentThread());
                    }
                    running.decrementAndGet();
                    if (locks != null) {
                        for (long lock : locks) {
                            if (lockType.semaphore(lock).availablePermits() == 0) {
                                lockType.semaphore(lock).release();
                            }
                            space.decref(lock);
                        }
                    }
                }
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread.threadId();
    }

    /** {@code thread_run}'s report of an uncaught exception (as an unraisable one): nothing for SystemExit. */
    private void reportUncaught(long func, PyException e) {
        if (Abstract.matches(space, e, "SystemExit")) {
            e.release();
            return;
        }
        space.reportUnraisable("Exception ignored in thread started by: " + Abstract.repr(space, func), e, func); // releases e
    }

    /** The parts of {@code _thread} written in Python: {@code _ExceptHookArgs} (a structseq in CPython) and {@code _local}. */
    private static final String PYTHON_PART = """
            class _ExceptHookArgs(tuple):
                def __new__(cls, seq):
                    seq = tuple(seq)
                    if len(seq) != 4:
                        raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(seq)}-sequence given)")
                    return tuple.__new__(cls, seq)
                exc_type = property(lambda self: self[0])
                exc_value = property(lambda self: self[1])
                exc_traceback = property(lambda self: self[2])
                thread = property(lambda self: self[3])
                def __repr__(self):
                    return (f"_thread._ExceptHookArgs(exc_type={self[0]!r}, exc_value={self[1]!r}, "
                            f"exc_traceback={self[2]!r}, thread={self[3]!r})")

            class _local:
                \"\"\"Thread-local data: each thread sees its own attributes.\"\"\"
                __slots__ = ('_local__dicts', '_local__args', '__weakref__')

                def __new__(cls, *args, **kw):
                    if (args or kw) and (cls.__init__ is object.__init__):
                        raise TypeError("Initialization arguments are not supported")
                    self = object.__new__(cls)
                    object.__setattr__(self, '_local__dicts', {})
                    object.__setattr__(self, '_local__args', (args, kw))
                    _local_dict(self, False)  # the creating thread's, whose __init__ the call runs
                    return self

                def __getattribute__(self, name):
                    if name in ('__dict__', '__class__', '__init__') or name.startswith('_local__'):
                        if name == '__dict__':
                            return _local_dict(self)
                        return object.__getattribute__(self, name)
                    d = _local_dict(self)
                    if name in d:
                        return d[name]
                    try:
                        return object.__getattribute__(self, name)
                    except AttributeError:
                        pass
                    raise AttributeError(f"'{_local_name(self)}' object has no attribute '{name}'")

                def __setattr__(self, name, value):
                    if name == '__dict__':
                        raise AttributeError(f"'{_local_name(self)}' object attribute '__dict__' is read-only")
                    _local_dict(self)[name] = value

                def __delattr__(self, name):
                    if name == '__dict__':
                        raise AttributeError(f"'{_local_name(self)}' object attribute '__dict__' is read-only")
                    d = _local_dict(self)
                    if name not in d:
                        raise AttributeError(f"'{_local_name(self)}' object has no attribute '{name}'")
                    del d[name]

            def _local_name(self):
                # the C type's tp_name for _local itself, the class name for subclasses
                return '_thread._local' if type(self) is _local else type(self).__name__

            def _local_dict(self, init=True):
                dicts = object.__getattribute__(self, '_local__dicts')
                ident = get_ident()
                d = dicts.get(ident)
                if d is None:
                    d = dicts[ident] = {}
                    _at_thread_end(_local_forget(self, ident))
                    if init:
                        args, kw = object.__getattribute__(self, '_local__args')
                        type(self).__init__(self, *args, **kw)
                return d

            def _local_forget(local, ident):
                # what the thread stored goes when it ends, as with CPython's thread state dict
                from _weakref import ref
                wr = ref(local)
                def forget():
                    l = wr()
                    if l is not None:
                        object.__getattribute__(l, '_local__dicts').pop(ident, None)
                return forget
            """;

    /**
     * {@code _thread.lock} and {@code _thread.RLock}: {@code acquire(blocking=True, timeout=-1)},
     * {@code release()}, the context manager, CPython's messages; the RLock also
     * {@code _is_owned}, {@code _release_save}, {@code _acquire_restore}, {@code _recursion_count}.
     * <pre>
     * lock:  +0 ob_refcnt  +8 ob_type  +16 the index of its Semaphore  +24 weakreflist  +32 (unused)       40 bytes
     * RLock: +0 ob_refcnt  +8 ob_type  +16 the index of its Semaphore  +24 weakreflist  +32 owner  +40 count   48 bytes
     * </pre>
     */
    static final class LockType extends PyType {
        private static final int WEAKLIST = 24, OWNER = 32, COUNT = 40;
        private final List<Semaphore> semaphores = new ArrayList<>();
        private final List<Integer> free = new ArrayList<>();
        private final boolean recursive;
        private final int size;

        LockType(ObjectSpace space, boolean recursive) {
            super(space, recursive ? "_thread.RLock" : "_thread.lock", null, recursive ? BASETYPE : 0, recursive ? 48 : 40, 0);
            this.recursive = recursive;
            this.size = recursive ? 48 : 40;
            // acquire(blocking=True, timeout=-1): lock_PyThread_acquire_lock parses keywords too
            defineMethod("acquire", (PyMethod.WithKeywords) (self, a) -> {
                a.keywords("blocking", "timeout").range(0, 2);
                long blocking = a.either(0, "blocking");
                long timeout = a.either(1, "timeout");
                return timeout != 0 ? acquire(self, new long[] {blocking != 0 ? blocking : space.trueObject, timeout})
                        : acquire(self, blocking != 0 ? new long[] {blocking} : new long[0]);
            });
            defineMethod("__enter__", (self, args) -> acquire(self, args));
            defineMethod("release", (self, args) -> {
                Args.none("release", args);
                release(self);
                return space.newNone();
            });
            defineMethod("__exit__", (self, args) -> {
                release(self);
                return space.newNone();
            });
            if (!recursive) {
                defineMethod("acquire_lock", (self, args) -> acquire(self, args));
                defineMethod("release_lock", (self, args) -> {
                    release(self);
                    return space.newNone();
                });
                defineMethod("locked", (self, args) -> {
                    Args.none("locked", args);
                    return space.newBool(semaphore(self).availablePermits() == 0);
                });
                defineMethod("locked_lock", (self, args) -> space.newBool(semaphore(self).availablePermits() == 0));
                return;
            }
            defineMethod("_is_owned", (self, args) -> {
                Args.none("_is_owned", args);
                return space.newBool(count(self) > 0 && owner(self) == me());
            });
            defineMethod("_recursion_count", (self, args) -> {
                Args.none("_recursion_count", args);
                return space.newInt(owner(self) == me() ? count(self) : 0);
            });
            defineMethod("_release_save", (self, args) -> {
                Args.none("_release_save", args);
                if (count(self) == 0) {
                    throw new PyException("RuntimeError", "cannot release un-acquired lock");
                }
                long c = space.newInt(count(self)), o = space.newInt(owner(self));
                long state = space.tupleType.create(c, o);
                space.decref(c);
                space.decref(o);
                memory.putLong(self + COUNT, 0);
                memory.putLong(self + OWNER, 0);
                semaphore(self).release();
                return state;
            });
            defineMethod("_acquire_restore", (self, args) -> {
                long state = Args.one("_acquire_restore", args);
                if (!space.tupleType.check(state) || space.tupleType.size(state) != 2) {
                    throw new PyException("TypeError", "_acquire_restore() argument 1 must be a 2-tuple");
                }
                long count = Abstract.index(space, space.tupleType.item(state, 0));
                long owner = Abstract.index(space, space.tupleType.item(state, 1));
                block(semaphore(self), -1);
                memory.putLong(self + OWNER, owner);
                memory.putLong(self + COUNT, count);
                return space.newNone();
            });
        }

        private static long me() {
            return Thread.currentThread().threadId();
        }

        private long owner(long o) {
            return memory.getLong(o + OWNER);
        }

        private long count(long o) {
            return memory.getLong(o + COUNT);
        }

        synchronized long create() {
            long o = space.newObject(this, size);
            int index;
            if (free.isEmpty()) {
                index = semaphores.size();
                semaphores.add(new Semaphore(1));
            } else {
                index = free.remove(free.size() - 1);
                semaphores.set(index, new Semaphore(1));
            }
            memory.putLong(o + 16, index);
            for (int off = WEAKLIST; off < size; off += 8) {
                memory.putLong(o + off, 0);
            }
            return o;
        }

        synchronized Semaphore semaphore(long o) {
            return semaphores.get((int) memory.getLong(o + 16));
        }

        private void release(long o) {
            if (recursive) {
                if (count(o) == 0 || owner(o) != me()) {
                    throw new PyException("RuntimeError", "cannot release un-acquired lock");
                }
                memory.putLong(o + COUNT, count(o) - 1);
                if (count(o) > 0) {
                    return;
                }
                memory.putLong(o + OWNER, 0);
                semaphore(o).release();
                return;
            }
            Semaphore s = semaphore(o);
            if (s.availablePermits() > 0) {
                throw new PyException("RuntimeError", "release unlocked lock");
            }
            s.release();
        }

        private long acquire(long o, long[] args) {
            Args.range("acquire", args, 0, 2);
            boolean blocking = args.length == 0 || Abstract.isTrue(space, args[0]);
            double timeout = args.length > 1 ? SmallModules.toDouble(space, args[1]) : -1;
            if (!blocking && timeout != -1) {
                throw new PyException("ValueError", "can't specify a timeout for a non-blocking call");
            }
            if (timeout < 0 && timeout != -1) {
                throw new PyException("ValueError", "timeout value must be positive");
            }
            if (recursive && count(o) > 0 && owner(o) == me()) {
                memory.putLong(o + COUNT, count(o) + 1);
                return space.newBool(true);
            }
            Semaphore s = semaphore(o);
            boolean got = s.tryAcquire() || blocking && block(s, timeout);
            if (got && recursive) {
                memory.putLong(o + OWNER, me());
                memory.putLong(o + COUNT, 1);
            }
            return space.newBool(got);
        }

        /** Waits for {@code s} without the GIL ({@code Py_BEGIN_ALLOW_THREADS}); a negative timeout waits for ever. */
        private boolean block(Semaphore s, double timeout) {
            if (s.tryAcquire()) {
                return true;
            }
            var ts = (ThreadState) space.tstate;
            ts.releaseGil();
            try {
                if (timeout < 0) {
                    s.acquire();
                    return true;
                }
                return s.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                ts.acquireGil();
            }
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            if (!recursive) {
                return super.tpNew(subtype, args, kwargs);
            }
            return create();
        }

        @Override
        public String repr(long o) {
            String at = " at 0x" + Long.toHexString(o) + ">";
            if (recursive) {
                return "<" + (count(o) > 0 ? "locked" : "unlocked") + " " + space.typeOf(o).qualifiedName() + " object owner="
                        + owner(o) + " count=" + count(o) + at;
            }
            return "<" + (semaphore(o).availablePermits() == 0 ? "locked" : "unlocked") + " _thread.lock object" + at;
        }

        @Override
        public int weaklistOffset() {
            return WEAKLIST;
        }

        @Override
        public void dealloc(long o) {
            if (memory.getLong(o + WEAKLIST) != 0) {
                space.clearWeakrefs(o);
            }
            synchronized (this) {
                int index = (int) memory.getLong(o + 16);
                semaphores.set(index, null);
                free.add(index);
            }
            space.typeOf(o).tpFree(o);
        }
    }
}
