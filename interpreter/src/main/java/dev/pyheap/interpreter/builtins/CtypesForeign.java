package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The foreign-function half of {@code _pyheap_ctypes} (Modules/_ctypes/callproc.c and callbacks.c):
 * shared libraries opened with the C library's {@code dlopen} (its {@code dlerror} text is the
 * message, as in CPython), calls through {@code java.lang.foreign}'s native linker, and callbacks as
 * the linker's upcall stubs.
 *
 * <p>A call is described by format codes (cfield.c's letters: {@code i} a C int, {@code d} a double,
 * {@code P} a pointer...), one per argument and one for the result ({@code v}: void); the library
 * (lib/_ctypes.py) turns Python arguments into codes and raw values as callproc.c's ConvParam does,
 * and raw results back into objects. A downcall handle is made once per signature and kept by the
 * module (one cache per heap). Variadic C functions are called with the fixed-argument convention,
 * as CPython 3.11 does on x86-64: the linker sets {@code %al} either way.
 *
 * <p>The caller keeps the GIL during the call, so a callback runs on the calling thread with the GIL
 * already held. A callback is a {@code Thunk} object owning the upcall stub's arena: the stub lives
 * as long as the object (which the function-pointer instance keeps), and is freed with it.
 * An exception in the callback cannot cross the C frames: it is reported as CPython reports it
 * ("Exception ignored on calling ctypes callback function: ...") and the C caller gets zero.
 *
 * <p>Checked memory's addresses are not the process's: a call given one as a pointer argument is
 * refused with ValueError before C sees it.
 */
final class CtypesForeign {
    private final ObjectSpace space;
    private final Linker linker;
    private final MethodHandle dlopen, dlsym, dlclose, dlerror;
    private final Map<String, MethodHandle> downcalls = new HashMap<>();
    /** Each thread's private copy of errno ({@code ctypes.get_errno}), as callproc.c keeps it per thread. */
    private final ThreadLocal<int[]> errno = ThreadLocal.withInitial(() -> new int[1]);
    private final ThunkType thunkType;
    private final Map<Long, Arena> stubs = new HashMap<>();
    private long nextStub;

    private static final VarHandle ERRNO_VALUE = Linker.Option.captureStateLayout()
            .varHandle(MemoryLayout.PathElement.groupElement("errno"));

