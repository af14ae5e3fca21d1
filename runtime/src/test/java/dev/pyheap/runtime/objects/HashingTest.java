package dev.pyheap.runtime.objects;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The str/bytes hash against CPython 3.11's values ({@code PYTHONHASHSEED=N python3 -c 'print(hash(...))'}). */
final class HashingTest {
    private static long str(long seed, String text) {
        return Hashing.ofText(Hashing.secretOfSeed(seed), text);
    }

    @Test
    void seedZeroIsAnAllZeroKey() {
        assertArrayEquals(new long[] {0, 0}, Hashing.secretOfSeed(0));
        assertEquals(0, str(0, ""));
        assertEquals(4644417185603328019L, str(0, "a"));
        assertEquals(-4594863902769663758L, str(0, "abc"));
        assertEquals(-8602798515680944651L, str(0, "hello world!!"));
    }

    @Test
    void wideCharactersHashTheirTwoOrFourByteStorage() {
        assertEquals(6047309291227476195L, str(0, "é"));
        assertEquals(-1616275461653282356L, str(0, "ĀĂ"));
        assertEquals(-8926728262118538918L, str(0, "😀x"));
    }

    @Test
    void aNumberSeedsTheSecretAsLcgUrandom() {
        assertEquals(3869580338025362921L, str(42, "abc"));
        assertEquals(-123207753977932514L, str(42, "a"));
        assertEquals(-7412435959675129227L, str(42, "😀x"));
    }

    @Test
    void bytesHashAsTheirLatin1Str() {
        long[] secret = Hashing.secretOfSeed(42);
        assertEquals(str(42, "abc"), Hashing.ofBytes(secret, "abc".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(0, Hashing.ofBytes(secret, new byte[0]));
    }
}
