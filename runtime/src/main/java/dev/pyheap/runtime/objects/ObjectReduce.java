package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code object.__reduce_ex__}, {@code object.__reduce__} and {@code object.__getstate__}
 * (Objects/typeobject.c): how {@code copy} and {@code pickle} take apart an instance of a class
 * that does not say how.
 * <ol>
 * <li>{@code __reduce_ex__(protocol)} calls the class's own {@code __reduce__} when it overrides
 *     object's; otherwise, from protocol 2, {@code reduce_newobj}; below 2, {@code copyreg._reduce_ex}.
 * <li>{@code reduce_newobj}: {@code (copyreg.__newobj__, (cls, *args), state, listitems, dictitems)}
 *     with the arguments of {@code __getnewargs_ex__} or {@code __getnewargs__} (none without them;
 *     {@code copyreg.__newobj_ex__} and {@code (cls, args, kwargs)} when there are keywords), the
 *     state of {@code __getstate__}, and iterators over a list's items or a dict's pairs.
 * <li>The default state: the instance's {@code __dict__} (None when empty), paired with a dict of
 *     the {@code __slots__} values that are set when there are any; an instance object's own
 *     layout could not rebuild (variable size, C fields) is a TypeError when no arguments are given.
 * </ol>
 * {@code copyreg} is imported through the {@link FrameEvaluator} when first needed, as
 * {@code import_copyreg} does.
 */
final class ObjectReduce {
    private final ObjectSpace space;

    ObjectReduce(ObjectSpace space) {
        this.space = space;
    }

    /** {@code object.__reduce_ex__(protocol)}. A new reference. */
    long reduceEx(long self, long protocolObject) {
        int protocol = (int) Abstract.index(space, protocolObject);
        PyType type = space.typeOf(self);
        long clsReduce = type.lookup("__reduce__");
        if (clsReduce != 0 && clsReduce != space.objectType.lookup("__reduce__")) {
            long reduce = Abstract.getAttr(space, self, "__reduce__");
            try {
                return Abstract.call(space, reduce);
            } finally {
                space.decref(reduce);
            }
        }
        return commonReduce(self, protocol);
    }

    /** {@code _common_reduce}. */
    long commonReduce(long self, int protocol) {
        if (protocol >= 2) {
            return reduceNewobj(self);
        }
        long copyreg = copyreg();
        try {
            long proto = space.newInt(protocol);
            try {
                return Abstract.callMethod(space, copyreg, "_reduce_ex", new long[] {self, proto});
            } finally {
                space.decref(proto);
            }
        } finally {
            space.decref(copyreg);
        }
    }

    private long copyreg() {
        if (space.frameEvaluator == null) {
            throw new PyException("ImportError", "No module named 'copyreg'");
        }
        return space.frameEvaluator.importModule("copyreg");
    }

    /** {@code reduce_newobj}. */
    private long reduceNewobj(long self) {
        PyType type = space.typeOf(self);
        if (type.disallowsInstantiation()) {
            throw new PyException("TypeError", "cannot pickle '" + type.name + "' object");
        }
        long[] newArgs = newArguments(self); // {args or 0, kwargs or 0}
        long args = newArgs[0], kwargs = newArgs[1];
        long newobj = 0, newargs = 0, state = 0, listitems = 0, dictitems = 0;
        long copyreg = 0;
        try {
            copyreg = copyreg();
            boolean hasArgs = args != 0;
            if (kwargs == 0 || space.dictType.size(kwargs) == 0) {
                newobj = Abstract.getAttr(space, copyreg, "__newobj__");
                int n = args == 0 ? 0 : (int) space.tupleType.size(args);
                long[] items = new long[n + 1];
                items[0] = type.typeObject();
                for (int i = 0; i < n; i++) {
                    items[i + 1] = space.tupleType.item(args, i);
                }
                newargs = space.tupleType.create(items);
            } else {
                newobj = Abstract.getAttr(space, copyreg, "__newobj_ex__");
                newargs = space.tupleType.create(type.typeObject(), args, kwargs);
            }
            state = getState(self, !(hasArgs || space.listType.check(self) || space.dictType.check(self)));
            listitems = space.listType.check(self) ? Abstract.getIter(space, self) : space.newNone();
            if (space.dictType.check(self)) {
                long items = Abstract.callMethod(space, self, "items", PyType.NO_ARGS);
                try {
                    dictitems = Abstract.getIter(space, items);
                } finally {
                    space.decref(items);
                }
            } else {
                dictitems = space.newNone();
            }
            return space.tupleType.create(newobj, newargs, state, listitems, dictitems);
        } finally {
            for (long o : new long[] {args, kwargs, copyreg, newobj, newargs, state, listitems, dictitems}) {
                space.xdecref(o);
            }
        }
    }

