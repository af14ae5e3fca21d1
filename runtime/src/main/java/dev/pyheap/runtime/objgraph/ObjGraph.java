package dev.pyheap.runtime.objgraph;

import dev.pyheap.runtime.Handle;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * objgraph for one heap: which objects there are, which grow, and why one is still alive.
 *
 * <h2>Which objects are counted</h2>
 * As objgraph on CPython, the counting functions ({@link #count}, {@link #typestats},
 * {@link #mostCommonTypes}, {@link #growth}, {@link #byType}, {@link #getLeakingObjects}) see
 * what {@code gc.get_objects()} returns: the objects the collector tracks, outside the permanent
 * generation. So ints, strs, floats, bytes, tuples and dicts the collector untracked (holding only
 * atoms) are not counted, and neither is anything {@code gc.freeze()} moved to the permanent
 * generation. Type names are short ({@code Person}, {@code dict}, {@code ReferenceType}) or long
 * ({@code __main__.Person}, {@code builtins.dict}, {@code weakref.ReferenceType}: a class's
 * {@code __module__}, and classes made by {@code newClass} belong to {@code __main__}); a name with
 * a dot is compared with the long names.
 *
 * <h2>Reference chains and graphs</h2>
 * {@link #findBackrefChain}, {@link #findRefChain}, {@link #backrefsGraph} and {@link #refsGraph}
 * follow every counted reference between live objects, tracked or not, frozen or not, and know the
 * roots: frame locals, globals, handles, the interpreter's own objects and {@code gc.garbage}. A
 * back-reference chain therefore ends at a root (objgraph stops at a module in
 * {@code sys.modules}), and every edge is named. Unlike objgraph, they do not collect first:
 * garbage not yet collected shows as objects no root reaches.
 *
 * <p>Calls need the GIL, as {@code gc}'s do; the searches are O(heap) and allocate nothing in it.
 */
public interface ObjGraph {

    /** {@code count(typename)}: tracked objects of that type. */
    long count(String typename);

    /** {@code typestats()}: object count per short type name, in the order the types were first met. */
    default Map<String, Long> typestats() {
        return typestats(true);
    }

    /** {@code typestats(shortnames=...)}. */
    Map<String, Long> typestats(boolean shortnames);

    /** {@code most_common_types(limit)}: the biggest counts first (ties in first-met order); {@code limit <= 0} for all. */
    List<TypeCount> mostCommonTypes(int limit);

    /** {@code show_most_common_types(limit)}'s text: {@code "%-*s %i"} per line, the names padded to the longest. */
    String showMostCommonTypes(int limit);

    /**
     * {@code growth(limit)}: runs a full collection, then reports the types whose count passed
     * the peak this heap's objgraph remembered (objgraph's default {@code peak_stats}), biggest
     * increase first, and raises the remembered peaks. The first call reports every type.
     */
    List<Growth> growth(int limit);

    /** {@code show_growth(limit)}'s text: {@code "%-*s%9d %+9d"} per line; empty when nothing grew. */
    String showGrowth(int limit);

    /** {@code by_type(typename)}: new handles to the tracked objects of that type (the caller closes them). */
    List<Handle> byType(String typename);

    /**
     * {@code get_leaking_objects()}: after a full collection, the tracked objects nothing refers
     * to, neither another object nor a root: kept alive by a reference nobody can see (a leaked
     * {@code incref}, an address held in Java). Unlike objgraph on CPython, roots count as
     * referrers, so a global or a handle's object is not reported. New handles; the caller closes
     * them.
     */
    List<Handle> getLeakingObjects();

    /** {@code find_backref_chain(obj, is_root)}: the shortest chain from a root to {@code obj}. */
    default Chain findBackrefChain(Handle obj) {
        return findBackrefChain(obj, n -> n instanceof RootNode, 20, List.of());
    }

    /** {@code find_backref_chain(obj, predicate, max_depth)}. */
    default Chain findBackrefChain(Handle obj, Predicate<Node> predicate, int maxDepth) {
        return findBackrefChain(obj, predicate, maxDepth, List.of());
    }

    /**
     * {@code find_backref_chain(obj, predicate, max_depth, extra_ignore)}: breadth first through
     * the referrers of {@code obj} (objects and roots) to the nearest node the predicate accepts
     * (tested on {@code obj} too). The chain starts at that node and ends at {@code obj}; when none
     * is found within {@code maxDepth} references, it is {@code obj} alone and {@link Chain#found()}
     * is false.
     *
     * <p>The handle {@code obj} and the handles in {@code extraIgnore} are the caller's own
     * references, not roots, for this search (as objgraph ignores its own frames and
     * {@code extra_ignore}): a tool holding handles to several suspects passes the others here, or
     * each chain would end at the tool's own handle.
     */
    Chain findBackrefChain(Handle obj, Predicate<Node> predicate, int maxDepth, Collection<Handle> extraIgnore);

    /**
     * {@code find_ref_chain(obj, predicate, max_depth)}: breadth first through what {@code obj}
     * refers to, to the nearest object the predicate accepts; the chain starts at {@code obj}.
     */
    Chain findRefChain(Handle obj, Predicate<Node> predicate, int maxDepth);

    /**
     * The DOT text of {@code show_backrefs(objs)}: what refers to them, up to the roots within the
     * depth (the handles in {@code objs} are not drawn as roots).
     */
    String backrefsGraph(List<Handle> objs, GraphOptions options);

    /** The DOT text of {@code show_refs(objs)}: what they refer to, within the depth. */
    String refsGraph(List<Handle> objs, GraphOptions options);
}
