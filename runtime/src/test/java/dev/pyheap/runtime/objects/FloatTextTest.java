package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * float's text forms without a heap: {@code repr} is the shortest decimal that reads back (one digit
 * where the doubles are far apart), {@code hex}/{@code fromhex} are exact and round half to even,
 * {@code as_integer_ratio} is exact. The values CPython prints are pinned by the corpus; these check
 * the properties over many doubles of every magnitude.
 */
class FloatTextTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(20261205);

    private static double anyDouble() {
        double d;
        do {
            d = Double.longBitsToDouble(RANDOM.nextLong());
        } while (Double.isNaN(d) || Double.isInfinite(d));
        return d;
    }

    private static String digits(String repr) {
        String mantissa = repr.replace("-", "").split("e")[0].replace(".", "");
        return new BigDecimal(mantissa).stripTrailingZeros().unscaledValue().toString();
    }

    @Test
    void reprReadsBackAndIsNeverLongerThanTheJdksShortest() {
        for (int i = 0; i < 20_000; i++) {
            double d = i % 4 == 0 ? Double.longBitsToDouble(RANDOM.nextLong(1L << 52)) : anyDouble(); // subnormals too
            String r = FloatType.repr(d);
            assertEquals(d, Double.parseDouble(r), r);
            assertTrue(digits(r).length() <= Math.max(1, new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros()
                    .precision()), r);
        }
    }

    @Test
    void subnormalsWithAOneDigitReprGetIt() {
        assertEquals("5e-324", FloatType.repr(Double.MIN_VALUE));
        assertEquals("1e-323", FloatType.repr(2 * Double.MIN_VALUE));
        assertEquals("1.5e-323", FloatType.repr(3 * Double.MIN_VALUE));
        assertEquals("-2e-323", FloatType.repr(-4 * Double.MIN_VALUE));
        assertEquals("0.1", FloatType.repr(0.1));
        assertEquals("1e+22", FloatType.repr(1e22));
    }

    @Test
    void hexRoundTripsEveryDouble() {
        for (int i = 0; i < 20_000; i++) {
            double d = i % 4 == 0 ? Double.longBitsToDouble(RANDOM.nextLong(1L << 52)) : anyDouble();
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(FloatType.fromHex(FloatType.hex(d))));
        }
        assertEquals("0x0.0000000000001p-1022", FloatType.hex(Double.MIN_VALUE));
        assertEquals("-0x1.8000000000000p+1", FloatType.hex(-3.0));
    }

    @Test
    void fromHexRoundsHalfToEvenAndOverflows() {
        assertEquals(1.0, FloatType.fromHex("0x1.00000000000008p0")); // a tie: to even (down)
        assertEquals(1.0 + 2 * Math.ulp(1.0), FloatType.fromHex("0x1.00000000000018p0")); // a tie: to even (up)
        assertEquals(1.0 + Math.ulp(1.0), FloatType.fromHex("0x1.000000000000080001p0")); // above the tie
        assertEquals(0.0, FloatType.fromHex("0x1p-1075")); // half the smallest subnormal: to even, zero
        assertEquals(Double.MIN_VALUE, FloatType.fromHex("0x1.0000001p-1075"));
        assertEquals(Double.MIN_VALUE * 2, FloatType.fromHex("0x3p-1075")); // 1.5 ulp: to even
        assertEquals(Double.MAX_VALUE, FloatType.fromHex("0x1.fffffffffffff7p1023")); // below the rounding to 2**1024
        assertThrows(PyException.class, () -> FloatType.fromHex("0x1.fffffffffffff8p1023"));
        assertThrows(PyException.class, () -> FloatType.fromHex("0x1p99999999999999999999"));
        assertEquals(0.0, FloatType.fromHex("0x1p-99999999999999999999"));
        assertThrows(PyException.class, () -> FloatType.fromHex("0x"));
        assertThrows(PyException.class, () -> FloatType.fromHex("1.2.3"));
    }

    @Test
    void integerRatioIsExact() {
        for (int i = 0; i < 5_000; i++) {
            double d = anyDouble();
            BigInteger[] r = FloatType.integerRatio(d);
            assertEquals(0, new BigDecimal(d).compareTo(new BigDecimal(r[0]).divide(new BigDecimal(r[1]))), Double.toString(d));
            assertEquals(BigInteger.ONE, r[0].gcd(r[1]).max(BigInteger.ONE));
        }
    }
}
