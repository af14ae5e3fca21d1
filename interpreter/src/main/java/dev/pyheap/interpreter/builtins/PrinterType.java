package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;

/**
 * {@code _sitebuiltins._Printer} (Lib/_sitebuiltins.py), the type of the builtins {@code copyright},
 * {@code credits} and {@code license} that {@code site} installs: a text shown in pages of
 * {@code MAXLINES} (23) lines.
 * As CPython's instances, an instance keeps its state in its {@code __dict__} under the mangled
 * names {@code _Printer__name}, {@code _Printer__data}, {@code _Printer__lines} (None until first
 * needed) and {@code _Printer__filenames} (each of {@code dirs} joined with each of {@code files}).
 * The first repr or call reads the first of those files that opens (UTF-8), else takes the data, and
 * keeps its lines ({@code _Printer__lines}, {@code _Printer__linecnt}). The repr is the text when it
 * has at most MAXLINES lines, else {@code Type NAME() to see the full NAME text}; a call prints
 * MAXLINES lines at a time and asks through {@code input()} whether to go on (Return) or stop
 * ({@code q}); input's EOFError goes to the caller.
 */
final class PrinterType extends InstanceDictType {
    static final int MAXLINES = 23;
    private static final String PROMPT = "Hit Return for more, or q (and Return) to quit: ";
    private final Builtins builtins;

    PrinterType(ObjectSpace space, Builtins builtins) {
        super(space, "_sitebuiltins._Printer");
        this.builtins = builtins;
    }

    @Override
    protected void fillDict() {
        super.fillDict();
        putInDict("MAXLINES", space.newInt(MAXLINES));
    }

    /**
     * {@code _Printer(name, data, files, dirs)} as site makes them at start-up, the paths joined here
     * (each dir and file plain names, so {@code os.path.join} is {@code dir + '/' + file}) so that
     * start-up imports nothing. New reference.
     */
    long create(String name, String data, String[] files, String[] dirs) {
        long o = empty();
        long filenames = space.listType.create();
        long n = space.strType.runtime(name), t = space.strType.runtime(data);
        try {
            for (String dir : dirs) {
                for (String file : files) {
                    long p = space.strType.runtime(dir + "/" + file);
                    space.listType.append(filenames, p);
                    space.decref(p);
                }
            }
            fill(o, n, t, filenames);
        } finally {
            space.decref(n);
            space.decref(t);
            space.decref(filenames);
        }
        return o;
    }

