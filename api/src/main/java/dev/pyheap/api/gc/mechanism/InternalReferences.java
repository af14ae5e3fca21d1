package dev.pyheap.api.gc.mechanism;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.ReferentVisitor;

import static dev.pyheap.api.gc.mechanism.GcHeader.COLLECTING;
import static dev.pyheap.api.gc.mechanism.GcHeader.FINALIZED;
import static dev.pyheap.api.gc.mechanism.GcHeader.GC_PREV;
import static dev.pyheap.api.gc.mechanism.GcHeader.MAX_GC_REFS;
import static dev.pyheap.api.gc.mechanism.GcHeader.NEXT_MASK_ATOMIC_TYPE;
import static dev.pyheap.api.gc.mechanism.GcHeader.NEXT_MASK_LEAF;
import static dev.pyheap.api.gc.mechanism.GcHeader.NEXT_MASK_UNREACHABLE;
import static dev.pyheap.api.gc.mechanism.GcHeader.NEXT_TAGS;
import static dev.pyheap.api.gc.mechanism.GcHeader.PREV_FLAGS;
import static dev.pyheap.api.gc.mechanism.GcHeader.PREV_SHIFT;
import static dev.pyheap.api.gc.mechanism.GcHeader.SIZE;
import static dev.pyheap.api.gc.mechanism.GcHeader.next;
import static dev.pyheap.api.gc.mechanism.GcHeader.prev;
import static dev.pyheap.api.gc.mechanism.GcHeader.setNext;
import static dev.pyheap.api.gc.mechanism.GcHeader.setPrev;

