package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.ObjectSpace;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * {@code _hashlib} (Modules/_hashopenssl.c, whose digests come from OpenSSL): here from the JDK's
 * {@link MessageDigest}. One function, {@code digest(name, data)}: the digest of the bytes
 * {@code data} with the algorithm {@code name} ({@code 'md5'}, {@code 'sha1'}, {@code 'sha224'},
 * {@code 'sha256'}, {@code 'sha384'}, {@code 'sha512'}, {@code 'sha3_256'}...). The hash objects
 * ({@code update}, {@code digest}, {@code copy}) are {@code hashlib}'s, written in Python over it, as
 * is the choice of an algorithm by name; {@code UnsupportedDigestmodError} (a ValueError) is what
 * OpenSSL's lookup raises for a name it does not know.
 * And {@code pbkdf2(name, password, salt, iterations, dklen)}: PKCS #5's PBKDF2 over the JDK's
 * HMAC of that algorithm (RFC 8018 5.2), for {@code hashlib.pbkdf2_hmac}, whose checks are in Python.
 */
final class HashlibModule {
    /** hashlib's names and the JDK's. */
    private static final Map<String, String> ALGORITHMS = Map.of(
            "md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224", "sha256", "SHA-256", "sha384", "SHA-384",
            "sha512", "SHA-512", "sha3_224", "SHA3-224", "sha3_256", "SHA3-256", "sha3_384", "SHA3-384",
            "sha3_512", "SHA3-512");

    private static final String PYTHON_PART = """
            class UnsupportedDigestmodError(ValueError):
                pass
            """;

    private HashlibModule() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        SysModule.function(space, module, dict, "digest", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "digest", a, n, kw).exactly(2);
            long name = c.get(0);
            long data = c.get(1);
            if (!space.strType.check(name)) {
                throw new PyException("TypeError", "digest() argument 1 must be str, not " + space.typeOf(name).name);
            }
            if (!space.bytesType.check(data)) {
                throw new PyException("TypeError", "digest() argument 2 must be bytes, not " + space.typeOf(data).name);
            }
            String algorithm = ALGORITHMS.get(space.strType.value(name));
            if (algorithm == null) {
                throw new PyException("ValueError", "unsupported hash type " + space.strType.value(name));
            }
            try {
                return space.bytesType.of(MessageDigest.getInstance(algorithm).digest(space.bytesType.value(data)));
            } catch (NoSuchAlgorithmException e) {
                throw new PyException("ValueError", "unsupported hash type " + space.strType.value(name));
            }
        });
        SysModule.function(space, module, dict, "pbkdf2", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "pbkdf2", a, n, kw).exactly(5);
            String name = space.strType.value(c.get(0));
            String algorithm = ALGORITHMS.get(name);
            if (algorithm == null) {
                throw new PyException("ValueError", "unsupported hash type " + name);
            }
            byte[] password = space.bytesType.value(c.get(1));
            byte[] salt = space.bytesType.value(c.get(2));
            long iterations = space.intType.longValue(c.get(3));
            int length = (int) space.intType.longValue(c.get(4));
            String hmac = "Hmac" + (algorithm.startsWith("SHA3") ? algorithm : algorithm.replace("-", ""));
            return space.bytesType.of(pbkdf2(hmac, password, salt, iterations, length));
        });
        table.runPythonPart(PYTHON_PART, "<pyheap>/_hashlib", dict);
    }

    /** PBKDF2 (RFC 8018 5.2): block i is U1 ^ U2 ^ ... ^ Uc with U1 = PRF(P, S || INT(i)), Uj = PRF(P, Uj-1). */
    private static byte[] pbkdf2(String hmac, byte[] password, byte[] salt, long iterations, int length) {
        try {
            Mac prf = Mac.getInstance(hmac);
            // an empty key is a valid HMAC key, which SecretKeySpec refuses: one zero byte is the same key
            prf.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, hmac));
            int size = prf.getMacLength();
            byte[] out = new byte[length];
            for (int block = 1, done = 0; done < length; block++, done += size) {
                prf.update(salt);
                prf.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
                byte[] u = prf.doFinal();
                byte[] t = u.clone();
                for (long j = 1; j < iterations; j++) {
                    u = prf.doFinal(u);
                    for (int k = 0; k < size; k++) {
                        t[k] ^= u[k];
                    }
                }
                System.arraycopy(t, 0, out, done, Math.min(size, length - done));
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new PyException("ValueError", "unsupported hash type " + hmac);
        }
    }
}
