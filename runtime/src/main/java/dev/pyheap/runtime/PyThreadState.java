package dev.pyheap.runtime;

import java.math.BigInteger;

/**
 * A thread attached to a heap ({@code PyThreadState}): it owns its frames and works on objects
 * while it holds the GIL. Attach with {@link PyHeap#attach()}, take the GIL for a stretch of work,
 * call {@link #checkpoint()} between operations (where the GIL may pass to another thread and
 * where a scheduled collection runs), release it, and close the thread state when the thread is
 * done.
 * <pre>{@code
 * try (PyThreadState t = heap.attach();
 *      var gil = t.gil()) {
 *     try (Handle cls = t.newClass("Person");
 *          Handle p1 = t.call(cls)) {
 *         t.setGlobal("p1", p1);
 *         long count = heap.sys().getrefcount(p1);   // 2: the global and the handle
 *     }
 * }
 * }</pre>
 *
 * <h2>One rule for the GIL</h2>
 * Every operation of the heap, of its thread states, handles, frames and modules, needs the GIL,
 * held through the calling thread's own thread state ({@link #acquireGil()}, or the scoped
 * {@link #gil()}); without it the call is refused with an {@link IllegalStateException} and changes
 * nothing. A thread state's operations must also come from the thread that attached it: a call from
 * any other thread is refused, naming both threads. Only {@link PyHeap#close()}, which takes the GIL
 * itself, {@link PyHeap#metrics()}'s GIL statistics and a few questions about the thread state
 * ({@link #holdsGil()}, {@link #heap()}, {@link #frame()}, {@link #depth()}) do without it.
 *
 * <h2>Objects</h2>
 * Each returned {@link Handle} is a new reference. Python-level errors raise {@link PyException}
 * with CPython's type and message, and leave the heap as it was. The operations are those of
 * CPython's abstract object layer ({@link #len}, {@link #getitem}, {@link #contains}, {@link #iter},
 * {@link #getattr}, {@link #call}, {@link #eq}, {@link #hash}, {@link #repr}), found through the
 * object's type as in CPython, and calls of the types' methods by name ({@link #callMethod}). The
 * list, dict and set helpers are those types' methods called through the type, with Java
 * arguments: {@link #append} is {@code list.append(l, x)}, {@link #listPop} {@code list.pop(l)},
 * {@link #dictPop} {@code dict.pop(d, k)}, {@link #add} {@code set.add(s, x)}; given another type they
 * raise CPython's {@code TypeError: descriptor 'pop' for 'list' objects doesn't apply to a 'dict'
 * object}, so a list operation can never act on a dict, nor the reverse.
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
     * is closed, when this thread already holds it, or when the GIL's holder died without releasing
     * it ({@link dev.pyheap.runtime.gil.Gil#acquire()}).
     */
    void acquireGil();

    /** Gives the GIL up; refused inside a finalizer or callback, which keeps the GIL until it returns. */
    void releaseGil();

    /**
     * The GIL for a block: takes it unless this thread holds it already, and gives it back at the
     * end of the block only if it took it ({@link GilScope}).
     */
    GilScope gil();

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

    /** Calls a function: pushes its frame. Arguments are bound with {@link PyFrame#setLocal}. */
    PyFrame pushFrame(String function, String file, int line);

    /** Returns from the current function: its locals are released in slot order. */
    void popFrame();

    /** The current frame: the module frame when no function was pushed. */
    PyFrame frame();

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

    /**
     * {@code callable(*args)}: for a class made by {@link #newClass}, a new instance (CPython's
     * {@code C() takes no arguments} when given any); a weakref returns its referent. TypeError for
     * what cannot be called.
     */
    Handle call(Handle callable, Handle... args);

    /**
     * {@code obj.name(*args)} for a method of the object's type ({@code tp_methods}): list
     * {@code append}, {@code extend}, {@code insert}, {@code pop}, {@code remove}, {@code index},
     * {@code count}, {@code clear}; dict {@code get}, {@code pop}, {@code setdefault}, {@code clear};
     * set {@code add}, {@code discard}, {@code remove}, {@code clear}; with CPython's argument checks
     * and messages. AttributeError when the type has no such method.
     */
    Handle callMethod(Handle obj, String name, Handle... args);

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

    // ---------------------------------------------------------------- containers and iteration

    /** {@code len(obj)}. */
    long len(Handle obj);

    /** {@code list.append(item)}. */
    void append(Handle list, Handle item);

    /** {@code list.extend([items...])}. */
    void extend(Handle list, Handle... items);

    /** {@code list.insert(index, item)}. */
    void insert(Handle list, long index, Handle item);

    /** {@code list.pop()}: IndexError when empty. */
    Handle listPop(Handle list);

    /** {@code list.pop(index)}. */
    Handle listPop(Handle list, long index);

    /** {@code dict.pop(key)}: KeyError when absent. */
    Handle dictPop(Handle dict, Handle key);

    /** {@code dict.pop(key, default)}. */
    Handle dictPop(Handle dict, Handle key, Handle defaultValue);

    /** {@code obj[index]}: a sequence's item, or {@code obj[int]} for a mapping. */
    Handle getitem(Handle obj, long index);

    /** {@code obj[key]}: a dict key, or an int index for a list, tuple, str or bytes. */
    Handle getitem(Handle obj, Handle key);

    /** {@code obj[index] = value}. */
    void setitem(Handle obj, long index, Handle value);

    /** {@code obj[key] = value} for a dict, or a list with an int key. */
    void setitem(Handle obj, Handle key, Handle value);

    /** {@code del obj[index]}. */
    void delitem(Handle obj, long index);

    /** {@code del obj[key]}. */
    void delitem(Handle obj, Handle key);

    /** {@code obj.clear()} for a list, dict or set. */
    void clear(Handle obj);

    /** {@code set.add(item)}. */
    void add(Handle set, Handle item);

    /** {@code set.discard(item)}. */
    void discard(Handle set, Handle item);

    /** {@code item in container}. */
    boolean contains(Handle container, Handle item);

    /** {@code iter(obj)}: a new iterator (list, tuple, str, bytes, dict keys, set). */
    Handle iter(Handle obj);

    /** {@code next(iterator)}: the next item, or null once the iterator is exhausted. */
    Handle next(Handle iterator);

    // ---------------------------------------------------------------- identity, equality, values

    /** {@code type(obj)}: the type object (a class made by {@link #newClass}, or a built-in type). */
    Handle type(Handle obj);

    /** {@code a is b}. */
    boolean is(Handle a, Handle b);

    /** {@code a == b}. */
    boolean eq(Handle a, Handle b);

    /** {@code bool(obj)}. */
    boolean isTrue(Handle obj);

    /** {@code hash(obj)}: TypeError for unhashable objects. */
    long hash(Handle obj);

    /** {@code repr(obj)}. */
    String repr(Handle obj);

    /** {@code str(obj)}. */
    String str(Handle obj);

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
