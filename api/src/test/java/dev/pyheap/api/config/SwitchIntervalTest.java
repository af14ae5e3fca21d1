package dev.pyheap.api.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code switchinterval} refuses what CPython 3.11's {@code sys.setswitchinterval} refuses, with its
 * message, and stores what it accepts as CPython does; values CPython converts with undefined
 * behaviour are refused (issue 11, item 7). Expected values recorded with CPython 3.11.7:
 * {@code sys.setswitchinterval(v); sys.getswitchinterval()}.
 */
class SwitchIntervalTest {

    /** The seconds given, and the microseconds CPython stores (getswitchinterval() * 1e6; 1e-07 reads back as 0.0). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.005     | 5000",
        "1e-06     | 1",
        "1e-07     | 0",
        "5e-07     | 0",
        "1e-320    | 0",
        "2.5       | 2500000",
        "1e12      | 1000000000000000000",
    })
    void acceptedAsCPythonStoresThem(double seconds, long micros) {
        assertEquals(micros, SwitchInterval.toMicros(seconds));
    }

    /** CPython's ValueError for the non-positive ones; the rest CPython converts with an undefined C cast. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.0       | switch interval must be strictly positive",
        "-0.0      | switch interval must be strictly positive",
        "-1.0      | switch interval must be strictly positive",
        "-Infinity | switch interval must be strictly positive",
        "NaN       | switch interval must be finite",
        "Infinity  | switch interval must be finite",
        "1e300     | switch interval too large",
        "1e13      | switch interval too large",
    })
    void refused(double seconds, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> SwitchInterval.toMicros(seconds))
                .getMessage());
    }

    @Test
    void theLargestIntervalIsLongMaxValueMicroseconds() {
        assertEquals(9_223_372_036_854L, (long) SwitchInterval.MAX_SECONDS);
        assertEquals(9_223_372_036_853_999_616L, SwitchInterval.toMicros(9_223_372_036_854.0));
    }

    /** The option reads Python's float() syntax and gives CPython's reason in its message. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.005    | 0.005",
        " 5e-3    | 0.005",
        "1_000    | 1000.0",
        ".5       | 0.5",
        "+2.      | 2.0",
    })
    void theOptionReadsPythonFloats(String text, double value) {
        assertEquals(value, Options.SWITCH_INTERVAL.parse(text, "--set"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0         | switch interval must be strictly positive",
        "-0.0      | switch interval must be strictly positive",
        "-inf      | switch interval must be strictly positive",
        "nan       | switch interval must be finite",
        "INFINITY  | switch interval must be finite",
        "1e400     | switch interval must be finite",
        "1e300     | switch interval too large",
        "abc       | expected a number of seconds greater than 0, e.g. 0.005",
        "1__0      | expected a number of seconds greater than 0, e.g. 0.005",
        "0x10      | expected a number of seconds greater than 0, e.g. 0.005",
        "5ms       | expected a number of seconds greater than 0, e.g. 0.005",
    })
    void theOptionRefusesWithTheReason(String text, String reason) {
        assertEquals("invalid value '" + text + "' for option switchinterval (from --set): " + reason,
                assertThrows(ConfigurationException.class, () -> Options.SWITCH_INTERVAL.parse(text, "--set"))
                        .getMessage());
    }
}
