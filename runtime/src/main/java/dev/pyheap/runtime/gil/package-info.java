/**
 * The global interpreter lock each heap has.
 * <table>
 *   <caption>class → CPython</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@link dev.pyheap.runtime.gil.Gil}, {@code ForcedSwitchingGil}</td><td>{@code Python/ceval_gil.c} ({@code take_gil}, {@code drop_gil}, {@code gil_drop_request})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.gil.EvalBreaker}</td><td>{@code Python/ceval_gil.c}'s {@code eval_breaker} and {@code COMPUTE_EVAL_BREAKER} (a set word cleared by the holder, instead of a recomputed one)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.gil.GilStatistics}, {@link dev.pyheap.runtime.gil.GilSnapshot}</td><td>{@code struct _gil_runtime_state}'s {@code switch_number} (and our counters)</td></tr>
 * </table>
 */
package dev.pyheap.runtime.gil;
