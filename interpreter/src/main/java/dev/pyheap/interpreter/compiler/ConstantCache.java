package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.ast.Complex;
import dev.pyheap.interpreter.ast.ConstantFrozenset;
import dev.pyheap.interpreter.ast.ConstantTuple;
import dev.pyheap.interpreter.ast.PySingleton;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compiler's constant cache (compile.c's c_const_cache with merge_consts_recursive and
 * merge_const_one, keyed as Objects/codeobject.c's _PyCode_ConstantKey): equal constants of the
 * whole module become one Java object, so a later step that makes heap objects can share them by
 * identity as CPython's code objects share theirs. Keys tell apart what {@code ==} would confuse:
 * {@code 1}, {@code 1.0}, {@code True}; {@code 0.0} and {@code -0.0}; the four complex zeros.
 */
final class ConstantCache {
    private final Map<Object, Object> cache = new HashMap<>();
    /** Code keys computed so far: a code object is a constant of its parent and of every ancestor's key. */
    private final Map<Code, Object> codeKeys = new java.util.IdentityHashMap<>();

    record BoolKey(boolean value) {}

    record IntKey(BigInteger value) {}

    record FloatKey(long bits) {}

    record ComplexKey(long real, long imag) {}

    record BytesKey(String hex) {}

    record TupleKey(List<Object> items) {}

    record SetKey(Set<Object> items) {}

    /**
     * A code object's key: the fields code_richcompare compares (Objects/codeobject.c), so the same
     * function compiled twice (a {@code finally} body is compiled once per exit path) is one constant.
     */
    record CodeKey(String name, int argcount, int posonlyargcount, int kwonlyargcount, int flags, int firstlineno,
            String code, Object consts, List<String> names, List<String> localsplusnames, String linetable,
            String exceptiontable, int hash) {
        CodeKey(String name, int argcount, int posonlyargcount, int kwonlyargcount, int flags, int firstlineno,
                String code, Object consts, List<String> names, List<String> localsplusnames, String linetable,
                String exceptiontable) {
            // The hash is kept: a key holds the keys of all nested code objects.
            this(name, argcount, posonlyargcount, kwonlyargcount, flags, firstlineno, code, consts, names,
                    localsplusnames, linetable, exceptiontable, java.util.Objects.hash(name, firstlineno, code, consts,
                            linetable));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Anything else equals only itself. */
    record IdentityKey(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** _PyCode_ConstantKey. */
    Object key(Object o) {
        return switch (o) {
            case PySingleton s -> s;
            case String s -> s;
            case Boolean b -> new BoolKey(b);
            case Long l -> new IntKey(BigInteger.valueOf(l));
            case Integer i -> new IntKey(BigInteger.valueOf(i));
            case BigInteger b -> new IntKey(b);
            // A NaN equals nothing, not even another NaN: only the same object is the same constant.
            case Double d when d.isNaN() -> new IdentityKey(d);
            case Double d -> new FloatKey(Double.doubleToRawLongBits(d));
            case Complex c when Double.isNaN(c.real()) || Double.isNaN(c.imag()) -> new IdentityKey(c);
            case Complex c -> new ComplexKey(Double.doubleToRawLongBits(c.real()), Double.doubleToRawLongBits(c.imag()));
            case byte[] b -> new BytesKey(HexFormat.of().formatHex(b));
            case ConstantTuple t -> {
                List<Object> items = new ArrayList<>(t.elts().size());
                for (Object e : t.elts()) {
                    items.add(key(e));
                }
                yield new TupleKey(items);
            }
            case ConstantFrozenset f -> {
                Set<Object> items = new HashSet<>();
                for (Object e : f.elts()) {
                    items.add(key(e));
                }
                yield new SetKey(items);
            }
            case Code c -> {
                Object k = codeKeys.get(c);
                if (k == null) {
                    k = new CodeKey(c.name(), c.argcount(), c.posonlyargcount(), c.kwonlyargcount(), c.flags(),
                            c.firstlineno(), HexFormat.of().formatHex(c.code()), key(new ConstantTuple(c.consts())),
                            c.names(), c.localsplusnames(), HexFormat.of().formatHex(c.linetable()),
                            HexFormat.of().formatHex(c.exceptiontable()));
                    codeKeys.put(c, k);
                }
                yield k;
            }
            default -> new IdentityKey(o);
        };
    }

    /**
     * merge_consts_recursive: the module's one instance of {@code o}; a tuple's or frozenset's
     * items are merged too.
     */
    Object merge(Object o) {
        if (o instanceof PySingleton) {
            return o;
        }
        Object key = key(o);
        Object found = cache.get(key);
        if (found != null) {
            return found;
        }
        Object canonical = o;
        if (o instanceof ConstantTuple t) {
            List<Object> items = new ArrayList<>(t.elts().size());
            boolean changed = false;
            for (Object e : t.elts()) {
                Object m = merge(e);
                changed |= m != e;
                items.add(m);
            }
            if (changed) {
                canonical = new ConstantTuple(items);
            }
        } else if (o instanceof ConstantFrozenset f && !f.elts().isEmpty()) {
            List<Object> items = new ArrayList<>(f.elts().size());
            for (Object e : f.elts()) {
                items.add(merge(e));
            }
            canonical = new ConstantFrozenset(items);
        }
        cache.put(key, canonical);
        return canonical;
    }

    /** merge_const_one: the cached instance equal to {@code o}, or {@code o} itself, now cached. */
    Object mergeOne(Object o) {
        return cache.computeIfAbsent(key(o), k -> o);
    }
}
