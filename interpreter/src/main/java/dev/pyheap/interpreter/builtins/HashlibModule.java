package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Map;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@code _hashlib} (Modules/_hashopenssl.c): OpenSSL's {@code libcrypto.so.3} itself, called
 * through {@code java.lang.foreign}, so the digests, the names OpenSSL knows and its errors are
 * CPython's. The hash objects ({@code update}, {@code digest}, {@code copy}) are {@code hashlib}'s,
 * written in Python over these functions:
 * <ul>
 *   <li>{@code md_info(name)}: {@code (name, digest_size, block_size, xof)} of the algorithm
 *       {@code name} (hashlib's spelling, any case: {@code sha3_256} is OpenSSL's {@code SHA3-256}),
 *       {@code name} being hashlib's spelling of what OpenSSL fetched; a ValueError with OpenSSL's
 *       message ({@code [digital envelope routines] unsupported}) when the default provider has none.</li>
 *   <li>{@code digest(name, data, length)}: the digest of the bytes {@code data}
 *       ({@code EVP_DigestInit_ex}, {@code EVP_DigestUpdate}, then {@code EVP_DigestFinal_ex}, or
 *       {@code EVP_DigestFinalXOF} with {@code length} bytes for SHAKE).</li>
 *   <li>{@code pbkdf2(name, password, salt, iterations, dklen)}: {@code PKCS5_PBKDF2_HMAC}.</li>
 *   <li>{@code scrypt(password, salt, n, r, p, maxmem, dklen)}: {@code EVP_PBE_scrypt}, first asked
 *       without an output whether the parameters are valid, as CPython does (OpenSSL's error, or
 *       CPython's message when OpenSSL queued none).</li>
 * </ul>
 * {@code UnsupportedDigestmodError} (a ValueError) is defined here for {@code hashlib} to raise.
 */
final class HashlibModule {
    /** hashlib's names that OpenSSL spells otherwise; the rest are the same (OpenSSL ignores case). */
    private static final Map<String, String> OPENSSL_NAMES = Map.of(
            "sha3_224", "SHA3-224", "sha3_256", "SHA3-256", "sha3_384", "SHA3-384", "sha3_512", "SHA3-512",
            "shake_128", "SHAKE128", "shake_256", "SHAKE256", "sha512_224", "SHA512-224", "sha512_256", "SHA512-256",
            "blake2b", "BLAKE2B512", "blake2s", "BLAKE2S256");
    /** OpenSSL's short names that hashlib spells otherwise, lower-cased; the rest are lower-cased only. */
    private static final Map<String, String> HASHLIB_NAMES = Map.of(
            "sha3-224", "sha3_224", "sha3-256", "sha3_256", "sha3-384", "sha3_384", "sha3-512", "sha3_512",
            "shake128", "shake_128", "shake256", "shake_256", "sha512-224", "sha512_224", "sha512-256", "sha512_256",
            "blake2b512", "blake2b", "blake2s256", "blake2s");
    private static final long EVP_MD_FLAG_XOF = 0x2;
    /** {@code _setException}'s message when OpenSSL queued no error. */
    private static final String NO_REASON = "no reason supplied";

    private static final String PYTHON_PART = """
            class UnsupportedDigestmodError(ValueError):
                pass
            """;

    /** libcrypto's entry points, bound once per JVM (the library, like the C library, is shared). */
    private record Lib(MethodHandle fetch, MethodHandle free, MethodHandle size, MethodHandle blockSize,
                       MethodHandle flags, MethodHandle type, MethodHandle nid2sn, MethodHandle ctxNew,
                       MethodHandle ctxFree, MethodHandle init, MethodHandle update, MethodHandle fin,
                       MethodHandle finXof, MethodHandle pbkdf2, MethodHandle scrypt, MethodHandle getError,
                       MethodHandle libString, MethodHandle reasonString, MethodHandle clearError) {
        /** The library, or the reason it cannot be used. */
        static final Object LOADED = load();

        private static Object load() {
            if (!HashlibModule.class.getModule().isNativeAccessEnabled()) {
                return "hashlib needs native access: run java with --enable-native-access=dev.pyheap.interpreter";
            }
            try {
                Linker linker = Linker.nativeLinker();
                SymbolLookup lib = SymbolLookup.libraryLookup("libcrypto.so.3", Arena.global());
                java.util.function.BiFunction<String, FunctionDescriptor, MethodHandle> bind =
                        (name, d) -> linker.downcallHandle(lib.find(name).orElseThrow(), d);
                FunctionDescriptor intOfPtr = FunctionDescriptor.of(JAVA_INT, ADDRESS);
                return new Lib(
                        bind.apply("EVP_MD_fetch", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS)),
                        bind.apply("EVP_MD_free", FunctionDescriptor.ofVoid(ADDRESS)),
                        bind.apply("EVP_MD_get_size", intOfPtr),
                        bind.apply("EVP_MD_get_block_size", intOfPtr),
                        bind.apply("EVP_MD_get_flags", FunctionDescriptor.of(JAVA_LONG, ADDRESS)),
                        bind.apply("EVP_MD_get_type", intOfPtr),
                        bind.apply("OBJ_nid2sn", FunctionDescriptor.of(ADDRESS, JAVA_INT)),
                        bind.apply("EVP_MD_CTX_new", FunctionDescriptor.of(ADDRESS)),
                        bind.apply("EVP_MD_CTX_free", FunctionDescriptor.ofVoid(ADDRESS)),
                        bind.apply("EVP_DigestInit_ex", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS)),
                        bind.apply("EVP_DigestUpdate", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG)),
                        bind.apply("EVP_DigestFinal_ex", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS)),
                        bind.apply("EVP_DigestFinalXOF", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG)),
                        bind.apply("PKCS5_PBKDF2_HMAC", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS,
                                JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS)),
                        bind.apply("EVP_PBE_scrypt", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS,
                                JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG)),
                        bind.apply("ERR_get_error", FunctionDescriptor.of(JAVA_LONG)),
                        bind.apply("ERR_lib_error_string", FunctionDescriptor.of(ADDRESS, JAVA_LONG)),
                        bind.apply("ERR_reason_error_string", FunctionDescriptor.of(ADDRESS, JAVA_LONG)),
                        bind.apply("ERR_clear_error", FunctionDescriptor.ofVoid()));
            } catch (RuntimeException e) {
                return "libcrypto.so.3 cannot be loaded: " + e.getMessage();
            }
        }

        static Lib get() {
            if (LOADED instanceof Lib lib) {
                return lib;
            }
            throw new PyException("ModuleNotFoundError", "No module named '_hashlib' (" + LOADED + ")");
        }

        /** {@code _setException}: OpenSSL's first queued error as {@code [library] reason}, the queue then emptied. */
        PyException error(String type, String fallback) throws Throwable {
            long code = (long) getError.invokeExact();
            String message = fallback;
            if (code != 0) {
                String library = string((MemorySegment) libString.invokeExact(code));
                String reason = string((MemorySegment) reasonString.invokeExact(code));
                if (reason != null) {
                    message = library != null ? "[" + library + "] " + reason : reason;
                }
            }
            clearError.invokeExact();
            return new PyException(type, message);
        }

        /** {@code EVP_MD_fetch} of hashlib's {@code name}: the caller frees it. */
        MemorySegment fetch(Arena arena, String name) throws Throwable {
            String openssl = OPENSSL_NAMES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
            MemorySegment md = (MemorySegment) fetch.invokeExact(MemorySegment.NULL, arena.allocateFrom(openssl),
                    MemorySegment.NULL);
            if (md.equals(MemorySegment.NULL)) {
                throw error("ValueError", "unsupported hash type " + name);
            }
            return md;
        }
    }

    private static String string(MemorySegment s) {
        return s.equals(MemorySegment.NULL) ? null : s.reinterpret(Long.MAX_VALUE).getString(0);
    }

    private HashlibModule() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Lib lib = Lib.get();
        SysModule.function(space, module, dict, "md_info", (self, a, n, kw) -> {
            String name = str(space, new CallArgs(space, "md_info", a, n, kw).exactly(1).get(0), "md_info");
            return native_(() -> {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment md = lib.fetch(arena, name);
                    try {
                        String sn = string((MemorySegment) lib.nid2sn().invokeExact((int) lib.type().invokeExact(md)));
                        String lower = sn == null ? name.toLowerCase(Locale.ROOT) : sn.toLowerCase(Locale.ROOT);
                        long[] items = {space.strType.create(HASHLIB_NAMES.getOrDefault(lower, lower)),
                            space.newInt((int) lib.size().invokeExact(md)),
                            space.newInt((int) lib.blockSize().invokeExact(md)),
                            space.newBool(((long) lib.flags().invokeExact(md) & EVP_MD_FLAG_XOF) != 0)};
                        long t = space.tupleType.create(items);
                        for (long x : items) {
                            space.decref(x);
                        }
                        return t;
                    } finally {
                        lib.free().invokeExact(md);
                    }
                }
            });
        });
        SysModule.function(space, module, dict, "digest", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "digest", a, n, kw).exactly(3);
            String name = str(space, c.get(0), "digest");
            byte[] data = CallArgs.bytesOrBytearray(space, c.get(1));
            long length = space.intType.longValue(c.get(2));
            return space.bytesType.of(native_(() -> digest(lib, name, data, length)));
        });
        SysModule.function(space, module, dict, "pbkdf2", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "pbkdf2", a, n, kw).exactly(5);
            String name = str(space, c.get(0), "pbkdf2");
            byte[] password = CallArgs.bytesOrBytearray(space, c.get(1));
            byte[] salt = CallArgs.bytesOrBytearray(space, c.get(2));
            int iterations = Args.cInt(space, c.get(3));
            int length = Args.cInt(space, c.get(4));
            return space.bytesType.of(native_(() -> {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment md = lib.fetch(arena, name);
                    try {
                        MemorySegment out = arena.allocate(length);
                        int ok = (int) lib.pbkdf2().invokeExact(bytes(arena, password), password.length,
                                bytes(arena, salt), salt.length, iterations, md, length, out);
                        if (ok == 0) {
                            throw lib.error("ValueError", NO_REASON);
                        }
                        return out.toArray(JAVA_BYTE);
                    } finally {
                        lib.free().invokeExact(md);
                    }
                }
            }));
        });
        SysModule.function(space, module, dict, "scrypt", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "scrypt", a, n, kw).exactly(7);
            byte[] password = CallArgs.bytesOrBytearray(space, c.get(0));
            byte[] salt = CallArgs.bytesOrBytearray(space, c.get(1));
            long[] numbers = new long[5];
            for (int i = 0; i < 5; i++) {
                numbers[i] = space.intType.longValue(c.get(2 + i));
            }
            return space.bytesType.of(native_(() -> scrypt(lib, password, salt, numbers)));
        });
        table.runPythonPart(PYTHON_PART, "<pyheap>/_hashlib", dict);
    }

    private static byte[] digest(Lib lib, String name, byte[] data, long length) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment md = lib.fetch(arena, name);
            MemorySegment ctx = (MemorySegment) lib.ctxNew().invokeExact();
            try {
                boolean xof = ((long) lib.flags().invokeExact(md) & EVP_MD_FLAG_XOF) != 0;
                int size = (int) lib.size().invokeExact(md);
                if ((int) lib.init().invokeExact(ctx, md, MemorySegment.NULL) == 0
                        || (int) lib.update().invokeExact(ctx, bytes(arena, data), (long) data.length) == 0) {
                    throw lib.error("ValueError", NO_REASON);
                }
                if (xof) {
                    MemorySegment out = arena.allocate(Math.max(1, length));
                    if (length > 0 && (int) lib.finXof().invokeExact(ctx, out, length) == 0) {
                        throw lib.error("ValueError", NO_REASON);
                    }
                    return out.asSlice(0, length).toArray(JAVA_BYTE);
                }
                MemorySegment out = arena.allocate(Math.max(size, 64));
                MemorySegment written = arena.allocate(JAVA_INT);
                if ((int) lib.fin().invokeExact(ctx, out, written) == 0) {
                    throw lib.error("ValueError", NO_REASON);
                }
                return out.asSlice(0, written.get(JAVA_INT, 0)).toArray(JAVA_BYTE);
            } finally {
                lib.ctxFree().invokeExact(ctx);
                lib.free().invokeExact(md);
            }
        }
    }

    /** {@code numbers}: n, r, p, maxmem, dklen, already checked to be in range by hashlib. */
    private static byte[] scrypt(Lib lib, byte[] password, byte[] salt, long[] numbers) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pass = bytes(arena, password);
            MemorySegment s = bytes(arena, salt);
            long dklen = numbers[4];
            int valid = (int) lib.scrypt().invokeExact(MemorySegment.NULL, 0L, MemorySegment.NULL, 0L,
                    numbers[0], numbers[1], numbers[2], numbers[3], MemorySegment.NULL, 0L);
            if (valid == 0) {
                throw lib.error("ValueError", "Invalid parameter combination for n, r, p, maxmem.");
            }
            MemorySegment out = arena.allocate(dklen);
            int ok = (int) lib.scrypt().invokeExact(pass, (long) password.length, s, (long) salt.length,
                    numbers[0], numbers[1], numbers[2], numbers[3], out, dklen);
            if (ok == 0) {
                throw lib.error("ValueError", NO_REASON);
            }
            return out.toArray(JAVA_BYTE);
        }
    }

    /** A copy of {@code data} in native memory (never a zero-length segment: OpenSSL may read its address). */
    private static MemorySegment bytes(Arena arena, byte[] data) {
        MemorySegment m = arena.allocate(Math.max(1, data.length));
        MemorySegment.copy(data, 0, m, JAVA_BYTE, 0, data.length);
        return m;
    }

    private static String str(ObjectSpace space, long o, String function) {
        if (!space.strType.check(o)) {
            throw new PyException("TypeError", function + "() argument 1 must be str, not " + space.typeOf(o).name);
        }
        return space.strType.value(o);
    }

    /** A call into libcrypto whose failures are Python errors already or cannot happen. */
    private interface NativeCall<T> {
        T call() throws Throwable;
    }

    private static <T> T native_(NativeCall<T> call) {
        try {
            return call.call();
        } catch (PyException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("libcrypto call failed", t);
        }
    }
}
