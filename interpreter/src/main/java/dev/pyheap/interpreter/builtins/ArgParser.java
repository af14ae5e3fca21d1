package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.function.LongConsumer;

/**
 * What the heap sees of an Argument Clinic parser ({@code struct _PyArg_Parser}, Python/getargs.c):
 * the tuple of its keyword names, which {@code parser_init} makes the first time a call goes through
 * the parser and which lives as long as the interpreter. So the first call of such a function in a
 * program costs one tuple in {@code gc.get_count()}, later calls none. The parsing itself is
 * {@link CallArgs}'. The names themselves are CPython's static identifiers ({@code _Py_ID(sep)}), which
 * exist before any program runs: they are made with the parser, so the first call allocates the tuple only.
 */
final class ArgParser {
    private final ObjectSpace space;
    /** The interned keyword names (owned), made with the interpreter. */
    private final long[] names;
    /** The keyword tuple (owned), 0 until the first call. */
    private long kwtuple;

    ArgParser(ObjectSpace space, String... keywords) {
        this.space = space;
        this.names = new long[keywords.length];
        for (int i = 0; i < keywords.length; i++) {
            names[i] = space.strType.literalName(keywords[i]);
        }
    }

    /** {@code parser_init}: makes the keyword tuple on first use. */
    void init() {
        if (kwtuple == 0) {
            kwtuple = space.tupleType.create(names);
        }
    }

    /** The names and the keyword tuple as roots (the parser is static data of the interpreter). */
    void forEachRoot(LongConsumer visitor) {
        for (long name : names) {
            if (name != 0) {
                visitor.accept(name);
            }
        }
        if (kwtuple != 0) {
            visitor.accept(kwtuple);
        }
    }

    /** Drops the keyword tuple and the names (finalization). */
    void release() {
        long t = kwtuple;
        kwtuple = 0;
        space.xdecref(t);
        for (int i = 0; i < names.length; i++) {
            long name = names[i];
            names[i] = 0;
            space.xdecref(name);
        }
    }
}
