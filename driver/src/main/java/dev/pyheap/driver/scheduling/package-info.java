/**
 * The driver itself: N mutator threads attached to one heap take its GIL in turn and run a
 * {@link dev.pyheap.driver.Workload}'s program operation by operation, with the check point between
 * operations; at the end the sanity checker and the leak check. {@link
 * dev.pyheap.driver.scheduling.MutatorDriver} explains a run; {@link
 * dev.pyheap.driver.scheduling.DriverRun} draws the loop of one thread. The top package of the
 * module: it uses the workload SPI ({@code dev.pyheap.driver}), fills the {@code reports} and
 * seeds its turns with {@code patterns}' generator; it never names a built-in workload (they are
 * services).
 *
 * <table>
 *   <caption>Classes and the CPython code they stand for</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@code MutatorDriver}, {@code DriverRun}</td><td>{@code Modules/_threadmodule.c}
 *       threads running Python code on one interpreter, each through {@code Python/ceval.c}'s
 *       loop and its eval breaker (the check point: pending collections, GIL drop requests)</td></tr>
 *   <tr><td>{@code YieldPolicy.SwitchInterval}</td><td>{@code Python/ceval_gil.c}: the switch
 *       interval and forced switching ({@code gil_drop_request}, {@code sys.setswitchinterval})</td></tr>
 *   <tr><td>{@code YieldPolicy} (the others), {@code TurnScheduler}</td><td>none: the driver's
 *       own turns, so a multi-threaded run repeats exactly for a seed</td></tr>
 *   <tr><td>{@code RunSpec}</td><td>none: what to run (workload, threads, operations or a
 *       duration, seed, yield policy, sanity checks)</td></tr>
 *   <tr><td>{@code RunObserver}</td><td>code run inside a run with the GIL held, where a
 *       tracemalloc snapshot or an objgraph search would run in a Python program</td></tr>
 * </table>
 */
package dev.pyheap.driver.scheduling;
