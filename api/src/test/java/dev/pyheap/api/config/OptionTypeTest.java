package dev.pyheap.api.config;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OptionTypeTest {

    @Nested
    class Bytes {
        private final OptionType<Long> type = OptionType.bytesOrUnlimited();

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "0                   | 0",
                "1                   | 1",
                "1023                | 1023",
                "1b                  | 1",
                "1k                  | 1024",
                "1K                  | 1024",
                "1kb                 | 1024",
                "1kib                | 1024",
                "1KiB                | 1024",
                "512m                | 536870912",
                "512MiB              | 536870912",
                "64 mib              | 67108864",
                "2g                  | 2147483648",
                "2gib                | 2147483648",
                "1t                  | 1099511627776",
                "1_048_576           | 1048576",
                "'  8m  '            | 8388608",
                "9223372036854775807 | 9223372036854775807",
                "8589934591g         | 9223372035781033984",
                "unlimited           | -1",
                "UNLIMITED           | -1",
                "none                | -1",
        })
        void parsesSuffixesAndUnlimited(String text, long expected) {
            assertEquals(expected, type.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "9223372036854775808",   // one past Long.MAX_VALUE
                "8589934592g",           // 2^33 GiB = 2^63 bytes
                "9007199254740992k",     // 2^53 KiB = 2^63 bytes
                "99999999999999999999t",
        })
        void rejectsOverflow(String text) {
            assertThrows(IllegalArgumentException.class, () -> type.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1", "-5m", "-0", "+5", "+5m"})
        void rejectsSigns(String text) {
            assertThrows(IllegalArgumentException.class, () -> type.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "m", "kib", "abc", "1.5g", "5x", "5mm", "5 m b", "0x10", "1e6", "5p",
                "unlimitedm", "infinite", "12 34"})
        void rejectsGarbage(String text) {
            assertThrows(IllegalArgumentException.class, () -> type.parse(text));
        }

        @ParameterizedTest
        @CsvSource({
                "-1, unlimited",
                "0, 0",
                "1, 1",
                "1023, 1023",
                "1024, 1k",
                "1536, 1536",
                "536870912, 512m",
                "1073741824, 1g",
                "1099511627776, 1t",
                "1125899906842624, 1024t",
                "9223372036854775807, 9223372036854775807",
        })
        void formatsWithTheLargestExactSuffix(long value, String expected) {
            assertEquals(expected, type.format(value));
            assertEquals(value, type.parse(expected));
        }

        @Test
        void statesItsForm() {
            assertEquals("a number of bytes with an optional k/m/g suffix (e.g. 512m, 2g, 1048576) or 'unlimited'",
                    type.expectedForm());
        }
    }

    @Nested
    class Booleans {
        private final OptionType<Boolean> type = OptionType.bool();

        @ParameterizedTest
        @ValueSource(strings = {"true", "TRUE", "True", "yes", "on", "1", " true "})
        void readsTrue(String text) {
            assertEquals(Boolean.TRUE, type.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"false", "FALSE", "no", "off", "0"})
        void readsFalse(String text) {
            assertEquals(Boolean.FALSE, type.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "2", "-1", "truee", "y", "n", "enabled", "t"})
        void rejectsOthers(String text) {
            assertThrows(IllegalArgumentException.class, () -> type.parse(text));
        }

        @Test
        void printsAndStatesItsForm() {
            assertEquals("true", type.format(true));
            assertEquals("false", type.format(false));
            assertEquals("true or false", type.expectedForm());
        }
    }

    @Nested
    class Integers {
        private final OptionType<Long> type = OptionType.integer(1, 64);

        @ParameterizedTest
        @CsvSource({"1, 1", "64, 64", "32, 32", "1_0, 10", "' 7 ', 7", "+5, 5", "007, 7"})
        void readsValuesInRange(String text, long expected) {
            assertEquals(expected, type.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "65", "-1", "9223372036854775808", "-9223372036854775809", "", "abc", "1.0",
                "1k", "1e1", "0x10"})
        void rejectsValuesOutOfRangeOrNotWhole(String text) {
            assertThrows(IllegalArgumentException.class, () -> type.parse(text));
        }

        @Test
        void theBoundsReachLongLimits() {
            OptionType<Long> all = OptionType.integer(Long.MIN_VALUE, Long.MAX_VALUE);
            assertEquals(Long.MIN_VALUE, all.parse("-9223372036854775808"));
            assertEquals(Long.MAX_VALUE, all.parse("9223372036854775807"));
        }

        @Test
        void statesItsRange() {
            assertEquals("a whole number from 1 to 64", type.expectedForm());
            assertEquals("a whole number of at least 0", OptionType.integer(0, Long.MAX_VALUE).expectedForm());
            assertEquals("42", type.format(42L));
        }

        @Test
        void refusesAnEmptyRange() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptionType.integer(5, 1));
            assertEquals("empty range: 5 > 1", e.getMessage());
        }
    }

    @Nested
    class IntegerLists {
        /** The shape of a future {@code gc.threshold=700,10,10}. */
        private final OptionType<List<Long>> type = OptionType.integerList(3, 0);

        @Test
        void readsOneToThreeValues() {
            assertEquals(List.of(700L), type.parse("700"));
            assertEquals(List.of(700L, 10L), type.parse("700,10"));
            assertEquals(List.of(700L, 10L, 10L), type.parse("700,10,10"));
            assertEquals(List.of(700L, 10L, 10L), type.parse(" 700 , 10 ,10 "));
            assertEquals(List.of(0L, 0L, 0L), type.parse("0,0,0"));
            assertEquals(List.of(1000L), type.parse("1_000"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", ",", "700,", ",10", "700,,10", "700,10,10,10", "-1", "700,-10", "700,x",
                "700;10", "700 10", "1.5", "700,10,99999999999999999999"})
        void rejectsBadLists(String text) {
            assertThrows(IllegalArgumentException.class, () -> type.parse(text));
        }

        @Test
        void printsCommaSeparated() {
            assertEquals("700,10,10", type.format(List.of(700L, 10L, 10L)));
            assertEquals("700", type.format(List.of(700L)));
        }

        @Test
        void statesItsForm() {
            assertEquals("1 to 3 comma-separated whole numbers, each at least 0", type.expectedForm());
            assertEquals("1 whole number, each at least 5", OptionType.integerList(1, 5).expectedForm());
        }

        @Test
        void parsedListsAreImmutable() {
            List<Long> parsed = type.parse("1,2");
            assertThrows(UnsupportedOperationException.class, () -> parsed.add(3L));
        }
    }

    @Nested
    class Decimals {
        private final OptionType<Double> type = OptionType.positiveDecimal();

        @ParameterizedTest
        @CsvSource({"0.005, 0.005", "5e-3, 0.005", "5E-3, 0.005", "1, 1.0", ".5, 0.5", "1., 1.0", "2.5e+2, 250.0",
                "1.0E-4, 0.0001"})
        void readsPositiveDecimals(String text, double expected) {
            assertEquals(expected, type.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.0", "-1", "-0.5", "NaN", "Infinity", "1d", "1f", "0x1p3", "", ".", "e5",
                "1e400", "1e-400", "1,5"})
        void rejectsTheRest(String text) {
            assertThrows(IllegalArgumentException.class, () -> type.parse(text));
        }

        @Test
        void printsInAFormItReadsBack() {
            assertEquals("0.005", type.format(0.005));
            assertEquals(1.0E-4, type.parse(type.format(1.0E-4)));
            assertEquals("a decimal number greater than 0, e.g. 0.005", type.expectedForm());
        }
    }

    @Nested
    class Texts {
        @Test
        void stripsAndRefusesEmptyText() {
            OptionType<String> type = OptionType.text();
            assertEquals("pymalloc", type.parse("  pymalloc "));
            assertThrows(IllegalArgumentException.class, () -> type.parse(""));
            assertThrows(IllegalArgumentException.class, () -> type.parse("   "));
            assertEquals("a non-empty string", type.expectedForm());
        }

        @Test
        void choiceAcceptsOnlyItsNamesExactly() {
            OptionType<String> type = OptionType.choice("always", "never");
            assertEquals("always", type.parse("always"));
            assertEquals("never", type.parse(" never "));
            assertThrows(IllegalArgumentException.class, () -> type.parse("Always"));
            assertThrows(IllegalArgumentException.class, () -> type.parse("sometimes"));
            assertEquals("one of always, never", type.expectedForm());
            assertThrows(IllegalArgumentException.class, () -> OptionType.choice());
        }
    }
}
