package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@code _crypt} (Modules/_cryptmodule.c) over libcrypt.so.1's {@code crypt}, and {@code syslog}
 * (Modules/syslogmodule.c) over the C library's {@code openlog}/{@code syslog}/{@code closelog}/
 * {@code setlogmask}, called through java.lang.foreign so the hashes and the log lines are the C
 * libraries' own. The C library keeps the pointer openlog is given, so the ident lives in memory of
 * the module's own until the next openlog (as CPython keeps its ident object).
 */
final class CryptSyslogModules {
    private CryptSyslogModules() {
    }

    static void crypt(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        SysModule.function(space, module, dict, "crypt", (self, a, n, kw) -> {
            if (kw != 0 && space.tupleType.size(kw) > 0) {
                throw new PyException("TypeError", "crypt() takes no keyword arguments");
            }
            if (n != 2) {
                throw new PyException("TypeError", "crypt expected 2 arguments, got " + n);
            }
            CallArgs c = new CallArgs(space, "crypt", a, n, kw);
            byte[] word = cString(space, c.get(0), "crypt() argument 1");
            byte[] salt = cString(space, c.get(1), "crypt() argument 2");
            MethodHandle crypt = Crypt.HANDLE;
            if (crypt == null) {
                throw new PyException("OSError", "[Errno 38] Function not implemented");
            }
            try (Arena arena = Arena.ofConfined()) {
                int[] errno = {0};
                MemorySegment result = (MemorySegment) PosixSystem.call(crypt, errno, cBytes(arena, word),
                        cBytes(arena, salt));
                if (result.equals(MemorySegment.NULL)) {
                    throw PosixModule.osError(space, errno[0], (String) null);
                }
                return fsDecode(space, result);
            }
        });
    }

    /** syslog.h's priorities, facilities and options, as Linux defines them. */
    private static final Object[] SYSLOG_CONSTANTS = {
        "LOG_EMERG", 0, "LOG_ALERT", 1, "LOG_CRIT", 2, "LOG_ERR", 3, "LOG_WARNING", 4, "LOG_NOTICE", 5,
        "LOG_INFO", 6, "LOG_DEBUG", 7, "LOG_PID", 1, "LOG_CONS", 2, "LOG_ODELAY", 4, "LOG_NDELAY", 8,
        "LOG_NOWAIT", 16, "LOG_PERROR", 32, "LOG_KERN", 0, "LOG_USER", 8, "LOG_MAIL", 16, "LOG_DAEMON", 24,
        "LOG_AUTH", 32, "LOG_LPR", 48, "LOG_LOCAL0", 128, "LOG_LOCAL1", 136, "LOG_LOCAL2", 144,
        "LOG_LOCAL3", 152, "LOG_LOCAL4", 160, "LOG_LOCAL5", 168, "LOG_LOCAL6", 176, "LOG_LOCAL7", 184,
        "LOG_SYSLOG", 40, "LOG_CRON", 72, "LOG_UUCP", 64, "LOG_NEWS", 56, "LOG_AUTHPRIV", 80,
    };
    private static final int LOG_USER = 8, LOG_INFO = 6;

    /** The log this interpreter opened: whether it is open, and the ident the C library points into. */
    private static final class Log {
        boolean open;
        Arena ident;

        void close() {
            if (ident != null) {
                ident.close();
                ident = null;
            }
            open = false;
        }
    }

