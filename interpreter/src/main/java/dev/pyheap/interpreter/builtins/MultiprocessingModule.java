package dev.pyheap.interpreter.builtins;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Setting;
import dev.pyheap.api.config.Source;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code _pyheap_multiprocessing}: what the library's {@code multiprocessing} needs to start a child
 * interpreter, the role of CPython's {@code spawn.get_command_line()} over {@code sys.executable}.
 * A JVM cannot fork, so every child is a new JVM running this interpreter
 * ({@code dev.pyheap.interpreter.run.SpawnMain}) on the same module path, with the JVM options of
 * this one that shape a run (heap size, collectors of the JVM, the start-up cache, system
 * properties) and this heap's own configuration (collector, allocator, memory, ...), so a child is
 * the interpreter that is running whether it was started by the launcher, embedded, or in a test.
 *
 * <ul>
 *   <li>{@code spawn_command()}: the argument list (a tuple of str) that starts such a child; the
 *       child reads its task from its standard input (see the library's {@code multiprocessing.spawn}).</li>
 * </ul>
 */
final class MultiprocessingModule {
    private MultiprocessingModule() {
    }

    static void fill(ModuleTable table, long module, long dict, PyHeap heap) {
        ObjectSpace space = table.space();
        SysModule.function(space, module, dict, "spawn_command", (self, a, n, kw) -> {
            new CallArgs(space, "spawn_command", a, n, kw).exactly(0);
            List<String> command = command(heap == null ? Configuration.defaults() : heap.configuration());
            long[] items = new long[command.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = space.strType.runtime(command.get(i));
            }
            return space.tupleType.createStealing(items);
        });
    }

    /** The JVM options of this process a child keeps: the rest name this process's own main or files. */
    private static boolean kept(String option) {
        return (option.startsWith("-X") && !option.startsWith("-XX:AOTMode") && !option.startsWith("-XX:AOTCacheOutput"))
                || (option.startsWith("-D") && !option.startsWith("-Djdk.module."));
    }

    static List<String> command(Configuration configuration) {
        List<String> command = new ArrayList<>();
        ProcessHandle.Info info = ProcessHandle.current().info();
        command.add(info.command().orElse(System.getProperty("java.home") + "/bin/java"));
        for (String option : info.arguments().orElse(new String[0])) {
            if (option.equals("-p") || option.equals("--module-path") || option.equals("-m") || option.equals("--module")
                    || option.equals("-cp") || option.equals("-jar") || !option.startsWith("-")) {
                break;
            }
            if (kept(option)) {
                command.add(option);
            }
        }
        command.add("--enable-native-access=dev.pyheap.allocator,dev.pyheap.interpreter");
        // Without a logging provider (a test JVM), SLF4J's own notice would be the child's first stderr line.
        command.add("-Dslf4j.internal.verbosity=ERROR");
        command.add("-p");
        command.add(System.getProperty("jdk.module.path", ""));
        // What this JVM has on the class path beside its modules (a test JVM's javax.inject, which
        // Dagger's automatic module reads from there)
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.isEmpty()) {
            command.add("-cp");
            command.add(classPath);
        }
        command.add("-m");
        command.add("dev.pyheap.interpreter/dev.pyheap.interpreter.run.SpawnMain");
        for (Setting<?> setting : configuration.all()) {
            if (setting.source() != Source.DEFAULT) {
                command.add(setting.option().name() + "=" + setting.valueText());
            }
        }
        return command;
    }
}
