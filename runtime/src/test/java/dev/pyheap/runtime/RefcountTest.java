package dev.pyheap.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reference counts as CPython 3.11 reports them (facts §4), with handles as the argument reference. */
final class RefcountTest {
    private HeapFixture f;
    private PyThreadState t;

    @BeforeEach
    void open() {
        f = new HeapFixture();
        t = f.t;
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aListInAListIsCountedOnce() {
        try (Handle inner = t.newList(); Handle outer = t.newList(inner)) {
            assertEquals(2, f.sys().getrefcount(inner));
            t.append(outer, inner);
            assertEquals(3, f.sys().getrefcount(inner));
            t.clear(outer);
            assertEquals(1, f.sys().getrefcount(inner));
        }
    }
}
