package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * {@code _random} (Modules/_randommodule.c): the type {@code Random}, a Mersenne Twister (MT19937)
 * whose state lives in the object, as CPython's {@code RandomObject}, and {@code urandom(n)} for
 * {@code random.SystemRandom}.
 *
 * <h2>Layout</h2>
 * <pre>
 *   +0 ob_refcnt  +8 ob_type
 *  +16 index (int32: the next word of the state to temper; 624 means "twist first")
 *  +20 state[624] (uint32 words)
 * </pre>
 * {@code sys.getsizeof} is CPython's: 2520 for {@code _random.Random()}; a subclass's instance
 * ({@code random.Random}) is laid out by the class as any built-in base's (a weakref list after
 * these fields, a managed dict, the GC header: 2560).
 *
 * <h2>The generator</h2>
 * <ol>
 * <li>{@code seed(n)}: the key is |n| for an int, else {@code hash(n)} as an unsigned 64-bit number,
 *     cut into 32-bit words from the least significant (at least one word); {@code init_by_array}
 *     mixes it into a state made by {@code init_genrand(19650218)}. {@code seed(None)} keys from
 *     624 words of OS entropy.
 * <li>A word: when the index reaches 624 all 624 words are regenerated (the twist); the word at the
 *     index is tempered.
 * <li>{@code random()}: {@code (a >> 5) * 2**26 + (b >> 6)} over 2**53, two words a then b.
 *     {@code getrandbits(k)}: words fill the result from its least significant end, the last one
 *     keeping its top {@code k % 32} bits.
 * </ol>
 */
