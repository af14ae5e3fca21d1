package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;

/**
 * {@code _pyheap_blake2}: the engine under {@code _blake2} (Modules/_blake2, CPython's own copy of
 * the reference BLAKE2 code, not OpenSSL's: OpenSSL's BLAKE2b512 and BLAKE2s256 take no key, salt,
 * personalization or tree parameters). One function,
 * {@code digest(is_b, data, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset,
 * node_depth, inner_size, last_node)}: the BLAKE2b ({@code is_b}) or BLAKE2s hash of the bytes
 * {@code data}; {@code _blake2} (Python) checks the ranges and keeps the data of its hash objects.
 *
 * <p>BLAKE2 (RFC 7693): the state h is the SHA-2 initial values (SHA-512's for BLAKE2b, SHA-256's
 * for BLAKE2s) xor the parameter block (digest length, key length, fanout, depth, leaf length, node
 * offset, node depth, inner length, salt, personalization, little-endian). The message, after the
 * key padded to one block when there is a key, is cut into blocks of 128 (64) bytes; each block is
 * mixed into h by the compression function F: 12 (10) rounds of the G function over a 16-word work
 * vector (h, the initial values xor the byte counter t and the final flags f), with the message
 * words permuted by SIGMA. The last block (zero-padded; one zero block for an empty unkeyed message)
 * sets f0, and f1 too for the last node of a tree level. The digest is h's first bytes.
 */
final class Blake2Module {
    private Blake2Module() {
    }

    private static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };
    private static final long[] IV_B = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final int[] IV_S = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

    /** The tree and personalization parameters of one hash. */
    record Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
                  long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        SysModule.function(space, module, dict, "digest", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "digest", a, n, kw).exactly(13);
            boolean isB = Abstract.isTrue(space, c.get(0));
            byte[] data = CallArgs.bytesOrBytearray(space, c.get(1));
            Params p = new Params(Args.cInt(space, c.get(2)), CallArgs.bytesOrBytearray(space, c.get(3)),
                    CallArgs.bytesOrBytearray(space, c.get(4)), CallArgs.bytesOrBytearray(space, c.get(5)),
                    Args.cInt(space, c.get(6)), Args.cInt(space, c.get(7)), space.intType.longValue(c.get(8)),
                    space.intType.longValue(c.get(9)), Args.cInt(space, c.get(10)), Args.cInt(space, c.get(11)),
                    Abstract.isTrue(space, c.get(12)));
            return space.bytesType.of(isB ? blake2b(data, p) : blake2s(data, p));
        });
    }

    /** The parameter block: 64 bytes for BLAKE2b (salt and person of 16), 32 for BLAKE2s (of 8). */
    private static byte[] parameterBlock(Params p, boolean isB) {
        byte[] block = new byte[isB ? 64 : 32];
        block[0] = (byte) p.digestSize();
        block[1] = (byte) p.key().length;
        block[2] = (byte) p.fanout();
        block[3] = (byte) p.depth();
        for (int i = 0; i < 4; i++) {
            block[4 + i] = (byte) (p.leafSize() >>> (8 * i));
        }
        int offsetBytes = isB ? 8 : 6;
        for (int i = 0; i < offsetBytes; i++) {
            block[8 + i] = (byte) (p.nodeOffset() >>> (8 * i));
        }
        block[8 + offsetBytes] = (byte) p.nodeDepth();
        block[9 + offsetBytes] = (byte) p.innerSize();
        int salt = isB ? 32 : 16;
        int size = isB ? 16 : 8;
        System.arraycopy(p.salt(), 0, block, salt, p.salt().length);
        System.arraycopy(p.person(), 0, block, salt + size, p.person().length);
        return block;
    }

    /** The key padded to a block, then the data: what the compression function reads. */
    private static byte[] input(byte[] data, byte[] key, int blockSize) {
        if (key.length == 0) {
            return data;
        }
        byte[] all = new byte[blockSize + data.length];
        System.arraycopy(key, 0, all, 0, key.length);
        System.arraycopy(data, 0, all, blockSize, data.length);
        return all;
    }

    static byte[] blake2b(byte[] data, Params p) {
        byte[] param = parameterBlock(p, true);
        long[] h = new long[8];
        for (int i = 0; i < 8; i++) {
            h[i] = IV_B[i] ^ leLong(param, 8 * i, 8);
        }
        byte[] in = input(data, p.key(), 128);
        int blocks = Math.max(1, (in.length + 127) / 128);
        long[] m = new long[16];
        for (int b = 0; b < blocks; b++) {
            boolean last = b == blocks - 1;
            long counter = last ? in.length : 128L * (b + 1);
            for (int i = 0; i < 16; i++) {
                int at = 128 * b + 8 * i;
                m[i] = at < in.length ? leLong(in, at, Math.min(8, in.length - at)) : 0;
            }
            compressB(h, m, counter, last, last && p.lastNode());
        }
        byte[] out = new byte[p.digestSize()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (h[i / 8] >>> (8 * (i % 8)));
        }
        return out;
    }

    private static void compressB(long[] h, long[] m, long counter, boolean last, boolean lastNode) {
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV_B, 0, v, 8, 8);
        v[12] ^= counter;
        if (last) {
            v[14] = ~v[14];
        }
        if (lastNode) {
            v[15] = ~v[15];
        }
        for (int r = 0; r < 12; r++) {
            int[] s = SIGMA[r % 10];
            gB(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            gB(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            gB(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            gB(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            gB(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            gB(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            gB(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            gB(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void gB(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] += v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] += v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }

    static byte[] blake2s(byte[] data, Params p) {
        byte[] param = parameterBlock(p, false);
        int[] h = new int[8];
        for (int i = 0; i < 8; i++) {
            h[i] = IV_S[i] ^ (int) leLong(param, 4 * i, 4);
        }
        byte[] in = input(data, p.key(), 64);
        int blocks = Math.max(1, (in.length + 63) / 64);
        int[] m = new int[16];
        for (int b = 0; b < blocks; b++) {
            boolean last = b == blocks - 1;
            long counter = last ? in.length : 64L * (b + 1);
            for (int i = 0; i < 16; i++) {
                int at = 64 * b + 4 * i;
                m[i] = at < in.length ? (int) leLong(in, at, Math.min(4, in.length - at)) : 0;
            }
            compressS(h, m, counter, last, last && p.lastNode());
        }
        byte[] out = new byte[p.digestSize()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (h[i / 4] >>> (8 * (i % 4)));
        }
        return out;
    }

    private static void compressS(int[] h, int[] m, long counter, boolean last, boolean lastNode) {
        int[] v = new int[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV_S, 0, v, 8, 8);
        v[12] ^= (int) counter;
        v[13] ^= (int) (counter >>> 32);
        if (last) {
            v[14] = ~v[14];
        }
        if (lastNode) {
            v[15] = ~v[15];
        }
        for (int r = 0; r < 10; r++) {
            int[] s = SIGMA[r];
            gS(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            gS(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            gS(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            gS(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            gS(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            gS(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            gS(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            gS(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void gS(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] += v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] += v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }

    /** The little-endian number in {@code n} bytes of {@code b} from {@code at}. */
    private static long leLong(byte[] b, int at, int n) {
        long x = 0;
        for (int i = n - 1; i >= 0; i--) {
            x = (x << 8) | (b[at + i] & 0xFF);
        }
        return x;
    }
}
