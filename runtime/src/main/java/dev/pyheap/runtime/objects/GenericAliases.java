package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * The run-time side of annotations: {@code list[int]} ({@code types.GenericAlias},
 * Objects/genericaliasobject.c) and {@code int | None} ({@code types.UnionType},
 * Objects/unionobject.c). Both object types are written in Python (the library module
 * {@code _generic_alias}); what the built-in types contribute is here: the
 * {@code __class_getitem__} class method of list, dict, tuple, set, frozenset, deque and
 * defaultdict ({@code Py_GenericAlias}; {@code type[X]} is made by the subscription itself), and {@code type.__or__} / {@code __ror__}
 * ({@code _Py_union_type_or}), which answer NotImplemented for operands that cannot be in a union.
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
            return callModule(space, "GenericAlias", space.memory.getLong(args), space.memory.getLong(args + 8));
        });
    }

    /** {@code Py_GenericAlias(origin, item)}: {@code types.GenericAlias(origin, item)}. */
    static long alias(ObjectSpace space, long origin, long item) {
        return callModule(space, "GenericAlias", origin, item);
    }

    /** {@code type | other} and {@code other | type}: a {@code types.UnionType}, or NotImplemented. */
    static long or(ObjectSpace space, long v, long w) {
        return callModule(space, "_type_or", v, w);
    }

    private static long callModule(ObjectSpace space, String function, long a, long b) {
        if (space.frameEvaluator == null) {
            throw new PyException("ImportError", "No module named '_generic_alias'");
        }
        long module = space.frameEvaluator.importModule("_generic_alias");
        try {
            return Abstract.callMethod(space, module, function, new long[] {a, b});
        } finally {
            space.decref(module);
        }
    }
}
