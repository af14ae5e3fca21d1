/**
 * The {@code pyheap} command: picocli commands and their options, the configuration sources, the
 * inspection a run can carry ({@code --tracemalloc}, {@code --leaks}), errors turned into one
 * line and an exit code. How reports look is {@code output}'s, which depends on nothing here.
 *
 * <table>
 *   <caption>Classes and the CPython code they stand for</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@code Main}, {@code PyheapCommand}, {@code ErrorReporter}</td><td>{@code Modules/main.c}
 *       ({@code pymain_main}): parse the command line, run, exit 0, 1 or 2 (usage)</td></tr>
 *   <tr><td>{@code ConfigurationOptions}, {@code ConfigCommand}</td><td>{@code Python/initconfig.c}:
 *       options from a file, {@code PYTHONMALLOC}-style environment variables and flags, the
 *       effective values printed</td></tr>
 *   <tr><td>{@code RunCommand}, {@code CompareCommand}, {@code DemoCommand}, {@code RunOptions},
 *       {@code Runner}, {@code ProgressBar}, {@code ReportOption}, {@code ReportRecorder},
 *       {@code OutputFile}</td><td>none: running workloads through the driver, recording them for the
 *       HTML report</td></tr>
 *   <tr><td>{@code Inspection}</td><td>{@code Lib/tracemalloc.py}'s snapshots and
 *       {@code compare_to}, objgraph's leak hunting, done inside a run</td></tr>
 *   <tr><td>{@code StatsCommand}</td><td>{@code sys._debugmallocstats()} after an allocator
 *       pattern</td></tr>
 *   <tr><td>{@code ListCommand}, {@code VersionProvider}, {@code Context}</td><td>none: what is
 *       installed, the version, the process's streams and environment</td></tr>
 * </table>
 */
package dev.pyheap.cli;
