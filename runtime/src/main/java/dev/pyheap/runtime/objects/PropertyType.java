package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code property} (Objects/descrobject.c, {@code propertyobject}): a data descriptor calling its
 * getter, setter and deleter. 80 bytes as CPython's {@code sys.getsizeof}:
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 prop_get  +24 prop_set  +32 prop_del  +40 prop_doc
 *   +48 prop_name (set by __set_name__)  +56 getter_doc (int: the doc came from the getter)
 * </pre>
 * {@code getter}/{@code setter}/{@code deleter} return a copy with one function replaced; a missing
 * function is {@code AttributeError: property 'x' of 'C' object has no setter}.
 */
public final class PropertyType extends StructType {
    static final int GET = 16, SET = 24, DEL = 32, DOC = 40, NAME = 48, GETTER_DOC = 56;
    static final int SIZE = 64;

    PropertyType(ObjectSpace space) {
        super(space, "property", null, HAVE_GC | BASETYPE, SIZE, 0, 0,
                "fget", GET, "fset", SET, "fdel", DEL, "__doc__", DOC, "name", NAME);
        defineMethod("getter", (self, args) -> copy(self, Args.one("property.getter", args), field(self, SET), field(self, DEL)));
        defineMethod("setter", (self, args) -> copy(self, field(self, GET), Args.one("property.setter", args), field(self, DEL)));
        defineMethod("deleter", (self, args) -> copy(self, field(self, GET), field(self, SET), Args.one("property.deleter", args)));
        defineMethod("__set_name__", (self, args) -> {
            Args.range("__set_name__", args, 2, 2);
            setField(self, NAME, args[1]);
            return space.newNone();
        });
    }

    /** {@code property(fget, fset, fdel, doc)}: 0 or None for what is not given. New reference. */
    public long create(long fget, long fset, long fdel, long doc) {
        long p = allocateStruct(SIZE);
        init(p, fget, fset, fdel, doc);
        space.track(p);
        return p;
    }

    private long orNull(long o) {
        return o == space.none ? 0 : o;
    }

    /**
     * {@code property_init}: {@code doc} 0 when not given. A doc not given or None is replaced by the
     * getter's {@code __doc__} when it has one, even None (kept in {@code prop_doc}, or in a
     * subclass instance's own {@code __doc__} attribute), and {@code getter_doc} records that.
     */
    private void init(long p, long fget, long fset, long fdel, long doc) {
        setField(p, GET, orNull(fget));
        setField(p, SET, orNull(fset));
        setField(p, DEL, orNull(fdel));
        setField(p, DOC, doc);
        memory.putLong(p + GETTER_DOC, 0);
        if ((doc == 0 || doc == space.none) && orNull(fget) != 0) {
            long d = Abstract.lookupAttr(space, fget, "__doc__");
            if (d == 0) {
                return;
            }
            if (space.typeOf(p) == this) {
                putField(p, DOC, d);
            } else {
                try {
                    Abstract.setAttr(space, p, "__doc__", d);
                } finally {
                    space.decref(d);
                }
            }
            memory.putLong(p + GETTER_DOC, 1);
        }
    }

    /** {@code property_copy}: a property of the same type with these functions (the doc follows a new getter). */
    private long copy(long old, long fget, long fset, long fdel) {
        long doc = memory.getLong(old + GETTER_DOC) != 0 && orNull(fget) != 0 || field(old, DOC) == 0
                ? space.none : field(old, DOC);
        long p = create(fget, fset, fdel, doc);
        setField(p, NAME, field(old, NAME));
        PyType t = space.typeOf(old);
        if (t != this) {
            p = t.adopt(p);
        }
        return p;
    }

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long p = allocateStruct(SIZE);
        space.track(p);
        if (subtype != this) {
            p = subtype.adopt(p);
        }
        return p;
    }

    /** {@code property_init(fget=None, fset=None, fdel=None, doc=None)}. */
    @Override
    public void tpInit(long p, long args, long kwargs) {
        int n = (int) space.tupleType.size(args);
        long[] a = new long[4];
        String[] names = {"fget", "fset", "fdel", "doc"};
        java.util.List<String> keywords = new java.util.ArrayList<>();
        if (kwargs != 0) {
            space.dictType.forEach(kwargs, (k, v) -> keywords.add(space.strType.value(k)));
        }
        // Argument Clinic's _PyArg_UnpackKeywords: the count, then names given twice, then unknown names
        PyException refused = CallArguments.clinicError("property", 0, 0, 4, names, n, keywords);
        if (refused != null) {
            throw refused;
        }
        for (int i = 0; i < n; i++) {
            a[i] = space.tupleType.item(args, i);
        }
        if (kwargs != 0) {
            space.dictType.forEach(kwargs, (k, v) -> a[java.util.Arrays.asList(names).indexOf(space.strType.value(k))] = v);
        }
        init(p, a[0], a[1], a[2], a[3]);
    }

    @Override
    public boolean hasDescrGet() {
        return true;
    }

    @Override
    public boolean hasDescrSet() {
        return true;
    }

    private PyException missing(long p, long obj, String what) {
        long n = field(p, NAME);
        String prop = n != 0 && space.strType.check(n) ? "property '" + space.strType.value(n) + "'" : "property";
        return new PyException("AttributeError", prop + " of '" + space.typeOf(obj).name + "' object has no " + what);
    }

    @Override
    public long descrGet(long p, long obj, long type) {
        if (obj == 0 || obj == space.none) {
            return space.newRef(p);
        }
        long get = field(p, GET);
        if (get == 0) {
            throw missing(p, obj, "getter");
        }
        return Abstract.call(space, get, new long[] {obj});
    }

    @Override
    public void descrSet(long p, long obj, long value) {
        long f = field(p, value == 0 ? DEL : SET);
        if (f == 0) {
            throw missing(p, obj, value == 0 ? "deleter" : "setter");
        }
        space.decref(Abstract.call(space, f, value == 0 ? new long[] {obj} : new long[] {obj, value}));
    }

    @Override
    public long lookupAttr(long p, long name) {
        PyType type = space.typeOf(p);
        if (type != this && type.lookup(name) != lookup(name)) {
            // a subclass's own class attribute comes first in its MRO (abc.abstractproperty's
            // __isabstractmethod__ = True), as CPython's generic lookup finds it
            return genericLookupAttr(p, name);
        }
        StrType str = space.strType;
        int offset = str.contentEquals(name, "fget") ? GET : str.contentEquals(name, "fset") ? SET
                : str.contentEquals(name, "fdel") ? DEL : str.contentEquals(name, "__doc__") ? DOC : -1;
        if (offset > 0) {
            long v = field(p, offset);
            return space.newRef(v == 0 ? space.none : v);
        }
        if (str.contentEquals(name, "__isabstractmethod__")) { // property_get___isabstractmethod__
            boolean abstractMethod = Abstract.isAbstract(space, field(p, GET)) || Abstract.isAbstract(space, field(p, SET))
                    || Abstract.isAbstract(space, field(p, DEL));
            return abstractMethod ? space.newTrue() : space.newFalse();
        }
        return genericLookupAttr(p, name);
    }

    /** {@code property_members} and {@code property_getsetlist}. */
    @Override
    protected void fillDict() {
        putMembers("fget", "fset", "fdel");
        // a writable member (T_OBJECT): property(doc=...) or an assignment sets it, deleting it leaves None
        putInDict("__doc__", space.memberDescrType.createAccessor(this, "__doc__", p -> lookupAttr(p, "__doc__"),
                (p, value) -> setField(p, DOC, value)));
        putGetSets("__isabstractmethod__");
    }
}