/**
 * Subtracting internal references: which objects of a list are referenced only from inside it,
 * directly or through each other, and so are garbage if nothing else holds them? This is the core
 * of CPython 3.11's cycle collector, shared here by every user: the generational collector runs it
 * on the generations it collects, the runtime's destroy step reruns it on the garbage after the
 * finalizers to find what they resurrected, and the refcount collector uses it to report cycles it
 * leaks. It needs only the {@link HeapBinding} (refcounts and {@code traverse}) and the memory
 * holding the {@link GcHeader GC headers}.
 *
 * <h2>The idea</h2>
 * An object's refcount counts every reference to it. References held by objects of the list are
 * found by traversing them; whatever remains of the count after taking those away must come from
 * outside the list: a root, an older generation, an untracked container, the runtime. An object
 * with such an outside reference is alive, and so is everything it reaches. The rest is garbage.
 * No root is visited, which is why this works for a collector that knows no roots at all.
 *
 * <h2>The three passes, in the list's own memory</h2>
 * <ol>
 * <li>{@link #updateRefs}: for every object, {@code gc_refs = refcount} and COLLECTING set. The
 *     COLLECTING bit is what marks the objects "in the set": objects of other lists, untracked
 *     objects and objects already judged reachable have it clear and are ignored below.
 * <li>{@link #subtractRefs}: every object is traversed; each referent that is COLLECTING loses one
 *     {@code gc_refs}. Afterwards {@code gc_refs} is exactly the number of references from outside
 *     the set. A count going below zero means a refcount too small for the references that exist.
 *     An object whose traversal met no COLLECTING referent (an empty list, a list of ints, an
 *     instance whose class is older than the set) gets NEXT_MASK_LEAF in {@code gc_next}: COLLECTING
 *     is never set again before the walk, so the walk's visitor would find nothing to do in it.
 * <li>{@link #moveUnreachable}: the list is walked once from the front. An object with
 *     {@code gc_refs > 0} is reachable: it is traversed with a visitor that gives each referent
 *     still waiting in the list a {@code gc_refs} of at least 1 (so the walk will treat it as
 *     reachable when it gets there), and that pulls back each referent already set aside (see
 *     below) to the end of the list with {@code gc_refs = 1}, so the walk reaches it again; then
 *     the object leaves the set (COLLECTING cleared). A reachable object marked as a leaf is not
 *     traversed again (CPython traverses it a second time), which saves the walk the loads of its
 *     items and their types. An object with {@code gc_refs == 0} is moved,
 *     tentatively, to the unreachable list, its {@code gc_next} tagged with NEXT_MASK_UNREACHABLE
 *     so a visitor can tell "set aside" from "not reached yet" with one load. When the walk ends,
 *     whatever is still in the unreachable list is reachable from nothing outside.
 * </ol>
 * The walk is a graph search whose work queue is the list itself: an object found reachable is
 * either still ahead of the walk or appended to the end of the list, so there is no recursion (a
 * chain of millions of objects costs no stack) and no memory beyond the headers. Each object is
 * traversed once in subtractRefs and at most once in the walk (only when judged reachable and not a
 * leaf; its COLLECTING is then cleared, so it is never pulled back again). An object set aside and
 * pulled back has lost its leaf mark (the move rewrote its {@code gc_next}): it is traversed, and
 * asked again whether it is atomic when the walk untracks; appending keeps the tags of the last
 * object. A chain met tail-first is set aside whole and then pulled back link by link, which
 * leaves it in reference order: the next collection of the same objects judges each one reachable
 * as it arrives and moves nothing.
 *
 * <h2>Fewer walks than CPython</h2>
 * {@link #deduceUnreachableAndUntrack}, the generational collector's entry, does in the walk what
 * CPython does after it in walks of its own (untrack_tuples, and untrack_dicts over the dicts among
 * the survivors, which the walk saved: the objects whose type can untrack carry
 * NEXT_MASK_ATOMIC_TYPE from subtractRefs), and for a full collection of a heap
 * with nothing frozen, or a young collection under a collector that keeps the
 * generation tags ({@link GcHeader#GEN0_TAG}), does update_refs inside subtract_refs' walk. On a generation larger than the
 * caches every walk costs a miss per object, so the number of walks, not the work per object, sets
 * the time.
 *
 * <h2>The state of the header words</h2>
 * From updateRefs until the walk passes an object, its {@code gc_prev} holds {@code gc_refs}, not
 * a link, so the list is singly linked; the walk writes each prev link back as it passes, and for
 * the unreachable list as it builds it. Objects set aside carry NEXT_MASK_UNREACHABLE in
 * {@code gc_next} until {@link #clearUnreachableMask}, which {@link #deduceUnreachable} calls
 * right away. Between {@code updateRefs} and that point, neither list may be touched by anything
 * else (no {@link GcList} operation, no tracking or untracking): at check points the runtime
 * guarantees it, and the binding's {@code traverse} must only read. FINALIZED is kept throughout.
 * After {@link #deduceUnreachable}: {@code young} holds the reachable objects, doubly linked, with
 * COLLECTING clear; {@code unreachable} holds the rest, doubly linked, with no unreachable bit and
 * COLLECTING still set, as CPython leaves them: later steps use it to recognise the garbage, and
 * whoever hands one of them back to a live list must {@link #clearCollecting clear} it first.
 *
 * <p>An instance is immutable and holds no per-collection state: each pass allocates its one
 * visitor (never one per object), a full collection's walk its {@link PendingDicts} too. Called under the heap's GIL.
 */
public final class InternalReferences {
    private final HeapBinding binding;
    private final Memory memory;

    /** The mechanism over {@code binding}'s objects; every list passed in must live in {@code binding.memory()}. */
    public InternalReferences(HeapBinding binding) {
        this.binding = binding;
        this.memory = binding.memory();
    }

