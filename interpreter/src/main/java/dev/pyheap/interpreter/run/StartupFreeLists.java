package dev.pyheap.interpreter.run;

import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * The type free lists as CPython 3.11.7's start-up leaves them when a program's first statement
 * runs. CPython imports {@code site}, {@code encodings}, {@code io} and more before the program and
 * compiles it with Python objects; the dead lists, dicts, floats and tuples of that work wait on the
 * free lists. So a program's first {@code []} or {@code {}} comes from a free list there: it moves
 * neither {@code gc.get_count()} nor {@code sys.getallocatedblocks()}, and tracemalloc traces no
 * block for it. This interpreter starts without that work, so it refills the free lists to the
 * counts {@code sys._debugmallocstats()} shows at the top of a small script under
 * {@code python3 FILE.py} (the same for {@code -c} and stdin):
 * <pre>
 *   dict 8   float 4   list 40
 *   tuple of length 1..20: 4 8 2 2 3 0 8 6 1 0 1 3 5 1 2 2 2 3 1 6
 * </pre>
 * and 72 dict key tables of 8 slots for str keys, which {@code sys._debugmallocstats()} does not
 * show: a traced program's first 100 {@code {"a": 1}} literals under CPython make only 28 key tables
 * (the same for programs of a few to 80 lines; {@code site}'s import leaves them).
 * Compiling a large program churns them further in CPython (its compiler's dicts and tuples are
 * Python objects; here it is Java), so the counts are those of a small program. The first full
 * collection empties every free list, in both.
 */
final class StartupFreeLists {
    private static final int DICTS = 8, FLOATS = 4, LISTS = 40, DICT_KEYS = 72;
    private static final int[] TUPLES = {4, 8, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6};

    private StartupFreeLists() {
    }

    /**
     * Empties the free lists, then makes and drops the objects that fill them to CPython's counts,
     * unseen by tracemalloc (they stand for what existed before the program, as CPython's do
     * before {@code tracemalloc.start()}).
     */
    static void apply(ObjectSpace space) {
        var observer = space.observer;
        space.observer = null;
        try {
            fill(space);
        } finally {
            space.observer = observer;
        }
    }

    private static void fill(ObjectSpace space) {
        space.clearFreeLists();
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < DICTS; i++) {
            made.add(space.dictType.create());
        }
        for (int i = 0; i < FLOATS; i++) {
            made.add(space.floatType.create(0.0));
        }
        for (int i = 0; i < LISTS; i++) {
            made.add(space.listType.create());
        }
        for (int n = 1; n <= TUPLES.length; n++) {
            long[] items = new long[n];
            java.util.Arrays.fill(items, space.none);
            for (int i = 0; i < TUPLES[n - 1]; i++) {
                made.add(space.tupleType.create(items));
            }
        }
        for (long o : made) { // each dealloc keeps its object on its type's free list
            space.decref(o);
        }
        space.dictType.stockKeysFreeList(DICT_KEYS);
    }
}
