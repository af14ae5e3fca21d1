package dev.pyheap.interpreter.builtins;

import dev.pyheap.interpreter.compiler.Opcode;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * {@code _opcode}: the compiler's instruction set ({@link Opcode}) as data for the library's
 * {@code opcode} and {@code dis} modules, so the table exists once (Lib/opcode.py's lists; CPython's
 * own {@code _opcode} C module has only {@code stack_effect}, here too: {@code
 * stack_effect(opcode, oparg=None, /, *, jump=None)} answers from the compiler's own table, as
 * Modules/_opcode.c answers from compile.c's):
 * {@code opname} (256 names, {@code '<N>'} for a number no instruction has),
 * {@code inline_cache_entries} (256 ints), {@code hasconst}, {@code hasname}, {@code hasjrel},
 * {@code haslocal}, {@code hasfree}, {@code backward_jumps} (lists of numbers),
 * {@code HAVE_ARGUMENT}, {@code EXTENDED_ARG}, {@code cmp_op} and {@code nb_ops} (the operator
 * symbols of COMPARE_OP's and BINARY_OP's arguments).
 */
final class OpcodeModule {
    private OpcodeModule() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        long[] names = new long[256];
        long[] caches = new long[256];
        for (int op = 0; op < 256; op++) {
            String name = Opcode.name(op);
            names[op] = space.strType.runtime(name == null ? "<" + op + ">" : name);
            caches[op] = space.newInt(Opcode.caches(op));
        }
        put(space, dict, "opname", space.listType.create(names), names);
        put(space, dict, "inline_cache_entries", space.listType.create(caches), caches);
        ops(space, dict, "hasconst", Opcode::hasConst);
        ops(space, dict, "hasname", Opcode::hasName);
        ops(space, dict, "hasjrel", Opcode::isRelativeJump);
        ops(space, dict, "haslocal", Opcode::hasLocal);
        ops(space, dict, "hasfree", Opcode::hasFree);
        ops(space, dict, "backward_jumps", Opcode::isBackwardJump);
        SysModule.setInt(space, dict, "HAVE_ARGUMENT", Opcode.HAVE_ARGUMENT);
        SysModule.setInt(space, dict, "EXTENDED_ARG", Opcode.EXTENDED_ARG);
        strings(space, dict, "cmp_op", Opcode.CMP_OP);
        strings(space, dict, "nb_ops", Opcode.NB_OPS);
        SysModule.function(space, module, dict, "stack_effect", (self, a, n, kw) -> stackEffect(space, a, n, kw));
    }

    /**
     * Modules/_opcode.c's stack_effect: an oparg only for an opcode that takes one (HAS_ARG, from
     * HAVE_ARGUMENT on), jump None for the larger of the two paths, True for the jump, False for
     * the fall-through; an opcode the compiler has no effect for is refused.
     */
    private static long stackEffect(ObjectSpace space, long a, long n, long kw) {
        CallArgs c = new CallArgs(space, "stack_effect", a, n, kw).keywords("jump").range(1, 2);
        int opcode = cInt(space, c.get(0));
        long oparg = n > 1 ? c.get(1) : space.none;
        long jump = c.keyword("jump");
        int argValue = 0;
        if (opcode >= Opcode.HAVE_ARGUMENT) {
            if (oparg == space.none) {
                throw new PyException("ValueError", "stack_effect: opcode requires oparg but oparg was not specified");
            }
            argValue = cInt(space, oparg);
        } else if (oparg != space.none) {
            throw new PyException("ValueError", "stack_effect: opcode does not permit oparg but oparg was specified");
        }
        int path;
        if (jump == 0 || jump == space.none) {
            path = -1;
        } else if (jump == space.trueObject) {
            path = 1;
        } else if (jump == space.falseObject) {
            path = 0;
        } else {
            throw new PyException("ValueError", "stack_effect: jump must be False, True or None");
        }
        int effect = Opcode.stackEffect(opcode, argValue, path);
        if (effect == Opcode.INVALID_STACK_EFFECT) {
            throw new PyException("ValueError", "invalid opcode or oparg");
        }
        return space.newInt(effect);
    }

    /** _PyLong_AsInt: an index that fits a C int. */
    private static int cInt(ObjectSpace space, long o) {
        long v = Abstract.index(space, o);
        if (v != (int) v) {
            throw new PyException("OverflowError", "Python int too large to convert to C int");
        }
        return (int) v;
    }

    /** dict[key] = list (stolen), after dropping the references {@code items} the list took. */
    private static void put(ObjectSpace space, long dict, String key, long list, long[] items) {
        for (long o : items) {
            space.decref(o);
        }
        SysModule.setItem(space, dict, key, list);
        space.decref(list);
    }

    private static void ops(ObjectSpace space, long dict, String key, IntPredicate test) {
        long[] items = java.util.stream.IntStream.range(0, 256).filter(test).mapToLong(space::newInt).toArray();
        put(space, dict, key, space.listType.create(items), items);
    }

    private static void strings(ObjectSpace space, long dict, String key, List<String> values) {
        long[] items = values.stream().mapToLong(space.strType::runtime).toArray();
        put(space, dict, key, space.listType.create(items), items);
    }
}
