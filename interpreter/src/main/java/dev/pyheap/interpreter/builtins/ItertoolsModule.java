package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.BinaryOp;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

/**
 * {@code itertools} (Modules/itertoolsmodule.c): the module's types, registered in
 * {@code PyInit_itertools}'s order, and {@code tee()}. The simple iterators are the nested classes
 * here; {@link ItertoolsSharing} has tee, its data blocks and groupby, {@link ItertoolsCombinatorics}
 * product, permutations, combinations and combinations_with_replacement. The module holds no state
 * of its own beyond its dict (every type is reached through it), so nothing is kept from Java.
 */
final class ItertoolsModule {
    private ItertoolsModule() {
    }

    static final String DOC = "Functional tools for creating and using iterators.\n\nInfinite iterators:\n"
            + "count(start=0, step=1) --> start, start+step, start+2*step, ...\n"
            + "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
            + "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\n"
            + "Iterators terminating on the shortest input sequence:\n"
            + "accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\n"
            + "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\n"
            + "chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\n"
            + "compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\n"
            + "dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\n"
            + "groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\n"
            + "filterfalse(pred, seq) --> elements of seq where pred(elem) is False\n"
            + "islice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\n"
            + "pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\n"
            + "starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\n"
            + "tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\n"
            + "takewhile(pred, seq) --> seq[0], seq[1], until pred fails\n"
            + "zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\n"
            + "Combinatoric generators:\n"
            + "product(p, q, ... [repeat=1]) --> cartesian product\n"
            + "permutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n";

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        long doc = space.strType.runtime(DOC);
        try {
            SysModule.setItem(space, dict, "__doc__", doc);
        } finally {
            space.decref(doc);
        }
        ChainType chain = space.register(new ChainType(space));
        IsliceType islice = space.register(new IsliceType(space));
        ItertoolsSharing.TeeDataType teeData = space.register(new ItertoolsSharing.TeeDataType(space));
        ItertoolsSharing.TeeType tee = space.register(new ItertoolsSharing.TeeType(space, teeData));
        ItertoolsSharing.GroupbyType groupby = space.register(new ItertoolsSharing.GroupbyType(space));
        ItertoolsSharing.GrouperType grouper = space.register(new ItertoolsSharing.GrouperType(space, groupby));
        groupby.grouper = grouper;
        PyType[] types = {
            space.register(new AccumulateType(space, chain, islice)),
            space.register(new ItertoolsCombinatorics.CombinationsType(space)),
            space.register(new ItertoolsCombinatorics.CwrType(space)),
            space.register(new CycleType(space)),
            space.register(new WhileType(space, true)),
            space.register(new WhileType(space, false)),
            islice,
            space.register(new StarmapType(space)),
            chain,
            space.register(new CompressType(space)),
            space.register(new FilterFalseType(space)),
            space.register(new CountType(space)),
            space.register(new ZipLongestType(space)),
            space.register(new PairwiseType(space)),
            space.register(new ItertoolsCombinatorics.PermutationsType(space)),
            space.register(new ItertoolsCombinatorics.ProductType(space)),
            space.register(new RepeatType(space)),
            groupby, grouper, tee, teeData,
        };
        for (PyType t : types) {
            SysModule.setItem(space, dict, t.name.substring("itertools.".length()), t.typeObject());
        }
        SysModule.function(space, module, dict, "tee", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "tee", a, n, kw).keywords();
            if (n < 1 || n > 2) {
                throw new PyException("TypeError", "tee expected " + (n < 1 ? "at least 1 argument" : "at most 2 arguments")
                        + ", got " + n);
            }
            return tee.teeFunction(c.get(0), n > 1 ? Abstract.ssize(space, c.get(1)) : 2);
        });
    }

    // ================================================================== count

    /**
     * {@code count}: {@code cnt} counts in a machine word while the start is an int that fits and
     * the step is int 1 ("fast mode", {@code long_cnt} NULL); otherwise {@code cnt} is
     * {@code PY_SSIZE_T_MAX} and {@code long_cnt += long_step} with Python objects ("slow mode"),
     * which fast mode also falls into when the word would overflow.
     * <pre>  +16 cnt  +24 long_cnt  +32 long_step   40 bytes</pre>
     */
    static final class CountType extends IterToolType {
        static final int CNT = 16, LONG_CNT = 24, LONG_STEP = 32;

        CountType(ObjectSpace space) {
            super(space, "count", BASETYPE, 40, 0, "long_cnt", LONG_CNT, "long_step", LONG_STEP);
            defineMethod("__reduce__", (self, a) -> {
                Args.none("count.__reduce__", a);
                if (memory.getLong(self + CNT) == Long.MAX_VALUE) {
                    return steal(typeRef(self), steal(ref(field(self, LONG_CNT)), ref(field(self, LONG_STEP))));
                }
                return steal(typeRef(self), steal(space.newInt(memory.getLong(self + CNT))));
            });
        }

        /** {@code PyNumber_Check}: converts through {@code __index__}, {@code __int__} or {@code __float__}, or is a complex. */
        private boolean numberCheck(long o) {
            PyType t = space.typeOf(o);
            return space.intType.check(o) || t.specialMethod("__index__") != 0 || t.specialMethod("__int__") != 0
                    || t.specialMethod("__float__") != 0 || space.floatType.check(o) || space.complexType.check(o);
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long[] p = keywords(args, kwargs, 0, "start", "step");
            long longCnt = p[0], longStep = p[1];
            if ((longCnt != 0 && !numberCheck(longCnt)) || (longStep != 0 && !numberCheck(longStep))) {
                throw new PyException("TypeError", "a number is required");
            }
            boolean fast = (longCnt == 0 || space.intType.check(longCnt)) && (longStep == 0 || space.intType.check(longStep));
            long cnt = 0;
            if (longCnt != 0) {
                if (fast) {
                    if (space.intType.fitsLong(longCnt)) {
                        cnt = space.intType.longValue(longCnt);
                    } else {
                        fast = false;
                    }
                }
            } else {
                longCnt = space.newInt(0);
                space.decref(longCnt); // the small int stays alive; the reference is taken below
            }
            if (longStep == 0) {
                longStep = space.newInt(1);
                space.decref(longStep);
            }
            if (fast && !(space.intType.fitsLong(longStep) && space.intType.longValue(longStep) == 1)) {
                fast = false;
            }
            long o = allocate();
            memory.putLong(o + CNT, fast ? cnt : Long.MAX_VALUE);
            memory.putLong(o + LONG_CNT, fast ? 0 : space.newRef(longCnt));
            memory.putLong(o + LONG_STEP, space.newRef(longStep));
            space.track(o);
            return o;
        }

        @Override
        public long iterNext(long o) {
            long cnt = memory.getLong(o + CNT);
            if (cnt != Long.MAX_VALUE) {
                memory.putLong(o + CNT, cnt + 1);
                return space.newInt(cnt);
            }
            // count_nextlong: the present value is handed out, its successor kept
            long longCnt = field(o, LONG_CNT);
            if (longCnt == 0) {
                longCnt = space.newInt(Long.MAX_VALUE);
            } else {
                space.incref(longCnt);
            }
            long steppedUp;
            try {
                steppedUp = Abstract.binaryOp(space, longCnt, field(o, LONG_STEP), BinaryOp.ADD);
            } catch (RuntimeException e) {
                space.decref(longCnt);
                throw e;
            }
            putField(o, LONG_CNT, steppedUp);
            return longCnt;
        }

        @Override
        public String repr(long o) {
            String type = space.typeOf(o).name;
            type = type.substring(type.lastIndexOf('.') + 1);
            long cnt = memory.getLong(o + CNT);
            if (cnt != Long.MAX_VALUE) {
                return type + "(" + cnt + ")";
            }
            long step = field(o, LONG_STEP);
            if (space.intType.check(step) && space.intType.fitsLong(step) && space.intType.longValue(step) == 1) {
                return type + "(" + Abstract.repr(space, field(o, LONG_CNT)) + ")";
            }
            return type + "(" + Abstract.repr(space, field(o, LONG_CNT)) + ", " + Abstract.repr(space, step) + ")";
        }
    }

    // ================================================================== repeat

    /** {@code repeat}: the element, and the times left ({@code -1}: endless). <pre>  +16 element  +24 cnt   32 bytes</pre> */
    static final class RepeatType extends IterToolType {
        static final int ELEMENT = 16, CNT = 24;

        RepeatType(ObjectSpace space) {
            super(space, "repeat", BASETYPE, 32, 0, "element", ELEMENT);
            defineMethod("__length_hint__", (self, a) -> {
                Args.none("repeat.__length_hint__", a);
                long cnt = memory.getLong(self + CNT);
                if (cnt == -1) {
                    throw new PyException("TypeError", "len() of unsized object");
                }
                return space.newInt(cnt);
            });
            defineMethod("__reduce__", (self, a) -> {
                Args.none("repeat.__reduce__", a);
                long cnt = memory.getLong(self + CNT);
                return cnt >= 0 ? steal(typeRef(self), steal(ref(field(self, ELEMENT)), space.newInt(cnt)))
                        : steal(typeRef(self), steal(ref(field(self, ELEMENT))));
            });
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long[] p = keywords(args, kwargs, 1, "object", "times");
            long cnt = p[1] == 0 ? -1 : Abstract.ssize(space, p[1]);
            long given = space.tupleType.size(args) + (kwargs == 0 ? 0 : space.dictType.size(kwargs));
            if (given == 2 && cnt < 0) {
                cnt = 0;
            }
            long o = allocate();
            memory.putLong(o + ELEMENT, space.newRef(p[0]));
            memory.putLong(o + CNT, cnt);
            space.track(o);
            return o;
        }

        @Override
        public long iterNext(long o) {
            long cnt = memory.getLong(o + CNT);
            if (cnt == 0) {
                return 0;
            }
            if (cnt > 0) {
                memory.putLong(o + CNT, cnt - 1);
            }
            return space.newRef(field(o, ELEMENT));
        }

        @Override
        public long lengthHint(long o) {
            long cnt = memory.getLong(o + CNT);
            return cnt == -1 ? super.lengthHint(o) : cnt;
        }

        @Override
        public String repr(long o) {
            String type = space.typeOf(o).name;
            type = type.substring(type.lastIndexOf('.') + 1);
            long cnt = memory.getLong(o + CNT);
            String element = Abstract.repr(space, field(o, ELEMENT));
            return cnt == -1 ? type + "(" + element + ")" : type + "(" + element + ", " + cnt + ")";
        }
    }

    // ================================================================== cycle

    /**
     * {@code cycle}: the first pass draws from {@code it} and saves each item in {@code saved};
     * once {@code it} is exhausted (and released), the saved items are handed out in turn from
     * {@code index}.
     * <pre>  +16 it  +24 saved (a list)  +32 index  +40 firstpass   48 bytes</pre>
     */
    static final class CycleType extends IterToolType {
        static final int IT = 16, SAVED = 24, INDEX = 32, FIRSTPASS = 40;

        CycleType(ObjectSpace space) {
            super(space, "cycle", BASETYPE, 48, 0, "it", IT, "saved", SAVED);
            defineMethod("__reduce__", (self, a) -> {
                Args.none("cycle.__reduce__", a);
                return reduce(self);
            });
            defineMethod("__setstate__", (self, a) -> {
                long state = Args.one("cycle.__setstate__", a);
                if (!space.tupleType.check(state)) {
                    throw new PyException("TypeError", "state is not a tuple");
                }
                parseTupleCount(state, 2, 2);
                long saved = space.tupleType.item(state, 0);
                if (!space.listType.check(saved)) {
                    throw new PyException("TypeError", "argument 1 must be list, not " + space.typeOf(saved).name);
                }
                long firstpass = Args.cInt(space, space.tupleType.item(state, 1));
                setField(self, SAVED, saved);
                memory.putLong(self + FIRSTPASS, firstpass != 0 ? 1 : 0);
                memory.putLong(self + INDEX, 0);
                return space.newNone();
            });
        }

        private long reduce(long o) {
            long it = field(o, IT);
            if (it == 0) {
                long saved = field(o, SAVED);
                long newIt = Abstract.getIter(space, saved);
                long index = memory.getLong(o + INDEX);
                if (index != 0) {
                    long i = space.newInt(index);
                    try {
                        space.decref(Abstract.callMethod(space, newIt, "__setstate__", new long[] {i}));
                    } catch (RuntimeException e) {
                        space.decref(newIt);
                        throw e;
                    } finally {
                        space.decref(i);
                    }
                }
                return steal(typeRef(o), steal(newIt), steal(ref(saved), space.newBool(true)));
            }
            return steal(typeRef(o), steal(ref(it)),
                    steal(ref(field(o, SAVED)), space.newBool(memory.getLong(o + FIRSTPASS) != 0)));
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            noKeywords(subtype, kwargs);
            long[] p = positional(args, 1, 1);
            long it = getIter(p[0]);
            long o = allocate();
            memory.putLong(o + IT, it);
            memory.putLong(o + SAVED, space.listType.create());
            space.track(o);
            return o;
        }

        @Override
        public long iterNext(long o) {
            long it = field(o, IT);
            if (it != 0) {
                long item = Abstract.iterNext(space, it);
                if (item != 0) {
                    if (memory.getLong(o + FIRSTPASS) == 0) {
                        try {
                            space.listType.append(field(o, SAVED), item);
                        } catch (RuntimeException e) {
                            space.decref(item);
                            throw e;
                        }
                    }
                    return item;
                }
                putField(o, IT, 0);
            }
            long saved = field(o, SAVED);
            long n = space.listType.size(saved);
            if (n == 0) {
                return 0;
            }
            long index = memory.getLong(o + INDEX);
            long item = space.listType.item(saved, index);
            memory.putLong(o + INDEX, index + 1 >= n ? 0 : index + 1);
            return space.newRef(item);
        }
    }

    // ================================================================== dropwhile, takewhile

    /**
     * What dropwhile, takewhile, filterfalse and starmap share: a function and an iterator, made from
     * {@code (function, iterable)} with no keywords, reduced to {@code (type, (function, it), ...)}.
     * <pre>  +16 func  +24 it   (then the type's own fields)</pre>
     */
    abstract static sealed class FunctionOverIteratorType extends IterToolType permits WhileType, FilterFalseType, StarmapType {
        static final int FUNC = 16, IT = 24;

        FunctionOverIteratorType(ObjectSpace space, String name, long size) {
            super(space, name, BASETYPE, size, 0, "it", IT, "func", FUNC);
        }

        /** The {@code (function, it)} part of {@code __reduce__}'s answer: a new tuple. */
        final long reduceArguments(long self) {
            return steal(ref(field(self, FUNC)), ref(field(self, IT)));
        }

        @Override
        public final long tpNew(PyType subtype, long args, long kwargs) {
            noKeywords(subtype, kwargs);
            long[] p = positional(args, 2, 2);
            long it = getIter(p[1]);
            long o = allocate();
            memory.putLong(o + FUNC, space.newRef(p[0]));
            memory.putLong(o + IT, it);
            space.track(o);
            return o;
        }

    }

    /**
     * {@code dropwhile} and {@code takewhile}: a predicate over an iterator and a flag (dropwhile's
     * {@code start}: the predicate has failed once; takewhile's {@code stop}: it has).
     * <pre>  +16 func  +24 it  +32 start / stop   40 bytes</pre>
     */
    static final class WhileType extends FunctionOverIteratorType {
        static final int FLAG = 32;
        private final boolean drop;

        WhileType(ObjectSpace space, boolean drop) {
            super(space, drop ? "dropwhile" : "takewhile", 40);
            this.drop = drop;
            defineMethod("__reduce__", (self, a) -> {
                Args.none(shortName() + ".__reduce__", a);
                return steal(typeRef(self), reduceArguments(self), space.newInt(memory.getLong(self + FLAG)));
            });
            defineMethod("__setstate__", (self, a) -> {
                long state = Args.one(shortName() + ".__setstate__", a);
                memory.putLong(self + FLAG, Abstract.isTrue(space, state) ? 1 : 0);
                return space.newNone();
            });
        }

        @Override
        public long iterNext(long o) {
            long it = field(o, IT);
            if (!drop && memory.getLong(o + FLAG) == 1) {
                return 0;
            }
            for (;;) {
                long item = Abstract.iterNext(space, it);
                if (item == 0) {
                    return 0;
                }
                if (drop && memory.getLong(o + FLAG) == 1) {
                    return item;
                }
                boolean ok;
                try {
                    ok = truthAndRelease(Abstract.call(space, field(o, FUNC), new long[] {item}));
                } catch (RuntimeException e) {
                    space.decref(item);
                    throw e;
                }
                if (drop) {
                    if (!ok) {
                        memory.putLong(o + FLAG, 1);
                        return item;
                    }
                    space.decref(item);
                } else {
                    if (ok) {
                        return item;
                    }
                    space.decref(item);
                    memory.putLong(o + FLAG, 1);
                    return 0;
                }
            }
        }
    }

    // ================================================================== filterfalse, starmap

    /** {@code filterfalse}: the items whose predicate (None or bool: the item's own truth) is false. <pre>  +16 func  +24 it   32 bytes</pre> */
    static final class FilterFalseType extends FunctionOverIteratorType {
        FilterFalseType(ObjectSpace space) {
            super(space, "filterfalse", 32);
            defineMethod("__reduce__", (self, a) -> {
                Args.none("filterfalse.__reduce__", a);
                return steal(typeRef(self), reduceArguments(self));
            });
        }

        @Override
        public long iterNext(long o) {
            long it = field(o, IT), func = field(o, FUNC);
            boolean truth = func == space.none || func == space.boolType.typeObject();
            for (;;) {
                long item = Abstract.iterNext(space, it);
                if (item == 0) {
                    return 0;
                }
                boolean ok;
                try {
                    ok = truth ? Abstract.isTrue(space, item)
                            : truthAndRelease(Abstract.call(space, func, new long[] {item}));
                } catch (RuntimeException e) {
                    space.decref(item);
                    throw e;
                }
                if (!ok) {
                    return item;
                }
                space.decref(item);
            }
        }
    }

    /** {@code starmap}: {@code func(*args)} for each argument tuple (any other iterable made a tuple). <pre>  +16 func  +24 it   32 bytes</pre> */
    static final class StarmapType extends FunctionOverIteratorType {
        StarmapType(ObjectSpace space) {
            super(space, "starmap", 32);
            defineMethod("__reduce__", (self, a) -> {
                Args.none("starmap.__reduce__", a);
                return steal(typeRef(self), reduceArguments(self));
            });
        }

        @Override
        public long iterNext(long o) {
            long args = Abstract.iterNext(space, field(o, IT));
            if (args == 0) {
                return 0;
            }
            if (!space.tupleType.checkExact(args)) {
                long t;
                try {
                    t = Abstract.sequenceTuple(space, args);
                } finally {
                    space.decref(args);
                }
                args = t;
            }
            try {
                return Abstract.call(space, field(o, FUNC), args, 0);
            } finally {
                space.decref(args);
            }
        }
    }

    // ================================================================== compress

    /** {@code compress}: each datum whose selector is true; the datum is drawn first. <pre>  +16 data  +24 selectors   32 bytes</pre> */
    static final class CompressType extends IterToolType {
        static final int DATA = 16, SELECTORS = 24;

        CompressType(ObjectSpace space) {
            super(space, "compress", BASETYPE, 32, 0, "data", DATA, "selectors", SELECTORS);
            defineMethod("__reduce__", (self, a) -> {
                Args.none("compress.__reduce__", a);
                return steal(typeRef(self), steal(ref(field(self, DATA)), ref(field(self, SELECTORS))));
            });
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long[] p = keywords(args, kwargs, 2, "data", "selectors");
            long data = getIter(p[0]);
            long selectors;
            try {
                selectors = getIter(p[1]);
            } catch (RuntimeException e) {
                space.decref(data);
                throw e;
            }
            long o = allocate();
            memory.putLong(o + DATA, data);
            memory.putLong(o + SELECTORS, selectors);
            space.track(o);
            return o;
        }

        @Override
        public long iterNext(long o) {
            for (;;) {
                long datum = Abstract.iterNext(space, field(o, DATA));
                if (datum == 0) {
                    return 0;
                }
                boolean ok;
                try {
                    long selector = Abstract.iterNext(space, field(o, SELECTORS));
                    if (selector == 0) {
                        space.decref(datum);
                        return 0;
                    }
                    ok = truthAndRelease(selector);
                } catch (RuntimeException e) {
                    space.decref(datum);
                    throw e;
                }
                if (ok) {
                    return datum;
                }
                space.decref(datum);
            }
        }
    }

    // ================================================================== chain

    /**
     * {@code chain}: {@code source} iterates over the iterables (the argument tuple's iterator, or
     * {@code from_iterable}'s argument's), {@code active} over the present one; each is released
     * when exhausted.
     * <pre>  +16 source  +24 active   32 bytes</pre>
     */
    static final class ChainType extends IterToolType {
        static final int SOURCE = 16, ACTIVE = 24;

        ChainType(ObjectSpace space) {
            super(space, "chain", BASETYPE, 32, 0, "source", SOURCE, "active", ACTIVE);
            defineMethod("__reduce__", (self, a) -> {
                Args.none("chain.__reduce__", a);
                long source = field(self, SOURCE), active = field(self, ACTIVE);
                if (source == 0) {
                    return steal(typeRef(self), space.tupleType.create());
                }
                return active != 0 ? steal(typeRef(self), space.tupleType.create(), steal(ref(source), ref(active)))
                        : steal(typeRef(self), space.tupleType.create(), steal(ref(source)));
            });
            defineMethod("__setstate__", (self, a) -> {
                long state = Args.one("chain.__setstate__", a);
                if (!space.tupleType.check(state)) {
                    throw new PyException("TypeError", "state is not a tuple");
                }
                parseTupleCount(state, 1, 2);
                long source = space.tupleType.item(state, 0);
                long active = space.tupleType.size(state) > 1 ? space.tupleType.item(state, 1) : 0;
                if (!space.typeOf(source).isIterator() || (active != 0 && !space.typeOf(active).isIterator())) {
                    throw new PyException("TypeError", "Arguments must be iterators.");
                }
                setField(self, SOURCE, source);
                setField(self, ACTIVE, active);
                return space.newNone();
            });
        }

        /** {@code chain.from_iterable(iterable)}, a class method: the class is the call's first argument. */
        @Override
        protected void fillDict() {
            putClassGetItem();
            putClassMethod("from_iterable", (self, a, n, kw) -> {
                new CallArgs(space, "chain.from_iterable", a, n, kw).keywords();
                if (n != 2) {
                    throw new PyException("TypeError", "chain.from_iterable() takes exactly one argument (" + (n - 1) + " given)");
                }
                PyType type = space.typeType.described(memory.getLong(a));
                return create(type, Abstract.getIter(space, memory.getLong(a + 8)));
            });
        }

        /** {@code chain_new_internal}: an instance of {@code type} over {@code source} (its reference taken over). */
        long create(PyType type, long source) {
            if (type != this) {
                // a subclass: made through its own tp_new so that its __init__ and layout apply
                long args = space.tupleType.create();
                long o;
                try {
                    o = type.tpNew(type, args, 0);
                } catch (RuntimeException e) {
                    space.decref(source);
                    throw e;
                } finally {
                    space.decref(args);
                }
                putField(o, SOURCE, source);
                return o;
            }
            long o = allocate();
            memory.putLong(o + SOURCE, source);
            space.track(o);
            return o;
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            noKeywordsExact(subtype, kwargs);
            long o = allocate();
            memory.putLong(o + SOURCE, Abstract.getIter(space, args));
            space.track(o);
            return o;
        }

        @Override
        public long iterNext(long o) {
            while (field(o, SOURCE) != 0) {
                long active = field(o, ACTIVE);
                if (active == 0) {
                    long iterable;
                    try {
                        iterable = Abstract.iterNext(space, field(o, SOURCE));
                    } catch (RuntimeException e) {
                        throw e;
                    }
                    if (iterable == 0) {
                        putField(o, SOURCE, 0);
                        return 0;
                    }
                    try {
                        active = Abstract.getIter(space, iterable);
                    } catch (RuntimeException e) {
                        putField(o, SOURCE, 0);
                        throw e;
                    } finally {
                        space.decref(iterable);
                    }
                    putField(o, ACTIVE, active);
                }
                long item = Abstract.iterNext(space, active);
                if (item != 0) {
                    return item;
                }
                putField(o, ACTIVE, 0);
            }
            return 0;
        }
    }

    // ================================================================== islice

    /**
     * {@code islice}: skips to {@code next}, hands out one item, then moves {@code next} on by
     * {@code step}, never past {@code stop} (-1: none); {@code cnt} counts the items drawn. The
     * iterator is released once the slice is done.
     * <pre>  +16 it  +24 next  +32 stop  +40 step  +48 cnt   56 bytes</pre>
     */
    static final class IsliceType extends IterToolType {
        static final int IT = 16, NEXT = 24, STOP = 32, STEP = 40, CNT = 48;
        private static final String STOP_MESSAGE =
                "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

        IsliceType(ObjectSpace space) {
            super(space, "islice", BASETYPE, 56, 0, "it", IT);
            defineMethod("__reduce__", (self, a) -> {
                Args.none("islice.__reduce__", a);
                long it = field(self, IT);
                if (it == 0) {
                    long empty = space.listType.create();
                    long emptyIt;
                    try {
                        emptyIt = Abstract.getIter(space, empty);
                    } finally {
                        space.decref(empty);
                    }
                    return steal(typeRef(self), steal(emptyIt, space.newInt(0)), space.newInt(0));
                }
                long stop = memory.getLong(self + STOP);
                return steal(typeRef(self), steal(ref(it), space.newInt(memory.getLong(self + NEXT)),
                        stop == -1 ? space.newNone() : space.newInt(stop), space.newInt(memory.getLong(self + STEP))),
                        space.newInt(memory.getLong(self + CNT)));
            });
            defineMethod("__setstate__", (self, a) -> {
                long state = Args.one("islice.__setstate__", a);
                memory.putLong(self + CNT, asSsize(state));
                return space.newNone();
            });
        }

        /** {@code PyLong_AsSsize_t}: an int only, OverflowError beyond a word. */
        private long asSsize(long v) {
            if (!space.intType.check(v)) {
                throw new PyException("TypeError", "an integer is required");
            }
            if (!space.intType.fitsLong(v)) {
                throw new PyException("OverflowError", "Python int too large to convert to C ssize_t");
            }
            return space.intType.longValue(v);
        }

        /** {@code PyNumber_AsSsize_t(v, PyExc_OverflowError)} with any error as -1 (the callers clear it). */
        private long lenientSsize(long v) {
            try {
                return Abstract.ssize(space, v);
            } catch (PyException e) {
                e.release();
                return -1;
            }
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            noKeywordsExact(subtype, kwargs);
            long[] p = positional(args, 2, 4);
            long start = 0, stop = -1, step = 1;
            if (p.length == 2) {
                if (p[1] != space.none) {
                    stop = lenientSsize(p[1]);
                    if (stop == -1) {
                        throw new PyException("ValueError", STOP_MESSAGE);
                    }
                }
            } else {
                if (p[1] != space.none) {
                    start = lenientSsize(p[1]);
                }
                if (p[2] != space.none) {
                    stop = lenientSsize(p[2]);
                    if (stop == -1) {
                        throw new PyException("ValueError", STOP_MESSAGE);
                    }
                }
            }
            if (start < 0 || stop < -1) {
                throw new PyException("ValueError", "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            }
            if (p.length == 4 && p[3] != space.none) {
                step = lenientSsize(p[3]);
            }
            if (step < 1) {
                throw new PyException("ValueError", "Step for islice() must be a positive integer or None.");
            }
            long it = getIter(p[0]);
            long o = allocate();
            memory.putLong(o + IT, it);
            memory.putLong(o + NEXT, start);
            memory.putLong(o + STOP, stop);
            memory.putLong(o + STEP, step);
            space.track(o);
            return o;
        }

        @Override
        public long iterNext(long o) {
            long it = field(o, IT);
            if (it == 0) {
                return 0;
            }
            long stop = memory.getLong(o + STOP);
            try {
                while (memory.getLong(o + CNT) < memory.getLong(o + NEXT)) {
                    long item = Abstract.iterNext(space, it);
                    if (item == 0) {
                        putField(o, IT, 0);
                        return 0;
                    }
                    space.decref(item);
                    memory.putLong(o + CNT, memory.getLong(o + CNT) + 1);
                }
                if (stop != -1 && memory.getLong(o + CNT) >= stop) {
                    putField(o, IT, 0);
                    return 0;
                }
                long item = Abstract.iterNext(space, it);
                if (item == 0) {
                    putField(o, IT, 0);
                    return 0;
                }
                memory.putLong(o + CNT, memory.getLong(o + CNT) + 1);
                long oldNext = memory.getLong(o + NEXT);
                long next = oldNext + memory.getLong(o + STEP);
                if (next < oldNext || (stop != -1 && next > stop)) {
                    next = stop;
                }
                memory.putLong(o + NEXT, next);
                return item;
            } catch (PyException e) {
                // islice_next's "empty:" label: an error from the iterator releases it too
                if (field(o, IT) == it) {
                    putField(o, IT, 0);
                }
                throw e;
            }
        }
    }

    // ================================================================== accumulate

    /**
     * {@code accumulate}: {@code total} is the last result (NULL before the first), {@code binop}
     * the function (NULL: {@code +}), {@code initial} None once it has been handed out.
     * <pre>  +16 total  +24 it  +32 binop  +40 initial   48 bytes</pre>
     */
    static final class AccumulateType extends IterToolType {
        static final int TOTAL = 16, IT = 24, BINOP = 32, INITIAL = 40;
        private final ChainType chain;
        private final IsliceType islice;

        AccumulateType(ObjectSpace space, ChainType chain, IsliceType islice) {
            super(space, "accumulate", BASETYPE, 48, 0, "binop", BINOP, "it", IT, "total", TOTAL, "initial", INITIAL);
            this.chain = chain;
            this.islice = islice;
            defineMethod("__reduce__", (self, a) -> {
                Args.none("accumulate.__reduce__", a);
                return reduce(self);
            });
            defineMethod("__setstate__", (self, a) -> {
                setField(self, TOTAL, Args.one("accumulate.__setstate__", a));
                return space.newNone();
            });
        }

        /** {@code chain((first,), it)}: a new reference. */
        private long chainOf(long first, long it) {
            long firstTuple = space.tupleType.create(first);
            long args = steal(firstTuple, ref(it));
            try {
                return chain.tpNew(chain, args, 0);
            } finally {
                space.decref(args);
            }
        }

        private long reduce(long o) {
            long binop = field(o, BINOP), initial = field(o, INITIAL), total = field(o, TOTAL);
            long binopOrNone = binop == 0 ? space.none : binop;
            if (initial != space.none) {
                long it = chainOf(initial, field(o, IT));
                return steal(typeRef(o), steal(it, ref(binopOrNone)), space.newNone());
            }
            if (total == space.none) {
                long it = chainOf(total, field(o, IT));
                long args = steal(it, ref(binopOrNone));
                long acc;
                try {
                    acc = Abstract.call(space, space.typeOf(o).typeObject(), args, 0);
                } finally {
                    space.decref(args);
                }
                return steal(ref(islice.typeObject()), steal(acc, space.newInt(1), space.newNone()));
            }
            return steal(typeRef(o), steal(ref(field(o, IT)), ref(binopOrNone)), ref(total == 0 ? space.none : total));
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            if (space.tupleType.size(args) > 2) {
                throw new PyException("TypeError", "accumulate() takes at most 2 positional arguments ("
                        + space.tupleType.size(args) + " given)");
            }
            long[] p = keywords(args, kwargs, 1, "iterable", "func", "initial");
            long it = getIter(p[0]);
            long o = allocate();
            memory.putLong(o + IT, it);
            if (p[1] != 0 && p[1] != space.none) {
                memory.putLong(o + BINOP, space.newRef(p[1]));
            }
            memory.putLong(o + INITIAL, space.newRef(p[2] == 0 ? space.none : p[2]));
            space.track(o);
            return o;
        }

        @Override
        public long iterNext(long o) {
            long initial = field(o, INITIAL);
            if (initial != space.none) {
                memory.putLong(o + INITIAL, space.newRef(space.none));
                putField(o, TOTAL, initial); // initial's reference moves to total
                return space.newRef(initial);
            }
            long val = Abstract.iterNext(space, field(o, IT));
            if (val == 0) {
                return 0;
            }
            long total = field(o, TOTAL);
            if (total == 0) {
                memory.putLong(o + TOTAL, space.newRef(val));
                return val;
            }
            long binop = field(o, BINOP), newTotal;
            try {
                newTotal = binop == 0 ? Abstract.binaryOp(space, total, val, BinaryOp.ADD)
                        : Abstract.call(space, binop, new long[] {total, val});
            } finally {
                space.decref(val);
            }
            setField(o, TOTAL, newTotal);
            return newTotal;
        }
    }

    // ================================================================== zip_longest

    /**
     * {@code zip_longest}: the iterators in {@code ittuple} (an exhausted one replaced by None
     * where C leaves NULL, so the tuple stays a valid object), the result tuple refilled in place
     * while only the iterator holds it, and the fill value.
     * <pre>  +16 tuplesize  +24 numactive  +32 ittuple  +40 result  +48 fillvalue   56 bytes</pre>
     */
    static final class ZipLongestType extends IterToolType {
        static final int TUPLESIZE = 16, NUMACTIVE = 24, ITTUPLE = 32, RESULT = 40, FILLVALUE = 48;

        ZipLongestType(ObjectSpace space) {
            super(space, "zip_longest", BASETYPE, 56, 0, "ittuple", ITTUPLE, "result", RESULT, "fillvalue", FILLVALUE);
            defineMethod("__reduce__", (self, a) -> {
                Args.none("zip_longest.__reduce__", a);
                long ittuple = field(self, ITTUPLE);
                int n = (int) space.tupleType.size(ittuple);
                long[] items = new long[n];
                for (int i = 0; i < n; i++) {
                    long it = space.tupleType.item(ittuple, i);
                    items[i] = it == space.none ? space.tupleType.create() : space.newRef(it);
                }
                return steal(typeRef(self), steal(items), ref(field(self, FILLVALUE)));
            });
            defineMethod("__setstate__", (self, a) -> {
                setField(self, FILLVALUE, Args.one("zip_longest.__setstate__", a));
                return space.newNone();
            });
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long fillvalue = space.none;
            if (kwargs != 0 && space.dictType.size(kwargs) > 0) {
                fillvalue = 0;
                if (space.dictType.size(kwargs) == 1) {
                    long key = space.strType.literalName("fillvalue");
                    try {
                        fillvalue = space.dictType.get(kwargs, key);
                    } finally {
                        space.decref(key);
                    }
                }
                if (fillvalue == 0) {
                    throw new PyException("TypeError", "zip_longest() got an unexpected keyword argument");
                }
            }
            int n = (int) space.tupleType.size(args);
            long[] its = new long[n];
            try {
                for (int i = 0; i < n; i++) {
                    its[i] = Abstract.getIter(space, space.tupleType.item(args, i));
                }
            } catch (RuntimeException e) {
                for (long it : its) {
                    space.xdecref(it);
                }
                throw e;
            }
            long ittuple = steal(its);
            long[] nones = new long[n];
            java.util.Arrays.fill(nones, space.none);
            long result = space.tupleType.create(nones);
            long o = allocate();
            memory.putLong(o + ITTUPLE, ittuple);
            memory.putLong(o + TUPLESIZE, n);
            memory.putLong(o + NUMACTIVE, n);
            memory.putLong(o + RESULT, result);
            memory.putLong(o + FILLVALUE, space.newRef(fillvalue));
            space.track(o);
            return o;
        }

        @Override
        public long iterNext(long o) {
            int n = (int) memory.getLong(o + TUPLESIZE);
            if (n == 0 || memory.getLong(o + NUMACTIVE) == 0) {
                return 0;
            }
            long result = field(o, RESULT);
            boolean reuse = space.refcount(result) == 1;
            long[] items = new long[n];
            long ittuple = field(o, ITTUPLE);
            try {
                for (int i = 0; i < n; i++) {
                    long it = space.tupleType.item(ittuple, i);
                    long item;
                    if (it == space.none) {
                        item = space.newRef(field(o, FILLVALUE));
                    } else {
                        try {
                            item = Abstract.iterNext(space, it);
                        } catch (RuntimeException e) {
                            memory.putLong(o + NUMACTIVE, 0);
                            throw e;
                        }
                        if (item == 0) {
                            long active = memory.getLong(o + NUMACTIVE) - 1;
                            memory.putLong(o + NUMACTIVE, active);
                            if (active == 0) {
                                memory.putLong(o + NUMACTIVE, 0);
                                release(items);
                                return 0;
                            }
                            item = space.newRef(field(o, FILLVALUE));
                            replaceItem(ittuple, i, space.none);
                        }
                    }
                    items[i] = item;
                }
            } catch (RuntimeException e) {
                release(items);
                throw e;
            }
            if (reuse && space.refcount(result) == 1) {
                space.incref(result);
                for (int i = 0; i < n; i++) {
                    replaceItem(result, i, items[i]);
                    space.decref(items[i]);
                }
                if (!space.isTracked(result)) {
                    space.track(result);
                }
                return result;
            }
            return steal(items);
        }

        private void release(long[] items) {
            for (long x : items) {
                space.xdecref(x);
            }
        }
    }

    // ================================================================== pairwise

    /** {@code pairwise} (3.10): {@code old} is the previous item, the pair made anew each time. <pre>  +16 it  +24 old   32 bytes</pre> */
    static final class PairwiseType extends IterToolType {
        static final int IT = 16, OLD = 24;

        PairwiseType(ObjectSpace space) {
            super(space, "pairwise", BASETYPE, 32, 0, "it", IT, "old", OLD);
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            noKeywords(subtype, kwargs);
            long[] p = positional(args, 1, 1);
            long it = getIter(p[0]);
            long o = allocate();
            memory.putLong(o + IT, it);
            space.track(o);
            return o;
        }

        @Override
        public long iterNext(long o) {
            long it = field(o, IT);
            if (it == 0) {
                return 0;
            }
            long old = field(o, OLD);
            if (old == 0) {
                old = Abstract.iterNext(space, it);
                if (old == 0) {
                    putField(o, IT, 0);
                    return 0;
                }
                memory.putLong(o + OLD, old);
            }
            long item = Abstract.iterNext(space, it);
            if (item == 0) {
                putField(o, IT, 0);
                putField(o, OLD, 0);
                return 0;
            }
            long result = space.tupleType.create(field(o, OLD), item);
            putField(o, OLD, item);
            return result;
        }
    }
}
