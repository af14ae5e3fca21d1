package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

/**
 * The builtins {@code exit} and {@code quit} that {@code site} installs (Lib/_sitebuiltins.py's
 * {@code Quitter}): the repr tells how to leave the interactive prompt, {@code Use exit() or Ctrl-D
 * (i.e. EOF) to exit}; a call ({@code code=None}) closes {@code sys.stdin} when there is one (errors
 * ignored, as CPython's bare {@code except}) and raises {@code SystemExit(code)}.
 * <pre>
 *   +0 ob_refcnt  +8 ob_type  +16 which (0: exit, 1: quit)     24 bytes
 * </pre>
 * CPython's Quitter is a Python class whose instances keep the name and the EOF text in a
 * {@code __dict__}; here the name is an index, so an instance holds no reference and needs no GC
 * header.
 */
final class QuitterType extends PyType {
    /** What ends the input on POSIX (CPython: {@code 'Ctrl-D (i.e. EOF)'}; on Windows Ctrl-Z plus Return). */
    static final String EOF = "Ctrl-D (i.e. EOF)";
    private static final String[] NAMES = {"exit", "quit"};
    private static final int WHICH = 16, SIZE = 24;
    private final Builtins builtins;

    QuitterType(ObjectSpace space, Builtins builtins) {
        super(space, "_sitebuiltins.Quitter", null, 0, SIZE, 0);
        this.builtins = builtins;
    }

    /** {@code Quitter(NAMES[which], EOF)}. New reference. */
    long create(int which) {
        long o = space.newObject(this, SIZE);
        memory.putLong(o + WHICH, which);
        return o;
    }

    /** The builtin's name: {@code exit} or {@code quit}. */
    String nameOf(long o) {
        return NAMES[(int) memory.getLong(o + WHICH)];
    }

    @Override
    public String repr(long o) {
        return "Use " + nameOf(o) + "() or " + EOF + " to exit";
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public long call(long callable, long args, long nargsf, long kwnames) {
        long n = nargsf & ~Abstract.ARGUMENTS_OFFSET;
        CallArgs c = new CallArgs(space, "Quitter.__call__", args, n, kwnames).keywords("code").range(0, 1);
        long code = n > 0 ? c.get(0) : c.keyword("code");
        closeStdin();
        var systemExit = space.exceptions.byName("SystemExit");
        long tuple = space.tupleType.create(code == 0 ? space.none : code);
        long e = systemExit.create(tuple, true);
        throw new PyException("SystemExit", "", e, space::decref);
    }

    /** {@code sys.stdin.close()} when sys has a stdin; its errors are ignored. */
    private void closeStdin() {
        long stdin = builtins.sysDict == 0 ? 0 : space.dictType.getItemString(builtins.sysDict, "stdin");
        if (stdin == 0 || stdin == space.none) {
            return;
        }
        space.incref(stdin);
        try {
            space.decref(Abstract.callMethod(space, stdin, "close", new long[0]));
        } catch (PyException e) {
            e.release();
        } finally {
            space.decref(stdin);
        }
    }

    @Override
    public void dealloc(long o) {
        space.freeObject(o);
    }
}
