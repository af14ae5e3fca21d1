package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.function.LongConsumer;

/**
 * What the heap sees of an Argument Clinic parser ({@code struct _PyArg_Parser}, Python/getargs.c):
 * the tuple of its keyword names, which {@code parser_init} makes the first time a call goes through
 * the parser and which lives as long as the interpreter. So the first call of such a function in a
 * program costs one tuple in {@code gc.get_count()}, later calls none. The parsing itself is
 * {@link CallArgs}'.
 */
final class ArgParser {
    private final ObjectSpace space;
    private final String[] keywords;
    /** The keyword tuple (owned), 0 until the first call. */
    private long kwtuple;

    ArgParser(ObjectSpace space, String... keywords) {
        this.space = space;
        this.keywords = keywords;
    }

    /** {@code parser_init}: makes the keyword tuple on first use. */
    void init() {
        if (kwtuple == 0) {
            long[] names = new long[keywords.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = space.strType.literalName(keywords[i]);
            }
            kwtuple = space.tupleType.createStealing(names);
        }
    }

    /** The keyword tuple as a root (the parser is static data of the interpreter). */
    void forEachRoot(LongConsumer visitor) {
        if (kwtuple != 0) {
            visitor.accept(kwtuple);
        }
    }

    /** Drops the keyword tuple (finalization). */
    void release() {
        long t = kwtuple;
        kwtuple = 0;
        space.xdecref(t);
    }
}