    /**
     * CPython's {@code update_refs}: copies each object's refcount into its {@code gc_refs} and
     * sets COLLECTING (FINALIZED is kept). The list's prev links are overwritten: it must go through
     * {@link #subtractRefs} and {@link #moveUnreachable} before anything else uses it.
     *
     * @return the number of objects in the list
     * @throws HeapCorruptionError naming the object if a tracked object's refcount is 0 or less
     *     (it should have been deallocated and untracked when its count reached 0) or too large for
     *     {@code gc_refs}; the list is then unusable
     */
    public long updateRefs(GcList containers) {
        checkMemory(containers);
        long head = containers.head();
        long count = 0;
        for (long node = next(memory, head); node != head; node = next(memory, node)) {
            long object = node + SIZE;
            long refcount = binding.refcount(object);
            if (refcount <= 0 || refcount > MAX_GC_REFS) {
                throw new HeapCorruptionError("gc: tracked object " + binding.describe(object) + " has refcount "
                        + refcount + " at the start of a collection; an object whose count reaches 0 must be"
                        + " untracked and deallocated at once", object);
            }
            long at = node + GC_PREV;
            memory.putLong(at, (memory.getLong(at) & FINALIZED) | COLLECTING | (refcount << PREV_SHIFT));
            count++;
        }
        return count;
    }

    /**
     * CPython's {@code subtract_refs}: traverses every object of the list and takes one from the
     * {@code gc_refs} of each COLLECTING referent. Afterwards each object's {@code gc_refs} is the
     * number of references to it from outside the set. Must follow {@link #updateRefs} on the same
     * list, and be followed by {@link #moveUnreachable}, which clears the marks this leaves in
     * {@code gc_next} (NEXT_MASK_LEAF, NEXT_MASK_ATOMIC_TYPE).
     *
     * @throws HeapCorruptionError naming the referent and the object traversed if a referent's
     *     {@code gc_refs} would go below 0: its refcount is smaller than the references to it
     */
    public void subtractRefs(GcList containers) {
        checkMemory(containers);
        long head = containers.head();
        DecrefVisitor visitor = new DecrefVisitor(binding, memory);
        for (long node = next(memory, head); node != head; ) {
            long next = next(memory, node);
            long object = node + SIZE;
            visitor.parent = object;
            visitor.sawMember = false;
            boolean atomicType = binding.traverseTellingAtomic(object, visitor);
            long tags = (visitor.sawMember ? 0 : NEXT_MASK_LEAF) | (atomicType ? NEXT_MASK_ATOMIC_TYPE : 0);
            if (tags != 0) {
                setNext(memory, node, next | tags);
            }
            node = next;
        }
    }

    /**
     * {@link #updateRefs} and {@link #subtractRefs} in one walk, for a list that holds every
     * tracked object of the heap (a full collection with nothing frozen): then an object is in
     * the set exactly when it is tracked, so a referent the walk has not reached yet can be given
     * its {@code gc_refs} (its refcount, less this reference) when first met, and the walk skips
     * what was given already. Each header is walked once instead of twice. The result is
     * {@code updateRefs}' and {@code subtractRefs}', the same errors included; a tracked referent
     * outside the list (the precondition broken) is found by counting and reported as
     * corruption, since its links were overwritten. "Every tracked object" leaves out the objects
     * of the heap's late list ({@link GcHeader#LATE_TAG}), tracked after the collection was
     * scheduled and kept out of it: the tag tells them from members at the load of {@code gc_prev}
     * the visitor makes anyway.
     *
     * <p>With {@code memberTags} not 0, for a young collection under the generational collector: the
     * set is the objects whose generation tag is one of {@code memberTags} (GcHeader's
     * {@code GEN0_TAG}, {@code GEN1_TAG}), which are exactly the list's, so the referent's own
     * {@code gc_prev} word, loaded anyway for COLLECTING, tells a member not reached yet from an
     * older or a late object. A member without the tag is reported as corruption. With 0, the list
     * must hold every tracked object but the late ones.
     */
    private void updateAndSubtractRefs(GcList containers, long memberTags) {
        long head = containers.head();
        long memberSet = tagSet(memberTags);
        FirstTouchVisitor visitor = new FirstTouchVisitor(this, memberSet);
        long walked = 0;
        for (long node = next(memory, head); node != head; ) {
            long next = next(memory, node);
            long object = node + SIZE;
            long at = node + GC_PREV;
            long word = memory.getLong(at);
            if ((word & COLLECTING) == 0) {
                if (memberSet != 0 && !inTagSet(memberSet, word)) {
                    throw new HeapCorruptionError("gc: " + binding.describe(object) + " is in a collected"
                            + " generation without its generation tag", object);
                }
                resetFromRefcount(object, word, 0);
                visitor.given++;
            }
            walked++;
            visitor.parent = object;
            visitor.sawMember = false;
            boolean atomicType = binding.traverseTellingAtomic(object, visitor);
            long tags = (visitor.sawMember ? 0 : NEXT_MASK_LEAF) | (atomicType ? NEXT_MASK_ATOMIC_TYPE : 0);
            if (tags != 0) {
                setNext(memory, node, next | tags);
            }
            node = next;
        }
        if (visitor.given != walked) {
            throw new HeapCorruptionError("gc: " + (visitor.given - walked) + (memberTags != 0
                    ? " object(s) with the tag of a collected generation, referred to from it, are in no collected list"
                    : " tracked object(s) referred to from the collected generations are in no collected list,"
                    + " though a full collection must see every tracked object"), head);
        }
    }

