package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When a class's attribute keys and names come into being (issue 11 item 8). CPython 3.11 makes a
 * heap type's shared keys ({@code ht_cached_keys}) in {@code type_new}, right after
 * {@code PyType_Ready}: {@code sys.getsizeof(C)} is 1688 as soon as the class statement ran. The
 * names enter the keys at their first store; a name the program's code holds as a constant costs
 * nothing then, a name made at run time one block (recorded with CPython 3.11.7: 0 and 1). The heap
 * counts the names its classes made ({@link PyHeap#attributeNamesMade()}) for leak checks.
 */
final class ClassKeysTest extends HeapTest {
    /**
     * Blocks a new class keeps alive beyond the ones its name needs (see the first test's message).
     * CPython 3.11.7 keeps 10 for {@code class Person: pass} (tracemalloc's new traces between two
     * {@code gc.collect()}s: the type object 960 bytes, its shared keys 768, its namespace 64 and
     * the namespace's key table 120, {@code __bases__} 48, {@code __mro__} 56, the {@code __dict__}
     * and {@code __weakref__} descriptors 64 each, the weakref in object's {@code tp_subclasses} 80
     * and its int key 32); {@code newClass} makes one more, the str {@code '__main__'} it stores as
     * {@code __module__} (a class statement stores its module's existing {@code __name__}). The
     * strs {@code '__dict__'} and {@code '__weakref__'} are not among them: built-in types' getset
     * descriptors (classmethod's, staticmethod's; ExceptionGroup's {@code __weakref__}) already hold
     * them, as CPython's are static strings.
     * <p>
     * The free lists are emptied before and after, as {@code gc.collect()} does in CPython: the dead
     * dicts {@code type_new} leaves behind (the class statement's namespace, {@code type_new_set_names}'
     * copy of it and its key table) wait on the free lists, and whether they took a fresh block or
     * revived one there depends on what the heap's start-up left on them, not on the class. (This
     * count was 13 while the start-up left exactly one dict on the free list; the built-in types
     * {@code types.GenericAlias}, its iterator and {@code types.UnionType} took it.)
     */
    static final int CLASS_BLOCKS = 11;

    @Test
    void aClassHasItsSharedKeysFromItsCreation() {
        f.keep(t.literal("Person"));
        f.clearFreeLists();
        long before = f.blocks();
        Handle cls = f.keep(t.newClass("Person"));
        assertEquals(1688, f.sys().getsizeof(cls));
        assertTrue(f.heap.checkSanity().ok(), "every block of the class is owned: " + f.heap.checkSanity());
        f.clearFreeLists();
        assertEquals(before + CLASS_BLOCKS, f.blocks(), "the type object, its shared keys, namespace and its key table, "
                + "__bases__, __mro__, __dict__ and __weakref__ descriptors, __module__ value and the weakref in object's "
                + "tp_subclasses with its int key");
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
        person.close();
        // A class is in a cycle with its __mro__ (as in CPython): without a cycle collector (the
        // runtime tests' collector is reference counting alone) the classes and their keys live on.
        assertEquals(1, f.heap.attributeNamesMade(), "the classes' keys still hold it");
        assertEquals(withClasses + 1, f.blocks());
    }
}
