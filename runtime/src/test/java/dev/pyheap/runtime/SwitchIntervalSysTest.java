package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code sys.setswitchinterval} raises what CPython 3.11 raises (recorded with python3), and the
 * same checks as the {@code switchinterval} option (issue 11, item 7).
 */
final class SwitchIntervalSysTest {

    @Test
    void valueErrorsAsCPython() {
        try (HeapFixture f = new HeapFixture()) {
            for (double bad : new double[] {0.0, -0.0, -1.0, Double.NEGATIVE_INFINITY}) {
                PyException e = assertThrows(PyException.class, () -> f.sys().setswitchinterval(bad));
                assertEquals("ValueError: switch interval must be strictly positive", e.getMessage(), "for " + bad);
            }
            // CPython 3.11 converts these with an undefined C cast (inf gives an interval of 0): refused here.
            assertEquals("ValueError: switch interval must be finite",
                    assertThrows(PyException.class, () -> f.sys().setswitchinterval(Double.NaN)).getMessage());
            assertEquals("ValueError: switch interval too large",
                    assertThrows(PyException.class, () -> f.sys().setswitchinterval(1e300)).getMessage());
            assertEquals(0.005, f.sys().getswitchinterval(), "a refused value changes nothing");
            f.sys().setswitchinterval(1e-7);
            assertEquals(0.0, f.sys().getswitchinterval(), "CPython: setswitchinterval(1e-7) -> 0.0");
        }
    }
}
