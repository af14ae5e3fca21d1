package dev.pyheap.cli;

import dev.pyheap.api.config.ConfigurationLoader;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * The options that choose where configuration comes from, shared by the commands that load it.
 * Sources rank as {@link ConfigurationLoader} defines: defaults &lt; file &lt; environment &lt; {@code --set}.
 */
final class ConfigurationOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Read options from FILE instead of ./" + ConfigurationLoader.DEFAULT_FILE + ".")
    private String file;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Set an option (repeatable); wins over the file and the environment.")
    private List<String> assignments = new ArrayList<>();

    /**
     * A loader holding every source this invocation names: the file, the environment and each
     * {@code --set}. Callers may add more command-line values before {@code load()}.
     *
     * @throws dev.pyheap.api.config.ConfigurationException for an unknown key, a bad value or a missing file
     */
    ConfigurationLoader loader(Context context) {
        return loader(context, file, assignments);
    }

    /** {@link #loader(Context)} for a configuration file ({@code --config}, or null) and {@code --set} values. */
    static ConfigurationLoader loader(Context context, String file, List<String> assignments) {
        ConfigurationLoader loader = ConfigurationLoader.withDeclaredOptions();
        if (file != null) {
            loader.file(context.workingDirectory().resolve(file));
        } else {
            loader.defaultFile(context.workingDirectory());
        }
        loader.environment(context.environment());
        assignments.forEach(loader::set);
        return loader;
    }
}
