package dev.pyheap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** The top-level {@code pyheap} command: without a subcommand, the prompt on a terminal ({@code repl}), else its help. */
@Command(name = "pyheap", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "CPython 3.11's memory manager (pymalloc, arenas, pools, size classes) rebuilt as an"
                + " embeddable Java library. Inspect its configuration and plugins, and run allocation patterns.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the run failed (e.g. MemoryError past heap.limit) or an internal error",
            "2:usage or configuration error"
        })
final class PyheapCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an unexpected error and log at DEBUG level.")
    private boolean debug;

    /** On a terminal the interactive prompt, as {@code python3} alone; otherwise the help. */
    @Override
    public Integer call() {
        if (ReplCommand.onTerminal()) {
            return spec.commandLine().getSubcommands().get("repl").execute();
        }
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
