/*
 * allocbench.c: the C side of pyheap's allocator benchmarks (bench/README.md, "The anchors").
 *
 * The same four patterns as the Java benchmarks (AllocatorBench, `pyheap stats --pattern`), on a
 * C allocator chosen when the program is compiled, so that each call goes straight to it:
 *
 *   cc -O2 -DANCHOR_GLIBC    allocbench.c -o ab_glibc                   glibc's malloc/free
 *   cc -O2 -DANCHOR_JEMALLOC allocbench.c -o ab_jemalloc -ljemalloc     jemalloc (Debian's links unprefixed:
 *                                                                       it replaces malloc/free)
 *   cc -O2 -DANCHOR_MIMALLOC allocbench.c -o ab_mimalloc -lmimalloc     mi_malloc/mi_free
 *   cc -O2 -DANCHOR_PYMALLOC $(python3-config --includes) allocbench.c -o ab_pymalloc \
 *      $(python3-config --ldflags --embed)                              CPython's PyObject_Malloc/Free,
 *                                                                       called with the GIL held
 *
 * bench/anchors.sh builds and runs them. One allocator per process: jemalloc takes over malloc for
 * the whole process, and pymalloc needs an interpreter.
 *
 * Usage: ab_ALLOC COMMAND
 *   free32      20,000,000 x (allocate 32 bytes, write the first word, free), after 1,000,000 untimed
 *   lifo        a batch of 1,000,000 blocks of sizes 16..512, freed last-in first-out; 5 batches per process
 *   shuffle     the same batch freed in a shuffled order
 *   churn       100,000 live blocks, then 10,000,000 steps: free a random one, allocate a random size in its place
 *   free32-batches N B   free32 in B timed batches of N pairs, after 3 x B untimed batches
 *   churn-batches N B    churn in B timed batches of N steps (the live set filled once, 3 x B batches untimed)
 *                        both print min, p10 and median ns per pair over the batches, as bench/ab prints
 *                        the Java side's: on a loaded machine the fastest batches are the ones nothing
 *                        interrupted, where one whole-run time measures the load
 *   none        start (and for pymalloc, initialise the interpreter) and stop: the process's baseline
 *   faultcost   what one first-touch 4 KiB page fault costs here (256 MiB mapped and touched, 5 times)
 *   sequences N the first N values of every random sequence above, for the test that compares them
 *               with the Java generator (bench/src/test/.../AnchorSequencesTest.java); nothing is timed
 *
 * Every allocated block gets its size written to its first 8 bytes; in lifo, shuffle and churn every
 * block is read before it is freed. The random numbers: splitmix64, seed 0x5EED for the sizes (16 + r mod 497, so 16..512) and
 * for churn's steps (the index from the high 32 bits mod 100,000, the size from the low 32 bits),
 * seed 0xF00D for the Fisher-Yates shuffle of the free order. All sequences are drawn before the
 * clock starts.
 *
 * Output: one line of key=value pairs; times are ns per allocate+free pair. lifo/shuffle run their
 * batch 5 times in the one process: "cold" is the first (memory the process never touched), the
 * headline ns_per_op is the median of the other 4 ("warm"), split into its allocation and free
 * phases; the minor page faults of the batches (getrusage) are reported per pair, because an
 * allocator that gives memory back to the kernel after a batch pays the faults again in the next.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>

#if defined(ANCHOR_PYMALLOC)
#  define PY_SSIZE_T_CLEAN
#  include <Python.h>
#  define ANCHOR_NAME "pymalloc"
#  define anchor_alloc(n) PyObject_Malloc(n)
#  define anchor_free(p) PyObject_Free(p)
#elif defined(ANCHOR_MIMALLOC)
#  include <mimalloc.h>
#  define ANCHOR_NAME "mimalloc"
#  define anchor_alloc(n) mi_malloc(n)
#  define anchor_free(p) mi_free(p)
#elif defined(ANCHOR_JEMALLOC)
#  include <jemalloc/jemalloc.h>
#  define ANCHOR_NAME "jemalloc"
#  define anchor_alloc(n) malloc(n)
#  define anchor_free(p) free(p)
#else
#  define ANCHOR_NAME "glibc"
#  define anchor_alloc(n) malloc(n)
#  define anchor_free(p) free(p)
#endif

enum {
    SMALLEST = 16,
    SIZE_CHOICES = 497,          /* sizes 16..512: pymalloc's small-object range */
    BATCHES = 5,
};
#define SIZE_SEED 0x5EEDULL
#define SHUFFLE_SEED 0xF00DULL
#define FREE32_PAIRS 20000000L
#define FREE32_WARMUP 1000000L
#define BATCH_BLOCKS 1000000L
#define CHURN_LIVE 100000L      /* a constant, so the division below is a multiplication, as in the Java loop */
#define CHURN_STEPS 10000000L