    CtypesForeign(ObjectSpace space) {
        this.space = space;
        Linker l = null;
        MethodHandle open = null, sym = null, close = null, error = null;
        if (CtypesForeign.class.getModule().isNativeAccessEnabled()) {
            try {
                l = Linker.nativeLinker();
                var libc = l.defaultLookup();
                open = l.downcallHandle(libc.find("dlopen").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT));
                sym = l.downcallHandle(libc.find("dlsym").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
                close = l.downcallHandle(libc.find("dlclose").orElseThrow(), FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
                error = l.downcallHandle(libc.find("dlerror").orElseThrow(), FunctionDescriptor.of(JAVA_LONG));
            } catch (RuntimeException e) {
                l = null;
            }
        }
        linker = l;
        dlopen = open;
        dlsym = sym;
        dlclose = close;
        dlerror = error;
        thunkType = space.register(new ThunkType(space, this));
    }

    private void requireLinker() {
        if (linker == null) {
            throw new PyException("OSError", "ctypes: foreign functions need native access:"
                    + " run java with --enable-native-access=dev.pyheap.interpreter");
        }
    }

    void fill(long module, long dict) {
        SysModule.function(space, module, dict, "_dlopen", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_dlopen", a, n, kw).exactly(2);
            requireLinker();
            long name = c.get(0);
            int mode = (int) CtypesModule.address(space, c.get(1));
            try (Arena arena = Arena.ofConfined()) {
                long path = name == space.none ? 0 : arena.allocateFrom(space.strType.value(name)).address();
                long h = (long) dlopen.invokeExact(path, mode | 2 /* RTLD_NOW */);
                if (h == 0) {
                    throw new PyException("OSError", lastError());
                }
                return space.intType.createFromBig(unsigned(h));
            } catch (PyException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("dlopen failed", t);
            }
        });
        SysModule.function(space, module, dict, "_dlsym", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_dlsym", a, n, kw).exactly(2);
            requireLinker();
            long handle = CtypesModule.address(space, c.get(0));
            try (Arena arena = Arena.ofConfined()) {
                long name = arena.allocateFrom(space.strType.value(c.get(1))).address();
                long unused = (long) dlerror.invokeExact();
                long p = (long) dlsym.invokeExact(handle, name);
                if (p == 0) {
                    throw new PyException("AttributeError", lastError());
                }
                return space.intType.createFromBig(unsigned(p));
            } catch (PyException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("dlsym failed", t);
            }
        });
        SysModule.function(space, module, dict, "_dlclose", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_dlclose", a, n, kw).exactly(1);
            requireLinker();
            try {
                int r = (int) dlclose.invokeExact(CtypesModule.address(space, c.get(0)));
                if (r != 0) {
                    throw new PyException("OSError", lastError());
                }
            } catch (PyException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("dlclose failed", t);
            }
            return space.newNone();
        });
        // _call(address, rescode, argcodes, values, use_errno): the raw result
        SysModule.function(space, module, dict, "_call", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_call", a, n, kw).exactly(5);
            return call(CtypesModule.address(space, c.get(0)), space.strType.value(c.get(1)).charAt(0),
                    space.strType.value(c.get(2)), c.get(3), Abstract.isTrue(space, c.get(4)));
        });
        // _thunk(func, argconv, rescode, argcodes): a callback object; its stub's address is _thunk_address
        SysModule.function(space, module, dict, "_thunk", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_thunk", a, n, kw).exactly(4);
            requireLinker();
            return thunk(c.get(0), c.get(1), space.strType.value(c.get(2)).charAt(0), space.strType.value(c.get(3)));
        });
        SysModule.function(space, module, dict, "_thunk_address", (self, a, n, kw) -> {
            long o = new CallArgs(space, "_thunk_address", a, n, kw).exactly(1).get(0);
            if (space.typeOf(o) != thunkType) {
                throw new PyException("TypeError", "a ctypes callback object is required");
            }
            return space.intType.createFromBig(unsigned(space.memory.getLong(o + ThunkType.ADDRESS)));
        });
        // _result_object(address): a py_object result, taking over the reference the C function gave
        // (GetResult drops the one O_get adds: a function giving a borrowed reference loses one)
        SysModule.function(space, module, dict, "_result_object", (self, a, n, kw) -> {
            long p = CtypesModule.address(space, new CallArgs(space, "_result_object", a, n, kw).exactly(1).get(0));
            if (p == 0) {
                throw new PyException("ValueError", "PyObject is NULL");
            }
            if (!CtypesModule.isLiveObject(space, p)) {
                throw new PyException("ValueError", "ctypes: 0x" + Long.toHexString(p)
                        + " is not the address of a live object of this heap");
            }
            return p;
        });
        SysModule.function(space, module, dict, "get_errno", (self, a, n, kw) -> {
            new CallArgs(space, "get_errno", a, n, kw).exactly(0);
            return space.newInt(errno.get()[0]);
        });
        SysModule.function(space, module, dict, "set_errno", (self, a, n, kw) -> {
            long v = new CallArgs(space, "set_errno", a, n, kw).exactly(1).get(0);
            if (!space.intType.check(v)) {
                throw new PyException("TypeError", "'" + space.typeOf(v).name + "' object cannot be interpreted as an integer");
            }
            int[] slot = errno.get();
            int old = slot[0];
            slot[0] = space.intType.bigValue(v).intValue();
            return space.newInt(old);
        });
        // _cstring(address, wide): the NUL-terminated string at an address C gave (heap or not)
        SysModule.function(space, module, dict, "_cstring", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_cstring", a, n, kw).exactly(2);
            long p = CtypesModule.address(space, c.get(0));
            boolean wide = Abstract.isTrue(space, c.get(1));
            if (p == 0) {
                return space.newNone();
            }
            if (space.memory.isMapped(p) || linker == null) {
                return CtypesModule.string(space, p, wide);
            }
            MemorySegment s = MemorySegment.ofAddress(p).reinterpret(Long.MAX_VALUE);
            if (!wide) {
                long len = 0;
                while (s.get(ValueLayout.JAVA_BYTE, len) != 0) {
                    len++;
                }
                return space.bytesType.of(s.asSlice(0, len).toArray(ValueLayout.JAVA_BYTE));
            }
            StringBuilder b = new StringBuilder();
            for (long i = 0; ; i += 4) {
                int cp = s.get(ValueLayout.JAVA_INT_UNALIGNED, i);
                if (cp == 0) {
                    break;
                }
                if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                    throw new PyException("ValueError", "character U+" + Integer.toHexString(cp) + " is not in range [U+0000; U+10ffff]");
                }
                b.appendCodePoint(cp);
            }
            return space.strType.create(b.toString());
        });
    }

    private String lastError() throws Throwable {
        long p = (long) dlerror.invokeExact();
        if (p == 0) {
            return "unknown dlopen() error";
        }
        return MemorySegment.ofAddress(p).reinterpret(Long.MAX_VALUE).getString(0);
    }

    private static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }

    /** The linker's layout for a format code, or null for void. */
    private static MemoryLayout layout(char code) {
        return switch (code) {
            case 'b', 'B', 'c', '?' -> ValueLayout.JAVA_BYTE;
            case 'h', 'H' -> ValueLayout.JAVA_SHORT;
            case 'i', 'I', 'u' -> JAVA_INT;
            case 'l', 'L', 'q', 'Q', 'P', 'z', 'Z', 'O' -> JAVA_LONG;
            case 'f' -> ValueLayout.JAVA_FLOAT;
            case 'd' -> ValueLayout.JAVA_DOUBLE;
            case 'v' -> null;
            case 'g' -> throw new PyException("TypeError", "ctypes: long double arguments and results cannot be passed:"
                    + " this platform's linker has no such type");
            default -> throw new PyException("TypeError", "ctypes: no format code '" + code + "'");
        };
    }

    private static FunctionDescriptor descriptor(char rescode, String argcodes, boolean widen) {
        MemoryLayout[] args = new MemoryLayout[argcodes.length()];
        for (int i = 0; i < args.length; i++) {
            char code = argcodes.charAt(i);
            MemoryLayout l = layout(code);
            args[i] = widen && !isFloating(code) ? JAVA_LONG : l;
        }
        MemoryLayout r = layout(rescode);
        return r == null ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(r, args);
    }

    /**
     * A Python int or float as the boxed Java value of a format code's layout ({@code widen}: an
     * integer of fewer than 64 bits as a 64-bit one, sign- or zero-extended by its signedness, as
     * libffi puts it in a register or stack slot, so that a callee reading a wider type sees
     * CPython's value).
     */
    private Object box(char code, long value, boolean widen) {
        if (value == space.none) {
            return widen && !isFloating(code) ? (Object) 0L : zero(code);
        }
        if (isFloating(code)) {
            double d = space.floatType.check(value) ? space.floatType.value(value)
                    : space.intType.bigValue(value).doubleValue();
            return code == 'f' ? (Object) (float) d : (Object) d;
        }
        long v = space.intType.bigValue(value).longValue();
        if (widen) {
            return switch (code) {
                case 'b' -> (Object) (long) (byte) v;
                case 'B', 'c', '?' -> (Object) (v & 0xff);
                case 'h' -> (Object) (long) (short) v;
                case 'H' -> (Object) (v & 0xffff);
                case 'i' -> (Object) (long) (int) v;
                case 'I', 'u' -> (Object) (v & 0xffffffffL);
                default -> (Object) v;
            };
        }
        return switch (code) {
            case 'b', 'B', 'c', '?' -> (Object) (byte) v;
            case 'h', 'H' -> (Object) (short) v;
            case 'i', 'I', 'u' -> (Object) (int) v;
            default -> (Object) v;
        };
    }

    private static boolean isFloating(char code) {
        return code == 'f' || code == 'd';
    }

    /** A value the linker gave for a format code as a Python object (the signedness the code says). */
    private long unbox(char code, Object value) {
        return switch (code) {
            case 'v' -> space.newNone();
            case 'f' -> space.floatType.create((Float) value);
            case 'd' -> space.floatType.create((Double) value);
            case 'b' -> space.newInt((Byte) value);
            case 'B', 'c', '?' -> space.newInt((Byte) value & 0xff);
            case 'h' -> space.newInt((Short) value);
            case 'H' -> space.newInt((Short) value & 0xffff);
            case 'i' -> space.newInt((Integer) value);
            case 'I', 'u' -> space.newInt((Integer) value & 0xffffffffL);
            case 'L', 'Q', 'P', 'z', 'Z', 'O' -> space.intType.createFromBig(unsigned((Long) value));
            default -> space.newInt((Long) value);
        };
    }

    private static boolean isPointer(char code) {
        return code == 'P' || code == 'z' || code == 'Z' || code == 'O';
    }

    private long call(long address, char rescode, String argcodes, long values, boolean useErrno) {
        requireLinker();
        if (address == 0) {
            throw new PyException("ValueError", "NULL pointer access");
        }
        int n = argcodes.length();
        if (space.tupleType.size(values) != n) {
            throw new PyException("TypeError", "_call: one value per argument code");
        }
        List<Object> args = new ArrayList<>(n + 2);
        args.add(MemorySegment.ofAddress(address));
        MemorySegment state = null;
        try (Arena arena = useErrno ? Arena.ofConfined() : null) {
            if (useErrno) {
                state = arena.allocate(Linker.Option.captureStateLayout());
                args.add(state);
            }
            for (int i = 0; i < n; i++) {
                char code = argcodes.charAt(i);
                Object v = box(code, space.tupleType.item(values, i), true);
                if (isPointer(code) && space.memory.isChecked() && (Long) v != 0 && space.memory.isMapped((Long) v)) {
                    throw new PyException("ValueError", "ctypes: argument " + (i + 1) + " is 0x" + Long.toHexString((Long) v)
                            + ", an address of checked memory, which is not the process's: C code cannot be given it"
                            + " (foreign calls with heap pointers need memory=native)");
                }
                args.add(v);
            }
            MethodHandle h = downcall(rescode, argcodes, useErrno);
            Object r;
            try {
                r = h.invokeWithArguments(args);
            } catch (PyException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("foreign call failed", t);
            }
            if (useErrno) {
                errno.get()[0] = (int) ERRNO_VALUE.get(state, 0L);
            }
            return unbox(rescode, r);
        }
    }

    private MethodHandle downcall(char rescode, String argcodes, boolean useErrno) {
        String key = rescode + argcodes + (useErrno ? "!" : "");
        MethodHandle h = downcalls.get(key);
        if (h == null) {
            FunctionDescriptor d = descriptor(rescode, argcodes, true);
            List<Linker.Option> options = new ArrayList<>(2);
            if (useErrno) {
                options.add(Linker.Option.captureCallState("errno"));
            }
            // libffi's call sets %al to the vector registers used on every call, so a variadic C
            // function (printf's family) called without a prototype finds its double arguments;
            // the linker does so for a variadic call only: every call whose arguments may be
            // variadic ones (no float, the rest already promoted) is made as one
            if (!argcodes.isEmpty() && argcodes.indexOf('f') < 0) {
                options.add(Linker.Option.firstVariadicArg(0));
            }
            h = linker.downcallHandle(d, options.toArray(Linker.Option[]::new));
            downcalls.put(key, h);
        }
        return h;
    }

    // ------------------------------------------------------------------ callbacks

    private static final MethodHandle UPCALL;

    static {
        try {
            UPCALL = MethodHandles.lookup().findVirtual(Upcall.class, "invoke", MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private long thunk(long func, long argconv, char rescode, String argcodes) {
        FunctionDescriptor d = descriptor(rescode, argcodes, false);
        long o = space.newGcObject(thunkType, ThunkType.SIZE, 0);
        space.memory.putLong(o + ThunkType.FUNC, space.newRef(func));
        space.memory.putLong(o + ThunkType.ARGCONV, argconv == space.none ? 0 : space.newRef(argconv));
        long key = nextStub++;
        space.memory.putLong(o + ThunkType.KEY, key);
        Upcall target = new Upcall(this, o, rescode, argcodes);
        MethodHandle h = UPCALL.bindTo(target).asCollector(Object[].class, argcodes.length()).asType(d.toMethodType());
        Arena arena = Arena.ofShared();
        MemorySegment stub = linker.upcallStub(h, d, arena);
        stubs.put(key, arena);
        space.memory.putLong(o + ThunkType.ADDRESS, stub.address());
        space.track(o);
        return o;
    }

    /** What a callback's stub calls: converts the C arguments, calls the Python function, converts its result. */
    record Upcall(CtypesForeign foreign, long thunk, char rescode, String argcodes) {
        Object invoke(Object[] raw) {
            ObjectSpace space = foreign.space;
            long func = space.memory.getLong(thunk + ThunkType.FUNC);
            if (func == 0) {
                return foreign.zero(rescode);
            }
            long result;
            try {
                long[] items = new long[raw.length];
                for (int i = 0; i < raw.length; i++) {
                    items[i] = foreign.unbox(argcodes.charAt(i), raw[i]);
                }
                long args = space.tupleType.create(items);
                for (long x : items) {
                    space.decref(x);
                }
                try {
                    long argconv = space.memory.getLong(thunk + ThunkType.ARGCONV);
                    if (argconv != 0) {
                        long converted = Abstract.call(space, argconv, args, 0);
                        space.decref(args);
                        args = converted;
                    }
                    result = Abstract.call(space, func, args, 0);
                } finally {
                    space.decref(args);
                }
            } catch (RuntimeException e) {
                foreign.report("Exception ignored on calling ctypes callback function: ", e, func);
                return foreign.zero(rescode);
            }
            try {
                return rescode == 'v' ? null : foreign.box(rescode, foreign.resultValue(rescode, result), false);
            } catch (RuntimeException e) {
                foreign.report("Exception ignored on converting result of ctypes callback function: ", e, func);
                return foreign.zero(rescode);
            } finally {
                space.decref(result);
            }
        }
    }

    private void report(String message, RuntimeException e, long func) {
        PyException error = e instanceof PyException p ? p : new PyException("SystemError", String.valueOf(e));
        String what;
        try {
            what = Abstract.repr(space, func);
        } catch (RuntimeException ignored) {
            if (ignored instanceof PyException p) {
                p.release();
            }
            what = "<callback>";
        }
        space.reportUnraisable(message + what, error, func);
    }

    /** What a callback returns to C after an exception (the zero of the result's layout). */
    private Object zero(char rescode) {
        MemoryLayout l = layout(rescode);
        if (l == null) {
            return null;
        }
        Object z;
        if (l == ValueLayout.JAVA_BYTE) {
            z = (byte) 0;
        } else if (l == ValueLayout.JAVA_SHORT) {
            z = (short) 0;
        } else if (l == JAVA_INT) {
            z = 0;
        } else if (l == ValueLayout.JAVA_FLOAT) {
            z = 0f;
        } else if (l == ValueLayout.JAVA_DOUBLE) {
            z = 0d;
        } else {
            z = 0L;
        }
        return z;
    }

    /** The Python result of a callback checked for its C type (setfunc's errors), borrowed. */
    private long resultValue(char rescode, long result) {
        if (rescode == 'f' || rescode == 'd') {
            if (!space.floatType.check(result) && !space.intType.check(result)) {
                throw new PyException("TypeError", "must be real number, not " + space.typeOf(result).name);
            }
            return result;
        }
        if (isPointer(rescode) && result == space.none) {
            return result;
        }
        if (!space.intType.check(result)) {
            throw new PyException("TypeError", "'" + space.typeOf(result).name + "' object cannot be interpreted as an integer");
        }
        return result;
    }

    private void closeStub(long key) {
        Arena a = stubs.remove(key);
        if (a != null) {
            a.close();
        }
    }

    /** A callback: the Python function (and its argument converter) and the upcall stub C calls. */
    static final class ThunkType extends PyType {
        static final int KEY = 16, FUNC = 24, ARGCONV = 32, ADDRESS = 40, SIZE = 48;
        private final CtypesForeign foreign;

        ThunkType(ObjectSpace space, CtypesForeign foreign) {
            super(space, "_ctypes.CThunkObject", null, HAVE_GC, SIZE, 0);
            this.foreign = foreign;
        }

        @Override
        public void forEachReferent(long o, LongConsumer visitor) {
            for (int off : new int[] {FUNC, ARGCONV}) {
                long r = memory.getLong(o + off);
                if (r != 0) {
                    visitor.accept(r);
                }
            }
        }

        @Override
        public void clear(long o) {
            long f = memory.getLong(o + FUNC);
            long c = memory.getLong(o + ARGCONV);
            memory.putLong(o + FUNC, 0);
            memory.putLong(o + ARGCONV, 0);
            space.xdecref(f);
            space.xdecref(c);
        }

        @Override
        public void dealloc(long o) {
            space.untrack(o);
            foreign.closeStub(memory.getLong(o + KEY));
            long f = memory.getLong(o + FUNC);
            long c = memory.getLong(o + ARGCONV);
            tpFree(o);
            space.xdecref(f);
            space.xdecref(c);
        }
    }
}