    static void syslog(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        for (int i = 0; i < SYSLOG_CONSTANTS.length; i += 2) {
            SysModule.setInt(space, dict, (String) SYSLOG_CONSTANTS[i], (Integer) SYSLOG_CONSTANTS[i + 1]);
        }
        Log log = new Log();
        // the mask is the C library's, for the whole process: each interpreter leaves it as it found it
        int initialMask = Syslog.SETLOGMASK == null ? 0 : (int) invoke(Syslog.SETLOGMASK, 0);
        table.atClose(() -> {
            if (log.open && Syslog.CLOSELOG != null) {
                invoke(Syslog.CLOSELOG);
            }
            log.close();
            if (Syslog.SETLOGMASK != null) {
                invoke(Syslog.SETLOGMASK, initialMask);
            }
        });
        SysModule.function(space, module, dict, "openlog", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "openlog", a, n, kw).keywords("ident", "logoption", "facility").range(0, 3);
            long ident = n > 0 ? c.get(0) : c.keyword("ident");
            long option = n > 1 ? c.get(1) : c.keyword("logoption");
            long facility = n > 2 ? c.get(2) : c.keyword("facility");
            String text = null;
            if (ident != 0 && ident != space.none) {
                if (!space.strType.check(ident)) {
                    throw new PyException("TypeError", "openlog() argument 1 must be str, not " + space.typeOf(ident).name);
                }
                // PyUnicode_AsUTF8: a NUL inside ends the ident C sees
                text = new String(space.strType.value(ident).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
            openlog(space, table, log, text, option == 0 ? 0 : (int) Abstract.index(space, option),
                    facility == 0 ? LOG_USER : (int) Abstract.index(space, facility));
            return space.newNone();
        });
        SysModule.function(space, module, dict, "syslog", (self, a, n, kw) -> {
            boolean withPriority = n == 2;
            CallArgs c = new CallArgs(space, "syslog", a, n, kw);
            if ((n != 1 && n != 2) || (kw != 0 && space.tupleType.size(kw) > 0)
                    || (withPriority && !space.typeOf(c.get(0)).hasFlag(dev.pyheap.runtime.objects.PyType.LONG_SUBCLASS))
                    || !space.strType.check(c.get((int) n - 1))) {
                throw new PyException("TypeError", "[priority,] message string");
            }
            int priority = withPriority ? (int) Abstract.index(space, c.get(0)) : LOG_INFO;
            byte[] message = space.strType.value(c.get((int) n - 1)).getBytes(StandardCharsets.UTF_8);
            if (!log.open) {
                openlog(space, table, log, null, 0, LOG_USER);
            }
            if (Syslog.SYSLOG != null) {
                try (Arena arena = Arena.ofConfined()) {
                    invoke(Syslog.SYSLOG, priority, arena.allocateFrom("%s"), cBytes(arena, message));
                }
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "closelog", (self, a, n, kw) -> {
            new CallArgs(space, "closelog", a, n, kw).exactly(0);
            if (log.open && Syslog.CLOSELOG != null) {
                invoke(Syslog.CLOSELOG);
            }
            log.close();
            return space.newNone();
        });
        SysModule.function(space, module, dict, "setlogmask", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "setlogmask", a, n, kw).exactly(1);
            int mask = (int) Abstract.index(space, c.get(0));
            if (Syslog.SETLOGMASK == null) {
                return space.newInt(0);
            }
            return space.newInt((int) invoke(Syslog.SETLOGMASK, mask));
        });
        SysModule.function(space, module, dict, "LOG_MASK", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "LOG_MASK", a, n, kw).exactly(1);
            return space.newInt(1L << (Abstract.index(space, c.get(0)) & 31));
        });
        SysModule.function(space, module, dict, "LOG_UPTO", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "LOG_UPTO", a, n, kw).exactly(1);
            return space.newInt((1L << ((Abstract.index(space, c.get(0)) + 1) & 31)) - 1);
        });
    }

    /**
     * openlog with {@code ident}, or (null) the base name of sys.argv[0] as syslogmodule.c's
     * syslog_get_argv finds it (no ident when argv is empty or its first item is not a non-empty str).
     */
    private static void openlog(ObjectSpace space, ModuleTable table, Log log, String ident, int option,
            int facility) {
        if (ident == null) {
            long argv = space.dictType.getItemString(table.sysDict(), "argv");
            if (argv != 0 && space.listType.check(argv) && space.listType.size(argv) > 0
                    && space.strType.check(space.listType.item(argv, 0))) {
                String first = space.strType.value(space.listType.item(argv, 0));
                String base = first.substring(first.lastIndexOf('/') + 1);
                ident = base.isEmpty() ? null : new String(base.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
        }
        log.close();
        Arena memory = Arena.ofShared();
        MemorySegment name = ident == null ? MemorySegment.NULL
                : cBytes(memory, ident.getBytes(StandardCharsets.ISO_8859_1));
        if (Syslog.OPENLOG != null) {
            invoke(Syslog.OPENLOG, name, option, facility);
        }
        log.ident = memory;
        log.open = true;
    }

    private static Object invoke(MethodHandle h, Object... args) {
        try {
            return h.invokeWithArguments(args);
        } catch (Throwable t) {
            throw new IllegalStateException("native call failed", t);
        }
    }

    /** The C library's syslog functions, or null where native code may not be called. */
    private static final class Syslog {
        static final MethodHandle OPENLOG = find("openlog", FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT));
        static final MethodHandle SYSLOG = find("syslog", FunctionDescriptor.ofVoid(JAVA_INT, ADDRESS, ADDRESS),
                Linker.Option.firstVariadicArg(2));
        static final MethodHandle CLOSELOG = find("closelog", FunctionDescriptor.ofVoid());
        static final MethodHandle SETLOGMASK = find("setlogmask", FunctionDescriptor.of(JAVA_INT, JAVA_INT));

        private static MethodHandle find(String name, FunctionDescriptor descriptor, Linker.Option... options) {
            if (!CryptSyslogModules.class.getModule().isNativeAccessEnabled()) {
                return null;
            }
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find(name).map(s -> linker.downcallHandle(s, descriptor, options)).orElse(null);
        }
    }

    /** The bytes and a terminating NUL, in {@code arena}. */
    private static MemorySegment cBytes(Arena arena, byte[] bytes) {
        MemorySegment segment = arena.allocate(bytes.length + 1L);
        MemorySegment.copy(bytes, 0, segment, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, bytes.length);
        return segment;
    }

    /** A str argument as the bytes C is given (UTF-8, as the file system encoding), without NULs. */
    private static byte[] cString(ObjectSpace space, long o, String what) {
        if (!space.strType.check(o)) {
            throw new PyException("TypeError", what + " must be str, not " + space.typeOf(o).name);
        }
        String text = space.strType.value(o);
        if (text.indexOf('\0') >= 0) {
            throw new PyException("ValueError", "embedded null character");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long fsDecode(ObjectSpace space, MemorySegment cString) {
        return space.strType.runtime(cString.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8));
    }

    /** libcrypt's crypt, or null where it cannot be loaded or native code may not be called. */
    private static final class Crypt {
        static final MethodHandle HANDLE = load();

        private static MethodHandle load() {
            if (!CryptSyslogModules.class.getModule().isNativeAccessEnabled()) {
                return null;
            }
            try {
                SymbolLookup lib = SymbolLookup.libraryLookup("libcrypt.so.1", Arena.global());
                return Linker.nativeLinker().downcallHandle(lib.find("crypt").orElseThrow(),
                        FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS), Linker.Option.captureCallState("errno"));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
