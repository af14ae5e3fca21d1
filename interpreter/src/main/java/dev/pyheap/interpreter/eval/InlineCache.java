package dev.pyheap.interpreter.eval;

import dev.pyheap.interpreter.compiler.Opcode;
import dev.pyheap.runtime.objects.PyType;

/**
 * The inline cache entry of one specialized instruction (Include/internal/pycore_code.h's
 * {@code _PyLoadGlobalCache}, {@code _PyAttrCache}, {@code _PyLoadMethodCache}). A code object's
 * entries are an array indexed by the instruction's offset in code units ({@link CodeInfo#caches}),
 * made at its first specialization with an entry for each instruction that has one, so that an
 * instruction reads its guard and payload from one object (one bounds check, one cache line).
 * <pre>
 *   instruction       guard                                        payload
 *   LOAD_GLOBAL       key  = globals' ma_version_tag               value (borrowed)
 *                     aux  = builtins' tag, or 0 (found in globals)
 *   LOAD_ATTR         key  = the instances' type object           index = the inline values slot
 *   STORE_ATTR        version = the type's version tag              type  = its PyType
 *   LOAD_METHOD       (same) aux = the shared keys' count           value = the method (borrowed)
 *   LOAD_ATTR_SLOT,   key, version, type as LOAD_ATTR              index = -4, aux = the member's offset
 *   STORE_ATTR_SLOT
 *   LOAD_ATTR_MODULE, key  = module's type object, type = null      value = the dict's value (borrowed)
 *   LOAD_METHOD_MODULE version = the module dict's ma_version_tag
 *   LOAD_ATTR_CLASS,  key  = type's type object, aux = the class     value = the class attribute (borrowed)
 *   LOAD_METHOD_CLASS version = the class's tag, type = its PyType  index = -2
 *   LOAD_METHOD_NO_DICT key = a built-in type object, type = it     value = the method descriptor (borrowed)
 *                     (no version: a built-in namespace never changes) index = -3
 *   CALL              key  = the function type's object             callee, globals, builtins = the
 *   (CALL_PY_EXACT_ARGS) version = 2^32 | the function's func_version  function's (borrowed: it holds them)
 *                     index = the positionals (self included)
 *   CALL (a class     key  = the class, aux = its version tag       value = its __init__ (borrowed)
 *   whose __init__    version = 2^32 | __init__'s func_version     callee, globals, builtins, defaults
 *   runs on the loop) index = the positionals given               = __init__'s (borrowed)
 *   BINARY_OP         (an append site: + or += before a STORE_FAST, once its code is quickened)
 *                     index = the specialization (0 adaptive, int, float, str, str in place)
 *                     version = its counter (misses left, or runs to wait), aux = the backoff exponent
 * </pre>
 * An entry whose guard fails is a miss: the instruction runs its generic path and fills the entry
 * again (CPython's deoptimization and re-specialization, without 3.11's backoff counter). An empty
 * entry has key 0, which no type object and no version tag is.
 * Guards: a dict's version tag is unique in the heap and changes with every change of its
 * items, so an equal tag means the cached value is still the dict's (and still alive); a type's
 * version tag ({@code tp_version_tag}, {@link PyType#versionTag}) is unique in the heap and stops
 * being valid when the type's namespace or a base's changes or the class dies, so an equal tag
 * read through the cached {@code type} (whose type object is the instance's: the key) means the
 * type's analysis still holds. Making or changing an unrelated class leaves the entry valid.
 * A function's {@code func_version} ({@link dev.pyheap.runtime.objects.FunctionType#version}) is unique
 * in the heap and changes whenever its code or defaults are assigned, so an equal version means the
 * cached code, globals, builtins and defaults are still the function's (tagged with 2^32 so that a
 * function whose version is 0, the counter spent, never matches an entry).
 */
final class InlineCache {
    long key;
    long aux;
    long value;
    long version;
    int index;
    PyType type;
    /** CALL: the callee's code ({@code CodeInfo}), and what its frame reads from the function (borrowed). */
    CodeInfo callee;
    long globals;
    long builtins;
    /** CALL of a class: {@code __init__}'s defaults tuple when the call leaves positionals to it, else 0 (borrowed). */
    long defaults;
    /** Misses to run generically before the next specialization attempt (after a failure or a deoptimization). */
    int backoff;

    /** Specializes the attribute instruction: its guard and payload, as in the table above. */
    void fill(long key, long version, PyType type, int index, long value, long aux) {
        this.key = key;
        this.version = version;
        this.type = type;
        this.index = index;
        this.value = value;
        this.aux = aux;
    }

    /** The entry of the instruction at code unit {@code at} of {@code ci}, its code's entries made first if need be. */
    static InlineCache at(CodeInfo ci, int at) {
        InlineCache[] c = ci.caches;
        if (c == null) {
            c = new InlineCache[ci.units.length];
            for (int i = 0; i < c.length; i++) {
                if (hasEntry(ci.units[i] >>> 16 & 0xFF)) {
                    c[i] = new InlineCache();
                }
            }
            ci.caches = c;
        }
        return c[at];
    }

    /** Whether instructions of {@code opcode} have an entry (the loop reads it without a null test). */
    private static boolean hasEntry(int opcode) {
        return switch (opcode) {
            case Opcode.LOAD_GLOBAL, Opcode.LOAD_ATTR, Opcode.STORE_ATTR, Opcode.LOAD_METHOD, Opcode.BINARY_OP, Opcode.CALL -> true;
            default -> false;
        };
    }
}
