/**
 * {@code Python/pythonrun.c} and {@code Modules/main.c}: running a program as {@code __main__},
 * printing uncaught exceptions as CPython does, exit codes, and the finalization a program sees.
 * <table>
 *   <caption>class → CPython</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@link dev.pyheap.interpreter.run.Runner}</td><td>{@code Python/pythonrun.c} ({@code pyrun_file}, {@code run_mod}, {@code PyErr_Print}, {@code handle_system_exit}), {@code Python/pylifecycle.c} ({@code Py_FinalizeEx}), {@code Objects/moduleobject.c} ({@code _PyModule_ClearDict})</td></tr>
 *   <tr><td>{@code TracebackPrinter}</td><td>{@code Python/pythonrun.c} ({@code print_exception_recursive}, {@code print_error_text}), {@code Python/traceback.c} ({@code tb_printinternal}, {@code tb_displayline}, {@code extract_anchors_from_line}); the exception groups' frames of {@code print_exception_group}</td></tr>
 *   <tr><td>{@code Suggestions}</td><td>{@code Python/suggestions.c} ({@code _Py_Offer_Suggestions}, {@code levenshtein_distance}): the "Did you mean" of an uncaught NameError or AttributeError</td></tr>
 *   <tr><td>{@link dev.pyheap.interpreter.run.SpawnMain}</td><td>{@code Lib/multiprocessing/spawn.py}'s {@code spawn_main} entry, as {@code python -c} runs it: the main of a {@code multiprocessing} child JVM</td></tr>
 *   <tr><td>{@code StartupFreeLists}</td><td>— (the type free lists as {@code Python/pylifecycle.c}'s start-up and the compile leave them)</td></tr>
 * </table>
 */
package dev.pyheap.interpreter.run;