    /**
     * The generation tags in {@code tags} (GEN0_TAG, GEN1_TAG, or both) as a set of tag values: bit
     * {@code t} for tag value {@code t}, so that LATE_TAG, which has the bits of both, is not in it.
     */
    private static long tagSet(long tags) {
        return ((tags & GcHeader.GEN0_TAG) != 0 ? 1L << GcHeader.GEN0_TAG : 0)
                | ((tags & GcHeader.GEN1_TAG) != 0 ? 1L << GcHeader.GEN1_TAG : 0);
    }

    /** Whether the generation tag of the {@code gc_prev} word {@code word} is in {@code tagSet}. */
    private static boolean inTagSet(long tagSet, long word) {
        return ((tagSet >>> (word & GcHeader.GENERATION_TAGS)) & 1) != 0;
    }

    /**
     * {@code gc_refs = refcount - less} and COLLECTING, FINALIZED kept, for an object of the set
     * whose {@code gc_prev} word is {@code word}; updateRefs' check of the refcount.
     */
    private void resetFromRefcount(long object, long word, long less) {
        long refcount = binding.refcount(object);
        if (refcount <= 0 || refcount > MAX_GC_REFS) {
            throw new HeapCorruptionError("gc: tracked object " + binding.describe(object) + " has refcount "
                    + refcount + " at the start of a collection; an object whose count reaches 0 must be"
                    + " untracked and deallocated at once", object);
        }
        memory.putLong(object - SIZE + GC_PREV, (word & FINALIZED) | COLLECTING | ((refcount - less) << PREV_SHIFT));
    }

    /**
     * CPython 3.11's {@code move_unreachable}: moves every object of {@code young} that is not
     * reachable from an object with {@code gc_refs > 0} to {@code unreachable}. Must follow
     * {@link #subtractRefs}. Afterwards {@code young} is doubly linked again and its objects have
     * COLLECTING clear; {@code unreachable} is doubly linked, its objects keep COLLECTING and carry
     * NEXT_MASK_UNREACHABLE until {@link #clearUnreachableMask}. Iterative: no recursion, no
     * memory beyond the headers.
     *
     * @throws IllegalArgumentException if {@code unreachable} is not empty, is {@code young}, or
     *     either list views another memory than the binding's
     */
    public void moveUnreachable(GcList young, GcList unreachable) {
        checkPair(young, unreachable);
        walk(young, unreachable, KEEP_ATOMIC);
    }

    private static final int KEEP_ATOMIC = 0;
    private static final int UNTRACK_TUPLES = 1;
    private static final int UNTRACK_TUPLES_AND_DICTS = 2;

