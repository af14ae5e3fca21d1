package dev.pyheap.interpreter.run;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BaseExceptionType;
import dev.pyheap.runtime.objects.FrameObjectType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.TracebackType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean" of an uncaught NameError or AttributeError ({@code _Py_Offer_Suggestions}):
 * the name closest to the missing one among candidates, by a Levenshtein distance over UTF-8 bytes
 * where a case change costs 1 and any other edit 2, a candidate accepted only within a third of
 * the characters involved and only when strictly closer than the best so far (so the first of equals
 * wins). An AttributeError's candidates are {@code dir(obj)}; a NameError's are the local variables of
 * the frame where it was raised, then its globals, then its builtins (the first list with a match
 * decides). More than 749 candidates, or names over 40 bytes once their common ends are cut, give no
 * suggestion.
 */
final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750, MAX_STRING_SIZE = 40, MOVE_COST = 2, CASE_COST = 1;

    private final ObjectSpace space;
    private final dev.pyheap.interpreter.eval.Interpreter interp;

    Suggestions(dev.pyheap.interpreter.eval.Interpreter interp) {
        this.interp = interp;
        this.space = interp.space();
    }

    /** The suggestion for {@code exc}, or null (also when computing one fails). */
    String offer(long exc) {
        try {
            BaseExceptionType attributeError = space.exceptions.byName("AttributeError");
            BaseExceptionType nameError = space.exceptions.byName("NameError");
            if (attributeError.check(exc)) {
                return forAttribute(exc, attributeError);
            }
            if (nameError.check(exc)) {
                return forName(exc, nameError);
            }
            return null;
        } catch (PyException e) {
            e.release();
            return null;
        }
    }

    private String forAttribute(long exc, BaseExceptionType type) {
        long name = type.field(exc, type.offsetOf("name"));
        long obj = type.field(exc, type.offsetOf("obj"));
        if (name == 0 || obj == 0 || obj == space.none || space.typeOf(name) != space.strType) {
            return null;
        }
        long builtins = interp.importModule("builtins");
        long dir;
        try {
            long f = Abstract.getAttr(space, builtins, "dir");
            try {
                dir = Abstract.call(space, f, new long[] {obj});
            } finally {
                space.decref(f);
            }
        } finally {
            space.decref(builtins);
        }
        try {
            return closest(strings(dir), space.strType.value(name));
        } finally {
            space.decref(dir);
        }
    }

    private String forName(long exc, BaseExceptionType type) {
        long name = type.field(exc, type.offsetOf("name"));
        long tb = type.field(exc, BaseExceptionType.TRACEBACK);
        if (name == 0 || space.typeOf(name) != space.strType || tb == 0 || !space.tracebackType.check(tb)) {
            return null;
        }
        for (long next = space.tracebackType.field(tb, TracebackType.NEXT); next != 0 && space.tracebackType.check(next);
                next = space.tracebackType.field(tb, TracebackType.NEXT)) {
            tb = next;
        }
        String wanted = space.strType.value(name);
        long frame = space.tracebackType.field(tb, TracebackType.FRAME);
        FrameObjectType frames = space.frameObjectType;
        long varnames = Abstract.getAttr(space, frames.field(frame, FrameObjectType.CODE), "co_varnames");
        String found;
        try {
            found = closest(strings(varnames), wanted);
        } finally {
            space.decref(varnames);
        }
        for (int offset : new int[] {FrameObjectType.GLOBALS, FrameObjectType.BUILTINS}) {
            if (found != null) {
                return found;
            }
            long d = frames.field(frame, offset);
            if (d != 0 && space.dictType.check(d)) {
                List<String> keys = new ArrayList<>();
                space.dictType.forEach(d, (k, v) -> keys.add(space.strType.check(k) ? space.strType.value(k) : null));
                found = closest(keys, wanted);
            }
        }
        return found;
    }

    /** The str items of a list or tuple (null for others, which end the search as CPython's UTF-8 step fails). */
    private List<String> strings(long seq) {
        List<String> out = new ArrayList<>();
        long n = Abstract.length(space, seq);
        for (long i = 0; i < n; i++) {
            long item = Abstract.getItemAt(space, seq, i);
            out.add(space.strType.check(item) ? space.strType.value(item) : null);
            space.decref(item);
        }
        return out;
    }

    /** {@code calculate_suggestions}. */
    static String closest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        long best = Long.MAX_VALUE;
        String suggestion = null;
        for (String item : candidates) {
            if (item == null) {
                return null;
            }
            if (item.equals(name)) {
                continue;
            }
            byte[] b = item.getBytes(StandardCharsets.UTF_8);
            long max = (n.length + b.length + 3L) * MOVE_COST / 6;
            max = Math.min(max, best - 1);
            long d = distance(n, b, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < best) {
                suggestion = item;
                best = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int x = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
        int y = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        return x == y ? CASE_COST : MOVE_COST;
    }

    /** {@code levenshtein_distance}: the distance, or {@code maxCost + 1} once it must exceed {@code maxCost}. */
    static long distance(byte[] a, byte[] b, long maxCost) {
        int aStart = 0, bStart = 0, aEnd = a.length, bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart, bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (long) (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bSize < aSize) { // the shorter one is the row
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            ts = aSize;
            aSize = bSize;
            bSize = ts;
        }
        if ((long) (bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        long[] row = new long[aSize];
        for (int i = 0; i < aSize; i++) {
            row[i] = (long) (i + 1) * MOVE_COST;
        }
        long result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            long distance = result = (long) bi * MOVE_COST;
            long minimum = Long.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                long substitute = distance + substitutionCost(code, a[aStart + i]);
                distance = row[i];
                long insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
