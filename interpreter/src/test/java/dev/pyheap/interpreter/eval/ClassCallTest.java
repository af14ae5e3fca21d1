package dev.pyheap.interpreter.eval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A class call whose {@code __init__} runs on the caller's loop ({@code Ceval.callClass}): what
 * {@code type_call} holds meanwhile (the instance, the argument tuple) are the frame's roots, so a
 * collection inside {@code __init__} keeps them under every collector; returns and exceptions
 * release them exactly (the heap's sanity check afterwards finds nothing); popped frames' handles
 * are reused without leaking state into the next call.
 */
class ClassCallTest {

    @ParameterizedTest
    @ValueSource(strings = {"generational", "marksweep", "refcount"})
    void aCollectionInsideInitKeepsTheInstanceAndTheArgumentTuple(String collector) {
        EvalHarness.assertRuns(collector, """
                import gc, sys
                class Node:
                    def __init__(self, left=None, right=None):
                        gc.collect()
                        self.left = left
                        self.right = right
                arg = [1]
                before = sys.getrefcount(arg)
                for i in range(20):
                    n = Node(arg, (i, [i]))
                print(n.right[0], n.right[1], n.left is arg, sys.getrefcount(arg) - before)
                n = None
                print(sys.getrefcount(arg) - before)
                """, "19 [19] True 1\n0\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"generational", "marksweep"})
    void exceptionsAndBadReturnsInInitReleaseEverything(String collector) {
        EvalHarness.assertRuns(collector, """
                import sys
                class Fails:
                    def __init__(self, a, b=None):
                        if a:
                            raise KeyError(a)
                class Returns:
                    def __init__(self, a):
                        return a
                def depth(n):
                    return n if n == 0 else Deep(n - 1)
                class Deep:
                    def __init__(self, n):
                        self.inner = depth(n)
                arg = object()
                before = sys.getrefcount(arg)
                caught = 0
                for i in range(50):
                    try:
                        Fails(arg)
                    except KeyError:
                        caught += 1
                    try:
                        Returns(arg)
                    except TypeError as e:
                        message = str(e)
                    Fails(0, arg)
                d = Deep(30)
                print(caught, message, sys.getrefcount(arg) - before, type(d.inner.inner).__name__)
                """, "50 __init__() should return None, not 'object' 0 Deep\n");
    }
}
