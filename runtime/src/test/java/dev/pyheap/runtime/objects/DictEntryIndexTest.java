package dev.pyheap.runtime.objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * What OrderedDict's fast-node table relies on ({@code _odict_get_index}): a key's entry number in
 * the dict's table ({@link DictType#entryIndex}) stays while the table does (deletions leave
 * holes), an absent key gets {@code dk_nentries}, and a resize shows as another keys block
 * ({@link DictType#keysBlock}) with the live entries renumbered in order.
 */
final class DictEntryIndexTest {
    private TestHeap h;
    private ObjectSpace space;
    private DictType dicts;

    @BeforeEach
    void open() {
        h = new TestHeap();
        space = h.interp;
        dicts = space.dictType;
    }

    @AfterEach
    void close() {
        h.close();
    }

    private long index(long d, long key) {
        return dicts.entryIndex(d, key, Abstract.hash(space, key));
    }

    @Test
    void entryNumbersFollowInsertionUntilAResize() {
        long d = dicts.create();
        long[] keys = new long[8];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = space.strType.literalName("k" + i);
        }
        try {
            assertEquals(0, dicts.keysBlock(d), "an empty dict has no keys block");
            assertEquals(8, dicts.keysTableSize(d), "Py_EMPTY_KEYS has 8 slots");
            assertEquals(0, index(d, keys[0]));
            for (int i = 0; i < 3; i++) {
                dicts.setItem(d, keys[i], space.none);
            }
            long block = dicts.keysBlock(d);
            assertNotEquals(0, block);
            assertEquals(8, dicts.keysTableSize(d));
            assertEquals(0, index(d, keys[0]));
            assertEquals(2, index(d, keys[2]));
            assertEquals(3, index(d, keys[5]), "absent: the next entry number, dk_nentries");
            dicts.delItem(d, keys[1]);
            assertEquals(2, index(d, keys[2]), "a deletion leaves a hole, numbers stay");
            assertEquals(3, index(d, keys[1]));
            dicts.setItem(d, keys[3], space.none);
            dicts.setItem(d, keys[4], space.none);
            assertEquals(block, dicts.keysBlock(d), "5 entries fit 8 slots");
            dicts.setItem(d, keys[5], space.none);
            assertNotEquals(block, dicts.keysBlock(d), "the sixth entry resizes: a new keys block");
            assertEquals(16, dicts.keysTableSize(d));
            assertEquals(1, index(d, keys[2]), "the resize drops the hole: k0 k2 k3 k4 k5");
            assertEquals(4, index(d, keys[5]));
            assertEquals(5, index(d, keys[1]));
            dicts.clear(d);
            assertEquals(0, dicts.keysBlock(d));
        } finally {
            for (long k : keys) {
                space.decref(k);
            }
            space.decref(d);
        }
    }
}