    /** {@code __init__(self, name, data, files=(), dirs=())}. */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        String[] params = {"name", "data", "files", "dirs"};
        long[] values = new long[4];
        int n = (int) space.tupleType.size(args);
        if (n > 4) {
            throw new PyException("TypeError", "_Printer.__init__() takes from 3 to 5 positional arguments but "
                    + (n + 1) + " were given");
        }
        for (int i = 0; i < n; i++) {
            values[i] = space.tupleType.item(args, i);
        }
        if (kwargs != 0) {
            long keys = space.listType.fromKeys(kwargs);
            try {
                for (long k = 0, m = space.listType.size(keys); k < m; k++) {
                    long key = space.listType.item(keys, k);
                    String text = space.strType.value(key);
                    int i = java.util.Arrays.asList(params).indexOf(text);
                    if (i < 0) {
                        throw new PyException("TypeError",
                                "_Printer.__init__() got an unexpected keyword argument '" + text + "'");
                    }
                    if (values[i] != 0) {
                        throw new PyException("TypeError",
                                "_Printer.__init__() got multiple values for argument '" + text + "'");
                    }
                    values[i] = space.dictType.get(kwargs, key);
                }
            } finally {
                space.decref(keys);
            }
        }
        if (values[0] == 0 || values[1] == 0) {
            String missing = values[0] == 0 && values[1] == 0 ? "2 required positional arguments: 'name' and 'data'"
                    : "1 required positional argument: '" + (values[0] == 0 ? "name" : "data") + "'";
            throw new PyException("TypeError", "_Printer.__init__() missing " + missing);
        }
        long empty = space.tupleType.create();
        try {
            init(self, values[0], values[1], values[2] != 0 ? values[2] : empty, values[3] != 0 ? values[3] : empty);
        } finally {
            space.decref(empty);
        }
    }

    /** Fills the instance's dict as {@code _Printer.__init__} does; the paths joined by {@code os.path.join}. */
    private void init(long self, long name, long data, long files, long dirs) {
        long filenames = space.listType.create();
        try {
            long join = 0;
            long dirList = Abstract.sequenceList(space, dirs), fileList = Abstract.sequenceList(space, files);
            try {
                for (long i = 0, nd = space.listType.size(dirList); i < nd; i++) {
                    for (long j = 0, nf = space.listType.size(fileList); j < nf; j++) {
                        if (join == 0) {
                            long os = builtins.importModule("os");
                            long path = Abstract.getAttr(space, os, "path");
                            space.decref(os);
                            join = Abstract.getAttr(space, path, "join");
                            space.decref(path);
                        }
                        long p = Abstract.call(space, join,
                                new long[] {space.listType.item(dirList, i), space.listType.item(fileList, j)});
                        space.listType.append(filenames, p);
                        space.decref(p);
                    }
                }
            } finally {
                space.decref(dirList);
                space.decref(fileList);
                if (join != 0) {
                    space.decref(join);
                }
            }
            fill(self, name, data, filenames);
        } finally {
            space.decref(filenames);
        }
    }

    private void fill(long self, long name, long data, long filenames) {
        put(self, "_Printer__name", name);
        put(self, "_Printer__data", data);
        put(self, "_Printer__lines", space.none);
        put(self, "_Printer__filenames", filenames);
    }

    private void put(long self, String key, long value) {
        long k = space.strType.literalName(key);
        try {
            space.dictType.setItem(dict(self), k, value);
        } finally {
            space.decref(k);
        }
    }

    /** The attribute {@code _Printer__KEY} as the instance's attribute lookup finds it. New reference. */
    private long get(long self, String key) {
        return Abstract.getAttr(space, self, "_Printer__" + key);
    }

    /** {@code __setup}: the lines, read from the first file that opens or else from the data. New reference. */
    private long lines(long self) {
        long lines = get(self, "lines");
        if (Abstract.isTrue(space, lines)) {
            return lines;
        }
        space.decref(lines);
        long text = readFirstFile(self);
        if (text == 0 || !Abstract.isTrue(space, text)) {
            if (text != 0) {
                space.decref(text);
            }
            text = get(self, "data");
        }
        long newline = space.strType.runtime("\n");
        try {
            lines = Abstract.callMethod(space, text, "split", new long[] {newline});
        } finally {
            space.decref(newline);
            space.decref(text);
        }
        Abstract.setAttr(space, self, "_Printer__lines", lines);
        long count = space.newInt(Abstract.length(space, lines));
        try {
            Abstract.setAttr(space, self, "_Printer__linecnt", count);
        } finally {
            space.decref(count);
        }
        return lines;
    }

    /** The text of the first of {@code _Printer__filenames} that {@code open(f, encoding='utf-8')} reads, or 0. */
    private long readFirstFile(long self) {
        long names = get(self, "filenames");
        long it = Abstract.getIter(space, names);
        space.decref(names);
        long open = builtins.lookup("open");
        long encoding = space.strType.literalName("encoding"), utf8 = space.strType.runtime("utf-8");
        long kwargs = space.dictType.create();
        try {
            space.dictType.setItem(kwargs, encoding, utf8);
            for (long name; (name = Abstract.iterNext(space, it)) != 0; ) {
                long fp;
                try {
                    long args = space.tupleType.create(name);
                    try {
                        fp = Abstract.call(space, open, args, kwargs);
                    } finally {
                        space.decref(args);
                    }
                } catch (PyException e) {
                    if (!Abstract.matches(space, e, "OSError")) {
                        throw e;
                    }
                    e.release();
                    continue;
                } finally {
                    space.decref(name);
                }
                try {
                    return Abstract.callMethod(space, fp, "read", new long[0]);
                } finally {
                    space.decref(Abstract.callMethod(space, fp, "close", new long[0]));
                    space.decref(fp);
                }
            }
            return 0;
        } finally {
            space.decref(it);
            space.decref(kwargs);
            space.decref(encoding);
            space.decref(utf8);
            space.decref(open);
        }
    }

    @Override
    public long reprObject(long o) {
        long lines = lines(o);
        try {
            if (Abstract.length(space, lines) <= MAXLINES) {
                long newline = space.strType.runtime("\n");
                try {
                    return Abstract.callMethod(space, newline, "join", new long[] {lines});
                } finally {
                    space.decref(newline);
                }
            }
        } finally {
            space.decref(lines);
        }
        long name = get(o, "name");
        try {
            String n = Abstract.str(space, name);
            return space.strType.runtime("Type " + n + "() to see the full " + n + " text");
        } finally {
            space.decref(name);
        }
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public long call(long callable, long args, long nargsf, long kwnames) {
        long n = nargsf & ~Abstract.ARGUMENTS_OFFSET;
        if (kwnames != 0 && space.tupleType.size(kwnames) > 0) {
            throw new PyException("TypeError", "_Printer.__call__() got an unexpected keyword argument '"
                    + space.strType.value(space.tupleType.item(kwnames, 0)) + "'");
        }
        if (n > 0) {
            throw new PyException("TypeError", "_Printer.__call__() takes 1 positional argument but "
                    + (n + 1) + " were given");
        }
        page(callable);
        return space.newNone();
    }

    /** {@code lines[i]} (a new reference), or 0 where it raises IndexError: the end of the text. */
    private long lineAt(long lines, long i) {
        long index = space.newInt(i);
        try {
            return Abstract.getItem(space, lines, index);
        } catch (PyException e) {
            if (!Abstract.matches(space, e, "IndexError")) {
                throw e;
            }
            e.release();
            return 0;
        } finally {
            space.decref(index);
        }
    }

    /** {@code __call__}: MAXLINES lines at a time through {@code print}, then {@code input(PROMPT)} until '' or 'q'. */
    private void page(long self) {
        long lines = lines(self);
        long print = builtins.lookup("print"), input = builtins.lookup("input");
        long prompt = space.strType.runtime(PROMPT);
        try {
            for (long lineno = 0; ; lineno += MAXLINES) {
                for (long i = lineno; i < lineno + MAXLINES; i++) {
                    long line = lineAt(lines, i);
                    if (line == 0) {
                        return;
                    }
                    try {
                        space.decref(Abstract.call(space, print, new long[] {line}));
                    } finally {
                        space.decref(line);
                    }
                }
                String key = null;
                while (key == null) {
                    long answer = Abstract.call(space, input, new long[] {prompt});
                    try {
                        key = space.strType.check(answer) ? space.strType.value(answer) : null;
                    } finally {
                        space.decref(answer);
                    }
                    if (key != null && !key.isEmpty() && !key.equals("q")) {
                        key = null;
                    }
                }
                if (key.equals("q")) {
                    return;
                }
            }
        } finally {
            space.decref(prompt);
            space.decref(print);
            space.decref(input);
            space.decref(lines);
        }
    }
}
