package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.StructType;

/**
 * {@code _sitebuiltins._Helper} (Lib/_sitebuiltins.py), the type of the builtin {@code help} that
 * {@code site} installs: its repr says how to use it; a call imports {@code pydoc} (the library
 * module, only then) and hands its arguments to {@code pydoc.help}.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 __dict__ (counted; tp_dictoffset)
 * </pre>
 */
final class HelperType extends StructType {
    private static final int DICT = 16, SIZE = 24;
    private final Builtins builtins;

    HelperType(ObjectSpace space, Builtins builtins) {
        super(space, "_sitebuiltins._Helper", null, HAVE_GC | BASETYPE, SIZE, 0, 0, "__dict__", DICT);
        this.builtins = builtins;
    }

    @Override
    protected void fillDict() {
        super.fillDict();
        putInDict("__dict__", space.getSetDescrType.create(this, "__dict__", o -> space.newRef(field(o, DICT)), null));
    }

    /** A new helper, its dict empty. New reference. */
    long create() {
        long o = allocateStruct(SIZE);
        memory.putLong(o + DICT, space.dictType.create());
        space.track(o);
        return o;
    }

    @Override
    public long dictOffset() {
        return DICT;
    }

    @Override
    protected long instanceAttr(long o, long name) {
        return space.dictType.get(field(o, DICT), name);
    }

    @Override
    protected boolean setInstanceAttr(long o, long name, long value) {
        setInOwnDict(o, DICT, name, value);
        return true;
    }

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long o = create();
        return subtype == this ? o : subtype.adopt(o);
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
