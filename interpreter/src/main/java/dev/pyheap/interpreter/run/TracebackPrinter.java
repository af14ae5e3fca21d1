package dev.pyheap.interpreter.run;

import dev.pyheap.interpreter.ast.Expr;
import dev.pyheap.interpreter.builtins.Builtins;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.ast.Stmt;
import dev.pyheap.interpreter.parser.PythonParser;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BaseExceptionType;
import dev.pyheap.runtime.objects.CodeType;
import dev.pyheap.runtime.objects.FrameObjectType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.TracebackType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code sys.excepthook}'s output (Python/pythonrun.c's {@code print_exception_recursive},
 * Python/traceback.c's {@code tb_printinternal} and {@code tb_displayline}): the chain of causes
 * and contexts, each traceback with its source lines and PEP 657's {@code ^} / {@code ~} markers,
 * repeated lines collapsed, SyntaxError's caret line, and {@code module.Name: message}.
 */
final class TracebackPrinter {
    /** TB_RECURSIVE_CUTOFF. */
    private static final int RECURSIVE_CUTOFF = 3;

    private final ObjectSpace space;
    private final dev.pyheap.interpreter.eval.Interpreter interp;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, List<String>> sources;

    TracebackPrinter(dev.pyheap.interpreter.eval.Interpreter interp, Map<String, List<String>> sources) {
        this.interp = interp;
        this.space = interp.space();
        this.sources = sources;
    }

    /** Whether the last line offers "Did you mean" (the interpreter's printer does; 3.11's traceback module does not). */
    private boolean suggest;

    /** This printer with {@code print_exception_suggestions}, as {@code sys.excepthook} prints. */
    TracebackPrinter withSuggestions() {
        suggest = true;
        return this;
    }

    /**
     * Whether entries show no source line: once the modules are being finalized CPython's
     * {@code _Py_DisplaySourceLine} cannot import {@code io}, and the line is left out.
     */
    private boolean noSource;

    /** This printer without source lines when {@code finalizing}. */
    TracebackPrinter withoutSourceWhen(boolean finalizing) {
        noSource = finalizing;
        return this;
    }

    /** The text for {@code exc}, chained exceptions first. */
    String print(long exc) {
        // the seen set of print_exception_recursive: addresses compared by value (boxed Longs are
        // not identical), so a __context__ or __cause__ cycle made by hand ends at its repeat
        recursive(exc, new HashSet<>());
        return out.toString();
    }

    /**
     * The default {@code sys.unraisablehook}'s text after its first line (3.11's
     * {@code write_unraisable_exc_file}): the traceback's entries, then the type's module (unless
     * builtins or __main__) and qualified name, {@code ": "} and the str of the value. No chained
     * exceptions, notes, groups' members or suggestions: that printer knows none of them.
     */
    String printUnraisable(long exc) {
        long tb = space.exceptions.base().field(exc, BaseExceptionType.TRACEBACK);
        long limit = tracebackLimit();
        if (tb != 0 && tb != space.none && limit > 0) {
            out.append("Traceback (most recent call last):\n");
            printTraceback(tb, limit);
        }
        String module = moduleOf(exc);
        if (module == null) {
            out.append("<unknown>");
        } else if (!module.equals("builtins") && !module.equals("__main__")) {
            out.append(module).append('.');
        }
        long qualname = Abstract.lookupAttr(space, space.typeOf(exc).typeObject(), "__qualname__");
        try {
            out.append(qualname != 0 && space.strType.check(qualname) ? space.strType.value(qualname) : space.typeOf(exc).name);
        } finally {
            space.xdecref(qualname);
        }
        out.append(": ").append(safeStr(exc)).append('\n');
        return out.toString();
    }

    /** pythonrun.c's {@code max_group_width} and {@code max_group_depth}. */
    private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

    /** How deep in exception groups the printing is ({@code exception_group_depth}): each level indents by 2 and draws a margin. */
    private int groupDepth;
    /** Whether the last child of a group still owes its closing line ({@code need_close}). */
    private boolean needClose;

    /** {@code EXC_INDENT} spaces then {@code EXC_MARGIN}: what starts every line inside a group. */
    private String margin() {
        return groupDepth == 0 ? "" : " ".repeat(2 * groupDepth) + "| ";
    }

