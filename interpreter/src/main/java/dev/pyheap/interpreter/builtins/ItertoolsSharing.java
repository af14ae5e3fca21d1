package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.util.function.LongConsumer;

/**
 * The itertools types whose iterators share state with one another (Modules/itertoolsmodule.c):
 * {@code tee} over a linked list of {@code _tee_dataobject} blocks, and {@code groupby} with the
 * {@code _grouper} of its present group.
 */
final class ItertoolsSharing {
    private ItertoolsSharing() {
    }

    /** {@code LINKCELLS}: the items one data block holds (the block then fills 496 bytes). */
    static final int LINKCELLS = 57;

    // ================================================================== _tee_dataobject

    /**
     * {@code teedataobject}: a block of up to 57 items read from the shared iterator, and the link
     * to the next block, made when the lead tee runs past this one. Every tee of a family walks the
     * same list; a block is freed when the last tee behind it moves on, so memory follows the
     * distance between the leading and the trailing tee. {@code running} refuses a re-entrant read
     * (the iterator's {@code __next__} reaching the same tee), as 3.11 does, without a lock.
     * <pre>  +16 it  +24 numread (int)  +28 running (int)  +32 nextlink  +40 values[57]   496 bytes</pre>
     */
    static final class TeeDataType extends IterToolType {
        static final int IT = 16, NUMREAD = 24, RUNNING = 28, NEXTLINK = 32, VALUES = 40, SIZE = VALUES + 8 * LINKCELLS;

        TeeDataType(ObjectSpace space) {
            super(space, "_tee_dataobject", 0, SIZE, 0, "it", IT, "nextlink", NEXTLINK);
            defineMethod("__reduce__", (self, a) -> {
                Args.none("_tee_dataobject.__reduce__", a);
                int n = numread(self);
                long[] values = new long[n];
                for (int i = 0; i < n; i++) {
                    values[i] = memory.getLong(self + VALUES + 8L * i);
                }
                long list = space.listType.create(values);
                long next = field(self, NEXTLINK);
                return steal(typeRef(self), steal(ref(field(self, IT)), list, ref(next == 0 ? space.none : next)));
            });
        }

        @Override
        public boolean isIterator() {
            return false;
        }

        @Override
        protected void fillDict() {
            putInDict("__doc__", space.strType.runtime("Data container common to multiple tee objects."));
        }

        int numread(long o) {
            return memory.getInt(o + NUMREAD);
        }

        /** {@code teedataobject_newinternal}: an empty block reading from {@code it}. New reference. */
        long newInternal(long it) {
            long o = allocate();
            memory.putLong(o + IT, space.newRef(it));
            space.track(o);
            return o;
        }

        /** {@code itertools._tee_dataobject(iterable, values, next)}: a block remade from its pickled state. */
        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            noKeywordsExact(subtype, kwargs);
            long[] p = positional(args, 3, 3);
            if (!space.listType.check(p[1])) {
                throw new PyException("TypeError", "teedataobject() argument 2 must be list, not " + space.typeOf(p[1]).name);
            }
            long o = newInternal(p[0]);
            long len = space.listType.size(p[1]);
            boolean ok = len <= LINKCELLS;
            if (ok) {
                for (int i = 0; i < len; i++) {
                    memory.putLong(o + VALUES + 8L * i, space.newRef(space.listType.item(p[1], i)));
                }
                memory.putInt(o + NUMREAD, (int) len);
                if (len == LINKCELLS) {
                    if (p[2] != space.none) {
                        ok = space.typeOf(p[2]) == this;
                        if (ok) {
                            memory.putLong(o + NEXTLINK, space.newRef(p[2]));
                        }
                    }
                } else {
                    ok = p[2] == space.none;
                }
            }
            if (!ok) {
                space.decref(o);
                throw new PyException("ValueError", "Invalid arguments");
            }
            return o;
        }

        /** {@code teedataobject_jumplink}: the next block, made when first reached. New reference. */
        long jumplink(long o) {
            long next = field(o, NEXTLINK);
            if (next == 0) {
                next = newInternal(field(o, IT));
                memory.putLong(o + NEXTLINK, next);
            }
            return space.newRef(next);
        }

