package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * When a class's attribute keys and names come into being (issue 11 item 8). CPython 3.11 makes a
 * heap type's shared keys ({@code ht_cached_keys}) in {@code type_new}, right after
 * {@code PyType_Ready}: {@code sys.getsizeof(C)} is 1688 as soon as the class statement ran. The
 * names enter the keys at their first store; a name the program's code holds as a constant costs
 * nothing then, a name made at run time one block (recorded with CPython 3.11.7: 0 and 1). The heap
 * counts the names its classes made ({@link PyHeap#attributeNamesMade()}) for leak checks.
 */
final class ClassKeysTest extends HeapTest {

    @Test
    void aClassHasItsSharedKeysFromItsCreation() {
        f.keep(t.literal("Person"));
        long before = f.blocks();
        Handle cls = f.keep(t.newClass("Person"));
        assertEquals(1688, f.sys().getsizeof(cls));
        assertEquals(before + 2, f.blocks(), "the type object and its shared keys");
        f.keep(t.literal("name")); // what a compiled program holds: the name as a constant
        long withClass = f.blocks();
        try (Handle p = t.call(cls); Handle v = t.newInt(1000)) {
            t.setattr(p, "name", v);
        }
        assertEquals(withClass, f.blocks(), "the first instance leaves nothing behind: the keys and the name existed");
        assertEquals(0, f.heap.attributeNamesMade());
    }

    @Test
    void aNameNoStringHeldYetIsMadeAtTheFirstSetattrAndCounted() {
        long before = f.blocks();
        Handle person = t.newClass("Person");
        Handle dog = t.newClass("Dog");
        long withClasses = f.blocks();
        try (Handle p = t.call(person); Handle d = t.call(dog); Handle v = t.newInt(1000)) {
            t.setattr(p, "nickname", v);
            t.setattr(d, "nickname", v); // the same interned name: made once
            t.setattr(p, "nickname", v);
        }
        assertEquals(withClasses + 1, f.blocks(), "the name, held by both classes' keys");
        assertEquals(1, f.heap.attributeNamesMade());
        dog.close();
        assertEquals(1, f.heap.attributeNamesMade(), "Person's keys still hold it");
        person.close();
        assertEquals(0, f.heap.attributeNamesMade(), "it died with the last class holding it");
        assertEquals(before, f.blocks());
    }
}
