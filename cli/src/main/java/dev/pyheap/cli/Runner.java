package dev.pyheap.cli;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.ConfigurationLoader;
import dev.pyheap.api.config.Options;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.driver.scheduling.MutatorDriver;
import dev.pyheap.driver.scheduling.RunSpec;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** What {@code run}, {@code compare} and {@code demo} share: loading the configuration and running with a progress bar. */
final class Runner {
    private Runner() {
    }

    /** The effective configuration: the options' sources, then {@code --allocator} / {@code --collector} when given. */
    static Configuration configuration(ConfigurationOptions options, Context context, String allocator, String collector) {
        ConfigurationLoader loader = options.loader(context);
        if (allocator != null) {
            loader.set(Options.ALLOCATOR.name(), allocator);
        }
        if (collector != null) {
            loader.set(Options.COLLECTOR.name(), collector);
        }
        return loader.load();
    }

    /** Runs {@code spec}, the program's output going to {@code programOut}, with a progress bar on a terminal. */
    static RunReport run(Context context, Configuration configuration, RunSpec spec, PrintWriter programOut, String label) {
        ProgressBar bar = ProgressBar.forTerminal(context, label);
        try (PrintStream out = printStream(programOut)) {
            return MutatorDriver.run(configuration, spec.withOut(out).withProgress(bar));
        } finally {
            if (bar != null) {
                bar.clear();
            }
        }
    }

    /** A print stream whose lines go to {@code writer} (the driver's programs print to a stream). */
    private static PrintStream printStream(PrintWriter writer) {
        return new PrintStream(new ByteArrayOutputStream() {
            @Override
            public synchronized void flush() {
                writer.print(toString(StandardCharsets.UTF_8));
                writer.flush();
                reset();
            }
        }, true, StandardCharsets.UTF_8);
    }
}