    /**
     * moveUnreachable's walk; with {@code untrack} other than KEEP_ATOMIC, also CPython's
     * untrack_tuples on each object as it is judged reachable: the young list after the walk is in
     * the order the walk judged its objects, so untracking each one then is untracking them in
     * list order afterwards, with the same answers (a tuple's atomicity depends on which of its
     * items are tracked, and only this walk untracks). With UNTRACK_TUPLES_AND_DICTS, untrack_dicts
     * follows over the dicts the walk kept ({@link PendingDicts}): a dict looks at its tuples
     * once all of them have been judged. Returns the objects left in young.
     */
    private long walk(GcList young, GcList unreachable, int untrack) {
        long youngHead = young.head();
        long unreachableHead = unreachable.head();
        ReachableVisitor visitor = new ReachableVisitor(memory, youngHead);
        PendingDicts dicts = untrack == UNTRACK_TUPLES_AND_DICTS ? new PendingDicts() : null;
        // Objects left of `node` in young have been judged reachable; `prev` is the last of them.
        long prev = youngHead;
        long node = next(memory, youngHead);
        long kept = 0;
        while (node != youngHead) {
            long nextWord = next(memory, node);
            if ((memory.getLong(node + GC_PREV) >>> PREV_SHIFT) != 0) {
                long tags = nextWord & NEXT_TAGS;
                if ((tags & NEXT_MASK_LEAF) == 0) {
                    // The visitor may append to young, which rewrites node's gc_next (keeping its
                    // tags) when node is the last: the successor is read only after the traversal.
                    binding.traverse(node + SIZE, visitor);
                    nextWord = next(memory, node);
                } // else nothing it refers to is in the set: the visitor would change nothing
                boolean atomicType = untrack != KEEP_ATOMIC && (tags & NEXT_MASK_ATOMIC_TYPE) != 0;
                if (atomicType && binding.isAtomic(node + SIZE, false)) {
                    leaveOut(youngHead, prev, node, nextWord);
                } else {
                    keep(prev, node, tags, nextWord, 0);
                    prev = node;
                    kept++;
                    if (atomicType && dicts != null && binding.inDictPass(node + SIZE)) {
                        dicts.add(node + SIZE);
                    }
                }
            } else {
                setAside(unreachableHead, prev, node, nextWord);
            }
            node = next(memory, prev);
        }
        endWalk(youngHead, prev, unreachableHead);
        return dicts == null ? kept : kept - dicts.untrack(binding);
    }

    /**
     * {@link #walk} with UNTRACK_TUPLES for a young collection under the generational collector,
     * writing {@code survivorTag} into each survivor. The same walk in a method of its own: HotSpot
     * keeps one profile per method, and C2 compiled the shared walk on the profile of the first long
     * collection, a full one when a program builds a big heap and collects it before its young
     * collections start (a million objects, nearly every one a leaf, one traversal in a million);
     * the young collections then ran about 20 % slower than on code compiled on their own profile
     * (with C1, which uses no profile, there was no difference). bench/README, "collector pass thirteen".
     */
    private long walkYoung(GcList young, GcList unreachable, long survivorTag) {
        long youngHead = young.head();
        long unreachableHead = unreachable.head();
        ReachableVisitor visitor = new ReachableVisitor(memory, youngHead);
        long prev = youngHead;
        long node = next(memory, youngHead);
        long kept = 0;
        while (node != youngHead) {
            long nextWord = next(memory, node);
            if ((memory.getLong(node + GC_PREV) >>> PREV_SHIFT) != 0) {
                long tags = nextWord & NEXT_TAGS;
                if ((tags & NEXT_MASK_LEAF) == 0) {
                    binding.traverse(node + SIZE, visitor);
                    nextWord = next(memory, node); // as in walk: the visitor may have appended to young
                }
                if ((tags & NEXT_MASK_ATOMIC_TYPE) != 0 && binding.isAtomic(node + SIZE, false)) {
                    leaveOut(youngHead, prev, node, nextWord);
                } else {
                    keep(prev, node, tags, nextWord, survivorTag);
                    prev = node;
                    kept++;
                }
            } else {
                setAside(unreachableHead, prev, node, nextWord);
            }
            node = next(memory, prev);
        }
        endWalk(youngHead, prev, unreachableHead);
        return kept;
    }

    /** The walk keeps {@code node}, reachable, after {@code prev}: its tags cleared, its prev link written. */
    private void keep(long prev, long node, long tags, long nextWord, long survivorTag) {
        if (tags != 0) {
            setNext(memory, node, nextWord & ~NEXT_TAGS);
        }
        long at = node + GC_PREV;
        memory.putLong(at, (memory.getLong(at) & FINALIZED) | survivorTag | prev);
    }

