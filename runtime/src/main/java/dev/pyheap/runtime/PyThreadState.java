package dev.pyheap.runtime;

import java.math.BigInteger;

/**
 * A thread attached to a heap ({@code PyThreadState}): it owns its frames and works on objects
 * while it holds the GIL. Attach with {@link PyHeap#attach()}, take the GIL for a stretch of work,
 * call {@link #checkpoint()} between operations (where the GIL may pass to another thread and
 * where a scheduled collection runs), release it, and close the thread state when the thread is
 * done.
 * <pre>{@code
 * try (PyThreadState t = heap.attach()) {
 *     t.acquireGil();
 *     try (Handle cls = t.newClass("Person");
 *          Handle p1 = t.call(cls)) {
 *         t.setGlobal("p1", p1);
 *         long count = heap.sys().getrefcount(p1);   // 2: the global and the handle
 *     } finally {
 *         t.releaseGil();
 *     }
 * }
 * }</pre>
 * Every operation needs the GIL and must be called from the thread that attached: a call from any
 * other thread is refused with an {@link IllegalStateException} naming both threads, and changes
 * nothing. Each returned {@link Handle} is a new reference. Python-level errors raise
 * {@link PyException} with CPython's type and message, and leave the heap as it was.
 *
 * <p>Operations may run embedder code: finalizers, weakref callbacks, gc callbacks. An exception
 * from it is reported to the {@linkplain PyHeap#setUnraisableHook unraisable hook} and the
 * operation goes on; an {@link Error} propagates from the operation once its work is complete.
 * Nested Python-level calls ({@link #pushFrame}) and recursive operations on nested containers
 * ({@link #repr}, {@link #eq}, {@link #contains}, dict keys) count against
 * {@link PySys#getrecursionlimit()} and raise CPython's {@code RecursionError} past it.
 */
public interface PyThreadState extends AutoCloseable {

    // ---------------------------------------------------------------- the GIL and check points

    /**
     * Takes the heap's GIL, waiting as long as it takes; fails (IllegalStateException) when the heap
     * is closed, or when the GIL's holder died without releasing it ({@link dev.pyheap.runtime.gil.Gil#acquire()}).
     */
    void acquireGil();

    /** Gives the GIL up; refused inside a finalizer or callback, which keeps the GIL until it returns. */
    void releaseGil();

    /** Whether this thread holds the GIL. */
    boolean holdsGil();

    /**
     * A check point, like the eval loop's between bytecodes: a scheduled collection runs here, and
     * the GIL passes to a waiting thread if it asked for it.
     */
    void checkpoint();

    /** The heap this thread is attached to. */
    PyHeap heap();

    // ---------------------------------------------------------------- frames and globals

    /** Calls a function: pushes its frame. Arguments are bound with {@link Frame#setLocal}. */
    Frame pushFrame(String function, String file, int line);

    /** Returns from the current function: its locals are released in slot order. */
    void popFrame();

    /** The current frame: the module frame when no function was pushed. */
    Frame frame();

    /** The number of frames pushed above the module frame. */
    int depth();

    /** {@code globals()[name] = value}. */
    void setGlobal(String name, Handle value);

    /** {@code globals()[name]}: raises NameError when unbound. */
    Handle getGlobal(String name);

    /** {@code del name} at module level: raises NameError when unbound. */
    void delGlobal(String name);

    /** The module's globals dict. */
    Handle globals();

    // ---------------------------------------------------------------- making objects

    Handle none();

    Handle newBool(boolean value);

    /** An int: the cached object for -5..256, a new one otherwise. */
    Handle newInt(long value);

    Handle newInt(BigInteger value);

    Handle newFloat(double value);

    /**
     * A string literal, as compiled code has it: interned when made only of {@code [A-Za-z0-9_]},
     * so equal identifier-like literals are one object.
     */
    Handle literal(String text);

