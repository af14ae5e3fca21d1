package dev.pyheap.driver.scheduling;

import dev.pyheap.api.UserText;

import java.util.Locale;

/**
 * When a mutator thread lets another one run.
 *
 * <ul>
 * <li>{@link SwitchInterval} (the default): CPython's own rule. Every thread competes for the GIL;
 *     one that has waited a switch interval ({@code switchinterval}, 5 ms) asks the holder to drop
 *     it at its next check point. Reproducible in aggregate, not operation by operation.
 * <li>The others are the driver's turns, for tests: only the thread whose turn it is takes the
 *     GIL, so the interleaving is a function of the seed and a run repeats exactly.
 *     {@link EveryN} passes the turn round-robin after {@code n} operations ({@link #ALWAYS}: after
 *     each one); {@link Random} passes it after each operation with probability 1/{@code meanRun}
 *     to a thread drawn from the run's seed (possibly the same); {@link Never} lets each thread run
 *     until it ends, one after another.
 * </ul>
 */
public sealed interface YieldPolicy {

    /** Yield after every operation, round-robin. */
    EveryN ALWAYS = new EveryN(1);

    /** The policy's text form, as {@link #parse} reads it. */
    String text();

    /** Whether the driver's turns decide who runs (every policy but {@link SwitchInterval}). */
    default boolean turnBased() {
        return !(this instanceof SwitchInterval);
    }

    /** CPython's switch interval decides (the GIL's forced switching). */
    record SwitchInterval() implements YieldPolicy {
        @Override
        public String text() {
            return "switchinterval";
        }
    }

    /** Round-robin after {@code n} operations. */
    record EveryN(long n) implements YieldPolicy {
        public EveryN {
            if (n < 1) {
                throw new IllegalArgumentException("every:N needs N >= 1, got " + n);
            }
        }

        @Override
        public String text() {
            return n == 1 ? "always" : "every:" + n;
        }
    }

    /** After each operation, with probability 1/{@code meanRun}, the turn goes to a seeded random thread. */
    record Random(long meanRun) implements YieldPolicy {
        public Random {
            if (meanRun < 1) {
                throw new IllegalArgumentException("random:N needs N >= 1, got " + meanRun);
            }
        }

        @Override
        public String text() {
            return "random:" + meanRun;
        }
    }

    /** Each thread runs to its end before the next starts. */
    record Never() implements YieldPolicy {
        @Override
        public String text() {
            return "never";
        }
    }

    /**
     * Reads {@code switchinterval}, {@code always}, {@code every:N}, {@code random} (= {@code random:8}),
     * {@code random:N} or {@code never}.
     *
     * @throws IllegalArgumentException naming the forms accepted
     */
    static YieldPolicy parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (s.equals("switchinterval")) {
                return new SwitchInterval();
            } else if (s.equals("always")) {
                return ALWAYS;
            } else if (s.equals("never")) {
                return new Never();
            } else if (s.equals("random")) {
                return new Random(8);
            } else if (s.startsWith("every:")) {
                return new EveryN(Long.parseLong(s.substring(6)));
            } else if (s.startsWith("random:")) {
                return new Random(Long.parseLong(s.substring(7)));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("unknown yield policy " + UserText.quote(text)
                + "; use switchinterval, always, every:N, random, random:N or never");
    }
}
