package dev.pyheap.api.gc.mechanism;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ThresholdsTest {

    @Test
    void startsAtCPythonsDefaultsThenTakesTheInitialValues() {
        assertEquals(List.of(700L, 10L, 10L), new Thresholds(List.of(700L, 10L, 10L)).asList());
        assertEquals(List.of(500L, 10L, 10L), new Thresholds(List.of(500L)).asList());
        assertEquals(List.of(0L, 3L, 10L), new Thresholds(List.of(0L, 3L)).asList());
    }

    @Test
    void setReplacesOnlyTheValuesGiven() {
        Thresholds t = new Thresholds(List.of(700L));
        t.set(List.of(5L));
        assertEquals(List.of(5L, 10L, 10L), t.asList());
        t.set(List.of(7L, 6L));
        assertEquals(List.of(7L, 6L, 10L), t.asList());
        t.set(List.of(-1L, 2L, 3L));
        assertEquals(List.of(-1L, 2L, 3L), t.asList(), "CPython accepts any C int, negative ones too");
        assertEquals(-1L, t.get(0));
        assertEquals(3L, t.get(2));
    }

    @Test
    void rejectsWhatCPythonRejectsAndChangesNothing() {
        Thresholds t = new Thresholds(List.of(700L));
        assertEquals("set_threshold() takes at least 1 argument (0 given)",
                assertThrows(IllegalArgumentException.class, () -> t.set(List.of())).getMessage());
        assertEquals("set_threshold() takes at most 3 arguments (4 given)",
                assertThrows(IllegalArgumentException.class, () -> t.set(List.of(1L, 2L, 3L, 4L))).getMessage());
        assertEquals("signed integer is greater than maximum",
                assertThrows(ArithmeticException.class, () -> t.set(List.of(1L, 1L << 31))).getMessage());
        assertEquals("signed integer is less than minimum",
                assertThrows(ArithmeticException.class, () -> t.set(List.of(-(1L << 31) - 1))).getMessage());
        assertEquals(List.of(700L, 10L, 10L), t.asList());
        t.set(List.of((long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE));
        assertEquals(List.of((long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, 10L), t.asList());
    }
}
