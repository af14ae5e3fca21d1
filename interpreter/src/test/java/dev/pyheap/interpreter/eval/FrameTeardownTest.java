package dev.pyheap.interpreter.eval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Popping a thread's frame ({@code Frame.clear}, {@code DataStack.pop}): a frame without a frame
 * object releases its slots without clearing them one by one, since nothing can see it any more;
 * one whose frame object outlives it (a traceback, {@code sys._getframe}) hands its locals over
 * first. Finalizers run by the release see only the frames below, collections during it find the
 * popped frame gone, and frames pushed and popped across the data stack's chunk boundaries keep
 * their own slots.
 */
class FrameTeardownTest {

    @ParameterizedTest
    @ValueSource(strings = {"generational", "marksweep", "refcount"})
    void aFinalizerRunByAReturnSeesOnlyTheCallersFrames(String collector) {
        EvalHarness.assertRuns(collector, """
                import gc, sys
                seen = []
                class Noisy:
                    def __del__(self):
                        gc.collect()
                        seen.append(sys._getframe(1).f_code.co_name)
                def inner():
                    a = Noisy()
                    b = [a, Noisy()]
                    return 1
                def outer():
                    return inner() + inner()
                for i in range(3):
                    outer()
                print(len(seen), sorted(set(seen)))
                """, "12 ['outer']\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"generational", "marksweep"})
    void aFrameObjectThatOutlivesItsFrameKeepsTheLocals(String collector) {
        EvalHarness.assertRuns(collector, """
                import sys
                def kept():
                    x = [1, 2]
                    y = 'y'
                    return sys._getframe()
                def raises():
                    z = (3, 4)
                    raise ValueError
                f = kept()
                try:
                    raises()
                except ValueError as e:
                    tb = e.__traceback__
                print(f.f_locals['x'], f.f_locals['y'], tb.tb_next.tb_frame.f_locals['z'])
                """, "[1, 2] y (3, 4)\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"generational", "refcount"})
    void framesAcrossDataStackChunksKeepTheirSlots(String collector) {
        // each frame of deep() has about 60 slots: 60 deep cross the 16 KiB chunk boundary, several times over
        EvalHarness.assertRuns(collector, """
                def deep(n, *pad):
                    local = [n]
                    if n == 0:
                        return 0
                    below = deep(n - 1, *range(50))
                    return below + local[0] + len(pad)
                print([deep(n) for n in (10, 60, 5, 90, 60)])
                """, "[505, 4780, 215, 8545, 4780]\n");
    }
}