        /** {@code teedataobject_getitem}: item {@code i}, read from the iterator by the lead tee. New reference, 0 at the end. */
        long getItem(long o, int i) {
            if (i < numread(o)) {
                return space.newRef(memory.getLong(o + VALUES + 8L * i));
            }
            if (memory.getInt(o + RUNNING) != 0) {
                throw new PyException("RuntimeError", "cannot re-enter the tee iterator");
            }
            memory.putInt(o + RUNNING, 1);
            long value;
            try {
                value = Abstract.iterNext(space, field(o, IT));
            } finally {
                memory.putInt(o + RUNNING, 0);
            }
            if (value == 0) {
                return 0;
            }
            memory.putLong(o + VALUES + 8L * i, value);
            memory.putInt(o + NUMREAD, i + 1);
            return space.newRef(value);
        }

        /** {@code teedataobject_traverse}: the iterator, the items read, then the next block. */
        @Override
        public void forEachReferent(long o, LongConsumer visitor) {
            long it = field(o, IT);
            if (it != 0) {
                visitor.accept(it);
            }
            for (int i = 0, n = numread(o); i < n; i++) {
                visitor.accept(memory.getLong(o + VALUES + 8L * i));
            }
            long next = field(o, NEXTLINK);
            if (next != 0) {
                visitor.accept(next);
            }
        }

        @Override
        public String referentName(long o, int ordinal, java.util.function.LongFunction<String> text) {
            int k = ordinal - (field(o, IT) != 0 ? 1 : 0);
            if (k < 0) {
                return "it";
            }
            return k < numread(o) ? "values[" + k + "]" : "nextlink";
        }

