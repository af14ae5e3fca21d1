package dev.pyheap.api.config;

import dev.pyheap.api.PyHeapException;

/**
 * Configuration that cannot be used: an unknown option (the message names the nearest valid one),
 * a value of the wrong form (the message names the option, the value, where it came from and the
 * expected form), or an implementation name that no provider has (the message lists those that
 * exist). Thrown at start, before anything is built.
 */
public class ConfigurationException extends PyHeapException {
    public ConfigurationException(String message) {
        super(message);
    }
}