    /** The walk untracks {@code node}: left out of young, as GcList.remove leaves an object. */
    private void leaveOut(long youngHead, long prev, long node, long nextWord) {
        setNext(memory, prev, nextWord & ~NEXT_TAGS);
        setNext(memory, node, 0);
        long at = node + GC_PREV;
        memory.putLong(at, memory.getLong(at) & FINALIZED);
        if (prev(memory, youngHead) == node) {
            setPrev(memory, youngHead, prev); // a later append must not follow it
        }
    }

    /** The walk sets {@code node} aside, at the end of the unreachable list. */
    private void setAside(long unreachableHead, long prev, long node, long nextWord) {
        // Singly linked for now: the successor's prev is still gc_refs and is not fixed.
        setNext(memory, prev, nextWord & ~NEXT_TAGS);
        long last = prev(memory, unreachableHead);
        // When `last` is the head, this tags the head's gc_next too; repaired in endWalk.
        setNext(memory, last, node | NEXT_MASK_UNREACHABLE);
        setPrev(memory, node, last);
        setNext(memory, node, unreachableHead | NEXT_MASK_UNREACHABLE);
        setPrev(memory, unreachableHead, node);
    }

    private void endWalk(long youngHead, long last, long unreachableHead) {
        setPrev(memory, youngHead, last);
        setNext(memory, unreachableHead, next(memory, unreachableHead) & ~NEXT_MASK_UNREACHABLE);
    }

    /**
     * Clears NEXT_MASK_UNREACHABLE from every object of the list {@link #moveUnreachable} filled,
     * after which it is an ordinary {@link GcList} again (CPython's {@code clear_unreachable_mask}).
     */
    public void clearUnreachableMask(GcList unreachable) {
        checkMemory(unreachable);
        long head = unreachable.head();
        for (long node = next(memory, head); node != head; ) {
            long next = next(memory, node) & ~NEXT_MASK_UNREACHABLE;
            setNext(memory, node, next);
            node = next;
        }
    }

    /**
     * Clears COLLECTING from every object of the list (CPython's {@code gc_list_clear_collecting}):
     * objects that leave a collection alive, or that a collection examines again, must not look
     * like members of a set under examination.
     */
    public void clearCollecting(GcList list) {
        checkMemory(list);
        long head = list.head();
        for (long node = next(memory, head); node != head; node = next(memory, node)) {
            long at = node + GC_PREV;
            memory.putLong(at, memory.getLong(at) & ~COLLECTING);
        }
    }

    /**
     * CPython's {@code deduce_unreachable} followed by {@code clear_unreachable_mask}:
     * {@link #updateRefs}, {@link #subtractRefs}, {@link #moveUnreachable} and
     * {@link #clearUnreachableMask}. Afterwards {@code young} holds the objects reachable from
     * outside it (COLLECTING clear) and {@code unreachable}, which must start empty, the rest
     * (COLLECTING set); both are ordinary {@link GcList}s.
     *
     * @return the objects moved to {@code unreachable} (the walk moves or keeps each one, so this is
     *     counted without a walk of its own)
     * @throws HeapCorruptionError as {@link #updateRefs} and {@link #subtractRefs} do
     * @throws IllegalArgumentException as {@link #moveUnreachable} does, before any header is written
     */
    public long deduceUnreachable(GcList young, GcList unreachable) {
        checkPair(young, unreachable);
        long examined = updateRefs(young);
        subtractRefs(young);
        long kept = walk(young, unreachable, KEEP_ATOMIC);
        clearUnreachableMask(unreachable);
        return examined - kept;
    }

