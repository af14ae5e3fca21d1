package dev.pyheap.interpreter.run;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The "Did you mean" distance and choice of Python/suggestions.c: a case change costs 1, other
 * edits 2, common ends are free, and a candidate is taken only within a third of the characters
 * and only when strictly closer than the one already found.
 */
class SuggestionsTest {
    private static long distance(String a, String b) {
        return Suggestions.distance(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void costs() {
        assertEquals(0, distance("name", "name"));
        assertEquals(1, distance("result", "Result"));
        assertEquals(2, distance("prnt", "print"));
        assertEquals(4, distance("deposti", "deposit"));
        assertEquals(6, distance("lenght", "len"));
        assertEquals(2, distance("abc", "abd"));
    }

    @Test
    void givesUpPastTheLimit() {
        assertEquals(3, Suggestions.distance("abcdef".getBytes(StandardCharsets.UTF_8),
                "uvwxyz".getBytes(StandardCharsets.UTF_8), 2));
    }

    @Test
    void choosesTheClosestFirstAmongEquals() {
        assertEquals("print", Suggestions.closest(List.of("property", "print", "prin"), "prnt"));
        assertEquals("Result", Suggestions.closest(List.of("total", "Result", "results"), "result"));
        assertNull(Suggestions.closest(List.of("len"), "lenght"));
        assertNull(Suggestions.closest(List.of("same"), "same"));
    }

    @Test
    void tooManyCandidatesGiveNothing() {
        assertNull(Suggestions.closest(Collections.nCopies(750, "print"), "prnt"));
        assertEquals("print", Suggestions.closest(Collections.nCopies(749, "print"), "prnt"));
    }
}
