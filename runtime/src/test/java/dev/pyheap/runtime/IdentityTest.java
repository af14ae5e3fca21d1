package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Identity and caching as CPython 3.11.7 (facts §3) and the seed article's {@code x = 10; y = x}. */
final class IdentityTest extends HeapTest {

    @Test
    void smallIntsAreCachedFromMinus5To256() {
        for (long v : new long[]{-5, 0, 1, 10, 255, 256}) {
            try (Handle a = t.newInt(v); Handle b = t.newInt(v)) {
                assertTrue(t.is(a, b), v + " is cached");
            }
        }
        for (long v : new long[]{-6, 257, 1000}) {
            try (Handle a = t.newInt(v); Handle b = t.newInt(v)) {
                assertFalse(t.is(a, b), v + " is not cached");
                assertTrue(t.eq(a, b));
            }
        }
    }

    @Test
    void assignmentSharesTheObjectAndPlusEqualsRebinds() {
        // x = 10; y = x  -> same id; x += 1 -> x is the cached 11, y still 10
        try (Handle x = t.newInt(10); Handle y = t.dup(x)) {
            assertEquals(x.id(), y.id());
            try (Handle x2 = t.newInt(((Long) t.javaValue(x)) + 1); Handle eleven = t.newInt(11)) {
                assertNotEquals(x2.id(), y.id());
                assertTrue(t.is(x2, eleven));
                assertEquals(10L, t.javaValue(y));
            }
        }
    }

    @Test
    void identifierLikeLiteralsAreInternedOthersAreNot() {
        try (Handle a = t.literal("hello"); Handle b = t.literal("hello");
             Handle c = t.literal("hello world"); Handle d = t.literal("hello world")) {
            assertTrue(t.is(a, b));
            assertFalse(t.is(c, d));
            assertTrue(t.eq(c, d));
        }
    }

    @Test
    void runtimeStringsAreNotInternedUntilAsked() {
        try (Handle lit = t.literal("hello"); Handle built = t.newStr("hel" + "lo".trim())) {
            assertFalse(t.is(lit, built));
            try (Handle interned = t.intern(built)) {
                assertTrue(t.is(lit, interned));
            }
        }
    }

    @Test
    void emptyStringAndLatin1CharactersAreCached() {
        try (Handle e1 = t.newStr(""); Handle e2 = t.literal("");
             Handle a1 = t.newStr("a"); Handle a2 = t.newStr("a");
             Handle x1 = t.newStr("\u012c"); Handle x2 = t.newStr("\u012c")) {
            assertTrue(t.is(e1, e2));
            assertTrue(t.is(a1, a2), "chr(97) is chr(97)");
            assertFalse(t.is(x1, x2), "chr(300) is not chr(300)");
        }
    }

    @Test
    void deepFrozenOneCharacterLiteralsDifferFromTheLatin1Cache() {
        // CPython 3.11.7: 'a' is chr(97) -> False (a deep-frozen interned copy wins); chr(233) is 'é' -> True
        try (Handle lit = t.literal("a"); Handle chr = t.newStr("a");
             Handle g = t.literal("g"); Handle chrG = t.newStr("g");
             Handle e = t.literal("é"); Handle chrE = t.newStr("é")) {
            assertFalse(t.is(lit, chr));
            assertTrue(t.is(g, chrG), "'g' is not among the 29 deep-frozen names");
            assertTrue(t.is(e, chrE));
        }
    }

    @Test
    void aNameCPythonAllocatesStaticallyIsImmortalOnceInterned() {
        long blocks = f.blocks();
        long id;
        try (Handle s = t.literal("BOM_UTF32_LE")) { // one of codecs' names, static in CPython 3.11.7
            id = s.id();
            assertEquals(999_999_999L + 1, f.sys().getrefcount(s), "the immortal count, then the handle");
        }
        assertEquals(blocks + 1, f.blocks(), "the interpreter keeps it");
        try (Handle again = t.literal("BOM_UTF32_LE")) {
            assertEquals(id, again.id());
            assertEquals(999_999_999L + 1, f.sys().getrefcount(again));
        }
        try (Handle small = t.newInt(7)) {
            assertEquals(999_999_999L + 1, f.sys().getrefcount(small), "a small int starts at the immortal count");
        }
    }

    @Test
    void internedStringsAreMortal() {
        long blocks = f.blocks();
        Handle s = t.literal("a_name_nobody_else_uses");
        s.close();
        assertEquals(blocks, f.blocks(), "the interned string died with its last reference");
        try (Handle again = t.literal("a_name_nobody_else_uses")) {
            assertEquals(1, f.sys().getrefcount(again), "a fresh interned string: only the handle counts");
        }
    }

    @Test
    void emptyTupleAndEmptyBytesAreSingletons() {
        try (Handle a = t.newTuple(); Handle b = t.newTuple();
             Handle x = t.newBytes(new byte[0]); Handle y = t.newBytes(new byte[0])) {
            assertTrue(t.is(a, b));
            assertTrue(t.is(x, y));
        }
    }

    @Test
    void equalNumbersHashAlikeAcrossTypes() {
        try (Handle one = t.newInt(1); Handle oneF = t.newFloat(1.0); Handle yes = t.newBool(true);
             Handle big = t.newInt(java.math.BigInteger.TWO.pow(100)); Handle bigF = t.newFloat(Math.pow(2, 100))) {
            assertTrue(t.eq(one, oneF));
            assertTrue(t.eq(one, yes));
            assertEquals(t.hash(one), t.hash(oneF));
            assertEquals(1, t.hash(yes));
            assertTrue(t.eq(big, bigF));
            assertEquals(t.hash(big), t.hash(bigF));
            // CPython: hash(2**100) == 2**100 % (2**61 - 1)
            assertEquals(java.math.BigInteger.TWO.pow(100).mod(java.math.BigInteger.TWO.pow(61).subtract(java.math.BigInteger.ONE)).longValue(),
                    t.hash(big));
        }
        try (Handle minusOne = t.newInt(-1)) {
            assertEquals(-2, t.hash(minusOne), "hash(-1) == -2 in CPython");
        }
    }

    @Test
    void idIsTheAddressOfObRefcnt() {
        try (Handle l = t.newList()) {
            assertEquals(1, f.allocator().memory().getLong(l.id()), "ob_refcnt at id(x)");
            assertTrue(f.allocator().memory().getLong(l.id() + 8) != 0, "ob_type at id(x) + 8");
        }
    }
}
