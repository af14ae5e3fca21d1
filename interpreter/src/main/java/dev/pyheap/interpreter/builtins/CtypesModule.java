package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BuiltinFunctionType;
import dev.pyheap.runtime.objects.Layout;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.math.BigInteger;
import java.util.function.LongConsumer;

/**
 * {@code ctypes} as programs about memory use it (Modules/_ctypes/_ctypes.c's simple types,
 * {@code cast}, {@code sizeof}): the integer types and {@code c_void_p} read memory at an address
 * ({@code c_long.from_address(id(x)).value} is x's reference count), {@code py_object} holds or
 * reads back an object ({@code cast(id(x), py_object).value is x}).
 *
 * <p>Unlike CPython, reading memory never crashes: an address is read only when the allocator's maps
 * say it is mapped, and {@code py_object.value} gives an object only when the address holds a live
 * object (its {@code ob_type} is a type of this heap and its count is positive); otherwise
 * {@code ValueError} names the address.
 *
 * <h2>Layout of an instance ({@code CDataObject}, 120 bytes, GC-capable: 136 with the header)</h2>
 * <pre>
 *   +0 ob_refcnt  +8 ob_type  +16 b_ptr (where the value is: b_value, or the from_address address)
 *  +40 b_size  +64 b_objects (what keeps the value alive: py_object's object, counted, or 0)
 *  +72 b_value (the value itself when the instance owns it)
 * </pre>
 */
final class CtypesModule {
    private CtypesModule() {
    }