    /**
     * A string built at run time ({@code ''.join}, {@code str(5)}): a new object, except {@code ''}
     * and one-character latin-1 strings, which are cached.
     */
    Handle newStr(String text);

    Handle newBytes(byte[] value);

    /** {@code (a, b, ...)}; {@code ()} is a singleton. */
    Handle newTuple(Handle... items);

    /** {@code [a, b, ...]}: exactly as many slots as items ({@code []} has none). */
    Handle newList(Handle... items);

    /** {@code {}}. */
    Handle newDict();

    /** {@code {a, b, ...}}, or {@code set()} when empty. */
    Handle newSet(Handle... items);

    /** {@code class name: pass}. */
    Handle newClass(String name);

    /** {@code class name:} with a {@code __del__}. */
    Handle newClass(String name, Finalizer finalizer);

    /** {@code cls()}: a new instance of a class made by {@link #newClass}. */
    Handle call(Handle cls);

    /** {@code weakref.ref(obj)}: shared while alive. TypeError for objects that cannot be weakly referenced. */
    Handle weakref(Handle obj);

    /** {@code weakref.ref(obj, callback)}: always a new weakref. */
    Handle weakref(Handle obj, WeakrefCallback callback);

    /** {@code ref()}: the referent, or None once it died. */
    Handle deref(Handle weakref);

    /** {@code sys.intern(s)}. */
    Handle intern(Handle str);

    // ---------------------------------------------------------------- attributes

    Handle getattr(Handle obj, String name);

    void setattr(Handle obj, String name, Handle value);

    void delattr(Handle obj, String name);

    boolean hasattr(Handle obj, String name);

    // ---------------------------------------------------------------- containers

    /** {@code len(obj)}. */
    long len(Handle obj);

    void append(Handle list, Handle item);

    /** {@code list.extend(items)}. */
    void extend(Handle list, Handle... items);

    void insert(Handle list, long index, Handle item);

    /** {@code list.pop()}. */
    Handle pop(Handle list);

    /** {@code list.pop(index)}. */
    Handle pop(Handle list, long index);

    /** {@code dict.pop(key)}: KeyError when absent. */
    Handle pop(Handle dict, Handle key);

    /** {@code obj[index]} for a list or tuple. */
    Handle getitem(Handle obj, long index);

    /** {@code obj[key]}: a dict key, or an int index for a list or tuple. */
    Handle getitem(Handle obj, Handle key);

    void setitem(Handle list, long index, Handle value);

    /** {@code obj[key] = value} for a dict, or a list with an int key. */
    void setitem(Handle obj, Handle key, Handle value);

    void delitem(Handle list, long index);

    void delitem(Handle obj, Handle key);

    /** {@code obj.clear()} for a list, dict or set. */
    void clear(Handle obj);

    /** {@code set.add(item)}. */
    void add(Handle set, Handle item);

    /** {@code set.discard(item)}. */
    void discard(Handle set, Handle item);

    /** {@code item in container} for a list, tuple, dict or set. */
    boolean contains(Handle container, Handle item);

    // ---------------------------------------------------------------- identity, equality, values

    /** {@code type(obj)}: the type object (a class made by {@link #newClass}, or a built-in type). */
    Handle type(Handle obj);

    /** {@code a is b}. */
    boolean is(Handle a, Handle b);

    /** {@code a == b}. */
    boolean eq(Handle a, Handle b);

    /** {@code hash(obj)}: TypeError for unhashable objects. */
    long hash(Handle obj);

    /** {@code repr(obj)}. */
    String repr(Handle obj);

    /** A new handle to the same object (another reference). */
    Handle dup(Handle obj);

    /**
     * The Java value of a built-in value object: {@code null} for None, Boolean, Long (or
     * BigInteger when it does not fit), Double, String, byte[]; TypeError otherwise.
     */
    Object javaValue(Handle obj);

    /** The address-level API of this thread state, for hot loops. */
    CApi capi();

    /** Detaches: releases the GIL if held and drops every frame still pushed. */
    @Override
    void close();
}