final class RandomModule {
    private RandomModule() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        RandomType type = space.register(new RandomType(space));
        SysModule.setItem(space, dict, "Random", type.typeObject());
        SecureRandom entropy = new SecureRandom();
        SysModule.function(space, module, dict, "urandom", (self, a, n, kw) -> {
            long size = Abstract.index(space, new CallArgs(space, "urandom", a, n, kw).exactly(1).get(0));
            if (size < 0) {
                throw new PyException("ValueError", "negative argument not allowed");
            }
            byte[] bytes = new byte[(int) size];
            entropy.nextBytes(bytes);
            return space.bytesType.of(bytes);
        });
    }

    static final class RandomType extends PyType {
        static final int N = 624;
        private static final int M = 397;
        private static final int INDEX = 16;
        private static final int STATE = 20;
        private static final int BASIC_SIZE = 2520;
        private final SecureRandom entropy = new SecureRandom();

        RandomType(ObjectSpace space) {
            super(space, "_random.Random", null, BASETYPE, BASIC_SIZE, 0);
            defineMethod("random", (self, args) -> {
                Args.none("Random.random", args);
                long a = next(self) >>> 5, b = next(self) >>> 6;
                return space.floatType.create((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
            });
            defineMethod("seed", (self, args) -> {
                Args.range("seed", args, 0, 1);
                seed(self, args.length == 0 ? space.none : args[0]);
                return space.newNone();
            });
            defineMethod("getstate", (self, args) -> {
                Args.none("Random.getstate", args);
                long[] items = new long[N + 1];
                for (int i = 0; i < N; i++) {
                    items[i] = space.newInt(word(self, i));
                }
                items[N] = space.newInt(memory.getInt(self + INDEX));
                long t = space.tupleType.create(items);
                for (long x : items) {
                    space.decref(x);
                }
                return t;
            });
            defineMethod("setstate", (self, args) -> {
                Args.one("Random.setstate", args);
                setState(self, args[0]);
                return space.newNone();
            });
            defineMethod("getrandbits", (self, args) -> {
                Args.one("Random.getrandbits", args);
                return getrandbits(self, asInt(args[0]));
            });
        }

        // ------------------------------------------------------------ the generator

        private long word(long o, int i) {
            return Integer.toUnsignedLong(memory.getInt(o + STATE + 4L * i));
        }

        private void putWord(long o, int i, long w) {
            memory.putInt(o + STATE + 4L * i, (int) w);
        }

        /** {@code genrand_uint32}: the next tempered word, twisting first when the state is used up. */
        long next(long o) {
            int index = memory.getInt(o + INDEX);
            if (index >= N) {
                int[] mt = new int[N];
                for (int i = 0; i < N; i++) {
                    mt[i] = memory.getInt(o + STATE + 4L * i);
                }
                for (int k = 0; k < N; k++) {
                    int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
                    mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (int i = 0; i < N; i++) {
                    memory.putInt(o + STATE + 4L * i, mt[i]);
                }
                index = 0;
            }
            int y = memory.getInt(o + STATE + 4L * index);
            memory.putInt(o + INDEX, index + 1);
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return Integer.toUnsignedLong(y);
        }

        private void initGenrand(long o, long s) {
            long prev = s & 0xffffffffL;
            putWord(o, 0, prev);
            for (int i = 1; i < N; i++) {
                prev = (1812433253L * (prev ^ (prev >>> 30)) + i) & 0xffffffffL;
                putWord(o, i, prev);
            }
            memory.putInt(o + INDEX, N);
        }

        private void initByArray(long o, long[] key) {
            initGenrand(o, 19650218L);
            int i = 1, j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                long prev = word(o, i - 1);
                putWord(o, i, ((word(o, i) ^ ((prev ^ (prev >>> 30)) * 1664525L)) + key[j] + j) & 0xffffffffL);
                i++;
                j++;
                if (i >= N) {
                    putWord(o, 0, word(o, N - 1));
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                long prev = word(o, i - 1);
                putWord(o, i, ((word(o, i) ^ ((prev ^ (prev >>> 30)) * 1566083941L)) - i) & 0xffffffffL);
                i++;
                if (i >= N) {
                    putWord(o, 0, word(o, N - 1));
                    i = 1;
                }
            }
            putWord(o, 0, 0x80000000L);
        }

        /** {@code random_seed}: |n| of an int, the hash of anything else, OS entropy for None. */
        void seed(long o, long n) {
            long[] key;
            if (n == space.none) {
                key = new long[N];
                for (int i = 0; i < N; i++) {
                    key[i] = entropy.nextInt() & 0xffffffffL;
                }
            } else {
                BigInteger value = space.intType.check(n) ? space.intType.bigValue(n).abs()
                        : new BigInteger(Long.toUnsignedString(Abstract.hash(space, n)));
                int words = Math.max(1, (value.bitLength() + 31) / 32);
                key = new long[words];
                for (int i = 0; i < words; i++) {
                    key[i] = value.shiftRight(32 * i).longValue() & 0xffffffffL;
                }
            }
            initByArray(o, key);
        }

        private long getrandbits(long o, long k) {
            if (k < 0) {
                throw new PyException("ValueError", "number of bits must be non-negative");
            }
            if (k == 0) {
                return space.newInt(0);
            }
            if (k <= 32) {
                return space.newInt(next(o) >>> (32 - k));
            }
            int words = (int) ((k - 1) / 32 + 1);
            byte[] little = new byte[words * 4];
            long left = k;
            for (int i = 0; i < words; i++, left -= 32) {
                long r = next(o);
                if (left < 32) {
                    r >>>= 32 - left;
                }
                for (int b = 0; b < 4; b++) {
                    little[4 * i + b] = (byte) (r >>> (8 * b));
                }
            }
            byte[] big = new byte[little.length + 1];
            for (int i = 0; i < little.length; i++) {
                big[big.length - 1 - i] = little[i];
            }
            BigInteger v = new BigInteger(big);
            return v.bitLength() < 64 ? space.newInt(v.longValue()) : space.intType.createFromBig(v);
        }

        private void setState(long o, long state) {
            if (!space.tupleType.check(state)) {
                throw new PyException("TypeError", "state vector must be a tuple");
            }
            if (space.tupleType.size(state) != N + 1) {
                throw new PyException("ValueError", "state vector is the wrong size");
            }
            long[] words = new long[N];
            for (int i = 0; i < N; i++) {
                long item = space.tupleType.item(state, i);
                if (!space.intType.check(item)) {
                    throw new PyException("TypeError", "'" + space.typeOf(item).name + "' object cannot be interpreted as an integer");
                }
                BigInteger v = space.intType.bigValue(item);
                if (v.signum() < 0) {
                    throw new PyException("OverflowError", "can't convert negative value to unsigned int");
                }
                if (v.bitLength() > 64) {
                    throw new PyException("OverflowError", "Python int too large to convert to C unsigned long");
                }
                words[i] = v.longValue() & 0xffffffffL;
            }
            long index = asInt(space.tupleType.item(state, N));
            if (index < 0 || index > N) {
                throw new PyException("ValueError", "invalid state");
            }
            for (int i = 0; i < N; i++) {
                putWord(o, i, words[i]);
            }
            memory.putInt(o + INDEX, (int) index);
        }

        /** An int argument as C's {@code int} ({@code PyLong_AsLong} through {@code __index__}). */
        private long asInt(long o) {
            if (!space.intType.check(o)) {
                throw new PyException("TypeError", "'" + space.typeOf(o).name + "' object cannot be interpreted as an integer");
            }
            BigInteger v = space.intType.bigValue(o);
            if (v.bitLength() > 63) {
                throw new PyException("OverflowError", "Python int too large to convert to C long");
            }
            return v.longValue();
        }

        // ------------------------------------------------------------ the type's slots

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long o = space.newObject(this, BASIC_SIZE);
            memory.putInt(o + INDEX, N + 1);
            return o;
        }

        @Override
        public void tpInit(long self, long args, long kwargs) {
            if (space.typeOf(self) == this && kwargs != 0 && space.dictType.size(kwargs) > 0) {
                throw new PyException("TypeError", "Random() takes no keyword arguments");
            }
            long n = space.tupleType.size(args);
            if (n > 1) {
                throw new PyException("TypeError", "Random() requires 0 or 1 argument");
            }
            seed(self, n == 0 ? space.none : space.tupleType.item(args, 0));
        }

        @Override
        public void dealloc(long o) {
            space.typeOf(o).tpFree(o);
        }
    }
}