    /** How a simple type reads and writes its value ({@code _type_}'s code). */
    enum Kind { SIGNED, UNSIGNED, POINTER, OBJECT }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        java.util.List<SimpleType> types = new java.util.ArrayList<>();
        SimpleType cLong = type(space, dict, types, "c_long", Kind.SIGNED, 8, "c_ssize_t", "c_int64", "c_longlong");
        type(space, dict, types, "c_ulong", Kind.UNSIGNED, 8, "c_size_t", "c_uint64", "c_ulonglong");
        type(space, dict, types, "c_int", Kind.SIGNED, 4, "c_int32");
        type(space, dict, types, "c_uint", Kind.UNSIGNED, 4, "c_uint32");
        type(space, dict, types, "c_short", Kind.SIGNED, 2, "c_int16");
        type(space, dict, types, "c_ushort", Kind.UNSIGNED, 2, "c_uint16");
        type(space, dict, types, "c_byte", Kind.SIGNED, 1, "c_int8");
        type(space, dict, types, "c_ubyte", Kind.UNSIGNED, 1, "c_uint8");
        type(space, dict, types, "c_void_p", Kind.POINTER, 8);
        type(space, dict, types, "py_object", Kind.OBJECT, 8);
        // the types are this interpreter's module state: at its end their dicts let go of what
        // they hold (the from_address methods), so nothing made by the import outlives the program
        table.atClose(() -> types.forEach(t -> {
            if (t.dict() != 0) {
                space.dictType.clear(t.dict());
            }
        }));
        SysModule.function(space, module, dict, "sizeof", (self, a, n, kw) -> {
            long o = new CallArgs(space, "sizeof", a, n, kw).exactly(1).get(0);
            PyType t = space.typeOf(o);
            if (t instanceof SimpleType s) {
                return space.newInt(s.size);
            }
            if (space.typeType.check(o) && space.typeAt(space.memory.getInt(o + Layout.TYPE_INDEX)) instanceof SimpleType s) {
                return space.newInt(s.size);
            }
            throw new PyException("TypeError", "this type has no size");
        });
        SysModule.function(space, module, dict, "cast", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "cast", a, n, kw).keywords().range(2, 2);
            long target = c.get(1);
            if (!(space.typeType.check(target)
                    && space.typeAt(space.memory.getInt(target + Layout.TYPE_INDEX)) instanceof SimpleType s)) {
                throw new PyException("TypeError", "cast() argument 2 must be a pointer type, not "
                        + Abstract.str(space, target));
            }
            long address = cLong.addressOf(c.get(0));
            long o = s.allocate();
            space.memory.putLong(o + SimpleType.B_VALUE, address);
            return o;
        });
    }

    private static SimpleType type(ObjectSpace space, long dict, java.util.List<SimpleType> types, String name, Kind kind,
            int size, String... aliases) {
        SimpleType t = space.register(new SimpleType(space, name, kind, size));
        types.add(t);
        SysModule.setItem(space, dict, name, t.typeObject());
        for (String alias : aliases) {
            SysModule.setItem(space, dict, alias, t.typeObject());
        }
        return t;
    }

    /** A simple C data type: {@code c_long}, {@code c_void_p}, {@code py_object}, ... */
    static final class SimpleType extends PyType {
        static final int B_PTR = 16, B_SIZE = 40, B_OBJECTS = 64, B_VALUE = 72, SIZE = 120;
        final Kind kind;
        final int size;

        SimpleType(ObjectSpace space, String name, Kind kind, int size) {
            super(space, "ctypes." + name, null, BASETYPE | HAVE_GC, SIZE, 0);
            this.kind = kind;
            this.size = size;
        }

        @Override
        protected void fillDict() {
            long f = space.builtinFunctionType.create(new BuiltinFunctionType.Def("from_address", (self, a, n, kw) -> {
                CallArgs c = new CallArgs(space, "from_address", a, n, kw).keywords().range(2, 2);
                long address = addressOf(c.get(1));
                long o = allocate();
                memory.putLong(o + B_PTR, address);
                return o;
            }, null), 0, 0);
            putInDict("from_address", space.classMethodType.create(f));
            space.decref(f);
        }

        /** An int argument as an address ({@code integer expected} otherwise). */
        long addressOf(long o) {
            if (!space.intType.check(o)) {
                throw new PyException("TypeError", "integer expected");
            }
            return space.intType.bigValue(o).longValue();
        }

        long allocate() {
            long o = space.newGcObject(this, SIZE, 0);
            for (int off = 16; off < SIZE; off += 8) {
                memory.putLong(o + off, 0);
            }
            memory.putLong(o + B_PTR, o + B_VALUE);
            memory.putLong(o + B_SIZE, size);
            space.track(o);
            return o;
        }

        private boolean owns(long o) {
            return memory.getLong(o + B_PTR) == o + B_VALUE;
        }

        /** The address of the value, checked to be mapped memory of the heap. */
        private long valueAddress(long o) {
            long p = memory.getLong(o + B_PTR);
            if (!owns(o) && !memory.isMapped(p, size)) {
                throw new PyException("ValueError", "ctypes: address 0x" + Long.toHexString(p)
                        + " is not memory of this heap (reading it would crash CPython)");
            }
            return p;
        }

        /** Whether {@code p} is the address of a live object of this heap. */
        private boolean isLiveObject(long p) {
            if (p == 0 || !memory.isMapped(p, Layout.OBJECT_HEAD)) {
                return false;
            }
            long t = memory.getLong(p + Layout.OB_TYPE);
            if (t == 0 || !memory.isMapped(t + Layout.TYPE_INDEX, 4)) {
                return false;
            }
            PyType type = space.typeAt(memory.getInt(t + Layout.TYPE_INDEX));
            return type != null && type.typeObject() == t && memory.getLong(p) > 0;
        }

        private long read(long o) {
            long p = valueAddress(o);
            return switch (size) {
                case 1 -> kind == Kind.SIGNED ? memory.getByte(p) : memory.getByte(p) & 0xffL;
                case 2 -> kind == Kind.SIGNED ? memory.getShort(p) : memory.getShort(p) & 0xffffL;
                case 4 -> kind == Kind.SIGNED ? memory.getInt(p) : memory.getInt(p) & 0xffffffffL;
                default -> memory.getLong(p);
            };
        }

        private void write(long o, long v) {
            long p = valueAddress(o);
            switch (size) {
                case 1 -> memory.putByte(p, (byte) v);
                case 2 -> memory.putShort(p, (short) v);
                case 4 -> memory.putInt(p, (int) v);
                default -> memory.putLong(p, v);
            }
        }

        /** {@code .value}: a new reference. */
        long value(long o) {
            long v = read(o);
            switch (kind) {
                case OBJECT -> {
                    if (v == 0) {
                        throw new PyException("ValueError", "PyObject is NULL");
                    }
                    if (!isLiveObject(v)) {
                        throw new PyException("ValueError", "ctypes: 0x" + Long.toHexString(v)
                                + " is not the address of a live object of this heap");
                    }
                    return space.newRef(v);
                }
                case POINTER -> {
                    return v == 0 ? space.newNone() : space.intType.createFromBig(new BigInteger(Long.toUnsignedString(v)));
                }
                case UNSIGNED -> {
                    return space.intType.createFromBig(new BigInteger(Long.toUnsignedString(v)));
                }
                default -> {
                    return space.newInt(v);
                }
            }
        }

        /** {@code .value = v}: an int cut to the C type's width (CPython does not check overflow). */
        void setValue(long o, long v) {
            if (kind == Kind.OBJECT) {
                long old = memory.getLong(o + B_OBJECTS);
                memory.putLong(o + B_OBJECTS, space.newRef(v));
                write(o, v);
                space.xdecref(old);
                return;
            }
            if (kind == Kind.POINTER && v == space.none) {
                write(o, 0);
                return;
            }
            if (!space.intType.check(v)) {
                throw new PyException("TypeError", kind == Kind.POINTER ? "cannot be converted to pointer"
                        : "'" + space.typeOf(v).name + "' object cannot be interpreted as an integer");
            }
            write(o, space.intType.bigValue(v).longValue());
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            return allocate();
        }

        @Override
        public void tpInit(long self, long args, long kwargs) {
            long n = space.tupleType.size(args);
            if (n > 1) {
                throw new PyException("TypeError", "function takes at most 1 argument (" + n + " given)");
            }
            if (n == 1) {
                setValue(self, space.tupleType.item(args, 0));
            }
        }

        @Override
        public long lookupAttr(long o, long name) {
            if (space.strType.value(name).equals("value")) {
                return value(o);
            }
            return genericLookupAttr(o, name);
        }

        @Override
        public void setAttr(long o, long name, long value) {
            if (value != 0 && space.strType.value(name).equals("value")) {
                setValue(o, value);
                return;
            }
            genericSetAttr(o, name, value);
        }

        @Override
        public String repr(long o) {
            String n = space.typeOf(o).name;
            n = n.substring(n.lastIndexOf('.') + 1);
            if (kind == Kind.OBJECT) {
                long v = read(o);
                if (v == 0) {
                    return n + "(<NULL>)";
                }
                long x = value(o);
                try {
                    return n + "(" + Abstract.repr(space, x) + ")";
                } finally {
                    space.decref(x);
                }
            }
            long x = value(o);
            try {
                return n + "(" + Abstract.repr(space, x) + ")";
            } finally {
                space.decref(x);
            }
        }

        @Override
        public void forEachReferent(long o, LongConsumer visitor) {
            long k = memory.getLong(o + B_OBJECTS);
            if (k != 0) {
                visitor.accept(k);
            }
        }

        @Override
        public void clear(long o) {
            long k = memory.getLong(o + B_OBJECTS);
            memory.putLong(o + B_OBJECTS, 0);
            if (owns(o) && kind == Kind.OBJECT) {
                memory.putLong(o + B_VALUE, 0);
            }
            space.xdecref(k);
        }

        @Override
        public void dealloc(long o) {
            space.untrack(o);
            long k = memory.getLong(o + B_OBJECTS);
            space.typeOf(o).tpFree(o);
            space.xdecref(k);
        }
    }
}
