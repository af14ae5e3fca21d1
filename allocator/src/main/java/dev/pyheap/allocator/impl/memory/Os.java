package dev.pyheap.allocator.impl.memory;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Locale;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The operating system and the C library, called through {@code java.lang.foreign}'s native linker
 * (restricted methods: the launcher grants {@code --enable-native-access} to this module). Pointers
 * and {@code size_t} travel as {@code long}: on the 64-bit ABIs the linker supports they are the
 * same 64-bit integer register, and no {@link MemorySegment} is made per call.
 *
 * <p>{@code mmap}/{@code munmap} are what CPython's {@code _PyObject_ArenaMmap} and
 * {@code _PyObject_ArenaMunmap} call; {@code malloc}, {@code calloc}, {@code realloc} and
 * {@code free} what {@code _PyMem_RawMalloc} and its siblings call. Only constants, no state: the
 * method handles are immutable and shared by every heap.
 */
final class Os {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final String OS_NAME = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    private static final boolean MAC = OS_NAME.contains("mac") || OS_NAME.contains("darwin");

    static final int PROT_READ = 1;
    static final int PROT_WRITE = 2;
    static final int MAP_PRIVATE = 2;
    /** {@code MAP_ANONYMOUS}: 0x20 on Linux, 0x1000 ({@code MAP_ANON}) on macOS and the BSDs. */
    static final int MAP_ANONYMOUS = MAC ? 0x1000 : 0x20;
    /** {@code MAP_FAILED}, {@code (void *) -1}. */
    static final long MAP_FAILED = -1L;

    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final MemoryLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO_VALUE =
            CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final MethodHandle MMAP = downcall("mmap",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG), ERRNO);
    private static final MethodHandle MUNMAP = downcall("munmap",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG), ERRNO);
    private static final MethodHandle MALLOC = downcall("malloc", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    private static final MethodHandle CALLOC = downcall("calloc", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle REALLOC = downcall("realloc", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle FREE = downcall("free", FunctionDescriptor.ofVoid(JAVA_LONG));
    private static final MethodHandle STRERROR = downcall("strerror",
            FunctionDescriptor.of(ValueLayout.ADDRESS.withTargetLayout(MemoryLayout.sequenceLayout(1024, ValueLayout.JAVA_BYTE)), JAVA_INT));

    private Os() {
    }

    /** Initialises this class: the linker and every downcall handle (restricted methods). */
    static void ensureAvailable() {
        java.util.Objects.requireNonNull(MMAP);
    }

    private static MethodHandle downcall(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment symbol = LIBC.find(name).orElseThrow(
                () -> new UnsupportedOperationException("native memory needs the C library's " + name
                        + ", which this platform's linker does not find; use memory=checked"));
        return LINKER.downcallHandle(symbol, descriptor, options);
    }

    /** A system call that failed: its {@code errno} and the C library's text for it. */
    static final class OsError extends RuntimeException {
        private final int errno;

        OsError(String call, int errno, String text) {
            super(call + " failed: " + text + " (errno " + errno + ")");
            this.errno = errno;
        }

        int errno() {
            return errno;
        }
    }

    /**
     * {@code mmap(hint, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)}: fresh
     * zero pages at a page-aligned address, near {@code hint} if the system obliges ({@code 0} lets it
     * choose, as CPython does).
     *
     * @throws OsError when the system refuses
     */
    static long mmap(long hint, long length) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            long address = (long) MMAP.invokeExact(state, hint, length, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0L);
            if (address == MAP_FAILED) {
                throw error("mmap", (int) ERRNO_VALUE.get(state, 0L));
            }
            return address;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code munmap(address, length)}.
     *
     * @throws OsError when the system refuses
     */
    static void munmap(long address, long length) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int result = (int) MUNMAP.invokeExact(state, address, length);
            if (result != 0) {
                throw error("munmap", (int) ERRNO_VALUE.get(state, 0L));
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code malloc(size)}, or 0 when the C library has no memory to give. */
    static long malloc(long size) {
        try {
            return (long) MALLOC.invokeExact(size);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code calloc(count, size)}, or 0. */
    static long calloc(long count, long size) {
        try {
            return (long) CALLOC.invokeExact(count, size);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code realloc(address, size)}, or 0 (the old block then untouched). */
    static long realloc(long address, long size) {
        try {
            return (long) REALLOC.invokeExact(address, size);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static void free(long address) {
        try {
            FREE.invokeExact(address);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static OsError error(String call, int errno) {
        String text;
        try {
            MemorySegment s = (MemorySegment) STRERROR.invokeExact(errno);
            text = s.equals(MemorySegment.NULL) ? "errno " + errno : s.getString(0);
        } catch (Throwable t) {
            text = "errno " + errno;
        }
        return new OsError(call, errno, text);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("native call failed", t);
    }
}