    /**
     * What a generational collection runs on the generations it collects: {@link #deduceUnreachable},
     * then CPython's {@code untrack_tuples} on the survivors, and {@code untrack_dicts} too when
     * {@code fullCollection} (as {@link HeapBinding#untrackAtomic}), the tuples untracked inside the
     * walk of moveUnreachable rather than in a walk of their own, the dicts after it among the
     * survivors ({@link HeapBinding#inDictPass}) only. When {@code holdsEveryTracked}
     * (a full collection with nothing frozen: every tracked object is in {@code young}), update_refs
     * is done inside subtract_refs' walk. Same results as the separate passes.
     *
     * @return the objects left in {@code young}: the survivors, atomic ones untracked
     * @throws HeapCorruptionError as {@link #deduceUnreachable} does, and if {@code holdsEveryTracked}
     *     is false of the heap
     */
    public long deduceUnreachableAndUntrack(GcList young, GcList unreachable, boolean fullCollection,
                                            boolean holdsEveryTracked) {
        checkPair(young, unreachable);
        if (holdsEveryTracked) {
            updateAndSubtractRefs(young, 0);
        } else {
            updateRefs(young);
            subtractRefs(young);
        }
        long kept = walk(young, unreachable, fullCollection ? UNTRACK_TUPLES_AND_DICTS : UNTRACK_TUPLES);
        clearUnreachableMask(unreachable);
        return kept;
    }

    /**
     * {@link #deduceUnreachableAndUntrack} for a young collection (not a full one) under a collector
     * that keeps the generation tags exact ({@link GcHeader#GEN0_TAG}): {@code young} holds exactly
     * the objects whose tag is one of {@code memberTags}. update_refs is done inside subtract_refs'
     * walk, as for a full collection, the tag telling which referents are members. untrack_tuples runs
     * in the walk, which writes {@code survivorTag} into each survivor's header as it relinks it:
     * the tag of the generation the caller promotes them into. Dicts are left tracked.
     *
     * @return the objects left in {@code young}: the survivors, atomic tuples untracked
     * @throws HeapCorruptionError as {@link #deduceUnreachable} does, and if the tags are not exact
     */
    public long deduceUnreachableAndUntrackTagged(GcList young, GcList unreachable, long memberTags,
                                                 long survivorTag) {
        if (memberTags == 0 || (memberTags & ~GcHeader.GENERATION_TAGS) != 0
                || (survivorTag & ~GcHeader.GENERATION_TAGS) != 0) {
            throw new IllegalArgumentException("generation tags expected, not " + memberTags + " and " + survivorTag);
        }
        checkPair(young, unreachable);
        updateAndSubtractRefs(young, memberTags);
        long kept = walkYoung(young, unreachable, survivorTag);
        clearUnreachableMask(unreachable);
        return kept;
    }

    private void checkPair(GcList young, GcList unreachable) {
        checkMemory(young);
        checkMemory(unreachable);
        if (young.head() == unreachable.head()) {
            throw new IllegalArgumentException("the unreachable list must differ from the list being collected, "
                    + Addresses.hex(young.head()));
        }
        if (!unreachable.isEmpty()) {
            throw new IllegalArgumentException("the unreachable list " + Addresses.hex(unreachable.head())
                    + " must start empty");
        }
    }

    private void checkMemory(GcList list) {
        if (list.memory() != memory) {
            throw new IllegalArgumentException(list + " lives in another memory than the heap this binding serves");
        }
    }

    /** CPython's {@code visit_decref}: one less outside reference for each COLLECTING referent. */
    private static final class DecrefVisitor implements ReferentVisitor {
        private final HeapBinding binding;
        private final Memory memory;
        /** The object being traversed, for the error message. */
        long parent;
        /** Whether the traversal of {@code parent} met a referent in the set. */
        boolean sawMember;

        DecrefVisitor(HeapBinding binding, Memory memory) {
            this.binding = binding;
            this.memory = memory;
        }

        @Override
        public void visit(long referent) {
            long at = referent - SIZE + GC_PREV;
            long word = memory.getLong(at);
            if ((word & COLLECTING) == 0) {
                return;
            }
            sawMember = true;
            if ((word >>> PREV_SHIFT) == 0) {
                throw new HeapCorruptionError("gc: " + binding.describe(referent) + " has refcount "
                        + binding.refcount(referent) + ", fewer than the references to it from the objects"
                        + " being collected (found while traversing " + binding.describe(parent) + ")", referent);
            }
            memory.putLong(at, word - (1L << PREV_SHIFT));
        }
    }

