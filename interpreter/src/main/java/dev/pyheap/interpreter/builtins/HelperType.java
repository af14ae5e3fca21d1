package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;

/**
 * {@code _sitebuiltins._Helper} (Lib/_sitebuiltins.py), the type of the builtin {@code help} that
 * {@code site} installs: its repr says how to use it; a call imports {@code pydoc} (the library
 * module, only then) and hands its arguments to {@code pydoc.help}.
 */
final class HelperType extends InstanceDictType {
    private final Builtins builtins;

    HelperType(ObjectSpace space, Builtins builtins) {
        super(space, "_sitebuiltins._Helper");
        this.builtins = builtins;
    }

    /** A new helper, its dict empty. New reference. */
    long create() {
        return empty();
    }

    @Override
    public String repr(long o) {
        return "Type help() for interactive help, or help(object) for help about object.";
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** {@code pydoc.help(*args, **kwds)}. */
    @Override
    public long call(long callable, long args, long nargsf, long kwnames) {
        long pydoc = builtins.importModule("pydoc");
        long help;
        try {
            help = Abstract.getAttr(space, pydoc, "help");
        } finally {
            space.decref(pydoc);
        }
        try {
            return Abstract.vectorcall(space, help, args, nargsf & ~Abstract.ARGUMENTS_OFFSET, kwnames);
        } finally {
            space.decref(help);
        }
    }
}