    /** Appends {@code text}, each of its lines after {@code prefix}. */
    private void appendLines(String text, String prefix) {
        if (prefix.isEmpty()) {
            out.append(text);
            return;
        }
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl + 1;
            out.append(prefix).append(text, from, end);
            from = end;
        }
    }

    /** {@code print_exception_recursive}: the cause or context first, then the exception or group. */
    private void recursive(long value, Set<Long> seen) {
        seen.add(value);
        BaseExceptionType base = space.exceptions.base();
        if (space.exceptions.isException(value)) {
            long cause = base.field(value, BaseExceptionType.CAUSE);
            long context = base.field(value, BaseExceptionType.CONTEXT);
            boolean suppress = space.memory.getByte(value + BaseExceptionType.SUPPRESS_CONTEXT) != 0;
            if (cause != 0 && cause != space.none) {
                if (!seen.contains(cause)) {
                    chained(cause, seen, "The above exception was the direct cause of the following exception:\n");
                }
            } else if (context != 0 && context != space.none && !suppress) {
                if (!seen.contains(context)) {
                    chained(context, seen, "During handling of the above exception, another exception occurred:\n");
                }
            }
        }
        if (space.exceptions.isException(value) && space.exceptions.groups().isGroup(value)) {
            printGroup(value, seen);
        } else {
            printException(value);
        }
    }

    /** {@code print_chained}. */
    private void chained(long value, Set<Long> seen, String message) {
        boolean close = needClose;
        recursive(value, seen);
        needClose = close;
        String m = margin();
        out.append(m).append('\n').append(m).append(message).append(m).append('\n');
    }

    /** {@code print_exception_group}: the group, then each child in its numbered frame, deeper by one. */
    private void printGroup(long value, Set<Long> seen) {
        if (groupDepth > MAX_GROUP_DEPTH) {
            out.append(margin()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (groupDepth == 0) {
            groupDepth++;
        }
        printException(value);
        long excs = space.exceptions.groups().exceptions(value);
        int count = (int) space.tupleType.size(excs);
        int shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            if (last) {
                needClose = true; // a nested group's last child may close it instead
            }
            String indent = " ".repeat(2 * groupDepth);
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.append(indent).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
            groupDepth++;
            if (!truncated) {
                recursive(space.tupleType.item(excs, i), seen);
            } else {
                int remaining = count - MAX_GROUP_WIDTH;
                out.append(margin()).append("and ").append(remaining).append(" more exception")
                        .append(remaining > 1 ? "s" : "").append('\n');
            }
            if (last && needClose) {
                out.append(" ".repeat(2 * groupDepth)).append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (groupDepth == 1) {
            groupDepth--;
        }
    }

    private void printException(long value) {
        String margin = margin();
        if (!space.exceptions.isException(value)) {
            out.append(margin).append("TypeError: print_exception(): Exception expected for value, ")
                    .append(space.typeOf(value).name).append(" found\n");
            return;
        }
        long tb = space.exceptions.base().field(value, BaseExceptionType.TRACEBACK);
        long limit = tracebackLimit();
        if (tb != 0 && limit > 0) {
            String before = take();
            printTraceback(tb, limit);
            String entries = take();
            out.append(before);
            boolean group = space.exceptions.groups().isGroup(value);
            out.append(" ".repeat(2 * groupDepth)).append(groupDepth == 0 ? "" : group && groupDepth == 1 ? "+ " : "| ")
                    .append(group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n");
            appendLines(entries, margin);
        }
        BaseExceptionType syntax = space.exceptions.byName("SyntaxError");
        String message;
        String before = take();
        boolean located = syntax.check(value) && syntaxLocation(value, syntax);
        String location = take();
        out.append(before);
        appendLines(location, margin);
        if (located) {
            long msg = syntax.field(value, syntax.offsetOf("msg"));
            message = msg == 0 || msg == space.none ? "" : Abstract.str(space, msg);
        } else {
            message = safeStr(value);
        }
        out.append(margin).append(typeName(value));
        if (!message.isEmpty()) {
            out.append(": ").append(message);
        }
        String suggestion = suggest ? new Suggestions(interp).offer(value) : null;
        if (suggestion != null) {
            out.append(". Did you mean: '").append(suggestion).append("'?");
        }
        out.append('\n');
        printNotes(value, margin);
    }

    /**
     * {@code print_exception_notes}: a sequence's items each on its lines after the margin (a str as it
     * is, anything else by its str, or {@code <note str() failed>} at the line's start); anything that
     * is not a sequence by its repr after the margin, with no newline, as 3.11 writes it.
     */
    private void printNotes(long value, String margin) {
        long notes = Abstract.lookupAttr(space, value, "__notes__");
        if (notes == 0) {
            return;
        }
        try {
            if (!Abstract.sequenceCheck(space, notes)) {
                String text;
                try {
                    text = Abstract.repr(space, notes);
                } catch (dev.pyheap.runtime.PyException e) {
                    e.release();
                    text = "<__notes__ repr() failed>";
                }
                out.append(margin).append(text);
                return;
            }
            long count = Abstract.length(space, notes);
            for (long i = 0; i < count; i++) {
                long note = Abstract.getItemAt(space, notes, i);
                try {
                    if (space.strType.check(note)) {
                        appendLines(space.strType.value(note) + "\n", margin);
                    } else {
                        try {
                            appendLines(Abstract.str(space, note) + "\n", margin);
                        } catch (dev.pyheap.runtime.PyException e) {
                            e.release();
                            out.append("<note str() failed>\n");
                        }
                    }
                } finally {
                    space.decref(note);
                }
            }
        } catch (dev.pyheap.runtime.PyException e) {
            e.release(); // a sequence whose length or items fail: the rest of the notes is not printed
        } finally {
            space.decref(notes);
        }
    }

    /** The exception's type as its traceback's last line names it: {@code ValueError}, {@code mod.Err} (builtins and __main__ unqualified). */
    String typeName(long value) {
        String module = moduleOf(value);
        String name = space.typeOf(value).name;
        return module != null && !module.equals("builtins") && !module.equals("__main__") ? module + "." + name : name;
    }

    private String moduleOf(long value) {
        long m = Abstract.lookupAttr(space, space.typeOf(value).typeObject(), "__module__");
        if (m == 0) {
            return null;
        }
        try {
            return space.strType.check(m) ? space.strType.value(m) : null;
        } finally {
            space.decref(m);
        }
    }

    private String safeStr(long v) {
        try {
            return Abstract.str(space, v);
        } catch (dev.pyheap.runtime.PyException e) {
            e.release();
            return "<exception str() failed>";
        }
    }

    /** The {@code File "...", line N} block of a SyntaxError; false when its fields do not allow it. */
    private boolean syntaxLocation(long value, BaseExceptionType syntax) {
        long filename = syntax.field(value, syntax.offsetOf("filename"));
        long lineno = syntax.field(value, syntax.offsetOf("lineno"));
        if (filename == 0 || !space.strType.check(filename) || lineno == 0 || !space.intType.check(lineno)) {
            return false;
        }
        long line = space.intType.longValue(lineno);
        out.append("  File \"").append(space.strType.value(filename)).append("\", line ").append(line).append('\n');
        long text = syntax.field(value, syntax.offsetOf("text"));
        if (text != 0 && space.strType.check(text)) {
            long off = intOr(syntax.field(value, syntax.offsetOf("offset")), -1);
            long endLine = intOr(syntax.field(value, syntax.offsetOf("end_lineno")), line);
            long endOff = intOr(syntax.field(value, syntax.offsetOf("end_offset")), -1);
            String t = space.strType.value(text);
            int size = t.getBytes(StandardCharsets.UTF_8).length;
            if (endLine > line) {
                endOff = size;
            }
            if (endOff > size + 1) {
                endOff = size + 1;
            }
            errorText(off, endOff, t);
        }
        return true;
    }

    private long intOr(long o, long dflt) {
        return o != 0 && space.intType.check(o) ? space.intType.longValue(o) : dflt;
    }

    /**
     * {@code print_error_text}, which works on the line's UTF-8 bytes: the offsets count bytes where
     * the parser gave byte offsets (a file, or bytes without a coding cookie: {@link
     * dev.pyheap.interpreter.parser.PythonSyntaxError#inUtf8Offsets}) and characters otherwise, and
     * the caret lands where that many bytes of the line would end.
     */
    private void errorText(long offset, long endOffset, String line) {
        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        byte[] text = line.getBytes(StandardCharsets.UTF_8);
        offset--;
        int start = 0;
        while (start < text.length && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
            start++;
            offset--;
        }
        int len = text.length - start;
        if (len > 0 && text[text.length - 1] == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        for (;;) {
            int nl = start;
            while (nl < text.length && text[nl] != '\n') {
                nl++;
            }
            if (nl == text.length || nl - start >= offset) {
                break;
            }
            int skipped = nl - start + 1;
            start += skipped;
            len -= skipped;
            offset -= skipped;
        }
        out.append("    ").append(new String(text, start, text.length - start, StandardCharsets.UTF_8));
        if (start + len >= text.length || text[start + len] != '\n') {
            out.append('\n');
        }
        if (offset < 0) {
            return;
        }
        out.append("    ").append(" ".repeat((int) offset)).append("^".repeat((int) carets)).append('\n');
    }

    /**
     * How many entries a traceback shows ({@code _PyTraceBack_Print_Indented}): 1000, or an int
     * {@code sys.tracebacklimit} (past a C long: no limit); 0 when that is not positive, and then
     * not even the {@code Traceback} header is written. Any other type of value is ignored.
     */
    private long tracebackLimit() {
        long sysDict = interp.sysDict();
        long value = sysDict == 0 ? 0 : space.dictType.getItemString(sysDict, "tracebacklimit");
        if (value == 0 || !space.intType.check(value)) {
            return 1000;
        }
        java.math.BigInteger limit = space.intType.bigValue(value);
        return limit.signum() <= 0 ? 0 : limit.bitLength() < 64 ? limit.longValue() : Long.MAX_VALUE;
    }

    /** {@code tb_printinternal}: the last {@code limit} entries, with the collapsing of repeats. */
    private void printTraceback(long tb, long limit) {
        long depth = 0;
        for (long t = tb; t != 0; t = space.tracebackType.field(t, TracebackType.NEXT)) {
            depth++;
        }
        for (String entry : entries(tb, depth - limit, Long.MAX_VALUE)) {
            out.append(entry);
        }
    }

    /**
     * The entries of the traceback {@code tb} from its {@code skip}-th, at most {@code count}: one
     * string per frame ({@code File} line, source line and markers) and one per
     * {@code [Previous line repeated N more times]} (the strings of
     * {@code StackSummary.format}).
     */
    List<String> entries(long tb, long skip, long count) {
        TracebackType tt = space.tracebackType;
        FrameObjectType ft = space.frameObjectType;
        CodeType ct = space.codeType;
        List<String> entries = new java.util.ArrayList<>();
        String before = take();
        String lastFile = null, lastName = null;
        int lastLine = -1, repeats = 0;
        for (long t = tb; t != 0 && count > 0; t = tt.field(t, TracebackType.NEXT)) {
            if (skip-- > 0) {
                continue;
            }
            count--;
            long frame = tt.field(t, TracebackType.FRAME);
            long code = ft.field(frame, FrameObjectType.CODE);
            String file = space.strType.value(ct.field(code, CodeType.FILENAME));
            String name = space.strType.value(ct.field(code, CodeType.NAME));
            int line = tt.lineno(t);
            if (lastFile == null || !file.equals(lastFile) || line != lastLine || !name.equals(lastName)) {
                repeated(repeats);
                if (!out.isEmpty()) {
                    entries.add(take());
                }
                lastFile = file;
                lastLine = line;
                lastName = name;
                repeats = 0;
            }
            repeats++;
            if (repeats > RECURSIVE_CUTOFF) {
                continue;
            }
            out.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name)
                    .append('\n');
            if (!noSource) {
                sourceLine(file, line, code, tt.lasti(t) / 2);
            }
            entries.add(take());
        }
        repeated(repeats);
        if (!out.isEmpty()) {
            entries.add(take());
        }
        out.append(before);
        return entries;
    }

    /** What was appended since the last take, then nothing. */
    private String take() {
        String s = out.toString();
        out.setLength(0);
        return s;
    }

    private void repeated(int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            out.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    /**
     * Where the lines of a file that is not on disk come from, or null: the traceback module's
     * text shows what {@code linecache.getlines} gives for it (doctest serves its examples there).
     */
    private java.util.function.Function<String, List<String>> linecache;

    /** This printer reading the lines of files not on disk from {@code linecache}, as traceback.py does. */
    TracebackPrinter withLinecache(java.util.function.Function<String, List<String>> lookup) {
        linecache = lookup;
        return this;
    }

    private static boolean isRegularFile(String file) {
        try {
            return Files.isRegularFile(Path.of(file));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private List<String> lines(String file) {
        if (linecache != null && !sources.containsKey(file) && !isRegularFile(file)) {
            // not kept: what linecache serves for such a name may change between calls
            return linecache.apply(file);
        }
        return sources.computeIfAbsent(file, f -> {
            try {
                Path p = Path.of(f);
                return Files.isRegularFile(p) ? Files.readAllLines(p, StandardCharsets.UTF_8) : List.of();
            } catch (Exception e) {
                return List.of();
            }
        });
    }

    /** {@code display_source_line} and the markers of {@code tb_displayline}. */
    private void sourceLine(String file, int lineno, long code, int unit) {
        List<String> lines = lines(file);
        if (lineno < 1 || lineno > lines.size()) {
            return;
        }
        String line = lines.get(lineno - 1);
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        out.append("    ").append(line, i, line.length()).append('\n');
        int truncation = i - 4;
        int[] pos = positions(code, unit);
        if (pos == null || pos[0] < 0 || pos[1] < 0 || pos[2] < 0 || pos[3] < 0) {
            return;
        }
        int start = charOffset(line, pos[2]);
        int end = charOffset(line, pos[3]);
        int leftEnd = -1, rightStart = -1;
        char primary = '^', secondary = '^';
        if (pos[0] == pos[1]) {
            int[] anchors = anchors(line, start, end);
            if (anchors != null) {
                leftEnd = anchors[0];
                rightStart = anchors[1];
                primary = '~';
                secondary = '^';
            }
        } else {
            int k = line.length();
            while (--k >= 0 && Character.isWhitespace(line.charAt(k))) {
            }
            end = k + 1;
        }
        int strippedLen = line.length() - i;
        boolean secondaryRanges = leftEnd != -1 || rightStart != -1;
        if (end - start == strippedLen && !secondaryRanges) {
            return;
        }
        // the carets go under the columns the characters take: an East Asian wide one takes two
        int startColumn = Builtins.displayWidth(line, start), endColumn = Builtins.displayWidth(line, end);
        int leftEndColumn = secondaryRanges ? Builtins.displayWidth(line, leftEnd) : -1;
        int rightStartColumn = secondaryRanges ? Builtins.displayWidth(line, rightStart) : -1;
        StringBuilder carets = new StringBuilder();
        int offset = truncation;
        while (++offset <= endColumn) {
            if (offset <= startColumn) {
                carets.append(' ');
            } else if (secondaryRanges && leftEndColumn < offset && offset <= rightStartColumn) {
                carets.append(secondary);
            } else {
                carets.append(primary);
            }
        }
        out.append(carets).append('\n');
    }

    private static int charOffset(String line, int byteOffset) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        if (byteOffset > b.length) {
            return line.length();
        }
        return new String(b, 0, byteOffset, StandardCharsets.UTF_8).length();
    }

    /** {@code extract_anchors_from_line}: the operator of a binary operation, the brackets of a subscript. */
    private static int[] anchors(String line, int start, int end) {
        if (start > end || end > line.length()) {
            return null;
        }
        String segment = line.substring(start, end);
        Mod mod;
        try {
            mod = PythonParser.parse(segment, "<string>", PythonParser.Mode.EXEC);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(mod instanceof Mod.Module m) || m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.Expr s)) {
            return null;
        }
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        int left, right;
        if (s.value() instanceof Expr.BinOp b) {
            int from = ((dev.pyheap.interpreter.ast.Located) b.left()).end_col_offset();
            int to = ((dev.pyheap.interpreter.ast.Located) b.right()).col_offset();
            int k = from;
            while (k < to && Character.isWhitespace(bytes[k])) {
                k++;
            }
            if (k >= to) {
                return null;
            }
            left = k;
            right = k + 1;
            if (k + 1 < to && !Character.isWhitespace(bytes[k + 1])) {
                right++;
            }
        } else if (s.value() instanceof Expr.Subscript sub) {
            left = ((dev.pyheap.interpreter.ast.Located) sub.value()).end_col_offset();
            right = ((dev.pyheap.interpreter.ast.Located) sub.slice()).end_col_offset() + 1;
        } else {
            return null;
        }
        return new int[] {charOffset(segment, left) + start, charOffset(segment, right) + start};
    }

    /** The positions (line, end line, column, end column) of code unit {@code unit} of {@code code}. */
    private int[] positions(long code, int unit) {
        return interp.position(code, unit);
    }
}