    /**
     * visit_decref for {@link #updateAndSubtractRefs}: a referent of the set that the walk has not
     * reached yet (tracked and not late, or when {@code memberSet} is not 0 tagged with one of its
     * tags) gets its {@code gc_refs} now, less this reference.
     */
    private static final class FirstTouchVisitor implements ReferentVisitor {
        private final InternalReferences references;
        private final Memory memory;
        private final long memberSet;
        long parent;
        boolean sawMember;
        /** Objects given their gc_refs, by the walk or here. */
        long given;

        FirstTouchVisitor(InternalReferences references, long memberSet) {
            this.references = references;
            this.memory = references.memory;
            this.memberSet = memberSet;
        }

        @Override
        public void visit(long referent) {
            long node = referent - SIZE;
            long word = memory.getLong(node + GC_PREV);
            if ((word & COLLECTING) == 0) {
                if (memberSet != 0 ? !inTagSet(memberSet, word)
                        : memory.getLong(node) == 0 || (word & GcHeader.GENERATION_TAGS) == GcHeader.LATE_TAG) {
                    return; // not in the set: older, late, or untracked
                }
                sawMember = true;
                references.resetFromRefcount(referent, word, 1);
                given++;
                return;
            }
            sawMember = true;
            if ((word >>> PREV_SHIFT) == 0) {
                throw references.tooFewReferences(referent, parent);
            }
            memory.putLong(node + GC_PREV, word - (1L << PREV_SHIFT));
        }
    }

    private HeapCorruptionError tooFewReferences(long referent, long parent) {
        return new HeapCorruptionError("gc: " + binding.describe(referent) + " has refcount "
                + binding.refcount(referent) + ", fewer than the references to it from the objects"
                + " being collected (found while traversing " + binding.describe(parent) + ")", referent);
    }

    /** CPython's {@code visit_reachable}: what a reachable object refers to is reachable too. */
    private static final class ReachableVisitor implements ReferentVisitor {
        private final Memory memory;
        private final long youngHead;

        ReachableVisitor(Memory memory, long youngHead) {
            this.memory = memory;
            this.youngHead = youngHead;
        }

        @Override
        public void visit(long referent) {
            long node = referent - SIZE;
            long prevWord = memory.getLong(node + GC_PREV);
            if ((prevWord & COLLECTING) == 0) {
                return; // another list, untracked, or already judged reachable
            }
            long nextWord = next(memory, node);
            if ((nextWord & NEXT_MASK_UNREACHABLE) != 0) {
                // Set aside too early: unlink it from the unreachable list by hand (its neighbours'
                // gc_next carry the tag, which the copied word keeps) and queue it again at the end
                // of young, where the walk will reach it.
                long prev = prevWord & ~GcHeader.LINK_FLAGS;
                long next = nextWord & ~NEXT_MASK_UNREACHABLE;
                setNext(memory, prev, nextWord);
                setPrev(memory, next, prev);
                // The last of young may be ahead of the walk: its tags stay. The object's own
                // were lost when it was set aside; it is asked again whether it is atomic.
                long last = prev(memory, youngHead);
                setNext(memory, last, (next(memory, last) & (NEXT_MASK_LEAF | NEXT_MASK_ATOMIC_TYPE)) | node);
                setNext(memory, node, youngHead | NEXT_MASK_ATOMIC_TYPE);
                setPrev(memory, youngHead, node);
                // Its prev link is not needed until the walk passes it and writes one.
                memory.putLong(node + GC_PREV, (prevWord & PREV_FLAGS) | (1L << PREV_SHIFT));
            } else if ((prevWord >>> PREV_SHIFT) == 0) {
                // Still ahead in young, with no outside reference of its own: it is reachable.
                memory.putLong(node + GC_PREV, prevWord | (1L << PREV_SHIFT));
            }
        }
    }
}
