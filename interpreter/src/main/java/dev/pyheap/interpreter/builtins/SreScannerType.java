package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.StructType;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * {@code _sre.SRE_Scanner} (Modules/_sre/sre.c's {@code ScannerObject}): successive matches of a
 * pattern over one subject, {@code match()} and {@code search()} each taking up where the last
 * match ended ({@code finditer} is {@code iter(scanner.search, None)}). 3.11's object is 240 bytes,
 * most of it the engine's {@code SRE_STATE}; here:
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 pattern  +24 string
 *   +32 the position the next match starts from (-1: exhausted)  +40 must_advance (0/1)
 *   +48 pos (the first position, the matches' pos)  ...                       240 bytes
 * </pre>
 * The subject's text (read in place for a str, decoded once otherwise) is kept on the Java side
 * from when the scanner is made until it dies (the subject it holds cannot change while it lives, bar a bytearray's contents,
 * which CPython's scanner also reads as they were).
 */
final class SreScannerType extends StructType {
    static final int PATTERN = 16, STRING = 24, NEXT = 32, MUST_ADVANCE = 40, POS = 48, SIZE = 240;

    private SrePatternType patternType;
    private SreMatchType matchType;
    /** Each live scanner's decoded subject, by address. */
    private final Map<Long, ReModule.Subject> subjects = new HashMap<>();

    SreScannerType(ObjectSpace space) {
        super(space, "_sre.SRE_Scanner", null, HAVE_GC, SIZE, 0, 0, "pattern", PATTERN, "string", STRING);
        defineMethod("match", (self, a) -> {
            Args.none("match", a);
            return next(self, ReModule.LOOKING_AT);
        });
        defineMethod("search", (self, a) -> {
            Args.none("search", a);
            return next(self, ReModule.FIND);
        });
    }

    void bind(SrePatternType patternType, SreMatchType matchType) {
        this.patternType = patternType;
        this.matchType = matchType;
    }

    @Override
    protected void fillDict() {
        putInDict("pattern", space.memberDescrType.createAccessor(this, "pattern", o -> space.newRef(field(o, PATTERN)), null));
        putInDict("__module__", space.strType.runtime("_sre"));
    }

    @Override
    public long tpFlags() {
        return (super.tpFlags() & ~HAVE_VERSION_TAG) | HEAPTYPE | IMMUTABLETYPE | SrePatternType.DISALLOW_INSTANTIATION;
    }

    /** {@code pattern_scanner}: a scanner over {@code s} (the text of {@code string}) from {@code pos} (-1: nothing to scan). */
    long create(long pattern, long string, ReModule.Subject s, int pos) {
        long o = allocateStruct(SIZE);
        memory.putLong(o + PATTERN, space.newRef(pattern));
        memory.putLong(o + STRING, space.newRef(string));
        memory.putLong(o + NEXT, pos);
        memory.putLong(o + POS, Math.max(pos, 0));
        subjects.put(o, s);
        space.track(o);
        return o;
    }

    /**
     * {@code scanner_match} / {@code scanner_search}: the next match from where the last ended (not
     * empty there if the last was empty there), or None, after which every call answers None.
     */
    private long next(long o, int mode) {
        long at = memory.getLong(o + NEXT);
        ReModule.Subject s = subjects.get(o);
        if (at < 0 || s == null) {
            return space.newNone();
        }
        long pattern = field(o, PATTERN);
        Matcher m = patternType.compiled(pattern).next(s, (int) at, mode, memory.getLong(o + MUST_ADVANCE) != 0);
        if (m == null) {
            memory.putLong(o + NEXT, -1);
            return space.newNone();
        }
        int start = s.codePoint(m.start()), end = s.codePoint(m.end());
        memory.putLong(o + NEXT, end);
        memory.putLong(o + MUST_ADVANCE, start == end ? 1 : 0);
        return matchType.create(pattern, field(o, STRING), s, m, memory.getLong(o + POS), s.length);
    }

    /** {@code scanner_traverse}: the type (a heap type in CPython) and the pattern; the subject is not visited. */
    @Override
    public void traverse(long o, java.util.function.LongConsumer visitor) {
        visitor.accept(typeObject());
        visitor.accept(field(o, PATTERN));
    }

    @Override
    public void dealloc(long o) {
        subjects.remove(o);
        super.dealloc(o);
    }
}
