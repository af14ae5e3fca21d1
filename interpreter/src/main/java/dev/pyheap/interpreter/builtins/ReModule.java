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
 * {@code _re}: the matching engine under the {@code re} module (Modules/_sre/sre.c). {@code re}
 * (written in Python) parses Python's pattern syntax, reports CPython's errors and translates the
 * pattern into java.util.regex's syntax; this module compiles the translation once per interpreter
 * and holds {@code _sre}'s types, whose methods run it:
 *
 * <ul>
 * <li>{@code compile(pattern, flags, regex, groupindex, java_group, parent)} → a {@code re.Pattern}
 *     ({@link SrePatternType}); {@code java_group} is each Python group's group in the regex,
 *     {@code parent} each group's enclosing group (or None), for {@code lastindex}.
 * <li>{@code Pattern}, {@code Match} ({@link SreMatchType}), {@code SRE_Scanner} ({@link SreScannerType}).
 * <li>{@code lookup(name)} → the code point of a Unicode character name ({@code \N{...}}), or -1.
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
    /**
     * The compiled regexes of one interpreter, by handle: a pattern object keeps its handle in its
     * code area. The same translation (regex and group layout) gives the same handle, so the Java
     * side grows with the distinct patterns a program compiles, not with the pattern objects.
     */
    static final class Engine {
        final List<Compiled> compiled = new ArrayList<>();
        final Map<String, Integer> handles = new HashMap<>();

        int compile(String regex, int[] javaGroup, int[] parent) {
            String key = regex + '\0' + java.util.Arrays.toString(javaGroup) + java.util.Arrays.toString(parent);
            Integer h = handles.get(key);
            if (h != null) {
                return h;
            }
            Pattern p;
            try {
                p = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new PyException("RuntimeError", "re: untranslatable pattern: " + e.getDescription() + " in " + regex);
            }
            compiled.add(new Compiled(p, javaGroup, parent));
            handles.put(key, compiled.size() - 1);
            return compiled.size() - 1;
        }

        Compiled get(int handle) {
            return compiled.get(handle);
        }
    }

    /**
     * One translated pattern: the Java regex, the Java group of each Python group, each group's
     * enclosing group (-1: none), and the regex that must not match empty at its start (made when
     * first needed, for the successive matches after an empty one).
     */
    static final class Compiled {
        final Pattern regex;
        final int[] javaGroup;
        final int[] parent;
        private Pattern advancing;

        Compiled(Pattern regex, int[] javaGroup, int[] parent) {
            this.regex = regex;
            this.javaGroup = javaGroup;
            this.parent = parent;
        }

        Pattern advancing() {
            if (advancing == null) {
                advancing = Pattern.compile("(?:" + regex.pattern() + ")(?!\\G)");
            }
            return advancing;
        }

        /**
         * The match from {@code at} (mode LOOKING_AT or FIND), or null; after an empty match at
         * {@code at} ({@code mustAdvance}, {@code state->must_advance}) a match there must not be
         * empty, else the search goes on from the next position.
         */
        Matcher next(Subject s, int at, int mode, boolean mustAdvance) {
            if (at > s.length) {
                return null;
            }
            if (!mustAdvance) {
                return run(regex, s, at, mode);
            }
            Matcher m = run(advancing(), s, at, LOOKING_AT);
            if (m == null && mode == FIND && at < s.length) {
                m = run(regex, s, at + 1, FIND);
            }
            return m;
        }
    }

    /** A subject string cut at endpos, with its code-point offsets. */
    static final class Subject {
        final CharSequence text;
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
                        u += Character.charCount(whole.codePointAt(u));
                    }
                }
            }
            length = end;
        }

        private Subject(CharSequence text, int length) {
            this.text = text;
            this.index = null;
            this.length = length;
        }

        /** A str's characters read in place ({@code StrType.charsInPlace}), cut at endpos: each code unit is a code point. */
        static Subject inPlace(CharSequence chars, long endpos) {
            int end = (int) Math.max(0, Math.min(endpos, chars.length()));
            return new Subject(end == chars.length() ? chars : chars.subSequence(0, end), end);
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
        SreScannerType scanner = space.register(new SreScannerType(space));
        SreMatchType match = space.register(new SreMatchType(space, table));
        SrePatternType pattern = space.register(new SrePatternType(space, table, engine, match, scanner));
        scanner.bind(pattern, match);
        match.bind(pattern);
        SysModule.setItem(space, dict, "Pattern", pattern.typeObject());
        SysModule.setItem(space, dict, "Match", match.typeObject());
        SysModule.setItem(space, dict, "SRE_Scanner", scanner.typeObject());
        SysModule.function(space, module, dict, "compile", (self, a, n, kw) -> {
            // _sre.compile's part: the pattern object of a translation the re package made
            CallArgs c = new CallArgs(space, "compile", a, n, kw).exactly(6);
            long javaGroups = c.get(4), parents = c.get(5);
            int count = (int) space.listType.size(javaGroups);
            int[] javaGroup = new int[count];
            int[] parent = new int[count];
            for (int g = 0; g < count; g++) {
                javaGroup[g] = (int) space.intType.longValue(space.listType.item(javaGroups, g));
                long up = space.listType.item(parents, g);
                parent[g] = up == space.none ? -1 : (int) space.intType.longValue(up);
            }
            int handle = engine.compile(space.strType.value(c.get(2)), javaGroup, parent);
            return pattern.create(c.get(0), (int) space.intType.longValue(c.get(1)), c.get(3), handle, count - 1);
        });
        SysModule.function(space, module, dict, "lookup", (self, a, n, kw) -> {
            String name = space.strType.value(new CallArgs(space, "lookup", a, n, kw).exactly(1).get(0));
            try {
                return space.newInt(Character.codePointOf(name));
            } catch (IllegalArgumentException e) {
                return space.newInt(-1);
            }
        });
    }

    static final int LOOKING_AT = 0, FULL = 1, FIND = 2;

    /**
     * The match of p in s from {@code from} (mode: at from, up to the end, or searching), or null.
     * java.util.regex recurses once or more per repetition of a group, so a long subject can
     * overflow the thread's stack: such a match is run again on a thread of its own with a large
     * stack (the matcher touches no heap object, only the Java string), and only if that
     * overflows too is it reported, as a RecursionError rather than a crash.
     */
    static Matcher run(Pattern p, Subject s, int from, int mode) {
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
}
