package dev.pyheap.api.config;

/** Where an effective value came from. Later sources win, in declaration order. */
public enum Source {
    DEFAULT("default"),
    FILE("file"),
    ENVIRONMENT("environment"),
    COMMAND_LINE("command line");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
