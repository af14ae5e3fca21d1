package dev.pyheap.driver.patterns;

import dev.pyheap.api.Memory;
import dev.pyheap.api.UserText;
import dev.pyheap.api.alloc.Allocator;

import java.util.Locale;

/**
 * The four allocation patterns of the C anchors, with the same sequences: sizes are
 * {@code 16 + r mod 497} from splitmix64 seeded {@code 0x5EED}; the shuffle is Fisher-Yates seeded
 * {@code 0xF00D}. Every allocated block gets its first 8 bytes written and every block is read
 * before it is freed, as in the C program.
 *
 * <ul>
 *   <li>{@code free32}: allocate 32 bytes and free them at once; {@code ops} pairs.</li>
 *   <li>{@code lifo}: allocate {@code ops} blocks of random size, free them in reverse order.</li>
 *   <li>{@code shuffle}: the same, freed in shuffled order.</li>
 *   <li>{@code churn}: 100,000 live blocks; each of {@code ops} steps frees a random one and allocates a new random size.</li>
 * </ul>
 */
public enum AllocatorPattern {
    FREE32(20_000_000L, "alloc+free of one 32-byte block, repeated"),
    LIFO(1_000_000L, "allocate a batch of random sizes 16..512, free in reverse order"),
    SHUFFLE(1_000_000L, "allocate a batch of random sizes 16..512, free in shuffled order"),
    CHURN(10_000_000L, "100,000 live blocks; free a random one and allocate a random size, per step");

    /** The minimum and maximum block sizes of the random patterns. */
    public static final int MIN_SIZE = 16;
    public static final int MAX_SIZE = 512;
    /** The seeds of the C anchors. */
    public static final long SIZE_SEED = 0x5EEDL;
    public static final long SHUFFLE_SEED = 0xF00DL;
    /** Live blocks in the churn pattern. */
    public static final int CHURN_LIVE = 100_000;

    private final long defaultOps;
    private final String description;

    AllocatorPattern(long defaultOps, String description) {
        this.defaultOps = defaultOps;
        this.description = description;
    }

    /** The name on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The C anchor's count: pairs for free32, blocks for lifo/shuffle, steps for churn. */
    public long defaultOps() {
        return defaultOps;
    }

    public String description() {
        return description;
    }

    /** The pattern named {@code name} (case-insensitive). */
    public static AllocatorPattern byName(String name) {
        for (AllocatorPattern p : values()) {
            if (p.cliName().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown pattern " + UserText.quote(name)
                + "; available: free32, lifo, shuffle, churn");
    }

    /** A random block size as the C anchor draws it. */
    static int size(long random) {
        // Unsigned, as in C; a non-negative value (churn's low 32 bits) takes the plain remainder.
        int span = MAX_SIZE - MIN_SIZE + 1;
        return MIN_SIZE + (int) (random >= 0 ? random % span : Long.remainderUnsigned(random, span));
    }

    /** {@code free32}: {@code pairs} times allocate 32 bytes, write the first word, free. Returns a checksum. */
    public static long free32(Allocator allocator, long pairs) {
        Memory memory = allocator.memory();
        long checksum = 0;
        for (long i = 0; i < pairs; i++) {
            long p = allocator.allocate(32);
            memory.putLong(p, 32);
            checksum += p;
            allocator.free(p);
        }
        return checksum;
    }
}
