package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code _re}: the matching engine under the {@code re} module (the part of Modules/_sre/sre.c that
 * runs a compiled pattern over a string). {@code re} (written in Python) parses Python's pattern
 * syntax, reports CPython's errors and translates the pattern into java.util.regex's syntax; this
 * module compiles the translation once per interpreter and runs it.
 *
 * <ul>
 * <li>{@code compile(regex)} → a handle (an int; the same regex gives the same handle).
 * <li>{@code match(handle, string, pos, endpos, mode)} → None or a tuple
 *     {@code (start0, end0, start1, end1, ...)} in code points, -1 for a group that did
 *     not take part; mode 0 matches at pos, 1 must match up to endpos, 2 searches.
 * <li>{@code lookup(name)} → the code point of a Unicode character name ({@code \N{...}}), or -1.
 * <li>{@code scan(handle, string, pos, endpos, limit)} → the list of such tuples of successive
 *     matches (at most {@code limit} when it is positive), as {@code findall}, {@code finditer},
 *     {@code sub} and {@code split} walk them.
 * </ul>
 *
 * <h2>Where the engine's rules are CPython's</h2>
 * <ol>
 * <li>The string is cut at endpos ({@code _sre} sees the string as endpos long), the search starts
 *     at pos with transparent bounds (a look-behind sees characters before pos) and without
 *     anchoring bounds ({@code \A} is only the string's real start).
 * <li>Successive matches (3.7's rule, {@code state->must_advance}): after an empty match at p the
 *     next match may start at p only if it is not empty there. That is a second pattern,
 *     {@code (?:regex)(?!\G)}, tried at p (where {@code \G} is the region's start) before searching
 *     from p + 1.
 * <li>Indices: Java strings are UTF-16, Python's are code points; a string with supplementary
 *     characters has its offsets converted both ways.
 * </ol>
 */
final class ReModule {
    private ReModule() {
    }

    /** The compiled regexes of one interpreter, by handle. */
    private static final class Engine {
        final List<Pattern> patterns = new ArrayList<>();
        final List<Pattern> advancing = new ArrayList<>();
        final Map<String, Integer> handles = new HashMap<>();

        int compile(String regex) {
            Integer h = handles.get(regex);
            if (h != null) {
                return h;
            }
            Pattern p;
            try {
                p = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new PyException("RuntimeError", "re: untranslatable pattern: " + e.getDescription() + " in " + regex);
            }
            patterns.add(p);
            advancing.add(null);
            handles.put(regex, patterns.size() - 1);
            return patterns.size() - 1;
        }

        Pattern pattern(int handle) {
            if (handle < 0 || handle >= patterns.size()) {
                throw new PyException("ValueError", "invalid pattern handle " + handle);
            }
            return patterns.get(handle);
        }

        Pattern advancing(int handle) {
            Pattern p = advancing.get(handle);
            if (p == null) {
                p = Pattern.compile("(?:" + patterns.get(handle).pattern() + ")(?!\\G)");
                advancing.set(handle, p);
            }
            return p;
        }
    }

    /** A subject string cut at endpos, with its code-point offsets. */
    private static final class Subject {
        final String text;
        /** UTF-16 index of each code point (and of the end), or null when they are equal. */
        final int[] index;
        final int length;

        Subject(String whole, long endpos) {
            int cps = whole.codePointCount(0, whole.length());
            int end = (int) Math.max(0, Math.min(endpos, cps));
            if (cps == whole.length()) {
                text = whole.substring(0, end);
                index = null;
            } else {
                text = whole.substring(0, whole.offsetByCodePoints(0, end));
                index = new int[end + 1];
                for (int i = 0, u = 0; i <= end; i++) {
                    index[i] = u;
                    if (i < end) {
                        u += Character.charCount(text.codePointAt(u));
                    }
                }
            }
            length = end;
        }

        int utf16(int cp) {
            return index == null ? cp : index[cp];
        }

        int codePoint(int u) {
            if (index == null || u < 0) {
                return u;
            }
            int i = java.util.Arrays.binarySearch(index, u);
            return i >= 0 ? i : -i - 1;
        }
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Engine engine = new Engine();
        SysModule.function(space, module, dict, "compile", (self, a, n, kw) -> {
            long regex = new CallArgs(space, "compile", a, n, kw).exactly(1).get(0);
            return space.newInt(engine.compile(space.strType.value(regex)));
        });
        SysModule.function(space, module, dict, "lookup", (self, a, n, kw) -> {
            String name = space.strType.value(new CallArgs(space, "lookup", a, n, kw).exactly(1).get(0));
            try {
                return space.newInt(Character.codePointOf(name));
            } catch (IllegalArgumentException e) {
                return space.newInt(-1);
            }
        });
        SysModule.function(space, module, dict, "match", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "match", a, n, kw).exactly(5);
            Pattern p = engine.pattern((int) space.intType.longValue(c.get(0)));
            Subject s = new Subject(space.strType.value(c.get(1)), space.intType.longValue(c.get(3)));
            long pos = space.intType.longValue(c.get(2));
            int mode = (int) space.intType.longValue(c.get(4));
            if (pos > s.length) {
                return space.newNone();
            }
            Matcher m = run(p, s, (int) Math.max(0, pos), mode);
            return m != null ? spans(space, m, s) : space.newNone();
        });
        SysModule.function(space, module, dict, "scan", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "scan", a, n, kw).exactly(5);
            int handle = (int) space.intType.longValue(c.get(0));
            Pattern p = engine.pattern(handle);
            Subject s = new Subject(space.strType.value(c.get(1)), space.intType.longValue(c.get(3)));
            long pos = space.intType.longValue(c.get(2));
            long limit = space.intType.longValue(c.get(4));
            long list = space.listType.create();
            if (pos > s.length) {
                return list;
            }
            int at = (int) Math.max(0, pos);
            boolean mustAdvance = false;
            int count = 0;
            while (at <= s.length && (limit <= 0 || count < limit)) {
                Matcher m = null;
                if (mustAdvance) {
                    m = run(engine.advancing(handle), s, at, LOOKING_AT);
                    if (m == null && at < s.length) {
                        m = run(p, s, at + 1, FIND);
                    }
                } else {
                    m = run(p, s, at, FIND);
                }
                if (m == null) {
                    break;
                }
                long t = spans(space, m, s);
                space.listType.append(list, t);
                space.decref(t);
                count++;
                int start = s.codePoint(m.start()), end = s.codePoint(m.end());
                mustAdvance = start == end;
                at = end;
            }
            return list;
        });
    }

    private static final int LOOKING_AT = 0, FULL = 1, FIND = 2;

    /**
     * The match of p in s from {@code from} (mode: at from, up to the end, or searching), or null.
     * java.util.regex recurses once or more per repetition of a group, so a long subject can
     * overflow the thread's stack: such a match is run again on a thread of its own with a large
     * stack (the matcher touches no heap object, only the Java string), and only if that
     * overflows too is it reported, as a RecursionError rather than a crash.
     */
    private static Matcher run(Pattern p, Subject s, int from, int mode) {
        try {
            return attempt(p, s, from, mode);
        } catch (StackOverflowError e) {
            Matcher[] result = new Matcher[1];
            Throwable[] failure = new Throwable[1];
            Thread deep = new Thread(null, () -> {
                try {
                    result[0] = attempt(p, s, from, mode);
                } catch (Throwable t) {
                    failure[0] = t;
                }
            }, "re-deep-match", DEEP_STACK);
            deep.start();
            try {
                deep.join();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new PyException("KeyboardInterrupt", "");
            }
            if (failure[0] instanceof StackOverflowError) {
                throw new PyException("RecursionError", "maximum recursion limit exceeded while matching a regular expression");
            }
            if (failure[0] instanceof RuntimeException r) {
                throw r;
            }
            if (failure[0] instanceof Error err) {
                throw err;
            }
            return result[0];
        }
    }

    /** The stack of a thread that runs a deep match (reserved, committed only as it is used). */
    private static final long DEEP_STACK = 1L << 30;

    private static Matcher attempt(Pattern p, Subject s, int from, int mode) {
        Matcher m = p.matcher(s.text);
        m.region(s.utf16(from), s.text.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        boolean found = switch (mode) {
            case LOOKING_AT -> m.lookingAt();
            case FULL -> m.matches();
            default -> m.find();
        };
        return found ? m : null;
    }

    private static long spans(ObjectSpace space, Matcher m, Subject s) {
        int groups = m.groupCount();
        long[] items = new long[2 * (groups + 1)];
        for (int g = 0; g <= groups; g++) {
            int start = m.start(g), end = m.end(g);
            items[2 * g] = space.newInt(start < 0 ? -1 : s.codePoint(start));
            items[2 * g + 1] = space.newInt(end < 0 ? -1 : s.codePoint(end));
        }
        return space.tupleType.createStealing(items);
    }
}
