package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code types.GenericAlias} ({@link GenericAliasType}, Objects/genericaliasobject.c) and
 * {@code types.UnionType} ({@link UnionType}, Objects/unionobject.c) share, and what the built-in
 * types contribute to them: the {@code __class_getitem__} class method of list, dict, tuple, set,
 * frozenset, deque and defaultdict ({@code Py_GenericAlias}; {@code type[X]} is made by the
 * subscription itself), and {@code type.__or__} / {@code __ror__} ({@code _Py_union_type_or}).
 * <p>
 * Substitution ({@code alias[args]}, PEP 484/612/646) works on an alias's argument tuple:
 * <ol>
 * <li>its parameters ({@link #makeParameters}, {@code _Py_make_parameters}) are the arguments that
 *     substitute themselves (those with {@code __typing_subst__}: TypeVar, ParamSpec, TypeVarTuple)
 *     and the {@code __parameters__} of the other arguments (a generic argument's own variables),
 *     each once, in order of first appearance; a class is skipped (its {@code __parameters__}
 *     would be a descriptor's);
 * <li>{@link #substitute} ({@code _Py_subs_parameters}) spreads the unpacked tuples among the items
 *     ({@code *tuple[int, str]} stands for {@code int, str}), lets each parameter reshape them
 *     ({@code __typing_prepare_subst__}: a ParamSpec takes a bare list, a TypeVarTuple gathers its
 *     run into a tuple), requires one item per parameter, then replaces each argument: a variable
 *     through its {@code __typing_subst__}, a generic argument by its own subscription with the
 *     items of its parameters ({@code subs_tvars}), an unpacked TypeVarTuple by its items spread.
 * </ol>
 */
final class GenericAliases {
    private GenericAliases() {
    }

    /** The class method {@code T.__class_getitem__(item)} of a built-in generic type. */
    static void putClassGetItem(PyType type) {
        ObjectSpace space = type.space;
        type.putClassMethod("__class_getitem__", (self, args, nargs, kwnames) -> {
            if (kwnames != 0 && space.tupleType.size(kwnames) > 0) {
                throw new PyException("TypeError", "__class_getitem__() takes no keyword arguments");
            }
            if (nargs != 2) { // the class, then the item
                throw new PyException("TypeError", "__class_getitem__() takes exactly one argument (" + (nargs - 1)
                        + " given)");
            }
            return space.genericAliasType.create(space.memory.getLong(args), space.memory.getLong(args + 8));
        });
    }

    /** {@code Py_GenericAlias(origin, item)}: a new {@code types.GenericAlias}. */
    static long alias(ObjectSpace space, long origin, long item) {
        return space.genericAliasType.create(origin, item);
    }

    /** {@code type | other} and {@code other | type}: a {@code types.UnionType}, or NotImplemented. */
    static long or(ObjectSpace space, long v, long w) {
        return space.unionType.typeOr(v, w);
    }

    /**
     * {@code ga_repr_item} and {@code union_repr_item} (after the latter's NoneType): {@code ...}
     * for Ellipsis; what looks like an alias (an {@code __origin__} and an {@code __args__}) by its
     * repr; what looks like a class (a {@code __qualname__} and a {@code __module__} that is not
     * None) as {@code module.qualname}, the qualname alone for {@code builtins}; anything else by its repr.
     */
    static void reprItem(ObjectSpace space, StringBuilder out, long p) {
        if (p == space.ellipsis) {
            out.append("...");
            return;
        }
        if (hasAttr(space, p, "__origin__") && hasAttr(space, p, "__args__")) {
            out.append(Abstract.repr(space, p));
            return;
        }
        long qualname = Abstract.lookupAttr(space, p, "__qualname__");
        if (qualname == 0) {
            out.append(Abstract.repr(space, p));
            return;
        }
        try {
            long module = Abstract.lookupAttr(space, p, "__module__");
            if (module == 0 || module == space.none) {
                space.xdecref(module);
                out.append(Abstract.repr(space, p));
                return;
            }
            try {
                if (space.strType.check(module) && space.strType.contentEquals(module, "builtins")) {
                    out.append(Abstract.str(space, qualname));
                } else {
                    out.append(Abstract.str(space, module)).append('.').append(Abstract.str(space, qualname));
                }
            } finally {
                space.decref(module);
            }
        } finally {
            space.decref(qualname);
        }
    }

    private static boolean hasAttr(ObjectSpace space, long o, String name) {
        long v = Abstract.lookupAttr(space, o, name);
        space.xdecref(v);
        return v != 0;
    }

    /** The items of a tuple (borrowed: the tuple holds them). */
    static long[] items(ObjectSpace space, long tuple) {
        long[] a = new long[(int) space.tupleType.size(tuple)];
        for (int i = 0; i < a.length; i++) {
            a[i] = space.tupleType.item(tuple, i);
        }
        return a;
    }

    private static int indexOf(List<Long> items, long o) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == o) {
                return i;
            }
        }
        return -1;
    }

    /** {@code _Py_make_parameters(args)}: the type variables of an argument tuple (see the class comment). New reference. */
    static long makeParameters(ObjectSpace space, long args) {
        TupleType tuples = space.tupleType;
        List<Long> params = new ArrayList<>();
        List<Long> held = new ArrayList<>();
        try {
            for (long i = 0, n = tuples.size(args); i < n; i++) {
                long t = tuples.item(args, i);
                if (space.typeType.check(t)) {
                    continue; // not a bare class's __parameters__ descriptor
                }
                long subst = Abstract.lookupAttr(space, t, "__typing_subst__");
                if (subst != 0) {
                    space.decref(subst);
                    if (indexOf(params, t) < 0) {
                        params.add(t);
                    }
                    continue;
                }
                long sub = Abstract.lookupAttr(space, t, "__parameters__");
                if (sub == 0) {
                    continue;
                }
                held.add(sub);
                if (tuples.check(sub)) {
                    for (long j = 0, m = tuples.size(sub); j < m; j++) {
                        long t2 = tuples.item(sub, j);
                        if (indexOf(params, t2) < 0) {
                            params.add(t2);
                        }
                    }
                }
            }
            long[] items = new long[params.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = params.get(i);
            }
            return tuples.create(items);
        } finally {
            for (long h : held) {
                space.decref(h);
            }
        }
    }

    /** Whether {@code param} is a TypeVarTuple: its type has {@code tp_iter} (it unpacks with {@code *Ts}). */
    private static boolean isTypeVarTuple(ObjectSpace space, long param) {
        return space.typeOf(param).lookup("__iter__") != 0;
    }

    /** {@code _unpacked_tuple_args}: the arguments of {@code *tuple[...]} (a new reference), or 0. */
    private static long unpackedTupleArgs(ObjectSpace space, long arg) {
        GenericAliasType ga = space.genericAliasType;
        if (ga.checkExact(arg) && ga.starred(arg) && ga.origin(arg) == space.tupleType.typeObject()) {
            return space.newRef(ga.args(arg));
        }
        long result = Abstract.lookupAttr(space, arg, "__typing_unpacked_tuple_args__");
        if (result == space.none) {
            space.decref(result);
            return 0;
        }
        return result;
    }

    /** {@code _unpack_args(item)}: the items as a tuple, each bounded {@code *tuple[...]} spread into its arguments. New reference. */
    private static long unpackArgs(ObjectSpace space, long item) {
        TupleType tuples = space.tupleType;
        long[] items = tuples.check(item) ? items(space, item) : new long[] {item};
        List<Long> out = new ArrayList<>();
        List<Long> held = new ArrayList<>();
        try {
            for (long a : items) {
                if (!space.typeType.check(a)) {
                    long sub = unpackedTupleArgs(space, a);
                    if (sub != 0) {
                        held.add(sub);
                        long n = tuples.check(sub) ? tuples.size(sub) : -1;
                        if (n >= 0 && !(n > 0 && tuples.item(sub, n - 1) == space.ellipsis)) {
                            for (long j = 0; j < n; j++) {
                                out.add(tuples.item(sub, j));
                            }
                            continue;
                        }
                    }
                }
                out.add(a);
            }
            return tuples.create(out.stream().mapToLong(Long::longValue).toArray());
        } finally {
            for (long h : held) {
                space.decref(h);
            }
        }
    }

    /** {@code _is_unpacked_typevartuple}: {@code *Ts} among an alias's arguments. */
    private static boolean isUnpackedTypeVarTuple(ObjectSpace space, long arg) {
        if (space.typeType.check(arg)) {
            return false;
        }
        long v = Abstract.lookupAttr(space, arg, "__typing_is_unpacked_typevartuple__");
        if (v == 0) {
            return false;
        }
        try {
            return Abstract.isTrue(space, v);
        } finally {
            space.decref(v);
        }
    }

    /**
     * {@code _Py_subs_parameters(self, args, parameters, item)}: the argument tuple of
     * {@code self[item]} (see the class comment). New reference.
     */
    static long substitute(ObjectSpace space, long self, long args, long parameters, long item) {
        TupleType tuples = space.tupleType;
        int nparams = (int) tuples.size(parameters);
        if (nparams == 0) {
            throw new PyException("TypeError", Abstract.repr(space, self) + " is not a generic class");
        }
        long items = unpackArgs(space, item);
        try {
            for (int i = 0; i < nparams; i++) {
                long prepare = Abstract.lookupAttr(space, tuples.item(parameters, i), "__typing_prepare_subst__");
                if (prepare == 0) {
                    continue;
                }
                try {
                    if (prepare != space.none) {
                        long prepared = Abstract.call(space, prepare, new long[] {self, items});
                        space.decref(items);
                        items = prepared;
                    }
                } finally {
                    space.decref(prepare);
                }
            }
            long[] argitems = tuples.check(items) ? items(space, items) : new long[] {items};
            if (argitems.length != nparams) {
                throw new PyException("TypeError", "Too " + (argitems.length > nparams ? "many" : "few")
                        + " arguments for " + Abstract.repr(space, self) + "; actual " + argitems.length
                        + ", expected " + nparams);
            }
            List<Long> newargs = new ArrayList<>();
            try {
                for (long arg : items(space, args)) {
                    if (space.typeType.check(arg)) {
                        newargs.add(space.newRef(arg));
                        continue;
                    }
                    boolean unpack = isUnpackedTypeVarTuple(space, arg);
                    long subst = Abstract.lookupAttr(space, arg, "__typing_subst__");
                    long value;
                    if (subst != 0) {
                        try {
                            int iparam = indexOf(tuples, parameters, arg);
                            value = Abstract.call(space, subst, new long[] {argitems[iparam]});
                        } finally {
                            space.decref(subst);
                        }
                    } else {
                        value = substituteVariables(space, arg, parameters, argitems);
                    }
                    if (unpack) {
                        try {
                            for (long v : items(space, value)) {
                                newargs.add(space.newRef(v));
                            }
                        } finally {
                            space.decref(value);
                        }
                    } else {
                        newargs.add(value);
                    }
                }
                return tuples.createStealing(newargs.stream().mapToLong(Long::longValue).toArray());
            } catch (RuntimeException e) {
                for (long a : newargs) {
                    space.decref(a);
                }
                throw e;
            }
        } finally {
            space.decref(items);
        }
    }

    private static int indexOf(TupleType tuples, long tuple, long o) {
        for (int i = 0, n = (int) tuples.size(tuple); i < n; i++) {
            if (tuples.item(tuple, i) == o) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code subs_tvars}: {@code obj} (an argument that is itself generic) subscripted with the
     * items given for its own parameters (a TypeVarTuple's item, a tuple, spread); {@code obj}
     * itself when it has no parameters. New reference.
     */
    private static long substituteVariables(ObjectSpace space, long obj, long params, long[] argitems) {
        TupleType tuples = space.tupleType;
        long subparams = Abstract.lookupAttr(space, obj, "__parameters__");
        try {
            if (subparams == 0 || !tuples.check(subparams) || tuples.size(subparams) == 0) {
                return space.newRef(obj);
            }
            List<Long> subargs = new ArrayList<>();
            for (long p : items(space, subparams)) {
                long a = p;
                int iparam = indexOf(tuples, params, p);
                if (iparam >= 0) {
                    a = argitems[iparam];
                    if (isTypeVarTuple(space, p) && tuples.check(a)) {
                        for (long x : items(space, a)) {
                            subargs.add(x);
                        }
                        continue;
                    }
                }
                subargs.add(a);
            }
            long key = tuples.create(subargs.stream().mapToLong(Long::longValue).toArray());
            try {
                return Abstract.getItem(space, obj, key);
            } finally {
                space.decref(key);
            }
        } finally {
            space.xdecref(subparams);
        }
    }
}
