/**
 * The workload SPI: what a program run by the driver is made of, and what an embedder implements
 * to add one (a {@link dev.pyheap.driver.Workload} service, found by name through
 * {@link dev.pyheap.driver.Workloads}). Depends on the runtime only; the driver's other packages
 * build on it: {@code scheduling} runs these programs, {@code workloads} holds the eight built-in
 * ones.
 *
 * <table>
 *   <caption>Classes and what they stand for in a CPython process</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@code Workload}</td><td>a program ({@code python prog.py}): its name, and
 *       {@code load}, which runs the module's top level once</td></tr>
 *   <tr><td>{@code Program}</td><td>the loaded {@code __main__} module: its globals and classes
 *       ({@code Python/pythonrun.c} {@code run_mod} having run the top level)</td></tr>
 *   <tr><td>{@code Mutator}</td><td>one thread's code, one operation at a time, with the check
 *       point between two as {@code Python/ceval.c}'s eval breaker at back-edges and calls</td></tr>
 *   <tr><td>{@code LoadContext}, {@code MutatorContext}</td><td>what the module's top level and a
 *       thread see: the thread state ({@code Python/pystate.c}), the seed, {@code sys.stdout}</td></tr>
 *   <tr><td>{@code Leak}</td><td>the cyclic garbage a program declares it leaves behind when only
 *       reference counting runs (the {@code refcount} collector)</td></tr>
 *   <tr><td>{@code WorkloadError}</td><td>a program's own check failing (an {@code assert})</td></tr>
 *   <tr><td>{@code Workloads}</td><td>finding a program by name (the services on the module path)</td></tr>
 * </table>
 */
package dev.pyheap.driver;