/* splitmix64 (Steele, Lea, Flood), as dev.pyheap.driver.patterns.SplitMix64 implements it. */
static inline uint64_t next_random(uint64_t *state) {
    uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static inline uint32_t block_size(uint64_t r) {
    return SMALLEST + (uint32_t)(r % SIZE_CHOICES);
}

/* One churn step's choice: which live block goes, and the size of the one that replaces it. */
static inline void churn_choice(uint64_t *state, uint32_t *index, uint32_t *size) {
    uint64_t r = next_random(state);
    *index = (uint32_t)((r >> 32) % CHURN_LIVE);
    *size = block_size(r & 0xFFFFFFFFULL);
}

/* The first n sizes of the seed-0x5EED stream. */
static void draw_sizes(uint32_t *sizes, long n) {
    uint64_t state = SIZE_SEED;
    for (long i = 0; i < n; i++) sizes[i] = block_size(next_random(&state));
}

/* The order in which a batch of n blocks is freed: reverse, or reverse shuffled by Fisher-Yates. */
static void draw_order(uint32_t *order, long n, int shuffled) {
    for (long i = 0; i < n; i++) order[i] = (uint32_t)(n - 1 - i);
    if (!shuffled) return;
    uint64_t state = SHUFFLE_SEED;
    for (long i = n - 1; i > 0; i--) {
        long j = (long)(next_random(&state) % (uint64_t)(i + 1));
        uint32_t t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
}

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static long minor_faults(void) {
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_minflt;
}

/*
 * Each timed loop is compiled for speed. Inlined into main, which runs once, gcc optimized them for
 * size: churn's `% CHURN_LIVE` and `% SIZE_CHOICES` became two 64-bit divisions per step where the
 * Java loop (and gcc for any other function) multiplies, so the C step did more work than the Java one.
 */
#define TIMED __attribute__((hot, noinline))

/* Keeps the compiler from dropping an allocation whose block it can see is never used. */
#define OPAQUE(p) __asm__ volatile("" : : "r"(p) : "memory")

static uint64_t checksum;       /* the words read back, printed on stderr so they are not dead */

static inline void *new_block(size_t size) {
    void *p = anchor_alloc(size);
    if (__builtin_expect(p == NULL, 0)) {
        fprintf(stderr, "allocbench: %s could not allocate %zu bytes\n", ANCHOR_NAME, size);
        exit(2);
    }
    *(uint64_t *)p = size;
    OPAQUE(p);
    return p;
}

static inline void drop_block(void *p) {
    checksum += *(uint64_t *)p;
    anchor_free(p);
}

static void *harness_array(size_t bytes) {
    /* The harness's own arrays come from the C library's malloc whichever allocator is measured
       (jemalloc's, when it replaced it), and are touched now so their faults are not timed. */
    void *p = malloc(bytes);
    if (p == NULL) { fprintf(stderr, "allocbench: out of memory for the harness\n"); exit(2); }
    memset(p, 0, bytes);
    return p;
}

static double median_of(double *v, int n) {
    for (int i = 1; i < n; i++)         /* insertion sort: n is at most 5 */
        for (int j = i; j > 0 && v[j - 1] > v[j]; j--) { double t = v[j]; v[j] = v[j - 1]; v[j - 1] = t; }
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

TIMED static void run_free32(void) {
    /* The block is freed without being read, as the Java loop does: one pair is just the two calls. */
    for (long i = 0; i < FREE32_WARMUP; i++) anchor_free(new_block(32));
    double start = now_ns();
    for (long i = 0; i < FREE32_PAIRS; i++) anchor_free(new_block(32));
    double ns = now_ns() - start;
    printf("alloc=%s pattern=free32 ops=%ld ns_per_op=%.3f\n", ANCHOR_NAME, FREE32_PAIRS, ns / FREE32_PAIRS);
}

TIMED static void run_batches(int shuffled) {
    uint32_t *sizes = harness_array(sizeof(uint32_t) * BATCH_BLOCKS);
    uint32_t *order = harness_array(sizeof(uint32_t) * BATCH_BLOCKS);
    void **blocks = harness_array(sizeof(void *) * BATCH_BLOCKS);
    draw_sizes(sizes, BATCH_BLOCKS);
    draw_order(order, BATCH_BLOCKS, shuffled);

    double total[BATCHES], alloc_phase[BATCHES], free_phase[BATCHES];
    long faults[BATCHES];
    for (int b = 0; b < BATCHES; b++) {
        long faults_before = minor_faults();
        double t0 = now_ns();
        for (long i = 0; i < BATCH_BLOCKS; i++) blocks[i] = new_block(sizes[i]);
        double t1 = now_ns();
        for (long i = 0; i < BATCH_BLOCKS; i++) drop_block(blocks[order[i]]);
        double t2 = now_ns();
        faults[b] = minor_faults() - faults_before;
        total[b] = (t2 - t0) / BATCH_BLOCKS;
        alloc_phase[b] = (t1 - t0) / BATCH_BLOCKS;
        free_phase[b] = (t2 - t1) / BATCH_BLOCKS;
    }
    long all_faults = 0, warm_faults = 0;
    for (int b = 0; b < BATCHES; b++) all_faults += faults[b];
    warm_faults = all_faults - faults[0];
    printf("alloc=%s pattern=%s ops=%ld ns_per_op=%.3f cold_ns_per_op=%.3f"
           " warm_alloc_ns=%.3f warm_free_ns=%.3f cold_alloc_ns=%.3f cold_free_ns=%.3f"
           " cold_faults=%ld warm_faults=%ld faults_per_op=%.4f warm_faults_per_op=%.4f\n",
           ANCHOR_NAME, shuffled ? "shuffle" : "lifo", BATCH_BLOCKS,
           median_of(total + 1, BATCHES - 1), total[0],
           median_of(alloc_phase + 1, BATCHES - 1), median_of(free_phase + 1, BATCHES - 1),
           alloc_phase[0], free_phase[0],
           faults[0], warm_faults, (double)all_faults / (BATCHES * BATCH_BLOCKS),
           (double)warm_faults / ((BATCHES - 1) * BATCH_BLOCKS));
    free(sizes);
    free(order);
    free(blocks);
}

/* churn's live set, its sizes drawn from the stream the steps then continue. */
static void **churn_fill(uint64_t *state) {
    void **live = harness_array(sizeof(void *) * CHURN_LIVE);
    for (long i = 0; i < CHURN_LIVE; i++) live[i] = new_block(block_size(next_random(state)));
    return live;
}

static inline void churn_steps(void **live, uint64_t *state, long steps) {
    for (long i = 0; i < steps; i++) {
        uint32_t index, size;
        churn_choice(state, &index, &size);
        drop_block(live[index]);
        live[index] = new_block(size);
    }
}

TIMED static void run_churn(void) {
    uint64_t state = SIZE_SEED;
    void **live = churn_fill(&state);
    double start = now_ns();
    churn_steps(live, &state, CHURN_STEPS);
    double ns = now_ns() - start;
    for (long i = 0; i < CHURN_LIVE; i++) anchor_free(live[i]);
    free(live);
    printf("alloc=%s pattern=churn ops=%ld ns_per_op=%.3f\n", ANCHOR_NAME, CHURN_STEPS, ns / CHURN_STEPS);
}

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* min, p10 and median of n batch times, sorted in place. */
static void print_batches(const char *pattern, long per_batch, double *ns, int n) {
    qsort(ns, n, sizeof(double), compare_doubles);
    printf("alloc=%s pattern=%s per_batch=%ld batches=%d min=%.2f p10=%.2f median=%.2f\n", ANCHOR_NAME, pattern,
           per_batch, n, ns[0], ns[n / 10], ns[n / 2]);
}

TIMED static void run_free32_batches(long n, int batches) {
    double *ns = harness_array(sizeof(double) * batches);
    for (long i = 0; i < 3L * batches * n; i++) anchor_free(new_block(32));
    for (int b = 0; b < batches; b++) {
        double start = now_ns();
        for (long i = 0; i < n; i++) anchor_free(new_block(32));
        ns[b] = (now_ns() - start) / n;
    }
    print_batches("free32-batches", n, ns, batches);
    free(ns);
}

TIMED static void run_churn_batches(long n, int batches) {
    double *ns = harness_array(sizeof(double) * batches);
    uint64_t state = SIZE_SEED;
    void **live = churn_fill(&state);
    for (int b = -3 * batches; b < batches; b++) {
        double start = now_ns();
        churn_steps(live, &state, n);
        if (b >= 0) ns[b] = (now_ns() - start) / n;
    }
    for (long i = 0; i < CHURN_LIVE; i++) anchor_free(live[i]);
    print_batches("churn-batches", n, ns, batches);
    free(live);
    free(ns);
}

static void run_faultcost(void) {
    const size_t bytes = (size_t)256 << 20, page = 4096;
    double per_page[BATCHES];
    for (int r = 0; r < BATCHES; r++) {
        char *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) { perror("allocbench: mmap"); exit(2); }
        madvise(p, bytes, MADV_NOHUGEPAGE);      /* 4 KiB faults, as an arena's pages take them */
        double start = now_ns();
        for (size_t off = 0; off < bytes; off += page) p[off] = 1;
        per_page[r] = (now_ns() - start) / (bytes / page);
        munmap(p, bytes);
    }
    printf("alloc=%s pattern=faultcost pages=%zu ns_per_fault=%.1f min=%.1f\n", ANCHOR_NAME, bytes / page,
           median_of(per_page, BATCHES), per_page[0]);
}

static void print_sequences(long n) {
    uint32_t *sizes = harness_array(sizeof(uint32_t) * n);
    uint32_t *order = harness_array(sizeof(uint32_t) * n);
    draw_sizes(sizes, n);
    printf("sizes");
    for (long i = 0; i < n; i++) printf(" %u", sizes[i]);
    draw_order(order, n, 1);
    printf("\nshuffle");
    for (long i = 0; i < n; i++) printf(" %u", order[i]);
    /* churn: the same stream fills the live set first, then the steps continue it */
    uint64_t state = SIZE_SEED;
    for (long i = 0; i < CHURN_LIVE; i++) next_random(&state);
    printf("\nchurn");
    for (long i = 0; i < n; i++) {
        uint32_t index, size;
        churn_choice(&state, &index, &size);
        printf(" %u:%u", index, size);
    }
    printf("\n");
    free(sizes);
    free(order);
}

int main(int argc, char **argv) {
    const char *command = argc > 1 ? argv[1] : "";
    if (!strcmp(command, "sequences")) {
        long n = argc > 2 ? strtol(argv[2], NULL, 10) : 0;
        if (n <= 0 || n > BATCH_BLOCKS) {
            fprintf(stderr, "allocbench: sequences takes a count from 1 to %ld\n", BATCH_BLOCKS);
            return 2;
        }
        print_sequences(n);
        return 0;
    }
#if defined(ANCHOR_PYMALLOC)
    Py_InitializeEx(0);        /* the main thread now holds the GIL, which PyObject_Malloc requires */
    if (!PyGILState_Check()) { fprintf(stderr, "allocbench: the GIL is not held\n"); return 3; }
#endif
    if (!strcmp(command, "free32-batches") || !strcmp(command, "churn-batches")) {
        long n = argc > 2 ? strtol(argv[2], NULL, 10) : 0;
        long batches = argc > 3 ? strtol(argv[3], NULL, 10) : 0;
        if (n <= 0 || n > 100000000L || batches <= 0 || batches > 100000) {
            fprintf(stderr, "allocbench: %s takes N (1 to 100,000,000 per batch) and BATCHES (1 to 100,000)\n", command);
            return 2;
        }
        if (command[0] == 'f') run_free32_batches(n, (int) batches);
        else run_churn_batches(n, (int) batches);
    } else if (!strcmp(command, "free32")) run_free32();
    else if (!strcmp(command, "lifo")) run_batches(0);
    else if (!strcmp(command, "shuffle")) run_batches(1);
    else if (!strcmp(command, "churn")) run_churn();
    else if (!strcmp(command, "faultcost")) run_faultcost();
    else if (!strcmp(command, "none")) printf("alloc=%s pattern=none\n", ANCHOR_NAME);
    else {
        fprintf(stderr, "usage: %s free32|lifo|shuffle|churn|none|faultcost|sequences N|free32-batches N B|churn-batches N B\n",
                argv[0]);
        return 2;
    }
    fprintf(stderr, "checksum=%llu\n", (unsigned long long)checksum);
    /* No Py_FinalizeEx: tearing the interpreter down is not part of any measurement. */
    return 0;
}