    /** {@code _PyObject_GetNewArguments}: {@code {args, kwargs}}, new references or 0. */
    private long[] newArguments(long self) {
        long ex = callSpecial(self, "__getnewargs_ex__");
        if (ex != 0) {
            try {
                if (!space.tupleType.check(ex)) {
                    throw new PyException("TypeError", "__getnewargs_ex__ should return a tuple, not '"
                            + space.typeOf(ex).name + "'");
                }
                if (space.tupleType.size(ex) != 2) {
                    throw new PyException("ValueError", "__getnewargs_ex__ should return a tuple of length 2, not "
                            + space.tupleType.size(ex));
                }
                long args = space.tupleType.item(ex, 0), kwargs = space.tupleType.item(ex, 1);
                if (!space.tupleType.check(args)) {
                    throw new PyException("TypeError", "first item of the tuple returned by __getnewargs_ex__ must be "
                            + "a tuple, not '" + space.typeOf(args).name + "'");
                }
                if (!space.dictType.check(kwargs)) {
                    throw new PyException("TypeError", "second item of the tuple returned by __getnewargs_ex__ must be "
                            + "a dict, not '" + space.typeOf(kwargs).name + "'");
                }
                return new long[] {space.newRef(args), space.newRef(kwargs)};
            } finally {
                space.decref(ex);
            }
        }
        long args = callSpecial(self, "__getnewargs__");
        if (args != 0 && !space.tupleType.check(args)) {
            String got = space.typeOf(args).name;
            space.decref(args);
            throw new PyException("TypeError", "__getnewargs__ should return a tuple, not '" + got + "'");
        }
        return new long[] {args, 0};
    }

    /** {@code _PyObject_LookupSpecial} and a call without arguments: the result, or 0 when the type has no such method. */
    private long callSpecial(long self, String name) {
        PyType type = space.typeOf(self);
        long descr = type.lookup(name);
        if (descr == 0) {
            return 0;
        }
        PyType dt = space.typeOf(descr);
        long bound = dt.hasDescrGet() ? dt.descrGet(descr, self, type.typeObject()) : space.newRef(descr);
        try {
            return Abstract.call(space, bound);
        } finally {
            space.decref(bound);
        }
    }

    /** {@code object_getstate}: object's default when {@code __getstate__} is not overridden, else its answer. */
    private long getState(long self, boolean required) {
        long descr = space.typeOf(self).lookup("__getstate__");
        if (descr == space.objectType.lookup("__getstate__")) {
            return defaultState(self, required);
        }
        long getstate = Abstract.getAttr(space, self, "__getstate__");
        try {
            return Abstract.call(space, getstate);
        } finally {
            space.decref(getstate);
        }
    }

    /** {@code object_getstate_default}. A new reference. */
    long defaultState(long self, boolean required) {
        PyType type = space.typeOf(self);
        if (required && type.variableSize()) {
            throw new PyException("TypeError", "cannot pickle " + type.name + " objects");
        }
        long state = type.dictOffset() == 0 ? 0 : Abstract.lookupAttr(space, self, "__dict__");
        if (state != 0 && space.dictType.check(state) && space.dictType.size(state) == 0) {
            space.decref(state);
            state = 0;
        }
        if (state == 0) {
            state = space.newNone();
        }
        long slots = 0;
        long slotnames = 0;
        try {
            slotnames = slotNames(type);
            if (required) {
                long basicSize = Layout.OBJECT_HEAD;
                if (type.dictOffset() != 0 && !type.hasFlag(PyType.MANAGED_DICT)) {
                    basicSize += 8;
                }
                if (type.weaklistOffset() != 0) {
                    basicSize += 8;
                }
                if (slotnames != space.none) {
                    basicSize += 8 * space.listType.size(slotnames);
                }
                if (type.basicSize() > basicSize) {
                    throw new PyException("TypeError", "cannot pickle '" + type.name + "' object");
                }
            }
            if (slotnames != space.none && space.listType.size(slotnames) > 0) {
                slots = space.dictType.create();
                for (int i = 0; i < space.listType.size(slotnames); i++) {
                    long name = space.listType.item(slotnames, i);
                    long value = Abstract.lookupAttr(space, self, name);
                    if (value != 0) {
                        try {
                            space.dictType.setItem(slots, name, value);
                        } finally {
                            space.decref(value);
                        }
                    }
                }
                if (space.dictType.size(slots) > 0) {
                    long pair = space.tupleType.create(state, slots);
                    space.decref(state);
                    state = pair;
                }
            }
            long result = state;
            state = 0;
            return result;
        } finally {
            space.xdecref(state);
            space.xdecref(slots);
            space.xdecref(slotnames);
        }
    }

    /** {@code _PyType_GetSlotNames}: the class's cached {@code __slotnames__}, else {@code copyreg._slotnames(cls)}. A new reference. */
    private long slotNames(PyType type) {
        long dict = type.dict();
        long cached = dict == 0 ? 0 : space.dictType.getItemString(dict, "__slotnames__");
        long names;
        if (cached != 0) {
            names = space.newRef(cached);
        } else {
            long copyreg = copyreg();
            try {
                names = Abstract.callMethod(space, copyreg, "_slotnames", new long[] {type.typeObject()});
            } finally {
                space.decref(copyreg);
            }
        }
        if (names != space.none && !space.listType.check(names)) {
            String got = space.typeOf(names).name;
            space.decref(names);
            throw new PyException("TypeError", cached != 0
                    ? type.name + ".__slotnames__ should be a list or None, not " + got
                    : "copyreg._slotnames didn't return a list or None");
        }
        return names;
    }
}