        /**
         * {@code teedataobject_clear}: the iterator, the items, then the chain of following blocks
         * released one after another ({@code teedataobject_safe_decref}), not by recursion, so a
         * long list left behind by a fast tee does not exhaust the stack.
         */
        @Override
        public void clear(long o) {
            long it = field(o, IT);
            memory.putLong(o + IT, 0);
            space.xdecref(it);
            int n = numread(o);
            memory.putInt(o + NUMREAD, 0);
            for (int i = 0; i < n; i++) {
                long v = memory.getLong(o + VALUES + 8L * i);
                memory.putLong(o + VALUES + 8L * i, 0);
                space.decref(v);
            }
            long next = field(o, NEXTLINK);
            memory.putLong(o + NEXTLINK, 0);
            while (next != 0 && space.typeOf(next) == this && space.refcount(next) == 1) {
                long after = field(next, NEXTLINK);
                memory.putLong(next + NEXTLINK, 0);
                space.decref(next);
                next = after;
            }
            space.xdecref(next);
        }
    }

    // ================================================================== _tee

    /**
     * {@code teeobject}: a position in the shared list of data blocks.
     * <pre>  +16 dataobj  +24 index (int)  +32 weakreflist   40 bytes</pre>
     */
    static final class TeeType extends IterToolType {
        static final int DATAOBJ = 16, INDEX = 24, WEAKLIST = 32;
        private final TeeDataType data;

        TeeType(ObjectSpace space, TeeDataType data) {
            super(space, "_tee", 0, 40, WEAKLIST, "dataobj", DATAOBJ);
            this.data = data;
            defineMethod("__copy__", (self, a) -> {
                Args.none("_tee.__copy__", a);
                return copy(self);
            });
            defineMethod("__reduce__", (self, a) -> {
                Args.none("_tee.__reduce__", a);
                return steal(typeRef(self), steal(space.tupleType.create()),
                        steal(ref(field(self, DATAOBJ)), space.newInt(memory.getInt(self + INDEX))));
            });
            defineMethod("__setstate__", (self, a) -> {
                long state = Args.one("_tee.__setstate__", a);
                if (!space.tupleType.check(state)) {
                    throw new PyException("TypeError", "state is not a tuple");
                }
                parseTupleCount(state, 2, 2);
                long tdo = space.tupleType.item(state, 0);
                if (!space.typeOf(tdo).isSubtypeOf(data)) {
                    throw new PyException("TypeError", "argument 1 must be itertools._tee_dataobject, not "
                            + space.typeOf(tdo).name);
                }
                int index = Args.cInt(space, space.tupleType.item(state, 1));
                if (index < 0 || index > LINKCELLS) {
                    throw new PyException("ValueError", "Index out of range");
                }
                setField(self, DATAOBJ, tdo);
                memory.putInt(self + INDEX, index);
                return space.newNone();
            });
        }

        @Override
        protected void fillDict() {
            putInDict("__doc__", space.strType.runtime("Iterator wrapped to make it copyable."));
        }

        /** {@code tee_type} leaves {@code tp_getattro} 0 (inherited), so its dict has no {@code __getattribute__} of its own. */
        @Override
        protected java.util.Set<dev.pyheap.runtime.objects.SlotWrappers.Slot> slots() {
            return adjusted(super.slots(), java.util.List.of(), dev.pyheap.runtime.objects.SlotWrappers.Slot.TP_GETATTRO);
        }

        /** {@code tee_copy}: an independent tee at the same position. New reference. */
        long copy(long o) {
            long n = allocate();
            memory.putLong(n + DATAOBJ, space.newRef(field(o, DATAOBJ)));
            memory.putInt(n + INDEX, memory.getInt(o + INDEX));
            space.track(n);
            return n;
        }

        /** {@code tee_fromiterable}: a copy of a tee, or a new tee over a new block reading {@code iterable}'s iterator. */
        long fromIterable(long iterable) {
            long it = Abstract.getIter(space, iterable);
            try {
                if (space.typeOf(it).isSubtypeOf(this)) {
                    return copy(it);
                }
                long tdo = data.newInternal(it);
                long o = allocate();
                memory.putLong(o + DATAOBJ, tdo);
                space.track(o);
                return o;
            } finally {
                space.decref(it);
            }
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            noKeywordsExact(subtype, kwargs);
            return fromIterable(positional(args, 1, 1)[0]);
        }

        @Override
        public long iterNext(long o) {
            int index = memory.getInt(o + INDEX);
            if (index >= LINKCELLS) {
                long link = data.jumplink(field(o, DATAOBJ));
                putField(o, DATAOBJ, link);
                index = 0;
                memory.putInt(o + INDEX, 0);
            }
            long value = data.getItem(field(o, DATAOBJ), index);
            if (value == 0) {
                return 0;
            }
            memory.putInt(o + INDEX, index + 1);
            return value;
        }

        /**
         * {@code itertools.tee(iterable, n=2)}: the iterator itself when it can copy itself
         * ({@code __copy__}), else a tee over it, then {@code n - 1} copies.
         */
        long teeFunction(long iterable, long n) {
            if (n < 0) {
                throw new PyException("ValueError", "n must be >= 0");
            }
            if (n == 0) {
                return space.tupleType.create();
            }
            long[] items = new long[(int) n];
            long copyfunc = 0;
            try {
                long it = Abstract.getIter(space, iterable);
                try {
                    copyfunc = Abstract.lookupAttr(space, it, "__copy__");
                } catch (RuntimeException e) {
                    space.decref(it);
                    throw e;
                }
                if (copyfunc != 0) {
                    items[0] = it;
                } else {
                    try {
                        items[0] = fromIterable(it);
                    } finally {
                        space.decref(it);
                    }
                    copyfunc = Abstract.getAttr(space, items[0], "__copy__");
                }
                for (int i = 1; i < n; i++) {
                    items[i] = Abstract.call(space, copyfunc, new long[0]);
                }
            } catch (RuntimeException e) {
                for (long x : items) {
                    space.xdecref(x);
                }
                space.xdecref(copyfunc);
                throw e;
            }
            space.decref(copyfunc);
            return steal(items);
        }
    }

    // ================================================================== groupby

    /**
     * {@code groupbyobject}: {@code currkey}/{@code currvalue} are the item read ahead, {@code tgtkey}
     * the present group's key; {@code currgrouper} (borrowed, a plain address) names the one
     * {@code _grouper} still allowed to draw: advancing the groupby invalidates the previous group.
     * <pre>  +16 it  +24 keyfunc  +32 tgtkey  +40 currkey  +48 currvalue  +56 currgrouper   64 bytes</pre>
     */
    static final class GroupbyType extends IterToolType {
        static final int IT = 16, KEYFUNC = 24, TGTKEY = 32, CURRKEY = 40, CURRVALUE = 48, CURRGROUPER = 56;
        GrouperType grouper;

        GroupbyType(ObjectSpace space) {
            super(space, "groupby", BASETYPE, 64, 0, "it", IT, "keyfunc", KEYFUNC, "tgtkey", TGTKEY,
                    "currkey", CURRKEY, "currvalue", CURRVALUE);
            defineMethod("__reduce__", (self, a) -> {
                Args.none("groupby.__reduce__", a);
                long tgt = field(self, TGTKEY), key = field(self, CURRKEY), value = field(self, CURRVALUE);
                long args = steal(ref(field(self, IT)), ref(field(self, KEYFUNC)));
                if (tgt != 0 && key != 0 && value != 0) {
                    return steal(typeRef(self), args, steal(ref(key), ref(value), ref(tgt)));
                }
                return steal(typeRef(self), args);
            });
            defineMethod("__setstate__", (self, a) -> {
                long state = Args.one("groupby.__setstate__", a);
                if (!space.tupleType.check(state)) {
                    throw new PyException("TypeError", "state is not a tuple");
                }
                parseTupleCount(state, 3, 3);
                setField(self, CURRKEY, space.tupleType.item(state, 0));
                setField(self, CURRVALUE, space.tupleType.item(state, 1));
                setField(self, TGTKEY, space.tupleType.item(state, 2));
                return space.newNone();
            });
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long[] p = keywords(args, kwargs, 1, "iterable", "key");
            long it = getIter(p[0]);
            long o = allocate();
            memory.putLong(o + KEYFUNC, space.newRef(p[1] == 0 ? space.none : p[1]));
            memory.putLong(o + IT, it);
            space.track(o);
            return o;
        }

        /** {@code groupby_step}: reads the next item and its key ahead. False at the end. */
        boolean step(long o) {
            long value = Abstract.iterNext(space, field(o, IT));
            if (value == 0) {
                return false;
            }
            long keyfunc = field(o, KEYFUNC), key;
            if (keyfunc == space.none) {
                key = space.newRef(value);
            } else {
                try {
                    key = Abstract.call(space, keyfunc, new long[] {value});
                } catch (RuntimeException e) {
                    space.decref(value);
                    throw e;
                }
            }
            long old = field(o, CURRVALUE);
            memory.putLong(o + CURRVALUE, value);
            putField(o, CURRKEY, key);
            space.xdecref(old);
            return true;
        }

        @Override
        public long iterNext(long o) {
            memory.putLong(o + CURRGROUPER, 0);
            for (;;) {
                long currkey = field(o, CURRKEY);
                if (currkey != 0) {
                    long tgt = field(o, TGTKEY);
                    if (tgt == 0 || !Abstract.richCompareBool(space, tgt, currkey, CompareOp.EQ)) {
                        break;
                    }
                }
                if (!step(o)) {
                    return 0;
                }
            }
            setField(o, TGTKEY, field(o, CURRKEY));
            long g = grouper.create(o, field(o, TGTKEY));
            try {
                return space.tupleType.create(field(o, CURRKEY), g);
            } finally {
                space.decref(g);
            }
        }
    }

    /**
     * {@code _grouperobject}: one group's items, drawn through its parent while it is the parent's
     * {@code currgrouper}. <pre>  +16 parent  +24 tgtkey   32 bytes</pre>
     */
    static final class GrouperType extends IterToolType {
        static final int PARENT = 16, TGTKEY = 24;
        private final GroupbyType groupby;

        GrouperType(ObjectSpace space, GroupbyType groupby) {
            super(space, "_grouper", 0, 32, 0, "parent", PARENT, "tgtkey", TGTKEY);
            this.groupby = groupby;
            defineMethod("__reduce__", (self, a) -> {
                Args.none("_grouper.__reduce__", a);
                long parent = field(self, PARENT);
                if (memory.getLong(parent + GroupbyType.CURRGROUPER) != self) {
                    return steal(ref(space.moduleType.builtin("iter")), steal(space.tupleType.create()));
                }
                return steal(typeRef(self), steal(ref(parent), ref(field(self, TGTKEY))));
            });
        }

        /** {@code _grouper_create}: the parent's new present group. New reference. */
        long create(long parent, long tgtkey) {
            long o = allocate();
            memory.putLong(o + PARENT, space.newRef(parent));
            memory.putLong(o + TGTKEY, space.newRef(tgtkey));
            memory.putLong(parent + GroupbyType.CURRGROUPER, o);
            space.track(o);
            return o;
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            noKeywordsExact(subtype, kwargs);
            long[] p = positional(args, 2, 2);
            if (!space.typeOf(p[0]).isSubtypeOf(groupby)) {
                throw new PyException("TypeError", "_grouper() argument 1 must be itertools.groupby, not "
                        + space.typeOf(p[0]).name);
            }
            return create(p[0], p[1]);
        }

        @Override
        public long iterNext(long o) {
            long gbo = field(o, PARENT);
            if (memory.getLong(gbo + GroupbyType.CURRGROUPER) != o) {
                return 0;
            }
            if (groupby.field(gbo, GroupbyType.CURRVALUE) == 0 && !groupby.step(gbo)) {
                return 0;
            }
            if (!Abstract.richCompareBool(space, field(o, TGTKEY), groupby.field(gbo, GroupbyType.CURRKEY), CompareOp.EQ)) {
                return 0;
            }
            long r = groupby.field(gbo, GroupbyType.CURRVALUE);
            memory.putLong(gbo + GroupbyType.CURRVALUE, 0);
            groupby.putField(gbo, GroupbyType.CURRKEY, 0);
            return r;
        }
    }
}
